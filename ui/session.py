"""Le plan ouvert dans la fenêtre : la base, la pile d'annulation et les campagnes lues.

Chaque modification passe par le domaine (Depot), dans sa propre transaction, puis
devient une commande de la pile : annuler réécrit l'état d'avant, lui aussi dans sa
transaction. Les vues ne lisent jamais la base directement ; elles écoutent
`donnees_modifiees` et relisent ce qui les concerne.
"""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from campagnes.depot import Depot
from campagnes.edition import deplacer_occurrence
from campagnes.erreurs import DonneesInvalides, ErreurCampagnes, Introuvable
from campagnes.indicateurs import enregistrer_indicateurs, indicateurs
from campagnes.modele import Campagne, Chapitre, Recommandation, Region

TOUTES_ENTITES = frozenset({"campagnes", "materiels", "publics", "recommandations"})


def entites_touchees(avant: Campagne | None, apres: Campagne | None) -> set[str]:
    """Ce qu'une modification change, pour que seules les vues concernées se rechargent."""
    if avant is None or apres is None:
        return set(TOUTES_ENTITES)
    touchees = {"campagnes"}
    dates = avant.recurrence != apres.recurrence or avant.exceptions != apres.exceptions
    if dates or avant.materiels != apres.materiels or avant.titre != apres.titre:
        touchees.add("materiels")
    if dates or avant.publics != apres.publics or avant.statut != apres.statut:
        touchees.add("publics")
    if avant.recommandations != apres.recommandations or avant.titre != apres.titre:
        touchees.add("recommandations")
    return touchees


class CommandeCampagne(QUndoCommand):
    """Fait passer une campagne d'un état à l'autre (None : elle n'existe pas).

    Le premier passage a déjà été écrit par la session avant l'empilement ; ensuite
    chaque annulation ou rétablissement est une transaction. En cas d'échec (base
    modifiée ailleurs, disque), l'erreur est signalée et la commande quitte la pile.
    """

    def __init__(
        self, session: Session, avant: Campagne | None, apres: Campagne | None, texte: str
    ):
        super().__init__(texte)
        self.session = session
        self.avant = avant
        self.apres = apres
        self._deja_fait = True
        self._courant = apres

    def redo(self) -> None:
        if self._deja_fait:
            self._deja_fait = False
            return
        self._aller_vers(self.apres)

    def undo(self) -> None:
        self._aller_vers(self.avant)

    def _aller_vers(self, cible: Campagne | None) -> None:
        try:
            self._courant = self.session._ecrire(self._courant, cible)
        except ErreurCampagnes as e:
            self.setObsolete(True)
            self.session.erreur_survenue.emit(e)


