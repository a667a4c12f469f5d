"""Démarrage de l'application jusqu'à la fenêtre visible, puis jusqu'au plan affiché.

Chaque démarrage est un processus neuf (interpréteur compris, comme un double-clic), hors
écran, qui passe par `ui.demarrage.preparer` : le vrai chemin de `main.py`. Deux moments :
- « visible » : la fenêtre est dessinée une première fois (menus, onglets, barre d'état) ;
- « plan affiché » : les campagnes sont lues et l'onglet Année (la frise) est rempli.
La ligne « sans affichage différé » refait l'ancien démarrage (tout lire avant de montrer).

Plans : le catalogue (13 campagnes) et le plan synthétique de 10 000 campagnes et 50 000
matériels de `outils_bench.base_generee` (dit comme tel). Plancher : la fenêtre PySide6 nue.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from outils_bench import RACINE, base_generee, demarrage_fenetre_nue, dossier_de_travail

REPETITIONS = 5

SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
chemin, journal, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
from ui import demarrage

if mode == "differe":
    app, fenetre = demarrage.preparer(chemin, journal)
else:  # l'ancien démarrage : tout lire, puis montrer
    app = demarrage.application()
    demarrage.configurer_journal(journal)
    fenetre = demarrage.ouvrir_fenetre(chemin, demarrage.Reglages(), charger=True)
    fenetre.show()

class Guet(QObject):
    vu = False
    def eventFilter(self, objet, evenement):
        if evenement.type() == QEvent.Type.Paint and not self.vu:
            self.vu = True
            print("visible", flush=True)
            QTimer.singleShot(0, attendre_plan)
        return False

def attendre_plan():
    if fenetre._chargement_differe:
        QTimer.singleShot(0, attendre_plan)
        return
    fenetre.repaint()
    print("plan", flush=True)
    app.quit()

guet = Guet()
fenetre.installEventFilter(guet)
app.exec()
fenetre.session.depot.fermer()
"""


def demarrages(chemin: Path, mode: str, repetitions: int = REPETITIONS) -> tuple[float, float]:
    """Médianes (visible, plan affiché) en secondes depuis le lancement du processus."""
    with tempfile.TemporaryDirectory(prefix="campagnes-demarrage-") as temporaire:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": temporaire,  # réglages neufs : la frise, premier onglet
            "PYTHONPATH": str(RACINE),
        }
        visibles, plans = [], []
        for _ in range(repetitions):
            debut = time.perf_counter()
            processus = subprocess.Popen(
                [sys.executable, "-c", SCRIPT, str(chemin), str(Path(temporaire) / "j"), mode],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
                cwd=RACINE,
            )
            moments = {}
            for ligne in processus.stdout:
                moments[ligne.strip()] = time.perf_counter() - debut
            erreurs = processus.stderr.read()
            processus.wait(timeout=300)
            if "visible" not in moments or "plan" not in moments:
                raise RuntimeError(f"démarrage inachevé ({mode}, {chemin.name}) : {erreurs[-500:]}")
            visibles.append(moments["visible"])
            plans.append(moments["plan"])
    return statistics.median(visibles), statistics.median(plans)


def base_catalogue() -> Path:
    """Le plan de départ (13 campagnes du catalogue), créé avant les mesures."""
    from campagnes.depot import Depot

    chemin = dossier_de_travail() / "demarrage-catalogue.sqlite"
    if not chemin.exists():
        Depot.ouvrir(chemin).fermer()
    return chemin


def mesures():
    nue = demarrage_fenetre_nue()
    catalogue = base_catalogue()
    grande = base_generee(10_000, 5)
    cat_visible, cat_plan = demarrages(catalogue, "differe")
    gr_visible, gr_plan = demarrages(grande, "differe")
    cat_direct, _ = demarrages(catalogue, "direct", 3)
    gr_direct, _ = demarrages(grande, "direct", 3)
    plancher = "Fenêtre PySide6 nue visible"
    return [
        ("Démarrage : fenêtre PySide6 nue visible (plancher)", nue, None, None),
        ("Démarrage, catalogue (13 campagnes) : fenêtre visible", cat_visible, plancher, nue),
        (
            "Démarrage, 10 000 campagnes / 50 000 matériels : fenêtre visible",
            gr_visible,
            "Catalogue : fenêtre visible",
            cat_visible,
        ),
        ("Démarrage, catalogue : plan affiché (frise remplie)", cat_plan, plancher, nue),
        (
            "Démarrage, 10 000 campagnes : plan affiché (frise remplie)",
            gr_plan,
            "Catalogue : plan affiché",
            cat_plan,
        ),
        (
            "Ancien démarrage sans affichage différé, catalogue : fenêtre visible",
            cat_direct,
            plancher,
            nue,
        ),
        (
            "Ancien démarrage sans affichage différé, 10 000 campagnes : fenêtre visible",
            gr_direct,
            "Catalogue, même démarrage",
            cat_direct,
        ),
    ]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    for ligne in mesures():
        print(ligne)
