"""Mesures du suivi sur un gros plan : vérifier une année, préparer l'année suivante, CSV du sceau.

Lancer : /work/venv/bin/python tests/benchmarks/bench_suivi.py [nombre_de_campagnes]
Imprime des chiffres ; n'affirme rien (les limites de temps n'ont pas leur place dans la suite).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

RACINE = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(RACINE))

from campagnes.annee_suivante import apercu_annee_suivante, preparer_annee_suivante  # noqa: E402
from campagnes.depot import Depot  # noqa: E402
from campagnes.modele import Campagne, Materiel, PublicCible, Recurrence  # noqa: E402
from campagnes.sceau import TYPES_SCEAU, exporter_sceau, importer_sceau  # noqa: E402
from campagnes.verifications import verifier  # noqa: E402


def chrono(nom: str, fonction):
    debut = time.perf_counter()
    resultat = fonction()
    print(f"{nom:<55} {time.perf_counter() - debut:8.3f} s")
    return resultat


def main(n: int) -> None:
    hasard = random.Random(4)
    publics = [f"Public {i}" for i in range(25)]
    canaux = [f"Canal {i}" for i in range(12)]
    with tempfile.TemporaryDirectory() as dossier:
        depot = Depot.ouvrir(Path(dossier) / "gros.sqlite")
        campagnes = []
        for i in range(n):
            debut = date(2027, 1, 1) + timedelta(days=hasard.randrange(365))
            campagnes.append(
                Campagne(
                    slug=f"c{i}",
                    titre=f"Campagne {i}",
                    recurrence=Recurrence(debut, debut + timedelta(days=hasard.randrange(1, 30))),
                    publics=[PublicCible(p) for p in hasard.sample(publics, 2)],
                    canaux=hasard.sample(canaux, 2),
                    regions=[f"{hasard.randrange(1, 18):02d}"],
                    materiels=[Materiel("Affiche", delai_jours=30)],
                )
            )
        chrono(f"écrire {n} campagnes ponctuelles", lambda: depot.enregistrer_campagnes(campagnes))
        avis = chrono("verifier(2027)", lambda: verifier(depot, 2027))
        print(f"  -> {len(avis)} avertissements")
        apercu = chrono("apercu_annee_suivante(2027)", lambda: apercu_annee_suivante(depot, 2027))
        print(f"  -> {len(apercu.a_creer)} copies prévues")
        chrono("preparer_annee_suivante(2027)", lambda: preparer_annee_suivante(depot, 2027))
        chrono(
            "relancer preparer_annee_suivante(2027)", lambda: preparer_annee_suivante(depot, 2027)
        )

        csv = Path(dossier) / "sceau.csv"
        types = list(TYPES_SCEAU.values())
        with open(csv, "w", encoding="utf-8-sig") as f:
            f.write("nom;type;region;date_octroi;date_renouvellement\n")
            for i in range(n * 5):
                f.write(f"Organisation {i};{types[i % 5]};{i % 17 + 1:02d};2026-01-01;2028-01-01\n")
        comptes = chrono(f"importer_sceau ({n * 5} lignes)", lambda: importer_sceau(depot, csv))
        print(f"  -> {comptes}")
        chrono(f"exporter_sceau ({n * 5} lignes)", lambda: exporter_sceau(depot, csv))
        chrono(f"réimporter_sceau ({n * 5} lignes, inchangées)", lambda: importer_sceau(depot, csv))
        depot.fermer()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
