"""La ligne de commande : un module par groupe de sous-commandes, une fonction par commande.

Chaque module expose `ajouter(sous_parseurs)` ; une erreur connue s'affiche en une phrase
française sur stderr avec le code 1, jamais une trace d'appels.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ..erreurs import ErreurCampagnes
from . import (
    commandes_campagnes,
    commandes_documents,
    commandes_ical,
    commandes_occurrences,
    commandes_sauvegardes,
    commandes_suivi,
)

MODULES = [
    commandes_occurrences,
    commandes_campagnes,
    commandes_ical,
    commandes_documents,
    commandes_suivi,
    commandes_sauvegardes,
]


class _Format(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(
            usage, actions, groups, "utilisation : " if prefix is None else prefix
        )


class _Parseur(argparse.ArgumentParser):
    """argparse, mais en français et sans trace."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Format)
        super().__init__(*args, **kwargs)

    def error(self, message: str):
        traductions = {
            "the following arguments are required": "arguments obligatoires manquants",
            "invalid choice": "choix invalide",
            "unrecognized arguments": "arguments non reconnus",
            "invalid int value": "nombre entier invalide",
            "expected one argument": "une valeur est attendue",
            "argument": "argument",
            "choose from": "choisir parmi",
        }
        for anglais, francais in traductions.items():
            message = message.replace(anglais, francais)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur : {message}\n")


def chemin_base_par_defaut() -> Path:
    """La base du dossier de données de l'utilisateur (platformdirs, une seule API)."""
    import platformdirs

    return platformdirs.user_data_path("Campagnes", appauthor=False) / "campagnes.sqlite"


def choisir_base(option: str | None) -> Path:
    if option:
        return Path(option)
    if os.environ.get("CAMPAGNES_BASE"):
        return Path(os.environ["CAMPAGNES_BASE"])
    return chemin_base_par_defaut()


def construire_parseur() -> argparse.ArgumentParser:
    parseur = _Parseur(
        prog="campagnes",
        description="Planifier les campagnes de sensibilisation recommandées par la CSESM.",
        add_help=False,
    )
    parseur.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")
    parseur.add_argument(
        "--base",
        metavar="FICHIER",
        help="base de données à utiliser (sinon $CAMPAGNES_BASE, sinon le dossier de l'utilisateur)",
    )
    parseur._positionals.title = "arguments positionnels"
    parseur._optionals.title = "options"
    sous = parseur.add_subparsers(
        dest="commande", metavar="COMMANDE", title="commandes", parser_class=_Parseur
    )
    for module in MODULES:
        module.ajouter(sous)
    for sous_parseur in sous.choices.values():
        sous_parseur._optionals.title = "options"
        sous_parseur._positionals.title = "arguments positionnels"
    return parseur


def ouvrir_depot(args, sauvegarde_auto: bool = True):
    """Ouvre la base ; ses avis (lecture seule, arrêt brutal vérifié) vont sur stderr.

    Comme la fenêtre, une commande fait une sauvegarde au démarrage si la base a changé
    depuis la dernière ; un échec de sauvegarde est signalé sans empêcher la commande.
    """
    from ..depot import Depot
    from ..sauvegardes import sauvegarde_automatique

    depot = Depot.ouvrir(choisir_base(args.base))
    for avis in depot.avis:
        print(f"campagnes : {avis}", file=sys.stderr)
    if sauvegarde_auto:
        try:
            sauvegarde_automatique(depot, au_demarrage=True)
        except ErreurCampagnes as e:
            print(f"campagnes : sauvegarde automatique impossible : {e.message}", file=sys.stderr)
    return depot


def executer(argv: Sequence[str] | None = None) -> int:
    parseur = construire_parseur()
    args = parseur.parse_args(argv)
    if not args.commande:
        parseur.print_help()
        return 0
    try:
        return args.fonction(args) or 0
    except ErreurCampagnes as e:
        print(f"campagnes : {e.message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # La sortie a été fermée (ex. `| head`) : rien d'anormal pour l'utilisateur.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("campagnes : interrompu ; rien n'a été modifié.", file=sys.stderr)
        return 130


def sous_parseur(sous, nom: str, aide: str) -> argparse.ArgumentParser:
    p = sous.add_parser(nom, help=aide, description=aide, add_help=False)
    p.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")
    return p


def annee(texte: str) -> int:
    try:
        valeur = int(texte)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {texte} » n'est pas une année") from None
    if not 1900 <= valeur <= 2200:
        raise argparse.ArgumentTypeError(f"année {valeur} hors limites (1900 à 2200)")
    return valeur
