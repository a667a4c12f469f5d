"""Le chemin rapide des règles annuelles donne exactement les dates de dateutil."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from campagnes.calendrier import debuts_entre
from campagnes.modele import Recurrence

REGLES = [
    "FREQ=YEARLY",
    "FREQ=YEARLY;INTERVAL=1",
    "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=4",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
    "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1",
    "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31",
    "FREQ=YEARLY;BYMONTH=3;BYDAY=MO;BYSETPOS=1",
    "FREQ=YEARLY;BYMONTH=11;BYDAY=-1FR",
    "FREQ=YEARLY;INTERVAL=2;BYMONTH=6;BYMONTHDAY=15",
    "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=30;COUNT=3",
    "FREQ=MONTHLY;BYMONTHDAY=1",
]


def selon_dateutil(regle: str, debut: date, premier: date, dernier: date) -> list[date]:
    r = rrulestr(regle, dtstart=datetime.combine(debut, datetime.min.time()))
    bornes = (
        datetime.combine(premier, datetime.min.time()),
        datetime.combine(dernier, datetime.min.time()),
    )
    return [d.date() for d in r.between(*bornes, inc=True)]


@settings(max_examples=300, deadline=None)
@given(
    regle=st.sampled_from(REGLES),
    debut=st.dates(date(2000, 1, 1), date(2040, 12, 31)),
    premier=st.dates(date(1995, 1, 1), date(2045, 12, 31)),
    longueur=st.integers(0, 1200),
)
def test_memes_dates_que_dateutil(regle, debut, premier, longueur):
    dernier = premier + timedelta(days=longueur)
    attendu = selon_dateutil(regle, debut, premier, dernier)
    assert debuts_entre(Recurrence(debut, debut, regle), premier, dernier) == attendu
