"""Refait les captures du suivi du plan dans docs/ (base neuve du catalogue, année 2027).

docs/avertissements.png : le panneau des avertissements, celui du 4 mars cliqué ;
docs/annee-suivante.png : l'aperçu de « Préparer l'année suivante » ;
docs/indicateurs.png : l'onglet Indicateurs de l'éditeur.
Les campagnes ponctuelles et l'indicateur ajoutés ici sont des EXEMPLES de démonstration,
titrés comme tels ; le reste vient du catalogue livré.

Lancer : QT_QPA_PLATFORM=offscreen python outils/captures_suivi.py
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

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from campagnes.depot import Depot  # noqa: E402
from campagnes.indicateurs import Indicateur, enregistrer_indicateurs  # noqa: E402
from campagnes.modele import Campagne, Jalon, Materiel, PublicCible, Recurrence  # noqa: E402
from ui.fenetre import FenetrePrincipale  # noqa: E402
from ui.reglages import Reglages  # noqa: E402
from ui.session import Session  # noqa: E402
from ui.suivi_annee_suivante import ouvrir_dialogue  # noqa: E402

DOCS = RACINE / "docs"


def attendre(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def exemples() -> list[Campagne]:
    public = [PublicCible("Ensemble de la population", "", "")]
    return [
        Campagne(
            slug="exemple-colloque-2027",
            titre="Exemple : colloque régional 2027",
            recurrence=Recurrence(date(2027, 10, 4), date(2027, 10, 5)),
            statut="terminee",
            publics=public,
            materiels=[Materiel(titre="Affiche", type="affiche", echeance=date(2027, 9, 6))],
            jalons=[Jalon("Réserver la salle", 60)],
        ),
        Campagne(
            slug="exemple-tournee-4-mars-2027",
            titre="Exemple : tournée des écoles autour du 4 mars 2027",
            recurrence=Recurrence(date(2027, 3, 2), date(2027, 3, 5)),
            statut="terminee",
            publics=public,
        ),
    ]


def main() -> None:
    app = QApplication.instance() or QApplication([])
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as dossier:
        depot = Depot.ouvrir(Path(dossier) / "plan.sqlite")
        reglages = Reglages(QSettings(str(Path(dossier) / "r.ini"), QSettings.Format.IniFormat))
        f = FenetrePrincipale(Session(depot), reglages, annee=2027, aujourd_hui=date(2027, 2, 20))
        f.resize(1500, 860)
        f.show()
        attendre(app)
        panneau = f.panneau_avertissements
        f.resizeDocks([panneau], [480], Qt.Orientation.Horizontal)
        for i in range(panneau.liste.count()):
            element = panneau.liste.item(i)
            if element.data(Qt.ItemDataRole.UserRole).slugs == (
                "semaine-nationale",
                "journee-4-mars",
            ):
                panneau.liste.setCurrentItem(element)
                panneau._montrer(element)
        attendre(app)
        f.grab().save(str(DOCS / "avertissements.png"))

        # Les exemples après la première capture : ses avertissements sont ceux du catalogue.
        depot.enregistrer_campagnes(exemples())
        f.session.recharger()
        dialogue = ouvrir_dialogue(f)
        attendre(app)
        dialogue.grab().save(str(DOCS / "annee-suivante.png"))
        dialogue.reject()

        enregistrer_indicateurs(
            depot,
            "exemple-colloque-2027",
            [
                Indicateur(
                    "Exemple : participants au colloque",
                    "personnes",
                    120,
                    150,
                    163,
                    "Registre des inscriptions",
                    date(2027, 10, 6),
                ),
                Indicateur(
                    "Exemple : signalements reçus le mois suivant",
                    "signalements",
                    40,
                    60,
                    52,
                    "Exemple de source",
                    date(2027, 11, 5),
                ),
            ],
        )
        editeur = f.modifier_campagne("exemple-colloque-2027")
        editeur.resize(1000, 520)
        editeur.onglets.setCurrentWidget(editeur.page_indicateurs)
        attendre(app)
        editeur.grab().save(str(DOCS / "indicateurs.png"))
        editeur.reject()
        f.close()
        depot.fermer()
    print("captures écrites dans", DOCS)


if __name__ == "__main__":
    main()
