"""Lecture prudente d'un .ics de partenaire : contrôles, analyse, développement borné.

Tourne dans un processus à part (voir `import_ical`) : une règle qui fait boucler dateutil
(INTERVAL=0, dateutil#1441) ou un fichier piégé ne bloque ni la fenêtre ni la base. Les
règles sont aussi filtrées avant le développement, qui est borné en fenêtre et en nombre.
Toute anomalie refuse le fichier entier avec une phrase française : rien n'est écrit.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from ..erreurs import FichierInvalide
from .fuseau import FUSEAU_LOCAL

TAILLE_MAX_OCTETS = 5 * 1024 * 1024
LONGUEUR_MAX_LIGNE = 100_000
PROFONDEUR_MAX = 4  # VCALENDAR > VEVENT > VALARM, plus une marge
EVENEMENTS_MAX = 5_000
OCCURRENCES_MAX = 20_000
FREQUENCES_PERMISES = {"YEARLY", "MONTHLY", "WEEKLY", "DAILY"}
LONGUEUR_MAX_TITRE = 500
LONGUEUR_MAX_DESCRIPTION = 10_000


def _nombre(n: int) -> str:
    """20000 -> « 20 000 » (espace insécable fine absente des terminaux : espace simple)."""
    return f"{n:,}".replace(",", " ")


_CONTROLES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _nettoyer(valeur, longueur: int) -> str:
    """Du texte brut, sans caractères de contrôle (sauf saut de ligne et tabulation), borné."""
    texte = _CONTROLES.sub("", str(valeur or "")).strip()
    return texte if len(texte) <= longueur else texte[: longueur - 1] + "…"


def decoder(octets: bytes, nom: str) -> tuple[str, list[str]]:
    """Texte du fichier : UTF-8 (BOM accepté), sinon Windows-1252 avec un avertissement."""
    avertissements = []
    if not octets.strip():
        raise FichierInvalide(f"« {nom} » est vide : ce n'est pas un calendrier iCalendar.")
    if b"\x00" in octets:
        raise FichierInvalide(
            f"« {nom} » contient des données binaires : ce n'est pas un calendrier iCalendar."
        )
    if octets.startswith(b"\xef\xbb\xbf"):
        octets = octets[3:]
    try:
        texte = octets.decode("utf-8")
    except UnicodeDecodeError:
        texte = octets.decode("cp1252", errors="replace")
        avertissements.append(
            f"« {nom} » n'est pas en UTF-8 : il a été lu en Windows-1252 ; vérifiez les accents."
        )
    return texte, avertissements


def controler_structure(texte: str, nom: str) -> None:
    """Début, fin, longueur des lignes, imbrication et nombre d'événements, avant toute analyse."""
    lignes = texte.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    significatives = [ligne for ligne in lignes if ligne.strip()]
    if not significatives or significatives[0].strip().upper() != "BEGIN:VCALENDAR":
        raise FichierInvalide(
            f"« {nom} » n'est pas un fichier iCalendar : il ne commence pas par BEGIN:VCALENDAR."
        )
    if significatives[-1].strip().upper() != "END:VCALENDAR":
        raise FichierInvalide(
            f"« {nom} » est tronqué : il ne se termine pas par END:VCALENDAR ; "
            "demandez au partenaire de l'exporter de nouveau."
        )
    profondeur, evenements, longueur = 0, 0, 0
    for ligne in lignes:
        if ligne[:1] in (" ", "\t"):
            longueur += len(ligne) - 1
        else:
            longueur = len(ligne)
            majuscule = ligne.strip().upper()
            if majuscule.startswith("BEGIN:"):
                profondeur += 1
                evenements += majuscule == "BEGIN:VEVENT"
                if profondeur > PROFONDEUR_MAX:
                    raise FichierInvalide(
                        f"« {nom} » imbrique des composants sur plus de {PROFONDEUR_MAX} niveaux : "
                        "le fichier est refusé."
                    )
            elif majuscule.startswith("END:"):
                profondeur -= 1
        if longueur > LONGUEUR_MAX_LIGNE:
            raise FichierInvalide(
                f"« {nom} » contient une ligne de plus de {_nombre(LONGUEUR_MAX_LIGNE)} caractères : "
                "le fichier est refusé."
            )
    if evenements > EVENEMENTS_MAX:
        raise FichierInvalide(
            f"« {nom} » contient {_nombre(evenements)} événements, plus que les {_nombre(EVENEMENTS_MAX)} permis : "
            "demandez au partenaire un export plus court."
        )


def _nom_evenement(vevent) -> str:
    titre = _nettoyer(vevent.get("SUMMARY"), 80)
    uid = _nettoyer(vevent.get("UID"), 80)
    return f"« {titre} »" + (f" (UID {uid})" if uid else "") if titre else f"d'UID « {uid} »"


