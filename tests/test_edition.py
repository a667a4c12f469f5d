"""Déplacer une occurrence : exception annuelle pour une récurrente, nouvelles dates sinon."""

from __future__ import annotations

from datetime import date

import pytest

from campagnes.calendrier import REGLE_4_MARS, occurrences_campagne
from campagnes.edition import deplacer_occurrence
from campagnes.erreurs import DonneesInvalides
from campagnes.modele import Campagne, ExceptionAnnuelle, Recurrence


def _recurrente() -> Campagne:
    return Campagne(
        slug="journee",
        titre="Journée du 4 mars",
        recurrence=Recurrence(date(2021, 3, 4), date(2021, 3, 4), REGLE_4_MARS),
    )


def test_deplacer_une_recurrente_ne_change_que_cette_annee():
    c = _recurrente()
    deplacee = deplacer_occurrence(c, date(2027, 3, 4), date(2027, 3, 5), date(2027, 3, 6))
    assert deplacee.exceptions == [ExceptionAnnuelle(2027, date(2027, 3, 5), date(2027, 3, 6))]
    [o2027] = occurrences_campagne(deplacee, 2027)
    assert (o2027.debut, o2027.fin, o2027.deplacee) == (date(2027, 3, 5), date(2027, 3, 6), True)
    [o2028] = occurrences_campagne(deplacee, 2028)
    assert (o2028.debut, o2028.fin) == (date(2028, 3, 4), date(2028, 3, 4))
    assert c.exceptions == [], "la campagne d'origine n'est pas modifiée"


def test_ramener_aux_dates_normales_retire_l_exception():
    c = deplacer_occurrence(_recurrente(), date(2027, 3, 4), date(2027, 3, 9), date(2027, 3, 9))
    revenue = deplacer_occurrence(c, date(2027, 3, 4), date(2027, 3, 4), date(2027, 3, 4))
    assert revenue.exceptions == []


def test_redeplacer_remplace_l_exception_de_l_annee():
    c = _recurrente()
    c.exceptions = [ExceptionAnnuelle(2026, annulee=True)]
    c = deplacer_occurrence(c, date(2027, 3, 4), date(2027, 3, 9), date(2027, 3, 9))
    c = deplacer_occurrence(c, date(2027, 3, 4), date(2027, 3, 11), date(2027, 3, 12))
    assert c.exceptions == [
        ExceptionAnnuelle(2026, annulee=True),
        ExceptionAnnuelle(2027, date(2027, 3, 11), date(2027, 3, 12)),
    ]


def test_deplacer_une_ponctuelle_change_ses_dates():
    c = Campagne(
        slug="p", titre="Ponctuelle", recurrence=Recurrence(date(2027, 5, 1), date(2027, 5, 10))
    )
    d = deplacer_occurrence(c, date(2027, 5, 1), date(2027, 6, 1), date(2027, 6, 15))
    assert d.recurrence == Recurrence(date(2027, 6, 1), date(2027, 6, 15), None)
    assert d.exceptions == []


def test_fin_avant_debut_refusee():
    with pytest.raises(DonneesInvalides, match="précède le début"):
        deplacer_occurrence(_recurrente(), date(2027, 3, 4), date(2027, 3, 8), date(2027, 3, 7))


def test_date_d_origine_qui_n_est_pas_une_occurrence_refusee():
    with pytest.raises(DonneesInvalides, match="ne commence pas le 5 mars 2027"):
        deplacer_occurrence(_recurrente(), date(2027, 3, 5), date(2027, 3, 8), date(2027, 3, 8))
