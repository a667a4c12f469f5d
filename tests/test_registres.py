"""Registres du sceau (rec. 24) et de l'affichage (rec. 25-26) : saisie, calendrier, comptes, CSV."""

import csv
import re
from datetime import date
from pathlib import Path

import pytest

from campagnes import plan
from campagnes.affichage import (
    Affiche,
    Etablissement,
    comptes_affichage,
    enregistrer_etablissement,
    etablissements,
    exporter_affichage,
    importer_affichage,
    supprimer_etablissement,
)
from campagnes.erreurs import DonneesInvalides, FichierInvalide, Introuvable
from campagnes.sceau import (
    TitulaireSceau,
    comptes_sceau,
    enregistrer_titulaire,
    exporter_sceau,
    importer_sceau,
    occurrences_sceau,
    titulaires_par_region,
    titulaires_sceau,
)


def lignes(chemin: Path) -> list[dict]:
    with open(chemin, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def ecrire(chemin: Path, rangees: list[dict]) -> Path:
    with open(chemin, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rangees[0]), delimiter=";")
        w.writeheader()
        w.writerows(rangees)
    return chemin


# --- registre du sceau ----------------------------------------------------------------


@pytest.fixture
def sceau(depot):
    for t in (
        TitulaireSceau(
            "Hôtel Bonaventure",
            "hotellerie",
            "06",
            date(2026, 5, 1),
            date(2027, 5, 1),
            date(2026, 4, 15),
            True,
        ),
        TitulaireSceau("Festival d'été", "festival", "03", date(2026, 7, 1), date(2028, 7, 1)),
        TitulaireSceau(
            "Autobus Maheux", "transport", "06", date(2025, 1, 10), date(2027, 1, 10), None, True
        ),
    ):
        enregistrer_titulaire(depot, t)
    return depot


def test_liste_par_region_puis_par_nom(sceau):
    assert [(t.region, t.nom) for t in titulaires_sceau(sceau)] == [
        ("03", "Festival d'été"),
        ("06", "Autobus Maheux"),
        ("06", "Hôtel Bonaventure"),
    ]
    assert [t.identifiant for t in titulaires_sceau(sceau, "06")] == [
        "autobus-maheux",
        "hotel-bonaventure",
    ]
    assert [(r.nom, len(ts)) for r, ts in titulaires_par_region(sceau)] == [
        ("Capitale-Nationale", 1),
        ("Montréal", 2),
    ]
    with pytest.raises(DonneesInvalides, match="Région « 99 » inconnue"):
        titulaires_sceau(sceau, "99")


def test_renouvellements_dans_le_calendrier(sceau):
    (renouv,) = [o for o in plan.occurrences(sceau, 2027) if o.source == "Registre du sceau"][1:]
    assert renouv.slug == "sceau-renouvellement-hotel-bonaventure"
    assert (renouv.titre, renouv.debut, renouv.fin) == (
        "Renouvellement du sceau : Hôtel Bonaventure",
        date(2027, 5, 1),
        date(2027, 5, 1),
    )
    assert renouv.recommandations == (24,)
    assert [o.slug for o in occurrences_sceau(sceau, 2027)] == [
        "sceau-renouvellement-autobus-maheux",
        "sceau-renouvellement-hotel-bonaventure",
    ]
    assert len(plan.occurrences(sceau, 2027)) == 13 + 2
    assert [o.titre for o in occurrences_sceau(sceau, 2028)] == [
        "Renouvellement du sceau : Festival d'été"
    ]


def test_modifier_par_identifiant_ou_par_nom_et_region(sceau):
    t = titulaires_sceau(sceau, "03")[0]
    t.date_renouvellement = date(2029, 7, 1)
    enregistrer_titulaire(sceau, t)
    # Sans identifiant, même nom dans la même région : c'est le même titulaire.
    enregistrer_titulaire(
        sceau,
        TitulaireSceau("Festival d'été", "festival", "03", date(2026, 7, 1), None, None, True),
    )
    (festival,) = titulaires_sceau(sceau, "03")
    assert (festival.identifiant, festival.affiches_en_place) == ("festival-d-ete", True)
    # Même nom, autre région : une autre organisation.
    enregistrer_titulaire(
        sceau, TitulaireSceau("Festival d'été", "festival", "07", date(2026, 7, 1))
    )
    assert titulaires_sceau(sceau, "07")[0].identifiant == "festival-d-ete-2"


