"""Le plan annuel : la frise de l'année, le tableau des campagnes, les échéances de matériel.

En paysage. Les échéances d'une année comprennent celles des lancements de l'année suivante
(un dépliant à livrer en novembre pour le 1er janvier figure au plan de novembre).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..calendrier import (
    MOIS,
    date_fr,
    echeance_materiel,
    jours_feries,
    occurrences_annee,
    periode_fr,
)
from ..depot import Depot
from ..modele import Campagne, Materiel, Occurrence
from ..plan import Filtre, campagnes_filtrees, fournisseurs_occurrences
from . import libelles
from .fiche import dates_occurrences
from .frise import Frise, Legende, LigneFrise, Reperes
from .mise_en_page import (
    Annule,
    Progression,
    Styles,
    largeur_utile,
    produire_pdf,
    tableau,
    titre_de_tableau,
)
from .texte import paragraphe

SLUG_SEMAINE_NATIONALE = "semaine-nationale"


@dataclass(frozen=True)
class Echeance:
    jour: date
    materiel: Materiel
    campagne: Campagne
    lancement: date


@dataclass
class DonneesPlan:
    annee: int
    campagnes: list[Campagne]
    occurrences: list[Occurrence]  # de l'année, toutes sources
    echeances: list[Echeance]
    feries: dict[date, str]
    semaine_nationale: tuple[date, date]


def _echeances(campagnes: list[Campagne], annee: int) -> list[Echeance]:
    """Les échéances qui tombent dans l'année, pour les lancements de l'année et de la suivante."""
    resultat = []
    avec_materiel = [c for c in campagnes if c.materiels]
    par_slug = {c.slug: c for c in avec_materiel}
    for a in (annee, annee + 1):
        for o in occurrences_annee(avec_materiel, a):
            if o.debut.year != a:  # une occurrence à cheval est comptée à son année de début
                continue
            campagne = par_slug[o.slug]
            for m in campagne.materiels:
                jour = echeance_materiel(m, o.debut)
                if jour and jour.year == annee:
                    resultat.append(Echeance(jour, m, campagne, o.debut))
    # Une échéance fixe ne dépend pas du lancement : on la garde une fois.
    vues: set[tuple] = set()
    uniques = []

    def ordre(e: Echeance) -> tuple:
        rang = next(i for i, m in enumerate(e.campagne.materiels) if m is e.materiel)
        return (e.jour, e.campagne.titre.casefold(), e.campagne.slug, rang)

    for e in sorted(resultat, key=ordre):
        cle = (e.jour, e.campagne.slug, id(e.materiel))
        if cle not in vues:
            vues.add(cle)
            uniques.append(e)
    return uniques


def lire_plan(depot: Depot, annee: int, filtre: Filtre | None = None) -> DonneesPlan:
    campagnes = campagnes_filtrees(depot, filtre)
    occurrences = occurrences_annee(campagnes, annee)
    for fournisseur in fournisseurs_occurrences:
        occurrences.extend(fournisseur(depot, annee))
    semaine = (date(annee, 3, 1), date(annee, 3, 7))
    for o in occurrences:
        if o.slug == SLUG_SEMAINE_NATIONALE and o.debut.month == 3 and o.source is None:
            semaine = (o.debut, o.fin)
            break
    return DonneesPlan(
        annee=annee,
        campagnes=campagnes,
        occurrences=occurrences,
        echeances=_echeances(campagnes, annee),
        feries=jours_feries(annee),
        semaine_nationale=semaine,
    )


def _lignes_frise(d: DonneesPlan) -> list[LigneFrise]:
    """Une ligne par campagne (ou calendrier de partenaire), dans l'ordre de la première date."""
    lignes: dict[tuple, LigneFrise] = {}
    for o in sorted(d.occurrences, key=lambda o: (o.debut, o.titre.casefold())):
        cle = (o.source, o.slug)
        titre = o.titre if o.source is None else f"{o.titre} ({o.source})"
        ligne = lignes.setdefault(cle, LigneFrise(titre, o.couleur))
        ligne.periodes.append((o.debut, o.fin))
    return list(lignes.values())


