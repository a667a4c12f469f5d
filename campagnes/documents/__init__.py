"""Les documents imprimables : fiche de campagne, plan annuel, rapport biennal (PDF).

reportlab n'est importé que dans ce paquet, et seulement à la première demande : la
fenêtre démarre sans lui. Chaque document se fait en deux temps : `lire_*` lit la base
(sur le fil qui l'a ouverte), `ecrire_*` compose le PDF et l'écrit atomiquement (possible
sur un fil de travail, avec `progression(fait, total)` et `annule()`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .fiche import DonneesFiche
    from .plan_annuel import DonneesPlan
    from .rapport import DonneesRapport


def lire_fiche(depot, slug: str, annee: int) -> DonneesFiche:
    from .fiche import lire_fiche as lire

    return lire(depot, slug, annee)


def ecrire_fiche(donnees: DonneesFiche, chemin, **options) -> int:
    from .fiche import ecrire_fiche as ecrire

    return ecrire(donnees, chemin, **options)


def lire_plan(depot, annee: int, filtre=None) -> DonneesPlan:
    from .plan_annuel import lire_plan as lire

    return lire(depot, annee, filtre)


def ecrire_plan(donnees: DonneesPlan, chemin, **options) -> int:
    from .plan_annuel import ecrire_plan as ecrire

    return ecrire(donnees, chemin, **options)


def lire_rapport(depot, debut: int, fin: int) -> DonneesRapport:
    from .rapport import lire_rapport as lire

    return lire(depot, debut, fin)


def ecrire_rapport(donnees: DonneesRapport, chemin, **options) -> int:
    from .rapport import ecrire_rapport as ecrire

    return ecrire(donnees, chemin, **options)


def produire_fiche(depot, slug: str, annee: int, chemin, **options) -> int:
    return ecrire_fiche(lire_fiche(depot, slug, annee), chemin, **options)


def produire_plan(depot, annee: int, chemin, **options) -> int:
    return ecrire_plan(lire_plan(depot, annee), chemin, **options)


def produire_rapport(depot, debut: int, fin: int, chemin, **options) -> int:
    return ecrire_rapport(lire_rapport(depot, debut, fin), chemin, **options)
