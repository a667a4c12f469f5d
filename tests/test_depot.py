"""La base : transactions tout-ou-rien, compteur de modifications, fichiers refusés intacts."""

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from campagnes.depot import Depot
from campagnes.erreurs import (
    BaseInvalide,
    BaseTropRecente,
    ConflitModification,
    DonneesInvalides,
    Introuvable,
)
from campagnes.modele import Campagne, ExceptionAnnuelle, Jalon, Materiel, PublicCible, Recurrence


def nouvelle(slug="lancement-printemps", **autres):
    return Campagne(
        slug=slug,
        titre="Lancement du printemps",
        recurrence=Recurrence(date(2027, 4, 5), date(2027, 4, 30)),
        **autres,
    )


def test_creer_puis_relire_une_campagne_complete(depot):
    c = nouvelle(
        publics=[PublicCible("Parents", "Comprendre les risques", "Accompagner")],
        partenaires=["Maisons de la famille"],
        canaux=["Radio"],
        regions=["06", "13"],
        recommandations=[12, 18],
        materiels=[Materiel("Affiche « Parlez-en »", type="affiche", quantite=500, delai_jours=21)],
        jalons=[Jalon("Validation", 30)],
        exceptions=[ExceptionAnnuelle(2028, annulee=True)],
        budget=12500.0,
        responsable="Direction des communications",
    )
    depot.enregistrer_campagne(c)
    lue = depot.campagne("lancement-printemps")
    assert (
        lue.publics == c.publics and lue.regions == ["06", "13"] and lue.recommandations == [12, 18]
    )
    assert lue.materiels[0].titre == "Affiche « Parlez-en »" and lue.materiels[0].quantite == 500
    assert lue.jalons[0].libelle == "Validation" and lue.exceptions[0].annulee
    assert lue.uid.endswith("@campagnes.csesm.quebec") and lue.compteur_modifications == 0
    assert lue.cree_le is not None and lue.budget == 12500.0


def test_le_compteur_monte_a_chaque_changement_de_contenu_seulement(depot):
    c = depot.campagne("journee-4-mars")
    assert depot.enregistrer_campagne(c).compteur_modifications == 0  # rien n'a changé
    c.messages_cles += "\nSignalez au 1 800 …"
    assert depot.enregistrer_campagne(c).compteur_modifications == 1
    c.materiels.append(Materiel("Bannière Web"))
    assert depot.enregistrer_campagne(c).compteur_modifications == 2
    assert depot.campagne("journee-4-mars").uid == "journee-4-mars@campagnes.csesm.quebec"


def test_modification_concurrente_detectee(depot):
    lue_ici = depot.campagne("semaine-nationale")
    lue_ailleurs = depot.campagne("semaine-nationale")
    lue_ailleurs.titre = "Semaine nationale (version de l'autre poste)"
    depot.enregistrer_campagne(lue_ailleurs, compteur_attendu=lue_ailleurs.compteur_modifications)
    lue_ici.titre = "Semaine nationale (ma version)"
    with pytest.raises(ConflitModification, match="modifiée ailleurs"):
        depot.enregistrer_campagne(lue_ici, compteur_attendu=lue_ici.compteur_modifications)
    assert (
        depot.campagne("semaine-nationale").titre == "Semaine nationale (version de l'autre poste)"
    )


def test_une_transaction_echouee_ne_laisse_rien(depot):
    avant = depot.nombre_campagnes()
    with pytest.raises(RuntimeError), depot.transaction():
        depot._ecrire_campagne(nouvelle("premiere"))
        depot._ecrire_campagne(nouvelle("deuxieme"))
        raise RuntimeError("panne au milieu")
    assert depot.nombre_campagnes() == avant
    assert "premiere" not in depot.slugs()


def test_import_groupe_refuse_en_entier_si_une_campagne_est_invalide(depot):
    avant = depot.nombre_campagnes()
    mauvaise = replace(nouvelle("mauvaise"), titre="  ")
    with pytest.raises(DonneesInvalides, match="titre ne peut pas être vide"):
        depot.enregistrer_campagnes([nouvelle("bonne"), mauvaise])
    assert depot.nombre_campagnes() == avant


