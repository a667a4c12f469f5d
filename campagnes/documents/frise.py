"""La frise de l'année, dessinée en vectoriel : une ligne par campagne, une barre par occurrence.

C'est un seul objet qui se coupe entre deux lignes quand la page est pleine ; chaque morceau
redessine les mois, les jours fériés, le 4 mars, la semaine nationale et le 30 juillet sur
toute sa hauteur, pour que les repères restent continus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from ..calendrier import MOIS
from .mise_en_page import BLEU, BLEU_PALE, GRIS, GRIS_TRAIT, texte_canevas
from .polices import largeur
from .texte import balisage

ROUGE_4_MARS = colors.HexColor("#b3261e")
BLEU_30_JUILLET = colors.HexColor("#0b6e99")
JAUNE_SEMAINE = colors.HexColor("#fdf0c2")
MOIS_ABREGES = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juill.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
HAUTEUR_ENTETE = 16
HAUTEUR_BARRE = 7
LARGEUR_MIN_BARRE = 3.0
PART_ETIQUETTES = 0.27
# Au-delà (en points), une étiquette est coupée entre deux pages plutôt que déplacée.
SEUIL_LIGNE_SECABLE = 200


@dataclass
class LigneFrise:
    titre: str
    couleur: str
    periodes: list[tuple[date, date]] = field(default_factory=list)


@dataclass(frozen=True)
class Reperes:
    """Ce que la frise marque sur toute sa hauteur."""

    annee: int
    feries: tuple[date, ...]
    semaine_nationale: tuple[date, date] | None
    journee_4_mars: date
    journee_30_juillet: date


def _couleur(code: str) -> colors.Color:
    try:
        return colors.HexColor(code)
    except (ValueError, TypeError):
        return BLEU


class Frise(Flowable):
    def __init__(
        self,
        lignes: list[LigneFrise],
        reperes: Reperes,
        style: ParagraphStyle,
        _mesures: tuple[float, list[Paragraph], list[float]] | None = None,
    ):
        super().__init__()
        self.lignes = lignes
        self.reperes = reperes
        self.style = style
        self._largeur: float | None = None
        self._hauteurs: list[float] = []
        self._etiquettes: list[Paragraph] = []
        if _mesures:  # un morceau coupé garde les étiquettes déjà mesurées
            self._largeur, self._etiquettes, self._hauteurs = _mesures

    # --- mise en page -----------------------------------------------------------------

    def _preparer(self, largeur: float) -> None:
        if self._largeur == largeur:
            return
        self._largeur = largeur
        colonne = largeur * PART_ETIQUETTES - 6
        self._etiquettes, self._hauteurs = [], []
        for ligne in self.lignes:
            p = Paragraph(balisage(ligne.titre), self.style)
            _, h = p.wrap(colonne, 10_000)
            self._etiquettes.append(p)
            self._hauteurs.append(max(h, HAUTEUR_BARRE + 2) + 5)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - surcharge reportlab
        self._preparer(availWidth)
        self.width = availWidth
        self.height = HAUTEUR_ENTETE + sum(self._hauteurs)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803 - surcharge reportlab
        self._preparer(availWidth)
        reste = availHeight - HAUTEUR_ENTETE
        n = 0
        for h in self._hauteurs:
            if reste < h:
                break
            reste -= h
            n += 1
        if n == len(self.lignes):
            return [self]
        lignes, etiquettes, hauteurs = self.lignes, self._etiquettes, self._hauteurs
        # Une étiquette démesurée se poursuit sur la page suivante au lieu d'être déplacée
        # (elle ne tiendrait sur aucune page) ; une ligne ordinaire passe à la page suivante.
        if hauteurs[n] > SEUIL_LIGNE_SECABLE and reste >= 3 * self.style.leading:
            coupe = self._couper_ligne(n, reste)
            if coupe:
                lignes, etiquettes, hauteurs = coupe
                n += 1
        if n == 0:
            return []
        w = self._largeur
        return [
            Frise(lignes[:n], self.reperes, self.style, (w, etiquettes[:n], hauteurs[:n])),
            Frise(lignes[n:], self.reperes, self.style, (w, etiquettes[n:], hauteurs[n:])),
        ]

    def _couper_ligne(self, i: int, reste: float):
        """La ligne i en deux : le début de l'étiquette avec les barres, la suite sans barre."""
        colonne = self._largeur * PART_ETIQUETTES - 6
        morceaux = self._etiquettes[i].split(colonne, reste - 5)
        if len(morceaux) != 2:
            return None
        ligne = self.lignes[i]
        suite = LigneFrise(ligne.titre, ligne.couleur, [])
        hauteurs = [m.wrap(colonne, 10_000)[1] + 5 for m in morceaux]
        return (
            [*self.lignes[:i], ligne, suite, *self.lignes[i + 1 :]],
            [*self._etiquettes[:i], *morceaux, *self._etiquettes[i + 1 :]],
            [*self._hauteurs[:i], *hauteurs, *self._hauteurs[i + 1 :]],
        )

    # --- dessin -------------------------------------------------------------------------

    def _x(self, jour: date, debut_barres: float, largeur_barres: float) -> float:
        annee = self.reperes.annee
        premier = date(annee, 1, 1)
        jours = (date(annee + 1, 1, 1) - premier).days
        return debut_barres + largeur_barres * (jour - premier).days / jours

    def draw(self):
        c = self.canv
        annee = self.reperes.annee
        gauche = self.width * PART_ETIQUETTES
        largeur_barres = self.width - gauche
        bas, haut = 0.0, self.height - HAUTEUR_ENTETE

        def x(jour: date) -> float:
            return self._x(jour, gauche, largeur_barres)

        # Mois : colonnes alternées et noms dans l'en-tête.
        for mois in range(1, 13):
            debut = date(annee, mois, 1)
            fin = date(annee + (mois == 12), mois % 12 + 1, 1)
            if mois % 2 == 0:
                c.setFillColor(BLEU_PALE)
                c.rect(x(debut), bas, x(fin) - x(debut), haut - bas, stroke=0, fill=1)
            c.setFillColor(BLEU)
            c.rect(x(debut), haut, x(fin) - x(debut), HAUTEUR_ENTETE, stroke=0, fill=1)
            c.setFillColor(colors.white)
            nom = MOIS[mois - 1]
            if largeur(nom, 7.5, True) > x(fin) - x(debut) - 4:
                nom = MOIS_ABREGES[mois - 1]
            texte_canevas(c, (x(debut) + x(fin)) / 2, haut + 5, nom, 7.5, True, centre=True)
        c.setFillColor(BLEU)
        c.rect(0, haut, gauche, HAUTEUR_ENTETE, stroke=0, fill=1)
        c.setFillColor(colors.white)
        texte_canevas(c, 3, haut + 5, f"Campagnes {annee}", 7.5, True)

        r = self.reperes
        if r.semaine_nationale:
            d, f = r.semaine_nationale
            c.setFillColor(JAUNE_SEMAINE)
            c.rect(x(d), bas, x(f + timedelta(days=1)) - x(d), haut - bas, stroke=0, fill=1)

        c.setStrokeColor(GRIS)
        c.setLineWidth(0.5)
        c.setDash(1.5, 1.5)
        for jour in r.feries:
            if jour.year == annee:
                milieu = x(jour) + (x(jour + timedelta(days=1)) - x(jour)) / 2
                c.line(milieu, bas, milieu, haut)
        c.setDash()

        # Les deux journées, sous les barres pour qu'une campagne d'un jour reste visible.
        for jour, couleur in (
            (r.journee_4_mars, ROUGE_4_MARS),
            (r.journee_30_juillet, BLEU_30_JUILLET),
        ):
            milieu = x(jour) + (x(jour + timedelta(days=1)) - x(jour)) / 2
            c.setStrokeColor(couleur)
            c.setLineWidth(1.1)
            c.line(milieu, bas, milieu, haut)

        # Lignes de campagnes : étiquette à gauche, barres à droite.
        y = haut
        c.setStrokeColor(GRIS_TRAIT)
        c.setLineWidth(0.3)
        premier, dernier = date(annee, 1, 1), date(annee, 12, 31)
        for ligne, etiquette, h in zip(self.lignes, self._etiquettes, self._hauteurs, strict=True):
            y -= h
            _, hp = etiquette.wrap(gauche - 6, 10_000)
            etiquette.drawOn(c, 3, y + (h - hp) / 2)
            c.setFillColor(_couleur(ligne.couleur))
            for debut, fin in ligne.periodes:
                d, f = max(debut, premier), min(fin, dernier)
                if f < d:
                    continue
                x0, x1 = x(d), x(f + timedelta(days=1))
                if x1 - x0 < LARGEUR_MIN_BARRE:  # une journée : barre centrée sur le jour
                    x0 = (x0 + x1 - LARGEUR_MIN_BARRE) / 2
                    x1 = x0 + LARGEUR_MIN_BARRE
                c.rect(x0, y + (h - HAUTEUR_BARRE) / 2, x1 - x0, HAUTEUR_BARRE, stroke=0, fill=1)
            c.line(0, y, self.width, y)

        c.setStrokeColor(GRIS_TRAIT)
        c.setLineWidth(0.6)
        c.rect(0, bas, self.width, self.height, stroke=1, fill=0)


