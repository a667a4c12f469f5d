"""La frise de l'année, pilotée comme un utilisateur : survol, clic, double clic, glisser."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolTip

from campagnes.calendrier import jours_feries, occurrences_campagne
from campagnes.modele import Campagne, Occurrence, Recurrence
from ui.vue_annee import HAUTEUR_MOIS, LigneAnnee, VueAnnee, lignes_campagnes

ANNEE = 2027
SOURCE = "Partenaire d'essai"
GAUCHE = Qt.MouseButton.LeftButton


def ligne_source() -> LigneAnnee:
    """Un calendrier de partenaire importé : une ligne à part, en dernier."""
    evenement = Occurrence(
        slug="essai-partenaire",
        titre="Événement du partenaire d'essai",
        debut=date(ANNEE, 7, 5),
        fin=date(ANNEE, 7, 25),
        couleur="#00897b",
        source=SOURCE,
    )
    return LigneAnnee(
        slug="essai-partenaire",
        titre="Événement du partenaire d'essai",
        couleur="#00897b",
        occurrences=[evenement],
        echeances=[],
        source=SOURCE,
    )


@pytest.fixture
def feries():
    return jours_feries(ANNEE - 1, ANNEE + 1)


@pytest.fixture
def vue(qtbot, depot, feries):
    v = VueAnnee()
    qtbot.addWidget(v)
    v.resize(1400, 600)
    v.show()
    v.activateWindow()
    qtbot.waitActive(v)
    lignes = [*lignes_campagnes(depot.campagnes(), ANNEE, feries), ligne_source()]
    v.afficher(ANNEE, lignes, feries, aujourd_hui=date(ANNEE, 1, 15))
    return v


def centre(vue: VueAnnee, slug: str, origine: date | None = None) -> QPoint:
    rect = vue.rect_occurrence(slug, origine)
    assert not rect.isEmpty(), f"barre de {slug} absente"
    return rect.center()


def glisser(qtbot, vue: VueAnnee, depart: QPoint, jours: int, avant_relacher=None) -> None:
    """Appuyer, déplacer de `jours` jours en deux temps, relâcher."""
    arrivee = depart + QPoint(round(jours * vue.largeur_jour()), 0)
    vp = vue.viewport()
    qtbot.mousePress(vp, GAUCHE, pos=depart)
    qtbot.mouseMove(vp, (depart + arrivee) / 2)
    qtbot.mouseMove(vp, arrivee)
    if avant_relacher:
        avant_relacher()
    qtbot.mouseRelease(vp, GAUCHE, pos=arrivee)


# L'infobulle se lève au-dessus des autres fenêtres ; le greffon hors écran dit qu'il ne
# sait pas le faire, ce qui ne change rien à ce qui est vérifié.
infobulle_hors_ecran = pytest.mark.qt_log_ignore("This plugin does not support raise")


def infobulle(qtbot, vue: VueAnnee, pos: QPoint) -> str:
    """Survole le point et attend l'infobulle que Qt affiche."""
    qtbot.mouseMove(vue.viewport(), pos)
    qtbot.waitUntil(QToolTip.isVisible)
    return QToolTip.text()


# ------------------------------------------------------------------ survol


@infobulle_hors_ecran
def test_survol_d_une_barre_montre_titre_periode_et_recommandation(qtbot, vue):
    texte = infobulle(qtbot, vue, centre(vue, "journee-4-mars"))
    assert "Journée de la lutte contre l'exploitation sexuelle des mineurs" in texte
    assert "4 mars 2027" in texte
    assert "Recommandation 2" in texte


@infobulle_hors_ecran
def test_survol_d_une_longue_campagne_nomme_les_feries_touches(qtbot, vue):
    texte = infobulle(qtbot, vue, centre(vue, "aeroports-ports-frontieres"))
    assert "du 15 juin au 31 août 2027" in texte
    assert "Fête nationale du Québec (24 juin)" in texte
    assert "Fête du Canada (1er juillet)" in texte


@infobulle_hors_ecran
def test_survol_de_l_en_tete_nomme_le_jour_ferie(qtbot, vue):
    x = vue.x_date(date(ANNEE, 6, 24)) + vue.largeur_jour() / 2
    texte = infobulle(qtbot, vue, QPoint(round(x), HAUTEUR_MOIS + 5))
    assert "Fête nationale du Québec" in texte
    assert "24 juin 2027" in texte


