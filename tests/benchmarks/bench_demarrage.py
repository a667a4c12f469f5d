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

from outils_bench import RACINE, SCRIPT_FENETRE_NUE, base_generee, dossier_de_travail

REPETITIONS = 5

SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
chemin, mode, journal = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
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


def un_demarrage(commande: list[str], env: dict) -> dict[str, float]:
    """Lance un processus ; rend le moment (secondes) de chacune des lignes qu'il écrit."""
    debut = time.perf_counter()
    processus = subprocess.Popen(
        commande, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=RACINE
    )
    moments = {}
    for ligne in processus.stdout:
        moments[ligne.strip()] = time.perf_counter() - debut
    erreurs = processus.stderr.read()
    processus.wait(timeout=300)
    if "visible" not in moments:
        raise RuntimeError(f"démarrage inachevé ({commande[3:]}) : {erreurs[-500:]}")
    return moments


def demarrages(cas: dict[str, list[str]], repetitions: int) -> dict[str, tuple[float, float]]:
    """Médianes (visible, plan affiché) par cas ; les cas alternent à chaque tour.

    La machine est partagée : en alternant plancher et application, un moment chargé pèse
    sur tous les cas à la fois plutôt que sur un seul, et les rapports restent justes.
    """
    mesures: dict[str, list[dict[str, float]]] = {nom: [] for nom in cas}
    with tempfile.TemporaryDirectory(prefix="campagnes-demarrage-") as temporaire:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": temporaire,  # réglages neufs : la frise, premier onglet
            "PYTHONPATH": str(RACINE),
        }
        for _ in range(repetitions):
            for nom, arguments in cas.items():
                commande = [sys.executable, "-c", *arguments, str(Path(temporaire) / "j")]
                mesures[nom].append(un_demarrage(commande, env))
    return {
        nom: (
            statistics.median(m["visible"] for m in liste),
            statistics.median(m.get("plan", m["visible"]) for m in liste),
        )
        for nom, liste in mesures.items()
    }


def base_catalogue() -> Path:
    """Le plan de départ (13 campagnes du catalogue), créé avant les mesures."""
    from campagnes.depot import Depot

    chemin = dossier_de_travail() / "demarrage-catalogue.sqlite"
    if not chemin.exists():
        Depot.ouvrir(chemin).fermer()
    return chemin


def mesures():
    catalogue = base_catalogue()
    grande = base_generee(10_000, 5)
    # Arguments du script : base, mode, puis le dossier du journal ajouté par demarrages().
    m = demarrages(
        {
            "nue": [SCRIPT_FENETRE_NUE],
            "catalogue": [SCRIPT, str(catalogue), "differe"],
            "grande": [SCRIPT, str(grande), "differe"],
        },
        REPETITIONS,
    )
    ancien = demarrages(
        {
            "catalogue": [SCRIPT, str(catalogue), "direct"],
            "grande": [SCRIPT, str(grande), "direct"],
        },
        3,
    )
    nue = m["nue"][0]
    cat_visible, cat_plan = m["catalogue"]
    gr_visible, gr_plan = m["grande"]
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
            "Sans affichage différé (lecture avant affichage), catalogue : fenêtre visible",
            ancien["catalogue"][0],
            plancher,
            nue,
        ),
        (
            "Sans affichage différé, 10 000 campagnes : fenêtre visible",
            ancien["grande"][0],
            "Catalogue, même démarrage",
            ancien["catalogue"][0],
        ),
    ]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    for ligne in mesures():
        print(ligne)
