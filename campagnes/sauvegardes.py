"""Copies de sauvegarde de la base par l'API de sauvegarde en ligne de SQLite.

Une copie de fichier pendant une transaction donnerait une sauvegarde corrompue ;
l'API de sauvegarde, elle, est sûre pendant que l'application tourne. Chaque copie est
écrite sous un nom temporaire puis renommée : une sauvegarde listée est toujours entière.

La restauration recopie la sauvegarde DANS la base vivante par la même API, en une seule
transaction : les autres fenêtres ouvertes sur la base voient le nouvel état à leur
prochaine lecture, au lieu de continuer d'écrire dans un fichier remplacé sous elles.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from .erreurs import BaseInvalide, BaseTropRecente, EcritureImpossible, Introuvable

if TYPE_CHECKING:
    from .depot import Depot

GARDE_PAR_MOTIF = {"auto": 10}
"""Combien de copies garder par motif ; les autres motifs en gardent GARDE_AUTRES."""
GARDE_AUTRES = 5
INTERVALLE_AUTO = timedelta(days=1)
MOTIFS = ("auto", "manuelle", "avant-migration", "avant-restauration")
_MOTIF_NOM = re.compile(r"^(?P<base>.+)-(?P<date>\d{8}-\d{6}-\d{6})-(?P<motif>[a-z-]+)\.sqlite$")


@dataclass(frozen=True)
class Sauvegarde:
    """Une copie de la base : ce qu'elle contient, lu dans la copie elle-même."""

    chemin: Path
    date: datetime
    motif: str
    nombre_campagnes: int | None = None
    generation: int | None = None
    erreur: str | None = None

    @property
    def lisible(self) -> bool:
        return self.erreur is None


@dataclass(frozen=True)
class Restauration:
    """Le compte rendu d'une restauration, pour le dire à l'utilisateur."""

    sauvegarde: Path
    nombre_campagnes: int
    etat_precedent: Path | None
    base_endommagee_deplacee: Path | None = None


def dossier_sauvegardes(chemin_base: str | Path | Depot) -> Path:
    """Les sauvegardes vivent dans `sauvegardes/` à côté de la base."""
    chemin = getattr(chemin_base, "chemin", chemin_base)
    if chemin is None:
        raise EcritureImpossible("Une base en mémoire n'a pas de sauvegarde.")
    return Path(chemin).parent / "sauvegardes"


def _nom(chemin_base: Path, motif: str, moment: datetime) -> str:
    return f"{chemin_base.stem}-{moment.strftime('%Y%m%d-%H%M%S-%f')}-{motif}.sqlite"