@infobulle_hors_ecran
def test_survol_d_un_losange_nomme_le_materiel_et_son_echeance(qtbot, vue):
    # Les dépliants pour le lancement du 1er janvier 2028 sont dus 60 jours avant.
    echeance = date(ANNEE + 1, 1, 1) - timedelta(days=60)
    ligne = vue.rect_ligne("information-multilingue-victimes")
    x = vue.x_date(echeance) + vue.largeur_jour() / 2
    texte = infobulle(qtbot, vue, QPoint(round(x), ligne.center().y()))
    assert "Vos droits en tant que victime" in texte
    assert "Your rights as a victim" in texte
    assert "2 novembre 2027" in texte


def test_l_infobulle_ne_lit_pas_le_titre_comme_du_balisage(qtbot, depot, feries):
    vue = VueAnnee()
    qtbot.addWidget(vue)
    vue.resize(1000, 300)
    vue.show()
    campagne = depot.campagne("journee-4-mars")
    campagne.titre = "<i>Journée</i> & co"
    vue.afficher(ANNEE, lignes_campagnes([campagne], ANNEE, feries), feries)
    texte = vue.texte_infobulle(centre(vue, "journee-4-mars"))
    assert "&lt;i&gt;Journée&lt;/i&gt; &amp; co" in texte


# ------------------------------------------------------------------ clic, double clic, clavier


def test_clic_sur_la_barre_du_4_mars_la_choisit(qtbot, vue):
    with qtbot.waitSignal(vue.occurrence_choisie) as signal:
        qtbot.mouseClick(vue.viewport(), GAUCHE, pos=centre(vue, "journee-4-mars"))
    assert signal.args == ["journee-4-mars"]
    assert vue.slug_selectionne() == "journee-4-mars"


def test_double_clic_ouvre_la_campagne(qtbot, vue):
    with qtbot.waitSignal(vue.occurrence_ouverte) as signal:
        qtbot.mouseDClick(vue.viewport(), GAUCHE, pos=centre(vue, "semaine-nationale"))
    assert signal.args == ["semaine-nationale"]


def test_fleches_changent_de_ligne_et_entree_ouvre(qtbot, vue):
    vue.selectionner("journee-4-mars")
    suivante = vue.rect_ligne("journee-4-mars").translated(
        0, vue.rect_ligne("journee-4-mars").height()
    )
    attendu = next(
        slug
        for slug in (
            "journee-mondiale-traite-30-juillet",
            "semaine-nationale",
            "sceau-non-exploitation",
        )
        if vue.rect_ligne(slug) == suivante
    )
    vue.setFocus()
    with qtbot.waitSignal(vue.occurrence_choisie) as choisie:
        qtbot.keyClick(vue, Qt.Key.Key_Down)
    assert choisie.args == [attendu]
    with qtbot.waitSignal(vue.occurrence_ouverte) as ouverte:
        qtbot.keyClick(vue, Qt.Key.Key_Return)
    assert ouverte.args == [attendu]


def test_selectionner_fait_defiler_jusqu_a_la_ligne(qtbot, vue):
    vue.resize(1400, 150)
    vue.selectionner("systeme-avis-internet")
    rect = vue.rect_ligne("systeme-avis-internet")
    assert vue.viewport().rect().contains(rect.center())
    assert vue.slug_selectionne() == "systeme-avis-internet"


# ------------------------------------------------------------------ glisser


def test_glisser_la_barre_de_trois_jours_la_deplace(qtbot, vue):
    with qtbot.waitSignal(vue.occurrence_deplacee) as signal:
        glisser(qtbot, vue, centre(vue, "journee-4-mars"), 3)
    assert signal.args == [
        "journee-4-mars",
        date(ANNEE, 3, 4),
        date(ANNEE, 3, 7),
        date(ANNEE, 3, 7),
    ]


def test_glisser_vers_la_gauche_avance_la_semaine(qtbot, vue):
    with qtbot.waitSignal(vue.occurrence_deplacee) as signal:
        glisser(qtbot, vue, centre(vue, "semaine-nationale"), -5)
    assert signal.args == [
        "semaine-nationale",
        date(ANNEE, 3, 1),
        date(ANNEE, 2, 24),
        date(ANNEE, 3, 2),
    ]