class Legende(Flowable):
    """Les repères de la frise expliqués, avec les mêmes traits et couleurs ; passe à la ligne."""

    INTERLIGNE = 13

    def __init__(self, libelle_semaine: str):
        super().__init__()
        self.elements = [
            (
                "trait",
                ROUGE_4_MARS,
                "4 mars : Journée de la lutte contre l'exploitation sexuelle des mineurs",
            ),
            (
                "trait",
                BLEU_30_JUILLET,
                "30 juillet : Journée mondiale de la lutte contre la traite",
            ),
            ("bande", JAUNE_SEMAINE, libelle_semaine),
            ("tirets", GRIS, "jour férié"),
        ]
        self._places: list[tuple[float, int]] = []

    def wrap(self, availWidth, availHeight):  # noqa: N803 - surcharge reportlab
        x, rang = 0.0, 0
        self._places = []
        for _, _, texte in self.elements:
            w = 16 + largeur(texte, 7.5) + 14
            if x and x + w > availWidth:
                x, rang = 0.0, rang + 1
            self._places.append((x, rang))
            x += w
        self.width, self.height = availWidth, (rang + 1) * self.INTERLIGNE + 2
        return self.width, self.height

    def draw(self):
        c = self.canv
        for (genre, couleur, texte), (x, rang) in zip(self.elements, self._places, strict=True):
            y = self.height - (rang + 1) * self.INTERLIGNE + 4
            if genre == "bande":
                c.setFillColor(couleur)
                c.rect(x, y - 2, 12, 9, stroke=0, fill=1)
            else:
                c.setStrokeColor(couleur)
                c.setLineWidth(1.1 if genre == "trait" else 0.6)
                if genre == "tirets":
                    c.setDash(1.5, 1.5)
                c.line(x + 6, y - 2, x + 6, y + 7)
                c.setDash()
            c.setFillColor(colors.black)
            texte_canevas(c, x + 16, y, texte, 7.5)
