"""Suivi du plan : vérifier, écarter, année suivante, gabarits, indicateurs, registres.

campagnes verifier --annee A [--tous] [--seuil N]   |  campagnes ecarter ID --raison "..."
campagnes annee-suivante --de A [--appliquer]
campagnes gabarit enregistrer SLUG --nom N | lister | creer NOM --titre T --debut D [--fin F]
campagnes indicateurs lister SLUG | ajouter SLUG --nom ... | synthese --debut D --fin F
campagnes sceau lister [--region 06] | exporter -o F | importer F | pdf -o F.pdf [--region 06]
campagnes affichage lister [--region 06] | comptes | exporter -o F | importer F
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

# Inscrit les renouvellements du sceau parmi les sources du calendrier, pour la ligne de
# commande comme pour la fenêtre (main.py construit toujours ce parseur).
from .. import sceau as _sceau  # noqa: F401


def _date(texte: str) -> date:
    try:
        return date.fromisoformat(texte)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"« {texte} » n'est pas une date (AAAA-MM-JJ attendu)"
        ) from None


def _nombre(texte: str) -> float:
    try:
        return float(texte.replace(",", ".").replace(" ", "").replace("\u00a0", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {texte} » n'est pas un nombre") from None


def _region(texte: str) -> str:
    if texte.isdigit() and 1 <= int(texte) <= 17:
        return texte.zfill(2)
    raise argparse.ArgumentTypeError(f"région « {texte} » inconnue (codes 01 à 17)")


def _groupe(sous, nom: str, aide: str):
    """Une commande à sous-commandes (ex. « gabarit lister »)."""
    from . import _Parseur, sous_parseur

    p = sous_parseur(sous, nom, aide)
    p._optionals.title = "options"
    enfants = p.add_subparsers(
        dest=f"action_{nom}", metavar="ACTION", title="actions", parser_class=_Parseur
    )
    enfants.required = True
    return enfants


def _action(enfants, nom: str, aide: str, fonction):
    from . import sous_parseur

    p = sous_parseur(enfants, nom, aide)
    p._optionals.title = "options"
    p._positionals.title = "arguments positionnels"
    p.set_defaults(fonction=fonction)
    return p


def ajouter(sous) -> None:
    from . import annee, sous_parseur

    p = sous_parseur(sous, "verifier", "lister les conflits et saturations d'une année")
    p.add_argument(
        "--annee", type=annee, required=True, metavar="ANNEE", help="l'année à vérifier, ex. 2027"
    )
    p.add_argument("--tous", action="store_true", help="montrer aussi les avertissements écartés")
    p.add_argument(
        "--seuil",
        type=int,
        default=None,
        metavar="N",
        help="campagnes permises la même semaine dans une région (3 par défaut)",
    )
    p.set_defaults(fonction=verifier)

    p = sous_parseur(sous, "ecarter", "écarter un avertissement, avec sa raison")
    p.add_argument("ident", metavar="ID", help="l'identifiant donné par « campagnes verifier »")
    p.add_argument("--raison", required=True, help="pourquoi cet avertissement ne s'applique pas")
    p.set_defaults(fonction=ecarter)

    p = sous_parseur(
        sous, "annee-suivante", "copier les campagnes ponctuelles vers l'année suivante"
    )
    p.add_argument(
        "--de", type=annee, required=True, metavar="ANNEE", help="l'année à copier, ex. 2027"
    )
    p.add_argument(
        "--appliquer", action="store_true", help="créer les copies (sans cette option : aperçu)"
    )
    p.set_defaults(fonction=annee_suivante)

    g = _groupe(sous, "gabarit", "gabarits de campagne réutilisables")
    a = _action(g, "enregistrer", "enregistrer une campagne comme gabarit", gabarit_enregistrer)
    a.add_argument("slug", metavar="SLUG", help="identifiant de la campagne")
    a.add_argument("--nom", required=True, help="nom du gabarit")
    a.add_argument("--remplacer", action="store_true", help="remplacer un gabarit du même nom")
    _action(g, "lister", "lister les gabarits", gabarit_lister)
    a = _action(g, "creer", "créer une campagne à partir d'un gabarit", gabarit_creer)
    a.add_argument("nom", metavar="NOM", help="nom du gabarit")
    a.add_argument("--titre", required=True, help="titre de la nouvelle campagne")
    a.add_argument(
        "--debut", type=_date, metavar="AAAA-MM-JJ", required=True, help="date de lancement"
    )
    a.add_argument(
        "--fin", type=_date, metavar="AAAA-MM-JJ", help="fin incluse (sinon la durée du gabarit)"
    )
    a.add_argument("--slug", help="identifiant voulu (sinon tiré du titre)")

    g = _groupe(sous, "indicateurs", "indicateurs d'évaluation des campagnes")
    a = _action(g, "lister", "lister les indicateurs d'une campagne", indicateurs_lister)
    a.add_argument("slug", metavar="SLUG", help="identifiant de la campagne")
    a = _action(g, "ajouter", "ajouter un indicateur ou une mesure", indicateurs_ajouter)
    a.add_argument("slug", metavar="SLUG", help="identifiant de la campagne")
    a.add_argument("--nom", required=True, help="ce qu'on mesure")
    a.add_argument("--unite", default="", help="unité (appels, visites…)")
    a.add_argument("--reference", type=_nombre, help="valeur de départ")
    a.add_argument("--cible", type=_nombre, help="valeur visée")
    a.add_argument("--resultat", type=_nombre, help="valeur mesurée")
    a.add_argument("--source", default="", help="d'où vient la mesure")
    a.add_argument(
        "--date-mesure", type=_date, metavar="AAAA-MM-JJ", dest="date_mesure", help="date"
    )
    a = _action(g, "synthese", "résumer les indicateurs d'une période", indicateurs_synthese)
    a.add_argument(
        "--debut", type=_date, metavar="AAAA-MM-JJ", required=True, help="début de la période"
    )
    a.add_argument(
        "--fin", type=_date, metavar="AAAA-MM-JJ", required=True, help="fin de la période, incluse"
    )

    g = _groupe(sous, "sceau", "registre du sceau « Non à l'exploitation sexuelle des mineurs »")
    a = _action(g, "lister", "lister les titulaires par région", sceau_lister)
    a.add_argument("--region", type=_region, metavar="CODE", help="code de région, ex. 06")
    a = _action(g, "exporter", "exporter le registre en CSV", sceau_exporter)
    a.add_argument("-o", "--sortie", required=True, metavar="FICHIER", help="fichier CSV à écrire")
    a = _action(g, "importer", "importer le registre depuis un CSV (tout ou rien)", sceau_importer)
    a.add_argument("fichier", metavar="FICHIER", help="fichier CSV à lire")
    a = _action(g, "pdf", "imprimer la liste des titulaires par région (PDF)", sceau_pdf)
    a.add_argument("-o", "--sortie", required=True, metavar="FICHIER", help="fichier PDF à écrire")
    a.add_argument("--region", type=_region, metavar="CODE", help="une seule région, ex. 06")

    g = _groupe(sous, "affichage", "registre de l'affichage obligatoire (recommandations 25 et 26)")
    a = _action(g, "lister", "lister les établissements par région", affichage_lister)
    a.add_argument("--region", type=_region, metavar="CODE", help="code de région, ex. 06")
    _action(g, "comptes", "compter les établissements par région et par type", affichage_comptes)
    a = _action(g, "exporter", "exporter le registre en CSV", affichage_exporter)
    a.add_argument("-o", "--sortie", required=True, metavar="FICHIER", help="fichier CSV à écrire")
    a = _action(
        g, "importer", "importer le registre depuis un CSV (tout ou rien)", affichage_importer
    )
    a.add_argument("fichier", metavar="FICHIER", help="fichier CSV à lire")


def _avec_depot(args, travail):
    from . import ouvrir_depot

    depot = ouvrir_depot(args)
    try:
        return travail(depot)
    finally:
        depot.fermer()


# --- vérifications ---------------------------------------------------------------------


def verifier(args) -> int:
    from ..verifications import SEUIL_SATURATION
    from ..verifications import verifier as verifier_annee

    seuil = SEUIL_SATURATION if args.seuil is None else args.seuil
    liste = _avec_depot(
        args, lambda d: verifier_annee(d, args.annee, tous=args.tous, seuil_saturation=seuil)
    )
    sortie = sys.stdout
    for a in liste:
        sortie.write(f"{a.ident}\n  {a.message}\n")
        if a.ecarte:
            sortie.write(f"  Écarté le {a.ecarte_le[:10]} : {a.raison}\n")
    actifs = sum(not a.ecarte for a in liste)
    ecartes = len(liste) - actifs
    resume = f"{actifs} avertissement(s) en {args.annee}"
    if args.tous:
        resume += f", {ecartes} écarté(s)"
    sortie.write(resume + ".\n")
    return 0


def ecarter(args) -> int:
    from ..verifications import ecarter as ecarter_avis

    a = _avec_depot(args, lambda d: ecarter_avis(d, args.ident, args.raison))
    print(f"Avertissement écarté : {a.message}", file=sys.stderr)
    return 0


# --- année suivante --------------------------------------------------------------------


def annee_suivante(args) -> int:
    from ..annee_suivante import apercu_annee_suivante, preparer_annee_suivante
    from ..calendrier import periode_fr

    fonction = preparer_annee_suivante if args.appliquer else apercu_annee_suivante
    apercu = _avec_depot(args, lambda d: fonction(d, args.de))
    sortie = sys.stdout
    for c in apercu.a_creer:
        sortie.write(f"{c.slug} : {c.titre}, {periode_fr(c.debut, c.fin)} ({c.explication})")
        if c.materiels or c.jalons:
            sortie.write(f", {c.materiels} matériel(s), {c.jalons} jalon(s)")
        if c.note:
            sortie.write(f" — attention : {c.note}")
        sortie.write("\n")
    for origine, copie in apercu.deja_copiees:
        sortie.write(f"{origine} : déjà copiée ({copie}), rien à faire\n")
    n = len(apercu.a_creer)
    if args.appliquer:
        sortie.write(f"{n} campagne(s) créée(s) pour {args.de + 1}.\n")
    else:
        sortie.write(
            f"{n} campagne(s) seraient créées pour {args.de + 1} ; rien n'a été modifié "
            "(ajoutez --appliquer pour les créer).\n"
        )
    return 0


# --- gabarits --------------------------------------------------------------------------


def gabarit_enregistrer(args) -> int:
    from ..gabarits import enregistrer_gabarit

    g = _avec_depot(
        args, lambda d: enregistrer_gabarit(d, args.slug, args.nom, remplacer=args.remplacer)
    )
    print(f"Gabarit « {g.nom} » enregistré à partir de « {g.origine} ».", file=sys.stderr)
    return 0


def gabarit_lister(args) -> int:
    from ..gabarits import gabarits

    liste = _avec_depot(args, gabarits)
    for g in liste:
        print(
            f"{g.nom} (de « {g.origine} ») : {g.duree_jours} jour(s), {len(g.publics)} public(s), "
            f"{len(g.canaux)} canal(aux), {len(g.materiels)} matériel(s), {len(g.jalons)} jalon(s)"
        )
    print(f"{len(liste)} gabarit(s).")
    return 0


def gabarit_creer(args) -> int:
    from ..calendrier import periode_fr
    from ..gabarits import creer_depuis_gabarit

    c = _avec_depot(
        args,
        lambda d: creer_depuis_gabarit(d, args.nom, args.titre, args.debut, args.fin, args.slug),
    )
    print(
        f"Campagne « {c.titre} » ({c.slug}) créée, "
        f"{periode_fr(c.recurrence.debut, c.recurrence.fin)}."
    )
    return 0


# --- indicateurs -----------------------------------------------------------------------


def _valeur(v: float | None) -> str:
    from ..indicateurs import nombre_fr

    return "—" if v is None else nombre_fr(v)


def indicateurs_lister(args) -> int:
    from ..indicateurs import indicateurs

    liste = _avec_depot(args, lambda d: indicateurs(d, args.slug))
    for i in liste:
        etat = {True: "cible atteinte", False: "cible non atteinte", None: ""}[i.cible_atteinte]
        quand = f", mesuré le {i.date_mesure.isoformat()}" if i.date_mesure else ""
        print(
            f"{i.nom} [{i.unite}] : référence {_valeur(i.reference)}, cible {_valeur(i.cible)}, "
            f"résultat {_valeur(i.resultat)}{quand}"
            + (f" ({etat})" if etat else "")
            + (f" — source : {i.source}" if i.source else "")
        )
    print(f"{len(liste)} indicateur(s).")
    return 0


def indicateurs_ajouter(args) -> int:
    from ..indicateurs import Indicateur, ajouter_indicateur

    nouveau = Indicateur(
        nom=args.nom,
        unite=args.unite,
        reference=args.reference,
        cible=args.cible,
        resultat=args.resultat,
        source=args.source,
        date_mesure=args.date_mesure,
    )
    liste = _avec_depot(args, lambda d: ajouter_indicateur(d, args.slug, nouveau))
    print(f"Indicateur ajouté ; « {args.slug} » en compte {len(liste)}.", file=sys.stderr)
    return 0


def indicateurs_synthese(args) -> int:
    from ..indicateurs import synthese_indicateurs

    liste = _avec_depot(args, lambda d: synthese_indicateurs(d, args.debut, args.fin))
    for s in liste:
        print(f"{s.titre_campagne} — {s.phrase}")
    print(f"{len(liste)} indicateur(s) mesuré(s) sur la période.")
    return 0


# --- registres -------------------------------------------------------------------------


def sceau_lister(args) -> int:
    from ..sceau import titulaires_sceau

    def travail(d):
        return {r.code: r.nom for r in d.regions()}, titulaires_sceau(d, args.region)

    regions, liste = _avec_depot(args, travail)
    region_courante = None
    for t in liste:
        if t.region != region_courante:
            region_courante = t.region
            print(f"{t.region} {regions[t.region]}")
        renouv = t.date_renouvellement.isoformat() if t.date_renouvellement else "—"
        formation = t.date_formation.isoformat() if t.date_formation else "—"
        print(
            f"  {t.nom} ({t.libelle_type}) : octroi {t.date_octroi.isoformat()}, "
            f"renouvellement {renouv}, formation {formation}, "
            f"affiches {'en place' if t.affiches_en_place else 'absentes'}"
        )
    print(f"{len(liste)} titulaire(s) du sceau.")
    return 0


def _compte_import(comptes: dict[str, int], quoi: str) -> str:
    return (
        f"Import terminé : {comptes['cree']} {quoi} créé(s), {comptes['modifie']} modifié(s), "
        f"{comptes['inchange']} inchangé(s)."
    )


def sceau_exporter(args) -> int:
    from ..sceau import exporter_sceau

    n = _avec_depot(args, lambda d: exporter_sceau(d, args.sortie))
    print(f"{n} titulaire(s) exporté(s) dans « {args.sortie} ».", file=sys.stderr)
    return 0


def sceau_importer(args) -> int:
    from ..sceau import importer_sceau

    comptes = _avec_depot(args, lambda d: importer_sceau(d, args.fichier))
    print(_compte_import(comptes, "titulaire(s)"), file=sys.stderr)
    return 0


def sceau_pdf(args) -> int:
    from ..documents.registre_sceau import ecrire_liste_sceau, lire_liste_sceau

    donnees = _avec_depot(args, lambda d: lire_liste_sceau(d, args.region))
    pages = ecrire_liste_sceau(donnees, args.sortie)
    print(f"Liste du sceau écrite dans « {args.sortie} » ({pages} page(s)).", file=sys.stderr)
    return 0


def affichage_lister(args) -> int:
    from ..affichage import AFFICHES, etablissements

    def travail(d):
        return {r.code: r.nom for r in d.regions()}, etablissements(d, region=args.region)

    regions, liste = _avec_depot(args, travail)
    region_courante = None
    for e in liste:
        if e.region != region_courante:
            region_courante = e.region
            print(f"{e.region} {regions[e.region]}")
        etats = []
        for code in AFFICHES:
            a = e.affiche(code)
            etat = "en place" if a.en_place else "absente"
            if a.date_verification:
                etat += f", vérifiée le {a.date_verification.isoformat()}"
            etats.append(f"{code} {etat}")
        print(f"  {e.nom} ({e.libelle_type}) : {' ; '.join(etats)}")
    print(f"{len(liste)} établissement(s).")
    return 0


def affichage_comptes(args) -> int:
    from ..affichage import comptes_affichage

    comptes = _avec_depot(args, comptes_affichage)
    entete = f"{'':<40} {'établ.':>7} {'conformes':>9} {'achat':>6} {'signal.':>7}"
    for titre, lignes in (("Par région", comptes.par_region), ("Par type", comptes.par_type)):
        print(titre)
        print(entete)
        for c in [*lignes, comptes.total]:
            print(
                f"{c.libelle:<40} {c.etablissements:>7} {c.conformes:>9} "
                f"{c.affiche_achat:>6} {c.affiche_signalement:>7}"
            )
    return 0


def affichage_exporter(args) -> int:
    from ..affichage import exporter_affichage

    n = _avec_depot(args, lambda d: exporter_affichage(d, args.sortie))
    print(f"{n} établissement(s) exporté(s) dans « {args.sortie} ».", file=sys.stderr)
    return 0


def affichage_importer(args) -> int:
    from ..affichage import importer_affichage

    comptes = _avec_depot(args, lambda d: importer_affichage(d, args.fichier))
    print(_compte_import(comptes, "établissement(s)"), file=sys.stderr)
    return 0
