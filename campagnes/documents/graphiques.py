"""Les graphiques de synthèse du rapport biennal, en vectoriel (reportlab.graphics)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from . import polices
from .mise_en_page import BLEU, GRIS, GRIS_TRAIT

VERT = colors.HexColor("#2e7d32")
ORANGE = colors.HexColor("#e0892b")


def _police_par_defaut() -> None:
    """Sans cela, chaque dessin commence en Helvetica, non incorporée dans le PDF."""
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = polices.CORPS


def _legende(dessin: Drawing, x: float, y: float, elements: list[tuple[colors.Color, str]]) -> None:
    for couleur, texte in elements:
        dessin.add(Rect(x, y, 9, 9, fillColor=couleur, strokeColor=None))
        dessin.add(String(x + 13, y + 1, texte, fontName=polices.CORPS, fontSize=8))
        x += 13 + polices.largeur(texte, 8) + 18


def couverture_par_chapitre(
    chapitres: list[str], avec: list[int], sans: list[int], largeur: float
) -> Drawing:
    """Par chapitre, les recommandations qui ont au moins une campagne et les autres (empilées)."""
    _police_par_defaut()
    hauteur_barre = 16
    hauteur = 40 + hauteur_barre * len(chapitres) * 1.5
    dessin = Drawing(largeur, hauteur)
    graphique = HorizontalBarChart()
    graphique.x, graphique.y = 95, 30
    graphique.width, graphique.height = largeur - 120, hauteur - 45
    graphique.data = [avec, sans]
    graphique.categoryAxis.categoryNames = chapitres
    graphique.categoryAxis.reverseDirection = 1
    graphique.categoryAxis.labels.fontName = polices.CORPS
    graphique.categoryAxis.labels.fontSize = 8
    graphique.categoryAxis.labels.boxAnchor = "e"
    graphique.categoryAxis.labels.dx = -4
    graphique.categoryAxis.style = "stacked"
    graphique.valueAxis.valueMin = 0
    graphique.valueAxis.valueMax = max([a + s for a, s in zip(avec, sans, strict=True)] + [1])
    graphique.valueAxis.valueStep = 5 if graphique.valueAxis.valueMax > 10 else 1
    graphique.valueAxis.labels.fontName = polices.CORPS
    graphique.valueAxis.labels.fontSize = 7.5
    graphique.valueAxis.strokeColor = GRIS_TRAIT
    graphique.categoryAxis.strokeColor = GRIS_TRAIT
    graphique.bars[0].fillColor = VERT
    graphique.bars[1].fillColor = ORANGE
    graphique.bars.strokeColor = None
    graphique.barLabelFormat = lambda v: str(int(v)) if v else ""
    graphique.barLabels.fontName = polices.CORPS
    graphique.barLabels.fontSize = 7.5
    graphique.barLabels.fillColor = colors.white
    graphique.barLabels.boxAnchor = "e"
    graphique.barLabels.dx = -3
    dessin.add(graphique)
    _legende(
        dessin,
        95,
        4,
        [(VERT, "avec au moins une campagne"), (ORANGE, "sans campagne")],
    )
    return dessin


def publics_par_mois(etiquettes: list[str], valeurs: list[int], largeur: float) -> Drawing:
    """Le nombre de publics distincts visés par au moins une campagne en cours, mois par mois."""
    _police_par_defaut()
    hauteur = 190
    dessin = Drawing(largeur, hauteur)
    graphique = VerticalBarChart()
    graphique.x, graphique.y = 30, 45
    graphique.width, graphique.height = largeur - 40, hauteur - 60
    graphique.data = [valeurs]
    graphique.categoryAxis.categoryNames = etiquettes
    graphique.categoryAxis.labels.fontName = polices.CORPS
    graphique.categoryAxis.labels.fontSize = 7
    graphique.categoryAxis.labels.angle = 45
    graphique.categoryAxis.labels.boxAnchor = "ne"
    graphique.categoryAxis.labels.dy = -2
    graphique.categoryAxis.strokeColor = GRIS_TRAIT
    graphique.valueAxis.valueMin = 0
    graphique.valueAxis.labels.fontName = polices.CORPS
    graphique.valueAxis.labels.fontSize = 7.5
    graphique.valueAxis.strokeColor = GRIS_TRAIT
    graphique.valueAxis.visibleGrid = 1
    graphique.valueAxis.gridStrokeColor = colors.HexColor("#e3e6ea")
    graphique.bars[0].fillColor = BLEU
    graphique.bars.strokeColor = None
    graphique.barLabelFormat = lambda v: str(int(v)) if v else ""
    graphique.barLabels.fontName = polices.CORPS
    graphique.barLabels.fontSize = 6.5
    graphique.barLabels.fillColor = GRIS
    graphique.barLabels.nudge = 6
    dessin.add(graphique)
    return dessin
