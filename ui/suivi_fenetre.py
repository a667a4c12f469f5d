"""Installe dans la fenêtre le suivi du plan (issue 7) : indicateurs, avertissements,
année suivante et gabarits ; chaque partie reste dans son module `ui/suivi_*.py`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import suivi_annee_suivante, suivi_avertissements, suivi_gabarits, suivi_indicateurs

if TYPE_CHECKING:
    from .fenetre import FenetrePrincipale


def installer(fenetre: FenetrePrincipale) -> None:
    suivi_indicateurs.installer(fenetre)
    fenetre.menus["edition"].addSeparator()
    suivi_annee_suivante.installer(fenetre)
    suivi_gabarits.installer(fenetre)
    suivi_avertissements.installer(fenetre)