def _verifier_regles(vevent, nom: str) -> None:
    """Refuse les règles qui ne finissent pas d'avancer ou qui débordent : SECONDLY, INTERVAL=0…"""
    regles = vevent.get("RRULE")
    if regles is None:
        return
    for regle in regles if isinstance(regles, list) else [regles]:
        frequence = (regle.get("FREQ") or [""])[0]
        if str(frequence).upper() not in FREQUENCES_PERMISES:
            raise FichierInvalide(
                f"L'événement {_nom_evenement(vevent)} de « {nom} » se répète plus souvent "
                f"qu'une fois par jour (FREQ={frequence}) : le fichier est refusé."
            )
        intervalle = (regle.get("INTERVAL") or [1])[0]
        if not 1 <= int(intervalle) <= 1000:
            raise FichierInvalide(
                f"L'événement {_nom_evenement(vevent)} de « {nom} » a une récurrence qui "
                f"n'avance pas (INTERVAL={intervalle}) : le fichier est refusé."
            )
        for partie in ("BYHOUR", "BYMINUTE", "BYSECOND"):
            if len(regle.get(partie) or []) > 1:
                raise FichierInvalide(
                    f"L'événement {_nom_evenement(vevent)} de « {nom} » se répète plusieurs fois "
                    f"par jour ({partie}) : le fichier est refusé."
                )


def _verifier_fuseau(vevent, propriete: str, nom: str) -> None:
    """icalendar rend une heure flottante, en silence, pour un TZID qu'il ne connaît pas."""
    valeur = vevent.get(propriete)
    for v in valeur if isinstance(valeur, list) else [valeur]:
        if v is None:
            continue
        tzid = v.params.get("TZID")
        instants = [x.dt for x in v.dts] if hasattr(v, "dts") else [v.dt]
        if tzid and any(isinstance(t, datetime) and t.tzinfo is None for t in instants):
            raise FichierInvalide(
                f"L'événement {_nom_evenement(vevent)} de « {nom} » utilise le fuseau horaire "
                f"inconnu « {tzid} » : le fichier est refusé."
            )


