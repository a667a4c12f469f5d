"""Export du plan en iCalendar (RFC 5545, RFC 7986) que Outlook, Google, Apple et Thunderbird lisent pareil.

icalendar échappe et plie le texte ; les valeurs sont posées déjà typées (vText,
vDDDTypes…) plutôt que par `Event.add`, deux fois plus lent sur des milliers d'événements.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import (
    Calendar,
    Event,
    Timezone,
    vCategory,
    vDDDLists,
    vDDDTypes,
    vInt,
    vRecur,
    vText,
)

from .. import __version__
from ..depot import Depot
from ..erreurs import DonneesInvalides, OperationAnnulee
from ..fichiers import ecrire_atomiquement
from ..modele import Campagne
from ..plan import Filtre, campagnes_filtrees
from .evenements import EvenementIcal, evenements_campagne
from .fuseau import FUSEAU_LOCAL, VTIMEZONE_TORONTO

PRODID = f"-//CSESM//Campagnes {__version__}//FR"
NOM_PAR_DEFAUT = "Campagnes de sensibilisation (CSESM)"
LONGUEUR_MAX_NOM = 255  # Outlook tronque le nom du dossier importé à 255 caractères.


@dataclass
class OptionsExport:
    """Ce que l'utilisateur choisit : années, sélection, nom du calendrier, formes d'écriture."""

    annee: int
    jusqua: int | None = None
    filtre: Filtre | None = None
    nom: str = NOM_PAR_DEFAUT
    sans_rrule: bool = False
    avec_materiel: bool = False
    rafraichissement: timedelta | None = None
    evenements_supplementaires: list[EvenementIcal] = field(default_factory=list)

    @property
    def premier_jour(self) -> date:
        return date(self.annee, 1, 1)

    @property
    def dernier_jour(self) -> date:
        return date(self.jusqua or self.annee, 12, 31)


@dataclass(frozen=True)
class ResultatExport:
    campagnes: int
    evenements: int
    octets: int


def nom_calendrier(nom: str) -> str:
    """Le nom sur une ligne : un saut de ligne casserait X-WR-CALNAME chez certains clients."""
    texte = " ".join(nom.split())
    if not texte:
        raise DonneesInvalides("Le nom du calendrier ne peut pas être vide.")
    return texte[:LONGUEUR_MAX_NOM]


def description_campagne(campagne: Campagne, textes_recommandations: dict[int, str]) -> str:
    """Objectifs, publics et recommandations (numéro et texte) : ce qu'un partenaire doit savoir."""
    blocs = []
    if campagne.description.strip():
        blocs.append(campagne.description.strip())
    if campagne.objectifs.strip():
        blocs.append(f"Objectifs : {campagne.objectifs.strip()}")
    if campagne.publics:
        lignes = ["Publics visés :"]
        for p in campagne.publics:
            precision = " ; ".join(x for x in (p.objectif.strip(), p.action.strip()) if x)
            lignes.append(f"- {p.nom}" + (f" : {precision}" if precision else ""))
        blocs.append("\n".join(lignes))
    for numero in campagne.recommandations:
        texte = textes_recommandations.get(numero, "")
        blocs.append(f"Recommandation n° {numero} de la CSESM : {texte}".rstrip(" :"))
    return "\n\n".join(blocs)


def categories_campagne(campagne: Campagne) -> tuple[str, ...]:
    return (*campagne.noms_publics, *(f"Recommandation n° {n}" for n in campagne.recommandations))


def _verifier_options(options: OptionsExport) -> None:
    if options.jusqua is not None and options.jusqua < options.annee:
        raise DonneesInvalides(
            f"L'année de fin ({options.jusqua}) précède l'année de début ({options.annee})."
        )
    if options.dernier_jour.year - options.annee > 50:
        raise DonneesInvalides("Un export couvre au plus 50 ans.")
    nom_calendrier(options.nom)


def calendrier_ical(
    depot: Depot,
    options: OptionsExport,
    *,
    progression: Callable[[int, int], None] | None = None,
    annule: Callable[[], bool] | None = None,
    horodatage: datetime | None = None,
) -> tuple[bytes, ResultatExport]:
    """Le fichier .ics du plan filtré, en octets (UTF-8, CRLF, lignes pliées)."""
    _verifier_options(options)
    campagnes = campagnes_filtrees(depot, options.filtre)
    textes = {r.numero: r.texte for r in depot.recommandations()}
    total = len(campagnes) + 1
    evenements: list[EvenementIcal] = []
    for n, campagne in enumerate(campagnes, 1):
        if annule and n % 100 == 0 and annule():
            raise OperationAnnulee("Export annulé : aucun fichier n'a été écrit.")
        evenements.extend(
            evenements_campagne(
                campagne,
                options.premier_jour,
                options.dernier_jour,
                description_campagne(campagne, textes),
                categories_campagne(campagne),
                sans_rrule=options.sans_rrule,
                avec_materiel=options.avec_materiel,
            )
        )
        if progression and (n % 200 == 0 or n == len(campagnes)):
            progression(n, total)
    evenements.extend(options.evenements_supplementaires)
    if not evenements:
        periode = (
            f"en {options.annee}"
            if not options.jusqua
            else f"de {options.annee} à {options.jusqua}"
        )
        raise DonneesInvalides(
            f"Aucune campagne de la sélection n'a lieu {periode} : aucun fichier n'a été écrit."
        )
    if annule and annule():
        raise OperationAnnulee("Export annulé : aucun fichier n'a été écrit.")
    octets = ecrire_calendrier(evenements, options, horodatage or datetime.now(UTC))
    if progression:
        progression(total, total)
    return octets, ResultatExport(len(campagnes), len(evenements), len(octets))


