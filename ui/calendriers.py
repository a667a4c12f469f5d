"""Les calendriers dans la fenêtre : Exporter ▸ Calendrier iCal…, importer et gérer ceux des partenaires.

Le domaine (`campagnes.ical`, `campagnes.sources`) fait tout le travail ; ce module ouvre
les dialogues, lance l'export et l'import hors du fil de l'interface (`ui.taches`), retient
les profils d'export dans les réglages et montre la couche importée dans la frise.
icalendar n'est chargé qu'au premier export ou import, pas au démarrage.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from campagnes.depot import Depot
from campagnes.erreurs import ErreurCampagnes, OperationAnnulee
from campagnes.sources import BilanImport, sources, supprimer_source

from .dialogue_export_ical import ChoixExport, DialogueExportIcal
from .dialogue_sources import DialogueImportIcal, DialogueSources
from .erreurs import montrer_erreur
from .reglages import Reglage
from .taches import executer

if TYPE_CHECKING:
    from .fenetre import FenetrePrincipale

PROFILS_EXPORT = Reglage("calendriers/profils_export", str, "{}")
"""Les choix d'export retenus par profil (JSON : nom -> ChoixExport) ; "" = sans nom."""
DERNIER_PROFIL = Reglage("calendriers/dernier_profil", str, "")
FICHIERS_SOURCES = Reglage("calendriers/fichiers_sources", str, "{}")
"""Le dernier fichier importé pour chaque source (JSON), pour réimporter en un clic."""

DUREE_MESSAGE_MS = 10000


def _lire_json(reglages, reglage: Reglage) -> dict:
    try:
        valeur = json.loads(reglages.lire(reglage))
    except (TypeError, ValueError):
        return {}
    return valeur if isinstance(valeur, dict) else {}


def _travail_export(base: Path | None, depot: Depot | None, choix: ChoixExport):
    """L'export sur sa propre connexion ; rien n'est écrit si l'on annule, même au dernier moment."""

    def travail(progression, annule):
        # Barre « occupée » tout de suite : la boîte paraît après 600 ms même si le domaine
        # ne compte qu'à partir de la 200e campagne.
        progression(0, 0)
        from campagnes.fichiers import ecrire_atomiquement
        from campagnes.ical import export

        options = export.OptionsExport(
            annee=choix.de,
            jusqua=choix.a if choix.a != choix.de else None,
            filtre=choix.filtre(),
            nom=choix.nom,
            sans_rrule=choix.sans_rrule,
            avec_materiel=choix.avec_materiel,
            rafraichissement=(
                timedelta(hours=choix.rafraichissement) if choix.rafraichissement else None
            ),
        )
        ouvert = depot if depot is not None else Depot.ouvrir(base, charger_catalogue=False)
        try:
            octets, resultat = export.calendrier_ical(
                ouvert, options, progression=progression, annule=annule
            )
        finally:
            if depot is None:
                ouvert.fermer()
        if annule():
            raise OperationAnnulee("Export annulé : aucun fichier n'a été écrit.")
        ecrire_atomiquement(Path(choix.fichier).expanduser(), octets)
        return resultat

    return travail


