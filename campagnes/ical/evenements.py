"""Des campagnes aux événements iCalendar à écrire, sans icalendar ni Qt.

Les dates viennent du même moteur que le plan (`calendrier.debuts_entre`, `fin_pour`) :
ce qu'un client développe d'un export est exactement ce que montre le planificateur.
Une règle n'est écrite en RRULE que dans les formes que l'importateur d'Outlook comprend
(MS-OXCICAL 2.1.3.2.2) et si toutes ses occurrences ont la même durée ; sinon chaque
occurrence devient son propre événement, avec un UID dérivé stable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

from ..calendrier import (
    _garde_dates_calendaires,
    analyser_regle,
    debuts_entre,
    echeance_materiel,
    fin_pour,
)
from ..modele import Campagne, Recurrence

UN_JOUR = timedelta(days=1)

STATUT_ICAL = {
    "proposee": "TENTATIVE",
    "planifiee": "CONFIRMED",
    "confirmee": "CONFIRMED",
    "en_cours": "CONFIRMED",
    "terminee": "CONFIRMED",
    "annulee": "CANCELLED",
}

_JOURS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_RANGS_OUTLOOK = {1, 2, 3, 4, -1}


@dataclass
class EvenementIcal:
    """Un VEVENT à écrire. `fin` est exclusive, comme DTEND."""

    uid: str
    titre: str
    debut: date | datetime
    fin: date | datetime
    description: str = ""
    categories: tuple[str, ...] = ()
    sequence: int = 0
    statut: str = "CONFIRMED"
    modifie_le: datetime | None = None
    regle: dict[str, object] | None = None
    exdates: list[date] = field(default_factory=list)
    recurrence_id: date | None = None


@dataclass(frozen=True)
class Tenue:
    """Une occurrence d'une campagne dans la fenêtre exportée, avant et après son exception."""

    origine: date
    fin_origine: date
    debut: date
    fin: date
    annulee: bool
    deplacee: bool


def uid_derive(uid: str, suffixe: str) -> str:
    """Un UID stable pour un morceau d'une campagne (une année, une échéance) : « base.suffixe@domaine »."""
    base, arobase, domaine = uid.partition("@")
    return f"{base}.{suffixe}{arobase}{domaine}"


def regle_outlook(recurrence: Recurrence) -> dict[str, object] | None:
    """La règle dans une forme des modèles d'Outlook, sans COUNT ni UNTIL ; None si impossible."""
    if not recurrence.rrule:
        return None
    regle = _regle_outlook(recurrence.rrule, recurrence.debut)
    return dict(regle) if regle is not None else None


@lru_cache(maxsize=4096)
def _regle_outlook(rrule: str, debut: date) -> tuple[tuple[str, object], ...] | None:
    regle = _forme_outlook(rrule, debut)
    return tuple(regle.items()) if regle is not None else None


def _forme_outlook(rrule: str, debut: date) -> dict[str, object] | None:
    parties = dict(analyser_regle(rrule))
    frequence = parties.pop("FREQ")
    parties.pop("COUNT", None)
    parties.pop("UNTIL", None)
    parties.pop("WKST", None)
    intervalle = parties.pop("INTERVAL", "1")
    if "," in "".join(parties.values()):
        return None
    regle: dict[str, object] = {"FREQ": frequence}
    try:
        if int(intervalle) != 1:
            regle["INTERVAL"] = int(intervalle)
        if frequence == "DAILY":
            return regle if not parties else None
        if frequence == "WEEKLY":
            jour = parties.pop("BYDAY", _JOURS[debut.weekday()])
            if parties or jour != _JOURS[debut.weekday()]:
                return None
            regle["BYDAY"] = jour
            return regle
        if frequence == "YEARLY":
            mois = int(parties.pop("BYMONTH", debut.month))
            if "BYDAY" not in parties and "BYMONTHDAY" not in parties and mois != debut.month:
                return None
            regle["BYMONTH"] = mois
        if "BYDAY" in parties:
            jour_rang = _jour_et_rang(parties.pop("BYDAY"), parties.pop("BYSETPOS", None))
            if jour_rang is None or parties:
                return None
            regle["BYDAY"], regle["BYSETPOS"] = jour_rang
            return regle
        jour_mois = int(parties.pop("BYMONTHDAY", debut.day))
        if parties or not 1 <= jour_mois <= (31 if frequence == "YEARLY" else 28):
            # Outlook place « le 31 » au dernier jour des mois courts : RFC 5545 les saute.
            return None
        regle["BYMONTHDAY"] = jour_mois
        return regle
    except ValueError:
        return None


