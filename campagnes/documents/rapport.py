"""Le rapport biennal (recommandation 1) : les 58 recommandations et ce qui les met en œuvre.

Pour chaque recommandation, par chapitre : son texte, les campagnes qui la mettent en œuvre,
leurs occurrences et leur statut sur la période, leurs matériels, leurs indicateurs
d'évaluation ; sous les recommandations 24 à 26, les chiffres des registres du sceau et de
l'affichage. Une synthèse chiffrée ouvre le rapport ; la liste des recommandations sans
campagne le ferme.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from ..calendrier import iterer_annees, jours_feries, occurrences_campagne
from ..depot import Depot
from ..indicateurs import SyntheseIndicateur, synthese_indicateurs
from ..modele import Campagne, Chapitre, Occurrence, Recommandation
from . import libelles
from .fiche import citation_recommandation, dates_occurrences
from .frise import MOIS_ABREGES
from .graphiques import couverture_par_chapitre, publics_par_mois
from .mise_en_page import (
    Annule,
    Progression,
    Styles,
    largeur_utile,
    produire_pdf,
    tableau,
    titre_de_tableau,
)
from .suivi import (
    ChiffresRegistres,
    bilan_indicateurs,
    lire_registres,
    phrase_affichage,
    phrase_sceau,
    phrases_indicateurs,
    section_registres,
    tableau_indicateurs_rapport,
)
from .texte import Paragraphe, balisage, paragraphe

STATUTS_PRODUITS = {"pret", "diffuse"}


@dataclass
class DonneesRapport:
    debut: int
    fin: int
    chapitres: list[Chapitre]
    recommandations: list[Recommandation]
    campagnes: list[Campagne]
    occurrences: dict[str, dict[int, list[Occurrence]]]  # slug -> année -> occurrences
    indicateurs: list[SyntheseIndicateur] = field(default_factory=list)
    registres: ChiffresRegistres | None = None

    @property
    def annees(self) -> list[int]:
        return list(range(self.debut, self.fin + 1))

    def campagnes_de(self, numero: int) -> list[Campagne]:
        return [c for c in self.campagnes if numero in c.recommandations]

    def indicateurs_de(self, slug: str) -> list[SyntheseIndicateur]:
        return self._indicateurs_par_slug.get(slug, [])

    @cached_property
    def _indicateurs_par_slug(self) -> dict[str, list[SyntheseIndicateur]]:
        par_slug: dict[str, list[SyntheseIndicateur]] = defaultdict(list)
        for s in self.indicateurs:
            par_slug[s.slug].append(s)
        return dict(par_slug)


def lire_rapport(depot: Depot, debut: int, fin: int, au: date | None = None) -> DonneesRapport:
    """Lève DonneesInvalides si la fin précède le début.

    Les registres n'ont pas d'historique : leur état est constaté au jour `au` (aujourd'hui par
    défaut) ; les renouvellements du sceau et les indicateurs sont ceux de la période.
    """
    annees = list(iterer_annees(debut, fin))
    campagnes = depot.campagnes()
    feries = jours_feries(debut - 1, fin + 1)
    occurrences: dict[str, dict[int, list[Occurrence]]] = {}
    for c in campagnes:
        occurrences[c.slug] = {a: occurrences_campagne(c, a, feries) for a in annees}
    premier, dernier = date(debut, 1, 1), date(fin, 12, 31)
    return DonneesRapport(
        debut=debut,
        fin=fin,
        chapitres=depot.chapitres(),
        recommandations=depot.recommandations(),
        campagnes=campagnes,
        occurrences=occurrences,
        indicateurs=synthese_indicateurs(depot, premier, dernier),
        registres=lire_registres(depot, premier, dernier, au or date.today()),
    )


def _periode(d: DonneesRapport) -> str:
    return f"{d.debut}–{d.fin}" if d.fin != d.debut else str(d.debut)


def _publics_par_mois(d: DonneesRapport) -> tuple[list[str], list[int]]:
    """Pour chaque mois de la période, le nombre de publics distincts d'une campagne en cours."""
    publics: dict[tuple[int, int], set[str]] = defaultdict(set)
    par_slug = {c.slug: c for c in d.campagnes}
    for slug, par_annee in d.occurrences.items():
        noms = par_slug[slug].noms_publics
        if not noms:
            continue
        for occurrences in par_annee.values():
            for o in occurrences:
                a, m = o.debut.year, o.debut.month
                while (a, m) <= (o.fin.year, o.fin.month):
                    if d.debut <= a <= d.fin:
                        publics[(a, m)].update(noms)
                    a, m = (a + 1, 1) if m == 12 else (a, m + 1)
    etiquettes, valeurs = [], []
    for a in d.annees:
        for m in range(1, 13):
            etiquettes.append(f"{MOIS_ABREGES[m - 1]} {a}")
            valeurs.append(len(publics[(a, m)]))
    return etiquettes, valeurs


