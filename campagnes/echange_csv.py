"""Export et import des campagnes en CSV, pour un tableur.

UTF-8 avec BOM et point-virgule : c'est ce qu'Excel en français ouvre directement.
Une seule mauvaise ligne refuse tout le fichier, avec son numéro et la raison ; rien
n'est écrit tant que toutes les lignes ne sont pas valides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from .depot import Depot
from .erreurs import DonneesInvalides
from .modele import STATUTS, Campagne, ExceptionAnnuelle, PublicCible, Recurrence
from .tableur import ecrire_csv, lire_csv
from .validation import creer_slug, valider_campagne

COLONNES = (
    "slug",
    "titre",
    "statut",
    "debut",
    "fin",
    "regle",
    "recommandations",
    "publics",
    "partenaires",
    "canaux",
    "regions",
    "responsable",
    "budget",
    "couleur",
    "langues",
    "description",
    "contexte",
    "objectifs",
    "messages_cles",
    "ton",
    "exceptions",
)
SEPARATEUR_LISTE = " | "


def _liste(texte: str) -> list[str]:
    return [x.strip() for x in texte.split("|") if x.strip()]


def _exceptions_texte(c: Campagne) -> str:
    morceaux = []
    for e in c.exceptions:
        if e.annulee:
            morceaux.append(f"{e.annee}:annulee")
        elif e.debut:
            morceaux.append(f"{e.annee}:{e.debut.isoformat()}..{(e.fin or e.debut).isoformat()}")
    return SEPARATEUR_LISTE.join(morceaux)


def _budget_texte(budget: float | None) -> str:
    """Sans perte : « {:g} » écrivait 1 000 001 $ « 1e+06 », relu 1 000 000 $."""
    if budget is None:
        return ""
    return str(int(budget)) if budget.is_integer() else repr(budget)


def ligne_campagne(c: Campagne) -> dict[str, str]:
    return {
        "slug": c.slug,
        "titre": c.titre,
        "statut": c.statut,
        "debut": c.recurrence.debut.isoformat(),
        "fin": c.recurrence.fin.isoformat(),
        "regle": c.recurrence.rrule or "",
        "recommandations": SEPARATEUR_LISTE.join(str(n) for n in c.recommandations),
        "publics": SEPARATEUR_LISTE.join(c.noms_publics),
        "partenaires": SEPARATEUR_LISTE.join(c.partenaires),
        "canaux": SEPARATEUR_LISTE.join(c.canaux),
        "regions": SEPARATEUR_LISTE.join(c.regions),
        "responsable": c.responsable,
        "budget": _budget_texte(c.budget),
        "couleur": c.couleur,
        "langues": SEPARATEUR_LISTE.join(c.langues),
        "description": c.description,
        "contexte": c.contexte,
        "objectifs": c.objectifs,
        "messages_cles": c.messages_cles,
        "ton": c.ton,
        "exceptions": _exceptions_texte(c),
    }


def exporter_campagnes(depot: Depot, chemin: str | Path) -> int:
    """Écrit toutes les campagnes dans un CSV ; rend le nombre de lignes."""
    return ecrire_csv(chemin, COLONNES, (ligne_campagne(c) for c in depot.campagnes()))


def _date_csv(texte: str, colonne: str) -> date:
    try:
        return date.fromisoformat(texte.strip())
    except ValueError as e:
        raise DonneesInvalides(
            f"{colonne} « {texte} » n'est pas une date (AAAA-MM-JJ attendu)"
        ) from e


def _exceptions(texte: str) -> list[ExceptionAnnuelle]:
    resultat = []
    for morceau in _liste(texte):
        annee, _, valeur = morceau.partition(":")
        if not annee.strip().isdigit() or not valeur:
            raise DonneesInvalides(
                f"exception « {morceau} » illisible (ex. 2027:2027-03-05..2027-03-11)"
            )
        if valeur.strip() == "annulee":
            resultat.append(ExceptionAnnuelle(int(annee), annulee=True))
            continue
        debut, _, fin = valeur.partition("..")
        resultat.append(
            ExceptionAnnuelle(
                int(annee), _date_csv(debut, "exception"), _date_csv(fin or debut, "exception")
            )
        )
    return resultat


def _campagne_de_ligne(ligne: dict[str, str], existante: Campagne | None) -> Campagne:
    def valeur(cle: str) -> str | None:
        v = ligne.get(cle)
        return None if v is None else v.strip()

    titre = valeur("titre")
    if titre is not None and not titre:
        raise DonneesInvalides("le titre est vide")
    if existante is None and not titre:
        raise DonneesInvalides("le titre est vide")
    base = existante or Campagne(
        slug=valeur("slug") or creer_slug(titre or "", set()),
        titre=titre or "",
        recurrence=Recurrence(date.today(), date.today()),
        statut="planifiee",
    )
    debut_txt, fin_txt = valeur("debut"), valeur("fin")
    if existante is None and not debut_txt:
        raise DonneesInvalides("la date de début est vide")
    debut = _date_csv(debut_txt, "début") if debut_txt else base.recurrence.debut
    fin = _date_csv(fin_txt, "fin") if fin_txt else (base.recurrence.fin if existante else debut)
    if fin < debut:
        raise DonneesInvalides(f"la fin ({fin.isoformat()}) précède le début ({debut.isoformat()})")
    regle = valeur("regle")
    modifs: dict = {
        "recurrence": Recurrence(
            debut, fin, base.recurrence.rrule if regle is None else (regle or None)
        )
    }
    if titre:
        modifs["titre"] = titre
    statut = valeur("statut")
    if statut is not None:
        statut = {v: k for k, v in STATUTS.items()}.get(statut, statut) or "planifiee"
        modifs["statut"] = statut
    recos = valeur("recommandations")
    if recos is not None:
        try:
            modifs["recommandations"] = [int(x) for x in _liste(recos)]
        except ValueError as e:
            raise DonneesInvalides(
                f"recommandations « {recos} » : des numéros sont attendus"
            ) from e
    publics = valeur("publics")
    if publics is not None:
        anciens = {p.nom: p for p in base.publics}
        modifs["publics"] = [anciens.get(nom) or PublicCible(nom) for nom in _liste(publics)]
    for cle in ("partenaires", "canaux", "regions", "langues"):
        v = valeur(cle)
        if v is not None:
            modifs[cle] = _liste(v)
    for cle in (
        "responsable",
        "couleur",
        "description",
        "contexte",
        "objectifs",
        "messages_cles",
        "ton",
    ):
        v = ligne.get(cle)
        if v is not None:
            modifs[cle] = v.strip() if cle == "couleur" else v.replace("\r\n", "\n")
    budget = valeur("budget")
    if budget is not None:
        try:
            modifs["budget"] = (
                float(budget.replace(",", ".").replace(" ", "").replace("\u00a0", ""))
                if budget
                else None
            )
        except ValueError as e:
            raise DonneesInvalides(f"budget « {budget} » n'est pas un nombre") from e
    exceptions = valeur("exceptions")
    if exceptions is not None:
        modifs["exceptions"] = _exceptions(exceptions)
    return replace(base, **modifs)


def lire_campagnes_csv(depot: Depot, chemin: str | Path) -> list[Campagne]:
    """Lit et valide tout le fichier ; lève DonneesInvalides à la première mauvaise ligne."""
    existantes = {c.slug: c for c in depot.campagnes()}
    recos = depot.numeros_recommandations()
    regions = {r.code for r in depot.regions()}
    vues: set[str] = set()

    def convertir(donnees: dict[str, str | None]) -> Campagne:
        slug = (donnees.get("slug") or "").strip() or creer_slug(donnees.get("titre") or "", set())
        if slug in vues:
            raise DonneesInvalides(f"l'identifiant « {slug} » apparaît deux fois")
        vues.add(slug)
        campagne = _campagne_de_ligne(donnees, existantes.get(slug))
        valider_campagne(campagne, recos)
        mauvaises = [r for r in campagne.regions if r not in regions]
        if mauvaises:
            raise DonneesInvalides(f"région « {mauvaises[0]} » inconnue (codes 01 à 17)")
        return campagne

    return lire_csv(chemin, COLONNES, ("slug", "titre"), "de campagnes", convertir)


def importer_campagnes(
    depot: Depot,
    chemin: str | Path,
    progression: Callable[[int, int], None] | None = None,
    annule: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Importe le fichier en une transaction ; rend le compte créées/modifiées/inchangées."""
    campagnes = lire_campagnes_csv(depot, chemin)
    return depot.enregistrer_campagnes(campagnes, progression=progression, annule=annule)
