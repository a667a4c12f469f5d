"""L'éditeur de campagne : reçoit une Campagne, rend une Campagne ; il ne lit pas la base.

Les listes de choix (recommandations, régions, publics, partenaires, canaux connus) lui
sont données par l'appelant. Rien d'invalide ne sort : le bouton Enregistrer valide par
`campagnes.validation.valider_campagne` et le message s'affiche à côté du champ fautif.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from campagnes.calendrier import analyser_regle, decrire_recurrence
from campagnes.erreurs import DonneesInvalides, ErreurCampagnes
from campagnes.modele import (
    Campagne,
    ExceptionAnnuelle,
    Materiel,
    PublicCible,
    Recommandation,
    Recurrence,
    Region,
)
from campagnes.validation import creer_slug, valider_campagne

from .extensions import EXTENSIONS_EDITEUR
from .libelles import (
    LANGUES_MATERIEL,
    STATUTS,
    STATUTS_MATERIEL,
    STYLE_ERREUR,
    TYPES_MATERIEL,
    libelle,
)

# Les formes de récurrence proposées, dans l'ordre du menu.
DATE_FIXE = "date_fixe"
SEPT_PREMIERS_JOURS = "sept_premiers_jours"
PREMIERE_SEMAINE = "premiere_semaine"
PERIODE_ANNUELLE = "periode_annuelle"
PONCTUELLE = "ponctuelle"
PERSONNALISEE = "personnalisee"

PAGES_CHAMPS = {"titre": 0, "dates": 1, "materiels": 5}
"""L'onglet de l'éditeur où se trouve chaque champ qui peut porter une erreur."""


@dataclass
class Choix:
    """Ce que l'éditeur propose : les référentiels, lus par l'appelant."""

    recommandations: list[Recommandation]
    regions: list[Region]
    publics: list[str]
    partenaires: list[str]
    canaux: list[str]
    slugs_existants: set[str]


def forme_recurrence(rec: Recurrence) -> str:
    """Reconnaît laquelle des formes proposées décrit une récurrence existante."""
    if not rec.rrule:
        return PONCTUELLE
    try:
        parties = analyser_regle(rec.rrule)
    except DonneesInvalides:
        return PERSONNALISEE
    if parties.get("FREQ") != "YEARLY" or parties.get("INTERVAL", "1") != "1":
        return PERSONNALISEE
    cles = set(parties) - {"FREQ", "INTERVAL"}
    if (
        cles == {"BYMONTH", "BYDAY", "BYSETPOS"}
        and parties["BYDAY"] == "MO"
        and parties["BYSETPOS"] == "1"
    ):
        return PREMIERE_SEMAINE if rec.duree_jours == 7 else PERSONNALISEE
    if cles == {"BYMONTH", "BYMONTHDAY"}:
        if (int(parties["BYMONTH"]), int(parties["BYMONTHDAY"])) != (
            rec.debut.month,
            rec.debut.day,
        ):
            return PERSONNALISEE
    elif cles:  # sans BYxxx, la règle reprend le mois et le jour du début : même sens
        return PERSONNALISEE
    if rec.duree_jours == 1:
        return DATE_FIXE
    if rec.debut.day == 1 and rec.duree_jours == 7:
        return SEPT_PREMIERS_JOURS
    return PERIODE_ANNUELLE


def recurrence_de_forme(forme: str, debut: date, fin: date, regle: str | None) -> Recurrence:
    """La récurrence qu'une forme donne à partir des dates saisies."""
    if forme == PONCTUELLE:
        return Recurrence(debut, fin, None)
    if forme == DATE_FIXE:
        return Recurrence(debut, debut, f"FREQ=YEARLY;BYMONTH={debut.month};BYMONTHDAY={debut.day}")
    if forme == SEPT_PREMIERS_JOURS:
        premier = debut.replace(day=1)
        return Recurrence(
            premier, premier + timedelta(days=6), f"FREQ=YEARLY;BYMONTH={debut.month};BYMONTHDAY=1"
        )
    if forme == PREMIERE_SEMAINE:
        premier = debut.replace(day=1)
        lundi = premier + timedelta(days=(7 - premier.weekday()) % 7)
        return Recurrence(
            lundi,
            lundi + timedelta(days=6),
            f"FREQ=YEARLY;BYMONTH={debut.month};BYDAY=MO;BYSETPOS=1",
        )
    if forme == PERIODE_ANNUELLE:
        return Recurrence(debut, fin, f"FREQ=YEARLY;BYMONTH={debut.month};BYMONTHDAY={debut.day}")
    return Recurrence(debut, fin, regle or None)


