"""Transcrit les 58 recommandations du texte de la Commission en JSON.

Outil de développement : le JSON produit est versionné dans ressources/ et c'est lui
que l'application lit. Usage : python outils/extraire_recommandations.py SEED.txt
"""

import json
import re
import sys
from pathlib import Path

CHAPITRE = re.compile(r"^\s*([1-5])\. (.+?)\s*$")
RECOMMANDATION = re.compile(r"^\s*Recommandation n° (\d+)\s*$")


def paragraphes(lignes: list[str]) -> list[str]:
    """Recolle les lignes coupées par la mise en page ; une puce commence un paragraphe."""
    blocs: list[list[str]] = []
    courant: list[str] = []
    for ligne in lignes:
        ligne = ligne.strip()
        if not ligne:
            if courant:
                blocs.append(courant)
                courant = []
            continue
        if ligne.startswith("•") and courant:
            blocs.append(courant)
            courant = []
        courant.append(ligne)
    if courant:
        blocs.append(courant)
    return [re.sub(r"\s+", " ", " ".join(bloc)).strip() for bloc in blocs]


def extraire(texte: str) -> dict:
    chapitres: dict[int, str] = {}
    recommandations: list[dict] = []
    chapitre = 0
    lignes_courantes: list[str] | None = None
    for ligne in texte.splitlines():
        if m := RECOMMANDATION.match(ligne):
            lignes_courantes = []
            recommandations.append(
                {"numero": int(m[1]), "chapitre": chapitre, "lignes": lignes_courantes}
            )
        elif (m := CHAPITRE.match(ligne)) and not ligne.strip().startswith("•"):
            chapitre = int(m[1])
            chapitres[chapitre] = m[2].strip()
            lignes_courantes = None
        elif lignes_courantes is not None:
            lignes_courantes.append(ligne)
    for reco in recommandations:
        reco["texte"] = "\n\n".join(paragraphes(reco.pop("lignes")))
    return {
        "chapitres": [{"numero": n, "titre": t} for n, t in sorted(chapitres.items())],
        "recommandations": recommandations,
    }


if __name__ == "__main__":
    donnees = extraire(Path(sys.argv[1]).read_text(encoding="utf-8"))
    sortie = Path(__file__).resolve().parent.parent / "ressources" / "recommandations.json"
    sortie.write_text(json.dumps(donnees, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(donnees["recommandations"]), "recommandations ->", sortie)
