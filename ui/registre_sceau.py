"""L'onglet « Sceau » : le registre des titulaires du sceau (recommandation 24).

Les renouvellements en retard ou dus dans les 90 jours sont mis en évidence ; chaque
ajout, modification ou suppression est annulable ; la liste par région s'imprime en PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from campagnes import sceau
from campagnes.calendrier import date_fr
from campagnes.erreurs import DonneesInvalides
from campagnes.modele import Region
from campagnes.sceau import TitulaireSceau

from .registres_commun import (
    DateFacultative,
    DialogueRegistre,
    ModeleRegistre,
    Registre,
    VueRegistre,
    champ_date,
    combo_codes,
    combo_regions,
    de_qdate,
    etiquette_erreur,
)
from .session import Session
from .taches import executer

ENTITE = "sceau"
JOURS_BIENTOT = 90
COULEURS = {"en_retard": "#f8d0cc", "bientot": "#fde8b0"}

TYPES = {
    "hotellerie": QT_TRANSLATE_NOOP("registre_sceau", "industrie hôtelière"),
    "festival": QT_TRANSLATE_NOOP("registre_sceau", "festival"),
    "grand_evenement": QT_TRANSLATE_NOOP("registre_sceau", "grand événement"),
    "transport": QT_TRANSLATE_NOOP("registre_sceau", "transport de personnes"),
    "commerce": QT_TRANSLATE_NOOP("registre_sceau", "commerce"),
}
assert set(TYPES) == set(sceau.TYPES_SCEAU)


def libelle_type(code: str) -> str:
    return QCoreApplication.translate("registre_sceau", TYPES[code]) if code in TYPES else code


def etat_renouvellement(t: TitulaireSceau, aujourd_hui: date) -> str | None:
    """« en_retard », « bientot » (dans les 90 jours) ou None."""
    if t.date_renouvellement is None:
        return None
    if t.date_renouvellement < aujourd_hui:
        return "en_retard"
    if t.date_renouvellement <= aujourd_hui + timedelta(days=JOURS_BIENTOT):
        return "bientot"
    return None


def creer_registre(session: Session) -> Registre:
    return Registre(
        session,
        ENTITE,
        sceau.titulaires_sceau,
        sceau.enregistrer_titulaire,
        sceau.supprimer_titulaire,
        sceau.exporter_sceau,
        sceau.importer_sceau,
    )


class ModeleSceau(ModeleRegistre):
    """Une ligne par titulaire ; le renouvellement dû bientôt ou en retard est coloré."""

    NOM, TYPE, REGION, OCTROI, RENOUVELLEMENT, FORMATION, AFFICHES = range(7)

    def __init__(self, aujourd_hui: date, parent=None):
        super().__init__(parent)
        self.aujourd_hui = aujourd_hui

    def entetes(self) -> tuple[str, ...]:
        return (
            self.tr("Organisation"),
            self.tr("Type"),
            self.tr("Région"),
            self.tr("Octroi"),
            self.tr("Renouvellement"),
            self.tr("Formation du personnel"),
            self.tr("Affiches"),
        )

    def _texte(self, t: TitulaireSceau, colonne: int) -> str:
        if colonne == self.NOM:
            return t.nom
        if colonne == self.TYPE:
            return libelle_type(t.type)
        if colonne == self.REGION:
            return self.libelle_region(t.region)
        if colonne == self.OCTROI:
            return date_fr(t.date_octroi)
        if colonne == self.RENOUVELLEMENT:
            return date_fr(t.date_renouvellement) if t.date_renouvellement else "—"
        if colonne == self.FORMATION:
            return date_fr(t.date_formation) if t.date_formation else self.tr("à faire")
        if colonne == self.AFFICHES:
            return self.tr("en place") if t.affiches_en_place else self.tr("absentes")
        return ""

    def _cle_tri(self, t: TitulaireSceau, colonne: int):
        dates = {
            self.OCTROI: t.date_octroi,
            self.RENOUVELLEMENT: t.date_renouvellement,
            self.FORMATION: t.date_formation,
        }
        if colonne in dates:
            return dates[colonne] or date.max
        if colonne == self.REGION:
            return t.region
        return super()._cle_tri(t, colonne)

    def _role(self, t: TitulaireSceau, colonne: int, role: int):
        if colonne != self.RENOUVELLEMENT:
            if role == Qt.ItemDataRole.ToolTipRole and colonne == self.NOM and t.remarques:
                return t.remarques
            return None
        etat = etat_renouvellement(t, self.aujourd_hui)
        if role == Qt.ItemDataRole.BackgroundRole and etat:
            return QBrush(QColor(COULEURS[etat]))
        if role == Qt.ItemDataRole.ToolTipRole and etat and t.date_renouvellement:
            jours = (t.date_renouvellement - self.aujourd_hui).days
            if etat == "en_retard":
                return self.tr("Renouvellement en retard de %1 jour(s)").replace("%1", str(-jours))
            return self.tr("Renouvellement dû dans %1 jour(s)").replace("%1", str(jours))
        return None


class DialogueTitulaire(DialogueRegistre):
    """Saisit un titulaire ; `titulaire()` rend l'objet validé après Enregistrer.

    Reçoit le titulaire, les régions et les (nom, région) déjà pris ; ne lit jamais la base.
    `enregistrer`, s'il est donné, écrit le résultat ; s'il échoue, le dialogue reste ouvert.
    """

    def __init__(
        self,
        titulaire: TitulaireSceau,
        regions: list[Region],
        pris: set[tuple[str, str]],
        nouvelle: bool,
        enregistrer: Callable[[TitulaireSceau], bool] | None = None,
        parent=None,
    ):
        super().__init__(titulaire, regions, pris, nouvelle, enregistrer, parent)
        self.setWindowTitle(
            self.tr("Nouveau titulaire du sceau")
            if nouvelle
            else self.tr("Titulaire du sceau — %1").replace("%1", titulaire.nom)
        )
        aujourd_hui = date.today()
        self.nom = QLineEdit(titulaire.nom)
        self.erreur_nom = etiquette_erreur()
        self.type = combo_codes({c: libelle_type(c) for c in TYPES}, titulaire.type)
        self.region = combo_regions(regions, titulaire.region)
        self.octroi = champ_date(titulaire.date_octroi)
        self.renouvellement = DateFacultative(
            self.tr("prévu le"),
            titulaire.date_renouvellement,
            titulaire.date_octroi + timedelta(days=2 * 365),
        )
        self.erreur_renouvellement = etiquette_erreur()
        self.formation = DateFacultative(self.tr("faite le"), titulaire.date_formation, aujourd_hui)
        self.affiches = QCheckBox(self.tr("Les affiches du sceau sont en place"))
        self.affiches.setChecked(titulaire.affiches_en_place)
        self.remarques = QPlainTextEdit(titulaire.remarques)
        self.remarques.setTabChangesFocus(True)
        self.remarques.setFixedHeight(80)
        self.erreur_generale = etiquette_erreur()

        formulaire = QFormLayout()
        formulaire.addRow(self.tr("&Organisation :"), self.nom)
        formulaire.addRow("", self.erreur_nom)
        formulaire.addRow(self.tr("&Type :"), self.type)
        formulaire.addRow(self.tr("&Région :"), self.region)
        formulaire.addRow(self.tr("&Octroi du sceau :"), self.octroi)
        formulaire.addRow(self.tr("Re&nouvellement :"), self.renouvellement)
        formulaire.addRow("", self.erreur_renouvellement)
        formulaire.addRow(self.tr("&Formation du personnel :"), self.formation)
        formulaire.addRow("", self.affiches)
        formulaire.addRow(self.tr("Re&marques :"), self.remarques)
        self.boutons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.boutons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.boutons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.boutons.accepted.connect(self.accept)
        self.boutons.rejected.connect(self.reject)
        disposition = QVBoxLayout(self)
        disposition.addLayout(formulaire)
        disposition.addWidget(self.erreur_generale)
        disposition.addWidget(self.boutons)
        self.resize(560, 0)
        # Une saisie neuve ne crie pas « nom vide » avant qu'on ait rien tapé.
        self.nom.textChanged.connect(self._valider_en_direct)
        self.region.currentIndexChanged.connect(self._valider_en_direct)
        self.octroi.dateChanged.connect(self._valider_en_direct)
        self.renouvellement.champ.dateChanged.connect(self._valider_en_direct)
        self.renouvellement.case.toggled.connect(self._valider_en_direct)

    def _construire(self) -> TitulaireSceau:
        o = self._origine
        return TitulaireSceau(
            nom=self.nom.text().strip(),
            type=self.type.currentData(),
            region=self.region.currentData(),
            date_octroi=de_qdate(self.octroi.date()),
            date_renouvellement=self.renouvellement.valeur(),
            date_formation=self.formation.valeur(),
            affiches_en_place=self.affiches.isChecked(),
            remarques=self.remarques.toPlainText().strip(),
            identifiant=o.identifiant,
            id=o.id,
        )

    def _erreur(self) -> tuple[str, str] | None:
        """(champ, message) de la première règle violée, ou None."""
        t = self._construire()
        if not t.nom:
            return "nom", self.tr("Le nom de l'organisation ne peut pas être vide.")
        if (t.nom.casefold(), t.region) in self._pris:
            return "nom", self.tr("Ce titulaire est déjà inscrit dans cette région.")
        if t.date_renouvellement and t.date_renouvellement <= t.date_octroi:
            return "renouvellement", self.tr("Le renouvellement doit suivre l'octroi du sceau.")
        try:
            sceau.valider_titulaire(t, {r.code for r in self._regions})
        except DonneesInvalides as e:
            return "general", e.message
        return None

    def _etiquettes_erreur(self) -> dict[str, QLabel]:
        return {
            "nom": self.erreur_nom,
            "renouvellement": self.erreur_renouvellement,
            "general": self.erreur_generale,
        }

    def titulaire(self) -> TitulaireSceau | None:
        return self.resultat()


class VueSceau(VueRegistre):
    """L'onglet du registre du sceau."""

    classe_dialogue = DialogueTitulaire

    NOM_CSV = "registre-sceau.csv"

    def __init__(self, registre: Registre, aujourd_hui: date, parent=None):
        super().__init__(registre, ModeleSceau(aujourd_hui), parent)
        self.aujourd_hui = aujourd_hui
        self.bouton_pdf = QPushButton(self.tr("Liste par région (PDF)…"))
        self.bouton_pdf.setToolTip(
            self.tr(
                "Imprimer les titulaires par région (la région du filtre seulement, si choisie)"
            )
        )
        self.boutons.addWidget(self.bouton_pdf)
        self.bouton_pdf.clicked.connect(self.imprimer)
        for colonne, largeur in (
            (ModeleSceau.NOM, 280),
            (ModeleSceau.TYPE, 170),
            (ModeleSceau.REGION, 240),
            (ModeleSceau.OCTROI, 140),
            (ModeleSceau.RENOUVELLEMENT, 140),
            (ModeleSceau.FORMATION, 190),
        ):
            self.table.setColumnWidth(colonne, largeur)

    def _texte_compte(self, affiches: int, total: int) -> str:
        if affiches == total:
            return self.tr("%1 titulaire(s)").replace("%1", str(total))
        return (
            self.tr("%1 sur %2 titulaire(s)").replace("%1", str(affiches)).replace("%2", str(total))
        )

    def _vierge(self) -> TitulaireSceau:
        return TitulaireSceau(
            nom="",
            type="hotellerie",
            region=self.region.currentData() or "06",
            date_octroi=self.aujourd_hui,
        )

    # --- PDF ---------------------------------------------------------------------------------------

    def imprimer(self) -> None:
        chemin, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Liste des titulaires du sceau"),
            "sceau-par-region.pdf",
            self.tr("Documents PDF (*.pdf)"),
        )
        if chemin:
            self.imprimer_vers(Path(chemin))

    def imprimer_vers(self, chemin: Path) -> None:
        """Lit ici (fil de la base), compose le PDF sur un fil de travail, annulable."""
        from campagnes.documents.registre_sceau import ecrire_liste_sceau, lire_liste_sceau

        donnees = lire_liste_sceau(self.registre.session.depot, self.region.currentData())
        self.bouton_pdf.setEnabled(False)

        def fin() -> None:
            self.bouton_pdf.setEnabled(True)

        def reussite(pages: int) -> None:
            fin()
            self._message(
                self.tr("Liste écrite dans %1 (%2 page(s)).")
                .replace("%1", str(chemin))
                .replace("%2", str(pages))
            )

        def echec(e) -> None:
            fin()
            self.registre.session.erreur_survenue.emit(e)

        executer(
            self,
            self.tr("Production de « %1 »…").replace("%1", chemin.name),
            lambda progression, annule: ecrire_liste_sceau(
                donnees, chemin, progression=progression, annule=annule
            ),
            reussite,
            echec,
        )
