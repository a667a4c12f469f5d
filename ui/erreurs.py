"""La frontière des erreurs : une phrase française pour les erreurs connues, un dialogue pour les bogues.

Les erreurs du domaine (ErreurCampagnes) sont attendues : on montre leur message, rien
de plus. Toute autre exception est un bogue : `sys.excepthook` la journalise et ouvre un
dialogue dont les détails techniques restent repliés.
"""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from campagnes.erreurs import ErreurCampagnes

journal = logging.getLogger("campagnes")
_sans_parent: set[QMessageBox] = set()
"""Un dialogue sans fenêtre parente serait détruit par Python dès la fin de la fonction."""


def _ouvrir(boite: QMessageBox) -> QMessageBox:
    """Montre sans bloquer (pas de boucle d'événements imbriquée) et garde la boîte en vie."""
    if boite.parent() is None:
        _sans_parent.add(boite)
        boite.finished.connect(lambda _code: _sans_parent.discard(boite))
    boite.open()
    return boite


def boite_erreur(parent: QWidget | None, erreur: ErreurCampagnes) -> QMessageBox:
    """Le dialogue d'une erreur connue : sa phrase française, rien d'autre."""
    journal.warning("Erreur signalée à l'utilisateur : %s", erreur.message)
    boite = QMessageBox(parent)
    boite.setIcon(QMessageBox.Icon.Warning)
    boite.setWindowTitle(QCoreApplication.translate("erreurs", "Campagnes"))
    boite.setText(erreur.message)
    boite.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return boite


def montrer_erreur(parent: QWidget | None, erreur: ErreurCampagnes) -> QMessageBox:
    """La frontière des erreurs connues ; non bloquant (pas de boucle imbriquée)."""
    return _ouvrir(boite_erreur(parent, erreur))


def _crochet(type_exc, valeur, trace) -> None:
    """Remplace sys.excepthook : un bogue ne tue pas la fenêtre et ne montre pas de trace brute."""
    if issubclass(type_exc, KeyboardInterrupt):
        sys.__excepthook__(type_exc, valeur, trace)
        return
    if isinstance(valeur, ErreurCampagnes):
        montrer_erreur(QApplication.activeWindow(), valeur)
        return
    details = "".join(traceback.format_exception(type_exc, valeur, trace))
    journal.error("Erreur inattendue :\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(type_exc, valeur, trace)
        return
    boite = QMessageBox(QApplication.activeWindow())
    boite.setIcon(QMessageBox.Icon.Critical)
    boite.setWindowTitle(QCoreApplication.translate("erreurs", "Erreur inattendue"))
    boite.setText(
        QCoreApplication.translate(
            "erreurs",
            "Une erreur inattendue est survenue. Vos modifications déjà confirmées sont "
            "enregistrées. Les détails ont été ajoutés au journal.",
        )
    )
    boite.setDetailedText(details)
    boite.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _ouvrir(boite)


def installer_crochet() -> None:
    sys.excepthook = _crochet