def exporter_ical(
    depot: Depot,
    chemin: str | Path,
    options: OptionsExport,
    *,
    progression: Callable[[int, int], None] | None = None,
    annule: Callable[[], bool] | None = None,
    horodatage: datetime | None = None,
) -> ResultatExport:
    """Écrit le .ics d'un coup (fichier temporaire puis renommage) : jamais un fichier à moitié écrit."""
    octets, resultat = calendrier_ical(
        depot, options, progression=progression, annule=annule, horodatage=horodatage
    )
    ecrire_atomiquement(chemin, octets)
    return resultat


def ecrire_calendrier(
    evenements: list[EvenementIcal], options: OptionsExport, horodatage: datetime
) -> bytes:
    """Le VCALENDAR : en-tête RFC 7986, VTIMEZONE statique si une heure est écrite, puis les VEVENT."""
    nom = nom_calendrier(options.nom)
    cal = Calendar()
    cal.add("PRODID", PRODID)
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", "PUBLISH")
    # NAME et X-WR-CALNAME sont « inconnus » pour icalendar : seul vText les échappe.
    cal.add("NAME", vText(nom))
    cal.add("X-WR-CALNAME", vText(nom))
    cal.add("X-WR-TIMEZONE", FUSEAU_LOCAL)
    if options.rafraichissement:
        cal.add("REFRESH-INTERVAL", options.rafraichissement, parameters={"VALUE": "DURATION"})
        cal.add("X-PUBLISHED-TTL", vDDDTypes(options.rafraichissement).to_ical().decode())
    if any(isinstance(e.debut, datetime) for e in evenements):
        cal.add_component(Timezone.from_ical(VTIMEZONE_TORONTO))
    estampille = vDDDTypes(horodatage.astimezone(UTC).replace(microsecond=0))
    for evenement in evenements:
        cal.add_component(_vevent(evenement, estampille))
    return cal.to_ical()


# Valeurs constantes partagées par tous les VEVENT : les recréer coûte sur 10 000 événements.
_STATUTS = {s: vText(s) for s in ("TENTATIVE", "CONFIRMED", "CANCELLED")}
_PUBLIC, _LIBRE, _OCCUPE = vText("PUBLIC"), vText("TRANSPARENT"), vText("OPAQUE")


def _heure_locale(valeur: date | datetime) -> date | datetime:
    """Une heure s'écrit avec TZID=America/Toronto : jamais flottante, jamais dans un fuseau sans VTIMEZONE."""
    if not isinstance(valeur, datetime):
        return valeur
    if valeur.tzinfo is None:
        raise ValueError("heure sans fuseau : l'export n'écrit pas d'heure flottante")
    return valeur.astimezone(ZoneInfo(FUSEAU_LOCAL))


def _vevent(e: EvenementIcal, estampille: vDDDTypes) -> Event:
    v = Event()
    v["UID"] = vText(e.uid)
    v["DTSTAMP"] = estampille
    if e.modifie_le:
        v["LAST-MODIFIED"] = vDDDTypes(e.modifie_le.astimezone(UTC).replace(microsecond=0))
    v["SEQUENCE"] = vInt(e.sequence)
    if e.recurrence_id:
        v["RECURRENCE-ID"] = vDDDTypes(e.recurrence_id)
    v["DTSTART"] = vDDDTypes(_heure_locale(e.debut))
    v["DTEND"] = vDDDTypes(_heure_locale(e.fin))
    if e.regle:
        v["RRULE"] = vRecur(e.regle)
    if e.exdates:
        exdates = vDDDLists(e.exdates)
        exdates.params["VALUE"] = "DATE"
        v["EXDATE"] = exdates
    v["SUMMARY"] = vText(e.titre)
    if e.description:
        v["DESCRIPTION"] = vText(e.description)
    if e.categories:
        v["CATEGORIES"] = vCategory(list(e.categories))
    v["STATUS"] = _STATUTS[e.statut]
    v["CLASS"] = _PUBLIC
    # Une journée de sensibilisation n'occupe pas l'agenda ; une réunion à heure fixe, si.
    v["TRANSP"] = _OCCUPE if isinstance(e.debut, datetime) else _LIBRE
    return v
