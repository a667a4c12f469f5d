"""Mesure l'aperçu avant impression et l'impression d'un plan de 1 013 campagnes (218 pages).

Lancer : `QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_impression.py`, ou par
`python -m tests.benchmarks --seulement impression`. Le plancher de chaque figure est le
rendu PDFium seul (pypdfium2, sans Qt) du même travail.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RACINE = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(RACINE), str(RACINE / "tests"), str(Path(__file__).parent)]

from aides_documents import campagnes_en_masse  # noqa: E402
from outils_bench import mediane  # noqa: E402
from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from campagnes.depot import Depot  # noqa: E402
from campagnes.documents import produire_plan  # noqa: E402

PAGES_IMPRIMEES = 3


def mesures() -> list[tuple[str, float, str | None, float | None]]:
    app = QApplication.instance() or QApplication([])
    from ui.apercu_pdf import ApercuPdf, ouvrir_document, rendre_page

    dossier = Path(tempfile.mkdtemp(prefix="bench-impression-"))
    depot = Depot.ouvrir(None)
    depot.enregistrer_campagnes(campagnes_en_masse(1000))
    pages = produire_plan(depot, 2027, dossier / "plan.pdf")
    depot.fermer()
    octets = (dossier / "plan.pdf").read_bytes()
    resultats = []

    apercus = []

    def ouvrir() -> None:
        apercu = ApercuPdf(octets, "Plan annuel 2027", "plan.pdf")
        apercu.resize(1000, 800)
        apercu.show()
        app.processEvents()
        apercu.grab()
        apercus.append(apercu)

    document = ouvrir_document(octets)
    rendu_seul = mediane(lambda: rendre_page(document, 0, 96 / 72), 5)
    resultats.append(
        (
            f"aperçu : ouvrir et peindre un plan de {pages} pages",
            mediane(ouvrir, 3),
            "rendu PDFium de la page 1 à 96 ppp",
            rendu_seul,
        )
    )
    apercu = apercus[-1]
    cibles = iter(range(10, pages, 7))
    resultats.append(
        (
            "aperçu : aller à une page et la peindre",
            mediane(lambda: (apercu.numero.setValue(next(cibles)), apercu.grab()), 5),
            "rendu PDFium de la page 1 à 96 ppp",
            rendu_seul,
        )
    )
    for ppp in (300, 600):

        def imprimer(ppp=ppp) -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(dossier / f"imprime-{ppp}.pdf"))
            printer.setResolution(ppp)
            apercu.preparer_imprimante(printer)
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(1, PAGES_IMPRIMEES)
            boucle = QEventLoop()
            apercu.impression_terminee.connect(boucle.quit)
            apercu.imprimer_sur(printer)
            boucle.exec()
            apercu.impression_terminee.disconnect(boucle.quit)

        par_page = mediane(imprimer, 3) / PAGES_IMPRIMEES
        resultats.append(
            (
                f"impression vers un PDF à {ppp} ppp, par page",
                par_page,
                f"rendu PDFium d'une page entière à {ppp} ppp",
                mediane(lambda ppp=ppp: rendre_page(document, 1, ppp / 72), 3),
            )
        )
    document.close()
    return resultats


def main() -> None:
    for nom, secondes, plancher, secondes_plancher in mesures():
        ligne = f"{nom:<52} {secondes * 1000:8.1f} ms"
        if plancher:
            ligne += f"   plancher ({plancher}) {secondes_plancher * 1000:8.1f} ms"
        print(ligne)


if __name__ == "__main__":
    main()
