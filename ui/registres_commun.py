"""Ce que les onglets des registres (sceau, affichage) partagent.

`Registre` fait passer chaque écriture par le domaine, dans sa transaction, puis la met
dans la pile d'annulation de la session ; `session.donnees_modifiees` reçoit le nom du
registre (« sceau », « affichage »). `ModeleRegistre` est la table mince filtrée et triée en
elle-même ; `VueRegistre` est l'onglet : filtres, table, boutons, import et export CSV hors
du fil de l'interface.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from campagnes.erreurs import ErreurCampagnes
from campagnes.modele import Region

from .libelles import STYLE_ERREUR
from .modele_campagnes import collateur_francais
from .session import Session
from .taches import executer

Index = QModelIndex | QPersistentModelIndex
_RACINE = QModelIndex()


# --- écriture annulable ---------------------------------------------------------------------


class CommandeRegistre(QUndoCommand):
    """Fait passer une entrée d'un registre d'un état à l'autre (None : elle n'existe pas).

    Le premier passage est déjà écrit quand la commande est empilée ; chaque annulation ou
    rétablissement est une transaction. En cas d'échec, l'erreur est signalée et la commande
    quitte la pile.
    """

    def __init__(self, registre: Registre, avant: Any, apres: Any, texte: str):
        super().__init__(texte)
        self.registre = registre
        self.avant = avant
        self.apres = apres
        self._deja_fait = True
        self._courant = apres

    def redo(self) -> None:
        if self._deja_fait:
            self._deja_fait = False
            return
        self._aller_vers(self.apres)

    def undo(self) -> None:
        self._aller_vers(self.avant)

    def _aller_vers(self, cible: Any) -> None:
        try:
            self._courant = self.registre._ecrire(self._courant, cible)
        except ErreurCampagnes as e:
            self.setObsolete(True)
            self.registre.session.erreur_survenue.emit(e)


class Registre(QObject):
    """Un registre vu de la fenêtre : ses entrées, leurs écritures annulables, le CSV.

    Les fonctions données sont celles du domaine (`campagnes.sceau`, `campagnes.affichage`) ;
    chaque entrée porte un `identifiant` stable qui survit à l'annulation d'une suppression.
    """

    def __init__(
        self,
        session: Session,
        entite: str,
        lister: Callable,
        enregistrer: Callable,
        supprimer: Callable,
        exporter: Callable,
        importer: Callable,
        parent: QObject | None = None,
    ):
        super().__init__(parent or session)
        self.session = session
        self.entite = entite
        self._lister = lister
        self._enregistrer = enregistrer
        self._supprimer = supprimer
        self.exporter = exporter
        self.importer = importer

    def elements(self) -> list:
        return self._lister(self.session.depot)

    def regions(self) -> list[Region]:
        return self.session.regions()

    def recharger(self) -> None:
        self.session.donnees_modifiees.emit({self.entite})

    def ajouter(self, element: Any, texte: str) -> Any | None:
        """Écrit une nouvelle entrée ; rend l'entrée écrite (avec son identifiant) ou None."""
        return self._executer(None, element, texte)

    def modifier(self, avant: Any, apres: Any, texte: str) -> Any | None:
        return self._executer(avant, apres, texte)

    def supprimer(self, element: Any, texte: str) -> bool:
        return self._executer(element, None, texte) is not False

    def _executer(self, avant: Any, apres: Any, texte: str):
        try:
            ecrit = self._ecrire(avant, apres)
        except ErreurCampagnes as e:
            self.session.erreur_survenue.emit(e)
            return False if apres is None else None
        self.session.pile.push(CommandeRegistre(self, copy.deepcopy(avant), ecrit, texte))
        return ecrit if ecrit is not None else True

    def _ecrire(self, courant: Any, cible: Any) -> Any:
        """Une transaction du domaine : remplace `courant` par `cible` (None : supprimer)."""
        if cible is None:
            self._supprimer(self.session.depot, courant.identifiant)
            ecrit = None
        else:
            ecrit = self._enregistrer(self.session.depot, copy.deepcopy(cible))
        self.session.donnees_modifiees.emit({self.entite})
        return copy.deepcopy(ecrit)


