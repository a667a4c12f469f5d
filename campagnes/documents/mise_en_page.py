"""Ce que les trois documents partagent : styles, en-tête et pied « page N de M », tableaux, écriture.

Le PDF est composé directement dans le fichier temporaire de `ecriture_atomique` : un dossier
non inscriptible échoue avant tout calcul, une annulation ou une erreur laisse l'ancien
fichier intact.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from ..calendrier import date_fr
from ..erreurs import ErreurCampagnes, OperationAnnulee
from ..fichiers import ecriture_atomique
from . import polices
from .texte import nfc, ordre_visuel, paragraphe

Progression = Callable[[int, int], None]
Annule = Callable[[], bool]

BLEU = colors.HexColor("#1f3b63")
BLEU_PALE = colors.HexColor("#e8eef6")
GRIS = colors.HexColor("#6b6b6b")
GRIS_TRAIT = colors.HexColor("#b8bec8")
MARGE = 1.8 * cm

# Parts de la barre de progression : préparer le contenu, puis mettre en page.
_PART_PREPARATION = 30
TOTAL_PROGRESSION = 100


@dataclass(frozen=True)
class Styles:
    titre: ParagraphStyle
    sous_titre: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    corps: ParagraphStyle
    citation: ParagraphStyle
    note: ParagraphStyle
    cellule: ParagraphStyle
    cellule_entete: ParagraphStyle
    puce: ParagraphStyle


def styles() -> Styles:
    polices.inscrire_polices()
    corps = ParagraphStyle(
        "corps",
        fontName=polices.CORPS,
        bulletFontName=polices.CORPS,  # sinon les puces sont en Helvetica non incorporée
        fontSize=9.5,
        leading=13,
        spaceAfter=4,
    )
    gras = polices.face(polices.CORPS, gras=True)
    return Styles(
        titre=ParagraphStyle(
            "titre",
            parent=corps,
            fontName=gras,
            fontSize=19,
            leading=24,
            textColor=BLEU,
            spaceAfter=6,
        ),
        sous_titre=ParagraphStyle(
            "sous_titre", parent=corps, fontSize=11, leading=15, textColor=GRIS, spaceAfter=10
        ),
        h1=ParagraphStyle(
            "h1",
            parent=corps,
            fontName=gras,
            fontSize=14,
            leading=18,
            textColor=BLEU,
            spaceBefore=12,
            spaceAfter=6,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=corps,
            fontName=gras,
            fontSize=11,
            leading=14,
            textColor=BLEU,
            spaceBefore=9,
            spaceAfter=4,
            keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=corps,
            fontName=gras,
            fontSize=9.5,
            leading=13,
            spaceBefore=5,
            spaceAfter=2,
            keepWithNext=1,
        ),
        corps=corps,
        citation=ParagraphStyle(
            "citation",
            parent=corps,
            fontName=polices.face(polices.CORPS, italique=True),
            leftIndent=12,
            borderPadding=(2, 0, 2, 8),
            spaceBefore=2,
            spaceAfter=6,
        ),
        note=ParagraphStyle("note", parent=corps, fontSize=8, leading=10.5, textColor=GRIS),
        cellule=ParagraphStyle("cellule", parent=corps, fontSize=8.5, leading=10.5, spaceAfter=0),
        cellule_entete=ParagraphStyle(
            "cellule_entete",
            parent=corps,
            fontName=gras,
            fontSize=8.5,
            leading=10.5,
            textColor=colors.white,
            spaceAfter=0,
        ),
        puce=ParagraphStyle("puce", parent=corps, leftIndent=12, bulletIndent=2, spaceAfter=2),
    )


def tableau(
    entetes: Sequence[str],
    rangees: Sequence[Sequence[str | Flowable]],
    largeurs: Sequence[float],
    st: Styles,
) -> Table:
    """Un tableau dont l'en-tête se répète à chaque page et dont aucune cellule n'est coupée."""
    donnees: list[list] = [[paragraphe(e, st.cellule_entete) for e in entetes]]
    for rangee in rangees:
        donnees.append(
            [c if isinstance(c, Flowable) else paragraphe(c, st.cellule) for c in rangee]
        )
    t = Table(
        donnees,
        colWidths=list(largeurs),
        repeatRows=1,
        splitByRow=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    t.setStyle(
        TableStyle(
            [
                # Sinon reportlab pose Helvetica (non incorporée) sur chaque cellule.
                ("FONTNAME", (0, 0), (-1, -1), polices.CORPS),
                ("BACKGROUND", (0, 0), (-1, 0), BLEU),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, BLEU_PALE]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRIS_TRAIT),
                ("BOX", (0, 0), (-1, -1), 0.6, GRIS_TRAIT),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


def texte_canevas(
    canv,
    x: float,
    y: float,
    texte: str,
    taille: float,
    gras: bool = False,
    droite: bool = False,
    centre: bool = False,
) -> None:
    """Écrit une ligne sur le canevas, chaque écriture dans sa police (en-têtes, frise)."""
    texte = nfc(texte)
    if any(polices.ecriture(c) == polices.ARABE for c in texte):
        texte = ordre_visuel(texte)
    if droite:
        x -= polices.largeur(texte, taille, gras)
    elif centre:
        x -= polices.largeur(texte, taille, gras) / 2
    for famille, morceau in polices.troncons(texte):
        nom = polices.face(famille or polices.CORPS, gras)
        canv.setFont(nom, taille)
        canv.drawString(x, y, morceau)
        x += pdfmetrics.stringWidth(morceau, nom, taille)


def _fabrique_canevas(entete: str, produit_le: date, pages: list[int]):
    """Un canevas qui garde les pages pour écrire « page N de M » une fois M connu."""

    class CanevasNumerote(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._etats: list[dict] = []

        def showPage(self):
            self._etats.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._etats)
            pages.append(total)
            for numero, etat in enumerate(self._etats, start=1):
                self.__dict__.update(etat)
                self._cadre(numero, total)
                super().showPage()
            super().save()

        def _cadre(self, numero: int, total: int) -> None:
            largeur, hauteur = self._pagesize
            self.saveState()
            self.setFillColor(GRIS)
            self.setStrokeColor(GRIS_TRAIT)
            self.setLineWidth(0.5)
            haut = hauteur - MARGE + 0.7 * cm
            texte_canevas(self, MARGE, haut, entete, 8)
            texte_canevas(
                self, largeur - MARGE, haut, f"Produit le {date_fr(produit_le)}", 8, droite=True
            )
            self.line(MARGE, haut - 4, largeur - MARGE, haut - 4)
            bas = MARGE - 0.9 * cm
            self.line(MARGE, bas + 10, largeur - MARGE, bas + 10)
            texte_canevas(
                self, MARGE, bas, "Commission spéciale sur l'exploitation sexuelle des mineurs", 8
            )
            texte_canevas(self, largeur - MARGE, bas, f"page {numero} de {total}", 8, droite=True)
            self.restoreState()

    return CanevasNumerote


def verifier_annulation(annule: Annule | None) -> None:
    if annule and annule():
        raise OperationAnnulee("Production du document annulée : aucun fichier n'a été modifié.")


def produire_pdf(
    chemin: str | Path,
    preparer: Callable[[Styles, Callable[[int, int], None]], list[Flowable]],
    *,
    entete: str,
    titre: str,
    paysage: bool = False,
    produit_le: date | None = None,
    progression: Progression | None = None,
    annule: Annule | None = None,
) -> int:
    """Compose le document et remplace `chemin` d'un coup ; rend le nombre de pages.

    `preparer(styles, etape)` construit le contenu et appelle `etape(fait, total)` au fil de
    son travail ; la progression couvre ensuite la mise en page, page après page.
    """
    produit_le = produit_le or date.today()
    st = styles()

    def signaler(fait: int, total: int) -> None:
        verifier_annulation(annule)
        if progression:
            progression(fait, total)

    def etape(fait: int, total: int) -> None:
        signaler(_PART_PREPARATION * fait // max(total, 1), TOTAL_PROGRESSION)

    pages: list[int] = []
    taille = landscape(letter) if paysage else letter
    with ecriture_atomique(chemin) as fichier:
        signaler(0, TOTAL_PROGRESSION)
        histoire = preparer(st, etape)
        doc = BaseDocTemplate(
            fichier,
            pagesize=taille,
            leftMargin=MARGE,
            rightMargin=MARGE,
            topMargin=MARGE,
            bottomMargin=MARGE,
            title=nfc(titre),
            author="Campagnes",
            subject=nfc(entete),
            creator="Campagnes",
            # Sans police initiale inscrite, chaque page porterait une Helvetica non incorporée.
            initialFontName=polices.CORPS,
        )
        cadre = Frame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            doc.height,
            id="corps",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[cadre])])
        nombre = max(len(histoire), 1)

        def suivre(genre: str, valeur: int) -> None:
            if genre == "PROGRESS":
                part = TOTAL_PROGRESSION - _PART_PREPARATION
                signaler(_PART_PREPARATION + part * valeur // nombre, TOTAL_PROGRESSION)

        doc.setProgressCallBack(suivre)
        try:
            doc.build(histoire, canvasmaker=_fabrique_canevas(entete, produit_le, pages))
        except LayoutError as e:
            raise ErreurCampagnes(
                "Le document n'a pas pu être mis en page : un élément ne tient sur aucune page. "
                "Aucun fichier n'a été modifié."
            ) from e
        signaler(TOTAL_PROGRESSION, TOTAL_PROGRESSION)
    return pages[0] if pages else 0


def titre_de_tableau(texte: str, style: ParagraphStyle) -> list[Flowable]:
    """Un titre suivi d'un tableau qui peut être long : on saute de page s'il reste peu de place.

    `keepWithNext` obligerait reportlab à mesurer le tableau entier d'un bloc, à chaque page.
    """
    from reportlab.platypus import CondPageBreak, Paragraph

    sans_attache = ParagraphStyle(f"{style.name}-libre", parent=style, keepWithNext=0)
    return [CondPageBreak(style.leading + style.spaceBefore + 60), Paragraph(texte, sans_attache)]


def largeur_utile(paysage: bool = False) -> float:
    largeur = landscape(letter)[0] if paysage else letter[0]
    return largeur - 2 * MARGE
