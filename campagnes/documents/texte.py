"""Le texte de l'utilisateur est une donnée : on l'échappe avant de le confier à reportlab.

`Paragraph` lit du balisage : `<script>` le ferait échouer, `R&D` deviendrait `R&D;`. Chaque
morceau est normalisé NFC, échappé, puis entouré de la police de son écriture ; les retours
à la ligne deviennent `<br/>` après l'échappement. L'arabe, que reportlab ne sait pas poser de
droite à gauche, est mis en forme (arabic-reshaper) et réordonné (python-bidi) ligne par ligne :
on coupe les lignes nous-mêmes dans l'ordre logique, puis on réordonne chacune.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape, unescape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from . import polices


def nfc(texte: str | None) -> str:
    return unicodedata.normalize("NFC", texte or "")


def _a_droite_a_gauche(caractere: str) -> bool:
    return unicodedata.bidirectional(caractere) in ("R", "AL")


def contient_rtl(texte: str) -> bool:
    return any(_a_droite_a_gauche(c) for c in texte)


class Paragraphe(Paragraph):
    """Un Paragraph qui garde sa coupure de lignes pour une largeur donnée.

    Un long tableau est recoupé à chaque page et reportlab remesure alors toutes les lignes
    restantes : sans cette mémoire, un plan de 1 000 campagnes recoupe des dizaines de
    milliers de paragraphes. La hauteur ne dépend que de la largeur.
    """

    _memoire: tuple | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 - surcharge reportlab
        m = self._memoire
        if m is not None and m[0] == availWidth:
            _, self.width, self._wrapWidths, self.blPara, self.height = m
            return self.width, self.height
        resultat = super().wrap(availWidth, availHeight)
        if hasattr(self, "blPara"):
            self._memoire = (availWidth, self.width, self._wrapWidths, self.blPara, self.height)
        return resultat


def balisage(texte: str | None, gras: bool = False, italique: bool = False) -> str:
    """Le balisage reportlab qui imprime `texte` tel quel, chaque écriture dans sa police."""
    return _balisage(nfc(texte), gras, italique)


@lru_cache(maxsize=8192)
def _balisage(texte: str, gras: bool, italique: bool) -> str:
    parties = []
    for famille, morceau in polices.troncons(texte):
        if famille is None:
            # Aucune police livrée n'a ce caractère : on l'écrit lisiblement plutôt qu'en carré.
            codes = " ".join(f"U+{ord(c):04X}" for c in morceau)
            parties.append(f"[{codes}]")
            continue
        sur = escape(morceau).replace("\n", "<br/>")
        if famille == polices.CORPS:
            parties.append(sur)
        else:
            parties.append(f'<font name="{polices.face(famille, gras, italique)}">{sur}</font>')
    return "".join(parties)


def _gras_italique(style: ParagraphStyle) -> tuple[bool, bool]:
    from reportlab.lib.fonts import ps2tt

    _, gras, italique = ps2tt(style.fontName)
    return bool(gras), bool(italique)


def paragraphe(texte: str | None, style: ParagraphStyle, prefixe: str = "") -> Flowable:
    """Un paragraphe du texte de l'utilisateur ; `prefixe` est du balisage du modèle (déjà sûr)."""
    texte = nfc(texte)
    if contient_rtl(texte):
        return TexteBidi(texte, style, prefixe)
    gras, italique = _gras_italique(style)
    return Paragraphe(prefixe + balisage(texte, gras, italique), style)


def ordre_visuel(ligne: str) -> str:
    """Une ligne logique -> sa suite de glyphes de gauche à droite (formes arabes jointes)."""
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(ligne))


def _direction_rtl(texte: str) -> bool:
    """La direction de base (règle P2 d'Unicode) : la première lettre forte décide."""
    for c in texte:
        sens = unicodedata.bidirectional(c)
        if sens in ("R", "AL"):
            return True
        if sens == "L":
            return False
    return False


class TexteBidi(Flowable):
    """Un paragraphe qui contient de l'arabe : lignes coupées dans l'ordre logique, puis réordonnées.

    Couper d'abord et réordonner ensuite chaque ligne est ce que prescrit l'algorithme
    bidirectionnel d'Unicode ; le faire dans l'autre sens inverse l'ordre des lignes.
    """

    def __init__(self, texte: str, style: ParagraphStyle, prefixe: str = "", lignes=None):
        super().__init__()
        self.texte = texte
        self.style = style
        self.prefixe = prefixe
        self._lignes_fixes = lignes
        self._paragraphes: list[Paragraph] = []
        self._hauteurs: list[float] = []

    def _couper(self, largeur_dispo: float) -> list[str]:
        gras, italique = _gras_italique(self.style)
        taille = self.style.fontSize
        # Le préfixe (« Titre : ») est du balisage du modèle, en latin : on réserve sa place.
        reserve = polices.largeur(_sans_balises(self.prefixe), taille, True, italique)
        lignes: list[str] = []
        for logique in self.texte.split("\n"):
            courante = ""
            for mot in logique.split(" "):
                essai = f"{courante} {mot}" if courante else mot
                dispo = largeur_dispo - (reserve if not lignes else 0) - 1
                visuel = ordre_visuel(essai)
                if courante and polices.largeur(visuel, taille, gras, italique) > dispo:
                    lignes.append(courante)
                    courante = mot
                else:
                    courante = essai
            lignes.append(courante)
        return lignes

    def wrap(self, availWidth, availHeight):  # noqa: N803 - surcharge reportlab
        lignes = self._lignes_fixes if self._lignes_fixes is not None else self._couper(availWidth)
        self._lignes = lignes
        gras, italique = _gras_italique(self.style)
        self._paragraphes = []
        self._hauteurs = []
        for i, ligne in enumerate(lignes):
            rtl = _direction_rtl(ligne)
            style = ParagraphStyle(
                f"{self.style.name}-bidi",
                parent=self.style,
                alignment=TA_RIGHT if rtl else TA_LEFT,
                spaceBefore=0,
                spaceAfter=0,
            )
            debut = self.prefixe if i == 0 else ""
            p = Paragraph(debut + balisage(ordre_visuel(ligne), gras, italique), style)
            _, h = p.wrap(availWidth, availHeight)
            self._paragraphes.append(p)
            self._hauteurs.append(h)
        self.width = availWidth
        self.height = sum(self._hauteurs)
        return availWidth, self.height

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter

    def split(self, availWidth, availHeight):  # noqa: N803 - surcharge reportlab
        self.wrap(availWidth, availHeight)
        cumul, n = 0.0, 0
        for h in self._hauteurs:
            if cumul + h > availHeight:
                break
            cumul += h
            n += 1
        if n == 0 or n == len(self._lignes):
            return []
        tete = TexteBidi(self.texte, self.style, self.prefixe, lignes=self._lignes[:n])
        queue = TexteBidi(self.texte, self.style, "", lignes=self._lignes[n:])
        return [tete, queue]

    def draw(self):
        y = self.height
        for p, h in zip(self._paragraphes, self._hauteurs, strict=True):
            y -= h
            p.drawOn(self.canv, 0, y)


def _sans_balises(balises: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", balises))