def _fsync(chemin: Path) -> None:
    fd = os.open(chemin, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copier(source: sqlite3.Connection, chemin_base: Path, motif: str) -> Path:
    """Copie `source` dans un nouveau fichier de `sauvegardes/`, atomiquement ; rend son chemin."""
    from .fichiers import nom_temporaire_prefixe

    dossier = dossier_sauvegardes(chemin_base)
    moment = datetime.now()
    cible = dossier / _nom(chemin_base, motif, moment)
    try:
        dossier.mkdir(parents=True, exist_ok=True)
        fd, nom_temp = tempfile.mkstemp(
            prefix=nom_temporaire_prefixe(cible), suffix=".tmp", dir=dossier
        )
        os.close(fd)
    except OSError as e:
        raise EcritureImpossible(
            f"Impossible de créer la sauvegarde dans « {dossier} » : {e.strerror or e}."
        ) from e
    temporaire = Path(nom_temp)
    try:
        destination = sqlite3.connect(temporaire)
        try:
            source.backup(destination)  # une seule étape : un instantané cohérent
            # La copie hérite du mode WAL : on la remet en journal classique pour qu'elle
            # se lise sans fichier annexe ; les sessions ouvertes n'y ont pas de sens.
            destination.execute("PRAGMA journal_mode=DELETE")
            tables = {r[0] for r in destination.execute("SELECT name FROM sqlite_master")}
            if "sessions" in tables:
                destination.execute("DELETE FROM sessions")
            if "meta" in tables:
                destination.executemany(
                    "INSERT OR REPLACE INTO meta (cle, valeur) VALUES (?, ?)",
                    [("sauvegarde_le", moment.isoformat()), ("sauvegarde_motif", motif)],
                )
            destination.commit()
        finally:
            destination.close()
        _fsync(temporaire)
        os.replace(temporaire, cible)
    except (OSError, sqlite3.Error) as e:
        _supprimer_avec_annexes(temporaire)
        raise EcritureImpossible(
            f"La sauvegarde de « {chemin_base.name} » a échoué ({e}) ; la base n'a pas changé."
        ) from e
    except BaseException:
        _supprimer_avec_annexes(temporaire)
        raise
    _elaguer(chemin_base, motif)
    return cible


def _supprimer_avec_annexes(chemin: Path) -> None:
    for suffixe in ("", "-journal", "-wal", "-shm"):
        Path(f"{chemin}{suffixe}").unlink(missing_ok=True)


def _fichiers(chemin_base: Path) -> list[tuple[Path, datetime, str]]:
    """Les sauvegardes de cette base (pas celles d'une autre base du même dossier)."""
    dossier = dossier_sauvegardes(chemin_base)
    if not dossier.is_dir():
        return []
    resultat = []
    for fichier in dossier.iterdir():
        m = _MOTIF_NOM.match(fichier.name)
        if m and m["base"] == chemin_base.stem and fichier.is_file():
            moment = datetime.strptime(m["date"], "%Y%m%d-%H%M%S-%f")
            resultat.append((fichier, moment, m["motif"]))
    return sorted(resultat, key=lambda x: x[1], reverse=True)


def _elaguer(chemin_base: Path, motif: str) -> None:
    garder = GARDE_PAR_MOTIF.get(motif, GARDE_AUTRES)
    memes = [f for f, _, m in _fichiers(chemin_base) if m == motif]
    for vieille in memes[garder:]:
        vieille.unlink(missing_ok=True)


def sauvegarder(depot: Depot, motif: str = "manuelle") -> Path:
    """Copie la base ouverte dans `sauvegardes/` ; garde un nombre borné de copies par motif."""
    if depot.chemin is None:
        raise EcritureImpossible("Une base en mémoire n'a pas de sauvegarde.")
    return _copier(depot.db.conn, depot.chemin, motif)


def sauvegarde_automatique(depot: Depot, au_demarrage: bool = False) -> Path | None:
    """Au démarrage, et après une journée de modifications : une copie si la base a changé.

    La base n'est recopiée que si sa génération (qui monte à chaque modification) diffère
    de celle de la dernière copie : des démarrages sans modification ne chassent pas les
    bonnes copies plus anciennes.
    """
    if depot.chemin is None or depot.lecture_seule:
        return None
    generation = depot.generation()
    lisibles = [s for s in lister_sauvegardes(depot.chemin) if s.lisible]
    if lisibles:
        derniere = lisibles[0]
        if derniere.generation == generation:
            return None
        if not au_demarrage and datetime.now() - derniere.date < INTERVALLE_AUTO:
            return None
    return sauvegarder(depot, "auto")


def _ouvrir_copie(chemin: Path) -> sqlite3.Connection:
    """Une copie se lit figée (immutable) : ni verrou, ni fichier annexe, ni écriture.

    Un fichier accompagné d'un journal -wal (une base vivante choisie comme source) se
    lit normalement en lecture seule : figé, il ignorerait les dernières modifications.
    """
    uri = chemin.resolve().as_uri()
    if Path(f"{chemin}-wal").exists():
        return sqlite3.connect(f"{uri}?mode=ro", uri=True)
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)


def _decrire(chemin: Path, moment: datetime, motif: str) -> Sauvegarde:
    try:
        conn = _ouvrir_copie(chemin)
        try:
            nombre = conn.execute("SELECT count(*) FROM campagnes").fetchone()[0]
            meta = dict(conn.execute("SELECT cle, valeur FROM meta"))
        finally:
            conn.close()
    except sqlite3.Error as e:
        return Sauvegarde(chemin, moment, motif, erreur=f"copie illisible ({e})")
    generation = meta.get("generation")
    return Sauvegarde(
        chemin,
        moment,
        motif,
        nombre_campagnes=nombre,
        generation=int(generation) if generation is not None else 0,
    )


