"""Export iCalendar : relu par ical.js (Thunderbird) et recurring_ical_events, comparé au plan."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from campagnes.calendrier import REGLE_SEMAINE_PREMIER_LUNDI
from campagnes.depot import Depot
from campagnes.erreurs import DonneesInvalides, OperationAnnulee
from campagnes.ical.evenements import EvenementIcal
from campagnes.ical.export import OptionsExport, calendrier_ical, exporter_ical
from campagnes.modele import Campagne, ExceptionAnnuelle, Materiel, PublicCible, Recurrence
from campagnes.plan import Filtre
from tests.ical_outils import (
    developper_ical_js,
    developper_rie,
    occurrences_planificateur,
    visibles,
)

HORODATAGE = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
TITRE_PIEGE = "Été, « sécurité » ; tests\\essais — Nunavik"
OBJECTIFS_PIEGE = "Ligne 1, virgule ; point-virgule\nLigne 2 : accents éèàçôû ᐃᓄᒃᑎᑐᑦ"


def _modifier(depot: Depot, slug: str, **changements) -> Campagne:
    campagne = dataclasses.replace(depot.campagne(slug), **changements)
    return depot.enregistrer_campagne(campagne)


@pytest.fixture
def plan(depot: Depot) -> Depot:
    """Le catalogue, plus ce qui met un export à l'épreuve : exceptions, BYSETPOS, textes piégés."""
    _modifier(
        depot,
        "journee-4-mars",
        exceptions=[ExceptionAnnuelle(2028, date(2028, 3, 6), date(2028, 3, 6))],
    )
    _modifier(depot, "semaine-nationale", exceptions=[ExceptionAnnuelle(2029, annulee=True)])
    _modifier(
        depot,
        "campagnes-multiplateformes",
        exceptions=[
            ExceptionAnnuelle(2028, date(2028, 2, 20), date(2028, 4, 2)),
            ExceptionAnnuelle(2030, annulee=True),
        ],
    )
    _modifier(
        depot,
        "aeroports-ports-frontieres",
        exceptions=[ExceptionAnnuelle(2027, annulee=True)],
    )
    depot.enregistrer_campagne(
        Campagne(
            slug="semaine-premier-lundi",
            titre="Semaine de mars (premier lundi)",
            recurrence=Recurrence(date(2025, 3, 3), date(2025, 3, 9), REGLE_SEMAINE_PREMIER_LUNDI),
            statut="confirmee",
            recommandations=[3],
            exceptions=[ExceptionAnnuelle(2029, annulee=True)],
        )
    )
    depot.enregistrer_campagne(
        Campagne(
            slug="texte-piege",
            titre=TITRE_PIEGE,
            objectifs=OBJECTIFS_PIEGE,
            recurrence=Recurrence(date(2028, 5, 10), date(2028, 5, 12)),
            statut="planifiee",
            recommandations=[7, 8],
            publics=[PublicCible("Jeunes, familles ; proches", "Savoir, agir")],
        )
    )
    depot.enregistrer_campagne(
        Campagne(
            slug="tournee-mensuelle",
            titre="Tournée mensuelle des organismes",
            recurrence=Recurrence(date(2027, 1, 12), date(2027, 1, 13), "FREQ=MONTHLY;INTERVAL=2"),
            statut="planifiee",
            recommandations=[6],
        )
    )
    return depot


def _exporter(depot, tmp_path, fichier="plan.ics", **options):
    options.setdefault("annee", 2027)
    options.setdefault("jusqua", 2030)
    chemin = tmp_path / fichier
    exporter_ical(depot, chemin, OptionsExport(**options), horodatage=HORODATAGE)
    return chemin


def _vevents(chemin):
    return Calendar.from_ical(chemin.read_bytes()).walk("VEVENT")


def _par_uid(chemin):
    return {
        (str(e["UID"]), e.get("RECURRENCE-ID") and e["RECURRENCE-ID"].dt): e
        for e in _vevents(chemin)
    }


# --- les moteurs indépendants développent ce que montre le planificateur ----------------


@pytest.mark.parametrize("sans_rrule", [False, True], ids=["rrule", "sans-rrule"])
def test_ical_js_developpe_les_occurrences_du_planificateur(plan, tmp_path, sans_rrule):
    chemin = _exporter(plan, tmp_path, sans_rrule=sans_rrule)
    lues = developper_ical_js(chemin, date(2027, 1, 1), date(2030, 12, 31))
    assert visibles(lues) == occurrences_planificateur(plan, 2027, 2030)


