"""Avertissements de conflit et de saturation d'une année, et ceux que l'on a écartés.

Quatre règles : deux campagnes visant le même public ou le même canal la même semaine
(lundi à dimanche) ; un lancement un jour férié ; un matériel dû après le lancement ;
trop de campagnes la même semaine dans une région. Les campagnes continues (une
occurrence de six mois ou plus, comme l'affichage obligatoire) sont un fond permanent :
elles ne comptent pas, sinon chaque semaine de l'année serait signalée.

Chaque avertissement a un identifiant stable, tiré des campagnes et des dates qu'il
concerne : écarté avec une raison, il ne revient pas tant que la situation est la même.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import combinations

from .calendrier import date_fr, echeance_materiel, jours_feries, occurrences_annee, periode_fr
from .depot import Depot, maintenant
from .erreurs import DonneesInvalides, Introuvable
from .modele import Campagne, Occurrence
from .validation import creer_slug

DUREE_CAMPAGNE_CONTINUE = 180
"""Une occurrence d'au moins ce nombre de jours est un fond permanent, pas un temps fort."""

SEUIL_SATURATION = 3
"""Au-delà de ce nombre de campagnes la même semaine dans une région, on avertit."""

REGLES = {
    "conflit": "même public ou même canal la même semaine",
    "ferie": "lancement un jour férié",
    "echeance": "matériel dû après le lancement",
    "saturation": "trop de campagnes la même semaine dans une région",
}

STATUTS_IGNORES = {"annulee"}
STATUTS_MATERIEL_FAITS = {"pret", "diffuse"}


@dataclass(frozen=True)
class Avertissement:
    """Un problème du plan, expliqué en une phrase, que le planificateur peut écarter."""

    ident: str
    regle: str
    message: str
    jour: date
    """Le jour à marquer dans la vue de l'année (lancement ou lundi de la semaine)."""
    slugs: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    ecarte: bool = False
    raison: str = ""
    ecarte_le: str = ""


@dataclass
class _Tenue:
    occurrence: Occurrence
    campagne: Campagne
    semaines: list[date] = field(default_factory=list)


def lundi(jour: date) -> date:
    return jour - timedelta(days=jour.weekday())


def _semaines(debut: date, fin: date) -> list[date]:
    """Les lundis des semaines que touche la période."""
    resultat, courant = [], lundi(debut)
    while courant <= fin:
        resultat.append(courant)
        courant += timedelta(days=7)
    return resultat


def _semaine_fr(premier_lundi: date) -> str:
    return f"la semaine du {date_fr(premier_lundi)}"


def _liste_fr(noms: list[str]) -> str:
    if len(noms) <= 1:
        return "".join(noms)
    return ", ".join(noms[:-1]) + " et " + noms[-1]


def _tenues(lues: list[Campagne], annee: int, duree_continue: int) -> list[_Tenue]:
    campagnes = {c.slug: c for c in lues if c.statut not in STATUTS_IGNORES}
    resultat = []
    for o in occurrences_annee(campagnes.values(), annee):
        if o.duree_jours >= duree_continue:
            continue
        debut, fin = max(o.debut, date(annee, 1, 1)), min(o.fin, date(annee, 12, 31))
        resultat.append(_Tenue(o, campagnes[o.slug], _semaines(debut, fin)))
    return resultat


LIMITE_PAIRES = 8
"""Au-delà, les campagnes qui partagent un public ou un canal une semaine donnée sont
signalées en un seul avis de groupe plutôt que deux à deux (10 000 campagnes donneraient
des millions de paires, et personne ne lit des millions d'avis)."""


def _titres_fr(titres: list[str], maximum: int = 5) -> str:
    cites = [f"« {t} »" for t in titres[:maximum]]
    if len(titres) > maximum:
        cites.append(f"{len(titres) - maximum} autres")
    return _liste_fr(cites)


