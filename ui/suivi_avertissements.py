"""Le panneau « Avertissements » : conflits et saturations de l'année planifiée.

La liste vient de `campagnes.verifications.verifier` ; cliquer un avertissement montre sa
campagne dans la frise ; « Écarter… » demande une raison, gardée en base. Le nombre
d'avertissements actifs s'affiche dans le titre de l'onglet Année et du panneau, et chaque
avertissement actif pose un triangle sur la ligne de ses campagnes, à son jour ; cliquer un
triangle choisit l'avertissement dans la liste.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRect,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from campagnes.erreurs import ErreurCampagnes
from campagnes.verifications import (
    REGLES,
    Avertissement,
    calculer_avertissements,
    ecarter,
    ecartes,
    retablir,
    verifier,
)

from .libelles import STYLE_ERREUR

if TYPE_CHECKING:
    from .fenetre import FenetrePrincipale

ROLE_AVERTISSEMENT = Qt.ItemDataRole.UserRole
COULEUR_ECARTE = "#6b6b6b"


def tr(texte: str) -> str:
    """Contexte vide : celui où pyside6-lupdate range les appels `tr(...)` nus."""
    return QCoreApplication.translate("", texte)


class _DelegueTexteReplie(QStyledItemDelegate):
    """Hauteur d'un avertissement selon son texte replié à la largeur réelle de la liste.

    Sans lui, QListView calcule le repli sur une largeur un peu trop grande et coupe la
    dernière ligne des longs avertissements par « … ».
    """

    MARGE_TEXTE = 4
    """Qt laisse environ 3 px de chaque côté du texte d'une ligne (PM_FocusFrameHMargin + 1)."""

    def sizeHint(self, option, index) -> QSize:
        vue = self.parent()
        largeur = max(vue.viewport().width() - 2 * vue.spacing(), 80)
        police = index.data(Qt.ItemDataRole.FontRole) or option.font
        cadre = QFontMetrics(police).boundingRect(
            QRect(0, 0, largeur - 2 * self.MARGE_TEXTE, 100_000),
            Qt.TextFlag.TextWordWrap,
            index.data() or "",
        )
        return QSize(largeur, cadre.height() + 2 * self.MARGE_TEXTE)


class _ListeRepliee(QListWidget):
    """Une liste qui refait la hauteur de ses lignes quand sa largeur change.

    En flux vertical, QListView ne recalcule les tailles que si la hauteur change :
    élargir le panneau laisserait des blancs sous chaque avertissement.
    """

    def resizeEvent(self, evenement) -> None:
        super().resizeEvent(evenement)
        if evenement.size().width() != evenement.oldSize().width():
            self.doItemsLayout()


class DialogueEcarter(QDialog):
    """Demande pourquoi on écarte un avertissement ; refuse une raison vide, à côté du champ.

    Le dialogue ne touche pas la base : `ecarter_avec` (donné par le panneau) écrit et
    rend un message d'erreur, ou None si c'est fait.
    """

    def __init__(self, avertissement: Avertissement, ecarter_avec, parent: QWidget | None = None):
        super().__init__(parent)
        self._ecarter_avec = ecarter_avec
        self.setWindowTitle(self.tr("Écarter un avertissement"))
        message = QLabel(avertissement.message)
        message.setWordWrap(True)
        self.raison = QPlainTextEdit()
        self.raison.setAccessibleName(self.tr("Raison"))
        self.raison.setPlaceholderText(
            self.tr("Ex. : les deux campagnes sont coordonnées avec le même partenaire.")
        )
        self.erreur = QLabel()
        self.erreur.setStyleSheet(STYLE_ERREUR)
        self.erreur.setWordWrap(True)
        self.erreur.hide()
        self.boutons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.boutons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Écarter"))
        self.boutons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.boutons.accepted.connect(self.accept)
        self.boutons.rejected.connect(self.reject)
        etiquette = QLabel(self.tr("Pourquoi l'écarter ? La raison est gardée avec le plan."))
        etiquette.setBuddy(self.raison)
        disposition = QVBoxLayout(self)
        disposition.addWidget(message)
        disposition.addWidget(etiquette)
        disposition.addWidget(self.raison)
        disposition.addWidget(self.erreur)
        disposition.addWidget(self.boutons)
        self.resize(480, 260)

    def accept(self) -> None:
        erreur = self._ecarter_avec(self.raison.toPlainText())
        if erreur:
            self.erreur.setText(erreur)
            self.erreur.show()
            return
        super().accept()


