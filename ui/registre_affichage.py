"""L'onglet « Affichage » : les établissements et leurs affiches (recommandations 25 et 26).

Pour chaque établissement, les deux affiches exigées (criminalité de l'achat ; coordonnées
pour signaler) avec langue, version et date de vérification ; une synthèse par région et
par type montre ce que le rapport biennal comptera.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from campagnes import affichage
from campagnes.affichage import AFFICHES, Affiche, Etablissement
from campagnes.calendrier import date_fr
from campagnes.erreurs import DonneesInvalides
from campagnes.modele import Region

from .registres_commun import (
    DateFacultative,
    DialogueRegistre,
    ModeleRegistre,
    Registre,
    VueRegistre,
    combo_codes,
    combo_regions,
    etiquette_erreur,
)
from .session import Session

ENTITE = "affichage"
COULEUR_ABSENTE = "#f8d0cc"

TYPES = {
    "plateforme_locative": QT_TRANSLATE_NOOP("registre_affichage", "plateforme locative numérique"),
    "hotel": QT_TRANSLATE_NOOP("registre_affichage", "établissement hôtelier"),
    "hebergement_touristique": QT_TRANSLATE_NOOP("registre_affichage", "hébergement touristique"),
    "salon_massage": QT_TRANSLATE_NOOP("registre_affichage", "salon de massage érotique"),
    "sauna": QT_TRANSLATE_NOOP("registre_affichage", "sauna"),
}
assert set(TYPES) == set(affichage.TYPES_ETABLISSEMENT)

NOMS_AFFICHES = {
    "achat": QT_TRANSLATE_NOOP(
        "registre_affichage", "Criminalité de l'achat de services sexuels (recommandation 25)"
    ),
    "signalement": QT_TRANSLATE_NOOP(
        "registre_affichage", "Coordonnées pour signaler un crime (recommandation 26)"
    ),
}
assert set(NOMS_AFFICHES) == set(AFFICHES)


def libelle_type(code: str) -> str:
    return QCoreApplication.translate("registre_affichage", TYPES[code]) if code in TYPES else code


def creer_registre(session: Session) -> Registre:
    return Registre(
        session,
        ENTITE,
        affichage.etablissements,
        affichage.enregistrer_etablissement,
        affichage.supprimer_etablissement,
        affichage.exporter_affichage,
        affichage.importer_affichage,
    )


def _derniere_verification(e: Etablissement) -> date | None:
    dates = [e.affiche(c).date_verification for c in AFFICHES]
    return max((d for d in dates if d), default=None)


class ModeleEtablissements(ModeleRegistre):
    """Une ligne par établissement ; une affiche absente est colorée."""

    NOM, TYPE, REGION, ACHAT, SIGNALEMENT, VERIFICATION, SUIVI = range(7)
    COLONNES_AFFICHES = {ACHAT: "achat", SIGNALEMENT: "signalement"}

    def entetes(self) -> tuple[str, ...]:
        return (
            self.tr("Établissement"),
            self.tr("Type"),
            self.tr("Région"),
            self.tr("Affiche achat (25)"),
            self.tr("Affiche signalement (26)"),
            self.tr("Dernière vérification"),
            self.tr("Suivi"),
        )

    def _etat_affiche(self, a: Affiche) -> str:
        if not a.en_place:
            return self.tr("absente")
        details = [", ".join(a.langues)] if a.langues else []
        if a.version:
            details.append(a.version)
        texte = self.tr("en place")
        return f"{texte} ({' — '.join(details)})" if details else texte

    def _texte(self, e: Etablissement, colonne: int) -> str:
        if colonne == self.NOM:
            return e.nom
        if colonne == self.TYPE:
            return libelle_type(e.type)
        if colonne == self.REGION:
            return self.libelle_region(e.region)
        if colonne in self.COLONNES_AFFICHES:
            return self._etat_affiche(e.affiche(self.COLONNES_AFFICHES[colonne]))
        if colonne == self.VERIFICATION:
            jour = _derniere_verification(e)
            return date_fr(jour) if jour else "—"
        if colonne == self.SUIVI:
            return " ".join(e.suivi.split())
        return ""

    def _cle_tri(self, e: Etablissement, colonne: int):
        if colonne == self.VERIFICATION:
            return _derniere_verification(e) or date.min
        if colonne == self.REGION:
            return e.region
        return super()._cle_tri(e, colonne)

    def _role(self, e: Etablissement, colonne: int, role: int):
        if colonne in self.COLONNES_AFFICHES:
            code = self.COLONNES_AFFICHES[colonne]
            a = e.affiche(code)
            if role == Qt.ItemDataRole.BackgroundRole and not a.en_place:
                return QBrush(QColor(COULEUR_ABSENTE))
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("registre_affichage", NOMS_AFFICHES[code])
        if role == Qt.ItemDataRole.ToolTipRole and colonne == self.SUIVI and e.suivi:
            return e.suivi
        return None


class ChampsAffiche(QGroupBox):
    """Les champs d'une affiche exigée : en place, langues, version, vérifiée le."""

    def __init__(self, titre: str, a: Affiche, parent=None):
        super().__init__(titre, parent)
        self.en_place = QCheckBox(self.tr("En place"))
        self.en_place.setChecked(a.en_place)
        self.langues = QLineEdit(", ".join(a.langues))
        self.langues.setPlaceholderText(self.tr("ex. fr, en"))
        self.version = QLineEdit(a.version)
        self.verification = DateFacultative(
            self.tr("vérifiée le"), a.date_verification, date.today()
        )
        self.erreur = etiquette_erreur()
        formulaire = QFormLayout(self)
        formulaire.addRow("", self.en_place)
        formulaire.addRow(self.tr("Langues :"), self.langues)
        formulaire.addRow("", self.erreur)
        formulaire.addRow(self.tr("Version :"), self.version)
        formulaire.addRow(self.tr("Vérification :"), self.verification)

    def affiche(self) -> Affiche:
        return Affiche(
            en_place=self.en_place.isChecked(),
            langues=[
                x.strip() for x in self.langues.text().replace("|", ",").split(",") if x.strip()
            ],
            version=self.version.text().strip(),
            date_verification=self.verification.valeur(),
        )


