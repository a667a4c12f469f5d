"""Les libellés français des codes stockés (statuts, langues) et les montants."""

from __future__ import annotations

from ..modele import STATUTS, STATUTS_MATERIEL

LANGUES = {
    "fr": "français",
    "en": "anglais",
    "es": "espagnol",
    "ar": "arabe",
    "zh": "chinois",
    "iu": "inuktitut",
    "cr": "cri",
    "moe": "innu",
    "atj": "atikamekw",
    "nsk": "naskapi",
    "mic": "micmac",
    "oj": "ojibwé",
    "moh": "mohawk",
    "pt": "portugais",
    "it": "italien",
    "vi": "vietnamien",
    "ru": "russe",
    "uk": "ukrainien",
    "fa": "persan",
    "ht": "créole haïtien",
}


def langue(code: str) -> str:
    """« arabe » pour « ar » ; un code inconnu est montré tel quel."""
    return LANGUES.get(code.strip().lower(), code)


def statut(code: str) -> str:
    return STATUTS.get(code, code)


def statut_materiel(code: str) -> str:
    return STATUTS_MATERIEL.get(code, code)


def montant(valeur: float) -> str:
    """« 12 500,00 $ » : espace fine insécable entre les milliers, virgule décimale."""
    texte = f"{valeur:,.2f}".replace(",", "\u202f").replace(".", ",")
    return f"{texte}\u00a0$"


def nombre(valeur: int) -> str:
    return f"{valeur:,}".replace(",", "\u202f")
