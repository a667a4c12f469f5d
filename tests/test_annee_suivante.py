"""Préparer l'année suivante : dates, ancres, années bissextiles, relance sans doublon."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from campagnes.annee_suivante import (
    apercu_annee_suivante,
    nouvelle_date,
    origine_copie,
    preparer_annee_suivante,
    rang_dans_le_mois,
)
from campagnes.calendrier import REGLE_SEMAINE_PREMIER_LUNDI
from campagnes.depot import Depot
from campagnes.erreurs import OperationAnnulee
from campagnes.modele import Campagne, Jalon, Materiel, Recurrence


def ponctuelle(slug, debut, fin=None, **autres):
    d = date.fromisoformat(debut)
    return Campagne(
        slug=slug,
        titre=autres.pop("titre", slug),
        recurrence=Recurrence(d, date.fromisoformat(fin) if fin else d),
        **autres,
    )


def dates(depot, slug):
    c = depot.campagne(slug)
    return c.recurrence.debut, c.recurrence.fin


def test_copie_complete_par_semaines_entieres(depot):
    depot.enregistrer_campagne(
        ponctuelle(
            "forum-2027",
            "2027-10-04",
            "2027-10-06",
            titre="Forum régional 2027",
            statut="terminee",
            materiels=[
                Materiel("Affiche", echeance=date(2027, 9, 6), statut="diffuse"),
                Materiel("Dépliant", delai_jours=45, statut="pret"),
            ],
            jalons=[Jalon("Réserver la salle", 60), Jalon("Envoyer les invitations", 21)],
        )
    )
    avant = set(depot.slugs())
    fait = preparer_annee_suivante(depot, 2027)
    assert [c.slug for c in fait.a_creer] == ["forum-2028"]
    assert set(depot.slugs()) - avant == {"forum-2028"}  # les campagnes récurrentes restent
    copie = depot.campagne("forum-2028")
    assert copie.titre == "Forum régional 2028"
    # 4 octobre 2027 (lundi) -> 2 octobre 2028 (lundi) : 52 semaines, même jour de la semaine.
    assert (copie.recurrence.debut, copie.recurrence.fin) == (date(2028, 10, 2), date(2028, 10, 4))
    assert copie.recurrence.debut.weekday() == 0 and copie.recurrence.rrule is None
    assert copie.statut == "planifiee"
    assert [(m.titre, m.echeance, m.delai_jours, m.statut) for m in copie.materiels] == [
        ("Affiche", date(2028, 9, 4), None, "a_produire"),
        ("Dépliant", None, 45, "a_produire"),
    ]
    assert [(j.libelle, j.jours_avant) for j in copie.jalons] == [
        ("Réserver la salle", 60),
        ("Envoyer les invitations", 21),
    ]
    assert copie.uid != depot.campagne("forum-2027").uid
    assert origine_copie(depot, "forum-2028") == "forum-2027"
    assert origine_copie(depot, "forum-2027") is None
    assert depot.campagne("forum-2027").statut == "terminee"  # l'original ne bouge pas


def test_l_apercu_ne_change_rien(depot):
    depot.enregistrer_campagne(ponctuelle("forum", "2027-10-04"))
    avant = [(c.slug, c.compteur_modifications) for c in depot.campagnes()]
    apercu = apercu_annee_suivante(depot, 2027)
    (prevue,) = apercu.a_creer
    assert (prevue.slug, prevue.debut, prevue.ancre) == ("forum-2028", date(2028, 10, 2), None)
    assert prevue.explication == "52 semaines plus tard, premier lundi d'octobre comme l'an dernier"
    assert [(c.slug, c.compteur_modifications) for c in depot.campagnes()] == avant
    assert depot.db["copies_annee"].count == 0


def test_relancer_ne_copie_rien_deux_fois(tmp_path):
    chemin = tmp_path / "plan.sqlite"
    depot = Depot.ouvrir(chemin)
    depot.enregistrer_campagne(ponctuelle("forum", "2027-10-04"))
    depot.enregistrer_campagne(ponctuelle("veille", "2027-03-03"))
    assert len(preparer_annee_suivante(depot, 2027).a_creer) == 2
    depot.fermer()

    depot = Depot.ouvrir(chemin)
    try:
        nombre = depot.nombre_campagnes()
        deuxieme = preparer_annee_suivante(depot, 2027)
        assert deuxieme.a_creer == []
        assert sorted(deuxieme.deja_copiees) == [("forum", "forum-2028"), ("veille", "veille-2028")]
        assert depot.nombre_campagnes() == nombre
        # Une campagne ajoutée depuis est copiée, elle seule.
        depot.enregistrer_campagne(ponctuelle("nouvelle", "2027-11-15"))
        assert [c.slug for c in preparer_annee_suivante(depot, 2027).a_creer] == ["nouvelle-2028"]
    finally:
        depot.fermer()


def test_une_copie_supprimee_peut_etre_refaite(depot):
    depot.enregistrer_campagne(ponctuelle("forum", "2027-10-04"))
    preparer_annee_suivante(depot, 2027)
    depot.supprimer_campagne("forum-2028")
    assert [c.slug for c in apercu_annee_suivante(depot, 2027).a_creer] == ["forum-2028"]


def test_annees_bissextiles_par_semaines_entieres(depot):
    depot.enregistrer_campagne(ponctuelle("automne", "2027-10-04", "2027-10-10"))
    preparer_annee_suivante(depot, 2027)  # 2028 est bissextile : 366 jours
    assert dates(depot, "automne-2028") == (date(2028, 10, 2), date(2028, 10, 8))
    preparer_annee_suivante(depot, 2028)
    assert dates(depot, "automne-2029") == (date(2029, 10, 1), date(2029, 10, 7))
    assert {
        depot.campagne(s).recurrence.debut.weekday() for s in ("automne-2028", "automne-2029")
    } == {0}


def test_pas_de_derive_d_annee_en_annee(depot):
    """Reculer de 52 semaines chaque année glisserait d'un jour ou deux par an ; le rang reste."""
    depot.enregistrer_campagne(ponctuelle("automne", "2029-10-01"))  # premier lundi d'octobre
    (prevue,) = apercu_annee_suivante(depot, 2029).a_creer
    assert (prevue.debut, prevue.decalage_jours) == (date(2030, 10, 7), 53 * 7)
    assert prevue.explication == "53 semaines plus tard, premier lundi d'octobre comme l'an dernier"


