"""La frise de l'année : une ligne par campagne, une barre par occurrence.

Tout est dessiné dans un seul `paintEvent` qui ne parcourt que les lignes visibles : la
hauteur de ligne est fixe, donc la ligne sous un point se calcule par une division et
10 000 campagnes coûtent autant à dessiner que 13. Le widget ne touche jamais la base :
il émet des signaux, la fenêtre enregistre (et gère l'annulation) puis rappelle `afficher`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from functools import partial

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from campagnes.calendrier import date_fr, periode_fr
from campagnes.modele import Occurrence

HAUTEUR_LIGNE = 26
"""Fixe : la ligne sous un point se trouve par une division, sans parcourir les lignes."""
HAUTEUR_BARRE = 16
HAUTEUR_MOIS = 22
HAUTEUR_SEMAINES = 18
HAUTEUR_ENTETE = HAUTEUR_MOIS + HAUTEUR_SEMAINES
LARGEUR_MIN_BARRE = 6.0
"""Une journée à l'échelle de l'année fait 2 à 3 px : trop peu pour la voir ou la viser."""
ZOOM_MAX = 24.0
COTE_LOSANGE = 12.0
LARGEUR_MARQUEUR = 12.0
HAUTEUR_MARQUEUR = 9.0
MORSURE_MARQUEUR = 2.0
"""Le triangle est posé sur le bord haut de la barre et n'y entre que de 2 px : le texte,
centré verticalement, commence plus bas et reste lisible ; sa pointe monte dans
l'espace libre entre cette barre et celle du dessus."""

MOIS_COURTS = (
    QT_TRANSLATE_NOOP("VueAnnee", "janv."),
    QT_TRANSLATE_NOOP("VueAnnee", "févr."),
    QT_TRANSLATE_NOOP("VueAnnee", "mars"),
    QT_TRANSLATE_NOOP("VueAnnee", "avr."),
    QT_TRANSLATE_NOOP("VueAnnee", "mai"),
    QT_TRANSLATE_NOOP("VueAnnee", "juin"),
    QT_TRANSLATE_NOOP("VueAnnee", "juil."),
    QT_TRANSLATE_NOOP("VueAnnee", "août"),
    QT_TRANSLATE_NOOP("VueAnnee", "sept."),
    QT_TRANSLATE_NOOP("VueAnnee", "oct."),
    QT_TRANSLATE_NOOP("VueAnnee", "nov."),
    QT_TRANSLATE_NOOP("VueAnnee", "déc."),
)
MOIS_LONGS = (
    QT_TRANSLATE_NOOP("VueAnnee", "janvier"),
    QT_TRANSLATE_NOOP("VueAnnee", "février"),
    QT_TRANSLATE_NOOP("VueAnnee", "mars"),
    QT_TRANSLATE_NOOP("VueAnnee", "avril"),
    QT_TRANSLATE_NOOP("VueAnnee", "mai"),
    QT_TRANSLATE_NOOP("VueAnnee", "juin"),
    QT_TRANSLATE_NOOP("VueAnnee", "juillet"),
    QT_TRANSLATE_NOOP("VueAnnee", "août"),
    QT_TRANSLATE_NOOP("VueAnnee", "septembre"),
    QT_TRANSLATE_NOOP("VueAnnee", "octobre"),
    QT_TRANSLATE_NOOP("VueAnnee", "novembre"),
    QT_TRANSLATE_NOOP("VueAnnee", "décembre"),
)

_echapper = partial(html.escape, quote=False)
"""Le texte de l'utilisateur est une donnée, jamais du balisage (infobulles en texte riche)."""

COULEUR_AUJOURDHUI = QColor("#d32f2f")
COULEUR_FERIE = QColor(96, 125, 139, 70)
COULEUR_FERIE_ENTETE = QColor("#607d8b")
COULEUR_MARQUEUR = QColor("#ffb300")
"""Ambre cerné de sombre : se détache des barres claires comme des foncées."""
COULEUR_CONTOUR_MARQUEUR = QColor("#3e2723")


@dataclass
class LigneAnnee:
    """Une ligne de la frise : une campagne, ou un calendrier de partenaire importé."""

    slug: str
    titre: str
    couleur: str
    occurrences: list[Occurrence] = field(default_factory=list)
    echeances: list[tuple[date, str]] = field(default_factory=list)
    source: str | None = None


def lignes_campagnes(campagnes, annee: int, feries: dict[date, str]) -> list[LigneAnnee]:
    """Les lignes de nos campagnes pour une année, par les fonctions du domaine.

    Les échéances de matériel sont calculées pour chaque lancement (celui de l'année et ceux
    de l'année suivante, dont le matériel se prépare souvent avant le 31 décembre) ; seules
    celles qui tombent dans l'année affichée sont gardées.
    """
    from campagnes.calendrier import echeance_materiel, occurrences_campagne

    lignes = []
    for c in campagnes:
        occurrences = occurrences_campagne(c, annee, feries)
        echeances: list[tuple[date, str]] = []
        if c.materiels:
            # Le matériel du lancement de janvier prochain est souvent dû cette année.
            suivantes = occurrences_campagne(c, annee + 1)
            lancements = sorted({o.debut for o in occurrences + suivantes}) or [None]
        for m in c.materiels:
            for lancement in lancements:
                jour = echeance_materiel(m, lancement)
                if jour and jour.year == annee and (jour, m.titre) not in echeances:
                    echeances.append((jour, m.titre))
        lignes.append(LigneAnnee(c.slug, c.titre, c.couleur, occurrences, sorted(echeances)))
    return lignes


class _Mode(Enum):
    DEPLACER = "deplacer"
    DEBUT = "debut"
    FIN = "fin"


@dataclass
class _Glisser:
    """Un glisser en cours : rien n'est émis avant le relâchement."""

    ligne: int
    occurrence: Occurrence
    mode: _Mode
    x_depart: float
    actif: bool = False
    decalage: int = 0

    def dates(self) -> tuple[date, date]:
        o, d = self.occurrence, timedelta(days=self.decalage)
        if self.mode is _Mode.DEPLACER:
            return o.debut + d, o.fin + d
        if self.mode is _Mode.DEBUT:
            return min(o.debut + d, o.fin), o.fin
        return o.debut, max(o.fin + d, o.debut)


