"""Les calendriers dans la fenêtre : exporter une sélection, retenir un profil, importer, retirer."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QPushButton

from campagnes.depot import Depot
from campagnes.sources import occurrences_importees, sources
from ui.dialogue_export_ical import PARTENAIRES, PUBLICS, DialogueExportIcal
from ui.fenetre import ANNEE, FenetrePrincipale
from ui.reglages import Reglages
from ui.session import Session

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DONNEES = Path(__file__).resolve().parent / "donnees" / "ical"
AUJOURDHUI = date(2027, 1, 15)
DELAI_MS = 60000  # l'import analyse le fichier dans un processus à part


@pytest.fixture
def ouvrir(qtbot, chemin_base: Path, tmp_path: Path):
    """Ouvre une fenêtre sur la base du test ; rouvrir garde la base et les réglages."""
    ouvertes = []

    def _ouvrir() -> FenetrePrincipale:
        depot = Depot.ouvrir(chemin_base)
        reglages = Reglages(QSettings(str(tmp_path / "reglages.ini"), QSettings.Format.IniFormat))
        f = FenetrePrincipale(Session(depot), reglages, annee=2027, aujourd_hui=AUJOURDHUI)
        qtbot.addWidget(f)
        f.show()
        ouvertes.append((f, depot))
        return f

    yield _ouvrir
    for f, depot in ouvertes:
        # Les dialogues sont des fenêtres à part : ouverts, ils garderaient l'activation.
        for dialogue in f.findChildren(QDialog):
            dialogue.close()
        f.close()
        depot.fermer()


@pytest.fixture
def fenetre(ouvrir) -> FenetrePrincipale:
    return ouvrir()


def action(fenetre: FenetrePrincipale, menu: str, debut: str):
    """L'action du menu dont le texte (sans les &) commence par `debut`."""
    for a in fenetre.menus[menu].actions():
        if a.text().replace("&", "").startswith(debut):
            return a
    raise AssertionError(f"pas d'action « {debut} » dans le menu {menu}")


def ouvrir_dialogue_export(qtbot, fenetre: FenetrePrincipale) -> DialogueExportIcal:
    action(fenetre, "exporter", "Calendrier iCal").trigger()
    dialogue = fenetre.calendriers.dialogue_export
    assert dialogue is not None
    qtbot.waitExposed(dialogue)
    return dialogue


def exporter(qtbot, fenetre: FenetrePrincipale, dialogue: DialogueExportIcal) -> None:
    with qtbot.waitSignal(fenetre.calendriers.export_termine, timeout=DELAI_MS):
        qtbot.mouseClick(dialogue.bouton_exporter, Qt.MouseButton.LeftButton)


def lire(chemin: Path) -> Calendar:
    return Calendar.from_ical(chemin.read_bytes())


def titres(cal: Calendar) -> set[str]:
    return {str(e["SUMMARY"]) for e in cal.walk("VEVENT")}


def lignes_de_source(fenetre: FenetrePrincipale, source: str, annee: int = 2027) -> list[str]:
    """Les lignes de la source que la frise affiche (rectangle non vide), par leur slug."""
    slugs = {
        o.slug for o in occurrences_importees(fenetre.session.depot, annee) if o.source == source
    }
    return sorted(s for s in slugs if not fenetre.vue_annee.rect_ligne(s).isEmpty())


