"""Fuzzing de l'import CSV (hypothesis) : quoi qu'on lui donne, jamais une trace, jamais une
écriture partielle ; et l'aller-retour export puis import ne change rien."""

from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import asdict
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from campagnes.depot import Depot
from campagnes.echange_csv import COLONNES, exporter_campagnes, importer_campagnes
from campagnes.erreurs import ErreurCampagnes
from campagnes.modele import Campagne, ExceptionAnnuelle, PublicCible, Recurrence

REGLAGES = settings(
    max_examples=60,
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
    ";",
    ",",
    "|",
    "\\",
    "\n",
    "\r\n",
    "\t",
]


@pytest.fixture(scope="module")
def depot():
    d = Depot.ouvrir(None)
    yield d
    d.fermer()


@pytest.fixture(scope="module")
def dossier():
    with tempfile.TemporaryDirectory() as d:
        yield Path(d)


def _etat(depot: Depot) -> tuple:
    return (
        [asdict(c) for c in depot.campagnes()],
        depot.noms("publics"),
        depot.noms("partenaires"),
        depot.noms("canaux"),
        depot.generation(),
    )


def _importer_et_verifier(depot: Depot, chemin: Path) -> dict | None:
    """Importe ; en cas de refus, exige un message français et une base inchangée."""
    avant = _etat(depot)
    try:
        comptes = importer_campagnes(depot, chemin)
        event("importé")
        return comptes
    except ErreurCampagnes as e:
        event(f"refusé : {type(e).__name__}")
        assert e.message and "Traceback" not in e.message
        assert _etat(depot) == avant, "un import refusé a laissé des traces"
        return None


texte_piege = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(BALISAGE) | st.text(max_size=5), max_size=8).map("".join),
    st.sampled_from(["é" * 100_001, "<b>" * 40_000]),  # champs énormes, au-delà de la limite
)


@st.composite
def fichier_csv(draw) -> bytes:
    """Un fichier qui ressemble à un export, abîmé de toutes les façons possibles."""
    colonnes = draw(
        st.one_of(
            st.just(list(COLONNES)),
            st.lists(st.sampled_from(COLONNES), min_size=1, max_size=8, unique=True),
            st.lists(st.text(max_size=8), max_size=4),
        )
    )
    lignes = [colonnes]
    for _ in range(draw(st.integers(0, 4))):
        largeur = draw(st.one_of(st.just(len(colonnes)), st.integers(0, len(colonnes) + 3)))
        ligne = []
        for i in range(largeur):
            colonne = colonnes[i] if i < len(colonnes) else ""
            if colonne in ("debut", "fin") and draw(st.booleans()):
                ligne.append(draw(st.dates(date(1900, 1, 1), date(2200, 1, 1))).isoformat())
            elif colonne == "slug" and draw(st.booleans()):
                ligne.append(draw(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8})?", fullmatch=True)))
            elif colonne == "recommandations" and draw(st.booleans()):
                ligne.append(" | ".join(map(str, draw(st.lists(st.integers(-3, 70), max_size=3)))))
            else:
                ligne.append(draw(texte_piege))
        lignes.append(ligne)
    tampon = io.StringIO(newline="")
    csv.writer(
        tampon, delimiter=draw(st.sampled_from([";", ","])), lineterminator="\r\n"
    ).writerows(lignes)
    texte = tampon.getvalue()
    if draw(st.booleans()):  # coupures et guillemets orphelins : lignes mal formées
        coupe = draw(st.integers(0, len(texte)))
        texte = (
            texte[:coupe] + draw(st.sampled_from(['"', '\n"', "\x00", "", ";;;"])) + texte[coupe:]
        )
    encodage = draw(st.sampled_from(["utf-8-sig", "utf-8", "utf-16"]))
    return texte.encode(encodage, "surrogatepass")


