"""Les calendriers importés des partenaires : une couche à part, jamais mêlée à nos campagnes.

Ce module lit et écrit les tables `sources` et `evenements_importes` ; il n'importe ni
icalendar ni Qt, pour que le plan puisse montrer ces événements sans rien charger de plus.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from .depot import Depot, maintenant
from .erreurs import DonneesInvalides, Introuvable
from .modele import Occurrence

LONGUEUR_MAX_NOM_SOURCE = 200


@dataclass(frozen=True)
class Source:
    nom: str
    slug: str
    couleur: str
    fichier: str
    importe_le: str
    evenements: int


@dataclass(frozen=True)
class EvenementImporte:
    """Une occurrence d'un événement de partenaire, en dates locales (fin incluse)."""

    uid: str
    recurrence: str
    titre: str
    debut: date
    fin: date
    debut_heure: str | None = None
    fin_heure: str | None = None
    description: str = ""
    lieu: str = ""
    sequence: int = 0


@dataclass(frozen=True)
class BilanImport:
    """Ce qu'un import a changé, compté par UID (un événement récurrent compte une fois)."""

    source: str
    ajoutes: int
    modifies: int
    supprimes: int
    inchanges: int
    occurrences: int
    avertissements: tuple[str, ...] = ()


def valider_nom_source(nom: str) -> str:
    texte = " ".join((nom or "").split())
    if not texte:
        raise DonneesInvalides("Le nom de la source (le partenaire) ne peut pas être vide.")
    if len(texte) > LONGUEUR_MAX_NOM_SOURCE:
        raise DonneesInvalides(f"Le nom de la source dépasse {LONGUEUR_MAX_NOM_SOURCE} caractères.")
    return texte


def slug_occurrence(slug_source: str, uid: str) -> str:
    """Un identifiant stable d'un import à l'autre, qui ne peut pas ressembler à celui d'une campagne."""
    return f"{slug_source}/{hashlib.sha1(uid.encode('utf-8')).hexdigest()[:12]}"


def sources(depot: Depot) -> list[Source]:
    if "sources" not in depot.db.table_names():
        return []
    return [
        Source(*r)
        for r in depot.db.execute(
            "SELECT s.nom, s.slug, s.couleur, s.fichier, s.importe_le, "
            "(SELECT count(DISTINCT uid) FROM evenements_importes e WHERE e.source_id = s.id) "
            "FROM sources s ORDER BY s.nom COLLATE NOCASE"
        )
    ]


def supprimer_source(depot: Depot, nom: str) -> int:
    """Retire une source et tous ses événements ; rend le nombre d'occurrences retirées."""
    with depot.transaction():
        rangee = depot.db.execute("SELECT id FROM sources WHERE nom = ?", [nom]).fetchone()
        if not rangee:
            raise Introuvable(f"Aucune source ne s'appelle « {nom} ».")
        n = depot.db.execute(
            "SELECT count(*) FROM evenements_importes WHERE source_id = ?", [rangee[0]]
        ).fetchone()[0]
        depot.db.execute("DELETE FROM sources WHERE id = ?", [rangee[0]])
    return n


def _cle(e: EvenementImporte) -> tuple:
    return (
        e.recurrence,
        e.titre,
        e.debut,
        e.fin,
        e.debut_heure,
        e.fin_heure,
        e.description,
        e.lieu,
    )


def remplacer_evenements(
    depot: Depot,
    nom: str,
    evenements: list[EvenementImporte],
    *,
    fichier: str = "",
    empreinte: str = "",
    avertissements: tuple[str, ...] = (),
) -> BilanImport:
    """Remplace les événements de la source en une transaction : mise à jour par UID, sans doublon.

    Un UID déjà connu est mis à jour (déplacé, renommé) ; un UID disparu du fichier est retiré.
    """
    from .validation import creer_slug

    nom = valider_nom_source(nom)
    db = depot.db
    with depot.transaction():
        rangee = db.execute("SELECT id, slug FROM sources WHERE nom = ?", [nom]).fetchone()
        if rangee:
            source_id = rangee[0]
            db.execute(
                "UPDATE sources SET fichier = ?, empreinte = ?, importe_le = ? WHERE id = ?",
                [fichier, empreinte, maintenant(), source_id],
            )
        else:
            existants = {r[0] for r in db.execute("SELECT slug FROM sources")}
            source_id = (
                db["sources"]
                .insert(
                    {
                        "nom": nom,
                        "slug": creer_slug(nom, existants),
                        "fichier": fichier,
                        "empreinte": empreinte,
                        "importe_le": maintenant(),
                    }
                )
                .last_pk
            )
        anciens: dict[str, set] = defaultdict(set)
        for r in db.execute(
            "SELECT uid, recurrence, titre, debut, fin, debut_heure, fin_heure, description, lieu "
            "FROM evenements_importes WHERE source_id = ?",
            [source_id],
        ):
            anciens[r[0]].add(
                (r[1], r[2], date.fromisoformat(r[3]), date.fromisoformat(r[4]), *r[5:])
            )
        nouveaux: dict[str, set] = defaultdict(set)
        for e in evenements:
            nouveaux[e.uid].add(_cle(e))
        db.execute("DELETE FROM evenements_importes WHERE source_id = ?", [source_id])
        db["evenements_importes"].insert_all(
            (
                {
                    "source_id": source_id,
                    "uid": e.uid,
                    "recurrence": e.recurrence,
                    "titre": e.titre,
                    "debut": e.debut.isoformat(),
                    "fin": e.fin.isoformat(),
                    "debut_heure": e.debut_heure,
                    "fin_heure": e.fin_heure,
                    "description": e.description,
                    "lieu": e.lieu,
                    "sequence": e.sequence,
                }
                for e in evenements
            ),
            batch_size=500,
        )
    communs = anciens.keys() & nouveaux.keys()
    modifies = sum(1 for uid in communs if anciens[uid] != nouveaux[uid])
    return BilanImport(
        source=nom,
        ajoutes=len(nouveaux.keys() - anciens.keys()),
        modifies=modifies,
        supprimes=len(anciens.keys() - nouveaux.keys()),
        inchanges=len(communs) - modifies,
        occurrences=len(evenements),
        avertissements=avertissements,
    )


def occurrences_importees(depot: Depot, annee: int) -> list[Occurrence]:
    """Le fournisseur du plan : les événements des partenaires qui touchent l'année."""
    if "evenements_importes" not in depot.db.table_names():
        return []
    return [
        Occurrence(
            slug=slug_occurrence(slug, uid),
            titre=titre,
            debut=date.fromisoformat(debut),
            fin=date.fromisoformat(fin),
            statut="importé",
            couleur=couleur,
            source=nom,
            date_origine=date.fromisoformat(recurrence[:10]) if recurrence else None,
        )
        for uid, recurrence, titre, debut, fin, nom, slug, couleur in depot.db.execute(
            "SELECT e.uid, e.recurrence, e.titre, e.debut, e.fin, s.nom, s.slug, s.couleur "
            "FROM evenements_importes e JOIN sources s ON s.id = e.source_id "
            "WHERE e.debut <= ? AND e.fin >= ? ORDER BY e.debut, e.fin, e.titre",
            [f"{annee}-12-31", f"{annee}-01-01"],
        )
    ]
