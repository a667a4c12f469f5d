"""La fenêtre pilotée comme un utilisateur : créer, modifier, filtrer, annuler, redémarrer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from campagnes.depot import Depot
from ui.editeur import DATE_FIXE, PONCTUELLE, EditeurCampagne
from ui.fenetre import ANNEE, CAMPAGNES, MATERIEL, PUBLICS, RECOMMANDATIONS, FenetrePrincipale
from ui.modele_campagnes import ModeleCampagnes
from ui.reglages import Reglages
from ui.session import Session

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

AUJOURDHUI = date(2027, 1, 15)
ANNEE_PLAN = 2027


@pytest.fixture
def fichier_reglages(tmp_path: Path) -> Path:
    return tmp_path / "reglages.ini"


@pytest.fixture
def ouvrir(qtbot, chemin_base: Path, fichier_reglages: Path):
    """Ouvre une fenêtre sur la base du test, comme au démarrage de l'application."""
    ouvertes = []

    def _ouvrir() -> FenetrePrincipale:
        depot = Depot.ouvrir(chemin_base)
        reglages = Reglages(QSettings(str(fichier_reglages), QSettings.Format.IniFormat))
        f = FenetrePrincipale(Session(depot), reglages, annee=ANNEE_PLAN, aujourd_hui=AUJOURDHUI)
        f.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
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


def enregistrer(qtbot, editeur: EditeurCampagne) -> None:
    bouton = editeur.boutons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(bouton, Qt.MouseButton.LeftButton)


def choisir(combo, donnee) -> None:
    index = combo.findData(donnee)
    assert index >= 0, donnee
    combo.setCurrentIndex(index)


def ouvrir_dans_la_liste(qtbot, fenetre: FenetrePrincipale, slug: str) -> EditeurCampagne:
    """Va dans l'onglet Campagnes, choisit la ligne et appuie sur Entrée."""
    fenetre.onglets.setCurrentIndex(CAMPAGNES)
    vue = fenetre.vue_campagnes
    ligne = vue.modele.ligne_de(slug)
    assert ligne is not None
    vue.table.setFocus()
    vue.table.setCurrentIndex(vue.modele.index(ligne, 0))
    qtbot.keyClick(vue.table, Qt.Key.Key_Return)
    assert fenetre.editeur is not None
    return fenetre.editeur


def titres_de_la_liste(fenetre: FenetrePrincipale) -> list[str]:
    modele = fenetre.vue_campagnes.modele
    return [modele.index(i, ModeleCampagnes.TITRE).data() for i in range(modele.rowCount())]


def boites_ouvertes(fenetre: FenetrePrincipale) -> list[QMessageBox]:
    return [b for b in fenetre.findChildren(QMessageBox) if b.isVisible()]


# --- créer, modifier -------------------------------------------------------------------------


