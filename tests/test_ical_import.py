"""Import des calendriers de partenaires : mise à jour par UID, fuseaux, entrées hostiles refusées."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from campagnes.erreurs import DonneesInvalides, FichierInvalide
from campagnes.ical.export import OptionsExport, exporter_ical
from campagnes.ical.import_ical import importer_ical
from campagnes.plan import occurrences
from campagnes.sources import sources, supprimer_source
from tests.ical_outils import DONNEES, occurrences_planificateur

FENETRE = (date(2026, 1, 1), date(2031, 12, 31))
FESTIVAL = "Festival d'été de Québec"


def _importer(depot, fichier, source=FESTIVAL, **options):
    options.setdefault("fenetre", FENETRE)
    return importer_ical(
        depot, DONNEES / fichier if isinstance(fichier, str) else fichier, source, **options
    )


def _rangees(depot):
    return sorted(
        depot.db.execute(
            "SELECT s.nom, e.uid, e.recurrence, e.titre, e.debut, e.fin, e.debut_heure "
            "FROM evenements_importes e JOIN sources s ON s.id = e.source_id"
        ).fetchall()
    )


def _importes(depot, annee=2027):
    return [o for o in occurrences(depot, annee) if o.source]


# --- un fichier de partenaire (Outlook) ---------------------------------------------------


def test_import_outlook_recurrences_exceptions_et_fuseaux(depot):
    bilan = _importer(depot, "festival_v1.ics")
    assert (bilan.ajoutes, bilan.modifies, bilan.supprimes) == (4, 0, 0)
    reunions = sorted(
        (debut, heure)
        for _, uid, _, _, debut, _, heure in _rangees(depot)
        if uid.startswith("reunion")
    )
    # Le 15 mars est exclu (EXDATE) et le 15 avril déplacé au 16 (RECURRENCE-ID).
    assert reunions == [
        ("2027-01-15", "2027-01-15T19:00:00-05:00"),
        ("2027-02-15", "2027-02-15T19:00:00-05:00"),
        ("2027-04-16", "2027-04-16T19:00:00-04:00"),
        ("2027-05-15", "2027-05-15T19:00:00-04:00"),
        ("2027-06-15", "2027-06-15T19:00:00-04:00"),
    ]
    # 2 h 30 à Paris (Romance Standard Time) = 20 h 30 la veille à Montréal.
    (appel,) = [r for r in _rangees(depot) if r[1] == "appel-paris@fevq.example"]
    assert (appel[4], appel[6]) == ("2027-03-04", "2027-03-04T20:30:00-05:00")
    (festival,) = [o for o in _importes(depot) if o.titre.startswith("Festival")]
    assert (festival.debut, festival.fin, festival.source) == (
        date(2027, 7, 8),
        date(2027, 7, 18),
        FESTIVAL,
    )


def test_x_wr_timezone_et_utc_convertis_en_heure_de_montreal(depot):
    _importer(depot, "google_flottant.ics", "Aéroport YVR")
    heures = {r[3]: r[6] for r in _rangees(depot)}
    # 23 h flottant à Vancouver (X-WR-TIMEZONE) = 2 h le lendemain à Montréal.
    assert heures["Kiosque au terminal international"] == "2027-03-05T02:00:00-05:00"
    assert heures["Webinaire, agents de bord"] == "2027-03-10T13:00:00-05:00"


def test_reimport_met_a_jour_par_uid_retire_les_disparus_sans_doublon(depot):
    _importer(depot, "festival_v1.ics")
    bilan = _importer(depot, "festival_v2.ics")
    assert (bilan.ajoutes, bilan.modifies, bilan.supprimes, bilan.inchanges) == (1, 1, 2, 1)
    titres = sorted((o.titre, o.debut, o.fin) for o in _importes(depot))
    assert titres == [
        ("Démontage", date(2027, 7, 20), date(2027, 7, 22)),
        ("Festival d'été, scène principale et parc", date(2027, 7, 9), date(2027, 7, 19)),
        ("Montage des scènes", date(2027, 7, 1), date(2027, 7, 7)),
    ]


def test_reimport_identique_ne_change_rien(depot):
    _importer(depot, "festival_v1.ics")
    avant = _rangees(depot)
    bilan = _importer(depot, "festival_v1.ics")
    assert (bilan.ajoutes, bilan.modifies, bilan.supprimes, bilan.inchanges) == (0, 0, 0, 4)
    assert _rangees(depot) == avant


def test_slug_stable_d_un_import_a_l_autre(depot):
    _importer(depot, "festival_v1.ics")
    avant = {o.titre[:8]: o.slug for o in _importes(depot) if o.titre.startswith("Montage")}
    _importer(depot, "festival_v2.ics")
    apres = {o.titre[:8]: o.slug for o in _importes(depot) if o.titre.startswith("Montage")}
    assert avant == apres and avant["Montage "].startswith("festival-d-ete-de-quebec/")


def test_deux_sources_gardent_leurs_evenements(depot):
    _importer(depot, "festival_v1.ics")
    _importer(depot, "festival_v1.ics", "Autre festival")
    assert {s.nom: s.evenements for s in sources(depot)} == {FESTIVAL: 4, "Autre festival": 4}
    supprimer_source(depot, "Autre festival")
    assert [s.nom for s in sources(depot)] == [FESTIVAL]


def test_nos_campagnes_ne_sont_jamais_modifiees(depot):
    avant = depot.campagnes()
    _importer(depot, "festival_v1.ics")
    assert depot.campagnes() == avant


def test_notre_propre_export_reimporte_redonne_le_plan(depot, tmp_path):
    chemin = tmp_path / "plan.ics"
    exporter_ical(
        depot, chemin, OptionsExport(2027, 2028), horodatage=datetime(2026, 12, 1, tzinfo=UTC)
    )
    _importer(depot, chemin, "Nous-mêmes")
    importees = sorted(
        (titre, debut, fin)
        for _, _, _, titre, debut, fin, _ in _rangees(depot)
        if debut <= "2028-12-31" and fin >= "2027-01-01"
    )
    plan = [
        (t, d, date.fromisoformat(f).toordinal())
        for t, d, f in occurrences_planificateur(depot, 2027, 2028)
    ]
    assert [(t, d, date.fromisoformat(f).toordinal() + 1) for t, d, f in importees] == plan


def test_import_annule_ne_change_rien(depot_importe):
    from campagnes.erreurs import OperationAnnulee

    avant = _rangees(depot_importe)
    with pytest.raises(OperationAnnulee, match="rien n'a été modifié"):
        _importer(depot_importe, "festival_v2.ics", annule=lambda: True)
    assert _rangees(depot_importe) == avant


def test_progression_de_l_import(depot):
    etapes = []
    _importer(
        depot, "festival_v1.ics", progression=lambda fait, total: etapes.append((fait, total))
    )
    assert etapes == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_nom_de_source_vide_refuse(depot):
    with pytest.raises(DonneesInvalides, match="nom de la source"):
        _importer(depot, "festival_v1.ics", "   ")


# --- entrées hostiles : une phrase, rien de changé --------------------------------------

HOSTILES = {
    "pas_ical.ics": "« pas_ical.ics » n'est pas un fichier iCalendar : il ne commence pas par BEGIN:VCALENDAR.",
    "binaire.ics": "« binaire.ics » contient des données binaires : ce n'est pas un calendrier iCalendar.",
    "tronque.ics": "« tronque.ics » est tronqué : il ne se termine pas par END:VCALENDAR ; "
    "demandez au partenaire de l'exporter de nouveau.",
    "sans_uid.ics": "L'événement « Sans identifiant » de « sans_uid.ics » n'a pas d'UID : sans lui, "
    "un nouvel import créerait des doublons ; le fichier est refusé.",
    "fin_avant_debut.ics": "L'événement « À rebours » (UID a@p) de « fin_avant_debut.ics » finit avant de "
    "commencer : le fichier est refusé.",
    "tzid_inconnu.ics": "L'événement « Sur Mars » (UID b@p) de « tzid_inconnu.ics » utilise le fuseau "
    "horaire inconnu « Mars/Olympus » : le fichier est refusé.",
    "secondly.ics": "L'événement « Chaque seconde » (UID c@p) de « secondly.ics » se répète plus souvent "
    "qu'une fois par jour (FREQ=SECONDLY) : le fichier est refusé.",
    "interval_zero.ics": "L'événement « Sur place » (UID d@p) de « interval_zero.ics » a une récurrence "
    "qui n'avance pas (INTERVAL=0) : le fichier est refusé.",
    "dense.ics": "L'événement « Dense » (UID e@p) de « dense.ics » se répète plusieurs fois par jour "
    "(BYHOUR) : le fichier est refusé.",
    "date_illisible.ics": "L'événement « Date illisible » (UID f@p) de « date_illisible.ics » a une date "
    "de début absente ou illisible : le fichier est refusé.",
}


@pytest.fixture
def depot_importe(depot):
    """Une base qui a déjà le calendrier du festival : un refus doit le laisser tel quel."""
    _importer(depot, "festival_v1.ics")
    return depot


def _refuse(depot, chemin, message, **options):
    avant = (_rangees(depot), sources(depot), depot.campagnes())
    with pytest.raises(FichierInvalide) as erreur:
        _importer(depot, chemin, **options)
    assert str(erreur.value) == message
    assert (_rangees(depot), sources(depot), depot.campagnes()) == avant


@pytest.mark.parametrize("fichier", sorted(HOSTILES))
def test_fichier_hostile_refuse_en_une_phrase(depot_importe, fichier):
    _refuse(depot_importe, fichier, HOSTILES[fichier])


def test_recurrence_qui_tourne_a_vide_arretee_par_la_limite_de_temps(depot_importe):
    # FREQ=DAILY au 30 février : dateutil cherche jusqu'en l'an 9999 (plusieurs secondes).
    _refuse(
        depot_importe,
        "impossible.ics",
        "L'analyse de « impossible.ics » a dépassé la limite de 1 s (récurrences trop nombreuses "
        "ou qui n'avancent pas) : le fichier est refusé.",
        delai_s=1.0,
    )


def _calendrier(corps: str) -> str:
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//P//FR\r\n{corps}END:VCALENDAR\r\n"


def _vevent(uid: str, extra: str = "") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:Événement {uid}\r\nDTSTART;VALUE=DATE:20270304\r\n"
        f"DTSTAMP:20261201T000000Z\r\n{extra}END:VEVENT\r\n"
    )


def test_fichier_enorme_refuse(depot_importe, tmp_path):
    chemin = tmp_path / "enorme.ics"
    chemin.write_text(
        _calendrier(_vevent("x@p", "DESCRIPTION:" + "a" * 70 + "\r\n" * 0) * 30_000), newline=""
    )
    with open(chemin, "ab") as f:
        f.write(b"X" * (6 * 1024 * 1024))
    _refuse(depot_importe, chemin, "« enorme.ics » dépasse 5 Mo : le fichier est refusé.")


def test_ligne_enorme_refusee(depot_importe, tmp_path):
    chemin = tmp_path / "ligne.ics"
    chemin.write_text(
        _calendrier(_vevent("x@p", "DESCRIPTION:" + "a" * 200_000 + "\r\n")), newline=""
    )
    _refuse(
        depot_importe,
        chemin,
        "« ligne.ics » contient une ligne de plus de 100 000 caractères : le fichier est refusé.",
    )


def test_ligne_enorme_pliee_refusee_aussi(depot_importe, tmp_path):
    chemin = tmp_path / "pliee.ics"
    pliee = "\r\n ".join(["a" * 70] * 3000)
    chemin.write_text(_calendrier(_vevent("x@p", f"DESCRIPTION:{pliee}\r\n")), newline="")
    _refuse(
        depot_importe,
        chemin,
        "« pliee.ics » contient une ligne de plus de 100 000 caractères : le fichier est refusé.",
    )


def test_imbrication_profonde_refusee(depot_importe, tmp_path):
    chemin = tmp_path / "nid.ics"
    chemin.write_text(_calendrier("BEGIN:X-A\r\n" * 20_000 + "END:X-A\r\n" * 20_000), newline="")
    _refuse(
        depot_importe,
        chemin,
        "« nid.ics » imbrique des composants sur plus de 4 niveaux : le fichier est refusé.",
    )


def test_trop_d_occurrences_refuse(depot_importe, tmp_path):
    chemin = tmp_path / "quotidien.ics"
    corps = "".join(_vevent(f"q{i}@p", "RRULE:FREQ=DAILY\r\n") for i in range(15))
    chemin.write_text(_calendrier(corps), newline="")
    _refuse(
        depot_importe,
        chemin,
        "« quotidien.ics » donne plus de 20 000 occurrences entre 2026 et 2031 : le fichier est refusé.",
    )


def test_recurrence_sans_fin_bornee_a_la_fenetre(depot, tmp_path):
    texte = (DONNEES / "festival_v1.ics").read_text()
    sans_fin = tmp_path / "sans_fin.ics"
    sans_fin.write_text(texte.replace(";BYMONTHDAY=15;COUNT=6", ";BYMONTHDAY=15"), newline="")
    _importer(depot, sans_fin, fenetre=(date(2027, 1, 1), date(2028, 12, 31)))
    reunions = [r for r in _rangees(depot) if r[1].startswith("reunion")]
    # 24 mois moins l'exclusion du 15 mars 2027 ; rien après la fenêtre.
    assert len(reunions) == 23 and max(r[4] for r in reunions) == "2028-12-15"


def test_fichier_windows_1252_accepte_avec_un_avertissement(depot, tmp_path):
    chemin = tmp_path / "latin.ics"
    chemin.write_bytes(
        _calendrier(_vevent("l@p")).replace("Événement", "Fête d'été").encode("cp1252")
    )
    bilan = _importer(depot, chemin)
    assert bilan.avertissements == (
        "« latin.ics » n'est pas en UTF-8 : il a été lu en Windows-1252 ; vérifiez les accents.",
    )
    assert [r[3] for r in _rangees(depot)] == ["Fête d'été l@p"]


def test_deux_calendriers_dans_un_fichier_refuses(depot_importe, tmp_path):
    chemin = tmp_path / "double.ics"
    chemin.write_text(_calendrier(_vevent("a@p")) + _calendrier(_vevent("b@p")), newline="")
    _refuse(
        depot_importe,
        chemin,
        "« double.ics » doit contenir exactement un calendrier (VCALENDAR) : le fichier est refusé.",
    )


def test_calendrier_vide_retire_les_evenements_de_la_source(depot_importe, tmp_path):
    chemin = tmp_path / "vide.ics"
    chemin.write_text(_calendrier(""), newline="")
    bilan = _importer(depot_importe, chemin)
    assert (bilan.ajoutes, bilan.supprimes, bilan.occurrences) == (0, 4, 0)
    assert bilan.avertissements == ("« vide.ics » ne contient aucun événement entre 2026 et 2031.",)
    assert _rangees(depot_importe) == []


def test_fichier_absent(depot):
    with pytest.raises(FichierInvalide, match="n'existe pas"):
        _importer(depot, "absent.ics")


# --- ligne de commande ----------------------------------------------------------------------


def test_cli_importer_puis_occurrences_json_montre_la_source(cli, tmp_path):
    base = tmp_path / "cli.sqlite"
    resultat = cli(
        "importer-ical", str(DONNEES / "festival_v2.ics"), "--source", FESTIVAL, base=base
    )
    assert resultat.returncode == 0, resultat.stderr
    assert "3 événement(s) ajouté(s)" in resultat.stderr
    sortie = cli("occurrences", "--annee", "2027", "--format", "json", base=base)
    importees = [o for o in json.loads(sortie.stdout) if o["source"] == FESTIVAL]
    assert sorted(o["titre"] for o in importees) == [
        "Démontage",
        "Festival d'été, scène principale et parc",
        "Montage des scènes",
    ]
    assert all(o["slug"].startswith("festival-d-ete-de-quebec/") for o in importees)
    liste = cli("sources", base=base)
    assert liste.stdout.startswith(f"{FESTIVAL}\t3 événement(s)")
    retrait = cli("sources", "--supprimer", FESTIVAL, base=base)
    assert retrait.returncode == 0 and "retirée (3 occurrence(s))" in retrait.stderr
    sortie = cli("occurrences", "--annee", "2027", "--format", "json", base=base)
    assert not [o for o in json.loads(sortie.stdout) if o["source"]]


def test_cli_fichier_hostile_code_1_sans_trace(cli):
    resultat = cli("importer-ical", str(DONNEES / "secondly.ics"), "--source", "X")
    assert resultat.returncode == 1
    assert resultat.stderr.strip() == "campagnes : " + HOSTILES["secondly.ics"]