def _garder_ordre(avant: list, coches: list) -> list:
    """Les éléments cochés, dans l'ordre où la campagne les avait, les nouveaux à la fin.

    Sans cela, ouvrir puis enregistrer réordonnerait les listes : une modification sans
    changement, qui ferait monter la SEQUENCE iCalendar chez les partenaires.
    """
    gardes = [x for x in avant if x in coches]
    return gardes + [x for x in coches if x not in gardes]


def _qdate(jour: date) -> QDate:
    return QDate(jour.year, jour.month, jour.day)


def _date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def _champ_date(jour: date) -> QDateEdit:
    champ = QDateEdit(_qdate(jour))
    champ.setCalendarPopup(True)
    champ.setDisplayFormat("yyyy-MM-dd")
    champ.setLocale(QLocale(QLocale.Language.French, QLocale.Country.Canada))
    return champ


def _etiquette_erreur() -> QLabel:
    etiquette = QLabel()
    etiquette.setStyleSheet(STYLE_ERREUR)
    etiquette.setWordWrap(True)
    etiquette.hide()
    return etiquette


def _combo_codes(table: dict[str, str], actuel: str) -> QComboBox:
    combo = QComboBox()
    for code in table:
        combo.addItem(libelle(table, code), code)
    if actuel not in table:
        combo.addItem(actuel, actuel)
    combo.setCurrentIndex(combo.findData(actuel))
    return combo


