"""Annuler une suppression rend toute la campagne, indicateurs d'évaluation compris."""

from datetime import date

from campagnes.depot import Depot
from campagnes.indicateurs import Indicateur, ajouter_indicateur, indicateurs
from ui.session import Session


def test_annuler_la_suppression_rend_aussi_les_indicateurs(qtbot, chemin_base):
    depot = Depot.ouvrir(chemin_base)
    try:
        session = Session(depot)
        ajouter_indicateur(
            depot,
            "journee-4-mars",
            Indicateur(
                "Appels à la ligne d'aide", "appels", 120, 180, 200, "Ligne", date(2027, 4, 1)
            ),
        )
        assert session.supprimer("journee-4-mars")
        assert "journee-4-mars" not in depot.slugs()
        session.pile.undo()
        [rendu] = indicateurs(depot, "journee-4-mars")
        assert (rendu.nom, rendu.cible, rendu.resultat) == ("Appels à la ligne d'aide", 180, 200)
        session.pile.redo()
        assert "journee-4-mars" not in depot.slugs()
        session.pile.undo()
        assert [i.nom for i in indicateurs(depot, "journee-4-mars")] == ["Appels à la ligne d'aide"]
    finally:
        depot.fermer()
