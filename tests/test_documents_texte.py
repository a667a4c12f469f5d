"""Le texte de l'utilisateur devient du balisage sûr, chaque écriture dans sa police."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from campagnes.documents import polices
from campagnes.documents.texte import balisage

RACINE = Path(__file__).resolve().parent.parent


def test_le_balisage_echappe_tout_ce_que_reportlab_lirait():
    assert balisage('<b>Été</b> & R&D <script> "x"') == (
        '&lt;b&gt;Été&lt;/b&gt; &amp; R&amp;D &lt;script&gt; "x"'
    )
    assert balisage("un\ndeux <br/>") == "un<br/>deux &lt;br/&gt;"


def test_chaque_ecriture_a_sa_police():
    morceaux = polices.troncons("Affiche ᐃᓄᒃᑎᑐᑦ et 您作为 ، حقوقك")
    assert morceaux == [
        (polices.CORPS, "Affiche "),
        (polices.SYLLABIQUE, "ᐃᓄᒃᑎᑐᑦ "),
        (polices.CORPS, "et "),
        (polices.CJK, "您作为 "),
        (polices.ARABE, "، حقوقك"),
    ]


def test_le_syllabique_va_a_noto_meme_quand_dejavu_a_le_glyphe():
    # DejaVu Sans a ᐃ (U+1403) mais pas tout le bloc : un mot ne mélange jamais deux dessins.
    assert polices.couvre(polices.CORPS, "ᐃ")
    assert polices.troncons("ᐃᓄᒃᑎᑐᑦ") == [(polices.SYLLABIQUE, "ᐃᓄᒃᑎᑐᑦ")]


def test_noto_canadian_aboriginal_couvre_tout_le_bloc_syllabique():
    bloc = [chr(c) for c in range(0x1400, 0x1680)]
    assert len(bloc) == 640
    assert all(polices.couvre(polices.SYLLABIQUE, c) for c in bloc)


def test_un_caractere_sans_police_est_ecrit_en_clair_plutot_qu_en_carre():
    # U+1F9A0 (microbe) : aucune des polices livrées ne le dessine.
    assert balisage("ok \U0001f9a0") == "ok [U+1F9A0]"


def test_le_domaine_n_importe_ni_qt_ni_reportlab_au_demarrage():
    code = (
        "import sys, campagnes.documents, campagnes.cli.commandes_documents\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'reportlab'))))"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=RACINE, check=True
    )
    assert r.stdout.strip() == "[]"


def test_reportlab_n_est_importe_que_dans_campagnes_documents():
    fautifs = [
        str(f.relative_to(RACINE))
        for f in (RACINE / "campagnes").rglob("*.py")
        if "reportlab" in f.read_text(encoding="utf-8") and "documents" not in f.parts
    ]
    assert fautifs == []
