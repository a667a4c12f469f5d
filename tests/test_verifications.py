"""Avertissements de conflit et de saturation : chaque règle, et les avertissements écartés."""

from datetime import date

import pytest

from campagnes.depot import Depot
from campagnes.erreurs import DonneesInvalides, Introuvable
from campagnes.modele import Campagne, Materiel, PublicCible, Recurrence
from campagnes.verifications import ecarter, retablir, verifier


@pytest.fixture
def plan_vide(depot):
    """La base du catalogue, sans ses campagnes : chaque test pose les siennes."""
    for slug in depot.slugs():
        depot.supprimer_campagne(slug)
    return depot


def campagne(slug, debut, fin=None, publics=(), canaux=(), regions=("06",), **autres):
    return Campagne(
        slug=slug,
        titre=slug.replace("-", " ").capitalize(),
        recurrence=Recurrence(date.fromisoformat(debut), date.fromisoformat(fin or debut)),
        publics=[PublicCible(p) for p in publics],
        canaux=list(canaux),
        regions=list(regions),
        **autres,
    )


def poser(depot, *campagnes):
    depot.enregistrer_campagnes(campagnes)


def regles(avis):
    return [a.regle for a in avis]


# --- même public ou même canal la même semaine ---------------------------------------


def test_meme_public_la_meme_semaine(plan_vide):
    poser(
        plan_vide,
        campagne("atelier-parents", "2027-05-03", "2027-05-05", publics=["Parents"]),
        campagne("soiree-parents", "2027-05-07", publics=["Parents", "Enfants"]),
    )
    (avis,) = verifier(plan_vide, 2027)
    assert avis.regle == "conflit"
    assert avis.ident == "conflit:2027-05-03:atelier-parents+soiree-parents"
    assert avis.message == (
        "« Atelier parents » et « Soiree parents » visent le même public (Parents) "
        "la semaine du 3 mai 2027."
    )
    assert avis.slugs == ("atelier-parents", "soiree-parents")
    assert avis.jour == date(2027, 5, 3)


def test_une_foule_sur_le_meme_public_donne_un_seul_avis_de_groupe(plan_vide):
    # 200 campagnes la même semaine : 19 900 paires, que personne ne lirait (et qui, à
    # 10 000 campagnes, épuisaient la mémoire). Un seul avis les résume.
    poser(
        plan_vide,
        *(
            campagne(
                f"atelier-{n:03d}", "2027-05-04", publics=["Parents"], regions=[f"{n % 17 + 1:02d}"]
            )
            for n in range(200)
        ),
    )
    conflits = [a for a in verifier(plan_vide, 2027, seuil_saturation=500) if a.regle == "conflit"]
    assert len(conflits) == 1
    (avis,) = conflits
    assert avis.ident == "conflit:2027-05-03:public:parents"
    assert avis.message == (
        "200 campagnes visent le même public (Parents) la semaine du 3 mai 2027 : "
        "« Atelier 000 », « Atelier 001 », « Atelier 002 », « Atelier 003 », « Atelier 004 » "
        "et 195 autres."
    )
    assert len(avis.slugs) == 200


def test_meme_canal_la_meme_semaine(plan_vide):
    poser(
        plan_vide,
        campagne("radio-a", "2027-05-03", publics=["Parents"], canaux=["Radio", "Web"]),
        campagne("radio-b", "2027-05-06", publics=["Aînés"], canaux=["Radio"]),
    )
    (avis,) = verifier(plan_vide, 2027)
    assert "passent par le même canal (Radio) la semaine du 3 mai 2027" in avis.message
    assert "public" not in avis.message


def test_semaines_differentes_pas_de_conflit(plan_vide):
    # La première finit le dimanche, la seconde commence le lundi suivant.
    poser(
        plan_vide,
        campagne("premiere", "2027-05-03", "2027-05-09", publics=["Parents"]),
        campagne("seconde", "2027-05-10", publics=["Parents"]),
    )
    assert verifier(plan_vide, 2027) == []


