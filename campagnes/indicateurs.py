"""Indicateurs d'évaluation d'une campagne : référence, cible, résultat mesuré.

Les guides de planification en santé publique demandent une valeur de départ et une
cible pour chaque indicateur ; le rapport biennal (recommandation 1) dit si la cible est
atteinte et dans quel sens l'indicateur évolue sur la période.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from .depot import Depot
from .erreurs import DonneesInvalides, Introuvable

LONGUEUR_MAX = 500


@dataclass
class Indicateur:
    """Une mesure attendue d'une campagne (ex. appels à la ligne Info-aide le mois suivant)."""

    nom: str
    unite: str = ""
    reference: float | None = None
    cible: float | None = None
    resultat: float | None = None
    source: str = ""
    date_mesure: date | None = None
    id: int | None = None

    @property
    def sens(self) -> str:
        """« baisse » quand la cible est sous la référence (réduire), sinon « hausse »."""
        if self.reference is not None and self.cible is not None and self.cible < self.reference:
            return "baisse"
        return "hausse"

    @property
    def cible_atteinte(self) -> bool | None:
        """None tant qu'il manque la cible ou le résultat."""
        if self.cible is None or self.resultat is None:
            return None
        if self.sens == "baisse":
            return self.resultat <= self.cible
        return self.resultat >= self.cible


@dataclass(frozen=True)
class SyntheseIndicateur:
    """Un indicateur d'une campagne résumé sur une période, pour le rapport biennal."""

    slug: str
    titre_campagne: str
    nom: str
    unite: str
    reference: float | None
    cible: float | None
    dernier_resultat: float | None
    date_derniere_mesure: date | None
    nombre_mesures: int
    cible_atteinte: bool | None
    tendance: str | None
    """« hausse », « baisse », « stable », ou None avec moins de deux mesures."""

    @property
    def phrase(self) -> str:
        """Une phrase française pour le rapport."""
        if self.dernier_resultat is None:
            return f"{self.nom} : aucun résultat mesuré sur la période."
        texte = f"{self.nom} : {nombre_fr(self.dernier_resultat)} {self.unite}".rstrip()
        if self.cible is not None:
            etat = "atteinte" if self.cible_atteinte else "non atteinte"
            texte += f" (cible {nombre_fr(self.cible)}, {etat})"
        if self.tendance:
            texte += f", tendance à la {self.tendance}" if self.tendance != "stable" else ", stable"
        return texte + "."


def nombre_fr(valeur: float) -> str:
    """« 1 250 », « 12,5 » : l'écriture des nombres au Québec."""
    if float(valeur).is_integer():
        return f"{int(valeur):,}".replace(",", "\u00a0")
    entier = f"{valeur:,.2f}".rstrip("0").rstrip(".")
    return entier.replace(",", "\u00a0").replace(".", ",")


def valider_indicateur(ind: Indicateur) -> None:
    """Lève DonneesInvalides, en français, à la première règle violée."""
    if not ind.nom or not ind.nom.strip():
        raise DonneesInvalides("Un indicateur doit avoir un nom.")
    nom = ind.nom.strip()
    for libelle, texte in (("nom", ind.nom), ("unité", ind.unite), ("source", ind.source)):
        if len(texte) > LONGUEUR_MAX:
            raise DonneesInvalides(
                f"Indicateur « {nom[:40]} » : le champ {libelle} dépasse {LONGUEUR_MAX} caractères."
            )
    for libelle, valeur in (
        ("la valeur de référence", ind.reference),
        ("la cible", ind.cible),
        ("le résultat", ind.resultat),
    ):
        if valeur is not None and (
            isinstance(valeur, bool)
            or not isinstance(valeur, int | float)
            or not math.isfinite(valeur)
        ):
            raise DonneesInvalides(f"Indicateur « {nom} » : {libelle} doit être un nombre.")
    if ind.resultat is not None and ind.date_mesure is None:
        raise DonneesInvalides(f"Indicateur « {nom} » : indiquez la date de mesure du résultat.")


def _id_campagne(depot: Depot, slug: str) -> int:
    rangee = depot.db.execute("SELECT id FROM campagnes WHERE slug = ?", [slug]).fetchone()
    if not rangee:
        raise Introuvable(f"Aucune campagne ne porte l'identifiant « {slug} ».")
    return rangee[0]


def _de_rangee(r: dict) -> Indicateur:
    return Indicateur(
        id=r["id"],
        nom=r["nom"],
        unite=r["unite"] or "",
        reference=r["reference"],
        cible=r["cible"],
        resultat=r["resultat"],
        source=r["source"] or "",
        date_mesure=date.fromisoformat(r["date_mesure"]) if r["date_mesure"] else None,
    )


