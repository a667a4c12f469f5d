"""Mesure : exporter 10 000 campagnes en .ics, à côté d'icalendar seul (le plancher).

Plan : `outils_bench.base_generee(10_000, 5)` (10 000 campagnes synthétiques, dites comme
telles, et les 13 du catalogue), exporté pour 2026 : un VEVENT par campagne.

Le plancher construit et écrit autant de VEVENT de même contenu (UID, dates, RRULE, texte,
catégories) avec `Event.add`, sans base ni calcul de dates ; le plancher strict pose les
mêmes valeurs déjà typées (vText, vDDDTypes…), comme l'export. L'export, lui, lit la base,
calcule les occurrences, compose les descriptions et écrit atomiquement. Objectif : < 1,5×.

    python -m tests.benchmarks --seulement ical
    python tests/benchmarks/bench_ical.py [--campagnes 10000] [--repetitions 3]
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parent)]

from outils_bench import base_generee, copie_de, dossier_de_travail, mediane  # noqa: E402

from campagnes.depot import Depot  # noqa: E402
from campagnes.ical.export import (  # noqa: E402
    OptionsExport,
    categories_campagne,
    description_campagne,
    exporter_ical,
)

N = 10_000
ANNEE = 2026
REPETITIONS = 3


def nombre_fr(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def donnees_plancher(depot: Depot) -> list[tuple]:
    """Les valeurs des VEVENT déjà calculées (hors chrono) : le plancher ne fait qu'écrire."""
    textes = {r.numero: r.texte for r in depot.recommandations()}
    return [
        (c.uid, c.titre, description_campagne(c, textes), categories_campagne(c), c.recurrence)
        for c in depot.campagnes()
    ]


def plancher(donnees: list[tuple], chemin: Path) -> None:
    """icalendar seul : `Event.add` puis `to_ical` et écriture."""
    from icalendar import Calendar, Event

    maintenant = datetime.now(UTC)
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


def plancher_type(donnees: list[tuple], chemin: Path) -> None:
    """Plancher plus strict : mêmes valeurs posées déjà typées, comme le fait l'export."""
    from icalendar import Calendar, Event, vCategory, vDDDTypes, vInt, vRecur, vText

    maintenant = vDDDTypes(datetime.now(UTC).replace(microsecond=0))
    constantes = vText("CONFIRMED"), vText("PUBLIC"), vText("TRANSPARENT")
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


def mesures(nombre: int = N, repetitions: int = REPETITIONS) -> list:
    dossier = dossier_de_travail()
    depot = Depot.ouvrir(copie_de(base_generee(nombre, 5), "ical.sqlite"))
    total = depot.nombre_campagnes()
    donnees = donnees_plancher(depot)
    export = dossier / "export.ics"
    resultats = []

    def exporter():
        resultats.append(exporter_ical(depot, export, OptionsExport(ANNEE)))

    temps_export = mediane(exporter, repetitions)
    temps_plancher = mediane(lambda: plancher(donnees, dossier / "plancher.ics"), repetitions)
    temps_type = mediane(lambda: plancher_type(donnees, dossier / "plancher.ics"), repetitions)
    depot.fermer()
    resultat = resultats[-1]
    mega_octets = f"{resultat.octets / 1e6:.1f}".replace(".", ",")
    figure = (
        f"Export iCal {ANNEE} de {nombre_fr(total)} campagnes "
        f"({nombre_fr(resultat.evenements)} événements, {mega_octets} Mo)"
    )
    return [
        (
            figure,
            temps_export,
            f"icalendar seul : {nombre_fr(len(donnees))} VEVENT construits (Event.add) et "
            "écrits ; objectif < 1,5×",
            temps_plancher,
        ),
        (
            "Export iCal, même mesure, au plancher strict",
            temps_export,
            "icalendar seul, valeurs déjà typées (vText, vDDDTypes…) comme l'export",
            temps_type,
        ),
    ]


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("--campagnes", type=int, default=N)
    parseur.add_argument("--repetitions", type=int, default=REPETITIONS)
    args = parseur.parse_args()
    for nom, secondes, plancher_nom, secondes_plancher in mesures(args.campagnes, args.repetitions):
        print(f"{nom} : {secondes:.2f} s")
        print(f"  plancher ({plancher_nom}) : {secondes_plancher:.2f} s")
        print(f"  rapport : {secondes / secondes_plancher:.2f}×")


if __name__ == "__main__":
    main()
