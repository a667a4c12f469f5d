"""Fixtures communes : une base neuve par test, l'affichage Qt hors écran."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Les tests hypothesis sont déterministes (mêmes exemples à chaque exécution, en CI comme
# ici) ; pour chercher de nouveaux cas : HYPOTHESIS_PROFILE=explorer python -m pytest -k fuzz
from hypothesis import settings

settings.register_profile("deterministe", derandomize=True, database=None)
settings.register_profile("explorer", derandomize=False, max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministe"))

RACINE = Path(__file__).resolve().parent.parent


@pytest.fixture
def depot():
    """Une base en mémoire chargée du catalogue (13 campagnes recommandées)."""
    from campagnes.depot import Depot

    d = Depot.ouvrir(None)
    yield d
    d.fermer()


@pytest.fixture
def chemin_base(tmp_path: Path) -> Path:
    return tmp_path / "plan.sqlite"


@pytest.fixture
def cli(tmp_path: Path):
    """Lance la vraie ligne de commande dans un sous-processus, comme un utilisateur."""

    def lancer(
        *args: str, base: Path | None = None, env: dict | None = None, entree: str | None = None
    ):
        environnement = {**os.environ, "PYTHONPATH": str(RACINE), **(env or {})}
        environnement.setdefault("CAMPAGNES_BASE", str(base or tmp_path / "cli.sqlite"))
        return subprocess.run(
            [sys.executable, str(RACINE / "main.py"), *args],
            capture_output=True,
            text=True,
            env=environnement,
            cwd=tmp_path,
            input=entree,
            timeout=300,
        )

    return lancer
