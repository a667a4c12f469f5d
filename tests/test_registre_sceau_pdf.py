"""La liste des titulaires du sceau par région (PDF) et la commande « campagnes sceau pdf »."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from campagnes.depot import Depot
from campagnes.documents.registre_sceau import ecrire_liste_sceau, lire_liste_sceau
from campagnes.erreurs import DonneesInvalides
from campagnes.sceau import TitulaireSceau, enregistrer_titulaire

HOSTILE = "<b>Hôtel</b> R&D &amp; <script>"


def _ajouter(depot: Depot, nom: str, region: str, **autres) -> None:
    enregistrer_titulaire(
        depot,
        TitulaireSceau(
            nom=nom,
            type=autres.pop("type", "hotellerie"),
            region=region,
            date_octroi=date(2026, 3, 4),
            **autres,
        ),
    )


def _pages(chemin: Path) -> list[str]:
    return [p.extract_text() for p in PdfReader(chemin).pages]


def test_une_section_par_region_avec_ses_titulaires(depot, tmp_path):
    _ajouter(
        depot,
        HOSTILE,
        "06",
        date_renouvellement=date(2028, 3, 4),
        date_formation=date(2026, 2, 1),
        affiches_en_place=True,
        remarques="Budget < 5000 $ & suivi",
    )
    _ajouter(depot, "Festival de la Baie", "02", type="festival")
    sortie = tmp_path / "sceau.pdf"
    pages = ecrire_liste_sceau(lire_liste_sceau(depot), sortie, produit_le=date(2027, 1, 15))
    assert pages == 1
    # Les cellules étroites coupent les lignes : on compare le texte aux espaces près.
    texte = " ".join(" ".join(_pages(sortie)).split())
    assert "Titulaires du sceau « Non à l'exploitation" in texte
    assert "Produit le 15 janvier 2027" in texte
    assert "page 1 de 1" in texte
    assert "2 titulaire(s), 2 région(s) — toutes les régions." in texte
    # Les régions dans l'ordre de leur code, chacune avec ses titulaires.
    assert texte.index("02 — Saguenay–Lac-Saint-Jean") < texte.index("Festival de la Baie")
    assert texte.index("Festival de la Baie") < texte.index("06 — Montréal")
    assert texte.index("06 — Montréal") < texte.index(HOSTILE)
    # Le texte de l'utilisateur est imprimé tel quel, balises comprises.
    assert HOSTILE in texte
    assert "Budget < 5000 $ & suivi" in texte
    assert "4 mars 2028" in texte and "1er février 2026" in texte and "en place" in texte
    assert "industrie hôtelière" in texte and "absentes" in texte


def test_une_seule_region_et_region_inconnue(depot, tmp_path):
    _ajouter(depot, "Auberge A", "06")
    _ajouter(depot, "Hotel B", "03")
    sortie = tmp_path / "sceau.pdf"
    ecrire_liste_sceau(lire_liste_sceau(depot, "03"), sortie)
    texte = "\n".join(_pages(sortie))
    assert "région 03 Capitale-Nationale" in texte and "Hotel B" in texte
    assert "Auberge A" not in texte
    with pytest.raises(DonneesInvalides, match="Région « 44 » inconnue"):
        lire_liste_sceau(depot, "44")


def test_registre_vide(depot, tmp_path):
    sortie = tmp_path / "vide.pdf"
    ecrire_liste_sceau(lire_liste_sceau(depot), sortie)
    assert "Aucun titulaire du sceau n'est inscrit au registre." in _pages(sortie)[0]


def test_longue_liste_numerotee_page_n_de_m(depot, tmp_path):
    for i in range(90):
        _ajouter(depot, f"Organisation {i:03d}", f"{i % 17 + 1:02d}")
    sortie = tmp_path / "long.pdf"
    pages = ecrire_liste_sceau(lire_liste_sceau(depot), sortie)
    textes = _pages(sortie)
    assert pages == len(textes) > 1
    for n, texte in enumerate(textes, start=1):
        assert f"page {n} de {pages}" in texte
    tout = "\n".join(textes)
    assert all(f"Organisation {i:03d}" in tout for i in range(90))
    assert len(re.findall(r"^\d\d — ", tout, flags=re.MULTILINE)) == 17


def test_commande_sceau_pdf(cli, tmp_path):
    csv = tmp_path / "sceau.csv"
    csv.write_text(
        "nom;type;region;date_octroi;date_renouvellement\n"
        f'"{HOSTILE}";hotellerie;06;2026-01-01;2028-01-01\n'
        "Festival X;festival;03;2026-01-01;\n",
        encoding="utf-8",
    )
    assert cli("sceau", "importer", str(csv)).returncode == 0
    r = cli("sceau", "pdf", "-o", "sceau.pdf", "--region", "6")
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip() == "Liste du sceau écrite dans « sceau.pdf » (1 page(s))."
    texte = " ".join(" ".join(_pages(tmp_path / "sceau.pdf")).split())
    assert HOSTILE in texte and "Festival X" not in texte

    r = cli("sceau", "pdf", "-o", "tout.pdf", "--region", "44")
    assert r.returncode == 2
    assert "région « 44 » inconnue (codes 01 à 17)" in r.stderr
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "tout.pdf").exists()


def test_commande_sceau_pdf_dossier_absent(cli, tmp_path):
    r = cli("sceau", "pdf", "-o", str(tmp_path / "absent" / "sceau.pdf"))
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
