"""La ligne de commande, lancée comme un utilisateur : sortie, messages français, codes de retour."""

import json
import subprocess
import sys
import zipfile

from tests.conftest import RACINE


def test_occurrences_json_depuis_une_installation_neuve(cli, tmp_path):
    base = tmp_path / "neuve" / "plan.sqlite"
    r = cli("occurrences", "--annee", "2027", "--format", "json", base=base)
    assert r.returncode == 0, r.stderr
    occurrences = json.loads(r.stdout)
    assert len(occurrences) == 13
    par_slug = {o["slug"]: o for o in occurrences}
    assert par_slug["journee-4-mars"] | {} == par_slug["journee-4-mars"]
    assert (par_slug["journee-4-mars"]["debut"], par_slug["journee-4-mars"]["fin"]) == (
        "2027-03-04",
        "2027-03-04",
    )
    assert (par_slug["journee-mondiale-traite-30-juillet"]["debut"]) == "2027-07-30"
    assert (par_slug["semaine-nationale"]["debut"], par_slug["semaine-nationale"]["fin"]) == (
        "2027-03-01",
        "2027-03-07",
    )
    assert par_slug["affichage-obligatoire"]["recommandations"] == [25, 26]
    assert "Familles et jeunes" in par_slug["campagnes-multiplateformes"]["publics"]
    assert all(o["source"] is None for o in occurrences)
    assert base.exists()


def test_option_base_et_variable_d_environnement(cli, tmp_path):
    r = cli(
        "--base", str(tmp_path / "a.sqlite"), "occurrences", "--annee", "2027", "--format", "csv"
    )
    assert r.returncode == 0 and (tmp_path / "a.sqlite").exists()
    assert r.stdout.splitlines()[0] == "slug;titre;debut;fin;recommandations;publics;source"
    r = cli("occurrences", "--annee", "2028", env={"CAMPAGNES_BASE": str(tmp_path / "b.sqlite")})
    assert r.returncode == 0 and (tmp_path / "b.sqlite").exists()
    assert "13 occurrence(s) en 2028." in r.stdout
    assert "du 1er au 7 mars 2028" in r.stdout


def test_export_puis_import_csv(cli, tmp_path):
    sortie = tmp_path / "campagnes.csv"
    assert cli("exporter-campagnes", "-o", str(sortie)).returncode == 0
    r = cli("importer-campagnes", str(sortie))
    assert r.returncode == 0
    assert "0 campagne(s) créée(s), 0 modifiée(s), 13 inchangée(s)" in r.stderr


def test_mauvaise_ligne_csv_message_et_code_1_sans_trace(cli, tmp_path):
    fichier = tmp_path / "mauvais.csv"
    fichier.write_text(
        "slug;titre;debut;fin\nok;Bonne;2027-01-05;2027-01-06\nko;;2027-01-05;2027-01-06\n",
        encoding="utf-8",
    )
    r = cli("importer-campagnes", str(fichier))
    assert r.returncode == 1
    assert (
        r.stderr.strip()
        == "campagnes : Ligne 3 de « mauvais.csv » : le titre est vide. Rien n'a été importé."
    )
    assert "Traceback" not in r.stderr
    r = cli("occurrences", "--annee", "2027", "--format", "json")
    assert "ok" not in {o["slug"] for o in json.loads(r.stdout)}


def test_base_qui_n_en_est_pas_une(cli, tmp_path):
    faux = tmp_path / "photo.sqlite"
    faux.write_bytes(b"\xff\xd8\xff\xe0 pas une base")
    r = cli("--base", str(faux), "occurrences", "--annee", "2027")
    assert r.returncode == 1
    assert "n'est pas une base Campagnes" in r.stderr and "Traceback" not in r.stderr
    assert faux.read_bytes() == b"\xff\xd8\xff\xe0 pas une base"


def test_arguments_invalides_en_francais(cli):
    r = cli("occurrences")
    assert r.returncode == 2 and "arguments obligatoires manquants" in r.stderr
    r = cli("occurrences", "--annee", "deux-mille")
    assert r.returncode == 2 and "« deux-mille » n'est pas une année" in r.stderr
    r = cli("--help")
    assert r.returncode == 0 and "afficher cette aide" in r.stdout and "occurrences" in r.stdout


def test_le_domaine_n_importe_pas_qt():
    code = (
        "import pkgutil, importlib, sys, campagnes\n"
        "for m in pkgutil.walk_packages(campagnes.__path__, 'campagnes.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken'))))\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=RACINE, check=True
    )
    assert r.stdout.strip() == "[]"


def test_la_roue_installee_embarque_les_ressources(tmp_path):
    # Une copie propre du dépôt : un vieux dossier build/ ne doit rien ajouter à la roue.
    import shutil

    source = tmp_path / "source"
    shutil.copytree(
        RACINE,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "*.egg-info", "node_modules", "__pycache__", ".hypothesis"
        ),
    )
    sortie = tmp_path / "roue"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(sortie),
            str(source),
        ],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    (roue,) = sortie.glob("campagnes-*.whl")
    noms = set(zipfile.ZipFile(roue).namelist())
    for attendu in (
        "ressources/recommandations.json",
        "ressources/regions.json",
        "ressources/campagnes_recommandees.json",
        "main.py",
        "campagnes/cli/__init__.py",
        "campagnes/ical/export.py",
        "campagnes/documents/fiche.py",
        "ressources/traductions/campagnes_en.qm",
        "ressources/polices/NotoSansCanadianAboriginal-Regular.ttf",
        "ui/fenetre.py",
    ):
        assert attendu in noms
    # Chaque module du dépôt est dans la roue : aucun sous-paquet oublié.
    sources = {
        str(p.relative_to(RACINE))
        for dossier in ("campagnes", "ui")
        for p in (RACINE / dossier).rglob("*.py")
    }
    assert sources <= noms
