"""Le démarrage de la fenêtre, une fois Qt importable : application, traduction, journal, erreurs.

Seul ce qu'il faut au premier écran est chargé ici : reportlab et icalendar ne le sont
qu'au premier export (mesuré : 0,57 s au lieu de 0,16 s s'ils l'étaient au démarrage).
La fenêtre se montre avant de lire les campagnes : elle est dessinée une première fois,
puis remplie (tests/benchmarks/bench_demarrage.py mesure les deux moments).
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from campagnes.erreurs import ErreurCampagnes

from .erreurs import boite_erreur, installer_crochet
from .reglages import LANGUE, Reglages

ORGANISATION = "CSESM"
NOM_APPLICATION = "Campagnes"
journal = logging.getLogger("campagnes")


def dossier_journal() -> Path:
    """Le dossier de données de l'utilisateur, là où vit aussi la base par défaut."""
    import platformdirs

    return platformdirs.user_data_path(NOM_APPLICATION, appauthor=False) / "journal"


def configurer_journal(dossier: Path) -> Path | None:
    """Journal tournant (3 × 1 Mo) ; un dossier non inscriptible ne bloque pas le démarrage."""
    chemin = dossier / "campagnes.log"
    try:
        dossier.mkdir(parents=True, exist_ok=True)
        gestionnaire = RotatingFileHandler(
            chemin, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    gestionnaire.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s : %(message)s"))
    journal.addHandler(gestionnaire)
    journal.setLevel(logging.INFO)
    return chemin


def chemin_traduction(langue: str) -> Path:
    from campagnes.ressources import chemin_ressource

    return chemin_ressource(f"traductions/campagnes_{langue}.qm")


def installer_traduction(app: QApplication, langue: str) -> list[QTranslator]:
    """Charge nos chaînes et celles de Qt (boutons standard) dans la langue choisie.

    Le français est la langue source : sans fichier, les chaînes restent en français.
    """
    traducteurs = []
    qt = QTranslator(app)
    if qt.load(
        QLocale(langue), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        traducteurs.append(qt)
    if langue != "fr":
        nos_chaines = QTranslator(app)
        if nos_chaines.load(str(chemin_traduction(langue))):
            app.installTranslator(nos_chaines)
            traducteurs.append(nos_chaines)
        else:
            journal.warning(
                "Traduction « %s » introuvable ; l'interface reste en français.", langue
            )
    return traducteurs


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(NOM_APPLICATION)
    app.setApplicationDisplayName(NOM_APPLICATION)
    return app


def ouvrir_fenetre(chemin_base: Path, reglages: Reglages, charger: bool = True):
    """La fenêtre sur cette base, ou None après avoir montré pourquoi elle ne s'ouvre pas."""
    from campagnes.depot import Depot

    from .fenetre import FenetrePrincipale
    from .session import Session

    try:
        depot = Depot.ouvrir(chemin_base)
    except ErreurCampagnes as e:
        boite_erreur(None, e).exec()
        return None
    return FenetrePrincipale(Session(depot), reglages, charger=charger)


class _PremierAffichage(QObject):
    """Appelle une fonction une fois la fenêtre dessinée (ou au plus tard après un délai)."""

    def __init__(self, fenetre, fonction, delai_max_ms: int = 500):
        super().__init__(fenetre)
        self._fonction = fonction
        self._fait = False
        fenetre.installEventFilter(self)
        QTimer.singleShot(delai_max_ms, self._appeler)

    def eventFilter(self, objet, evenement) -> bool:
        if evenement.type() == QEvent.Type.Paint and not self._fait:
            # Le dessin s'achève d'abord ; la lecture vient au tour suivant de la boucle.
            QTimer.singleShot(0, self._appeler)
        return False

    def _appeler(self) -> None:
        if not self._fait:
            self._fait = True
            self.parent().removeEventFilter(self)
            self._fonction()


def apres_premier_affichage(fenetre, fonction) -> None:
    _PremierAffichage(fenetre, fonction)


def preparer(chemin_base: Path, dossier_du_journal: Path | None = None):
    """Application, journal, traduction et fenêtre montrée ; ses données viennent juste après.

    Rend (application, fenêtre) ; la fenêtre est None si la base ne s'ouvre pas (l'erreur
    a été montrée).
    """
    app = application()
    configurer_journal(dossier_du_journal or dossier_journal())
    installer_crochet()
    reglages = Reglages()
    installer_traduction(app, reglages.lire(LANGUE))
    journal.info("Démarrage sur %s", chemin_base)
    fenetre = ouvrir_fenetre(chemin_base, reglages, charger=False)
    if fenetre is not None:
        fenetre.statusBar().showMessage(
            QCoreApplication.translate("demarrage", "Lecture du plan « %1 »…").replace(
                "%1", chemin_base.name
            )
        )
        fenetre.show()
        apres_premier_affichage(fenetre, lambda: charger(fenetre))
    return app, fenetre


def charger(fenetre) -> None:
    """Lit les campagnes et remplit l'onglet visible, curseur d'attente pendant la lecture."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        fenetre.charger()
    finally:
        QApplication.restoreOverrideCursor()
        fenetre.statusBar().clearMessage()


def demarrer(chemin_base: Path, dossier_du_journal: Path | None = None) -> int:
    """Ouvre la fenêtre sur la base et rend le code de sortie du programme."""
    app, fenetre = preparer(chemin_base, dossier_du_journal)
    if fenetre is None:
        return 1
    code = app.exec()
    fenetre.session.depot.fermer()
    return code