@pytest.mark.parametrize("sans_rrule", [False, True], ids=["rrule", "sans-rrule"])
def test_recurring_ical_events_developpe_les_occurrences_du_planificateur(
    plan, tmp_path, sans_rrule
):
    chemin = _exporter(plan, tmp_path, sans_rrule=sans_rrule)
    lues = developper_rie(chemin.read_bytes(), date(2027, 1, 1), date(2030, 12, 31))
    assert visibles(lues) == occurrences_planificateur(plan, 2027, 2030)


def test_une_seule_annee_concorde_aussi(plan, tmp_path):
    chemin = _exporter(plan, tmp_path, annee=2028, jusqua=None)
    lues = developper_ical_js(chemin, date(2028, 1, 1), date(2028, 12, 31))
    assert visibles(lues) == occurrences_planificateur(plan, 2028, 2028)


def test_l_exception_deplacee_et_l_annulee_sont_vues_par_ical_js(plan, tmp_path):
    chemin = _exporter(plan, tmp_path)
    lues = developper_ical_js(chemin, date(2027, 1, 1), date(2030, 12, 31))
    journee = sorted(
        o["debut"] for o in lues if o["uid"] == "journee-4-mars@campagnes.csesm.quebec"
    )
    assert journee == ["2027-03-04", "2028-03-06", "2029-03-04", "2030-03-04"]
    semaine = sorted(
        o["debut"] for o in lues if o["uid"] == "semaine-nationale@campagnes.csesm.quebec"
    )
    assert semaine == ["2027-03-01", "2028-03-01", "2030-03-01"]


# --- la forme du fichier ---------------------------------------------------------------


def test_journee_annuelle_est_une_serie_outlook_bornee(plan, tmp_path):
    evenements = _par_uid(_exporter(plan, tmp_path))
    maitre = evenements[("journee-4-mars@campagnes.csesm.quebec", None)]
    assert maitre["DTSTART"].to_ical() == b"20270304"
    assert maitre["DTSTART"].params["VALUE"] == "DATE"
    assert maitre["DTEND"].to_ical() == b"20270305"
    regle = maitre["RRULE"]
    assert regle["FREQ"] == ["YEARLY"] and regle["BYMONTH"] == [3] and regle["BYMONTHDAY"] == [4]
    assert regle["COUNT"] == [4]
    deplacee = evenements[("journee-4-mars@campagnes.csesm.quebec", date(2028, 3, 4))]
    assert deplacee["DTSTART"].dt == date(2028, 3, 6)
    assert deplacee["SEQUENCE"] > maitre["SEQUENCE"]


def test_premier_lundi_de_mars_en_bysetpos_et_annulation_en_exdate(plan, tmp_path):
    chemin = _exporter(plan, tmp_path)
    texte = chemin.read_bytes().decode()
    maitre = _par_uid(chemin)[(plan.campagne("semaine-premier-lundi").uid, None)]
    assert maitre["RRULE"]["BYDAY"] == ["MO"] and maitre["RRULE"]["BYSETPOS"] == [1]
    assert maitre["DTSTART"].dt == date(2027, 3, 1) and maitre["DTEND"].dt == date(2027, 3, 8)
    assert b"EXDATE;VALUE=DATE:20290305" in maitre.to_ical()
    assert "RDATE" not in texte


def test_periode_qui_varie_avec_les_annees_bissextiles_donne_un_evenement_par_annee(plan, tmp_path):
    evenements = _par_uid(_exporter(plan, tmp_path))
    uids = sorted(u for u, _ in evenements if u.startswith("campagnes-multiplateformes"))
    assert uids == [
        f"campagnes-multiplateformes.{a}@campagnes.csesm.quebec" for a in range(2027, 2031)
    ]
    annee_2028 = evenements[("campagnes-multiplateformes.2028@campagnes.csesm.quebec", None)]
    assert "RRULE" not in annee_2028
    assert (annee_2028["DTSTART"].dt, annee_2028["DTEND"].dt) == (
        date(2028, 2, 20),
        date(2028, 4, 3),
    )
    annulee = evenements[("campagnes-multiplateformes.2030@campagnes.csesm.quebec", None)]
    assert annulee["STATUS"] == "CANCELLED"


