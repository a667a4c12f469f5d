"""La fiabilité vue de la fenêtre : sauvegarder, restaurer, deux fenêtres, lecture seule, avis."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from campagnes.depot import Depot
from campagnes.sauvegardes import dossier_sauvegardes, lister_sauvegardes
from tests.outils_fiabilite import RACINE, environnement
from ui.fenetre import ANNEE, CAMPAGNES, FenetrePrincipale
from ui.modele_campagnes import ModeleCampagnes
from ui.reglages import Reglages
from ui.session import Session

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SLUG = "journee-4-mars"


@pytest.fixture
def ouvrir(qtbot, chemin_base: Path, tmp_path: Path):
    """Ouvre une fenêtre comme au démarrage ; plusieurs appels = plusieurs instances."""
    ouverts: list[Depot] = []

    def _ouvrir(lecture_seule: bool = False, depot: Depot | None = None) -> FenetrePrincipale:
        depot = depot or Depot.ouvrir(chemin_base, lecture_seule=lecture_seule)
        reglages = Reglages(
            QSettings(str(tmp_path / f"r{len(ouverts)}.ini"), QSettings.Format.IniFormat)
        )
        f = FenetrePrincipale(Session(depot), reglages, annee=2027, aujourd_hui=date(2027, 1, 15))
        qtbot.addWidget(f)
        f.show()
        qtbot.waitExposed(f)
        ouverts.append(depot)
        return f

    yield _ouvrir
    for depot in ouverts:
        depot.fermer()


def message(fenetre: FenetrePrincipale) -> str:
    return fenetre.statusBar().currentMessage()


def supprimer_depuis_la_fenetre(fenetre: FenetrePrincipale, slug: str) -> None:
    fenetre.onglets.setCurrentIndex(CAMPAGNES)
    fenetre.vue_campagnes.selectionner(slug)
    assert fenetre.action_supprimer.isEnabled()
    fenetre.action_supprimer.trigger()


# --- sauvegarder, restaurer ---------------------------------------------------------------


def test_restaurer_depuis_le_dialogue_ramene_les_campagnes_supprimees(qtbot, ouvrir, chemin_base):
    f = ouvrir()
    f.fiabilite.action_sauvegarder.trigger()
    assert message(f).startswith("Sauvegarde faite : plan-")
    assert "(13 campagnes)" in message(f)
    titre = f.session.campagne(SLUG).titre
    supprimer_depuis_la_fenetre(f, SLUG)
    supprimer_depuis_la_fenetre(f, "semaine-nationale")
    assert f.session.depot.nombre_campagnes() == 11

    actions = [a.text() for a in f.menus["fichier"].actions()]
    assert "&Restaurer une sauvegarde…" in actions and "Sau&vegarder maintenant" in actions
    f.fiabilite.action_restaurer.trigger()
    dialogue = f.fiabilite.dialogue
    assert dialogue is not None and dialogue.isVisible()
    assert dialogue.table.rowCount() == 1
    assert dialogue.table.item(0, 1).text() == "à la demande"
    assert dialogue.table.item(0, 2).text() == "13"
    apercu = dialogue.apercu.toPlainText()
    assert "13 campagne(s)" in apercu
    assert "Reviendraient (absentes du plan ouvert) :" in apercu and titre in apercu

    qtbot.mouseClick(dialogue.bouton_restaurer, Qt.MouseButton.LeftButton)
    confirmation = dialogue.confirmation
    assert confirmation is not None and confirmation.isVisible()
    assert "d'abord sauvegardé" in confirmation.informativeText()
    assert f.session.depot.nombre_campagnes() == 11  # rien avant la confirmation
    qtbot.mouseClick(dialogue.bouton_oui, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: f.session.existe(SLUG), timeout=10_000)
    assert f.session.existe("semaine-nationale")
    assert f.fiabilite.dialogue is None or not f.fiabilite.dialogue.isVisible()
    assert message(f).startswith("Sauvegarde restaurée : 13 campagne(s).")
    assert "L'état précédent est gardé dans" in message(f)
    assert not f.session.pile.canUndo()  # annuler une suppression d'avant n'a plus de sens
    f.onglets.setCurrentIndex(CAMPAGNES)
    assert f.vue_campagnes.modele.ligne_de(SLUG) is not None
    motifs = [s.motif for s in lister_sauvegardes(chemin_base)]
    assert motifs == ["avant-restauration", "manuelle"]
    avant = lister_sauvegardes(chemin_base)[0]
    assert avant.nombre_campagnes == 11  # l'état d'avant n'est pas perdu


def test_refuser_la_confirmation_ne_restaure_rien(qtbot, ouvrir, chemin_base):
    f = ouvrir()
    f.fiabilite.action_sauvegarder.trigger()
    supprimer_depuis_la_fenetre(f, SLUG)
    dialogue = f.fiabilite.ouvrir_dialogue()
    boite = dialogue.demander_confirmation()
    annuler = next(b for b in boite.buttons() if b.text() == "Annuler")
    qtbot.mouseClick(annuler, Qt.MouseButton.LeftButton)
    assert not f.session.existe(SLUG)
    assert [s.motif for s in lister_sauvegardes(chemin_base)] == ["manuelle"]


def test_une_copie_illisible_est_marquee_et_ne_se_restaure_pas(qtbot, ouvrir, chemin_base):
    f = ouvrir()
    dossier = dossier_sauvegardes(chemin_base)
    dossier.mkdir()
    (dossier / "plan-20270101-120000-000000-auto.sqlite").write_bytes(b"pas une base" * 100)
    dialogue = f.fiabilite.ouvrir_dialogue()
    assert dialogue.table.rowCount() == 1
    assert dialogue.table.item(0, 2).text() == "illisible"
    assert "Cette copie est illisible" in dialogue.apercu.toPlainText()
    assert not dialogue.bouton_restaurer.isEnabled()


def test_sauvegarde_automatique_au_demarrage(qtbot, ouvrir, chemin_base):
    f = ouvrir()
    f.fiabilite.sauvegarde_automatique(True)
    assert [s.motif for s in lister_sauvegardes(chemin_base)] == ["auto"]
    f.fiabilite.sauvegarde_automatique(True)  # rien n'a changé : pas de seconde copie
    assert len(lister_sauvegardes(chemin_base)) == 1


# --- deux fenêtres sur le même fichier ---------------------------------------------------


def test_une_modification_faite_dans_l_autre_fenetre_apparait_au_sondage(qtbot, ouvrir):
    a, b = ouvrir(), ouvrir()
    b.onglets.setCurrentIndex(CAMPAGNES)
    campagne = a.session.campagne(SLUG)
    campagne.responsable = "Écrit dans la fenêtre A"
    assert a.session.modifier(campagne)
    assert not a.fiabilite.sonder()  # sa propre écriture n'est pas « ailleurs »

    b.fiabilite.minuterie_sondage.setInterval(50)
    modele = b.vue_campagnes.modele
    qtbot.waitUntil(
        lambda: (
            modele.index(modele.ligne_de(SLUG), ModeleCampagnes.RESPONSABLE).data()
            == "Écrit dans la fenêtre A"
        ),
        timeout=5000,
    )
    assert message(b) == (
        "Plan modifié dans une autre fenêtre ou sur un autre poste : affichage relu."
    )
    # Une suppression aussi.
    assert a.session.supprimer("semaine-nationale")
    qtbot.waitUntil(lambda: not b.session.existe("semaine-nationale"), timeout=5000)


def test_modification_concurrente_de_la_meme_campagne_expliquee_rien_d_ecrase(qtbot, ouvrir):
    a, b = ouvrir(), ouvrir()
    b.fiabilite.minuterie_sondage.stop()  # B n'a pas encore vu la modification de A
    editeur_b = b.modifier_campagne(SLUG)
    editeur_b.responsable.setText("Saisi dans B")

    editeur_a = a.modifier_campagne(SLUG)
    editeur_a.responsable.setText("Saisi dans A")
    qtbot.mouseClick(
        editeur_a.boutons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not editeur_a.isVisible()

    qtbot.mouseClick(
        editeur_b.boutons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    boites = [w for w in editeur_b.findChildren(QMessageBox) if w.isVisible()]
    assert len(boites) == 1
    assert "a été modifiée ailleurs (dans une autre fenêtre ou sur un autre poste)" in (
        boites[0].text()
    )
    assert editeur_b.isVisible()  # la saisie de B n'est pas perdue
    assert editeur_b.responsable.text() == "Saisi dans B"
    assert b.session.depot.campagne(SLUG).responsable == "Saisi dans A"  # rien d'écrasé
    assert b.session.campagne(SLUG).responsable == "Saisi dans A"  # B montre ce qui est écrit


# --- lecture seule ------------------------------------------------------------------------


def test_base_en_lecture_seule_bandeau_et_actions_desactivees(qtbot, ouvrir, chemin_base):
    Depot.ouvrir(chemin_base).fermer()
    f = ouvrir(lecture_seule=True)
    autre_module = QAction("Importer un calendrier…", f)
    autre_module.setProperty("modifie_plan", True)
    f.menus["fichier"].addAction(autre_module)
    qtbot.waitUntil(lambda: not autre_module.isEnabled())  # marquée par un autre module

    bandeau = f.fiabilite.bandeau
    assert bandeau is not None and bandeau.isVisible()
    assert bandeau.text().startswith(
        "<b>Lecture seule</b> : « plan.sqlite » ne peut pas être modifiée ici"
    )
    assert f.windowTitle().endswith("(lecture seule)")
    for action in (
        f.action_nouvelle,
        f.action_importer,
        f.action_modifier,
        f.action_supprimer,
        f.fiabilite.action_restaurer,
        f.action_preparer_annee_suivante,
        f.action_enregistrer_gabarit,
        f.action_depuis_gabarit,
        f.calendriers.action_importer,
    ):
        assert not action.isEnabled(), action.text()
    assert f.fiabilite.action_sauvegarder.isEnabled()  # copier reste possible

    f.onglets.setCurrentIndex(CAMPAGNES)
    f.vue_campagnes.selectionner(SLUG)
    assert not f.action_modifier.isEnabled() and not f.action_supprimer.isEnabled()
    assert f.modifier_campagne(SLUG) is None  # double-clic : pas d'éditeur
    assert message(f) == "Lecture seule : la campagne ne peut pas être modifiée."

    # La frise ne se glisse pas.
    f.onglets.setCurrentIndex(ANNEE)
    vue = f.vue_annee
    qtbot.waitUntil(lambda: not vue.rect_occurrence(SLUG).isEmpty())
    depart = vue.rect_occurrence(SLUG).center()
    arrivee = depart + QPoint(round(5 * vue.largeur_jour()), 0)
    with qtbot.assertNotEmitted(vue.occurrence_deplacee):
        qtbot.mousePress(vue.viewport(), Qt.MouseButton.LeftButton, pos=depart)
        qtbot.mouseMove(vue.viewport(), (depart + arrivee) / 2)
        qtbot.mouseMove(vue.viewport(), arrivee)
        qtbot.mouseRelease(vue.viewport(), Qt.MouseButton.LeftButton, pos=arrivee)
    assert f.session.depot.campagne(SLUG).recurrence.debut.day == 4


def test_base_modifiable_ni_bandeau_ni_actions_desactivees(qtbot, ouvrir):
    f = ouvrir()
    assert f.fiabilite.bandeau is None
    assert f.action_nouvelle.isEnabled() and f.fiabilite.action_restaurer.isEnabled()


# --- avis d'ouverture ---------------------------------------------------------------------


def pid_mort() -> int:
    enfant = subprocess.Popen([sys.executable, "-c", "pass"])
    enfant.wait()
    return enfant.pid


def test_avis_de_recuperation_apres_arret_brutal_montre_une_fois(qtbot, ouvrir, chemin_base):
    # Une session restée ouverte par un processus mort : ce que laisse un arrêt brutal.
    precedent = Depot.ouvrir(chemin_base)
    precedent.db.execute("UPDATE sessions SET pid = ?", [pid_mort()])
    precedent.db.conn.commit()
    precedent.db.close()

    f = ouvrir()
    qtbot.waitUntil(lambda: f.fiabilite.boite_avis is not None)
    boite = f.fiabilite.boite_avis
    assert boite.isVisible()
    assert boite.windowTitle() == "À l'ouverture du plan"
    assert "Campagnes ne s'était pas fermé normalement" in boite.text()
    assert "intacte et contient 13 campagne(s)" in boite.text()
    boite.accept()
    assert f.fiabilite.montrer_avis() is None  # une fois seulement


def test_sans_arret_brutal_aucun_avis(qtbot, ouvrir, chemin_base):
    Depot.ouvrir(chemin_base).fermer()
    f = ouvrir()
    qtbot.wait(20)
    assert f.fiabilite.boite_avis is None


def test_ecrire_soi_meme_apres_l_autre_fenetre_n_empeche_pas_de_relire(qtbot, ouvrir):
    a, b = ouvrir(), ouvrir()
    for f in (a, b):
        f.fiabilite.minuterie_sondage.stop()
        f.fiabilite.sonder()  # les ouvertures de session ne comptent pas
    assert b.session.supprimer("semaine-nationale")
    campagne = a.session.campagne(SLUG)
    campagne.responsable = "A, après B"
    assert a.session.modifier(campagne)  # A écrit avant d'avoir sondé
    assert a.fiabilite.sonder()
    assert not a.session.existe("semaine-nationale")


# --- démarrage ----------------------------------------------------------------------------

SCRIPT_DEMARRAGE = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from ui import demarrage
app, f = demarrage.preparer(Path(sys.argv[1]), Path(sys.argv[2]))
print("visible", f.isVisible(), f._chargement_differe, f.statusBar().currentMessage())
print("charges", sorted(m for m in ("holidays", "ui.editeur", "reportlab", "icalendar")
                        if m in sys.modules))
while f._chargement_differe:
    app.processEvents()
print("plan", len(f.vue_annee._lignes), repr(f.statusBar().currentMessage()))
f.session.depot.fermer()
"""


