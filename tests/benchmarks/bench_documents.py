"""Mesure la production des documents PDF : la fiche, puis le plan et le rapport de 1 000 campagnes.

Lancer depuis la racine : `/work/venv/bin/python tests/benchmarks/bench_documents.py [--repetitions N]`.
Imprime la médiane et le minimum de chaque mesure (lecture de la base comprise), le nombre de
pages et la taille du fichier.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

RACINE = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(RACINE), str(RACINE / "tests")]

from aides_documents import campagne_complete, campagnes_en_masse  # noqa: E402

from campagnes.affichage import Affiche, Etablissement, enregistrer_etablissement  # noqa: E402
from campagnes.depot import Depot  # noqa: E402
from campagnes.documents import produire_fiche, produire_plan, produire_rapport  # noqa: E402
from campagnes.indicateurs import Indicateur, enregistrer_indicateurs  # noqa: E402
from campagnes.sceau import TitulaireSceau, enregistrer_titulaire  # noqa: E402


def mesurer(nom: str, fonction, repetitions: int, chemin: Path) -> None:
    durees, pages = [], 0
    for _ in range(repetitions):
        debut = time.perf_counter()
        pages = fonction(chemin)
        durees.append(time.perf_counter() - debut)
    taille = chemin.stat().st_size / 1024
    print(
        f"{nom:<44} médiane {statistics.median(durees):6.2f} s   min {min(durees):6.2f} s   "
        f"max {max(durees):6.2f} s   "
        f"{pages:4d} pages   {taille:7.0f} Kio"
    )


def ajouter_suivi(depot: Depot) -> None:
    """Deux mesures d'indicateur par campagne, 1 000 titulaires du sceau, 1 000 établissements."""
    for c in depot.campagnes():
        enregistrer_indicateurs(
            depot,
            c.slug,
            [
                Indicateur(
                    "Appels reçus",
                    "appels",
                    100,
                    150,
                    120 + len(c.slug),
                    "Info-aide",
                    date(2027, 4, 1),
                ),
                Indicateur(
                    "Appels reçus",
                    "appels",
                    100,
                    150,
                    140 + len(c.slug),
                    "Info-aide",
                    date(2028, 4, 1),
                ),
            ],
        )
    regions = [r.code for r in depot.regions()]
    for i in range(1000):
        region = regions[i % len(regions)]
        enregistrer_titulaire(
            depot,
            TitulaireSceau(
                f"Organisation {i}",
                "hotellerie",
                region,
                date(2026, 1, 1),
                date(2027 + i % 3, 6, 1),
                date(2026, 1, 1),
                i % 2 == 0,
            ),
        )
        enregistrer_etablissement(
            depot,
            Etablissement(
                f"Établissement {i}", "hotel", region, {"achat": Affiche(i % 3 > 0, ["fr"])}
            ),
        )


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__)
    parseur.add_argument("--repetitions", type=int, default=3)
    n = parseur.parse_args().repetitions
    dossier = Path(tempfile.mkdtemp(prefix="bench-documents-"))

    depot = Depot.ouvrir(None)
    depot.enregistrer_campagne(campagne_complete())
    # Premier appel à part : inscription des polices et imports (coût payé une fois par session).
    debut = time.perf_counter()
    produire_fiche(depot, "journee-4-mars", 2027, dossier / "premiere.pdf")
    print(f"{'première fiche (polices, imports)':<44} {time.perf_counter() - debut:6.2f} s")
    mesurer(
        "fiche multilingue (arabe, chinois)",
        lambda c: produire_fiche(depot, "information-multilingue-victimes", 2027, c),
        n,
        dossier / "fiche-multilingue.pdf",
    )
    mesurer(
        "fiche complète (syllabique, jalons)",
        lambda c: produire_fiche(depot, "essai-complet", 2027, c),
        n,
        dossier / "fiche-complete.pdf",
    )

    debut = time.perf_counter()
    depot.enregistrer_campagnes(campagnes_en_masse(1000))
    print(f"{'enregistrer 1 000 campagnes (préparation)':<44} {time.perf_counter() - debut:6.2f} s")
    mesurer(
        "plan 2027, 1 013 campagnes",
        lambda c: produire_plan(depot, 2027, c),
        n,
        dossier / "plan.pdf",
    )
    mesurer(
        "rapport 2027–2028, 1 013 campagnes",
        lambda c: produire_rapport(depot, 2027, 2028, c),
        n,
        dossier / "rapport.pdf",
    )

    debut = time.perf_counter()
    ajouter_suivi(depot)
    print(f"{'indicateurs et registres (préparation)':<44} {time.perf_counter() - debut:6.2f} s")
    mesurer(
        "rapport, + 2 000 indicateurs, 1 000 + 1 000 inscrits",
        lambda c: produire_rapport(depot, 2027, 2028, c),
        n,
        dossier / "rapport-suivi.pdf",
    )
    depot.fermer()
    print(f"Fichiers dans {dossier}")


if __name__ == "__main__":
    main()
