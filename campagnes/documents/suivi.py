"""Le suivi dans les documents : indicateurs d'évaluation et chiffres des registres.

La fiche montre les indicateurs de la campagne ; le rapport biennal résume ceux mesurés sur
la période et donne les chiffres des registres du sceau (recommandation 24) et de
l'affichage (recommandations 25 et 26). Les données sont lues par `lire_*` des documents ;
ce module ne fait que les mettre en page. Une section sans donnée est omise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from ..affichage import (
    AFFICHES,
    RECOMMANDATION_AFFICHE,
    CompteAffichage,
    ComptesAffichage,
    comptes_affichage,
)
from ..calendrier import date_fr
from ..depot import Depot
from ..indicateurs import Indicateur, SyntheseIndicateur, nombre_fr
from ..sceau import RECOMMANDATION as RECOMMANDATION_SCEAU
from ..sceau import CompteSceau, comptes_sceau, renouvellements_dus
from . import libelles
from .mise_en_page import Styles, largeur_utile, tableau
from .texte import contient_rtl, paragraphe

# --- indicateurs ------------------------------------------------------------------------


def etat_indicateur(ind: Indicateur) -> str:
    """Ce qu'un lecteur veut savoir d'un coup d'œil : la cible est-elle atteinte ?"""
    if ind.resultat is None:
        return "à mesurer"
    if ind.cible is None:
        return "sans cible"
    return "cible atteinte" if ind.cible_atteinte else "non atteinte"


def _valeur(v: float | None) -> str:
    return nombre_fr(v) if v is not None else ""


def tableau_indicateurs_fiche(indicateurs: Sequence[Indicateur], st: Styles) -> list[Flowable]:
    """La section « Indicateurs d'évaluation » de la fiche ; rien sans indicateur."""
    if not indicateurs:
        return []
    largeur = largeur_utile()
    rangees = [
        [
            i.nom,
            i.unite,
            _valeur(i.reference),
            _valeur(i.cible),
            _valeur(i.resultat),
            i.source,
            date_fr(i.date_mesure) if i.date_mesure else "",
            etat_indicateur(i),
        ]
        for i in indicateurs
    ]
    parts = (0.19, 0.115, 0.115, 0.09, 0.1, 0.13, 0.13, 0.13)
    return [
        Paragraph("Indicateurs d'évaluation", st.h1),
        tableau(
            [
                "Indicateur",
                "Unité",
                "Référence",
                "Cible",
                "Résultat",
                "Source",
                "Mesuré le",
                "État",
            ],
            rangees,
            [largeur * p for p in parts],
            st,
        ),
    ]


def bilan_indicateurs(syntheses: Sequence[SyntheseIndicateur]) -> str:
    """« 3 indicateurs sur 5 ont atteint leur cible » ; les indicateurs sans cible à part."""
    avec_cible = [s for s in syntheses if s.cible is not None]
    atteints = sum(1 for s in avec_cible if s.cible_atteinte)
    n = len(avec_cible)
    if n == 0:
        texte = _pluriel(len(syntheses), "indicateur mesuré", "indicateurs mesurés")
        texte += ", sans cible fixée"
    elif n == 1:
        texte = "L'indicateur à cible fixée " + (
            "a atteint sa cible" if atteints else "n'a pas atteint sa cible"
        )
    elif atteints == 0:
        texte = f"Aucun des {libelles.nombre(n)} indicateurs n'a atteint sa cible"
    elif atteints == 1:
        texte = f"1 indicateur sur {libelles.nombre(n)} a atteint sa cible"
    else:
        texte = f"{libelles.nombre(atteints)} indicateurs sur {libelles.nombre(n)} "
        texte += "ont atteint leur cible"
    sans = len(syntheses) - n
    if n and sans:
        texte += f" ; {libelles.nombre(sans)} sans cible fixée"
    tendances = Counter(s.tendance for s in syntheses if s.tendance)
    if tendances:
        morceaux = [
            f"{libelles.nombre(tendances[t])} {libelle}"
            for t, libelle in (
                ("hausse", "en hausse"),
                ("baisse", "en baisse"),
                ("stable", "stable(s)"),
            )
            if tendances[t]
        ]
        texte += " ; sur la période : " + ", ".join(morceaux)
    return texte + "."


