"""Le rapport biennal : les 58 recommandations, ce qui les met en œuvre, ce qui manque."""

from __future__ import annotations

import re

import pytest
from aides_documents import texte_continu

from campagnes.documents import produire_rapport
from campagnes.erreurs import DonneesInvalides


@pytest.fixture(scope="module")
def rapport(tmp_path_factory):
    from campagnes.depot import Depot

    depot = Depot.ouvrir(None)
    campagne = depot.campagne("information-multilingue-victimes")
    campagne.materiels[0].statut = "pret"
    depot.enregistrer_campagne(campagne)
    chemin = tmp_path_factory.mktemp("rapport") / "rapport.pdf"
    produire_rapport(depot, 2027, 2028, chemin)
    yield depot, texte_continu(chemin)
    depot.fermer()


def test_les_58_recommandations_sont_citees_par_chapitre(rapport):
    depot, texte = rapport
    for chapitre in depot.chapitres():
        assert f"Chapitre {chapitre.numero} : {chapitre.titre}" in texte
    for r in depot.recommandations():
        assert f"Recommandation n° {r.numero}" in texte
        assert re.sub(r"\s+", " ", r.texte).strip() in texte


def test_chaque_recommandation_montre_ses_campagnes_et_leurs_dates(rapport):
    _, texte = rapport
    assert (
        "Mise en œuvre par 2 campagne(s) : Journée de la lutte contre l'exploitation sexuelle des "
        "mineurs Statut : confirmée 2027 : 4 mars 2027 2028 : 4 mars 2028"
    ) in texte
    assert "2027 : du 1er au 7 mars 2027 2028 : du 1er au 7 mars 2028" in texte


def test_les_materiels_produits_sont_comptes(rapport):
    _, texte = rapport
    assert "Matériels : 1 produit(s) sur 5." in texte
    assert "Vos droits en tant que victime dépliant français prêt" in texte


def test_la_synthese_et_les_recommandations_sans_campagne(rapport):
    _, texte = rapport
    assert (
        "13 des 58 recommandations sont mises en œuvre par au moins une campagne ; 45 n'en ont aucune."
        in texte
    )
    assert "Recommandations avec et sans campagne, par chapitre" in texte
    assert "Publics atteints par mois" in texte
    assert "janv. 2027" in texte and "déc. 2028" in texte  # axe du graphique, 24 mois
    assert "45 recommandation(s) n'ont aucune campagne sur la période 2027–2028." in texte
    fin = texte.split("Recommandations sans campagne")[-1]
    assert "N° Chapitre Recommandation 1 1 La Commission recommande" in fin
    assert " 2 1 La Commission" not in fin  # la 2 a ses deux journées


def test_annees_inversees(depot, tmp_path):
    with pytest.raises(
        DonneesInvalides, match=r"L'année de fin \(2027\) précède l'année de début \(2028\)"
    ):
        produire_rapport(depot, 2028, 2027, tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()