@pytest.mark.parametrize(
    ("titulaire", "message"),
    [
        (
            TitulaireSceau(" ", "festival", "03", date(2026, 1, 1)),
            "Le nom de l'organisation est vide.",
        ),
        (TitulaireSceau("X", "bar", "03", date(2026, 1, 1)), "Type « bar » inconnu"),
        (TitulaireSceau("X", "festival", "18", date(2026, 1, 1)), "Région « 18 » inconnue"),
        (
            TitulaireSceau("X", "festival", "03", date(2026, 1, 1), date(2025, 1, 1)),
            "« X » : le renouvellement (2025-01-01) doit suivre l'octroi (2026-01-01).",
        ),
    ],
)
def test_titulaire_invalide(sceau, titulaire, message):
    avant = titulaires_sceau(sceau)
    with pytest.raises(DonneesInvalides) as e:
        enregistrer_titulaire(sceau, titulaire)
    assert message in str(e.value)
    assert titulaires_sceau(sceau) == avant


def test_comptes_sceau_par_region(sceau):
    comptes = comptes_sceau(sceau, au=date(2027, 3, 1))
    assert [
        (c.libelle, c.titulaires, c.formation_faite, c.affiches_en_place, c.renouvellement_echu)
        for c in comptes
    ] == [("Capitale-Nationale", 1, 0, 0, 0), ("Montréal", 2, 1, 2, 1)]


def test_sceau_csv_aller_retour(sceau, tmp_path):
    sortie = tmp_path / "sceau.csv"
    assert exporter_sceau(sceau, sortie) == 3
    assert sortie.read_bytes().startswith(b"\xef\xbb\xbfidentifiant;nom;type;region;")
    rangees = lignes(sortie)
    assert rangees[1]["type"] == "transport de personnes"
    assert rangees[1]["affiches_en_place"] == "oui"
    avant = titulaires_sceau(sceau)
    assert importer_sceau(sceau, sortie) == {"cree": 0, "modifie": 0, "inchange": 3}
    assert titulaires_sceau(sceau) == avant


def test_sceau_csv_modifie_et_cree(sceau, tmp_path):
    sortie = tmp_path / "sceau.csv"
    exporter_sceau(sceau, sortie)
    rangees = lignes(sortie)
    rangees[0]["date_formation"] = "2027-02-01"
    nouvelle = {**rangees[0], "identifiant": "", "nom": "Grand Prix", "type": "grand événement"}
    nouvelle["region"] = "Montréal"  # un nom de région est accepté
    ecrire(sortie, [*rangees, nouvelle])
    assert importer_sceau(sceau, sortie) == {"cree": 1, "modifie": 1, "inchange": 2}
    assert titulaires_sceau(sceau, "03")[0].date_formation == date(2027, 2, 1)
    assert "grand-prix" in {t.identifiant for t in titulaires_sceau(sceau, "06")}
    # Relancé sans identifiant : retrouvé par nom et région, rien n'est dupliqué.
    assert importer_sceau(sceau, sortie) == {"cree": 0, "modifie": 0, "inchange": 4}


