"""Les tableaux de suivi : matériels en retard, publics non atteints, recommandations orphelines."""

from __future__ import annotations

from datetime import date

from campagnes.modele import Campagne, Materiel, PublicCible, Recommandation, Recurrence
from campagnes.suivi import campagnes_par_recommandation, couverture_publics, suivi_materiels


def _campagne(**kw) -> Campagne:
    valeurs = dict(
        slug="c",
        titre="Campagne",
        recurrence=Recurrence(
            date(2021, 3, 4), date(2021, 3, 4), "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=4"
        ),
    )
    valeurs.update(kw)
    return Campagne(**valeurs)


def test_echeance_tiree_du_delai_avant_le_lancement_de_l_annee():
    c = _campagne(materiels=[Materiel("Affiche", delai_jours=30)])
    [s] = suivi_materiels([c], 2027, aujourd_hui=date(2027, 1, 1))
    assert s.echeance == date(2027, 2, 2)
    assert s.etat == "a_temps"


def test_etats_en_retard_bientot_et_termine():
    c = _campagne(
        materiels=[
            Materiel("En retard", echeance=date(2027, 1, 10)),
            Materiel("Bientôt", echeance=date(2027, 1, 20)),
            Materiel("Fini", echeance=date(2027, 1, 10), statut="pret"),
            Materiel("Sans date"),
        ]
    )
    etats = {s.materiel.titre: s.etat for s in suivi_materiels([c], 2027, date(2027, 1, 15))}
    assert etats == {
        "En retard": "en_retard",
        "Bientôt": "bientot",
        "Fini": "termine",
        "Sans date": "sans_echeance",
    }


def test_couverture_par_mois_et_public_non_atteint():
    c = _campagne(publics=[PublicCible("Parents")])
    ete = _campagne(
        slug="ete",
        titre="Été",
        publics=[PublicCible("Jeunes")],
        recurrence=Recurrence(date(2027, 6, 15), date(2027, 8, 31)),
    )
    grille = couverture_publics([c, ete], 2027, ["Parents", "Jeunes", "Aînés"])
    assert grille["Parents"][2] == ["Campagne"]
    assert sum(map(len, grille["Parents"])) == 1
    assert [bool(m) for m in grille["Jeunes"]] == [False] * 5 + [True] * 3 + [False] * 4
    assert grille["Aînés"] == [[] for _ in range(12)]


def test_recommandation_sans_campagne():
    c = _campagne(recommandations=[2, 3])
    recos = [Recommandation(n, 1, f"texte {n}") for n in (1, 2, 3)]
    index = campagnes_par_recommandation([c], recos)
    assert index[1] == []
    assert [x.slug for x in index[2]] == ["c"]