def sur_la_base(
    parent: QWidget,
    session: Session,
    libelle: str,
    fonction: Callable,
    quand_terminee: Callable[[Any], None],
    quand_finie: Callable[[], None] | None = None,
) -> None:
    """Lance `fonction(depot)` hors du fil de l'interface, sur une connexion à part.

    Une base en mémoire (essais) n'a qu'une connexion : le travail se fait alors tout de
    suite. Une erreur connue va à `session.erreur_survenue` (une phrase, rien de changé).
    """
    from campagnes.depot import Depot

    def echec(e: ErreurCampagnes) -> None:
        if quand_finie:
            quand_finie()
        session.erreur_survenue.emit(e)

    def reussite(resultat: Any) -> None:
        if quand_finie:
            quand_finie()
        quand_terminee(resultat)

    base = session.depot.chemin
    if base is None:
        try:
            resultat = fonction(session.depot)
        except ErreurCampagnes as e:
            echec(e)
        else:
            reussite(resultat)
        return

    def travail(_progression, _annule):
        depot = Depot.ouvrir(base, charger_catalogue=False)
        try:
            return fonction(depot)
        finally:
            depot.fermer()

    executer(parent, libelle, travail, reussite, echec)


# --- champs des dialogues -----------------------------------------------------------------------


def qdate(jour: date) -> QDate:
    return QDate(jour.year, jour.month, jour.day)


def de_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def champ_date(jour: date) -> QDateEdit:
    champ = QDateEdit(qdate(jour))
    champ.setCalendarPopup(True)
    champ.setDisplayFormat("yyyy-MM-dd")
    champ.setLocale(QLocale(QLocale.Language.French, QLocale.Country.Canada))
    return champ


class DateFacultative(QWidget):
    """Une date qu'on peut laisser vide : une case à cocher devant le champ."""

    def __init__(self, libelle: str, jour: date | None, defaut: date, parent=None):
        super().__init__(parent)
        self.case = QCheckBox(libelle)
        self.champ = champ_date(jour or defaut)
        self.case.setChecked(jour is not None)
        self.champ.setEnabled(jour is not None)
        self.case.toggled.connect(self.champ.setEnabled)
        disposition = QHBoxLayout(self)
        disposition.setContentsMargins(0, 0, 0, 0)
        disposition.addWidget(self.case)
        disposition.addWidget(self.champ, 1)

    def valeur(self) -> date | None:
        return de_qdate(self.champ.date()) if self.case.isChecked() else None

    def definir(self, jour: date | None) -> None:
        self.case.setChecked(jour is not None)
        if jour is not None:
            self.champ.setDate(qdate(jour))


def etiquette_erreur() -> QLabel:
    etiquette = QLabel()
    etiquette.setStyleSheet(STYLE_ERREUR)
    etiquette.setWordWrap(True)
    etiquette.hide()
    return etiquette


def combo_regions(regions: list[Region], actuelle: str | None, toutes: str | None = None):
    combo = QComboBox()
    if toutes is not None:
        combo.addItem(toutes, None)
    for r in regions:
        combo.addItem(f"{r.code} — {r.nom}", r.code)
    combo.setCurrentIndex(max(combo.findData(actuelle), 0))
    return combo


def combo_codes(table: dict[str, str], actuel: str) -> QComboBox:
    combo = QComboBox()
    for code, texte in table.items():
        combo.addItem(texte, code)
    combo.setCurrentIndex(max(combo.findData(actuel), 0))
    return combo


# --- la table ------------------------------------------------------------------------------------