@pytest.mark.parametrize(
    ("modif", "message"),
    [
        ({"titre": ""}, "titre ne peut pas être vide"),
        ({"slug": "Pas Un Slug"}, "Identifiant"),
        ({"statut": "peut-etre"}, "Statut « peut-etre » inconnu"),
        ({"couleur": "rouge"}, "Couleur"),
        ({"budget": -1.0}, "budget ne peut pas être négatif"),
        ({"recommandations": [59]}, "Recommandation n° 59 inconnue"),
        ({"recurrence": Recurrence(date(2027, 5, 2), date(2027, 5, 1))}, "précède le début"),
    ],
)
def test_saisies_invalides_refusees_sans_rien_ecrire(depot, modif, message):
    avant = depot.nombre_campagnes()
    with pytest.raises(DonneesInvalides, match=message):
        depot.enregistrer_campagne(replace(nouvelle(), **modif))
    assert depot.nombre_campagnes() == avant


def test_supprimer_et_campagne_introuvable(depot):
    depot.supprimer_campagne("grands-evenements")
    with pytest.raises(Introuvable, match="« grands-evenements »"):
        depot.campagne("grands-evenements")
    with pytest.raises(Introuvable):
        depot.supprimer_campagne("grands-evenements")


def test_reglages_sqlite_durables(chemin_base):
    d = Depot.ouvrir(chemin_base)
    assert d.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert d.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert d.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    d.fermer()


def test_un_fichier_texte_est_refuse_et_reste_intact(tmp_path):
    faux = tmp_path / "notes.sqlite"
    faux.write_text("Ceci est une liste de courses.\n", encoding="utf-8")
    with pytest.raises(BaseInvalide, match="n'est pas une base Campagnes"):
        Depot.ouvrir(faux)
    assert faux.read_text(encoding="utf-8") == "Ceci est une liste de courses.\n"


def test_une_base_sqlite_d_une_autre_application_est_refusee_intacte(tmp_path):
    autre = tmp_path / "autre.sqlite"
    conn = sqlite3.connect(autre)
    conn.execute("CREATE TABLE clients (nom TEXT)")
    conn.commit()
    conn.close()
    octets = autre.read_bytes()
    with pytest.raises(BaseInvalide, match="autre application"):
        Depot.ouvrir(autre)
    assert autre.read_bytes() == octets


def test_une_base_plus_recente_est_refusee_intacte(chemin_base):
    d = Depot.ouvrir(chemin_base)
    d.db["_sqlite_migrations"].insert(
        {"migration_set": "campagnes", "name": "m999_du_futur", "applied_at": "2030-01-01"}
    )
    d.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    d.fermer()
    octets = chemin_base.read_bytes()
    with pytest.raises(BaseTropRecente, match="version plus récente"):
        Depot.ouvrir(chemin_base)
    assert chemin_base.read_bytes() == octets


def test_migration_depuis_le_premier_schema_conserve_les_donnees_et_fait_une_sauvegarde(
    chemin_base,
):
    from campagnes import schema

    d = Depot.ouvrir(chemin_base)
    nombre = d.nombre_campagnes()
    d.fermer()

    # Une migration en attente, comme à la mise à jour de l'application.
    @schema.migrations(name="m900_essai_temporaire")
    def _essai(db):
        db.execute("CREATE TABLE essai_migration (x INTEGER)")

    try:
        d = Depot.ouvrir(chemin_base)
        assert "essai_migration" in d.db.table_names()
        assert d.nombre_campagnes() == nombre
        d.fermer()
    finally:
        schema.migrations._migrations.pop()
    sauvegardes = list((chemin_base.parent / "sauvegardes").glob("*avant-migration*.sqlite"))
    assert len(sauvegardes) == 1
    copie = sqlite3.connect(sauvegardes[0])
    assert copie.execute("SELECT count(*) FROM campagnes").fetchone()[0] == nombre
    assert "essai_migration" not in {r[0] for r in copie.execute("SELECT name FROM sqlite_master")}
    copie.close()
