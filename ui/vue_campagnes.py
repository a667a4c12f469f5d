"""L'onglet Campagnes : la liste filtrable et triable de toutes les campagnes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from campagnes.modele import Campagne, Recommandation, Region
from campagnes.plan import Filtre

from .libelles import STATUTS, libelle
from .modele_campagnes import ModeleCampagnes


def _combo_filtre(tous: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(tous, None)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    return combo


class VueCampagnes(QWidget):
    """La liste des campagnes.

    Signaux : campagne_choisie(str slug) à la sélection, campagne_ouverte(str slug) au
    double-clic ou à Entrée.
    """

    campagne_choisie = Signal(str)
    campagne_ouverte = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.modele = ModeleCampagnes(self)
        self.recherche = QLineEdit()
        self.recherche.setPlaceholderText(
            self.tr("Chercher dans les titres et descriptions (Ctrl+F)")
        )
        self.recherche.setClearButtonEnabled(True)
        self.filtre_statut = _combo_filtre(self.tr("Tous les statuts"))
        for code in STATUTS:
            self.filtre_statut.addItem(libelle(STATUTS, code), code)
        self.filtre_public = _combo_filtre(self.tr("Tous les publics"))
        self.filtre_region = _combo_filtre(self.tr("Toutes les régions"))
        self.filtre_partenaire = _combo_filtre(self.tr("Tous les partenaires"))
        self.filtre_recommandation = _combo_filtre(self.tr("Toutes les recommandations"))
        self.bouton_effacer = QPushButton(self.tr("Effacer les filtres"))
        self.compte = QLabel()

        self.table = QTableView()
        self.table.setModel(self.modele)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ModeleCampagnes.TITRE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Hauteur fixe : la vue ne mesure jamais les 10 000 lignes.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        entete = self.table.horizontalHeader()
        entete.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        entete.setStretchLastSection(True)
        for colonne, largeur in enumerate((420, 250, 95, 290, 130)):
            self.table.setColumnWidth(colonne, largeur)

        filtres = QGridLayout()
        filtres.addWidget(self.recherche, 0, 0, 1, 3)
        filtres.addWidget(self.filtre_statut, 0, 3)
        filtres.addWidget(self.bouton_effacer, 0, 4)
        filtres.addWidget(self.filtre_public, 1, 0)
        filtres.addWidget(self.filtre_region, 1, 1)
        filtres.addWidget(self.filtre_partenaire, 1, 2)
        filtres.addWidget(self.filtre_recommandation, 1, 3)
        filtres.addWidget(self.compte, 1, 4)
        disposition = QVBoxLayout(self)
        disposition.addLayout(filtres)
        disposition.addWidget(self.table)

        self.recherche.textChanged.connect(self._appliquer_filtre)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._appliquer_filtre)
        self.bouton_effacer.clicked.connect(self.effacer_filtres)
        self.table.selectionModel().currentRowChanged.connect(self._on_ligne_changee)
        self.table.activated.connect(self._on_activee)

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.filtre_statut,
            self.filtre_public,
            self.filtre_region,
            self.filtre_partenaire,
            self.filtre_recommandation,
        )

    # --- données -------------------------------------------------------------------------

    def definir(
        self,
        campagnes: list[Campagne],
        annee: int,
        publics: list[str],
        regions: list[Region],
        partenaires: list[str],
        recommandations: list[Recommandation],
    ) -> None:
        """Recharge la liste en gardant la sélection et les filtres choisis."""
        choisie = self.slug_choisi()
        self._remplir(self.filtre_public, [(p, p) for p in publics])
        self._remplir(self.filtre_region, [(f"{r.nom} ({r.code})", r.code) for r in regions])
        self._remplir(self.filtre_partenaire, [(p, p) for p in partenaires])
        self._remplir(
            self.filtre_recommandation,
            [
                (self.tr("Recommandation %1").replace("%1", str(r.numero)), r.numero)
                for r in recommandations
            ],
        )
        self.modele.definir(campagnes, annee)
        self._mettre_a_jour_compte()
        if choisie:
            self.selectionner(choisie)

    def _remplir(self, combo: QComboBox, choix: list[tuple[str, object]]) -> None:
        actuel = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for texte, valeur in choix:
            combo.addItem(texte, valeur)
        position = combo.findData(actuel) if actuel is not None else 0
        combo.setCurrentIndex(max(position, 0))
        combo.blockSignals(False)

    def filtre(self) -> Filtre:
        def un(combo: QComboBox) -> set:
            valeur = combo.currentData()
            return set() if valeur is None else {valeur}

        return Filtre(
            texte=self.recherche.text().strip(),
            statuts=un(self.filtre_statut),
            publics=un(self.filtre_public),
            regions=un(self.filtre_region),
            partenaires=un(self.filtre_partenaire),
            recommandations=un(self.filtre_recommandation),
        )

    def _appliquer_filtre(self) -> None:
        choisie = self.slug_choisi()
        self.modele.definir_filtre(self.filtre())
        self._mettre_a_jour_compte()
        if choisie:
            self.selectionner(choisie)

    def effacer_filtres(self) -> None:
        for combo in self._combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.recherche.blockSignals(True)
        self.recherche.clear()
        self.recherche.blockSignals(False)
        self._appliquer_filtre()

    def _mettre_a_jour_compte(self) -> None:
        self.compte.setText(
            self.tr("%1 sur %2 campagnes")
            .replace("%1", str(self.modele.rowCount()))
            .replace("%2", str(self.modele.nombre_total()))
        )

    # --- sélection -----------------------------------------------------------------------

    def slug_choisi(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.modele.campagne(index.row()).slug

    def selectionner(self, slug: str | None) -> None:
        ligne = self.modele.ligne_de(slug) if slug else None
        if ligne is None:
            self.table.clearSelection()
            return
        index = self.modele.index(ligne, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def chercher(self) -> None:
        self.recherche.setFocus()
        self.recherche.selectAll()

    def _on_ligne_changee(self, courant, _precedent) -> None:
        if courant.isValid():
            self.campagne_choisie.emit(self.modele.campagne(courant.row()).slug)

    def _on_activee(self, index) -> None:
        if index.isValid():
            self.campagne_ouverte.emit(self.modele.campagne(index.row()).slug)
