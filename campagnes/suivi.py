"""Les tableaux de suivi du plan : matériels à produire, couverture des publics, recommandations.

Fonctions pures sur des campagnes déjà lues ; la fenêtre et les rapports les partagent.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from .calendrier import echeance_materiel, occurrences_campagne
from .modele import Campagne, Materiel, Occurrence, Recommandation

JOURS_BIENTOT = 14
"""Un matériel dont l'échéance tombe dans ces jours est « bientôt dû »."""

STATUTS_TERMINES = {"pret", "diffuse"}

ETATS_MATERIEL = {
    "en_retard": "en retard",
    "bientot": "bientôt dû",
    "a_temps": "à temps",
    "termine": "terminé",
    "sans_echeance": "sans échéance",
}


@dataclass(frozen=True)
class SuiviMateriel:
    """Un matériel d'une campagne, avec son échéance pour l'année et son état."""

    slug: str
    campagne: str
    materiel: Materiel
    echeance: date | None
    etat: str


def premier_lancement(campagne: Campagne, annee: int) -> date | None:
    """Le début de la première occurrence de l'année (le lancement qui fixe les échéances)."""
    occurrences = occurrences_campagne(campagne, annee)
    return min((o.debut for o in occurrences), default=None)


def etat_materiel(materiel: Materiel, echeance: date | None, aujourd_hui: date) -> str:
    if materiel.statut in STATUTS_TERMINES:
        return "termine"
    if echeance is None:
        return "sans_echeance"
    if echeance < aujourd_hui:
        return "en_retard"
    if echeance <= aujourd_hui + timedelta(days=JOURS_BIENTOT):
        return "bientot"
    return "a_temps"


def suivi_materiels(
    campagnes: Iterable[Campagne], annee: int, aujourd_hui: date
) -> list[SuiviMateriel]:
    """Tous les matériels de toutes les campagnes, échéance calculée pour l'année."""
    resultat = []
    for c in campagnes:
        if not c.materiels:
            continue
        lancement = None
        if any(m.echeance is None and m.delai_jours is not None for m in c.materiels):
            lancement = premier_lancement(c, annee)
        for m in c.materiels:
            echeance = echeance_materiel(m, lancement)
            resultat.append(
                SuiviMateriel(c.slug, c.titre, m, echeance, etat_materiel(m, echeance, aujourd_hui))
            )
    return resultat


def echeances_occurrences(
    campagne: Campagne, occurrences: Iterable[Occurrence]
) -> list[tuple[date, str]]:
    """Les échéances des matériels de chaque occurrence, pour les marqueurs de la frise."""
    resultat = []
    for o in occurrences:
        for m in campagne.materiels:
            echeance = echeance_materiel(m, o.debut)
            if echeance is not None:
                resultat.append((echeance, m.titre))
    return sorted(set(resultat))


def couverture_publics(
    campagnes: Iterable[Campagne], annee: int, publics: Iterable[str]
) -> dict[str, list[list[str]]]:
    """Pour chaque public, les titres des campagnes qui l'atteignent, mois par mois (12 listes).

    Un public connu qu'aucune campagne n'atteint a douze listes vides.
    """
    grille: dict[str, list[list[str]]] = {nom: [[] for _ in range(12)] for nom in publics}
    for c in campagnes:
        if c.statut == "annulee" or not c.publics:
            continue
        mois_touches: set[int] = set()
        for o in occurrences_campagne(c, annee):
            debut = max(o.debut, date(annee, 1, 1))
            fin = min(o.fin, date(annee, 12, 31))
            mois_touches.update(range(debut.month, fin.month + 1))
        for public in c.noms_publics:
            ligne = grille.setdefault(public, [[] for _ in range(12)])
            for mois in mois_touches:
                ligne[mois - 1].append(c.titre)
    return grille


def campagnes_par_recommandation(
    campagnes: Iterable[Campagne], recommandations: Iterable[Recommandation]
) -> dict[int, list[Campagne]]:
    """Les campagnes qui mettent en œuvre chaque recommandation (liste vide : aucune)."""
    resultat: dict[int, list[Campagne]] = {r.numero: [] for r in recommandations}
    index: dict[int, list[Campagne]] = defaultdict(list)
    for c in campagnes:
        for n in dict.fromkeys(c.recommandations):
            index[n].append(c)
    for n in resultat:
        resultat[n] = index.get(n, [])
    return resultat