def test_creer_une_campagne_avec_ctrl_n(qtbot, fenetre, chemin_base):
    qtbot.keyClick(fenetre, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editeur = fenetre.editeur
    assert editeur is not None and editeur.isVisible()
    # QTest ne tape que de l'ASCII : les lettres accentuées arrivent comme d'un clavier composé.
    qtbot.keyClicks(editeur.titre, "Festivals d'")
    editeur.titre.insert("été")
    qtbot.keyClicks(editeur.titre, " 2027")
    assert editeur.slug.text() == "festivals-d-ete-2027"
    choisir(editeur.forme, PONCTUELLE)
    editeur.debut.setDate(QDate(2027, 6, 20))
    editeur.fin.setDate(QDate(2027, 8, 15))
    assert editeur.description_recurrence.text() == "du 20 juin au 15 août 2027"
    enregistrer(qtbot, editeur)

    fenetre.onglets.setCurrentIndex(CAMPAGNES)
    assert "Festivals d'été 2027" in titres_de_la_liste(fenetre)
    # Écrite tout de suite : une autre connexion la lit déjà.
    autre = Depot.ouvrir(chemin_base)
    c = autre.campagne("festivals-d-ete-2027")
    autre.fermer()
    assert (c.recurrence.debut, c.recurrence.fin, c.recurrence.rrule) == (
        date(2027, 6, 20),
        date(2027, 8, 15),
        None,
    )


def test_modifier_les_dates_et_les_publics(qtbot, fenetre):
    editeur = ouvrir_dans_la_liste(qtbot, fenetre, "journee-4-mars")
    editeur.onglets.setCurrentIndex(1)
    assert editeur.forme.currentData() == DATE_FIXE
    assert editeur.description_recurrence.text() == "chaque année le 4 mars"
    editeur.debut.setDate(QDate(2021, 3, 5))
    assert editeur.description_recurrence.text() == "chaque année le 5 mars"
    editeur.onglets.setCurrentIndex(2)
    qtbot.keyClicks(editeur.nouveau_public.lineEdit(), "Parents")
    ajouter = next(
        b
        for b in editeur.findChildren(type(editeur.bouton_couleur))
        if b.text() == "Ajouter le public"
    )
    qtbot.mouseClick(ajouter, Qt.MouseButton.LeftButton)
    enregistrer(qtbot, editeur)

    c = fenetre.session.depot.campagne("journee-4-mars")
    assert c.noms_publics == ["Ensemble de la population", "Parents"]
    modele = fenetre.vue_campagnes.modele
    ligne = modele.ligne_de("journee-4-mars")
    assert modele.index(ligne, ModeleCampagnes.DATES).data() == "5 mars 2027"
    assert "Parents" in modele.index(ligne, ModeleCampagnes.PUBLICS).data()


def test_recurrence_premiere_semaine_complete(qtbot, fenetre):
    editeur = ouvrir_dans_la_liste(qtbot, fenetre, "semaine-nationale")
    editeur.onglets.setCurrentIndex(1)
    assert editeur.description_recurrence.text() == "chaque année, les sept premiers jours de mars"
    choisir(editeur.forme, "premiere_semaine")
    assert editeur.description_recurrence.text() == (
        "chaque année, la première semaine complète (lundi à dimanche) de mars"
    )
    enregistrer(qtbot, editeur)
    fenetre.onglets.setCurrentIndex(CAMPAGNES)
    modele = fenetre.vue_campagnes.modele
    # En 2027, le premier lundi de mars est le 1er.
    assert (
        modele.index(modele.ligne_de("semaine-nationale"), ModeleCampagnes.DATES).data()
        == "du 1er au 7 mars 2027"
    )


def test_ouvrir_puis_enregistrer_sans_rien_changer_ne_modifie_rien(qtbot, fenetre):
    depot = fenetre.session.depot
    avant = depot.campagne("campagnes-multiplateformes")
    assert avant.recurrence.rrule == "FREQ=YEARLY"
    editeur = ouvrir_dans_la_liste(qtbot, fenetre, "campagnes-multiplateformes")
    assert editeur.forme.currentData() == "periode_annuelle"
    assert editeur.description_recurrence.text() == "chaque année du 15 février au 31 mars"
    enregistrer(qtbot, editeur)
    apres = depot.campagne("campagnes-multiplateformes")
    assert apres.compteur_modifications == avant.compteur_modifications
    assert apres.recurrence == avant.recurrence
    assert not fenetre.session.pile.canUndo()


def test_ajouter_un_materiel_qui_apparait_en_retard(qtbot, fenetre):
    editeur = ouvrir_dans_la_liste(qtbot, fenetre, "journee-4-mars")
    editeur.onglets.setCurrentIndex(5)
    ajouter = next(
        b
        for b in editeur.findChildren(type(editeur.bouton_couleur))
        if b.text() == "Ajouter un matériel"
    )
    qtbot.mouseClick(ajouter, Qt.MouseButton.LeftButton)
    table = editeur.materiels
    ligne = table.rowCount() - 1
    table.item(ligne, 0).setText("Affiche 4 mars")
    table.item(ligne, 4).setText("2027-01-10")
    table.item(ligne, 5).setText("")
    enregistrer(qtbot, editeur)

    [m] = fenetre.session.depot.campagne("journee-4-mars").materiels
    assert (m.titre, m.echeance, m.type) == ("Affiche 4 mars", date(2027, 1, 10), "affiche")
    fenetre.onglets.setCurrentIndex(MATERIEL)
    modele = fenetre.vue_materiels.modele
    lignes = [modele.index(i, 1).data() for i in range(modele.rowCount())]
    i = lignes.index("Affiche 4 mars")
    assert modele.index(i, 6).data() == "en retard"
    assert modele.index(i, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_annuler_une_annee_par_une_exception(qtbot, fenetre):
    editeur = ouvrir_dans_la_liste(qtbot, fenetre, "journee-4-mars")
    editeur.onglets.setCurrentIndex(1)
    ajouter = next(
        b
        for b in editeur.findChildren(type(editeur.bouton_couleur))
        if b.text() == "Ajouter une exception"
    )
    qtbot.mouseClick(ajouter, Qt.MouseButton.LeftButton)
    editeur.exceptions.cellWidget(0, 0).setValue(2027)
    choisir(editeur.exceptions.cellWidget(0, 1), True)
    assert not editeur.exceptions.cellWidget(0, 2).isEnabled()
    enregistrer(qtbot, editeur)
    [exception] = fenetre.session.depot.campagne("journee-4-mars").exceptions
    assert (exception.annee, exception.annulee) == (2027, True)
    modele = fenetre.vue_campagnes.modele
    ligne = modele.ligne_de("journee-4-mars")
    assert modele.index(ligne, ModeleCampagnes.DATES).data() == "aucune date cette année"
    fenetre.annee_choisie.setValue(2028)
    ligne = modele.ligne_de("journee-4-mars")
    assert modele.index(ligne, ModeleCampagnes.DATES).data() == "4 mars 2028"


def test_partenaires_et_regions_de_l_editeur_filtrent_la_liste(qtbot, fenetre):
    editeur = ouvrir_dans_la_liste(qtbot, fenetre, "enfants-parents-technologies")
    editeur.onglets.setCurrentIndex(3)
    for i in range(editeur.regions.count()):
        element = editeur.regions.item(i)
        coche = element.data(Qt.ItemDataRole.UserRole) == "06"
        element.setCheckState(Qt.CheckState.Checked if coche else Qt.CheckState.Unchecked)
    champ = next(
        c
        for c in editeur.findChildren(type(editeur.titre))
        if c.placeholderText() == "Nouveau partenaire"
    )
    qtbot.keyClicks(champ, "Maison de la famille")
    qtbot.keyClick(champ, Qt.Key.Key_Return)
    enregistrer(qtbot, editeur)
    c = fenetre.session.depot.campagne("enfants-parents-technologies")
    assert c.regions == ["06"]
    assert "Maison de la famille" in c.partenaires

    vue = fenetre.vue_campagnes
    choisir(vue.filtre_partenaire, "Maison de la famille")
    assert titres_de_la_liste(fenetre) == [c.titre]
    qtbot.mouseClick(vue.bouton_effacer, Qt.MouseButton.LeftButton)
    avant = vue.modele.rowCount()
    choisir(vue.filtre_region, "06")
    assert c.titre in titres_de_la_liste(fenetre)
    choisir(vue.filtre_region, "11")
    assert c.titre not in titres_de_la_liste(fenetre)
    assert vue.modele.rowCount() < avant


# --- la liste ------------------------------------------------------------------------------


def test_filtrer_la_liste(qtbot, fenetre):
    fenetre.onglets.setCurrentIndex(CAMPAGNES)
    vue = fenetre.vue_campagnes
    assert vue.modele.rowCount() == 13
    qtbot.keyClick(fenetre, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert vue.recherche.hasFocus()
    qtbot.keyClicks(vue.recherche, "a")
    vue.recherche.insert("éroports")
    assert titres_de_la_liste(fenetre) == [
        "Sensibilisation dans les aéroports, les ports et aux postes-frontières"
    ]
    assert vue.compte.text() == "1 sur 13 campagnes"
    vue.recherche.clear()
    choisir(vue.filtre_statut, "confirmee")
    assert vue.modele.rowCount() == 3
    choisir(vue.filtre_recommandation, 2)
    assert sorted(titres_de_la_liste(fenetre)) == [
        "Journée de la lutte contre l'exploitation sexuelle des mineurs",
        "Journée mondiale de la lutte contre la traite d'êtres humains (ONU)",
    ]
    qtbot.mouseClick(vue.bouton_effacer, Qt.MouseButton.LeftButton)
    choisir(vue.filtre_public, "Parents")
    assert titres_de_la_liste(fenetre) == [
        "Enfants et parents : usage risqué des technologies et des réseaux sociaux"
    ]


def test_tri_par_dates_de_l_annee(qtbot, fenetre):
    fenetre.onglets.setCurrentIndex(CAMPAGNES)
    vue = fenetre.vue_campagnes
    vue.table.sortByColumn(ModeleCampagnes.DATES, Qt.SortOrder.AscendingOrder)
    titres = titres_de_la_liste(fenetre)
    assert titres.index(
        "Journée de la lutte contre l'exploitation sexuelle des mineurs"
    ) < titres.index("Journée mondiale de la lutte contre la traite d'êtres humains (ONU)")


def test_la_campagne_choisie_dans_la_frise_l_est_aussi_dans_la_liste(qtbot, fenetre):
    fenetre.onglets.setCurrentIndex(ANNEE)
    fenetre.vue_annee.occurrence_choisie.emit("jeunes-autochtones")
    assert (
        fenetre.statusBar()
        .currentMessage()
        .startswith("Sensibilisation des jeunes Autochtones et de leurs communautés — chaque année")
    )
    fenetre.onglets.setCurrentIndex(CAMPAGNES)
    assert fenetre.vue_campagnes.slug_choisi() == "jeunes-autochtones"
    assert fenetre.action_supprimer.isEnabled()
    fenetre.onglets.setCurrentIndex(PUBLICS)
    assert not fenetre.action_supprimer.isEnabled(), "Suppr ne supprime pas une campagne cachée"


# --- annuler, rétablir, déplacer ---------------------------------------------------------------


def test_annuler_et_retablir_une_modification(qtbot, fenetre):
    editeur = ouvrir_dans_la_liste(qtbot, fenetre, "journee-4-mars")
    editeur.titre.selectAll()
    editeur.titre.insert("Journée du 4 mars")
    enregistrer(qtbot, editeur)
    depot = fenetre.session.depot
    assert depot.campagne("journee-4-mars").titre == "Journée du 4 mars"
    assert fenetre.action_annuler.text() == "&Annuler Modifier « Journée du 4 mars »"

    qtbot.keyClick(fenetre, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (
        depot.campagne("journee-4-mars").titre
        == "Journée de la lutte contre l'exploitation sexuelle des mineurs"
    )
    assert "Journée du 4 mars" not in titres_de_la_liste(fenetre)

    qtbot.keyClick(
        fenetre,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert depot.campagne("journee-4-mars").titre == "Journée du 4 mars"
    assert "Journée du 4 mars" in titres_de_la_liste(fenetre)


def test_supprimer_puis_annuler_rend_la_meme_campagne(qtbot, fenetre):
    depot = fenetre.session.depot
    avant = depot.campagne("journee-mondiale-traite-30-juillet")
    fenetre.onglets.setCurrentIndex(CAMPAGNES)
    fenetre.vue_campagnes.selectionner("journee-mondiale-traite-30-juillet")
    fenetre.action_supprimer.trigger()
    assert "journee-mondiale-traite-30-juillet" not in depot.slugs()
    fenetre.action_annuler.trigger()
    apres = depot.campagne("journee-mondiale-traite-30-juillet")
    assert apres.uid == avant.uid, "l'UID iCalendar survit à l'annulation"
    assert apres.publics == avant.publics


def test_deplacer_une_occurrence_depuis_la_frise_est_annulable(qtbot, fenetre):
    fenetre.onglets.setCurrentIndex(ANNEE)
    depot = fenetre.session.depot
    with qtbot.waitSignal(fenetre.session.donnees_modifiees):
        fenetre.vue_annee.occurrence_deplacee.emit(
            "journee-4-mars", date(2027, 3, 4), date(2027, 3, 8), date(2027, 3, 8)
        )
    [exception] = depot.campagne("journee-4-mars").exceptions
    assert (exception.annee, exception.debut) == (2027, date(2027, 3, 8))
    fenetre.action_annuler.trigger()
    assert depot.campagne("journee-4-mars").exceptions == []
    fenetre.action_retablir.trigger()
    assert depot.campagne("journee-4-mars").exceptions[0].debut == date(2027, 3, 8)


def test_annuler_apres_une_modification_faite_ailleurs_ne_l_ecrase_pas(qtbot, fenetre, chemin_base):
    editeur = ouvrir_dans_la_liste(qtbot, fenetre, "journee-4-mars")
    editeur.responsable.setText("Cette fenêtre")
    enregistrer(qtbot, editeur)
    autre = Depot.ouvrir(chemin_base)
    c = autre.campagne("journee-4-mars")
    c.responsable = "Autre poste"
    autre.enregistrer_campagne(c)
    autre.fermer()

    fenetre.action_annuler.trigger()
    [boite] = boites_ouvertes(fenetre)
    assert "a été modifiée ailleurs" in boite.text()
    boite.close()
    assert fenetre.session.depot.campagne("journee-4-mars").responsable == "Autre poste"
    assert not fenetre.session.pile.canUndo(), "la commande périmée quitte la pile"
    modele = fenetre.vue_campagnes.modele
    ligne = modele.ligne_de("journee-4-mars")
    assert modele.index(ligne, ModeleCampagnes.RESPONSABLE).data() == "Autre poste"


# --- redémarrer ----------------------------------------------------------------------------------


def test_redemarrer_retrouve_les_modifications_et_la_vue(qtbot, ouvrir):
    premiere = ouvrir()
    editeur = ouvrir_dans_la_liste(qtbot, premiere, "journee-4-mars")
    editeur.responsable.setText("Direction des communications")
    enregistrer(qtbot, editeur)
    premiere.onglets.setCurrentIndex(PUBLICS)
    premiere.resize(901, 603)
    premiere.close()

    seconde = ouvrir()
    assert seconde.onglets.currentIndex() == PUBLICS
    # L'écran hors écran fait 800 px de large : Qt y ramène la largeur ; la hauteur témoigne.
    assert seconde.size().height() == 603
    seconde.onglets.setCurrentIndex(CAMPAGNES)
    modele = seconde.vue_campagnes.modele
    ligne = modele.ligne_de("journee-4-mars")
    assert modele.index(ligne, ModeleCampagnes.RESPONSABLE).data() == "Direction des communications"


# --- erreurs ----------------------------------------------------------------------------------------


def test_titre_vide_refuse_a_cote_du_champ(qtbot, fenetre):
    editeur = ouvrir_dans_la_liste(qtbot, fenetre, "journee-4-mars")
    editeur.titre.clear()
    assert editeur.erreur_titre.isVisible()
    assert editeur.erreur_titre.text() == "Le titre ne peut pas être vide."
    assert not editeur.boutons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    editeur.accept()  # même forcé, rien n'est enregistré
    assert editeur.isVisible()
    assert fenetre.session.depot.campagne("journee-4-mars").titre.startswith("Journée de la lutte")


def test_fin_avant_debut_refusee_a_cote_des_dates(qtbot, fenetre):
    editeur = ouvrir_dans_la_liste(qtbot, fenetre, "campagnes-multiplateformes")
    editeur.onglets.setCurrentIndex(1)
    choisir(editeur.forme, PONCTUELLE)
    editeur.debut.setDate(QDate(2027, 5, 10))
    editeur.fin.setDate(QDate(2027, 5, 1))
    assert editeur.erreur_dates.isVisible()
    assert (
        editeur.erreur_dates.text()
        == "La fin précède le début : choisissez une fin le même jour ou après."
    )
    assert not editeur.boutons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    editeur.fin.setDate(QDate(2027, 5, 20))
    assert not editeur.erreur_dates.isVisible()


def test_echeance_illisible_refusee(qtbot, fenetre):
    editeur = ouvrir_dans_la_liste(qtbot, fenetre, "journee-4-mars")
    editeur._on_ajouter_materiel()
    ligne = editeur.materiels.rowCount() - 1
    editeur.materiels.item(ligne, 0).setText("Affiche")
    editeur.materiels.item(ligne, 4).setText("15 février")
    enregistrer(qtbot, editeur)
    assert editeur.isVisible()
    assert editeur.onglets.currentIndex() == 5
    assert editeur.erreur_materiels.text() == (
        "Matériel 1 : échéance « 15 février » illisible (attendu : AAAA-MM-JJ, ex. 2027-02-15)."
    )
    assert fenetre.session.depot.campagne("journee-4-mars").materiels == []


def test_modification_faite_ailleurs_donne_un_message(qtbot, fenetre, chemin_base):
    editeur = ouvrir_dans_la_liste(qtbot, fenetre, "journee-4-mars")
    autre = Depot.ouvrir(chemin_base)
    c = autre.campagne("journee-4-mars")
    c.responsable = "Autre poste"
    autre.enregistrer_campagne(c)
    autre.fermer()
    editeur.responsable.setText("Cette fenêtre")
    enregistrer(qtbot, editeur)
    [boite] = boites_ouvertes(fenetre)
    assert boite.text().startswith(
        "La campagne « Journée de la lutte contre l'exploitation sexuelle des mineurs » a été modifiée ailleurs"
    )
    assert fenetre.session.depot.campagne("journee-4-mars").responsable == "Autre poste"
    boite.close()
    # L'éditeur reste ouvert avec la saisie : rien n'est perdu, l'utilisateur décide.
    assert editeur.isVisible()
    assert editeur.responsable.text() == "Cette fenêtre"


# --- les onglets de suivi ------------------------------------------------------------------------------


def test_publics_non_atteints_surlignes(qtbot, fenetre):
    fenetre.session.depot.ajouter_nom("publics", "Aînés")
    fenetre.session.recharger()
    fenetre.onglets.setCurrentIndex(PUBLICS)
    vue = fenetre.vue_publics
    assert (
        vue.resume.text()
        == "1 publics sur 28 ne sont atteints par aucune campagne en 2027 (surlignés)."
    )
    premier = vue.modele.index(0, 0)
    assert premier.data() == "Aînés"
    assert premier.data(vue.modele.ROLE_NON_ATTEINT) is True
    assert premier.data(Qt.ItemDataRole.BackgroundRole) is not None
    mars = vue.modele.index(
        next(
            i
            for i in range(vue.modele.rowCount())
            if vue.modele.index(i, 0).data() == "Ensemble de la population"
        ),
        3,
    )
    assert mars.data() == "3"


def test_recommandations_sans_campagne_visibles(qtbot, fenetre):
    fenetre.onglets.setCurrentIndex(RECOMMANDATIONS)
    vue = fenetre.vue_recommandations
    assert vue.resume.text() == "58 recommandations, dont 45 sans aucune campagne (surlignées)."
    vue.selectionner(2)
    texte = vue.detail.toPlainText()
    assert "Journée de la lutte contre l'exploitation sexuelle des mineurs" in texte
    assert "4 mars" in texte
    vue.seulement_orphelines.setChecked(True)
    chapitre = vue.arbre.topLevelItem(0)
    visibles = [
        chapitre.child(j).text(0)
        for j in range(chapitre.childCount())
        if not chapitre.child(j).isHidden()
    ]
    assert visibles == ["1", "4", "5"]


# --- import CSV (hors du fil de l'interface) ----------------------------------------------------


def test_importer_un_csv_met_la_liste_a_jour(qtbot, fenetre, tmp_path):
    from campagnes.echange_csv import exporter_campagnes

    fichier = tmp_path / "campagnes.csv"
    exporter_campagnes(fenetre.session.depot, fichier)
    texte = fichier.read_text(encoding="utf-8-sig")
    fichier.write_text(
        texte.replace("Système d'avis sur Internet", "Avis sur Internet (révisé)"),
        encoding="utf-8-sig",
    )
    fenetre.onglets.setCurrentIndex(CAMPAGNES)
    with qtbot.waitSignal(fenetre.session.donnees_modifiees, timeout=20_000):
        fenetre.importer_csv_depuis(fichier)
    assert "Avis sur Internet (révisé)" in titres_de_la_liste(fenetre)
    assert (
        fenetre.statusBar().currentMessage()
        == "Import terminé : 0 créées, 1 modifiées, 12 inchangées."
    )


def test_un_csv_illisible_donne_un_message_et_ne_change_rien(qtbot, fenetre, tmp_path):
    fichier = tmp_path / "image.csv"
    fichier.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    avant = fenetre.session.depot.campagnes()
    fenetre.importer_csv_depuis(fichier)
    qtbot.waitUntil(lambda: bool(boites_ouvertes(fenetre)), timeout=20_000)
    [boite] = boites_ouvertes(fenetre)
    assert boite.text() == "« image.csv » n'est pas un fichier CSV (contenu binaire)."
    assert fenetre.session.depot.campagnes() == avant
    assert fenetre.action_importer.isEnabled()
    boite.close()


def test_exporter_en_csv(qtbot, fenetre, tmp_path):
    cible = tmp_path / "plan.csv"
    fenetre.exporter_csv_vers(cible)
    assert fenetre.statusBar().currentMessage() == f"13 campagnes exportées dans {cible}."
    assert "Journée de la lutte contre l'exploitation sexuelle des mineurs" in cible.read_text(
        encoding="utf-8-sig"
    )


def test_exporter_dans_un_dossier_absent_donne_un_message(qtbot, fenetre, tmp_path):
    fenetre.exporter_csv_vers(tmp_path / "absent" / "plan.csv")
    [boite] = boites_ouvertes(fenetre)
    cible = tmp_path / "absent" / "plan.csv"
    assert (
        boite.text()
        == f"Impossible d'écrire « {cible} » : le dossier « {cible.parent} » n'existe pas."
    )
    assert not (tmp_path / "absent").exists()
    boite.close()


def test_masquer_le_calendrier_d_un_partenaire(qtbot, ouvrir, monkeypatch):
    """Un calendrier importé (ici un fournisseur d'essai, nommé comme tel) devient un calque."""
    from campagnes import plan
    from campagnes.modele import Occurrence

    def partenaire_d_essai(_depot, annee):
        return [
            Occurrence(
                slug="essai-salon",
                titre="Salon d'essai",
                debut=date(annee, 5, 3),
                fin=date(annee, 5, 5),
                source="Partenaire d'essai",
            )
        ]

    monkeypatch.setattr(plan, "fournisseurs_occurrences", [partenaire_d_essai])
    fenetre = ouvrir()
    fenetre.onglets.setCurrentIndex(ANNEE)
    assert not fenetre.vue_annee.rect_ligne("essai-salon").isEmpty()
    [action] = fenetre.menu_sources.actions()
    assert action.text() == "Partenaire d'essai" and action.isChecked()
    action.setChecked(False)
    assert fenetre.vue_annee.rect_ligne("essai-salon").isEmpty()
    action.setChecked(True)
    assert not fenetre.vue_annee.rect_ligne("essai-salon").isEmpty()


def test_double_clic_sur_un_materiel_ouvre_sa_campagne(qtbot, fenetre):
    fenetre.onglets.setCurrentIndex(MATERIEL)
    table = fenetre.vue_materiels.table
    rect = table.visualRect(fenetre.vue_materiels.modele.index(0, 1))
    # QTest n'envoie que l'événement de double-clic : le premier clic le précède, comme à la souris.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # … et le bouton se relâche (sans quoi Qt croirait le bouton encore enfoncé ensuite).
    qtbot.mouseRelease(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert fenetre.editeur is not None and fenetre.editeur.isVisible()
    assert fenetre.editeur.slug.text() == "information-multilingue-victimes"
    fenetre.editeur.reject()
