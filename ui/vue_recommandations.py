"""L'onglet Recommandations : les 58 recommandations par chapitre et les campagnes qui les portent."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from campagnes.modele import Campagne, Chapitre, Recommandation

SANS_CAMPAGNE = "#fbe3c4"
ROLE_NUMERO = Qt.ItemDataRole.UserRole


class VueRecommandations(QWidget):
    """Les recommandations, leur texte complet et leurs campagnes.

    Une recommandation qu'aucune campagne ne met en œuvre est surlignée et marquée
    « aucune campagne ». Signal : campagne_ouverte(str slug) quand on suit un lien.
    """

    campagne_ouverte = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._recommandations: dict[int, Recommandation] = {}
        self._campagnes: dict[int, list[Campagne]] = {}
        self.resume = QLabel()
        self.seulement_orphelines = QCheckBox(self.tr("Seulement celles sans campagne"))
        self.arbre = QTreeWidget()
        self.arbre.setColumnCount(3)
        self.arbre.setHeaderLabels([self.tr("N°"), self.tr("Recommandation"), self.tr("Campagnes")])
        self.arbre.setUniformRowHeights(True)
        self.arbre.setAlternatingRowColors(True)
        entete = self.arbre.header()
        entete.setStretchLastSection(False)
        entete.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        entete.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        entete.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        entete.resizeSection(0, 110)
        entete.resizeSection(2, 130)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._on_lien)
        gauche = QWidget()
        disposition_gauche = QVBoxLayout(gauche)
        disposition_gauche.setContentsMargins(0, 0, 0, 0)
        disposition_gauche.addWidget(self.resume)
        disposition_gauche.addWidget(self.seulement_orphelines)
        disposition_gauche.addWidget(self.arbre)
        separateur = QSplitter()
        separateur.addWidget(gauche)
        separateur.addWidget(self.detail)
        separateur.setStretchFactor(0, 3)
        separateur.setStretchFactor(1, 2)
        disposition = QVBoxLayout(self)
        disposition.addWidget(separateur)
        self.arbre.currentItemChanged.connect(self._on_element_change)
        self.seulement_orphelines.toggled.connect(self._filtrer)

    def definir(
        self,
        chapitres: list[Chapitre],
        recommandations: list[Recommandation],
        campagnes_par_numero: dict[int, list[Campagne]],
    ) -> None:
        courant = self.numero_choisi()
        self._recommandations = {r.numero: r for r in recommandations}
        self._campagnes = campagnes_par_numero
        self.arbre.clear()
        gras = QFont()
        gras.setBold(True)
        for chapitre in chapitres:
            parent = QTreeWidgetItem(
                [self.tr("Chapitre %1").replace("%1", str(chapitre.numero)), chapitre.titre, ""]
            )
            parent.setFirstColumnSpanned(False)
            parent.setFont(0, gras)
            parent.setFont(1, gras)
            self.arbre.addTopLevelItem(parent)
            for r in recommandations:
                if r.chapitre != chapitre.numero:
                    continue
                portees = campagnes_par_numero.get(r.numero, [])
                texte = " ".join(r.texte.split())
                element = QTreeWidgetItem(
                    [
                        str(r.numero),
                        texte,
                        str(len(portees)) if portees else self.tr("aucune campagne"),
                    ]
                )
                element.setData(0, ROLE_NUMERO, r.numero)
                element.setToolTip(1, texte)
                if not portees:
                    for colonne in range(3):
                        element.setBackground(colonne, QBrush(QColor(SANS_CAMPAGNE)))
                        element.setForeground(colonne, QBrush(QColor("#1a1a1a")))
                    element.setFont(2, gras)
                parent.addChild(element)
        self.arbre.expandAll()
        orphelines = sum(1 for r in recommandations if not campagnes_par_numero.get(r.numero))
        self.resume.setText(
            self.tr("%1 recommandations, dont %2 sans aucune campagne (surlignées).")
            .replace("%1", str(len(recommandations)))
            .replace("%2", str(orphelines))
        )
        self._filtrer()
        self.selectionner(courant or 1)

    def numero_choisi(self) -> int | None:
        element = self.arbre.currentItem()
        return element.data(0, ROLE_NUMERO) if element else None

    def selectionner(self, numero: int) -> None:
        for i in range(self.arbre.topLevelItemCount()):
            chapitre = self.arbre.topLevelItem(i)
            for j in range(chapitre.childCount()):
                if chapitre.child(j).data(0, ROLE_NUMERO) == numero:
                    self.arbre.setCurrentItem(chapitre.child(j))
                    return

    def _filtrer(self) -> None:
        seulement = self.seulement_orphelines.isChecked()
        for i in range(self.arbre.topLevelItemCount()):
            chapitre = self.arbre.topLevelItem(i)
            visibles = 0
            for j in range(chapitre.childCount()):
                element = chapitre.child(j)
                cache = seulement and bool(self._campagnes.get(element.data(0, ROLE_NUMERO)))
                element.setHidden(cache)
                visibles += not cache
            chapitre.setHidden(visibles == 0)

    def _on_element_change(self, element, _precedent) -> None:
        numero = element.data(0, ROLE_NUMERO) if element else None
        if numero is None:
            self.detail.clear()
            return
        r = self._recommandations[numero]
        # Les tr() hors des f-strings : pyside6-lupdate ne les lit pas dedans.
        titre = self.tr("Recommandation %1").replace("%1", str(numero))
        sous_titre = self.tr("Campagnes qui la mettent en œuvre")
        morceaux = [
            f"<h3>{html.escape(titre)}</h3>",
            "".join(f"<p>{html.escape(p)}</p>" for p in r.texte.split("\n") if p.strip()),
            f"<h4>{html.escape(sous_titre)}</h4>",
        ]
        portees = self._campagnes.get(numero, [])
        if portees:
            morceaux.append(
                "<ul>"
                + "".join(
                    f'<li><a href="campagne:{html.escape(c.slug)}">{html.escape(c.titre)}</a></li>'
                    for c in portees
                )
                + "</ul>"
            )
        else:
            aucune = self.tr("Aucune campagne ne met en œuvre cette recommandation.")
            morceaux.append(f"<p style='background:{SANS_CAMPAGNE}'>{html.escape(aucune)}</p>")
        self.detail.setHtml("".join(morceaux))

    def _on_lien(self, url) -> None:
        texte = url.toString()
        if texte.startswith("campagne:"):
            self.campagne_ouverte.emit(texte.removeprefix("campagne:"))
