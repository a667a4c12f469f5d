"""Écriture atomique des fichiers produits (CSV, iCalendar, PDF).

On écrit dans un fichier temporaire du même dossier puis on le renomme : un arrêt
brutal laisse soit l'ancien fichier entier, soit le nouveau, jamais un mélange.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .erreurs import EcritureImpossible

_MOTIF_TEMPORAIRE = re.compile(
    r"^\.(?P<nom>.+)\.(?P<hote>[0-9a-f]{6})-(?P<pid>\d+)-[^.]+\.tmp(?:-wal|-shm|-journal)?$"
)


def _masque_utilisateur() -> int:
    masque = os.umask(0o022)  # lire le masque oblige à le changer : on le remet aussitôt
    os.umask(masque)
    return masque


_MASQUE = _masque_utilisateur()  # lu une fois, à l'importation (avant tout fil de travail)


def marque_processus() -> str:
    """« hôte-pid » à mettre dans le nom d'un temporaire : dit qui l'écrit, pour le nettoyage."""
    hote = hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]
    return f"{hote}-{os.getpid()}"


def nom_temporaire_prefixe(chemin: Path) -> str:
    return f".{chemin.name}.{marque_processus()}-"


def processus_vivant(pid: int) -> bool:
    """Vrai si le processus `pid` de ce poste existe encore (on ne touche pas à ses fichiers)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - vérifié seulement sous Windows
        import ctypes

        noyau = ctypes.windll.kernel32
        poignee = noyau.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not poignee:
            return False
        code = ctypes.c_ulong()
        try:
            noyau.GetExitCodeProcess(poignee, ctypes.byref(code))
        finally:
            noyau.CloseHandle(poignee)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def nettoyer_temporaires(dossier: str | Path) -> list[Path]:
    """Supprime les temporaires `.*.tmp` laissés par un processus de ce poste qui a été tué.

    Le nom porte l'hôte et le pid de l'écrivain : un temporaire d'un processus encore vivant
    (une autre fenêtre qui exporte) ou d'un autre poste n'est jamais touché.
    """
    dossier = Path(dossier)
    hote = marque_processus().split("-")[0]
    supprimes = []
    try:
        candidats = [p for p in dossier.iterdir() if p.name.startswith(".") and ".tmp" in p.name]
    except OSError:
        return []
    for candidat in candidats:
        m = _MOTIF_TEMPORAIRE.match(candidat.name)
        if not m or m["hote"] != hote or processus_vivant(int(m["pid"])):
            continue
        try:
            candidat.unlink()
        except OSError:
            continue
        supprimes.append(candidat)
    return supprimes


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
    nettoyer_temporaires(dossier)
    try:
        fd, temporaire = tempfile.mkstemp(
            prefix=nom_temporaire_prefixe(chemin), suffix=".tmp", dir=dossier
        )
    except OSError as e:
        raise EcritureImpossible(_message_os(chemin, e)) from e
    try:
        # mkstemp crée le fichier en 0600 : un export posé sur un partage serait illisible
        # pour les collègues. On donne les droits d'un fichier ordinaire (ceux de l'ancien
        # fichier s'il existe, sinon 0666 moins le masque de l'utilisateur).
        if hasattr(os, "fchmod"):
            try:
                mode = chemin.stat().st_mode & 0o7777
            except OSError:
                mode = 0o666 & ~_MASQUE
            os.fchmod(fd, mode)
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
