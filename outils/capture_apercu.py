"""Refait docs/apercu-fiche.png : l'aperçu avant impression ouvert sur une fiche (Ctrl+P).

Lancer : QT_QPA_PLATFORM=offscreen python outils/capture_apercu.py [slug]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RACINE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RACINE))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from campagnes.depot import Depot  # noqa: E402
from ui.fenetre import FenetrePrincipale  # noqa: E402
from ui.reglages import Reglages  # noqa: E402
from ui.session import Session  # noqa: E402


def main() -> None:
    slug = sys.argv[1] if len(sys.argv) > 1 else "semaine-nationale"
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as dossier:
        depot = Depot.ouvrir(Path(dossier) / "plan.sqlite")
        reglages = Reglages(QSettings(str(Path(dossier) / "r.ini"), QSettings.Format.IniFormat))
        f = FenetrePrincipale(Session(depot), reglages, annee=2027, aujourd_hui=date(2027, 2, 20))
        f.show()
        f.vue_campagnes.campagne_choisie.emit(slug)

        def capturer(apercu) -> None:
            apercu.resize(900, 1000)
            QTimer.singleShot(
                200,
                lambda: (apercu.grab().save(str(RACINE / "docs" / "apercu-fiche.png")), app.quit()),
            )

        f.impression.apercu_ouvert.connect(capturer)
        f.impression.action_imprimer_fiche.trigger()
        QTimer.singleShot(30000, app.quit)
        app.exec()
        f.close()
        depot.fermer()


if __name__ == "__main__":
    main()
