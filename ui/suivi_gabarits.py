"""Gabarits dans la fenêtre : enregistrer la campagne choisie, créer une campagne depuis un gabarit.

Le gabarit garde publics, canaux, matériels et délais avant le lancement
(campagnes/gabarits.py) ; la campagne créée passe par la session, donc Ctrl+Z l'annule.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from campagnes.calendrier import periode_fr
from campagnes.erreurs import ErreurCampagnes
from campagnes.gabarits import Gabarit, campagne_depuis_gabarit, enregistrer_gabarit, gabarits
from campagnes.modele import Campagne

from .libelles import STYLE_ERREUR

if TYPE_CHECKING:
    from .fenetre import FenetrePrincipale


def tr(texte: str) -> str:
    """Contexte vide : celui où pyside6-lupdate range les appels `tr(...)` nus."""
    return QCoreApplication.translate("", texte)


def _etiquette_erreur() -> QLabel:
    etiquette = QLabel()
    etiquette.setStyleSheet(STYLE_ERREUR)
    etiquette.setWordWrap(True)
    etiquette.hide()
    return etiquette


class _DialogueAvecErreur(QDialog):
    """Un dialogue dont le bouton OK appelle `_valider()` : un message le garde ouvert."""

    def _boutons(self, texte_ok: str) -> QDialogButtonBox:
        self.erreur = _etiquette_erreur()
        self.boutons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.boutons.button(QDialogButtonBox.StandardButton.Ok).setText(texte_ok)
        self.boutons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.boutons.accepted.connect(self.accept)
        self.boutons.rejected.connect(self.reject)
        return self.boutons

    def _valider(self) -> str | None:
        raise NotImplementedError

    def accept(self) -> None:
        erreur = self._valider()
        if erreur:
            self.erreur.setText(erreur)
            self.erreur.show()
            return
        super().accept()


class DialogueEnregistrerGabarit(_DialogueAvecErreur):
    """Demande le nom du gabarit ; `enregistrer(nom, remplacer)` écrit et rend une erreur ou None."""

    def __init__(self, campagne: Campagne, enregistrer, parent: QWidget | None = None):
        super().__init__(parent)
        self._enregistrer = enregistrer
        self.setWindowTitle(self.tr("Enregistrer comme gabarit"))
        explication = QLabel(
            self.tr(
                "Le gabarit garde les publics, canaux, partenaires, recommandations, matériels "
                "et jalons de « %1 », avec les délais avant le lancement ; pas ses dates."
            ).replace("%1", campagne.titre)
        )
        explication.setWordWrap(True)
        self.nom = QLineEdit(campagne.titre)
        self.nom.setAccessibleName(self.tr("Nom du gabarit"))
        self.remplacer = QCheckBox(self.tr("Remplacer un gabarit du même nom"))
        formulaire = QFormLayout()
        formulaire.addRow(self.tr("&Nom du gabarit :"), self.nom)
        formulaire.addRow("", self.remplacer)
        disposition = QVBoxLayout(self)
        disposition.addWidget(explication)
        disposition.addLayout(formulaire)
        boutons = self._boutons(self.tr("Enregistrer"))
        disposition.addWidget(self.erreur)
        disposition.addWidget(boutons)
        self.resize(480, 200)

    def _valider(self) -> str | None:
        return self._enregistrer(self.nom.text(), self.remplacer.isChecked())


class DialogueDepuisGabarit(_DialogueAvecErreur):
    """Choisir un gabarit, un titre et une date de début ; `creer(campagne)` écrit."""

    def __init__(
        self,
        liste: list[Gabarit],
        debut: date,
        slugs_pris: set[str],
        creer,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._creer = creer
        self._slugs_pris = slugs_pris
        self.setWindowTitle(self.tr("Nouvelle campagne depuis un gabarit"))
        self.gabarit = QComboBox()
        for g in liste:
            self.gabarit.addItem(g.nom, g)
        self.titre = QLineEdit()
        self.titre.setAccessibleName(self.tr("Titre de la nouvelle campagne"))
        self.debut = QDateEdit(QDate(debut.year, debut.month, debut.day))
        self.debut.setCalendarPopup(True)
        self.debut.setDisplayFormat("yyyy-MM-dd")
        self.debut.setLocale(QLocale(QLocale.Language.French, QLocale.Country.Canada))
        self.apercu = QLabel()
        self.apercu.setWordWrap(True)
        formulaire = QFormLayout()
        formulaire.addRow(self.tr("&Gabarit :"), self.gabarit)
        formulaire.addRow(self.tr("&Titre :"), self.titre)
        formulaire.addRow(self.tr("&Début :"), self.debut)
        disposition = QVBoxLayout(self)
        disposition.addLayout(formulaire)
        disposition.addWidget(self.apercu)
        boutons = self._boutons(self.tr("Créer"))
        disposition.addWidget(self.erreur)
        disposition.addWidget(boutons)
        self.resize(520, 240)
        self.gabarit.currentIndexChanged.connect(lambda _i: self._montrer_apercu())
        self.titre.textChanged.connect(lambda _t: self._montrer_apercu())
        self.debut.dateChanged.connect(lambda _d: self._montrer_apercu())
        if not liste:
            self.erreur.setText(
                self.tr("Aucun gabarit : enregistrez d'abord une campagne comme gabarit.")
            )
            self.erreur.show()
            self.boutons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._montrer_apercu()

    def _jour(self) -> date:
        d = self.debut.date()
        return date(d.year(), d.month(), d.day())

    def campagne(self) -> Campagne:
        """La campagne que le gabarit donnerait ; DonneesInvalides si la saisie ne va pas."""
        return campagne_depuis_gabarit(
            self.gabarit.currentData(),
            self.titre.text(),
            self._jour(),
            slugs_pris=self._slugs_pris,
        )

    def _montrer_apercu(self) -> None:
        g: Gabarit | None = self.gabarit.currentData()
        if g is None:
            self.apercu.clear()
            return
        try:
            c = self.campagne()
        except ErreurCampagnes:
            c = None
        debut = self._jour()
        fin = c.recurrence.fin if c else debut
        self.apercu.setText(
            self.tr("%1 ; %2 public(s), %3 canal(aux), %4 matériel(s) avec leurs délais.")
            .replace("%1", periode_fr(debut, fin))
            .replace("%2", str(len(g.publics)))
            .replace("%3", str(len(g.canaux)))
            .replace("%4", str(len(g.materiels)))
        )

    def _valider(self) -> str | None:
        try:
            c = self.campagne()
        except ErreurCampagnes as e:
            return e.message
        return self._creer(c)


def enregistrer_comme_gabarit(fenetre: FenetrePrincipale) -> DialogueEnregistrerGabarit | None:
    slug = fenetre._slug_choisi
    session = fenetre.session
    if not slug or not session.existe(slug):
        fenetre.statusBar().showMessage(tr("Choisissez d'abord une campagne."), 5000)
        return None

    def enregistrer(nom: str, remplacer: bool) -> str | None:
        try:
            g = enregistrer_gabarit(session.depot, slug, nom, remplacer=remplacer)
        except ErreurCampagnes as e:
            return e.message
        fenetre.statusBar().showMessage(tr("Gabarit « %1 » enregistré.").replace("%1", g.nom), 5000)
        return None

    dialogue = DialogueEnregistrerGabarit(session.campagne(slug), enregistrer, fenetre)
    return _ouvrir(fenetre, dialogue)


def nouvelle_depuis_gabarit(fenetre: FenetrePrincipale) -> DialogueDepuisGabarit | None:
    session = fenetre.session
    try:
        liste = gabarits(session.depot)
    except ErreurCampagnes as e:
        session.erreur_survenue.emit(e)
        return None

    def creer(campagne: Campagne) -> str | None:
        if not session.creer(campagne):  # l'erreur a été montrée par la fenêtre
            return tr("La campagne n'a pas été créée.")
        fenetre.vue_annee.occurrence_choisie.emit(campagne.slug)
        fenetre.vue_annee.selectionner(campagne.slug)
        fenetre.statusBar().showMessage(
            tr("Campagne « %1 » créée depuis le gabarit. Ctrl+Z pour l'annuler.").replace(
                "%1", campagne.titre
            ),
            8000,
        )
        return None

    annee = fenetre.annee_choisie.value()
    debut = fenetre.aujourd_hui if fenetre.aujourd_hui.year == annee else date(annee, 1, 1)
    dialogue = DialogueDepuisGabarit(
        liste, debut, {c.slug for c in session.campagnes()}, creer, fenetre
    )
    return _ouvrir(fenetre, dialogue)


def _ouvrir(fenetre: FenetrePrincipale, dialogue: QDialog):
    dialogue.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    fenetre.dialogue_gabarit = dialogue
    dialogue.destroyed.connect(lambda: setattr(fenetre, "dialogue_gabarit", None))
    dialogue.open()
    return dialogue


def installer(fenetre: FenetrePrincipale) -> None:
    edition = fenetre.menus["edition"]
    edition.addSeparator()
    fenetre.action_enregistrer_gabarit = edition.addAction(
        tr("Enregistrer comme &gabarit…"), lambda: enregistrer_comme_gabarit(fenetre)
    )
    fenetre.action_enregistrer_gabarit.setStatusTip(
        tr("Garder la campagne choisie comme modèle (publics, canaux, matériels, délais)")
    )
    fenetre.action_depuis_gabarit = edition.addAction(
        tr("Nouvelle campagne depuis un &gabarit…"), lambda: nouvelle_depuis_gabarit(fenetre)
    )
    for action in (fenetre.action_enregistrer_gabarit, fenetre.action_depuis_gabarit):
        action.setProperty("modifie_plan", True)  # désactivées en lecture seule
    fenetre.dialogue_gabarit = None
