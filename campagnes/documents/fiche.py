"""La fiche d'une campagne pour une année : ce qu'un gestionnaire relit et signe.

Les données sont lues d'abord (`lire_fiche`, sur le fil qui a ouvert la base), puis le PDF est
composé (`ecrire_fiche`, possible sur un fil de travail). Une section vide est omise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from ..calendrier import (
    date_fr,
    decrire_recurrence,
    echeance_materiel,
    jalons_datees,
    jours_feries,
    occurrences_campagne,
    periode_fr,
)
from ..depot import Depot
from ..indicateurs import Indicateur, indicateurs
from ..modele import Campagne, Chapitre, Occurrence, Recommandation
from . import libelles
from .mise_en_page import Annule, Progression, Styles, largeur_utile, produire_pdf, tableau
from .suivi import tableau_indicateurs_fiche
from .texte import nfc, paragraphe

# Au-delà, on résume les dates (une campagne hebdomadaire en aurait 52).
MAX_DATES_DETAILLEES = 12


@dataclass
class DonneesFiche:
    campagne: Campagne
    annee: int
    occurrences: list[Occurrence]
    recommandations: list[Recommandation]
    chapitres: dict[int, Chapitre]
    noms_regions: list[str]
    toutes_regions: bool
    indicateurs: list[Indicateur] = field(default_factory=list)


def lire_fiche(depot: Depot, slug: str, annee: int) -> DonneesFiche:
    """Tout ce que la fiche affiche, lu en une fois ; lève Introuvable pour un slug inconnu."""
    campagne = depot.campagne(slug)
    regions = depot.regions()
    par_code = {r.code: r.nom for r in regions}
    recommandations = []
    for numero in campagne.recommandations:
        recommandations.append(depot.recommandation(numero))
    return DonneesFiche(
        campagne=campagne,
        annee=annee,
        occurrences=occurrences_campagne(campagne, annee, jours_feries(annee)),
        recommandations=recommandations,
        chapitres={c.numero: c for c in depot.chapitres()},
        noms_regions=[par_code.get(code, code) for code in campagne.regions],
        toutes_regions=bool(regions) and set(campagne.regions) >= set(par_code),
        indicateurs=indicateurs(depot, slug),
    )


def dates_occurrences(occurrences: list[Occurrence], annee: int) -> str:
    if not occurrences:
        return f"Aucune occurrence en {annee}."
    if len(occurrences) > MAX_DATES_DETAILLEES:
        return (
            f"{len(occurrences)} occurrences, du {date_fr(occurrences[0].debut)} "
            f"au {date_fr(occurrences[-1].fin)}"
        )
    return " ; ".join(
        periode_fr(o.debut, o.fin) + (" (date déplacée)" if o.deplacee else "") for o in occurrences
    )


def _section(titre: str, st: Styles, contenu: list[Flowable]) -> list[Flowable]:
    return [Paragraph(titre, st.h1), *contenu] if contenu else []


def _texte_libre(texte: str, st: Styles) -> list[Flowable]:
    """Un champ de saisie : un paragraphe par bloc séparé d'une ligne vide."""
    blocs = [b.strip() for b in nfc(texte).split("\n\n")]
    return [paragraphe(b, st.corps) for b in blocs if b]


def citation_recommandation(
    r: Recommandation, chapitres: dict[int, Chapitre], st: Styles, avec_chapitre: bool = True
) -> list[Flowable]:
    """Le texte de la recommandation tel quel, précédé de son numéro et de son chapitre."""
    chapitre = chapitres.get(r.chapitre)
    titre = f"Recommandation n° {r.numero}"
    if chapitre and avec_chapitre:
        titre += f" — chapitre {chapitre.numero} : {chapitre.titre}"
    return [paragraphe(titre, st.h3), *[paragraphe(b, st.citation) for b in _blocs(r.texte)]]


def _blocs(texte: str) -> list[str]:
    return [b.strip() for b in nfc(texte).split("\n\n") if b.strip()]


def _ligne(etiquette: str, valeur: str, st: Styles) -> Flowable:
    return paragraphe(valeur, st.corps, prefixe=f"<b>{etiquette} :</b> ")


