"""Import du calendrier d'un partenaire comme une source à part, tout ou rien.

L'analyse tourne dans un processus séparé (multiprocessing, « spawn ») avec une limite de
temps : un fil Python ne peut pas interrompre une boucle de dateutil, un processus si.
Les occurrences développées sont ensuite écrites en une transaction (`sources`).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ..depot import Depot
from ..erreurs import FichierInvalide, OperationAnnulee
from ..sources import BilanImport, EvenementImporte, remplacer_evenements, valider_nom_source
from .analyse import TAILLE_MAX_OCTETS

DELAI_ANALYSE_S = 20.0
ANNEES_AVANT, ANNEES_APRES = 1, 5


def fenetre_par_defaut(aujourd_hui: date | None = None) -> tuple[date, date]:
    """De l'an dernier à cinq ans d'ici : ce que le plan montre et ce qu'un import développe."""
    annee = (aujourd_hui or date.today()).year
    return date(annee - ANNEES_AVANT, 1, 1), date(annee + ANNEES_APRES, 12, 31)


def _lire(chemin: Path) -> bytes:
    nom = chemin.name
    try:
        if chemin.is_dir():
            raise FichierInvalide(f"« {chemin} » est un dossier, pas un fichier iCalendar.")
        taille = chemin.stat().st_size
        if taille > TAILLE_MAX_OCTETS:
            raise FichierInvalide(
                f"« {nom} » dépasse {TAILLE_MAX_OCTETS // (1024 * 1024)} Mo : le fichier est refusé."
            )
        return chemin.read_bytes()
    except FileNotFoundError as e:
        raise FichierInvalide(f"Le fichier « {chemin} » n'existe pas.") from e
    except OSError as e:
        raise FichierInvalide(f"Impossible de lire « {chemin} » : {e.strerror or e}.") from e


def _travail(connexion, octets: bytes, nom: str, premier: date, dernier: date) -> None:
    """Le corps du processus fils : renvoie ("ok", résultat) ou ("erreur", message)."""
    from ..erreurs import ErreurCampagnes
    from .analyse import analyser

    try:
        connexion.send(("ok", analyser(octets, nom, premier, dernier)))
    except ErreurCampagnes as e:
        connexion.send(("erreur", e.message))
    except RecursionError:
        connexion.send(
            ("erreur", f"« {nom} » est trop profondément imbriqué : le fichier est refusé.")
        )
    except Exception as e:  # entrée piégée : une phrase, jamais une trace
        connexion.send(
            ("erreur", f"« {nom} » est mal formé ({type(e).__name__}) : le fichier est refusé.")
        )
    finally:
        connexion.close()


def analyser_a_part(
    octets: bytes,
    nom: str,
    premier: date,
    dernier: date,
    *,
    delai_s: float = DELAI_ANALYSE_S,
    annule: Callable[[], bool] | None = None,
) -> dict:
    """Lance l'analyse dans un processus fils ; l'arrête s'il dépasse `delai_s` ou si l'on annule."""
    contexte = multiprocessing.get_context("spawn")
    lecture, ecriture = contexte.Pipe(duplex=False)
    processus = contexte.Process(
        target=_travail, args=(ecriture, octets, nom, premier, dernier), daemon=True
    )
    processus.start()
    ecriture.close()
    limite = time.monotonic() + delai_s
    try:
        while not lecture.poll(0.05):
            if annule and annule():
                raise OperationAnnulee("Import annulé : rien n'a été modifié.")
            if time.monotonic() > limite:
                raise FichierInvalide(
                    f"L'analyse de « {nom} » a dépassé la limite de {delai_s:g} s (récurrences "
                    "trop nombreuses ou qui n'avancent pas) : le fichier est refusé."
                )
            if not processus.is_alive() and not lecture.poll(0):
                raise FichierInvalide(f"L'analyse de « {nom} » a échoué : le fichier est refusé.")
        try:
            etat, valeur = lecture.recv()
        except EOFError as e:
            raise FichierInvalide(
                f"L'analyse de « {nom} » a échoué : le fichier est refusé."
            ) from e
    finally:
        if processus.is_alive():
            processus.terminate()
        processus.join(5)
        lecture.close()
    if etat == "erreur":
        raise FichierInvalide(valeur)
    return valeur


def importer_ical(
    depot: Depot,
    chemin: str | Path,
    source: str,
    *,
    fenetre: tuple[date, date] | None = None,
    delai_s: float = DELAI_ANALYSE_S,
    progression: Callable[[int, int], None] | None = None,
    annule: Callable[[], bool] | None = None,
) -> BilanImport:
    """Importe `chemin` comme calendrier de `source` : remplace ses événements par UID, sans doublon.

    Nos campagnes ne sont jamais touchées ; un fichier refusé ne change rien.
    """
    nom_source = valider_nom_source(source)
    chemin = Path(chemin)
    premier, dernier = fenetre or fenetre_par_defaut()
    if progression:
        progression(0, 3)
    octets = _lire(chemin)
    if progression:
        progression(1, 3)
    resultat = analyser_a_part(
        octets, chemin.name, premier, dernier, delai_s=delai_s, annule=annule
    )
    if progression:
        progression(2, 3)
    if annule and annule():
        raise OperationAnnulee("Import annulé : rien n'a été modifié.")
    evenements = [EvenementImporte(**valeurs) for valeurs in resultat["evenements"]]
    bilan = remplacer_evenements(
        depot,
        nom_source,
        evenements,
        fichier=chemin.name,
        empreinte=hashlib.sha256(octets).hexdigest(),
        avertissements=tuple(resultat["avertissements"]),
    )
    if progression:
        progression(3, 3)
    return bilan
