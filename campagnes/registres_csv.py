"""Le CSV commun aux registres (sceau, affichage), sur le modèle de `echange_csv`.

UTF-8 avec BOM et point-virgule pour Excel en français ; une mauvaise ligne refuse tout
le fichier avec son numéro et la raison, et rien n'est écrit.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TypeVar

from .echange_csv import _lignes_avec_numero, _lire_texte
from .erreurs import DonneesInvalides, ErreurCampagnes, FichierInvalide
from .fichiers import ecrire_atomiquement
from .modele import Region

T = TypeVar("T")

OUI = {"oui", "o", "1", "vrai", "x", "yes", "true"}
NON = {"non", "n", "0", "faux", "", "no", "false"}


def ecrire_csv(chemin: str | Path, colonnes: tuple[str, ...], lignes: Iterable[dict]) -> int:
    """Écrit le fichier d'un coup (fichier temporaire puis renommage) ; rend le nombre de lignes."""
    tampon = io.StringIO(newline="")
    ecrivain = csv.DictWriter(tampon, fieldnames=colonnes, delimiter=";", lineterminator="\r\n")
    ecrivain.writeheader()
    n = 0
    for ligne in lignes:
        ecrivain.writerow(ligne)
        n += 1
    ecrire_atomiquement(chemin, tampon.getvalue().encode("utf-8-sig"))
    return n


def lire_csv(
    chemin: str | Path,
    colonnes: tuple[str, ...],
    requises: tuple[str, ...],
    registre: str,
    convertir: Callable[[dict[str, str]], T],
) -> list[T]:
    """Lit et convertit chaque ligne ; à la première erreur, lève en nommant la ligne."""
    chemin = Path(chemin)
    texte = _lire_texte(chemin)
    premiere = texte.split("\n", 1)[0]
    delimiteur = ";" if premiere.count(";") >= premiere.count(",") else ","
    try:
        lecteur = csv.DictReader(io.StringIO(texte, newline=""), delimiter=delimiteur)
        entetes = [e.strip() for e in (lecteur.fieldnames or [])]
    except csv.Error as e:
        raise FichierInvalide(f"« {chemin.name} » n'est pas un CSV lisible : {e}.") from e
    lecteur.fieldnames = entetes
    manquantes = [c for c in requises if c not in entetes]
    if manquantes:
        raise FichierInvalide(
            f"« {chemin.name} » n'est pas un export du {registre} : les colonnes "
            f"{', '.join(f'« {c} »' for c in requises)} sont requises."
        )
    inconnues = [e for e in entetes if e not in colonnes]
    if inconnues:
        raise FichierInvalide(f"Colonne inconnue dans « {chemin.name} » : « {inconnues[0]} ».")
    resultat = []
    numero = 1
    try:
        for ligne in _lignes_avec_numero(lecteur):
            numero, donnees = ligne
            if all(not (v or "").strip() for k, v in donnees.items() if k):
                continue
            if None in donnees:
                raise DonneesInvalides("plus de valeurs que de colonnes")
            resultat.append(convertir({k: (v or "") for k, v in donnees.items()}))
    except ErreurCampagnes as e:
        raise DonneesInvalides(
            f"Ligne {numero} de « {chemin.name} » : {e.message.rstrip('.')}. Rien n'a été importé."
        ) from e
    except csv.Error as e:
        raise FichierInvalide(
            f"Ligne {numero} de « {chemin.name} » : CSV mal formé ({e}). Rien n'a été importé."
        ) from e
    return resultat


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