class DialogueEtablissement(DialogueRegistre):
    """Saisit un établissement et ses affiches ; `etablissement()` rend l'objet validé.

    Reçoit l'établissement, les régions et les (nom, région) déjà pris ; ne lit jamais la base.
    """

    def __init__(
        self,
        etablissement: Etablissement,
        regions: list[Region],
        pris: set[tuple[str, str]],
        nouvelle: bool,
        enregistrer: Callable[[Etablissement], bool] | None = None,
        parent=None,
    ):
        super().__init__(etablissement, regions, pris, nouvelle, enregistrer, parent)
        self.setWindowTitle(
            self.tr("Nouvel établissement")
            if nouvelle
            else self.tr("Établissement — %1").replace("%1", etablissement.nom)
        )
        self.nom = QLineEdit(etablissement.nom)
        self.erreur_nom = etiquette_erreur()
        self.type = combo_codes({c: libelle_type(c) for c in TYPES}, etablissement.type)
        self.region = combo_regions(regions, etablissement.region)
        self.affiches = {
            code: ChampsAffiche(
                QCoreApplication.translate("registre_affichage", NOMS_AFFICHES[code]),
                etablissement.affiche(code),  # absente : ni posée ni renseignée
            )
            for code in AFFICHES
        }
        self.suivi = QPlainTextEdit(etablissement.suivi)
        self.suivi.setTabChangesFocus(True)
        self.suivi.setFixedHeight(70)
        self.erreur_generale = etiquette_erreur()

        formulaire = QFormLayout()
        formulaire.addRow(self.tr("É&tablissement :"), self.nom)
        formulaire.addRow("", self.erreur_nom)
        formulaire.addRow(self.tr("&Type :"), self.type)
        formulaire.addRow(self.tr("&Région :"), self.region)
        self.boutons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.boutons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.boutons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.boutons.accepted.connect(self.accept)
        self.boutons.rejected.connect(self.reject)
        disposition = QVBoxLayout(self)
        disposition.addLayout(formulaire)
        for champs in self.affiches.values():
            disposition.addWidget(champs)
        suivi = QFormLayout()
        suivi.addRow(self.tr("&Suivi :"), self.suivi)
        disposition.addLayout(suivi)
        disposition.addWidget(self.erreur_generale)
        disposition.addWidget(self.boutons)
        self.resize(620, 0)
        self.nom.textChanged.connect(self._valider_en_direct)
        self.region.currentIndexChanged.connect(self._valider_en_direct)
        for champs in self.affiches.values():
            champs.en_place.toggled.connect(self._valider_en_direct)
            champs.langues.textChanged.connect(self._valider_en_direct)

    def _construire(self) -> Etablissement:
        o = self._origine
        return Etablissement(
            nom=self.nom.text().strip(),
            type=self.type.currentData(),
            region=self.region.currentData(),
            affiches={code: champs.affiche() for code, champs in self.affiches.items()},
            suivi=self.suivi.toPlainText().strip(),
            identifiant=o.identifiant,
            id=o.id,
        )

    def _erreur(self) -> tuple[str, str] | None:
        e = self._construire()
        if not e.nom:
            return "nom", self.tr("Le nom de l'établissement ne peut pas être vide.")
        if (e.nom.casefold(), e.region) in self._pris:
            return "nom", self.tr("Cet établissement est déjà inscrit dans cette région.")
        for code, a in e.affiches.items():
            if a.en_place and not a.langues:
                return code, self.tr("Indiquez la langue de l'affiche en place.")
        try:
            affichage.valider_etablissement(e, {r.code for r in self._regions})
        except DonneesInvalides as erreur:
            return "general", erreur.message
        return None

    def _etiquettes_erreur(self) -> dict[str, QLabel]:
        etiquettes = {"nom": self.erreur_nom, "general": self.erreur_generale}
        etiquettes.update({code: champs.erreur for code, champs in self.affiches.items()})
        return etiquettes

    def etablissement(self) -> Etablissement | None:
        return self.resultat()


