"""Le dialogue Exporter ▸ Calendrier iCal… : quelles campagnes, quelles années, quel fichier.

Le dialogue reçoit les listes à cocher et les profils retenus, et rend un `ChoixExport` ;
il ne lit pas la base et n'écrit rien : la fenêtre lance l'export et range le profil.
Un profil nommé (« Aéroports ») garde tous les choix, fichier compris : renvoyer le
même calendrier revient à choisir le profil puis cliquer Exporter.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from campagnes.modele import Campagne, Recommandation, Region
from campagnes.plan import Filtre

NOM_CALENDRIER_PAR_DEFAUT = "Campagnes de sensibilisation (CSESM)"
"""Le même que `campagnes.ical.export.NOM_PAR_DEFAUT`, sans charger icalendar au démarrage."""

CAMPAGNES, PUBLICS, REGIONS, PARTENAIRES, RECOMMANDATIONS = range(5)


@dataclass
class ChoixExport:
    """Tout ce que l'utilisateur choisit ; c'est aussi ce qu'un profil retient."""

    profil: str = ""
    tout: bool = True
    campagnes: list[str] = field(default_factory=list)
    publics: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    partenaires: list[str] = field(default_factory=list)
    recommandations: list[int] = field(default_factory=list)
    de: int = 2027
    a: int = 2027
    sans_rrule: bool = False
    avec_materiel: bool = False
    nom: str = NOM_CALENDRIER_PAR_DEFAUT
    rafraichissement: int | None = None
    fichier: str = ""

    def filtre(self) -> Filtre | None:
        if self.tout:
            return None
        return Filtre(
            slugs=set(self.campagnes),
            publics=set(self.publics),
            regions=set(self.regions),
            partenaires=set(self.partenaires),
            recommandations=set(self.recommandations),
        )

    def en_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def depuis_dict(cls, valeurs: dict) -> ChoixExport:
        """Un profil relu des réglages ; une valeur abîmée garde son défaut plutôt que d'échouer."""
        choix = cls()
        types = {f.name: f.type for f in fields(cls)}
        for nom, valeur in valeurs.items() if isinstance(valeurs, dict) else ():
            if nom not in types:
                continue
            defaut = getattr(choix, nom)
            if isinstance(defaut, bool):
                ok = isinstance(valeur, bool)
            elif isinstance(defaut, list):
                ok = isinstance(valeur, list)
            elif isinstance(defaut, int):
                ok = isinstance(valeur, int) and not isinstance(valeur, bool)
            elif nom == "rafraichissement":
                ok = valeur is None or (isinstance(valeur, int) and 1 <= valeur <= 720)
            else:
                ok = isinstance(valeur, str)
            if ok:
                setattr(choix, nom, valeur)
        return choix