def test_un_cinquieme_jour_absent_devient_le_dernier_du_mois(depot):
    depot.enregistrer_campagne(ponctuelle("fin-annee", "2027-12-30"))  # 5e et dernier jeudi
    (prevue,) = apercu_annee_suivante(depot, 2027).a_creer
    assert prevue.debut == date(2028, 12, 28)  # dernier jeudi de décembre 2028 (le 4e)
    assert (
        prevue.explication == "52 semaines plus tard, dernier jeudi de décembre comme l'an dernier"
    )


def test_une_periode_qui_traverse_le_29_fevrier_garde_sa_duree(depot):
    depot.enregistrer_campagne(ponctuelle("hiver", "2027-01-25", "2027-04-04"))
    preparer_annee_suivante(depot, 2027)
    debut, fin = dates(depot, "hiver-2028")
    assert (debut, debut.weekday()) == (date(2028, 1, 24), 0)
    assert (fin - debut).days == (date(2027, 4, 4) - date(2027, 1, 25)).days


def test_29_fevrier_suit_son_ecart_avec_le_4_mars(depot):
    # Le 28 février 2027 est à 4 jours du 4 mars : en 2028, 4 jours avant, c'est le 29 février.
    depot.enregistrer_campagne(ponctuelle("avant-journee", "2027-02-28"))
    preparer_annee_suivante(depot, 2027)
    assert dates(depot, "avant-journee-2028") == (date(2028, 2, 29), date(2028, 2, 29))
    # Et le 29 février 2028 revient le 28 février 2029, toujours 4 jours avant le 4 mars.
    preparer_annee_suivante(depot, 2028)
    assert dates(depot, "avant-journee-2029") == (date(2029, 2, 28), date(2029, 2, 28))


