"""Lance toutes les mesures de `tests/benchmarks/` et imprime un tableau Markdown.

Commande (depuis la racine du dépôt) :

    python -m tests.benchmarks                 # tout
    python -m tests.benchmarks --seulement domaine --sortie mesures.md

(`python tests/benchmarks/tous.py` fait la même chose.)

Convention pour ajouter des mesures : créez `tests/benchmarks/bench_<sujet>.py` qui expose

    def mesures() -> list[tuple[str, float, str | None, float | None]]:
        return [(nom_de_la_figure, secondes, nom_du_plancher, secondes_du_plancher), ...]

- `secondes` est déjà une médiane (voir `outils_bench.mediane`) ; le plancher est le même
  travail fait au plus simple (fenêtre PySide6 nue, SQL brut, icalendar seul…), ou None.
- Le lanceur trouve tout fichier `bench_*.py` tout seul, et l'exécute dans son propre
  processus (Qt hors écran : QT_QPA_PLATFORM=offscreen), pour que les importations d'une
  mesure ne faussent pas le démarrage d'une autre, et qu'un fichier en échec n'arrête pas
  les autres (sa ligne dit « échec » et pourquoi).
- Les fichiers partagent, pour une exécution, le dossier `CAMPAGNES_BENCH_DOSSIER` :
  `outils_bench.base_generee(10_000, 5)` y crée une seule fois le plan de 10 000 campagnes
  et 50 000 matériels ; `outils_bench.demarrage_fenetre_nue()` mesure le plancher Qt.
- Imports : `from outils_bench import ...` et `from campagnes... import ...` marchent
  (le lanceur met ce dossier et la racine du dépôt dans le chemin).

Le tableau donne, par figure : la médiane, le plancher, la médiane du plancher et le
rapport (figure / plancher), précédé de la machine (processeur, Python, Qt, SQLite).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

DOSSIER = Path(__file__).resolve().parent
RACINE = DOSSIER.parents[1]


def fichiers_de_mesures(dossier: Path = DOSSIER, filtre: str | None = None) -> list[Path]:
    return [p for p in sorted(dossier.glob("bench_*.py")) if not filtre or filtre in p.stem]


def _processeur() -> str:
    try:
        for ligne in Path("/proc/cpuinfo").read_text().splitlines():
            if ligne.startswith("model name"):
                return ligne.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> list[tuple[str, str]]:
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {PySide6.__version__}, Qt {qVersion()}"
    except ImportError:
        qt = "PySide6 absent"
    return [
        ("Processeur", f"{_processeur()} ({os.cpu_count()} cœurs logiques)"),
        ("Système", platform.platform()),
        ("Python", platform.python_version()),
        ("Qt", qt),
        ("SQLite", sqlite3.sqlite_version),
        ("Date", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")),
    ]


def executer_un(chemin: Path, resultat: Path) -> int:
    """Dans le processus enfant : importe le fichier, appelle mesures(), écrit le JSON."""
    for dossier in (str(DOSSIER), str(RACINE)):
        if dossier not in sys.path:
            sys.path.insert(0, dossier)
    import importlib.util

    try:
        spec = importlib.util.spec_from_file_location(chemin.stem, chemin)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        lignes = [list(m) for m in module.mesures()]
        for nom, secondes, plancher, secondes_plancher in lignes:
            assert isinstance(nom, str) and secondes >= 0, (nom, secondes)
            assert (plancher is None) == (secondes_plancher is None), nom
        resultat.write_text(json.dumps({"mesures": lignes}), encoding="utf-8")
        return 0
    except Exception as e:
        traceback.print_exc()
        resultat.write_text(json.dumps({"erreur": f"{type(e).__name__}: {e}"}), encoding="utf-8")
        return 1


def lancer(chemin: Path, dossier_commun: Path, delai: float) -> tuple[list, str | None, float]:
    """Exécute un fichier de mesures dans un sous-processus ; rend (mesures, erreur, durée)."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        resultat = Path(f.name)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CAMPAGNES_BENCH_DOSSIER": str(dossier_commun),
        "PYTHONPATH": os.pathsep.join(
            [str(RACINE), str(DOSSIER), os.environ.get("PYTHONPATH", "")]
        ),
    }
    debut = time.perf_counter()
    try:
        enfant = subprocess.run(
            [
                sys.executable,
                str(Path(__file__).resolve()),
                "--un",
                str(chemin),
                "--resultat",
                str(resultat),
            ],
            env=env,
            cwd=RACINE,
            capture_output=True,
            text=True,
            timeout=delai,
        )
        donnees = json.loads(resultat.read_text(encoding="utf-8") or "{}")
        erreur = donnees.get("erreur")
        if enfant.returncode != 0 and not erreur:
            erreur = (enfant.stderr.strip().splitlines() or ["code de sortie non nul"])[-1]
        return donnees.get("mesures", []), erreur, time.perf_counter() - debut
    except subprocess.TimeoutExpired:
        return [], f"plus de {delai:.0f} s : arrêté", time.perf_counter() - debut
    except (json.JSONDecodeError, OSError) as e:
        return [], f"résultat illisible ({e})", time.perf_counter() - debut
    finally:
        resultat.unlink(missing_ok=True)


