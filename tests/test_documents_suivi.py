"""Le suivi imprimé : indicateurs dans la fiche et le rapport, chiffres des registres (rec. 24 à 26)."""

from __future__ import annotations

from datetime import date

import pytest
from aides_documents import texte_continu

from campagnes.affichage import Affiche, Etablissement, enregistrer_etablissement
from campagnes.depot import Depot
from campagnes.documents import ecrire_rapport, produire_fiche, produire_rapport
from campagnes.documents.rapport import lire_rapport
from campagnes.documents.suivi import bilan_indicateurs
from campagnes.indicateurs import Indicateur, SyntheseIndicateur, enregistrer_indicateurs
from campagnes.sceau import TitulaireSceau, enregistrer_titulaire

HOSTILE = "<b>Appels</b> & R&D"
ENTETES_FICHE = "Indicateur Unité Référence Cible Résultat Source Mesuré le État"


def appels(resultat: float, quand: date) -> Indicateur:
    return Indicateur("Appels reçus", "appels", 1200, 1500, resultat, "Info-aide", quand)


# --- fiche ------------------------------------------------------------------------------


def test_la_fiche_montre_chaque_indicateur_et_si_sa_cible_est_atteinte(depot, tmp_path):
    enregistrer_indicateurs(
        depot,
        "journee-4-mars",
        [
            appels(1620, date(2027, 4, 5)),
            Indicateur("Visites", "visites", 8000, 12000, 9500, "Site Web", date(2027, 3, 31)),
        ],
    )
    chemin = tmp_path / "fiche.pdf"
    produire_fiche(depot, "journee-4-mars", 2027, chemin)
    texte = texte_continu(chemin)
    assert f"Indicateurs d'évaluation {ENTETES_FICHE}" in texte
    assert "Appels reçus appels 1 200 1 500 1 620 Info-aide 5 avril 2027 cible atteinte" in texte
    assert "Visites visites 8 000 12 000 9 500 Site Web 31 mars 2027 non atteinte" in texte


def test_un_indicateur_sans_resultat_est_a_mesurer(depot, tmp_path):
    enregistrer_indicateurs(depot, "journee-4-mars", [Indicateur("Notoriété", "%", 20, 35)])
    chemin = tmp_path / "fiche.pdf"
    produire_fiche(depot, "journee-4-mars", 2027, chemin)
    assert "Notoriété % 20 35 à mesurer" in texte_continu(chemin)


def test_une_fiche_sans_indicateur_n_a_pas_la_section(depot, tmp_path):
    chemin = tmp_path / "fiche.pdf"
    produire_fiche(depot, "journee-4-mars", 2027, chemin)
    texte = texte_continu(chemin)
    assert "Journée de la lutte contre l'exploitation sexuelle des mineurs" in texte
    assert "Indicateurs d'évaluation" not in texte
    assert "Mesuré le" not in texte


def test_un_indicateur_au_nom_hostile_est_imprime_tel_quel_dans_la_fiche(depot, tmp_path):
    enregistrer_indicateurs(
        depot,
        "journee-4-mars",
        [Indicateur(HOSTILE, "<%>", 10, 20, 25, "<i>R&D</i>", date(2027, 5, 1))],
    )
    chemin = tmp_path / "fiche.pdf"
    produire_fiche(depot, "journee-4-mars", 2027, chemin)
    assert f"{HOSTILE} <%> 10 20 25 <i>R&D</i> 1er mai 2027 cible atteinte" in texte_continu(chemin)


# --- rapport biennal --------------------------------------------------------------------


