"""La boîte Préférences : la langue de l'interface (appliquée au prochain démarrage)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from .reglages import LANGUE, LANGUES, Reglages


class DialoguePreferences(QDialog):
    def __init__(self, reglages: Reglages, parent=None):
        super().__init__(parent)
        self.reglages = reglages
        self.setWindowTitle(self.tr("Préférences"))
        self.langue = QComboBox()
        for code, nom in LANGUES.items():
            self.langue.addItem(nom, code)
        self.langue.setCurrentIndex(max(self.langue.findData(reglages.lire(LANGUE)), 0))
        note = QLabel(
            self.tr("La nouvelle langue s'appliquera au prochain démarrage de Campagnes.")
        )
        note.setWordWrap(True)
        boutons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        boutons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer"))
        boutons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        boutons.accepted.connect(self.accept)
        boutons.rejected.connect(self.reject)
        formulaire = QFormLayout(self)
        formulaire.addRow(self.tr("Langue de l'interface :"), self.langue)
        formulaire.addRow(note)
        formulaire.addRow(boutons)

    def accept(self) -> None:
        self.reglages.ecrire(LANGUE, self.langue.currentData())
        self.reglages.synchroniser()
        super().accept()
