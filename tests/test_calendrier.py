"""Les règles de dates, vérifiées sur de nombreuses années (bissextiles, fins de semaine, bords d'année)."""

from datetime import date

import pytest

from campagnes.calendrier import (
    REGLE_4_MARS,
    REGLE_30_JUILLET,
    REGLE_SEMAINE_1_AU_7_MARS,
    REGLE_SEMAINE_PREMIER_LUNDI,
    date_fr,
    decrire_recurrence,
    echeance_materiel,
    jalons_datees,
    jours_feries,
    occurrences_annee,
    occurrences_campagne,
    periode_fr,
    valider_recurrence,
)
from campagnes.erreurs import DonneesInvalides
from campagnes.modele import Campagne, ExceptionAnnuelle, Jalon, Materiel, Recurrence

ANNEES = range(2021, 2061)


def campagne(debut, fin, regle=None, **autres):
    return Campagne(slug="essai", titre="Essai", recurrence=Recurrence(debut, fin, regle), **autres)


@pytest.mark.parametrize("annee", ANNEES)
def test_journee_du_4_mars_chaque_annee_meme_un_week_end(annee):
    c = campagne(date(2021, 3, 4), date(2021, 3, 4), REGLE_4_MARS)
    (o,) = occurrences_campagne(c, annee)
    assert (o.debut, o.fin) == (date(annee, 3, 4), date(annee, 3, 4))


def test_le_4_mars_tombe_aussi_un_samedi_et_un_dimanche():
    jours = {date(a, 3, 4).weekday() for a in ANNEES}
    assert {5, 6} <= jours  # la série couvre bien des fins de semaine


@pytest.mark.parametrize("annee", ANNEES)
def test_30_juillet(annee):
    c = campagne(date(2021, 7, 30), date(2021, 7, 30), REGLE_30_JUILLET)
    assert [(o.debut, o.fin) for o in occurrences_campagne(c, annee)] == [
        (date(annee, 7, 30), date(annee, 7, 30))
    ]


@pytest.mark.parametrize("annee", ANNEES)
def test_semaine_nationale_par_defaut_du_1er_au_7_mars_contient_le_4(annee):
    c = campagne(date(2021, 3, 1), date(2021, 3, 7), REGLE_SEMAINE_1_AU_7_MARS)
    (o,) = occurrences_campagne(c, annee)
    assert (o.debut, o.fin) == (date(annee, 3, 1), date(annee, 3, 7))
    assert o.debut <= date(annee, 3, 4) <= o.fin


@pytest.mark.parametrize("annee", ANNEES)
def test_premiere_semaine_complete_lundi_a_dimanche(annee):
    c = campagne(date(2021, 3, 1), date(2021, 3, 7), REGLE_SEMAINE_PREMIER_LUNDI)
    (o,) = occurrences_campagne(c, annee)
    assert o.debut.weekday() == 0 and o.fin.weekday() == 6
    assert o.debut.month == 3 and 1 <= o.debut.day <= 7
    assert o.fin == date(annee, 3, o.debut.day + 6)


def test_premiere_semaine_complete_2027_et_2028():
    c = campagne(date(2021, 3, 1), date(2021, 3, 7), REGLE_SEMAINE_PREMIER_LUNDI)
    assert occurrences_campagne(c, 2027)[0].debut == date(2027, 3, 1)
    assert occurrences_campagne(c, 2028)[0].debut == date(2028, 3, 6)


@pytest.mark.parametrize("annee", [2024, 2028, 2032, 2100 - 4])
def test_periode_annuelle_garde_ses_dates_au_calendrier_en_annee_bissextile(annee):
    c = campagne(date(2021, 1, 1), date(2021, 12, 31), "FREQ=YEARLY")
    (o,) = occurrences_campagne(c, annee)
    assert (o.debut, o.fin) == (date(annee, 1, 1), date(annee, 12, 31))
    assert o.duree_jours == 366


def test_periode_qui_finit_le_29_fevrier_finit_le_28_hors_bissextile():
    c = campagne(date(2024, 2, 1), date(2024, 2, 29), "FREQ=YEARLY")
    assert occurrences_campagne(c, 2025)[0].fin == date(2025, 2, 28)
    assert occurrences_campagne(c, 2028)[0].fin == date(2028, 2, 29)