def _conflits(tenues: list[_Tenue]) -> list[Avertissement]:
    # Index (semaine, public ou canal) -> campagnes : seules les campagnes qui partagent
    # vraiment quelque chose sont comparées, et les foules sont résumées.
    par_cle: dict[tuple[date, str, str], list[int]] = defaultdict(list)
    for i, t in enumerate(tenues):
        cles = [("public", p) for p in dict.fromkeys(t.campagne.noms_publics)]
        cles += [("canal", c) for c in dict.fromkeys(t.campagne.canaux)]
        for semaine in t.semaines:
            for nature, nom in cles:
                par_cle[(semaine, nature, nom)].append(i)
    paires: set[tuple[int, int]] = set()
    groupes = []
    for (semaine, nature, nom), indices in par_cle.items():
        slugs = {tenues[i].campagne.slug for i in indices}
        if len(slugs) < 2:
            continue
        if len(indices) <= LIMITE_PAIRES:
            paires.update(combinations(indices, 2))
        else:
            groupes.append((semaine, nature, nom, indices))
    resultat = _conflits_groupes(tenues, groupes)
    paires_triees = sorted(paires)
    for i, j in paires_triees:
        a, b = tenues[i], tenues[j]
        if a.campagne.slug == b.campagne.slug:
            continue
        communes = sorted(set(a.semaines) & set(b.semaines))
        publics = [p for p in a.campagne.noms_publics if p in set(b.campagne.noms_publics)]
        canaux = [c for c in a.campagne.canaux if c in set(b.campagne.canaux)]
        if not publics and not canaux:
            continue
        premiere, seconde = sorted((a, b), key=lambda t: (t.occurrence.debut, t.campagne.slug))
        quoi = []
        if publics:
            quoi.append(
                f"visent le même public ({_liste_fr(publics)})"
                if len(publics) == 1
                else f"visent les mêmes publics ({_liste_fr(publics)})"
            )
        if canaux:
            quoi.append(
                f"passent par le même canal ({_liste_fr(canaux)})"
                if len(canaux) == 1
                else f"passent par les mêmes canaux ({_liste_fr(canaux)})"
            )
        quand = _semaine_fr(communes[0])
        if len(communes) > 1:
            quand += f" et {len(communes) - 1} autre(s) semaine(s)"
        message = (
            f"« {premiere.campagne.titre} » et « {seconde.campagne.titre} » "
            f"{' et '.join(quoi)} {quand}."
        )
        resultat.append(
            Avertissement(
                ident=f"conflit:{communes[0].isoformat()}:{premiere.campagne.slug}+{seconde.campagne.slug}",
                regle="conflit",
                message=message,
                jour=communes[0],
                slugs=(premiere.campagne.slug, seconde.campagne.slug),
            )
        )
    return resultat


def _conflits_groupes(tenues: list[_Tenue], groupes: list) -> list[Avertissement]:
    resultat = []
    for semaine, nature, nom, indices in sorted(groupes, key=lambda g: (g[0], g[1], g[2])):
        campagnes = sorted(
            {tenues[i].campagne.slug: tenues[i].campagne for i in indices}.values(),
            key=lambda c: (c.titre.casefold(), c.slug),
        )
        quoi = (
            f"visent le même public ({nom})"
            if nature == "public"
            else f"passent par le même canal ({nom})"
        )
        resultat.append(
            Avertissement(
                ident=f"conflit:{semaine.isoformat()}:{nature}:{creer_slug(nom, set())}",
                regle="conflit",
                message=(
                    f"{len(campagnes)} campagnes {quoi} {_semaine_fr(semaine)} : "
                    f"{_titres_fr([c.titre for c in campagnes])}."
                ),
                jour=semaine,
                slugs=tuple(c.slug for c in campagnes),
            )
        )
    return resultat


def _feries(tenues: list[_Tenue], annee: int) -> list[Avertissement]:
    feries = jours_feries(annee)
    resultat = []
    for t in tenues:
        o = t.occurrence
        if o.debut.year != annee or o.debut not in feries:
            continue
        resultat.append(
            Avertissement(
                ident=f"ferie:{o.debut.isoformat()}:{o.slug}",
                regle="ferie",
                message=(
                    f"« {o.titre} » est lancée le {date_fr(o.debut)}, jour férié "
                    f"({feries[o.debut]})."
                ),
                jour=o.debut,
                slugs=(o.slug,),
            )
        )
    return resultat