def test_ancre_sur_le_4_mars_qui_tombe_un_week_end(depot):
    depot.enregistrer_campagne(ponctuelle("conference-4-mars", "2027-03-04"))  # un jeudi
    depot.enregistrer_campagne(ponctuelle("lendemain", "2027-03-05", "2027-03-06"))
    (conference, lendemain) = sorted(
        preparer_annee_suivante(depot, 2027).a_creer, key=lambda c: c.debut
    )
    # Le 4 mars 2028 est un samedi : la journée reste le 4 mars, et l'aperçu le signale.
    assert (conference.debut, conference.ancre) == (date(2028, 3, 4), "le 4 mars")
    assert conference.note == "le 4 mars 2028 est un samedi"
    assert lendemain.debut == date(2028, 3, 5)
    assert dates(depot, "lendemain-2028") == (date(2028, 3, 5), date(2028, 3, 6))
    (conference_2029,) = [
        c
        for c in preparer_annee_suivante(depot, 2028).a_creer
        if c.origine_slug == "conference-4-mars-2028"
    ]
    assert (conference_2029.debut, conference_2029.note) == (
        date(2029, 3, 4),
        "le 4 mars 2029 est un dimanche",
    )


def test_semaine_nationale_suit_la_regle_du_plan(depot):
    depot.enregistrer_campagne(ponctuelle("lancement-semaine", "2027-03-01"))
    (prevue,) = apercu_annee_suivante(depot, 2027).a_creer
    assert (prevue.debut, prevue.ancre) == (date(2028, 3, 1), "la semaine nationale")
    semaine = depot.campagne("semaine-nationale")
    semaine.recurrence.rrule = REGLE_SEMAINE_PREMIER_LUNDI
    semaine.recurrence.debut, semaine.recurrence.fin = date(2021, 3, 1), date(2021, 3, 7)
    depot.enregistrer_campagne(semaine)
    (prevue,) = apercu_annee_suivante(depot, 2027).a_creer
    assert prevue.debut == date(2028, 3, 6)  # premier lundi de mars 2028


def test_30_juillet(depot):
    depot.enregistrer_campagne(ponctuelle("avant-30-juillet", "2027-07-28", "2027-07-30"))
    (prevue,) = apercu_annee_suivante(depot, 2027).a_creer
    assert (prevue.debut, prevue.fin, prevue.ancre) == (
        date(2028, 7, 28),
        date(2028, 7, 30),
        "le 30 juillet",
    )


def test_annuler_ne_laisse_aucune_copie(depot):
    for i in range(3):
        depot.enregistrer_campagne(ponctuelle(f"c{i}", f"2027-10-0{i + 4}"))
    avant = depot.nombre_campagnes()
    with pytest.raises(OperationAnnulee):
        preparer_annee_suivante(depot, 2027, annule=lambda: True)
    assert depot.nombre_campagnes() == avant
    assert depot.db["copies_annee"].count == 0


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31)))
def test_toute_date_garde_son_jour_de_semaine_ou_son_ecart_a_l_ancre(jour):
    paire = ([("le 4 mars", date(jour.year, 3, 4))], [("le 4 mars", date(jour.year + 1, 3, 4))])
    nouvelle, ancre = nouvelle_date(paire, jour)
    if ancre:
        assert nouvelle - date(jour.year + 1, 3, 4) == jour - date(jour.year, 3, 4)
        assert abs((jour - date(jour.year, 3, 4)).days) <= 21
    else:
        assert nouvelle.weekday() == jour.weekday()
        assert (nouvelle.year, nouvelle.month) == (jour.year + 1, jour.month)
        assert (nouvelle - jour).days in (364, 371)
        assert rang_dans_le_mois(jour).split()[1:] == rang_dans_le_mois(nouvelle).split()[1:]