def test_glisser_le_bord_droit_ne_change_que_la_fin(qtbot, vue):
    rect = vue.rect_occurrence("campagnes-multiplateformes")
    bord = QPoint(rect.right() - 1, rect.center().y())
    with qtbot.waitSignal(vue.occurrence_deplacee) as signal:
        glisser(qtbot, vue, bord, 10)
    slug, origine, debut, fin = signal.args
    assert (slug, origine, debut) == (
        "campagnes-multiplateformes",
        date(ANNEE, 2, 15),
        date(ANNEE, 2, 15),
    )
    assert fin == date(ANNEE, 4, 10)


def test_glisser_le_bord_gauche_ne_change_que_le_debut(qtbot, vue):
    rect = vue.rect_occurrence("aeroports-ports-frontieres")
    bord = QPoint(rect.left() + 1, rect.center().y())
    with qtbot.waitSignal(vue.occurrence_deplacee) as signal:
        glisser(qtbot, vue, bord, -14)
    assert signal.args[2:] == [date(ANNEE, 6, 1), date(ANNEE, 8, 31)]


def test_echap_pendant_le_glisser_annule(qtbot, vue):
    def echap():
        qtbot.keyClick(vue, Qt.Key.Key_Escape)

    with qtbot.assertNotEmitted(vue.occurrence_deplacee):
        glisser(qtbot, vue, centre(vue, "journee-4-mars"), 3, avant_relacher=echap)
    # Un glisser suivant repart des vraies dates.
    with qtbot.waitSignal(vue.occurrence_deplacee) as signal:
        glisser(qtbot, vue, centre(vue, "journee-4-mars"), 2)
    assert signal.args[2:] == [date(ANNEE, 3, 6), date(ANNEE, 3, 6)]


def test_un_simple_clic_ne_deplace_rien(qtbot, vue):
    with qtbot.assertNotEmitted(vue.occurrence_deplacee):
        qtbot.mouseClick(vue.viewport(), GAUCHE, pos=centre(vue, "semaine-nationale"))


def test_la_barre_d_une_source_importee_ne_se_deplace_pas(qtbot, vue):
    avant = vue.rect_occurrence("essai-partenaire")
    with qtbot.assertNotEmitted(vue.occurrence_deplacee):
        glisser(qtbot, vue, avant.center(), 10)
    assert vue.rect_occurrence("essai-partenaire") == avant


def test_double_clic_sur_une_source_n_ouvre_rien(qtbot, vue):
    with qtbot.assertNotEmitted(vue.occurrence_ouverte):
        qtbot.mouseDClick(vue.viewport(), GAUCHE, pos=centre(vue, "essai-partenaire"))


# ------------------------------------------------------------------ sources, bords de l'année


def test_masquer_une_source_la_fait_disparaitre(qtbot, vue):
    place = centre(vue, "essai-partenaire")
    with qtbot.waitSignal(vue.occurrence_choisie) as signal:
        qtbot.mouseClick(vue.viewport(), GAUCHE, pos=place)
    assert signal.args == ["essai-partenaire"]

    vue.definir_sources_masquees({SOURCE})
    assert vue.rect_occurrence("essai-partenaire").isEmpty()
    assert vue.slug_selectionne() is None
    assert vue.texte_infobulle(place) == ""
    with qtbot.assertNotEmitted(vue.occurrence_choisie):
        qtbot.mouseClick(vue.viewport(), GAUCHE, pos=place)

    vue.definir_sources_masquees(set())
    assert vue.rect_occurrence("essai-partenaire").center() == place


