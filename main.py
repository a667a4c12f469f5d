"""Point d'entrée : sans sous-commande, la fenêtre ; avec une sous-commande, la ligne de commande."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from campagnes.cli import construire_parseur, executer

    parseur = construire_parseur()
    connus, _ = parseur.parse_known_args(argv)
    if getattr(connus, "commande", None) or any(a in ("-h", "--help") for a in argv):
        return executer(argv)
    from campagnes.cli import choisir_base
    from ui.application import lancer

    return lancer(choisir_base(connus.base))


if __name__ == "__main__":
    sys.exit(main())
