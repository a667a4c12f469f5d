"""Mesures du domaine sur un gros plan : 10 000 campagnes et 50 000 matériels.

Chaque figure a, quand c'est possible, un plancher : le même travail fait au plus simple
(SQL brut, copie de fichier, lecture seule), pour voir ce que coûte notre code au-dessus.
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
from pathlib import Path

from outils_bench import base_generee, copie_de, dossier_de_travail, mediane

from campagnes.calendrier import occurrences_annee
from campagnes.depot import Depot
from campagnes.echange_csv import exporter_campagnes, importer_campagnes
from campagnes.plan import occurrences
from campagnes.sauvegardes import sauvegarder

N = 10_000


def _lecture_brute(chemin: Path) -> None:
    conn = sqlite3.connect(chemin)
    for table in (
        "campagnes",
        "materiels",
        "campagne_publics",
        "campagne_partenaires",
        "campagne_canaux",
        "campagne_regions",
        "campagne_recommandations",
        "jalons",
        "exceptions",
    ):
        conn.execute(f"SELECT * FROM {table}").fetchall()
    conn.close()


def _supprimer_base(chemin: Path) -> None:
    for suffixe in ("", "-wal", "-shm"):
        Path(f"{chemin}{suffixe}").unlink(missing_ok=True)


def mesures():
    dossier = dossier_de_travail()
    chemin = copie_de(base_generee(N, 5), "domaine.sqlite")
    depot = Depot.ouvrir(chemin)
    resultat = []

    lecture = mediane(depot.campagnes, 5)
    resultat.append(
        (
            "Lecture de 10 000 campagnes et 50 000 matériels (Depot.campagnes)",
            lecture,
            "SELECT brut des mêmes tables (sqlite3)",
            mediane(lambda: _lecture_brute(chemin), 5),
        )
    )
    resultat.append(
        (
            "Aperçu de 10 000 campagnes pour une liste (Depot.apercus, une requête)",
            mediane(depot.apercus, 5),
            None,
            None,
        )
    )
    resultat.append(
        (
            "Occurrences de 2027 pour 10 000 campagnes (lecture comprise)",
            mediane(lambda: occurrences(depot, 2027), 3),
            "Lecture des 10 000 campagnes",
            lecture,
        )
    )
    en_memoire = depot.campagnes()
    resultat.append(
        (
            "Occurrences de 2027, campagnes déjà en mémoire (calendrier seul)",
            mediane(lambda: occurrences_annee(en_memoire, 2027), 3),
            None,
            None,
        )
    )

    export = dossier / "export-10000.csv"
    resultat.append(
        (
            "Export CSV de 10 000 campagnes (écriture atomique)",
            mediane(lambda: exporter_campagnes(depot, export), 3),
            "Lecture des 10 000 campagnes",
            lecture,
        )
    )

    c = depot.campagne("journee-4-mars")
    compteur = iter(range(1_000_000))

    def modifier():
        c.description = f"Mesure {next(compteur)}"
        depot.enregistrer_campagne(c)

    resultat.append(
        (
            "Enregistrer une campagne modifiée (une transaction WAL + FULL)",
            mediane(modifier, 21),
            None,
            None,
        )
    )
    resultat.append(
        (
            "Sauvegarde en ligne de la base de 10 000 campagnes (API SQLite)",
            mediane(lambda: sauvegarder(depot, "manuelle"), 3),
            "Copie brute du fichier (shutil, non sûre en cours d'écriture)",
            mediane(lambda: shutil.copyfile(chemin, dossier / "copie-brute.sqlite"), 3),
        )
    )
    depot.fermer()

    depart = dossier / "depart.sqlite"
    Depot.ouvrir(depart).fermer()
    resultat.append(
        (
            "Ouverture d'une base de 10 000 campagnes (vérification, session)",
            mediane(lambda: Depot.ouvrir(chemin).fermer(), 5),
            "Ouverture du plan de départ (13 campagnes)",
            mediane(lambda: Depot.ouvrir(depart).fermer(), 5),
        )
    )

    # Import : 10 000 lignes dans une base neuve (catalogue chargé hors chrono).
    import_csv = dossier / "import-10000.csv"
    with open(export, encoding="utf-8-sig", newline="") as source:
        lignes = list(csv.DictReader(source, delimiter=";"))
    lignes = [x for x in lignes if x["slug"].startswith("campagne-generee-")]
    assert len(lignes) == N
    with open(import_csv, "w", encoding="utf-8-sig", newline="") as cible:
        ecrivain = csv.DictWriter(cible, fieldnames=list(lignes[0]), delimiter=";")
        ecrivain.writeheader()
        ecrivain.writerows(lignes)
    neuve = dossier / "import.sqlite"
    etat = {}

    def preparer_import():
        _supprimer_base(neuve)
        etat["depot"] = Depot.ouvrir(neuve)

    def importer():
        comptes = importer_campagnes(etat["depot"], import_csv)
        etat["depot"].fermer()
        assert comptes["creee"] == N

    brute = dossier / "brute.sqlite"

    def preparer_brut():
        _supprimer_base(brute)

    def import_brut():
        conn = sqlite3.connect(brute)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        with open(import_csv, encoding="utf-8-sig", newline="") as f:
            lecteur = csv.reader(f, delimiter=";")
            entetes = next(lecteur)
            conn.execute(f"CREATE TABLE t ({', '.join(entetes)})")
            with conn:
                conn.executemany(f"INSERT INTO t VALUES ({', '.join('?' * len(entetes))})", lecteur)
        conn.close()

    resultat.append(
        (
            "Import CSV de 10 000 lignes (validation, une transaction)",
            mediane(importer, 3, preparer_import),
            "csv.reader + INSERT brut des mêmes lignes dans une table",
            mediane(import_brut, 3, preparer_brut),
        )
    )
    return resultat
