"""Avant d'ouvrir la fenêtre sous X11 : les bibliothèques système que le greffon xcb de Qt exige.

Sur une Debian ou une Ubuntu neuve, Qt s'arrête sinon sur « could not load the Qt
platform plugin "xcb" », en anglais et sans dire quoi installer. On vérifie avant, en
français, et on donne la commande à taper.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

BIBLIOTHEQUES_XCB = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xinerama": "libxcb-xinerama0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}
"""Nom de la bibliothèque (pour ctypes) -> paquet Debian/Ubuntu qui la fournit."""


def paquets_manquants(
    trouver: Callable[[str], str | None] = ctypes.util.find_library,
    environnement: Mapping[str, str] = os.environ,
    systeme: str = sys.platform,
) -> list[str]:
    """Les paquets à installer pour que Qt démarre sous X11 ; vide ailleurs."""
    if not systeme.startswith("linux"):
        return []
    plateforme = environnement.get("QT_QPA_PLATFORM", "")
    if plateforme and not plateforme.startswith("xcb"):
        return []  # offscreen, wayland… : le greffon xcb n'est pas chargé
    if not plateforme and environnement.get("WAYLAND_DISPLAY"):
        return []  # Qt 6 choisit Wayland de lui-même
    return [
        paquet
        for bibliotheque, paquet in BIBLIOTHEQUES_XCB.items()
        if trouver(bibliotheque) is None
    ]


def message_paquets(paquets: list[str]) -> str:
    return (
        "Campagnes ne peut pas ouvrir sa fenêtre : des bibliothèques d'affichage manquent sur ce "
        f"poste ({', '.join(paquets)}). Installez-les avec :\n"
        f"  sudo apt-get install -y {' '.join(paquets)}"
    )