@pytest.mark.parametrize(
    ("modif", "message"),
    [
        ({"nom": ""}, "Ligne 3 de « sceau.csv » : le nom de l'organisation est vide"),
        ({"region": "99"}, "Ligne 3 de « sceau.csv » : région « 99 » inconnue (codes 01 à 17)"),
        ({"type": "bar"}, "Ligne 3 de « sceau.csv » : type « bar » inconnu"),
        (
            {"type": " "},
            "Ligne 3 de « sceau.csv » : le type est vide (attendu : industrie hôtelière,",
        ),
        ({"region": ""}, "Ligne 3 de « sceau.csv » : la région est vide (codes 01 à 17)"),
        ({"date_octroi": ""}, "Ligne 3 de « sceau.csv » : la date d'octroi est vide"),
        (
            {"date_renouvellement": "1er mai"},
            "Ligne 3 de « sceau.csv » : date de renouvellement « 1er mai » n'est pas une date",
        ),
        (
            {"affiches_en_place": "peut-être"},
            "Ligne 3 de « sceau.csv » : affiches en place « peut-être » : « oui » ou « non » attendu",
        ),
        ({"identifiant": "Hôtel!"}, "Ligne 3 de « sceau.csv » : Identifiant « Hôtel! » invalide"),
        (
            {"identifiant": "festival-d-ete"},
            "Ligne 3 de « sceau.csv » : « festival-d-ete » apparaît deux fois",
        ),
    ],
)
def test_sceau_une_mauvaise_ligne_refuse_tout(sceau, tmp_path, modif, message):
    sortie = tmp_path / "sceau.csv"
    exporter_sceau(sceau, sortie)
    rangees = lignes(sortie)
    rangees[0]["remarques"] = "modifiée avant la mauvaise ligne"
    rangees[1].update(modif)
    ecrire(sortie, rangees)
    avant = titulaires_sceau(sceau)
    with pytest.raises(DonneesInvalides) as e:
        importer_sceau(sceau, sortie)
    assert message in str(e.value)
    assert str(e.value).endswith("Rien n'a été importé.")
    assert titulaires_sceau(sceau) == avant


def test_sceau_fichier_qui_n_en_est_pas_un(sceau, tmp_path):
    fichier = tmp_path / "autre.csv"
    fichier.write_text("slug;titre\nx;X\n", encoding="utf-8")
    with pytest.raises(FichierInvalide, match="n'est pas un export du registre du sceau"):
        importer_sceau(sceau, fichier)
    fichier.write_text("nom;type;region;date_octroi;couleur\n", encoding="utf-8")
    with pytest.raises(
        FichierInvalide, match=re.escape("Colonne inconnue dans « autre.csv » : « couleur »")
    ):
        importer_sceau(sceau, fichier)


# --- registre de l'affichage -------------------------------------------------------------


def affiche(en_place=True, verifiee=date(2027, 2, 1), langues=("fr", "en")):
    return Affiche(en_place, list(langues), "2026-1", verifiee)


@pytest.fixture
def affichage(depot):
    for e in (
        Etablissement(
            "Hôtel Le Concorde",
            "hotel",
            "03",
            {"achat": affiche(), "signalement": affiche()},
            suivi="Conforme au contrôle de février.",
        ),
        Etablissement(
            "Sauna Centre", "sauna", "06", {"achat": affiche()}, suivi="Relance le 2027-03-01"
        ),
        Etablissement("Gîte du Lac", "hebergement_touristique", "06"),
        Etablissement(
            "LogeVite", "plateforme_locative", "06", {"achat": affiche(), "signalement": affiche()}
        ),
    ):
        enregistrer_etablissement(depot, e)
    return depot


def test_etablissements_et_conformite(affichage):
    assert [(e.region, e.nom, e.conforme) for e in etablissements(affichage)] == [
        ("03", "Hôtel Le Concorde", True),
        ("06", "Gîte du Lac", False),
        ("06", "LogeVite", True),
        ("06", "Sauna Centre", False),
    ]
    sauna = etablissements(affichage, type="sauna")[0]
    assert sauna.affiche("achat").langues == ["fr", "en"]
    assert sauna.affiche("signalement").en_place is False
    supprimer_etablissement(affichage, "gite-du-lac")
    assert len(etablissements(affichage, region="06")) == 2
    with pytest.raises(Introuvable, match="« gite-du-lac »"):
        supprimer_etablissement(affichage, "gite-du-lac")


