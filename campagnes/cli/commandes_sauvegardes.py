"""campagnes sauvegardes | campagnes sauvegarder | campagnes restaurer FICHIER"""

from __future__ import annotations

import sys


def ajouter(sous) -> None:
    from . import sous_parseur

    p = sous_parseur(sous, "sauvegardes", "lister les sauvegardes de la base (date, campagnes)")
    p.set_defaults(fonction=lister)
    p = sous_parseur(sous, "sauvegarder", "faire maintenant une sauvegarde de la base")
    p.set_defaults(fonction=sauvegarder)
    p = sous_parseur(
        sous,
        "restaurer",
        "remplacer la base par une sauvegarde (l'état actuel est sauvegardé d'abord)",
    )
    p.add_argument(
        "fichier",
        metavar="FICHIER",
        help="la sauvegarde à restaurer (chemin, ou nom dans le dossier des sauvegardes)",
    )
    p.set_defaults(fonction=restaurer)


def _date(moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def lister(args) -> int:
    from ..sauvegardes import dossier_sauvegardes, lister_sauvegardes
    from . import choisir_base

    base = choisir_base(args.base)
    liste = lister_sauvegardes(base)
    if not liste:
        print(f"Aucune sauvegarde de « {base} » (dossier « {dossier_sauvegardes(base)} »).")
        return 0
    for s in liste:
        contenu = f"{s.nombre_campagnes} campagne(s)" if s.lisible else f"ILLISIBLE : {s.erreur}"
        print(f"{_date(s.date)}  {s.motif:<18}  {contenu:<18}  {s.chemin}")
    print(f"{len(liste)} sauvegarde(s) ; pour en restaurer une : campagnes restaurer FICHIER")
    return 0


def sauvegarder(args) -> int:
    from ..sauvegardes import sauvegarder as faire
    from . import ouvrir_depot

    depot = ouvrir_depot(args, sauvegarde_auto=False)
    try:
        chemin = faire(depot, "manuelle")
        nombre = depot.nombre_campagnes()
    finally:
        depot.fermer()
    print(f"Sauvegarde créée : « {chemin} » ({nombre} campagne(s)).")
    return 0


def restaurer(args) -> int:
    from ..sauvegardes import restaurer as faire
    from . import choisir_base

    base = choisir_base(args.base)
    resultat = faire(base, args.fichier)
    print(
        f"Base « {base} » restaurée depuis « {resultat.sauvegarde.name} » : "
        f"{resultat.nombre_campagnes} campagne(s), vérifiée (integrity_check)."
    )
    if resultat.etat_precedent:
        print(f"L'état précédent est gardé dans « {resultat.etat_precedent} ».")
    if resultat.base_endommagee_deplacee:
        print(
            f"La base endommagée a été mise de côté dans « {resultat.base_endommagee_deplacee} »."
        )
    sys.stdout.flush()
    return 0
