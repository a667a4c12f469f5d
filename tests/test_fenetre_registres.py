"""Les onglets « Sceau » et « Affichage » pilotés comme un utilisateur."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from campagnes.affichage import Affiche, Etablissement, enregistrer_etablissement, etablissements
from campagnes.depot import Depot
from campagnes.sceau import TitulaireSceau, enregistrer_titulaire, titulaires_sceau
from ui.fenetre import ANNEE, FenetrePrincipale
from ui.registre_affichage import ModeleEtablissements
from ui.registre_sceau import COULEURS, ModeleSceau
from ui.reglages import Reglages
from ui.session import Session

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

AUJOURDHUI = date(2027, 1, 15)


def _titulaire(nom: str, region: str, **autres) -> TitulaireSceau:
    return TitulaireSceau(
        nom=nom, type="hotellerie", region=region, date_octroi=date(2026, 1, 10), **autres
    )


@pytest.fixture
def semer(chemin_base: Path):
    """Écrit des entrées par le domaine avant d'ouvrir la fenêtre (comme une base existante)."""

    def _semer(titulaires=(), lieux=()) -> None:
        depot = Depot.ouvrir(chemin_base)
        for t in titulaires:
            enregistrer_titulaire(depot, t)
        for e in lieux:
            enregistrer_etablissement(depot, e)
        depot.fermer()

    return _semer


@pytest.fixture
def fenetre(qtbot, chemin_base: Path, tmp_path: Path):
    ouverts = []

    def _ouvrir() -> FenetrePrincipale:
        depot = Depot.ouvrir(chemin_base)
        ouverts.append(depot)
        reglages = Reglages(QSettings(str(tmp_path / "r.ini"), QSettings.Format.IniFormat))
        f = FenetrePrincipale(Session(depot), reglages, annee=2027, aujourd_hui=AUJOURDHUI)
        qtbot.addWidget(f)
        f.show()
        f.activateWindow()
        qtbot.waitActive(f)
        return f

    yield _ouvrir
    for depot in ouverts:
        depot.fermer()


def lire_base(chemin: Path, fonction):
    depot = Depot.ouvrir(chemin)
    try:
        return fonction(depot)
    finally:
        depot.fermer()


def noms(modele, colonne: int = 0) -> list[str]:
    return [modele.index(i, colonne).data() for i in range(modele.rowCount())]