def test_en_tete_rfc_7986_et_nom_sur_une_ligne(plan, tmp_path):
    chemin = _exporter(
        plan,
        tmp_path,
        nom="Aéroports, ports ;\npostes-frontières",
        rafraichissement=timedelta(hours=12),
    )
    octets = chemin.read_bytes()
    calendrier = Calendar.from_ical(octets)
    assert calendrier["METHOD"] == "PUBLISH" and calendrier["VERSION"] == "2.0"
    assert calendrier["PRODID"].startswith("-//CSESM//Campagnes")
    assert b"\r\nNAME:A\xc3\xa9roports\\, ports \\; postes-fronti\xc3\xa8res\r\n" in octets
    assert b"\r\nX-WR-CALNAME:A\xc3\xa9roports\\, ports \\; postes-fronti\xc3\xa8res\r\n" in octets
    assert b"\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n" in octets
    assert not octets.startswith(b"\xef\xbb\xbf")
    lignes = octets.split(b"\r\n")
    assert b"\n" not in b"".join(lignes)
    assert max(len(ligne) for ligne in lignes) <= 75


def test_chaque_evenement_porte_les_proprietes_obligatoires(plan, tmp_path):
    for e in _vevents(_exporter(plan, tmp_path, avec_materiel=True)):
        assert e["DTSTAMP"].dt == HORODATAGE
        assert e["LAST-MODIFIED"].dt.tzinfo is not None
        assert isinstance(e["SEQUENCE"], int)
        assert e["DTEND"].dt > e["DTSTART"].dt
        assert type(e["DTEND"].dt) is type(e["DTSTART"].dt) is date


def test_textes_accents_virgules_et_sauts_de_ligne_intacts(plan, tmp_path):
    chemin = _exporter(plan, tmp_path)
    lues = [
        o
        for o in developper_ical_js(chemin, date(2028, 1, 1), date(2028, 12, 31))
        if o["resume"] == TITRE_PIEGE
    ]
    assert len(lues) == 1
    description = lues[0]["description"]
    assert f"Objectifs : {OBJECTIFS_PIEGE}" in description
    assert "- Jeunes, familles ; proches : Savoir, agir" in description
    for n in (7, 8):
        assert f"Recommandation n° {n} de la CSESM : {plan.recommandation(n).texte}" in description
    assert lues[0]["categories"] == [
        "Jeunes, familles ; proches",
        "Recommandation n° 7",
        "Recommandation n° 8",
    ]


# --- identité des événements d'un export à l'autre ------------------------------------


def test_uid_stables_entre_deux_exports_et_apres_un_changement_de_titre(plan, tmp_path):
    premier = set(_par_uid(_exporter(plan, tmp_path, "a.ics")))
    assert premier == set(_par_uid(_exporter(plan, tmp_path, "b.ics")))
    _modifier(plan, "journee-4-mars", titre="Journée du 4 mars (nouveau titre)")
    assert premier == set(_par_uid(_exporter(plan, tmp_path, "c.ics")))


def test_une_modification_monte_la_sequence_sans_changer_l_uid(plan, tmp_path):
    cle = ("journee-mondiale-traite-30-juillet@campagnes.csesm.quebec", None)
    avant = _par_uid(_exporter(plan, tmp_path, "a.ics"))[cle]
    _modifier(plan, "journee-mondiale-traite-30-juillet", objectifs="Nouveaux objectifs")
    apres = _par_uid(_exporter(plan, tmp_path, "b.ics"))[cle]
    assert apres["SEQUENCE"] == avant["SEQUENCE"] + 1
    assert apres["LAST-MODIFIED"].dt >= avant["LAST-MODIFIED"].dt


def test_uid_identiques_dans_une_copie_de_la_base(tmp_path):
    original = tmp_path / "original.sqlite"
    depot = Depot.ouvrir(original)
    depot.enregistrer_campagne(
        Campagne(
            slug="campagne-locale",
            titre="Campagne locale",
            recurrence=Recurrence(date(2027, 4, 2), date(2027, 4, 2)),
            statut="planifiee",
        )
    )
    uids = set(_par_uid(_exporter(depot, tmp_path, "a.ics")))
    depot.fermer()
    copie = tmp_path / "copie.sqlite"
    shutil.copyfile(original, copie)
    depot_copie = Depot.ouvrir(copie)
    try:
        assert set(_par_uid(_exporter(depot_copie, tmp_path, "b.ics"))) == uids
    finally:
        depot_copie.fermer()


