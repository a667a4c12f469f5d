"""Lire vite un gros plan : l'aperçu d'une liste dit la même chose que les campagnes entières."""

from __future__ import annotations

from campagnes.depot import Depot


def test_l_apercu_d_une_liste_dit_ce_que_la_campagne_entiere_dit(chemin_base):
    depot = Depot.ouvrir(chemin_base)
    try:
        apercus = {a.slug: a for a in depot.apercus()}
        assert len(apercus) == 13
        for c in depot.campagnes():
            a = apercus[c.slug]
            assert (a.titre, a.statut, a.couleur) == (c.titre, c.statut, c.couleur)
            assert (a.debut, a.fin, a.rrule) == (
                c.recurrence.debut,
                c.recurrence.fin,
                c.recurrence.rrule,
            )
            assert a.nombre_materiels == len(c.materiels)
            assert a.compteur_modifications == c.compteur_modifications
        assert [a.slug for a in depot.apercus()] == [c.slug for c in depot.campagnes()]
    finally:
        depot.fermer()
