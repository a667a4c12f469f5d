"""Le suivi du plan piloté dans la fenêtre : indicateurs, avertissements, année suivante, gabarits."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialogButtonBox, QLineEdit

from campagnes.depot import Depot
from campagnes.indicateurs import Indicateur, indicateurs
from campagnes.modele import Campagne, Jalon, Materiel, PublicCible, Recurrence
from campagnes.verifications import ecartes
from ui.editeur import EditeurCampagne
from ui.fenetre import ANNEE, CAMPAGNES, FenetrePrincipale
from ui.reglages import Reglages
from ui.session import Session
from ui.suivi_indicateurs import CIBLE, DATE_MESURE, NOM, REFERENCE, RESULTAT, SOURCE, UNITE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

AUJOURDHUI = date(2027, 1, 15)
ANNEE_PLAN = 2027
CONFLIT_4_MARS = ("semaine-nationale", "journee-4-mars")


@pytest.fixture
def ouvrir(qtbot, chemin_base: Path, tmp_path: Path):
    """Ouvre une fenêtre sur la base du test, comme au démarrage de l'application."""
    ouvertes = []

    def _ouvrir() -> FenetrePrincipale:
        depot = Depot.ouvrir(chemin_base)
        reglages = Reglages(QSettings(str(tmp_path / "r.ini"), QSettings.Format.IniFormat))
        f = FenetrePrincipale(Session(depot), reglages, annee=ANNEE_PLAN, aujourd_hui=AUJOURDHUI)
        qtbot.addWidget(f)
        f.show()
        f.activateWindow()
        qtbot.waitActive(f)
        ouvertes.append(depot)
        return f

    yield _ouvrir
    for depot in ouvertes:
        depot.fermer()


@pytest.fixture
def fenetre(ouvrir) -> FenetrePrincipale:
    return ouvrir()


def cliquer(qtbot, bouton) -> None:
    qtbot.mouseClick(bouton, Qt.MouseButton.LeftButton)


def ok(dialogue):
    return dialogue.boutons.button(QDialogButtonBox.StandardButton.Ok)


def taper(champ, texte: str) -> None:
    """Tape au clavier, accents compris (QTest.keyClicks ne connaît que l'ASCII)."""
    for caractere in texte:
        for genre in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            evenement = QKeyEvent(
                genre, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, caractere
            )
            QApplication.sendEvent(champ, evenement)