def indicateurs(depot: Depot, slug: str) -> list[Indicateur]:
    """Les indicateurs d'une campagne, dans l'ordre où le planificateur les a rangés."""
    ident = _id_campagne(depot, slug)
    return [
        _de_rangee(r)
        for r in depot.db.query(
            "SELECT * FROM indicateurs WHERE campagne_id = ? ORDER BY rang, id", [ident]
        )
    ]


def enregistrer_indicateurs(depot: Depot, slug: str, liste: list[Indicateur]) -> list[Indicateur]:
    """Remplace les indicateurs de la campagne par `liste`, en une transaction (l'éditeur)."""
    vus: set[tuple[str, date | None]] = set()
    for ind in liste:
        valider_indicateur(ind)
        cle = (ind.nom.strip().casefold(), ind.date_mesure)
        if cle in vus:
            quand = f" mesuré le {ind.date_mesure.isoformat()}" if ind.date_mesure else ""
            raise DonneesInvalides(f"L'indicateur « {ind.nom.strip()} »{quand} apparaît deux fois.")
        vus.add(cle)
    with depot.transaction():
        ident = _id_campagne(depot, slug)
        depot.db.execute("DELETE FROM indicateurs WHERE campagne_id = ?", [ident])
        depot.db["indicateurs"].insert_all(
            {
                "campagne_id": ident,
                "rang": rang,
                "nom": ind.nom.strip(),
                "unite": ind.unite.strip(),
                "reference": ind.reference,
                "cible": ind.cible,
                "resultat": ind.resultat,
                "source": ind.source.strip(),
                "date_mesure": ind.date_mesure.isoformat() if ind.date_mesure else None,
            }
            for rang, ind in enumerate(liste)
        )
    return indicateurs(depot, slug)


def ajouter_indicateur(depot: Depot, slug: str, indicateur: Indicateur) -> list[Indicateur]:
    """Ajoute une mesure à la fin de la liste (ligne de commande, saisie rapide)."""
    with depot.transaction():
        return enregistrer_indicateurs(depot, slug, [*indicateurs(depot, slug), indicateur])


def _tendance(valeurs: list[float]) -> str | None:
    if len(valeurs) < 2:
        return None
    premier, dernier = valeurs[0], valeurs[-1]
    if math.isclose(premier, dernier, rel_tol=1e-9, abs_tol=1e-12):
        return "stable"
    return "hausse" if dernier > premier else "baisse"


def synthese_indicateurs(
    depot: Depot, debut: date, fin: date, slugs: set[str] | None = None
) -> list[SyntheseIndicateur]:
    """Chaque indicateur (campagne, nom) mesuré entre `debut` et `fin` inclus, résumé.

    La cible et la référence sont celles de la dernière mesure ; la tendance compare la
    première et la dernière mesure de la période.
    """
    if fin < debut:
        raise DonneesInvalides(
            f"La fin de la période ({fin.isoformat()}) précède son début ({debut.isoformat()})."
        )
    rangees = depot.db.query(
        "SELECT i.*, c.slug, c.titre FROM indicateurs i JOIN campagnes c ON c.id = i.campagne_id "
        "WHERE i.date_mesure BETWEEN ? AND ? AND i.resultat IS NOT NULL "
        "ORDER BY c.titre, c.slug, i.rang, i.date_mesure",
        [debut.isoformat(), fin.isoformat()],
    )
    groupes: dict[tuple[str, str], list[tuple[Indicateur, str]]] = defaultdict(list)
    ordre: list[tuple[str, str]] = []
    for r in rangees:
        if slugs is not None and r["slug"] not in slugs:
            continue
        cle = (r["slug"], r["nom"].casefold())
        if cle not in groupes:
            ordre.append(cle)
        groupes[cle].append((_de_rangee(r), r["titre"]))
    resultat = []
    for cle in ordre:
        mesures = sorted(groupes[cle], key=lambda x: x[0].date_mesure or date.min)
        dernier, titre = mesures[-1]
        resultat.append(
            SyntheseIndicateur(
                slug=cle[0],
                titre_campagne=titre,
                nom=dernier.nom,
                unite=dernier.unite,
                reference=dernier.reference,
                cible=dernier.cible,
                dernier_resultat=dernier.resultat,
                date_derniere_mesure=dernier.date_mesure,
                nombre_mesures=len(mesures),
                cible_atteinte=dernier.cible_atteinte,
                tendance=_tendance([m.resultat for m, _ in mesures if m.resultat is not None]),
            )
        )
    return resultat