def contenu_fiche(d: DonneesFiche, st: Styles, etape=None) -> list[Flowable]:
    c = d.campagne
    largeur = largeur_utile()
    h: list[Flowable] = [
        paragraphe(c.titre, st.titre),
        Paragraph(f"Fiche de campagne — {d.annee}", st.sous_titre),
    ]
    if c.description.strip():
        h.extend(_texte_libre(c.description, st))
    identite = [
        _ligne(f"Dates en {d.annee}", dates_occurrences(d.occurrences, d.annee), st),
        _ligne("Récurrence", decrire_recurrence(c.recurrence), st),
        _ligne("Statut", libelles.statut(c.statut), st),
    ]
    if c.responsable.strip():
        identite.append(_ligne("Responsable", c.responsable, st))
    h.extend(identite)
    if etape:
        etape(1, 4)

    recos: list[Flowable] = []
    for r in d.recommandations:
        recos.append(KeepTogether(citation_recommandation(r, d.chapitres, st)))
    titre_recos = (
        "Recommandation mise en œuvre" if len(recos) == 1 else "Recommandations mises en œuvre"
    )
    h += _section(titre_recos, st, recos)
    h += _section("Contexte", st, _texte_libre(c.contexte, st))
    h += _section("Objectifs", st, _texte_libre(c.objectifs, st))
    if c.publics:
        rangees = [[p.nom, p.objectif, p.action] for p in c.publics]
        h += _section(
            "Publics : objectif et action attendue",
            st,
            [
                tableau(
                    ["Public", "Objectif", "Action attendue"],
                    rangees,
                    [largeur * 0.3, largeur * 0.35, largeur * 0.35],
                    st,
                )
            ],
        )
    messages = [m.strip() for m in nfc(c.messages_cles).split("\n") if m.strip()]
    h += _section(
        "Messages clés",
        st,
        [paragraphe(m, st.puce, prefixe="<bullet>•</bullet>") for m in messages],
    )
    h += _section("Ton", st, _texte_libre(c.ton, st))
    langues = [libelles.langue(code) for code in c.langues if code.strip()]
    h += _section("Langues", st, [paragraphe(", ".join(langues), st.corps)] if langues else [])
    if etape:
        etape(2, 4)

    diffusion: list[Flowable] = []
    if c.publics:
        diffusion.append(_ligne("Publics", ", ".join(c.noms_publics), st))
    if c.canaux:
        diffusion.append(_ligne("Canaux", ", ".join(c.canaux), st))
    if d.toutes_regions:
        diffusion.append(_ligne("Régions", "les 17 régions administratives du Québec", st))
    elif d.noms_regions:
        diffusion.append(_ligne("Régions", ", ".join(d.noms_regions), st))
    if c.partenaires:
        diffusion.append(_ligne("Partenaires", ", ".join(c.partenaires), st))
    h += _section("Diffusion", st, diffusion)

    lancement = d.occurrences[0].debut if d.occurrences else None
    if c.materiels:
        rangees = []
        for m in c.materiels:
            echeance = echeance_materiel(m, lancement)
            rangees.append(
                [
                    m.titre,
                    m.type,
                    libelles.langue(m.langue),
                    libelles.statut_materiel(m.statut),
                    date_fr(echeance) if echeance else "non fixée",
                    libelles.nombre(m.quantite) if m.quantite is not None else "",
                    m.lieux_diffusion,
                ]
            )
        parts = (0.21, 0.11, 0.1, 0.11, 0.185, 0.1, 0.185)
        h += _section(
            "Matériels",
            st,
            [
                tableau(
                    ["Titre", "Type", "Langue", "Statut", "Échéance", "Quantité", "Lieux"],
                    rangees,
                    [largeur * p for p in parts],
                    st,
                )
            ],
        )
    if c.jalons and lancement:
        jalons = jalons_datees(c, lancement)
        h += _section(
            "Jalons",
            st,
            [
                Paragraph(
                    f"Comptés à rebours depuis le lancement du {date_fr(lancement)}.", st.note
                ),
                tableau(
                    ["Date", "Jalon"],
                    [[date_fr(jour), libelle] for jour, libelle in jalons],
                    [largeur * 0.25, largeur * 0.75],
                    st,
                ),
            ],
        )
    if c.budget is not None:
        h += _section("Budget", st, [paragraphe(libelles.montant(c.budget), st.corps)])
    h += tableau_indicateurs_fiche(d.indicateurs, st)
    if etape:
        etape(4, 4)
    h.append(Spacer(1, 0.5 * cm))
    return h


def ecrire_fiche(
    d: DonneesFiche,
    chemin: str | Path,
    *,
    produit_le: date | None = None,
    progression: Progression | None = None,
    annule: Annule | None = None,
) -> int:
    """Écrit la fiche dans `chemin` (atomiquement) ; rend le nombre de pages."""
    return produire_pdf(
        chemin,
        lambda st, etape: contenu_fiche(d, st, etape),
        entete=f"Fiche de campagne — {d.annee}",
        titre=f"{d.campagne.titre} — fiche {d.annee}",
        produit_le=produit_le,
        progression=progression,
        annule=annule,
    )


def produire_fiche(
    depot: Depot,
    slug: str,
    annee: int,
    chemin: str | Path,
    **options,
) -> int:
    return ecrire_fiche(lire_fiche(depot, slug, annee), chemin, **options)
