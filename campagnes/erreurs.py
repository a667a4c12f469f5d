"""Les erreurs connues du domaine : chacune porte une phrase française pour l'utilisateur.

L'interface les attrape à une seule frontière et affiche le message ; la ligne de
commande l'écrit sur stderr et sort avec le code 1. Toute autre exception est un bogue.
"""


class ErreurCampagnes(Exception):
    """Base des erreurs qu'un utilisateur peut provoquer et comprendre."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class BaseInvalide(ErreurCampagnes):
    """Le fichier n'est pas une base Campagnes, ou il est endommagé."""


class BaseTropRecente(ErreurCampagnes):
    """La base vient d'une version plus récente de l'application."""


class BaseVerrouillee(ErreurCampagnes):
    """Une autre instance écrit dans la base depuis trop longtemps."""


class BaseEnLectureSeule(ErreurCampagnes):
    """La base est ouverte en lecture seule : toute modification est refusée."""


class DonneesInvalides(ErreurCampagnes):
    """Une saisie ou une ligne d'import ne respecte pas les règles."""


class FichierInvalide(ErreurCampagnes):
    """Un fichier importé (CSV, iCalendar) est illisible ou mal formé."""


class EcritureImpossible(ErreurCampagnes):
    """Un fichier de sortie n'a pas pu être écrit ; l'ancien reste intact."""


class Introuvable(ErreurCampagnes):
    """L'objet demandé (campagne, recommandation…) n'existe pas."""


class ConflitModification(ErreurCampagnes):
    """La campagne a été modifiée ailleurs depuis sa lecture."""


class OperationAnnulee(ErreurCampagnes):
    """L'utilisateur a annulé une opération longue ; rien n'a été écrit."""

    def __init__(self, message: str = "Opération annulée : rien n'a été modifié."):
        super().__init__(message)
