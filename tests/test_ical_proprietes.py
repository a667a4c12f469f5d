"""Propriété : pour des campagnes tirées au hasard, ical.js et recurring_ical_events développent
de l'export exactement les occurrences du planificateur (règles, exceptions, bords de fenêtre)."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from campagnes.depot import Depot
from campagnes.ical.export import OptionsExport, exporter_ical
from campagnes.modele import Campagne, ExceptionAnnuelle, Recurrence
from tests.ical_outils import (
    developper_ical_js,
    developper_rie,
    occurrences_planificateur,
    visibles,
)

PREMIERE, DERNIERE = 2027, 2029

REGLES = [
    "FREQ=YEARLY",
    "FREQ=YEARLY;INTERVAL=2",
    "FREQ=YEARLY;BYMONTH={mois};BYMONTHDAY={jour}",
    "FREQ=YEARLY;BYMONTH={mois};BYDAY={jour_semaine};BYSETPOS={rang}",
    "FREQ=YEARLY;BYMONTH={mois};BYDAY={rang}{jour_semaine}",
    "FREQ=YEARLY;COUNT=4",
    "FREQ=YEARLY;UNTIL=20281231",
    "FREQ=MONTHLY",
    "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY={jour}",
    "FREQ=MONTHLY;BYDAY={jour_semaine};BYSETPOS={rang}",
    "FREQ=WEEKLY;INTERVAL=5",
    "FREQ=DAILY;INTERVAL=45",
    None,
]


@st.composite
def campagnes(draw, n: int):
    resultat = []
    for i in range(n):
        gabarit = draw(st.sampled_from(REGLES))
        debut = draw(st.dates(date(2024, 1, 1), date(2029, 12, 31)))
        duree = draw(st.sampled_from([1, 1, 3, 7, 30, 45, 200]))
        regle = None
        if gabarit:
            rang = draw(st.sampled_from([1, 2, 3, 4, -1]))
            regle = gabarit.format(
                mois=debut.month,
                jour=debut.day,
                jour_semaine=("MO", "TU", "WE", "TH", "FR", "SA", "SU")[debut.weekday()],
                rang=rang,
            )
            # Les formes BYDAY désignent un jour précis : le début doit en être un.
            if "BYDAY" in regle:
                from dateutil.rrule import rrulestr

                premier = rrulestr(regle, dtstart=debut_dt(date(debut.year, 1, 1))).after(
                    debut_dt(debut), inc=True
                )
                if premier is None:
                    regle = None
                else:
                    debut = premier.date()
        exceptions = []
        if regle:
            for annee in draw(st.sets(st.integers(PREMIERE - 1, DERNIERE + 1), max_size=2)):
                if draw(st.booleans()):
                    exceptions.append(ExceptionAnnuelle(annee, annulee=True))
                else:
                    jour = draw(st.dates(date(annee, 1, 1), date(annee, 12, 31)))
                    exceptions.append(
                        ExceptionAnnuelle(
                            annee, jour, jour + timedelta(days=draw(st.integers(0, 10)))
                        )
                    )
        resultat.append(
            Campagne(
                slug=f"campagne-{i}",
                titre=f"Campagne {i}",
                recurrence=Recurrence(debut, debut + timedelta(days=duree - 1), regle),
                statut="planifiee",
                exceptions=exceptions,
            )
        )
    return resultat


def debut_dt(jour: date):
    from datetime import datetime

    return datetime.combine(jour, datetime.min.time())


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(liste=campagnes(8), sans_rrule=st.booleans())
def test_export_concorde_avec_le_planificateur(liste, sans_rrule):
    depot = Depot.ouvrir(None, charger_catalogue=False)
    try:
        depot.enregistrer_campagnes(liste)
        with tempfile.TemporaryDirectory() as dossier:
            chemin = Path(dossier) / "plan.ics"
            exporter_ical(depot, chemin, OptionsExport(PREMIERE, DERNIERE, sans_rrule=sans_rrule))
            attendu = occurrences_planificateur(depot, PREMIERE, DERNIERE)
            premier, dernier = date(PREMIERE, 1, 1), date(DERNIERE, 12, 31)
            assert visibles(developper_rie(chemin.read_bytes(), premier, dernier)) == attendu
            assert visibles(developper_ical_js(chemin, premier, dernier)) == attendu
    except Exception as e:  # une sélection vide n'écrit pas de fichier : c'est voulu
        from campagnes.erreurs import DonneesInvalides

        if not (isinstance(e, DonneesInvalides) and "Aucune campagne" in str(e)):
            raise
        assert occurrences_planificateur(depot, PREMIERE, DERNIERE) == []
    finally:
        depot.fermer()