def test_publics_et_canaux_differents_pas_de_conflit(plan_vide):
    poser(
        plan_vide,
        campagne("a", "2027-05-04", publics=["Parents"], canaux=["Radio"]),
        campagne("b", "2027-05-05", publics=["Aînés"], canaux=["Web"]),
    )
    assert verifier(plan_vide, 2027) == []


def test_longue_periode_commune_un_seul_avis(plan_vide):
    poser(
        plan_vide,
        campagne("ete-a", "2027-06-07", "2027-07-04", canaux=["Web"]),
        campagne("ete-b", "2027-06-14", "2027-07-18", canaux=["Web"]),
    )
    (avis,) = verifier(plan_vide, 2027)
    assert avis.message.endswith("la semaine du 14 juin 2027 et 2 autre(s) semaine(s).")


def test_une_campagne_annulee_ne_compte_pas(plan_vide):
    poser(
        plan_vide,
        campagne("a", "2027-05-04", publics=["Parents"]),
        campagne("b", "2027-05-05", publics=["Parents"], statut="annulee"),
    )
    assert verifier(plan_vide, 2027) == []


# --- lancement un jour férié ---------------------------------------------------------


def test_lancement_un_jour_ferie(plan_vide):
    poser(plan_vide, campagne("fete", "2027-06-24", "2027-06-30"))
    (avis,) = verifier(plan_vide, 2027)
    assert avis.ident == "ferie:2027-06-24:fete"
    assert avis.message == (
        "« Fete » est lancée le 24 juin 2027, jour férié (Fête nationale du Québec)."
    )


def test_ferie_pendant_la_campagne_mais_pas_au_lancement(plan_vide):
    poser(plan_vide, campagne("juin", "2027-06-21", "2027-06-30"))
    assert verifier(plan_vide, 2027) == []


def test_le_catalogue_continu_lance_le_1er_janvier_ne_compte_pas(depot):
    """Les campagnes d'un an (affichage, sceau…) commencent le 1er janvier, jour férié."""
    avis = verifier(depot, 2027)
    assert "ferie" not in regles(avis)
    assert "saturation" not in regles(avis)


# --- échéance de matériel après le lancement -------------------------------------------


def test_materiel_du_apres_le_lancement(plan_vide):
    poser(
        plan_vide,
        campagne(
            "forum",
            "2027-05-03",
            materiels=[
                Materiel("Affiche du forum", echeance=date(2027, 5, 10)),
                Materiel("Dépliant", delai_jours=30),
                Materiel("Vidéo", echeance=date(2027, 5, 20), statut="pret"),
            ],
        ),
    )
    (avis,) = verifier(plan_vide, 2027)
    assert avis.regle == "echeance"
    assert avis.ident == "echeance:2027-05-03:forum:affiche-du-forum"
    assert avis.message == (
        "Le matériel « Affiche du forum » de « Forum » est dû le 10 mai 2027, "
        "après le lancement du 3 mai 2027."
    )


def test_materiels_aux_titres_non_latins_ou_en_double_ont_chacun_leur_avis(plan_vide):
    en_retard = date(2027, 5, 10)
    titres = ["حقوقك كضحية", "您作为受害者的权利", "Affiche (fr)", "Affiche fr"]
    poser(
        plan_vide,
        campagne(
            "droits", "2027-05-03", materiels=[Materiel(t, echeance=en_retard) for t in titres]
        ),
    )
    avis = verifier(plan_vide, 2027)
    assert len(avis) == len({a.ident for a in avis}) == 4
    assert [a.ident.rsplit(":", 1)[1].rsplit("-", 1)[0] for a in avis] == [
        "affiche-fr",
        "affiche-fr",
        "materiel",
        "materiel",
    ]


# --- trop de campagnes la même semaine dans une région -----------------------------------


def quatre_campagnes_a_montreal(depot, semaines=1):
    fin = f"2027-05-{2 + 7 * semaines:02d}"
    poser(
        depot,
        *(
            campagne(f"c{i}", "2027-05-03", fin, publics=[f"Public {i}"], regions=["06"])
            for i in range(4)
        ),
        campagne("ailleurs", "2027-05-03", publics=["Autre"], regions=["03"]),
    )


