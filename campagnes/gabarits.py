"""Gabarits : une campagne réutilisable (publics, canaux, matériels, délais avant le lancement).

Un gabarit ne garde aucune date : les échéances des matériels deviennent des délais
avant le lancement, pour qu'une campagne créée à une autre date ait le même rétroplanning.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta

from .depot import Depot, maintenant
from .erreurs import DonneesInvalides, Introuvable
from .modele import Campagne, Jalon, Materiel, PublicCible, Recurrence
from .validation import creer_slug

VERSION_CONTENU = 1


@dataclass
class Gabarit:
    nom: str
    origine: str = ""
    duree_jours: int = 1
    publics: list[PublicCible] = field(default_factory=list)
    canaux: list[str] = field(default_factory=list)
    partenaires: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    recommandations: list[int] = field(default_factory=list)
    langues: list[str] = field(default_factory=lambda: ["fr"])
    couleur: str = "#1f5fa8"
    description: str = ""
    objectifs: str = ""
    messages_cles: str = ""
    ton: str = ""
    materiels: list[Materiel] = field(default_factory=list)
    """Chaque matériel porte un délai (jours avant le lancement), jamais une date."""
    jalons: list[Jalon] = field(default_factory=list)
    cree_le: str = ""


def gabarit_de_campagne(campagne: Campagne, nom: str) -> Gabarit:
    """Ce qu'on garde d'une campagne : tout sauf ses dates, son statut et son titre."""
    lancement = campagne.recurrence.debut
    materiels = []
    for m in campagne.materiels:
        delai = m.delai_jours
        if m.echeance is not None:
            # Un matériel dû après le lancement devient dû au lancement (délai nul).
            delai = max(0, (lancement - m.echeance).days)
        materiels.append(
            Materiel(
                titre=m.titre,
                type=m.type,
                langue=m.langue,
                delai_jours=delai,
                quantite=m.quantite,
                lieux_diffusion=m.lieux_diffusion,
            )
        )
    return Gabarit(
        nom=nom,
        origine=campagne.slug,
        duree_jours=campagne.recurrence.duree_jours,
        publics=[PublicCible(p.nom, p.objectif, p.action) for p in campagne.publics],
        canaux=list(campagne.canaux),
        partenaires=list(campagne.partenaires),
        regions=list(campagne.regions),
        recommandations=list(campagne.recommandations),
        langues=list(campagne.langues),
        couleur=campagne.couleur,
        description=campagne.description,
        objectifs=campagne.objectifs,
        messages_cles=campagne.messages_cles,
        ton=campagne.ton,
        materiels=materiels,
        jalons=[Jalon(j.libelle, j.jours_avant) for j in campagne.jalons],
    )


def _en_json(g: Gabarit) -> str:
    contenu = {
        "version": VERSION_CONTENU,
        "duree_jours": g.duree_jours,
        "publics": [p.__dict__ for p in g.publics],
        "canaux": g.canaux,
        "partenaires": g.partenaires,
        "regions": g.regions,
        "recommandations": g.recommandations,
        "langues": g.langues,
        "couleur": g.couleur,
        "description": g.description,
        "objectifs": g.objectifs,
        "messages_cles": g.messages_cles,
        "ton": g.ton,
        "materiels": [
            {k: v for k, v in m.__dict__.items() if k not in ("id", "echeance", "statut")}
            for m in g.materiels
        ],
        "jalons": [{"libelle": j.libelle, "jours_avant": j.jours_avant} for j in g.jalons],
    }
    return json.dumps(contenu, ensure_ascii=False)


def _de_rangee(r: dict) -> Gabarit:
    c = json.loads(r["contenu"])
    return Gabarit(
        nom=r["nom"],
        origine=r["origine"] or "",
        cree_le=r["cree_le"],
        duree_jours=c["duree_jours"],
        publics=[PublicCible(**p) for p in c["publics"]],
        canaux=c["canaux"],
        partenaires=c["partenaires"],
        regions=c["regions"],
        recommandations=c["recommandations"],
        langues=c["langues"],
        couleur=c["couleur"],
        description=c["description"],
        objectifs=c["objectifs"],
        messages_cles=c["messages_cles"],
        ton=c["ton"],
        materiels=[Materiel(**m) for m in c["materiels"]],
        jalons=[Jalon(**j) for j in c["jalons"]],
    )


def gabarits(depot: Depot) -> list[Gabarit]:
    """Les gabarits, par nom."""
    return [
        _de_rangee(r) for r in depot.db.query("SELECT * FROM gabarits ORDER BY nom COLLATE NOCASE")
    ]


def gabarit(depot: Depot, nom: str) -> Gabarit:
    rangee = next(depot.db.query("SELECT * FROM gabarits WHERE nom = ?", [nom.strip()]), None)
    if rangee is None:
        raise Introuvable(f"Aucun gabarit ne s'appelle « {nom.strip()} ».")
    return _de_rangee(rangee)


def enregistrer_gabarit(depot: Depot, slug: str, nom: str, *, remplacer: bool = False) -> Gabarit:
    """Enregistre la campagne `slug` comme gabarit `nom` ; refuse un nom déjà pris."""
    nom = (nom or "").strip()
    if not nom:
        raise DonneesInvalides("Le gabarit doit avoir un nom.")
    if len(nom) > 200:
        raise DonneesInvalides("Le nom du gabarit dépasse 200 caractères.")
    g = gabarit_de_campagne(depot.campagne(slug), nom)
    with depot.transaction():
        existe = depot.db.execute("SELECT 1 FROM gabarits WHERE nom = ?", [nom]).fetchone()
        if existe and not remplacer:
            raise DonneesInvalides(
                f"Un gabarit s'appelle déjà « {nom} » ; choisissez un autre nom."
            )
        valeurs = {"nom": nom, "origine": slug, "contenu": _en_json(g), "cree_le": maintenant()}
        if existe:
            depot.db.execute(
                "UPDATE gabarits SET origine = :origine, contenu = :contenu, cree_le = :cree_le "
                "WHERE nom = :nom",
                valeurs,
            )
        else:
            depot.db["gabarits"].insert(valeurs)
    return gabarit(depot, nom)


def supprimer_gabarit(depot: Depot, nom: str) -> None:
    with depot.transaction():
        if depot.db.execute("DELETE FROM gabarits WHERE nom = ?", [nom.strip()]).rowcount == 0:
            raise Introuvable(f"Aucun gabarit ne s'appelle « {nom.strip()} ».")


def campagne_depuis_gabarit(
    g: Gabarit,
    titre: str,
    debut: date,
    fin: date | None = None,
    slug: str | None = None,
    slugs_pris: set[str] | None = None,
) -> Campagne:
    """La campagne ponctuelle que créerait le gabarit, sans l'écrire (aperçu de l'éditeur)."""
    titre = (titre or "").strip()
    if not titre:
        raise DonneesInvalides("Le titre ne peut pas être vide.")
    fin = fin or debut + timedelta(days=max(g.duree_jours, 1) - 1)
    if fin < debut:
        raise DonneesInvalides(
            f"La fin ({fin.isoformat()}) précède le début ({debut.isoformat()})."
        )
    return Campagne(
        slug=slug or creer_slug(titre, slugs_pris or set()),
        titre=titre,
        recurrence=Recurrence(debut, fin),
        statut="planifiee",
        publics=[PublicCible(p.nom, p.objectif, p.action) for p in g.publics],
        canaux=list(g.canaux),
        partenaires=list(g.partenaires),
        regions=list(g.regions),
        recommandations=list(g.recommandations),
        langues=list(g.langues),
        couleur=g.couleur,
        description=g.description,
        objectifs=g.objectifs,
        messages_cles=g.messages_cles,
        ton=g.ton,
        materiels=[Materiel(**{**m.__dict__, "id": None}) for m in g.materiels],
        jalons=[Jalon(j.libelle, j.jours_avant) for j in g.jalons],
    )


def creer_depuis_gabarit(
    depot: Depot,
    nom: str,
    titre: str,
    debut: date,
    fin: date | None = None,
    slug: str | None = None,
) -> Campagne:
    """Crée et enregistre une nouvelle campagne à partir du gabarit `nom`."""
    g = gabarit(depot, nom)
    with depot.transaction():
        pris = set(depot.slugs())
        if slug and slug in pris:
            raise DonneesInvalides(f"Une campagne porte déjà l'identifiant « {slug} ».")
        campagne = campagne_depuis_gabarit(g, titre, debut, fin, slug, pris)
        depot.enregistrer_campagne(campagne)
    return depot.campagne(campagne.slug)
