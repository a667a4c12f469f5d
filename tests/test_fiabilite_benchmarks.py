"""Le lanceur de mesures trouve tout fichier bench_*.py, isole ses échecs et imprime le tableau."""

from __future__ import annotations

import subprocess
import sys

from tests.outils_fiabilite import RACINE, environnement


def test_le_lanceur_prend_chaque_fichier_et_isole_les_echecs(tmp_path):
    (tmp_path / "bench_simple.py").write_text(
        "from outils_bench import mediane\n"
        "def mesures():\n"
        "    return [('Figure de test', 0.2, 'Plancher de test', 0.1),\n"
        "            ('Sans plancher', 1.5, None, None)]\n",
        encoding="utf-8",
    )
    (tmp_path / "bench_casse.py").write_text(
        "def mesures():\n    raise ValueError('mesure impossible ici')\n", encoding="utf-8"
    )
    (tmp_path / "pas_une_mesure.py").write_text("raise SystemExit(3)\n", encoding="utf-8")
    sortie = tmp_path / "tableau.md"
    resultat = subprocess.run(
        [
            sys.executable,
            str(RACINE / "tests" / "benchmarks" / "tous.py"),
            "--dossier",
            str(tmp_path),
            "--sortie",
            str(sortie),
        ],
        capture_output=True,
        text=True,
        env=environnement(),
        timeout=120,
    )
    assert resultat.returncode == 1  # un fichier a échoué : on le dit aussi par le code
    tableau = resultat.stdout
    assert sortie.read_text(encoding="utf-8").strip() == tableau.strip()
    assert "| Fichier | Figure | Médiane | Plancher | Médiane du plancher | Rapport |" in tableau
    assert (
        "| bench_simple.py | Figure de test | 200,0 ms | Plancher de test | 100,0 ms | × 2,00 |"
        in tableau
    )
    assert "| bench_simple.py | Sans plancher | 1,50 s | — | — | — |" in tableau
    assert "| bench_casse.py | **échec** : ValueError: mesure impossible ici |" in tableau
    assert "pas_une_mesure" not in tableau
    for cle in ("Processeur", "Python", "Qt", "SQLite"):
        assert f"- **{cle}** : " in tableau
