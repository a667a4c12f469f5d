"""L'aperçu avant impression d'un PDF : pages rendues en images, zoom, numéro de page, impression.

PySide6-Essentials n'a pas QtPdf : les pages sont rendues par PDFium (pypdfium2), importé
seulement à l'ouverture d'un aperçu. PDFium n'est pas sûr entre fils : tout rendu (écran et
imprimante) se fait sur le fil de l'interface, une page à la fois, sans bloquer la fenêtre.
Le PDF est gardé en mémoire : aucun fichier n'est tenu ouvert pendant l'aperçu, et
« Enregistrer en PDF… » en écrit une copie exacte (vectorielle), atomiquement.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from campagnes.erreurs import ErreurCampagnes
from campagnes.fichiers import ecrire_atomiquement

from .erreurs import montrer_erreur

POINTS_PAR_POUCE = 72
ESPACE = 16
"""Pixels entre deux pages et autour d'elles."""
PAGES_EN_CACHE = 12
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
LARGEUR, PAGE_ENTIERE = "largeur", "page"
HAUTEUR_BANDE = 1024
"""Pixels d'imprimante rendus d'un coup : une page à 1 200 ppp tiendrait 540 Mo d'un bloc."""


def ouvrir_document(octets: bytes):
    """Le document PDFium ; une erreur de lecture devient une phrase française."""
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(octets)
    except pypdfium2.PdfiumError as e:
        raise ErreurCampagnes(
            "Le document produit est illisible : l'aperçu ne peut pas l'afficher."
        ) from e


def rendre_page(document, index: int, echelle: float, haut: float = 0, bas: float = 0) -> QImage:
    """La page `index` en image, `echelle` pixels par point ; `haut`/`bas` : points retranchés.

    L'image est copiée : elle ne dépend plus de la mémoire de PDFium, libérée aussitôt.
    """
    page = document[index]
    try:
        bitmap = page.render(
            scale=echelle,
            crop=(0, bas, 0, haut),
            rev_byteorder=True,
            prefer_bgrx=True,
            fill_color=(255, 255, 255, 255),
            draw_annots=True,
        )
        try:
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            ).copy()
        finally:
            bitmap.close()
    finally:
        page.close()
    return image


def tailles_pages(document) -> list[tuple[float, float]]:
    """Largeur et hauteur de chaque page, en points."""
    tailles = []
    for i in range(len(document)):
        page = document[i]
        tailles.append(page.get_size())
        page.close()
    return tailles


class Pages(QWidget):
    """Les pages empilées ; seules celles qu'on voit sont rendues, à la taille affichée.

    Signaux : zoom_change(float) quand l'échelle affichée change.
    """

    zoom_change = Signal(float)

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.tailles = tailles_pages(document)
        self.zoom = 1.0
        self._cache: OrderedDict[int, QImage] = OrderedDict()
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("#5f6670"))
        self.setPalette(palette)
        self._redimensionner()

    def pixels_par_point(self) -> float:
        return self.zoom * self.logicalDpiX() / POINTS_PAR_POUCE

    def taille_page(self, index: int) -> QSize:
        largeur, hauteur = self.tailles[index]
        e = self.pixels_par_point()
        return QSize(round(largeur * e), round(hauteur * e))

    def rectangle_page(self, index: int) -> QRect:
        y = ESPACE
        for i in range(index):
            y += self.taille_page(i).height() + ESPACE
        taille = self.taille_page(index)
        return QRect(QPoint((self.width() - taille.width()) // 2, y), taille)

    def page_en(self, y: int) -> int:
        """La page affichée à la hauteur `y` (0 si au-dessus de tout)."""
        bas = ESPACE
        for i in range(len(self.tailles)):
            bas += self.taille_page(i).height() + ESPACE
            if y < bas:
                return i
        return max(len(self.tailles) - 1, 0)

    def definir_zoom(self, zoom: float) -> None:
        zoom = min(max(zoom, 0.1), 6.0)
        if abs(zoom - self.zoom) < 1e-4:
            return
        self.zoom = zoom
        self._cache.clear()
        self._redimensionner()
        self.zoom_change.emit(zoom)

    def _redimensionner(self) -> None:
        largeur = max((self.taille_page(i).width() for i in range(len(self.tailles))), default=0)
        hauteur = sum(self.taille_page(i).height() + ESPACE for i in range(len(self.tailles)))
        self.setMinimumSize(largeur + 2 * ESPACE, hauteur + ESPACE)
        self.resize(max(self.width(), largeur + 2 * ESPACE), hauteur + ESPACE)
        self.update()

    def image(self, index: int) -> QImage:
        """L'image de la page à l'écran (rendue aux pixels réels de l'écran), gardée en cache."""
        if index in self._cache:
            self._cache.move_to_end(index)
            return self._cache[index]
        ratio = self.devicePixelRatioF()
        image = rendre_page(self.document, index, self.pixels_par_point() * ratio)
        image.setDevicePixelRatio(ratio)
        self._cache[index] = image
        while len(self._cache) > PAGES_EN_CACHE:
            self._cache.popitem(last=False)
        return image

    def paintEvent(self, event) -> None:
        peintre = QPainter(self)
        zone = event.rect()
        for i in range(self.page_en(zone.top()), len(self.tailles)):
            rect = self.rectangle_page(i)
            if rect.top() > zone.bottom():
                break
            peintre.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 90))
            peintre.drawImage(rect.topLeft(), self.image(i))
        peintre.end()


