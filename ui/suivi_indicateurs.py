"""L'onglet « Indicateurs » de l'éditeur de campagne : saisie, validation, cible atteinte.

Les indicateurs vivent dans leur propre table (campagnes/indicateurs.py) ; pour qu'Enregistrer
reste UNE action annulable, l'écriture de la campagne et celle de ses indicateurs sont
groupées dans une macro de la pile d'annulation de la session.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from campagnes.erreurs import DonneesInvalides, ErreurCampagnes
from campagnes.indicateurs import (
    Indicateur,
    enregistrer_indicateurs,
    indicateurs,
    nombre_fr,
    valider_indicateur,
)
from campagnes.modele import Campagne

from .extensions import EXTENSIONS_EDITEUR
from .libelles import STYLE_ERREUR
from .session import Session

if TYPE_CHECKING:
    from .editeur import EditeurCampagne
    from .fenetre import FenetrePrincipale

NOM, UNITE, REFERENCE, CIBLE, RESULTAT, SOURCE, DATE_MESURE, ETAT = range(8)
COLONNES_NOMBRES = {REFERENCE: "la valeur de référence", CIBLE: "la cible", RESULTAT: "le résultat"}
COULEUR_ATTEINTE = "#1b6e20"
COULEUR_NON_ATTEINTE = "#b3261e"


def tr(texte: str) -> str:
    """Contexte vide : celui où pyside6-lupdate range les appels `tr(...)` nus."""
    return QCoreApplication.translate("", texte)


def lire_nombre(texte: str) -> float | None:
    """« 1 250 », « 12,5 » ou « 12.5 » ; vide -> None ; sinon ValueError."""
    propre = re.sub(r"[\s\u00a0\u202f]", "", texte)
    if not propre:
        return None
    return float(propre.replace(",", "."))


def _sans_id(liste: list[Indicateur]) -> list[Indicateur]:
    return [replace(i, id=None) for i in liste]


class PageIndicateurs(QWidget):
    """La table des indicateurs d'une campagne ; `indicateurs_saisis()` rend la liste validée."""

    def __init__(self, liste: list[Indicateur], parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Nom"),
                self.tr("Unité"),
                self.tr("Référence"),
                self.tr("Cible"),
                self.tr("Résultat"),
                self.tr("Source"),
                self.tr("Date de mesure (AAAA-MM-JJ)"),
                self.tr("État"),
            ]
        )
        self.table.setAccessibleName(self.tr("Indicateurs d'évaluation"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        entete = self.table.horizontalHeader()
        entete.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        entete.setStretchLastSection(True)
        for colonne, largeur in enumerate((210, 100, 80, 70, 75, 150, 190)):
            self.table.setColumnWidth(colonne, largeur)
        self._chargement = True
        for ind in liste:
            self._ajouter(ind)
        self._chargement = False
        self.erreur = QLabel()
        self.erreur.setStyleSheet(STYLE_ERREUR)
        self.erreur.setWordWrap(True)
        self.erreur.hide()
        aide = QLabel(
            self.tr(
                "Une valeur de référence et une cible par indicateur ; le résultat mesuré "
                "demande sa date de mesure. Une cible sous la référence vise une baisse."
            )
        )
        aide.setWordWrap(True)
        self.bouton_ajouter = QPushButton(self.tr("Ajouter un indicateur"))
        self.bouton_ajouter.clicked.connect(self._on_ajouter)
        self.bouton_retirer = QPushButton(self.tr("Retirer l'indicateur"))
        self.bouton_retirer.clicked.connect(self._on_retirer)
        barre = QHBoxLayout()
        barre.addWidget(self.bouton_ajouter)
        barre.addWidget(self.bouton_retirer)
        barre.addStretch(1)
        disposition = QVBoxLayout(self)
        disposition.addWidget(self.table)
        disposition.addWidget(self.erreur)
        disposition.addWidget(aide)
        disposition.addLayout(barre)
        self.table.itemChanged.connect(self._on_cellule_changee)

    # --- saisie ---------------------------------------------------------------------------

    def _ajouter(self, ind: Indicateur) -> None:
        ligne = self.table.rowCount()
        self.table.insertRow(ligne)
        textes = {
            NOM: ind.nom,
            UNITE: ind.unite,
            REFERENCE: "" if ind.reference is None else nombre_fr(ind.reference),
            CIBLE: "" if ind.cible is None else nombre_fr(ind.cible),
            RESULTAT: "" if ind.resultat is None else nombre_fr(ind.resultat),
            SOURCE: ind.source,
            DATE_MESURE: ind.date_mesure.isoformat() if ind.date_mesure else "",
        }
        for colonne, texte in textes.items():
            self.table.setItem(ligne, colonne, QTableWidgetItem(texte))
        etat = QTableWidgetItem()
        etat.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(ligne, ETAT, etat)
        self._montrer_etat(ligne)

    def _on_ajouter(self) -> None:
        self._ajouter(Indicateur(nom=""))
        ligne = self.table.rowCount() - 1
        self.table.setCurrentCell(ligne, NOM)
        self.table.editItem(self.table.item(ligne, NOM))

    def _on_retirer(self) -> None:
        ligne = self.table.currentRow()
        if ligne >= 0:
            self.table.removeRow(ligne)
            self.valider_en_direct()

    def _on_cellule_changee(self, element: QTableWidgetItem) -> None:
        if self._chargement or element.column() == ETAT:
            return
        self._montrer_etat(element.row())
        self.valider_en_direct()

    def _texte(self, ligne: int, colonne: int) -> str:
        element = self.table.item(ligne, colonne)
        return element.text().strip() if element else ""

    def _ligne(self, ligne: int) -> Indicateur:
        """L'indicateur d'une ligne ; DonneesInvalides (message français) si un champ est mal écrit."""
        nom = self._texte(ligne, NOM)
        quoi = f"Ligne {ligne + 1}" + (f" (« {nom} »)" if nom else "")
        valeurs: dict[int, float | None] = {}
        for colonne, libelle in COLONNES_NOMBRES.items():
            texte = self._texte(ligne, colonne)
            try:
                valeurs[colonne] = lire_nombre(texte)
            except ValueError:
                raise DonneesInvalides(
                    f"{quoi} : {libelle} « {texte} » n'est pas un nombre (ex. 1 250 ou 12,5)."
                ) from None
        texte_date = self._texte(ligne, DATE_MESURE)
        try:
            jour = date.fromisoformat(texte_date) if texte_date else None
        except ValueError:
            raise DonneesInvalides(
                f"{quoi} : la date de mesure « {texte_date} » doit s'écrire AAAA-MM-JJ."
            ) from None
        return Indicateur(
            nom=nom,
            unite=self._texte(ligne, UNITE),
            reference=valeurs[REFERENCE],
            cible=valeurs[CIBLE],
            resultat=valeurs[RESULTAT],
            source=self._texte(ligne, SOURCE),
            date_mesure=jour,
        )

    def indicateurs_saisis(self) -> list[Indicateur]:
        """La liste saisie, validée par le domaine ; lève DonneesInvalides sinon."""
        liste = []
        vus: set[tuple[str, date | None]] = set()
        for ligne in range(self.table.rowCount()):
            ind = self._ligne(ligne)
            valider_indicateur(ind)
            # Même règle que enregistrer_indicateurs, vérifiée ici pour la montrer avant d'écrire.
            cle = (ind.nom.casefold(), ind.date_mesure)
            if cle in vus:
                quand = f" mesuré le {ind.date_mesure.isoformat()}" if ind.date_mesure else ""
                raise DonneesInvalides(f"L'indicateur « {ind.nom} »{quand} apparaît deux fois.")
            vus.add(cle)
            liste.append(ind)
        return liste

    # --- affichage ------------------------------------------------------------------------

    def _montrer_etat(self, ligne: int) -> None:
        """« cible atteinte » / « cible non atteinte » dès que la cible et le résultat sont lisibles."""
        element = self.table.item(ligne, ETAT)
        if element is None:
            return
        try:
            atteinte = self._ligne(ligne).cible_atteinte
        except DonneesInvalides:
            atteinte = None
        self._chargement, avant = True, self._chargement
        if atteinte is None:
            element.setText("")
        else:
            element.setText(
                self.tr("cible atteinte") if atteinte else self.tr("cible non atteinte")
            )
            couleur = COULEUR_ATTEINTE if atteinte else COULEUR_NON_ATTEINTE
            element.setForeground(QBrush(QColor(couleur)))
        self._chargement = avant

    def montrer_erreur(self, message: str | None) -> None:
        self.erreur.setText(message or "")
        self.erreur.setVisible(bool(message))

    def valider_en_direct(self) -> bool:
        try:
            self.indicateurs_saisis()
        except DonneesInvalides as e:
            self.montrer_erreur(e.message)
            return False
        self.montrer_erreur(None)
        return True

    def etat(self, ligne: int) -> str:
        return self._texte(ligne, ETAT)


class CommandeIndicateurs(QUndoCommand):
    """Remplace les indicateurs d'une campagne ; déjà écrits au moment de l'empilement."""

    def __init__(
        self, session: Session, slug: str, avant: list[Indicateur], apres: list[Indicateur]
    ):
        super().__init__(tr("Indicateurs"))
        self.session = session
        self.slug = slug
        self.avant = _sans_id(avant)
        self.apres = _sans_id(apres)
        self._deja_fait = True

    def redo(self) -> None:
        if self._deja_fait:
            self._deja_fait = False
            return
        self._ecrire(self.apres)

    def undo(self) -> None:
        self._ecrire(self.avant)

    def _ecrire(self, liste: list[Indicateur]) -> None:
        try:
            enregistrer_indicateurs(self.session.depot, self.slug, liste)
        except ErreurCampagnes as e:
            self.setObsolete(True)
            self.session.erreur_survenue.emit(e)
            return
        self.session.donnees_modifiees.emit({"indicateurs"})


def enregistrer_avec_indicateurs(
    session: Session, page: PageIndicateurs, avant: list[Indicateur], enregistrer, texte: str
):
    """Enveloppe l'enregistrement de l'éditeur : campagne puis indicateurs, une seule action."""

    def _enregistrer(campagne: Campagne) -> bool:
        try:
            saisis = page.indicateurs_saisis()
        except DonneesInvalides as e:
            page.montrer_erreur(e.message)
            return False
        if _sans_id(saisis) == _sans_id(avant):
            return enregistrer(campagne)
        pile = session.pile
        pile.beginMacro(texte.replace("%1", campagne.titre))
        reussi = False
        try:
            if enregistrer(campagne):
                enregistres = enregistrer_indicateurs(session.depot, campagne.slug, saisis)
                pile.push(CommandeIndicateurs(session, campagne.slug, avant, enregistres))
                session.donnees_modifiees.emit({"indicateurs"})
                avant[:] = enregistres
                reussi = True
        except ErreurCampagnes as e:
            session.erreur_survenue.emit(e)
        finally:
            pile.endMacro()
        if pile.index() > 0 and pile.command(pile.index() - 1).childCount() == 0:
            # Rien n'a été écrit : la macro vide ne doit pas devenir une action « annulable ».
            pile.command(pile.index() - 1).setObsolete(True)
            pile.undo()
        return reussi

    return _enregistrer


def etendre_editeur(editeur: EditeurCampagne, campagne: Campagne, nouvelle: bool) -> None:
    """Ajoute l'onglet « Indicateurs » à un éditeur ouvert depuis une fenêtre qui a une session."""
    session = getattr(editeur.parentWidget(), "session", None)
    if not isinstance(session, Session):
        return  # éditeur seul (essais de l'éditeur) : rien à lire ni à écrire
    try:
        avant = [] if nouvelle else indicateurs(session.depot, campagne.slug)
    except ErreurCampagnes as e:
        session.erreur_survenue.emit(e)
        return
    page = PageIndicateurs(avant)
    editeur.page_indicateurs = page
    editeur.onglets.addTab(page, tr("Indicateurs"))
    if editeur._enregistrer is not None:
        texte = tr("Créer « %1 »") if nouvelle else tr("Modifier « %1 »")
        editeur._enregistrer = enregistrer_avec_indicateurs(
            session, page, avant, editeur._enregistrer, texte
        )


def installer(fenetre: FenetrePrincipale) -> None:
    if etendre_editeur not in EXTENSIONS_EDITEUR:
        EXTENSIONS_EDITEUR.append(etendre_editeur)
