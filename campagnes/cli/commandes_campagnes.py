"""campagnes exporter-campagnes -o F.csv | campagnes importer-campagnes F.csv"""

from __future__ import annotations

import sys


def ajouter(sous) -> None:
    from . import sous_parseur

    p = sous_parseur(sous, "exporter-campagnes", "exporter toutes les campagnes en CSV (tableur)")
    p.add_argument("-o", "--sortie", required=True, metavar="FICHIER", help="fichier CSV à écrire")
    p.set_defaults(fonction=exporter)
    p = sous_parseur(
        sous, "importer-campagnes", "importer des campagnes depuis un CSV (tout ou rien)"
    )
    p.add_argument("fichier", metavar="FICHIER", help="fichier CSV à lire")
    p.set_defaults(fonction=importer)


def exporter(args) -> int:
    from ..echange_csv import exporter_campagnes
    from . import ouvrir_depot

    depot = ouvrir_depot(args)
    try:
        n = exporter_campagnes(depot, args.sortie)
    finally:
        depot.fermer()
    print(f"{n} campagne(s) exportée(s) dans « {args.sortie} ».", file=sys.stderr)
    return 0


def _progression():
    """Dans un terminal, l'avancement d'un long import ; dans un script, rien."""
    if not sys.stderr.isatty():
        return None

    def afficher(fait: int, total: int) -> None:
        fin = "\n" if fait == total else ""
        print(
            f"\rImport : {fait}/{total} campagne(s) écrite(s)…",
            end=fin,
            file=sys.stderr,
            flush=True,
        )

    return afficher


def importer(args) -> int:
    from ..echange_csv import importer_campagnes
    from . import ouvrir_depot

    depot = ouvrir_depot(args)
    try:
        comptes = importer_campagnes(depot, args.fichier, progression=_progression())
    finally:
        depot.fermer()
    print(
        f"Import terminé : {comptes['creee']} campagne(s) créée(s), {comptes['modifiee']} "
        f"modifiée(s), {comptes['inchangee']} inchangée(s).",
        file=sys.stderr,
    )
    return 0