def test_une_occurrence_a_cheval_sur_deux_annees_apparait_dans_les_deux():
    c = campagne(date(2026, 12, 15), date(2027, 1, 15), "FREQ=YEARLY")
    (o2027_debut, o2027_fin) = occurrences_campagne(c, 2027)
    assert (o2027_debut.debut, o2027_debut.fin) == (date(2026, 12, 15), date(2027, 1, 15))
    assert (o2027_fin.debut, o2027_fin.fin) == (date(2027, 12, 15), date(2028, 1, 15))


def test_campagne_ponctuelle_n_existe_que_son_annee():
    c = campagne(date(2027, 5, 3), date(2027, 5, 28))
    assert [o.debut for o in occurrences_campagne(c, 2027)] == [date(2027, 5, 3)]
    assert occurrences_campagne(c, 2026) == []
    assert occurrences_campagne(c, 2028) == []


def test_campagne_de_plusieurs_semaines_chaque_annee_garde_le_jour_de_la_semaine():
    # Trois semaines à partir du premier lundi d'octobre.
    c = campagne(
        date(2026, 10, 5), date(2026, 10, 25), "FREQ=YEARLY;BYMONTH=10;BYDAY=MO;BYSETPOS=1"
    )
    for annee in range(2026, 2040):
        (o,) = occurrences_campagne(c, annee)
        assert o.debut.weekday() == 0 and o.duree_jours == 21


def test_exception_deplace_une_seule_annee():
    c = campagne(
        date(2021, 3, 4),
        date(2021, 3, 4),
        REGLE_4_MARS,
        exceptions=[ExceptionAnnuelle(2027, date(2027, 3, 5), date(2027, 3, 5))],
    )
    (o,) = occurrences_campagne(c, 2027)
    assert (o.debut, o.deplacee, o.date_origine) == (date(2027, 3, 5), True, date(2027, 3, 4))
    assert occurrences_campagne(c, 2028)[0].debut == date(2028, 3, 4)


def test_exception_annule_une_seule_annee():
    c = campagne(
        date(2021, 7, 30),
        date(2021, 7, 30),
        REGLE_30_JUILLET,
        exceptions=[ExceptionAnnuelle(2027, annulee=True)],
    )
    assert occurrences_campagne(c, 2027) == []
    assert len(occurrences_campagne(c, 2026)) == 1


def test_jours_feries_du_quebec_signales_sur_les_occurrences():
    feries = jours_feries(2027)
    assert feries[date(2027, 6, 24)] == "Fête nationale du Québec"
    assert date(2027, 5, 24) in feries  # Journée nationale des patriotes
    c = campagne(date(2027, 6, 20), date(2027, 6, 26))
    (o,) = occurrences_campagne(c, 2027, feries)
    assert [f.nom for f in o.jours_feries] == ["Fête nationale du Québec"]


def test_occurrences_triees_par_date():
    a = campagne(date(2021, 7, 30), date(2021, 7, 30), REGLE_30_JUILLET)
    b = Campagne(
        slug="b", titre="B", recurrence=Recurrence(date(2021, 3, 4), date(2021, 3, 4), REGLE_4_MARS)
    )
    assert [o.slug for o in occurrences_annee([a, b], 2027)] == ["b", "essai"]


def test_echeance_du_materiel_tiree_du_delai_avant_le_lancement():
    m = Materiel("Affiche", delai_jours=30)
    assert echeance_materiel(m, date(2027, 3, 4)) == date(2027, 2, 2)
    assert echeance_materiel(
        Materiel("Fixe", echeance=date(2027, 1, 10), delai_jours=30), date(2027, 3, 4)
    ) == date(2027, 1, 10)
    assert echeance_materiel(Materiel("Sans date"), date(2027, 3, 4)) is None


def test_jalons_dates_avant_le_lancement_du_plus_tot_au_plus_tard():
    c = campagne(
        date(2027, 3, 4), date(2027, 3, 4), jalons=[Jalon("Maquettes", 14), Jalon("Brief", 60)]
    )
    assert jalons_datees(c, date(2027, 3, 4)) == [
        (date(2027, 1, 3), "Brief"),
        (date(2027, 2, 18), "Maquettes"),
    ]


def test_regles_refusees_avec_un_message_francais():
    with pytest.raises(DonneesInvalides, match=r"fin .* précède le début"):
        valider_recurrence(Recurrence(date(2027, 3, 7), date(2027, 3, 1)))
    with pytest.raises(DonneesInvalides, match="refusée"):
        valider_recurrence(Recurrence(date(2027, 3, 1), date(2027, 3, 1), "FREQ=SECONDLY"))
    with pytest.raises(DonneesInvalides, match="intervalle nul"):
        valider_recurrence(Recurrence(date(2027, 3, 1), date(2027, 3, 1), "FREQ=YEARLY;INTERVAL=0"))
    with pytest.raises(DonneesInvalides, match="illisible"):
        valider_recurrence(Recurrence(date(2027, 3, 1), date(2027, 3, 1), "n'importe quoi"))


