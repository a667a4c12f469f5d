"""Mesure : exporter 10 000 campagnes en .ics, à côté d'icalendar seul (le plancher).

Le plancher construit et écrit 10 000 VEVENT de même contenu (UID, dates, RRULE, texte,
catégories) avec `Event.add`, sans base ni calcul de dates ; le plancher strict pose les
mêmes valeurs déjà typées (vText, vDDDTypes…), comme l'export. L'export, lui, lit la base,
calcule les occurrences, compose les descriptions et écrit atomiquement. Objectif : < 1,5×.

    PYTHONPATH=. python tests/benchmarks/bench_ical.py [--campagnes 10000] [--repetitions 3]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from campagnes.calendrier import REGLE_SEMAINE_PREMIER_LUNDI
from campagnes.depot import Depot
from campagnes.ical.export import (
    OptionsExport,
    categories_campagne,
    description_campagne,
    exporter_ical,
)
from campagnes.modele import Campagne, PublicCible, Recurrence


def campagnes_de_test(n: int) -> list[Campagne]:
    """Des campagnes variées : journées annuelles, semaines BYSETPOS, périodes et événements ponctuels."""
    formes = [
        lambda i: Recurrence(
            date(2025, 1 + i % 12, 1 + i % 28), date(2025, 1 + i % 12, 1 + i % 28), "FREQ=YEARLY"
        ),
        lambda i: Recurrence(date(2025, 3, 3), date(2025, 3, 9), REGLE_SEMAINE_PREMIER_LUNDI),
        lambda i: Recurrence(date(2025, 2, 10), date(2025, 3, 20), "FREQ=YEARLY"),
        lambda i: Recurrence(
            date(2027, 1 + i % 12, 1 + i % 27), date(2027, 1 + i % 12, 2 + i % 27)
        ),
    ]
    return [
        Campagne(
            slug=f"campagne-{i}",
            titre=f"Campagne n° {i} : été, sécurité ; prévention",
            objectifs="Faire connaître la réalité de l'exploitation sexuelle des mineurs.\nSignaler.",
            recurrence=formes[i % len(formes)](i),
            statut="planifiee",
            recommandations=[1 + i % 58, 1 + (i + 7) % 58],
            publics=[
                PublicCible("Ensemble de la population", "Connaître le phénomène", "S'informer")
            ],
        )
        for i in range(n)
    ]


def plancher(depot: Depot, chemin: Path) -> float:
    """icalendar seul : mêmes valeurs déjà calculées, `Event.add` puis `to_ical` et écriture."""
    from icalendar import Calendar, Event

    textes = {r.numero: r.texte for r in depot.recommandations()}
    donnees = [
        (c.uid, c.titre, description_campagne(c, textes), categories_campagne(c), c.recurrence)
        for c in depot.campagnes()
    ]
    maintenant = datetime.now(UTC)
    debut = time.perf_counter()
    cal = Calendar()
    cal.add("PRODID", "-//Plancher//FR")
    cal.add("VERSION", "2.0")
    for uid, titre, description, categories, rec in donnees:
        e = Event()
        e.add("UID", uid)
        e.add("DTSTAMP", maintenant)
        e.add("LAST-MODIFIED", maintenant)
        e.add("SEQUENCE", 0)
        e.add("DTSTART", rec.debut)
        e.add("DTEND", rec.fin)
        if rec.rrule:
            e.add(
                "RRULE",
                {
                    "FREQ": "YEARLY",
                    "BYMONTH": rec.debut.month,
                    "BYMONTHDAY": rec.debut.day,
                    "COUNT": 1,
                },
            )
        e.add("SUMMARY", titre)
        e.add("DESCRIPTION", description)
        e.add("CATEGORIES", list(categories))
        e.add("STATUS", "CONFIRMED")
        e.add("CLASS", "PUBLIC")
        e.add("TRANSP", "TRANSPARENT")
        cal.add_component(e)
    chemin.write_bytes(cal.to_ical())
    return time.perf_counter() - debut


def plancher_type(depot: Depot, chemin: Path) -> float:
    """Plancher plus strict : mêmes valeurs posées déjà typées, comme le fait l'export."""
    from icalendar import Calendar, Event, vCategory, vDDDTypes, vInt, vRecur, vText

    textes = {r.numero: r.texte for r in depot.recommandations()}
    donnees = [
        (c.uid, c.titre, description_campagne(c, textes), categories_campagne(c), c.recurrence)
        for c in depot.campagnes()
    ]
    maintenant = vDDDTypes(datetime.now(UTC).replace(microsecond=0))
    constantes = vText("CONFIRMED"), vText("PUBLIC"), vText("TRANSPARENT")
    debut = time.perf_counter()
    cal = Calendar()
    cal.add("PRODID", "-//Plancher//FR")
    cal.add("VERSION", "2.0")
    for uid, titre, description, categories, rec in donnees:
        e = Event()
        e["UID"] = vText(uid)
        e["DTSTAMP"] = maintenant
        e["LAST-MODIFIED"] = maintenant
        e["SEQUENCE"] = vInt(0)
        e["DTSTART"] = vDDDTypes(rec.debut)
        e["DTEND"] = vDDDTypes(rec.fin)
        if rec.rrule:
            e["RRULE"] = vRecur(
                {
                    "FREQ": "YEARLY",
                    "BYMONTH": rec.debut.month,
                    "BYMONTHDAY": rec.debut.day,
                    "COUNT": 1,
                }
            )
        e["SUMMARY"] = vText(titre)
        e["DESCRIPTION"] = vText(description)
        e["CATEGORIES"] = vCategory(list(categories))
        e["STATUS"], e["CLASS"], e["TRANSP"] = constantes
        cal.add_component(e)
    chemin.write_bytes(cal.to_ical())
    return time.perf_counter() - debut


def export(depot: Depot, chemin: Path) -> tuple[float, int]:
    debut = time.perf_counter()
    resultat = exporter_ical(depot, chemin, OptionsExport(2027))
    return time.perf_counter() - debut, resultat.evenements


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("--campagnes", type=int, default=10_000)
    parseur.add_argument("--repetitions", type=int, default=3)
    args = parseur.parse_args()
    with tempfile.TemporaryDirectory() as dossier:
        dossier = Path(dossier)
        # Le catalogue apporte les 58 recommandations (et 13 campagnes de plus).
        depot = Depot.ouvrir(dossier / "bench.sqlite")
        debut = time.perf_counter()
        depot.enregistrer_campagnes(campagnes_de_test(args.campagnes))
        print(
            f"préparation : {args.campagnes} campagnes écrites en {time.perf_counter() - debut:.1f} s"
        )
        temps_plancher = min(
            plancher(depot, dossier / "plancher.ics") for _ in range(args.repetitions)
        )
        temps_type = min(
            plancher_type(depot, dossier / "plancher.ics") for _ in range(args.repetitions)
        )
        mesures = [export(depot, dossier / "export.ics") for _ in range(args.repetitions)]
        temps_export, evenements = min(mesures)
        depot.fermer()
        taille = (dossier / "export.ics").stat().st_size
    print(f"icalendar seul (plancher) : {temps_plancher:.2f} s pour {args.campagnes} événements")
    print(
        f"export Campagnes          : {temps_export:.2f} s pour {evenements} événements ({taille / 1e6:.1f} Mo)"
    )
    print(f"icalendar, valeurs typées : {temps_type:.2f} s (plancher strict)")
    print(f"rapport                   : {temps_export / temps_plancher:.2f}× (objectif < 1,5×)")
    print(f"rapport au plancher strict: {temps_export / temps_type:.2f}×")


if __name__ == "__main__":
    main()
