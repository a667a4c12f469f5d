"""campagnes occurrences --annee A [--format json|csv|table]"""

from __future__ import annotations

import csv
import json
import sys

from ..calendrier import periode_fr


def ajouter(sous) -> None:
    from . import annee, sous_parseur

    p = sous_parseur(sous, "occurrences", "lister les occurrences datées d'une année")
    p.add_argument("--annee", type=annee, required=True, help="l'année à lister, ex. 2027")
    p.add_argument(
        "--format", choices=("json", "csv", "table"), default="table", help="format de sortie"
    )
    p.set_defaults(fonction=occurrences)


def occurrences(args) -> int:
    from ..plan import occurrence_en_dict
    from ..plan import occurrences as occurrences_plan
    from . import ouvrir_depot

    depot = ouvrir_depot(args)
    try:
        liste = occurrences_plan(depot, args.annee)
    finally:
        depot.fermer()
    sortie = sys.stdout
    if args.format == "json":
        json.dump([occurrence_en_dict(o) for o in liste], sortie, ensure_ascii=False, indent=2)
        sortie.write("\n")
    elif args.format == "csv":
        ecrivain = csv.writer(sortie, delimiter=";", lineterminator="\n")
        ecrivain.writerow(["slug", "titre", "debut", "fin", "recommandations", "publics", "source"])
        for o in liste:
            ecrivain.writerow(
                [
                    o.slug,
                    o.titre,
                    o.debut.isoformat(),
                    o.fin.isoformat(),
                    " | ".join(map(str, o.recommandations)),
                    " | ".join(o.publics),
                    o.source or "",
                ]
            )
    else:
        for o in liste:
            recos = ", ".join(map(str, o.recommandations))
            sortie.write(f"{periode_fr(o.debut, o.fin):<38} {o.titre}  [rec. {recos}]\n")
        sortie.write(f"{len(liste)} occurrence(s) en {args.annee}.\n")
    return 0
