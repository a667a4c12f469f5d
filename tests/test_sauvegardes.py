"""Sauvegardes datées (API de sauvegarde en ligne de SQLite) et restauration sûre."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from campagnes import sauvegardes
from campagnes.depot import Depot
from campagnes.erreurs import BaseInvalide, Introuvable
from campagnes.modele import Campagne, Recurrence
from campagnes.sauvegardes import (
    lister_sauvegardes,
    restaurer,
    sauvegarde_automatique,
    sauvegarder,
)

SLUG = "journee-4-mars"


def _ajouter(depot: Depot, slug: str) -> None:
    from datetime import date

    depot.enregistrer_campagne(
        Campagne(
            slug=slug,
            titre=f"Campagne {slug}",
            recurrence=Recurrence(date(2027, 5, 1), date(2027, 5, 7)),
        )
    )


@pytest.fixture
def depot_fichier(chemin_base):
    d = Depot.ouvrir(chemin_base)
    yield d
    d.fermer()


def test_une_sauvegarde_est_listee_avec_sa_date_et_son_nombre_de_campagnes(
    depot_fichier, chemin_base
):
    _ajouter(depot_fichier, "campagne-locale")
    avant = datetime.now()
    chemin = sauvegarder(depot_fichier, "manuelle")
    [s] = lister_sauvegardes(chemin_base)
    assert s.chemin == chemin
    assert s.chemin.parent == chemin_base.parent / "sauvegardes"
    assert s.motif == "manuelle"
    assert s.nombre_campagnes == 14
    assert abs(s.date - avant) < timedelta(seconds=5)
    # La copie est une base autonome et saine : journal classique, pas de session ouverte.
    conn = sqlite3.connect(chemin)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0
    conn.close()


def test_lister_ne_modifie_pas_les_copies_et_ignore_les_autres_bases(depot_fichier, chemin_base):
    chemin = sauvegarder(depot_fichier)
    autre = Depot.ouvrir(chemin_base.parent / "autre-plan.sqlite")
    sauvegarder(autre)
    autre.fermer()
    avant = chemin.read_bytes()
    assert [s.chemin for s in lister_sauvegardes(chemin_base)] == [chemin]
    assert chemin.read_bytes() == avant
    assert sorted(p.name for p in chemin.parent.iterdir() if p.name.startswith("plan-")) == [
        chemin.name
    ]


def test_une_copie_illisible_est_listee_comme_telle(depot_fichier, chemin_base):
    chemin = sauvegarder(depot_fichier)
    chemin.write_bytes(b"abime")
    [s] = lister_sauvegardes(chemin_base)
    assert not s.lisible and "copie illisible" in s.erreur


def test_sauvegarde_automatique_au_demarrage_et_apres_une_journee_de_modifications(
    depot_fichier, chemin_base, monkeypatch
):
    premiere = sauvegarde_automatique(depot_fichier, au_demarrage=True)
    assert premiere is not None
    # Redémarrer sans rien modifier ne refait pas de copie (les anciennes restent).
    assert sauvegarde_automatique(depot_fichier, au_demarrage=True) is None
    _ajouter(depot_fichier, "modif-du-jour")
    # En cours de journée : pas de nouvelle copie avant un jour...
    assert sauvegarde_automatique(depot_fichier) is None
    # ... mais une fois la journée écoulée, oui.
    monkeypatch.setattr(sauvegardes, "INTERVALLE_AUTO", timedelta(0))
    seconde = sauvegarde_automatique(depot_fichier)
    assert seconde is not None
    assert [s.nombre_campagnes for s in lister_sauvegardes(chemin_base)] == [14, 13]


def test_le_nombre_de_sauvegardes_automatiques_est_borne(depot_fichier, chemin_base):
    for i in range(sauvegardes.GARDE_PAR_MOTIF["auto"] + 3):
        _ajouter(depot_fichier, f"campagne-{i}")
        sauvegarde_automatique(depot_fichier, au_demarrage=True)
    liste = lister_sauvegardes(chemin_base)
    assert len(liste) == 10
    assert liste[0].nombre_campagnes == 13 + 13  # la plus récente est gardée
    assert liste[-1].nombre_campagnes == 13 + 4  # les trois plus anciennes sont parties


def test_restaurer_remet_l_etat_sauvegarde_et_garde_l_etat_actuel(depot_fichier, chemin_base):
    copie = sauvegarder(depot_fichier, "manuelle")
    depot_fichier.supprimer_campagne("semaine-nationale")
    c = depot_fichier.campagne(SLUG)
    c.titre = "Titre changé par erreur"
    depot_fichier.enregistrer_campagne(c)

    resultat = restaurer(chemin_base, copie.name)  # le nom suffit
    assert resultat.nombre_campagnes == 13
    # La fenêtre ouverte voit l'état restauré à sa prochaine lecture, sans être rouverte.
    assert depot_fichier.campagne(SLUG).titre != "Titre changé par erreur"
    assert "semaine-nationale" in depot_fichier.slugs()
    # L'état d'avant la restauration n'est pas perdu.
    precedent = sqlite3.connect(resultat.etat_precedent)
    assert precedent.execute("SELECT titre FROM campagnes WHERE slug = ?", [SLUG]).fetchone()[
        0
    ] == ("Titre changé par erreur")
    precedent.close()
    assert {s.motif for s in lister_sauvegardes(chemin_base)} == {"manuelle", "avant-restauration"}
    # La fenêtre peut continuer d'écrire : base saine.
    _ajouter(depot_fichier, "apres-restauration")
    assert depot_fichier.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restaurer_une_base_endommagee_la_met_de_cote(chemin_base):
    depot = Depot.ouvrir(chemin_base)
    copie = sauvegarder(depot)
    depot.fermer()
    chemin_base.write_bytes(b"\x00" * 4096)
    resultat = restaurer(chemin_base, copie)
    assert resultat.base_endommagee_deplacee.read_bytes() == b"\x00" * 4096
    depot = Depot.ouvrir(chemin_base)
    assert depot.nombre_campagnes() == 13
    depot.fermer()


@pytest.mark.parametrize(
    ("contenu", "message"),
    [
        (b"pas une base", "n'est pas une base Campagnes (ce n'est pas un fichier SQLite)"),
        (None, "n'est pas une sauvegarde de Campagnes"),
    ],
)
def test_restaurer_refuse_un_fichier_qui_n_est_pas_une_sauvegarde(
    depot_fichier, chemin_base, tmp_path, contenu, message
):
    faux = tmp_path / "faux.sqlite"
    if contenu is None:
        conn = sqlite3.connect(faux)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    else:
        faux.write_bytes(contenu)
    c = depot_fichier.campagne(SLUG)
    c.titre = "Travail en cours"
    depot_fichier.enregistrer_campagne(c)
    with pytest.raises(BaseInvalide) as erreur:
        restaurer(chemin_base, faux)
    assert message in erreur.value.message
    assert depot_fichier.campagne(SLUG).titre == "Travail en cours"
    assert lister_sauvegardes(chemin_base) == []


def test_restaurer_une_sauvegarde_tronquee_est_refuse(depot_fichier, chemin_base):
    copie = sauvegarder(depot_fichier)
    contenu = copie.read_bytes()
    copie.write_bytes(contenu[: len(contenu) // 2])
    with pytest.raises(BaseInvalide) as erreur:
        restaurer(chemin_base, copie)
    assert "endommagée" in erreur.value.message or "illisible" in erreur.value.message
    assert depot_fichier.nombre_campagnes() == 13


def test_restaurer_une_sauvegarde_absente(chemin_base):
    with pytest.raises(Introuvable) as erreur:
        restaurer(chemin_base, "nexiste-pas.sqlite")
    assert erreur.value.message == "La sauvegarde « nexiste-pas.sqlite » n'existe pas."


def test_ligne_de_commande_sauvegarder_lister_restaurer(cli, chemin_base, tmp_path):
    assert cli("occurrences", "--annee", "2027", base=chemin_base).returncode == 0
    # La première commande a fait la sauvegarde de démarrage.
    liste = cli("sauvegardes", base=chemin_base)
    assert liste.returncode == 0
    assert "auto" in liste.stdout and "13 campagne(s)" in liste.stdout

    faite = cli("sauvegarder", base=chemin_base)
    assert faite.returncode == 0, faite.stderr
    assert faite.stdout.startswith("Sauvegarde créée : « ") and "(13 campagne(s))" in faite.stdout
    nom = faite.stdout.split("« ")[1].split(" »")[0]

    csv = tmp_path / "modif.csv"
    csv.write_text(
        "slug;titre;debut\nnouvelle;Une nouvelle campagne;2027-06-01\n", encoding="utf-8"
    )
    assert cli("importer-campagnes", str(csv), base=chemin_base).returncode == 0

    restauree = cli("restaurer", nom, base=chemin_base)
    assert restauree.returncode == 0, restauree.stderr
    assert (
        "restaurée depuis" in restauree.stdout
        and "13 campagne(s), vérifiée (integrity_check)" in restauree.stdout
    )
    assert "L'état précédent est gardé dans" in restauree.stdout
    json = cli("occurrences", "--annee", "2027", "--format", "json", base=chemin_base)
    assert "nouvelle" not in json.stdout

    absente = cli("restaurer", "absente.sqlite", base=chemin_base)
    assert absente.returncode == 1
    assert absente.stderr == "campagnes : La sauvegarde « absente.sqlite » n'existe pas.\n"


def test_ligne_de_commande_sans_sauvegarde(cli, chemin_base):
    resultat = cli("sauvegardes", base=chemin_base)
    assert resultat.returncode == 0
    assert resultat.stdout.startswith(f"Aucune sauvegarde de « {chemin_base} »")
    assert not chemin_base.exists()  # lister ne crée pas de base


def test_restaurer_la_base_sur_elle_meme_est_refuse(depot_fichier, chemin_base):
    with pytest.raises(BaseInvalide) as erreur:
        restaurer(chemin_base, chemin_base)
    assert "est la base elle-même, pas une sauvegarde" in erreur.value.message
    assert depot_fichier.nombre_campagnes() == 13
    assert lister_sauvegardes(chemin_base) == []


def test_restaurer_depuis_une_autre_base_vivante_lit_ses_dernieres_modifications(
    depot_fichier, chemin_base, tmp_path
):
    """Une copie d'un autre poste, encore ouverte (journal -wal) : rien ne manque."""
    autre = Depot.ouvrir(tmp_path / "autre-poste.sqlite")
    try:
        _ajouter(autre, "faite-sur-l-autre-poste")
        assert (tmp_path / "autre-poste.sqlite-wal").exists()
        resultat = restaurer(chemin_base, tmp_path / "autre-poste.sqlite")
    finally:
        autre.fermer()
    assert resultat.nombre_campagnes == 14
    assert "faite-sur-l-autre-poste" in depot_fichier.slugs()