def _remplir(depot: Depot) -> None:
    """Cinq indicateurs mesurés en 2027–2028 (trois atteints), deux hors de la période ;
    trois titulaires du sceau dans deux régions ; trois établissements dans deux régions."""
    enregistrer_indicateurs(
        depot,
        "journee-4-mars",
        [
            appels(1380, date(2027, 4, 5)),
            appels(1620, date(2028, 4, 4)),
            Indicateur("Visites", "visites", 8000, 12000, 12840, "Site Web", date(2027, 3, 31)),
            Indicateur("Mesure de 2026", "visites", 1, 2, 3, "", date(2026, 12, 31)),
        ],
    )
    enregistrer_indicateurs(
        depot,
        "semaine-nationale",
        [
            Indicateur("Organismes participants", "organismes", 40, 60, 52, "", date(2027, 3, 15)),
            Indicateur("Annonces suspectes", "annonces", 300, 200, 180, "", date(2028, 6, 1)),
        ],
    )
    enregistrer_indicateurs(
        depot,
        "systeme-avis-internet",
        [
            Indicateur(HOSTILE, "%", None, 20, 10, "", date(2027, 9, 1)),
            Indicateur("Mesure de 2029", "%", None, 20, 30, "", date(2029, 1, 2)),
        ],
    )
    for t in (
        TitulaireSceau(
            "Hôtel Bonaventure",
            "hotellerie",
            "06",
            date(2026, 5, 1),
            date(2027, 5, 1),
            date(2026, 4, 15),
            True,
        ),
        TitulaireSceau("Festival d'été", "festival", "03", date(2025, 6, 1), date(2028, 6, 1)),
        TitulaireSceau(
            "Château Frontenac",
            "hotellerie",
            "03",
            date(2026, 2, 1),
            date(2029, 2, 1),
            date(2026, 1, 10),
            True,
        ),
    ):
        enregistrer_titulaire(depot, t)
    deux = {"achat": Affiche(True, ["fr", "en"]), "signalement": Affiche(True, ["fr"])}
    for e in (
        Etablissement("Auberge du Vieux-Port", "hotel", "06", deux),
        Etablissement("Sauna Laurier", "sauna", "06", {"achat": Affiche(True, ["fr"])}),
        Etablissement("Gîte du Fjord", "hebergement_touristique", "02", {}),
    ):
        enregistrer_etablissement(depot, e)


@pytest.fixture(scope="module")
def rapport(tmp_path_factory) -> str:
    depot = Depot.ouvrir(None)
    _remplir(depot)
    chemin = tmp_path_factory.mktemp("rapport-suivi") / "rapport.pdf"
    # Les registres n'ont pas d'historique : leur état est constaté au jour choisi.
    ecrire_rapport(lire_rapport(depot, 2027, 2028, au=date(2027, 6, 30)), chemin)
    depot.fermer()
    return texte_continu(chemin)


def _sous(texte: str, numero: int) -> str:
    """Le texte imprimé sous une recommandation, jusqu'à la suivante."""
    debut = texte.index(f"Recommandation n° {numero} ")
    return texte[debut : texte.index(f"Recommandation n° {numero + 1} ", debut)]


def test_la_synthese_dit_combien_d_indicateurs_ont_atteint_leur_cible(rapport):
    synthese = rapport[: rapport.index("Chapitre 1 :")]
    assert (
        "Indicateurs d'évaluation : 3 indicateurs sur 5 ont atteint leur cible ; "
        "sur la période : 1 en hausse." in synthese
    )
    assert "Indicateurs d'évaluation mesurés sur la période" in synthese
    assert "Mesure de 2026" not in rapport and "Mesure de 2029" not in rapport


def test_chaque_recommandation_resume_les_indicateurs_de_ses_campagnes(rapport):
    sous_2 = _sous(rapport, 2)
    assert "Bilan des indicateurs : 2 indicateurs sur 2 ont atteint leur cible" in sous_2
    assert (
        "Indicateurs d'évaluation sur la période : • Appels reçus : 1 620 appels "
        "(cible 1 500, atteinte), tendance à la hausse. • Visites : 12 840 visites "
        "(cible 12 000, atteinte)." in sous_2
    )
    sous_3 = _sous(rapport, 3)
    assert "Bilan des indicateurs : 1 indicateur sur 2 a atteint sa cible." in sous_3
    assert "Organismes participants : 52 organismes (cible 60, non atteinte)." in sous_3
    assert "Appels reçus" not in sous_3


def test_un_indicateur_au_nom_hostile_est_imprime_tel_quel_dans_le_rapport(rapport):
    assert f"{HOSTILE} : 10 % (cible 20, non atteinte)." in _sous(rapport, 13)


def test_un_indicateur_au_nom_arabe_laisse_la_phrase_se_lire_de_gauche_a_droite(depot, tmp_path):
    nom = "مكالمات الضحايا"
    indicateur = Indicateur(nom, "appels", None, 2, 1, "", date(2027, 5, 2))
    enregistrer_indicateurs(depot, "information-multilingue-victimes", [indicateur])
    chemin = tmp_path / "rapport.pdf"
    produire_rapport(depot, 2027, 2028, chemin)
    sous_16 = _sous(texte_continu(chemin), 16)
    # Sans isolement, le nom arabe en tête renverserait la phrase : « .appels (cible …) 1 : ».
    assert "1 appels (cible 2, non atteinte)." in sous_16
    assert ".appels" not in sous_16


