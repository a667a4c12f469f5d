"""Copies de sauvegarde de la base par l'API de sauvegarde en ligne de SQLite.

Une copie de fichier pendant une transaction donnerait une sauvegarde corrompue ;
l'API de sauvegarde, elle, est sûre pendant que l'application tourne.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .depot import Depot

NOMBRE_GARDE = 10


def dossier_sauvegardes(depot: Depot) -> Path:
    assert depot.chemin is not None
    return depot.chemin.parent / "sauvegardes"


def sauvegarder(depot: Depot, motif: str = "auto", garder: int = NOMBRE_GARDE) -> Path:
    """Copie la base dans `sauvegardes/` à côté d'elle ; garde les `garder` plus récentes."""
    dossier = dossier_sauvegardes(depot)
    dossier.mkdir(parents=True, exist_ok=True)
    horodatage = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    cible = dossier / f"{depot.chemin.stem}-{horodatage}-{motif}.sqlite"
    destination = sqlite3.connect(cible)
    try:
        depot.db.conn.backup(destination)
    finally:
        destination.close()
    anciennes = sorted(dossier.glob(f"{depot.chemin.stem}-*.sqlite"))
    for vieille in anciennes[:-garder]:
        vieille.unlink(missing_ok=True)
    return cible