def contenu_plan(d: DonneesPlan, st: Styles, etape=None) -> list[Flowable]:
    largeur = largeur_utile(paysage=True)
    a = d.annee
    h: list[Flowable] = [
        Paragraph(f"Plan annuel des campagnes de sensibilisation — {a}", st.titre),
        Paragraph(
            f"{len(d.campagnes)} campagne(s), {len(d.occurrences)} occurrence(s) en {a}, "
            f"{len(d.echeances)} échéance(s) de matériel.",
            st.sous_titre,
        ),
        *titre_de_tableau(f"Frise de l'année {a}", st.h1),
    ]
    reperes = Reperes(
        annee=a,
        feries=tuple(sorted(d.feries)),
        semaine_nationale=d.semaine_nationale,
        journee_4_mars=date(a, 3, 4),
        journee_30_juillet=date(a, 7, 30),
    )
    style_etiquette = ParagraphStyle("frise", parent=st.cellule, fontSize=7.5, leading=9)
    lignes = _lignes_frise(d)
    if lignes:
        semaine = f"Semaine nationale : {periode_fr(*d.semaine_nationale)}"
        h += [Frise(lignes, reperes, style_etiquette), Spacer(1, 4), Legende(semaine)]
    else:
        h.append(Paragraph(f"Aucune campagne n'a lieu en {a}.", st.corps))
    if d.feries:
        feries = " ; ".join(
            f"{date_fr(j, annee=False)} ({nom})" for j, nom in sorted(d.feries.items())
        )
        h.append(paragraphe(feries, st.note, prefixe="<b>Jours fériés au Québec :</b> "))
    if etape:
        etape(1, 3)

    par_slug: dict[str, list[Occurrence]] = defaultdict(list)
    for o in d.occurrences:
        if o.source is None:
            par_slug[o.slug].append(o)
    rangees = []
    campagnes = sorted(
        d.campagnes,
        key=lambda c: (
            par_slug[c.slug][0].debut if par_slug.get(c.slug) else date(a + 1, 1, 1),
            c.titre.casefold(),
        ),
    )
    for c in campagnes:
        rangees.append(
            [
                c.titre,
                dates_occurrences(par_slug.get(c.slug, []), a),
                ", ".join(c.noms_publics),
                libelles.statut(c.statut),
                ", ".join(str(n) for n in c.recommandations),
            ]
        )
    h += titre_de_tableau(f"Les campagnes de {a}", st.h1)
    if rangees:
        parts = (0.3, 0.2, 0.32, 0.09, 0.09)
        h.append(
            tableau(
                ["Campagne", f"Dates en {a}", "Publics", "Statut", "Recomm."],
                rangees,
                [largeur * p for p in parts],
                st,
            )
        )
    else:
        h.append(Paragraph("Aucune campagne.", st.corps))
    if etape:
        etape(2, 3)

    h.append(Paragraph(f"Échéances de matériel, mois par mois — {a}", st.h1))
    par_mois: dict[int, list[Echeance]] = defaultdict(list)
    for e in d.echeances:
        par_mois[e.jour.month].append(e)
    if not par_mois:
        h.append(Paragraph(f"Aucune échéance de matériel en {a}.", st.corps))
    parts = (0.135, 0.24, 0.1, 0.08, 0.345, 0.1)
    for mois in sorted(par_mois):
        h += titre_de_tableau(f"{MOIS[mois - 1].capitalize()} {a}", st.h2)
        h.append(
            tableau(
                ["Échéance", "Matériel", "Type", "Langue", "Campagne", "Statut"],
                [
                    [
                        date_fr(e.jour),
                        e.materiel.titre,
                        e.materiel.type,
                        libelles.langue(e.materiel.langue),
                        f"{e.campagne.titre} (lancement le {date_fr(e.lancement)})",
                        libelles.statut_materiel(e.materiel.statut),
                    ]
                    for e in par_mois[mois]
                ],
                [largeur * p for p in parts],
                st,
            )
        )
    if etape:
        etape(3, 3)
    h.append(Spacer(1, 0.3 * cm))
    return h


def ecrire_plan(
    d: DonneesPlan,
    chemin: str | Path,
    *,
    produit_le: date | None = None,
    progression: Progression | None = None,
    annule: Annule | None = None,
) -> int:
    return produire_pdf(
        chemin,
        lambda st, etape: contenu_plan(d, st, etape),
        entete=f"Plan annuel {d.annee}",
        titre=f"Plan annuel des campagnes {d.annee}",
        paysage=True,
        produit_le=produit_le,
        progression=progression,
        annule=annule,
    )


def produire_plan(depot: Depot, annee: int, chemin: str | Path, **options) -> int:
    return ecrire_plan(lire_plan(depot, annee), chemin, **options)