@REGLAGES
@given(contenu=fichier_csv())
def test_un_csv_abime_ne_provoque_ni_trace_ni_ecriture_partielle(depot, dossier, contenu):
    chemin = dossier / "entree.csv"
    chemin.write_bytes(contenu)
    _importer_et_verifier(depot, chemin)


@REGLAGES
@given(contenu=st.binary(max_size=2000))
def test_des_octets_quelconques_sont_refuses_proprement(depot, dossier, contenu):
    chemin = dossier / "octets.csv"
    chemin.write_bytes(contenu)
    _importer_et_verifier(depot, chemin)


# --- aller-retour ----------------------------------------------------------------------

texte_libre = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), max_size=60
)
nom_liste = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"), blacklist_characters="|"),
    min_size=1,
    max_size=20,
)


@st.composite
def campagne(draw, numero: int) -> Campagne:
    debut = draw(st.dates(date(2000, 1, 1), date(2100, 1, 1)))
    fin = draw(st.dates(debut, date(2100, 12, 31)))
    annee = draw(st.integers(2000, 2100))
    exceptions = draw(
        st.lists(
            st.one_of(
                st.just(ExceptionAnnuelle(annee, annulee=True)),
                st.just(ExceptionAnnuelle(annee, date(annee, 3, 1), date(annee, 3, 9))),
            ),
            max_size=1,
        )
    )
    return Campagne(
        slug=f"fuzz-{numero}",
        titre=draw(texte_libre.map(str.strip).filter(bool)),
        recurrence=Recurrence(debut, fin, draw(st.sampled_from([None, "FREQ=YEARLY"]))),
        description=draw(texte_libre),
        objectifs=draw(texte_libre),
        messages_cles=draw(texte_libre),
        contexte=draw(texte_libre),
        ton=draw(texte_libre),
        responsable=draw(texte_libre),
        statut=draw(st.sampled_from(["proposee", "planifiee", "confirmee", "annulee"])),
        budget=draw(
            st.one_of(
                st.none(),
                st.integers(0, 10**9).map(float),
                st.floats(0, 1e12, allow_nan=False, allow_infinity=False),
            )
        ),
        couleur=draw(st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)),
        recommandations=draw(st.lists(st.integers(1, 58), unique=True, max_size=4)),
        publics=[PublicCible(n) for n in draw(st.lists(nom_liste, unique=True, max_size=3))],
        partenaires=draw(st.lists(nom_liste, unique=True, max_size=3)),
        canaux=draw(st.lists(nom_liste, unique=True, max_size=3)),
        regions=draw(st.lists(st.sampled_from(["01", "06", "10", "17"]), unique=True, max_size=3)),
        exceptions=exceptions,
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_exporter_puis_importer_ne_change_rien(data):
    depot = Depot.ouvrir(None)
    try:
        for i in range(data.draw(st.integers(1, 3))):
            depot.enregistrer_campagne(data.draw(campagne(i)))
        avant = _etat(depot)
        with tempfile.TemporaryDirectory() as d:
            chemin = Path(d) / "aller-retour.csv"
            exporter_campagnes(depot, chemin)
            comptes = importer_campagnes(depot, chemin)
        assert comptes["creee"] == comptes["modifiee"] == 0
        assert _etat(depot) == avant  # compteurs de modifications compris
    finally:
        depot.fermer()


def test_un_budget_de_plus_d_un_million_survit_a_l_aller_retour(tmp_path):
    """Trouvé par le fuzzing : « {:g} » exportait 1 000 001 $ en « 1e+06 »."""
    depot = Depot.ouvrir(None)
    try:
        c = depot.campagne("journee-4-mars")
        c.budget = 1_000_001.0
        depot.enregistrer_campagne(c)
        exporter_campagnes(depot, tmp_path / "budget.csv")
        assert ";1000001;" in (tmp_path / "budget.csv").read_text(encoding="utf-8-sig")
        importer_campagnes(depot, tmp_path / "budget.csv")
        assert depot.campagne("journee-4-mars").budget == 1_000_001.0
    finally:
        depot.fermer()
