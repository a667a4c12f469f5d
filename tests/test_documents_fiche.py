"""La fiche de campagne, lue comme un gestionnaire la lirait : texte extrait du PDF."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest
from aides_documents import (
    CRI,
    INUKTITUT,
    TITRE_HOSTILE,
    campagne_complete,
    dossier_en_lecture_seule,
    nombre_pages,
    polices_du_texte,
    texte_pages,
    texte_pdf,
)
from pypdf import PdfReader

from campagnes.documents import produire_fiche
from campagnes.erreurs import EcritureImpossible, Introuvable, OperationAnnulee

PRODUIT_LE = date(2026, 12, 4)


@pytest.fixture
def fiche_complete(depot, tmp_path):
    depot.enregistrer_campagne(campagne_complete())
    chemin = tmp_path / "fiche.pdf"
    produire_fiche(depot, "essai-complet", 2027, chemin, produit_le=PRODUIT_LE)
    return chemin


def _espaces(texte: str) -> str:
    return re.sub(r"\s+", " ", texte).strip()


def test_la_recommandation_est_citee_mot_pour_mot_avec_son_numero(depot, fiche_complete):
    texte = texte_pdf(fiche_complete)
    for numero in (2, 16):
        assert f"Recommandation n° {numero}" in texte
        assert _espaces(depot.recommandation(numero).texte) in texte


def test_dates_statut_et_responsable(fiche_complete):
    texte = texte_pdf(fiche_complete)
    assert "Dates en 2027 : 4 mars 2027" in texte
    assert "Statut : confirmée" in texte
    assert "Produit le 4 décembre 2026" in texte


def test_le_tableau_des_materiels_porte_echeances_quantites_et_lieux(fiche_complete):
    texte = texte_pdf(fiche_complete)
    assert "Titre Type Langue Statut Échéance Quantité Lieux" in texte
    # Délai de 30 jours avant le 4 mars 2027 ; quantité groupée par milliers.
    assert (
        f"Affiche {INUKTITUT} affiche inuktitut prêt 2 février 2027 200 Écoles & centres" in texte
    )
    assert f"Dépliant {CRI} dépliant cri à produire 15 janvier 2027 1 000 Eeyou Istchee" in texte


def test_jalons_dates_et_budget(fiche_complete):
    texte = texte_pdf(fiche_complete)
    assert "18 janvier 2027 Validation juridique" in texte
    assert "11 février 2027 Envoi aux imprimeurs" in texte
    assert "Budget 12 500,50 $" in texte


def test_publics_regions_partenaires_et_langues_par_leur_nom(fiche_complete):
    texte = texte_pdf(fiche_complete)
    assert f"Jeunes {INUKTITUT} Connaître leurs droits Appeler la ligne d'aide" in texte
    assert "Régions : Nord-du-Québec, Centre-du-Québec" in texte
    assert "Partenaires : Partenaire & Cie" in texte
    assert "français, inuktitut, cri" in texte


def test_le_texte_hostile_est_imprime_litteralement(fiche_complete):
    texte = texte_pdf(fiche_complete)
    assert TITRE_HOSTILE in texte
    assert "Budget < 5000 $ & délai > 2 sem." in texte
    assert "AT&T &amp; R&D &nbsp; &foo;" in texte
    assert 'Second bloc avec <font name="x">.' in texte
    assert "Message <i>deux</i>" in texte
    assert "Direction des communications <DC>" in texte
    assert 'aux "jeunes"' in texte


def test_le_syllabique_est_dans_la_police_noto_canadian_aboriginal(fiche_complete):
    texte = texte_pdf(fiche_complete)
    assert INUKTITUT in texte and CRI in texte
    for syllabique in (INUKTITUT, CRI):
        polices = polices_du_texte(fiche_complete, syllabique)
        assert polices and all("NotoSansCanadianAboriginal" in p for p in polices), polices


def test_toutes_les_polices_sont_incorporees(fiche_complete):
    for page in PdfReader(str(fiche_complete)).pages:
        for police in page["/Resources"]["/Font"].values():
            police = police.get_object()
            assert "Helvetica" not in str(police["/BaseFont"])
            assert "/FontFile2" in police["/FontDescriptor"].get_object()


def test_les_sections_vides_sont_omises(depot, tmp_path):
    # La journée du 4 mars du catalogue n'a ni contexte, ni matériel, ni jalon, ni budget.
    chemin = tmp_path / "fiche.pdf"
    produire_fiche(depot, "journee-4-mars", 2027, chemin)
    texte = texte_pdf(chemin)
    assert "Journée de la lutte contre l'exploitation sexuelle des mineurs" in texte
    for absente in (
        "Contexte",
        "Matériels",
        "Jalons",
        "Budget",
        "Ton ",
        "Responsable",
        "Partenaires",
    ):
        assert absente not in texte
    assert "Messages clés" in texte and "L'achat de services sexuels est un crime." in texte


def test_page_n_de_m_sur_chaque_page(fiche_complete):
    pages = texte_pages(fiche_complete)
    total = nombre_pages(fiche_complete)
    assert total >= 2
    for numero, texte in enumerate(pages, start=1):
        assert f"page {numero} de {total}" in texte


def test_la_campagne_multilingue_sort_en_arabe_et_en_chinois_lisibles(depot, tmp_path):
    chemin = tmp_path / "multilingue.pdf"
    produire_fiche(depot, "information-multilingue-victimes", 2027, chemin)
    texte = texte_pdf(chemin)
    assert "您作为受害者的权利" in texte
    assert polices_du_texte(chemin, "您作为受害者的权利") == {"/AAAAAA+DroidSansFallback"}
    # L'arabe est dessiné en formes jointes (présentation) dans la police arabe, pas en carrés.
    assert "حقوقك كضحية" in unicodedata.normalize("NFKC", texte)
    polices = polices_du_texte(chemin, "\ufe97\ufea3\ufedb\ufed8\ufeee\ufed7\ufea4\ufef4")
    assert polices == {"/AAAAAA+NotoSansArabic-Regular"}


def test_texte_decompose_normalise_en_nfc(depot, tmp_path):
    c = campagne_complete("essai-nfd")
    c.titre = unicodedata.normalize("NFD", "Été québécois")
    depot.enregistrer_campagne(c)
    chemin = tmp_path / "nfd.pdf"
    produire_fiche(depot, "essai-nfd", 2027, chemin)
    assert "Été québécois" in texte_pdf(chemin)


def test_slug_inconnu(depot, tmp_path):
    with pytest.raises(Introuvable, match="Aucune campagne ne porte l'identifiant « absente »"):
        produire_fiche(depot, "absente", 2027, tmp_path / "f.pdf")
    assert not (tmp_path / "f.pdf").exists()


def test_destination_non_inscriptible_laisse_l_ancien_fichier(depot, tmp_path):
    dossier = tmp_path / "sorties"
    dossier.mkdir()
    ancien = dossier / "fiche.pdf"
    ancien.write_bytes(b"ancienne fiche")
    with dossier_en_lecture_seule(dossier), pytest.raises(EcritureImpossible) as erreur:
        produire_fiche(depot, "journee-4-mars", 2027, ancien)
    assert str(erreur.value) == (
        f"Impossible d'écrire « {ancien} » : accès refusé. Fermez le fichier s'il est ouvert "
        "ailleurs ou choisissez un autre dossier."
    )
    assert ancien.read_bytes() == b"ancienne fiche"


def test_progression_puis_annulation_sans_toucher_l_ancien_fichier(depot, tmp_path):
    chemin = tmp_path / "fiche.pdf"
    chemin.write_bytes(b"ancienne")
    vus: list[tuple[int, int]] = []
    with pytest.raises(OperationAnnulee):
        produire_fiche(
            depot,
            "journee-4-mars",
            2027,
            chemin,
            progression=lambda f, t: vus.append((f, t)),
            annule=lambda: len(vus) >= 2,
        )
    assert chemin.read_bytes() == b"ancienne"
    assert [p.name for p in tmp_path.iterdir()] == ["fiche.pdf"]  # aucun fichier temporaire

    vus.clear()
    produire_fiche(
        depot, "journee-4-mars", 2027, chemin, progression=lambda f, t: vus.append((f, t))
    )
    assert vus[-1] == (100, 100)
    assert [f for f, _ in vus] == sorted(f for f, _ in vus)


def test_une_cellule_plus_haute_qu_une_page_continue_sur_la_suivante(depot, tmp_path):
    c = campagne_complete()
    c.materiels[0].lieux_diffusion = "lieu " * 3000 + "FIN"
    depot.enregistrer_campagne(c)
    chemin = tmp_path / "fiche.pdf"
    pages = produire_fiche(depot, "essai-complet", 2027, chemin)
    texte = texte_pdf(chemin)
    assert pages >= 3
    assert len(re.findall(r"\blieu\b", texte)) == 3000 and "FIN" in texte


def test_un_paragraphe_arabe_sur_plusieurs_lignes_garde_l_ordre_des_lignes(depot, tmp_path):
    # Réordonner tout le paragraphe puis le couper mettrait la fin en première ligne
    # (vérifié : « ثلاثة » sortait alors avant « واحد »).
    rempli = "حملة إعلامية متعددة اللغات للضحايا لتعريفهم بحقوقهم "
    c = campagne_complete()
    c.contexte = "واحد " + rempli * 2 + "اثنان " + rempli * 2 + "ثلاثة"
    depot.enregistrer_campagne(c)
    chemin = tmp_path / "fiche.pdf"
    produire_fiche(depot, "essai-complet", 2027, chemin)
    texte = unicodedata.normalize("NFKC", texte_pdf(chemin))
    positions = [texte.find(mot) for mot in ("واحد", "اثنان", "ثلاثة")]
    assert -1 not in positions and positions == sorted(positions)
    assert polices_du_texte(chemin, "\ufef3") == {"/AAAAAA+NotoSansArabic-Regular"}