def _couleur_texte(fond: QColor) -> QColor:
    """Noir ou blanc, selon ce qui se lit le mieux sur ce fond (luminance relative WCAG)."""

    def canal(v: float) -> float:
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * canal(fond.red()) + 0.7152 * canal(fond.green()) + 0.0722 * canal(fond.blue())
    return QColor("#000000") if (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) else QColor("#ffffff")


class VueAnnee(QAbstractScrollArea):
    """La frise des 12 mois, une ligne par campagne.

    Signaux :
      - ``occurrence_choisie(str slug)`` : l'utilisateur a choisi une ligne (clic sur une
        barre, sur le titre ou dans la ligne ; flèches haut/bas). Émis aussi pour une
        ligne de source importée (son slug).
      - ``occurrence_ouverte(str slug)`` : double clic sur une barre ou un titre, ou Entrée ;
        jamais pour une source importée (rien à éditer).
      - ``occurrence_deplacee(str slug, object date_origine, object debut, object fin)`` :
        au relâchement d'un glisser qui a changé les dates ; ``date_origine`` est celle de
        l'occurrence (elle identifie l'année à modifier), ``fin`` est incluse. Le widget
        n'affiche pas les nouvelles dates de lui-même : la fenêtre enregistre puis rappelle
        ``afficher``.
      - ``marqueur_choisi(str slug, object jour)`` : clic sur un triangle d'avertissement
        (posé par ``definir_marqueurs``) ; la ligne est aussi choisie (``occurrence_choisie``).

    Échap pendant un glisser l'annule ; Ctrl+molette, Ctrl++ et Ctrl+- zooment ; la
    colonne des titres reste fixe pendant le défilement horizontal.
    """

    occurrence_choisie = Signal(str)
    occurrence_ouverte = Signal(str)
    occurrence_deplacee = Signal(str, object, object, object)
    marqueur_choisi = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._annee = date.today().year
        self._premier = date(self._annee, 1, 1)
        self._nb_jours = 365
        self._toutes: list[LigneAnnee] = []
        self._lignes: list[LigneAnnee] = []
        self._index: dict[str, int] = {}
        self._feries: dict[date, str] = {}
        self._aujourdhui: date | None = None
        self._masquees: set[str] = set()
        self._marqueurs: dict[str, dict[date, list[str]]] = {}
        self._selection: str | None = None
        self._zoom = 1.0
        self._largeur_titres = 300
        self._largeur_titres_choisie = False
        self._glisser: _Glisser | None = None
        self._redim_colonne: int | None = None
        self._police_titres = QFont(self.font())
        self._police_source = QFont(self.font())
        self._police_source.setItalic(True)
        self._police_entete = QFont(self.font())
        self._police_entete.setBold(True)
        self._police_petite = QFont(self.font())
        self._police_petite.setPointSizeF(max(self.font().pointSizeF() * 0.85, 6.0))

        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setAccessibleName(self.tr("Frise de l'année"))
        self._mettre_a_jour_barres()

    # ----------------------------------------------------------------- API publique

    def afficher(
        self,
        annee: int,
        lignes: list[LigneAnnee],
        feries: dict[date, str],
        aujourd_hui: date | None = None,
    ) -> None:
        """Remplace le contenu ; garde la sélection, le zoom et le défilement si possible.

        `feries` peut couvrir plusieurs années (seule `annee` est ombrée) ; sans
        `aujourd_hui`, la date du jour est marquée si elle tombe dans l'année.
        Un glisser en cours est abandonné.
        """
        self._annuler_glisser()
        changement_annee = annee != self._annee
        self._annee = annee
        self._premier = date(annee, 1, 1)
        self._nb_jours = (date(annee + 1, 1, 1) - self._premier).days
        self._toutes = list(lignes)
        self._feries = {j: n for j, n in feries.items() if j.year == annee}
        self._aujourdhui = aujourd_hui if aujourd_hui is not None else date.today()
        if not self._largeur_titres_choisie:
            self._largeur_titres = self._largeur_titres_ideale()
        self._filtrer()
        if changement_annee:
            self.horizontalScrollBar().setValue(0)
        self.viewport().update()

    def selectionner(self, slug: str | None) -> None:
        """Sélectionne une ligne (sans émettre de signal) et la fait défiler en vue."""
        self._selection = slug if slug in self._index else None
        if self._selection is not None:
            self._rendre_visible(self._index[self._selection])
        self._decrire_selection()
        self.viewport().update()

    def definir_sources_masquees(self, sources: set[str]) -> None:
        """Cache les lignes des calendriers importés nommés (leurs barres ne répondent plus)."""
        self._masquees = set(sources)
        self._annuler_glisser()
        self._filtrer()
        self.viewport().update()

    def definir_marqueurs(self, marqueurs: list[tuple[str, date, str]]) -> None:
        """Pose les triangles d'avertissement : (slug, jour, texte) ; remplace les précédents.

        Rangés par ligne puis par jour : le dessin ne lit que ceux des lignes visibles, et
        plusieurs avertissements au même endroit font un seul triangle (l'infobulle les
        liste tous). Ceux d'une autre année que celle affichée ne se dessinent pas.
        """
        ranges: dict[str, dict[date, list[str]]] = {}
        for slug, jour, texte in marqueurs:
            textes = ranges.setdefault(slug, {}).setdefault(jour, [])
            if texte not in textes:
                textes.append(texte)
        self._marqueurs = ranges
        self.viewport().update()

    def rect_marqueur(self, slug: str, jour: date) -> QRect:
        """Le cadre du triangle dans le viewport ; vide s'il n'est pas affiché."""
        ligne = self._index.get(slug)
        if ligne is None or jour not in self._marqueurs.get(slug, {}) or jour.year != self._annee:
            return QRect()
        return self._rect_marqueur(ligne, jour).toAlignedRect()

    def slug_selectionne(self) -> str | None:
        return self._selection

    def definir_zoom(self, facteur: float, ancre_x: float | None = None) -> None:
        """1 = l'année entière dans la largeur ; au-delà, défilement horizontal."""
        facteur = min(max(facteur, 1.0), ZOOM_MAX)
        ancre = self.viewport().width() / 2 if ancre_x is None else ancre_x
        jour = self._jour_flottant(ancre)
        self._zoom = facteur
        self._mettre_a_jour_barres()
        x_nouveau = self._largeur_titres + jour * self._px_jour()
        self.horizontalScrollBar().setValue(round(x_nouveau - ancre))
        self.viewport().update()

    def montrer_date(self, jour: date) -> None:
        """Fait défiler horizontalement pour centrer ce jour (utile une fois zoomé)."""
        h = self.horizontalScrollBar()
        largeur_corps = self.viewport().width() - self._largeur_titres
        cible = (jour - self._premier).days * self._px_jour() - largeur_corps / 2
        h.setValue(round(cible))
        self.viewport().update()

    def zoom(self) -> float:
        return self._zoom

    def x_date(self, jour: date) -> float:
        """Abscisse (dans le viewport) du début de ce jour."""
        return (
            self._largeur_titres
            + (jour - self._premier).days * self._px_jour()
            - self.horizontalScrollBar().value()
        )

    def largeur_jour(self) -> float:
        return self._px_jour()

    def rect_ligne(self, slug: str) -> QRect:
        """Le rectangle de la ligne dans le viewport ; vide si elle n'est pas affichée."""
        ligne = self._index.get(slug)
        if ligne is None:
            return QRect()
        y = self._y_ligne(ligne)
        return QRect(0, round(y), self.viewport().width(), HAUTEUR_LIGNE)

    def rect_occurrence(self, slug: str, date_origine: date | None = None) -> QRect:
        """Le rectangle dessiné de la barre (coupée au bord de l'année) ; vide si absente."""
        ligne = self._index.get(slug)
        if ligne is None:
            return QRect()
        for o in self._lignes[ligne].occurrences:
            if date_origine is None or o.date_origine == date_origine:
                return self._rect_barre(ligne, o.debut, o.fin).toAlignedRect()
        return QRect()

    def texte_infobulle(self, pos: QPoint) -> str:
        """Ce que l'infobulle montre en ce point du viewport (vide : pas d'infobulle)."""
        ligne = self._ligne_a(pos.y())
        if pos.x() < self._largeur_titres:
            if ligne is None:
                return ""
            return self._infobulle_titre(self._lignes[ligne])
        if pos.y() < HAUTEUR_ENTETE:
            ferie = self._ferie_a(pos.x())
            return self._infobulle_ferie(ferie) if ferie else ""
        if ligne is None:
            return ""
        marqueurs = self._marqueurs_a(ligne, pos)
        if marqueurs:
            return self._infobulle_marqueurs(self._lignes[ligne], marqueurs)
        echeances = self._echeances_a(ligne, pos)
        if echeances:
            return self._infobulle_echeances(self._lignes[ligne], echeances)
        touche = self._occurrence_a(ligne, pos)
        if touche:
            return self._infobulle_occurrence(self._lignes[ligne], touche[0])
        ferie = self._ferie_a(pos.x())
        return self._infobulle_ferie(ferie) if ferie else ""

    # ------------------------------------------------------------------ géométrie

    def sizeHint(self) -> QSize:
        return QSize(1000, HAUTEUR_ENTETE + 14 * HAUTEUR_LIGNE)

    def _largeur_titres_ideale(self) -> int:
        """Assez pour les titres (échantillon), sans manger plus de 40 % de la largeur."""
        fm = QFontMetrics(self._police_titres)
        echantillon = self._toutes[:500]
        plus_long = max((fm.horizontalAdvance(ligne.titre) for ligne in echantillon), default=120)
        maximum = max(int(self.viewport().width() * 0.45), 160)
        return max(160, min(plus_long + 36, maximum, 600))

    def _px_jour(self) -> float:
        disponible = max(self.viewport().width() - self._largeur_titres, 100)
        return disponible / self._nb_jours * self._zoom

    def _y_ligne(self, ligne: int) -> float:
        return HAUTEUR_ENTETE + ligne * HAUTEUR_LIGNE - self.verticalScrollBar().value()

    def _ligne_a(self, y: float) -> int | None:
        if y < HAUTEUR_ENTETE:
            return None
        ligne = int((y - HAUTEUR_ENTETE + self.verticalScrollBar().value()) // HAUTEUR_LIGNE)
        return ligne if 0 <= ligne < len(self._lignes) else None

    def _jour_flottant(self, x: float) -> float:
        px = self._px_jour()
        return (x - self._largeur_titres + self.horizontalScrollBar().value()) / px

    def _jour_a(self, x: float) -> date | None:
        n = int(self._jour_flottant(x) // 1)
        return self._premier + timedelta(days=n) if 0 <= n < self._nb_jours else None

    def _rect_barre(self, ligne: int, debut: date, fin: date) -> QRectF:
        """Coupée aux bords de l'année ; une journée garde une largeur visible."""
        premier, dernier = self._premier, self._premier + timedelta(days=self._nb_jours - 1)
        debut_v, fin_v = max(debut, premier), min(fin, dernier)
        x1 = self.x_date(debut_v)
        x2 = self.x_date(fin_v) + self._px_jour()
        if x2 - x1 < LARGEUR_MIN_BARRE:
            milieu = (x1 + x2) / 2
            x1, x2 = milieu - LARGEUR_MIN_BARRE / 2, milieu + LARGEUR_MIN_BARRE / 2
        y = self._y_ligne(ligne) + (HAUTEUR_LIGNE - HAUTEUR_BARRE) / 2
        return QRectF(x1, y, x2 - x1, HAUTEUR_BARRE)

    def _occurrence_a(self, ligne: int, pos: QPoint) -> tuple[Occurrence, _Mode] | None:
        """La barre sous le point et la partie visée (corps ou bord) ; la plus courte d'abord."""
        candidats = []
        x = pos.x()
        for o in self._lignes[ligne].occurrences:
            if o.fin < self._premier or o.debut >= self._premier + timedelta(days=self._nb_jours):
                continue
            r = self._rect_barre(ligne, o.debut, o.fin)
            if not (r.top() - 2 <= pos.y() <= r.bottom() + 2):
                continue
            bord = min(4.0, r.width() / 4)
            if r.left() - 3 <= x <= r.right() + 3:
                coupee_debut = o.debut < self._premier
                coupee_fin = o.fin > self._premier + timedelta(days=self._nb_jours - 1)
                if x < r.left() + bord and not coupee_debut:
                    mode = _Mode.DEBUT
                elif x > r.right() - bord and not coupee_fin:
                    mode = _Mode.FIN
                elif r.left() <= x <= r.right():
                    mode = _Mode.DEPLACER
                else:
                    continue
                dedans = r.left() <= x <= r.right()
                candidats.append((not dedans, o.duree_jours, o, mode))
        if not candidats:
            return None
        candidats.sort(key=lambda c: (c[0], c[1]))
        return candidats[0][2], candidats[0][3]

    def _rect_marqueur(self, ligne: int, jour: date) -> QRectF:
        cx = self.x_date(jour) + self._px_jour() / 2
        bas = self._y_ligne(ligne) + (HAUTEUR_LIGNE - HAUTEUR_BARRE) / 2 + MORSURE_MARQUEUR
        # Sous l'en-tête, la pointe serait coupée : le triangle s'aplatit plutôt.
        haut = max(bas - HAUTEUR_MARQUEUR, HAUTEUR_ENTETE + 0.5)
        return QRectF(cx - LARGEUR_MARQUEUR / 2, haut, LARGEUR_MARQUEUR, bas - haut)

    def _marqueurs_a(self, ligne: int, pos: QPoint) -> list[tuple[date, list[str]]]:
        """Les triangles sous le point (voisins compris : à l'échelle de l'année, deux jours
        proches se chevauchent) ; le plus proche d'abord."""
        if pos.x() <= self._largeur_titres:
            return []
        par_jour = self._marqueurs.get(self._lignes[ligne].slug)
        if not par_jour:
            return []
        touches = []
        for jour, textes in par_jour.items():
            if jour.year != self._annee:
                continue
            r = self._rect_marqueur(ligne, jour).adjusted(-1, -1, 1, 1)
            if r.contains(QPointF(pos)):
                touches.append((abs(r.center().x() - pos.x()), jour, textes))
        touches.sort(key=lambda t: (t[0], t[1]))
        return [(jour, textes) for _ecart, jour, textes in touches]

    def _echeances_a(self, ligne: int, pos: QPoint) -> list[tuple[date, str]]:
        """Les échéances sous le point (plusieurs matériels peuvent tomber le même jour)."""
        centre_y = self._y_ligne(ligne) + HAUTEUR_LIGNE / 2
        if abs(pos.y() - centre_y) > COTE_LOSANGE / 2 + 1:
            return []
        return [
            (jour, libelle)
            for jour, libelle in self._lignes[ligne].echeances
            if abs(pos.x() - (self.x_date(jour) + self._px_jour() / 2)) <= COTE_LOSANGE / 2 + 1
        ]

    def _ferie_a(self, x: float) -> tuple[date, str] | None:
        jour = self._jour_a(x)
        if jour is None:
            return None
        # À l'échelle de l'année un jour fait 2 px : on accepte le voisin immédiat.
        tolerance = 1 if self._px_jour() < 4 else 0
        for decalage in range(-tolerance, tolerance + 1):
            j = jour + timedelta(days=decalage)
            if j in self._feries:
                return j, self._feries[j]
        return None

    def _seuil_glisser(self) -> float:
        """À l'échelle de l'année un jour fait 2 à 3 px : le seuil usuel (10 px) empêcherait
        de décaler d'un seul jour ; on garde 3 px pour qu'un clic tremblé reste un clic."""
        return min(QApplication.startDragDistance(), 3)

    def _sur_separateur(self, x: float) -> bool:
        # La poignée reste du côté des titres : une barre coupée au 1er janvier commence
        # juste à droite et doit rester saisissable.
        return self._largeur_titres - 5 <= x < self._largeur_titres

    # ------------------------------------------------------------------ état

    def _filtrer(self) -> None:
        self._lignes = [
            ligne
            for ligne in self._toutes
            if ligne.source is None or ligne.source not in self._masquees
        ]
        self._index = {}
        for i, ligne in enumerate(self._lignes):
            self._index.setdefault(ligne.slug, i)
        if self._selection not in self._index:
            self._selection = None
        self._mettre_a_jour_barres()
        self._decrire_selection()

    def _mettre_a_jour_barres(self) -> None:
        hauteur_corps = max(self.viewport().height() - HAUTEUR_ENTETE, 0)
        v = self.verticalScrollBar()
        v.setRange(0, max(len(self._lignes) * HAUTEUR_LIGNE - hauteur_corps, 0))
        v.setPageStep(max(hauteur_corps, HAUTEUR_LIGNE))
        v.setSingleStep(HAUTEUR_LIGNE)
        largeur_corps = max(self.viewport().width() - self._largeur_titres, 0)
        h = self.horizontalScrollBar()
        total = self._nb_jours * self._px_jour()
        h.setRange(0, max(round(total - largeur_corps), 0))
        h.setPageStep(max(largeur_corps, 1))
        h.setSingleStep(max(round(self._px_jour() * 7), 1))

    def _rendre_visible(self, ligne: int) -> None:
        v = self.verticalScrollBar()
        haut = ligne * HAUTEUR_LIGNE
        hauteur_corps = self.viewport().height() - HAUTEUR_ENTETE
        if haut < v.value():
            v.setValue(haut)
        elif haut + HAUTEUR_LIGNE > v.value() + hauteur_corps:
            v.setValue(haut + HAUTEUR_LIGNE - hauteur_corps)

    def _decrire_selection(self) -> None:
        """Pour les lecteurs d'écran : la ligne choisie et ses dates."""
        if self._selection is None:
            self.setAccessibleDescription("")
            return
        ligne = self._lignes[self._index[self._selection]]
        periodes = "; ".join(periode_fr(o.debut, o.fin) for o in ligne.occurrences[:3])
        self.setAccessibleDescription(f"{ligne.titre} — {periodes}")

    def _choisir(self, ligne: int) -> None:
        slug = self._lignes[ligne].slug
        self._selection = slug
        self._rendre_visible(ligne)
        self._decrire_selection()
        self.viewport().update()
        self.occurrence_choisie.emit(slug)

    def _annuler_glisser(self) -> None:
        if self._glisser is not None:
            self._glisser = None
            self.viewport().unsetCursor()
            self.viewport().update()

    # ------------------------------------------------------------------ événements Qt

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._largeur_titres_choisie:
            self._largeur_titres = self._largeur_titres_ideale()
        self._mettre_a_jour_barres()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        # En-tête et colonne des titres sont fixes : tout se redessine.
        self.viewport().update()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            aide: QHelpEvent = event  # type: ignore[assignment]
            texte = "" if self._glisser else self.texte_infobulle(aide.pos())
            if texte:
                QToolTip.showText(aide.globalPos(), texte, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton:
            if self._glisser is not None:
                self._annuler_glisser()
            return
        if self._sur_separateur(pos.x()):
            self._redim_colonne = pos.x()
            return
        ligne = self._ligne_a(pos.y())
        if ligne is None:
            return
        marqueurs = self._marqueurs_a(ligne, pos)
        self._choisir(ligne)
        if marqueurs:
            # Un clic sur le triangle montre l'avertissement ; il ne saisit pas la barre.
            self.marqueur_choisi.emit(self._lignes[ligne].slug, marqueurs[0][0])
            return
        # Le signal a pu faire rappeler afficher() : on relit la ligne sous le pointeur.
        ligne = self._ligne_a(pos.y())
        if ligne is None or pos.x() <= self._largeur_titres:
            return
        touche = self._occurrence_a(ligne, pos)
        if touche and self._lignes[ligne].source is None:
            self._glisser = _Glisser(ligne, touche[0], touche[1], float(pos.x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._redim_colonne is not None:
            maximum = max(self.viewport().width() - 200, 120)
            self._largeur_titres = round(min(max(pos.x(), 120), maximum))
            self._largeur_titres_choisie = True
            self._mettre_a_jour_barres()
            self.viewport().update()
            return
        g = self._glisser
        if g is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if not g.actif and abs(pos.x() - g.x_depart) >= self._seuil_glisser():
                g.actif = True
            if g.actif:
                decalage = round((pos.x() - g.x_depart) / self._px_jour())
                if decalage != g.decalage:
                    g.decalage = decalage
                    self.viewport().update()
                self.viewport().setCursor(
                    Qt.CursorShape.ClosedHandCursor
                    if g.mode is _Mode.DEPLACER
                    else Qt.CursorShape.SizeHorCursor
                )
            return
        self._curseur_survol(pos.toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self._redim_colonne is not None:
            self._redim_colonne = None
            return
        g, self._glisser = self._glisser, None
        self.viewport().unsetCursor()
        self.viewport().update()
        if g is None or not g.actif:
            return
        debut, fin = g.dates()
        o = g.occurrence
        if (debut, fin) != (o.debut, o.fin):
            self.occurrence_deplacee.emit(o.slug, o.date_origine, debut, fin)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        ligne = self._ligne_a(pos.y())
        if ligne is None or self._lignes[ligne].source is not None:
            return
        if pos.x() < self._largeur_titres or self._occurrence_a(ligne, pos):
            self._glisser = None
            self.occurrence_ouverte.emit(self._lignes[ligne].slug)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            crans = event.angleDelta().y() / 120
            if crans:
                self.definir_zoom(self._zoom * (1.25**crans), event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        touche = event.key()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if touche == Qt.Key.Key_Escape and self._glisser is not None:
            self._annuler_glisser()
            return
        if ctrl and touche in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.definir_zoom(self._zoom * 1.5)
            return
        if ctrl and touche == Qt.Key.Key_Minus:
            self.definir_zoom(self._zoom / 1.5)
            return
        if ctrl and touche == Qt.Key.Key_0:
            self.definir_zoom(1.0)
            return
        if not self._lignes:
            super().keyPressEvent(event)
            return
        actuelle = self._index.get(self._selection) if self._selection else None
        page = max((self.viewport().height() - HAUTEUR_ENTETE) // HAUTEUR_LIGNE - 1, 1)
        cibles = {
            Qt.Key.Key_Down: 0 if actuelle is None else actuelle + 1,
            Qt.Key.Key_Up: 0 if actuelle is None else actuelle - 1,
            Qt.Key.Key_PageDown: 0 if actuelle is None else actuelle + page,
            Qt.Key.Key_PageUp: 0 if actuelle is None else actuelle - page,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self._lignes) - 1,
        }
        if touche in cibles and not ctrl:
            cible = min(max(cibles[touche], 0), len(self._lignes) - 1)
            if cible != actuelle:
                self._choisir(cible)
            return
        if touche in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and actuelle is not None:
            if self._lignes[actuelle].source is None:
                self.occurrence_ouverte.emit(self._lignes[actuelle].slug)
            return
        super().keyPressEvent(event)

    def _curseur_survol(self, pos: QPoint) -> None:
        if self._sur_separateur(pos.x()):
            self.viewport().setCursor(Qt.CursorShape.SplitHCursor)
            return
        ligne = self._ligne_a(pos.y())
        if ligne is not None and self._marqueurs_a(ligne, pos):
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            return
        touche = None
        if (
            ligne is not None
            and pos.x() > self._largeur_titres
            and self._lignes[ligne].source is None
        ):
            touche = self._occurrence_a(ligne, pos)
        if touche is None:
            self.viewport().unsetCursor()
        elif touche[1] is _Mode.DEPLACER:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)

    # ------------------------------------------------------------------ infobulles

    def _infobulle_occurrence(self, ligne: LigneAnnee, o: Occurrence) -> str:
        morceaux = [f"<b>{_echapper(o.titre or ligne.titre)}</b>"]
        morceaux.append(_echapper(periode_fr(o.debut, o.fin)))
        if ligne.source is not None or o.source:
            morceaux.append(
                _echapper(
                    self.tr("Calendrier importé : {source}").format(source=o.source or ligne.source)
                )
            )
        if o.recommandations:
            numeros = ", ".join(str(n) for n in o.recommandations)
            if len(o.recommandations) == 1:
                texte = self.tr("Recommandation {numeros}").format(numeros=numeros)
            else:
                texte = self.tr("Recommandations {numeros}").format(numeros=numeros)
            morceaux.append(_echapper(texte))
        if o.deplacee:
            morceaux.append(_echapper(self.tr("Dates modifiées pour cette année")))
        if o.jours_feries:
            noms = ", ".join(f"{f.nom} ({date_fr(f.jour, annee=False)})" for f in o.jours_feries)
            morceaux.append(_echapper(self.tr("Jours fériés : {noms}").format(noms=noms)))
        return "<br>".join(morceaux)

    def _infobulle_titre(self, ligne: LigneAnnee) -> str:
        morceaux = [f"<b>{_echapper(ligne.titre)}</b>"]
        if ligne.source is not None:
            morceaux.append(
                _echapper(self.tr("Calendrier importé : {source}").format(source=ligne.source))
            )
        for o in ligne.occurrences[:6]:
            morceaux.append(_echapper(periode_fr(o.debut, o.fin)))
        return "<br>".join(morceaux)

    def _infobulle_echeances(self, ligne: LigneAnnee, echeances: list[tuple[date, str]]) -> str:
        morceaux = [f"<b>{_echapper(ligne.titre)}</b>"]
        for jour, libelle in echeances:
            texte = self.tr("Échéance du matériel « {libelle} » : {jour}")
            morceaux.append(_echapper(texte.format(libelle=libelle, jour=date_fr(jour))))
        return "<br>".join(morceaux)

    def _infobulle_marqueurs(
        self, ligne: LigneAnnee, marqueurs: list[tuple[date, list[str]]]
    ) -> str:
        morceaux = [f"<b>{_echapper(ligne.titre)}</b>"]
        for _jour, textes in marqueurs:
            morceaux.extend(f"⚠ {_echapper(texte)}" for texte in textes)
        morceaux.append(_echapper(self.tr("Cliquez pour voir l'avertissement dans la liste.")))
        return "<br>".join(morceaux)

    def _infobulle_ferie(self, ferie: tuple[date, str]) -> str:
        jour, nom = ferie
        return f"<b>{_echapper(nom)}</b><br>" + _echapper(
            self.tr("Jour férié au Québec : {jour}").format(jour=date_fr(jour))
        )

    # ------------------------------------------------------------------ dessin

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self.viewport())
        # Fonds, grille et fériés sans anticrénelage (le plus coûteux à remplir) ;
        # les barres et les losanges l'activent pour eux seuls.
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pal = self.palette()
        largeur, hauteur = self.viewport().width(), self.viewport().height()
        gauche = self._largeur_titres
        p.fillRect(0, 0, largeur, hauteur, pal.color(QPalette.ColorRole.Base))

        n = len(self._lignes)
        defil = self.verticalScrollBar().value()
        premiere = defil // HAUTEUR_LIGNE
        derniere = min(n - 1, (defil + hauteur - HAUTEUR_ENTETE) // HAUTEUR_LIGNE)
        visibles = range(premiere, derniere + 1)

        corps = QRectF(gauche, HAUTEUR_ENTETE, largeur - gauche, hauteur - HAUTEUR_ENTETE)
        p.save()
        p.setClipRect(corps)
        self._dessiner_fonds(p, visibles, 0, largeur)
        self._dessiner_grille(p, HAUTEUR_ENTETE, hauteur)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for ligne in visibles:
            self._dessiner_ligne(p, ligne)
        self._dessiner_glisser(p)
        self._dessiner_aujourdhui(p, HAUTEUR_ENTETE, hauteur)
        if self._marqueurs:
            for ligne in visibles:
                self._dessiner_marqueurs(p, ligne)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.restore()

        p.save()
        p.setClipRect(QRectF(gauche, 0, largeur - gauche, HAUTEUR_ENTETE))
        self._dessiner_entete(p, largeur)
        p.restore()

        p.save()
        p.setClipRect(QRectF(0, HAUTEUR_ENTETE, gauche, hauteur - HAUTEUR_ENTETE))
        self._dessiner_fonds(p, visibles, 0, gauche)
        for ligne in visibles:
            self._dessiner_titre(p, ligne)
        p.restore()

        self._dessiner_coin(p)
        trait = QColor(pal.color(QPalette.ColorRole.Mid))
        p.setPen(QPen(trait, 1))
        p.drawLine(QPointF(gauche - 0.5, 0), QPointF(gauche - 0.5, hauteur))
        p.drawLine(QPointF(0, HAUTEUR_ENTETE - 0.5), QPointF(largeur, HAUTEUR_ENTETE - 0.5))
        if not self._lignes:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(
                corps.adjusted(0, 12, 0, 0),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.tr("Aucune campagne à afficher pour {annee}.").format(annee=self._annee),
            )
        if self.hasFocus() and self._selection is None and self._lignes:
            # Le focus doit se voir même sans ligne choisie.
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            p.drawRect(QRectF(0.5, 0.5, largeur - 1, hauteur - 1))
        p.end()

    def _dessiner_fonds(self, p: QPainter, visibles: range, x: float, largeur: float) -> None:
        pal = self.palette()
        alterne = pal.color(QPalette.ColorRole.AlternateBase)
        selection = QColor(pal.color(QPalette.ColorRole.Highlight))
        selection.setAlpha(45)
        for ligne in visibles:
            y = self._y_ligne(ligne)
            if ligne % 2:
                p.fillRect(QRectF(x, y, largeur, HAUTEUR_LIGNE), alterne)
            if self._lignes[ligne].slug == self._selection:
                p.fillRect(QRectF(x, y, largeur, HAUTEUR_LIGNE), selection)

    def _dessiner_grille(self, p: QPainter, haut: float, bas: float) -> None:
        pal = self.palette()
        px = self._px_jour()
        for jour in self._feries:
            x = self.x_date(jour)
            p.fillRect(QRectF(x, haut, max(px, 3.0), bas - haut), COULEUR_FERIE)
        semaine = QColor(pal.color(QPalette.ColorRole.Mid))
        semaine.setAlpha(45)
        mois = QColor(pal.color(QPalette.ColorRole.Mid))
        mois.setAlpha(170)
        lundi = self._premier + timedelta(days=(7 - self._premier.weekday()) % 7)
        p.setPen(QPen(semaine, 1))
        while lundi.year == self._annee:
            x = round(self.x_date(lundi)) + 0.5
            p.drawLine(QPointF(x, haut), QPointF(x, bas))
            lundi += timedelta(days=7)
        p.setPen(QPen(mois, 1))
        for m in range(1, 13):
            x = round(self.x_date(date(self._annee, m, 1))) + 0.5
            p.drawLine(QPointF(x, haut), QPointF(x, bas))

    def _dessiner_ligne(self, p: QPainter, ligne: int) -> None:
        donnees = self._lignes[ligne]
        g = self._glisser
        for o in donnees.occurrences:
            en_cours = g is not None and g.actif and g.ligne == ligne and g.occurrence is o
            self._dessiner_barre(p, ligne, donnees, o, fantome=en_cours)
        self._dessiner_echeances(p, ligne, donnees)

    def _dessiner_barre(
        self,
        p: QPainter,
        ligne: int,
        donnees: LigneAnnee,
        o: Occurrence,
        fantome: bool = False,
        debut: date | None = None,
        fin: date | None = None,
    ) -> None:
        debut, fin = debut or o.debut, fin or o.fin
        dernier = self._premier + timedelta(days=self._nb_jours - 1)
        if fin < self._premier or debut > dernier:
            return
        r = self._rect_barre(ligne, debut, fin)
        couleur = QColor(o.couleur or donnees.couleur)
        if not couleur.isValid():
            couleur = QColor("#1f5fa8")
        chemin = QPainterPath()
        chemin.addRoundedRect(r, 3, 3)
        # Un bord coupé par la fin de l'année reste droit : la barre continue au-delà.
        if debut < self._premier:
            chemin.addRect(QRectF(r.left(), r.top(), min(4, r.width()), r.height()))
        if fin > dernier:
            chemin.addRect(
                QRectF(r.right() - min(4, r.width()), r.top(), min(4, r.width()), r.height())
            )
        chemin = chemin.simplified()
        selectionnee = donnees.slug == self._selection
        if donnees.source is not None:
            pale = QColor(couleur)
            pale.setAlpha(50)
            p.fillPath(chemin, pale)
            p.fillPath(chemin, QBrush(couleur, Qt.BrushStyle.BDiagPattern))
            p.setPen(QPen(couleur.darker(130), 1.5, Qt.PenStyle.DashLine))
            p.drawPath(chemin)
            return
        if fantome:
            couleur.setAlpha(70)
        p.fillPath(chemin, couleur)
        contour = QColor(couleur.darker(150))
        contour.setAlpha(255 if not fantome else 90)
        p.setPen(QPen(contour, 2 if selectionnee and not fantome else 1))
        p.drawPath(chemin)
        if fantome:
            return
        fm = QFontMetrics(self._police_petite)
        # L'étiquette suit la partie visible de la barre quand on a zoomé et défilé ;
        # la forme longue d'abord, sinon la forme courte, sinon rien.
        visible = r.intersected(QRectF(self._largeur_titres, r.top(), 1e6, r.height()))
        texte = next(
            (
                t
                for t in (periode_fr(o.debut, o.fin), self._periode_courte(o.debut, o.fin))
                if visible.width() > fm.horizontalAdvance(t) + 10
            ),
            "",
        )
        if texte:
            p.setFont(self._police_petite)
            p.setPen(_couleur_texte(couleur))
            p.drawText(visible.adjusted(5, 0, -5, 0), Qt.AlignmentFlag.AlignVCenter, texte)

    def _periode_courte(self, debut: date, fin: date) -> str:
        """« 15 févr. – 31 mars » : pour une barre trop courte pour la forme longue."""

        def court(jour: date) -> str:
            mois = QCoreApplication.translate("VueAnnee", MOIS_COURTS[jour.month - 1])
            return f"{jour.day} {mois}"

        if debut == fin:
            return court(debut)
        return f"{court(debut)} – {court(fin)}"

    def _dessiner_echeances(self, p: QPainter, ligne: int, donnees: LigneAnnee) -> None:
        if not donnees.echeances:
            return
        cy = self._y_ligne(ligne) + HAUTEUR_LIGNE / 2
        demi = COTE_LOSANGE / 2
        # Blanc cerné de noir : se voit sur une barre claire comme sur une barre foncée.
        p.setPen(QPen(QColor("#212121"), 1.5))
        p.setBrush(QColor("#ffffff"))
        for jour, _libelle in donnees.echeances:
            if jour.year != self._annee:
                continue
            cx = self.x_date(jour) + self._px_jour() / 2
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(cx, cy - demi),
                        QPointF(cx + demi, cy),
                        QPointF(cx, cy + demi),
                        QPointF(cx - demi, cy),
                    ]
                )
            )
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _dessiner_marqueurs(self, p: QPainter, ligne: int) -> None:
        """Par-dessus tout le reste (barres, ligne du jour) : un avertissement doit se voir."""
        par_jour = self._marqueurs.get(self._lignes[ligne].slug)
        if not par_jour:
            return
        p.setPen(QPen(COULEUR_CONTOUR_MARQUEUR, 1.2))
        p.setBrush(COULEUR_MARQUEUR)
        for jour in par_jour:
            if jour.year != self._annee:
                continue
            r = self._rect_marqueur(ligne, jour)
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(r.center().x(), r.top()),
                        QPointF(r.right(), r.bottom()),
                        QPointF(r.left(), r.bottom()),
                    ]
                )
            )
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _dessiner_glisser(self, p: QPainter) -> None:
        g = self._glisser
        if g is None or not g.actif or g.ligne >= len(self._lignes):
            return
        debut, fin = g.dates()
        donnees = self._lignes[g.ligne]
        self._dessiner_barre(p, g.ligne, donnees, g.occurrence, debut=debut, fin=fin)
        # L'étiquette dit où la barre tombera, avant le relâchement.
        texte = periode_fr(debut, fin)
        r = self._rect_barre(g.ligne, debut, fin)
        fm = QFontMetrics(self.font())
        boite = QRectF(0, 0, fm.horizontalAdvance(texte) + 12, fm.height() + 4)
        boite.moveCenter(QPointF(r.center().x(), 0))
        haut = r.top() - boite.height() - 3
        if haut < HAUTEUR_ENTETE:
            haut = r.bottom() + 3
        boite.moveTop(haut)
        pal = self.palette()
        p.setPen(QPen(pal.color(QPalette.ColorRole.Dark), 1))
        p.setBrush(pal.color(QPalette.ColorRole.ToolTipBase))
        p.drawRoundedRect(boite, 3, 3)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setFont(self.font())
        p.setPen(pal.color(QPalette.ColorRole.ToolTipText))
        p.drawText(boite, Qt.AlignmentFlag.AlignCenter, texte)

    def _dessiner_aujourdhui(self, p: QPainter, haut: float, bas: float) -> None:
        jour = self._aujourdhui
        if jour is None or jour.year != self._annee:
            return
        x = self.x_date(jour) + self._px_jour() / 2
        p.setPen(QPen(COULEUR_AUJOURDHUI, 2))
        p.drawLine(QPointF(x, haut), QPointF(x, bas))

    def _dessiner_entete(self, p: QPainter, largeur: float) -> None:
        pal = self.palette()
        p.fillRect(QRectF(0, 0, largeur, HAUTEUR_ENTETE), pal.color(QPalette.ColorRole.Window))
        px = self._px_jour()
        texte = pal.color(QPalette.ColorRole.WindowText)
        fm = QFontMetrics(self._police_entete)
        for m in range(1, 13):
            debut = date(self._annee, m, 1)
            fin = date(self._annee + (m == 12), m % 12 + 1, 1)
            x1, x2 = self.x_date(debut), self.x_date(fin)
            # Au zoom, le nom reste centré sur la partie visible du mois.
            cellule = QRectF(x1, 0, x2 - x1, HAUTEUR_MOIS).intersected(
                QRectF(self._largeur_titres, 0, largeur, HAUTEUR_MOIS)
            )
            if cellule.width() <= 0:
                continue
            nom = QCoreApplication.translate("VueAnnee", MOIS_LONGS[m - 1])
            if fm.horizontalAdvance(nom) + 8 > cellule.width():
                nom = QCoreApplication.translate("VueAnnee", MOIS_COURTS[m - 1])
            if fm.horizontalAdvance(nom) + 4 > cellule.width():
                nom = nom[:1].upper()
            p.setFont(self._police_entete)
            p.setPen(texte)
            if fm.horizontalAdvance(nom) <= cellule.width():
                p.drawText(cellule, Qt.AlignmentFlag.AlignCenter, nom)
            p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
            p.drawLine(QPointF(round(x1) + 0.5, 0), QPointF(round(x1) + 0.5, HAUTEUR_ENTETE))
        # Bande des semaines : le quantième de chaque lundi, ou de chaque jour de près.
        p.setFont(self._police_petite)
        p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        fm_petite = QFontMetrics(self._police_petite)
        pas = 1 if px >= fm_petite.horizontalAdvance("30") + 6 else 7
        for jour in self._feries:
            x = self.x_date(jour)
            # Un liseré en bas de l'en-tête : les quantièmes restent lisibles par-dessus.
            p.fillRect(QRectF(x, HAUTEUR_ENTETE - 5, max(px, 3.0), 5), COULEUR_FERIE_ENTETE)
        jour = self._premier
        if pas == 7:
            jour += timedelta(days=(7 - jour.weekday()) % 7)
        fin_precedente = -1e9
        while jour.year == self._annee:
            # Un quantième n'est écrit que s'il ne chevauche pas le précédent.
            x = self.x_date(jour) + 2
            texte = str(jour.day)
            fin_texte = x + fm_petite.horizontalAdvance(texte)
            if x > fin_precedente + 5 and x > self._largeur_titres and fin_texte < largeur:
                p.drawText(QPointF(x, HAUTEUR_MOIS + HAUTEUR_SEMAINES - 5), texte)
                fin_precedente = fin_texte
            jour += timedelta(days=pas)
        if self._aujourdhui and self._aujourdhui.year == self._annee:
            x = self.x_date(self._aujourdhui) + px / 2
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(COULEUR_AUJOURDHUI)
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x - 5, HAUTEUR_ENTETE - 7),
                        QPointF(x + 5, HAUTEUR_ENTETE - 7),
                        QPointF(x, HAUTEUR_ENTETE - 1),
                    ]
                )
            )
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _dessiner_titre(self, p: QPainter, ligne: int) -> None:
        donnees = self._lignes[ligne]
        pal = self.palette()
        y = self._y_ligne(ligne)
        cellule = QRectF(0, y, self._largeur_titres, HAUTEUR_LIGNE)
        selectionnee = donnees.slug == self._selection
        if selectionnee:
            p.fillRect(cellule, pal.color(QPalette.ColorRole.Highlight))
        couleur = QColor(donnees.couleur)
        pastille = QRectF(8, y + (HAUTEUR_LIGNE - 12) / 2, 12, 12)
        if donnees.source is not None:
            pale = QColor(couleur)
            pale.setAlpha(60)
            p.fillRect(pastille, pale)
            p.fillRect(pastille, QBrush(couleur, Qt.BrushStyle.BDiagPattern))
            p.setPen(QPen(couleur.darker(130), 1, Qt.PenStyle.DashLine))
            p.drawRect(pastille)
        else:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setPen(QPen(couleur.darker(150), 1))
            p.setBrush(couleur)
            p.drawRoundedRect(pastille, 2, 2)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        police = self._police_source if donnees.source is not None else self._police_titres
        p.setFont(police)
        role = QPalette.ColorRole.HighlightedText if selectionnee else QPalette.ColorRole.Text
        p.setPen(pal.color(role))
        zone = cellule.adjusted(28, 0, -6, 0)
        texte = QFontMetrics(police).elidedText(
            donnees.titre, Qt.TextElideMode.ElideRight, int(zone.width())
        )
        p.drawText(zone, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, texte)

    def _dessiner_coin(self, p: QPainter) -> None:
        pal = self.palette()
        coin = QRectF(0, 0, self._largeur_titres, HAUTEUR_ENTETE)
        p.fillRect(coin, pal.color(QPalette.ColorRole.Window))
        p.setFont(self._police_entete)
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        zone = coin.adjusted(10, 0, -8, 0)
        p.drawText(
            zone, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, str(self._annee)
        )
        n = len(self._lignes)
        # Deux chaînes plutôt que « ligne(s) » : le français est la langue source, sans .qm.
        compte = self.tr("%n ligne", "", n) if n <= 1 else self.tr("%n lignes", "", n)
        p.setFont(self._police_petite)
        p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        p.drawText(zone, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, compte)


__all__ = ["LigneAnnee", "VueAnnee", "lignes_campagnes"]