def _cles_materiels(titres: list[str]) -> list[str]:
    """Une clé lisible par matériel ; un titre non latin ou en double reçoit une empreinte."""
    bases = [creer_slug(t) for t in titres]
    resultat = []
    for titre, base in zip(titres, bases, strict=True):
        if base == "campagne" or bases.count(base) > 1:  # « campagne » : titre sans lettre latine
            empreinte = hashlib.sha1(titre.encode()).hexdigest()[:6]
            base = f"{'materiel' if base == 'campagne' else base}-{empreinte}"
        resultat.append(base)
    return resultat


def _echeances(tenues: list[_Tenue], annee: int) -> list[Avertissement]:
    resultat = []
    for t in tenues:
        o = t.occurrence
        if o.debut.year != annee:
            continue
        cles = _cles_materiels([m.titre for m in t.campagne.materiels])
        for m, cle in zip(t.campagne.materiels, cles, strict=True):
            if m.statut in STATUTS_MATERIEL_FAITS:
                continue
            echeance = echeance_materiel(m, o.debut)
            if echeance is None or echeance <= o.debut:
                continue
            resultat.append(
                Avertissement(
                    ident=f"echeance:{o.debut.isoformat()}:{o.slug}:{cle}",
                    regle="echeance",
                    message=(
                        f"Le matériel « {m.titre} » de « {o.titre} » est dû le "
                        f"{date_fr(echeance)}, après le lancement du {date_fr(o.debut)}."
                    ),
                    jour=o.debut,
                    slugs=(o.slug,),
                )
            )
    return resultat


