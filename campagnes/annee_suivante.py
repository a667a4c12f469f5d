"""Préparer l'année suivante : copier les campagnes ponctuelles d'une année vers la suivante.

Une campagne proche d'une date d'ancrage (le 4 mars, la semaine nationale, le 30 juillet)
garde le même écart avec cette ancre ; les autres avancent d'un nombre entier de semaines
jusqu'au même rang du même jour dans le même mois (le premier lundi d'octobre reste le
premier lundi d'octobre) : même jour de la semaine, et aucune dérive d'année en année. Chaque copie est marquée de son origine : relancer
ne copie rien deux fois. L'aperçu (`apercu_annee_suivante`) ne change rien ; seule
`preparer_annee_suivante` écrit, en une transaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from .calendrier import JOURS, MOIS, date_fr, occurrences_campagne
from .depot import Depot, maintenant, uid_pour
from .erreurs import DonneesInvalides, Introuvable
from .modele import Campagne, Materiel
from .validation import creer_slug

PROXIMITE_ANCRE_JOURS = 21
"""Une campagne lancée à trois semaines ou moins d'une ancre la suit."""

SLUG_SEMAINE_NATIONALE = "semaine-nationale"


@dataclass(frozen=True)
class CopiePrevue:
    """Une campagne que la préparation créera (ou a créée)."""

    origine_slug: str
    origine_titre: str
    slug: str
    titre: str
    debut: date
    fin: date
    ancre: str | None
    """« le 4 mars », « la semaine nationale », « le 30 juillet », ou None (semaines entières)."""
    decalage_jours: int
    materiels: int
    jalons: int
    note: str = ""
    repere: str = ""
    """Sans ancre : le rang du jour dans le mois gardé (« premier lundi d'octobre »)."""

    @property
    def explication(self) -> str:
        """Pourquoi cette date, en une phrase."""
        if self.ancre:
            return f"même écart avec {self.ancre} que l'an dernier"
        semaines = self.decalage_jours // 7
        return f"{semaines} semaines plus tard, {self.repere} comme l'an dernier"


@dataclass
class ApercuAnneeSuivante:
    de: int
    a_creer: list[CopiePrevue] = field(default_factory=list)
    deja_copiees: list[tuple[str, str]] = field(default_factory=list)
    """(slug d'origine, slug de la copie déjà présente)."""


def ancres(depot: Depot, annee: int) -> list[tuple[str, date]]:
    """Les dates d'ancrage de l'année ; la semaine nationale suit la règle choisie dans le plan."""
    semaine = date(annee, 3, 1)
    try:
        campagne = depot.campagne(SLUG_SEMAINE_NATIONALE)
    except Introuvable:  # supprimée du plan : on garde le 1er mars
        campagne = None
    if campagne is not None and campagne.recurrence.rrule:
        tenues = [o for o in occurrences_campagne(campagne, annee) if o.debut.year == annee]
        if tenues:
            semaine = tenues[0].debut
    return [
        ("le 4 mars", date(annee, 3, 4)),
        ("la semaine nationale", semaine),
        ("le 30 juillet", date(annee, 7, 30)),
    ]


RANGS = ("premier", "deuxième", "troisième", "quatrième", "cinquième")


def rang_dans_le_mois(jour: date) -> str:
    """« premier lundi d'octobre », « dernier jeudi de décembre »."""
    mois = MOIS[jour.month - 1]
    de = "d'" if mois[0] in "aeiou" else "de "
    dernier = (jour + timedelta(days=7)).month != jour.month
    rang = "dernier" if dernier and (jour.day - 1) // 7 == 4 else RANGS[(jour.day - 1) // 7]
    return f"{rang} {JOURS[jour.weekday()]} {de}{mois}"


def meme_rang_annee_suivante(jour: date) -> date:
    """Le même jour de la semaine, au même rang dans le même mois, l'année suivante.

    Un cinquième jour absent l'année suivante devient le dernier du mois.
    """
    rang = (jour.day - 1) // 7
    premier = date(jour.year + 1, jour.month, 1)
    cible = premier + timedelta(days=(jour.weekday() - premier.weekday()) % 7 + 7 * rang)
    if cible.month != jour.month:
        cible -= timedelta(days=7)
    return cible


def nouvelle_date(paire_ancres: tuple[list, list], jour: date) -> tuple[date, str | None]:
    """La date de l'an prochain et l'ancre suivie (None : semaines entières)."""
    ancres_cette, ancres_suivante = paire_ancres
    proches = [
        (abs((jour - a).days), i)
        for i, (_, a) in enumerate(ancres_cette)
        if abs((jour - a).days) <= PROXIMITE_ANCRE_JOURS
    ]
    if proches:
        _, i = min(proches)
        nom, ancre = ancres_cette[i]
        return ancres_suivante[i][1] + (jour - ancre), nom
    return meme_rang_annee_suivante(jour), None


