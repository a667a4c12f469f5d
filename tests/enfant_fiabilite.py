"""Un second processus pour les tests de fiabilité : il écrit dans la base, signale où il
en est sur stdout (une ligne par étape confirmée) et attend au besoin un ordre sur stdin.

Lancé par `lancer_enfant` (tests/outils_fiabilite.py) ; jamais importé par l'application.
"""

from __future__ import annotations

import sys
from itertools import count
from pathlib import Path

from campagnes.depot import Depot
from campagnes.erreurs import ConflitModification


def dire(*morceaux) -> None:
    print(*morceaux, flush=True)


def modifier_sans_fin(base: str, slug: str) -> None:
    """Modifie la même campagne en boucle ; « i » n'est écrit qu'une fois la modification validée."""
    depot = Depot.ouvrir(base)
    for i in count(1):
        c = depot.campagne(slug)
        c.description = f"modification {i}"
        depot.enregistrer_campagne(c)
        dire(i)


def ecrire(base: str, slug: str, prefixe: str, nombre: str) -> None:
    depot = Depot.ouvrir(base)
    dire("pret")
    sys.stdin.readline()
    for i in range(1, int(nombre) + 1):
        c = depot.campagne(slug)
        c.description = f"{prefixe} {i}"
        depot.enregistrer_campagne(c)
    depot.fermer()
    dire("fini")


def conflit(base: str, slug: str, titre: str) -> None:
    """Lit la campagne, attend l'ordre, puis enregistre en exigeant le compteur lu."""
    depot = Depot.ouvrir(base)
    c = depot.campagne(slug)
    dire("lu", c.compteur_modifications)
    sys.stdin.readline()
    c.titre = titre
    try:
        depot.enregistrer_campagne(c, compteur_attendu=c.compteur_modifications)
        dire("enregistre")
    except ConflitModification as e:
        dire("conflit", e.message)
    depot.fermer()


def export_a_moitie(chemin: str) -> None:
    """Écrit la moitié d'un export atomique puis attend d'être tué."""
    from campagnes.fichiers import ecriture_atomique

    with ecriture_atomique(Path(chemin)) as fichier:
        fichier.write(b"slug;titre\r\n" + b"a-moitie;pas fini\r\n" * 1000)
        fichier.flush()
        dire("moitie")
        sys.stdin.readline()


def ouvrir(base: str) -> None:
    """Ouvre la base et dit ce que l'utilisateur verrait (avis, lecture seule, écriture refusée)."""
    from campagnes.erreurs import ErreurCampagnes

    depot = Depot.ouvrir(base)
    dire("lecture_seule", depot.lecture_seule)
    dire("campagnes", depot.nombre_campagnes())
    for avis in depot.avis:
        dire("avis", avis)
    c = depot.campagne(depot.slugs()[0])
    c.titre = "Modifié en lecture seule"
    try:
        depot.enregistrer_campagne(c)
        dire("ecriture", "acceptee")
    except ErreurCampagnes as e:
        dire("ecriture", type(e).__name__, e.message)
    depot.fermer()


def ouvrir_sans_verifier_les_droits(base: str) -> None:
    """Comme `ouvrir`, quand os.access ne voit pas le refus (partage Windows, ACL) : c'est
    l'erreur de SQLite elle-même qui doit mener à la lecture seule."""
    import campagnes.depot

    campagnes.depot._dossier_modifiable = lambda chemin: True
    ouvrir(base)


if __name__ == "__main__":
    action, *arguments = sys.argv[1:]
    globals()[action](*arguments)
