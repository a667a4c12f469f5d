"""Imprimer et exporter depuis la fenêtre : Ctrl+P, l'aperçu, les exports PDF, l'annulation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from aides_documents import campagnes_en_masse, dossier_en_lecture_seule, texte_continu
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from campagnes.depot import Depot
from campagnes.documents import produire_fiche
from campagnes.erreurs import EcritureImpossible, OperationAnnulee
from ui.apercu_pdf import ApercuPdf
from ui.fenetre import CAMPAGNES, FenetrePrincipale
from ui.impression import DialoguePeriode
from ui.reglages import Reglages
from ui.session import Session

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ANNEE_PLAN = 2027
QUATRE_MARS = "journee-4-mars"
TITRE_4_MARS = "Journée de la lutte contre l'exploitation sexuelle des mineurs"
ATTENTE = 60_000  # ms : une borne contre le blocage, pas une mesure de vitesse


@pytest.fixture
def fenetre(qtbot, chemin_base: Path, tmp_path: Path):
    depot = Depot.ouvrir(chemin_base)
    reglages = Reglages(QSettings(str(tmp_path / "reglages.ini"), QSettings.Format.IniFormat))
    f = FenetrePrincipale(Session(depot), reglages, annee=ANNEE_PLAN, aujourd_hui=date(2027, 1, 15))
    f.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    qtbot.addWidget(f)
    f.show()
    f.activateWindow()
    qtbot.waitActive(f)
    yield f
    depot.fermer()


def choisir_dans_la_liste(fenetre: FenetrePrincipale, slug: str) -> None:
    fenetre.onglets.setCurrentIndex(CAMPAGNES)
    vue = fenetre.vue_campagnes
    vue.table.setFocus()
    vue.table.setCurrentIndex(vue.modele.index(vue.modele.ligne_de(slug), 0))


def proportion_encre(image: QImage) -> float:
    """La part des pixels sombres (du texte, des traits) : 0 pour une page blanche."""
    gris = image.convertToFormat(QImage.Format.Format_Grayscale8)
    octets = bytes(gris.constBits())
    largeur, ligne = gris.width(), gris.bytesPerLine()
    sombres = sum(
        sum(1 for o in octets[y * ligne : y * ligne + largeur] if o < 128)
        for y in range(0, gris.height(), 2)
    )
    return sombres / (largeur * ((gris.height() + 1) // 2))


def texte_zoom(apercu: ApercuPdf) -> str:
    zoom = apercu.choix_zoom
    return zoom.currentText() if zoom.currentIndex() >= 0 else zoom.placeholderText()


def boites_ouvertes(fenetre) -> list[QMessageBox]:
    return [b for b in fenetre.findChildren(QMessageBox) if b.isVisible()]


def ouvrir_apercu_par_ctrl_p(qtbot, fenetre) -> ApercuPdf:
    choisir_dans_la_liste(fenetre, QUATRE_MARS)
    with qtbot.waitSignal(fenetre.impression.apercu_ouvert, timeout=ATTENTE) as signal:
        qtbot.keyClick(fenetre, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    apercu = signal.args[0]
    qtbot.waitExposed(apercu)
    return apercu


def exporter(qtbot, fenetre, lancer) -> tuple[Path, int]:
    with qtbot.waitSignal(fenetre.impression.export_termine, timeout=ATTENTE) as signal:
        lancer()
    return signal.args[0], signal.args[1]


# --- les menus ---------------------------------------------------------------------------------


def test_les_menus_proposent_l_impression_et_les_trois_exports(fenetre):
    fichier = [a.text() for a in fenetre.menus["fichier"].actions()]
    exports = [a.text() for a in fenetre.menus["exporter"].actions()]
    assert "&Imprimer la fiche…" in fichier
    assert fichier.index("&Imprimer la fiche…") < fichier.index("&Préférences…")
    assert fenetre.impression.action_imprimer_fiche.shortcut().toString() == "Ctrl+P"
    for texte in (
        "&Fiche de campagne (PDF)…",
        "&Plan annuel (PDF)…",
        "&Rapport biennal (PDF)…",
    ):
        assert texte in exports


def test_ctrl_p_sans_campagne_choisie_ne_fait_rien(qtbot, fenetre):
    impression = fenetre.impression
    assert fenetre._slug_choisi is None
    assert not impression.action_imprimer_fiche.isEnabled()
    assert not impression.action_fiche.isEnabled()
    with qtbot.assertNotEmitted(impression.apercu_ouvert, wait=300):
        qtbot.keyClick(fenetre, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert impression.apercu is None
    assert not fenetre.findChildren(QProgressDialog)


def test_choisir_une_campagne_active_l_impression_la_supprimer_la_desactive(qtbot, fenetre):
    choisir_dans_la_liste(fenetre, QUATRE_MARS)
    assert fenetre.impression.action_imprimer_fiche.isEnabled()
    fenetre.supprimer_campagne()
    assert not fenetre.impression.action_imprimer_fiche.isEnabled()


# --- l'aperçu de la fiche -------------------------------------------------------------------


def test_ctrl_p_ouvre_l_apercu_de_la_fiche_du_4_mars(qtbot, fenetre, tmp_path):
    attendu = produire_fiche(fenetre.session.depot, QUATRE_MARS, ANNEE_PLAN, tmp_path / "f.pdf")
    apercu = ouvrir_apercu_par_ctrl_p(qtbot, fenetre)
    assert apercu.isVisible()
    assert TITRE_4_MARS in apercu.windowTitle() and "2027" in apercu.windowTitle()
    assert apercu.nombre_pages() == attendu
    assert apercu.numero.maximum() == attendu
    assert apercu.sur.text() == f"de {attendu}"
    # La page est dessinée : du texte sombre sur blanc, à l'écran comme dans l'image rendue.
    assert proportion_encre(apercu.pages.image(0)) > 0.005
    assert proportion_encre(apercu.defilement.viewport().grab().toImage()) > 0.005
    # Le fichier temporaire n'existe plus : l'aperçu tient le PDF en mémoire.
    assert apercu.octets.startswith(b"%PDF")


def test_le_zoom_agrandit_les_pages(qtbot, fenetre):
    apercu = ouvrir_apercu_par_ctrl_p(qtbot, fenetre)
    avant = apercu.pages.rectangle_page(0).width()
    qtbot.mouseClick(apercu.plus, Qt.MouseButton.LeftButton)
    assert apercu.pages.rectangle_page(0).width() == pytest.approx(avant * 1.25, abs=2)
    assert apercu.choix_zoom.currentData() != "largeur"  # le zoom ne suit plus la fenêtre
    assert texte_zoom(apercu) == f"{round(apercu.pages.zoom * 100)} %"
    apercu.choix_zoom.setCurrentIndex(apercu.choix_zoom.findData(1.0))
    apercu.choix_zoom.activated.emit(apercu.choix_zoom.currentIndex())
    largeur_lettre_a_100 = round(8.5 * apercu.pages.logicalDpiX())
    assert apercu.pages.rectangle_page(0).width() == pytest.approx(largeur_lettre_a_100, abs=1)


def test_enregistrer_la_fiche_en_pdf_depuis_l_apercu(qtbot, fenetre, tmp_path):
    apercu = ouvrir_apercu_par_ctrl_p(qtbot, fenetre)
    cible = tmp_path / "fiche.pdf"
    assert apercu.enregistrer_vers(cible)
    texte = texte_continu(cible)
    assert TITRE_4_MARS in texte and "4 mars 2027" in texte
    assert fenetre.statusBar().currentMessage() == f"Document enregistré dans « {cible} »."


# --- l'impression ---------------------------------------------------------------------------


def imprimante_pdf(chemin: Path, resolution: int = 96) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(chemin))
    printer.setResolution(resolution)
    return printer


def test_imprimer_la_fiche_peint_chaque_page_a_la_resolution_de_l_imprimante(
    qtbot, fenetre, tmp_path
):
    apercu = ouvrir_apercu_par_ctrl_p(qtbot, fenetre)
    sortie = tmp_path / "imprime.pdf"
    printer = imprimante_pdf(sortie, 96)
    apercu.preparer_imprimante(printer)
    with qtbot.waitSignal(apercu.impression_terminee, timeout=ATTENTE) as signal:
        apercu.imprimer_sur(printer)
    assert signal.args == [apercu.nombre_pages()]
    pages = PdfReader(str(sortie)).pages
    assert len(pages) == apercu.nombre_pages()
    # Une page lettre à 96 ppp : des bandes d'image de 816 pixels de large, 1 056 en tout.
    images = pages[0].images
    assert {i.image.width for i in images} == {816}
    assert sum(i.image.height for i in images) == 1056
    assert fenetre.statusBar().currentMessage().endswith("envoyée(s) à l'imprimante.")
    assert apercu.bouton_imprimer.isEnabled()


def test_imprimer_le_plan_en_paysage_et_une_plage_de_pages(qtbot, fenetre, tmp_path):
    chemin, pages = exporter(
        qtbot, fenetre, lambda: fenetre.impression.exporter_plan_vers(tmp_path / "plan.pdf", 2027)
    )
    assert pages >= 3
    fenetre.impression.proposition.close()
    apercu = fenetre.impression.ouvrir_apercu_fichier(chemin, "Plan annuel 2027")
    sortie = tmp_path / "imprime.pdf"
    printer = imprimante_pdf(sortie, 72)
    apercu.preparer_imprimante(printer)
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    with qtbot.waitSignal(apercu.impression_terminee, timeout=ATTENTE) as signal:
        apercu.imprimer_sur(printer)
    assert signal.args == [2]
    imprimees = PdfReader(str(sortie)).pages
    assert len(imprimees) == 2
    assert imprimees[0].mediabox.width > imprimees[0].mediabox.height


def test_annuler_l_impression_s_arrete_avant_la_fin(qtbot, fenetre, tmp_path):
    chemin, _ = exporter(
        qtbot, fenetre, lambda: fenetre.impression.exporter_plan_vers(tmp_path / "plan.pdf", 2027)
    )
    fenetre.impression.proposition.close()
    apercu = fenetre.impression.ouvrir_apercu_fichier(chemin, "Plan annuel 2027")
    impression = apercu.imprimer_sur(imprimante_pdf(tmp_path / "imprime.pdf", 72))
    assert not apercu.bouton_imprimer.isEnabled()  # une impression à la fois
    with (
        qtbot.assertNotEmitted(apercu.impression_terminee),
        qtbot.waitSignal(impression.annulee, timeout=ATTENTE),
    ):
        impression.annuler()
    assert apercu.bouton_imprimer.isEnabled()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints", "QPainter::begin")
def test_une_imprimante_indisponible_donne_un_message(qtbot, fenetre, tmp_path):
    apercu = ouvrir_apercu_par_ctrl_p(qtbot, fenetre)
    assert apercu.imprimer_sur(imprimante_pdf(tmp_path / "absent" / "imprime.pdf")) is None
    [boite] = [b for b in apercu.findChildren(QMessageBox) if b.isVisible()]
    assert boite.text() == (
        "L'impression n'a pas pu commencer : l'imprimante ou le fichier choisi n'est pas "
        "disponible. Rien n'a été imprimé."
    )
    assert apercu.bouton_imprimer.isEnabled()
    boite.close()


def test_imprimer_ouvre_le_dialogue_du_systeme_regle_sur_le_document(qtbot, fenetre, tmp_path):
    chemin, pages = exporter(
        qtbot, fenetre, lambda: fenetre.impression.exporter_plan_vers(tmp_path / "plan.pdf", 2027)
    )
    fenetre.impression.proposition.close()
    apercu = fenetre.impression.ouvrir_apercu_fichier(chemin, "Plan annuel 2027")
    qtbot.mouseClick(apercu.bouton_imprimer, Qt.MouseButton.LeftButton)
    [dialogue] = [d for d in apercu.findChildren(QPrintDialog) if d.isVisible()]
    assert (dialogue.minPage(), dialogue.maxPage()) == (1, pages)
    mise_en_page = dialogue.printer().pageLayout()
    assert mise_en_page.orientation() == QPageLayout.Orientation.Landscape
    assert mise_en_page.pageSize().id() == QPageSize.PageSizeId.Letter
    assert dialogue.printer().docName() == "plan.pdf"
    dialogue.reject()  # renoncer n'imprime rien
    assert apercu.impression is None and apercu.bouton_imprimer.isEnabled()


def test_enregistrer_l_apercu_dans_un_dossier_absent_donne_un_message(qtbot, fenetre, tmp_path):
    apercu = ouvrir_apercu_par_ctrl_p(qtbot, fenetre)
    cible = tmp_path / "absent" / "fiche.pdf"
    assert not apercu.enregistrer_vers(cible)
    [boite] = [b for b in apercu.findChildren(QMessageBox) if b.isVisible()]
    assert boite.text() == (
        f"Impossible d'écrire « {cible} » : le dossier « {cible.parent} » n'existe pas."
    )
    boite.close()


def test_aller_a_une_page_fait_defiler_l_apercu(qtbot, fenetre, tmp_path):
    chemin, pages = exporter(
        qtbot, fenetre, lambda: fenetre.impression.exporter_plan_vers(tmp_path / "plan.pdf", 2027)
    )
    fenetre.impression.proposition.close()
    apercu = fenetre.impression.ouvrir_apercu_fichier(chemin, "Plan annuel 2027")
    qtbot.waitExposed(apercu)
    assert apercu.nombre_pages() == pages
    assert apercu.page_courante() == 1
    apercu.numero.setValue(3)
    assert apercu.page_courante() == 3
    assert apercu.defilement.verticalScrollBar().value() > 0


# --- les exports -----------------------------------------------------------------------------


def test_exporter_le_plan_annuel(qtbot, fenetre, tmp_path):
    cible = tmp_path / "plan-2027.pdf"
    chemin, pages = exporter(
        qtbot, fenetre, lambda: fenetre.impression.exporter_plan_vers(cible, 2027)
    )
    assert chemin == cible
    assert len(PdfReader(str(cible)).pages) == pages
    texte = texte_continu(cible)
    assert "Plan annuel des campagnes de sensibilisation — 2027" in texte
    assert f"{TITRE_4_MARS} 4 mars 2027" in texte
    assert "du 1er au 7 mars 2027" in texte
    assert "Échéances de matériel, mois par mois — 2027" in texte
    message = f"Plan annuel 2027 enregistré dans « {cible} » ({pages} page(s))."
    assert fenetre.statusBar().currentMessage() == message
    # Puis on propose l'aperçu ; l'accepter l'ouvre sur le même document.
    proposition = fenetre.impression.proposition
    assert proposition.isVisible() and proposition.text() == message
    [voir] = [b for b in proposition.findChildren(QPushButton) if "aperçu" in b.text()]
    with qtbot.waitSignal(fenetre.impression.apercu_ouvert) as signal:
        qtbot.mouseClick(voir, Qt.MouseButton.LeftButton)
    assert signal.args[0].nombre_pages() == pages


def test_exporter_le_rapport_biennal(qtbot, fenetre, tmp_path):
    cible = tmp_path / "rapport.pdf"
    _, pages = exporter(
        qtbot, fenetre, lambda: fenetre.impression.exporter_rapport_vers(cible, 2027, 2028)
    )
    assert len(PdfReader(str(cible)).pages) == pages
    texte = texte_continu(cible)
    assert "2027 : 4 mars 2027 2028 : 4 mars 2028" in texte
    recommandation_2 = fenetre.session.depot.recommandation(2).texte
    assert " ".join(recommandation_2.split()) in texte
    assert "13 des 58 recommandations sont mises en œuvre" in texte
    assert "Rapport biennal 2027–2028 enregistré" in fenetre.statusBar().currentMessage()


def test_le_rapport_demande_la_periode_puis_le_fichier(qtbot, fenetre, tmp_path, monkeypatch):
    cible = tmp_path / "rapport"
    demandes = []

    def choisir_fichier(_parent, titre, depart, _filtre):
        demandes.append((titre, depart))
        return str(cible), ""

    monkeypatch.setattr("ui.impression.QFileDialog.getSaveFileName", choisir_fichier)
    fenetre.impression.action_rapport.trigger()
    [dialogue] = [d for d in fenetre.findChildren(DialoguePeriode) if d.isVisible()]
    assert (dialogue.debut.value(), dialogue.fin.value()) == (2027, 2028)
    dialogue.debut.setValue(2029)
    assert dialogue.fin.value() == 2029  # la fin ne précède jamais le début
    dialogue.fin.setValue(2030)
    with qtbot.waitSignal(fenetre.impression.export_termine, timeout=ATTENTE) as signal:
        dialogue.accept()
    assert demandes == [("Exporter le rapport biennal", "rapport-2029-2030.pdf")]
    assert signal.args[0] == tmp_path / "rapport.pdf"  # l'extension est ajoutée
    assert "2029 : 4 mars 2029 2030 : 4 mars 2030" in texte_continu(tmp_path / "rapport.pdf")


def test_exporter_la_fiche_de_la_campagne_choisie(qtbot, fenetre, tmp_path):
    choisir_dans_la_liste(fenetre, QUATRE_MARS)
    assert fenetre.impression.action_fiche.isEnabled()
    cible = tmp_path / "fiche.pdf"
    exporter(
        qtbot,
        fenetre,
        lambda: fenetre.impression.exporter_fiche_vers(cible, QUATRE_MARS, 2028),
    )
    assert f"{TITRE_4_MARS} Fiche de campagne — 2028" in texte_continu(cible)


def test_annuler_un_long_export_laisse_l_ancien_fichier_intact(
    qtbot, fenetre, tmp_path, monkeypatch
):
    import time

    import campagnes.documents as documents

    # La vraie composition, retenue à sa première étape jusqu'au clic sur Annuler : le
    # test ne dépend plus de la vitesse de la machine (sur une machine rapide, 300
    # campagnes se composent avant que la boîte n'ait le temps d'apparaître).
    vrai_ecrire_plan = documents.ecrire_plan

    def ecrire_plan_retenu(d, chemin, *, progression=None, annule=None, **options):
        def progression_retenue(fait, total):
            if progression:
                progression(fait, total)
            limite = time.monotonic() + 60
            while not annule() and time.monotonic() < limite:
                time.sleep(0.01)

        return vrai_ecrire_plan(
            d, chemin, progression=progression_retenue, annule=annule, **options
        )

    monkeypatch.setattr(documents, "ecrire_plan", ecrire_plan_retenu)
    fenetre.session.depot.enregistrer_campagnes(campagnes_en_masse(300))
    fenetre.session.recharger()
    cible = tmp_path / "plan.pdf"
    cible.write_bytes(b"%PDF-1.4 ancien plan")
    impression = fenetre.impression
    impression.exporter_plan_vers(cible, 2027)
    assert not impression.action_plan.isEnabled()  # un export à la fois

    def boites_visibles() -> list[QProgressDialog]:
        return [b for b in fenetre.findChildren(QProgressDialog) if b.isVisible()]

    # Elle n'apparaît qu'au bout de 600 ms : la composition de 300 campagnes dure plus.
    qtbot.waitUntil(lambda: len(boites_visibles()) == 1, timeout=ATTENTE)
    [boite] = boites_visibles()
    assert boite.labelText() == "Plan annuel 2027 : composition du PDF…"
    [annuler] = boite.findChildren(QPushButton)
    with qtbot.waitSignal(impression.export_echoue, timeout=ATTENTE) as signal:
        qtbot.mouseClick(annuler, Qt.MouseButton.LeftButton)
    assert isinstance(signal.args[0], OperationAnnulee)
    assert cible.read_bytes() == b"%PDF-1.4 ancien plan"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".plan.pdf")]
    assert fenetre.statusBar().currentMessage() == (
        f"Export annulé : « {cible} » n'a pas été modifié."
    )
    assert not boites_ouvertes(fenetre)  # annuler n'est pas une erreur
    assert impression.action_plan.isEnabled()


def test_un_dossier_absent_donne_un_message(qtbot, fenetre, tmp_path):
    cible = tmp_path / "absent" / "plan.pdf"
    with qtbot.waitSignal(fenetre.impression.export_echoue, timeout=ATTENTE) as signal:
        fenetre.impression.exporter_plan_vers(cible, 2027)
    assert isinstance(signal.args[0], EcritureImpossible)
    [boite] = boites_ouvertes(fenetre)
    assert boite.text() == (
        f"Impossible d'écrire « {cible} » : le dossier « {cible.parent} » n'existe pas."
    )
    assert not cible.parent.exists()
    boite.close()


def test_un_dossier_non_inscriptible_donne_un_message_et_garde_l_ancien(qtbot, fenetre, tmp_path):
    dossier = tmp_path / "protege"
    dossier.mkdir()
    cible = dossier / "rapport.pdf"
    cible.write_bytes(b"%PDF-1.4 ancien rapport")
    with (
        dossier_en_lecture_seule(dossier),
        qtbot.waitSignal(fenetre.impression.export_echoue, timeout=ATTENTE),
    ):
        fenetre.impression.exporter_rapport_vers(cible, 2027, 2028)
    [boite] = boites_ouvertes(fenetre)
    assert boite.text().startswith(f"Impossible d'écrire « {cible} » : accès refusé.")
    assert cible.read_bytes() == b"%PDF-1.4 ancien rapport"
    assert [p.name for p in dossier.iterdir()] == ["rapport.pdf"]
    boite.close()