class Calendriers(QObject):
    """Les actions des calendriers, attachées à la fenêtre (`fenetre.calendriers`).

    Signaux :
      export_termine(ResultatExport), import_termine(BilanImport), source_retiree(str),
      tache_echouee(ErreurCampagnes) — la fin d'un travail, annulation comprise.
    """

    export_termine = Signal(object)
    import_termine = Signal(object)
    source_retiree = Signal(str)
    tache_echouee = Signal(object)

    def __init__(self, fenetre: FenetrePrincipale):
        super().__init__(fenetre)
        self.dialogue_export: DialogueExportIcal | None = None
        self.dialogue_import: DialogueImportIcal | None = None
        self.dialogue_sources: DialogueSources | None = None

        self.action_exporter = fenetre._action(
            self.tr("Calendrier &iCal…"),
            None,
            lambda: self.exporter_ical(),
            self.tr("Exporter le plan, ou une sélection, pour l'agenda d'un partenaire"),
        )
        self.action_importer = fenetre._action(
            self.tr("Importer un &calendrier…"),
            None,
            lambda: self.importer_ical(),
            self.tr("Ajouter à la frise le calendrier (.ics) d'un partenaire"),
        )
        self.action_sources = fenetre._action(
            self.tr("Calendriers des &partenaires…"),
            None,
            lambda: self.gerer_sources(),
            self.tr("Lister, réimporter ou retirer les calendriers importés"),
        )
        # Importer écrit dans la base : désactivé en lecture seule (ui/fiabilite.py).
        self.action_importer.setProperty("modifie_plan", True)
        fenetre.menus["exporter"].addAction(self.action_exporter)
        fichier = fenetre.menus["fichier"]
        avant = fenetre.action_importer
        actions = fichier.actions()
        suivante = actions[actions.index(avant) + 1] if avant in actions[:-1] else None
        fichier.insertAction(suivante, self.action_importer)
        fichier.insertAction(suivante, self.action_sources)

    @property
    def fenetre(self) -> FenetrePrincipale:
        """Le parent Qt, sans référence Python qui garderait la fenêtre en vie après sa fermeture."""
        return self.parent()

    # --- réglages ---------------------------------------------------------------------------

    def profils(self) -> dict[str, ChoixExport]:
        return {
            nom: ChoixExport.depuis_dict(valeurs)
            for nom, valeurs in _lire_json(self.fenetre.reglages, PROFILS_EXPORT).items()
        }

    def _retenir_profil(self, choix: ChoixExport) -> None:
        profils = _lire_json(self.fenetre.reglages, PROFILS_EXPORT)
        profils[choix.profil] = choix.en_dict()
        self.fenetre.reglages.ecrire(PROFILS_EXPORT, json.dumps(profils, ensure_ascii=False))
        self.fenetre.reglages.ecrire(DERNIER_PROFIL, choix.profil)
        self.fenetre.reglages.synchroniser()

    def _oublier_profil(self, nom: str) -> None:
        profils = _lire_json(self.fenetre.reglages, PROFILS_EXPORT)
        profils.pop(nom, None)
        self.fenetre.reglages.ecrire(PROFILS_EXPORT, json.dumps(profils, ensure_ascii=False))
        if self.fenetre.reglages.lire(DERNIER_PROFIL) == nom:
            self.fenetre.reglages.ecrire(DERNIER_PROFIL, "")

    def fichiers_sources(self) -> dict[str, str]:
        return {
            str(k): str(v) for k, v in _lire_json(self.fenetre.reglages, FICHIERS_SOURCES).items()
        }

    # --- export -----------------------------------------------------------------------------

    def exporter_ical(self) -> DialogueExportIcal:
        """Ouvre le dialogue sur les derniers choix (ceux du dernier profil utilisé)."""
        session = self.fenetre.session
        profils = self.profils()
        dernier = self.fenetre.reglages.lire(DERNIER_PROFIL)
        if dernier in profils:
            initial = profils[dernier]
            initial.profil = dernier
        else:
            initial = ChoixExport(de=self.fenetre.annee, a=self.fenetre.annee)
        if self.dialogue_export is not None:
            self.dialogue_export.close()
        dialogue = DialogueExportIcal(
            session.campagnes(),
            session.noms("publics"),
            session.regions(),
            session.noms("partenaires"),
            session.recommandations(),
            profils,
            initial,
            self.fenetre,
        )
        dialogue.export_demande.connect(self.exporter_vers)
        dialogue.profil_oublie.connect(self._oublier_profil)
        dialogue.finished.connect(lambda _code: dialogue.deleteLater())
        dialogue.destroyed.connect(lambda: self._oublier_dialogue("dialogue_export", dialogue))
        self.dialogue_export = dialogue
        dialogue.open()
        return dialogue

    def exporter_vers(self, choix: ChoixExport) -> None:
        """Retient les choix sous leur profil puis écrit le fichier hors du fil de l'interface."""
        self._retenir_profil(choix)
        base = self.fenetre.session.depot.chemin
        # Base en mémoire (essais) : une seule connexion possible, l'export se fait ici.
        depot = self.fenetre.session.depot if base is None else None
        travail = _travail_export(base, depot, choix)
        if base is None:
            try:
                resultat = travail(lambda _f, _t: None, lambda: False)
            except ErreurCampagnes as e:
                self._on_export_echoue(e)
            else:
                self._on_export_termine(resultat, choix.fichier)
            return
        self.action_exporter.setEnabled(False)
        executer(
            self.fenetre,
            self.tr("Export du calendrier « %1 »…").replace("%1", Path(choix.fichier).name),
            travail,
            lambda resultat: self._on_export_termine(resultat, choix.fichier),
            self._on_export_echoue,
        )

    def _on_export_termine(self, resultat, fichier: str) -> None:
        self.action_exporter.setEnabled(True)
        self.fenetre.statusBar().showMessage(
            self.tr("Calendrier exporté : %1 événements de %2 campagnes dans « %3 ».")
            .replace("%1", str(resultat.evenements))
            .replace("%2", str(resultat.campagnes))
            .replace("%3", fichier),
            DUREE_MESSAGE_MS,
        )
        self.export_termine.emit(resultat)

    def _on_export_echoue(self, erreur: ErreurCampagnes) -> None:
        self.action_exporter.setEnabled(True)
        self._signaler(erreur)

    def _signaler(self, erreur: ErreurCampagnes) -> None:
        """Une annulation se dit dans la barre d'état ; une erreur, dans un dialogue d'une phrase."""
        if isinstance(erreur, OperationAnnulee):
            self.fenetre.statusBar().showMessage(erreur.message, DUREE_MESSAGE_MS)
        else:
            montrer_erreur(self.fenetre, erreur)
        self.tache_echouee.emit(erreur)

    # --- import -----------------------------------------------------------------------------

    def importer_ical(self, source: str = "") -> DialogueImportIcal:
        if self.dialogue_import is not None:
            self.dialogue_import.close()
        noms = [s.nom for s in sources(self.fenetre.session.depot)]
        dialogue = DialogueImportIcal(noms, self.fichiers_sources(), source, self.fenetre)
        dialogue.import_demande.connect(lambda chemin, nom: self.importer_depuis(Path(chemin), nom))
        dialogue.finished.connect(lambda _code: dialogue.deleteLater())
        dialogue.destroyed.connect(lambda: self._oublier_dialogue("dialogue_import", dialogue))
        self.dialogue_import = dialogue
        dialogue.open()
        return dialogue

    def importer_depuis(self, chemin: Path, source: str) -> None:
        """Importe hors du fil de l'interface, sur une connexion à part (tout ou rien)."""
        from campagnes.ical.import_ical import importer_ical

        chemin = chemin.expanduser()
        base = self.fenetre.session.depot.chemin
        if base is None:  # base en mémoire (essais) : une seule connexion possible
            try:
                bilan = importer_ical(self.fenetre.session.depot, chemin, source)
            except ErreurCampagnes as e:
                self._on_import_echoue(e)
            else:
                self._on_import_termine(bilan, chemin)
            return

        def travail(progression, annule):
            depot = Depot.ouvrir(base, charger_catalogue=False)
            try:
                return importer_ical(depot, chemin, source, progression=progression, annule=annule)
            finally:
                depot.fermer()

        self.action_importer.setEnabled(False)
        executer(
            self.fenetre,
            self.tr("Import du calendrier « %1 »…").replace("%1", chemin.name),
            travail,
            lambda bilan: self._on_import_termine(bilan, chemin),
            self._on_import_echoue,
        )

    def _on_import_echoue(self, erreur: ErreurCampagnes) -> None:
        self.action_importer.setEnabled(True)
        self._signaler(erreur)

    def _on_import_termine(self, bilan: BilanImport, chemin: Path) -> None:
        self.action_importer.setEnabled(True)
        fichiers = self.fichiers_sources()
        fichiers[bilan.source] = str(chemin.resolve())
        self.fenetre.reglages.ecrire(FICHIERS_SOURCES, json.dumps(fichiers, ensure_ascii=False))
        self._montrer_couche(bilan.source)
        self.fenetre.statusBar().showMessage(
            self.tr(
                "Calendrier « %1 » importé : %2 événements ajoutés, %3 mis à jour, "
                "%4 retirés, %5 inchangés."
            )
            .replace("%1", bilan.source)
            .replace("%2", str(bilan.ajoutes))
            .replace("%3", str(bilan.modifies))
            .replace("%4", str(bilan.supprimes))
            .replace("%5", str(bilan.inchanges)),
            DUREE_MESSAGE_MS,
        )
        if bilan.avertissements:
            boite = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Calendrier importé"),
                self.tr("Le calendrier « %1 » est importé, avec ces remarques :").replace(
                    "%1", bilan.source
                ),
                QMessageBox.StandardButton.Ok,
                self.fenetre,
            )
            boite.setInformativeText("\n".join(bilan.avertissements))
            boite.open()
        self._actualiser_dialogue_sources()
        self.import_termine.emit(bilan)

    def _montrer_couche(self, source: str) -> None:
        """La frise, à une année où la source a des événements, avec sa couche visible."""
        from campagnes.sources import occurrences_importees

        fenetre = self.fenetre
        depot = fenetre.session.depot

        def a_des_evenements(annee: int) -> bool:
            return any(o.source == source for o in occurrences_importees(depot, annee))

        if not a_des_evenements(fenetre.annee):
            # L'année la plus proche de celle qu'on regarde, dans la fenêtre de l'import.
            proches = sorted(
                range(fenetre.annee - 6, fenetre.annee + 7), key=lambda a: abs(a - fenetre.annee)
            )
            annee = next((a for a in proches if a_des_evenements(a)), None)
            if annee is not None:
                fenetre.annee_choisie.setValue(annee)
        fenetre.onglets.setCurrentWidget(fenetre.vue_annee)
        fenetre.session.donnees_modifiees.emit({"sources"})
        for action in fenetre.menu_sources.actions():
            if action.text() == source and not action.isChecked():
                action.setChecked(True)

    # --- gestion des sources ------------------------------------------------------------------

    def gerer_sources(self) -> DialogueSources:
        if self.dialogue_sources is not None:
            self.dialogue_sources.raise_()
            self.dialogue_sources.activateWindow()
            return self.dialogue_sources
        dialogue = DialogueSources(sources(self.fenetre.session.depot), self.fenetre)
        dialogue.retrait_confirme.connect(self.retirer_source)
        dialogue.reimport_demande.connect(self.importer_ical)
        dialogue.finished.connect(lambda _code: dialogue.deleteLater())
        dialogue.destroyed.connect(lambda: self._oublier_dialogue("dialogue_sources", dialogue))
        self.dialogue_sources = dialogue
        dialogue.open()
        return dialogue

    def retirer_source(self, nom: str) -> None:
        """Retire la source (une transaction, rapide : sur le fil de l'interface)."""
        try:
            n = supprimer_source(self.fenetre.session.depot, nom)
        except ErreurCampagnes as e:
            self._signaler(e)
            return
        self.fenetre.session.donnees_modifiees.emit({"sources"})
        self.fenetre.statusBar().showMessage(
            self.tr("Calendrier « %1 » retiré (%2 occurrences).")
            .replace("%1", nom)
            .replace("%2", str(n)),
            DUREE_MESSAGE_MS,
        )
        self._actualiser_dialogue_sources()
        self.source_retiree.emit(nom)

    def _oublier_dialogue(self, attribut: str, dialogue) -> None:
        """Un dialogue détruit n'est oublié que s'il n'a pas déjà été remplacé par un nouveau."""
        if getattr(self, attribut) is dialogue:
            setattr(self, attribut, None)

    def _actualiser_dialogue_sources(self) -> None:
        if self.dialogue_sources is not None:
            self.dialogue_sources.definir(sources(self.fenetre.session.depot))


def installer(fenetre: FenetrePrincipale) -> None:
    fenetre.calendriers = Calendriers(fenetre)
