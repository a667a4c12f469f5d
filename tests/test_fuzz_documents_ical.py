"""Fuzzing (hypothesis) du texte des PDF et de l'import iCalendar : quoi qu'on leur donne,
jamais une trace ni une écriture partielle ; et l'aller-retour export iCal puis import donne
les mêmes dates que le plan."""

from __future__ import annotations

import re
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from campagnes.depot import Depot
from campagnes.documents import produire_fiche
from campagnes.erreurs import ErreurCampagnes
from campagnes.modele import Materiel

REGLAGES = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

BALISAGE = [
    "<b>",
    "</para>",
    "<script>",
    "&amp;",
    "&",
    "<",
    ">",
    '"',
    "'",
    "<br/>",
    "<font name='x'>",
]
LISIBLE = st.lists(
    st.one_of(
        st.sampled_from(BALISAGE),
        st.text(alphabet="abcdeéèàçôœÉÀ ,;:!?-()0123456789", min_size=1, max_size=12),
    ),
    min_size=1,
    max_size=12,
).map("".join)
QUELCONQUE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300)


def _texte_pdf(chemin: Path) -> str:
    brut = " ".join(page.extract_text() or "" for page in PdfReader(chemin).pages)
    return re.sub(r"\s+", " ", brut)


def _fiche(depot: Depot, **champs) -> tuple[Path | None, ErreurCampagnes | None]:
    campagne = replace(depot.campagne("journee-4-mars"), **champs)
    try:
        depot.enregistrer_campagne(campagne)
    except ErreurCampagnes as e:  # une saisie refusée par la validation : message, rien d'écrit
        return None, e
    dossier = Path(tempfile.mkdtemp(prefix="fuzz-pdf-"))
    chemin = dossier / "fiche.pdf"
    produire_fiche(depot, "journee-4-mars", 2027, chemin)
    return chemin, None


@REGLAGES
@given(titre=LISIBLE, message=LISIBLE)
def test_le_texte_saisi_est_imprime_litteralement(depot, titre, message):
    titre = titre.strip() or "x"
    chemin, erreur = _fiche(depot, titre=titre, messages_cles=message)
    assert erreur is None
    # Un mot plus large que la page est coupé à la ligne : on compare sans les blancs.
    assert re.sub(r"\s+", "", titre) in re.sub(r"\s+", "", _texte_pdf(chemin))


@REGLAGES
@given(titre=QUELCONQUE, description=QUELCONQUE, materiel=QUELCONQUE)
def test_n_importe_quel_unicode_donne_un_pdf_ou_un_message(depot, titre, description, materiel):
    chemin, erreur = _fiche(
        depot,
        titre=titre,
        description=description * 20,
        materiels=[Materiel(titre=materiel, langue="ar")],
    )
    if erreur is not None:
        assert erreur.message  # une phrase, pas une trace
        return
    assert len(PdfReader(chemin).pages) >= 1


def _octets_ical_valides() -> bytes:
    return (Path(__file__).parent / "donnees" / "ical" / "festival_v1.ics").read_bytes()


def _mutations():
    return st.lists(
        st.one_of(
            st.tuples(st.just("tronquer"), st.integers(min_value=0, max_value=4000)),
            st.tuples(st.just("supprimer_ligne"), st.integers(min_value=0, max_value=200)),
            st.tuples(st.just("dupliquer_ligne"), st.integers(min_value=0, max_value=200)),
            st.tuples(
                st.just("inserer"), st.integers(min_value=0, max_value=4000), st.binary(max_size=40)
            ),
            st.tuples(
                st.just("resume"),
                st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
            ),
        ),
        min_size=1,
        max_size=4,
    )


def _appliquer(octets: bytes, mutations) -> bytes:
    for mutation in mutations:
        nature = mutation[0]
        lignes = octets.split(b"\r\n")
        if nature == "tronquer":
            octets = octets[: mutation[1]]
        elif nature == "supprimer_ligne" and lignes:
            del lignes[mutation[1] % len(lignes)]
            octets = b"\r\n".join(lignes)
        elif nature == "dupliquer_ligne" and lignes:
            i = mutation[1] % len(lignes)
            lignes.insert(i, lignes[i])
            octets = b"\r\n".join(lignes)
        elif nature == "inserer":
            octets = octets[: mutation[1]] + mutation[2] + octets[mutation[1] :]
        elif nature == "resume":
            octets = re.sub(
                rb"SUMMARY:[^\r\n]*", b"SUMMARY:" + mutation[1].encode("utf-8"), octets, count=1
            )
    return octets


