"""Refait les captures de la fenêtre dans docs/ (base neuve du catalogue, année 2027).

Lancer : QT_QPA_PLATFORM=offscreen python outils/captures_fenetre.py
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
from ui.demarrage import installer_traduction  # noqa: E402
from ui.fenetre import ANNEE, CAMPAGNES, MATERIEL, PUBLICS, RECOMMANDATIONS, FenetrePrincipale  # noqa: E402
from ui.reglages import Reglages  # noqa: E402
from ui.session import Session  # noqa: E402

DOCS = RACINE / "docs"


def attendre(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as dossier:
        depot = Depot.ouvrir(Path(dossier) / "plan.sqlite")
        reglages = Reglages(QSettings(str(Path(dossier) / "r.ini"), QSettings.Format.IniFormat))
        f = FenetrePrincipale(Session(depot), reglages, annee=2027, aujourd_hui=date(2027, 2, 20))
        f.resize(1400, 820)
        f.show()
        for onglet, nom in (
            (ANNEE, "fenetre-annee"),
            (CAMPAGNES, "fenetre-campagnes"),
            (PUBLICS, "fenetre-publics"),
            (MATERIEL, "fenetre-materiel"),
            (RECOMMANDATIONS, "fenetre-recommandations"),
        ):
            f.onglets.setCurrentIndex(onglet)
            if onglet == CAMPAGNES:
                f.vue_campagnes.selectionner("semaine-nationale")
            if onglet == RECOMMANDATIONS:
                f.vue_recommandations.selectionner(3)
            attendre(app)
            f.grab().save(str(DOCS / f"{nom}.png"))
        editeur = f.modifier_campagne("semaine-nationale")
        editeur.resize(900, 680)
        attendre(app)
        editeur.grab().save(str(DOCS / "editeur.png"))
        editeur.onglets.setCurrentIndex(1)
        attendre(app)
        editeur.grab().save(str(DOCS / "editeur-dates.png"))
        editeur.onglets.setCurrentIndex(4)
        attendre(app)
        editeur.grab().save(str(DOCS / "editeur-recommandations.png"))
        editeur.onglets.setCurrentIndex(0)
        editeur.titre.clear()
        attendre(app)
        editeur.grab().save(str(DOCS / "editeur-erreur.png"))
        editeur.reject()
        f.close()
        # La même fenêtre en anglais (Fichier > Préférences), pour vérifier la traduction.
        traducteurs = installer_traduction(app, "en")
        anglaise = FenetrePrincipale(
            Session(depot), reglages, annee=2027, aujourd_hui=date(2027, 2, 20)
        )
        anglaise.resize(1400, 820)
        anglaise.show()
        anglaise.onglets.setCurrentIndex(MATERIEL)
        attendre(app)
        anglaise.grab().save(str(DOCS / "fenetre-en.png"))
        anglaise.close()
        for t in traducteurs:
            app.removeTranslator(t)
        depot.fermer()
    print("captures écrites dans", DOCS)


if __name__ == "__main__":
    main()