def duree(secondes: float | None) -> str:
    if secondes is None:
        return "—"
    if secondes < 1:
        return f"{secondes * 1000:.1f} ms".replace(".", ",")
    return f"{secondes:.2f} s".replace(".", ",")


def rapport(secondes: float, plancher: float | None) -> str:
    if not plancher:
        return "—"
    return f"× {secondes / plancher:.2f}".replace(".", ",")


def tableau(resultats: list[tuple[Path, list, str | None, float]]) -> str:
    lignes = ["## Mesures de performance", ""]
    lignes += [f"- **{cle}** : {valeur}" for cle, valeur in machine()]
    lignes += [
        "",
        "Médianes en secondes (ms = millisecondes) ; « rapport » = figure ÷ plancher.",
        "",
        "| Fichier | Figure | Médiane | Plancher | Médiane du plancher | Rapport |",
        "| --- | --- | ---: | --- | ---: | ---: |",
    ]
    for chemin, mesures, erreur, _ in resultats:
        if erreur:
            lignes.append(
                f"| {chemin.name} | **échec** : {erreur.replace('|', '/')} | — | — | — | — |"
            )
        for nom, secondes, plancher, secondes_plancher in mesures:
            lignes.append(
                f"| {chemin.name} | {nom} | {duree(secondes)} | {plancher or '—'} | "
                f"{duree(secondes_plancher)} | {rapport(secondes, secondes_plancher)} |"
            )
    return "\n".join(lignes) + "\n"


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(
        prog="python -m tests.benchmarks",
        description="Exécute chaque tests/benchmarks/bench_*.py et imprime un tableau Markdown.",
    )
    parseur.add_argument(
        "--seulement", metavar="MOT", help="seulement les fichiers dont le nom contient MOT"
    )
    parseur.add_argument(
        "--sortie", metavar="FICHIER", help="écrire aussi le tableau dans ce fichier"
    )
    parseur.add_argument(
        "--delai", type=float, default=1800, help="secondes accordées à chaque fichier"
    )
    parseur.add_argument(
        "--dossier",
        type=Path,
        default=DOSSIER,
        help="dossier des bench_*.py (par défaut : celui-ci)",
    )
    parseur.add_argument("--un", help=argparse.SUPPRESS)
    parseur.add_argument("--resultat", help=argparse.SUPPRESS)
    args = parseur.parse_args(argv)
    if args.un:
        return executer_un(Path(args.un), Path(args.resultat))

    fichiers = fichiers_de_mesures(args.dossier, args.seulement)
    if not fichiers:
        print("Aucun fichier bench_*.py ne correspond.", file=sys.stderr)
        return 1
    resultats = []
    with tempfile.TemporaryDirectory(prefix="campagnes-bench-") as dossier_commun:
        for chemin in fichiers:
            print(f"… {chemin.name}", file=sys.stderr, flush=True)
            mesures, erreur, temps = lancer(chemin, Path(dossier_commun), args.delai)
            etat = f"échec : {erreur}" if erreur else f"{len(mesures)} figure(s)"
            print(f"  {etat} en {temps:.1f} s", file=sys.stderr, flush=True)
            resultats.append((chemin, mesures, erreur, temps))
    texte = tableau(resultats)
    print(texte)
    if args.sortie:
        Path(args.sortie).write_text(texte, encoding="utf-8")
    return 1 if any(r[2] for r in resultats) else 0


if __name__ == "__main__":
    sys.exit(main())