class DialogueExportIcal(QDialog):
    """Choisir la sélection, les années, les options et le fichier d'un export iCalendar.

    Signaux :
      export_demande(ChoixExport) — l'utilisateur a cliqué Exporter avec des choix valables.
      profil_oublie(str) — l'utilisateur a retiré ce profil de la liste.
    """

    export_demande = Signal(object)
    profil_oublie = Signal(str)

    def __init__(
        self,
        campagnes: list[Campagne],
        publics: list[str],
        regions: list[Region],
        partenaires: list[str],
        recommandations: list[Recommandation],
        profils: dict[str, ChoixExport],
        choix_initial: ChoixExport,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exporter un calendrier iCal"))
        self._campagnes = campagnes
        self._profils = dict(profils)

        self.profil = QComboBox()
        self.profil.setEditable(True)
        self.profil.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.profil.lineEdit().setPlaceholderText(self.tr("ex. Aéroports"))
        self.profil.setAccessibleName(self.tr("Profil"))
        self.profil.setToolTip(
            self.tr("Les choix sont retenus sous ce nom : choisissez-le la prochaine fois.")
        )
        self.profil.addItems(sorted((n for n in self._profils if n), key=str.casefold))
        self.bouton_oublier = QPushButton(self.tr("Oublier ce profil"))
        self.profil.textActivated.connect(self._on_profil_choisi)
        self.profil.currentTextChanged.connect(self._mettre_a_jour_oublier)
        self.bouton_oublier.clicked.connect(self._oublier_profil)
        ligne_profil = QHBoxLayout()
        ligne_profil.addWidget(QLabel(self.tr("&Profil :"), buddy=self.profil))
        ligne_profil.addWidget(self.profil, 1)
        ligne_profil.addWidget(self.bouton_oublier)

        # --- sélection
        self.tout = QRadioButton(self.tr("&Toutes les campagnes"))
        self.partie = QRadioButton(self.tr("&Une partie :"))
        groupe_radio = QButtonGroup(self)
        groupe_radio.addButton(self.tout)
        groupe_radio.addButton(self.partie)
        self.listes = QTabWidget()
        self._titres_listes = [
            self.tr("Campagnes"),
            self.tr("Publics"),
            self.tr("Régions"),
            self.tr("Partenaires"),
            self.tr("Recommandations"),
        ]
        elements = [
            [(c.titre, c.slug) for c in sorted(campagnes, key=lambda c: c.titre.casefold())],
            [(p, p) for p in publics],
            [(f"{r.code} — {r.nom}", r.code) for r in regions],
            [(p, p) for p in partenaires],
            [(self._texte_recommandation(r), r.numero) for r in recommandations],
        ]
        self.liste: list[QListWidget] = []
        for titre, contenu in zip(self._titres_listes, elements, strict=True):
            liste = QListWidget()
            liste.setAccessibleName(titre)
            liste.setUniformItemSizes(True)
            for texte, cle in contenu:
                item = QListWidgetItem(texte)
                item.setData(Qt.ItemDataRole.UserRole, cle)
                item.setToolTip(texte)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                liste.addItem(item)
            liste.itemChanged.connect(self._actualiser_compte)
            self.liste.append(liste)
            self.listes.addTab(liste, titre)
        self.compte = QLabel()
        self.compte.setWordWrap(True)
        explication = QLabel(
            self.tr(
                "Une campagne est retenue si elle répond à chaque liste où quelque chose est "
                "coché (une seule case suffit dans une liste)."
            )
        )
        explication.setWordWrap(True)
        self.tout.toggled.connect(self._actualiser_compte)
        boite_selection = QGroupBox(self.tr("Sélection"))
        disposition = QVBoxLayout(boite_selection)
        disposition.addWidget(self.tout)
        disposition.addWidget(self.partie)
        disposition.addWidget(self.listes, 1)
        disposition.addWidget(explication)
        disposition.addWidget(self.compte)

        # --- années
        self.de = QSpinBox()
        self.a = QSpinBox()
        for boite, nom in (
            (self.de, self.tr("Première année")),
            (self.a, self.tr("Dernière année")),
        ):
            boite.setRange(1900, 2200)
            boite.setAccessibleName(nom)
        self.de.valueChanged.connect(lambda v: self.a.setValue(max(v, self.a.value())))
        self.a.valueChanged.connect(lambda v: self.de.setValue(min(v, self.de.value())))
        ligne_annees = QHBoxLayout()
        ligne_annees.addWidget(QLabel(self.tr("&De"), buddy=self.de))
        ligne_annees.addWidget(self.de)
        ligne_annees.addWidget(QLabel(self.tr("&à"), buddy=self.a))
        ligne_annees.addWidget(self.a)
        ligne_annees.addStretch(1)

        # --- options
        self.sans_rrule = QCheckBox(
            self.tr("Occurrences simples, sans règle de récurrence (agendas qui la gèrent mal)")
        )
        self.avec_materiel = QCheckBox(self.tr("Inclure les échéances de &matériel"))
        self.nom = QLineEdit()
        self.nom.setMaxLength(255)
        self.nom.setAccessibleName(self.tr("Nom du calendrier"))
        self.avec_rafraichissement = QCheckBox(
            self.tr("Suggérer aux abonnés une mise à jour toutes les")
        )
        self.rafraichissement = QSpinBox()
        self.rafraichissement.setRange(1, 720)
        self.rafraichissement.setSuffix(self.tr(" h"))
        self.rafraichissement.setAccessibleName(self.tr("Intervalle de mise à jour en heures"))
        self.avec_rafraichissement.toggled.connect(self.rafraichissement.setEnabled)
        ligne_rafraichissement = QHBoxLayout()
        ligne_rafraichissement.addWidget(self.avec_rafraichissement)
        ligne_rafraichissement.addWidget(self.rafraichissement)
        ligne_rafraichissement.addStretch(1)

        # --- fichier
        self.fichier = QLineEdit()
        self.fichier.setAccessibleName(self.tr("Fichier de destination"))
        self.fichier.setPlaceholderText(self.tr("plan-aeroports.ics"))
        self.bouton_choisir = QPushButton(self.tr("C&hoisir…"))
        self.bouton_choisir.clicked.connect(self._choisir_fichier)
        ligne_fichier = QHBoxLayout()
        ligne_fichier.addWidget(self.fichier, 1)
        ligne_fichier.addWidget(self.bouton_choisir)

        formulaire = QFormLayout()
        formulaire.addRow(self.tr("Années :"), ligne_annees)
        formulaire.addRow(self.tr("&Nom du calendrier :"), self.nom)
        formulaire.addRow("", self.sans_rrule)
        formulaire.addRow("", self.avec_materiel)
        formulaire.addRow("", ligne_rafraichissement)
        # Un champ composé (QHBoxLayout) ne reçoit pas de copain : l'étiquette le désigne.
        formulaire.addRow(QLabel(self.tr("&Fichier :"), buddy=self.fichier), ligne_fichier)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.boutons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.bouton_exporter = self.boutons.addButton(
            self.tr("&Exporter"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.bouton_exporter.setDefault(True)
        self.boutons.accepted.connect(self._exporter)
        self.boutons.rejected.connect(self.reject)

        principale = QVBoxLayout(self)
        principale.addLayout(ligne_profil)
        principale.addWidget(boite_selection, 1)
        principale.addLayout(formulaire)
        principale.addWidget(self.message)
        principale.addWidget(self.boutons)
        self.resize(620, 640)

        self.tout.toggled.connect(lambda tout: self.listes.setEnabled(not tout))
        self.appliquer(choix_initial)

    # --- lecture et écriture des champs -------------------------------------------------

    def _texte_recommandation(self, r: Recommandation) -> str:
        texte = " ".join(r.texte.split())
        court = texte if len(texte) <= 90 else texte[:89].rstrip() + "…"
        return self.tr("N° %1 — %2").replace("%1", str(r.numero)).replace("%2", court)

    def appliquer(self, choix: ChoixExport) -> None:
        """Remplit tous les champs ; un élément qui n'existe plus dans la base est ignoré."""
        index = (
            self.profil.findText(choix.profil, Qt.MatchFlag.MatchExactly) if choix.profil else -1
        )
        self.profil.setCurrentIndex(index)
        self.profil.setEditText(choix.profil)
        (self.tout if choix.tout else self.partie).setChecked(True)
        self.listes.setEnabled(not choix.tout)
        cochees = [
            set(choix.campagnes),
            set(choix.publics),
            set(choix.regions),
            set(choix.partenaires),
            set(choix.recommandations),
        ]
        for liste, cles in zip(self.liste, cochees, strict=True):
            liste.blockSignals(True)
            for i in range(liste.count()):
                item = liste.item(i)
                etat = item.data(Qt.ItemDataRole.UserRole) in cles
                item.setCheckState(Qt.CheckState.Checked if etat else Qt.CheckState.Unchecked)
            liste.blockSignals(False)
        self.a.setValue(max(choix.a, choix.de))
        self.de.setValue(choix.de)
        self.sans_rrule.setChecked(choix.sans_rrule)
        self.avec_materiel.setChecked(choix.avec_materiel)
        self.nom.setText(choix.nom)
        self.avec_rafraichissement.setChecked(choix.rafraichissement is not None)
        self.rafraichissement.setEnabled(choix.rafraichissement is not None)
        self.rafraichissement.setValue(choix.rafraichissement or 24)
        self.fichier.setText(choix.fichier)
        self.message.hide()
        self._actualiser_compte()
        self._mettre_a_jour_oublier(choix.profil)

    def cochees(self, quelle: int) -> list:
        liste = self.liste[quelle]
        return [
            liste.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(liste.count())
            if liste.item(i).checkState() == Qt.CheckState.Checked
        ]

    def cocher(self, quelle: int, cle, coche: bool = True) -> None:
        """Coche l'élément de clé `cle` (slug, nom, code de région ou numéro)."""
        liste = self.liste[quelle]
        for i in range(liste.count()):
            if liste.item(i).data(Qt.ItemDataRole.UserRole) == cle:
                etat = Qt.CheckState.Checked if coche else Qt.CheckState.Unchecked
                liste.item(i).setCheckState(etat)
                return
        raise KeyError(cle)

    def choix(self) -> ChoixExport:
        return ChoixExport(
            profil=" ".join(self.profil.currentText().split()),
            tout=self.tout.isChecked(),
            campagnes=self.cochees(CAMPAGNES),
            publics=self.cochees(PUBLICS),
            regions=self.cochees(REGIONS),
            partenaires=self.cochees(PARTENAIRES),
            recommandations=self.cochees(RECOMMANDATIONS),
            de=self.de.value(),
            a=self.a.value(),
            sans_rrule=self.sans_rrule.isChecked(),
            avec_materiel=self.avec_materiel.isChecked(),
            nom=self.nom.text(),
            rafraichissement=(
                self.rafraichissement.value() if self.avec_rafraichissement.isChecked() else None
            ),
            fichier=self.fichier.text().strip(),
        )

    def definir_fichier(self, chemin: str) -> None:
        """Ce que fait « Choisir… » une fois le fichier choisi (les essais l'appellent aussi)."""
        if chemin and not chemin.lower().endswith(".ics"):
            chemin += ".ics"
        self.fichier.setText(chemin)

    # --- réactions ------------------------------------------------------------------------

    def _choisir_fichier(self) -> None:
        chemin, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Fichier du calendrier"),
            self.fichier.text() or "campagnes.ics",
            self.tr("Calendriers iCalendar (*.ics)"),
        )
        if chemin:
            self.definir_fichier(chemin)

    def _on_profil_choisi(self, nom: str) -> None:
        if nom in self._profils:
            choix = self._profils[nom]
            choix.profil = nom
            self.appliquer(choix)

    def _mettre_a_jour_oublier(self, nom: str) -> None:
        self.bouton_oublier.setEnabled(bool(nom) and nom in self._profils)

    def _oublier_profil(self) -> None:
        nom = self.profil.currentText()
        if nom not in self._profils:
            return
        del self._profils[nom]
        index = self.profil.findText(nom, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.profil.removeItem(index)
        self.profil.setEditText("")
        self.profil_oublie.emit(nom)

    def _actualiser_compte(self) -> None:
        for i, titre in enumerate(self._titres_listes):
            n = len(self.cochees(i))
            self.listes.setTabText(i, f"{titre} ({n})" if n else titre)
        filtre = self.choix().filtre()
        retenues = [c for c in self._campagnes if filtre is None or filtre.accepte(c)]
        if not retenues:
            self.compte.setText(self.tr("Aucune campagne ne répond à cette sélection."))
        elif len(retenues) == 1:
            self.compte.setText(
                self.tr("1 campagne retenue : %1.").replace("%1", retenues[0].titre)
            )
        else:
            self.compte.setText(
                self.tr("%1 campagnes retenues sur %2.")
                .replace("%1", str(len(retenues)))
                .replace("%2", str(len(self._campagnes)))
            )

    def _refuser(self, phrase: str) -> None:
        self.message.setText(phrase)
        self.message.show()

    def _exporter(self) -> None:
        """Vérifie ce que le dialogue peut vérifier seul ; le reste, le domaine le dira."""
        choix = self.choix()
        if not choix.tout and not any(
            (
                choix.campagnes,
                choix.publics,
                choix.regions,
                choix.partenaires,
                choix.recommandations,
            )
        ):
            self._refuser(
                self.tr(
                    "Cochez au moins un élément d'une liste, ou choisissez « Toutes les campagnes »."
                )
            )
            return
        filtre = choix.filtre()
        if filtre is not None and not any(filtre.accepte(c) for c in self._campagnes):
            self._refuser(self.tr("Aucune campagne ne répond à cette sélection."))
            return
        if not choix.nom.strip():
            self._refuser(self.tr("Le nom du calendrier ne peut pas être vide."))
            return
        if not choix.fichier:
            self._refuser(self.tr("Choisissez le fichier à écrire (bouton « Choisir… »)."))
            return
        self.message.hide()
        self.export_demande.emit(choix)
        self.accept()
