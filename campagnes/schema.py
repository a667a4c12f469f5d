"""Le schéma de la base, en migrations ordonnées (sqlite-utils `Migrations`).

On n'efface ni ne réordonne jamais une migration publiée : on en ajoute une à la fin.
Le SQL est écrit à la main pour les ON DELETE CASCADE, que `Table.create` ne sait pas dire.
"""

from sqlite_utils import Database, Migrations

migrations = Migrations("campagnes")

_SCHEMA_INITIAL = """
CREATE TABLE meta (cle TEXT PRIMARY KEY, valeur TEXT);
CREATE TABLE chapitres (numero INTEGER PRIMARY KEY, titre TEXT NOT NULL);
CREATE TABLE recommandations (
    numero INTEGER PRIMARY KEY,
    chapitre INTEGER NOT NULL REFERENCES chapitres(numero),
    texte TEXT NOT NULL
);
CREATE TABLE regions (code TEXT PRIMARY KEY, nom TEXT NOT NULL);
CREATE TABLE publics (id INTEGER PRIMARY KEY, nom TEXT NOT NULL UNIQUE);
CREATE TABLE partenaires (id INTEGER PRIMARY KEY, nom TEXT NOT NULL UNIQUE, type TEXT DEFAULT '');
CREATE TABLE canaux (id INTEGER PRIMARY KEY, nom TEXT NOT NULL UNIQUE);
CREATE TABLE campagnes (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    uid TEXT NOT NULL UNIQUE,
    titre TEXT NOT NULL,
    description TEXT DEFAULT '',
    contexte TEXT DEFAULT '',
    objectifs TEXT DEFAULT '',
    messages_cles TEXT DEFAULT '',
    ton TEXT DEFAULT '',
    langues TEXT DEFAULT 'fr',
    statut TEXT NOT NULL,
    responsable TEXT DEFAULT '',
    budget REAL,
    couleur TEXT DEFAULT '#1f5fa8',
    debut TEXT NOT NULL,
    fin TEXT NOT NULL,
    rrule TEXT,
    compteur_modifications INTEGER NOT NULL DEFAULT 0,
    cree_le TEXT NOT NULL,
    modifie_le TEXT NOT NULL
);
CREATE TABLE campagne_publics (
    campagne_id INTEGER NOT NULL REFERENCES campagnes(id) ON DELETE CASCADE,
    public_id INTEGER NOT NULL REFERENCES publics(id),
    rang INTEGER NOT NULL,
    objectif TEXT DEFAULT '',
    action TEXT DEFAULT '',
    PRIMARY KEY (campagne_id, public_id)
);
CREATE TABLE campagne_partenaires (
    campagne_id INTEGER NOT NULL REFERENCES campagnes(id) ON DELETE CASCADE,
    partenaire_id INTEGER NOT NULL REFERENCES partenaires(id),
    rang INTEGER NOT NULL,
    PRIMARY KEY (campagne_id, partenaire_id)
);
CREATE TABLE campagne_canaux (
    campagne_id INTEGER NOT NULL REFERENCES campagnes(id) ON DELETE CASCADE,
    canal_id INTEGER NOT NULL REFERENCES canaux(id),
    rang INTEGER NOT NULL,
    PRIMARY KEY (campagne_id, canal_id)
);
CREATE TABLE campagne_regions (
    campagne_id INTEGER NOT NULL REFERENCES campagnes(id) ON DELETE CASCADE,
    region_code TEXT NOT NULL REFERENCES regions(code),
    rang INTEGER NOT NULL,
    PRIMARY KEY (campagne_id, region_code)
);
CREATE TABLE campagne_recommandations (
    campagne_id INTEGER NOT NULL REFERENCES campagnes(id) ON DELETE CASCADE,
    recommandation INTEGER NOT NULL REFERENCES recommandations(numero),
    rang INTEGER NOT NULL,
    PRIMARY KEY (campagne_id, recommandation)
);
CREATE TABLE materiels (
    id INTEGER PRIMARY KEY,
    campagne_id INTEGER NOT NULL REFERENCES campagnes(id) ON DELETE CASCADE,
    rang INTEGER NOT NULL,
    titre TEXT NOT NULL,
    type TEXT DEFAULT 'autre',
    langue TEXT DEFAULT 'fr',
    statut TEXT DEFAULT 'a_produire',
    echeance TEXT,
    delai_jours INTEGER,
    quantite INTEGER,
    lieux_diffusion TEXT DEFAULT ''
);
CREATE TABLE jalons (
    id INTEGER PRIMARY KEY,
    campagne_id INTEGER NOT NULL REFERENCES campagnes(id) ON DELETE CASCADE,
    libelle TEXT NOT NULL,
    jours_avant INTEGER NOT NULL
);
CREATE TABLE exceptions (
    campagne_id INTEGER NOT NULL REFERENCES campagnes(id) ON DELETE CASCADE,
    annee INTEGER NOT NULL,
    debut TEXT,
    fin TEXT,
    annulee INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (campagne_id, annee)
);
CREATE INDEX idx_materiels_campagne ON materiels(campagne_id);
CREATE INDEX idx_jalons_campagne ON jalons(campagne_id);
CREATE INDEX idx_campagnes_titre ON campagnes(titre);
"""


def executer(db: Database, script: str) -> None:
    """Exécute un script instruction par instruction : executescript validerait en cours de route."""
    for instruction in script.split(";"):
        if instruction.strip():
            db.execute(instruction)


@migrations()
def m001_schema_initial(db: Database) -> None:
    executer(db, _SCHEMA_INITIAL)


@migrations()
def m002_sessions(db: Database) -> None:
    """Une ligne par processus qui a la base ouverte en écriture : celle d'un processus tué
    reste derrière lui et signale un arrêt brutal au démarrage suivant."""
    executer(
        db,
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            hote TEXT NOT NULL,
            pid INTEGER NOT NULL,
            ouverte_le TEXT NOT NULL
        )
        """,
    )
