"""campagnes exporter-ical | importer-ical | sources : les calendriers des partenaires."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta


def ajouter(sous) -> None:
    from . import annee, sous_parseur

    p = sous_parseur(
        sous, "exporter-ical", "exporter le plan (ou une sélection) en calendrier iCalendar (.ics)"
    )
    p.add_argument("--annee", type=annee, required=True, help="première année exportée, ex. 2027")
    p.add_argument(
        "--jusqua",
        type=annee,
        metavar="ANNEE",
        help="dernière année exportée (sinon --annee seule)",
    )
    p.add_argument(
        "--campagne",
        action="append",
        default=[],
        metavar="SLUG",
        help="campagne à inclure (répétable)",
    )
    p.add_argument(
        "--public", action="append", default=[], metavar="NOM", help="public visé (répétable)"
    )
    p.add_argument(
        "--region",
        action="append",
        default=[],
        metavar="CODE|NOM",
        help="région, ex. 06 ou Montréal (répétable)",
    )
    p.add_argument(
        "--partenaire", action="append", default=[], metavar="NOM", help="partenaire (répétable)"
    )
    p.add_argument(
        "--recommandation",
        action="append",
        default=[],
        type=int,
        metavar="N",
        help="numéro de recommandation (répétable)",
    )
    p.add_argument(
        "--sans-rrule",
        action="store_true",
        help="une occurrence par événement, sans règle de récurrence",
    )
    p.add_argument(
        "--avec-materiel", action="store_true", help="ajouter les échéances de matériel (journées)"
    )
    p.add_argument("--nom", help="nom du calendrier chez le partenaire")
    p.add_argument(
        "--rafraichissement",
        type=int,
        metavar="HEURES",
        help="intervalle de mise à jour suggéré aux abonnés",
    )
    p.add_argument("-o", "--sortie", required=True, metavar="FICHIER", help="fichier .ics à écrire")
    p.set_defaults(fonction=exporter)

    p = sous_parseur(
        sous, "importer-ical", "importer le calendrier d'un partenaire (.ics) comme une source"
    )
    p.add_argument("fichier", metavar="FICHIER", help="fichier .ics du partenaire")
    p.add_argument(
        "--source", required=True, metavar="NOM", help="nom du partenaire ; réimporter le remplace"
    )
    p.set_defaults(fonction=importer)

    p = sous_parseur(
        sous, "sources", "lister les calendriers de partenaires importés, ou en retirer un"
    )
    p.add_argument("--supprimer", metavar="NOM", help="retirer cette source et ses événements")
    p.set_defaults(fonction=lister_sources)


def _filtre(depot, args):
    """La sélection demandée ; un nom inconnu est signalé plutôt que de donner un fichier vide."""
    from ..erreurs import DonneesInvalides, Introuvable
    from ..plan import Filtre

    slugs = set(depot.slugs())
    for slug in args.campagne:
        if slug not in slugs:
            raise Introuvable(f"Aucune campagne ne porte l'identifiant « {slug} ».")
    for valeurs, table, libelle in (
        (args.public, "publics", "public"),
        (args.partenaire, "partenaires", "partenaire"),
    ):
        connus = set(depot.noms(table))
        for nom in valeurs:
            if nom not in connus:
                raise DonneesInvalides(f"Le {libelle} « {nom} » n'existe pas dans la base.")
    regions = set()
    par_nom = {r.nom.casefold(): r.code for r in depot.regions()}
    codes = {r.code for r in depot.regions()}
    for region in args.region:
        code = region if region in codes else par_nom.get(region.casefold())
        if code is None:
            raise DonneesInvalides(f"La région « {region} » n'existe pas (code 01 à 17 ou nom).")
        regions.add(code)
    connues = depot.numeros_recommandations()
    for numero in args.recommandation:
        if numero not in connues:
            raise Introuvable(f"La recommandation n° {numero} n'existe pas (1 à 58).")
    return Filtre(
        slugs=set(args.campagne),
        publics=set(args.public),
        regions=regions,
        partenaires=set(args.partenaire),
        recommandations=set(args.recommandation),
    )


def exporter(args) -> int:
    from ..erreurs import DonneesInvalides
    from ..ical.export import NOM_PAR_DEFAUT, OptionsExport, exporter_ical
    from . import ouvrir_depot

    if args.rafraichissement is not None and not 1 <= args.rafraichissement <= 24 * 30:
        raise DonneesInvalides("L'intervalle de mise à jour va de 1 à 720 heures.")
    depot = ouvrir_depot(args)
    try:
        options = OptionsExport(
            annee=args.annee,
            jusqua=args.jusqua,
            filtre=_filtre(depot, args),
            nom=args.nom if args.nom is not None else NOM_PAR_DEFAUT,
            sans_rrule=args.sans_rrule,
            avec_materiel=args.avec_materiel,
            rafraichissement=timedelta(hours=args.rafraichissement)
            if args.rafraichissement
            else None,
        )
        resultat = exporter_ical(depot, args.sortie, options)
    finally:
        depot.fermer()
    print(
        f"{resultat.evenements} événement(s) de {resultat.campagnes} campagne(s) exporté(s) "
        f"dans « {args.sortie} ».",
        file=sys.stderr,
    )
    return 0


def importer(args) -> int:
    from ..ical.import_ical import importer_ical
    from . import ouvrir_depot

    depot = ouvrir_depot(args)
    try:
        bilan = importer_ical(depot, args.fichier, args.source)
    finally:
        depot.fermer()
    for avertissement in bilan.avertissements:
        print(f"campagnes : attention : {avertissement}", file=sys.stderr)
    print(
        f"Calendrier de « {bilan.source} » importé : {bilan.ajoutes} événement(s) ajouté(s), "
        f"{bilan.modifies} mis à jour, {bilan.supprimes} retiré(s), {bilan.inchanges} inchangé(s) "
        f"({bilan.occurrences} occurrence(s)).",
        file=sys.stderr,
    )
    return 0


def lister_sources(args: argparse.Namespace) -> int:
    from ..sources import sources, supprimer_source
    from . import ouvrir_depot

    depot = ouvrir_depot(args)
    try:
        if args.supprimer:
            n = supprimer_source(depot, args.supprimer)
            print(f"Source « {args.supprimer} » retirée ({n} occurrence(s)).", file=sys.stderr)
            return 0
        liste = sources(depot)
    finally:
        depot.fermer()
    for s in liste:
        print(f"{s.nom}\t{s.evenements} événement(s)\timporté le {s.importe_le[:10]}\t{s.fichier}")
    if not liste:
        print("Aucun calendrier de partenaire importé.", file=sys.stderr)
    return 0