def _isoler(texte: str) -> str:
    """Entoure un texte arabe de marques gauche-à-droite : la phrase française garde son sens.

    Sans elles, un nom arabe en tête ferait lire toute la phrase de droite à gauche et
    attirerait les chiffres qui le suivent dans son propre tronçon (algorithme bidi d'Unicode).
    """
    return f"\u200e{texte}\u200e" if contient_rtl(texte) else texte


def phrases_indicateurs(syntheses: Sequence[SyntheseIndicateur], st: Styles) -> list[Flowable]:
    """Une puce par indicateur d'une campagne : la phrase de la synthèse, imprimée telle quelle."""
    return [
        paragraphe(
            replace(s, nom=_isoler(s.nom), unite=_isoler(s.unite)).phrase,
            st.puce,
            prefixe="<bullet>•</bullet>",
        )
        for s in syntheses
    ]


def tableau_indicateurs_rapport(
    syntheses: Sequence[SyntheseIndicateur], st: Styles
) -> list[Flowable]:
    """Tous les indicateurs de la période, pour la synthèse générale du rapport."""
    if not syntheses:
        return []
    largeur = largeur_utile()
    rangees = []
    for s in syntheses:
        resultat = f"{nombre_fr(s.dernier_resultat)} {s.unite}".strip()
        if s.date_derniere_mesure:
            resultat += f" ({date_fr(s.date_derniere_mesure)})"
        if s.cible is None:
            etat = "sans cible"
        else:
            etat = "cible atteinte" if s.cible_atteinte else "non atteinte"
        tendance = {None: "une seule mesure", "stable": "stable"}.get(
            s.tendance, f"à la {s.tendance}"
        )
        rangees.append([s.titre_campagne, s.nom, resultat, _valeur(s.cible), etat, tendance])
    parts = (0.22, 0.24, 0.18, 0.1, 0.12, 0.14)
    return [
        tableau(
            ["Campagne", "Indicateur", "Dernier résultat", "Cible", "État", "Tendance"],
            rangees,
            [largeur * p for p in parts],
            st,
        )
    ]


# --- registres --------------------------------------------------------------------------


@dataclass(frozen=True)
class ChiffresRegistres:
    """L'état des deux registres au jour de la lecture, et les renouvellements de la période."""

    au: date
    sceau: list[CompteSceau]
    renouvellements: dict[str, int]
    """Code de région -> renouvellements du sceau dus sur la période."""
    affichage: ComptesAffichage

    @property
    def titulaires(self) -> int:
        return sum(c.titulaires for c in self.sceau)


def lire_registres(depot: Depot, debut: date, fin: date, au: date) -> ChiffresRegistres:
    """Les comptes des registres ; `au` est le jour où l'on constate l'état (échus, formés)."""
    dus = Counter(t.region for t in renouvellements_dus(depot, debut, fin))
    return ChiffresRegistres(
        au=au,
        sceau=comptes_sceau(depot, au),
        renouvellements=dict(dus),
        affichage=comptes_affichage(depot),
    )


def _pluriel(n: int, singulier: str, pluriel: str) -> str:
    return f"{libelles.nombre(n)} {singulier if n <= 1 else pluriel}"


def phrase_sceau(r: ChiffresRegistres, periode: str) -> str:
    if not r.sceau:
        return ""
    dus = sum(r.renouvellements.values())
    return (
        f"{_pluriel(r.titulaires, 'organisation titulaire', 'organisations titulaires')} du sceau "
        f"dans {_pluriel(len(r.sceau), 'région', 'régions')} ; "
        f"{_pluriel(dus, 'renouvellement dû', 'renouvellements dus')} en {periode}."
    )


def _part(n: int, total: int) -> str:
    return f"{round(100 * n / total)} %" if total else ""


