"""La liste imprimable des titulaires du sceau, une section par région (recommandation 24).

Comme les autres documents : `lire_liste_sceau` lit la base sur son fil, `ecrire_liste_sceau`
compose le PDF (possible sur un fil de travail) avec la mise en page commune : en-tête,
« page N de M », texte de l'utilisateur échappé et imprimé tel quel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from ..calendrier import date_fr
from ..depot import Depot
from ..modele import Region
from ..sceau import TitulaireSceau, titulaires_par_region
from .mise_en_page import (
    Annule,
    Progression,
    Styles,
    largeur_utile,
    produire_pdf,
    tableau,
    titre_de_tableau,
)
from .texte import balisage, paragraphe

TITRE = "Titulaires du sceau « Non à l'exploitation sexuelle des mineurs » par région"
ENTETE = "Registre du sceau — recommandation 24"
ENTETES = ("Organisation", "Type", "Octroi", "Renouvellement", "Formation du personnel", "Affiches")
# Parts de la largeur utile (portrait), dans l'ordre des en-têtes.
PARTS = (0.27, 0.17, 0.14, 0.17, 0.14, 0.11)


@dataclass
class DonneesListeSceau:
    groupes: list[tuple[Region, list[TitulaireSceau]]]
    region: Region | None
    """La région demandée, ou None pour toutes."""


def lire_liste_sceau(depot: Depot, region: str | None = None) -> DonneesListeSceau:
    """Les titulaires groupés par région ; `region` (« 06 ») n'en garde qu'une."""
    regions = {r.code: r for r in depot.regions()}
    if region is not None and region not in regions:
        from ..erreurs import DonneesInvalides

        raise DonneesInvalides(f"Région « {region} » inconnue (codes 01 à 17).")
    groupes = [(r, liste) for r, liste in titulaires_par_region(depot) if region in (None, r.code)]
    return DonneesListeSceau(groupes, regions.get(region) if region else None)


def _date(jour: date | None) -> str:
    return date_fr(jour) if jour else "—"


def _cellule_organisation(t: TitulaireSceau, st: Styles) -> Flowable:
    """Le nom, et les remarques en dessous en petit : deux textes de l'utilisateur, échappés."""
    if not t.remarques.strip():
        return paragraphe(t.nom, st.cellule)
    return Paragraph(
        f"{balisage(t.nom)}<br/><font size='7.5' color='#6b6b6b'>"
        f"{balisage(t.remarques.strip())}</font>",
        st.cellule,
    )


def contenu_liste_sceau(d: DonneesListeSceau, st: Styles, etape=None) -> list[Flowable]:
    largeur = largeur_utile()
    total = sum(len(liste) for _, liste in d.groupes)
    portee = f"région {d.region.code} {d.region.nom}" if d.region else "toutes les régions"
    h: list[Flowable] = [
        Paragraph(TITRE, st.titre),
        paragraphe(f"{total} titulaire(s), {len(d.groupes)} région(s) — {portee}.", st.sous_titre),
    ]
    if not d.groupes:
        h.append(paragraphe("Aucun titulaire du sceau n'est inscrit au registre.", st.corps))
    for n, (region, liste) in enumerate(d.groupes, start=1):
        h.extend(titre_de_tableau(balisage(f"{region.code} — {region.nom}"), st.h1))
        rangees = [
            [
                _cellule_organisation(t, st),
                t.libelle_type,
                _date(t.date_octroi),
                _date(t.date_renouvellement),
                _date(t.date_formation),
                "en place" if t.affiches_en_place else "absentes",
            ]
            for t in liste
        ]
        h.append(tableau(ENTETES, rangees, [p * largeur for p in PARTS], st))
        if etape:
            etape(n, len(d.groupes))
    return h


def ecrire_liste_sceau(
    d: DonneesListeSceau,
    chemin: str | Path,
    *,
    produit_le: date | None = None,
    progression: Progression | None = None,
    annule: Annule | None = None,
) -> int:
    """Écrit le PDF d'un coup (l'ancien fichier reste intact en cas d'échec) ; rend les pages."""
    return produire_pdf(
        chemin,
        lambda st, etape: contenu_liste_sceau(d, st, etape),
        entete=ENTETE,
        titre=TITRE,
        produit_le=produit_le,
        progression=progression,
        annule=annule,
    )