class EditeurCampagne(QDialog):
    """Le dialogue d'édition d'une campagne ; `campagne()` rend le résultat validé."""

    extensions: list[Callable[[EditeurCampagne, Campagne, bool], None]] = EXTENSIONS_EDITEUR
    """Appelées en fin de construction avec (éditeur, campagne, nouvelle) : un module de
    `ui/extensions.py` y ajoute ses onglets (ex. les indicateurs, ui/suivi_indicateurs.py)."""

    def __init__(
        self,
        campagne: Campagne,
        choix: Choix,
        nouvelle: bool = False,
        enregistrer: Callable[[Campagne], bool] | None = None,
        parent=None,
    ):
        """`enregistrer`, s'il est donné, écrit la campagne validée ; s'il échoue
        (modifiée ailleurs, disque), le dialogue reste ouvert et rien de la saisie n'est perdu."""
        super().__init__(parent)
        self._enregistrer = enregistrer
        self._origine = copy.deepcopy(campagne)
        self._choix = choix
        self._nouvelle = nouvelle
        self._resultat: Campagne | None = None
        self._couleur = campagne.couleur
        # Une campagne neuve ne crie pas « titre vide » avant qu'on ait rien tapé.
        self._valider_tout_de_suite = not nouvelle
        self._textes_recos = {r.numero: " ".join(r.texte.split()) for r in choix.recommandations}
        self.setWindowTitle(
            self.tr("Nouvelle campagne")
            if nouvelle
            else self.tr("Campagne — %1").replace("%1", campagne.titre)
        )
        self.onglets = QTabWidget()
        self.onglets.addTab(self._page_general(campagne), self.tr("Général"))
        self.onglets.addTab(self._page_dates(campagne), self.tr("Dates"))
        self.onglets.addTab(self._page_publics(campagne), self.tr("Publics"))
        self.onglets.addTab(self._page_diffusion(campagne), self.tr("Partenaires et diffusion"))
        self.onglets.addTab(self._page_recommandations(campagne), self.tr("Recommandations"))
        self.onglets.addTab(self._page_materiels(campagne), self.tr("Matériels"))
        self.erreur_generale = _etiquette_erreur()
        self.boutons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.boutons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.boutons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.boutons.accepted.connect(self.accept)
        self.boutons.rejected.connect(self.reject)
        disposition = QVBoxLayout(self)
        disposition.addWidget(self.onglets)
        disposition.addWidget(self.erreur_generale)
        disposition.addWidget(self.boutons)
        self.resize(880, 640)
        self._derniere_erreur: tuple[str, str] | None = None
        self.titre.textChanged.connect(self._on_titre_change)
        self.onglets.currentChanged.connect(lambda _i: self._montrer_erreur(self._derniere_erreur))
        self._mettre_a_jour_recurrence()
        for etendre in self.extensions:
            etendre(self, campagne, nouvelle)

    # --- pages ---------------------------------------------------------------------------

    def _page_general(self, c: Campagne) -> QWidget:
        page = QWidget()
        formulaire = QFormLayout(page)
        self.titre = QLineEdit(c.titre)
        self.erreur_titre = _etiquette_erreur()
        self.slug = QLineEdit(c.slug)
        self.slug.setReadOnly(not self._nouvelle)
        self.slug.setToolTip(
            self.tr("Identifiant stable de la campagne (exports, ligne de commande).")
        )
        self.statut = _combo_codes(STATUTS, c.statut)
        self.responsable = QLineEdit(c.responsable)
        self.bouton_couleur = QPushButton()
        self.bouton_couleur.clicked.connect(self._choisir_couleur)
        self._montrer_couleur()
        self.budget = QDoubleSpinBox()
        self.budget.setRange(0, 1_000_000_000)
        self.budget.setDecimals(2)
        self.budget.setSuffix(" $")
        self.budget.setSpecialValueText(self.tr("non précisé"))
        self.budget.setValue(c.budget or 0)
        self.langues = QLineEdit(", ".join(c.langues))
        self.langues.setToolTip(self.tr("Codes de langue séparés par des virgules : fr, en, iu…"))
        self.description = QPlainTextEdit(c.description)
        self.objectifs = QPlainTextEdit(c.objectifs)
        self.messages_cles = QPlainTextEdit(c.messages_cles)
        self.contexte = QPlainTextEdit(c.contexte)
        self.ton = QLineEdit(c.ton)
        for zone in (self.description, self.objectifs, self.messages_cles, self.contexte):
            zone.setTabChangesFocus(True)
            zone.setMinimumHeight(54)
        formulaire.addRow(self.tr("&Titre :"), self.titre)
        formulaire.addRow("", self.erreur_titre)
        formulaire.addRow(self.tr("Identifiant :"), self.slug)
        ligne = QHBoxLayout()
        ligne.addWidget(self.statut)
        ligne.addWidget(QLabel(self.tr("Couleur :")))
        ligne.addWidget(self.bouton_couleur)
        ligne.addWidget(QLabel(self.tr("Budget :")))
        ligne.addWidget(self.budget)
        ligne.addStretch(1)
        formulaire.addRow(self.tr("Statut :"), ligne)
        formulaire.addRow(self.tr("Responsable :"), self.responsable)
        formulaire.addRow(self.tr("Langues :"), self.langues)
        formulaire.addRow(self.tr("Description :"), self.description)
        formulaire.addRow(self.tr("Objectifs :"), self.objectifs)
        formulaire.addRow(self.tr("Messages clés :"), self.messages_cles)
        formulaire.addRow(self.tr("Contexte :"), self.contexte)
        formulaire.addRow(self.tr("Ton :"), self.ton)
        return page

    def _page_dates(self, c: Campagne) -> QWidget:
        page = QWidget()
        formulaire = QFormLayout(page)
        self.forme = QComboBox()
        formes = (
            (DATE_FIXE, self.tr("Chaque année à la même date (un jour)")),
            (SEPT_PREMIERS_JOURS, self.tr("Chaque année, les sept premiers jours du mois")),
            (
                PREMIERE_SEMAINE,
                self.tr("Chaque année, la première semaine complète du mois (lundi à dimanche)"),
            ),
            (PERIODE_ANNUELLE, self.tr("Chaque année, du … au … (période annuelle)")),
            (PONCTUELLE, self.tr("Une seule fois, du … au … (ponctuelle)")),
            (PERSONNALISEE, self.tr("Règle personnalisée (RFC 5545)")),
        )
        for code, texte in formes:
            self.forme.addItem(texte, code)
        self.forme.setCurrentIndex(self.forme.findData(forme_recurrence(c.recurrence)))
        self.debut = _champ_date(c.recurrence.debut)
        self.fin = _champ_date(c.recurrence.fin)
        self.etiquette_fin = QLabel(self.tr("Fin (incluse) :"))
        self.regle = QLineEdit(c.recurrence.rrule or "")
        self.etiquette_regle = QLabel(self.tr("Règle :"))
        self.description_recurrence = QLabel()
        self.description_recurrence.setStyleSheet("font-size: 11pt; font-weight: bold;")
        self.description_recurrence.setWordWrap(True)
        self.erreur_dates = _etiquette_erreur()
        formulaire.addRow(self.tr("Quand :"), self.forme)
        formulaire.addRow(self.tr("Début :"), self.debut)
        formulaire.addRow(self.etiquette_fin, self.fin)
        formulaire.addRow(self.etiquette_regle, self.regle)
        formulaire.addRow(self.tr("En clair :"), self.description_recurrence)
        formulaire.addRow("", self.erreur_dates)
        for signal in (
            self.forme.currentIndexChanged,
            self.debut.dateChanged,
            self.fin.dateChanged,
            self.regle.textChanged,
        ):
            signal.connect(self._mettre_a_jour_recurrence)

        self.exceptions = QTableWidget(0, 4)
        self.exceptions.setHorizontalHeaderLabels(
            [self.tr("Année"), self.tr("Cette année-là"), self.tr("Début"), self.tr("Fin")]
        )
        self.exceptions.verticalHeader().hide()
        self.exceptions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for e in c.exceptions:
            self._ajouter_exception(e)
        ajouter = QPushButton(self.tr("Ajouter une exception"))
        ajouter.clicked.connect(lambda: self._ajouter_exception(None))
        retirer = QPushButton(self.tr("Retirer l'exception"))
        retirer.clicked.connect(lambda: self._retirer_ligne(self.exceptions))
        boutons = QHBoxLayout()
        boutons.addWidget(ajouter)
        boutons.addWidget(retirer)
        boutons.addStretch(1)
        aide = QLabel(
            self.tr("Exceptions : pour une année donnée, l'occurrence est déplacée ou annulée.")
        )
        aide.setWordWrap(True)
        formulaire.addRow(aide)
        formulaire.addRow(self.exceptions)
        formulaire.addRow(boutons)
        return page

    def _ajouter_exception(self, e: ExceptionAnnuelle | None) -> None:
        if e is None:
            annee = date.today().year
            normale = _date(self.debut.date())
            debut = date(annee, normale.month, min(normale.day, 28))
            e = ExceptionAnnuelle(annee=annee, debut=debut, fin=debut)
        ligne = self.exceptions.rowCount()
        self.exceptions.insertRow(ligne)
        annee = QSpinBox()
        annee.setRange(1900, 2200)
        annee.setValue(e.annee)
        action = QComboBox()
        action.addItem(self.tr("déplacée"), False)
        action.addItem(self.tr("annulée"), True)
        action.setCurrentIndex(1 if e.annulee else 0)
        debut = _champ_date(e.debut or date(e.annee, 1, 1))
        fin = _champ_date(e.fin or e.debut or date(e.annee, 1, 1))
        for colonne, champ in enumerate((annee, action, debut, fin)):
            self.exceptions.setCellWidget(ligne, colonne, champ)

        def activer() -> None:
            deplacee = not action.currentData()
            debut.setEnabled(deplacee)
            fin.setEnabled(deplacee)

        action.currentIndexChanged.connect(activer)
        activer()

    def _page_publics(self, c: Campagne) -> QWidget:
        page = QWidget()
        disposition = QVBoxLayout(page)
        self.publics = QTableWidget(0, 3)
        self.publics.setHorizontalHeaderLabels(
            [self.tr("Public"), self.tr("Objectif"), self.tr("Action attendue")]
        )
        self.publics.verticalHeader().hide()
        self.publics.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for p in c.publics:
            self._ajouter_public(p)
        self.nouveau_public = QComboBox()
        self.nouveau_public.setEditable(True)
        self.nouveau_public.addItems(self._choix.publics)
        self.nouveau_public.setCurrentIndex(-1)
        self.nouveau_public.lineEdit().setPlaceholderText(self.tr("Choisir ou taper un public"))
        ajouter = QPushButton(self.tr("Ajouter le public"))
        ajouter.clicked.connect(self._on_ajouter_public)
        retirer = QPushButton(self.tr("Retirer le public"))
        retirer.clicked.connect(lambda: self._retirer_ligne(self.publics))
        barre = QHBoxLayout()
        barre.addWidget(self.nouveau_public, 1)
        barre.addWidget(ajouter)
        barre.addWidget(retirer)
        disposition.addWidget(self.publics)
        disposition.addLayout(barre)
        return page

    def _ajouter_public(self, p: PublicCible) -> None:
        ligne = self.publics.rowCount()
        self.publics.insertRow(ligne)
        for colonne, texte in enumerate((p.nom, p.objectif, p.action)):
            self.publics.setItem(ligne, colonne, QTableWidgetItem(texte))

    def _on_ajouter_public(self) -> None:
        nom = self.nouveau_public.currentText().strip()
        if not nom:
            return
        if nom in self._noms_publics():
            self.erreur_generale.setText(self.tr("Ce public est déjà dans la liste."))
            self.erreur_generale.show()
            return
        self._ajouter_public(PublicCible(nom))
        self.nouveau_public.setCurrentIndex(-1)
        self.nouveau_public.clearEditText()

    def _noms_publics(self) -> list[str]:
        return [self._texte(self.publics, ligne, 0) for ligne in range(self.publics.rowCount())]

    def _page_diffusion(self, c: Campagne) -> QWidget:
        page = QWidget()
        disposition = QHBoxLayout(page)
        self.partenaires, colonne_partenaires = self._liste_cochable(
            self.tr("Partenaires"),
            self._choix.partenaires,
            c.partenaires,
            ajout=self.tr("Nouveau partenaire"),
        )
        self.canaux, colonne_canaux = self._liste_cochable(
            self.tr("Canaux"), self._choix.canaux, c.canaux, ajout=self.tr("Nouveau canal")
        )
        self.regions = QListWidget()
        for r in self._choix.regions:
            element = QListWidgetItem(f"{r.code} — {r.nom}")
            element.setData(Qt.ItemDataRole.UserRole, r.code)
            element.setCheckState(
                Qt.CheckState.Checked if r.code in c.regions else Qt.CheckState.Unchecked
            )
            self.regions.addItem(element)
        colonne_regions = QVBoxLayout()
        colonne_regions.addWidget(QLabel(self.tr("Régions")))
        colonne_regions.addWidget(self.regions)
        toutes = QPushButton(self.tr("Tout le Québec"))
        toutes.clicked.connect(lambda: self._tout_cocher(self.regions))
        colonne_regions.addWidget(toutes)
        for colonne in (colonne_partenaires, colonne_regions, colonne_canaux):
            disposition.addLayout(colonne)
        return page

    def _liste_cochable(self, titre: str, connus: list[str], choisis: list[str], ajout: str):
        liste = QListWidget()
        for nom in list(dict.fromkeys([*connus, *choisis])):
            element = QListWidgetItem(nom)
            element.setData(Qt.ItemDataRole.UserRole, nom)
            element.setCheckState(
                Qt.CheckState.Checked if nom in choisis else Qt.CheckState.Unchecked
            )
            liste.addItem(element)
        champ = QLineEdit()
        champ.setPlaceholderText(ajout)

        def ajouter() -> None:
            nom = champ.text().strip()
            if not nom:
                return
            trouves = liste.findItems(nom, Qt.MatchFlag.MatchExactly)
            element = trouves[0] if trouves else QListWidgetItem(nom)
            element.setData(Qt.ItemDataRole.UserRole, nom)
            element.setCheckState(Qt.CheckState.Checked)
            if not trouves:
                liste.addItem(element)
            liste.scrollToItem(element)
            champ.clear()

        champ.returnPressed.connect(ajouter)
        colonne = QVBoxLayout()
        colonne.addWidget(QLabel(titre))
        colonne.addWidget(liste)
        colonne.addWidget(champ)
        return liste, colonne

    def _page_recommandations(self, c: Campagne) -> QWidget:
        separateur = QSplitter(Qt.Orientation.Vertical)
        self.recommandations = QListWidget()
        for r in self._choix.recommandations:
            texte = self._textes_recos[r.numero]
            court = texte if len(texte) <= 110 else texte[:107].rstrip() + "…"
            element = QListWidgetItem(
                self.tr("n° %1 — %2").replace("%1", str(r.numero)).replace("%2", court)
            )
            element.setData(Qt.ItemDataRole.UserRole, r.numero)
            element.setToolTip(texte)
            element.setCheckState(
                Qt.CheckState.Checked if r.numero in c.recommandations else Qt.CheckState.Unchecked
            )
            self.recommandations.addItem(element)
        self.texte_recommandation = QTextBrowser()
        self.recommandations.currentItemChanged.connect(self._montrer_recommandation)
        separateur.addWidget(self.recommandations)
        separateur.addWidget(self.texte_recommandation)
        separateur.setStretchFactor(0, 3)
        separateur.setStretchFactor(1, 1)
        for i in range(self.recommandations.count()):
            if self.recommandations.item(i).checkState() == Qt.CheckState.Checked:
                self.recommandations.setCurrentRow(i)
                break
        return separateur

    def _montrer_recommandation(self, element, _precedent=None) -> None:
        if element is None:
            self.texte_recommandation.clear()
            return
        numero = element.data(Qt.ItemDataRole.UserRole)
        self.texte_recommandation.setPlainText(
            self.tr("Recommandation %1").replace("%1", str(numero))
            + "\n\n"
            + self._textes_recos[numero]
        )

    def _page_materiels(self, c: Campagne) -> QWidget:
        page = QWidget()
        disposition = QVBoxLayout(page)
        self.materiels = QTableWidget(0, 8)
        self.materiels.setHorizontalHeaderLabels(
            [
                self.tr("Titre"),
                self.tr("Type"),
                self.tr("Langue"),
                self.tr("Statut"),
                self.tr("Échéance (AAAA-MM-JJ)"),
                self.tr("Délai (jours avant)"),
                self.tr("Quantité"),
                self.tr("Lieux de diffusion"),
            ]
        )
        self.materiels.verticalHeader().hide()
        self.materiels.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        entete = self.materiels.horizontalHeader()
        entete.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        entete.setStretchLastSection(True)
        for colonne, largeur in enumerate((200, 130, 95, 115, 150, 130, 80)):
            self.materiels.setColumnWidth(colonne, largeur)
        self._ids_materiels: list[int | None] = []
        for m in c.materiels:
            self._ajouter_materiel(m)
        ajouter = QPushButton(self.tr("Ajouter un matériel"))
        ajouter.clicked.connect(self._on_ajouter_materiel)
        retirer = QPushButton(self.tr("Retirer le matériel"))
        retirer.clicked.connect(self._on_retirer_materiel)
        aide = QLabel(
            self.tr(
                "L'échéance est une date fixe, ou bien un délai en jours avant chaque lancement."
            )
        )
        aide.setWordWrap(True)
        self.erreur_materiels = _etiquette_erreur()
        barre = QHBoxLayout()
        barre.addWidget(ajouter)
        barre.addWidget(retirer)
        barre.addStretch(1)
        disposition.addWidget(self.materiels)
        disposition.addWidget(self.erreur_materiels)
        disposition.addWidget(aide)
        disposition.addLayout(barre)
        return page

    def _ajouter_materiel(self, m: Materiel) -> None:
        ligne = self.materiels.rowCount()
        self.materiels.insertRow(ligne)
        self._ids_materiels.append(m.id)
        textes = {
            0: m.titre,
            4: m.echeance.isoformat() if m.echeance else "",
            5: "" if m.delai_jours is None else str(m.delai_jours),
            6: "" if m.quantite is None else str(m.quantite),
            7: m.lieux_diffusion,
        }
        for colonne, texte in textes.items():
            self.materiels.setItem(ligne, colonne, QTableWidgetItem(texte))
        self.materiels.setCellWidget(ligne, 1, _combo_codes(TYPES_MATERIEL, m.type))
        self.materiels.setCellWidget(ligne, 2, _combo_codes(LANGUES_MATERIEL, m.langue))
        self.materiels.setCellWidget(ligne, 3, _combo_codes(STATUTS_MATERIEL, m.statut))

    def _on_ajouter_materiel(self) -> None:
        self._ajouter_materiel(Materiel(titre="", type="affiche", delai_jours=30))
        ligne = self.materiels.rowCount() - 1
        self.materiels.setCurrentCell(ligne, 0)
        self.materiels.editItem(self.materiels.item(ligne, 0))

    def _on_retirer_materiel(self) -> None:
        ligne = self.materiels.currentRow()
        if ligne >= 0:
            self.materiels.removeRow(ligne)
            del self._ids_materiels[ligne]

    # --- petits outils -----------------------------------------------------------------------

    @staticmethod
    def _texte(table: QTableWidget, ligne: int, colonne: int) -> str:
        element = table.item(ligne, colonne)
        return element.text().strip() if element else ""

    def _retirer_ligne(self, table: QTableWidget) -> None:
        ligne = table.currentRow()
        if ligne < 0 and table.rowCount():
            ligne = table.rowCount() - 1
        if ligne >= 0:
            table.removeRow(ligne)

    @staticmethod
    def _tout_cocher(liste: QListWidget) -> None:
        for i in range(liste.count()):
            liste.item(i).setCheckState(Qt.CheckState.Checked)

    @staticmethod
    def _coches(liste: QListWidget) -> list:
        return [
            liste.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(liste.count())
            if liste.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _choisir_couleur(self) -> None:
        couleur = QColorDialog.getColor(
            QColor(self._couleur), self, self.tr("Couleur de la campagne")
        )
        if couleur.isValid():
            self._couleur = couleur.name()
            self._montrer_couleur()

    def _montrer_couleur(self) -> None:
        self.bouton_couleur.setText(self._couleur)
        texte = "#ffffff" if QColor(self._couleur).lightness() < 140 else "#000000"
        self.bouton_couleur.setStyleSheet(
            f"background: {self._couleur}; color: {texte}; padding: 3px 10px;"
        )

    def _on_titre_change(self, titre: str) -> None:
        self._valider_tout_de_suite = True
        if self._nouvelle:
            self.slug.setText(
                creer_slug(titre, self._choix.slugs_existants) if titre.strip() else ""
            )
        self._valider_en_direct()

    def _recurrence_saisie(self) -> Recurrence:
        forme = self.forme.currentData()
        rec = recurrence_de_forme(
            forme, _date(self.debut.date()), _date(self.fin.date()), self.regle.text().strip()
        )
        origine = self._origine.recurrence
        meme_forme = forme != PERSONNALISEE and forme == forme_recurrence(origine)
        if meme_forme and (rec.debut, rec.fin) == (origine.debut, origine.fin):
            # Même sens, même écriture : ouvrir puis enregistrer ne change rien (ni la SEQUENCE iCalendar).
            return copy.deepcopy(origine)
        return rec

    def _mettre_a_jour_recurrence(self) -> None:
        forme = self.forme.currentData()
        self.fin.setVisible(forme in (PERIODE_ANNUELLE, PONCTUELLE, PERSONNALISEE))
        self.etiquette_fin.setVisible(self.fin.isVisible())
        self.regle.setVisible(forme == PERSONNALISEE)
        self.etiquette_regle.setVisible(forme == PERSONNALISEE)
        try:
            rec = self._recurrence_saisie()
            texte = decrire_recurrence(rec) if rec.fin >= rec.debut else ""
        except ErreurCampagnes:
            texte = ""
        self.description_recurrence.setText(texte)
        self._valider_en_direct()

    # --- validation et résultat ---------------------------------------------------------------

    def _construire(self) -> Campagne:
        """La campagne saisie ; lève DonneesInvalides pour une cellule illisible."""
        c = copy.deepcopy(self._origine)
        c.titre = self.titre.text().strip()
        c.slug = self.slug.text().strip()
        c.statut = self.statut.currentData()
        c.responsable = self.responsable.text().strip()
        c.couleur = self._couleur
        c.budget = self.budget.value() or None
        c.langues = [x.strip() for x in self.langues.text().split(",") if x.strip()] or ["fr"]
        c.description = self.description.toPlainText()
        c.objectifs = self.objectifs.toPlainText()
        c.messages_cles = self.messages_cles.toPlainText()
        c.contexte = self.contexte.toPlainText()
        c.ton = self.ton.text().strip()
        c.recurrence = self._recurrence_saisie()
        c.exceptions = self._exceptions_saisies()
        c.publics = [
            PublicCible(
                self._texte(self.publics, ligne, 0),
                self._texte(self.publics, ligne, 1),
                self._texte(self.publics, ligne, 2),
            )
            for ligne in range(self.publics.rowCount())
        ]
        c.partenaires = _garder_ordre(c.partenaires, self._coches(self.partenaires))
        c.canaux = _garder_ordre(c.canaux, self._coches(self.canaux))
        c.regions = _garder_ordre(c.regions, self._coches(self.regions))
        c.recommandations = _garder_ordre(c.recommandations, self._coches(self.recommandations))
        c.materiels = self._materiels_saisis()
        return c

    def _exceptions_saisies(self) -> list[ExceptionAnnuelle]:
        resultat: dict[int, ExceptionAnnuelle] = {}
        for ligne in range(self.exceptions.rowCount()):
            annee = self.exceptions.cellWidget(ligne, 0).value()
            annulee = bool(self.exceptions.cellWidget(ligne, 1).currentData())
            if annee in resultat:
                raise DonneesInvalides(
                    self.tr("Deux exceptions portent sur l'année %1.").replace("%1", str(annee))
                )
            if annulee:
                resultat[annee] = ExceptionAnnuelle(annee=annee, annulee=True)
            else:
                resultat[annee] = ExceptionAnnuelle(
                    annee=annee,
                    debut=_date(self.exceptions.cellWidget(ligne, 2).date()),
                    fin=_date(self.exceptions.cellWidget(ligne, 3).date()),
                )
        return [resultat[a] for a in sorted(resultat)]

    def _materiels_saisis(self) -> list[Materiel]:
        resultat = []
        for ligne in range(self.materiels.rowCount()):
            numero = ligne + 1

            texte_echeance = self._texte(self.materiels, ligne, 4)
            try:
                echeance = date.fromisoformat(texte_echeance) if texte_echeance else None
            except ValueError:
                raise DonneesInvalides(
                    self.tr(
                        "Matériel %1 : échéance « %2 » illisible (attendu : AAAA-MM-JJ, ex. 2027-02-15)."
                    )
                    .replace("%1", str(numero))
                    .replace("%2", texte_echeance)
                ) from None
            resultat.append(
                Materiel(
                    titre=self._texte(self.materiels, ligne, 0),
                    type=self.materiels.cellWidget(ligne, 1).currentData(),
                    langue=self.materiels.cellWidget(ligne, 2).currentData(),
                    statut=self.materiels.cellWidget(ligne, 3).currentData(),
                    echeance=echeance,
                    delai_jours=self._entier(ligne, 5, self.tr("le délai")),
                    quantite=self._entier(ligne, 6, self.tr("la quantité")),
                    lieux_diffusion=self._texte(self.materiels, ligne, 7),
                    id=self._ids_materiels[ligne],
                )
            )
        return resultat

    def _entier(self, ligne: int, colonne: int, nom: str) -> int | None:
        texte = self._texte(self.materiels, ligne, colonne)
        if not texte:
            return None
        try:
            return int(texte)
        except ValueError:
            raise DonneesInvalides(
                self.tr("Matériel %1 : %2 « %3 » n'est pas un nombre entier.")
                .replace("%1", str(ligne + 1))
                .replace("%2", nom)
                .replace("%3", texte)
            ) from None

    def _erreur(self) -> tuple[str, str] | None:
        """(champ, message) de la première règle violée, ou None si tout est valide."""
        if not self.titre.text().strip():
            return "titre", self.tr("Le titre ne peut pas être vide.")
        try:
            rec = self._recurrence_saisie()
        except ErreurCampagnes as e:
            return "dates", e.message
        if rec.fin < rec.debut:
            return "dates", self.tr(
                "La fin précède le début : choisissez une fin le même jour ou après."
            )
        try:
            c = self._construire()
        except DonneesInvalides as e:
            return ("materiels" if "atériel" in e.message else "general"), e.message
        if self._nouvelle and c.slug in self._choix.slugs_existants:
            return "general", self.tr("Une campagne porte déjà l'identifiant « %1 ».").replace(
                "%1", c.slug
            )
        try:
            valider_campagne(c, {r.numero for r in self._choix.recommandations})
        except DonneesInvalides as e:
            champ = (
                "materiels"
                if "atériel" in e.message
                else "dates"
                if "écurrence" in e.message
                else "general"
            )
            return champ, e.message
        return None

    def _montrer_erreur(self, erreur: tuple[str, str] | None) -> None:
        etiquettes = {
            "titre": self.erreur_titre,
            "dates": self.erreur_dates,
            "materiels": self.erreur_materiels,
            "general": self.erreur_generale,
        }
        for champ, etiquette in etiquettes.items():
            if erreur and erreur[0] == champ:
                etiquette.setText(erreur[1])
                etiquette.show()
            else:
                etiquette.hide()
        self._derniere_erreur = erreur
        if (
            erreur
            and erreur[0] != "general"
            and self.onglets.currentIndex() != PAGES_CHAMPS[erreur[0]]
        ):
            # Le champ fautif est dans un autre onglet : le message reste lisible ici.
            self.erreur_generale.setText(erreur[1])
            self.erreur_generale.show()
        self.boutons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            erreur is None or erreur[0] not in ("titre", "dates")
        )

    def _valider_en_direct(self) -> None:
        if not hasattr(self, "boutons") or not self._valider_tout_de_suite:
            return
        erreur = self._erreur()
        # En direct, on ne signale que les champs qu'on vient de toucher (titre, dates).
        self._montrer_erreur(erreur if erreur and erreur[0] in ("titre", "dates") else None)

    def accept(self) -> None:
        self._valider_tout_de_suite = True
        erreur = self._erreur()
        if erreur is not None:
            self._montrer_erreur(erreur)
            if erreur[0] in PAGES_CHAMPS:
                self.onglets.setCurrentIndex(PAGES_CHAMPS[erreur[0]])
            return
        resultat = self._construire()
        if self._enregistrer is not None and not self._enregistrer(resultat):
            return
        self._resultat = resultat
        super().accept()

    def campagne(self) -> Campagne | None:
        """La campagne validée (après Enregistrer), sinon None."""
        return self._resultat
