"""L'éditeur seul : il rend la campagne qu'on lui donne, et ses formes de récurrence."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

import pytest

from campagnes.calendrier import decrire_recurrence, occurrences_campagne
from campagnes.modele import Campagne, Recurrence
from ui.editeur import (
    DATE_FIXE,
    PERIODE_ANNUELLE,
    PERSONNALISEE,
    PONCTUELLE,
    PREMIERE_SEMAINE,
    SEPT_PREMIERS_JOURS,
    Choix,
    EditeurCampagne,
    forme_recurrence,
    recurrence_de_forme,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_ouvrir_puis_construire_rend_chaque_campagne_du_catalogue_telle_quelle(qtbot, depot):
    choix = Choix(
        depot.recommandations(),
        depot.regions(),
        depot.noms("publics"),
        depot.noms("partenaires"),
        depot.noms("canaux"),
        set(depot.slugs()),
    )
    for c in depot.campagnes():
        editeur = EditeurCampagne(c, choix)
        qtbot.addWidget(editeur)
        assert asdict(editeur._construire()) == asdict(c), c.slug


@pytest.mark.parametrize(
    ("rrule", "debut", "fin", "forme"),
    [
        ("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=4", date(2021, 3, 4), date(2021, 3, 4), DATE_FIXE),
        (
            "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1",
            date(2021, 3, 1),
            date(2021, 3, 7),
            SEPT_PREMIERS_JOURS,
        ),
        (
            "FREQ=YEARLY;BYMONTH=3;BYDAY=MO;BYSETPOS=1",
            date(2021, 3, 1),
            date(2021, 3, 7),
            PREMIERE_SEMAINE,
        ),
        ("FREQ=YEARLY", date(2021, 6, 15), date(2021, 8, 31), PERIODE_ANNUELLE),
        (None, date(2027, 6, 1), date(2027, 6, 3), PONCTUELLE),
        ("FREQ=MONTHLY;BYMONTHDAY=1", date(2027, 1, 1), date(2027, 1, 1), PERSONNALISEE),
    ],
)
def test_forme_reconnue(rrule, debut, fin, forme):
    assert forme_recurrence(Recurrence(debut, fin, rrule)) == forme


def test_premiere_semaine_complete_du_mois_choisi():
    rec = recurrence_de_forme(PREMIERE_SEMAINE, date(2026, 3, 10), date(2026, 3, 10), None)
    assert (
        decrire_recurrence(rec)
        == "chaque année, la première semaine complète (lundi à dimanche) de mars"
    )
    c = Campagne(slug="s", titre="Semaine", recurrence=rec)
    [o] = occurrences_campagne(c, 2026)
    assert (o.debut, o.fin) == (date(2026, 3, 2), date(2026, 3, 8))


def test_sept_premiers_jours_du_mois_de_la_date_choisie():
    rec = recurrence_de_forme(SEPT_PREMIERS_JOURS, date(2027, 10, 20), date(2027, 10, 20), None)
    assert (rec.debut, rec.fin) == (date(2027, 10, 1), date(2027, 10, 7))
    assert decrire_recurrence(rec) == "chaque année, les sept premiers jours d'octobre"