# RFC 5545 §3.6.1 : ces propriétés ne figurent qu'une fois par VEVENT (RRULE : « SHOULD »).
_PROPRIETES_UNIQUES = ("UID", "DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "RRULE", "SUMMARY")


def verifier_evenement(vevent, nom: str) -> None:
    """UID, dates lisibles, fin après début, fuseaux connus, règles bornées."""
    for propriete in _PROPRIETES_UNIQUES:
        if isinstance(vevent.get(propriete), list):
            uid = vevent.get("UID")
            uid = uid[0] if isinstance(uid, list) else uid
            raise FichierInvalide(
                f"L'événement « {_nettoyer(uid, 80) or 'sans UID'} » de « {nom} » a plusieurs "
                f"propriétés {propriete} : le fichier est refusé."
            )
    if not str(vevent.get("UID") or "").strip():
        raise FichierInvalide(
            f"L'événement « {_nettoyer(vevent.get('SUMMARY'), 80) or 'sans titre'} » de « {nom} » "
            "n'a pas d'UID : sans lui, un nouvel import créerait des doublons ; le fichier est refusé."
        )
    erreurs = [e for e in vevent.errors if e[0] is None or e[0] in _PROPRIETES_DATES]
    if erreurs or vevent.get("DTSTART") is None:
        raise FichierInvalide(
            f"L'événement {_nom_evenement(vevent)} de « {nom} » a une date de début absente ou "
            "illisible : le fichier est refusé."
        )
    for propriete in ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE"):
        _verifier_fuseau(vevent, propriete, nom)
    debut = vevent["DTSTART"].dt
    fin = vevent["DTEND"].dt if vevent.get("DTEND") is not None else None
    if fin is None and vevent.get("DURATION") is not None:
        fin = debut + vevent["DURATION"].dt
    if fin is not None:
        if isinstance(debut, datetime) != isinstance(fin, datetime):
            raise FichierInvalide(
                f"L'événement {_nom_evenement(vevent)} de « {nom} » mêle une date et une heure "
                "pour son début et sa fin : le fichier est refusé."
            )
        if _comparable(fin) < _comparable(debut):
            raise FichierInvalide(
                f"L'événement {_nom_evenement(vevent)} de « {nom} » finit avant de commencer : "
                "le fichier est refusé."
            )
    _verifier_regles(vevent, nom)


_PROPRIETES_DATES = {
    "DTSTART",
    "DTEND",
    "DURATION",
    "RRULE",
    "RDATE",
    "EXDATE",
    "RECURRENCE-ID",
    "UID",
}
_LOCAL = ZoneInfo(FUSEAU_LOCAL)


def _comparable(valeur: date | datetime) -> datetime:
    if isinstance(valeur, datetime):
        return valeur if valeur.tzinfo else valeur.replace(tzinfo=_LOCAL)
    return datetime(valeur.year, valeur.month, valeur.day, tzinfo=_LOCAL)


def _local(valeur: datetime) -> datetime:
    """Une heure convertie dans le fuseau local ; une heure flottante y est supposée."""
    return valeur.astimezone(_LOCAL) if valeur.tzinfo else valeur.replace(tzinfo=_LOCAL)


def _occurrence(composant) -> dict:
    debut = composant["DTSTART"].dt
    if composant.get("DTEND") is not None:
        fin = composant["DTEND"].dt
    elif composant.get("DURATION") is not None:
        fin = debut + composant["DURATION"].dt
    else:
        fin = debut
    recurrence = composant.get("RECURRENCE-ID")
    valeurs = {
        "uid": str(composant["UID"]).strip(),
        "recurrence": _texte_instant(recurrence.dt) if recurrence is not None else "",
        "titre": _nettoyer(composant.get("SUMMARY"), LONGUEUR_MAX_TITRE) or "(sans titre)",
        "description": _nettoyer(composant.get("DESCRIPTION"), LONGUEUR_MAX_DESCRIPTION),
        "lieu": _nettoyer(composant.get("LOCATION"), LONGUEUR_MAX_TITRE),
        "sequence": int(composant.get("SEQUENCE", 0) or 0),
    }
    if isinstance(debut, datetime):
        debut, fin = _local(debut), _local(fin if isinstance(fin, datetime) else debut)
        fin_incluse = (fin - timedelta(microseconds=1)).date() if fin > debut else debut.date()
        valeurs.update(
            debut=debut.date(),
            fin=fin_incluse,
            debut_heure=debut.isoformat(),
            fin_heure=fin.isoformat(),
        )
    else:
        fin_incluse = fin - timedelta(days=1) if fin > debut else debut
        valeurs.update(debut=debut, fin=fin_incluse, debut_heure=None, fin_heure=None)
    return valeurs


def _texte_instant(valeur: date | datetime) -> str:
    if isinstance(valeur, datetime):
        return _comparable(valeur).astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")
    return valeur.isoformat()


def analyser(octets: bytes, nom: str, premier: date, dernier: date) -> dict:
    """Les occurrences entre `premier` et `dernier` (inclus), en dictionnaires simples à transmettre."""
    import recurring_ical_events
    from icalendar import Calendar

    if len(octets) > TAILLE_MAX_OCTETS:
        raise FichierInvalide(
            f"« {nom} » dépasse {TAILLE_MAX_OCTETS // (1024 * 1024)} Mo : le fichier est refusé."
        )
    texte, avertissements = decoder(octets, nom)
    controler_structure(texte, nom)
    try:
        calendriers = Calendar.from_ical(texte, multiple=True)
    except Exception as e:  # icalendar lève ValueError, KeyError… sur une entrée abîmée
        raise FichierInvalide(
            f"« {nom} » est mal formé ou tronqué ({type(e).__name__}) : le fichier est refusé."
        ) from e
    if len(calendriers) != 1 or calendriers[0].name != "VCALENDAR":
        raise FichierInvalide(
            f"« {nom} » doit contenir exactement un calendrier (VCALENDAR) : le fichier est refusé."
        )
    calendrier = calendriers[0]
    try:
        for vevent in calendrier.walk("VEVENT"):
            verifier_evenement(vevent, nom)
    except FichierInvalide:
        raise
    except (
        Exception
    ) as e:  # une forme que nos contrôles n'ont pas prévue : une phrase, pas une trace
        raise FichierInvalide(
            f"« {nom} » contient un événement mal formé ({type(e).__name__}) : le fichier est refusé."
        ) from e
    debut_fenetre = datetime(premier.year, premier.month, premier.day, tzinfo=_LOCAL)
    fin_fenetre = datetime(dernier.year, dernier.month, dernier.day, tzinfo=_LOCAL) + timedelta(
        days=1
    )
    try:
        requete = recurring_ical_events.of(calendrier)
        retenues: dict[tuple[str, str], dict] = {}
        compte = 0
        for serie in requete.series:
            for occurrence in serie.between(debut_fenetre, fin_fenetre):
                compte += 1
                if compte > OCCURRENCES_MAX:
                    raise FichierInvalide(
                        f"« {nom} » donne plus de {_nombre(OCCURRENCES_MAX)} occurrences entre "
                        f"{premier.year} et {dernier.year} : le fichier est refusé."
                    )
                composant = occurrence.as_component(False)
                if str(composant.get("STATUS", "")).upper() == "CANCELLED":
                    continue
                valeurs = _occurrence(composant)
                cle = (valeurs["uid"], valeurs["recurrence"])
                if cle in retenues:
                    message = (
                        f"L'UID « {cle[0]} » apparaît plusieurs fois : la version de plus haute "
                        "SEQUENCE est gardée."
                    )
                    if message not in avertissements:
                        avertissements.append(message)
                    if retenues[cle]["sequence"] >= valeurs["sequence"]:
                        continue
                retenues[cle] = valeurs
    except FichierInvalide:
        raise
    except Exception as e:
        raise FichierInvalide(
            f"Les récurrences de « {nom} » sont illisibles ({type(e).__name__}) : le fichier est refusé."
        ) from e
    if not retenues:
        avertissements.append(
            f"« {nom} » ne contient aucun événement entre {premier.year} et {dernier.year}."
        )
    return {"evenements": list(retenues.values()), "avertissements": avertissements}