class ImpressionPdf(QObject):
    """Imprime les pages une à une, à la résolution de l'imprimante, sans bloquer la fenêtre.

    Chaque page est rendue par bandes puis peinte pixel pour pixel sur l'imprimante ; une
    bande par tour de la boucle d'événements, pour que la fenêtre reste vivante et que
    l'impression puisse être annulée. Signaux : progression(int fait, int total),
    terminee(int pages imprimées), annulee().
    """

    progression = Signal(int, int)
    terminee = Signal(int)
    annulee = Signal()

    def __init__(self, document, printer: QPrinter, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.printer = printer
        self.tailles = tailles_pages(document)
        self.pages = self._pages_demandees()
        self._faites = 0
        self._arret = False
        self._peintre: QPainter | None = None
        self._etapes: Iterator[int] = iter(())

    def _pages_demandees(self) -> list[int]:
        nombre = len(self.tailles)
        premiere, derniere = 1, nombre
        if self.printer.printRange() == QPrinter.PrintRange.PageRange and self.printer.fromPage():
            premiere = max(1, self.printer.fromPage())
            derniere = min(nombre, self.printer.toPage() or nombre)
        pages = list(range(premiere - 1, derniere))
        if self.printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
            pages.reverse()
        if not self.printer.supportsMultipleCopies():
            copies = max(self.printer.copyCount(), 1)
            if self.printer.collateCopies():
                pages = pages * copies
            else:
                pages = [p for p in pages for _ in range(copies)]
        return pages

    def demarrer(self) -> None:
        self.printer.setFullPage(True)  # les marges sont déjà dans le PDF
        self._peintre = QPainter()
        if not self.pages or not self._peintre.begin(self.printer):
            self._peintre = None
            raise ErreurCampagnes(
                "L'impression n'a pas pu commencer : l'imprimante ou le fichier choisi "
                "n'est pas disponible. Rien n'a été imprimé."
            )
        self._etapes = self._bandes()
        QTimer.singleShot(0, self._etape_suivante)

    def annuler(self) -> None:
        self._arret = True

    def _etape_suivante(self) -> None:
        """Une bande par tour de boucle : à 600 ppp, une page prend environ une seconde."""
        peintre = self._peintre
        if peintre is None:
            return
        if self._arret:
            self.printer.abort()
            peintre.end()
            self._peintre = None
            self.annulee.emit()
            return
        if next(self._etapes, None) is not None:
            QTimer.singleShot(0, self._etape_suivante)
            return
        peintre.end()
        self._peintre = None
        self.terminee.emit(self._faites)

    def _bandes(self) -> Iterator[int]:
        peintre = self._peintre
        for rang, index in enumerate(self.pages):
            if rang:
                self.printer.newPage()
            yield from self._peindre(peintre, index)
            self._faites += 1
            self.progression.emit(self._faites, len(self.pages))

    def _peindre(self, peintre: QPainter, index: int) -> Iterator[int]:
        """Taille réelle, centrée ; réduite seulement si le papier est plus petit que la page.

        La page est rendue en bandes de pixels entiers de l'imprimante, posées bord à bord.
        """
        largeur, hauteur = self.tailles[index]
        papier = self.printer.paperRect(QPrinter.Unit.DevicePixel)
        echelle = self.printer.resolution() / POINTS_PAR_POUCE
        echelle *= min(
            1.0, papier.width() / (largeur * echelle), papier.height() / (hauteur * echelle)
        )
        x = round(papier.x() + (papier.width() - largeur * echelle) / 2)
        y = round(papier.y() + (papier.height() - hauteur * echelle) / 2)
        total = math.ceil(hauteur * echelle)
        # PDFium arrondit la découpe au pixel supérieur : le quart de pixel retiré l'y ramène.
        for haut in range(0, total, HAUTEUR_BANDE):
            bas = min(haut + HAUTEUR_BANDE, total)
            bande = rendre_page(
                self.document,
                index,
                echelle,
                haut=(haut - 0.25) / echelle,
                bas=(total - bas - 0.25) / echelle,
            )
            peintre.drawImage(QPoint(x, y + haut), bande)
            yield haut


class ApercuPdf(QDialog):
    """L'aperçu d'un document : défiler, zoomer, aller à une page, imprimer, enregistrer.

    Signaux : impression_terminee(int pages), document_enregistre(Path).
    """

    impression_terminee = Signal(int)
    document_enregistre = Signal(Path)

    def __init__(self, octets: bytes, titre: str, nom_propose: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.octets = octets
        self.nom_propose = nom_propose
        self.document = ouvrir_document(octets)
        self.impression: ImpressionPdf | None = None
        self._mode_zoom: str | None = LARGEUR
        self.setWindowTitle(self.tr("Aperçu — %1").replace("%1", titre))
        self.setSizeGripEnabled(True)

        self.pages = Pages(self.document)
        self.defilement = QScrollArea()
        self.defilement.setWidget(self.pages)
        self.defilement.setWidgetResizable(True)
        self.defilement.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.defilement.viewport().installEventFilter(self)

        self.moins = QToolButton()
        self.moins.setText("−")
        self.moins.setToolTip(self.tr("Réduire (Ctrl+-)"))
        self.moins.setAccessibleName(self.tr("Réduire"))
        self.plus = QToolButton()
        self.plus.setText("+")
        self.plus.setToolTip(self.tr("Agrandir (Ctrl++)"))
        self.plus.setAccessibleName(self.tr("Agrandir"))
        self.choix_zoom = QComboBox()
        self.choix_zoom.setAccessibleName(self.tr("Zoom"))
        self.choix_zoom.addItem(self.tr("Largeur de la page"), LARGEUR)
        self.choix_zoom.addItem(self.tr("Page entière"), PAGE_ENTIERE)
        for zoom in ZOOMS:
            self.choix_zoom.addItem(f"{round(zoom * 100)} %", zoom)
        self.numero = QSpinBox()
        self.numero.setRange(1, max(len(self.document), 1))
        self.numero.setAccessibleName(self.tr("Page"))
        self.sur = QLabel(self.tr("de %1").replace("%1", str(len(self.document))))
        etiquette = QLabel(self.tr("&Page"))
        etiquette.setBuddy(self.numero)
        self.bouton_enregistrer = QPushButton(self.tr("&Enregistrer en PDF…"))
        self.bouton_imprimer = QPushButton(self.tr("&Imprimer…"))
        self.bouton_imprimer.setDefault(True)
        self.bouton_fermer = QPushButton(self.tr("Fermer"))

        barre = QHBoxLayout()
        for w in (self.moins, self.choix_zoom, self.plus):
            barre.addWidget(w)
        barre.addSpacing(18)
        for w in (etiquette, self.numero, self.sur):
            barre.addWidget(w)
        barre.addStretch(1)
        for w in (self.bouton_enregistrer, self.bouton_imprimer, self.bouton_fermer):
            barre.addWidget(w)
        disposition = QVBoxLayout(self)
        disposition.addLayout(barre)
        disposition.addWidget(self.defilement, 1)

        self.moins.clicked.connect(lambda: self.zoomer(1 / 1.25))
        self.plus.clicked.connect(lambda: self.zoomer(1.25))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, lambda: self.zoomer(1.25))
        QShortcut(QKeySequence("Ctrl+="), self, lambda: self.zoomer(1.25))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, lambda: self.zoomer(0.8))
        self.choix_zoom.activated.connect(self._on_zoom_choisi)
        self.numero.valueChanged.connect(self.aller_a_page)
        self.defilement.verticalScrollBar().valueChanged.connect(self._on_defilement)
        self.bouton_enregistrer.clicked.connect(self.enregistrer)
        self.bouton_imprimer.clicked.connect(self.imprimer)
        self.bouton_fermer.clicked.connect(self.close)
        self.finished.connect(self._fermer_document)
        document = self.document
        self.destroyed.connect(lambda: document.close())  # fenêtre fermée sans fermer l'aperçu

        self.resize(self._taille_initiale())

    def _taille_initiale(self) -> QSize:
        ecran = self.screen().availableGeometry() if self.screen() else QRect(0, 0, 1280, 1000)
        largeur = self.pages.tailles[0][0] if self.pages.tailles else 612
        voulue = round(largeur * self.logicalDpiX() / POINTS_PAR_POUCE) + 80
        return QSize(min(max(voulue, 760), ecran.width() - 40), min(980, ecran.height() - 40))

    # --- affichage ---------------------------------------------------------------------

    def nombre_pages(self) -> int:
        return len(self.document)

    def page_courante(self) -> int:
        """Le numéro (à partir de 1) de la page au haut de la vue."""
        y = self.defilement.verticalScrollBar().value() + ESPACE
        return self.pages.page_en(y) + 1

    def aller_a_page(self, numero: int) -> None:
        if 1 <= numero <= self.nombre_pages() and numero != self.page_courante():
            haut = self.pages.rectangle_page(numero - 1).top() - ESPACE // 2
            self.defilement.verticalScrollBar().setValue(haut)

    def _on_defilement(self, _valeur: int) -> None:
        self.numero.blockSignals(True)
        self.numero.setValue(self.page_courante())
        self.numero.blockSignals(False)

    def zoomer(self, facteur: float) -> None:
        self._appliquer_zoom(self.pages.zoom * facteur, None)

    def _on_zoom_choisi(self, index: int) -> None:
        donnee = self.choix_zoom.itemData(index)
        if donnee in (LARGEUR, PAGE_ENTIERE):
            self._mode_zoom = donnee
            self._ajuster()
        else:
            self._appliquer_zoom(float(donnee), None)

    def _appliquer_zoom(self, zoom: float, mode: str | None) -> None:
        page = self.page_courante()
        self._mode_zoom = mode
        self.pages.definir_zoom(zoom)
        index = self.choix_zoom.findData(mode if mode else round(self.pages.zoom, 2))
        self.choix_zoom.blockSignals(True)
        if index < 0:  # un zoom hors de la liste (+, −, molette) : affiché sans être ajouté
            self.choix_zoom.setPlaceholderText(f"{round(self.pages.zoom * 100)} %")
        self.choix_zoom.setCurrentIndex(index)
        self.choix_zoom.blockSignals(False)
        self.aller_a_page(page)

    def _ajuster(self) -> None:
        """Le zoom « largeur » ou « page entière » suit la taille de la fenêtre."""
        if self._mode_zoom is None or not self.pages.tailles:
            return
        vue = self.defilement.viewport().size()
        largeur, hauteur = max(self.pages.tailles, key=lambda t: t[0])
        base = self.logicalDpiX() / POINTS_PAR_POUCE
        barre = self.defilement.verticalScrollBar().sizeHint().width()
        zoom = (vue.width() - 2 * ESPACE - (0 if self._mode_zoom == PAGE_ENTIERE else barre)) / (
            largeur * base
        )
        if self._mode_zoom == PAGE_ENTIERE:
            zoom = min(zoom, (vue.height() - 2 * ESPACE) / (hauteur * base))
        self._appliquer_zoom(zoom, self._mode_zoom)

    def eventFilter(self, objet, evenement) -> bool:
        if objet is self.defilement.viewport():
            if evenement.type() == evenement.Type.Resize:
                QTimer.singleShot(0, self._ajuster)
            elif (
                evenement.type() == evenement.Type.Wheel
                and evenement.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.zoomer(1.25 if evenement.angleDelta().y() > 0 else 0.8)
                return True
        return super().eventFilter(objet, evenement)

    # --- impression et enregistrement ---------------------------------------------------

    def preparer_imprimante(self, printer: QPrinter) -> None:
        """Papier, orientation du document et nom du travail, avant le dialogue d'impression."""
        if self.pages.tailles:
            largeur, hauteur = self.pages.tailles[0]
            portrait = QSize(round(min(largeur, hauteur)), round(max(largeur, hauteur)))
            printer.setPageSize(QPageSize(portrait))  # la lettre est reconnue par sa taille
            printer.setPageOrientation(
                QPageLayout.Orientation.Landscape
                if largeur > hauteur
                else QPageLayout.Orientation.Portrait
            )
        printer.setDocName(self.nom_propose)

    def imprimer(self) -> None:
        """Le dialogue d'impression du système, ouvert sans boucle d'événements imbriquée."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.preparer_imprimante(printer)
        dialogue = QPrintDialog(printer, self)
        dialogue.setMinMax(1, self.nombre_pages())
        dialogue.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialogue.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._printer = printer  # vit aussi longtemps que le dialogue
        dialogue.accepted.connect(lambda: self.imprimer_sur(printer))
        QDialog.open(dialogue)  # l'open() de QPrintDialog exige un receveur et un slot

    def imprimer_sur(self, printer: QPrinter) -> ImpressionPdf | None:
        """Imprime sur `printer` (réel ou fichier PDF) ; progression annulable si c'est long."""
        if self.impression is not None:
            return None
        impression = ImpressionPdf(self.document, printer, self)
        boite = QProgressDialog(
            self.tr("Impression…"), self.tr("Annuler"), 0, len(impression.pages), self
        )
        boite.setWindowModality(Qt.WindowModality.WindowModal)
        boite.setMinimumDuration(600)
        boite.setAutoClose(False)
        boite.canceled.connect(impression.annuler)
        impression.progression.connect(lambda fait, _total: boite.setValue(fait))

        def fin() -> None:
            boite.reset()
            boite.deleteLater()
            impression.deleteLater()
            self.impression = None
            self.bouton_imprimer.setEnabled(True)

        impression.terminee.connect(lambda n: (fin(), self.impression_terminee.emit(n)))
        impression.annulee.connect(fin)
        self.impression = impression
        self.bouton_imprimer.setEnabled(False)
        try:
            impression.demarrer()
        except ErreurCampagnes as e:
            fin()
            montrer_erreur(self, e)
            return None
        return impression

    def enregistrer(self) -> None:
        chemin, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer en PDF"), self.nom_propose, self.tr("Documents PDF (*.pdf)")
        )
        if chemin:
            self.enregistrer_vers(Path(chemin))

    def enregistrer_vers(self, chemin: Path) -> bool:
        """Copie exacte du document (vectoriel) ; l'ancien fichier reste intact en cas d'échec."""
        try:
            ecrire_atomiquement(chemin, self.octets)
        except ErreurCampagnes as e:
            montrer_erreur(self, e)
            return False
        self.document_enregistre.emit(chemin)
        return True

    def _fermer_document(self) -> None:
        if self.impression is not None:
            self.impression.annuler()
            return  # l'impression en cours finit sa page ; PDFium reste ouvert jusque-là
        self.pages._cache.clear()
        self.document.close()
