"""Rien de perdu : sauvegardes, restauration, autres fenêtres sur la même base, lecture seule.

- Fichier ▸ Sauvegarder maintenant / Restaurer une sauvegarde… (ui/dialogue_sauvegardes.py).
- Une sauvegarde automatique peu après le démarrage, puis vérifiée chaque demi-heure (le
  domaine n'en fait une que si la base a changé et, hors démarrage, après une journée).
- Un sondage léger (`Depot.modifiee_ailleurs`, PRAGMA data_version) relit le plan quand une
  autre fenêtre ou un autre poste l'a modifié, avec un message discret dans la barre d'état.
- Base en lecture seule : un bandeau au-dessus des onglets, les actions de modification
  désactivées, la frise ne se glisse plus.
- Les avis d'ouverture du domaine (`Depot.avis` : arrêt brutal vérifié, lecture seule,
  fichiers temporaires nettoyés) sont montrés une fois, dans une boîte non bloquante.

Les autres fonctionnalités marquent leurs actions qui modifient le plan avec
`action.setProperty("modifie_plan", True)` : elles sont désactivées en lecture seule.
"""

from __future__ import annotations

import html
import logging
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from campagnes import sauvegardes
from campagnes.erreurs import ErreurCampagnes

from .erreurs import montrer_erreur
from .taches import executer

if TYPE_CHECKING:
    from .dialogue_sauvegardes import DialogueSauvegardes
    from .fenetre import FenetrePrincipale

journal = logging.getLogger("campagnes")

SONDAGE_MS = 2000
"""Une requête PRAGMA par sondage : négligeable, et une autre fenêtre est vue en 2 s."""
SAUVEGARDE_DEMARRAGE_MS = 3000
"""Après l'affichage et la lecture du plan : la copie ne retarde pas le premier écran."""
SAUVEGARDE_PERIODIQUE_MS = 30 * 60 * 1000


class _BloqueGlisser(QObject):
    """En lecture seule, la frise se consulte (clic, double-clic) mais ne se glisse pas."""

    appuye = False

    def eventFilter(self, objet, evenement) -> bool:
        genre = evenement.type()
        if genre == QEvent.Type.MouseButtonPress:
            self.appuye = evenement.button() == Qt.MouseButton.LeftButton
        elif genre == QEvent.Type.MouseButtonRelease:
            self.appuye = False
        return genre == QEvent.Type.MouseMove and self.appuye


