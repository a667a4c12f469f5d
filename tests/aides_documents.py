"""Ce que les tests des documents partagent : une campagne complète et hostile, la lecture des PDF."""

from __future__ import annotations

import os
import re
import subprocess
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from campagnes.calendrier import REGLE_4_MARS
from campagnes.modele import Campagne, Jalon, Materiel, PublicCible, Recurrence

TITRE_HOSTILE = "<b>Été</b> & R&D <script>"
INUKTITUT = "ᐃᓄᒃᑎᑐᑦ"
CRI = "ᓀᐦᐃᔭᐍᐏᐣ"


def campagne_complete(slug: str = "essai-complet") -> Campagne:
    """Chaque section de la fiche remplie, avec du texte qui ressemble à du balisage."""
    return Campagne(
        slug=slug,
        titre=TITRE_HOSTILE,
        recurrence=Recurrence(date(2027, 3, 4), date(2027, 3, 4), REGLE_4_MARS),
        description="Budget < 5000 $ & délai > 2 sem.",
        contexte='Premier bloc : AT&T &amp; R&D &nbsp; &foo;\n\nSecond bloc avec <font name="x">.',
        objectifs='Faire connaître la ligne 1-800 « Aide » aux "jeunes".',
        messages_cles="Message un\nMessage <i>deux</i>",
        ton="Sobre & direct",
        langues=["fr", "iu", "cr"],
        statut="confirmee",
        responsable="Direction des communications <DC>",
        budget=12500.5,
        recommandations=[2, 16],
        publics=[
            PublicCible(f"Jeunes {INUKTITUT}", "Connaître leurs droits", "Appeler la ligne d'aide"),
            PublicCible("Familles", "Reconnaître les signes", "Signaler"),
        ],
        partenaires=["Partenaire & Cie"],
        canaux=["Radio communautaire"],
        regions=["10", "17"],
        materiels=[
            Materiel(
                f"Affiche {INUKTITUT}", "affiche", "iu", "pret", None, 30, 200, "Écoles & centres"
            ),
            Materiel(
                f"Dépliant {CRI}",
                "dépliant",
                "cr",
                "a_produire",
                date(2027, 1, 15),
                None,
                1000,
                "Eeyou Istchee",
            ),
        ],
        jalons=[Jalon("Validation juridique", 45), Jalon("Envoi aux imprimeurs", 21)],
    )


def texte_pdf(chemin: Path) -> str:
    """Le texte extrait de toutes les pages, espaces normalisés (comme un lecteur le copie)."""
    lecteur = PdfReader(str(chemin))
    brut = "\n".join(page.extract_text() or "" for page in lecteur.pages)
    return re.sub(r"\s+", " ", brut)


_CADRE = re.compile(
    r" ?(?:Rapport biennal [\d–]+|Fiche de campagne — \d{4}|Plan annuel \d{4}) Produit le "
    r"[^ ]+ [^ ]+ \d{4} Commission spéciale sur l'exploitation sexuelle des mineurs "
    r"page \d+ de \d+ ?"
)


def texte_continu(chemin: Path) -> str:
    """Le texte sans en-têtes ni pieds de page : un paragraphe coupé par la page se relit d'un trait."""
    return _CADRE.sub(" ", texte_pdf(chemin))


def texte_pages(chemin: Path) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(str(chemin)).pages]


def nombre_pages(chemin: Path) -> int:
    return len(PdfReader(str(chemin)).pages)


def polices_du_texte(chemin: Path, cherche: str) -> set[str]:
    """Les polices dans lesquelles les caractères de `cherche` sont dessinés."""
    trouvees: set[str] = set()
    for page in PdfReader(str(chemin)).pages:
        courante = {"nom": ""}

        def visiteur(texte, cm, tm, police, taille, courante=courante):
            if police and texte and any(c in texte for c in cherche):
                trouvees.add(str(police.get("/BaseFont", "")))

        page.extract_text(visitor_text=visiteur)
    return trouvees


@contextmanager
def dossier_en_lecture_seule(dossier: Path):
    """Rend un dossier non inscriptible, même pour root (chattr +i), puis le rétablit."""
    if os.geteuid() != 0:
        dossier.chmod(0o555)
        try:
            yield dossier
        finally:
            dossier.chmod(0o755)
        return
    essai = subprocess.run(["chattr", "+i", str(dossier)], capture_output=True)
    if essai.returncode != 0:
        pytest.skip("root ne peut pas rendre un dossier non inscriptible ici (chattr indisponible)")
    try:
        yield dossier
    finally:
        subprocess.run(["chattr", "-i", str(dossier)], check=True)


def campagnes_en_masse(nombre: int) -> list[Campagne]:
    """Des campagnes variées (dates, durées, recommandations, matériels) pour les gros documents."""
    resultat = []
    for i in range(nombre):
        debut = date(2027, 1, 1 + i % 28).replace(month=1 + i % 12)
        duree = (0, 6, 20, 45)[i % 4]
        fin = date.fromordinal(debut.toordinal() + duree)
        resultat.append(
            Campagne(
                slug=f"campagne-{i:04d}",
                titre=f"Campagne régionale n° {i:04d} : sensibilisation & prévention",
                recurrence=Recurrence(debut, fin, "FREQ=YEARLY"),
                description=f"Campagne d'essai n° {i} pour mesurer les gros documents.",
                statut=("proposee", "planifiee", "confirmee")[i % 3],
                recommandations=[1 + i % 58] + ([1 + (i * 7) % 58] if i % 5 == 0 else []),
                publics=[PublicCible(f"Public {i % 17}"), PublicCible(f"Public {(i + 5) % 17}")],
                materiels=[
                    Materiel(f"Affiche {i}", "affiche", "fr", "pret", None, 30, 100),
                    Materiel(
                        f"Dépliant {i}",
                        "dépliant",
                        ("en", "iu", "cr")[i % 3],
                        "a_produire",
                        None,
                        60,
                        500,
                    ),
                ],
            )
        )
    return resultat
