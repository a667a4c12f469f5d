"""Les entités du domaine : de simples objets Python, sans Qt ni base de données."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

STATUTS = {
    "proposee": "proposée",
    "planifiee": "planifiée",
    "confirmee": "confirmée",
    "en_cours": "en cours",
    "terminee": "terminée",
    "annulee": "annulée",
}
"""Statuts d'une campagne : code stocké -> libellé affiché."""

STATUTS_MATERIEL = {
    "a_produire": "à produire",
    "en_production": "en production",
    "pret": "prêt",
    "diffuse": "diffusé",
}

TYPES_MATERIEL = (
    "affiche",
    "dépliant",
    "vidéo",
    "publicité numérique",
    "message radio",
    "site Web",
    "trousse",
    "formation",
    "autre",
)


@dataclass(frozen=True)
class Chapitre:
    numero: int
    titre: str


@dataclass(frozen=True)
class Recommandation:
    numero: int
    chapitre: int
    texte: str


@dataclass(frozen=True)
class Region:
    code: str
    nom: str


@dataclass
class PublicCible:
    """Un public visé par une campagne, avec ce qu'on attend de lui."""

    nom: str
    objectif: str = ""
    action: str = ""


@dataclass(frozen=True)
class Partenaire:
    nom: str
    type: str = ""


@dataclass(frozen=True)
class Canal:
    nom: str


@dataclass
class Materiel:
    """Un matériel à produire ; son échéance est fixe ou tirée d'un délai avant le lancement."""

    titre: str
    type: str = "autre"
    langue: str = "fr"
    statut: str = "a_produire"
    echeance: date | None = None
    delai_jours: int | None = None
    quantite: int | None = None
    lieux_diffusion: str = ""
    id: int | None = None


@dataclass
class Jalon:
    """Une étape à franchir un certain nombre de jours avant le lancement."""

    libelle: str
    jours_avant: int
    id: int | None = None


@dataclass
class Recurrence:
    """Quand une campagne a lieu.

    `rrule` est une règle RFC 5545 (sans DTSTART) ou None pour une campagne ponctuelle ;
    `debut` et `fin` (inclus) bornent la première occurrence et donnent sa durée.
    """

    debut: date
    fin: date
    rrule: str | None = None

    @property
    def duree_jours(self) -> int:
        return (self.fin - self.debut).days + 1


@dataclass
class ExceptionAnnuelle:
    """Pour une année : l'occurrence est déplacée (debut/fin) ou annulée."""

    annee: int
    debut: date | None = None
    fin: date | None = None
    annulee: bool = False


@dataclass
class Campagne:
    slug: str
    titre: str
    recurrence: Recurrence
    description: str = ""
    contexte: str = ""
    objectifs: str = ""
    messages_cles: str = ""
    ton: str = ""
    langues: list[str] = field(default_factory=lambda: ["fr"])
    statut: str = "planifiee"
    responsable: str = ""
    budget: float | None = None
    couleur: str = "#1f5fa8"
    recommandations: list[int] = field(default_factory=list)
    publics: list[PublicCible] = field(default_factory=list)
    partenaires: list[str] = field(default_factory=list)
    canaux: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    materiels: list[Materiel] = field(default_factory=list)
    jalons: list[Jalon] = field(default_factory=list)
    exceptions: list[ExceptionAnnuelle] = field(default_factory=list)
    id: int | None = None
    uid: str = ""
    compteur_modifications: int = 0
    cree_le: datetime | None = None
    modifie_le: datetime | None = None

    @property
    def noms_publics(self) -> list[str]:
        return [p.nom for p in self.publics]


@dataclass(frozen=True)
class JourFerie:
    jour: date
    nom: str


@dataclass(frozen=True)
class Occurrence:
    """Une tenue datée d'une campagne (ou d'un événement importé d'un partenaire)."""

    slug: str
    titre: str
    debut: date
    fin: date
    recommandations: tuple[int, ...] = ()
    publics: tuple[str, ...] = ()
    statut: str = ""
    couleur: str = "#1f5fa8"
    deplacee: bool = False
    jours_feries: tuple[JourFerie, ...] = ()
    source: str | None = None
    date_origine: date | None = None

    @property
    def duree_jours(self) -> int:
        return (self.fin - self.debut).days + 1
