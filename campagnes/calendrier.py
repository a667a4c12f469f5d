"""Des règles de récurrence aux occurrences datées d'une année.

Les règles sont des RRULE RFC 5545 développées par dateutil ; les jours fériés du
Québec viennent de la bibliothèque holidays.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.rrule import rrulestr

from .erreurs import DonneesInvalides
from .modele import Campagne, ExceptionAnnuelle, JourFerie, Materiel, Occurrence, Recurrence

# Règles prêtes à l'emploi, dans les formes que l'importateur d'Outlook comprend.
REGLE_4_MARS = "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=4"
REGLE_30_JUILLET = "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=30"
REGLE_SEMAINE_1_AU_7_MARS = "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1"
REGLE_SEMAINE_PREMIER_LUNDI = "FREQ=YEARLY;BYMONTH=3;BYDAY=MO;BYSETPOS=1"

MOIS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_JOURS_RRULE = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}

# Au-delà, une règle est refusée : elle ne désigne rien d'utile pour un plan annuel.
_FREQUENCES_PERMISES = {"YEARLY", "MONTHLY", "WEEKLY", "DAILY"}


def date_fr(jour: date, annee: bool = True) -> str:
    """« 4 mars 2027 », « 1er mars 2027 »."""
    numero = "1er" if jour.day == 1 else str(jour.day)
    texte = f"{numero} {MOIS[jour.month - 1]}"
    return f"{texte} {jour.year}" if annee else texte


def periode_fr(debut: date, fin: date) -> str:
    """« 4 mars 2027 », « du 1er au 7 mars 2027 », « du 15 juin au 31 août 2027 »."""
    if debut == fin:
        return date_fr(debut)
    if debut.year != fin.year:
        return f"du {date_fr(debut)} au {date_fr(fin)}"
    if debut.month == fin.month:
        premier = "1er" if debut.day == 1 else str(debut.day)
        return f"du {premier} au {date_fr(fin)}"
    return f"du {date_fr(debut, annee=False)} au {date_fr(fin)}"


def analyser_regle(regle: str) -> dict[str, str]:
    """Découpe une RRULE en ses parties ; refuse ce qui n'en est pas une."""
    parties: dict[str, str] = {}
    texte = regle.strip()
    if texte.upper().startswith("RRULE:"):
        texte = texte[6:]
    for morceau in texte.split(";"):
        if "=" not in morceau:
            raise DonneesInvalides(f"Règle de récurrence illisible : « {regle} ».")
        cle, _, valeur = morceau.partition("=")
        parties[cle.strip().upper()] = valeur.strip().upper()
    if parties.get("FREQ") not in _FREQUENCES_PERMISES:
        raise DonneesInvalides(
            f"Règle de récurrence refusée : « {regle} » (fréquence annuelle, mensuelle, "
            "hebdomadaire ou quotidienne seulement)."
        )
    if parties.get("INTERVAL", "1") in ("0", ""):
        raise DonneesInvalides(f"Règle de récurrence refusée : « {regle} » (intervalle nul).")
    return parties


def valider_recurrence(recurrence: Recurrence) -> None:
    """Lève DonneesInvalides si les dates ou la règle ne tiennent pas."""
    if recurrence.fin < recurrence.debut:
        raise DonneesInvalides(
            f"La fin ({date_fr(recurrence.fin)}) précède le début ({date_fr(recurrence.debut)})."
        )
    if recurrence.rrule:
        analyser_regle(recurrence.rrule)
        try:
            _regle(recurrence.rrule, recurrence.debut)
        except (ValueError, TypeError) as e:
            raise DonneesInvalides(
                f"Règle de récurrence illisible : « {recurrence.rrule} »."
            ) from e


@lru_cache(maxsize=4096)
def _regle(rrule: str, debut: date):
    texte = rrule[6:] if rrule.upper().startswith("RRULE:") else rrule
    # Nos campagnes sont à la journée : un UNTIL horodaté (…T235959Z) compte pour sa date.
    texte = re.sub(r"UNTIL=(\d{8})T\d{6}Z?", r"UNTIL=\1", texte, flags=re.IGNORECASE)
    return rrulestr(texte, dtstart=datetime.combine(debut, datetime.min.time()))


