"""Le modèle de la liste des campagnes : mince, filtré et trié en lui-même.

Pas de QSortFilterProxyModel : à 10 000 campagnes, un mandataire interroge data() pour
chaque ligne ; ici le filtre est `campagnes.plan.Filtre` et le tri se fait sur des clés
(QCollator fr_CA pour le texte). Les dates de l'année sont calculées à l'affichage
seulement, ligne par ligne, puis gardées.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from campagnes.calendrier import occurrences_campagne, periode_fr
from campagnes.modele import Campagne
from campagnes.plan import Filtre

from .libelles import STATUTS, libelle

Index = QModelIndex | QPersistentModelIndex
_RACINE = QModelIndex()


def collateur_francais() -> QCollator:
    collateur = QCollator(QLocale(QLocale.Language.French, QLocale.Country.Canada))
    collateur.setNumericMode(True)
    collateur.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collateur


class ModeleCampagnes(QAbstractTableModel):
    """Une ligne par campagne retenue par le filtre ; ROLE_CAMPAGNE rend la Campagne."""

    TITRE, DATES, STATUT, PUBLICS, RECOMMANDATIONS, RESPONSABLE = range(6)
    ROLE_CAMPAGNE = Qt.ItemDataRole.UserRole

    def __init__(self, parent=None):
        super().__init__(parent)
        self._toutes: list[Campagne] = []
        self._lignes: list[Campagne] = []
        self._filtre = Filtre()
        self._annee = date.today().year
        self._dates: dict[str, tuple[date | None, str]] = {}
        self._tri = (self.TITRE, Qt.SortOrder.AscendingOrder)
        self._collateur = collateur_francais()

    # --- chargement ------------------------------------------------------------------------

    def definir(self, campagnes: list[Campagne], annee: int) -> None:
        self._toutes = campagnes
        self._annee = annee
        self._dates = {}
        self._recalculer()

    def definir_filtre(self, filtre: Filtre) -> None:
        self._filtre = filtre
        self._recalculer()

    def filtre(self) -> Filtre:
        return self._filtre

    def nombre_total(self) -> int:
        return len(self._toutes)

    def campagne(self, ligne: int) -> Campagne:
        return self._lignes[ligne]

    def ligne_de(self, slug: str) -> int | None:
        for i, c in enumerate(self._lignes):
            if c.slug == slug:
                return i
        return None

    def _recalculer(self) -> None:
        self.beginResetModel()
        self._lignes = [c for c in self._toutes if self._filtre.accepte(c)]
        self._trier()
        self.endResetModel()

    # --- tri -------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._tri = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistants = self.persistentIndexList()
        avant = [(self._lignes[i.row()].slug, i.column()) for i in persistants]
        self._trier()
        places = {c.slug: n for n, c in enumerate(self._lignes)}
        self.changePersistentIndexList(
            persistants, [self.index(places[slug], col) for slug, col in avant]
        )
        self.layoutChanged.emit()

    def _trier(self) -> None:
        colonne, ordre = self._tri
        cle_texte = self._collateur.sortKey
        if colonne == self.DATES:
            fin_des_temps = date.max

            def cle(c: Campagne):
                return (self._dates_de(c)[0] or fin_des_temps, cle_texte(c.titre))

        elif colonne == self.STATUT:
            ordre_statuts = {code: n for n, code in enumerate(STATUTS)}

            def cle(c: Campagne):
                return (ordre_statuts.get(c.statut, 99), cle_texte(c.titre))

        elif colonne == self.RECOMMANDATIONS:

            def cle(c: Campagne):
                return (min(c.recommandations, default=999), cle_texte(c.titre))

        else:

            def cle(c: Campagne):
                return (cle_texte(self._texte(c, colonne)), cle_texte(c.titre))

        self._lignes.sort(key=cle, reverse=ordre == Qt.SortOrder.DescendingOrder)

    # --- affichage -------------------------------------------------------------------------

    def _dates_de(self, c: Campagne) -> tuple[date | None, str]:
        trouve = self._dates.get(c.slug)
        if trouve is None:
            occurrences = occurrences_campagne(c, self._annee)
            texte = " ; ".join(periode_fr(o.debut, o.fin) for o in occurrences[:3])
            if len(occurrences) > 3:
                texte += " …"
            premier = occurrences[0].debut if occurrences else None
            trouve = self._dates[c.slug] = (premier, texte)
        return trouve

    def _texte(self, c: Campagne, colonne: int) -> str:
        if colonne == self.TITRE:
            return c.titre
        if colonne == self.DATES:
            return self._dates_de(c)[1] or self.tr("aucune date cette année")
        if colonne == self.STATUT:
            return libelle(STATUTS, c.statut)
        if colonne == self.PUBLICS:
            return ", ".join(c.noms_publics)
        if colonne == self.RECOMMANDATIONS:
            return ", ".join(str(n) for n in c.recommandations)
        if colonne == self.RESPONSABLE:
            return c.responsable
        return ""

    def rowCount(self, parent: Index = _RACINE) -> int:
        return 0 if parent.isValid() else len(self._lignes)

    def columnCount(self, parent: Index = _RACINE) -> int:
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self._lignes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texte(c, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.TITRE, self.PUBLICS):
            return self._texte(c, index.column())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.TITRE:
            return QColor(c.couleur)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == self.DATES
            and not self._dates_de(c)[1]
        ):
            return QBrush(QColor("#777777"))
        if role == self.ROLE_CAMPAGNE:
            return c
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titres = (
            self.tr("Titre"),
            self.tr("Dates %1").replace("%1", str(self._annee)),
            self.tr("Statut"),
            self.tr("Publics"),
            self.tr("Recommandations"),
            self.tr("Responsable"),
        )
        return titres[section] if 0 <= section < len(titres) else None
