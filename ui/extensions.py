"""Les parties de la fenêtre ajoutées par fonctionnalité (calendriers, impression, suivi…).

Chaque module listé expose `installer(fenetre)` : il ajoute ses actions aux menus
(`fenetre.menus["fichier"]`, …), ses onglets et ses connexions aux signaux de la session.
La fenêtre ne connaît ainsi que cette liste, et chaque fonctionnalité reste dans son module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .fenetre import FenetrePrincipale

MODULES: list[str] = [
    "ui.registres",
    "ui.suivi_fenetre",
    "ui.impression",
    "ui.calendriers",
    "ui.fiabilite",  # en dernier : désactive en lecture seule les actions des autres
]

# Fonctions (éditeur, campagne, nouvelle) appelées à la fin de la construction de chaque
# éditeur de campagne : un onglet de plus (ex. les indicateurs) sans importer l'éditeur au
# démarrage.
EXTENSIONS_EDITEUR: list = []


def installer_tout(fenetre: FenetrePrincipale) -> None:
    for nom in MODULES:
        importlib.import_module(nom).installer(fenetre)