def _jour_et_rang(byday: str, bysetpos: str | None) -> tuple[str, int] | None:
    """« MO » + BYSETPOS=1, ou « 1MO » (même sens), vers (« MO », 1) ; le reste n'a pas de modèle."""
    jour, prefixe = byday[-2:], byday[:-2]
    if jour not in _JOURS:
        return None
    if prefixe and bysetpos:
        return None
    rang = int(prefixe or bysetpos or "0")
    return (jour, rang) if rang in _RANGS_OUTLOOK else None


@lru_cache(maxsize=4096)
def duree_constante(recurrence_cle: tuple[str | None, date, date]) -> bool:
    """Vrai si toutes les occurrences durent autant (un 15 février–31 mars varie selon les années bissextiles)."""
    rrule, debut, fin = recurrence_cle
    recurrence = Recurrence(debut, fin, rrule)
    if not _garde_dates_calendaires(rrule):
        return True
    # Un cycle bissextil complet et un peu plus : assez pour voir une durée varier.
    debuts = debuts_entre(recurrence, debut, date(min(debut.year + 9, 9999), 12, 31))
    return len({(fin_pour(recurrence, d) - d).days for d in debuts}) <= 1


@lru_cache(maxsize=8192)
def _debuts(rrule: str | None, debut: date, premier: date, dernier: date) -> tuple[date, ...]:
    """`debuts_entre` mémorisé : des milliers de campagnes partagent une règle et un début."""
    return tuple(debuts_entre(Recurrence(debut, debut, rrule), premier, dernier))


def tenues(campagne: Campagne, premier: date, dernier: date) -> list[Tenue]:
    """Les occurrences qui touchent [premier, dernier], comme `occurrences_campagne` les calcule."""
    rec = campagne.recurrence
    exceptions = {e.annee: e for e in campagne.exceptions} if rec.rrule else {}
    marge = timedelta(days=max(rec.duree_jours, 1) + 366)
    resultat = []
    for origine in _debuts(rec.rrule, rec.debut, premier - marge, dernier):
        fin_origine = fin_pour(rec, origine)
        debut, fin, annulee, deplacee = origine, fin_origine, False, False
        exception = exceptions.get(origine.year)
        if exception:
            if exception.annulee:
                annulee = True
            elif exception.debut:
                debut = exception.debut
                fin = exception.fin or exception.debut + (fin_origine - origine)
                deplacee = True
        touche_origine = fin_origine >= premier and origine <= dernier
        touche = not annulee and fin >= premier and debut <= dernier
        if touche or touche_origine:
            resultat.append(Tenue(origine, fin_origine, debut, fin, annulee, deplacee))
    return resultat


def evenements_campagne(
    campagne: Campagne,
    premier: date,
    dernier: date,
    description: str,
    categories: tuple[str, ...],
    *,
    sans_rrule: bool = False,
    avec_materiel: bool = False,
) -> list[EvenementIcal]:
    """Les VEVENT d'une campagne pour la fenêtre : une série, ou un événement par occurrence."""
    liste = tenues(campagne, premier, dernier)
    if not liste:
        return []
    commun = {
        "titre": campagne.titre,
        "description": description,
        "categories": categories,
        "sequence": campagne.compteur_modifications,
        "statut": STATUT_ICAL.get(campagne.statut, "CONFIRMED"),
        "modifie_le": campagne.modifie_le,
    }
    rec = campagne.recurrence
    regle = None if sans_rrule else regle_outlook(rec)
    evenements: list[EvenementIcal]
    if not rec.rrule:
        t = liste[0]
        evenements = [EvenementIcal(uid=campagne.uid, debut=t.debut, fin=t.fin + UN_JOUR, **commun)]
    elif regle is not None and duree_constante((rec.rrule, rec.debut, rec.fin)):
        evenements = _serie(campagne.uid, liste, regle, commun)
    else:
        evenements = _par_occurrence(campagne.uid, liste, _une_par_annee(rec.rrule), commun)
    if avec_materiel:
        evenements.extend(_echeances(campagne, liste, premier, dernier, commun))
    return evenements


