"""Édition ▸ Préparer l'année suivante… : aperçu de ce qui sera créé, puis création annulable.

L'aperçu (`apercu_annee_suivante`) ne change rien ; « Créer » appelle
`preparer_annee_suivante` (une transaction). Annuler supprime les copies créées ;
rétablir relance la préparation, qui ne recopie jamais une campagne déjà copiée.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from campagnes.annee_suivante import (
    ApercuAnneeSuivante,
    apercu_annee_suivante,
    preparer_annee_suivante,
)
from campagnes.calendrier import periode_fr
from campagnes.erreurs import ErreurCampagnes, Introuvable

from .libelles import STYLE_ERREUR

if TYPE_CHECKING:
    from .fenetre import FenetrePrincipale
    from .session import Session

ORIGINE, NOUVELLE, ANCIENNES, NOUVELLES, POURQUOI = range(5)


def tr(texte: str) -> str:
    """Contexte vide : celui où pyside6-lupdate range les appels `tr(...)` nus."""
    return QCoreApplication.translate("", texte)


class CommandeAnneeSuivante(QUndoCommand):
    """Les copies d'une année ; déjà créées à l'empilement. Annuler les supprime."""

    def __init__(self, session: Session, de: int, slugs: list[str]):
        super().__init__(tr("Préparer %1").replace("%1", str(de + 1)))
        self.session = session
        self.de = de
        self.slugs = slugs
        self._deja_fait = True

    def redo(self) -> None:
        if self._deja_fait:
            self._deja_fait = False
            return
        try:
            self.slugs = [
                c.slug for c in preparer_annee_suivante(self.session.depot, self.de).a_creer
            ]
        except ErreurCampagnes as e:
            self.setObsolete(True)
            self.session.erreur_survenue.emit(e)
        self.session.recharger()

    def undo(self) -> None:
        depot = self.session.depot
        try:
            with depot.transaction():
                for slug in self.slugs:
                    try:
                        depot.supprimer_campagne(slug)
                    except Introuvable:
                        pass  # déjà supprimée à la main : rien à défaire
        except ErreurCampagnes as e:
            self.setObsolete(True)
            self.session.erreur_survenue.emit(e)
        self.session.recharger()


class DialogueAnneeSuivante(QDialog):
    """Montre ce que la préparation créera ; « Créer » écrit par `creer(de)` (donné par l'appelant).

    `apercevoir(de)` rend l'ApercuAnneeSuivante, `creer(de)` rend un message d'erreur ou None.
    """

    def __init__(self, de: int, apercevoir, creer, parent: QWidget | None = None):
        super().__init__(parent)
        self._apercevoir = apercevoir
        self._creer = creer
        self.apercu: ApercuAnneeSuivante | None = None
        self.setWindowTitle(self.tr("Préparer l'année suivante"))
        self.annee = QSpinBox()
        self.annee.setRange(1900, 2198)
        self.annee.setValue(de)
        self.annee.setAccessibleName(self.tr("Année à copier"))
        self.vers = QLabel()
        etiquette = QLabel(self.tr("Copier les campagnes ponctuelles de"))
        etiquette.setBuddy(self.annee)
        ligne = QHBoxLayout()
        ligne.addWidget(etiquette)
        ligne.addWidget(self.annee)
        ligne.addWidget(self.vers)
        ligne.addStretch(1)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Campagne copiée"),
                self.tr("Nouvelle campagne"),
                self.tr("Anciennes dates"),
                self.tr("Nouvelles dates"),
                self.tr("Pourquoi ces dates"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        entete = self.table.horizontalHeader()
        entete.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        entete.setStretchLastSection(True)
        for colonne, largeur in enumerate((210, 210, 170, 170)):
            self.table.setColumnWidth(colonne, largeur)
        self.resume = QLabel()
        self.resume.setWordWrap(True)
        self.erreur = QLabel()
        self.erreur.setStyleSheet(STYLE_ERREUR)
        self.erreur.setWordWrap(True)
        self.erreur.hide()
        self.boutons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.bouton_creer = self.boutons.button(QDialogButtonBox.StandardButton.Ok)
        self.bouton_creer.setText(self.tr("Créer"))
        self.boutons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        self.boutons.accepted.connect(self.accept)
        self.boutons.rejected.connect(self.reject)
        disposition = QVBoxLayout(self)
        disposition.addLayout(ligne)
        disposition.addWidget(self.table, 1)
        disposition.addWidget(self.resume)
        disposition.addWidget(self.erreur)
        disposition.addWidget(self.boutons)
        self.resize(1080, 340)
        self.annee.valueChanged.connect(lambda _a: self.actualiser())
        self.actualiser()

    def actualiser(self) -> None:
        de = self.annee.value()
        self.vers.setText(self.tr("vers %1").replace("%1", str(de + 1)))
        self.erreur.hide()
        try:
            self.apercu = self._apercevoir(de)
        except ErreurCampagnes as e:
            self.apercu = None
            self.table.setRowCount(0)
            self.erreur.setText(e.message)
            self.erreur.show()
            self.bouton_creer.setEnabled(False)
            return
        a_creer = self.apercu.a_creer
        self.table.setRowCount(len(a_creer))
        for ligne, c in enumerate(a_creer):
            decalage = timedelta(days=c.decalage_jours)
            anciennes = periode_fr(c.debut - decalage, c.fin - decalage)
            pourquoi = c.explication
            if c.materiels or c.jalons:
                pourquoi += (
                    self.tr(" ; %1 matériel(s), %2 jalon(s)")
                    .replace("%1", str(c.materiels))
                    .replace("%2", str(c.jalons))
                )
            if c.note:
                pourquoi += self.tr(" — attention : %1").replace("%1", c.note)
            textes = {
                ORIGINE: c.origine_titre,
                NOUVELLE: c.titre,
                ANCIENNES: anciennes,
                NOUVELLES: periode_fr(c.debut, c.fin),
                POURQUOI: pourquoi,
            }
            for colonne, texte in textes.items():
                element = QTableWidgetItem(texte)
                element.setToolTip(texte)
                self.table.setItem(ligne, colonne, element)
        self._ajuster_lignes()
        morceaux = []
        if a_creer:
            morceaux.append(
                self.tr(
                    "%1 campagne(s) seront créées pour %2, statut « planifiée », matériels à produire."
                )
                .replace("%1", str(len(a_creer)))
                .replace("%2", str(de + 1))
            )
        else:
            morceaux.append(self.tr("Rien à créer pour %1.").replace("%1", str(de + 1)))
        if self.apercu.deja_copiees:
            morceaux.append(
                self.tr("%1 campagne(s) déjà copiée(s) : elles ne seront pas recopiées.").replace(
                    "%1", str(len(self.apercu.deja_copiees))
                )
            )
        if not a_creer and not self.apercu.deja_copiees:
            morceaux.append(
                self.tr(
                    "Seules les campagnes ponctuelles de %1 sont copiées ; les campagnes "
                    "récurrentes reviennent d'elles-mêmes."
                ).replace("%1", str(de))
            )
        self.resume.setText(" ".join(morceaux))
        self.bouton_creer.setEnabled(bool(a_creer))

    def showEvent(self, evenement) -> None:
        super().showEvent(evenement)
        self._ajuster_lignes()

    def _ajuster_lignes(self) -> None:
        """Hauteur des lignes selon le texte replié, avec un peu d'air (largeurs connues)."""
        self.table.resizeRowsToContents()
        for ligne in range(self.table.rowCount()):
            self.table.setRowHeight(ligne, self.table.rowHeight(ligne) + 10)

    def accept(self) -> None:
        erreur = self._creer(self.annee.value())
        if erreur:
            self.erreur.setText(erreur)
            self.erreur.show()
            return
        super().accept()


def ouvrir_dialogue(fenetre: FenetrePrincipale) -> DialogueAnneeSuivante:
    session = fenetre.session

    def creer(de: int) -> str | None:
        try:
            fait = preparer_annee_suivante(session.depot, de)
        except ErreurCampagnes as e:
            return e.message
        slugs = [c.slug for c in fait.a_creer]
        if slugs:
            session.pile.push(CommandeAnneeSuivante(session, de, slugs))
        session.recharger()  # la liste et la frise relisent la base
        fenetre.statusBar().showMessage(
            tr("%1 campagne(s) créée(s) pour %2. Ctrl+Z pour annuler.")
            .replace("%1", str(len(slugs)))
            .replace("%2", str(de + 1)),
            8000,
        )
        return None

    dialogue = DialogueAnneeSuivante(
        fenetre.annee_choisie.value(),
        lambda de: apercu_annee_suivante(session.depot, de),
        creer,
        fenetre,
    )
    dialogue.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    fenetre.dialogue_annee_suivante = dialogue
    dialogue.destroyed.connect(lambda: setattr(fenetre, "dialogue_annee_suivante", None))
    dialogue.open()
    return dialogue


def installer(fenetre: FenetrePrincipale) -> None:
    action = fenetre.menus["edition"].addAction(tr("Préparer l'année &suivante…"))
    action.setStatusTip(
        tr("Copier les campagnes ponctuelles de l'année planifiée vers la suivante, avec aperçu")
    )
    action.triggered.connect(lambda: ouvrir_dialogue(fenetre))
    action.setProperty("modifie_plan", True)  # désactivée en lecture seule (ui/fiabilite.py)
    fenetre.action_preparer_annee_suivante = action
    fenetre.dialogue_annee_suivante = None
