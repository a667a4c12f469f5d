"""Le catalogue livré : les 58 recommandations entières et les 13 campagnes recommandées."""

from datetime import date

from campagnes import catalogue
from campagnes.calendrier import occurrences_annee
from campagnes.depot import Depot


def test_58_recommandations_numerotees_de_1_a_58_dans_5_chapitres():
    recos = catalogue.recommandations()
    assert [r.numero for r in recos] == list(range(1, 59))
    assert [c.numero for c in catalogue.chapitres()] == [1, 2, 3, 4, 5]
    assert {r.chapitre for r in recos} == {1, 2, 3, 4, 5}
    par_numero = {r.numero: r.chapitre for r in recos}
    assert (
        par_numero[5],
        par_numero[6],
        par_numero[13],
        par_numero[14],
        par_numero[27],
        par_numero[28],
    ) == (1, 2, 2, 3, 3, 4)
    assert par_numero[47] == 5 and par_numero[58] == 5


def test_textes_fideles_au_document_de_la_commission():
    recos = {r.numero: r.texte for r in catalogue.recommandations()}
    assert recos[2] == (
        "La Commission recommande que le gouvernement du Québec déclare le 4 mars de chaque année "
        "comme étant la Journée de la lutte contre l’exploitation sexuelle des mineurs et qu’il "
        "souligne, en association avec l’ONU, la Journée mondiale de la lutte contre la traite "
        "d’êtres humains le 30 juillet de chaque année."
    )
    assert recos[3].endswith(
        "la Semaine nationale de la lutte contre l’exploitation sexuelle des mineurs."
    )
    # Les puces restent des paragraphes distincts.
    assert "\n\n• Rappeler le caractère criminel de l’achat de services sexuels." in recos[6]
    assert "(par exemple les maisons des jeunes ou les maisons de la famille)" in recos[6]
    assert recos[22].count("\n\n•") == 9
    assert recos[24].startswith(
        "La Commission recommande que le gouvernement du Québec crée un sceau « Non à l’exploitation"
    )
    assert recos[58].endswith("une sortie durable des situations d’exploitation sexuelle.")
    assert all("  " not in t and "\n " not in t for t in recos.values())


def test_chapitres_titres():
    titres = {c.numero: c.titre for c in catalogue.chapitres()}
    assert (
        titres[2] == "La communication et la sensibilisation : une prise de conscience qui s’impose"
    )
    assert titres[4] == "La répression : la victime au centre de nos actions"


def test_17_regions_administratives():
    regions = catalogue.regions()
    assert [r.code for r in regions] == [f"{n:02d}" for n in range(1, 18)]
    assert {"Montréal", "Nord-du-Québec", "Gaspésie–Îles-de-la-Madeleine"} <= {
        r.nom for r in regions
    }


def test_premiere_ouverture_charge_les_13_campagnes_avec_leurs_liens(depot):
    campagnes = {c.slug: c for c in depot.campagnes()}
    assert len(campagnes) == 13
    assert campagnes["journee-4-mars"].recommandations == [2]
    assert campagnes["affichage-obligatoire"].recommandations == [25, 26]
    multi = campagnes["campagnes-multiplateformes"]
    assert multi.recommandations == [6]
    publics = " ".join(multi.noms_publics)
    for attendu in (
        "Familles et jeunes",
        "maisons des jeunes",
        "Intervenants sociaux",
        "restauration et de l'hôtellerie",
        "grands événements",
    ):
        assert attendu in publics
    assert {"Premières Nations", "Inuit"} <= set(
        campagnes["visiteurs-territoires-pn-inuit"].partenaires
    )
    assert "Gouvernement fédéral" in campagnes["aeroports-ports-frontieres"].partenaires
    assert len(campagnes["journee-4-mars"].regions) == 17


def test_campagnes_sans_date_dans_la_recommandation_sont_proposees_avec_leur_raison(depot):
    campagnes = {c.slug: c for c in depot.campagnes()}
    for slug in (
        "aeroports-ports-frontieres",
        "visiteurs-territoires-pn-inuit",
        "enfants-parents-technologies",
    ):
        assert campagnes[slug].statut == "proposee"
        assert "Période proposée" in campagnes[slug].description
    assert campagnes["journee-4-mars"].statut == "confirmee"


def test_occurrences_2027_de_la_base_neuve(depot):
    occurrences = {o.slug: o for o in occurrences_annee(depot.campagnes(), 2027)}
    assert len(occurrences) == 13
    assert (occurrences["journee-4-mars"].debut, occurrences["journee-4-mars"].fin) == (
        date(2027, 3, 4),
    ) * 2
    assert occurrences["journee-mondiale-traite-30-juillet"].debut == date(2027, 7, 30)
    assert (occurrences["semaine-nationale"].debut, occurrences["semaine-nationale"].fin) == (
        date(2027, 3, 1),
        date(2027, 3, 7),
    )
    assert occurrences["aeroports-ports-frontieres"].debut.month in (6, 7)


def test_second_demarrage_ne_recharge_pas_et_n_ecrase_pas_les_modifications(chemin_base):
    d = Depot.ouvrir(chemin_base)
    c = d.campagne("journee-4-mars")
    c.titre = "Journée du 4 mars (titre revu)"
    d.enregistrer_campagne(c)
    d.supprimer_campagne("grands-evenements")
    d.fermer()
    d = Depot.ouvrir(chemin_base)
    assert d.nombre_campagnes() == 12
    assert d.campagne("journee-4-mars").titre == "Journée du 4 mars (titre revu)"
    assert len(d.recommandations()) == 58
    d.fermer()


def test_uid_du_catalogue_identique_sur_deux_bases(tmp_path):
    a, b = Depot.ouvrir(tmp_path / "a.sqlite"), Depot.ouvrir(tmp_path / "b.sqlite")
    assert a.campagne("semaine-nationale").uid == b.campagne("semaine-nationale").uid
    a.fermer(), b.fermer()