# --- options ---------------------------------------------------------------------------


def test_sans_rrule_n_ecrit_aucune_regle(plan, tmp_path):
    octets = _exporter(plan, tmp_path, sans_rrule=True).read_bytes()
    assert b"RRULE" not in octets and b"RECURRENCE-ID" not in octets and b"EXDATE" not in octets


def test_echeances_de_materiel_en_journees_avec_uid_stable(plan, tmp_path):
    _modifier(
        plan,
        "journee-4-mars",
        materiels=[
            Materiel("Affiche 11 x 17", "affiche", delai_jours=30),
            Materiel("Trousse", echeance=date(2027, 1, 15)),
        ],
    )
    evenements = _par_uid(_exporter(plan, tmp_path, avec_materiel=True, annee=2027, jusqua=2028))
    uid = "journee-4-mars.materiel1.20280304@campagnes.csesm.quebec"
    affiche_2028 = evenements[(uid, None)]
    # Échéance tirée du lancement déplacé (6 mars 2028) moins 30 jours.
    assert (affiche_2028["DTSTART"].dt, affiche_2028["DTEND"].dt) == (
        date(2028, 2, 5),
        date(2028, 2, 6),
    )
    assert "Affiche 11 x 17" in str(affiche_2028["SUMMARY"])
    trousse = evenements[("journee-4-mars.materiel2@campagnes.csesm.quebec", None)]
    assert trousse["DTSTART"].dt == date(2027, 1, 15)
    sans = _par_uid(_exporter(plan, tmp_path, "b.ics", annee=2027, jusqua=2028))
    assert not any("materiel" in u for u, _ in sans)


def test_la_selection_filtre_les_campagnes(plan, tmp_path):
    filtre = Filtre(recommandations={2})
    chemin = _exporter(plan, tmp_path, filtre=filtre)
    lues = developper_ical_js(chemin, date(2027, 1, 1), date(2030, 12, 31))
    assert visibles(lues) == occurrences_planificateur(plan, 2027, 2030, filtre)
    assert {o["resume"] for o in lues} == {
        c.titre for c in plan.campagnes() if 2 in c.recommandations
    }


def test_selection_vide_n_ecrit_rien(plan, tmp_path):
    chemin = tmp_path / "vide.ics"
    with pytest.raises(DonneesInvalides, match="Aucune campagne de la sélection"):
        exporter_ical(plan, chemin, OptionsExport(2027, filtre=Filtre(slugs={"inexistante"})))
    assert not chemin.exists()


def test_annulation_laisse_l_ancien_fichier_intact(plan, tmp_path):
    chemin = tmp_path / "plan.ics"
    chemin.write_bytes(b"ancien")
    with pytest.raises(OperationAnnulee):
        exporter_ical(plan, chemin, OptionsExport(2027), annule=lambda: True)
    assert chemin.read_bytes() == b"ancien"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.ics"]


def test_progression_va_jusqu_au_bout(plan, tmp_path):
    etapes = []
    exporter_ical(
        plan,
        tmp_path / "p.ics",
        OptionsExport(2027),
        progression=lambda f, t: etapes.append((f, t)),
    )
    assert etapes and etapes[-1][0] == etapes[-1][1]


# --- événements avec heure : VTIMEZONE statique ----------------------------------------


def test_vtimezone_statique_egale_tzdata():
    from icalendar import Timezone

    from campagnes.ical.fuseau import VTIMEZONE_TORONTO

    fuseau_ical, fuseau_reel = (
        Timezone.from_ical(VTIMEZONE_TORONTO).to_tz(),
        ZoneInfo("America/Toronto"),
    )
    t, fin = datetime(2008, 1, 1, tzinfo=UTC), datetime(2037, 12, 31, tzinfo=UTC)
    while t < fin:
        assert t.astimezone(fuseau_ical).utcoffset() == t.astimezone(fuseau_reel).utcoffset(), t
        t += timedelta(hours=1)


