"""Imprimer et exporter les documents depuis la fenêtre : fiche, plan annuel, rapport biennal.

Les PDF sont ceux de `campagnes.documents` (la même fonction que la ligne de commande) :
la base est lue sur le fil de l'interface (`lire_*`, rapide), le PDF est composé sur un fil
de travail (`ecrire_*`, long pour mille campagnes) par `ui.taches.executer`, avec sa boîte
de progression annulable qui n'apparaît que si c'est lent. Le fichier est écrit
atomiquement : une annulation ou une erreur laisse l'ancien fichier intact.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from campagnes.erreurs import ErreurCampagnes, OperationAnnulee

from .erreurs import montrer_erreur
from .taches import executer

if TYPE_CHECKING:
    from .apercu_pdf import ApercuPdf
    from .fenetre import FenetrePrincipale


def installer(fenetre: FenetrePrincipale) -> None:
    fenetre.impression = Impression(fenetre)


class DialoguePeriode(QDialog):
    """Les deux années du rapport biennal ; la fin ne peut pas précéder le début."""

    def __init__(self, annee: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rapport biennal"))
        self.debut = QSpinBox()
        self.debut.setRange(1900, 2200)
        self.debut.setValue(annee)
        self.fin = QSpinBox()
        self.fin.setRange(1900, 2200)
        self.fin.setValue(annee + 1)
        self.debut.valueChanged.connect(lambda v: self.fin.setMinimum(v))
        self.fin.setMinimum(annee)
        boutons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        boutons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choisir le fichier…"))
        boutons.accepted.connect(self.accept)
        boutons.rejected.connect(self.reject)
        formulaire = QFormLayout(self)
        formulaire.addRow(self.tr("&Première année :"), self.debut)
        formulaire.addRow(self.tr("&Dernière année :"), self.fin)
        formulaire.addRow(boutons)


class Impression(QObject):
    """Les actions d'impression et d'export PDF de la fenêtre.

    Signaux : apercu_ouvert(object ApercuPdf), export_termine(object Path, int pages),
    export_echoue(object ErreurCampagnes) — l'annulation comprise (OperationAnnulee).
    """

    apercu_ouvert = Signal(object)
    export_termine = Signal(object, int)
    export_echoue = Signal(object)

    def __init__(self, fenetre: FenetrePrincipale):
        super().__init__(fenetre)
        self.setObjectName("impression")
        self.apercu: ApercuPdf | None = None
        self.proposition: QMessageBox | None = None
        self._dossier = ""
        self._occupe = False

        self.action_imprimer_fiche = QAction(self.tr("&Imprimer la fiche…"), fenetre)
        self.action_imprimer_fiche.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.action_imprimer_fiche.setStatusTip(
            self.tr(
                "Aperçu et impression de la fiche de la campagne choisie, pour l'année planifiée"
            )
        )
        self.action_fiche = QAction(self.tr("&Fiche de campagne (PDF)…"), fenetre)
        self.action_plan = QAction(self.tr("&Plan annuel (PDF)…"), fenetre)
        self.action_rapport = QAction(self.tr("&Rapport biennal (PDF)…"), fenetre)
        self.action_imprimer_fiche.triggered.connect(self.imprimer_fiche)
        self.action_fiche.triggered.connect(self.exporter_fiche)
        self.action_plan.triggered.connect(self.exporter_plan)
        self.action_rapport.triggered.connect(self.exporter_rapport)

        fichier = fenetre.menus["fichier"]
        fichier.insertAction(fenetre.action_preferences, self.action_imprimer_fiche)
        fichier.insertSeparator(fenetre.action_preferences)
        exporter = fenetre.menus["exporter"]
        exporter.addSeparator()
        for action in (self.action_fiche, self.action_plan, self.action_rapport):
            exporter.addAction(action)

        # Une fiche n'a de sens que pour une campagne choisie : comme « Modifier la campagne ».
        fenetre.action_modifier.changed.connect(self._actualiser_actions)
        self._actualiser_actions()

    @property
    def fenetre(self) -> FenetrePrincipale:
        """La fenêtre parente, sans référence Python de plus : la fenêtre garde l'extension
        (`fenetre.impression`) ; l'inverse ferait un cycle qui survivrait à sa destruction."""
        return self.parent()

    # --- état des actions ---------------------------------------------------------------

    def _campagne_choisie(self) -> str | None:
        slug = self.fenetre._slug_choisi
        return slug if slug and self.fenetre.session.existe(slug) else None

    def _actualiser_actions(self) -> None:
        choisie = self._campagne_choisie() is not None
        self.action_imprimer_fiche.setEnabled(choisie and not self._occupe)
        self.action_fiche.setEnabled(choisie and not self._occupe)
        self.action_plan.setEnabled(not self._occupe)
        self.action_rapport.setEnabled(not self._occupe)

    def _occuper(self, occupe: bool) -> None:
        self._occupe = occupe
        self._actualiser_actions()

    # --- aperçu de la fiche (Ctrl+P) ----------------------------------------------------

    def imprimer_fiche(self) -> None:
        """Compose la fiche dans un fichier temporaire, hors du fil de l'interface, puis l'aperçu."""
        from campagnes.documents import ecrire_fiche, lire_fiche

        slug = self._campagne_choisie()
        if slug is None or self._occupe:
            return
        annee = self.fenetre.annee
        donnees = self._lire(lambda: lire_fiche(self.fenetre.session.depot, slug, annee))
        if donnees is None:
            return
        nom = f"fiche-{slug}-{annee}.pdf"
        titre = self.tr("fiche « %1 », %2").replace("%1", donnees.campagne.titre)
        titre = titre.replace("%2", str(annee))

        def travail(progression, annule) -> bytes:
            with tempfile.TemporaryDirectory(prefix="campagnes-fiche-") as dossier:
                chemin = Path(dossier) / nom
                ecrire_fiche(donnees, chemin, progression=progression, annule=annule)
                return chemin.read_bytes()

        self._lancer(
            self.tr("Préparation de la fiche…"),
            travail,
            lambda octets: self.ouvrir_apercu(octets, titre, nom),
        )

    def ouvrir_apercu(self, octets: bytes, titre: str, nom_propose: str) -> ApercuPdf | None:
        from .apercu_pdf import ApercuPdf

        try:
            apercu = ApercuPdf(octets, titre, nom_propose, self.fenetre)
        except ErreurCampagnes as e:
            montrer_erreur(self.fenetre, e)
            return None
        apercu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        apercu.destroyed.connect(lambda: self._oublier_apercu(apercu))
        apercu.document_enregistre.connect(
            lambda chemin: self.fenetre.statusBar().showMessage(
                self.tr("Document enregistré dans « %1 ».").replace("%1", str(chemin)), 8000
            )
        )
        apercu.impression_terminee.connect(
            lambda n: self.fenetre.statusBar().showMessage(
                self.tr("%n page(s) envoyée(s) à l'imprimante.", "", n), 8000
            )
        )
        if self.apercu is not None:
            self.apercu.close()
        self.apercu = apercu
        apercu.show()
        self.apercu_ouvert.emit(apercu)
        return apercu

    def _oublier_apercu(self, apercu) -> None:
        if self.apercu is apercu:
            self.apercu = None

    # --- exports ------------------------------------------------------------------------

    def _demander_fichier(self, titre: str, nom: str) -> Path | None:
        depart = str(Path(self._dossier) / nom) if self._dossier else nom
        chemin, _ = QFileDialog.getSaveFileName(
            self.fenetre, titre, depart, self.tr("Documents PDF (*.pdf)")
        )
        if not chemin:
            return None
        chemin = Path(chemin)
        if chemin.suffix.lower() != ".pdf":
            chemin = chemin.with_name(chemin.name + ".pdf")
        self._dossier = str(chemin.parent)
        return chemin

    def exporter_fiche(self) -> None:
        slug = self._campagne_choisie()
        if slug is None:
            return
        annee = self.fenetre.annee
        chemin = self._demander_fichier(
            self.tr("Exporter la fiche de campagne"), f"fiche-{slug}-{annee}.pdf"
        )
        if chemin:
            self.exporter_fiche_vers(chemin, slug, annee)

    def exporter_plan(self) -> None:
        annee = self.fenetre.annee
        chemin = self._demander_fichier(self.tr("Exporter le plan annuel"), f"plan-{annee}.pdf")
        if chemin:
            self.exporter_plan_vers(chemin, annee)

    def exporter_rapport(self) -> None:
        """Demande la période (non bloquant), puis le fichier."""
        dialogue = DialoguePeriode(self.fenetre.annee, self.fenetre)
        dialogue.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def choisie() -> None:
            debut, fin = dialogue.debut.value(), dialogue.fin.value()
            chemin = self._demander_fichier(
                self.tr("Exporter le rapport biennal"), f"rapport-{debut}-{fin}.pdf"
            )
            if chemin:
                self.exporter_rapport_vers(chemin, debut, fin)

        dialogue.accepted.connect(choisie)
        dialogue.open()

    def exporter_fiche_vers(self, chemin: Path, slug: str, annee: int) -> None:
        from campagnes.documents import ecrire_fiche, lire_fiche

        self._exporter(
            chemin,
            lambda: lire_fiche(self.fenetre.session.depot, slug, annee),
            ecrire_fiche,
            self.tr("Fiche de campagne"),
        )

    def exporter_plan_vers(self, chemin: Path, annee: int) -> None:
        from campagnes.documents import ecrire_plan, lire_plan

        self._exporter(
            chemin,
            lambda: lire_plan(self.fenetre.session.depot, annee),
            ecrire_plan,
            self.tr("Plan annuel %1").replace("%1", str(annee)),
        )

    def exporter_rapport_vers(self, chemin: Path, debut: int, fin: int) -> None:
        from campagnes.documents import ecrire_rapport, lire_rapport

        if fin < debut:
            debut, fin = fin, debut
        self._exporter(
            chemin,
            lambda: lire_rapport(self.fenetre.session.depot, debut, fin),
            ecrire_rapport,
            self.tr("Rapport biennal %1–%2").replace("%1", str(debut)).replace("%2", str(fin)),
        )

    def _exporter(self, chemin: Path, lire, ecrire, nom: str) -> None:
        """Lit la base ici, compose et écrit le PDF sur un fil de travail."""
        if self._occupe:
            return
        donnees = self._lire(lire)
        if donnees is None:
            return

        def travail(progression, annule) -> int:
            return ecrire(donnees, chemin, progression=progression, annule=annule)

        self._lancer(
            self.tr("%1 : composition du PDF…").replace("%1", nom),
            travail,
            lambda pages: self._on_export_termine(chemin, pages, nom),
            chemin,
        )

    def _on_export_termine(self, chemin: Path, pages: int, nom: str) -> None:
        message = (
            self.tr("%1 enregistré dans « %2 » (%n page(s)).", "", pages)
            .replace("%1", nom)
            .replace("%2", str(chemin))
        )
        self.fenetre.statusBar().showMessage(message, 10000)
        proposition = QMessageBox(self.fenetre)
        proposition.setIcon(QMessageBox.Icon.Information)
        proposition.setWindowTitle(self.tr("Export terminé"))
        proposition.setText(message)
        voir = proposition.addButton(self.tr("Ouvrir l'&aperçu"), QMessageBox.ButtonRole.AcceptRole)
        proposition.addButton(self.tr("Fermer"), QMessageBox.ButtonRole.RejectRole)
        proposition.setDefaultButton(voir)
        proposition.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def repondu(_code: int) -> None:
            if proposition.clickedButton() is voir:
                self.ouvrir_apercu_fichier(chemin, nom)

        proposition.finished.connect(repondu)
        proposition.destroyed.connect(lambda: setattr(self, "proposition", None))
        self.proposition = proposition
        proposition.open()
        self.export_termine.emit(chemin, pages)

    def ouvrir_apercu_fichier(self, chemin: Path, nom: str) -> ApercuPdf | None:
        try:
            octets = chemin.read_bytes()
        except OSError as e:
            montrer_erreur(
                self.fenetre,
                ErreurCampagnes(
                    self.tr("Impossible de relire « %1 » : %2.")
                    .replace("%1", str(chemin))
                    .replace("%2", e.strerror or str(e))
                ),
            )
            return None
        return self.ouvrir_apercu(octets, nom, chemin.name)

    # --- commun ---------------------------------------------------------------------------

    def _lire(self, lire: Callable[[], Any]) -> Any:
        """La lecture de la base, sur son fil ; une erreur connue devient un message."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return lire()
        except ErreurCampagnes as e:
            montrer_erreur(self.fenetre, e)
            return None
        finally:
            QApplication.restoreOverrideCursor()

    def _lancer(
        self,
        libelle: str,
        travail,
        quand_terminee: Callable[[Any], None],
        chemin: Path | None = None,
    ) -> None:
        self._occuper(True)

        def terminee(resultat: Any) -> None:
            self._occuper(False)
            quand_terminee(resultat)

        def echouee(erreur: ErreurCampagnes) -> None:
            self._occuper(False)
            if isinstance(erreur, OperationAnnulee):
                message = (
                    self.tr("Export annulé : « %1 » n'a pas été modifié.").replace(
                        "%1", str(chemin)
                    )
                    if chemin
                    else self.tr("Préparation de la fiche annulée.")
                )
                self.fenetre.statusBar().showMessage(message, 8000)
            else:
                montrer_erreur(self.fenetre, erreur)
            self.export_echoue.emit(erreur)

        try:
            executer(self.fenetre, libelle, travail, terminee, echouee)
        except BaseException:
            self._occuper(False)
            raise