def test_comptes_par_region_et_par_type(affichage):
    comptes = comptes_affichage(affichage)
    assert [
        (c.libelle, c.etablissements, c.conformes, c.affiche_achat, c.affiche_signalement)
        for c in comptes.par_region
    ] == [("Capitale-Nationale", 1, 1, 1, 1), ("Montréal", 3, 1, 2, 1)]
    assert [(c.libelle, c.etablissements, c.conformes) for c in comptes.par_type] == [
        ("plateforme locative numérique", 1, 1),
        ("établissement hôtelier", 1, 1),
        ("hébergement touristique", 1, 0),
        ("sauna", 1, 0),
    ]
    t = comptes.total
    assert (t.etablissements, t.conformes, t.affiche_achat, t.affiche_signalement) == (4, 2, 3, 2)


def test_comptes_avec_les_17_regions(affichage):
    comptes = comptes_affichage(affichage, toutes_regions=True)
    assert len(comptes.par_region) == 17
    assert (comptes.par_region[0].libelle, comptes.par_region[0].etablissements) == (
        "Bas-Saint-Laurent",
        0,
    )
    assert comptes.total.etablissements == 4


def test_affiche_en_place_sans_langue_refusee(affichage):
    with pytest.raises(DonneesInvalides, match="indiquez la langue de l'affiche"):
        enregistrer_etablissement(
            affichage, Etablissement("X", "sauna", "06", {"achat": Affiche(True, [])})
        )


def test_affichage_csv_aller_retour(affichage, tmp_path):
    sortie = tmp_path / "affichage.csv"
    assert exporter_affichage(affichage, sortie) == 4
    rangees = {r["identifiant"]: r for r in lignes(sortie)}
    assert rangees["sauna-centre"]["achat_langues"] == "fr | en"
    assert rangees["sauna-centre"]["signalement_en_place"] == "non"
    assert rangees["hotel-le-concorde"]["type"] == "établissement hôtelier"
    avant = etablissements(affichage)
    assert importer_affichage(affichage, sortie) == {"cree": 0, "modifie": 0, "inchange": 4}
    assert etablissements(affichage) == avant


def test_affichage_csv_verification_mise_a_jour(affichage, tmp_path):
    sortie = tmp_path / "affichage.csv"
    exporter_affichage(affichage, sortie)
    rangees = lignes(sortie)
    sauna = next(r for r in rangees if r["identifiant"] == "sauna-centre")
    sauna.update(
        signalement_en_place="oui", signalement_langues="fr", signalement_verifiee_le="2027-03-15"
    )
    ecrire(sortie, rangees)
    assert importer_affichage(affichage, sortie) == {"cree": 0, "modifie": 1, "inchange": 3}
    (sauna,) = etablissements(affichage, type="sauna")
    assert sauna.conforme and sauna.affiche("signalement").date_verification == date(2027, 3, 15)


@pytest.mark.parametrize(
    ("modif", "message"),
    [
        ({"type": "bar"}, "Ligne 3 de « affichage.csv » : type « bar » inconnu"),
        ({"region": "0"}, "Ligne 3 de « affichage.csv » : région « 0 » inconnue"),
        (
            {"achat_en_place": "bof"},
            "Ligne 3 de « affichage.csv » : achat_en_place « bof » : « oui » ou « non » attendu",
        ),
        (
            {"achat_verifiee_le": "2027-02-30"},
            "Ligne 3 de « affichage.csv » : achat_verifiee_le « 2027-02-30 » n'est pas une date",
        ),
        (
            {"signalement_en_place": "oui", "signalement_langues": ""},
            "Ligne 3 de « affichage.csv » : « Gîte du Lac » : indiquez la langue de l'affiche",
        ),
        ({"nom": " "}, "Ligne 3 de « affichage.csv » : le nom de l'établissement est vide"),
    ],
)
def test_affichage_une_mauvaise_ligne_refuse_tout(affichage, tmp_path, modif, message):
    sortie = tmp_path / "affichage.csv"
    exporter_affichage(affichage, sortie)
    rangees = lignes(sortie)
    rangees[0]["suivi"] = "modifié avant la mauvaise ligne"
    rangees[1].update(modif)  # Gîte du Lac
    ecrire(sortie, rangees)
    avant = etablissements(affichage)
    with pytest.raises(DonneesInvalides) as e:
        importer_affichage(affichage, sortie)
    assert message in str(e.value)
    assert str(e.value).endswith("Rien n'a été importé.")
    assert etablissements(affichage) == avant
