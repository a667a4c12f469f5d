"""Installe les registres du suivi (issue 7) dans la fenêtre : onglets « Sceau » et « Affichage ».

Les renouvellements du sceau sont des occurrences du calendrier (source « Registre du
sceau ») : la frise de l'année doit donc se recharger quand le registre du sceau change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from .fenetre import FenetrePrincipale


def installer(fenetre: FenetrePrincipale) -> None:
    from . import registre_affichage, registre_sceau

    def tr(texte: str) -> str:
        """Contexte vide : celui où pyside6-lupdate range les appels `tr(...)` nus."""
        return QCoreApplication.translate("", texte)

    session = fenetre.session
    fenetre.vue_sceau = registre_sceau.VueSceau(
        registre_sceau.creer_registre(session), fenetre.aujourd_hui
    )
    fenetre.vue_affichage = registre_affichage.VueAffichage(
        registre_affichage.creer_registre(session)
    )
    fenetre.onglets.addTab(fenetre.vue_sceau, tr("Sceau"))
    fenetre.onglets.addTab(fenetre.vue_affichage, tr("Affichage"))

    # Pas de raccourci Ctrl+N : d'autres fonctionnalités ajoutent aussi des onglets.
    affichage = fenetre.menus["affichage"]
    avant = affichage.actions()[len(fenetre.actions_onglets)]  # le séparateur après les onglets
    for texte, vue in (
        (tr("Registre du &sceau"), fenetre.vue_sceau),
        (tr("Registre de l'a&ffichage"), fenetre.vue_affichage),
    ):
        action = fenetre._action(
            texte, None, lambda _=False, v=vue: fenetre.onglets.setCurrentWidget(v)
        )
        affichage.insertAction(avant, action)

    imprimer = fenetre._action(
        tr("Titulaires du sceau par &région (PDF)…"), None, fenetre.vue_sceau.imprimer
    )
    fenetre.menus["exporter"].addAction(imprimer)