def test_saturation_au_dela_du_seuil(plan_vide):
    quatre_campagnes_a_montreal(plan_vide)
    (avis,) = verifier(plan_vide, 2027)
    assert avis.regle == "saturation"
    assert avis.ident == "saturation:2027-05-03:06"
    assert avis.regions == ("06",)
    assert avis.message == (
        "4 campagnes ont lieu la semaine du 3 mai 2027 dans la région Montréal, au-delà du seuil "
        "de 3 : « C0 », « C1 », « C2 » et « C3 »."
    )


def test_seuil_reglable(plan_vide):
    quatre_campagnes_a_montreal(plan_vide)
    assert verifier(plan_vide, 2027, seuil_saturation=4) == []
    avis = verifier(plan_vide, 2027, seuil_saturation=1)
    assert {a.ident for a in avis} == {"saturation:2027-05-03:06"}  # Québec n'en a qu'une
    with pytest.raises(DonneesInvalides, match="au moins 1"):
        verifier(plan_vide, 2027, seuil_saturation=0)


def test_saturation_sur_semaines_consecutives_un_seul_avis(plan_vide):
    quatre_campagnes_a_montreal(plan_vide, semaines=3)
    (avis,) = verifier(plan_vide, 2027)
    assert "pendant 3 semaines (du 3 au 23 mai 2027) dans la région Montréal" in avis.message


def test_campagne_sans_region_compte_partout(plan_vide):
    quatre_campagnes_a_montreal(plan_vide)
    poser(plan_vide, campagne("nationale", "2027-05-05", publics=["Tous"], regions=()))
    (avis,) = verifier(plan_vide, 2027)
    assert avis.message.startswith("5 campagnes ont lieu la semaine du 3 mai 2027 dans la région")


# --- écarter --------------------------------------------------------------------------


def test_ecarter_garde_la_raison_et_ne_revient_pas(tmp_path):
    chemin = tmp_path / "plan.sqlite"
    depot = Depot.ouvrir(chemin)
    poser(depot, campagne("fete", "2027-06-24"))
    ecarter(depot, "ferie:2027-06-24:fete", "  Lancement voulu le jour de la Fête nationale  ")
    depot.fermer()

    depot = Depot.ouvrir(chemin)
    try:
        idents = {a.ident for a in verifier(depot, 2027)}
        assert "ferie:2027-06-24:fete" not in idents
        (ecarte,) = [a for a in verifier(depot, 2027, tous=True) if a.ecarte]
        assert ecarte.ident == "ferie:2027-06-24:fete"
        assert ecarte.raison == "Lancement voulu le jour de la Fête nationale"
        retablir(depot, "ferie:2027-06-24:fete")
        assert "ferie:2027-06-24:fete" in {a.ident for a in verifier(depot, 2027)}
    finally:
        depot.fermer()


def test_une_situation_nouvelle_revient(plan_vide):
    poser(plan_vide, campagne("fete", "2027-06-24"))
    ecarter(plan_vide, "ferie:2027-06-24:fete", "voulu")
    assert verifier(plan_vide, 2027) == []
    poser(plan_vide, campagne("fete", "2027-07-01"))  # déplacée à la fête du Canada
    (avis,) = verifier(plan_vide, 2027)
    assert avis.ident == "ferie:2027-07-01:fete"


@pytest.mark.parametrize(
    ("ident", "raison", "erreur", "message"),
    [
        ("ferie:2027-06-24:fete", "   ", DonneesInvalides, "Indiquez pourquoi"),
        ("ferie:2027-06-25:fete", "ok", Introuvable, "Aucun avertissement ne porte l'identifiant"),
        ("n'importe quoi", "ok", Introuvable, "« n'importe quoi »"),
    ],
)
def test_ecarter_mauvaise_entree_ne_change_rien(plan_vide, ident, raison, erreur, message):
    poser(plan_vide, campagne("fete", "2027-06-24"))
    with pytest.raises(erreur, match=message):
        ecarter(plan_vide, ident, raison)
    assert plan_vide.db["avertissements_ecartes"].count == 0
    assert len(verifier(plan_vide, 2027)) == 1