def _synthese(d: DonneesRapport, st: Styles) -> list[Flowable]:
    largeur = largeur_utile()
    couvertes = {n for c in d.campagnes for n in c.recommandations}
    numeros = [r.numero for r in d.recommandations]
    avec = [n for n in numeros if n in couvertes]
    materiels = [m for c in d.campagnes for m in c.materiels]
    produits = [m for m in materiels if m.statut in STATUTS_PRODUITS]
    nb_occ = sum(len(o) for par_annee in d.occurrences.values() for o in par_annee.values())
    actives = sum(1 for par_annee in d.occurrences.values() if any(par_annee.values()))
    h: list[Flowable] = [
        Paragraph("Synthèse", st.h1),
        Paragraph(
            f"<b>{len(avec)}</b> des {len(numeros)} recommandations sont mises en œuvre par au "
            f"moins une campagne ; <b>{len(numeros) - len(avec)}</b> n'en ont aucune.",
            st.corps,
        ),
        Paragraph(
            f"{libelles.nombre(len(d.campagnes))} campagne(s), dont "
            f"{libelles.nombre(actives)} tenue(s) au moins une fois sur la période "
            f"({libelles.nombre(nb_occ)} occurrence(s)) ; {libelles.nombre(len(produits))} "
            f"matériel(s) produit(s) (prêts ou diffusés) sur {libelles.nombre(len(materiels))}.",
            st.corps,
        ),
        *_synthese_suivi(d, st),
        Paragraph("Recommandations avec et sans campagne, par chapitre", st.h2),
    ]
    noms, nb_avec, nb_sans = [], [], []
    for ch in d.chapitres:
        du_chapitre = [r.numero for r in d.recommandations if r.chapitre == ch.numero]
        noms.append(f"Chapitre {ch.numero}")
        nb_avec.append(sum(1 for n in du_chapitre if n in couvertes))
        nb_sans.append(sum(1 for n in du_chapitre if n not in couvertes))
    h.append(couverture_par_chapitre(noms, nb_avec, nb_sans, largeur))
    etiquettes, valeurs = _publics_par_mois(d)
    # Le titre et sa note suivent le graphique sur sa page plutôt que d'en rester séparés.
    h.append(
        KeepTogether(
            [
                Paragraph("Publics atteints par mois", st.h2),
                Paragraph(
                    "Nombre de publics distincts visés par au moins une campagne en cours durant "
                    "le mois.",
                    st.note,
                ),
                publics_par_mois(etiquettes, valeurs, largeur),
            ]
        )
    )
    if d.indicateurs:
        h += titre_de_tableau("Indicateurs d'évaluation mesurés sur la période", st.h2)
        h += tableau_indicateurs_rapport(d.indicateurs, st)
    return h


def _synthese_suivi(d: DonneesRapport, st: Styles) -> list[Flowable]:
    """Le bilan des indicateurs et les chiffres des registres, en une phrase chacun."""
    h: list[Flowable] = []
    if d.indicateurs:
        h.append(
            Paragraph(
                f"<b>Indicateurs d'évaluation :</b> {balisage(bilan_indicateurs(d.indicateurs))}",
                st.corps,
            )
        )
    if d.registres:
        sceau = phrase_sceau(d.registres, _periode(d))
        if sceau:
            h.append(Paragraph(f"<b>Sceau (recommandation 24) :</b> {balisage(sceau)}", st.corps))
        affichage = phrase_affichage(d.registres)
        if affichage:
            h.append(
                Paragraph(
                    "<b>Affichage obligatoire (recommandations 25 et 26) :</b> "
                    + balisage(affichage),
                    st.corps,
                )
            )
    return h


