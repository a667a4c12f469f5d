"""Le plancher de tout démarrage : une fenêtre PySide6 nue, visible, dans un sous-processus.

Les mesures de démarrage de l'application (bench_fenetre.py) se comparent à ce chiffre ;
elles l'obtiennent par `outils_bench.demarrage_fenetre_nue()`.
"""

from __future__ import annotations

from outils_bench import demarrage_fenetre_nue


def mesures():
    return [
        (
            "Démarrage : fenêtre PySide6 nue visible (hors écran)",
            demarrage_fenetre_nue(),
            None,
            None,
        )
    ]