class _Relais(QObject):
    """Signal : calcule(int jeton, object avertissements ou exception)."""

    calcule = Signal(int, object)


class _Calcul(QRunnable):
    """Le calcul des avertissements sur un fil de travail : il ne touche pas la base."""

    def __init__(self, relais: _Relais, jeton: int, arguments: tuple, options: dict):
        super().__init__()
        self.relais, self.jeton, self.arguments, self.options = relais, jeton, arguments, options

    def run(self) -> None:
        try:
            resultat = calculer_avertissements(*self.arguments, **self.options)
        except Exception as e:  # rendu à l'interface, qui le montre
            resultat = e
        try:
            self.relais.calcule.emit(self.jeton, resultat)
        except RuntimeError:
            pass  # fenêtre fermée entre-temps : personne n'attend plus ce calcul


class PanneauAvertissements(QDockWidget):
    """Les avertissements de l'année planifiée ; se recalcule quand les données changent."""

    def __init__(self, fenetre: FenetrePrincipale):
        super().__init__(tr("Avertissements"), fenetre)
        self.setObjectName("panneau_avertissements")
        self.avertissements: list[Avertissement] = []
        self.dialogue: DialogueEcarter | None = None
        self.liste = _ListeRepliee()
        self.liste.setWordWrap(True)
        self.liste.setSpacing(3)
        self.liste.setResizeMode(QListView.ResizeMode.Adjust)
        self.liste.setItemDelegate(_DelegueTexteReplie(self.liste))
        self.liste.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.liste.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.liste.setAccessibleName(tr("Avertissements de l'année"))
        self.liste.currentItemChanged.connect(self._on_element_change)
        self.liste.itemClicked.connect(self._montrer)
        self.liste.itemActivated.connect(self._montrer)
        self.resume = QLabel()
        self.resume.setWordWrap(True)
        self.montrer_ecartes = QCheckBox(tr("Montrer les écartés"))
        self.montrer_ecartes.toggled.connect(self._on_ecartes_montres)
        self.bouton_ecarter = QPushButton(tr("Écarter…"))
        self.bouton_ecarter.setToolTip(tr("Écarter l'avertissement choisi, avec une raison"))
        self.bouton_ecarter.clicked.connect(self.ecarter_choisi)
        self.bouton_retablir = QPushButton(tr("Rétablir"))
        self.bouton_retablir.setToolTip(tr("Faire revenir un avertissement écarté par erreur"))
        self.bouton_retablir.clicked.connect(self.retablir_choisi)
        barre = QHBoxLayout()
        barre.addWidget(self.bouton_ecarter)
        barre.addWidget(self.bouton_retablir)
        barre.addStretch(1)
        barre.addWidget(self.montrer_ecartes)
        contenu = QWidget()
        disposition = QVBoxLayout(contenu)
        disposition.setContentsMargins(6, 6, 6, 6)
        disposition.addWidget(self.resume)
        disposition.addWidget(self.liste, 1)
        disposition.addLayout(barre)
        self.setWidget(contenu)
        # Plusieurs modifications de suite (une macro, un import) : un seul recalcul.
        self._minuterie = QTimer(self)
        self._minuterie.setSingleShot(True)
        self._minuterie.setInterval(0)
        self._minuterie.timeout.connect(self.actualiser_en_fond)
        # À 10 000 campagnes, le calcul prend environ une seconde : après une modification,
        # il tourne sur un fil de travail et seul le dernier résultat demandé s'affiche.
        self._jeton = 0
        self._annee_en_calcul = 0
        self._relais = _Relais(self)
        self._relais.calcule.connect(self._on_calcule)
        fenetre.session.donnees_modifiees.connect(self._on_donnees_modifiees)
        fenetre.annee_choisie.valueChanged.connect(self._on_donnees_modifiees)
        fenetre.vue_annee.marqueur_choisi.connect(self.choisir_au_marqueur)
        self._mettre_a_jour_boutons()

    @property
    def fenetre(self) -> FenetrePrincipale:
        """La fenêtre parente (pas d'attribut : un cycle Python retarderait sa destruction)."""
        return self.parentWidget()

    # --- lecture --------------------------------------------------------------------------

    def actualiser(self) -> None:
        """Relit les avertissements de l'année planifiée et met à jour les marqueurs."""
        self._minuterie.stop()
        self._jeton += 1  # un calcul de fond encore en route est désormais périmé
        annee = self.fenetre.annee_choisie.value()
        try:
            session = self.fenetre.session
            avertissements = verifier(
                session.depot,
                annee,
                tous=self.montrer_ecartes.isChecked(),
                campagnes=session.campagnes(),
            )
        except ErreurCampagnes as e:
            self.fenetre.session.erreur_survenue.emit(e)
            return
        self._afficher(annee, avertissements)

    def actualiser_en_fond(self) -> None:
        """Comme `actualiser`, mais le calcul tourne hors du fil de l'interface."""
        self._minuterie.stop()
        self._jeton += 1
        session = self.fenetre.session
        annee = self.fenetre.annee_choisie.value()
        try:
            deja = ecartes(session.depot)  # lu ici : la base reste sur le fil de l'interface
        except ErreurCampagnes as e:
            session.erreur_survenue.emit(e)
            return
        arguments = (
            session.campagnes(),
            annee,
            {r.code: r.nom for r in session.regions()},
            deja,
        )
        self._annee_en_calcul = annee
        QThreadPool.globalInstance().start(
            _Calcul(
                self._relais, self._jeton, arguments, {"tous": self.montrer_ecartes.isChecked()}
            )
        )

    def _on_calcule(self, jeton: int, resultat) -> None:
        if jeton != self._jeton:
            return  # une modification plus récente a relancé le calcul
        if isinstance(resultat, ErreurCampagnes):
            self.fenetre.session.erreur_survenue.emit(resultat)
            return
        if isinstance(resultat, BaseException):
            raise resultat  # un bogue : le crochet des erreurs inattendues le montre
        self._afficher(self._annee_en_calcul, resultat)

    def _afficher(self, annee: int, avertissements: list[Avertissement]) -> None:
        choisi = self.choisi()
        self.avertissements = avertissements
        self.liste.clear()
        for a in self.avertissements:
            element = QListWidgetItem(self._texte(a))
            element.setData(ROLE_AVERTISSEMENT, a)
            element.setToolTip(
                tr("Règle : %1").replace("%1", REGLES.get(a.regle, a.regle))
                + ("\n" + tr("Écarté : %1").replace("%1", a.raison) if a.ecarte else "")
            )
            if a.ecarte:
                element.setForeground(QBrush(QColor(COULEUR_ECARTE)))
                police = QFont(element.font())
                police.setItalic(True)
                element.setFont(police)
            self.liste.addItem(element)
            if choisi is not None and a.ident == choisi.ident:
                self.liste.setCurrentItem(element)
        self._mettre_a_jour_marqueurs(annee)
        self._mettre_a_jour_boutons()

    @staticmethod
    def _texte(a: Avertissement) -> str:
        if a.ecarte:
            return tr("%1\n— écarté : %2").replace("%1", a.message).replace("%2", a.raison)
        return a.message

    def actifs(self) -> list[Avertissement]:
        return [a for a in self.avertissements if not a.ecarte]

    def choisi(self) -> Avertissement | None:
        element = self.liste.currentItem()
        return element.data(ROLE_AVERTISSEMENT) if element else None

    def choisir_au_marqueur(self, slug: str, jour: date) -> None:
        """Un clic sur un triangle de la frise choisit son avertissement dans la liste.

        Plusieurs avertissements au même endroit : chaque clic passe au suivant.
        """
        elements = [
            self.liste.item(i)
            for i in range(self.liste.count())
            if (a := self.liste.item(i).data(ROLE_AVERTISSEMENT)).jour == jour
            and slug in a.slugs
            and not a.ecarte
        ]
        if not elements:
            return
        actuel = self.liste.currentItem()
        suivant = elements[0]
        if actuel in elements:
            suivant = elements[(elements.index(actuel) + 1) % len(elements)]
        self.show()
        self.raise_()
        self.liste.setCurrentItem(suivant)
        self.liste.scrollToItem(suivant)

    def _mettre_a_jour_marqueurs(self, annee: int) -> None:
        self.fenetre.vue_annee.definir_marqueurs(
            [(slug, a.jour, a.message) for a in self.actifs() for slug in a.slugs]
        )
        nombre = len(self.actifs())
        onglets = self.fenetre.onglets
        index = onglets.indexOf(self.fenetre.vue_annee)
        if nombre:
            self.resume.setText(
                tr("%1 avertissement(s) en %2 : cliquez pour voir la campagne.")
                .replace("%1", str(nombre))
                .replace("%2", str(annee))
            )
            onglets.setTabText(index, tr("Année (⚠ %1)").replace("%1", str(nombre)))
            self.setWindowTitle(tr("Avertissements (%1)").replace("%1", str(nombre)))
        else:
            self.resume.setText(tr("Aucun avertissement en %1.").replace("%1", str(annee)))
            onglets.setTabText(index, tr("Année"))
            self.setWindowTitle(tr("Avertissements"))
        onglets.setTabToolTip(
            index,
            tr("%1 avertissement(s) de conflit ou de saturation").replace("%1", str(nombre)),
        )

    def _mettre_a_jour_boutons(self) -> None:
        a = self.choisi()
        self.bouton_ecarter.setEnabled(a is not None and not a.ecarte)
        self.bouton_retablir.setEnabled(a is not None and a.ecarte)
        self.bouton_retablir.setVisible(self.montrer_ecartes.isChecked())

    # --- actions --------------------------------------------------------------------------

    def _on_donnees_modifiees(self, _quoi=None) -> None:
        self._minuterie.start()

    def _on_ecartes_montres(self, _coche: bool) -> None:
        self.actualiser()

    def _on_element_change(self, _element, _precedent=None) -> None:
        self._mettre_a_jour_boutons()

    def _montrer(self, element: QListWidgetItem) -> None:
        """Sélectionne dans la frise la campagne concernée et fait défiler jusqu'au jour."""
        a: Avertissement = element.data(ROLE_AVERTISSEMENT)
        f = self.fenetre
        f.onglets.setCurrentWidget(f.vue_annee)
        if a.slugs:
            f.vue_annee.selectionner(a.slugs[0])
            # Comme un clic dans la frise : la fenêtre suit la campagne choisie.
            f.vue_annee.occurrence_choisie.emit(a.slugs[0])
        f.vue_annee.montrer_date(a.jour)

    def ecarter_choisi(self) -> DialogueEcarter | None:
        """Ouvre (sans bloquer) le dialogue qui demande la raison."""
        a = self.choisi()
        if a is None or a.ecarte:
            return None

        def ecarter_avec(raison: str) -> str | None:
            try:
                ecarter(self.fenetre.session.depot, a.ident, raison)
            except ErreurCampagnes as e:
                return e.message
            self.fenetre.statusBar().showMessage(tr("Avertissement écarté."), 5000)
            self.actualiser()
            return None

        self.dialogue = DialogueEcarter(a, ecarter_avec, self.fenetre)
        self.dialogue.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogue.destroyed.connect(lambda: setattr(self, "dialogue", None))
        self.dialogue.open()
        return self.dialogue

    def retablir_choisi(self) -> None:
        a = self.choisi()
        if a is None or not a.ecarte:
            return
        try:
            retablir(self.fenetre.session.depot, a.ident)
        except ErreurCampagnes as e:
            self.fenetre.session.erreur_survenue.emit(e)
            return
        self.actualiser()


def installer(fenetre: FenetrePrincipale) -> None:
    panneau = PanneauAvertissements(fenetre)
    fenetre.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panneau)
    # Largeur de départ lisible ; l'état enregistré de la fenêtre la remplace ensuite.
    fenetre.resizeDocks([panneau], [380], Qt.Orientation.Horizontal)
    fenetre.panneau_avertissements = panneau
    action: QAction = panneau.toggleViewAction()
    action.setText(tr("Panneau des &avertissements"))
    fenetre.menus["affichage"].addAction(action)
    fenetre.quand_charge(panneau.actualiser)
