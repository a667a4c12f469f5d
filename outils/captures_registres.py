"""Refait les captures des registres dans docs/ : onglets « Sceau » et « Affichage », page du PDF.

Les entrées sont des exemples (leurs noms le disent), sur une base neuve du catalogue.
Lancer : QT_QPA_PLATFORM=offscreen python outils/captures_registres.py  (pdftoppm requis)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RACINE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RACINE))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from campagnes.affichage import Affiche, Etablissement, enregistrer_etablissement  # noqa: E402
from campagnes.depot import Depot  # noqa: E402
from campagnes.documents.registre_sceau import ecrire_liste_sceau, lire_liste_sceau  # noqa: E402
from campagnes.sceau import TitulaireSceau, enregistrer_titulaire  # noqa: E402
from ui.fenetre import FenetrePrincipale  # noqa: E402
from ui.reglages import Reglages  # noqa: E402
from ui.session import Session  # noqa: E402

DOCS = RACINE / "docs"
AUJOURDHUI = date(2027, 2, 20)

TITULAIRES = [
    ("Hôtel Exemple du Vieux-Port", "hotellerie", "03", date(2025, 3, 1), date(2027, 3, 1), True),
    ("Auberge Exemple", "hotellerie", "06", date(2024, 11, 5), date(2026, 11, 5), True),
    ("Festival Exemple d'été", "festival", "06", date(2026, 5, 1), date(2028, 5, 1), False),
    ("Grand Prix Exemple", "grand_evenement", "06", date(2026, 4, 2), date(2027, 4, 15), True),
    ("Autocars Exemple inc.", "transport", "02", date(2025, 9, 9), date(2027, 9, 9), True),
    ("Boutique Exemple", "commerce", "05", date(2026, 8, 20), None, False),
]

LIEUX = [
    ("Plateforme Exemple", "plateforme_locative", "06", True, True),
    ("Hôtel Exemple Centre", "hotel", "06", True, False),
    ("Gîte Exemple", "hebergement_touristique", "01", False, False),
    ("Sauna Exemple", "sauna", "03", True, True),
    ("Salon Exemple", "salon_massage", "06", False, True),
]


def semer(depot: Depot) -> None:
    for nom, type_, region, octroi, renouvellement, affiches in TITULAIRES:
        enregistrer_titulaire(
            depot,
            TitulaireSceau(
                nom=nom,
                type=type_,
                region=region,
                date_octroi=octroi,
                date_renouvellement=renouvellement,
                date_formation=octroi if affiches else None,
                affiches_en_place=affiches,
                remarques="Entrée d'exemple pour la documentation.",
            ),
        )
    for nom, type_, region, achat, signalement in LIEUX:
        affiches = {}
        if achat:
            affiches["achat"] = Affiche(True, ["fr", "en"], "2027-01", date(2027, 1, 12))
        if signalement:
            affiches["signalement"] = Affiche(True, ["fr"], "2026-09", date(2026, 10, 3))
        enregistrer_etablissement(
            depot, Etablissement(nom, type_, region, affiches, suivi="Exemple : visite prévue.")
        )


def attendre(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as dossier:
        depot = Depot.ouvrir(Path(dossier) / "plan.sqlite")
        semer(depot)
        reglages = Reglages(QSettings(str(Path(dossier) / "r.ini"), QSettings.Format.IniFormat))
        f = FenetrePrincipale(Session(depot), reglages, annee=2027, aujourd_hui=AUJOURDHUI)
        f.resize(1400, 820)
        f.show()
        f.onglets.setCurrentWidget(f.vue_sceau)
        f.vue_sceau.selectionner(f.vue_sceau.modele.entree(1).identifiant)
        attendre(app)
        f.grab().save(str(DOCS / "registre-sceau.png"))
        f.onglets.setCurrentWidget(f.vue_affichage)
        attendre(app)
        f.grab().save(str(DOCS / "registre-affichage.png"))
        pdf = Path(dossier) / "sceau.pdf"
        ecrire_liste_sceau(lire_liste_sceau(depot), pdf, produit_le=AUJOURDHUI)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(DOCS / "sceau-par-region"),
            ],
            check=True,
        )
        f.close()
        depot.fermer()


if __name__ == "__main__":
    main()
