"""Mesure la fenêtre : ouverture, onglets, filtres, tris, modification ; 13 puis 10 000 campagnes.

Lancer : `python -m tests.benchmarks --seulement fenetre`, ou
`QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_fenetre.py` (imprime).

Deux plans : le catalogue (13 campagnes) et le plan partagé `outils_bench.base_generee(10_000,
5)` (10 000 campagnes synthétiques, dites comme telles, et 50 000 matériels), ouvert sur une
copie puisque la mesure écrit. Chaque figure à 10 000 a pour plancher la même mesure sur le
catalogue ; l'ouverture du catalogue a pour plancher une QMainWindow nue de même taille.
Chaque chiffre est la médiane de 3 (une fenêtre neuve par ouverture ; un premier affichage
d'onglet par fenêtre ouverte).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parent)]

from outils_bench import base_generee, copie_de, dossier_de_travail, mediane  # noqa: E402
from PySide6.QtCore import QEvent, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

from campagnes.depot import Depot  # noqa: E402
from ui.fenetre import (  # noqa: E402
    ANNEE,
    CAMPAGNES,
    MATERIEL,
    PUBLICS,
    RECOMMANDATIONS,
    FenetrePrincipale,
)
from ui.modele_campagnes import ModeleCampagnes  # noqa: E402
from ui.reglages import Reglages  # noqa: E402
from ui.session import Session  # noqa: E402

N = 10_000
ANNEE_PLAN = 2027
REPETITIONS = 3
ONGLETS = (
    (CAMPAGNES, "Campagnes"),
    (PUBLICS, "Publics"),
    (MATERIEL, "Matériel"),
    (RECOMMANDATIONS, "Recommandations"),
)
TEXTES = ("aéroports", "n° 12")
PUBLIC = "Intervenants sociaux"  # présent au catalogue comme dans le plan généré


def nombre_fr(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def chrono(fonction) -> float:
    """Durée de `fonction` suivie du traitement des événements qu'elle a postés."""
    debut = time.perf_counter()
    fonction()
    QApplication.processEvents()
    return time.perf_counter() - debut


def detruire(fenetre) -> None:
    """Ferme et détruit la fenêtre (ses minuteries avec elle), puis ferme sa base."""
    depot = fenetre.session.depot
    fenetre.close()
    fenetre.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    depot.fermer()


def mesurer_plan(chemin: Path, reglages: Reglages) -> tuple[dict[str, float], dict[str, int]]:
    """Les durées (médianes) d'un plan, par clé, et ce qu'elles ont montré (lignes, campagnes)."""
    durees: dict[str, list[float]] = {}
    fenetres = []

    def ouvrir() -> None:
        depot = Depot.ouvrir(chemin)
        f = FenetrePrincipale(
            Session(depot), reglages, annee=ANNEE_PLAN, aujourd_hui=date(ANNEE_PLAN, 1, 15)
        )
        f.resize(1400, 900)
        f.show()
        f.repaint()
        fenetres.append(f)

    for _ in range(REPETITIONS):
        if fenetres:
            detruire(fenetres.pop())
        reglages.settings.setValue("fenetre/dernier_onglet", ANNEE)  # la frise d'abord
        durees.setdefault("ouverture", []).append(chrono(ouvrir))
        f = fenetres[-1]
        for onglet, nom in ONGLETS:
            durees.setdefault(f"onglet {nom}", []).append(
                chrono(lambda o=onglet, f=f: (f.onglets.setCurrentIndex(o), f.repaint()))
            )
    resultat = {cle: statistics.median(valeurs) for cle, valeurs in durees.items()}

    fenetre = fenetres.pop()
    depot = fenetre.session.depot
    vus = {
        "campagnes": depot.nombre_campagnes(),
        "materiels": depot.db.execute("SELECT count(*) FROM materiels").fetchone()[0],
    }
    fenetre.onglets.setCurrentIndex(CAMPAGNES)
    vue = fenetre.vue_campagnes

    def taper(texte: str) -> None:
        vue.recherche.setText(texte)
        vue.table.repaint()

    for texte in TEXTES:
        resultat[f"filtre {texte}"] = mediane(
            lambda t=texte: chrono(lambda: taper(t)), REPETITIONS, lambda: taper("")
        )
        vus[f"filtre {texte}"] = vue.modele.rowCount()
    resultat["filtre effacé"] = mediane(
        lambda: chrono(lambda: taper("")), REPETITIONS, lambda: taper(TEXTES[0])
    )

    combo = vue.filtre_public

    def choisir_public(position: int) -> None:
        combo.setCurrentIndex(position)
        vue.table.repaint()

    position = combo.findData(PUBLIC)
    assert position > 0, PUBLIC
    resultat["filtre public"] = mediane(
        lambda: chrono(lambda: choisir_public(position)), REPETITIONS, lambda: choisir_public(0)
    )
    vus["filtre public"] = vue.modele.rowCount()
    vue.effacer_filtres()

    def trier(colonne: int) -> None:
        vue.table.sortByColumn(colonne, Qt.SortOrder.AscendingOrder)
        vue.table.repaint()

    def trier_autrement() -> None:
        # Hors chrono : un autre tri d'abord, sinon Qt ne retrie pas une colonne déjà triée.
        vue.table.sortByColumn(ModeleCampagnes.TITRE, Qt.SortOrder.DescendingOrder)

    for cle, colonne in (
        ("tri dates", ModeleCampagnes.DATES),
        ("tri titre", ModeleCampagnes.TITRE),
    ):
        resultat[cle] = mediane(
            lambda c=colonne: chrono(lambda: trier(c)), REPETITIONS, trier_autrement
        )

    session = fenetre.session
    compteur = iter(range(1_000_000))

    def modifier() -> None:
        campagne = session.campagne("journee-4-mars")
        campagne.responsable = f"Mesure {next(compteur)}"
        session.modifier(campagne)
        vue.table.repaint()

    resultat["modification"] = mediane(lambda: chrono(modifier), REPETITIONS)

    def annuler() -> None:
        fenetre.action_annuler.trigger()
        vue.table.repaint()

    resultat["annuler"] = mediane(lambda: chrono(annuler), REPETITIONS, modifier)
    detruire(fenetre)
    return resultat, vus


