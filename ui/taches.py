"""Le seul exécuteur des travaux longs : une fonction du domaine sur un fil du QThreadPool.

La fonction reçoit `progression(fait, total)` et `annule()` comme en ligne de commande ;
ici ils deviennent des signaux et une boîte de progression qui n'apparaît qu'après
600 ms. La base SQLite ne traverse pas les fils : la fonction ouvre sa propre connexion.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from campagnes.erreurs import ErreurCampagnes

Travail = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Relais(QObject):
    """Signaux : progression(int fait, int total), terminee(object résultat), echouee(object exception)."""

    progression = Signal(int, int)
    terminee = Signal(object)
    echouee = Signal(object)


class _Execution(QRunnable):
    def __init__(self, travail: Travail, relais: Relais, arret: threading.Event):
        super().__init__()
        self.travail, self.relais, self.arret = travail, relais, arret

    def run(self) -> None:
        try:
            resultat = self.travail(self._progression, self.arret.is_set)
        except BaseException as e:  # tout finit dans l'interface, jamais perdu sur le fil
            self._emettre(self.relais.echouee, e)
        else:
            self._emettre(self.relais.terminee, resultat)

    def _progression(self, fait: int, total: int) -> None:
        self._emettre(self.relais.progression, fait, total)

    def _emettre(self, signal, *valeurs) -> None:
        # La fenêtre a pu être fermée pendant le travail : le relais n'existe plus et
        # personne n'attend le résultat (le travail a été prié de s'arrêter).
        try:
            signal.emit(*valeurs)
        except RuntimeError:
            self.arret.set()


def executer(
    parent: QWidget,
    libelle: str,
    travail: Travail,
    quand_terminee: Callable[[Any], None],
    quand_echouee: Callable[[ErreurCampagnes], None],
) -> Relais:
    """Lance le travail ; une erreur connue va à `quand_echouee`, un bogue au crochet des bogues."""
    arret = threading.Event()
    relais = Relais(parent)
    boite = QProgressDialog(libelle, QCoreApplication.translate("taches", "Annuler"), 0, 0, parent)
    boite.setWindowModality(Qt.WindowModality.WindowModal)
    boite.setMinimumDuration(600)
    # Une fonction et non `arret.set` : PySide suit une méthode liée par une référence faible
    # et la déconnecte quand l'Event meurt, ce qui arrive sur le fil du travail (QRunnable
    # détruit là-bas) ; cette déconnexion attend le GIL en tenant un verrou de Qt que le fil
    # principal peut attendre à son tour (blocage observé dans les essais des calendriers).
    boite.canceled.connect(lambda: arret.set())
    relais.destroyed.connect(lambda: arret.set())  # fenêtre fermée : le travail s'arrête
    relais.progression.connect(lambda fait, total: (boite.setMaximum(total), boite.setValue(fait)))

    def fin() -> None:
        boite.reset()
        boite.deleteLater()
        relais.deleteLater()

    def reussite(resultat: Any) -> None:
        fin()
        quand_terminee(resultat)

    def echec(e: BaseException) -> None:
        fin()
        if isinstance(e, ErreurCampagnes):
            quand_echouee(e)
        else:
            sys.excepthook(type(e), e, e.__traceback__)

    relais.terminee.connect(reussite)
    relais.echouee.connect(echec)
    QThreadPool.globalInstance().start(_Execution(travail, relais, arret))
    return relais
