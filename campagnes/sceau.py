"""Registre du sceau « Non à l'exploitation sexuelle des mineurs » (recommandation 24).

Les titulaires (hôtels, festivals, grands événements, transport de personnes, commerces)
avec leur région, l'octroi, le renouvellement, la formation du personnel et l'affichage.
Les renouvellements dus apparaissent dans le calendrier comme des occurrences de la
source « Registre du sceau ».
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .depot import Depot
from .erreurs import DonneesInvalides, Introuvable
from .modele import Occurrence, Region
from .registres_csv import code_choix, code_region, date_ou_rien, ecrire_csv, lire_csv, oui_non
from .validation import creer_slug, valider_entree_registre

SOURCE = "Registre du sceau"
COULEUR = "#8a4b08"
RECOMMANDATION = 24

TYPES_SCEAU = {
    "hotellerie": "industrie hôtelière",
    "festival": "festival",
    "grand_evenement": "grand événement",
    "transport": "transport de personnes",
    "commerce": "commerce",
}

COLONNES = (
    "identifiant",
    "nom",
    "type",
    "region",
    "date_octroi",
    "date_renouvellement",
    "date_formation",
    "affiches_en_place",
    "remarques",
)


@dataclass
class TitulaireSceau:
    nom: str
    type: str
    region: str
    date_octroi: date
    date_renouvellement: date | None = None
    date_formation: date | None = None
    """Dernière formation du personnel au dépistage (condition d'obtention)."""
    affiches_en_place: bool = False
    remarques: str = ""
    identifiant: str = ""
    id: int | None = None

    @property
    def libelle_type(self) -> str:
        return TYPES_SCEAU.get(self.type, self.type)


def valider_titulaire(t: TitulaireSceau, regions: set[str]) -> None:
    valider_entree_registre(
        "de l'organisation",
        t.nom,
        t.remarques,
        t.identifiant,
        t.type,
        TYPES_SCEAU,
        t.region,
        regions,
    )
    if t.date_octroi is None:
        raise DonneesInvalides(f"« {t.nom.strip()} » : la date d'octroi est obligatoire.")
    if t.date_renouvellement and t.date_renouvellement <= t.date_octroi:
        raise DonneesInvalides(
            f"« {t.nom.strip()} » : le renouvellement ({t.date_renouvellement.isoformat()}) "
            f"doit suivre l'octroi ({t.date_octroi.isoformat()})."
        )


def _date(texte: str | None) -> date | None:
    return date.fromisoformat(texte) if texte else None


def _de_rangee(r: dict) -> TitulaireSceau:
    return TitulaireSceau(
        id=r["id"],
        identifiant=r["identifiant"],
        nom=r["nom"],
        type=r["type"],
        region=r["region_code"],
        date_octroi=date.fromisoformat(r["date_octroi"]),
        date_renouvellement=_date(r["date_renouvellement"]),
        date_formation=_date(r["date_formation"]),
        affiches_en_place=bool(r["affiches_en_place"]),
        remarques=r["remarques"] or "",
    )


def titulaires_sceau(depot: Depot, region: str | None = None) -> list[TitulaireSceau]:
    """Les titulaires, par région puis par nom ; `region` (« 06 ») n'en garde qu'une."""
    if region is not None and region not in {r.code for r in depot.regions()}:
        raise DonneesInvalides(f"Région « {region} » inconnue (codes 01 à 17).")
    where, params = ("WHERE region_code = ?", [region]) if region else ("", [])
    return [
        _de_rangee(r)
        for r in depot.db.query(
            f"SELECT * FROM sceau_titulaires {where} ORDER BY region_code, nom COLLATE NOCASE, id",
            params,
        )
    ]


def titulaires_par_region(depot: Depot) -> list[tuple[Region, list[TitulaireSceau]]]:
    """Pour la liste imprimable : chaque région qui a des titulaires, avec eux."""
    noms = {r.code: r for r in depot.regions()}
    groupes: dict[str, list[TitulaireSceau]] = {}
    for t in titulaires_sceau(depot):
        groupes.setdefault(t.region, []).append(t)
    return [(noms[code], liste) for code, liste in groupes.items()]


def _identifiant(t: TitulaireSceau, pris: set[str], existants: dict[tuple[str, str], str]) -> str:
    if t.identifiant:
        return t.identifiant
    cle = (t.nom.strip().casefold(), t.region)
    return existants.get(cle) or creer_slug(t.nom, pris)


def _valeurs(t: TitulaireSceau) -> dict:
    return {
        "identifiant": t.identifiant,
        "nom": t.nom.strip(),
        "type": t.type,
        "region_code": t.region,
        "date_octroi": t.date_octroi.isoformat(),
        "date_renouvellement": t.date_renouvellement.isoformat() if t.date_renouvellement else None,
        "date_formation": t.date_formation.isoformat() if t.date_formation else None,
        "affiches_en_place": int(t.affiches_en_place),
        "remarques": t.remarques,
    }


def _ecrire_tous(depot: Depot, liste: list[TitulaireSceau]) -> dict[str, int]:
    regions = {r.code for r in depot.regions()}
    comptes = {"cree": 0, "modifie": 0, "inchange": 0}
    with depot.transaction():
        anciens = {t.identifiant: t for t in titulaires_sceau(depot)}
        par_nom = {(t.nom.casefold(), t.region): t.identifiant for t in anciens.values()}
        pris = set(anciens)
        vus: set[str] = set()
        for t in liste:
            valider_titulaire(t, regions)
            t.identifiant = _identifiant(t, pris, par_nom)
            if t.identifiant in vus:
                raise DonneesInvalides(f"l'identifiant « {t.identifiant} » apparaît deux fois")
            vus.add(t.identifiant)
            pris.add(t.identifiant)
            valeurs = _valeurs(t)
            ancien = anciens.get(t.identifiant)
            if ancien is None:
                t.id = depot.db["sceau_titulaires"].insert(valeurs).last_pk
                comptes["cree"] += 1
            elif _valeurs(ancien) == valeurs:
                t.id = ancien.id
                comptes["inchange"] += 1
            else:
                depot.db["sceau_titulaires"].update(ancien.id, valeurs)
                t.id = ancien.id
                comptes["modifie"] += 1
    return comptes


def enregistrer_titulaire(depot: Depot, titulaire: TitulaireSceau) -> TitulaireSceau:
    """Crée ou met à jour un titulaire (par son identifiant, sinon par nom et région)."""
    copie = replace(titulaire)
    _ecrire_tous(depot, [copie])
    return copie


def supprimer_titulaire(depot: Depot, identifiant: str) -> None:
    with depot.transaction():
        sql = "DELETE FROM sceau_titulaires WHERE identifiant = ?"
        if depot.db.execute(sql, [identifiant]).rowcount == 0:
            raise Introuvable(f"Aucun titulaire du sceau ne porte l'identifiant « {identifiant} ».")


def renouvellements_dus(depot: Depot, debut: date, fin: date) -> list[TitulaireSceau]:
    """Les titulaires dont le renouvellement tombe entre `debut` et `fin` inclus."""
    return sorted(
        (
            t
            for t in titulaires_sceau(depot)
            if t.date_renouvellement and debut <= t.date_renouvellement <= fin
        ),
        key=lambda t: (t.date_renouvellement, t.nom.casefold()),
    )


def occurrences_sceau(depot: Depot, annee: int) -> list[Occurrence]:
    """Les renouvellements de l'année, comme occurrences du calendrier."""
    return [
        Occurrence(
            slug=f"sceau-renouvellement-{t.identifiant}",
            titre=f"Renouvellement du sceau : {t.nom}",
            debut=t.date_renouvellement,
            fin=t.date_renouvellement,
            recommandations=(RECOMMANDATION,),
            publics=(t.libelle_type,),
            statut="planifiee",
            couleur=COULEUR,
            source=SOURCE,
        )
        for t in renouvellements_dus(depot, date(annee, 1, 1), date(annee, 12, 31))
        if t.date_renouvellement is not None
    ]


@dataclass(frozen=True)
class CompteSceau:
    code: str
    libelle: str
    titulaires: int
    formation_faite: int
    affiches_en_place: int
    renouvellement_echu: int


def comptes_sceau(depot: Depot, au: date) -> list[CompteSceau]:
    """Par région : titulaires, formation faite, affiches en place, renouvellement échu au `au`."""
    noms = {r.code: r.nom for r in depot.regions()}
    par_region: dict[str, Counter] = {}
    for t in titulaires_sceau(depot):
        c = par_region.setdefault(t.region, Counter())
        c["titulaires"] += 1
        c["formation"] += t.date_formation is not None and t.date_formation <= au
        c["affiches"] += t.affiches_en_place
        c["echu"] += t.date_renouvellement is not None and t.date_renouvellement < au
    return [
        CompteSceau(
            code, noms.get(code, code), c["titulaires"], c["formation"], c["affiches"], c["echu"]
        )
        for code, c in sorted(par_region.items())
    ]


# --- CSV ------------------------------------------------------------------------------


def ligne_titulaire(t: TitulaireSceau) -> dict[str, str]:
    return {
        "identifiant": t.identifiant,
        "nom": t.nom,
        "type": t.libelle_type,
        "region": t.region,
        "date_octroi": t.date_octroi.isoformat(),
        "date_renouvellement": t.date_renouvellement.isoformat() if t.date_renouvellement else "",
        "date_formation": t.date_formation.isoformat() if t.date_formation else "",
        "affiches_en_place": "oui" if t.affiches_en_place else "non",
        "remarques": t.remarques,
    }


def exporter_sceau(depot: Depot, chemin: str | Path) -> int:
    """Écrit le registre en CSV (UTF-8 avec BOM, point-virgule) ; rend le nombre de lignes."""
    return ecrire_csv(chemin, COLONNES, (ligne_titulaire(t) for t in titulaires_sceau(depot)))


def lire_sceau_csv(depot: Depot, chemin: str | Path) -> list[TitulaireSceau]:
    """Lit et valide tout le fichier, sans rien écrire."""
    regions = depot.regions()
    codes = {r.code for r in regions}
    vus: set[str] = set()

    def convertir(ligne: dict[str, str]) -> TitulaireSceau:
        octroi = date_ou_rien(ligne.get("date_octroi", ""), "date d'octroi")
        nom = ligne.get("nom", "").strip()
        if not nom:
            raise DonneesInvalides("le nom de l'organisation est vide")
        if octroi is None:
            raise DonneesInvalides("la date d'octroi est vide")
        t = TitulaireSceau(
            identifiant=ligne.get("identifiant", "").strip(),
            nom=nom,
            type=code_choix(ligne.get("type", ""), TYPES_SCEAU, "type"),
            region=code_region(ligne.get("region", ""), regions),
            date_octroi=octroi,
            date_renouvellement=date_ou_rien(
                ligne.get("date_renouvellement", ""), "date de renouvellement"
            ),
            date_formation=date_ou_rien(ligne.get("date_formation", ""), "date de formation"),
            affiches_en_place=oui_non(ligne.get("affiches_en_place", ""), "affiches en place"),
            remarques=ligne.get("remarques", "").replace("\r\n", "\n"),
        )
        valider_titulaire(t, codes)
        cle = t.identifiant or f"{t.nom.casefold()}|{t.region}"
        if cle in vus:
            raise DonneesInvalides(f"« {t.identifiant or t.nom} » apparaît deux fois")
        vus.add(cle)
        return t

    return lire_csv(
        chemin, COLONNES, ("nom", "type", "region", "date_octroi"), "registre du sceau", convertir
    )


def importer_sceau(depot: Depot, chemin: str | Path) -> dict[str, int]:
    """Importe tout le fichier en une transaction ; rend le compte créés/modifiés/inchangés."""
    return _ecrire_tous(depot, lire_sceau_csv(depot, chemin))