@settings(max_examples=60, deadline=None)
@given(mutations=_mutations())
def test_un_ics_abime_est_analyse_ou_refuse_en_une_phrase(mutations):
    from campagnes.ical.analyse import analyser

    octets = _appliquer(_octets_ical_valides(), mutations)
    try:
        resultat = analyser(octets, "partenaire.ics", date(2026, 1, 1), date(2028, 12, 31))
    except ErreurCampagnes as e:
        assert e.message.endswith(".") and "Traceback" not in e.message
        return
    for evenement in resultat["evenements"]:
        assert evenement["uid"] and evenement["debut"] <= evenement["fin"]


def _etat(depot: Depot) -> list:
    return [
        tuple(r)
        for r in depot.db.execute(
            "SELECT s.nom, e.uid, e.recurrence, e.titre, e.debut, e.fin FROM evenements_importes e "
            "JOIN sources s ON s.id = e.source_id ORDER BY 1, 2, 3"
        )
    ]


@settings(max_examples=8, deadline=None)
@given(mutations=_mutations())
def test_un_import_refuse_ne_change_rien(mutations):
    from campagnes.ical.import_ical import importer_ical

    dossier = Path(tempfile.mkdtemp(prefix="fuzz-ics-"))
    depot = Depot.ouvrir(dossier / "plan.sqlite")
    try:
        valide = dossier / "v1.ics"
        valide.write_bytes(_octets_ical_valides())
        importer_ical(depot, valide, "Festival", fenetre=(date(2026, 1, 1), date(2028, 12, 31)))
        avant = _etat(depot)
        abime = dossier / "abime.ics"
        abime.write_bytes(_appliquer(_octets_ical_valides(), mutations))
        try:
            importer_ical(depot, abime, "Festival", fenetre=(date(2026, 1, 1), date(2028, 12, 31)))
        except ErreurCampagnes:
            assert _etat(depot) == avant
    finally:
        depot.fermer()


@settings(max_examples=4, deadline=None)
@given(sans_rrule=st.booleans(), decalage=st.integers(min_value=-20, max_value=20))
def test_exporter_puis_importer_donne_les_dates_du_plan(sans_rrule, decalage):
    """Notre propre export, relu comme le calendrier d'un partenaire, redonne nos dates."""
    from campagnes.ical.export import OptionsExport, exporter_ical
    from campagnes.ical.import_ical import importer_ical
    from campagnes.modele import ExceptionAnnuelle
    from campagnes.plan import occurrences

    dossier = Path(tempfile.mkdtemp(prefix="aller-retour-"))
    depot = Depot.ouvrir(dossier / "plan.sqlite")
    try:
        # Une année déplacée et une annulée, pour que RECURRENCE-ID et EXDATE servent.
        c = depot.campagne("journee-4-mars")
        deplace = date(2028, 3, 4).toordinal() + decalage
        c.exceptions = [
            ExceptionAnnuelle(2028, date.fromordinal(deplace), date.fromordinal(deplace)),
            ExceptionAnnuelle(2029, annulee=True),
        ]
        depot.enregistrer_campagne(c)
        chemin = dossier / "plan.ics"
        exporter_ical(depot, chemin, OptionsExport(annee=2027, jusqua=2029, sans_rrule=sans_rrule))
        importer_ical(depot, chemin, "Notre plan", fenetre=(date(2027, 1, 1), date(2029, 12, 31)))
        for annee in (2027, 2028, 2029):
            toutes = occurrences(depot, annee)
            nos_dates = sorted((o.titre, o.debut, o.fin) for o in toutes if o.source is None)
            relues = sorted((o.titre, o.debut, o.fin) for o in toutes if o.source == "Notre plan")
            assert relues == nos_dates, annee
    finally:
        depot.fermer()


def test_un_dtstart_en_double_est_refuse_en_une_phrase():
    """Trouvé par le fuzzing : une ligne DTSTART dupliquée faisait lever AttributeError."""
    from campagnes.erreurs import FichierInvalide
    from campagnes.ical.analyse import analyser

    lignes = _octets_ical_valides().split(b"\r\n")
    evenement = lignes.index(b"BEGIN:VEVENT")
    i = next(i for i in range(evenement, len(lignes)) if lignes[i].startswith(b"DTSTART"))
    double = b"\r\n".join([*lignes[: i + 1], lignes[i], *lignes[i + 1 :]])
    try:
        analyser(double, "partenaire.ics", date(2026, 1, 1), date(2028, 12, 31))
    except FichierInvalide as e:
        assert "a plusieurs propriétés DTSTART : le fichier est refusé." in e.message
    else:
        raise AssertionError("le fichier aurait dû être refusé")
