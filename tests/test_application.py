"""Le démarrage : message clair pour une mauvaise base, dialogue des bogues, traduction, légèreté."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from campagnes.depot import Depot
from campagnes.erreurs import DonneesInvalides
from ui import erreurs
from ui.application import lancer
from ui.demarrage import chemin_traduction, configurer_journal
from ui.fenetre import FenetrePrincipale
from ui.plateforme import message_paquets, paquets_manquants
from ui.reglages import Reglages
from ui.session import Session

RACINE = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def journal_propre():
    """Retire après le test les gestionnaires ajoutés au journal « campagnes »."""
    journal = logging.getLogger("campagnes")
    avant = list(journal.handlers)
    yield journal
    for gestionnaire in journal.handlers[len(avant) :]:
        gestionnaire.close()
        journal.removeHandler(gestionnaire)


def test_fichier_qui_n_est_pas_une_base_donne_un_message_clair(
    qapp, tmp_path, monkeypatch, journal_propre
):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    faux = tmp_path / "notes.sqlite"
    faux.write_text("ceci est un texte, pas une base", encoding="utf-8")
    vus: list[str] = []

    def lire_et_fermer() -> None:
        boite = QApplication.activeModalWidget()
        if isinstance(boite, QMessageBox):
            vus.append(boite.text())
            boite.close()
        else:
            QTimer.singleShot(20, lire_et_fermer)

    QTimer.singleShot(0, lire_et_fermer)
    assert lancer(faux, dossier_du_journal=tmp_path / "journal") == 1
    assert vus == [f"« {faux} » n'est pas une base Campagnes (ce n'est pas un fichier SQLite)."]
    assert faux.read_text(encoding="utf-8") == "ceci est un texte, pas une base"
    assert "n'est pas une base Campagnes" in (tmp_path / "journal" / "campagnes.log").read_text(
        encoding="utf-8"
    )


def test_base_d_une_version_plus_recente_refusee_avec_un_message(
    qapp, tmp_path, monkeypatch, journal_propre
):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    chemin = tmp_path / "future.sqlite"
    depot = Depot.ouvrir(chemin)
    depot.db["_sqlite_migrations"].insert(
        {"migration_set": "campagnes", "name": "m999_venue_du_futur", "applied_at": "2030-01-01"}
    )
    depot.fermer()
    vus: list[str] = []

    def lire_et_fermer() -> None:
        boite = QApplication.activeModalWidget()
        if isinstance(boite, QMessageBox):
            vus.append(boite.text())
            boite.close()
        else:
            QTimer.singleShot(20, lire_et_fermer)

    QTimer.singleShot(0, lire_et_fermer)
    assert lancer(chemin, dossier_du_journal=tmp_path / "journal") == 1
    [message] = vus
    assert message.startswith(
        f"La base « {chemin} » vient d'une version plus récente de Campagnes ; "
        "mettez l'application à jour pour l'ouvrir."
    )


def test_un_bogue_ouvre_un_dialogue_francais_details_replies(qtbot, tmp_path, journal_propre):
    configurer_journal(tmp_path)
    try:
        raise RuntimeError("panne interne")
    except RuntimeError:
        erreurs._crochet(*sys.exc_info())
    [boite] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert boite.text().startswith("Une erreur inattendue est survenue.")
    assert "RuntimeError: panne interne" in boite.detailedText()
    assert "panne interne" not in boite.text()
    assert "RuntimeError: panne interne" in (tmp_path / "campagnes.log").read_text(encoding="utf-8")
    boite.close()


def test_une_erreur_connue_n_est_qu_une_phrase(qtbot, journal_propre):
    erreurs._crochet(DonneesInvalides, DonneesInvalides("Le titre ne peut pas être vide."), None)
    [boite] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert boite.text() == "Le titre ne peut pas être vide."
    assert boite.detailedText() == ""
    boite.close()


def test_traduction_anglaise_des_menus(qtbot, tmp_path):
    traducteur = QTranslator()
    assert traducteur.load(str(chemin_traduction("en")))
    QApplication.installTranslator(traducteur)
    try:
        depot = Depot.ouvrir(None)
        reglages = Reglages(QSettings(str(tmp_path / "r.ini"), QSettings.Format.IniFormat))
        f = FenetrePrincipale(Session(depot), reglages)
        qtbot.addWidget(f)
        assert f.menus["fichier"].title() == "&File"
        assert f.menus["edition"].title() == "&Edit"
        assert f.onglets.tabText(2) == "Audiences"
    finally:
        QApplication.removeTranslator(traducteur)
        depot.fermer()


def test_le_demarrage_ne_charge_ni_reportlab_ni_icalendar():
    code = (
        "import sys; import ui.application, ui.demarrage, ui.fenetre; "
        "print(sorted(m for m in ('reportlab', 'icalendar') if m in sys.modules))"
    )
    sortie = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=RACINE, check=True
    ).stdout
    assert sortie.strip() == "[]"


def test_bibliotheques_xcb_manquantes_nommees_avec_la_commande():
    presentes = {"xcb-cursor", "xkbcommon-x11", "EGL", "GL", "fontconfig", "dbus-1"}
    manquants = paquets_manquants(
        trouver=lambda nom: f"lib{nom}.so" if nom in presentes else None,
        environnement={"DISPLAY": ":0"},
        systeme="linux",
    )
    assert "libxcb-icccm4" in manquants and "libxcb-cursor0" not in manquants
    assert len(manquants) == 8
    assert message_paquets(["libxcb-icccm4", "libxcb-shape0"]).endswith(
        "sudo apt-get install -y libxcb-icccm4 libxcb-shape0"
    )


def test_hors_x11_seules_les_bibliotheques_de_qtgui_sont_exigees():
    absent = lambda _nom: None  # noqa: E731
    qtgui = ["libegl1", "libgl1", "libfontconfig1", "libdbus-1-3"]
    assert paquets_manquants(absent, {"QT_QPA_PLATFORM": "offscreen"}, "linux") == qtgui
    assert paquets_manquants(absent, {"WAYLAND_DISPLAY": "wayland-0"}, "linux") == qtgui
    assert paquets_manquants(absent, {}, "win32") == []


def test_choisir_l_anglais_dans_les_preferences_le_charge_au_demarrage(qtbot, qapp, tmp_path):
    from ui.demarrage import installer_traduction
    from ui.preferences import DialoguePreferences
    from ui.reglages import LANGUE

    reglages = Reglages(QSettings(str(tmp_path / "r.ini"), QSettings.Format.IniFormat))
    dialogue = DialoguePreferences(reglages)
    qtbot.addWidget(dialogue)
    dialogue.langue.setCurrentIndex(dialogue.langue.findData("en"))
    dialogue.accept()
    relus = Reglages(QSettings(str(tmp_path / "r.ini"), QSettings.Format.IniFormat))
    assert relus.lire(LANGUE) == "en"
    traducteurs = installer_traduction(qapp, relus.lire(LANGUE))
    try:
        assert (
            QApplication.translate("FenetrePrincipale", "&Nouvelle campagne…") == "&New campaign…"
        )
    finally:
        for t in traducteurs:
            QApplication.removeTranslator(t)
    assert (
        QApplication.translate("FenetrePrincipale", "&Nouvelle campagne…") == "&Nouvelle campagne…"
    )


def test_lancer_ne_charge_pas_qt_avant_d_avoir_verifie_les_bibliotheques():
    code = "import sys; import ui.application; print(any(m.startswith('PySide6') for m in sys.modules))"
    sortie = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=RACINE, check=True
    ).stdout
    assert sortie.strip() == "False"


def test_en_anglais_aucun_menu_ni_onglet_ne_reste_en_francais(qtbot, tmp_path):
    """Chaque module ajouté à la fenêtre (registres, suivi, calendriers…) doit être traduit :
    une chaîne oubliée par lupdate ou cherchée sous le mauvais contexte resterait en français."""
    import xml.etree.ElementTree as ET

    from PySide6.QtWidgets import QDockWidget

    racine = ET.parse(chemin_traduction("en").with_suffix(".ts")).getroot()
    francais = set()
    for message in racine.iter("message"):
        source = message.findtext("source") or ""
        traduction = message.find("translation")
        texte = "".join(traduction.itertext()) if traduction is not None else ""
        if source != texte:
            francais.add(source)
    traducteur = QTranslator()
    assert traducteur.load(str(chemin_traduction("en")))
    QApplication.installTranslator(traducteur)
    try:
        depot = Depot.ouvrir(tmp_path / "plan.sqlite")
        reglages = Reglages(QSettings(str(tmp_path / "r.ini"), QSettings.Format.IniFormat))
        f = FenetrePrincipale(Session(depot), reglages)
        qtbot.addWidget(f)
        visibles = []

        def parcourir(menu):
            for action in menu.actions():
                if action.menu():
                    parcourir(action.menu())
                if action.text():
                    visibles.append(action.text())

        for menu in f.menus.values():
            visibles.append(menu.title())
            parcourir(menu)
        visibles += [f.onglets.tabText(i) for i in range(f.onglets.count())]
        visibles += [d.windowTitle() for d in f.findChildren(QDockWidget)]
        restes = sorted(
            {t for t in visibles if t in francais or re.sub(r" \(.*\)$", "", t) in francais}
        )
        assert restes == []
        assert "Seal" in [f.onglets.tabText(i) for i in range(f.onglets.count())]
    finally:
        QApplication.removeTranslator(traducteur)
        depot.fermer()