class Fiabilite(QObject):
    """Installée une fois par fenêtre (`fenetre.fiabilite`)."""

    def __init__(self, fenetre: FenetrePrincipale):
        super().__init__(fenetre)
        self.session = fenetre.session
        self.depot = fenetre.session.depot
        self.dialogue: DialogueSauvegardes | None = None
        self.boite_avis: QMessageBox | None = None
        self.bandeau: QLabel | None = None
        self._creer_actions()
        if self.depot.lecture_seule:
            self._installer_lecture_seule()

        self.depot.modifiee_ailleurs()  # point de départ du sondage
        self._generation = self.depot.generation()
        self.session.donnees_modifiees.connect(self._retenir_generation)  # nos écritures
        self.minuterie_sondage = QTimer(self)
        self.minuterie_sondage.setInterval(SONDAGE_MS)
        self.minuterie_sondage.timeout.connect(self.sonder)
        self.minuterie_sauvegarde = QTimer(self)
        self.minuterie_sauvegarde.setInterval(SAUVEGARDE_PERIODIQUE_MS)
        self.minuterie_sauvegarde.timeout.connect(lambda: self.sauvegarde_automatique(False))
        if self.depot.chemin is not None:
            self.minuterie_sondage.start()
            self.minuterie_sauvegarde.start()
            QTimer.singleShot(
                SAUVEGARDE_DEMARRAGE_MS, self, lambda: self.sauvegarde_automatique(True)
            )
        fenetre.installEventFilter(self)

    @property
    def fenetre(self) -> FenetrePrincipale:
        # Pas de référence Python forte vers la fenêtre : elle reste libre d'être détruite.
        return self.parent()

    # --- actions ------------------------------------------------------------------------

    def _creer_actions(self) -> None:
        f = self.fenetre
        self.action_sauvegarder = QAction(self.tr("Sau&vegarder maintenant"), f)
        self.action_sauvegarder.setStatusTip(
            self.tr("Copier le plan dans le dossier des sauvegardes, à côté de la base")
        )
        self.action_sauvegarder.triggered.connect(self.sauvegarder_maintenant)
        self.action_restaurer = QAction(self.tr("&Restaurer une sauvegarde…"), f)
        self.action_restaurer.setStatusTip(
            self.tr("Voir les sauvegardes du plan et en restaurer une")
        )
        self.action_restaurer.setProperty("modifie_plan", True)
        self.action_restaurer.triggered.connect(self.ouvrir_dialogue)
        sans_fichier = self.depot.chemin is None
        for action in (self.action_sauvegarder, self.action_restaurer):
            action.setEnabled(not sans_fichier)
        menu = f.menus["fichier"]
        avant = f.action_preferences
        menu.insertAction(avant, self.action_sauvegarder)
        menu.insertAction(avant, self.action_restaurer)
        menu.insertSeparator(avant)
        for action in (f.action_nouvelle, f.action_importer):
            action.setProperty("modifie_plan", True)

    # --- sauvegardes --------------------------------------------------------------------

    def sauvegarder_maintenant(self) -> None:
        try:
            chemin = sauvegardes.sauvegarder(self.depot, "manuelle")
        except ErreurCampagnes as e:
            montrer_erreur(self.fenetre, e)
            return
        self.fenetre.statusBar().showMessage(
            self.tr("Sauvegarde faite : %1 (%2 campagnes).")
            .replace("%1", chemin.name)
            .replace("%2", str(self.depot.nombre_campagnes())),
            8000,
        )

    def sauvegarde_automatique(self, au_demarrage: bool) -> None:
        """Jamais de boîte pour une copie automatique : un échec va à la barre d'état et au journal."""
        try:
            chemin = sauvegardes.sauvegarde_automatique(self.depot, au_demarrage=au_demarrage)
        except ErreurCampagnes as e:
            journal.warning("Sauvegarde automatique impossible : %s", e.message)
            self.fenetre.statusBar().showMessage(
                self.tr("Sauvegarde automatique impossible : %1").replace("%1", e.message), 15000
            )
            return
        except sqlite3.Error as e:  # base fermée, occupée : on réessaiera à la prochaine heure
            journal.warning("Sauvegarde automatique remise : %s", e)
            return
        if chemin is not None:
            journal.info("Sauvegarde automatique : %s", chemin)

    def ouvrir_dialogue(self) -> DialogueSauvegardes | None:
        from .dialogue_sauvegardes import DialogueSauvegardes

        if self.depot.chemin is None:
            return None
        if self.dialogue is not None:
            self.dialogue.close()
        dialogue = DialogueSauvegardes(
            self.depot.chemin,
            lambda: {c.slug: c.titre for c in self.session.campagnes()},
            self._restaurer,
            modifiable=not self.depot.lecture_seule,
            parent=self.fenetre,
        )
        dialogue.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialogue.destroyed.connect(lambda: setattr(self, "dialogue", None))
        dialogue.restauree.connect(self._on_restauree)
        self.dialogue = dialogue
        dialogue.open()
        return dialogue

    def _restaurer(self, sauvegarde: sauvegardes.Sauvegarde) -> None:
        """Hors du fil de l'interface : restaurer() ouvre ses propres connexions."""
        chemin = self.depot.chemin
        dialogue = self.dialogue

        def travail(_progression, _annule):
            return sauvegardes.restaurer(chemin, sauvegarde)

        def terminee(compte_rendu) -> None:
            if dialogue is not None:
                dialogue.restauration_terminee(compte_rendu)
            else:
                self._on_restauree(compte_rendu)

        def echouee(erreur: ErreurCampagnes) -> None:
            montrer_erreur(dialogue or self.fenetre, erreur)
            if dialogue is not None:
                dialogue.restauration_echouee()

        executer(
            dialogue or self.fenetre,
            self.tr("Restauration de la sauvegarde…"),
            travail,
            terminee,
            echouee,
        )

    def _on_restauree(self, compte_rendu: sauvegardes.Restauration) -> None:
        # Les commandes d'annulation parlent de l'état d'avant : elles ne s'appliquent plus.
        self.session.pile.clear()
        self.depot.modifiee_ailleurs()
        self._generation = self.depot.generation()
        self.session.recharger()
        message = self.tr("Sauvegarde restaurée : %1 campagne(s).").replace(
            "%1", str(compte_rendu.nombre_campagnes)
        )
        if compte_rendu.etat_precedent is not None:
            message += " " + self.tr("L'état précédent est gardé dans « %1 ».").replace(
                "%1", compte_rendu.etat_precedent.name
            )
        self.fenetre.statusBar().showMessage(message, 15000)

    # --- autres fenêtres, autres postes -------------------------------------------------

    def _retenir_generation(self, _entites=None) -> None:
        """Après une écriture de cette fenêtre : la génération monte d'un cran, pas plus.

        Plus d'un cran, c'est qu'une autre instance a écrit entre-temps : on garde
        l'ancienne valeur pour que le prochain sondage relise.
        """
        try:
            generation = self.depot.generation()
        except sqlite3.Error:
            return
        if generation == self._generation + 1:
            self._generation = generation

    def sonder(self) -> bool:
        """Relit le plan si une autre instance l'a modifié ; rend vrai s'il a été relu."""
        try:
            change = self.depot.modifiee_ailleurs()
        except sqlite3.ProgrammingError:  # base fermée (fenêtre en fermeture)
            self.minuterie_sondage.stop()
            return False
        except sqlite3.Error:
            return False  # base occupée : le prochain sondage verra
        if not change:
            return False
        # Une autre fenêtre qui s'ouvre ou se ferme écrit aussi (sa session) : seule une
        # génération nouvelle dit que le plan lui-même a changé.
        generation = self.depot.generation()
        if generation == self._generation:
            return False
        self._generation = generation
        self.session.recharger()
        self.fenetre.statusBar().showMessage(
            self.tr("Plan modifié dans une autre fenêtre ou sur un autre poste : affichage relu."),
            8000,
        )
        return True

    # --- lecture seule ------------------------------------------------------------------

    def _installer_lecture_seule(self) -> None:
        f = self.fenetre
        nom = self.depot.chemin.name if self.depot.chemin else ""
        self.bandeau = QLabel(
            self.tr(
                "<b>Lecture seule</b> : « %1 » ne peut pas être modifiée ici (dossier ou "
                "fichier protégé, ou ouverture en consultation). Vous pouvez consulter, "
                "exporter et imprimer le plan ; pour le modifier, ouvrez-le depuis un dossier "
                "où vous pouvez écrire."
            ).replace("%1", html.escape(nom))
        )
        self.bandeau.setTextFormat(Qt.TextFormat.RichText)
        self.bandeau.setObjectName("bandeau_lecture_seule")
        self.bandeau.setWordWrap(True)
        self.bandeau.setAccessibleName(self.tr("Lecture seule"))
        self.bandeau.setStyleSheet(
            "QLabel#bandeau_lecture_seule { background: #fff4ce; color: #3d2e00; "
            "border-bottom: 1px solid #e0c36a; padding: 6px 10px; }"
        )
        conteneur = QWidget()
        disposition = QVBoxLayout(conteneur)
        disposition.setContentsMargins(0, 0, 0, 0)
        disposition.setSpacing(0)
        onglets = f.takeCentralWidget()
        disposition.addWidget(self.bandeau)
        disposition.addWidget(onglets, 1)
        f.setCentralWidget(conteneur)
        self._bloque_glisser = _BloqueGlisser(self)
        f.vue_annee.viewport().installEventFilter(self._bloque_glisser)
        f.setWindowTitle(f.windowTitle() + " " + self.tr("(lecture seule)"))
        self.desactiver_modifications()

    def actions_de_modification(self) -> list[QAction]:
        marquees = [a for a in self.fenetre.findChildren(QAction) if a.property("modifie_plan")]
        return [*marquees, self.fenetre.action_modifier, self.fenetre.action_supprimer]

    def desactiver_modifications(self) -> None:
        """Toutes les actions marquées `modifie_plan` (les nôtres et celles des autres modules)."""
        if not self.depot.lecture_seule:
            return
        for action in self.actions_de_modification():
            action.setEnabled(False)
            action.setToolTip(self.tr("Lecture seule : la base ne peut pas être modifiée."))

    # --- après l'affichage ----------------------------------------------------------------

    def eventFilter(self, objet, evenement) -> bool:
        if objet is self.fenetre and evenement.type() == QEvent.Type.Show:
            self.fenetre.removeEventFilter(self)
            # Au tour suivant : les modules installés après nous ont ajouté leurs actions.
            QTimer.singleShot(0, self, self.desactiver_modifications)
            QTimer.singleShot(0, self, self.montrer_avis)
        return False

    def montrer_avis(self) -> QMessageBox | None:
        """Les avis d'ouverture, une fois (la liste est vidée après)."""
        avis, self.depot.avis = list(self.depot.avis), []
        if not avis:
            return None
        boite = QMessageBox(self.fenetre)
        boite.setIcon(QMessageBox.Icon.Information)
        boite.setWindowTitle(self.tr("À l'ouverture du plan"))
        boite.setText(avis[0] if len(avis) == 1 else "\n\n".join(f"• {phrase}" for phrase in avis))
        boite.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        boite.destroyed.connect(lambda: setattr(self, "boite_avis", None))
        self.boite_avis = boite
        boite.open()
        return boite


def installer(fenetre: FenetrePrincipale) -> None:
    fenetre.fiabilite = Fiabilite(fenetre)