class DialogueRegistre(QDialog):
    """Base des dialogues de saisie d'un registre : reçoit l'objet, rend l'objet validé.

    Les sous-classes construisent leurs champs, puis fournissent `_construire()` (l'objet
    saisi), `_erreur()` ((champ, phrase) ou None) et `_etiquettes_erreur()` (champ ->
    étiquette). `enregistrer`, s'il est donné, écrit le résultat ; s'il échoue, le dialogue
    reste ouvert avec la saisie.
    """

    def __init__(
        self,
        origine,
        regions: list[Region],
        pris: set[tuple[str, str]],
        nouvelle: bool,
        enregistrer=None,
        parent=None,
    ):
        super().__init__(parent)
        self._origine = origine
        self._regions = regions
        self._pris = pris
        self._enregistrer = enregistrer
        self._resultat = None
        self._en_direct = not nouvelle  # une fiche existante est vérifiée dès la saisie

    def _etiquettes_erreur(self) -> dict[str, QLabel]:
        raise NotImplementedError

    def _montrer(self, erreur: tuple[str, str] | None) -> None:
        for champ, etiquette in self._etiquettes_erreur().items():
            etiquette.setVisible(bool(erreur) and erreur[0] == champ)
            if erreur and erreur[0] == champ:
                etiquette.setText(erreur[1])

    def _valider_en_direct(self, *_args) -> None:
        if self._en_direct:
            self._montrer(self._erreur())

    def accept(self) -> None:
        self._en_direct = True
        erreur = self._erreur()
        self._montrer(erreur)
        if erreur is not None:
            return
        resultat = self._construire()
        if self._enregistrer is not None and not self._enregistrer(resultat):
            return
        self._resultat = resultat
        super().accept()

    def resultat(self):
        """L'objet validé après Enregistrer, sinon None."""
        return self._resultat


