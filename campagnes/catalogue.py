"""Le catalogue livré : les 58 recommandations, les 17 régions et les campagnes recommandées.

Les référentiels sont remis à jour à chaque ouverture (ils ne se modifient pas dans
l'application) ; les campagnes ne sont chargées qu'une fois, à la création de la base,
pour ne jamais écraser ce que le planificateur en a fait.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .modele import Campagne, Chapitre, Materiel, PublicCible, Recommandation, Recurrence, Region
from .ressources import lire_json

if TYPE_CHECKING:
    from .depot import Depot

CLE_CATALOGUE = "catalogue_charge"


def chapitres() -> list[Chapitre]:
    return [Chapitre(**c) for c in lire_json("recommandations.json")["chapitres"]]


def recommandations() -> list[Recommandation]:
    return [
        Recommandation(numero=r["numero"], chapitre=r["chapitre"], texte=r["texte"])
        for r in lire_json("recommandations.json")["recommandations"]
    ]


def regions() -> list[Region]:
    return [Region(**r) for r in lire_json("regions.json")]


def campagnes_recommandees() -> list[Campagne]:
    from .depot import uid_pour

    donnees = lire_json("campagnes_recommandees.json")
    toutes_regions = [r.code for r in regions()]
    resultat = []
    for c in donnees["campagnes"]:
        rec = c["recurrence"]
        resultat.append(
            Campagne(
                slug=c["slug"],
                uid=uid_pour(c["slug"], catalogue=True),
                titre=c["titre"],
                description=c.get("description", ""),
                objectifs=c.get("objectifs", ""),
                messages_cles=c.get("messages_cles", ""),
                statut=c["statut"],
                couleur=c["couleur"],
                langues=c.get("langues", ["fr"]),
                recommandations=c["recommandations"],
                publics=[PublicCible(**p) for p in c["publics"]],
                partenaires=c["partenaires"],
                canaux=c["canaux"],
                regions=toutes_regions if c["regions"] == "*" else c["regions"],
                recurrence=Recurrence(
                    debut=date.fromisoformat(rec["debut"]),
                    fin=date.fromisoformat(rec["fin"]),
                    rrule=rec["rrule"],
                ),
                materiels=[Materiel(**m) for m in c.get("materiels", [])],
            )
        )
    return resultat


def charger_si_absent(depot: Depot) -> None:
    """Met les référentiels à jour et, la première fois seulement, charge les campagnes."""
    db = depot.db
    donnees = lire_json("recommandations.json")
    partenaires = lire_json("campagnes_recommandees.json")["partenaires"]
    deja = depot.meta(CLE_CATALOGUE) if "meta" in db.table_names() else None
    with depot.transaction():
        db["chapitres"].upsert_all(donnees["chapitres"], pk="numero")
        db["recommandations"].upsert_all(
            (
                {k: r[k] for k in ("numero", "chapitre", "texte")}
                for r in donnees["recommandations"]
            ),
            pk="numero",
        )
        db["regions"].upsert_all(lire_json("regions.json"), pk="code")
        if deja:
            return
        for p in partenaires:
            db.execute(
                "INSERT INTO partenaires (nom, type) VALUES (?, ?) ON CONFLICT(nom) DO NOTHING",
                [p["nom"], p["type"]],
            )
        for campagne in campagnes_recommandees():
            if not db.execute("SELECT 1 FROM campagnes WHERE slug = ?", [campagne.slug]).fetchone():
                depot._ecrire_campagne(campagne)
        db["meta"].upsert({"cle": CLE_CATALOGUE, "valeur": "1"}, pk="cle")