def enregistrer(qtbot, dialogue) -> None:
    qtbot.mouseClick(
        dialogue.boutons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def choisir(combo, donnee) -> None:
    index = combo.findData(donnee)
    assert index >= 0, donnee
    combo.setCurrentIndex(index)


def boites(f: FenetrePrincipale) -> list[QMessageBox]:
    return [b for b in f.findChildren(QMessageBox) if b.isVisible()]


def choisir_ligne(qtbot, vue, nom: str) -> None:
    ligne = noms(vue.modele).index(nom)
    rect = vue.table.visualRect(vue.modele.index(ligne, 0))
    qtbot.mouseClick(vue.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- sceau ---------------------------------------------------------------------------------------


def test_ajouter_un_titulaire_il_apparait_et_son_renouvellement_dans_la_frise(
    qtbot, fenetre, chemin_base
):
    f = fenetre()
    vue = f.vue_sceau
    f.onglets.setCurrentWidget(vue)
    assert f.onglets.tabText(f.onglets.currentIndex()) == "Sceau"
    qtbot.mouseClick(vue.bouton_ajouter, Qt.MouseButton.LeftButton)
    d = vue.dialogue
    assert d is not None and d.isVisible()
    qtbot.keyClicks(d.nom, "Hotel Bonsejour")
    choisir(d.region, "03")
    choisir(d.type, "festival")
    d.renouvellement.case.setChecked(True)
    d.renouvellement.champ.setDate(QDate(2027, 3, 10))
    d.affiches.setChecked(True)
    enregistrer(qtbot, d)
    qtbot.waitUntil(lambda: vue.dialogue is None)

    assert noms(vue.modele) == ["Hotel Bonsejour"]
    ligne = 0
    renouv = vue.modele.index(ligne, ModeleSceau.RENOUVELLEMENT)
    assert renouv.data() == "10 mars 2027"
    # Dû dans 54 jours : mis en évidence comme « bientôt ».
    assert renouv.data(Qt.ItemDataRole.BackgroundRole).color().name() == COULEURS["bientot"]
    assert vue.modele.index(ligne, ModeleSceau.REGION).data() == "03 — Capitale-Nationale"
    ecrit = lire_base(chemin_base, titulaires_sceau)
    assert [(t.nom, t.region, t.type, t.affiches_en_place) for t in ecrit] == [
        ("Hotel Bonsejour", "03", "festival", True)
    ]

    f.onglets.setCurrentIndex(ANNEE)
    slug = f"sceau-renouvellement-{ecrit[0].identifiant}"
    barre = f.vue_annee.rect_occurrence(slug)
    assert not barre.isEmpty()
    milieu_du_jour = f.vue_annee.x_date(date(2027, 3, 10)) + f.vue_annee.largeur_jour() / 2
    assert barre.left() <= milieu_du_jour <= barre.right() + 1

    # Annuler l'ajout retire aussi le renouvellement de la frise.
    f.action_annuler.trigger()
    assert f.vue_annee.rect_occurrence(slug).isEmpty()
    assert lire_base(chemin_base, titulaires_sceau) == []


def test_renouvellement_en_retard_en_evidence(qtbot, fenetre, semer):
    semer([_titulaire("Auberge A", "06", date_renouvellement=date(2026, 12, 1))])
    f = fenetre()
    f.onglets.setCurrentWidget(f.vue_sceau)
    index = f.vue_sceau.modele.index(0, ModeleSceau.RENOUVELLEMENT)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == COULEURS["en_retard"]
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Renouvellement en retard de 45 jour(s)"


def test_le_dialogue_refuse_un_renouvellement_avant_l_octroi_a_cote_du_champ(
    qtbot, fenetre, chemin_base
):
    f = fenetre()
    vue = f.vue_sceau
    f.onglets.setCurrentWidget(vue)
    d = vue.ajouter()
    qtbot.keyClicks(d.nom, "Festival Y")
    d.octroi.setDate(QDate(2027, 1, 10))
    d.renouvellement.case.setChecked(True)
    d.renouvellement.champ.setDate(QDate(2026, 6, 1))
    enregistrer(qtbot, d)
    assert d.isVisible()
    assert d.erreur_renouvellement.isVisible()
    assert d.erreur_renouvellement.text() == "Le renouvellement doit suivre l'octroi du sceau."
    assert lire_base(chemin_base, titulaires_sceau) == []
    d.renouvellement.champ.setDate(QDate(2029, 1, 10))
    assert not d.erreur_renouvellement.isVisible()


def test_modifier_un_titulaire_puis_annuler(qtbot, fenetre, semer, chemin_base):
    semer([_titulaire("Auberge A", "06"), _titulaire("Hotel B", "03")])
    f = fenetre()
    vue = f.vue_sceau
    f.onglets.setCurrentWidget(vue)
    choisir_ligne(qtbot, vue, "Auberge A")
    qtbot.mouseClick(vue.bouton_modifier, Qt.MouseButton.LeftButton)
    d = vue.dialogue
    d.nom.selectAll()
    qtbot.keyClicks(d.nom, "Auberge du Lac")
    d.formation.case.setChecked(True)
    d.formation.champ.setDate(QDate(2026, 11, 20))
    enregistrer(qtbot, d)
    qtbot.waitUntil(lambda: vue.dialogue is None)
    assert "Auberge du Lac" in noms(vue.modele)
    apres = lire_base(chemin_base, titulaires_sceau)
    assert sorted(t.nom for t in apres) == ["Auberge du Lac", "Hotel B"]

    assert f.action_annuler.isEnabled()
    assert f.action_annuler.text() == "&Annuler Modifier « Auberge du Lac »"
    f.action_annuler.trigger()
    assert sorted(noms(vue.modele)) == ["Auberge A", "Hotel B"]
    avant = {t.nom: t for t in lire_base(chemin_base, titulaires_sceau)}
    assert set(avant) == {"Auberge A", "Hotel B"}
    assert avant["Auberge A"].date_formation is None
    f.action_retablir.trigger()
    assert sorted(noms(vue.modele)) == ["Auberge du Lac", "Hotel B"]


def test_supprimer_un_titulaire_puis_annuler(qtbot, fenetre, semer, chemin_base):
    semer([_titulaire("Auberge A", "06", remarques="Contact : M. Roy")])
    f = fenetre()
    vue = f.vue_sceau
    f.onglets.setCurrentWidget(vue)
    choisir_ligne(qtbot, vue, "Auberge A")
    qtbot.keyClick(vue.table, Qt.Key.Key_Delete)
    assert noms(vue.modele) == []
    assert lire_base(chemin_base, titulaires_sceau) == []
    f.action_annuler.trigger()
    assert noms(vue.modele) == ["Auberge A"]
    assert [t.remarques for t in lire_base(chemin_base, titulaires_sceau)] == ["Contact : M. Roy"]


def test_filtrer_par_region_et_par_texte(qtbot, fenetre, semer):
    semer([_titulaire("Auberge A", "06"), _titulaire("Hotel B", "03"), _titulaire("Hotel C", "06")])
    f = fenetre()
    vue = f.vue_sceau
    f.onglets.setCurrentWidget(vue)
    assert vue.compte.text() == "3 titulaire(s)"
    choisir(vue.region, "06")
    assert sorted(noms(vue.modele)) == ["Auberge A", "Hotel C"]
    assert vue.compte.text() == "2 sur 3 titulaire(s)"
    qtbot.keyClicks(vue.cherche, "hotel")
    assert noms(vue.modele) == ["Hotel C"]
    vue.region.setCurrentIndex(0)  # « Toutes les régions »
    assert sorted(noms(vue.modele)) == ["Hotel B", "Hotel C"]


def _csv(chemin: Path, lignes: list[str]) -> Path:
    entete = (
        "nom;type;region;date_octroi;date_renouvellement;date_formation;affiches_en_place;remarques"
    )
    chemin.write_text("\n".join([entete, *lignes]) + "\n", encoding="utf-8")
    return chemin


def test_importer_un_csv_avec_une_mauvaise_ligne_ne_change_rien(
    qtbot, fenetre, semer, chemin_base, tmp_path
):
    semer([_titulaire("Auberge A", "06")])
    fichier = _csv(
        tmp_path / "sceau.csv",
        [
            "Festival X;festival;03;2026-01-01;2028-01-01;;non;",
            "Hotel Z;hotellerie;99;2026-01-01;;;oui;",
        ],
    )
    f = fenetre()
    vue = f.vue_sceau
    f.onglets.setCurrentWidget(vue)
    vue.importer_depuis(fichier)
    qtbot.waitUntil(lambda: bool(boites(f)))
    assert boites(f)[0].text() == (
        "Ligne 3 de « sceau.csv » : région « 99 » inconnue (codes 01 à 17). Rien n'a été importé."
    )
    assert noms(vue.modele) == ["Auberge A"]
    assert [t.nom for t in lire_base(chemin_base, titulaires_sceau)] == ["Auberge A"]
    assert vue.bouton_importer.isEnabled()


def test_importer_un_csv_valide(qtbot, fenetre, chemin_base, tmp_path):
    fichier = _csv(
        tmp_path / "sceau.csv",
        [
            "Festival X;festival;03;2026-01-01;2027-06-01;;non;",
            "Hotel Z;hotellerie;6;2026-01-01;;;oui;",
        ],
    )
    f = fenetre()
    vue = f.vue_sceau
    f.onglets.setCurrentWidget(vue)
    vue.importer_depuis(fichier)
    qtbot.waitUntil(lambda: vue.modele.rowCount() == 2)
    assert f.statusBar().currentMessage() == "Import terminé : 2 créés, 0 modifiés, 0 inchangés."
    f.onglets.setCurrentIndex(ANNEE)
    identifiant = next(
        t.identifiant for t in lire_base(chemin_base, titulaires_sceau) if t.nom == "Festival X"
    )
    assert not f.vue_annee.rect_occurrence(f"sceau-renouvellement-{identifiant}").isEmpty()


def test_exporter_le_registre_du_sceau(qtbot, fenetre, semer, tmp_path):
    semer([_titulaire("Auberge « A » & fils", "06", date_renouvellement=date(2028, 1, 10))])
    f = fenetre()
    vue = f.vue_sceau
    f.onglets.setCurrentWidget(vue)
    sortie = tmp_path / "export.csv"
    vue.exporter_vers(sortie)
    qtbot.waitUntil(sortie.exists)
    lignes = sortie.read_text(encoding="utf-8-sig").splitlines()
    assert lignes[0].startswith("identifiant;nom;type;region;date_octroi")
    assert "Auberge « A » & fils" in lignes[1] and "2028-01-10" in lignes[1]
    qtbot.waitUntil(lambda: "1 entrées exportées" in f.statusBar().currentMessage())


def test_liste_par_region_en_pdf_depuis_l_onglet(qtbot, fenetre, semer, tmp_path):
    from pypdf import PdfReader

    semer([_titulaire("Auberge A", "06"), _titulaire("Hotel B", "03")])
    f = fenetre()
    vue = f.vue_sceau
    f.onglets.setCurrentWidget(vue)
    choisir(vue.region, "06")
    sortie = tmp_path / "sceau.pdf"
    vue.imprimer_vers(sortie)
    qtbot.waitUntil(lambda: vue.bouton_pdf.isEnabled())
    texte = "".join(p.extract_text() for p in PdfReader(sortie).pages)
    assert "06 — Montréal" in texte and "Auberge A" in texte
    assert "Hotel B" not in texte  # le filtre de région vaut pour l'impression


def test_modele_sceau_passe_le_testeur_de_modeles(qtmodeltester, fenetre, semer):
    semer(
        [_titulaire("Auberge A", "06", date_renouvellement=date(2027, 2, 1)), _titulaire("B", "03")]
    )
    f = fenetre()
    f.onglets.setCurrentWidget(f.vue_sceau)
    qtmodeltester.check(f.vue_sceau.modele)


# --- affichage ------------------------------------------------------------------------------------


def test_ajouter_un_etablissement_change_les_comptes(qtbot, fenetre, semer, chemin_base):
    semer(
        lieux=[
            Etablissement(
                "Sauna Nord",
                "sauna",
                "06",
                {"achat": Affiche(True, ["fr"]), "signalement": Affiche(True, ["fr"])},
            )
        ]
    )
    f = fenetre()
    vue = f.vue_affichage
    f.onglets.setCurrentWidget(vue)
    s = vue.synthese
    assert s.valeur(s.par_region, "Ensemble du Québec", 1) == 1
    assert s.valeur(s.par_region, "06 — Montréal", 2) == 1  # conforme
    assert s.valeur(s.par_type, "établissement hôtelier", 1) is None

    qtbot.mouseClick(vue.bouton_ajouter, Qt.MouseButton.LeftButton)
    d = vue.dialogue
    qtbot.keyClicks(d.nom, "Hotel du Port")
    choisir(d.type, "hotel")
    choisir(d.region, "06")
    achat = d.affiches["achat"]
    achat.en_place.setChecked(True)
    achat.langues.clear()
    enregistrer(qtbot, d)
    # Affiche en place sans langue : refusé à côté du champ.
    assert d.isVisible() and achat.erreur.isVisible()
    assert achat.erreur.text() == "Indiquez la langue de l'affiche en place."
    qtbot.keyClicks(achat.langues, "fr, en")
    qtbot.keyClicks(achat.version, "2027-01")
    achat.verification.case.setChecked(True)
    achat.verification.champ.setDate(QDate(2027, 1, 12))
    enregistrer(qtbot, d)
    qtbot.waitUntil(lambda: vue.dialogue is None)

    assert s.valeur(s.par_region, "Ensemble du Québec", 1) == 2
    assert s.valeur(s.par_region, "06 — Montréal", 1) == 2
    assert s.valeur(s.par_region, "06 — Montréal", 2) == 1  # le nouvel hôtel n'est pas conforme
    assert s.valeur(s.par_region, "06 — Montréal", 3) == 2  # deux affiches « achat »
    assert s.valeur(s.par_type, "établissement hôtelier", 1) == 1
    ligne = noms(vue.modele).index("Hotel du Port")
    assert (
        vue.modele.index(ligne, ModeleEtablissements.ACHAT).data() == "en place (fr, en — 2027-01)"
    )
    assert vue.modele.index(ligne, ModeleEtablissements.SIGNALEMENT).data() == "absente"
    assert vue.modele.index(ligne, ModeleEtablissements.VERIFICATION).data() == "12 janvier 2027"
    ecrit = {e.nom: e for e in lire_base(chemin_base, etablissements)}
    assert ecrit["Hotel du Port"].affiche("achat").langues == ["fr", "en"]

    f.action_annuler.trigger()
    assert s.valeur(s.par_region, "Ensemble du Québec", 1) == 1
    assert noms(vue.modele) == ["Sauna Nord"]


def test_importer_et_exporter_l_affichage(qtbot, fenetre, chemin_base, tmp_path):
    entete = "nom;type;region;achat_en_place;achat_langues;signalement_en_place;signalement_langues"
    bon = tmp_path / "affichage.csv"
    bon.write_text(
        f"{entete}\nSalon X;salon de massage érotique;06;oui;fr;non;\n"
        "Gite Y;hébergement touristique;01;non;;non;\n",
        encoding="utf-8",
    )
    mauvais = tmp_path / "mauvais.csv"
    mauvais.write_text(f"{entete}\nSauna Z;sauna;06;peut-etre;fr;non;\n", encoding="utf-8")
    f = fenetre()
    vue = f.vue_affichage
    f.onglets.setCurrentWidget(vue)
    vue.importer_depuis(mauvais)
    qtbot.waitUntil(lambda: bool(boites(f)))
    assert boites(f)[0].text().startswith("Ligne 2 de « mauvais.csv » : achat_en_place")
    assert lire_base(chemin_base, etablissements) == []
    boites(f)[0].close()

    vue.importer_depuis(bon)
    qtbot.waitUntil(lambda: vue.modele.rowCount() == 2)
    assert vue.synthese.valeur(vue.synthese.par_type, "salon de massage érotique", 3) == 1
    sortie = tmp_path / "sortie.csv"
    vue.exporter_vers(sortie)
    qtbot.waitUntil(sortie.exists)
    texte = sortie.read_text(encoding="utf-8-sig")
    assert "Salon X;salon de massage érotique;06" in texte


def test_modele_etablissements_passe_le_testeur_de_modeles(qtmodeltester, fenetre, semer):
    semer(lieux=[Etablissement("Sauna Nord", "sauna", "06", {"achat": Affiche(True, ["fr"])})])
    f = fenetre()
    f.onglets.setCurrentWidget(f.vue_affichage)
    qtmodeltester.check(f.vue_affichage.modele)


def test_base_en_lecture_seule_se_consulte_sans_ecrire(qtbot, semer, chemin_base, tmp_path):
    semer([_titulaire("Auberge A", "06")])
    depot = Depot.ouvrir(chemin_base, lecture_seule=True)
    try:
        reglages = Reglages(QSettings(str(tmp_path / "r.ini"), QSettings.Format.IniFormat))
        f = FenetrePrincipale(Session(depot), reglages, annee=2027, aujourd_hui=AUJOURDHUI)
        qtbot.addWidget(f)
        f.show()
        vue = f.vue_sceau
        f.onglets.setCurrentWidget(vue)
        vue.selectionner(vue.modele.entree(0).identifiant)
        assert noms(vue.modele) == ["Auberge A"]
        assert not vue.bouton_ajouter.isEnabled()
        assert not vue.bouton_supprimer.isEnabled()
        assert not vue.bouton_importer.isEnabled()
        assert vue.bouton_exporter.isEnabled() and vue.bouton_pdf.isEnabled()
        qtbot.keyClick(vue.table, Qt.Key.Key_Delete)
        assert noms(vue.modele) == ["Auberge A"]
        f.close()
    finally:
        depot.fermer()


def test_le_menu_affichage_ouvre_les_registres(qtbot, fenetre):
    f = fenetre()
    actions = {a.text(): a for a in f.menus["affichage"].actions()}
    actions["Registre de l'a&ffichage"].trigger()
    assert f.onglets.currentWidget() is f.vue_affichage
    actions["Registre du &sceau"].trigger()
    assert f.onglets.currentWidget() is f.vue_sceau
    exporter = [a.text() for a in f.menus["exporter"].actions()]
    assert "Titulaires du sceau par &région (PDF)…" in exporter