class ModeleRegistre(QAbstractTableModel):
    """Une ligne par entrée retenue par le filtre (région, texte) ; ROLE_OBJET rend l'entrée.

    Les sous-classes donnent `entetes()`, `_texte(entree, colonne)` et, si besoin, d'autres
    rôles par `_role(entree, colonne, role)`.
    """

    ROLE_OBJET = Qt.ItemDataRole.UserRole

    def __init__(self, parent=None):
        super().__init__(parent)
        self._tous: list = []
        self._lignes: list = []
        self._noms_regions: dict[str, str] = {}
        self._region: str | None = None
        self._cherche = ""
        self._tri = (0, Qt.SortOrder.AscendingOrder)
        self._collateur = collateur_francais()

    def entetes(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _texte(self, e, colonne: int) -> str:
        raise NotImplementedError

    def _role(self, e, colonne: int, role: int):
        return None

    def _cle_tri(self, e, colonne: int):
        return self._collateur.sortKey(self._texte(e, colonne))

    def definir(self, entrees: list, regions: list[Region]) -> None:
        self._tous = entrees
        self._noms_regions = {r.code: r.nom for r in regions}
        self._recalculer()

    def definir_filtre(self, region: str | None, texte: str) -> None:
        self._region, self._cherche = region, texte.strip().casefold()
        self._recalculer()

    def nombre_total(self) -> int:
        return len(self._tous)

    def entree(self, ligne: int):
        return self._lignes[ligne]

    def ligne_de(self, identifiant: str) -> int | None:
        for i, e in enumerate(self._lignes):
            if e.identifiant == identifiant:
                return i
        return None

    def libelle_region(self, code: str) -> str:
        return f"{code} — {self._noms_regions.get(code, code)}"

    def _accepte(self, e) -> bool:
        if self._region is not None and e.region != self._region:
            return False
        if self._cherche:
            tout = " ".join(self._texte(e, c) for c in range(len(self.entetes())))
            return self._cherche in tout.casefold()
        return True

    def _recalculer(self) -> None:
        self.beginResetModel()
        self._lignes = [e for e in self._tous if self._accepte(e)]
        self._trier()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._tri = (column, order)
        self.beginResetModel()
        self._trier()
        self.endResetModel()

    def _trier(self) -> None:
        colonne, ordre = self._tri
        nom = self._collateur.sortKey
        self._lignes.sort(
            key=lambda e: (self._cle_tri(e, colonne), nom(e.nom)),
            reverse=ordre == Qt.SortOrder.DescendingOrder,
        )

    def rowCount(self, parent: Index = _RACINE) -> int:
        return 0 if parent.isValid() else len(self._lignes)

    def columnCount(self, parent: Index = _RACINE) -> int:
        return 0 if parent.isValid() else len(self.entetes())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self._lignes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texte(e, index.column())
        if role == self.ROLE_OBJET:
            return e
        return self._role(e, index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titres = self.entetes()
        return titres[section] if 0 <= section < len(titres) else None


# --- l'onglet ------------------------------------------------------------------------------------


class TableRegistre(QTableView):
    """La table d'un registre ; Suppr y demande la suppression de l'entrée choisie.

    Signal : suppression_demandee(). La touche est prise avant les raccourcis de la fenêtre
    (Suppr y supprime la campagne choisie, pas une entrée du registre).
    """

    suppression_demandee = Signal()

    @staticmethod
    def _suppr(evenement) -> bool:
        return (
            evenement.key() == Qt.Key.Key_Delete
            and evenement.modifiers() == Qt.KeyboardModifier.NoModifier
        )

    def event(self, evenement) -> bool:
        if evenement.type() == QEvent.Type.ShortcutOverride and self._suppr(evenement):
            evenement.accept()
            return True
        return super().event(evenement)

    def keyPressEvent(self, evenement) -> None:
        if self._suppr(evenement):
            self.suppression_demandee.emit()
            return
        super().keyPressEvent(evenement)


class VueRegistre(QWidget):
    """Filtres, table, boutons ; se recharge quand `donnees_modifiees` nomme son registre.

    Les sous-classes donnent le modèle, le dialogue (`classe_dialogue`), les
    libellés et le nom de fichier CSV proposé.
    """

    NOM_CSV = "registre.csv"

    def __init__(self, registre: Registre, modele: ModeleRegistre, parent=None):
        super().__init__(parent)
        self.registre = registre
        self.modele = modele
        self._perime = True
        self.dialogue = None

        self.region = combo_regions(registre.regions(), None, self.tr("Toutes les régions"))
        self.region.setAccessibleName(self.tr("Filtrer par région"))
        self.cherche = QLineEdit()
        self.cherche.setPlaceholderText(self.tr("Chercher…"))
        self.cherche.setClearButtonEnabled(True)
        self.cherche.setAccessibleName(self.tr("Chercher dans le registre"))
        self.compte = QLabel()
        self.bouton_ajouter = QPushButton(self.tr("Ajouter…"))
        self.bouton_modifier = QPushButton(self.tr("Modifier…"))
        self.bouton_supprimer = QPushButton(self.tr("Supprimer"))
        self.bouton_importer = QPushButton(self.tr("Importer CSV…"))
        self.bouton_exporter = QPushButton(self.tr("Exporter CSV…"))

        self.table = TableRegistre()
        self.table.setModel(modele)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        entete = self.table.horizontalHeader()
        entete.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        entete.setStretchLastSection(True)
        self.table.suppression_demandee.connect(self.supprimer)

        filtres = QHBoxLayout()
        etiquette = QLabel(self.tr("Région :"))
        etiquette.setBuddy(self.region)
        filtres.addWidget(etiquette)
        filtres.addWidget(self.region)
        filtres.addWidget(self.cherche, 1)
        filtres.addWidget(self.compte)
        self.boutons = QHBoxLayout()
        for b in (self.bouton_ajouter, self.bouton_modifier, self.bouton_supprimer):
            self.boutons.addWidget(b)
        self.boutons.addStretch(1)
        self.boutons.addWidget(self.bouton_importer)
        self.boutons.addWidget(self.bouton_exporter)
        self.disposition = QVBoxLayout(self)
        self.disposition.addLayout(filtres)
        self.disposition.addWidget(self.table, 1)
        self.disposition.addLayout(self.boutons)

        self.region.currentIndexChanged.connect(self._on_filtre_change)
        self.cherche.textChanged.connect(self._on_filtre_change)
        self.bouton_ajouter.clicked.connect(lambda: self.ajouter())
        self.bouton_modifier.clicked.connect(lambda: self.modifier())
        self.bouton_supprimer.clicked.connect(self.supprimer)
        self.bouton_importer.clicked.connect(self.importer)
        self.bouton_exporter.clicked.connect(self.exporter)
        self.table.doubleClicked.connect(lambda _i: self.modifier())
        self.table.selectionModel().selectionChanged.connect(self._mettre_a_jour_boutons)
        modele.modelReset.connect(self._mettre_a_jour_boutons)
        registre.session.donnees_modifiees.connect(self._on_donnees_modifiees)

    # --- à fournir ---------------------------------------------------------------------------

    classe_dialogue: type[DialogueRegistre]
    """Le dialogue de saisie d'une entrée de ce registre."""

    def _dialogue(self, entree, nouvelle: bool) -> DialogueRegistre:
        # Les (nom, région) déjà pris, sauf l'entrée elle-même : un doublon est dit à côté du champ.
        pris = {
            (x.nom.casefold(), x.region)
            for x in self.modele._tous
            if nouvelle or x.identifiant != entree.identifiant
        }
        avant = None if nouvelle else entree
        return self.classe_dialogue(
            entree,
            self.registre.regions(),
            pris,
            nouvelle,
            enregistrer=lambda apres: self._enregistrer(avant, apres),
            parent=self,
        )

    def _vierge(self):
        raise NotImplementedError

    def _texte_compte(self, affiches: int, total: int) -> str:
        raise NotImplementedError

    # --- actualisation ---------------------------------------------------------------------------

    def _on_donnees_modifiees(self, entites) -> None:
        if self.registre.entite in set(entites):
            self._perime = True
            if self.isVisible():
                self.actualiser()

    def showEvent(self, event) -> None:
        if self._perime:
            self.actualiser()
        super().showEvent(event)

    def actualiser(self) -> None:
        """Relit le registre par le domaine ; garde l'entrée choisie si elle existe encore."""
        self._perime = False
        choisie = self.entree_choisie()
        self.modele.definir(self.registre.elements(), self.registre.regions())
        if choisie is not None:
            self.selectionner(choisie.identifiant)
        self._mettre_a_jour_compte()

    def _on_filtre_change(self, *_args) -> None:
        self.modele.definir_filtre(self.region.currentData(), self.cherche.text())
        self._mettre_a_jour_compte()

    def _mettre_a_jour_compte(self) -> None:
        self.compte.setText(self._texte_compte(self.modele.rowCount(), self.modele.nombre_total()))

    def _mettre_a_jour_boutons(self, *_args) -> None:
        # Une base ouverte en lecture seule se consulte et s'exporte, sans plus.
        ecriture = not getattr(self.registre.session.depot, "lecture_seule", False)
        choisie = self.entree_choisie() is not None
        self.bouton_ajouter.setEnabled(ecriture)
        self.bouton_importer.setEnabled(ecriture)
        self.bouton_modifier.setEnabled(choisie and ecriture)
        self.bouton_supprimer.setEnabled(choisie and ecriture)

    # --- sélection -------------------------------------------------------------------------------

    def entree_choisie(self):
        lignes = self.table.selectionModel().selectedRows()
        return self.modele.entree(lignes[0].row()) if lignes else None

    def selectionner(self, identifiant: str) -> bool:
        ligne = self.modele.ligne_de(identifiant)
        if ligne is None:
            return False
        self.table.selectRow(ligne)
        self.table.scrollTo(self.modele.index(ligne, 0))
        return True

    def _message(self, texte: str) -> None:
        fenetre = self.window()
        if hasattr(fenetre, "statusBar"):
            fenetre.statusBar().showMessage(texte, 8000)

    # --- édition ---------------------------------------------------------------------------------

    def _ouvrir(self, entree, nouvelle: bool):
        if self.dialogue is not None:
            self.dialogue.close()
        dialogue = self._dialogue(entree, nouvelle)
        dialogue.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialogue.destroyed.connect(lambda: setattr(self, "dialogue", None))
        self.dialogue = dialogue
        dialogue.open()  # non bloquant : pas de boucle d'événements imbriquée
        return dialogue

    def ajouter(self):
        """Ouvre le dialogue sur une entrée vierge (région du filtre si une est choisie)."""
        return self._ouvrir(self._vierge(), nouvelle=True)

    def modifier(self):
        entree = self.entree_choisie()
        return None if entree is None else self._ouvrir(copy.deepcopy(entree), nouvelle=False)

    def _enregistrer(self, avant, apres) -> bool:
        """Appelé par le dialogue ; False le garde ouvert avec la saisie."""
        if avant is None:
            ecrit = self.registre.ajouter(apres, self.tr("Ajouter « %1 »").replace("%1", apres.nom))
        else:
            ecrit = self.registre.modifier(
                avant, apres, self.tr("Modifier « %1 »").replace("%1", apres.nom)
            )
        if not ecrit:
            return False
        self.actualiser()
        self.selectionner(ecrit.identifiant)
        self._message(self.tr("« %1 » enregistré. Ctrl+Z pour annuler.").replace("%1", apres.nom))
        return True

    def supprimer(self) -> None:
        entree = self.entree_choisie()
        if entree is None or not self.bouton_supprimer.isEnabled():
            return
        texte = self.tr("Supprimer « %1 »").replace("%1", entree.nom)
        if self.registre.supprimer(entree, texte):
            self._message(
                self.tr("« %1 » supprimé. Ctrl+Z pour annuler.").replace("%1", entree.nom)
            )

    # --- CSV ----------------------------------------------------------------------------------------

    def importer(self) -> None:
        chemin, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importer le registre"), "", self.tr("Fichiers CSV (*.csv)")
        )
        if chemin:
            self.importer_depuis(Path(chemin))

    def importer_depuis(self, fichier: Path) -> None:
        """Tout ou rien, hors du fil de l'interface ; une mauvaise ligne est nommée."""
        self.bouton_importer.setEnabled(False)
        importer = self.registre.importer
        sur_la_base(
            self,
            self.registre.session,
            self.tr("Import de « %1 »…").replace("%1", fichier.name),
            lambda depot: importer(depot, fichier),
            self._on_import_termine,
            self._mettre_a_jour_boutons,
        )

    def _on_import_termine(self, comptes: dict[str, int]) -> None:
        # L'import n'est pas dans la pile : les commandes d'avant ne s'appliquent plus.
        self.registre.session.pile.clear()
        self.registre.recharger()
        self._message(
            self.tr("Import terminé : %1 créés, %2 modifiés, %3 inchangés.")
            .replace("%1", str(comptes["cree"]))
            .replace("%2", str(comptes["modifie"]))
            .replace("%3", str(comptes["inchange"]))
        )

    def exporter(self) -> None:
        chemin, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter le registre"), self.NOM_CSV, self.tr("Fichiers CSV (*.csv)")
        )
        if chemin:
            self.exporter_vers(Path(chemin))

    def exporter_vers(self, chemin: Path) -> None:
        """Fichier temporaire puis renommé : l'ancien reste intact en cas d'échec."""
        exporter = self.registre.exporter
        self.bouton_exporter.setEnabled(False)
        sur_la_base(
            self,
            self.registre.session,
            self.tr("Export vers « %1 »…").replace("%1", chemin.name),
            lambda depot: exporter(depot, chemin),
            lambda n: self._message(
                self.tr("%1 entrées exportées dans %2.")
                .replace("%1", str(n))
                .replace("%2", str(chemin))
            ),
            lambda: self.bouton_exporter.setEnabled(True),
        )
