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


_SOURCES_IMPORTEES = """
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    nom TEXT NOT NULL UNIQUE,
    slug TEXT NOT NULL UNIQUE,
    couleur TEXT NOT NULL DEFAULT '#6b6b6b',
    fichier TEXT NOT NULL DEFAULT '',
    empreinte TEXT NOT NULL DEFAULT '',
    importe_le TEXT NOT NULL
);
CREATE TABLE evenements_importes (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    uid TEXT NOT NULL,
    recurrence TEXT NOT NULL DEFAULT '',
    titre TEXT NOT NULL,
    debut TEXT NOT NULL,
    fin TEXT NOT NULL,
    debut_heure TEXT,
    fin_heure TEXT,
    description TEXT NOT NULL DEFAULT '',
    lieu TEXT NOT NULL DEFAULT '',
    sequence INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source_id, uid, recurrence)
);
CREATE INDEX idx_evenements_importes_dates ON evenements_importes(debut, fin)
"""


@migrations()
def m002_sources_importees(db: Database) -> None:
    """Les calendriers des partenaires : une source par partenaire, ses occurrences développées.

    `recurrence` vaut l'origine de l'occurrence (RECURRENCE-ID) ou '' pour un événement
    unique ; (source, uid, recurrence) identifie une occurrence d'un import à l'autre.
    `debut`/`fin` sont des dates locales (America/Toronto), fin incluse, comme le plan.
    """
    executer(db, _SOURCES_IMPORTEES)


_SUIVI_ET_REGISTRES = """
CREATE TABLE indicateurs (
    id INTEGER PRIMARY KEY,
    campagne_id INTEGER NOT NULL REFERENCES campagnes(id) ON DELETE CASCADE,
    rang INTEGER NOT NULL,
    nom TEXT NOT NULL,
    unite TEXT NOT NULL DEFAULT '',
    reference REAL,
    cible REAL,
    resultat REAL,
    source TEXT NOT NULL DEFAULT '',
    date_mesure TEXT
);
CREATE INDEX idx_indicateurs_campagne ON indicateurs(campagne_id);
CREATE TABLE avertissements_ecartes (
    ident TEXT PRIMARY KEY,
    raison TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    ecarte_le TEXT NOT NULL
);
CREATE TABLE copies_annee (
    origine_uid TEXT NOT NULL,
    annee INTEGER NOT NULL,
    copie_uid TEXT NOT NULL,
    copiee_le TEXT NOT NULL,
    PRIMARY KEY (origine_uid, annee)
);
CREATE TABLE gabarits (
    id INTEGER PRIMARY KEY,
    nom TEXT NOT NULL UNIQUE,
    origine TEXT NOT NULL DEFAULT '',
    contenu TEXT NOT NULL,
    cree_le TEXT NOT NULL
);
CREATE TABLE sceau_titulaires (
    id INTEGER PRIMARY KEY,
    identifiant TEXT NOT NULL UNIQUE,
    nom TEXT NOT NULL,
    type TEXT NOT NULL,
    region_code TEXT NOT NULL REFERENCES regions(code),
    date_octroi TEXT NOT NULL,
    date_renouvellement TEXT,
    date_formation TEXT,
    affiches_en_place INTEGER NOT NULL DEFAULT 0,
    remarques TEXT NOT NULL DEFAULT ''
);
CREATE INDEX idx_sceau_region ON sceau_titulaires(region_code);
CREATE TABLE affichage_etablissements (
    id INTEGER PRIMARY KEY,
    identifiant TEXT NOT NULL UNIQUE,
    nom TEXT NOT NULL,
    type TEXT NOT NULL,
    region_code TEXT NOT NULL REFERENCES regions(code),
    suivi TEXT NOT NULL DEFAULT ''
);
CREATE INDEX idx_affichage_region ON affichage_etablissements(region_code);
CREATE TABLE affichage_affiches (
    etablissement_id INTEGER NOT NULL REFERENCES affichage_etablissements(id) ON DELETE CASCADE,
    affiche TEXT NOT NULL,
    en_place INTEGER NOT NULL DEFAULT 0,
    langues TEXT NOT NULL DEFAULT 'fr',
    version TEXT NOT NULL DEFAULT '',
    date_verification TEXT,
    PRIMARY KEY (etablissement_id, affiche)
)
"""


@migrations()
def m010_suivi_et_registres(db: Database) -> None:
    """Indicateurs, avertissements écartés, copies d'année, gabarits, registres du sceau et de l'affichage."""
    executer(db, _SUIVI_ET_REGISTRES)


@migrations()
def m011_sessions(db: Database) -> None:
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
