"""Migrations et fichiers qui ne sont pas (ou plus) une base Campagnes lisible : un message
clair, et le fichier laissé exactement tel qu'il était."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from campagnes.catalogue import charger_si_absent
from campagnes.depot import ID_APPLICATION, Depot
from campagnes.erreurs import BaseInvalide, BaseTropRecente
from campagnes.sauvegardes import lister_sauvegardes
from campagnes.schema import migrations

PREMIERE = migrations._migrations[0].name
DEUXIEME = migrations._migrations[1].name


def _base_premier_schema(chemin: Path) -> None:
    """Une base telle que la créait la toute première version : premier schéma seulement."""
    db = sqlite_utils.Database(chemin, execute_plugins=False)
    migrations.apply(db, stop_before=DEUXIEME)
    db.execute(f"PRAGMA application_id={ID_APPLICATION}")
    depot = Depot(db, chemin, False)
    depot._compter_generation = False
    charger_si_absent(depot)
    c = depot.campagne("journee-4-mars")
    c.description = "Note du planificateur écrite avec l'ancienne version"
    depot.enregistrer_campagne(c)
    db.close()


def test_une_base_du_premier_schema_est_migree_apres_une_sauvegarde(chemin_base):
    _base_premier_schema(chemin_base)
    assert [m.name for m in migrations.applied(sqlite_utils.Database(chemin_base))] == [PREMIERE]

    depot = Depot.ouvrir(chemin_base)
    try:
        assert [m.name for m in migrations.applied(depot.db)] == [
            m.name for m in migrations._migrations
        ]
        assert depot.campagne("journee-4-mars").description == (
            "Note du planificateur écrite avec l'ancienne version"
        )
        assert depot.nombre_campagnes() == 13
    finally:
        depot.fermer()

    [sauvegarde] = lister_sauvegardes(chemin_base)
    assert sauvegarde.motif == "avant-migration"
    assert sauvegarde.nombre_campagnes == 13
    copie = sqlite_utils.Database(sauvegarde.chemin)
    assert [m.name for m in migrations.applied(copie)] == [PREMIERE]  # l'état d'avant
    assert "sessions" not in copie.table_names()
    assert copie.execute(
        "SELECT description FROM campagnes WHERE slug='journee-4-mars'"
    ).fetchone()[0] == ("Note du planificateur écrite avec l'ancienne version")
    copie.close()


def test_une_migration_qui_echoue_ne_laisse_pas_de_demi_schema(chemin_base, monkeypatch):
    _base_premier_schema(chemin_base)
    migration = migrations._migrations[1]

    def casse(db):
        migration_origine(db)
        raise RuntimeError("panne au milieu de la migration")

    migration_origine = migration.fn
    monkeypatch.setattr(migration, "fn", casse)
    with pytest.raises(RuntimeError):
        Depot.ouvrir(chemin_base)
    db = sqlite_utils.Database(chemin_base)
    assert [m.name for m in migrations.applied(db)] == [PREMIERE]
    assert "sessions" not in db.table_names()
    db.close()
    monkeypatch.undo()
    depot = Depot.ouvrir(chemin_base)
    assert depot.nombre_campagnes() == 13
    depot.fermer()


def _octets(chemin: Path) -> bytes:
    return chemin.read_bytes()


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_une_base_plus_recente_est_refusee_sans_etre_modifiee(chemin_base, journal):
    Depot.ouvrir(chemin_base).fermer()
    db = sqlite_utils.Database(chemin_base)
    db["_sqlite_migrations"].insert(
        {"migration_set": "campagnes", "name": "m999_version_future", "applied_at": "2030-01-01"}
    )
    db.execute(f"PRAGMA journal_mode={journal}")  # « delete » : un fichier reçu par courriel
    db.close()
    avant = _octets(chemin_base)

    with pytest.raises(BaseTropRecente) as erreur:
        Depot.ouvrir(chemin_base)
    assert "version plus récente de Campagnes" in erreur.value.message
    assert "mettez l'application à jour" in erreur.value.message
    assert _octets(chemin_base) == avant
    assert sorted(p.name for p in chemin_base.parent.iterdir()) == [chemin_base.name]


def test_un_fichier_texte_renomme_est_refuse_intact(tmp_path):
    faux = tmp_path / "notes.sqlite"
    faux.write_text("Liste de courses\nlait, pain\n", encoding="utf-8")
    avant = _octets(faux)
    with pytest.raises(BaseInvalide) as erreur:
        Depot.ouvrir(faux)
    assert (
        erreur.value.message
        == f"« {faux} » n'est pas une base Campagnes (ce n'est pas un fichier SQLite)."
    )
    assert _octets(faux) == avant


def test_la_base_d_une_autre_application_est_refusee_intacte(tmp_path):
    autre = tmp_path / "autre.sqlite"
    conn = sqlite3.connect(autre)
    conn.execute("CREATE TABLE factures (id INTEGER PRIMARY KEY, montant REAL)")
    conn.execute("INSERT INTO factures (montant) VALUES (12.5)")
    conn.commit()
    conn.close()
    avant = _octets(autre)
    with pytest.raises(BaseInvalide) as erreur:
        Depot.ouvrir(autre)
    assert "base SQLite d'une autre application, pas une base Campagnes" in erreur.value.message
    assert _octets(autre) == avant
    assert sorted(p.name for p in tmp_path.iterdir()) == ["autre.sqlite"]


def test_une_base_tronquee_est_refusee_intacte_avec_la_sauvegarde_a_restaurer(chemin_base):
    depot = Depot.ouvrir(chemin_base)
    from campagnes.sauvegardes import sauvegarder

    copie = sauvegarder(depot, "manuelle")
    depot.fermer()
    contenu = _octets(chemin_base)
    chemin_base.write_bytes(contenu[: len(contenu) // 3])
    avant = _octets(chemin_base)

    with pytest.raises(BaseInvalide) as erreur:
        Depot.ouvrir(chemin_base)
    message = erreur.value.message
    assert f"La base « {chemin_base} » est endommagée ou illisible" in message
    assert "elle n'a pas été modifiée" in message
    assert f"campagnes restaurer « {copie} »" in message
    assert _octets(chemin_base) == avant


def test_la_ligne_de_commande_refuse_ces_fichiers_sans_trace(cli, tmp_path):
    faux = tmp_path / "notes.sqlite"
    faux.write_text("pas une base", encoding="utf-8")
    resultat = cli("occurrences", "--annee", "2027", base=faux)
    assert resultat.returncode == 1
    assert resultat.stderr.strip() == (
        f"campagnes : « {faux} » n'est pas une base Campagnes (ce n'est pas un fichier SQLite)."
    )
    assert faux.read_text(encoding="utf-8") == "pas une base"