def saisir_cellule(qtbot, table, ligne: int, colonne: int, texte: str) -> None:
    """Double-clic dans la cellule, on tape, Entrée : comme au clavier."""
    if table.state() != QAbstractItemView.State.EditingState:  # « Ajouter » ouvre déjà le nom
        table.setCurrentCell(ligne, colonne)
        table.editItem(table.item(ligne, colonne))
    assert table.currentColumn() == colonne
    champ = next(c for c in table.viewport().findChildren(QLineEdit) if c.isVisible())
    champ.selectAll()
    taper(champ, texte)
    qtbot.keyClick(champ, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert table.item(ligne, colonne).text() == texte


def choisir_dans_la_liste(fenetre: FenetrePrincipale, slug: str) -> None:
    fenetre.onglets.setCurrentIndex(CAMPAGNES)
    vue = fenetre.vue_campagnes
    vue.table.setCurrentIndex(vue.modele.index(vue.modele.ligne_de(slug), 0))
    assert fenetre._slug_choisi == slug


# --- indicateurs --------------------------------------------------------------------------------


def test_indicateur_saisi_dans_l_editeur_retrouve_a_la_reouverture(qtbot, fenetre):
    editeur = fenetre.modifier_campagne("journee-4-mars")
    page = editeur.page_indicateurs
    editeur.onglets.setCurrentWidget(page)
    assert editeur.onglets.tabText(editeur.onglets.currentIndex()) == "Indicateurs"
    editeur.responsable.setText("Direction des communications")
    cliquer(qtbot, page.bouton_ajouter)
    table = page.table
    for colonne, texte in (
        (NOM, "Appels à la ligne Info-aide"),
        (UNITE, "appels"),
        (REFERENCE, "1 200"),
        (CIBLE, "abc"),
        (RESULTAT, "1 620"),
        (SOURCE, "Info-aide violence sexuelle"),
        (DATE_MESURE, "2027-04-04"),
    ):
        saisir_cellule(qtbot, table, 0, colonne, texte)
    # Mauvaise cible : message à côté du tableau, rien n'est écrit, l'éditeur reste ouvert.
    attendu = (
        "Ligne 1 (« Appels à la ligne Info-aide ») : la cible « abc » n'est pas un nombre "
        "(ex. 1 250 ou 12,5)."
    )
    assert page.erreur.isVisible() and page.erreur.text() == attendu
    cliquer(qtbot, editeur.boutons.button(QDialogButtonBox.StandardButton.Save))
    assert editeur.isVisible()
    assert fenetre.session.depot.campagne("journee-4-mars").responsable == ""
    assert indicateurs(fenetre.session.depot, "journee-4-mars") == []

    saisir_cellule(qtbot, table, 0, CIBLE, "1 500")
    assert not page.erreur.isVisible()
    assert page.etat(0) == "cible atteinte"
    cliquer(qtbot, editeur.boutons.button(QDialogButtonBox.StandardButton.Save))
    assert not editeur.isVisible()

    attendu_ind = Indicateur(
        nom="Appels à la ligne Info-aide",
        unite="appels",
        reference=1200,
        cible=1500,
        resultat=1620,
        source="Info-aide violence sexuelle",
        date_mesure=date(2027, 4, 4),
    )
    rouvert = fenetre.modifier_campagne("journee-4-mars")
    rouvert.onglets.setCurrentWidget(rouvert.page_indicateurs)
    assert rouvert.page_indicateurs.table.rowCount() == 1
    assert rouvert.page_indicateurs.indicateurs_saisis() == [attendu_ind]
    assert rouvert.page_indicateurs.etat(0) == "cible atteinte"
    # Un résultat sous la cible se voit tout de suite.
    saisir_cellule(qtbot, rouvert.page_indicateurs.table, 0, RESULTAT, "1 300")
    assert rouvert.page_indicateurs.etat(0) == "cible non atteinte"
    rouvert.reject()

    # Campagne et indicateurs forment UNE action : Ctrl+Z défait les deux.
    pile = fenetre.session.pile
    assert (
        pile.undoText()
        == "Modifier « Journée de la lutte contre l'exploitation sexuelle des mineurs »"
    )
    fenetre.action_annuler.trigger()
    assert indicateurs(fenetre.session.depot, "journee-4-mars") == []
    assert fenetre.session.depot.campagne("journee-4-mars").responsable == ""
    fenetre.action_retablir.trigger()
    assert [i.nom for i in indicateurs(fenetre.session.depot, "journee-4-mars")] == [
        "Appels à la ligne Info-aide"
    ]
    assert fenetre.session.depot.campagne("journee-4-mars").responsable == (
        "Direction des communications"
    )


def test_resultat_sans_date_refuse_a_cote_du_tableau(qtbot, fenetre):
    editeur = fenetre.modifier_campagne("journee-4-mars")
    page = editeur.page_indicateurs
    editeur.onglets.setCurrentWidget(page)
    cliquer(qtbot, page.bouton_ajouter)
    saisir_cellule(qtbot, page.table, 0, NOM, "Visites du site")
    saisir_cellule(qtbot, page.table, 0, RESULTAT, "12,5")
    assert page.erreur.text() == (
        "Indicateur « Visites du site » : indiquez la date de mesure du résultat."
    )
    cliquer(qtbot, editeur.boutons.button(QDialogButtonBox.StandardButton.Save))
    assert editeur.isVisible()
    assert fenetre.session.pile.count() == 0


# --- avertissements -----------------------------------------------------------------------------


def element_du_conflit(panneau):
    for i in range(panneau.liste.count()):
        element = panneau.liste.item(i)
        if element.data(Qt.ItemDataRole.UserRole).slugs == CONFLIT_4_MARS:
            return element
    return None


def test_avertissement_du_4_mars_liste_clique_ecarte_puis_montre(qtbot, fenetre):
    panneau = fenetre.panneau_avertissements
    assert panneau.isVisible()
    actifs = len(panneau.actifs())
    assert actifs >= 1
    assert fenetre.onglets.tabText(ANNEE) == f"Année (⚠ {actifs})"
    element = element_du_conflit(panneau)
    assert element is not None
    assert element.text() == (
        "« Semaine nationale de la lutte contre l'exploitation sexuelle des mineurs » et "
        "« Journée de la lutte contre l'exploitation sexuelle des mineurs » visent le même public "
        "(Ensemble de la population) et passent par les mêmes canaux (Médias sociaux, Médias "
        "traditionnels et Web) la semaine du 1er mars 2027."
    )

    # Un clic : la frise sélectionne la campagne concernée, la fenêtre la choisit.
    fenetre.onglets.setCurrentIndex(CAMPAGNES)
    panneau.liste.scrollToItem(element)
    rect = panneau.liste.visualItemRect(element)
    qtbot.mouseClick(panneau.liste.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert fenetre.onglets.currentIndex() == ANNEE
    assert fenetre.vue_annee.slug_selectionne() == "semaine-nationale"
    assert fenetre._slug_choisi == "semaine-nationale"

    # Écarter sans raison : refusé à côté du champ ; avec raison : disparaît, raison gardée.
    cliquer(qtbot, panneau.bouton_ecarter)
    dialogue = panneau.dialogue
    assert dialogue is not None and dialogue.isVisible()
    cliquer(qtbot, ok(dialogue))
    assert dialogue.isVisible()
    assert dialogue.erreur.text() == "Indiquez pourquoi vous écartez cet avertissement."
    taper(dialogue.raison, "La journée fait partie de la semaine nationale.")
    cliquer(qtbot, ok(dialogue))
    qtbot.waitUntil(lambda: panneau.dialogue is None)
    assert element_du_conflit(panneau) is None
    assert fenetre.onglets.tabText(ANNEE) == f"Année (⚠ {actifs - 1})"
    gardes = ecartes(fenetre.session.depot)
    assert [e["raison"] for e in gardes.values()] == [
        "La journée fait partie de la semaine nationale."
    ]

    # « Montrer les écartés » le fait revenir, marqué avec sa raison.
    cliquer(qtbot, panneau.montrer_ecartes)
    revenu = element_du_conflit(panneau)
    assert revenu is not None
    assert revenu.text().endswith("— écarté : La journée fait partie de la semaine nationale.")
    assert fenetre.onglets.tabText(ANNEE) == f"Année (⚠ {actifs - 1})"


def test_avertissements_suivent_les_modifications(qtbot, fenetre):
    panneau = fenetre.panneau_avertissements
    assert element_du_conflit(panneau) is not None
    # Supprimer la journée du 4 mars : son conflit disparaît ; Ctrl+Z : il revient.
    assert fenetre.session.supprimer("journee-4-mars")
    qtbot.waitUntil(lambda: element_du_conflit(panneau) is None)
    fenetre.action_annuler.trigger()
    qtbot.waitUntil(lambda: element_du_conflit(panneau) is not None)
    # Une autre année n'a pas les mêmes avertissements : le titre suit.
    fenetre.annee_choisie.setValue(1990)
    qtbot.waitUntil(lambda: panneau.liste.count() == 0)
    assert fenetre.onglets.tabText(ANNEE) == "Année"


def test_le_conflit_du_4_mars_marque_ses_deux_lignes_dans_la_frise(qtbot, fenetre):
    panneau = fenetre.panneau_avertissements
    vue = fenetre.vue_annee
    fenetre.onglets.setCurrentIndex(ANNEE)
    conflit = element_du_conflit(panneau).data(Qt.ItemDataRole.UserRole)
    assert conflit.jour == date(2027, 3, 1)
    for slug in CONFLIT_4_MARS:
        rect = vue.rect_marqueur(slug, conflit.jour)
        assert not rect.isEmpty(), f"pas de marqueur sur {slug}"
        assert vue.rect_ligne(slug).contains(rect.center())
        assert conflit.message in vue.texte_infobulle(rect.center())

    # Écarté : son texte quitte les triangles des deux lignes.
    panneau.liste.setCurrentItem(element_du_conflit(panneau))
    dialogue = panneau.ecarter_choisi()
    taper(dialogue.raison, "La journée fait partie de la semaine nationale.")
    cliquer(qtbot, ok(dialogue))
    qtbot.waitUntil(lambda: panneau.dialogue is None)
    for slug in CONFLIT_4_MARS:
        rect = vue.rect_marqueur(slug, conflit.jour)
        assert conflit.message not in vue.texte_infobulle(rect.center())
    # La journée du 4 mars a d'autres avertissements ce lundi-là : son triangle part
    # quand le dernier est écarté.
    restants = [a for a in panneau.actifs() if "journee-4-mars" in a.slugs]
    assert restants
    for a in restants:
        panneau.liste.setCurrentItem(
            next(
                panneau.liste.item(i)
                for i in range(panneau.liste.count())
                if panneau.liste.item(i).data(Qt.ItemDataRole.UserRole).ident == a.ident
            )
        )
        dialogue = panneau.ecarter_choisi()
        taper(dialogue.raison, "Coordonnées avec le partenaire.")
        cliquer(qtbot, ok(dialogue))
        qtbot.waitUntil(lambda: panneau.dialogue is None)
    assert vue.rect_marqueur("journee-4-mars", conflit.jour).isEmpty()
    # La semaine nationale garde le sien : son conflit avec les campagnes
    # multiplateformes, le même lundi, n'est pas écarté.
    assert any("semaine-nationale" in a.slugs for a in panneau.actifs())
    assert not vue.rect_marqueur("semaine-nationale", conflit.jour).isEmpty()


def test_cliquer_un_marqueur_choisit_ses_avertissements_dans_la_liste(qtbot, fenetre):
    panneau = fenetre.panneau_avertissements
    vue = fenetre.vue_annee
    fenetre.onglets.setCurrentIndex(ANNEE)
    conflit = element_du_conflit(panneau).data(Qt.ItemDataRole.UserRole)
    attendus = {
        a.ident for a in panneau.actifs() if "journee-4-mars" in a.slugs and a.jour == conflit.jour
    }
    assert conflit.ident in attendus and len(attendus) >= 2
    assert panneau.choisi() is None
    point = vue.rect_marqueur("journee-4-mars", conflit.jour).center() + QPoint(0, 1)
    # Plusieurs avertissements sous le même triangle : chaque clic passe au suivant.
    vus = []
    for _ in attendus:
        qtbot.mouseClick(vue.viewport(), Qt.MouseButton.LeftButton, pos=point)
        choisi = panneau.choisi()
        assert choisi is not None
        vus.append(choisi.ident)
        assert fenetre._slug_choisi == "journee-4-mars"
    assert set(vus) == attendus
    qtbot.mouseClick(vue.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert panneau.choisi().ident == vus[0]


# --- année suivante ------------------------------------------------------------------------------


def campagne_ponctuelle() -> Campagne:
    return Campagne(
        slug="forum-2027",
        titre="Forum régional 2027",
        recurrence=Recurrence(date(2027, 10, 4), date(2027, 10, 5)),
        statut="terminee",
        publics=[PublicCible("Ensemble de la population", "", "")],
        materiels=[Materiel(titre="Affiche du forum", type="affiche", echeance=date(2027, 9, 6))],
        jalons=[Jalon("Réserver la salle", 60)],
    )


def test_annee_suivante_apercu_puis_creation_sans_doublon(qtbot, fenetre):
    session = fenetre.session
    assert session.creer(campagne_ponctuelle())
    fenetre.action_preparer_annee_suivante.trigger()
    dialogue = fenetre.dialogue_annee_suivante
    assert dialogue.isVisible() and dialogue.annee.value() == 2027
    table = dialogue.table
    assert table.rowCount() == 1
    textes = [table.item(0, c).text() for c in range(table.columnCount())]
    assert textes[:4] == [
        "Forum régional 2027",
        "Forum régional 2028",
        "du 4 au 5 octobre 2027",
        "du 2 au 3 octobre 2028",
    ]
    assert textes[4].startswith("52 semaines plus tard, premier lundi d'octobre comme l'an dernier")
    assert "1 matériel(s), 1 jalon(s)" in textes[4]
    assert not session.existe("forum-2028")  # l'aperçu n'a rien écrit

    cliquer(qtbot, dialogue.bouton_creer)
    qtbot.waitUntil(lambda: fenetre.dialogue_annee_suivante is None)
    copie = session.campagne("forum-2028")
    assert copie.statut == "planifiee"
    assert copie.recurrence == Recurrence(date(2028, 10, 2), date(2028, 10, 3))
    assert copie.materiels[0].echeance == date(2028, 9, 4)
    assert copie.materiels[0].statut == "a_produire"
    # La liste et la frise de 2028 la montrent.
    fenetre.onglets.setCurrentIndex(CAMPAGNES)
    assert fenetre.vue_campagnes.modele.ligne_de("forum-2028") is not None
    fenetre.annee_choisie.setValue(2028)
    fenetre.onglets.setCurrentIndex(ANNEE)
    fenetre.vue_annee.selectionner("forum-2028")
    assert fenetre.vue_annee.slug_selectionne() == "forum-2028"

    # Relancer : rien à créer, bouton Créer éteint.
    fenetre.annee_choisie.setValue(2027)
    fenetre.action_preparer_annee_suivante.trigger()
    dialogue = fenetre.dialogue_annee_suivante
    assert dialogue.table.rowCount() == 0
    assert not dialogue.bouton_creer.isEnabled()
    assert "1 campagne(s) déjà copiée(s)" in dialogue.resume.text()
    dialogue.reject()
    assert sum(c.slug.startswith("forum") for c in session.campagnes()) == 2

    # Ctrl+Z retire la copie ; rétablir la refait, une seule fois.
    fenetre.action_annuler.trigger()
    assert not session.existe("forum-2028")
    assert session.existe("forum-2027")
    fenetre.action_retablir.trigger()
    assert session.campagne("forum-2028").recurrence.debut == date(2028, 10, 2)
    assert sum(c.slug.startswith("forum") for c in session.campagnes()) == 2


# --- gabarits -----------------------------------------------------------------------------------


def test_gabarit_enregistre_puis_campagne_creee_depuis_lui(qtbot, fenetre):
    session = fenetre.session
    semaine = session.campagne("semaine-nationale")
    semaine.materiels = [Materiel(titre="Trousse média", type="communique", delai_jours=30)]
    assert session.modifier(semaine)
    choisir_dans_la_liste(fenetre, "semaine-nationale")

    fenetre.action_enregistrer_gabarit.trigger()
    dialogue = fenetre.dialogue_gabarit
    dialogue.nom.clear()
    qtbot.keyClicks(dialogue.nom, "Semaine type")
    cliquer(qtbot, ok(dialogue))
    qtbot.waitUntil(lambda: fenetre.dialogue_gabarit is None)
    # Le même nom une seconde fois : refusé, à côté du champ.
    fenetre.action_enregistrer_gabarit.trigger()
    dialogue = fenetre.dialogue_gabarit
    dialogue.nom.setText("Semaine type")
    cliquer(qtbot, ok(dialogue))
    assert dialogue.isVisible()
    assert dialogue.erreur.text() == (
        "Un gabarit s'appelle déjà « Semaine type » ; choisissez un autre nom."
    )
    dialogue.reject()

    fenetre.action_depuis_gabarit.trigger()
    dialogue = fenetre.dialogue_gabarit
    assert dialogue.gabarit.currentText() == "Semaine type"
    dialogue.debut.setDate(QDate(2027, 10, 4))
    cliquer(qtbot, ok(dialogue))  # sans titre
    assert dialogue.erreur.text() == "Le titre ne peut pas être vide."
    taper(dialogue.titre, "Semaine régionale de Laval")
    assert dialogue.apercu.text().startswith("du 4 au 10 octobre 2027 ; 1 public(s)")
    cliquer(qtbot, ok(dialogue))
    qtbot.waitUntil(lambda: fenetre.dialogue_gabarit is None)

    nouvelle = session.campagne("semaine-regionale-de-laval")
    assert nouvelle.recurrence == Recurrence(date(2027, 10, 4), date(2027, 10, 10))
    assert nouvelle.noms_publics == semaine.noms_publics
    assert nouvelle.canaux == semaine.canaux
    assert [(m.titre, m.delai_jours) for m in nouvelle.materiels] == [("Trousse média", 30)]
    assert fenetre._slug_choisi == "semaine-regionale-de-laval"
    fenetre.action_annuler.trigger()
    assert not session.existe("semaine-regionale-de-laval")


def test_sans_gabarit_le_dialogue_le_dit(qtbot, fenetre):
    dialogue = fenetre.action_depuis_gabarit.trigger() or fenetre.dialogue_gabarit
    assert dialogue.erreur.text() == (
        "Aucun gabarit : enregistrez d'abord une campagne comme gabarit."
    )
    assert not ok(dialogue).isEnabled()


def test_editeur_seul_sans_onglet_indicateurs(qtbot):
    """L'éditeur ouvert hors de la fenêtre (sans session) reste tel quel."""
    depot = Depot.ouvrir(None)
    from ui.editeur import Choix

    choix = Choix([], [], [], [], [], set())
    editeur = EditeurCampagne(depot.campagne("journee-4-mars"), choix)
    qtbot.addWidget(editeur)
    titres = [editeur.onglets.tabText(i) for i in range(editeur.onglets.count())]
    assert "Indicateurs" not in titres
    depot.fermer()