def _serie(uid: str, liste: list[Tenue], regle: dict, commun: dict) -> list[EvenementIcal]:
    """Un maître RRULE borné par COUNT, des EXDATE pour les annulations, des RECURRENCE-ID pour les déplacements."""
    # Les annulations aux bords raccourcissent la série plutôt que d'exclure son DTSTART.
    while liste and liste[0].annulee:
        liste = liste[1:]
    while liste and liste[-1].annulee:
        liste = liste[:-1]
    if not liste:
        return []
    premiere = liste[0]
    maitre = EvenementIcal(
        uid=uid,
        debut=premiere.origine,
        fin=premiere.fin_origine + UN_JOUR,
        regle={**regle, "COUNT": len(liste)},
        exdates=[t.origine for t in liste if t.annulee],
        **commun,
    )
    resultat = [maitre]
    for t in liste:
        if t.deplacee:
            # RFC 5545 §3.8.4.4 : même UID, l'origine en RECURRENCE-ID ; séquence au-dessus du maître.
            resultat.append(
                EvenementIcal(
                    uid=uid,
                    debut=t.debut,
                    fin=t.fin + UN_JOUR,
                    recurrence_id=t.origine,
                    **{**commun, "sequence": commun["sequence"] + 1},
                )
            )
    return resultat


@lru_cache(maxsize=4096)
def _une_par_annee(rrule: str) -> bool:
    """Vrai si la règle donne au plus une occurrence par an : l'année suffit alors à l'UID dérivé."""
    parties = analyser_regle(rrule)
    if parties["FREQ"] != "YEARLY" or any("," in v for v in parties.values()):
        return False
    jour = parties.get("BYDAY", "")
    if "BYWEEKNO" in parties and not jour:
        return False
    return not jour or bool(jour[:-2]) or "BYSETPOS" in parties


def _par_occurrence(
    uid: str, liste: list[Tenue], annuelle: bool, commun: dict
) -> list[EvenementIcal]:
    """Un événement par occurrence ; une année annulée reste, marquée CANCELLED, pour que les imports l'effacent."""
    resultat = []
    for t in liste:
        suffixe = str(t.origine.year) if annuelle else t.origine.strftime("%Y%m%d")
        valeurs = dict(commun)
        if t.annulee:
            valeurs["statut"] = "CANCELLED"
        resultat.append(
            EvenementIcal(
                uid=uid_derive(uid, suffixe), debut=t.debut, fin=t.fin + UN_JOUR, **valeurs
            )
        )
    return resultat


def _echeances(
    campagne: Campagne, liste: list[Tenue], premier: date, dernier: date, commun: dict
) -> list[EvenementIcal]:
    """Les échéances de matériel, chacune une journée : fixes si dans la fenêtre, sinon une par lancement."""
    resultat = []
    lancements = [t for t in liste if not t.annulee]
    for rang, materiel in enumerate(campagne.materiels, 1):
        titre = f"Échéance : {materiel.titre} ({campagne.titre})"
        description = f"Matériel « {materiel.titre} » ({materiel.type}) pour la campagne « {campagne.titre} »."
        valeurs = {**commun, "titre": titre, "description": description, "statut": "CONFIRMED"}
        if materiel.echeance:
            if premier <= materiel.echeance <= dernier:
                resultat.append(
                    EvenementIcal(
                        uid=uid_derive(campagne.uid, f"materiel{rang}"),
                        debut=materiel.echeance,
                        fin=materiel.echeance + UN_JOUR,
                        **valeurs,
                    )
                )
            continue
        for t in lancements:
            jour = echeance_materiel(materiel, t.debut)
            if jour is None:
                continue
            resultat.append(
                EvenementIcal(
                    uid=uid_derive(campagne.uid, f"materiel{rang}.{t.origine:%Y%m%d}"),
                    debut=jour,
                    fin=jour + UN_JOUR,
                    **valeurs,
                )
            )
    return resultat
