"""Les commandes fiche, plan et rapport, lancées comme un utilisateur (sous-processus)."""

from __future__ import annotations

from aides_documents import dossier_en_lecture_seule, nombre_pages, texte_pdf


def test_fiche_plan_et_rapport_ecrivent_leur_pdf(cli, tmp_path):
    for args, attendu in (
        (("fiche", "journee-4-mars", "--annee", "2027"), "Fiche écrite dans"),
        (("plan", "--annee", "2027"), "Plan annuel écrit dans"),
        (("rapport", "--debut", "2027", "--fin", "2028"), "Rapport biennal écrit dans"),
    ):
        sortie = tmp_path / f"{args[0]}.pdf"
        r = cli(*args, "-o", str(sortie))
        assert r.returncode == 0, r.stderr
        assert attendu in r.stderr and f"({nombre_pages(sortie)} page(s))" in r.stderr
    assert "4 mars 2027" in texte_pdf(tmp_path / "fiche.pdf")


def test_slug_inconnu(cli, tmp_path):
    r = cli("fiche", "nulle-part", "--annee", "2027", "-o", str(tmp_path / "f.pdf"))
    assert r.returncode == 1
    assert r.stderr == "campagnes : Aucune campagne ne porte l'identifiant « nulle-part ».\n"
    assert not (tmp_path / "f.pdf").exists()


def test_annees_inversees(cli, tmp_path):
    r = cli("rapport", "--debut", "2028", "--fin", "2027", "-o", str(tmp_path / "r.pdf"))
    assert r.returncode == 1
    assert r.stderr == (
        "campagnes : L'année de fin (2027) précède l'année de début (2028) : "
        "essayez --debut 2027 --fin 2028.\n"
    )


def test_dossier_absent(cli, tmp_path):
    sortie = tmp_path / "absent" / "plan.pdf"
    r = cli("plan", "--annee", "2027", "-o", str(sortie))
    assert r.returncode == 1
    assert r.stderr == (
        f"campagnes : Impossible d'écrire « {sortie} » : le dossier « {sortie.parent} » n'existe pas.\n"
    )


def test_dossier_non_inscriptible_garde_l_ancien_fichier(cli, tmp_path):
    dossier = tmp_path / "sorties"
    dossier.mkdir()
    ancien = dossier / "plan.pdf"
    ancien.write_bytes(b"ancien plan")
    with dossier_en_lecture_seule(dossier):
        r = cli("plan", "--annee", "2027", "-o", str(ancien))
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert r.stderr.startswith(f"campagnes : Impossible d'écrire « {ancien} » : accès refusé.")
    assert ancien.read_bytes() == b"ancien plan"
