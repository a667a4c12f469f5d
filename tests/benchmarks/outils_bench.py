"""Outils partagés par les fichiers `bench_*.py` : médiane, plan généré, démarrage Qt nu.

Un fichier de mesures importe ce module par `from outils_bench import ...` (le lanceur met
`tests/benchmarks/` et la racine du dépôt dans sys.path).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

RACINE = Path(__file__).resolve().parents[2]
if str(RACINE) not in sys.path:
    sys.path.insert(0, str(RACINE))

Mesure = tuple[str, float, "str | None", "float | None"]


def mediane(
    fonction: Callable[[], object],
    repetitions: int = 5,
    preparer: Callable[[], object] | None = None,
) -> float:
    """Médiane en secondes de `repetitions` appels ; `preparer` tourne hors chrono avant chacun."""
    durees = []
    for _ in range(repetitions):
        if preparer:
            preparer()
        debut = time.perf_counter()
        fonction()
        durees.append(time.perf_counter() - debut)
    return statistics.median(durees)


def dossier_de_travail() -> Path:
    """Un dossier commun à tous les fichiers de mesures d'une même exécution du lanceur."""
    dossier = os.environ.get("CAMPAGNES_BENCH_DOSSIER")
    if dossier:
        return Path(dossier)
    global _DOSSIER_LOCAL
    try:
        return _DOSSIER_LOCAL
    except NameError:
        _DOSSIER_LOCAL = Path(tempfile.mkdtemp(prefix="campagnes-bench-"))
        return _DOSSIER_LOCAL


REGLES = (
    None,
    "FREQ=YEARLY",
    "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=4",
    "FREQ=YEARLY;BYMONTH=3;BYDAY=MO;BYSETPOS=1",
)
PUBLICS = ("Jeunes", "Familles", "Intervenants sociaux", "Hôtellerie", "Voyageurs")
REGIONS = ("01", "03", "06", "09", "10", "13", "17")


def campagnes_generees(nombre: int, materiels_par_campagne: int = 5) -> list:
    """Des campagnes variées (règles, durées, publics, régions, matériels), toujours les mêmes."""
    from campagnes.modele import Campagne, Jalon, Materiel, PublicCible, Recurrence

    resultat = []
    for i in range(nombre):
        debut = date(2026, 1, 1) + timedelta(days=(i * 37) % 365)
        duree = (3, 7, 14, 30)[i % 4]
        regle = REGLES[i % len(REGLES)]
        if regle and "BYMONTH=3" in regle:
            debut = date(2026, 3, 4) if "BYMONTHDAY" in regle else date(2026, 3, 2)
        resultat.append(
            Campagne(
                slug=f"campagne-generee-{i}",
                titre=f"Campagne régionale n° {i} : prévention et sensibilisation",
                recurrence=Recurrence(debut, debut + timedelta(days=duree - 1), regle),
                description=f"Campagne générée pour les mesures ({i}). " * 3,
                statut=("planifiee", "confirmee", "proposee")[i % 3],
                recommandations=[6, 12, (i % 58) + 1],
                publics=[PublicCible(PUBLICS[i % 5]), PublicCible(PUBLICS[(i + 2) % 5])],
                partenaires=[f"Partenaire {i % 40}"],
                canaux=["Réseaux sociaux", "Affichage"],
                regions=[REGIONS[i % 7], REGIONS[(i + 3) % 7]],
                materiels=[
                    Materiel(f"Matériel {k} de la campagne {i}", type="affiche", delai_jours=10 * k)
                    for k in range(materiels_par_campagne)
                ],
                jalons=[Jalon("Validation", 30)],
            )
        )
    return resultat


def base_generee(nombre: int = 10_000, materiels_par_campagne: int = 5) -> Path:
    """Un plan de `nombre` campagnes (13 du catalogue en plus), créé une fois par exécution.

    Ne pas l'écrire : copiez-le (`copie_de`) si la mesure modifie la base.
    """
    from campagnes.depot import Depot

    chemin = dossier_de_travail() / f"plan-{nombre}-{materiels_par_campagne}.sqlite"
    if not chemin.exists():
        provisoire = chemin.with_name(f"en-cours-{os.getpid()}-{chemin.name}")
        depot = Depot.ouvrir(provisoire)
        depot.enregistrer_campagnes(campagnes_generees(nombre, materiels_par_campagne))
        depot.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        depot.fermer()
        os.replace(provisoire, chemin)
    return chemin


def copie_de(chemin: Path, nom: str) -> Path:
    """Une copie fraîche de la base (fermée) pour une mesure qui écrit."""
    import shutil

    cible = dossier_de_travail() / nom
    for suffixe in ("", "-wal", "-shm"):
        Path(f"{cible}{suffixe}").unlink(missing_ok=True)
    shutil.copyfile(chemin, cible)
    return cible


SCRIPT_FENETRE_NUE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
fenetre = QMainWindow()
fenetre.setWindowTitle("Campagnes")
fenetre.resize(1200, 800)
fenetre.show()
def visible():
    print("visible", flush=True)
    app.quit()
QTimer.singleShot(0, visible)
app.exec()
"""


def temps_jusqu_a_visible(
    commande: list[str], env: dict | None = None, repetitions: int = 5
) -> float:
    """Médiane du temps entre le lancement du processus et sa ligne « visible » sur stdout.

    Hors écran (QT_QPA_PLATFORM=offscreen) ; l'interpréteur Python est compté, comme pour
    l'utilisateur qui double-clique.
    """
    environnement = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    durees = []
    for _ in range(repetitions):
        debut = time.perf_counter()
        processus = subprocess.Popen(
            commande,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=environnement,
        )
        duree = None
        for ligne in processus.stdout:
            if ligne.strip() == "visible":
                duree = time.perf_counter() - debut
                break
        processus.wait(timeout=120)
        if duree is None:
            raise RuntimeError(f"le processus n'a jamais écrit « visible » : {commande}")
        durees.append(duree)
    return statistics.median(durees)


def demarrage_fenetre_nue(repetitions: int = 7) -> float:
    """Le plancher : QApplication + QMainWindow affichée, premier tour de boucle, rien d'autre."""
    return temps_jusqu_a_visible(
        [sys.executable, "-c", SCRIPT_FENETRE_NUE], repetitions=repetitions
    )