def test_une_occurrence_qui_deborde_de_l_annee_est_coupee_au_bord(qtbot, feries):
    vue = VueAnnee()
    qtbot.addWidget(vue)
    vue.resize(1200, 300)
    vue.show()
    hiver = Campagne(
        slug="hiver",
        titre="Campagne des fêtes",
        recurrence=Recurrence(date(2020, 12, 15), date(2021, 1, 15), "FREQ=YEARLY"),
    )
    occurrences = occurrences_campagne(hiver, ANNEE, feries)
    assert [o.date_origine for o in occurrences] == [date(ANNEE - 1, 12, 15), date(ANNEE, 12, 15)]
    vue.afficher(ANNEE, [LigneAnnee("hiver", hiver.titre, hiver.couleur, occurrences, [])], feries)

    janvier = vue.rect_occurrence("hiver", date(ANNEE - 1, 12, 15))
    decembre = vue.rect_occurrence("hiver", date(ANNEE, 12, 15))
    fin_annee = vue.x_date(date(ANNEE + 1, 1, 1))
    assert abs(janvier.left() - vue.x_date(date(ANNEE, 1, 1))) <= 1
    assert abs(janvier.right() - vue.x_date(date(ANNEE, 1, 16))) <= 1
    assert abs(decembre.right() - fin_annee) <= 1
    # Le bord coupé n'est pas une poignée : glisser près de lui déplace la barre entière.
    with qtbot.waitSignal(vue.occurrence_deplacee) as signal:
        glisser(qtbot, vue, QPoint(janvier.left() + 1, janvier.center().y()), 2)
    assert signal.args[1:] == [
        date(ANNEE - 1, 12, 15),
        date(ANNEE - 1, 12, 17),
        date(ANNEE, 1, 17),
    ]


def test_le_zoom_garde_la_colonne_des_titres(qtbot, vue):
    avant = vue.largeur_jour()
    vue.definir_zoom(6)
    assert vue.largeur_jour() == pytest.approx(avant * 6)
    vue.horizontalScrollBar().setValue(vue.horizontalScrollBar().maximum())
    # Décembre est au bout du défilement ; la barre du 4 mars est passée sous la colonne.
    assert vue.rect_occurrence("journee-4-mars").right() < 0
    with qtbot.waitSignal(vue.occurrence_choisie) as signal:
        titre = QPoint(40, vue.rect_ligne("journee-4-mars").center().y())
        qtbot.mouseClick(vue.viewport(), GAUCHE, pos=titre)
    assert signal.args == ["journee-4-mars"]


def test_lignes_campagnes_place_les_echeances_dues_dans_l_annee(depot, feries):
    lignes = {ligne.slug: ligne for ligne in lignes_campagnes(depot.campagnes(), ANNEE, feries)}
    assert len(lignes) == 13
    echeances = lignes["information-multilingue-victimes"].echeances
    assert {jour for jour, _ in echeances} == {date(ANNEE, 11, 2)}
    assert len(echeances) == 5
    assert lignes["journee-4-mars"].occurrences[0].debut == date(ANNEE, 3, 4)


def test_zoomer_puis_montrer_le_4_mars_le_garde_a_droite_des_titres(qtbot, vue):
    vue.definir_zoom(8)
    vue.montrer_date(date(ANNEE, 3, 4))
    rect = vue.rect_occurrence("journee-4-mars")
    assert vue.viewport().rect().contains(rect)
    # La barre n'est pas cachée sous la colonne des titres : c'est elle qui répond.
    assert "4 mars 2027" in vue.texte_infobulle(rect.center())
    # De près, un jour fait plusieurs pixels : glisser d'un seul jour est possible.
    with qtbot.waitSignal(vue.occurrence_deplacee) as signal:
        glisser(qtbot, vue, rect.center(), 1)
    assert signal.args[2:] == [date(ANNEE, 3, 5), date(ANNEE, 3, 5)]


def test_la_fenetre_peut_rafraichir_au_clic_sans_casser_le_glisser(qtbot, vue, depot, feries):
    # Comme la fenêtre : au choix d'une campagne, elle relit la base et rappelle afficher().
    lignes = [*lignes_campagnes(depot.campagnes(), ANNEE, feries), ligne_source()]
    vue.occurrence_choisie.connect(lambda _slug: vue.afficher(ANNEE, lignes, feries))
    with qtbot.waitSignal(vue.occurrence_deplacee) as signal:
        glisser(qtbot, vue, centre(vue, "semaine-nationale"), 7)
    assert signal.args[2:] == [date(ANNEE, 3, 8), date(ANNEE, 3, 14)]


# ------------------------------------------------------------------ marqueurs d'avertissement

LUNDI_1ER_MARS = date(ANNEE, 3, 1)
CONFLIT = "La journée du 4 mars et la semaine nationale visent le même public."
BALISAGE = "<b>Affiche</b> & dépliant dus après le lancement"


