"""Mesures du suivi sur le plan partagé : vérifier, préparer l'année suivante, CSV du sceau.

Plan : `outils_bench.base_generee(10_000, 5)` (10 000 campagnes synthétiques, dites comme
telles, et les 13 du catalogue ; 2 500 d'entre elles sont ponctuelles en 2026). Le registre
du sceau : un CSV de 10 000 titulaires importé dans un plan neuf.

Planchers : ce que la fonction doit faire au minimum (lire les campagnes, calculer les
occurrences), ou le même CSV passé par `csv` et `sqlite3` bruts.

Lancer : `python -m tests.benchmarks --seulement suivi`, ou
`/work/venv/bin/python tests/benchmarks/bench_suivi.py [nombre_de_campagnes]` (imprime).
"""

from __future__ import annotations

import csv
import sqlite3
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parent)]

from outils_bench import base_generee, copie_de, dossier_de_travail, mediane  # noqa: E402

from campagnes.annee_suivante import apercu_annee_suivante, preparer_annee_suivante  # noqa: E402
from campagnes.calendrier import occurrences_annee  # noqa: E402
from campagnes.depot import Depot  # noqa: E402
from campagnes.sceau import TYPES_SCEAU, exporter_sceau, importer_sceau  # noqa: E402
from campagnes.verifications import verifier  # noqa: E402

N = 10_000
LIGNES_SCEAU = 10_000
ANNEE = 2027
REPETITIONS = 3


def nombre_fr(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def _ecrire_csv_sceau(chemin: Path, lignes: int) -> None:
    types = list(TYPES_SCEAU.values())
    with open(chemin, "w", encoding="utf-8-sig") as f:
        f.write("nom;type;region;date_octroi;date_renouvellement\n")
        for i in range(lignes):
            f.write(f"Organisation {i};{types[i % 5]};{i % 17 + 1:02d};2026-01-01;2028-01-01\n")


def _supprimer_base(chemin: Path) -> None:
    for suffixe in ("", "-wal", "-shm"):
        Path(f"{chemin}{suffixe}").unlink(missing_ok=True)


def _import_brut(source: Path, cible: Path) -> None:
    """Plancher de l'import : csv.reader et INSERT des mêmes lignes, WAL + FULL comme le dépôt."""
    conn = sqlite3.connect(cible)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    with open(source, encoding="utf-8-sig", newline="") as f:
        lecteur = csv.reader(f, delimiter=";")
        entetes = next(lecteur)
        conn.execute(f"CREATE TABLE t ({', '.join(entetes)})")
        with conn:
            conn.executemany(f"INSERT INTO t VALUES ({', '.join('?' * len(entetes))})", lecteur)
    conn.close()


def _export_brut(base: Path, cible: Path) -> None:
    """Le plancher de l'export : SELECT brut de la table du registre et csv.writer."""
    conn = sqlite3.connect(base)
    curseur = conn.execute("SELECT * FROM sceau_titulaires ORDER BY nom")
    with open(cible, "w", encoding="utf-8-sig", newline="") as f:
        ecrivain = csv.writer(f, delimiter=";")
        ecrivain.writerow([d[0] for d in curseur.description])
        ecrivain.writerows(curseur)
    conn.close()


def mesures(nombre: int = N, lignes_sceau: int = LIGNES_SCEAU) -> list:
    dossier = dossier_de_travail()
    plan = base_generee(nombre, 5)
    chemin = copie_de(plan, "suivi.sqlite")
    depot = Depot.ouvrir(chemin)
    total = depot.nombre_campagnes()
    resultat = []

    def lecture_et_occurrences():
        occurrences_annee(depot.campagnes(), ANNEE)

    avis = verifier(depot, ANNEE)
    resultat.append(
        (
            f"verifier({ANNEE}) sur {nombre_fr(total)} campagnes "
            f"({nombre_fr(len(avis))} avertissements)",
            mediane(lambda: verifier(depot, ANNEE), REPETITIONS),
            f"Lecture des campagnes et occurrences de {ANNEE} (le minimum de verifier)",
            mediane(lecture_et_occurrences, REPETITIONS),
        )
    )
    lecture = mediane(depot.campagnes, REPETITIONS)
    apercu = apercu_annee_suivante(depot, ANNEE - 1)
    copies = len(apercu.a_creer)
    resultat.append(
        (
            f"Aperçu de l'année suivante ({ANNEE - 1} → {ANNEE}) : "
            f"{nombre_fr(copies)} copies prévues sur {nombre_fr(total)} campagnes",
            mediane(lambda: apercu_annee_suivante(depot, ANNEE - 1), REPETITIONS),
            f"Lecture des {nombre_fr(total)} campagnes (Depot.campagnes)",
            lecture,
        )
    )
    depot.fermer()

    etat = {}

    def preparer_copie():
        if "depot" in etat:
            etat["depot"].fermer()
        etat["depot"] = Depot.ouvrir(copie_de(plan, "suivi-preparer.sqlite"))

    resultat.append(
        (
            f"Préparer l'année suivante : écrire {nombre_fr(copies)} copies (une transaction)",
            mediane(lambda: preparer_annee_suivante(etat["depot"], ANNEE - 1), 3, preparer_copie),
            None,
            None,
        )
    )
    etat.pop("depot").fermer()

    # Le registre du sceau : un plan neuf (catalogue seul) reçoit le CSV.
    source = dossier / f"sceau-{lignes_sceau}.csv"
    _ecrire_csv_sceau(source, lignes_sceau)
    neuve = dossier / "sceau.sqlite"
    brute = dossier / "sceau-brut.sqlite"

    def preparer_import():
        if "depot" in etat:
            etat["depot"].fermer()
        _supprimer_base(neuve)
        etat["depot"] = Depot.ouvrir(neuve)

    def importer():
        comptes = importer_sceau(etat["depot"], source)
        assert comptes["cree"] == lignes_sceau, comptes

    resultat.append(
        (
            f"Import du registre du sceau : {nombre_fr(lignes_sceau)} lignes "
            "(validation, une transaction)",
            mediane(importer, REPETITIONS, preparer_import),
            "csv.reader + INSERT brut des mêmes lignes dans une table",
            mediane(
                lambda: _import_brut(source, brute), REPETITIONS, lambda: _supprimer_base(brute)
            ),
        )
    )
    depot = etat.pop("depot")
    export = dossier / "sceau-export.csv"
    resultat.append(
        (
            f"Export du registre du sceau : {nombre_fr(lignes_sceau)} lignes (écriture atomique)",
            mediane(lambda: exporter_sceau(depot, export), REPETITIONS),
            "SELECT brut de la table + csv.writer",
            mediane(lambda: _export_brut(neuve, dossier / "sceau-export-brut.csv"), REPETITIONS),
        )
    )

    def reimporter():
        comptes = importer_sceau(depot, export)
        assert comptes["inchange"] == lignes_sceau, comptes

    resultat.append(
        (
            f"Réimport du même registre ({nombre_fr(lignes_sceau)} lignes inchangées, "
            "rien d'écrit)",
            mediane(reimporter, REPETITIONS),
            None,
            None,
        )
    )
    depot.fermer()
    return resultat


def main() -> None:
    nombre = int(sys.argv[1]) if len(sys.argv) > 1 else N
    for nom, secondes, plancher, secondes_plancher in mesures(nombre):
        ligne = f"{nom:<90} {secondes:8.3f} s"
        if plancher:
            ligne += f"   plancher ({plancher}) {secondes_plancher:8.3f} s"
        print(ligne)


if __name__ == "__main__":
    main()
