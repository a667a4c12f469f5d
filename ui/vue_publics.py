"""L'onglet Publics : qui est atteint, mois par mois, pendant l'année planifiée."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .libelles import mois_court
from .modele_campagnes import collateur_francais

Index = QModelIndex | QPersistentModelIndex
_RACINE = QModelIndex()

NON_ATTEINT = "#fbe3c4"
TEINTES = ("#ffffff", "#dbe8f6", "#b7d1ee", "#8fb6e3", "#6a9ad6")


class ModeleCouverture(QAbstractTableModel):
    """Lignes : publics ; colonnes : le public, les 12 mois, le nombre de campagnes.

    Une cellule de mois compte les campagnes qui atteignent ce public ce mois-là ; son
    infobulle les nomme. Un public qu'aucune campagne n'atteint est surligné.
    """

    PUBLIC, TOTAL = 0, 13
    ROLE_NON_ATTEINT = Qt.ItemDataRole.UserRole

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lignes: list[tuple[str, list[list[str]], int]] = []
        self._seulement_non_atteints = False
        self._grille: dict[str, list[list[str]]] = {}

    def definir(self, grille: dict[str, list[list[str]]]) -> None:
        self._grille = grille
        self._recalculer()

    def montrer_seulement_non_atteints(self, oui: bool) -> None:
        self._seulement_non_atteints = oui
        self._recalculer()

    def non_atteints(self) -> list[str]:
        return [nom for nom, mois in self._grille.items() if not any(mois)]

    def _recalculer(self) -> None:
        self.beginResetModel()
        cle = collateur_francais().sortKey
        lignes = []
        for nom, mois in self._grille.items():
            total = len({t for liste in mois for t in liste})
            if self._seulement_non_atteints and total:
                continue
            lignes.append((nom, mois, total))
        # Les publics non atteints d'abord : ce sont eux qu'il faut voir.
        lignes.sort(key=lambda x: (x[2] > 0, cle(x[0])))
        self._lignes = lignes
        self.endResetModel()

    def rowCount(self, parent: Index = _RACINE) -> int:
        return 0 if parent.isValid() else len(self._lignes)

    def columnCount(self, parent: Index = _RACINE) -> int:
        return 0 if parent.isValid() else 14

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        nom, mois, total = self._lignes[index.row()]
        colonne = index.column()
        if role == self.ROLE_NON_ATTEINT:
            return total == 0
        if colonne == self.PUBLIC:
            if role == Qt.ItemDataRole.DisplayRole:
                return nom
            if role == Qt.ItemDataRole.ToolTipRole and total == 0:
                return self.tr("Aucune campagne n'atteint ce public cette année.")
            if role == Qt.ItemDataRole.FontRole and total == 0:
                police = QFont()
                police.setBold(True)
                return police
        elif colonne == self.TOTAL:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(total) if total else self.tr("non atteint")
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        else:
            titres = mois[colonne - 1]
            if role == Qt.ItemDataRole.DisplayRole:
                return str(len(titres)) if titres else ""
            if role == Qt.ItemDataRole.ToolTipRole and titres:
                return "\n".join(sorted(set(titres)))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.BackgroundRole and titres and total:
                return QBrush(QColor(TEINTES[min(len(titres), len(TEINTES) - 1)]))
        if role == Qt.ItemDataRole.BackgroundRole and total == 0:
            return QBrush(QColor(NON_ATTEINT))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1a1a1a"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == self.PUBLIC:
            return self.tr("Public")
        if section == self.TOTAL:
            return self.tr("Campagnes")
        if 1 <= section <= 12:
            return mois_court(section)
        return None


class VuePublics(QWidget):
    """La grille de couverture des publics pour l'année planifiée."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.modele = ModeleCouverture(self)
        self.resume = QLabel()
        self.resume.setWordWrap(True)
        self.seulement_non_atteints = QCheckBox(self.tr("Seulement les publics non atteints"))
        self.table = QTableView()
        self.table.setModel(self.modele)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        entete = self.table.horizontalHeader()
        entete.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        entete.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        entete.setDefaultSectionSize(58)
        self.table.setColumnWidth(ModeleCouverture.TOTAL, 100)
        entete.setSectionResizeMode(ModeleCouverture.TOTAL, QHeaderView.ResizeMode.Fixed)
        barre = QHBoxLayout()
        barre.addWidget(self.resume, 1)
        barre.addWidget(self.seulement_non_atteints)
        disposition = QVBoxLayout(self)
        disposition.addLayout(barre)
        disposition.addWidget(self.table)
        self.seulement_non_atteints.toggled.connect(self.modele.montrer_seulement_non_atteints)

    def definir(self, grille: dict[str, list[list[str]]], annee: int) -> None:
        self.modele.definir(grille)
        manquants = self.modele.non_atteints()
        if manquants:
            texte = self.tr(
                "%1 publics sur %2 ne sont atteints par aucune campagne en %3 (surlignés)."
            )
            texte = texte.replace("%1", str(len(manquants)))
        else:
            texte = self.tr("Les %2 publics sont tous atteints par au moins une campagne en %3.")
        self.resume.setText(texte.replace("%2", str(len(grille))).replace("%3", str(annee)))