def test_le_sceau_est_compte_par_region_sous_la_recommandation_24(rapport):
    sous_24 = _sous(rapport, 24)
    assert "Registre du sceau (recommandation 24), état au 30 juin 2027" in sous_24
    assert (
        "3 organisations titulaires du sceau dans 2 régions ; "
        "2 renouvellements dus en 2027–2028." in sous_24
    )
    assert (
        "Région Titulaires Personnel formé Affiches en place À renouveler en 2027–2028 "
        "Échus, non renouvelés Capitale-Nationale 2 1 1 1 0 Montréal 1 1 1 1 1 "
        "Ensemble 3 2 2 2 1" in sous_24
    )
    assert "Registre du sceau" not in _sous(rapport, 23) + _sous(rapport, 25)


def test_l_affiche_sur_l_achat_est_comptee_sous_la_recommandation_25(rapport):
    sous_25 = _sous(rapport, 25)
    assert (
        "Affiche « caractère criminel de l'achat de services sexuels » en place dans 2 des "
        "3 établissements inscrits (67 %)." in sous_25
    )
    assert (
        "Région Établissements Affiche en place Part Saguenay–Lac-Saint-Jean 1 0 0 % "
        "Montréal 2 2 100 % Ensemble 3 2 67 %" in sous_25
    )
    assert (
        "Type d'établissement Établissements Affiche en place Part établissement hôtelier "
        "1 1 100 % hébergement touristique 1 0 0 % sauna 1 1 100 % Ensemble 3 2 67 %" in sous_25
    )
    assert "signaler" not in sous_25.split("Registre de l'affichage")[1]


def test_l_affiche_de_signalement_est_comptee_sous_la_recommandation_26(rapport):
    sous_26 = _sous(rapport, 26)
    assert "Registre de l'affichage (recommandation 26), état au 30 juin 2027" in sous_26
    assert "en place dans 1 des 3 établissements inscrits (33 %)." in sous_26
    assert "Montréal 2 1 50 %" in sous_26
    assert "sauna 1 0 0 %" in sous_26


def test_la_synthese_donne_les_chiffres_des_registres(rapport):
    synthese = rapport[: rapport.index("Chapitre 1 :")]
    assert (
        "Sceau (recommandation 24) : 3 organisations titulaires du sceau dans 2 régions ; "
        "2 renouvellements dus en 2027–2028." in synthese
    )
    assert (
        "Affichage obligatoire (recommandations 25 et 26) : 3 établissements inscrits dans "
        "2 régions ; l'affiche sur le caractère criminel de l'achat (recommandation 25) est "
        "en place dans 2, celle de signalement (recommandation 26) dans 1 ; 1 affiche les deux."
        in synthese
    )


def test_sans_indicateur_ni_registre_le_rapport_n_en_parle_pas(depot, tmp_path):
    chemin = tmp_path / "rapport.pdf"
    produire_rapport(depot, 2027, 2028, chemin)
    texte = texte_continu(chemin)
    assert "Recommandation n° 24" in texte
    for absent in ("Indicateurs d'évaluation", "Bilan des indicateurs", "Registre du", "Sceau ("):
        assert absent not in texte


@pytest.mark.parametrize(
    ("atteintes", "attendu"),
    [
        ([True, True, False], "2 indicateurs sur 3 ont atteint leur cible."),
        ([True, False], "1 indicateur sur 2 a atteint sa cible."),
        ([False, False], "Aucun des 2 indicateurs n'a atteint sa cible."),
        ([False], "L'indicateur à cible fixée n'a pas atteint sa cible."),
        ([None], "1 indicateur mesuré, sans cible fixée."),
    ],
)
def test_le_bilan_s_accorde_au_nombre(atteintes, attendu):
    syntheses = [
        SyntheseIndicateur(
            "s", "Campagne", f"i{n}", "", None, None if a is None else 1.0, 1.0, None, 1, a, None
        )
        for n, a in enumerate(atteintes)
    ]
    assert bilan_indicateurs(syntheses) == attendu