def _slug_copie(origine: Campagne, de: int, pris: set[str]) -> str:
    base = origine.slug
    if re.search(rf"(^|-){de}$", base):
        base = base[: -len(str(de))] + str(de + 1)
    else:
        base = f"{base}-{de + 1}"
    return creer_slug(base, pris)


def _titre_copie(titre: str, de: int) -> str:
    return re.sub(rf"\b{de}\b", str(de + 1), titre)


def _copies_existantes(depot: Depot, annee: int) -> dict[str, str]:
    """origine_uid -> slug de la copie, pour les copies encore présentes."""
    return {
        r[0]: r[1]
        for r in depot.db.execute(
            "SELECT k.origine_uid, c.slug FROM copies_annee k JOIN campagnes c ON c.uid = k.copie_uid "
            "WHERE k.annee = ?",
            [annee],
        )
    }


def origine_copie(depot: Depot, slug: str) -> str | None:
    """Le slug de la campagne dont `slug` est la copie d'année, s'il y en a une."""
    rangee = depot.db.execute(
        "SELECT o.slug FROM copies_annee k JOIN campagnes c ON c.uid = k.copie_uid "
        "JOIN campagnes o ON o.uid = k.origine_uid WHERE c.slug = ?",
        [slug],
    ).fetchone()
    return rangee[0] if rangee else None


def _preparer(depot: Depot, de: int) -> tuple[ApercuAnneeSuivante, list[tuple[Campagne, Campagne]]]:
    if not 1900 <= de < 2200:
        raise DonneesInvalides(f"Année {de} hors limites (1900 à 2199).")
    paire_ancres = (ancres(depot, de), ancres(depot, de + 1))
    campagnes = depot.campagnes()
    deja = _copies_existantes(depot, de + 1)
    pris = {c.slug for c in campagnes}
    apercu = ApercuAnneeSuivante(de=de)
    copies = []
    ponctuelles = sorted(
        (c for c in campagnes if not c.recurrence.rrule and c.recurrence.debut.year == de),
        key=lambda c: (c.recurrence.debut, c.titre.casefold()),
    )
    for origine in ponctuelles:
        if origine.uid in deja:
            apercu.deja_copiees.append((origine.slug, deja[origine.uid]))
            continue
        debut, ancre = nouvelle_date(paire_ancres, origine.recurrence.debut)
        decalage = debut - origine.recurrence.debut
        slug = _slug_copie(origine, de, pris)
        pris.add(slug)
        copie = replace(
            origine,
            id=None,
            slug=slug,
            uid=uid_pour(slug),
            titre=_titre_copie(origine.titre, de),
            statut="planifiee",
            recurrence=replace(
                origine.recurrence, debut=debut, fin=origine.recurrence.fin + decalage
            ),
            materiels=[
                Materiel(
                    **{
                        **m.__dict__,
                        "id": None,
                        "statut": "a_produire",
                        "echeance": m.echeance + decalage if m.echeance else None,
                    }
                )
                for m in origine.materiels
            ],
            jalons=[replace(j, id=None) for j in origine.jalons],
            exceptions=[],
            compteur_modifications=0,
            cree_le=None,
            modifie_le=None,
        )
        note = ""
        if ancre and debut.weekday() >= 5:
            note = f"le {date_fr(debut)} est un {JOURS[debut.weekday()]}"
        apercu.a_creer.append(
            CopiePrevue(
                origine_slug=origine.slug,
                origine_titre=origine.titre,
                slug=slug,
                titre=copie.titre,
                debut=debut,
                fin=copie.recurrence.fin,
                ancre=ancre,
                decalage_jours=decalage.days,
                materiels=len(copie.materiels),
                jalons=len(copie.jalons),
                note=note,
                repere="" if ancre else rang_dans_le_mois(origine.recurrence.debut),
            )
        )
        copies.append((origine, copie))
    return apercu, copies


def apercu_annee_suivante(depot: Depot, de: int) -> ApercuAnneeSuivante:
    """Ce que la préparation créerait, sans rien écrire."""
    return _preparer(depot, de)[0]


def preparer_annee_suivante(
    depot: Depot,
    de: int,
    progression: Callable[[int, int], None] | None = None,
    annule: Callable[[], bool] | None = None,
) -> ApercuAnneeSuivante:
    """Crée les copies de l'année `de` vers `de + 1`, en une transaction ; rend ce qui a été fait."""
    with depot.transaction():
        apercu, copies = _preparer(depot, de)
        depot.enregistrer_campagnes(
            [copie for _, copie in copies], progression=progression, annule=annule
        )
        quand = maintenant()
        depot.db["copies_annee"].upsert_all(
            (
                {"origine_uid": o.uid, "annee": de + 1, "copie_uid": c.uid, "copiee_le": quand}
                for o, c in copies
            ),
            pk=("origine_uid", "annee"),
        )
    return apercu
