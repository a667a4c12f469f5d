"""Mesure la production des PDF : la fiche, puis le plan et le rapport de 1 000 campagnes.

Lancer : `python -m tests.benchmarks --seulement documents`, ou depuis la racine
`/work/venv/bin/python tests/benchmarks/bench_documents.py [--repetitions N]` (imprime).
Chaque figure est une médiane, lecture de la base comprise, et dit le nombre de pages et la
taille du fichier. Les 1 000 campagnes sont synthétiques (`tests/aides_documents.py`), dites
comme telles ; le rapport avec indicateurs et registres a pour plancher le même rapport sans.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

RACINE = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(RACINE), str(RACINE / "tests"), str(Path(__file__).resolve().parent)]

from aides_documents import campagne_complete, campagnes_en_masse  # noqa: E402
from outils_bench import dossier_de_travail, mediane  # noqa: E402

from campagnes.affichage import Affiche, Etablissement, enregistrer_etablissement  # noqa: E402
from campagnes.depot import Depot  # noqa: E402
from campagnes.documents import produire_fiche, produire_plan, produire_rapport  # noqa: E402
from campagnes.indicateurs import Indicateur, enregistrer_indicateurs  # noqa: E402
from campagnes.sceau import TitulaireSceau, enregistrer_titulaire  # noqa: E402

REPETITIONS = 3


def nombre_fr(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def mesurer(fonction, repetitions: int, chemin: Path) -> tuple[float, str]:
    """Médiane de `repetitions` productions du PDF, et « N pages, K Kio » du dernier."""
    pages = []
    secondes = mediane(lambda: pages.append(fonction(chemin)), repetitions)
    taille = chemin.stat().st_size / 1024
    mot = "page" if pages[-1] == 1 else "pages"
    return secondes, f"{nombre_fr(pages[-1])} {mot}, {nombre_fr(round(taille))} Kio"


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


def mesures(repetitions: int = REPETITIONS) -> list:
    dossier = Path(tempfile.mkdtemp(prefix="bench-documents-", dir=dossier_de_travail()))
    depot = Depot.ouvrir(None)
    depot.enregistrer_campagne(campagne_complete())
    resultat = []
    # Premier appel à part : inscription des polices et imports (coût payé une fois par session).
    debut = time.perf_counter()
    produire_fiche(depot, "journee-4-mars", 2027, dossier / "premiere.pdf")
    resultat.append(
        (
            "Fiche PDF, premier appel de la session (polices, imports ; un seul essai)",
            time.perf_counter() - debut,
            None,
            None,
        )
    )
    for nom, slug in (
        ("Fiche PDF multilingue (arabe, chinois)", "information-multilingue-victimes"),
        ("Fiche PDF complète (syllabique, jalons)", "essai-complet"),
    ):
        secondes, taille = mesurer(
            lambda c, slug=slug: produire_fiche(depot, slug, 2027, c),
            repetitions,
            dossier / f"fiche-{slug}.pdf",
        )
        resultat.append((f"{nom} : {taille}", secondes, None, None))

    depot.enregistrer_campagnes(campagnes_en_masse(1000))
    total = nombre_fr(depot.nombre_campagnes())
    secondes, taille = mesurer(
        lambda c: produire_plan(depot, 2027, c), repetitions, dossier / "plan.pdf"
    )
    resultat.append((f"Plan annuel 2027 de {total} campagnes : {taille}", secondes, None, None))
    rapport, taille = mesurer(
        lambda c: produire_rapport(depot, 2027, 2028, c), repetitions, dossier / "rapport.pdf"
    )
    resultat.append(
        (f"Rapport biennal 2027–2028 de {total} campagnes : {taille}", rapport, None, None)
    )

    ajouter_suivi(depot)
    secondes, taille = mesurer(
        lambda c: produire_rapport(depot, 2027, 2028, c),
        repetitions,
        dossier / "rapport-suivi.pdf",
    )
    resultat.append(
        (
            f"Rapport biennal, + {nombre_fr(2 * depot.nombre_campagnes())} mesures "
            "d'indicateurs, 1 000 titulaires du sceau et "
            f"1 000 établissements : {taille}",
            secondes,
            "Le même rapport sans indicateurs ni registres",
            rapport,
        )
    )
    depot.fermer()
    return resultat


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__)
    parseur.add_argument("--repetitions", type=int, default=REPETITIONS)
    for nom, secondes, plancher, secondes_plancher in mesures(parseur.parse_args().repetitions):
        ligne = f"{nom:<100} médiane {secondes:6.2f} s"
        if plancher:
            ligne += f"   ({plancher} : {secondes_plancher:.2f} s)"
        print(ligne)
    print(f"PDF écrits sous {dossier_de_travail()}")


if __name__ == "__main__":
    main()
