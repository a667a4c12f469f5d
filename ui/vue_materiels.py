"""L'onglet Matériel : tous les matériels de toutes les campagnes, retards en évidence."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from campagnes.calendrier import date_fr
from campagnes.suivi import SuiviMateriel

from .libelles import ETATS_MATERIEL, LANGUES_MATERIEL, STATUTS_MATERIEL, TYPES_MATERIEL, libelle
from .modele_campagnes import collateur_francais

Index = QModelIndex | QPersistentModelIndex
_RACINE = QModelIndex()

COULEURS_ETAT = {"en_retard": "#f8d0cc", "bientot": "#fde8b0"}
ORDRE_ETATS = {"en_retard": 0, "bientot": 1, "a_temps": 2, "sans_echeance": 3, "termine": 4}


class ModeleMateriels(QAbstractTableModel):
    """Une ligne par matériel retenu par les filtres de statut et de langue."""

    CAMPAGNE, MATERIEL, TYPE, LANGUE, STATUT, ECHEANCE, ETAT = range(7)
    ROLE_SUIVI = Qt.ItemDataRole.UserRole

    def __init__(self, parent=None):
        super().__init__(parent)
        self._tous: list[SuiviMateriel] = []
        self._lignes: list[SuiviMateriel] = []
        self._statut: str | None = None
        self._langue: str | None = None
        self._tri = (self.ECHEANCE, Qt.SortOrder.AscendingOrder)
        self._collateur = collateur_francais()

    def definir(self, suivis: list[SuiviMateriel]) -> None:
        self._tous = suivis
        self._recalculer()

    def definir_filtres(self, statut: str | None, langue: str | None) -> None:
        self._statut, self._langue = statut, langue
        self._recalculer()

    def suivi(self, ligne: int) -> SuiviMateriel:
        return self._lignes[ligne]

    def _recalculer(self) -> None:
        self.beginResetModel()
        self._lignes = [
            s
            for s in self._tous
            if (self._statut is None or s.materiel.statut == self._statut)
            and (self._langue is None or s.materiel.langue == self._langue)
        ]
        self._trier()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._tri = (column, order)
        self.beginResetModel()
        self._trier()
        self.endResetModel()

    def _trier(self) -> None:
        colonne, ordre = self._tri
        texte = self._collateur.sortKey
        if colonne == self.ECHEANCE:

            def cle(s: SuiviMateriel):
                return (s.echeance or date.max, texte(s.campagne))

        elif colonne == self.ETAT:

            def cle(s: SuiviMateriel):
                return (ORDRE_ETATS.get(s.etat, 9), s.echeance or date.max)

        else:

            def cle(s: SuiviMateriel):
                return (texte(self._texte(s, colonne)), s.echeance or date.max)

        self._lignes.sort(key=cle, reverse=ordre == Qt.SortOrder.DescendingOrder)

    def _texte(self, s: SuiviMateriel, colonne: int) -> str:
        m = s.materiel
        if colonne == self.CAMPAGNE:
            return s.campagne
        if colonne == self.MATERIEL:
            return m.titre
        if colonne == self.TYPE:
            return libelle(TYPES_MATERIEL, m.type)
        if colonne == self.LANGUE:
            return libelle(LANGUES_MATERIEL, m.langue)
        if colonne == self.STATUT:
            return libelle(STATUTS_MATERIEL, m.statut)
        if colonne == self.ECHEANCE:
            return date_fr(s.echeance) if s.echeance else "—"
        if colonne == self.ETAT:
            return libelle(ETATS_MATERIEL, s.etat)
        return ""

    def rowCount(self, parent: Index = _RACINE) -> int:
        return 0 if parent.isValid() else len(self._lignes)

    def columnCount(self, parent: Index = _RACINE) -> int:
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self._lignes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texte(s, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and s.etat in COULEURS_ETAT:
            return QBrush(QColor(COULEURS_ETAT[s.etat]))
        if role == Qt.ItemDataRole.ForegroundRole and s.etat in COULEURS_ETAT:
            return QBrush(QColor("#1a1a1a"))
        if (
            role == Qt.ItemDataRole.FontRole
            and index.column() == self.ETAT
            and s.etat == "en_retard"
        ):
            police = QFont()
            police.setBold(True)
            return police
        if role == self.ROLE_SUIVI:
            return s
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titres = (
            self.tr("Campagne"),
            self.tr("Matériel"),
            self.tr("Type"),
            self.tr("Langue"),
            self.tr("Statut"),
            self.tr("Échéance"),
            self.tr("État"),
        )
        return titres[section] if 0 <= section < len(titres) else None


class VueMateriels(QWidget):
    """Tous les matériels, filtrables par statut et par langue.

    Le double-clic ouvre la campagne du matériel (signal campagne_ouverte(str slug)).
    """

    campagne_ouverte = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.modele = ModeleMateriels(self)
        self.filtre_statut = QComboBox()
        self.filtre_statut.addItem(self.tr("Tous les statuts"), None)
        for code in STATUTS_MATERIEL:
            self.filtre_statut.addItem(libelle(STATUTS_MATERIEL, code), code)
        self.filtre_langue = QComboBox()
        self.filtre_langue.addItem(self.tr("Toutes les langues"), None)
        self.resume = QLabel()
        self.table = QTableView()
        self.table.setModel(self.modele)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ModeleMateriels.ECHEANCE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        for colonne, largeur in enumerate((360, 260, 130, 90, 110, 140)):
            self.table.setColumnWidth(colonne, largeur)

        barre = QHBoxLayout()
        barre.addWidget(QLabel(self.tr("Statut :")))
        barre.addWidget(self.filtre_statut)
        barre.addWidget(QLabel(self.tr("Langue :")))
        barre.addWidget(self.filtre_langue)
        barre.addStretch(1)
        barre.addWidget(self.resume)
        disposition = QVBoxLayout(self)
        disposition.addLayout(barre)
        disposition.addWidget(self.table)

        self.filtre_statut.currentIndexChanged.connect(self._appliquer_filtres)
        self.filtre_langue.currentIndexChanged.connect(self._appliquer_filtres)
        self.table.activated.connect(self._on_activee)

    def definir(self, suivis: list[SuiviMateriel]) -> None:
        self._remplir_langues({s.materiel.langue for s in suivis})
        self.modele.definir(suivis)
        self._mettre_a_jour_resume(suivis)

    def _remplir_langues(self, codes: set[str]) -> None:
        """Les langues connues et celles que les matériels emploient vraiment (ar, zh…)."""
        actuelle = self.filtre_langue.currentData()
        self.filtre_langue.blockSignals(True)
        while self.filtre_langue.count() > 1:
            self.filtre_langue.removeItem(1)
        cle = collateur_francais().sortKey
        for code in sorted(
            set(LANGUES_MATERIEL) | codes, key=lambda c: cle(libelle(LANGUES_MATERIEL, c))
        ):
            self.filtre_langue.addItem(libelle(LANGUES_MATERIEL, code), code)
        self.filtre_langue.setCurrentIndex(max(self.filtre_langue.findData(actuelle), 0))
        self.filtre_langue.blockSignals(False)

    def _appliquer_filtres(self) -> None:
        self.modele.definir_filtres(
            self.filtre_statut.currentData(), self.filtre_langue.currentData()
        )

    def _mettre_a_jour_resume(self, suivis: list[SuiviMateriel]) -> None:
        retard = sum(1 for s in suivis if s.etat == "en_retard")
        bientot = sum(1 for s in suivis if s.etat == "bientot")
        self.resume.setText(
            self.tr("%1 matériels — %2 en retard, %3 bientôt dus")
            .replace("%1", str(len(suivis)))
            .replace("%2", str(retard))
            .replace("%3", str(bientot))
        )

    def _on_activee(self, index) -> None:
        if index.isValid():
            self.campagne_ouverte.emit(self.modele.suivi(index.row()).slug)