class Session(QObject):
    """La base ouverte et ses campagnes.

    Signaux :
      donnees_modifiees(set[str]) — les entités changées (« campagnes », « materiels »,
        « publics », « recommandations ») ; chaque vue se recharge si elle en dépend.
      erreur_survenue(ErreurCampagnes) — une erreur connue à montrer en une phrase.
    """

    donnees_modifiees = Signal(object)
    erreur_survenue = Signal(object)

    def __init__(self, depot: Depot, parent: QObject | None = None):
        super().__init__(parent)
        self.depot = depot
        self.pile = QUndoStack(self)
        self._par_slug: dict[str, Campagne] | None = None
        self._indicateurs_supprimes: dict[str, list] = {}
        self._recommandations = depot.recommandations()
        self._chapitres = depot.chapitres()
        self._regions = depot.regions()

    # --- lecture (depuis le cache) -----------------------------------------------------

    def campagnes(self) -> list[Campagne]:
        """Toutes les campagnes, lues une fois puis tenues à jour à chaque écriture."""
        if self._par_slug is None:
            self._par_slug = {c.slug: c for c in self.depot.campagnes()}
        return list(self._par_slug.values())

    def campagne(self, slug: str) -> Campagne:
        self.campagnes()
        assert self._par_slug is not None
        try:
            return copy.deepcopy(self._par_slug[slug])
        except KeyError:
            raise Introuvable(f"Aucune campagne ne porte l'identifiant « {slug} ».") from None

    def existe(self, slug: str) -> bool:
        self.campagnes()
        assert self._par_slug is not None
        return slug in self._par_slug

    def recommandations(self) -> list[Recommandation]:
        return self._recommandations

    def chapitres(self) -> list[Chapitre]:
        return self._chapitres

    def regions(self) -> list[Region]:
        return self._regions

    def noms(self, table: str) -> list[str]:
        return self.depot.noms(table)

    def recharger(self) -> None:
        """Relit tout depuis la base (après un import fait hors de la pile)."""
        self._par_slug = None
        self.donnees_modifiees.emit(set(TOUTES_ENTITES))

    # --- écriture -----------------------------------------------------------------------

    def creer(self, campagne: Campagne, texte: str = "") -> bool:
        if self.existe(campagne.slug):
            self.erreur_survenue.emit(
                DonneesInvalides(f"Une campagne porte déjà l'identifiant « {campagne.slug} ».")
            )
            return False
        return self._executer(
            None, campagne, texte or self.tr("Créer « %1 »").replace("%1", campagne.titre)
        )

    def modifier(self, campagne: Campagne, texte: str = "") -> bool:
        try:
            avant = self.campagne(campagne.slug)
        except Introuvable as e:
            self.erreur_survenue.emit(e)
            return False
        return self._executer(
            avant, campagne, texte or self.tr("Modifier « %1 »").replace("%1", campagne.titre)
        )

    def supprimer(self, slug: str) -> bool:
        try:
            avant = self.campagne(slug)
        except Introuvable as e:
            self.erreur_survenue.emit(e)
            return False
        return self._executer(avant, None, self.tr("Supprimer « %1 »").replace("%1", avant.titre))

    def deplacer(self, slug: str, date_origine: date, debut: date, fin: date) -> bool:
        """Déplace une occurrence (glisser dans la frise) ; annulable comme toute modification."""
        try:
            deplacee = deplacer_occurrence(self.campagne(slug), date_origine, debut, fin)
        except ErreurCampagnes as e:
            self.erreur_survenue.emit(e)
            return False
        return self._executer(
            self.campagne(slug), deplacee, self.tr("Déplacer « %1 »").replace("%1", deplacee.titre)
        )

    def _executer(self, avant: Campagne | None, apres: Campagne | None, texte: str) -> bool:
        try:
            ecrite = self._ecrire(avant, apres)
        except ErreurCampagnes as e:
            self.erreur_survenue.emit(e)
            return False
        if (
            avant is not None
            and ecrite is not None
            and (ecrite.compteur_modifications == avant.compteur_modifications)
        ):
            return True  # rien n'a changé : rien à annuler
        self.pile.push(CommandeCampagne(self, avant, ecrite, texte))
        return True

    def _ecrire(self, courant: Campagne | None, cible: Campagne | None) -> Campagne | None:
        """Une transaction : remplace `courant` par `cible` dans la base et dans le cache."""
        self.campagnes()
        assert self._par_slug is not None
        if cible is None:
            assert courant is not None
            # Les indicateurs partent avec la campagne (ON DELETE CASCADE) : on les garde pour
            # qu'annuler la suppression les rende aussi.
            self._indicateurs_supprimes[courant.slug] = indicateurs(self.depot, courant.slug)
            self.depot.supprimer_campagne(courant.slug)
            del self._par_slug[courant.slug]
        else:
            attendu = courant.compteur_modifications if courant is not None else None
            if (
                courant is None
                and self.depot.db.execute(
                    "SELECT 1 FROM campagnes WHERE slug = ?", [cible.slug]
                ).fetchone()
            ):
                raise DonneesInvalides(f"Une campagne porte déjà l'identifiant « {cible.slug} ».")
            with self.depot.transaction():
                cible = self.depot.enregistrer_campagne(cible, compteur_attendu=attendu)
                gardes = (
                    self._indicateurs_supprimes.pop(cible.slug, None) if courant is None else None
                )
                if gardes:
                    enregistrer_indicateurs(self.depot, cible.slug, gardes)
            self._par_slug[cible.slug] = cible
        self.donnees_modifiees.emit(entites_touchees(courant, cible))
        return copy.deepcopy(cible) if cible is not None else None