def test_exporter_une_selection_n_ecrit_que_la_selection(qtbot, fenetre, tmp_path):
    sortie = tmp_path / "premieres-nations.ics"
    dialogue = ouvrir_dialogue_export(qtbot, fenetre)
    # Sur la case ronde : le bouton s'étire, sa partie droite vide ne répond pas au clic.
    qtbot.mouseClick(dialogue.partie, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    dialogue.cocher(PARTENAIRES, "Premières Nations")
    assert "2 campagnes retenues" in dialogue.compte.text()
    dialogue.a.setValue(2028)
    dialogue.sans_rrule.setChecked(True)
    dialogue.nom.setText("Campagnes ; Premières Nations, Inuit")
    dialogue.definir_fichier(str(sortie))
    exporter(qtbot, fenetre, dialogue)

    cal = lire(sortie)
    assert titres(cal) == {
        "Sensibilisation des jeunes Autochtones et de leurs communautés",
        "Sensibilisation des visiteurs à l'entrée des territoires des Premières Nations "
        "et des Inuit",
    }
    # icalendar relit X-WR-CALNAME sans le déséchapper : on regarde la ligne écrite.
    ligne = "X-WR-CALNAME:Campagnes \\; Premières Nations\\, Inuit\r\n".encode()
    assert ligne in sortie.read_bytes()
    evenements = cal.walk("VEVENT")
    assert not any("RRULE" in e for e in evenements)  # occurrences simples demandées
    assert {e.decoded("DTSTART").year for e in evenements} == {2027, 2028}
    assert "« " + str(sortie) + " »" in fenetre.statusBar().currentMessage()


def test_exporter_sans_fichier_est_refuse_en_une_phrase(qtbot, fenetre):
    dialogue = ouvrir_dialogue_export(qtbot, fenetre)
    dialogue.definir_fichier("")
    qtbot.mouseClick(dialogue.bouton_exporter, Qt.MouseButton.LeftButton)
    assert dialogue.isVisible()
    assert dialogue.message.text() == "Choisissez le fichier à écrire (bouton « Choisir… »)."


def test_le_profil_retient_les_choix_et_renvoie_en_deux_clics(qtbot, ouvrir, tmp_path):
    fenetre = ouvrir()
    aeroports = tmp_path / "aeroports.ics"
    dialogue = ouvrir_dialogue_export(qtbot, fenetre)
    dialogue.profil.setEditText("Aéroports")  # keyClicks ne tape que l'ASCII
    dialogue.partie.setChecked(True)
    dialogue.cocher(PARTENAIRES, "Aéroports")
    dialogue.cocher(PUBLICS, "Tous les voyageurs, quel que soit leur statut")
    dialogue.de.setValue(2027)
    dialogue.a.setValue(2029)
    dialogue.avec_materiel.setChecked(True)
    dialogue.avec_rafraichissement.setChecked(True)
    dialogue.rafraichissement.setValue(12)
    dialogue.nom.setText("Campagnes dans les aéroports")
    dialogue.definir_fichier(str(aeroports))
    retenu = dialogue.choix()
    exporter(qtbot, fenetre, dialogue)
    assert titres(lire(aeroports)) == {
        "Sensibilisation dans les aéroports, les ports et aux postes-frontières"
    }

    # Un autre export, sous un autre profil, devient le dernier choix.
    tout = tmp_path / "tout.ics"
    dialogue = ouvrir_dialogue_export(qtbot, fenetre)
    dialogue.profil.setEditText("Tout le plan")
    dialogue.tout.setChecked(True)
    dialogue.definir_fichier(str(tout))
    exporter(qtbot, fenetre, dialogue)
    assert {c.titre for c in fenetre.session.campagnes()} <= titres(lire(tout))
    aeroports.unlink()

    # Après redémarrage : choisir le profil (flèche du haut dans la liste), puis Exporter.
    fenetre.close()
    fenetre = ouvrir()
    dialogue = ouvrir_dialogue_export(qtbot, fenetre)
    assert dialogue.profil.currentText() == "Tout le plan"
    assert [dialogue.profil.itemText(i) for i in range(dialogue.profil.count())] == [
        "Aéroports",
        "Tout le plan",
    ]
    dialogue.profil.setFocus()
    qtbot.keyClick(dialogue.profil, Qt.Key.Key_Up)
    assert dialogue.choix() == retenu
    exporter(qtbot, fenetre, dialogue)
    cal = lire(aeroports)
    assert titres(cal) == {"Sensibilisation dans les aéroports, les ports et aux postes-frontières"}
    assert str(cal["REFRESH-INTERVAL"].to_ical(), "ascii") == "PT12H"


def test_annuler_un_export_laisse_l_ancien_fichier_intact(qtbot, fenetre, tmp_path, monkeypatch):
    from campagnes.ical import export

    sortie = tmp_path / "plan.ics"
    sortie.write_bytes(b"ancien calendrier")
    vrai = export.calendrier_ical

    def lent(depot, options, *, progression=None, annule=None, **kw):
        """L'export réel, retenu jusqu'à ce que l'utilisateur ait cliqué Annuler."""
        limite = time.monotonic() + 30
        while not annule() and time.monotonic() < limite:
            time.sleep(0.01)
        return vrai(depot, options, progression=progression, annule=annule, **kw)

    monkeypatch.setattr(export, "calendrier_ical", lent)
    dialogue = ouvrir_dialogue_export(qtbot, fenetre)
    dialogue.definir_fichier(str(sortie))
    qtbot.mouseClick(dialogue.bouton_exporter, Qt.MouseButton.LeftButton)

    def boites_visibles() -> list[QProgressDialog]:
        return [b for b in fenetre.findChildren(QProgressDialog) if b.isVisible()]

    qtbot.waitUntil(lambda: len(boites_visibles()) == 1, timeout=DELAI_MS)  # après 600 ms
    annuler = boites_visibles()[0].findChild(QPushButton)
    with qtbot.waitSignal(fenetre.calendriers.tache_echouee, timeout=DELAI_MS):
        qtbot.mouseClick(annuler, Qt.MouseButton.LeftButton)
    assert sortie.read_bytes() == b"ancien calendrier"
    assert [p.name for p in tmp_path.glob("*.ics*")] == ["plan.ics"]
    assert fenetre.statusBar().currentMessage() == "Export annulé : aucun fichier n'a été écrit."
    assert not [b for b in fenetre.findChildren(QMessageBox) if b.isVisible()]
    assert fenetre.calendriers.action_exporter.isEnabled()


def test_importer_un_calendrier_montre_sa_couche_dans_la_frise(qtbot, fenetre):
    fenetre.onglets.setCurrentIndex(1)
    action(fenetre, "fichier", "Importer un calendrier").trigger()
    dialogue = fenetre.calendriers.dialogue_import
    dialogue.definir_fichier(str(DONNEES / "festival_v1.ics"))
    assert dialogue.source.currentText() == "Festival d'été de Québec"  # X-WR-CALNAME
    with qtbot.waitSignal(fenetre.calendriers.import_termine, timeout=DELAI_MS):
        qtbot.mouseClick(dialogue.bouton_importer, Qt.MouseButton.LeftButton)

    assert fenetre.onglets.currentIndex() == ANNEE
    assert len(lignes_de_source(fenetre, "Festival d'été de Québec")) == 4
    assert fenetre.statusBar().currentMessage() == (
        "Calendrier « Festival d'été de Québec » importé : 4 événements ajoutés, "
        "0 mis à jour, 0 retirés, 0 inchangés."
    )
    assert [a.text() for a in fenetre.menu_sources.actions()] == ["Festival d'été de Québec"]


def test_reimporter_depuis_la_gestion_met_a_jour_sans_doubler(qtbot, fenetre):
    with qtbot.waitSignal(fenetre.calendriers.import_termine, timeout=DELAI_MS):
        fenetre.calendriers.importer_depuis(DONNEES / "festival_v1.ics", "Festival")
    action(fenetre, "fichier", "Calendriers des partenaires").trigger()
    gestion = fenetre.calendriers.dialogue_sources
    assert gestion.sources() == ["Festival"]
    assert gestion.table.item(0, 1).text() == "4"
    qtbot.mouseClick(gestion.bouton_reimporter, Qt.MouseButton.LeftButton)
    dialogue = fenetre.calendriers.dialogue_import
    assert dialogue.source.currentText() == "Festival"
    assert dialogue.fichier.text() == str(DONNEES / "festival_v1.ics")  # le dernier fichier
    dialogue.definir_fichier(str(DONNEES / "festival_v2.ics"))
    with qtbot.waitSignal(fenetre.calendriers.import_termine, timeout=DELAI_MS) as signal:
        qtbot.mouseClick(dialogue.bouton_importer, Qt.MouseButton.LeftButton)
    bilan = signal.args[0]
    assert bilan.ajoutes + bilan.modifies + bilan.supprimes > 0
    assert gestion.sources() == ["Festival"]
    assert [s.nom for s in sources(fenetre.session.depot)] == ["Festival"]
    assert str(bilan.modifies) + " mis à jour" in fenetre.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("fichier", "message"),
    [
        (
            "pas_ical.ics",
            "« pas_ical.ics » n'est pas un fichier iCalendar : il ne commence pas par "
            "BEGIN:VCALENDAR.",
        ),
        (
            "interval_zero.ics",
            "L'événement « Sur place » (UID d@p) de « interval_zero.ics » a une récurrence "
            "qui n'avance pas (INTERVAL=0) : le fichier est refusé.",
        ),
    ],
)
def test_un_fichier_hostile_donne_une_phrase_et_ne_change_rien(qtbot, fenetre, fichier, message):
    with qtbot.waitSignal(fenetre.calendriers.import_termine, timeout=DELAI_MS):
        fenetre.calendriers.importer_depuis(DONNEES / "festival_v1.ics", "Festival")
    avant = sources(fenetre.session.depot)
    with qtbot.waitSignal(fenetre.calendriers.tache_echouee, timeout=DELAI_MS):
        fenetre.calendriers.importer_depuis(DONNEES / fichier, "Festival")
    boites = [b for b in fenetre.findChildren(QMessageBox) if b.isVisible()]
    assert [b.text() for b in boites] == [message]
    assert sources(fenetre.session.depot) == avant
    assert len(lignes_de_source(fenetre, "Festival")) == 4
    assert fenetre.calendriers.action_importer.isEnabled()


