"""Le plan annuel : frise, tableau de toutes les campagnes, échéances mois par mois."""

from __future__ import annotations

import pytest
from aides_documents import campagnes_en_masse, nombre_pages, texte_pages, texte_pdf
from pypdf import PdfReader

from campagnes.documents import produire_plan


@pytest.fixture
def plan_2027(depot, tmp_path):
    chemin = tmp_path / "plan.pdf"
    produire_plan(depot, 2027, chemin)
    return chemin


def test_le_plan_est_en_paysage(plan_2027):
    boite = PdfReader(str(plan_2027)).pages[0].mediabox
    assert boite.width > boite.height


def test_la_frise_nomme_les_mois_et_explique_ses_reperes(plan_2027):
    premiere = texte_pages(plan_2027)[0]
    for mois in ("janvier", "février", "mars", "avril", "juin", "juillet", "août"):
        assert mois in premiere
    assert "4 mars : Journée de la lutte contre l'exploitation sexuelle des mineurs" in premiere
    assert "30 juillet : Journée mondiale de la lutte contre la traite" in premiere
    assert "Semaine nationale : du 1er au 7 mars 2027" in premiere
    assert "24 juin (Fête nationale du Québec)" in premiere


def test_le_tableau_donne_dates_publics_et_statut_de_chaque_campagne(depot, plan_2027):
    texte = texte_pdf(plan_2027)
    assert "Campagne Dates en 2027 Publics Statut Recomm." in texte
    assert (
        "Journée de la lutte contre l'exploitation sexuelle des mineurs 4 mars 2027 "
        "Ensemble de la population confirmée 2"
    ) in texte
    assert "du 1er au 7 mars 2027" in texte
    assert "30 juillet 2027" in texte
    for campagne in depot.campagnes():
        assert campagne.titre.split(" : ")[0] in texte


def test_les_echeances_de_novembre_preparent_le_lancement_de_janvier(plan_2027):
    texte = texte_pdf(plan_2027)
    assert "Échéances de matériel, mois par mois — 2027" in texte
    assert "Novembre 2027" in texte
    assert "2 novembre 2027 Vos droits en tant que victime dépliant français" in texte
    assert "lancement le 1er janvier 2028" in texte


def test_un_plan_de_1000_campagnes(depot, tmp_path):
    depot.enregistrer_campagnes(campagnes_en_masse(1000))
    chemin = tmp_path / "plan.pdf"
    pages = produire_plan(depot, 2027, chemin)
    assert nombre_pages(chemin) == pages
    textes = texte_pages(chemin)
    assert f"page 1 de {pages}" in textes[0] and f"page {pages} de {pages}" in textes[-1]
    # Frise (1 013 lignes), tableau (1 013 rangées), 2 000 échéances : ni tronqué ni démesuré.
    assert 150 <= pages <= 400
    tout = " ".join(textes)
    for i in range(0, 1000, 37):
        assert f"Campagne régionale n° {i:04d} : sensibilisation & prévention" in tout
    # L'en-tête du tableau se répète à chaque page du tableau.
    assert sum("Campagne Dates en 2027 Publics Statut" in t for t in textes) > 30


def test_un_titre_demesure_n_est_ni_coupe_ni_refuse(depot, tmp_path):
    import re

    from aides_documents import campagne_complete

    c = campagne_complete()
    c.titre = "Début " + "mot " * 1500 + "FIN"  # plus haut qu'une page dans la frise
    depot.enregistrer_campagne(c)
    chemin = tmp_path / "plan.pdf"
    produire_plan(depot, 2027, chemin)
    texte = texte_pdf(chemin)
    # Frise, tableau des campagnes et deux échéances : le titre entier quatre fois.
    assert len(re.findall(r"\bmot\b", texte)) == 4 * 1500
    assert texte.count("FIN") == 4


def test_un_titre_hostile_s_imprime_tel_quel_dans_la_frise_et_le_tableau(depot, tmp_path):
    from aides_documents import TITRE_HOSTILE, campagne_complete

    depot.enregistrer_campagne(campagne_complete())
    chemin = tmp_path / "plan.pdf"
    produire_plan(depot, 2027, chemin)
    # Frise, tableau des campagnes, puis la colonne « Campagne » des deux échéances.
    assert texte_pdf(chemin).count(TITRE_HOSTILE) == 4
