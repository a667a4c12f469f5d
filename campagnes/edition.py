"""Les modifications qu'on fait à une campagne depuis le plan, en fonctions pures.

La fenêtre et la ligne de commande les appellent pour obtenir la campagne modifiée,
puis l'enregistrent dans une seule transaction ; rien ici ne touche la base.
"""

from __future__ import annotations

import copy
from datetime import date

from .calendrier import date_fr, debuts_entre, fin_pour
from .erreurs import DonneesInvalides
from .modele import Campagne, ExceptionAnnuelle, Recurrence


def deplacer_occurrence(campagne: Campagne, date_origine: date, debut: date, fin: date) -> Campagne:
    """La campagne dont l'occurrence née le `date_origine` a lieu du `debut` au `fin` (inclus).

    Une campagne récurrente reçoit une exception pour l'année de l'occurrence (les autres
    années ne bougent pas) ; ramener l'occurrence à ses dates normales retire l'exception.
    Une campagne ponctuelle reçoit simplement ses nouvelles dates.
    """
    if fin < debut:
        raise DonneesInvalides(f"La fin ({date_fr(fin)}) précède le début ({date_fr(debut)}).")
    resultat = copy.deepcopy(campagne)
    rec = campagne.recurrence
    if not rec.rrule:
        if date_origine != rec.debut:
            raise DonneesInvalides(
                f"La campagne « {campagne.titre} » n'a pas lieu le {date_fr(date_origine)}."
            )
        resultat.recurrence = Recurrence(debut=debut, fin=fin, rrule=None)
        return resultat
    if date_origine not in debuts_entre(rec, date_origine, date_origine):
        raise DonneesInvalides(
            f"La campagne « {campagne.titre} » ne commence pas le {date_fr(date_origine)}."
        )
    annee = date_origine.year
    autres = [e for e in resultat.exceptions if e.annee != annee]
    if (debut, fin) != (date_origine, fin_pour(rec, date_origine)):
        autres.append(ExceptionAnnuelle(annee=annee, debut=debut, fin=fin))
    resultat.exceptions = sorted(autres, key=lambda e: e.annee)
    return resultat
