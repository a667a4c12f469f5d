"""Outils communs aux tests de fiabilité : lancer un processus enfant, le tuer au bon moment."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent


def environnement(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(RACINE), **extra}


def lancer_enfant(*arguments: str, **options) -> subprocess.Popen:
    """Lance tests/enfant_fiabilite.py ; ses lignes stdout disent où il en est."""
    return subprocess.Popen(
        [sys.executable, str(RACINE / "tests" / "enfant_fiabilite.py"), *arguments],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environnement(),
        **options,
    )


def lire_ligne(processus: subprocess.Popen) -> str:
    ligne = processus.stdout.readline()
    if not ligne:
        raise AssertionError(f"l'enfant s'est arrêté : {processus.stderr.read()}")
    return ligne.rstrip("\n")


def tuer(processus: subprocess.Popen) -> None:
    """SIGKILL : aucune chance de nettoyer, comme une coupure ou un « Forcer à quitter »."""
    processus.send_signal(signal.SIGKILL)
    processus.wait(timeout=30)
    assert processus.returncode == -signal.SIGKILL
    for flux in (processus.stdin, processus.stdout, processus.stderr):
        if flux:
            flux.close()


def integrite(chemin: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(f"{chemin.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()