def test_evenement_avec_heure_porte_tzid_et_vtimezone_a_regles_annuelles(plan, tmp_path):
    toronto = ZoneInfo("America/Toronto")
    reunion = EvenementIcal(
        uid="reunion@campagnes.csesm.quebec",
        titre="Réunion des partenaires",
        debut=datetime(2027, 3, 15, 10, 0, tzinfo=toronto),
        fin=datetime(2027, 3, 15, 11, 30, tzinfo=toronto),
    )
    chemin = _exporter(plan, tmp_path, evenements_supplementaires=[reunion])
    octets = chemin.read_bytes()
    assert b"DTSTART;TZID=America/Toronto:20270315T100000" in octets
    calendrier = Calendar.from_ical(octets)
    (vtimezone,) = calendrier.walk("VTIMEZONE")
    assert [c.name for c in vtimezone.subcomponents] == ["DAYLIGHT", "STANDARD"]
    assert all("RRULE" in c and "RDATE" not in c for c in vtimezone.subcomponents)
    assert calendrier.get_missing_tzids() == set()
    lue = [
        o
        for o in developper_ical_js(chemin, date(2027, 3, 1), date(2027, 3, 31))
        if o["uid"] == reunion.uid
    ]
    assert [(o["debut"], o["fin"]) for o in lue] == [
        ("2027-03-15T14:00:00.000Z", "2027-03-15T15:30:00.000Z")
    ]


# --- ligne de commande et démarrage ------------------------------------------------------


def test_cli_exporter_ical(cli, tmp_path):
    resultat = cli(
        "exporter-ical",
        "--annee",
        "2027",
        "--jusqua",
        "2029",
        "--recommandation",
        "2",
        "--nom",
        "Plan CSESM",
        "-o",
        "plan.ics",
    )
    assert resultat.returncode == 0, resultat.stderr
    assert "exporté(s) dans « plan.ics »" in resultat.stderr
    calendrier = Calendar.from_ical((tmp_path / "plan.ics").read_bytes())
    assert str(calendrier["X-WR-CALNAME"]) == "Plan CSESM"
    depot = Depot.ouvrir(tmp_path / "cli.sqlite")
    try:
        attendus = {c.titre for c in depot.campagnes() if 2 in c.recommandations}
    finally:
        depot.fermer()
    assert len(attendus) >= 2
    assert {str(e["SUMMARY"]) for e in calendrier.walk("VEVENT")} == attendus


def test_cli_selection_inconnue_une_phrase_code_1(cli, tmp_path):
    resultat = cli("exporter-ical", "--annee", "2027", "--region", "Atlantide", "-o", "plan.ics")
    assert resultat.returncode == 1
    assert (
        resultat.stderr.strip()
        == "campagnes : La région « Atlantide » n'existe pas (code 01 à 17 ou nom)."
    )
    assert not (tmp_path / "plan.ics").exists()


def test_cli_annees_a_l_envers_une_phrase_code_1(cli, tmp_path):
    resultat = cli("exporter-ical", "--annee", "2029", "--jusqua", "2027", "-o", "plan.ics")
    assert resultat.returncode == 1
    assert resultat.stderr.strip() == (
        "campagnes : L'année de fin (2027) précède l'année de début (2029)."
    )
    assert not (tmp_path / "plan.ics").exists()


def test_le_demarrage_ne_charge_pas_icalendar():
    code = (
        "import sys, campagnes.cli, campagnes.plan, campagnes.ical, campagnes.sources;"
        "sys.exit(1 if {'icalendar', 'recurring_ical_events'} & set(sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_calendrier_en_memoire_et_fichier_identiques(plan, tmp_path):
    octets, resultat = calendrier_ical(plan, OptionsExport(2027), horodatage=HORODATAGE)
    chemin = tmp_path / "p.ics"
    exporter_ical(plan, chemin, OptionsExport(2027), horodatage=HORODATAGE)
    assert chemin.read_bytes() == octets and resultat.octets == len(octets)


def test_chaque_statut_de_campagne_a_son_statut_ical():
    from campagnes.ical.evenements import STATUT_ICAL
    from campagnes.modele import STATUTS

    assert set(STATUT_ICAL) == set(STATUTS)
    assert STATUT_ICAL["annulee"] == "CANCELLED" and STATUT_ICAL["proposee"] == "TENTATIVE"


def test_relecture_icalendar_identique_octet_pour_octet_et_x_wr_timezone_neutre(plan, tmp_path):
    import x_wr_timezone

    octets = _exporter(plan, tmp_path, avec_materiel=True).read_bytes()
    calendrier = Calendar.from_ical(octets)
    assert calendrier.to_ical() == octets
    # Aucune heure flottante ni UTC : X-WR-TIMEZONE ne change rien pour Google et Apple.
    assert x_wr_timezone.to_standard(calendrier).to_ical() == octets
