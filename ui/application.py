"""Le point d'entrée de la fenêtre, appelé par `main.py` sans sous-commande.

Ce module n'importe pas Qt : sur une machine où il manque des bibliothèques système,
`import PySide6.QtGui` échouerait sur une trace en anglais, et le greffon xcb s'arrête
sur un message anglais qui ne dit pas quoi installer. On vérifie d'abord, on le dit en
français avec la commande à taper, et seulement ensuite on charge Qt (ui.demarrage).
"""

from __future__ import annotations

import sys
from pathlib import Path

from .plateforme import message_paquets, paquets_manquants


def lancer(chemin_base: Path, dossier_du_journal: Path | None = None) -> int:
    """Ouvre la fenêtre sur la base et rend le code de sortie du programme."""
    manquants = paquets_manquants()
    if manquants:
        # Qt n'est pas encore chargé : le message va au terminal. On tente quand même
        # (une bibliothèque peut être là sans que ctypes la trouve) ; s'il échoue, le
        # greffon xcb s'arrête juste après ce message, qui dit quoi installer.
        print(message_paquets(manquants), file=sys.stderr)
    try:
        from .demarrage import demarrer
    except ImportError as e:
        print(
            f"Campagnes ne peut pas charger Qt ({e}). "
            + message_paquets(manquants or ["libegl1", "libgl1"]),
            file=sys.stderr,
        )
        return 1
    return demarrer(chemin_base, dossier_du_journal)