def couleur_au_centre(vue: VueAnnee, rect) -> str:
    """La couleur peinte au milieu du triangle (un peu sous le centre : dans sa partie large)."""
    image = vue.viewport().grab().toImage()
    return image.pixelColor(rect.center().x(), rect.center().y() + 1).name()


def test_un_marqueur_est_dessine_sur_la_ligne_au_jour_donne(qtbot, vue):
    avant = vue.rect_marqueur("semaine-nationale", LUNDI_1ER_MARS)
    assert avant.isEmpty()
    vue.definir_marqueurs([("semaine-nationale", LUNDI_1ER_MARS, CONFLIT)])
    rect = vue.rect_marqueur("semaine-nationale", LUNDI_1ER_MARS)
    assert not rect.isEmpty()
    assert vue.rect_ligne("semaine-nationale").contains(rect.center())
    x_jour = vue.x_date(LUNDI_1ER_MARS) + vue.largeur_jour() / 2
    assert abs(rect.center().x() - x_jour) <= 1
    # Posé sur le bord haut de la barre, sans descendre jusqu'au texte centré.
    barre = vue.rect_occurrence("semaine-nationale")
    assert rect.top() < barre.top() < rect.bottom() <= barre.top() + 3
    assert couleur_au_centre(vue, rect) == "#ffb300"
    # Les retirer efface le triangle : la barre reprend sa couleur.
    vue.definir_marqueurs([])
    assert vue.rect_marqueur("semaine-nationale", LUNDI_1ER_MARS).isEmpty()
    assert couleur_au_centre(vue, rect) != "#ffb300"


def test_un_marqueur_d_une_autre_annee_ou_d_une_ligne_absente_ne_se_dessine_pas(qtbot, vue):
    vue.definir_marqueurs(
        [
            ("semaine-nationale", date(ANNEE + 1, 3, 1), CONFLIT),
            ("campagne-inconnue", LUNDI_1ER_MARS, CONFLIT),
        ]
    )
    assert vue.rect_marqueur("semaine-nationale", date(ANNEE + 1, 3, 1)).isEmpty()
    assert vue.rect_marqueur("campagne-inconnue", LUNDI_1ER_MARS).isEmpty()


@infobulle_hors_ecran
def test_survol_du_marqueur_liste_ses_avertissements_echappes(qtbot, vue):
    # Deux avertissements au même endroit : un seul triangle, les deux textes au survol.
    vue.definir_marqueurs(
        [
            ("journee-4-mars", LUNDI_1ER_MARS, CONFLIT),
            ("journee-4-mars", LUNDI_1ER_MARS, BALISAGE),
        ]
    )
    rect = vue.rect_marqueur("journee-4-mars", LUNDI_1ER_MARS)
    texte = infobulle(qtbot, vue, rect.center() + QPoint(0, 1))
    assert "Journée de la lutte contre l'exploitation sexuelle des mineurs" in texte
    assert CONFLIT in texte
    assert "&lt;b&gt;Affiche&lt;/b&gt; &amp; dépliant dus après le lancement" in texte
    assert "<b>Affiche</b>" not in texte


def test_clic_sur_le_marqueur_choisit_la_campagne_et_le_marqueur(qtbot, vue):
    vue.definir_marqueurs([("journee-4-mars", LUNDI_1ER_MARS, CONFLIT)])
    point = vue.rect_marqueur("journee-4-mars", LUNDI_1ER_MARS).center() + QPoint(0, 1)
    recus = []
    vue.occurrence_choisie.connect(lambda slug: recus.append(("ligne", slug)))
    vue.marqueur_choisi.connect(lambda slug, jour: recus.append(("marqueur", slug, jour)))
    qtbot.mouseClick(vue.viewport(), GAUCHE, pos=point)
    assert recus == [("ligne", "journee-4-mars"), ("marqueur", "journee-4-mars", LUNDI_1ER_MARS)]
    assert vue.slug_selectionne() == "journee-4-mars"


def test_clic_a_cote_du_marqueur_n_emet_pas_marqueur_choisi(qtbot, vue):
    vue.definir_marqueurs([("journee-4-mars", LUNDI_1ER_MARS, CONFLIT)])
    with qtbot.assertNotEmitted(vue.marqueur_choisi):
        qtbot.mouseClick(vue.viewport(), GAUCHE, pos=centre(vue, "aeroports-ports-frontieres"))