def section_sceau(r: ChiffresRegistres, periode: str, st: Styles) -> list[Flowable]:
    """Sous la recommandation 24 : les titulaires par région ; rien si le registre est vide."""
    if not r.sceau:
        return []
    largeur = largeur_utile()
    rangees = [
        [
            c.libelle,
            libelles.nombre(c.titulaires),
            libelles.nombre(c.formation_faite),
            libelles.nombre(c.affiches_en_place),
            libelles.nombre(r.renouvellements.get(c.code, 0)),
            libelles.nombre(c.renouvellement_echu),
        ]
        for c in r.sceau
    ]
    rangees.append(
        [
            Paragraph("<b>Ensemble</b>", st.cellule),
            libelles.nombre(r.titulaires),
            libelles.nombre(sum(c.formation_faite for c in r.sceau)),
            libelles.nombre(sum(c.affiches_en_place for c in r.sceau)),
            libelles.nombre(sum(r.renouvellements.values())),
            libelles.nombre(sum(c.renouvellement_echu for c in r.sceau)),
        ]
    )
    parts = (0.26, 0.12, 0.13, 0.13, 0.18, 0.18)
    titre = Paragraph(
        f"Registre du sceau (recommandation {RECOMMANDATION_SCEAU}), état au {date_fr(r.au)}",
        st.h3,
    )
    return [
        KeepTogether([titre, Paragraph(phrase_sceau(r, periode), st.corps)]),
        tableau(
            [
                "Région",
                "Titulaires",
                "Personnel formé",
                "Affiches en place",
                f"À renouveler en {periode}",
                "Échus, non renouvelés",
            ],
            rangees,
            [largeur * p for p in parts],
            st,
        ),
        Spacer(1, 6),
    ]


def _affiche_en_place(c: CompteAffichage, code: str) -> int:
    return c.affiche_achat if code == "achat" else c.affiche_signalement


def code_affiche(recommandation: int) -> str | None:
    """« achat » pour la 25, « signalement » pour la 26, None pour les autres."""
    for code, numero in RECOMMANDATION_AFFICHE.items():
        if numero == recommandation:
            return code
    return None


def phrase_affichage(r: ChiffresRegistres) -> str:
    a = r.affichage
    if not a.total.etablissements:
        return ""
    t = a.total
    return (
        f"{_pluriel(t.etablissements, 'établissement inscrit', 'établissements inscrits')} "
        f"dans {_pluriel(len(a.par_region), 'région', 'régions')} ; l'affiche sur le caractère "
        f"criminel de l'achat (recommandation 25) est en place dans "
        f"{libelles.nombre(t.affiche_achat)}, celle de signalement (recommandation 26) dans "
        f"{libelles.nombre(t.affiche_signalement)} ; "
        f"{_pluriel(t.conformes, 'affiche les deux', 'affichent les deux')}."
    )


def section_affichage(r: ChiffresRegistres, recommandation: int, st: Styles) -> list[Flowable]:
    """Sous la recommandation 25 ou 26 : l'affiche qu'elle exige, par région et par type."""
    code = code_affiche(recommandation)
    a = r.affichage
    if code is None or not a.total.etablissements:
        return []
    largeur = largeur_utile()
    total = a.total
    en_place = _affiche_en_place(total, code)
    titre = Paragraph(
        f"Registre de l'affichage (recommandation {recommandation}), état au {date_fr(r.au)}",
        st.h3,
    )
    phrase = Paragraph(
        f"Affiche « {AFFICHES[code]} » en place dans {libelles.nombre(en_place)} des "
        f"{_pluriel(total.etablissements, 'établissement inscrit', 'établissements inscrits')} "
        f"({_part(en_place, total.etablissements)}).",
        st.corps,
    )

    def rangees(comptes: list[CompteAffichage]) -> list[list]:
        lignes: list[list] = [
            [
                c.libelle,
                libelles.nombre(c.etablissements),
                libelles.nombre(_affiche_en_place(c, code)),
                _part(_affiche_en_place(c, code), c.etablissements),
            ]
            for c in comptes
        ]
        lignes.append(
            [
                Paragraph("<b>Ensemble</b>", st.cellule),
                libelles.nombre(total.etablissements),
                libelles.nombre(en_place),
                _part(en_place, total.etablissements),
            ]
        )
        return lignes

    parts = [largeur * p for p in (0.46, 0.18, 0.18, 0.18)]
    colonnes = ["Établissements", "Affiche en place", "Part"]
    return [
        KeepTogether([titre, phrase]),
        tableau(["Région", *colonnes], rangees(a.par_region), parts, st),
        Spacer(1, 6),
        tableau(["Type d'établissement", *colonnes], rangees(a.par_type), parts, st),
        Spacer(1, 6),
    ]


def section_registres(r: ChiffresRegistres, recommandation: int, periode: str, st: Styles):
    """Les chiffres de registre qui reviennent à cette recommandation (24, 25, 26), sinon rien."""
    if recommandation == RECOMMANDATION_SCEAU:
        return section_sceau(r, periode, st)
    return section_affichage(r, recommandation, st)