def lister_sauvegardes(chemin_base: str | Path) -> list[Sauvegarde]:
    """Les sauvegardes de la base, la plus récente d'abord, avec leur nombre de campagnes."""
    return [_decrire(*f) for f in _fichiers(Path(chemin_base))]


def _verifier_copie(chemin: Path) -> int:
    """Vérifie qu'un fichier est une base Campagnes entière et connue ; rend ses campagnes."""
    from .depot import ID_APPLICATION, _verifier_entete
    from .schema import migrations

    if not chemin.is_file():
        raise Introuvable(f"La sauvegarde « {chemin} » n'existe pas.")
    _verifier_entete(chemin)
    if chemin.stat().st_size == 0:
        raise BaseInvalide(f"« {chemin.name} » est vide : ce n'est pas une sauvegarde.")
    try:
        conn = _ouvrir_copie(chemin)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != ID_APPLICATION:
                raise BaseInvalide(f"« {chemin.name} » n'est pas une sauvegarde de Campagnes.")
            resultat = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if resultat != ["ok"]:
                raise BaseInvalide(f"La sauvegarde « {chemin.name} » est endommagée.")
            connues = {m.name for m in migrations._migrations}
            appliquees = {
                r[0]
                for r in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                    [migrations.name],
                )
            }
            if appliquees - connues:
                raise BaseTropRecente(
                    f"La sauvegarde « {chemin.name} » vient d'une version plus récente de "
                    "Campagnes ; mettez l'application à jour pour la restaurer."
                )
            return conn.execute("SELECT count(*) FROM campagnes").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        raise BaseInvalide(f"La sauvegarde « {chemin.name} » est illisible ({e}).") from e


def _trouver(chemin_base: Path, sauvegarde: str | Path | Sauvegarde) -> Path:
    chemin = Path(getattr(sauvegarde, "chemin", sauvegarde))
    if not chemin.exists() and not chemin.is_absolute():
        dans_dossier = dossier_sauvegardes(chemin_base) / chemin
        if dans_dossier.exists():
            return dans_dossier
    return chemin


def _base_saine(chemin_base: Path) -> sqlite3.Connection | None:
    """Une connexion à la base actuelle si elle est saine et à nous ; sinon None."""
    from .depot import ID_APPLICATION, _verifier_entete

    try:
        _verifier_entete(chemin_base)
    except BaseInvalide:
        return None
    conn = sqlite3.connect(str(chemin_base), timeout=10)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != ID_APPLICATION:
            conn.close()
            return None
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            conn.close()
            return None
    except sqlite3.DatabaseError:
        conn.close()
        return None
    return conn


def _deplacer_endommagee(chemin_base: Path) -> Path:
    """Met une base illisible de côté, avec ses fichiers annexes : on ne détruit rien."""
    suffixe = datetime.now().strftime("%Y%m%d-%H%M%S")
    cote = chemin_base.with_name(f"{chemin_base.name}.endommagee-{suffixe}")
    for annexe in ("-wal", "-shm", "-journal"):
        source = Path(f"{chemin_base}{annexe}")
        if source.exists():
            os.replace(source, f"{cote}{annexe}")
    os.replace(chemin_base, cote)
    return cote


