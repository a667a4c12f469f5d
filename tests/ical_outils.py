"""Outils des tests iCalendar : relire un .ics avec deux moteurs indépendants de notre export.

- ical.js (Mozilla, le moteur de Thunderbird) par node : `tests/ical_js/developper.mjs` ;
- recurring_ical_events (Python, dateutil).
ical.js est installé au premier besoin (`npm ci --prefix tests/ical_js`, versions fixées
par package-lock.json) ; sans node ni npm, les tests ÉCHOUENT : ils ne sont pas sautés.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

DOSSIER_ICAL_JS = Path(__file__).resolve().parent / "ical_js"
DONNEES = Path(__file__).resolve().parent / "donnees" / "ical"


def verifier_ical_js() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.fail(
            "node est introuvable : installez Node.js puis `npm ci --prefix tests/ical_js`."
        )
    if not (DOSSIER_ICAL_JS / "node_modules" / "ical.js").is_dir():
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("npm est introuvable : installez npm pour relire les exports avec ical.js.")
        r = subprocess.run(
            [npm, "ci", "--silent", "--prefix", str(DOSSIER_ICAL_JS)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if r.returncode != 0:
            pytest.fail(f"Installation d'ical.js impossible (npm ci) : {r.stderr[-800:]}")
    return node


def developper_ical_js(chemin: Path, premier: date, dernier: date) -> list[dict]:
    """Les occurrences qui touchent [premier, dernier] selon ical.js (fin exclusive, dates ISO)."""
    node = verifier_ical_js()
    sortie = subprocess.run(
        [
            node,
            str(DOSSIER_ICAL_JS / "developper.mjs"),
            str(chemin),
            premier.isoformat(),
            (dernier + timedelta(days=1)).isoformat(),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert sortie.returncode == 0, sortie.stderr
    return json.loads(sortie.stdout)


def developper_rie(octets: bytes, premier: date, dernier: date) -> list[dict]:
    """Les mêmes occurrences selon recurring_ical_events."""
    import recurring_ical_events
    from icalendar import Calendar

    calendrier = Calendar.from_ical(octets)
    resultat = []
    for e in recurring_ical_events.of(calendrier).between(premier, dernier + timedelta(days=1)):
        resultat.append(
            {
                "uid": str(e["UID"]),
                "resume": str(e["SUMMARY"]),
                "statut": str(e.get("STATUS", "")),
                "debut": e["DTSTART"].dt.isoformat(),
                "fin": e["DTEND"].dt.isoformat(),
            }
        )
    return resultat


def visibles(occurrences: list[dict]) -> list[tuple[str, str, str]]:
    """(titre, début, fin exclusive) triés, sans les événements annulés (STATUS:CANCELLED)."""
    return sorted(
        (o["resume"], o["debut"], o["fin"]) for o in occurrences if o["statut"] != "CANCELLED"
    )


def occurrences_planificateur(
    depot, premier: int, dernier: int, filtre=None
) -> list[tuple[str, str, str]]:
    """Ce que montre le planificateur sur ces années, même forme que `visibles`."""
    from campagnes.plan import occurrences

    vues = {}
    for annee in range(premier, dernier + 1):
        for o in occurrences(depot, annee, filtre, avec_sources=False):
            if o.statut != "annulee":
                vues[(o.slug, o.date_origine)] = (
                    o.titre,
                    o.debut.isoformat(),
                    (o.fin + timedelta(days=1)).isoformat(),
                )
    return sorted(vues.values())
