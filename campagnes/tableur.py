"""Le CSV pour tableur, commun aux campagnes et aux registres.

UTF-8 avec BOM et point-virgule : c'est ce qu'Excel en français ouvre directement. À la
lecture, une seule mauvaise ligne refuse tout le fichier, avec son numéro et la raison.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from .erreurs import DonneesInvalides, ErreurCampagnes, FichierInvalide
from .fichiers import ecrire_atomiquement

T = TypeVar("T")

TAILLE_MAX = 50 * 1024 * 1024


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


def lire_texte(chemin: Path) -> str:
    try:
        if chemin.stat().st_size > TAILLE_MAX:
            raise FichierInvalide(
                f"« {chemin.name} » dépasse {TAILLE_MAX // 1024 // 1024} Mo : import refusé."
            )
        brut = chemin.read_bytes()
    except FileNotFoundError as e:
        raise FichierInvalide(f"Le fichier « {chemin} » n'existe pas.") from e
    except IsADirectoryError as e:
        raise FichierInvalide(f"« {chemin} » est un dossier, pas un fichier CSV.") from e
    except OSError as e:
        raise FichierInvalide(f"Impossible de lire « {chemin} » : {e.strerror}.") from e
    if b"\x00" in brut[:8192]:
        raise FichierInvalide(f"« {chemin.name} » n'est pas un fichier CSV (contenu binaire).")
    for encodage in ("utf-8-sig", "cp1252"):  # cp1252 : un CSV enregistré par Excel sous Windows
        try:
            return brut.decode(encodage)
        except UnicodeDecodeError:
            continue
    raise FichierInvalide(f"« {chemin.name} » n'est pas un texte lisible (UTF-8 attendu).")


def lignes_avec_numero(lecteur: csv.DictReader) -> Iterator[tuple[int, dict]]:
    """Chaque ligne avec le numéro de la ligne du fichier où elle commence."""
    while True:
        numero = lecteur.line_num + 1
        try:
            ligne = next(lecteur)
        except StopIteration:
            return
        yield numero, ligne


def lire_csv(
    chemin: str | Path,
    colonnes: tuple[str, ...],
    requises: tuple[str, ...],
    export: str,
    convertir: Callable[[dict[str, str | None]], T],
) -> list[T]:
    """Lit et convertit chaque ligne non vide ; à la première erreur, lève en nommant la ligne.

    `export` complète « n'est pas un export … » (ex. « de campagnes », « du registre du sceau »).
    `convertir` reçoit la ligne telle que lue : une colonne absente du fichier n'y est pas.
    """
    chemin = Path(chemin)
    texte = lire_texte(chemin)
    premiere = texte.split("\n", 1)[0]
    delimiteur = ";" if premiere.count(";") >= premiere.count(",") else ","
    try:
        lecteur = csv.DictReader(io.StringIO(texte, newline=""), delimiter=delimiteur)
        entetes = [e.strip() for e in (lecteur.fieldnames or [])]
    except csv.Error as e:
        raise FichierInvalide(f"« {chemin.name} » n'est pas un CSV lisible : {e}.") from e
    lecteur.fieldnames = entetes
    if any(c not in entetes for c in requises):
        raise FichierInvalide(
            f"« {chemin.name} » n'est pas un export {export} : les colonnes "
            f"{' et '.join(f'« {c} »' for c in requises)} sont requises."
        )
    inconnues = [e for e in entetes if e not in colonnes]
    if inconnues:
        raise FichierInvalide(f"Colonne inconnue dans « {chemin.name} » : « {inconnues[0]} ».")
    resultat = []
    numero = 1
    try:
        for n, donnees in lignes_avec_numero(lecteur):
            numero = n  # gardé pour nommer la ligne fautive dans le message
            if all(not (v or "").strip() for k, v in donnees.items() if k):
                continue
            if None in donnees:
                raise DonneesInvalides("plus de valeurs que de colonnes")
            resultat.append(convertir(donnees))
    except ErreurCampagnes as e:
        raise DonneesInvalides(
            f"Ligne {numero} de « {chemin.name} » : {e.message.rstrip('.')}. Rien n'a été importé."
        ) from e
    except csv.Error as e:
        raise FichierInvalide(
            f"Ligne {numero} de « {chemin.name} » : CSV mal formé ({e}). Rien n'a été importé."
        ) from e
    return resultat
