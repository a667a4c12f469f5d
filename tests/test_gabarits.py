"""Gabarits : enregistrer une campagne sans ses dates, en créer une autre au même rétroplanning."""

from datetime import date

import pytest

from campagnes.calendrier import echeance_materiel
from campagnes.erreurs import DonneesInvalides, Introuvable
from campagnes.gabarits import (
    creer_depuis_gabarit,
    enregistrer_gabarit,
    gabarit,
    gabarits,
    supprimer_gabarit,
)
from campagnes.modele import Campagne, Jalon, Materiel, PublicCible, Recurrence


@pytest.fixture
def forum(depot):
    depot.enregistrer_campagne(
        Campagne(
            slug="forum-2027",
            titre="Forum régional 2027",
            recurrence=Recurrence(date(2027, 10, 4), date(2027, 10, 6)),
            statut="terminee",
            publics=[PublicCible("Intervenants sociaux", "Repérer", "Signaler")],
            canaux=["Événements", "Web"],
            regions=["06", "13"],
            recommandations=[6],
            materiels=[
                Materiel("Affiche", type="affiche", echeance=date(2027, 9, 6), statut="diffuse"),
                Materiel("Trousse", type="trousse", delai_jours=45, quantite=200),
            ],
            jalons=[Jalon("Réserver la salle", 60)],
        )
    )
    return depot


def test_enregistrer_puis_creer_garde_le_retroplanning(forum):
    g = enregistrer_gabarit(forum, "forum-2027", "Forum régional")
    assert (g.nom, g.origine, g.duree_jours) == ("Forum régional", "forum-2027", 3)
    # L'échéance fixe (4 semaines avant) devient un délai : aucune date dans un gabarit.
    assert [(m.titre, m.echeance, m.delai_jours) for m in g.materiels] == [
        ("Affiche", None, 28),
        ("Trousse", None, 45),
    ]
    c = creer_depuis_gabarit(forum, "Forum régional", "Forum de Laval", date(2028, 4, 10))
    assert c.slug == "forum-de-laval"
    assert (c.recurrence.debut, c.recurrence.fin, c.recurrence.rrule) == (
        date(2028, 4, 10),
        date(2028, 4, 12),
        None,
    )
    assert c.statut == "planifiee"
    assert [(p.nom, p.objectif, p.action) for p in c.publics] == [
        ("Intervenants sociaux", "Repérer", "Signaler")
    ]
    assert (c.canaux, c.regions, c.recommandations) == (["Événements", "Web"], ["06", "13"], [6])
    assert [echeance_materiel(m, c.recurrence.debut) for m in c.materiels] == [
        date(2028, 3, 13),
        date(2028, 2, 25),
    ]
    assert [m.statut for m in c.materiels] == ["a_produire", "a_produire"]
    assert c.materiels[1].quantite == 200
    assert [(j.libelle, j.jours_avant) for j in c.jalons] == [("Réserver la salle", 60)]


def test_fin_donnee_et_slug_unique(forum):
    enregistrer_gabarit(forum, "forum-2027", "Forum")
    a = creer_depuis_gabarit(forum, "Forum", "Forum", date(2028, 4, 10), date(2028, 4, 20))
    b = creer_depuis_gabarit(forum, "Forum", "Forum", date(2028, 5, 10))
    assert (a.slug, a.recurrence.fin) == ("forum", date(2028, 4, 20))
    assert b.slug == "forum-2"


def test_le_gabarit_ne_change_pas_si_la_campagne_change(forum):
    enregistrer_gabarit(forum, "forum-2027", "Forum")
    c = forum.campagne("forum-2027")
    c.canaux = ["Radio"]
    forum.enregistrer_campagne(c)
    assert gabarit(forum, "Forum").canaux == ["Événements", "Web"]


def test_lister_et_supprimer(forum):
    enregistrer_gabarit(forum, "forum-2027", "Zèbre")
    enregistrer_gabarit(forum, "journee-4-mars", "abeille")
    assert [g.nom for g in gabarits(forum)] == ["abeille", "Zèbre"]
    supprimer_gabarit(forum, "Zèbre")
    assert [g.nom for g in gabarits(forum)] == ["abeille"]
    with pytest.raises(Introuvable, match="Aucun gabarit ne s'appelle « Zèbre »"):
        supprimer_gabarit(forum, "Zèbre")


def test_remplacer_un_gabarit_seulement_si_demande(forum):
    enregistrer_gabarit(forum, "forum-2027", "Forum")
    with pytest.raises(DonneesInvalides, match="Un gabarit s'appelle déjà « Forum »"):
        enregistrer_gabarit(forum, "journee-4-mars", "Forum")
    assert gabarit(forum, "Forum").origine == "forum-2027"
    enregistrer_gabarit(forum, "journee-4-mars", "Forum", remplacer=True)
    assert gabarit(forum, "Forum").origine == "journee-4-mars"
    assert len(gabarits(forum)) == 1


@pytest.mark.parametrize(
    ("appel", "erreur", "message"),
    [
        (
            lambda d: enregistrer_gabarit(d, "forum-2027", "  "),
            DonneesInvalides,
            "doit avoir un nom",
        ),
        (lambda d: enregistrer_gabarit(d, "absente", "X"), Introuvable, "« absente »"),
        (
            lambda d: creer_depuis_gabarit(d, "Inconnu", "T", date(2028, 1, 1)),
            Introuvable,
            "« Inconnu »",
        ),
        (
            lambda d: creer_depuis_gabarit(d, "Forum", " ", date(2028, 1, 1)),
            DonneesInvalides,
            "titre",
        ),
        (
            lambda d: creer_depuis_gabarit(d, "Forum", "T", date(2028, 1, 5), date(2028, 1, 1)),
            DonneesInvalides,
            r"La fin \(2028-01-01\) précède le début \(2028-01-05\)",
        ),
        (
            lambda d: creer_depuis_gabarit(d, "Forum", "T", date(2028, 1, 5), slug="forum-2027"),
            DonneesInvalides,
            "porte déjà l'identifiant « forum-2027 »",
        ),
    ],
)
def test_mauvaises_entrees(forum, appel, erreur, message):
    enregistrer_gabarit(forum, "forum-2027", "Forum")
    avant = (forum.slugs(), [g.nom for g in gabarits(forum)])
    with pytest.raises(erreur, match=message):
        appel(forum)
    assert (forum.slugs(), [g.nom for g in gabarits(forum)]) == avant