def test_reimporter_une_source_masquee_la_remontre(qtbot, fenetre):
    with qtbot.waitSignal(fenetre.calendriers.import_termine, timeout=DELAI_MS):
        fenetre.calendriers.importer_depuis(DONNEES / "festival_v1.ics", "Festival")
    (couche,) = fenetre.menu_sources.actions()
    couche.setChecked(False)  # Affichage ▸ Calendriers des partenaires ▸ Festival
    assert lignes_de_source(fenetre, "Festival") == []
    with qtbot.waitSignal(fenetre.calendriers.import_termine, timeout=DELAI_MS):
        fenetre.calendriers.importer_depuis(DONNEES / "festival_v1.ics", "Festival")
    assert len(lignes_de_source(fenetre, "Festival")) == 4
    assert fenetre.menu_sources.actions()[0].isChecked()


def test_retirer_une_source_apres_confirmation(qtbot, fenetre):
    with qtbot.waitSignal(fenetre.calendriers.import_termine, timeout=DELAI_MS):
        fenetre.calendriers.importer_depuis(DONNEES / "festival_v1.ics", "Festival")
    slugs = lignes_de_source(fenetre, "Festival")
    assert len(slugs) == 4
    gestion = fenetre.calendriers.gerer_sources()
    gestion.choisir("Festival")

    # Annuler la confirmation ne retire rien.
    qtbot.mouseClick(gestion.bouton_retirer, Qt.MouseButton.LeftButton)
    confirmation = gestion.confirmation
    assert "« Festival »" in confirmation.text()
    qtbot.mouseClick(
        confirmation.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert gestion.sources() == ["Festival"]

    qtbot.mouseClick(gestion.bouton_retirer, Qt.MouseButton.LeftButton)
    retirer = next(b for b in gestion.confirmation.buttons() if b.text() == "Retirer")
    with qtbot.waitSignal(fenetre.calendriers.source_retiree):
        qtbot.mouseClick(retirer, Qt.MouseButton.LeftButton)
    assert gestion.sources() == []
    assert gestion.vide.isVisible()
    assert sources(fenetre.session.depot) == []
    assert all(fenetre.vue_annee.rect_ligne(s).isEmpty() for s in slugs)
    assert len(fenetre.session.campagnes()) == 13  # nos campagnes ne bougent pas


def test_un_dossier_introuvable_donne_la_phrase_du_domaine(qtbot, fenetre, tmp_path):
    sortie = tmp_path / "absent" / "plan.ics"
    dialogue = ouvrir_dialogue_export(qtbot, fenetre)
    dialogue.definir_fichier(str(sortie))
    with qtbot.waitSignal(fenetre.calendriers.tache_echouee, timeout=DELAI_MS):
        qtbot.mouseClick(dialogue.bouton_exporter, Qt.MouseButton.LeftButton)
    boites = [b for b in fenetre.findChildren(QMessageBox) if b.isVisible()]
    assert [b.text() for b in boites] == [
        f"Impossible d'écrire « {sortie} » : le dossier « {sortie.parent} » n'existe pas."
    ]
    assert not sortie.parent.exists()


def test_oublier_un_profil_le_retire_de_la_liste(qtbot, fenetre, tmp_path):
    dialogue = ouvrir_dialogue_export(qtbot, fenetre)
    dialogue.profil.setEditText("Festivals")
    dialogue.definir_fichier(str(tmp_path / "festivals.ics"))
    exporter(qtbot, fenetre, dialogue)
    dialogue = ouvrir_dialogue_export(qtbot, fenetre)
    assert dialogue.profil.currentText() == "Festivals"
    qtbot.mouseClick(dialogue.bouton_oublier, Qt.MouseButton.LeftButton)
    assert dialogue.profil.count() == 0
    dialogue.reject()
    dialogue = ouvrir_dialogue_export(qtbot, fenetre)
    assert dialogue.profil.currentText() == ""
    assert dialogue.fichier.text() == ""
    assert "Festivals" not in fenetre.calendriers.profils()


def test_rouvrir_le_dialogue_remplace_l_ancien(qtbot, fenetre):
    premier = ouvrir_dialogue_export(qtbot, fenetre)
    detruits = []
    premier.destroyed.connect(lambda: detruits.append(True))
    second = ouvrir_dialogue_export(qtbot, fenetre)
    qtbot.waitUntil(lambda: detruits == [True])
    assert fenetre.calendriers.dialogue_export is second
    assert second.isVisible()
