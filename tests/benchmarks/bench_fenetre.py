"""Mesure la fenêtre : ouverture et filtrage de la liste, sur le catalogue et sur 10 000 campagnes.

Lancer : QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_fenetre.py [--base FICHIER]
La grande base (10 000 campagnes, 50 000 matériels) est synthétique, dite comme telle :
des copies du catalogue décalées de quelques jours, 5 matériels chacune. Elle est créée
dans un dossier temporaire (ou au chemin donné, réutilisé s'il existe déjà).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from campagnes.depot import Depot
from campagnes.modele import Materiel, Recurrence
from ui.fenetre import ANNEE, CAMPAGNES, MATERIEL, PUBLICS, RECOMMANDATIONS, FenetrePrincipale
from ui.modele_campagnes import ModeleCampagnes
from ui.reglages import Reglages
from ui.session import Session

NOMBRE = 10_000
MATERIELS_PAR_CAMPAGNE = 5
ANNEE_PLAN = 2027


def creer_grande_base(chemin: Path) -> None:
    depot = Depot.ouvrir(chemin)
    catalogue = depot.campagnes()
    copies = []
    for i in range(NOMBRE - len(catalogue)):
        modele = catalogue[i % len(catalogue)]
        decalage = timedelta(days=(i * 7) % 300)
        rec = modele.recurrence
        copies.append(
            replace(
                modele,
                id=None,
                uid="",
                slug=f"{modele.slug}-copie-{i}",
                titre=f"{modele.titre} (copie {i})",
                recurrence=Recurrence(rec.debut + decalage, rec.fin + decalage, rec.rrule),
                materiels=[
                    Materiel(
                        titre=f"Matériel {k} de la copie {i}",
                        type="affiche",
                        langue="fr" if k % 2 else "en",
                        delai_jours=20 + k * 10,
                    )
                    for k in range(MATERIELS_PAR_CAMPAGNE)
                ],
            )
        )
    depot.enregistrer_campagnes(copies)
    depot.fermer()


def chrono(fonction):
    debut = time.perf_counter()
    resultat = fonction()
    QApplication.processEvents()
    return time.perf_counter() - debut, resultat


def ms(secondes: float) -> str:
    return f"{secondes * 1000:9.1f} ms"


def mesurer(nom: str, chemin: Path, dossier: Path) -> None:
    reglages = Reglages(QSettings(str(dossier / f"{nom}.ini"), QSettings.Format.IniFormat))
    reglages.settings.setValue("fenetre/dernier_onglet", ANNEE)

    def ouvrir():
        depot = Depot.ouvrir(chemin)
        f = FenetrePrincipale(
            Session(depot), reglages, annee=ANNEE_PLAN, aujourd_hui=date(ANNEE_PLAN, 1, 15)
        )
        f.resize(1400, 900)
        f.show()
        f.repaint()
        return f

    duree, fenetre = chrono(ouvrir)
    depot = fenetre.session.depot
    print(
        f"\n== {nom} : {depot.nombre_campagnes()} campagnes, "
        f"{depot.db.execute('SELECT count(*) FROM materiels').fetchone()[0]} matériels"
    )
    print(f"ouverture (base + fenêtre + frise dessinée)  {ms(duree)}")
    for onglet, libelle in (
        (CAMPAGNES, "onglet Campagnes"),
        (PUBLICS, "onglet Publics"),
        (MATERIEL, "onglet Matériel"),
        (RECOMMANDATIONS, "onglet Recommandations"),
    ):
        duree, _ = chrono(lambda o=onglet: (fenetre.onglets.setCurrentIndex(o), fenetre.repaint()))
        print(f"premier affichage {libelle:<24}{ms(duree)}")
    fenetre.onglets.setCurrentIndex(CAMPAGNES)
    vue = fenetre.vue_campagnes
    for texte in ("copie 12", "aéroports", "zzz-introuvable", ""):
        duree, _ = chrono(lambda t=texte: (vue.recherche.setText(t), vue.table.repaint()))
        print(f"filtre texte « {texte} » -> {vue.modele.rowCount():>5} lignes   {ms(duree)}")
    combo = vue.filtre_public
    duree, _ = chrono(
        lambda: (combo.setCurrentIndex(combo.findData("Parents")), vue.table.repaint())
    )
    print(f"filtre public « Parents » -> {vue.modele.rowCount():>5} lignes  {ms(duree)}")
    vue.effacer_filtres()
    duree, _ = chrono(
        lambda: (
            vue.table.sortByColumn(ModeleCampagnes.DATES, Qt.SortOrder.AscendingOrder),
            vue.table.repaint(),
        )
    )
    print(f"tri par dates de l'année                     {ms(duree)}")
    duree, _ = chrono(
        lambda: (
            vue.table.sortByColumn(ModeleCampagnes.TITRE, Qt.SortOrder.AscendingOrder),
            vue.table.repaint(),
        )
    )
    print(f"tri par titre (QCollator fr_CA)              {ms(duree)}")
    c = fenetre.session.campagne("journee-4-mars")
    c.responsable = "Mesure"
    duree, _ = chrono(lambda: (fenetre.session.modifier(c), vue.table.repaint()))
    print(f"une modification enregistrée + liste relue   {ms(duree)}")
    duree, _ = chrono(lambda: (fenetre.action_annuler.trigger(), vue.table.repaint()))
    print(f"annuler                                      {ms(duree)}")
    fenetre.close()
    depot.fermer()


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("--base", type=Path, help="grande base à créer ou réutiliser")
    args = parseur.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as temporaire:
        dossier = Path(temporaire)
        mesurer("catalogue", dossier / "catalogue.sqlite", dossier)
        grande = args.base or dossier / "grande.sqlite"
        if not grande.exists():
            debut = time.perf_counter()
            creer_grande_base(grande)
            print(
                f"\n(création de la grande base : {time.perf_counter() - debut:.1f} s, non comptée)"
            )
        mesurer("grande base", grande, dossier)
    app.quit()


if __name__ == "__main__":
    main()
