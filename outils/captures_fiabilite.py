"""Refait docs/restaurer-sauvegarde.png et docs/lecture-seule.png (base neuve du catalogue).

Lancer : QT_QPA_PLATFORM=offscreen python outils/captures_fiabilite.py
Les sauvegardes montrées sont de vraies copies faites par le script (dates du jour) ; la
copie illisible est un fichier abîmé posé exprès, pour montrer comment elle est marquée.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RACINE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RACINE))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from campagnes.depot import Depot  # noqa: E402
from campagnes.sauvegardes import dossier_sauvegardes, sauvegarder  # noqa: E402
from ui.fenetre import ANNEE, FenetrePrincipale  # noqa: E402
from ui.reglages import Reglages  # noqa: E402
from ui.session import Session  # noqa: E402

DOCS = RACINE / "docs"


def attendre(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def fenetre(depot: Depot, dossier: Path, nom: str) -> FenetrePrincipale:
    reglages = Reglages(QSettings(str(dossier / f"{nom}.ini"), QSettings.Format.IniFormat))
    f = FenetrePrincipale(Session(depot), reglages, annee=2027, aujourd_hui=date(2027, 2, 20))
    f.resize(1400, 820)
    f.show()
    return f


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as temporaire:
        dossier = Path(temporaire)
        chemin = dossier / "plan.sqlite"
        depot = Depot.ouvrir(chemin)
        abimee = dossier_sauvegardes(chemin) / "plan-20261120-090000-000000-auto.sqlite"
        abimee.parent.mkdir()
        abimee.write_bytes(b"copie interrompue" * 64)
        sauvegarder(depot, "auto")
        f = fenetre(depot, dossier, "a")
        for slug in ("semaine-nationale", "aeroports-ports-frontieres"):
            f.session.supprimer(slug)
        sauvegarder(depot, "manuelle")
        dialogue = f.fiabilite.ouvrir_dialogue()
        dialogue.resize(1000, 560)
        dialogue.choisir(dialogue.sauvegardes[1])  # la copie automatique, avant suppression
        attendre(app)
        dialogue.grab().save(str(DOCS / "restaurer-sauvegarde.png"))
        dialogue.close()
        f.close()
        depot.fermer()

        lecture = Depot.ouvrir(chemin, lecture_seule=True)
        g = fenetre(lecture, dossier, "b")
        g.onglets.setCurrentIndex(ANNEE)
        attendre(app)
        g.grab().save(str(DOCS / "lecture-seule.png"))
        g.close()
        lecture.fermer()


if __name__ == "__main__":
    main()
