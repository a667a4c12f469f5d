"""Le CSV commun aux registres (sceau, affichage), sur le modèle de `echange_csv`.

UTF-8 avec BOM et point-virgule pour Excel en français ; une mauvaise ligne refuse tout
le fichier avec son numéro et la raison, et rien n'est écrit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from . import tableur
from .erreurs import DonneesInvalides
from .modele import Region
from .tableur import ecrire_csv as ecrire_csv  # réexporté : sceau et affichage écrivent par ici

T = TypeVar("T")

OUI = {"oui", "o", "1", "vrai", "x", "yes", "true"}
NON = {"non", "n", "0", "faux", "", "no", "false"}


def lire_csv(
    chemin: str | Path,
    colonnes: tuple[str, ...],
    requises: tuple[str, ...],
    registre: str,
    convertir: Callable[[dict[str, str]], T],
) -> list[T]:
    """Lit un registre : chaque valeur manquante devient une chaîne vide."""
    return tableur.lire_csv(
        chemin,
        colonnes,
        requises,
        f"du {registre}",
        lambda d: convertir({k: v or "" for k, v in d.items()}),
    )


def date_ou_rien(texte: str, colonne: str) -> date | None:
    texte = texte.strip()
    if not texte:
        return None
    try:
        return date.fromisoformat(texte)
    except ValueError as e:
        raise DonneesInvalides(
            f"{colonne} « {texte} » n'est pas une date (AAAA-MM-JJ attendu)"
        ) from e


def oui_non(texte: str, colonne: str) -> bool:
    valeur = texte.strip().casefold()
    if valeur in OUI:
        return True
    if valeur in NON:
        return False
    raise DonneesInvalides(f"{colonne} « {texte.strip()} » : « oui » ou « non » attendu")


def code_region(texte: str, regions: list[Region]) -> str:
    """Accepte « 06 », « 6 » ou « Montréal » ; rend le code à deux chiffres."""
    valeur = texte.strip()
    if not valeur:
        raise DonneesInvalides("la région est vide (codes 01 à 17)")
    codes = {r.code for r in regions}
    if valeur.isdigit() and valeur.zfill(2) in codes:
        return valeur.zfill(2)
    par_nom = {r.nom.casefold(): r.code for r in regions}
    if valeur.casefold() in par_nom:
        return par_nom[valeur.casefold()]
    raise DonneesInvalides(f"région « {valeur} » inconnue (codes 01 à 17)")


def code_choix(texte: str, choix: dict[str, str], quoi: str) -> str:
    """Un code d'une liste fermée, donné par son code ou son libellé."""
    valeur = texte.strip()
    if not valeur:
        raise DonneesInvalides(f"le {quoi} est vide (attendu : {', '.join(choix.values())})")
    if valeur in choix:
        return valeur
    par_libelle = {v.casefold(): k for k, v in choix.items()}
    if valeur.casefold() in par_libelle:
        return par_libelle[valeur.casefold()]
    raise DonneesInvalides(f"{quoi} « {valeur} » inconnu (attendu : {', '.join(choix.values())})")