def fenetre_nue() -> float:
    """Le plancher de l'ouverture du catalogue : une QMainWindow vide, même taille, peinte."""
    fenetres = []

    def ouvrir() -> None:
        f = QMainWindow()
        f.setWindowTitle("Campagnes")
        f.resize(1400, 900)
        f.show()
        f.repaint()
        fenetres.append(f)

    secondes = mediane(lambda: chrono(ouvrir), REPETITIONS)
    for f in fenetres:
        f.close()
        f.deleteLater()
    QApplication.processEvents()
    return secondes


def mesures(nombre: int = N) -> list:
    app = QApplication.instance() or QApplication([])
    dossier = dossier_de_travail()
    reglages = Reglages(QSettings(str(dossier / "fenetre.ini"), QSettings.Format.IniFormat))
    catalogue_chemin = dossier / "fenetre-catalogue.sqlite"
    for suffixe in ("", "-wal", "-shm"):
        Path(f"{catalogue_chemin}{suffixe}").unlink(missing_ok=True)
    Depot.ouvrir(catalogue_chemin).fermer()
    grande_chemin = copie_de(base_generee(nombre, 5), "fenetre-grande.sqlite")

    nue = fenetre_nue()
    petit, vus_petit = mesurer_plan(catalogue_chemin, reglages)
    grand, vus = mesurer_plan(grande_chemin, reglages)
    app.processEvents()

    plan = f"{nombre_fr(vus['campagnes'])} campagnes / {nombre_fr(vus['materiels'])} matériels"
    catalogue = f"{vus_petit['campagnes']} campagnes"

    def lignes(cle: str) -> str:
        grand, petit = vus[cle], vus_petit[cle]
        return f"{nombre_fr(grand)} ligne{'s' if grand > 1 else ''} ; catalogue : {petit}"

    figures = [
        ("ouverture", "ouverture (base lue, fenêtre construite, frise dessinée)"),
        *((f"onglet {nom}", f"premier affichage de l'onglet {nom}") for _, nom in ONGLETS),
        *(
            (f"filtre {texte}", f"filtre texte « {texte} » ({lignes(f'filtre {texte}')})")
            for texte in TEXTES
        ),
        ("filtre effacé", "filtre texte effacé (toute la liste revient)"),
        ("filtre public", f"filtre public « {PUBLIC} » ({lignes('filtre public')})"),
        ("tri dates", "tri de la liste par dates de l'année"),
        ("tri titre", "tri de la liste par titre (QCollator, ordre français)"),
        ("modification", "une modification enregistrée, liste relue"),
        ("annuler", "annuler la modification (Ctrl+Z)"),
    ]
    resultat = [
        (
            f"Fenêtre, catalogue ({catalogue}) : ouverture (base lue, fenêtre construite, "
            "frise dessinée)",
            petit["ouverture"],
            "QMainWindow nue de même taille, montrée et peinte",
            nue,
        )
    ]
    for cle, libelle in figures:
        resultat.append(
            (
                f"Fenêtre, {plan} : {libelle}",
                grand[cle],
                f"La même sur le catalogue ({catalogue})",
                petit[cle],
            )
        )
    return resultat


def main() -> None:
    for nom, secondes, plancher, secondes_plancher in mesures():
        print(
            f"{nom}\n    {secondes * 1000:9.1f} ms   (plancher, {plancher} : "
            f"{secondes_plancher * 1000:.1f} ms)"
        )


if __name__ == "__main__":
    main()
