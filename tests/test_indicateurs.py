"""Indicateurs d'évaluation : saisie par campagne, validation, synthèse pour le rapport biennal."""

from datetime import date

import pytest

from campagnes.erreurs import DonneesInvalides, Introuvable
from campagnes.indicateurs import (
    Indicateur,
    ajouter_indicateur,
    enregistrer_indicateurs,
    indicateurs,
    synthese_indicateurs,
)

APPELS = "Appels à la ligne Info-aide violence sexuelle (mois suivant)"


def appels(resultat, quand, cible=1500.0, reference=1200.0):
    return Indicateur(
        nom=APPELS,
        unite="appels",
        reference=reference,
        cible=cible,
        resultat=resultat,
        source="Info-aide violence sexuelle",
        date_mesure=quand,
    )


def test_lecture_ecriture_par_campagne(depot):
    liste = [appels(1620.0, date(2027, 4, 5)), Indicateur("Visites du site", "visites", cible=5000)]
    enregistrer_indicateurs(depot, "journee-4-mars", liste)
    lus = indicateurs(depot, "journee-4-mars")
    assert [(i.nom, i.resultat, i.date_mesure) for i in lus] == [
        (APPELS, 1620.0, date(2027, 4, 5)),
        ("Visites du site", None, None),
    ]
    assert lus[0].cible_atteinte is True and lus[1].cible_atteinte is None
    assert indicateurs(depot, "semaine-nationale") == []


def test_cible_a_la_baisse(depot):
    i = Indicateur(
        "Annonces suspectes",
        "annonces",
        reference=300,
        cible=200,
        resultat=250,
        date_mesure=date(2027, 6, 1),
    )
    assert i.sens == "baisse" and i.cible_atteinte is False
    i.resultat = 180
    assert i.cible_atteinte is True


def test_supprimer_la_campagne_supprime_ses_indicateurs(depot):
    ajouter_indicateur(depot, "journee-4-mars", appels(1620.0, date(2027, 4, 5)))
    depot.supprimer_campagne("journee-4-mars")
    assert depot.db["indicateurs"].count == 0


@pytest.mark.parametrize(
    ("indicateur", "message"),
    [
        (Indicateur("  "), "Un indicateur doit avoir un nom."),
        (
            Indicateur("Appels", resultat=10),
            "Indicateur « Appels » : indiquez la date de mesure du résultat.",
        ),
        (
            Indicateur("Appels", cible=float("nan")),
            "Indicateur « Appels » : la cible doit être un nombre.",
        ),
        (Indicateur("Appels", reference="beaucoup"), "la valeur de référence doit être un nombre"),
    ],
)
def test_validation_en_francais_et_rien_n_est_ecrit(depot, indicateur, message):
    enregistrer_indicateurs(depot, "journee-4-mars", [appels(1620.0, date(2027, 4, 5))])
    with pytest.raises(DonneesInvalides) as e:
        enregistrer_indicateurs(
            depot, "journee-4-mars", [appels(1.0, date(2028, 4, 5)), indicateur]
        )
    assert message in str(e.value)
    assert [i.resultat for i in indicateurs(depot, "journee-4-mars")] == [1620.0]


def test_meme_mesure_deux_fois_refusee(depot):
    with pytest.raises(DonneesInvalides) as e:
        enregistrer_indicateurs(
            depot, "journee-4-mars", [appels(1, date(2027, 4, 5)), appels(2, date(2027, 4, 5))]
        )
    assert str(e.value) == f"L'indicateur « {APPELS} » mesuré le 2027-04-05 apparaît deux fois."
    assert indicateurs(depot, "journee-4-mars") == []


def test_campagne_inconnue(depot):
    with pytest.raises(Introuvable, match="« absente »"):
        enregistrer_indicateurs(depot, "absente", [])


def test_synthese_de_la_periode_cible_et_tendance(depot):
    enregistrer_indicateurs(
        depot,
        "journee-4-mars",
        [
            appels(1350.0, date(2027, 4, 5)),
            appels(1580.0, date(2028, 4, 5)),
            appels(9999.0, date(2029, 4, 5)),  # hors période
            Indicateur("Visites du site", "visites", cible=5000),  # jamais mesuré
        ],
    )
    enregistrer_indicateurs(
        depot,
        "semaine-nationale",
        [
            Indicateur("Partages", "partages", 100, 400, 320, date_mesure=date(2027, 3, 20)),
            Indicateur("Partages", "partages", 100, 400, 310, date_mesure=date(2028, 3, 20)),
        ],
    )
    (a, s) = synthese_indicateurs(depot, date(2027, 1, 1), date(2028, 12, 31))
    assert (a.slug, a.nombre_mesures, a.dernier_resultat, a.cible_atteinte, a.tendance) == (
        "journee-4-mars",
        2,
        1580.0,
        True,
        "hausse",
    )
    assert (
        a.phrase
        == f"{APPELS} : 1\u00a0580 appels (cible 1\u00a0500, atteinte), tendance à la hausse."
    )
    assert (s.slug, s.cible_atteinte, s.tendance) == ("semaine-nationale", False, "baisse")
    assert s.phrase == "Partages : 310 partages (cible 400, non atteinte), tendance à la baisse."
    (seule,) = synthese_indicateurs(depot, date(2027, 1, 1), date(2027, 3, 31))
    assert (seule.nom, seule.tendance) == ("Partages", None)
    with pytest.raises(DonneesInvalides, match="précède son début"):
        synthese_indicateurs(depot, date(2028, 1, 1), date(2027, 1, 1))
