"""Les polices livrées, inscrites une fois auprès de reportlab, et le choix d'une police par écriture.

reportlab n'a pas de repli : un caractère absent de la police du style sort invisible ou
en carré. On range donc chaque caractère dans une écriture (latin, syllabaire, arabe,
chinois) et on compose chaque tronçon dans la police qui la couvre.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from reportlab import rl_config
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..ressources import chemin_ressource

CORPS = "Corps"
SYLLABIQUE = "Syllabique"
ARABE = "Arabe"
CJK = "Chinois"

# famille -> fichiers (normal, gras, italique, gras italique) sous ressources/polices/
_FICHIERS = {
    CORPS: (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
    SYLLABIQUE: (
        "NotoSansCanadianAboriginal-Regular.ttf",
        "NotoSansCanadianAboriginal-Bold.ttf",
        None,
        None,
    ),
    ARABE: ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", None, None),
    CJK: ("DroidSansFallbackFull.ttf", None, None, None),
}
_SUFFIXES = ("", "-Gras", "-Italique", "-GrasItalique")

# L'ordre où l'on cherche un caractère qu'aucune règle d'écriture ne place.
ORDRE_REPLI = (CORPS, SYLLABIQUE, ARABE, CJK)


@cache
def inscrire_famille(famille: str) -> None:
    """Inscrit une famille à sa première utilisation ; chaque fichier n'est lu qu'une fois.

    Une face absente (l'italique d'une police qui n'en a pas) reprend la face droite la plus
    proche plutôt que de sortir en carrés. Le chinois (4 Mo) n'est lu que si un texte en a.
    """
    fichiers = _FICHIERS[famille]
    noms: list[str] = []
    for i, fichier in enumerate(fichiers):
        if fichier is None:
            noms.append(noms[1] if i == 3 else noms[0])
            continue
        nom = famille + _SUFFIXES[i]
        pdfmetrics.registerFont(TTFont(nom, str(chemin_ressource(f"polices/{fichier}"))))
        noms.append(nom)
    pdfmetrics.registerFontFamily(
        famille, normal=noms[0], bold=noms[1], italic=noms[2], boldItalic=noms[3]
    )


@lru_cache(maxsize=1)
def inscrire_polices() -> None:
    """La police du corps, qui sert aussi de police initiale de chaque page."""
    inscrire_famille(CORPS)
    rl_config.canvas_basefontname = CORPS


def face(famille: str, gras: bool = False, italique: bool = False) -> str:
    """Le nom inscrit de la face voulue d'une famille."""
    inscrire_famille(famille)
    return tt2ps(famille, int(gras), int(italique))


def ecriture(caractere: str) -> str | None:
    """L'écriture qui impose sa police, ou None pour le latin et les signes communs."""
    o = ord(caractere)
    if 0x1400 <= o <= 0x167F or 0x18B0 <= o <= 0x18FF or 0x11AB0 <= o <= 0x11ABF:
        return SYLLABIQUE
    if (
        0x0600 <= o <= 0x06FF
        or 0x0750 <= o <= 0x077F
        or 0x08A0 <= o <= 0x08FF
        or 0xFB50 <= o <= 0xFDFF
        or 0xFE70 <= o <= 0xFEFF
    ):
        return ARABE
    if (
        0x2E80 <= o <= 0x2FDF
        or 0x3000 <= o <= 0x31FF
        or 0x3400 <= o <= 0x4DBF
        or 0x4E00 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0xFF00 <= o <= 0xFFEF
        or 0x20000 <= o <= 0x3FFFF
    ):
        return CJK
    return None


@lru_cache(maxsize=8)
def _glyphes(famille: str) -> frozenset[int]:
    inscrire_famille(famille)
    return frozenset(pdfmetrics.getFont(famille).face.charToGlyph)


def couvre(famille: str, caractere: str) -> bool:
    return ord(caractere) in _glyphes(famille)


def _neutre(caractere: str) -> bool:
    """Espaces, ponctuation, chiffres : ils suivent le tronçon où ils se trouvent."""
    return unicodedata.category(caractere)[0] in "ZPNSC"


def famille_pour(caractere: str, courante: str | None) -> str | None:
    """La famille qui dessinera ce caractère ; None si aucune police livrée ne l'a."""
    imposee = ecriture(caractere)
    if imposee and couvre(imposee, caractere):
        return imposee
    if courante and _neutre(caractere) and couvre(courante, caractere):
        return courante
    for famille in ORDRE_REPLI:
        if couvre(famille, caractere):
            return famille
    return None


@lru_cache(maxsize=1)
def _latin_sur() -> frozenset[str]:
    """Les caractères que la police du corps dessine et qu'aucune autre écriture ne réclame."""
    return frozenset(chr(o) for o in _glyphes(CORPS) if ecriture(chr(o)) is None) | {"\n"}


def troncons(texte: str) -> list[tuple[str | None, str]]:
    """Découpe le texte en (famille, morceau) ; famille None = caractères introuvables."""
    if _latin_sur().issuperset(texte):  # le cas courant : tout en latin, un seul morceau
        return [(CORPS, texte)] if texte else []
    resultat: list[tuple[str | None, str]] = []
    courante: str | None = None
    morceau: list[str] = []
    for caractere in texte:
        saut = caractere == "\n"
        famille = (courante or CORPS) if saut else famille_pour(caractere, courante)
        if famille != courante and morceau:
            resultat.append((courante, "".join(morceau)))
            morceau = []
        courante = famille
        morceau.append(caractere)
    if morceau:
        resultat.append((courante, "".join(morceau)))
    return resultat


def largeur(texte: str, taille: float, gras: bool = False, italique: bool = False) -> float:
    """La largeur composée d'un texte, police par police (pour couper les lignes soi-même)."""
    total = 0.0
    for famille, morceau in troncons(texte):
        nom = face(famille or CORPS, gras, italique)
        total += pdfmetrics.stringWidth(morceau, nom, taille)
    return total