def test_le_demarrage_montre_la_fenetre_avant_de_lire_le_plan(chemin_base, tmp_path):
    """La fenêtre est visible, vide, avec « Lecture du plan… » ; la frise se remplit ensuite."""
    Depot.ouvrir(chemin_base).fermer()
    resultat = subprocess.run(
        [sys.executable, "-c", SCRIPT_DEMARRAGE, str(chemin_base), str(tmp_path / "journal")],
        capture_output=True,
        text=True,
        env={**environnement(), "XDG_CONFIG_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"},
        cwd=RACINE,
        timeout=120,
    )
    assert resultat.returncode == 0, resultat.stderr
    lignes = resultat.stdout.splitlines()
    assert lignes[0] == "visible True True Lecture du plan « plan.sqlite »…"
    # Ni les jours fériés, ni l'éditeur, ni les exports avant que la fenêtre soit visible.
    assert lignes[1] == "charges []"
    assert lignes[2] == "plan 13 ''"
    assert (tmp_path / "journal" / "campagnes.log").exists()


def test_une_sauvegarde_impossible_est_dite_sans_rien_casser(qtbot, ouvrir, chemin_base):
    f = ouvrir()
    dossier_sauvegardes(chemin_base).write_text("un fichier là où devrait être le dossier")
    f.fiabilite.sauvegarde_automatique(True)  # automatique : la barre d'état, pas de boîte
    assert message(f).startswith("Sauvegarde automatique impossible : Impossible de créer")
    assert not [w for w in f.findChildren(QMessageBox) if w.isVisible()]

    f.fiabilite.action_sauvegarder.trigger()  # demandée : une boîte qui dit pourquoi
    boites = [w for w in f.findChildren(QMessageBox) if w.isVisible()]
    assert len(boites) == 1
    assert boites[0].text().startswith("Impossible de créer la sauvegarde dans « ")
    assert f.session.depot.nombre_campagnes() == 13
