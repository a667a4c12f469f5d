"""La fenêtre principale : menus, barre d'outils, l'année planifiée et les cinq onglets.

Elle relie les vues à la session : les vues émettent des signaux, la session écrit
(une transaction par modification, annulable), puis `donnees_modifiees` dit quelles
vues recharger. Une vue cachée n'est rechargée que lorsqu'on l'affiche.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QToolBar,
    QWidget,
)

from campagnes import plan
from campagnes.calendrier import decrire_recurrence, jours_feries
from campagnes.erreurs import ConflitModification, ErreurCampagnes
from campagnes.modele import Campagne, Recurrence
from campagnes.suivi import campagnes_par_recommandation, couverture_publics, suivi_materiels

from .erreurs import montrer_erreur
from .extensions import installer_tout
from .reglages import DERNIER_ONGLET, ETAT, GEOMETRIE, Reglages
from .session import Session
from .taches import executer
from .vue_annee import LigneAnnee, VueAnnee, lignes_campagnes
from .vue_campagnes import VueCampagnes
from .vue_materiels import VueMateriels
from .vue_publics import VuePublics
from .vue_recommandations import VueRecommandations

if TYPE_CHECKING:  # chargés au premier usage : la fenêtre s'affiche sans eux
    from .editeur import Choix, EditeurCampagne

ANNEE, CAMPAGNES, PUBLICS, MATERIEL, RECOMMANDATIONS = range(5)
DEPENDANCES = {
    # « sceau » : les renouvellements du registre ; « sources » : les calendriers importés.
    ANNEE: {"campagnes", "materiels", "sceau", "sources"},
    CAMPAGNES: {"campagnes"},
    PUBLICS: {"publics"},
    MATERIEL: {"materiels"},
    RECOMMANDATIONS: {"recommandations"},
}


class FenetrePrincipale(QMainWindow):
    """Le plan d'une année, ses campagnes et leur suivi."""

    def __init__(
        self,
        session: Session,
        reglages: Reglages,
        annee: int | None = None,
        aujourd_hui: date | None = None,
        parent: QWidget | None = None,
        charger: bool = True,
    ):
        """`charger=False` : les vues restent vides jusqu'à `charger()` ; le démarrage montre
        ainsi la fenêtre avant de lire les campagnes (voir ui/demarrage.py)."""
        super().__init__(parent)
        self.session = session
        self.reglages = reglages
        self.aujourd_hui = aujourd_hui or date.today()
        self.annee = annee or self.aujourd_hui.year
        self.editeur: EditeurCampagne | None = None
        self._slug_choisi: str | None = None
        self._perimes = set(DEPENDANCES)
        self._sources_masquees: set[str] = set()
        self._chargement_differe = not charger
        self._apres_chargement: list = []
        self.lecture_seule = session.depot.lecture_seule

        chemin = session.depot.chemin
        self.setWindowTitle(
            self.tr("Campagnes — %1").replace("%1", chemin.name) if chemin else self.tr("Campagnes")
        )
        self.vue_annee = VueAnnee()
        self.vue_campagnes = VueCampagnes()
        self.vue_publics = VuePublics()
        self.vue_materiels = VueMateriels()
        self.vue_recommandations = VueRecommandations()
        self.onglets = QTabWidget()
        self.onglets.setDocumentMode(True)
        self.onglets.addTab(self.vue_annee, self.tr("Année"))
        self.onglets.addTab(self.vue_campagnes, self.tr("Campagnes"))
        self.onglets.addTab(self.vue_publics, self.tr("Publics"))
        self.onglets.addTab(self.vue_materiels, self.tr("Matériel"))
        self.onglets.addTab(self.vue_recommandations, self.tr("Recommandations"))
        self.setCentralWidget(self.onglets)

        self._creer_actions()
        self._creer_menus()
        self._creer_barre_outils()
        self.etat_base = QLabel()
        self.statusBar().addPermanentWidget(self.etat_base)

        session.donnees_modifiees.connect(self._on_donnees_modifiees)
        session.erreur_survenue.connect(self._on_erreur_survenue)
        self.onglets.currentChanged.connect(self._on_onglet_change)
        self.vue_annee.occurrence_choisie.connect(self._choisir)
        self.vue_annee.occurrence_ouverte.connect(self.modifier_campagne)
        self.vue_annee.occurrence_deplacee.connect(self._on_occurrence_deplacee)
        self.vue_campagnes.campagne_choisie.connect(self._choisir)
        self.vue_campagnes.campagne_ouverte.connect(self.modifier_campagne)
        self.vue_materiels.campagne_ouverte.connect(self.modifier_campagne)
        self.vue_recommandations.campagne_ouverte.connect(self.modifier_campagne)

        installer_tout(self)

        self.resize(1280, 800)
        geometrie = reglages.lire(GEOMETRIE)
        if not geometrie.isEmpty():
            self.restoreGeometry(geometrie)
        etat = reglages.lire(ETAT)
        if not etat.isEmpty():
            self.restoreState(etat)
        onglet = reglages.lire(DERNIER_ONGLET)
        self.onglets.setCurrentIndex(onglet if 0 <= onglet < self.onglets.count() else ANNEE)
        self._actualiser_visible()

    def charger(self) -> None:
        """Lit les campagnes et remplit l'onglet visible (après `charger=False`)."""
        self._chargement_differe = False
        self._actualiser_visible()
        attente, self._apres_chargement = self._apres_chargement, []
        for fonction in attente:
            fonction()

    def quand_charge(self, fonction) -> None:
        """Appelle `fonction` une fois le plan lu : tout de suite s'il l'est déjà.

        Les extensions y mettent leur premier calcul, pour que la fenêtre apparaisse
        avant (voir ui/demarrage.py)."""
        if self._chargement_differe:
            self._apres_chargement.append(fonction)
        else:
            fonction()

    # --- construction --------------------------------------------------------------------

    def _action(self, texte: str, raccourci=None, declencher=None, infobulle: str = "") -> QAction:
        action = QAction(texte, self)
        if raccourci is not None:
            action.setShortcut(QKeySequence(raccourci))
        if declencher is not None:
            action.triggered.connect(declencher)
        if infobulle:
            action.setStatusTip(infobulle)
        return action

    def _creer_actions(self) -> None:
        touche = QKeySequence.StandardKey
        self.action_nouvelle = self._action(
            self.tr("&Nouvelle campagne…"),
            touche.New,
            lambda: self.nouvelle_campagne(),
            self.tr("Créer une campagne"),
        )
        self.action_modifier = self._action(
            self.tr("&Modifier la campagne…"),
            "Ctrl+E",
            lambda: self.modifier_campagne(),
            self.tr("Ouvrir la campagne choisie dans l'éditeur"),
        )
        self.action_supprimer = self._action(
            self.tr("&Supprimer la campagne"),
            touche.Delete,
            self.supprimer_campagne,
            self.tr("Supprimer la campagne choisie (annulable)"),
        )
        self.action_importer = self._action(
            self.tr("&Importer des campagnes (CSV)…"), None, self.importer_csv
        )
        self.action_preferences = self._action(
            self.tr("&Préférences…"), touche.Preferences, self.preferences
        )
        self.action_quitter = self._action(self.tr("&Quitter"), touche.Quit, self.close)
        pile = self.session.pile
        self.action_annuler = pile.createUndoAction(self, self.tr("&Annuler"))
        self.action_annuler.setShortcut(QKeySequence(touche.Undo))
        self.action_retablir = pile.createRedoAction(self, self.tr("&Rétablir"))
        self.action_retablir.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(touche.Redo)])
        self.action_chercher = self._action(
            self.tr("&Chercher une campagne"), touche.Find, self.chercher
        )
        self.actions_onglets = []
        for n, texte in enumerate(
            (
                self.tr("&Année"),
                self.tr("&Campagnes"),
                self.tr("&Publics"),
                self.tr("&Matériel"),
                self.tr("&Recommandations"),
            )
        ):
            action = self._action(
                texte, f"Ctrl+{n + 1}", lambda _=False, n=n: self.onglets.setCurrentIndex(n)
            )
            self.actions_onglets.append(action)
        self.action_annee_precedente = self._action(
            self.tr("Année &précédente"), "Ctrl+PgUp", lambda: self.annee_choisie.stepBy(-1)
        )
        self.action_annee_suivante = self._action(
            self.tr("Année &suivante"), "Ctrl+PgDown", lambda: self.annee_choisie.stepBy(1)
        )
        self.action_exporter_csv = self._action(
            self.tr("Les campagnes en &CSV…"), None, self.exporter_csv
        )
        self.action_a_propos = self._action(self.tr("À &propos de Campagnes"), None, self.a_propos)
        self.action_a_propos_qt = self._action(
            self.tr("À propos de &Qt"), None, QCoreApplication.instance().aboutQt
        )

    def _creer_menus(self) -> None:
        barre = self.menuBar()
        fichier = barre.addMenu(self.tr("&Fichier"))
        fichier.addAction(self.action_nouvelle)
        fichier.addAction(self.action_modifier)
        fichier.addAction(self.action_supprimer)
        fichier.addSeparator()
        fichier.addAction(self.action_importer)
        fichier.addSeparator()
        fichier.addAction(self.action_preferences)
        fichier.addSeparator()
        fichier.addAction(self.action_quitter)
        edition = barre.addMenu(self.tr("&Édition"))
        edition.addAction(self.action_annuler)
        edition.addAction(self.action_retablir)
        edition.addSeparator()
        edition.addAction(self.action_chercher)
        affichage = barre.addMenu(self.tr("&Affichage"))
        for action in self.actions_onglets:
            affichage.addAction(action)
        affichage.addSeparator()
        affichage.addAction(self.action_annee_precedente)
        affichage.addAction(self.action_annee_suivante)
        self.menu_sources = affichage.addMenu(self.tr("Calendriers des &partenaires"))
        self.menu_sources.setEnabled(False)
        exporter = barre.addMenu(self.tr("E&xporter"))
        exporter.addAction(self.action_exporter_csv)
        aide = barre.addMenu(self.tr("&Aide"))
        aide.addAction(self.action_a_propos)
        aide.addAction(self.action_a_propos_qt)
        self.menus = {
            "fichier": fichier,
            "edition": edition,
            "affichage": affichage,
            "exporter": exporter,
            "aide": aide,
        }

    def _creer_barre_outils(self) -> None:
        barre = QToolBar(self.tr("Barre d'outils"))
        barre.setObjectName("barre_outils")
        barre.setMovable(False)
        barre.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(barre)
        barre.addAction(self.action_nouvelle)
        barre.addAction(self.action_modifier)
        barre.addAction(self.action_supprimer)
        barre.addSeparator()
        barre.addAction(self.action_annuler)
        barre.addAction(self.action_retablir)
        barre.addSeparator()
        etiquette = QLabel(self.tr("  Année planifiée : "))
        self.annee_choisie = QSpinBox()
        self.annee_choisie.setRange(1900, 2200)
        self.annee_choisie.setValue(self.annee)
        self.annee_choisie.setAccessibleName(self.tr("Année planifiée"))
        etiquette.setBuddy(self.annee_choisie)
        barre.addWidget(etiquette)
        barre.addWidget(self.annee_choisie)
        self.annee_choisie.valueChanged.connect(self._on_annee_changee)

    # --- actualisation des vues ---------------------------------------------------------

    def _on_donnees_modifiees(self, entites: set[str]) -> None:
        self._perimes.update(onglet for onglet, deps in DEPENDANCES.items() if deps & set(entites))
        self._actualiser_visible()

    def _on_annee_changee(self, annee: int) -> None:
        self.annee = annee
        self._perimes = set(DEPENDANCES)
        self._actualiser_visible()

    def _on_onglet_change(self, index: int) -> None:
        self._actualiser_visible()
        # La campagne choisie dans une vue reste choisie dans l'autre.
        if index == ANNEE:
            self.vue_annee.selectionner(self._slug_choisi)
        elif index == CAMPAGNES:
            self.vue_campagnes.selectionner(self._slug_choisi)

    def _actualiser_visible(self) -> None:
        if self._chargement_differe:
            return
        onglet = self.onglets.currentIndex()
        if onglet in self._perimes:
            self._perimes.discard(onglet)
            self.actualiser(onglet)
        self._mettre_a_jour_etat()

    def actualiser(self, onglet: int) -> None:
        """Recharge une vue depuis la session (jamais depuis la base directement)."""
        campagnes = self.session.campagnes()
        if onglet == ANNEE:
            self.vue_annee.afficher(
                self.annee,
                self._lignes_annee(campagnes),
                jours_feries(self.annee),
                self.aujourd_hui,
            )
            self.vue_annee.selectionner(self._slug_choisi)
        elif onglet == CAMPAGNES:
            self.vue_campagnes.definir(
                campagnes,
                self.annee,
                self.session.noms("publics"),
                self.session.regions(),
                self.session.noms("partenaires"),
                self.session.recommandations(),
            )
            self.vue_campagnes.selectionner(self._slug_choisi)
        elif onglet == PUBLICS:
            self.vue_publics.definir(
                couverture_publics(campagnes, self.annee, self.session.noms("publics")), self.annee
            )
        elif onglet == MATERIEL:
            self.vue_materiels.definir(suivi_materiels(campagnes, self.annee, self.aujourd_hui))
        elif onglet == RECOMMANDATIONS:
            self.vue_recommandations.definir(
                self.session.chapitres(),
                self.session.recommandations(),
                campagnes_par_recommandation(campagnes, self.session.recommandations()),
            )

    def _lignes_annee(self, campagnes: list[Campagne]) -> list[LigneAnnee]:
        lignes = lignes_campagnes(
            campagnes, self.annee, jours_feries(self.annee - 1, self.annee + 1)
        )
        importees: dict[tuple[str, str], LigneAnnee] = {}
        for fournisseur in plan.fournisseurs_occurrences:
            for o in fournisseur(self.session.depot, self.annee):
                cle = (o.source or "", o.slug)
                if cle not in importees:
                    importees[cle] = LigneAnnee(o.slug, o.titre, o.couleur, [], [], o.source)
                importees[cle].occurrences.append(o)
        lignes.extend(importees.values())
        self._mettre_a_jour_menu_sources({ligne.source for ligne in lignes if ligne.source})
        return lignes

    def _mettre_a_jour_menu_sources(self, sources: set[str]) -> None:
        self.menu_sources.clear()
        for source in sorted(sources):
            action = self.menu_sources.addAction(source)
            action.setCheckable(True)
            action.setChecked(source not in self._sources_masquees)
            action.toggled.connect(lambda visible, s=source: self._montrer_source(s, visible))
        self.menu_sources.setEnabled(bool(sources))

    def _montrer_source(self, source: str, visible: bool) -> None:
        if visible:
            self._sources_masquees.discard(source)
        else:
            self._sources_masquees.add(source)
        self.vue_annee.definir_sources_masquees(self._sources_masquees)

    def _mettre_a_jour_etat(self) -> None:
        nombre = len(self.session.campagnes())
        chemin = self.session.depot.chemin
        self.etat_base.setText(
            self.tr("%1 campagnes — %2")
            .replace("%1", str(nombre))
            .replace("%2", chemin.name if chemin else self.tr("base en mémoire"))
        )
        self.etat_base.setToolTip(str(chemin) if chemin else "")
        choisie = (
            self._slug_choisi is not None
            and self.session.existe(self._slug_choisi)
            and not self.lecture_seule
        )
        self.action_modifier.setEnabled(choisie)
        # Supprimer seulement là où la campagne choisie est sous les yeux.
        self.action_supprimer.setEnabled(
            choisie and self.onglets.currentIndex() in (ANNEE, CAMPAGNES)
        )

    # --- sélection et édition -------------------------------------------------------------

    def _choisir(self, slug: str) -> None:
        self._slug_choisi = slug or None
        if self._slug_choisi and self.session.existe(self._slug_choisi):
            c = self.session.campagne(self._slug_choisi)
            self.statusBar().showMessage(f"{c.titre} — {decrire_recurrence(c.recurrence)}")
        self._mettre_a_jour_etat()

    def _choix(self) -> Choix:
        from .editeur import Choix

        return Choix(
            recommandations=self.session.recommandations(),
            regions=self.session.regions(),
            publics=self.session.noms("publics"),
            partenaires=self.session.noms("partenaires"),
            canaux=self.session.noms("canaux"),
            slugs_existants={c.slug for c in self.session.campagnes()},
        )

    def nouvelle_campagne(self) -> EditeurCampagne:
        """Ouvre l'éditeur sur une campagne vierge, une semaine de l'année planifiée."""
        debut = self.aujourd_hui if self.aujourd_hui.year == self.annee else date(self.annee, 1, 1)
        vierge = Campagne(
            slug="",
            titre="",
            recurrence=Recurrence(debut, debut + timedelta(days=6)),
            statut="proposee",
        )
        return self._ouvrir_editeur(vierge, nouvelle=True)

    def modifier_campagne(self, slug: str | None = None) -> EditeurCampagne | None:
        slug = slug or self._slug_choisi
        if not slug or not self.session.existe(slug):
            return None
        if self.lecture_seule:
            self.statusBar().showMessage(
                self.tr("Lecture seule : la campagne ne peut pas être modifiée."), 5000
            )
            return None
        self._choisir(slug)
        return self._ouvrir_editeur(self.session.campagne(slug), nouvelle=False)

    def _ouvrir_editeur(self, campagne: Campagne, nouvelle: bool) -> EditeurCampagne:
        if self.editeur is not None:
            self.editeur.close()
        from .editeur import EditeurCampagne

        editeur = EditeurCampagne(
            campagne,
            self._choix(),
            nouvelle=nouvelle,
            enregistrer=lambda c: self._enregistrer_depuis_editeur(c, nouvelle),
            parent=self,
        )
        editeur.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editeur.destroyed.connect(lambda: setattr(self, "editeur", None))
        self.editeur = editeur
        editeur.open()  # non bloquant : pas de boucle d'événements imbriquée
        return editeur

    def _enregistrer_depuis_editeur(self, campagne: Campagne, nouvelle: bool) -> bool:
        """Écrit la campagne de l'éditeur ; False garde l'éditeur ouvert avec la saisie."""
        if nouvelle:
            reussi = self.session.creer(campagne)
            if reussi:
                self._choisir(campagne.slug)
                self.statusBar().showMessage(
                    self.tr("Campagne créée : %1").replace("%1", campagne.titre), 5000
                )
        else:
            reussi = self.session.modifier(campagne)
            if reussi:
                self.statusBar().showMessage(self.tr("Modifications enregistrées."), 5000)
        self._actualiser_visible()
        return reussi

    def supprimer_campagne(self) -> None:
        slug = self._slug_choisi
        if slug and self.session.existe(slug):
            titre = self.session.campagne(slug).titre
            if self.session.supprimer(slug):
                self._slug_choisi = None
                self.statusBar().showMessage(
                    self.tr("« %1 » supprimée. Ctrl+Z pour l'annuler.").replace("%1", titre), 8000
                )
                self._mettre_a_jour_etat()

    def _on_occurrence_deplacee(self, slug: str, origine: date, debut: date, fin: date) -> None:
        if self.session.deplacer(slug, origine, debut, fin):
            self.statusBar().showMessage(
                self.tr("Occurrence déplacée. Ctrl+Z pour l'annuler."), 5000
            )

    def chercher(self) -> None:
        self.onglets.setCurrentIndex(CAMPAGNES)
        self.vue_campagnes.chercher()

    # --- fichiers, préférences, aide ----------------------------------------------------

    def importer_csv(self) -> None:
        chemin, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importer des campagnes"), "", self.tr("Fichiers CSV (*.csv)")
        )
        if chemin:
            self.importer_csv_depuis(Path(chemin))

    def importer_csv_depuis(self, fichier: Path) -> None:
        """Importe hors du fil de l'interface, sur une connexion à part (tout ou rien)."""
        from campagnes.depot import Depot
        from campagnes.echange_csv import importer_campagnes

        base = self.session.depot.chemin
        if base is None:  # base en mémoire (essais) : une seule connexion possible
            try:
                self._on_import_termine(importer_campagnes(self.session.depot, fichier))
            except ErreurCampagnes as e:
                self._on_erreur_survenue(e)
            return

        def travail(progression, annule):
            depot = Depot.ouvrir(base, charger_catalogue=False)
            try:
                return importer_campagnes(depot, fichier, progression, annule)
            finally:
                depot.fermer()

        self.action_importer.setEnabled(False)
        executer(
            self,
            self.tr("Import de « %1 »…").replace("%1", fichier.name),
            travail,
            self._on_import_termine,
            self._on_import_echoue,
        )

    def _on_import_echoue(self, erreur: ErreurCampagnes) -> None:
        self.action_importer.setEnabled(True)
        self._on_erreur_survenue(erreur)

    def _on_import_termine(self, comptes: dict[str, int]) -> None:
        self.action_importer.setEnabled(True)
        # L'import n'est pas dans la pile : les commandes d'avant ne s'appliquent plus.
        self.session.pile.clear()
        self.session.recharger()
        self.statusBar().showMessage(
            self.tr("Import terminé : %1 créées, %2 modifiées, %3 inchangées.")
            .replace("%1", str(comptes["creee"]))
            .replace("%2", str(comptes["modifiee"]))
            .replace("%3", str(comptes["inchangee"])),
            8000,
        )

    def exporter_csv(self) -> None:
        chemin, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter les campagnes"),
            "campagnes.csv",
            self.tr("Fichiers CSV (*.csv)"),
        )
        if chemin:
            self.exporter_csv_vers(Path(chemin))

    def exporter_csv_vers(self, chemin: Path) -> None:
        """Écrit toutes les campagnes (fichier temporaire puis renommé : l'ancien reste intact)."""
        from campagnes.echange_csv import exporter_campagnes

        try:
            nombre = exporter_campagnes(self.session.depot, chemin)
        except ErreurCampagnes as e:
            self._on_erreur_survenue(e)
            return
        self.statusBar().showMessage(
            self.tr("%1 campagnes exportées dans %2.")
            .replace("%1", str(nombre))
            .replace("%2", str(chemin)),
            8000,
        )

    def preferences(self) -> None:
        from .preferences import DialoguePreferences

        dialogue = DialoguePreferences(self.reglages, self)
        dialogue.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialogue.open()

    def a_propos(self) -> None:
        QMessageBox.about(
            self,
            self.tr("À propos de Campagnes"),
            self.tr(
                "Campagnes planifie les campagnes de sensibilisation recommandées par la "
                "Commission spéciale sur l'exploitation sexuelle des mineurs (CSESM)."
            ),
        )

    def _on_erreur_survenue(self, erreur: ErreurCampagnes) -> None:
        # Au-dessus de l'éditeur s'il est ouvert : c'est lui que l'utilisateur regarde.
        ouvert = self.editeur is not None and self.editeur.isVisible()
        montrer_erreur(self.editeur if ouvert else self, erreur)
        if isinstance(erreur, ConflitModification):
            self.session.recharger()  # montrer ce qui a été écrit ailleurs
        else:
            self._perimes = set(DEPENDANCES)
            self._actualiser_visible()

    # --- fermeture ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reglages.ecrire(GEOMETRIE, self.saveGeometry())
        self.reglages.ecrire(ETAT, self.saveState())
        self.reglages.ecrire(DERNIER_ONGLET, self.onglets.currentIndex())
        self.reglages.synchroniser()
        super().closeEvent(event)
