"""Deux fenêtres, deux postes : deux processus sur la même base ne la corrompent pas, se
voient l'un l'autre, et une modification concurrente est détectée au lieu d'être écrasée.
Une base qu'on ne peut pas écrire s'ouvre en lecture seule, avec un avis."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from campagnes.depot import Depot
from campagnes.erreurs import BaseEnLectureSeule, ConflitModification
from tests.outils_fiabilite import RACINE, environnement, integrite, lancer_enfant, lire_ligne

SLUG = "journee-4-mars"
AUTRE = "semaine-nationale"


def test_deux_processus_qui_ecrivent_en_meme_temps_ne_perdent_rien(chemin_base):
    Depot.ouvrir(chemin_base).fermer()
    a = lancer_enfant("ecrire", str(chemin_base), SLUG, "poste A", "60")
    b = lancer_enfant("ecrire", str(chemin_base), AUTRE, "poste B", "60")
    assert lire_ligne(a) == "pret" and lire_ligne(b) == "pret"
    for enfant in (a, b):  # partent ensemble
        enfant.stdin.write("go\n")
        enfant.stdin.flush()
    for enfant in (a, b):
        assert lire_ligne(enfant) == "fini"
        enfant.wait(timeout=60)
        assert enfant.returncode == 0, enfant.stderr.read()
    assert integrite(chemin_base) == ["ok"]
    depot = Depot.ouvrir(chemin_base)
    try:
        assert depot.campagne(SLUG).description == "poste A 60"
        assert depot.campagne(AUTRE).description == "poste B 60"
        assert depot.campagne(SLUG).compteur_modifications == 60
        assert depot.avis == []  # les deux se sont fermés proprement
    finally:
        depot.fermer()


def test_une_modification_d_un_processus_est_visible_dans_l_autre_a_la_relecture(
    cli, chemin_base, tmp_path
):
    depot = Depot.ouvrir(chemin_base)
    try:
        assert depot.campagne(SLUG).titre != "Journée du 4 mars (titre revu)"
        depot.modifiee_ailleurs()
        fichier = tmp_path / "modif.csv"
        fichier.write_text(
            "slug;titre\njournee-4-mars;Journée du 4 mars (titre revu)\n", encoding="utf-8"
        )
        resultat = cli("importer-campagnes", str(fichier), base=chemin_base)
        assert resultat.returncode == 0, resultat.stderr
        assert depot.modifiee_ailleurs() is True  # la fenêtre sait qu'il faut relire
        assert depot.campagne(SLUG).titre == "Journée du 4 mars (titre revu)"
        assert depot.modifiee_ailleurs() is False
    finally:
        depot.fermer()


def test_une_modification_concurrente_de_la_meme_campagne_est_detectee(chemin_base):
    """Deux postes lisent la même campagne puis enregistrent : le second est prévenu."""
    Depot.ouvrir(chemin_base).fermer()
    a = lancer_enfant("conflit", str(chemin_base), SLUG, "Titre du poste A")
    b = lancer_enfant("conflit", str(chemin_base), SLUG, "Titre du poste B")
    assert lire_ligne(a) == "lu 0" and lire_ligne(b) == "lu 0"
    a.stdin.write("go\n")
    a.stdin.flush()
    assert lire_ligne(a) == "enregistre"
    b.stdin.write("go\n")
    b.stdin.flush()
    reponse_b = lire_ligne(b)
    for enfant in (a, b):
        enfant.wait(timeout=30)
    assert reponse_b.startswith("conflit La campagne « Titre du poste B » a été modifiée ailleurs")
    assert "rechargez-la avant d'enregistrer" in reponse_b
    depot = Depot.ouvrir(chemin_base)
    try:
        c = depot.campagne(SLUG)
        assert c.titre == "Titre du poste A"  # rien d'écrasé en silence
        assert c.compteur_modifications == 1
    finally:
        depot.fermer()


def test_le_compteur_protege_aussi_dans_un_seul_processus(chemin_base):
    premiere = Depot.ouvrir(chemin_base)
    seconde = Depot.ouvrir(chemin_base)
    try:
        lue = seconde.campagne(SLUG)
        modifiee = premiere.campagne(SLUG)
        modifiee.titre = "Version de la première fenêtre"
        premiere.enregistrer_campagne(modifiee, compteur_attendu=modifiee.compteur_modifications)
        lue.titre = "Version de la seconde fenêtre"
        with pytest.raises(ConflitModification):
            seconde.enregistrer_campagne(lue, compteur_attendu=lue.compteur_modifications)
        assert seconde.campagne(SLUG).titre == "Version de la première fenêtre"
    finally:
        premiere.fermer()
        seconde.fermer()


def test_une_base_ouverte_en_lecture_seule_se_lit_et_refuse_toute_ecriture(chemin_base):
    Depot.ouvrir(chemin_base).fermer()
    avant = chemin_base.read_bytes()
    depot = Depot.ouvrir(chemin_base, lecture_seule=True)
    try:
        assert depot.lecture_seule
        assert depot.nombre_campagnes() == 13
        c = depot.campagne(SLUG)
        c.titre = "Changement interdit"
        for ecrire in (
            lambda: depot.enregistrer_campagne(c),
            lambda: depot.supprimer_campagne(SLUG),
            lambda: depot.ecrire_meta("cle", "valeur"),
            lambda: depot.ajouter_nom("publics", "Nouveaux publics"),
        ):
            with pytest.raises(BaseEnLectureSeule) as erreur:
                ecrire()
            assert erreur.value.message == (
                "Cette base est ouverte en lecture seule : aucune modification n'est possible."
            )
    finally:
        depot.fermer()
    assert chemin_base.read_bytes() == avant


def _unshare_disponible() -> bool:
    if not shutil.which("unshare"):
        return False
    essai = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    return essai.returncode == 0


def _dans_un_dossier_en_lecture_seule(
    dossier: Path, commande: list[str]
) -> subprocess.CompletedProcess:
    """Lance `commande` avec `dossier` monté en lecture seule (vraie erreur EROFS, même en root).

    Les tests tournent en root : chmod ne suffirait pas (root écrit partout). Un montage
    « bind » en lecture seule, dans un espace de noms privé au processus, donne exactement
    ce qu'obtient un utilisateur sur un partage en lecture seule.
    """
    script = (
        f'mount --bind "{dossier}" "{dossier}" && mount -o remount,bind,ro "{dossier}" && exec "$@"'
    )
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", script, "sh", *commande],
        capture_output=True,
        text=True,
        env=environnement(),
        timeout=120,
    )


@pytest.mark.skipif(not _unshare_disponible(), reason="unshare -m indisponible (droits)")
def test_une_base_dans_un_dossier_en_lecture_seule_s_ouvre_en_lecture_seule_avec_un_avis(tmp_path):
    dossier = tmp_path / "partage"
    dossier.mkdir()
    chemin = dossier / "plan.sqlite"
    Depot.ouvrir(chemin).fermer()  # en WAL, comme toute base Campagnes
    assert sorted(p.name for p in dossier.iterdir()) == ["plan.sqlite"]
    avant = chemin.read_bytes()

    resultat = _dans_un_dossier_en_lecture_seule(
        dossier,
        [sys.executable, str(RACINE / "tests" / "enfant_fiabilite.py"), "ouvrir", str(chemin)],
    )
    assert resultat.returncode == 0, resultat.stderr
    lignes = resultat.stdout.splitlines()
    assert "lecture_seule True" in lignes
    assert "campagnes 13" in lignes
    assert any(
        ligne.startswith("avis ") and "dossier (ou un fichier) en lecture seule" in ligne
        for ligne in lignes
    )
    assert (
        "ecriture BaseEnLectureSeule Cette base est ouverte en lecture seule : aucune modification n'est possible."
        in lignes
    )
    assert chemin.read_bytes() == avant


@pytest.mark.skipif(not _unshare_disponible(), reason="unshare -m indisponible (droits)")
def test_lecture_seule_quand_seul_sqlite_voit_le_refus(tmp_path):
    dossier = tmp_path / "partage"
    dossier.mkdir()
    chemin = dossier / "plan.sqlite"
    Depot.ouvrir(chemin).fermer()
    resultat = _dans_un_dossier_en_lecture_seule(
        dossier,
        [
            sys.executable,
            str(RACINE / "tests" / "enfant_fiabilite.py"),
            "ouvrir_sans_verifier_les_droits",
            str(chemin),
        ],
    )
    assert resultat.returncode == 0, resultat.stderr
    assert "lecture_seule True" in resultat.stdout.splitlines()
    assert "campagnes 13" in resultat.stdout.splitlines()
    assert "ecriture BaseEnLectureSeule" in resultat.stdout


@pytest.mark.skipif(not _unshare_disponible(), reason="unshare -m indisponible (droits)")
def test_la_ligne_de_commande_sur_un_dossier_en_lecture_seule(tmp_path):
    dossier = tmp_path / "partage"
    dossier.mkdir()
    chemin = dossier / "plan.sqlite"
    Depot.ouvrir(chemin).fermer()
    csv = tmp_path / "modif.csv"
    csv.write_text("slug;titre\njournee-4-mars;Nouveau titre\n", encoding="utf-8")
    main = [sys.executable, str(RACINE / "main.py"), "--base", str(chemin)]

    lire = _dans_un_dossier_en_lecture_seule(dossier, [*main, "occurrences", "--annee", "2027"])
    assert lire.returncode == 0, lire.stderr
    assert "13 occurrence(s) en 2027" in lire.stdout
    assert "la base est ouverte en lecture seule" in lire.stderr

    ecrire = _dans_un_dossier_en_lecture_seule(dossier, [*main, "importer-campagnes", str(csv)])
    assert ecrire.returncode == 1
    assert (
        "Cette base est ouverte en lecture seule : aucune modification n'est possible."
        in ecrire.stderr
    )
    assert "Traceback" not in ecrire.stderr
