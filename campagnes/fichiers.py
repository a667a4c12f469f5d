"""Écriture atomique des fichiers produits (CSV, iCalendar, PDF).

On écrit dans un fichier temporaire du même dossier puis on le renomme : un arrêt
brutal laisse soit l'ancien fichier entier, soit le nouveau, jamais un mélange.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .erreurs import EcritureImpossible


def _message_os(chemin: Path, e: OSError) -> str:
    if isinstance(e, PermissionError):
        return (
            f"Impossible d'écrire « {chemin} » : accès refusé. Fermez le fichier s'il est ouvert "
            "ailleurs ou choisissez un autre dossier."
        )
    if isinstance(e, FileNotFoundError):
        return f"Impossible d'écrire « {chemin} » : le dossier « {chemin.parent} » n'existe pas."
    if isinstance(e, NotADirectoryError):
        return f"Impossible d'écrire « {chemin} » : « {chemin.parent} » n'est pas un dossier."
    if e.errno == errno.EROFS:
        return f"Impossible d'écrire « {chemin} » : le disque est en lecture seule."
    if e.errno == errno.ENOSPC:
        return f"Impossible d'écrire « {chemin} » : le disque est plein."
    return f"Impossible d'écrire « {chemin} » : erreur du système ({e.strerror or e})."


@contextlib.contextmanager
def ecriture_atomique(chemin: str | Path) -> Iterator[BinaryIO]:
    """Donne un fichier binaire à remplir ; à la sortie sans erreur, il remplace `chemin`."""
    chemin = Path(chemin)
    if chemin.is_dir():
        raise EcritureImpossible(f"Impossible d'écrire « {chemin} » : c'est un dossier.")
    dossier = chemin.parent if str(chemin.parent) else Path(".")
    try:
        fd, temporaire = tempfile.mkstemp(prefix=f".{chemin.name}.", suffix=".tmp", dir=dossier)
    except OSError as e:
        raise EcritureImpossible(_message_os(chemin, e)) from e
    try:
        with os.fdopen(fd, "wb") as fichier:
            yield fichier
            fichier.flush()
            os.fsync(fichier.fileno())
        os.replace(temporaire, chemin)
    except OSError as e:
        Path(temporaire).unlink(missing_ok=True)
        raise EcritureImpossible(_message_os(chemin, e)) from e
    except BaseException:
        Path(temporaire).unlink(missing_ok=True)
        raise


def ecrire_atomiquement(chemin: str | Path, contenu: bytes) -> None:
    with ecriture_atomique(chemin) as fichier:
        fichier.write(contenu)
