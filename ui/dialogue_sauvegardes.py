"""Fichier ▸ Restaurer une sauvegarde… : la liste des copies, ce que chacune contient, restaurer.

L'aperçu lit la copie elle-même (figée, sans verrou) et la compare au plan ouvert : on voit
quelles campagnes reviendraient et lesquelles disparaîtraient avant de confirmer. La
restauration (campagnes.sauvegardes.restaurer) tourne hors du fil de l'interface ; elle
sauvegarde d'abord l'état actuel, ce que la confirmation dit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from campagnes.sauvegardes import Restauration, Sauvegarde, _ouvrir_copie, lister_sauvegardes

APERCU_MAX = 40
"""Au-delà, l'aperçu dit combien d'autres titres il ne montre pas."""


def titres_de(sauvegarde: Sauvegarde) -> dict[str, str]:
    """slug -> titre des campagnes d'une copie, lue figée (jamais écrite)."""
    conn = _ouvrir_copie(sauvegarde.chemin)
    try:
        return dict(conn.execute("SELECT slug, titre FROM campagnes ORDER BY titre"))
    finally:
        conn.close()


class DialogueSauvegardes(QDialog):
    """Signal : restauree(Restauration) quand la copie choisie est devenue le plan."""

    restauree = Signal(object)

    def __init__(
        self,
        chemin_base,
        titres_actuels: Callable[[], dict[str, str]],
        restaurer: Callable[[Sauvegarde], None],
        modifiable: bool = True,
        parent: QWidget | None = None,
    ):
        """`restaurer(sauvegarde)` lance la restauration (la fenêtre la fait hors du fil)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self._chemin_base = chemin_base
        self._titres_actuels = titres_actuels
        self._restaurer = restaurer
        self._modifiable = modifiable
        self.confirmation: QMessageBox | None = None

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Motif"), self.tr("Campagnes")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        entete = self.table.horizontalHeader()
        entete.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        entete.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        entete.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Sauvegardes, la plus récente d'abord"))
        self.apercu = QTextBrowser()
        self.apercu.setAccessibleName(self.tr("Aperçu de la sauvegarde choisie"))

        partage = QSplitter()
        partage.addWidget(self.table)
        partage.addWidget(self.apercu)
        partage.setStretchFactor(0, 3)
        partage.setStretchFactor(1, 4)

        self.explication = QLabel(
            self.tr(
                "Les copies sont faites au démarrage, chaque jour de modifications, avant chaque "
                "mise à jour de la base et à la demande (Fichier ▸ Sauvegarder maintenant). "
                "Restaurer remplace le plan ouvert ; son état actuel est d'abord sauvegardé."
            )
        )
        self.explication.setWordWrap(True)
        self.bouton_restaurer = QPushButton(self.tr("&Restaurer cette sauvegarde…"))
        self.bouton_restaurer.setEnabled(False)
        self.bouton_restaurer.clicked.connect(self.demander_confirmation)
        boutons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        boutons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        boutons.rejected.connect(self.reject)
        bas = QHBoxLayout()
        bas.addWidget(self.bouton_restaurer)
        bas.addStretch(1)
        bas.addWidget(boutons)

        disposition = QVBoxLayout(self)
        disposition.addWidget(self.explication)
        disposition.addWidget(partage, 1)
        disposition.addLayout(bas)
        self.resize(900, 520)

        self.table.itemSelectionChanged.connect(self._on_choix)
        self.recharger()

    # --- liste et aperçu ----------------------------------------------------------------

    def recharger(self) -> None:
        self.sauvegardes = lister_sauvegardes(self._chemin_base)
        self.table.setRowCount(len(self.sauvegardes))
        motifs = self._motifs = {
            "auto": self.tr("automatique"),
            "manuelle": self.tr("à la demande"),
            "avant-migration": self.tr("avant mise à jour de la base"),
            "avant-restauration": self.tr("avant une restauration"),
        }
        rouge = QBrush(QColor("#8a1c1c"))
        for ligne, s in enumerate(self.sauvegardes):
            cellules = [
                s.date.strftime("%Y-%m-%d %H:%M:%S"),
                motifs.get(s.motif, s.motif),
                str(s.nombre_campagnes) if s.lisible else self.tr("illisible"),
            ]
            for colonne, texte in enumerate(cellules):
                item = QTableWidgetItem(texte)
                if colonne == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not s.lisible:
                    item.setForeground(rouge)
                    item.setToolTip(s.erreur or "")
                self.table.setItem(ligne, colonne, item)
        if self.sauvegardes:
            self.table.selectRow(0)
        else:
            self.apercu.setHtml(
                "<p>"
                + self.tr(
                    "Aucune sauvegarde pour cette base pour l'instant. Fichier ▸ Sauvegarder "
                    "maintenant en fait une."
                )
                + "</p>"
            )
            self.bouton_restaurer.setEnabled(False)

    def choisie(self) -> Sauvegarde | None:
        lignes = self.table.selectionModel().selectedRows()
        return self.sauvegardes[lignes[0].row()] if lignes else None

    def choisir(self, sauvegarde: Sauvegarde) -> None:
        self.table.selectRow(self.sauvegardes.index(sauvegarde))

    def _on_choix(self) -> None:
        s = self.choisie()
        if s is None:
            self.bouton_restaurer.setEnabled(False)
            return
        self.apercu.setHtml(self._html_apercu(s))
        self.bouton_restaurer.setEnabled(s.lisible and self._modifiable)

    def _html_apercu(self, s: Sauvegarde) -> str:
        from html import escape

        entete = "<h3>{} — {}</h3>".format(
            escape(s.date.strftime("%Y-%m-%d %H:%M:%S")), escape(self._motifs.get(s.motif, s.motif))
        )
        if not s.lisible:
            return entete + "<p><b>{}</b></p><p>{}</p>".format(
                escape(self.tr("Cette copie est illisible : elle ne peut pas être restaurée.")),
                escape(s.erreur or ""),
            )
        try:
            titres = titres_de(s)
        except sqlite3.Error as e:
            illisible = self.tr("Copie illisible")  # hors f-string : lupdate ne lit pas dedans
            return entete + f"<p>{escape(illisible)} ({escape(str(e))})</p>"
        actuels = self._titres_actuels()
        reviennent = sorted((t for slug, t in titres.items() if slug not in actuels), key=str.lower)
        partent = sorted((t for slug, t in actuels.items() if slug not in titres), key=str.lower)
        html = entete + "<p>{}</p>".format(
            escape(
                self.tr("%1 campagne(s) ; fichier « %2 ».")
                .replace("%1", str(len(titres)))
                .replace("%2", s.chemin.name)
            )
        )
        if not reviennent and not partent:
            html += "<p>{}</p>".format(
                escape(self.tr("Mêmes campagnes que le plan ouvert (leur contenu peut différer)."))
            )
        html += self._liste(self.tr("Reviendraient (absentes du plan ouvert) :"), reviennent)
        html += self._liste(self.tr("Disparaîtraient (absentes de la copie) :"), partent)
        html += self._liste(
            self.tr("Campagnes de la copie :"), sorted(titres.values(), key=str.lower)
        )
        return html

    def _liste(self, titre: str, elements: list[str]) -> str:
        from html import escape

        if not elements:
            return ""
        items = "".join(f"<li>{escape(t)}</li>" for t in elements[:APERCU_MAX])
        reste = len(elements) - APERCU_MAX
        if reste > 0:
            items += "<li><i>{}</i></li>".format(
                escape(self.tr("… et %1 autre(s)").replace("%1", str(reste)))
            )
        return f"<p><b>{escape(titre)}</b></p><ul>{items}</ul>"

    # --- restauration -------------------------------------------------------------------

    def demander_confirmation(self) -> QMessageBox | None:
        """Dit ce qui va se passer ; non bloquant (la boîte reste dans `self.confirmation`)."""
        s = self.choisie()
        if s is None or not s.lisible:
            return None
        boite = QMessageBox(self)
        boite.setIcon(QMessageBox.Icon.Question)
        boite.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        boite.setText(
            self.tr("Remplacer le plan ouvert par la sauvegarde du %1 (%2 campagne(s)) ?")
            .replace("%1", s.date.strftime("%Y-%m-%d %H:%M"))
            .replace("%2", str(s.nombre_campagnes))
        )
        boite.setInformativeText(
            self.tr(
                "L'état actuel du plan sera d'abord sauvegardé (motif « avant une "
                "restauration ») : vous pourrez revenir en arrière depuis cette même liste. "
                "Les autres fenêtres ouvertes sur ce plan verront la restauration."
            )
        )
        oui = boite.addButton(self.tr("Restaurer"), QMessageBox.ButtonRole.AcceptRole)
        boite.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        boite.setDefaultButton(oui)
        boite.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.bouton_oui = oui

        def repondu(_code: int) -> None:
            self.confirmation = None
            if boite.clickedButton() is oui:
                self.bouton_restaurer.setEnabled(False)
                self._restaurer(s)

        boite.finished.connect(repondu)
        self.confirmation = boite
        boite.open()
        return boite

    def restauration_terminee(self, compte_rendu: Restauration) -> None:
        self.restauree.emit(compte_rendu)
        self.accept()

    def restauration_echouee(self) -> None:
        self.recharger()