def restaurer(chemin_base: str | Path, sauvegarde: str | Path | Sauvegarde) -> Restauration:
    """Remplace le contenu de la base par celui d'une sauvegarde, sans rien perdre.

    1. La sauvegarde est vérifiée en entier (integrity_check, version connue).
    2. L'état actuel est sauvegardé (« avant-restauration ») ; une base illisible est mise
       de côté sous un autre nom plutôt qu'écrasée.
    3. La copie entre dans la base par l'API de sauvegarde, en une transaction : un arrêt
       brutal pendant l'opération laisse l'ancien état entier.
    4. La base restaurée est rouverte et vérifiée (integrity_check, nombre de campagnes).
    """
    from .depot import Depot

    chemin_base = Path(chemin_base)
    source_chemin = _trouver(chemin_base, sauvegarde)
    if (
        source_chemin.exists()
        and chemin_base.exists()
        and os.path.samefile(source_chemin, chemin_base)
    ):
        raise BaseInvalide(
            f"« {source_chemin} » est la base elle-même, pas une sauvegarde : choisissez un "
            "fichier du dossier des sauvegardes (campagnes sauvegardes)."
        )
    nombre = _verifier_copie(source_chemin)
    etat_precedent = deplacee = None
    vivante = _base_saine(chemin_base) if chemin_base.exists() else None
    if vivante is None and chemin_base.exists() and chemin_base.stat().st_size > 0:
        deplacee = _deplacer_endommagee(chemin_base)
    source = _ouvrir_copie(source_chemin)
    try:
        if vivante is not None:
            try:
                etat_precedent = _copier(vivante, chemin_base, "avant-restauration")
                sessions = []
                generation = vivante.execute(
                    "SELECT valeur FROM meta WHERE cle = 'generation'"
                ).fetchone()
                if vivante.execute(
                    "SELECT 1 FROM sqlite_master WHERE name = 'sessions'"
                ).fetchone():
                    sessions = vivante.execute("SELECT * FROM sessions").fetchall()
                source.backup(vivante)  # une transaction sur la base vivante
                _apres_restauration(vivante, sessions, int(generation[0]) if generation else 0)
            except sqlite3.Error as e:
                raise EcritureImpossible(
                    f"La restauration a échoué ({e}) ; la base est restée dans son état précédent."
                ) from e
            finally:
                vivante.close()
        else:
            chemin_base.parent.mkdir(parents=True, exist_ok=True)
            from .fichiers import nom_temporaire_prefixe

            fd, nom_temp = tempfile.mkstemp(
                prefix=nom_temporaire_prefixe(chemin_base), suffix=".tmp", dir=chemin_base.parent
            )
            os.close(fd)
            temporaire = Path(nom_temp)
            neuve = sqlite3.connect(temporaire)
            try:
                source.backup(neuve)
                neuve.execute("PRAGMA journal_mode=DELETE")
                _apres_restauration(neuve, [], 0)
            finally:
                neuve.close()
            _fsync(temporaire)
            os.replace(temporaire, chemin_base)
    finally:
        source.close()
    depot = Depot.ouvrir(chemin_base, charger_catalogue=False)
    try:
        verification = [r[0] for r in depot.db.execute("PRAGMA integrity_check")]
        obtenu = depot.nombre_campagnes()
    finally:
        depot.fermer()
    if verification != ["ok"] or obtenu != nombre:
        raise BaseInvalide(
            f"La base restaurée ne correspond pas à la sauvegarde ({obtenu} campagne(s) au lieu "
            f"de {nombre}) ; l'état précédent est gardé dans « {etat_precedent or deplacee} »."
        )
    return Restauration(source_chemin, nombre, etat_precedent, deplacee)


def _apres_restauration(conn: sqlite3.Connection, sessions: list[tuple], avant: int) -> None:
    """Garde les sessions en cours ; la génération dépasse celle d'avant : c'est un nouvel état."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    with contextlib.closing(conn.cursor()) as curseur:
        curseur.execute("BEGIN IMMEDIATE")
        if "sessions" in tables:
            curseur.execute("DELETE FROM sessions")
            if sessions:
                curseur.executemany("INSERT INTO sessions VALUES (?, ?, ?, ?)", sessions)
        curseur.execute("DELETE FROM meta WHERE cle IN ('sauvegarde_le', 'sauvegarde_motif')")
        curseur.execute(
            "INSERT INTO meta (cle, valeur) VALUES ('generation', ?) ON CONFLICT(cle) "
            "DO UPDATE SET valeur = max(CAST(valeur AS INTEGER), ?) + 1",
            [avant + 1, avant],
        )
        curseur.execute("COMMIT")