class SyntheseAffichage(QWidget):
    """Les comptes par région et par type, tels que le rapport biennal les reprendra."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.par_region = self._table()
        self.par_type = self._table()
        disposition = QHBoxLayout(self)
        disposition.setContentsMargins(0, 0, 0, 0)
        for titre, table in (
            (self.tr("Par région"), self.par_region),
            (self.tr("Par type d'établissement"), self.par_type),
        ):
            colonne = QVBoxLayout()
            etiquette = QLabel(f"<b>{titre}</b>")
            etiquette.setTextFormat(Qt.TextFormat.RichText)
            colonne.addWidget(etiquette)
            colonne.addWidget(table)
            disposition.addLayout(colonne, 1)

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 5)
        table.setHorizontalHeaderLabels(
            [
                "",
                self.tr("Établissements"),
                self.tr("Conformes"),
                self.tr("Affiche achat"),
                self.tr("Affiche signalement"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        entete = table.horizontalHeader()
        entete.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, 5):
            entete.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def definir(self, comptes: affichage.ComptesAffichage) -> None:
        par_type = [
            affichage.CompteAffichage(
                c.code,
                libelle_type(c.code),
                c.etablissements,
                c.conformes,
                c.affiche_achat,
                c.affiche_signalement,
            )
            for c in comptes.par_type
        ]
        total = affichage.CompteAffichage(
            "",
            self.tr("Ensemble du Québec"),
            comptes.total.etablissements,
            comptes.total.conformes,
            comptes.total.affiche_achat,
            comptes.total.affiche_signalement,
        )
        par_region = [
            affichage.CompteAffichage(
                c.code,
                f"{c.code} — {c.libelle}",
                c.etablissements,
                c.conformes,
                c.affiche_achat,
                c.affiche_signalement,
            )
            for c in comptes.par_region
        ]
        self._remplir(self.par_region, [*par_region, total])
        self._remplir(self.par_type, [*par_type, total])

    @staticmethod
    def _remplir(table: QTableWidget, lignes: list[affichage.CompteAffichage]) -> None:
        table.setRowCount(len(lignes))
        for i, c in enumerate(lignes):
            valeurs = (
                c.libelle,
                c.etablissements,
                c.conformes,
                c.affiche_achat,
                c.affiche_signalement,
            )
            for j, v in enumerate(valeurs):
                item = QTableWidgetItem(str(v))
                if j:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if i == len(lignes) - 1:
                    police = item.font()
                    police.setBold(True)
                    item.setFont(police)
                table.setItem(i, j, item)

    def valeur(self, table: QTableWidget, libelle: str, colonne: int) -> int | None:
        """Le compte affiché pour une ligne (essais, lecture d'écran)."""
        for i in range(table.rowCount()):
            if table.item(i, 0).text() == libelle:
                return int(table.item(i, colonne).text())
        return None


class VueAffichage(VueRegistre):
    """L'onglet du registre de l'affichage, avec la synthèse des comptes dessous."""

    classe_dialogue = DialogueEtablissement

    NOM_CSV = "registre-affichage.csv"

    def __init__(self, registre: Registre, parent=None):
        super().__init__(registre, ModeleEtablissements(), parent)
        self.synthese = SyntheseAffichage()
        # La table et la synthèse se partagent la hauteur ; l'utilisateur choisit.
        self.disposition.removeWidget(self.table)
        separateur = QSplitter(Qt.Orientation.Vertical)
        separateur.addWidget(self.table)
        separateur.addWidget(self.synthese)
        separateur.setStretchFactor(0, 3)
        separateur.setStretchFactor(1, 2)
        separateur.setChildrenCollapsible(False)
        self.disposition.insertWidget(1, separateur, 1)
        for colonne, largeur in (
            (ModeleEtablissements.NOM, 200),
            (ModeleEtablissements.TYPE, 210),
            (ModeleEtablissements.REGION, 200),
            (ModeleEtablissements.ACHAT, 200),
            (ModeleEtablissements.SIGNALEMENT, 200),
            (ModeleEtablissements.VERIFICATION, 150),
        ):
            self.table.setColumnWidth(colonne, largeur)

    def actualiser(self) -> None:
        super().actualiser()
        self.synthese.definir(affichage.comptes_affichage(self.registre.session.depot))

    def _texte_compte(self, affiches: int, total: int) -> str:
        if affiches == total:
            return self.tr("%1 établissement(s)").replace("%1", str(total))
        return (
            self.tr("%1 sur %2 établissement(s)")
            .replace("%1", str(affiches))
            .replace("%2", str(total))
        )

    def _vierge(self) -> Etablissement:
        return Etablissement(nom="", type="hotel", region=self.region.currentData() or "06")