def _campagne(c: Campagne, d: DonneesRapport, st: Styles) -> list[Flowable]:
    largeur = largeur_utile()
    # Statut et dates en un seul paragraphe : un rapport de 1 000 campagnes en compte des milliers.
    details = f"<b>Statut :</b> {balisage(libelles.statut(c.statut))}"
    for a in d.annees:
        details += f"<br/><b>{a} :</b> {balisage(dates_occurrences(d.occurrences[c.slug][a], a))}"
    h: list[Flowable] = [KeepTogether([paragraphe(c.titre, st.h3), Paragraphe(details, st.corps)])]
    if c.materiels:
        produits = sum(1 for m in c.materiels if m.statut in STATUTS_PRODUITS)
        compte = Paragraph(
            f"<b>Matériels :</b> {produits} produit(s) sur {len(c.materiels)}.", st.corps
        )
        materiels = tableau(
            ["Matériel", "Type", "Langue", "Statut"],
            [
                [m.titre, m.type, libelles.langue(m.langue), libelles.statut_materiel(m.statut)]
                for m in c.materiels
            ],
            [largeur * p for p in (0.46, 0.2, 0.16, 0.18)],
            st,
        )
        # Le compte ne reste pas seul en bas de page, loin de son tableau.
        h.append(KeepTogether([compte, materiels]))
        h.append(Spacer(1, 4))
    indicateurs = d.indicateurs_de(c.slug)
    if indicateurs:
        h.append(
            KeepTogether(
                [
                    Paragraph("<b>Indicateurs d'évaluation sur la période :</b>", st.corps),
                    *phrases_indicateurs(indicateurs, st),
                ]
            )
        )
    return h


def contenu_rapport(d: DonneesRapport, st: Styles, etape=None) -> list[Flowable]:
    largeur = largeur_utile()
    periode = _periode(d)
    chapitres = {c.numero: c for c in d.chapitres}
    h: list[Flowable] = [
        Spacer(1, 40),
        Paragraph("Rapport biennal sur la mise en œuvre des recommandations", st.titre),
        Paragraph(
            "Commission spéciale sur l'exploitation sexuelle des mineurs — campagnes de "
            f"sensibilisation, période {periode}",
            st.sous_titre,
        ),
        *_synthese(d, st),
        PageBreak(),
    ]
    total = len(d.recommandations) + 1
    fait = 0
    for ch in d.chapitres:
        h.append(Paragraph(f"Chapitre {ch.numero} : {balisage(ch.titre, gras=True)}", st.h1))
        for r in (r for r in d.recommandations if r.chapitre == ch.numero):
            h.append(CondPageBreak(90))
            h += citation_recommandation(r, chapitres, st, avec_chapitre=False)
            campagnes = d.campagnes_de(r.numero)
            if campagnes:
                h.append(Paragraph(f"Mise en œuvre par {len(campagnes)} campagne(s) :", st.corps))
                indicateurs = [s for c in campagnes for s in d.indicateurs_de(c.slug)]
                if indicateurs:
                    # Le bilan à l'échelle de la recommandation, toutes campagnes confondues.
                    h.append(
                        paragraphe(
                            bilan_indicateurs(indicateurs),
                            st.corps,
                            prefixe="<b>Bilan des indicateurs :</b> ",
                        )
                    )
                for c in campagnes:
                    h += _campagne(c, d, st)
            else:
                h.append(
                    Paragraph(
                        "<i>Aucune campagne ne met en œuvre cette recommandation.</i>", st.corps
                    )
                )
            if d.registres:
                h += section_registres(d.registres, r.numero, periode, st)
            fait += 1
            if etape:
                etape(fait, total)
    sans = [r for r in d.recommandations if not d.campagnes_de(r.numero)]
    h.append(PageBreak())
    h += titre_de_tableau("Recommandations sans campagne", st.h1)
    if sans:
        h.append(
            Paragraph(
                f"{len(sans)} recommandation(s) n'ont aucune campagne sur la période {periode}.",
                st.corps,
            )
        )
        h.append(
            tableau(
                ["N°", "Chapitre", "Recommandation"],
                [[str(r.numero), str(r.chapitre), r.texte] for r in sans],
                [largeur * 0.07, largeur * 0.1, largeur * 0.83],
                st,
            )
        )
    else:
        h.append(Paragraph("Toutes les recommandations ont au moins une campagne.", st.corps))
    if etape:
        etape(total, total)
    return h


def ecrire_rapport(
    d: DonneesRapport,
    chemin: str | Path,
    *,
    produit_le: date | None = None,
    progression: Progression | None = None,
    annule: Annule | None = None,
) -> int:
    return produire_pdf(
        chemin,
        lambda st, etape: contenu_rapport(d, st, etape),
        entete=f"Rapport biennal {_periode(d)}",
        titre=f"Rapport biennal sur la mise en œuvre des recommandations, {_periode(d)}",
        produit_le=produit_le,
        progression=progression,
        annule=annule,
    )


def produire_rapport(depot: Depot, debut: int, fin: int, chemin: str | Path, **options) -> int:
    return ecrire_rapport(lire_rapport(depot, debut, fin), chemin, **options)
