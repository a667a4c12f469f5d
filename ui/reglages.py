"""Les préférences de la fenêtre, chacune déclarée une seule fois avec son type et son défaut.

Rien du plan lui-même n'est rangé ici : les campagnes vivent dans la base, pas dans QSettings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Reglage:
    cle: str
    type: type
    defaut: Any


LANGUE = Reglage("preferences/langue", str, "fr")
GEOMETRIE = Reglage("fenetre/geometrie", QByteArray, QByteArray())
ETAT = Reglage("fenetre/etat", QByteArray, QByteArray())
DERNIER_ONGLET = Reglage("fenetre/dernier_onglet", int, 0)
LANGUES = {"fr": "Français", "en": "English"}


class Reglages:
    """Lecture et écriture typées sur un QSettings reçu (un fichier temporaire dans les tests)."""

    def __init__(self, settings: QSettings | None = None):
        self.settings = settings if settings is not None else QSettings()

    def lire(self, reglage: Reglage) -> Any:
        valeur = self.settings.value(reglage.cle, reglage.defaut)
        if valeur is None:
            return reglage.defaut
        try:
            if reglage.type is QByteArray:
                return valeur if isinstance(valeur, QByteArray) else QByteArray(valeur)
            return reglage.type(valeur)
        except (TypeError, ValueError):
            return reglage.defaut

    def ecrire(self, reglage: Reglage, valeur: Any) -> None:
        self.settings.setValue(reglage.cle, valeur)

    def synchroniser(self) -> None:
        self.settings.sync()
