"""Les libellés des codes du domaine (statuts, types, mois), traduisibles par Qt.

Le domaine stocke des codes ; l'interface les affiche par ces tables, marquées pour
pyside6-lupdate avec QT_TRANSLATE_NOOP et traduites au moment de l'affichage.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXTE = "libelles"

STATUTS = {
    "proposee": QT_TRANSLATE_NOOP("libelles", "proposée"),
    "planifiee": QT_TRANSLATE_NOOP("libelles", "planifiée"),
    "confirmee": QT_TRANSLATE_NOOP("libelles", "confirmée"),
    "en_cours": QT_TRANSLATE_NOOP("libelles", "en cours"),
    "terminee": QT_TRANSLATE_NOOP("libelles", "terminée"),
    "annulee": QT_TRANSLATE_NOOP("libelles", "annulée"),
}

STATUTS_MATERIEL = {
    "a_produire": QT_TRANSLATE_NOOP("libelles", "à produire"),
    "en_production": QT_TRANSLATE_NOOP("libelles", "en production"),
    "pret": QT_TRANSLATE_NOOP("libelles", "prêt"),
    "diffuse": QT_TRANSLATE_NOOP("libelles", "diffusé"),
}

TYPES_MATERIEL = {
    "affiche": QT_TRANSLATE_NOOP("libelles", "affiche"),
    "dépliant": QT_TRANSLATE_NOOP("libelles", "dépliant"),
    "vidéo": QT_TRANSLATE_NOOP("libelles", "vidéo"),
    "publicité numérique": QT_TRANSLATE_NOOP("libelles", "publicité numérique"),
    "message radio": QT_TRANSLATE_NOOP("libelles", "message radio"),
    "site Web": QT_TRANSLATE_NOOP("libelles", "site Web"),
    "trousse": QT_TRANSLATE_NOOP("libelles", "trousse"),
    "formation": QT_TRANSLATE_NOOP("libelles", "formation"),
    "autre": QT_TRANSLATE_NOOP("libelles", "autre"),
}

ETATS_MATERIEL = {
    "en_retard": QT_TRANSLATE_NOOP("libelles", "en retard"),
    "bientot": QT_TRANSLATE_NOOP("libelles", "bientôt dû"),
    "a_temps": QT_TRANSLATE_NOOP("libelles", "à temps"),
    "termine": QT_TRANSLATE_NOOP("libelles", "terminé"),
    "sans_echeance": QT_TRANSLATE_NOOP("libelles", "sans échéance"),
}

LANGUES_MATERIEL = {
    "fr": QT_TRANSLATE_NOOP("libelles", "français"),
    "en": QT_TRANSLATE_NOOP("libelles", "anglais"),
    "iu": QT_TRANSLATE_NOOP("libelles", "inuktitut"),
    "cr": QT_TRANSLATE_NOOP("libelles", "cri"),
    "es": QT_TRANSLATE_NOOP("libelles", "espagnol"),
    "ar": QT_TRANSLATE_NOOP("libelles", "arabe"),
    "zh": QT_TRANSLATE_NOOP("libelles", "chinois"),
    "autre": QT_TRANSLATE_NOOP("libelles", "autre langue"),
}

MOIS_COURTS = (
    QT_TRANSLATE_NOOP("libelles", "janv."),
    QT_TRANSLATE_NOOP("libelles", "févr."),
    QT_TRANSLATE_NOOP("libelles", "mars"),
    QT_TRANSLATE_NOOP("libelles", "avr."),
    QT_TRANSLATE_NOOP("libelles", "mai"),
    QT_TRANSLATE_NOOP("libelles", "juin"),
    QT_TRANSLATE_NOOP("libelles", "juill."),
    QT_TRANSLATE_NOOP("libelles", "août"),
    QT_TRANSLATE_NOOP("libelles", "sept."),
    QT_TRANSLATE_NOOP("libelles", "oct."),
    QT_TRANSLATE_NOOP("libelles", "nov."),
    QT_TRANSLATE_NOOP("libelles", "déc."),
)


def libelle(table: dict[str, str], code: str) -> str:
    """Le libellé traduit d'un code ; un code inconnu s'affiche tel quel."""
    texte = table.get(code)
    return QCoreApplication.translate(CONTEXTE, texte) if texte else code


def mois_court(numero: int) -> str:
    return QCoreApplication.translate(CONTEXTE, MOIS_COURTS[numero - 1])


STYLE_ERREUR = "color: #b3261e; font-weight: bold;"
"""Le style des messages d'erreur affichés à côté d'un champ, dans tous les dialogues."""
