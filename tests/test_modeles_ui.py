"""Les modèles de tables : conformes à Qt (qtmodeltester), triés en français, filtrés."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from campagnes.modele import Campagne, Recurrence
from campagnes.plan import Filtre
from campagnes.suivi import couverture_publics, suivi_materiels
from ui.modele_campagnes import ModeleCampagnes
from ui.vue_materiels import ModeleMateriels
from ui.vue_publics import ModeleCouverture


def _campagne(slug: str, titre: str) -> Campagne:
    return Campagne(
        slug=slug, titre=titre, recurrence=Recurrence(date(2027, 5, 1), date(2027, 5, 2))
    )


def test_modele_campagnes_conforme(qtmodeltester, depot):
    modele = ModeleCampagnes()
    modele.definir(depot.campagnes(), 2027)
    qtmodeltester.check(modele)
    modele.definir_filtre(Filtre(statuts={"confirmee"}))
    qtmodeltester.check(modele)
    modele.sort(ModeleCampagnes.DATES, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(modele)


def test_modele_campagnes_rend_la_campagne(depot):
    modele = ModeleCampagnes()
    modele.definir(depot.campagnes(), 2027)
    c = modele.index(0, 0).data(ModeleCampagnes.ROLE_CAMPAGNE)
    assert isinstance(c, Campagne)
    assert modele.headerData(1, Qt.Orientation.Horizontal) == "Dates 2027"


def test_tri_dans_l_ordre_francais():
    modele = ModeleCampagnes()
    titres = ["Zèbre", "été", "Élan", "avion", "Campagne 10", "Campagne 9"]
    modele.definir([_campagne(f"c{i}", t) for i, t in enumerate(titres)], 2027)
    assert [modele.index(i, 0).data() for i in range(6)] == [
        "avion",
        "Campagne 9",
        "Campagne 10",
        "Élan",
        "été",
        "Zèbre",
    ]
    modele.sort(ModeleCampagnes.TITRE, Qt.SortOrder.DescendingOrder)
    assert modele.index(0, 0).data() == "Zèbre"


def test_filtre_texte_et_public(depot):
    modele = ModeleCampagnes()
    modele.definir(depot.campagnes(), 2027)
    modele.definir_filtre(Filtre(texte="onu"))
    assert [modele.index(i, 0).data() for i in range(modele.rowCount())] == [
        "Journée mondiale de la lutte contre la traite d'êtres humains (ONU)"
    ]
    modele.definir_filtre(Filtre(publics={"Enfants"}))
    assert [modele.index(i, 0).data() for i in range(modele.rowCount())] == [
        "Enfants et parents : usage risqué des technologies et des réseaux sociaux"
    ]


def test_modele_materiels_conforme_et_filtre(qtmodeltester, depot):
    modele = ModeleMateriels()
    modele.definir(suivi_materiels(depot.campagnes(), 2027, date(2027, 1, 15)))
    qtmodeltester.check(modele)
    total = modele.rowCount()
    assert total > 0
    modele.definir_filtres(None, "en")
    assert 0 < modele.rowCount() < total
    assert {modele.index(i, ModeleMateriels.LANGUE).data() for i in range(modele.rowCount())} == {
        "anglais"
    }
    qtmodeltester.check(modele)


def test_modele_couverture_conforme(qtmodeltester, depot):
    modele = ModeleCouverture()
    modele.definir(couverture_publics(depot.campagnes(), 2027, [*depot.noms("publics"), "Aînés"]))
    qtmodeltester.check(modele)
    assert modele.non_atteints() == ["Aînés"]
    modele.montrer_seulement_non_atteints(True)
    assert modele.rowCount() == 1
    qtmodeltester.check(modele)
