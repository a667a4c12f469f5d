"""Mesure la frise de l'année : afficher + premier rendu, puis défilement, à 13, 100 et 10 000 lignes.

Lancer : QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_vue_annee.py
Les 100 et 10 000 lignes sont des copies du catalogue décalées de quelques jours
(des campagnes synthétiques, dites comme telles) ; les occurrences, fériés et échéances
sont calculés par le vrai domaine.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import PySide6
from PySide6.QtWidgets import QApplication

from campagnes.calendrier import jours_feries
from campagnes.depot import Depot
from campagnes.modele import Campagne, Recurrence
from ui.vue_annee import VueAnnee, lignes_campagnes

ANNEE = 2027
TAILLES = (13, 100, 10_000)
DEFILEMENTS = 12


def campagnes(catalogue: list[Campagne], n: int) -> list[Campagne]:
    """Le catalogue, puis des copies décalées de i jours jusqu'à n campagnes."""
    resultat = list(catalogue[:n])
    i = 0
    while len(resultat) < n:
        modele = catalogue[i % len(catalogue)]
        decalage = timedelta(days=(i * 7) % 300)
        rec = modele.recurrence
        resultat.append(
            replace(
                modele,
                slug=f"{modele.slug}-copie-{i}",
                titre=f"{modele.titre} (copie {i})",
                recurrence=Recurrence(rec.debut + decalage, rec.fin + decalage, rec.rrule),
            )
        )
        i += 1
    return resultat


def ms(secondes: float) -> str:
    return f"{secondes * 1000:8.1f} ms"


def main() -> None:
    app = QApplication.instance() or QApplication([])
    depot = Depot.ouvrir(None)
    catalogue = depot.campagnes()
    feries = jours_feries(ANNEE - 1, ANNEE + 1)
    print(
        f"Frise {ANNEE}, vue de 1400 x 800, PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}"
    )
    print(
        f"{'lignes':>7} | {'domaine (lignes)':>16} | {'afficher+1er rendu':>18} | {'défilement (médiane)':>20}"
    )
    for n in TAILLES:
        t0 = time.perf_counter()
        lignes = lignes_campagnes(campagnes(catalogue, n), ANNEE, feries)
        domaine = time.perf_counter() - t0

        vue = VueAnnee()
        vue.resize(1400, 800)
        vue.show()
        app.processEvents()
        t0 = time.perf_counter()
        vue.afficher(ANNEE, lignes, feries)
        vue.grab()
        premier = time.perf_counter() - t0

        barre = vue.verticalScrollBar()
        durees = []
        for k in range(DEFILEMENTS):
            t0 = time.perf_counter()
            barre.setValue(barre.maximum() * (k + 1) // DEFILEMENTS)
            vue.grab()
            durees.append(time.perf_counter() - t0)
        defilement = statistics.median(durees)
        print(f"{n:>7} | {ms(domaine):>16} | {ms(premier):>18} | {ms(defilement):>20}")
        vue.close()
        vue.deleteLater()
        app.processEvents()
    depot.fermer()


if __name__ == "__main__":
    main()