def _garde_dates_calendaires(rrule: str | None) -> bool:
    """Une règle annuelle à date fixe garde la date de fin au calendrier (15 juin–31 août)."""
    if not rrule:
        return False
    parties = dict(_parties_regle(rrule))
    return parties["FREQ"] == "YEARLY" and "BYDAY" not in parties


def _meme_jour(annee: int, mois: int, jour: int) -> date:
    """Le même jour une autre année ; le 29 février devient le 28 hors année bissextile."""
    return date(annee, mois, min(jour, calendar.monthrange(annee, mois)[1]))


@lru_cache(maxsize=8192)
def _parties_regle(rrule: str) -> tuple[tuple[str, str], ...]:
    return tuple(analyser_regle(rrule).items())


def _debut_rapproche(recurrence: Recurrence, premier: date) -> date:
    """Avance DTSTART d'un nombre entier de périodes, jusqu'avant l'année de `premier`.

    dateutil parcourt la règle depuis DTSTART à chaque appel : une campagne commencée en
    2021 refait tout le chemin jusqu'en 2027. Décaler DTSTART de périodes entières donne les
    mêmes occurrences à partir de l'année de `premier` (seule l'année du nouveau DTSTART,
    antérieure, peut différer). Sans effet avec COUNT, qui compte depuis le vrai début.
    """
    d = recurrence.debut
    if d >= premier:
        return d
    parties = dict(_parties_regle(recurrence.rrule))
    if "COUNT" in parties:
        return d
    intervalle = int(parties.get("INTERVAL", "1"))
    frequence = parties["FREQ"]
    if frequence == "YEARLY":
        if (d.month, d.day) == (2, 29):
            return d
        k = (premier.year - 1 - d.year) // intervalle
        return d.replace(year=d.year + k * intervalle) if k > 0 else d
    if frequence == "MONTHLY":
        if d.day > 28:
            return d
        k = ((premier.year - d.year) * 12 + premier.month - d.month - 1) // intervalle
        if k <= 0:
            return d
        mois = d.month - 1 + k * intervalle
        return date(d.year + mois // 12, mois % 12 + 1, d.day)
    pas = 7 * intervalle if frequence == "WEEKLY" else intervalle
    k = (premier - d).days // pas - 1
    return d + timedelta(days=k * pas) if k > 0 else d


_CLES_ANNUELLES_SIMPLES = {"FREQ", "INTERVAL", "UNTIL", "BYMONTH", "BYMONTHDAY", "WKST"}


def _debuts_annuels_simples(
    recurrence: Recurrence, premier: date, dernier: date
) -> list[date] | None:
    """Chemin rapide pour « chaque année le J du mois M » ; None si la règle est autre.

    C'est la forme de la plupart des campagnes ; dateutil, lui, construit l'année entière
    jour par jour à chaque appel (environ 0,4 ms par campagne et par année).
    """
    parties = dict(_parties_regle(recurrence.rrule))
    if parties["FREQ"] != "YEARLY" or not set(parties) <= _CLES_ANNUELLES_SIMPLES:
        return None
    mois_txt, jour_txt = parties.get("BYMONTH", ""), parties.get("BYMONTHDAY", "")
    if "," in mois_txt or "," in jour_txt or jour_txt.startswith("-"):
        return None
    try:
        mois = int(mois_txt) if mois_txt else recurrence.debut.month
        jour = int(jour_txt) if jour_txt else recurrence.debut.day
        intervalle = int(parties.get("INTERVAL", "1"))
        jusqua = (
            date(int(parties["UNTIL"][:4]), int(parties["UNTIL"][4:6]), int(parties["UNTIL"][6:8]))
            if "UNTIL" in parties
            else None
        )
    except ValueError:
        return None
    resultat = []
    for annee in range(max(premier.year, recurrence.debut.year), dernier.year + 1):
        if (annee - recurrence.debut.year) % intervalle or jour > calendar.monthrange(annee, mois)[
            1
        ]:
            continue
        candidat = date(annee, mois, jour)
        if candidat < recurrence.debut or (jusqua and candidat > jusqua):
            continue
        if premier <= candidat <= dernier:
            resultat.append(candidat)
    return resultat


def debuts_entre(recurrence: Recurrence, premier: date, dernier: date) -> list[date]:
    """Les dates de début (non modifiées) des occurrences qui commencent dans [premier, dernier]."""
    if not recurrence.rrule:
        return [recurrence.debut] if premier <= recurrence.debut <= dernier else []
    rapides = _debuts_annuels_simples(recurrence, premier, dernier)
    if rapides is not None:
        return rapides
    regle = _regle(recurrence.rrule, _debut_rapproche(recurrence, premier))
    return [
        d.date()
        for d in regle.between(
            datetime.combine(premier, datetime.min.time()),
            datetime.combine(dernier, datetime.min.time()),
            inc=True,
        )
    ]


def fin_pour(recurrence: Recurrence, debut: date) -> date:
    """La fin (incluse) de l'occurrence qui commence à `debut`."""
    if _garde_dates_calendaires(recurrence.rrule):
        ecart_annees = recurrence.fin.year - recurrence.debut.year
        fin = _meme_jour(debut.year + ecart_annees, recurrence.fin.month, recurrence.fin.day)
        if fin >= debut:
            return fin
    return debut + timedelta(days=recurrence.duree_jours - 1)


def occurrences_campagne(
    campagne: Campagne,
    annee: int,
    feries: dict[date, str] | None = None,
) -> list[Occurrence]:
    """Les occurrences d'une campagne qui touchent l'année, exceptions appliquées."""
    debut_annee, fin_annee = date(annee, 1, 1), date(annee, 12, 31)
    rec = campagne.recurrence
    exceptions = {e.annee: e for e in campagne.exceptions}
    # Une occurrence qui commence l'année précédente peut déborder sur celle-ci.
    marge = timedelta(days=max(rec.duree_jours, 1) + 366)
    resultat = []
    for origine in debuts_entre(rec, debut_annee - marge, fin_annee):
        debut, fin = origine, fin_pour(rec, origine)
        deplacee = False
        exception = exceptions.get(origine.year) if rec.rrule else None
        if exception:
            if exception.annulee:
                continue
            if exception.debut:
                debut = exception.debut
                fin = exception.fin or exception.debut + (fin - origine)
                deplacee = True
        if fin < debut_annee or debut > fin_annee:
            continue
        resultat.append(
            Occurrence(
                slug=campagne.slug,
                titre=campagne.titre,
                debut=debut,
                fin=fin,
                recommandations=tuple(campagne.recommandations),
                publics=tuple(campagne.noms_publics),
                statut=campagne.statut,
                couleur=campagne.couleur,
                deplacee=deplacee,
                jours_feries=_feries_touches(debut, fin, feries),
                date_origine=origine,
            )
        )
    return resultat


def _feries_touches(debut: date, fin: date, feries: dict[date, str] | None) -> tuple:
    if not feries:
        return ()
    if (fin - debut).days > 40:
        return tuple(JourFerie(j, n) for j, n in sorted(feries.items()) if debut <= j <= fin)
    jours = (debut + timedelta(days=i) for i in range((fin - debut).days + 1))
    return tuple(JourFerie(j, feries[j]) for j in jours if j in feries)


def occurrences_annee(campagnes: Iterable[Campagne], annee: int) -> list[Occurrence]:
    """Toutes les occurrences de l'année, triées par date puis par titre."""
    feries = jours_feries(annee - 1, annee + 1)
    resultat = [o for c in campagnes for o in occurrences_campagne(c, annee, feries)]
    resultat.sort(key=lambda o: (o.debut, o.fin, o.titre.casefold()))
    return resultat


@lru_cache(maxsize=64)
def _feries_annees(premiere: int, derniere: int) -> tuple[tuple[date, str], ...]:
    import holidays

    calendrier = holidays.country_holidays(
        "CA", subdiv="QC", years=range(premiere, derniere + 1), language="fr"
    )
    return tuple(sorted(calendrier.items()))


def jours_feries(premiere: int, derniere: int | None = None) -> dict[date, str]:
    """Les jours fériés du Québec de ces années, avec leur nom en français."""
    return dict(_feries_annees(premiere, derniere or premiere))


def echeance_materiel(materiel: Materiel, lancement: date | None) -> date | None:
    """L'échéance fixée, sinon le lancement moins le délai de production."""
    if materiel.echeance:
        return materiel.echeance
    if materiel.delai_jours is not None and lancement:
        return lancement - timedelta(days=materiel.delai_jours)
    return None


def jalons_datees(campagne: Campagne, lancement: date) -> list[tuple[date, str]]:
    """Les jalons d'une occurrence, du plus tôt au plus tard."""
    return sorted((lancement - timedelta(days=j.jours_avant), j.libelle) for j in campagne.jalons)


def _de(mois: str) -> str:
    """« de mars », mais « d'avril », « d'août », « d'octobre » (élision devant une voyelle)."""
    return f"d'{mois}" if mois[0] in "aeiouéàâ" else f"de {mois}"


def decrire_recurrence(recurrence: Recurrence) -> str:
    """La règle en français simple : « chaque année le 4 mars »."""
    debut, fin = recurrence.debut, recurrence.fin
    if not recurrence.rrule:
        return periode_fr(debut, fin)
    parties = analyser_regle(recurrence.rrule)
    duree = recurrence.duree_jours
    intervalle = int(parties.get("INTERVAL", "1"))
    frequence = parties["FREQ"]
    if frequence == "YEARLY":
        prefixe = "chaque année" if intervalle == 1 else f"tous les {intervalle} ans"
        if "BYDAY" in parties:
            jour = parties["BYDAY"][-2:]
            mois = MOIS[int(parties.get("BYMONTH", debut.month)) - 1]
            rang = parties.get("BYSETPOS") or parties["BYDAY"][:-2] or "1"
            rang_fr = {"1": "premier", "-1": "dernier", "2": "deuxième", "3": "troisième"}
            quand = f"le {rang_fr.get(rang, rang + 'e')} {JOURS[_JOURS_RRULE[jour]]} {_de(mois)}"
            if duree == 7 and jour == "MO":
                return f"{prefixe}, la première semaine complète (lundi à dimanche) {_de(mois)}"
            if duree > 1:
                return f"{prefixe}, {duree} jours à partir du {quand[3:]}"
            return f"{prefixe} {quand}"
        if duree == 1:
            return f"{prefixe} le {date_fr(debut, annee=False)}"
        if debut.day == 1 and fin.month == debut.month and duree <= 10:
            nombres = {7: "sept", 3: "trois", 5: "cinq", 10: "dix"}
            return f"{prefixe}, les {nombres.get(duree, duree)} premiers jours {_de(MOIS[debut.month - 1])}"
        return f"{prefixe} du {date_fr(debut, annee=False)} au {date_fr(fin, annee=False)}"
    unite = {"MONTHLY": "chaque mois", "WEEKLY": "chaque semaine", "DAILY": "chaque jour"}
    texte = unite[frequence] if intervalle == 1 else f"tous les {intervalle} ({frequence.lower()})"
    texte += f" à partir du {date_fr(debut)}"
    if duree > 1:
        texte += f", {duree} jours"
    return texte


def iterer_annees(premiere: int, derniere: int) -> Iterator[int]:
    if derniere < premiere:
        raise DonneesInvalides(
            f"L'année de fin ({derniere}) précède l'année de début ({premiere})."
        )
    return iter(range(premiere, derniere + 1))


def verifier_exception(exception: ExceptionAnnuelle) -> None:
    if exception.debut and exception.fin and exception.fin < exception.debut:
        raise DonneesInvalides(f"Exception {exception.annee} : la fin précède le début.")