def test_dates_et_regles_en_francais():
    assert date_fr(date(2027, 3, 4)) == "4 mars 2027"
    assert date_fr(date(2027, 3, 1)) == "1er mars 2027"
    assert periode_fr(date(2027, 3, 1), date(2027, 3, 7)) == "du 1er au 7 mars 2027"
    assert periode_fr(date(2027, 6, 15), date(2027, 8, 31)) == "du 15 juin au 31 août 2027"
    assert (
        decrire_recurrence(Recurrence(date(2021, 3, 4), date(2021, 3, 4), REGLE_4_MARS))
        == "chaque année le 4 mars"
    )
    assert (
        decrire_recurrence(
            Recurrence(date(2021, 3, 1), date(2021, 3, 7), REGLE_SEMAINE_1_AU_7_MARS)
        )
        == "chaque année, les sept premiers jours de mars"
    )
    assert "du 15 juin au 31 août" in decrire_recurrence(
        Recurrence(date(2021, 6, 15), date(2021, 8, 31), "FREQ=YEARLY")
    )
    assert (
        decrire_recurrence(Recurrence(date(2027, 5, 3), date(2027, 5, 28))) == "du 3 au 28 mai 2027"
    )


@pytest.mark.parametrize(
    ("regle", "debut"),
    [
        ("FREQ=YEARLY", date(2021, 6, 15)),
        ("FREQ=YEARLY", date(2024, 2, 29)),
        ("FREQ=YEARLY;INTERVAL=2", date(2021, 3, 4)),
        ("FREQ=YEARLY;INTERVAL=3;BYMONTH=10;BYMONTHDAY=31", date(2022, 10, 31)),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", date(2024, 2, 29)),
        ("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=4;UNTIL=20300304", date(2021, 3, 4)),
        ("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=4;UNTIL=20300303", date(2021, 3, 4)),
        ("FREQ=YEARLY;BYMONTH=3;BYDAY=MO;BYSETPOS=1;UNTIL=20290101", date(2021, 3, 1)),
        ("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31", date(2021, 4, 1)),
        ("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1", date(2021, 3, 5)),
        ("FREQ=YEARLY;BYMONTH=3;BYDAY=MO;BYSETPOS=1", date(2021, 3, 5)),
        ("FREQ=MONTHLY;INTERVAL=2", date(2021, 1, 31)),
        ("FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,TH", date(2021, 1, 5)),
        ("FREQ=DAILY;INTERVAL=10", date(2021, 1, 1)),
        ("FREQ=MONTHLY;BYDAY=-1FR", date(2021, 1, 1)),
    ],
)
def test_les_chemins_rapides_donnent_les_memes_dates_que_dateutil(regle, debut):
    from datetime import datetime

    from dateutil.rrule import rrulestr

    from campagnes.calendrier import debuts_entre

    reference = rrulestr(regle, dtstart=datetime.combine(debut, datetime.min.time()))
    recurrence = Recurrence(debut, debut, regle)
    for annee in (2021, 2024, 2027, 2028, 2031, 2035):
        premier, dernier = date(annee - 1, 7, 1), date(annee, 12, 31)
        attendu = [
            d.date()
            for d in reference.between(
                datetime.combine(premier, datetime.min.time()),
                datetime.combine(dernier, datetime.min.time()),
                inc=True,
            )
        ]
        assert debuts_entre(recurrence, premier, dernier) == attendu, (regle, annee)


def test_until_horodate_compte_pour_sa_date():
    from campagnes.calendrier import debuts_entre

    for regle in (
        "FREQ=YEARLY;UNTIL=20290310T120000Z",
        "FREQ=YEARLY;BYMONTH=3;BYDAY=MO;BYSETPOS=1;UNTIL=20290310T120000Z",
    ):
        recurrence = Recurrence(date(2021, 3, 4), date(2021, 3, 4), regle)
        valider_recurrence(recurrence)
        debuts = debuts_entre(recurrence, date(2021, 1, 1), date(2035, 12, 31))
        assert debuts[-1].year == 2029 and len(debuts) in (8, 9)
