"""Refait les captures des calendriers : le dialogue d'export et la frise avec une source importée.

Lancer : QT_QPA_PLATFORM=offscreen python outils/captures_calendriers.py
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

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from campagnes.depot import Depot  # noqa: E402
from ui.dialogue_export_ical import PARTENAIRES, PUBLICS  # noqa: E402
from ui.fenetre import FenetrePrincipale  # noqa: E402
from ui.reglages import Reglages  # noqa: E402
from ui.session import Session  # noqa: E402

DOCS = RACINE / "docs"
FESTIVAL = RACINE / "tests" / "donnees" / "ical" / "festival_v1.ics"


def attendre(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def attendre_signal(signal, delai_ms: int = 60000) -> None:
    boucle = QEventLoop()
    signal.connect(boucle.quit)
    QTimer.singleShot(delai_ms, boucle.quit)
    boucle.exec()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as dossier:
        depot = Depot.ouvrir(Path(dossier) / "plan.sqlite")
        reglages = Reglages(QSettings(str(Path(dossier) / "r.ini"), QSettings.Format.IniFormat))
        f = FenetrePrincipale(Session(depot), reglages, annee=2027, aujourd_hui=date(2027, 2, 20))
        f.resize(1400, 820)
        f.show()
        attendre(app)

        dialogue = f.calendriers.exporter_ical()
        dialogue.profil.setEditText("Aéroports")
        dialogue.partie.setChecked(True)
        dialogue.cocher(PARTENAIRES, "Aéroports")
        dialogue.cocher(PARTENAIRES, "Gouvernement fédéral")
        dialogue.cocher(PUBLICS, "Tous les voyageurs, quel que soit leur statut")
        dialogue.listes.setCurrentIndex(PARTENAIRES)
        dialogue.a.setValue(2029)
        dialogue.avec_materiel.setChecked(True)
        dialogue.avec_rafraichissement.setChecked(True)
        dialogue.rafraichissement.setValue(24)
        dialogue.nom.setText("Campagnes CSESM — aéroports")
        dialogue.definir_fichier(str(Path.home() / "Documents" / "plan-aeroports-2027-2029.ics"))
        attendre(app)
        dialogue.grab().save(str(DOCS / "dialogue-export-ical.png"))
        dialogue.reject()

        f.calendriers.importer_depuis(FESTIVAL, "Festival d'été de Québec")
        attendre_signal(f.calendriers.import_termine)
        attendre(app)
        f.vue_annee.montrer_date(date(2027, 7, 1))
        attendre(app)
        f.grab().save(str(DOCS / "frise-source.png"))

        gestion = f.calendriers.gerer_sources()
        attendre(app)
        gestion.grab().save(str(DOCS / "dialogue-sources.png"))
        gestion.reject()
        importer = f.calendriers.importer_ical("Festival d'été de Québec")
        attendre(app)
        importer.grab().save(str(DOCS / "dialogue-import-ical.png"))
        importer.reject()
        f.close()
        depot.fermer()


if __name__ == "__main__":
    main()
