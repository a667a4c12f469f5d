"""Avant de charger Qt : les bibliothèques système qu'il exige (et, sous X11, son greffon xcb).

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


BIBLIOTHEQUES_QT = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}
"""Celles que QtGui charge quelle que soit la plateforme d'affichage."""


def paquets_manquants(
    trouver: Callable[[str], str | None] = ctypes.util.find_library,
    environnement: Mapping[str, str] = os.environ,
    systeme: str = sys.platform,
) -> list[str]:
    """Les paquets Debian/Ubuntu à installer pour que la fenêtre s'ouvre ; vide hors Linux."""
    if not systeme.startswith("linux"):
        return []
    exigees = dict(BIBLIOTHEQUES_QT)
    plateforme = environnement.get("QT_QPA_PLATFORM", "")
    # offscreen, wayland… ne chargent pas le greffon xcb ; sans consigne, Qt 6 choisit
    # Wayland quand une session Wayland est ouverte.
    if plateforme.startswith("xcb") or not (plateforme or environnement.get("WAYLAND_DISPLAY")):
        exigees.update(BIBLIOTHEQUES_XCB)
    return [paquet for bibliotheque, paquet in exigees.items() if trouver(bibliotheque) is None]


def message_paquets(paquets: list[str]) -> str:
    return (
        "Campagnes ne trouve pas sur ce poste des bibliothèques d'affichage dont Qt a besoin "
        f"({', '.join(paquets)}) ; si la fenêtre ne s'ouvre pas, installez-les avec :\n"
        f"  sudo apt-get install -y {' '.join(paquets)}"
    )
