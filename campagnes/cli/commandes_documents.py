"""campagnes fiche SLUG --annee A -o F.pdf | plan --annee A -o F.pdf | rapport --debut A1 --fin A2 -o F.pdf"""

from __future__ import annotations

import sys

from ..erreurs import DonneesInvalides


def ajouter(sous) -> None:
    from . import annee, sous_parseur

    p = sous_parseur(sous, "fiche", "imprimer la fiche d'une campagne pour une année (PDF)")
    p.add_argument(
        "slug", metavar="CAMPAGNE", help="identifiant de la campagne, ex. journee-4-mars"
    )
    p.add_argument("--annee", type=annee, required=True, help="l'année de la fiche, ex. 2027")
    p.add_argument("-o", "--sortie", required=True, metavar="FICHIER", help="fichier PDF à écrire")
    p.set_defaults(fonction=fiche)

    p = sous_parseur(sous, "plan", "imprimer le plan annuel des campagnes (PDF, paysage)")
    p.add_argument("--annee", type=annee, required=True, help="l'année du plan, ex. 2027")
    p.add_argument("-o", "--sortie", required=True, metavar="FICHIER", help="fichier PDF à écrire")
    p.set_defaults(fonction=plan)

    p = sous_parseur(sous, "rapport", "imprimer le rapport biennal sur les recommandations (PDF)")
    p.add_argument("--debut", type=annee, required=True, help="première année, ex. 2027")
    p.add_argument("--fin", type=annee, required=True, help="dernière année, ex. 2028")
    p.add_argument("-o", "--sortie", required=True, metavar="FICHIER", help="fichier PDF à écrire")
    p.set_defaults(fonction=rapport)


def _annoncer(quoi: str, chemin: str, pages: int) -> int:
    print(f"{quoi} dans « {chemin} » ({pages} page(s)).", file=sys.stderr)
    return 0


def fiche(args) -> int:
    from ..documents import ecrire_fiche, lire_fiche
    from . import ouvrir_depot

    depot = ouvrir_depot(args)
    try:
        donnees = lire_fiche(depot, args.slug, args.annee)
    finally:
        depot.fermer()
    return _annoncer("Fiche écrite", args.sortie, ecrire_fiche(donnees, args.sortie))


def plan(args) -> int:
    from ..documents import ecrire_plan, lire_plan
    from . import ouvrir_depot

    depot = ouvrir_depot(args)
    try:
        donnees = lire_plan(depot, args.annee)
    finally:
        depot.fermer()
    return _annoncer("Plan annuel écrit", args.sortie, ecrire_plan(donnees, args.sortie))


def rapport(args) -> int:
    from ..documents import ecrire_rapport, lire_rapport
    from . import ouvrir_depot

    if args.fin < args.debut:
        raise DonneesInvalides(
            f"L'année de fin ({args.fin}) précède l'année de début ({args.debut}) : "
            f"essayez --debut {args.fin} --fin {args.debut}."
        )
    depot = ouvrir_depot(args)
    try:
        donnees = lire_rapport(depot, args.debut, args.fin)
    finally:
        depot.fermer()
    return _annoncer("Rapport biennal écrit", args.sortie, ecrire_rapport(donnees, args.sortie))
