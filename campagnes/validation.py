"""Les règles qu'une campagne doit respecter avant d'être écrite, en phrases françaises."""

from __future__ import annotations

import re

from .calendrier import valider_recurrence, verifier_exception
from .erreurs import DonneesInvalides
from .modele import STATUTS, STATUTS_MATERIEL, Campagne

MOTIF_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MOTIF_COULEUR = re.compile(r"^#[0-9a-fA-F]{6}$")
LONGUEUR_MAX_TEXTE = 100_000


def creer_slug(titre: str, existants: set[str] | None = None) -> str:
    """Un identifiant lisible tiré du titre : « Journée du 4 mars » -> « journee-du-4-mars »."""
    import unicodedata

    texte = unicodedata.normalize("NFKD", titre).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", texte).strip("-")[:60].strip("-") or "campagne"
    existants = existants or set()
    candidat, n = slug, 2
    while candidat in existants:
        candidat, n = f"{slug}-{n}", n + 1
    return candidat


def valider_campagne(c: Campagne, recommandations_connues: set[int] | None = None) -> None:
    """Lève DonneesInvalides à la première règle violée."""
    if not MOTIF_SLUG.match(c.slug or ""):
        raise DonneesInvalides(
            f"Identifiant « {c.slug} » invalide : lettres minuscules non accentuées, chiffres et tirets seulement."
        )
    if not c.titre or not c.titre.strip():
        raise DonneesInvalides("Le titre ne peut pas être vide.")
    for nom, texte in (
        ("titre", c.titre),
        ("description", c.description),
        ("objectifs", c.objectifs),
        ("messages clés", c.messages_cles),
        ("contexte", c.contexte),
    ):
        if len(texte) > LONGUEUR_MAX_TEXTE:
            raise DonneesInvalides(f"Le champ {nom} dépasse {LONGUEUR_MAX_TEXTE} caractères.")
    if c.statut not in STATUTS:
        raise DonneesInvalides(f"Statut « {c.statut} » inconnu (attendu : {', '.join(STATUTS)}).")
    if not MOTIF_COULEUR.match(c.couleur or ""):
        raise DonneesInvalides(f"Couleur « {c.couleur} » invalide (attendu : #RRGGBB).")
    if c.budget is not None and c.budget < 0:
        raise DonneesInvalides("Le budget ne peut pas être négatif.")
    valider_recurrence(c.recurrence)
    for exception in c.exceptions:
        verifier_exception(exception)
    if recommandations_connues is not None:
        inconnues = [n for n in c.recommandations if n not in recommandations_connues]
        if inconnues:
            raise DonneesInvalides(
                f"Recommandation n° {inconnues[0]} inconnue (les recommandations vont de 1 à 58)."
            )
    for m in c.materiels:
        if not m.titre.strip():
            raise DonneesInvalides("Un matériel doit avoir un titre.")
        if m.statut not in STATUTS_MATERIEL:
            raise DonneesInvalides(f"Statut de matériel « {m.statut} » inconnu.")
        if m.quantite is not None and m.quantite < 0:
            raise DonneesInvalides(f"Quantité négative pour le matériel « {m.titre} ».")
        if m.delai_jours is not None and m.delai_jours < 0:
            raise DonneesInvalides(f"Délai négatif pour le matériel « {m.titre} ».")
    for j in c.jalons:
        if not j.libelle.strip():
            raise DonneesInvalides("Un jalon doit avoir un libellé.")
    for p in c.publics:
        if not p.nom.strip():
            raise DonneesInvalides("Un public cible doit avoir un nom.")


def valider_entree_registre(
    quoi: str,
    nom: str,
    note: str,
    identifiant: str,
    type_: str,
    types: dict[str, str],
    region: str,
    regions: set[str],
) -> None:
    """Les règles communes aux registres du sceau et de l'affichage (`quoi` : « de l'organisation »…)."""
    if not nom or not nom.strip():
        raise DonneesInvalides(f"Le nom {quoi} est vide.")
    if len(nom) > 300 or len(note) > 5000:
        raise DonneesInvalides(f"Texte trop long pour « {nom[:40]} ».")
    if identifiant and not MOTIF_SLUG.match(identifiant):
        raise DonneesInvalides(
            f"Identifiant « {identifiant} » invalide : lettres minuscules non accentuées, "
            "chiffres et tirets seulement."
        )
    if type_ not in types:
        raise DonneesInvalides(f"Type « {type_} » inconnu (attendu : {', '.join(types.values())}).")
    if region not in regions:
        raise DonneesInvalides(f"Région « {region} » inconnue (codes 01 à 17).")