def _saturation(
    tenues: list[_Tenue], noms_regions: dict[str, str], seuil: int
) -> list[Avertissement]:
    # semaine -> région -> campagnes présentes (une campagne sans région vaut pour tout le Québec)
    par_semaine: dict[date, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    titres: dict[str, str] = {}
    for t in tenues:
        regions = t.campagne.regions or list(noms_regions)
        titres[t.campagne.slug] = t.campagne.titre
        for semaine in t.semaines:
            for code in regions:
                par_semaine[semaine][code].add(t.campagne.slug)
    # Regrouper : mêmes campagnes et mêmes régions sur des semaines consécutives = un seul avis.
    situations: list[tuple[list[date], frozenset[str], tuple[str, ...]]] = []
    en_cours: dict[tuple[frozenset[str], tuple[str, ...]], list[date]] = {}
    for semaine in sorted(par_semaine):
        groupes: dict[frozenset[str], list[str]] = defaultdict(list)
        for code, slugs in par_semaine[semaine].items():
            if len(slugs) > seuil:
                groupes[frozenset(slugs)].append(code)
        for slugs, codes in groupes.items():
            cle = (slugs, tuple(sorted(codes)))
            semaines = en_cours.get(cle)
            if semaines and semaines[-1] == semaine - timedelta(days=7):
                semaines.append(semaine)
            else:
                en_cours[cle] = [semaine]
                situations.append((en_cours[cle], *cle))
    resultat = []
    for semaines, slugs, regions in situations:
        noms = sorted((titres[s] for s in slugs), key=str.casefold)
        if len(regions) == len(noms_regions):
            ou = f"dans les {len(regions)} régions"
        elif len(regions) == 1:
            ou = f"dans la région {noms_regions.get(regions[0], regions[0])}"
        else:
            ou = f"dans {len(regions)} régions ({_liste_fr([noms_regions.get(r, r) for r in regions])})"
        if len(semaines) == 1:
            quand = _semaine_fr(semaines[0])
        else:
            quand = f"pendant {len(semaines)} semaines ({periode_fr(semaines[0], semaines[-1] + timedelta(days=6))})"
        message = (
            f"{len(slugs)} campagnes ont lieu {quand} {ou}, au-delà du seuil de {seuil} : "
            f"{_titres_fr(noms)}."
        )
        resultat.append(
            Avertissement(
                ident=f"saturation:{semaines[0].isoformat()}:{'-'.join(regions)}",
                regle="saturation",
                message=message,
                jour=semaines[0],
                slugs=tuple(sorted(slugs)),
                regions=regions,
            )
        )
    return resultat


def ecartes(depot: Depot) -> dict[str, dict]:
    """Les avertissements écartés : identifiant -> raison, message et date."""
    return {
        r["ident"]: r
        for r in depot.db.query(
            "SELECT ident, raison, message, ecarte_le FROM avertissements_ecartes"
        )
    }


def verifier(
    depot: Depot,
    annee: int,
    *,
    tous: bool = False,
    seuil_saturation: int = SEUIL_SATURATION,
    duree_continue: int = DUREE_CAMPAGNE_CONTINUE,
    campagnes: list[Campagne] | None = None,
) -> list[Avertissement]:
    """Les avertissements de l'année, triés par date ; `tous` y ajoute les écartés (marqués).

    `campagnes` : celles déjà lues (la fenêtre les tient en mémoire), pour ne pas relire
    toute la base à chaque modification.
    """
    return calculer_avertissements(
        depot.campagnes() if campagnes is None else campagnes,
        annee,
        {r.code: r.nom for r in depot.regions()},
        ecartes(depot),
        tous=tous,
        seuil_saturation=seuil_saturation,
        duree_continue=duree_continue,
    )


def calculer_avertissements(
    campagnes: list[Campagne],
    annee: int,
    noms_regions: dict[str, str],
    deja_ecartes: dict[str, dict],
    *,
    tous: bool = False,
    seuil_saturation: int = SEUIL_SATURATION,
    duree_continue: int = DUREE_CAMPAGNE_CONTINUE,
) -> list[Avertissement]:
    """Le calcul seul, sans la base : il peut tourner sur un fil de travail (la fenêtre)."""
    if seuil_saturation < 1:
        raise DonneesInvalides("Le seuil de saturation doit être d'au moins 1 campagne.")
    tenues = _tenues(campagnes, annee, duree_continue)
    avis = (
        _conflits(tenues)
        + _feries(tenues, annee)
        + _echeances(tenues, annee)
        + _saturation(tenues, noms_regions, seuil_saturation)
    )
    deja = deja_ecartes
    resultat = []
    vus: set[str] = set()
    for a in avis:
        if a.ident in vus:
            continue
        vus.add(a.ident)
        e = deja.get(a.ident)
        if e is None:
            resultat.append(a)
        elif tous:
            resultat.append(
                Avertissement(
                    **{
                        **a.__dict__,
                        "ecarte": True,
                        "raison": e["raison"],
                        "ecarte_le": e["ecarte_le"],
                    }
                )
            )
    resultat.sort(key=lambda a: (a.jour, list(REGLES).index(a.regle), a.ident))
    return resultat


_MOTIF_DATE = re.compile(r"(\d{4})-\d{2}-\d{2}")


def _trouver(depot: Depot, ident: str) -> Avertissement:
    trouve = _MOTIF_DATE.search(ident)
    if trouve:
        annee = int(trouve.group(1))
        # Une semaine qui commence en décembre peut appartenir à l'année suivante.
        for a_verifier in (annee, annee + 1):
            for a in verifier(depot, a_verifier, tous=True):
                if a.ident == ident:
                    return a
    raise Introuvable(
        f"Aucun avertissement ne porte l'identifiant « {ident} » (voir « campagnes verifier »)."
    )


def ecarter(depot: Depot, ident: str, raison: str) -> Avertissement:
    """Écarte un avertissement actuel ; la raison est gardée et il ne revient plus."""
    raison = (raison or "").strip()
    if not raison:
        raise DonneesInvalides("Indiquez pourquoi vous écartez cet avertissement.")
    if len(raison) > 2000:
        raise DonneesInvalides("La raison dépasse 2000 caractères.")
    avertissement = _trouver(depot, ident.strip())
    quand = maintenant()
    with depot.transaction():
        depot.db["avertissements_ecartes"].upsert(
            {
                "ident": avertissement.ident,
                "raison": raison,
                "message": avertissement.message,
                "ecarte_le": quand,
            },
            pk="ident",
        )
    return replace(avertissement, ecarte=True, raison=raison, ecarte_le=quand)


def retablir(depot: Depot, ident: str) -> None:
    """Fait revenir un avertissement écarté par erreur."""
    with depot.transaction():
        curseur = depot.db.execute(
            "DELETE FROM avertissements_ecartes WHERE ident = ?", [ident.strip()]
        )
        if curseur.rowcount == 0:
            raise Introuvable(f"Aucun avertissement écarté ne porte l'identifiant « {ident} ».")
