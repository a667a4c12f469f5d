"""Les dialogues des calendriers de partenaires : en importer un, gérer ceux qui sont importés.

Comme les autres dialogues, ils reçoivent ce qu'ils montrent (noms, `Source`) et
émettent ce que l'utilisateur demande ; l'import et le retrait se font dans la fenêtre.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from campagnes.calendrier import date_fr
from campagnes.sources import Source

_NOM_CALENDRIER = re.compile(rb"^X-WR-CALNAME[^:\r\n]*:([^\r\n]*)", re.MULTILINE)


def nom_propose(chemin: Path) -> str:
    """Le nom que le partenaire a donné à son calendrier (X-WR-CALNAME), sinon le nom du fichier.

    Une simple suggestion : seuls les premiers 16 Ko sont lus, l'analyse réelle se fait à l'import.
    """
    try:
        with chemin.open("rb") as f:
            debut = f.read(16384)
    except OSError:
        return chemin.stem
    trouve = _NOM_CALENDRIER.search(debut)
    if trouve:
        texte = trouve.group(1).decode("utf-8", "replace")
        texte = re.sub(r"\\([,;\\])", r"\1", texte).replace("\\n", " ").replace("\\N", " ")
        texte = " ".join(texte.split())[:200]
        if texte:
            return texte
    return chemin.stem


def jour_import(horodatage: str) -> str:
    """« 4 décembre 2026 » : le jour local de l'import (la base garde l'heure UTC)."""
    try:
        return date_fr(datetime.fromisoformat(horodatage).astimezone().date())
    except ValueError:
        return horodatage[:10]


class DialogueImportIcal(QDialog):
    """Choisir le fichier .ics d'un partenaire et le nom de sa source.

    Signaux :
      import_demande(str chemin, str source) — l'utilisateur a cliqué Importer.
    """

    import_demande = Signal(str, str)

    def __init__(
        self,
        sources_existantes: list[str],
        fichiers_connus: dict[str, str],
        source: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importer un calendrier"))
        self._fichiers_connus = fichiers_connus
        self.fichier = QLineEdit()
        self.fichier.setAccessibleName(self.tr("Fichier du calendrier"))
        self.fichier.setPlaceholderText(self.tr("calendrier-du-partenaire.ics"))
        self.bouton_choisir = QPushButton(self.tr("C&hoisir…"))
        self.bouton_choisir.clicked.connect(self._choisir_fichier)
        ligne_fichier = QHBoxLayout()
        ligne_fichier.addWidget(self.fichier, 1)
        ligne_fichier.addWidget(self.bouton_choisir)
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source.addItems(sources_existantes)
        self.source.setEditText(source)
        self.source.setAccessibleName(self.tr("Nom de la source"))
        self.source.lineEdit().setPlaceholderText(self.tr("ex. Festival d'été de Québec"))
        self.source.textActivated.connect(self._on_source_choisie)
        self.explication = QLabel(
            self.tr(
                "Réimporter sous le nom d'une source existante met ses événements à jour "
                "(déplacés, renommés, retirés) sans rien dédoubler. Vos campagnes ne sont "
                "jamais modifiées."
            )
        )
        self.explication.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        formulaire = QFormLayout()
        formulaire.addRow(QLabel(self.tr("&Fichier :"), buddy=self.fichier), ligne_fichier)
        formulaire.addRow(self.tr("&Source (partenaire) :"), self.source)
        self.boutons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.bouton_importer = self.boutons.addButton(
            self.tr("&Importer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.bouton_importer.setDefault(True)
        self.boutons.accepted.connect(self._importer)
        self.boutons.rejected.connect(self.reject)
        disposition = QVBoxLayout(self)
        disposition.addLayout(formulaire)
        disposition.addWidget(self.explication)
        disposition.addWidget(self.message)
        disposition.addWidget(self.boutons)
        self.resize(540, self.sizeHint().height())
        if source in fichiers_connus:
            self.fichier.setText(fichiers_connus[source])

    def definir_fichier(self, chemin: str) -> None:
        """Ce que fait « Choisir… » une fois le fichier choisi ; propose un nom de source."""
        self.fichier.setText(chemin)
        if chemin and not self.source.currentText().strip():
            self.source.setEditText(nom_propose(Path(chemin)))

    def _choisir_fichier(self) -> None:
        chemin, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Calendrier du partenaire"),
            self.fichier.text(),
            self.tr("Calendriers iCalendar (*.ics);;Tous les fichiers (*)"),
        )
        if chemin:
            self.definir_fichier(chemin)

    def _on_source_choisie(self, nom: str) -> None:
        if not self.fichier.text().strip() and nom in self._fichiers_connus:
            self.fichier.setText(self._fichiers_connus[nom])

    def _importer(self) -> None:
        chemin = self.fichier.text().strip()
        source = " ".join(self.source.currentText().split())
        if not chemin:
            self.message.setText(self.tr("Choisissez le fichier .ics à importer."))
        elif not source:
            self.message.setText(self.tr("Donnez le nom de la source (le partenaire)."))
        else:
            self.import_demande.emit(chemin, source)
            self.accept()
            return
        self.message.show()


NOM, EVENEMENTS, IMPORTE_LE, FICHIER = range(4)


class DialogueSources(QDialog):
    """La liste des calendriers importés ; en retirer un (après confirmation) ou le réimporter.

    Signaux :
      retrait_confirme(str) — l'utilisateur a confirmé le retrait de cette source.
      reimport_demande(str) — l'utilisateur veut réimporter cette source.
    """

    retrait_confirme = Signal(str)
    reimport_demande = Signal(str)

    def __init__(self, sources: list[Source], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Calendriers des partenaires"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("Événements"), self.tr("Importé le"), self.tr("Fichier")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        entete = self.table.horizontalHeader()
        entete.setSectionResizeMode(NOM, QHeaderView.ResizeMode.Stretch)
        entete.setStretchLastSection(True)
        self.vide = QLabel(
            self.tr("Aucun calendrier de partenaire importé. Fichier ▸ Importer un calendrier…")
        )
        self.bouton_reimporter = QPushButton(self.tr("&Réimporter…"))
        self.bouton_retirer = QPushButton(self.tr("Re&tirer…"))
        self.boutons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.boutons.addButton(self.bouton_reimporter, QDialogButtonBox.ButtonRole.ActionRole)
        self.boutons.addButton(self.bouton_retirer, QDialogButtonBox.ButtonRole.ActionRole)
        self.boutons.rejected.connect(self.reject)
        self.bouton_reimporter.clicked.connect(self._reimporter)
        self.bouton_retirer.clicked.connect(self._retirer)
        self.table.itemSelectionChanged.connect(self._mettre_a_jour_boutons)
        self.table.itemDoubleClicked.connect(lambda _item: self._reimporter())
        disposition = QVBoxLayout(self)
        disposition.addWidget(self.table, 1)
        disposition.addWidget(self.vide)
        disposition.addWidget(self.boutons)
        self.resize(640, 320)
        self.definir(sources)

    def definir(self, sources: list[Source]) -> None:
        """Remplace la liste (après un import ou un retrait) en gardant la source choisie."""
        choisie = self.source_choisie()
        self.table.setRowCount(len(sources))
        for ligne, s in enumerate(sources):
            valeurs = {
                NOM: s.nom,
                EVENEMENTS: str(s.evenements),
                IMPORTE_LE: jour_import(s.importe_le),
                FICHIER: s.fichier,
            }
            for colonne, texte in valeurs.items():
                item = QTableWidgetItem(texte)
                item.setData(Qt.ItemDataRole.UserRole, s.nom)
                if colonne == EVENEMENTS:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(ligne, colonne, item)
        self.table.resizeColumnToContents(EVENEMENTS)
        self.table.resizeColumnToContents(IMPORTE_LE)
        self.vide.setVisible(not sources)
        self.choisir(choisie if choisie in {s.nom for s in sources} else None)
        if self.source_choisie() is None and sources:
            self.table.selectRow(0)
        self._mettre_a_jour_boutons()

    def sources(self) -> list[str]:
        return [self.table.item(i, NOM).text() for i in range(self.table.rowCount())]

    def choisir(self, nom: str | None) -> None:
        self.table.clearSelection()
        for i in range(self.table.rowCount()):
            if self.table.item(i, NOM).data(Qt.ItemDataRole.UserRole) == nom:
                self.table.selectRow(i)

    def source_choisie(self) -> str | None:
        lignes = self.table.selectionModel().selectedRows()
        return (
            self.table.item(lignes[0].row(), NOM).data(Qt.ItemDataRole.UserRole) if lignes else None
        )

    def _mettre_a_jour_boutons(self) -> None:
        choisie = self.source_choisie() is not None
        self.bouton_reimporter.setEnabled(choisie)
        self.bouton_retirer.setEnabled(choisie)

    def _reimporter(self) -> None:
        nom = self.source_choisie()
        if nom is not None:
            self.reimport_demande.emit(nom)

    def _retirer(self) -> QMessageBox | None:
        """Demande confirmation sans bloquer (pas de boucle d'événements imbriquée)."""
        nom = self.source_choisie()
        if nom is None:
            return None
        boite = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Retirer un calendrier"),
            self.tr(
                "Retirer le calendrier « %1 » et tous ses événements ? Vos campagnes ne "
                "changent pas ; vous pourrez le réimporter plus tard."
            ).replace("%1", nom),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        retirer = boite.addButton(self.tr("Retirer"), QMessageBox.ButtonRole.DestructiveRole)
        boite.setDefaultButton(QMessageBox.StandardButton.Cancel)
        boite.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        boite.buttonClicked.connect(
            lambda bouton: self.retrait_confirme.emit(nom) if bouton is retirer else None
        )
        self.confirmation = boite
        boite.open()
        return boite
