"""Accès aux fichiers livrés avec l'application (dossier `ressources/`)."""

from __future__ import annotations

import json
from importlib.resources import as_file, files
from pathlib import Path, PurePosixPath
from typing import Any


def chemin_ressource(nom: str) -> Path:
    """Le chemin d'un fichier livré ; refuse les chemins absolus et les « .. »."""
    relatif = PurePosixPath(nom)
    if relatif.is_absolute() or ".." in relatif.parts or not relatif.parts:
        raise ValueError(f"Nom de ressource refusé : {nom!r}")
    ressource = files("ressources").joinpath(*relatif.parts)
    with as_file(ressource) as chemin:  # un paquet installé normalement est déjà sur disque
        return Path(chemin)


def lire_json(nom: str) -> Any:
    return json.loads(chemin_ressource(nom).read_text(encoding="utf-8"))
