"""Une base de la fondation (migration m001 seule) reçoit les tables du suivi sans rien perdre."""

import sqlite3

from campagnes.depot import Depot
from campagnes.verifications import verifier

TABLES_SUIVI = {
    "indicateurs",
    "avertissements_ecartes",
    "copies_annee",
    "gabarits",
    "sceau_titulaires",
    "affichage_etablissements",
    "affichage_affiches",
}


def test_une_base_de_la_fondation_est_mise_a_jour(tmp_path):
    chemin = tmp_path / "ancienne.sqlite"
    depot = Depot.ouvrir(chemin)
    c = depot.campagne("journee-4-mars")
    c.responsable = "Équipe des communications"
    depot.enregistrer_campagne(c)
    depot.fermer()
    # Revenir à l'état d'une base créée par la fondation : sans les tables ni la migration.
    conn = sqlite3.connect(chemin)
    for table in sorted(TABLES_SUIVI, key=lambda t: t != "affichage_affiches"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm010_suivi_et_registres'")
    conn.commit()
    conn.close()

    depot = Depot.ouvrir(chemin)
    try:
        assert set(depot.db.table_names()) >= TABLES_SUIVI
        assert depot.campagne("journee-4-mars").responsable == "Équipe des communications"
        assert len(verifier(depot, 2027)) == 5
        assert list((tmp_path / "sauvegardes").glob("ancienne-*-avant-migration.sqlite"))
    finally:
        depot.fermer()
