"""Mesure la frise de l'année à 13, 100 et 10 000 lignes : lignes, premier rendu, défilement.

Lancer : `python -m tests.benchmarks --seulement vue_annee`, ou
`QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_vue_annee.py` (imprime).
Les 100 et 10 000 lignes sont des copies du catalogue décalées de quelques jours
(des campagnes synthétiques, dites comme telles) ; les occurrences, fériés et échéances
sont calculés par le vrai domaine.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parent)]

import PySide6  # noqa: E402
from outils_bench import mediane  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from campagnes.calendrier import jours_feries  # noqa: E402
from campagnes.depot import Depot  # noqa: E402
from campagnes.modele import Campagne, Recurrence  # noqa: E402
from ui.vue_annee import VueAnnee, lignes_campagnes  # noqa: E402

ANNEE = 2027
TAILLES = (13, 100, 10_000)
DEFILEMENTS = 12
REPETITIONS = 5


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


def nombre_fr(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def mesures() -> list:
    """Par taille : lignes, afficher + premier rendu, défilement ; plancher : 13 lignes."""
    app = QApplication.instance() or QApplication([])
    depot = Depot.ouvrir(None)
    catalogue = depot.campagnes()
    depot.fermer()
    feries = jours_feries(ANNEE - 1, ANNEE + 1)
    vues: list[VueAnnee] = []

    def nouvelle_vue() -> None:
        """Hors chrono : une vue neuve, montrée et vide, comme à l'ouverture de l'onglet."""
        while vues:
            ancienne = vues.pop()
            ancienne.close()
            ancienne.deleteLater()
        vue = VueAnnee()
        vue.resize(1400, 800)
        vue.show()
        app.processEvents()
        vues.append(vue)

    par_taille = {}
    for n in TAILLES:
        liste = campagnes(catalogue, n)
        domaine = mediane(lambda liste=liste: lignes_campagnes(liste, ANNEE, feries), 3)
        lignes = lignes_campagnes(liste, ANNEE, feries)
        premier = mediane(
            lambda lignes=lignes: (vues[-1].afficher(ANNEE, lignes, feries), vues[-1].grab()),
            REPETITIONS,
            nouvelle_vue,
        )
        barre = vues[-1].verticalScrollBar()
        crans = iter(range(1, DEFILEMENTS + 1))

        def defiler(barre=barre, crans=crans) -> None:
            barre.setValue(barre.maximum() * next(crans) // DEFILEMENTS)
            vues[-1].grab()

        defilement = mediane(defiler, DEFILEMENTS)
        par_taille[n] = (domaine, premier, defilement)
    nouvelle_vue()
    vues[-1].close()

    # 13 lignes tiennent dans la vue : leur « défilement » ne fait que repeindre.
    petite = TAILLES[0]
    la_meme = f"La même à {petite} lignes"
    libelles = (
        ("calcul des lignes (domaine : occurrences, fériés, échéances)",) * 2 + (la_meme,),
        ("afficher + premier rendu (vue de 1400 × 800)",) * 2 + (la_meme,),
        (
            f"défilement d'un cran puis rendu (médiane de {DEFILEMENTS})",
            "repeindre sans défiler (tout tient dans la vue)",
            f"Repeindre {petite} lignes (rien à défiler)",
        ),
    )
    resultat = []
    for n, secondes in par_taille.items():
        for rang, (libelle, libelle_petite, plancher) in enumerate(libelles):
            if n == petite:
                resultat.append(
                    (f"Frise {ANNEE}, {n} lignes : {libelle_petite}", secondes[rang], None, None)
                )
            else:
                resultat.append(
                    (
                        f"Frise {ANNEE}, {nombre_fr(n)} lignes : {libelle}",
                        secondes[rang],
                        plancher,
                        par_taille[petite][rang],
                    )
                )
    return resultat


def main() -> None:
    print(f"Frise {ANNEE}, PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}")
    for nom, secondes, plancher, secondes_plancher in mesures():
        ligne = f"{nom:<90} {secondes * 1000:8.1f} ms"
        if plancher:
            ligne += f"   ({plancher} : {secondes_plancher * 1000:.1f} ms)"
        print(ligne)


if __name__ == "__main__":
    main()
