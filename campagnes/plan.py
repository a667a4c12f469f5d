"""Ce que la fenêtre et la ligne de commande demandent au plan : une seule implémentation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .calendrier import occurrences_annee
from .depot import Depot
from .modele import Campagne, Occurrence
from .sources import occurrences_importees


def _renouvellements_sceau(depot: Depot, annee: int) -> list[Occurrence]:
    from .sceau import occurrences_sceau  # importé à la demande : sceau dépend de ce module

    return occurrences_sceau(depot, annee)


# Les occurrences qui ne sont pas nos campagnes : calendriers importés des partenaires,
# renouvellements du registre du sceau. Chacune porte sa `source`.
FournisseurOccurrences = Callable[[Depot, int], list[Occurrence]]
fournisseurs_occurrences: list[FournisseurOccurrences] = [
    occurrences_importees,
    _renouvellements_sceau,
]


@dataclass
class Filtre:
    """Une sélection de campagnes ; un critère vide ne filtre rien."""

    slugs: set[str] = field(default_factory=set)
    publics: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    partenaires: set[str] = field(default_factory=set)
    recommandations: set[int] = field(default_factory=set)
    statuts: set[str] = field(default_factory=set)
    texte: str = ""

    def accepte(self, c: Campagne) -> bool:
        if self.slugs and c.slug not in self.slugs:
            return False
        if self.publics and not self.publics.intersection(c.noms_publics):
            return False
        if self.regions and not self.regions.intersection(c.regions):
            return False
        if self.partenaires and not self.partenaires.intersection(c.partenaires):
            return False
        if self.recommandations and not self.recommandations.intersection(c.recommandations):
            return False
        if self.statuts and c.statut not in self.statuts:
            return False
        if self.texte:
            cherche = self.texte.casefold()
            if cherche not in f"{c.titre} {c.slug} {c.description}".casefold():
                return False
        return True


def campagnes_filtrees(depot: Depot, filtre: Filtre | None = None) -> list[Campagne]:
    campagnes = depot.campagnes()
    return [c for c in campagnes if filtre is None or filtre.accepte(c)]


def occurrences(
    depot: Depot, annee: int, filtre: Filtre | None = None, avec_sources: bool = True
) -> list[Occurrence]:
    """Les occurrences de l'année : nos campagnes, puis les calendriers des partenaires."""
    resultat = occurrences_annee(campagnes_filtrees(depot, filtre), annee)
    if avec_sources:
        for fournisseur in fournisseurs_occurrences:
            resultat.extend(fournisseur(depot, annee))
        resultat.sort(key=lambda o: (o.debut, o.fin, o.titre.casefold()))
    return resultat


def occurrence_en_dict(o: Occurrence) -> dict:
    """La forme JSON d'une occurrence (fin incluse, dates ISO)."""
    return {
        "slug": o.slug,
        "titre": o.titre,
        "debut": o.debut.isoformat(),
        "fin": o.fin.isoformat(),
        "recommandations": list(o.recommandations),
        "publics": list(o.publics),
        "statut": o.statut,
        "source": o.source,
        "deplacee": o.deplacee,
        "jours_feries": [{"date": f.jour.isoformat(), "nom": f.nom} for f in o.jours_feries],
    }
