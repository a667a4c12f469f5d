"""Registre de l'affichage obligatoire (recommandations 25 et 26).

Les établissements visés (plateformes locatives numériques, hôtels, hébergement
touristique, salons de massage érotique, saunas) et, pour chacun, les deux affiches
exigées : le caractère criminel de l'achat de services sexuels (25) et les coordonnées
pour signaler un crime d'exploitation sexuelle des mineurs (26).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from .depot import Depot
from .erreurs import DonneesInvalides, Introuvable
from .registres_csv import NON, code_choix, code_region, date_ou_rien, ecrire_csv, lire_csv, oui_non
from .validation import creer_slug, valider_entree_registre

TYPES_ETABLISSEMENT = {
    "plateforme_locative": "plateforme locative numérique",
    "hotel": "établissement hôtelier",
    "hebergement_touristique": "hébergement touristique",
    "salon_massage": "salon de massage érotique",
    "sauna": "sauna",
}

AFFICHES = {
    "achat": "caractère criminel de l'achat de services sexuels",
    "signalement": "coordonnées pour signaler un crime d'exploitation sexuelle des mineurs",
}
RECOMMANDATION_AFFICHE = {"achat": 25, "signalement": 26}

COLONNES = (
    "identifiant",
    "nom",
    "type",
    "region",
    *(f"{a}_{c}" for a in AFFICHES for c in ("en_place", "langues", "version", "verifiee_le")),
    "suivi",
)


@dataclass
class Affiche:
    """L'état d'une affiche exigée dans un établissement, au dernier contrôle."""

    en_place: bool = False
    langues: list[str] = field(default_factory=lambda: ["fr"])
    version: str = ""
    date_verification: date | None = None


@dataclass
class Etablissement:
    nom: str
    type: str
    region: str
    affiches: dict[str, Affiche] = field(default_factory=dict)
    """Code d'affiche (« achat », « signalement ») -> état ; une affiche absente n'est pas en place."""
    suivi: str = ""
    identifiant: str = ""
    id: int | None = None

    @property
    def libelle_type(self) -> str:
        return TYPES_ETABLISSEMENT.get(self.type, self.type)

    def affiche(self, code: str) -> Affiche:
        return self.affiches.get(code) or Affiche(en_place=False, langues=[])

    @property
    def conforme(self) -> bool:
        """Les deux affiches exigées sont en place."""
        return all(self.affiche(code).en_place for code in AFFICHES)


def valider_etablissement(e: Etablissement, regions: set[str]) -> None:
    valider_entree_registre(
        "de l'établissement",
        e.nom,
        e.suivi,
        e.identifiant,
        e.type,
        TYPES_ETABLISSEMENT,
        e.region,
        regions,
    )
    for code, a in e.affiches.items():
        if code not in AFFICHES:
            raise DonneesInvalides(f"Affiche « {code} » inconnue (achat ou signalement).")
        if a.en_place and not a.langues:
            raise DonneesInvalides(
                f"« {e.nom.strip()} » : indiquez la langue de l'affiche sur {AFFICHES[code]}."
            )


def _date(texte: str | None) -> date | None:
    return date.fromisoformat(texte) if texte else None


def etablissements(
    depot: Depot, region: str | None = None, type: str | None = None
) -> list[Etablissement]:
    """Les établissements, par région puis par nom, avec leurs affiches."""
    conditions, params = [], []
    if region:
        conditions.append("region_code = ?")
        params.append(region)
    if type:
        conditions.append("type = ?")
        params.append(type)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    rangees = list(
        depot.db.query(
            f"SELECT * FROM affichage_etablissements {where} ORDER BY region_code, nom COLLATE NOCASE, id",
            params,
        )
    )
    affiches: dict[int, dict[str, Affiche]] = {}
    for a in depot.db.query("SELECT * FROM affichage_affiches"):
        affiches.setdefault(a["etablissement_id"], {})[a["affiche"]] = Affiche(
            en_place=bool(a["en_place"]),
            langues=[x for x in (a["langues"] or "").split(",") if x],
            version=a["version"] or "",
            date_verification=_date(a["date_verification"]),
        )
    return [
        Etablissement(
            id=r["id"],
            identifiant=r["identifiant"],
            nom=r["nom"],
            type=r["type"],
            region=r["region_code"],
            suivi=r["suivi"] or "",
            affiches=affiches.get(r["id"], {}),
        )
        for r in rangees
    ]


def _valeurs(e: Etablissement) -> tuple[dict, list[dict]]:
    ligne = {
        "identifiant": e.identifiant,
        "nom": e.nom.strip(),
        "type": e.type,
        "region_code": e.region,
        "suivi": e.suivi,
    }
    affiches = [
        {
            "affiche": code,
            "en_place": int(a.en_place),
            "langues": ",".join(a.langues),
            "version": a.version.strip(),
            "date_verification": a.date_verification.isoformat() if a.date_verification else None,
        }
        for code, a in sorted(e.affiches.items())
        if a.en_place or a.langues or a.version.strip() or a.date_verification
    ]
    return ligne, affiches


def _ecrire_tous(depot: Depot, liste: list[Etablissement]) -> dict[str, int]:
    regions = {r.code for r in depot.regions()}
    comptes = {"cree": 0, "modifie": 0, "inchange": 0}
    with depot.transaction():
        anciens = {e.identifiant: e for e in etablissements(depot)}
        par_nom = {(e.nom.casefold(), e.region): e.identifiant for e in anciens.values()}
        pris = set(anciens)
        vus: set[str] = set()
        for e in liste:
            valider_etablissement(e, regions)
            if not e.identifiant:
                e.identifiant = par_nom.get((e.nom.strip().casefold(), e.region)) or creer_slug(
                    e.nom, pris
                )
            if e.identifiant in vus:
                raise DonneesInvalides(f"l'identifiant « {e.identifiant} » apparaît deux fois")
            vus.add(e.identifiant)
            pris.add(e.identifiant)
            ligne, affiches = _valeurs(e)
            ancien = anciens.get(e.identifiant)
            if ancien is not None and _valeurs(ancien) == (ligne, affiches):
                e.id = ancien.id
                comptes["inchange"] += 1
                continue
            if ancien is None:
                e.id = depot.db["affichage_etablissements"].insert(ligne).last_pk
                comptes["cree"] += 1
            else:
                e.id = ancien.id
                depot.db["affichage_etablissements"].update(e.id, ligne)
                depot.db.execute(
                    "DELETE FROM affichage_affiches WHERE etablissement_id = ?", [e.id]
                )
                comptes["modifie"] += 1
            depot.db["affichage_affiches"].insert_all(
                {**a, "etablissement_id": e.id} for a in affiches
            )
    return comptes


def enregistrer_etablissement(depot: Depot, etablissement: Etablissement) -> Etablissement:
    """Crée ou met à jour un établissement (par identifiant, sinon par nom et région)."""
    copie = replace(etablissement, affiches=dict(etablissement.affiches))
    _ecrire_tous(depot, [copie])
    return copie


def supprimer_etablissement(depot: Depot, identifiant: str) -> None:
    with depot.transaction():
        sql = "DELETE FROM affichage_etablissements WHERE identifiant = ?"
        if depot.db.execute(sql, [identifiant]).rowcount == 0:
            raise Introuvable(f"Aucun établissement ne porte l'identifiant « {identifiant} ».")


@dataclass(frozen=True)
class CompteAffichage:
    """Une ligne du rapport : établissements, conformes, et chaque affiche en place."""

    code: str
    libelle: str
    etablissements: int
    conformes: int
    affiche_achat: int
    affiche_signalement: int


@dataclass(frozen=True)
class ComptesAffichage:
    par_region: list[CompteAffichage]
    par_type: list[CompteAffichage]
    total: CompteAffichage


def _compter(code: str, libelle: str, liste: list[Etablissement]) -> CompteAffichage:
    return CompteAffichage(
        code=code,
        libelle=libelle,
        etablissements=len(liste),
        conformes=sum(e.conforme for e in liste),
        affiche_achat=sum(e.affiche("achat").en_place for e in liste),
        affiche_signalement=sum(e.affiche("signalement").en_place for e in liste),
    )


def comptes_affichage(depot: Depot, toutes_regions: bool = False) -> ComptesAffichage:
    """Les comptes par région et par type d'établissement, pour le rapport biennal.

    Avec `toutes_regions`, les 17 régions figurent, même sans établissement (lignes à zéro).
    """
    tous = etablissements(depot)
    noms = {r.code: r.nom for r in depot.regions()}
    par_region: dict[str, list[Etablissement]] = {c: [] for c in noms} if toutes_regions else {}
    par_type: dict[str, list[Etablissement]] = {}
    for e in tous:
        par_region.setdefault(e.region, []).append(e)
        par_type.setdefault(e.type, []).append(e)
    return ComptesAffichage(
        par_region=[_compter(c, noms.get(c, c), par_region[c]) for c in sorted(par_region)],
        par_type=[
            _compter(c, TYPES_ETABLISSEMENT[c], par_type[c])
            for c in TYPES_ETABLISSEMENT
            if c in par_type
        ],
        total=_compter("", "Ensemble du Québec", tous),
    )


# --- CSV ------------------------------------------------------------------------------


def ligne_etablissement(e: Etablissement) -> dict[str, str]:
    ligne = {
        "identifiant": e.identifiant,
        "nom": e.nom,
        "type": e.libelle_type,
        "region": e.region,
        "suivi": e.suivi,
    }
    for code in AFFICHES:
        a = e.affiches.get(code)
        ligne[f"{code}_en_place"] = "oui" if a and a.en_place else "non"
        ligne[f"{code}_langues"] = " | ".join(a.langues) if a else ""
        ligne[f"{code}_version"] = a.version if a else ""
        ligne[f"{code}_verifiee_le"] = (
            a.date_verification.isoformat() if a and a.date_verification else ""
        )
    return ligne


def exporter_affichage(depot: Depot, chemin: str | Path) -> int:
    """Écrit le registre en CSV (une ligne par établissement) ; rend le nombre de lignes."""
    return ecrire_csv(chemin, COLONNES, (ligne_etablissement(e) for e in etablissements(depot)))


def lire_affichage_csv(depot: Depot, chemin: str | Path) -> list[Etablissement]:
    """Lit et valide tout le fichier, sans rien écrire."""
    regions = depot.regions()
    codes = {r.code for r in regions}
    vus: set[str] = set()

    def convertir(ligne: dict[str, str]) -> Etablissement:
        nom = ligne.get("nom", "").strip()
        if not nom:
            raise DonneesInvalides("le nom de l'établissement est vide")
        affiches = {}
        for code in AFFICHES:
            valeurs = [
                ligne.get(f"{code}_{c}", "").strip()
                for c in ("en_place", "langues", "version", "verifiee_le")
            ]
            if not any(valeurs[1:]) and valeurs[0].casefold() in NON:
                continue  # affiche ni posée ni renseignée
            affiches[code] = Affiche(
                en_place=oui_non(valeurs[0], f"{code}_en_place"),
                langues=[x.strip() for x in valeurs[1].split("|") if x.strip()],
                version=valeurs[2],
                date_verification=date_ou_rien(valeurs[3], f"{code}_verifiee_le"),
            )
        e = Etablissement(
            identifiant=ligne.get("identifiant", "").strip(),
            nom=nom,
            type=code_choix(ligne.get("type", ""), TYPES_ETABLISSEMENT, "type"),
            region=code_region(ligne.get("region", ""), regions),
            suivi=ligne.get("suivi", "").replace("\r\n", "\n"),
            affiches=affiches,
        )
        valider_etablissement(e, codes)
        cle = e.identifiant or f"{e.nom.casefold()}|{e.region}"
        if cle in vus:
            raise DonneesInvalides(f"« {e.identifiant or e.nom} » apparaît deux fois")
        vus.add(cle)
        return e

    return lire_csv(
        chemin, COLONNES, ("nom", "type", "region"), "registre de l'affichage", convertir
    )


def importer_affichage(depot: Depot, chemin: str | Path) -> dict[str, int]:
    """Importe tout le fichier en une transaction ; rend le compte créés/modifiés/inchangés."""
    return _ecrire_tous(depot, lire_affichage_csv(depot, chemin))
