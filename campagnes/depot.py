"""Le dépôt : la base SQLite d'un plan, lue et écrite par transactions entières.

Chaque action d'un utilisateur est une seule transaction (`Depot.transaction`) : elle
réussit en entier ou ne laisse aucune trace. sqlite-utils 4 valide chaque écriture
isolée ; seul `db.atomic()` (ou notre BEGIN IMMEDIATE) regroupe plusieurs écritures.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import NamedTuple

import sqlite_utils

from .erreurs import (
    BaseEnLectureSeule,
    BaseInvalide,
    BaseTropRecente,
    BaseVerrouillee,
    ConflitModification,
    DonneesInvalides,
    ErreurCampagnes,
    Introuvable,
)
from .modele import (
    Campagne,
    Chapitre,
    ExceptionAnnuelle,
    Jalon,
    Materiel,
    PublicCible,
    Recommandation,
    Recurrence,
    Region,
)
from .schema import migrations

ENTETE_SQLITE = b"SQLite format 3\x00"
ID_APPLICATION = 0x43534D31  # « CSM1 » : marque le fichier comme base Campagnes
DOMAINE_UID = "campagnes.csesm.quebec"


def maintenant() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _date(texte: str | None) -> date | None:
    return date.fromisoformat(texte) if texte else None


def _datetime(texte: str | None) -> datetime | None:
    return datetime.fromisoformat(texte) if texte else None


def uid_pour(slug: str, catalogue: bool = False) -> str:
    """Un UID iCalendar qui ne change jamais : dérivé du slug pour le catalogue, aléatoire sinon."""
    if catalogue:
        return f"{slug}@{DOMAINE_UID}"
    return f"{uuid.uuid4()}@{DOMAINE_UID}"


def _heure_locale(horodatage: str) -> str:
    moment = datetime.fromisoformat(horodatage).astimezone()
    return moment.strftime("%Y-%m-%d à %H:%M")


def _avis_lecture_seule(chemin: Path) -> str:
    return (
        f"« {chemin} » est dans un dossier (ou un fichier) en lecture seule : la base est "
        "ouverte en lecture seule. Vous pouvez la consulter et l'exporter, pas la modifier."
    )


def _message_endommagee(chemin: Path | None, detail: str, apres_arret: bool = False) -> str:
    """Dit que la base est endommagée et, s'il y en a une, quelle sauvegarde restaurer."""
    debut = "Après un arrêt brutal, la" if apres_arret else "La"
    message = f"{debut} base « {chemin} » est endommagée ou illisible ({detail}) ; elle n'a pas été modifiée."
    if chemin is not None:
        from .sauvegardes import lister_sauvegardes

        lisibles = [s for s in lister_sauvegardes(chemin) if s.lisible]
        if lisibles:
            message += (
                f" Sauvegarde la plus récente : « {lisibles[0].chemin.name} » "
                f"({lisibles[0].nombre_campagnes} campagne(s)) ; pour la restaurer : "
                f"campagnes restaurer « {lisibles[0].chemin} »."
            )
    return message


def _verifier_entete(chemin: Path) -> None:
    """Refuse un fichier qui n'est pas SQLite, avant toute connexion (voir research/)."""
    if not chemin.exists() or chemin.stat().st_size == 0:
        return
    if chemin.is_dir():
        raise BaseInvalide(f"« {chemin} » est un dossier, pas une base Campagnes.")
    try:
        with open(chemin, "rb") as fichier:
            entete = fichier.read(16)
    except OSError as e:
        raise BaseInvalide(f"Impossible de lire « {chemin} » : {e.strerror}.") from e
    if entete != ENTETE_SQLITE:
        raise BaseInvalide(
            f"« {chemin} » n'est pas une base Campagnes (ce n'est pas un fichier SQLite)."
        )


def _dossier_modifiable(chemin: Path) -> bool:
    """Faux si le dossier ou le fichier est en lecture seule (droits, support, partage)."""
    dossier = chemin.parent if str(chemin.parent) else Path(".")
    if not os.access(dossier, os.W_OK):
        return False
    return not chemin.exists() or os.access(chemin, os.W_OK)


def _connexion_lecture_seule(chemin: Path) -> tuple[sqlite3.Connection, bool]:
    """Ouvre la base sans jamais l'écrire ; rend (connexion, figée).

    En WAL, SQLite doit créer les fichiers -wal et -shm même pour lire : dans un dossier
    en lecture seule, `mode=ro` échoue (« unable to open database file »). On ouvre alors
    la base `immutable=1` (figée : ni verrou ni fichier annexe), ce qui n'est sûr que si
    aucun journal -wal non intégré n'existe ; sinon on refuse plutôt que de lire faux.
    """
    uri = chemin.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn, False
    except sqlite3.OperationalError as e:
        with contextlib.suppress(NameError):
            conn.close()
        if getattr(e, "sqlite_errorcode", 14) & 0xFF != 14:  # SQLITE_CANTOPEN
            raise BaseInvalide(f"Impossible d'ouvrir « {chemin} » : {e}.") from e
    journal = chemin.with_name(chemin.name + "-wal")
    if journal.exists() and journal.stat().st_size > 0:
        raise BaseEnLectureSeule(
            f"« {chemin} » est dans un dossier en lecture seule et son journal (« {journal.name} ») "
            "contient des modifications pas encore intégrées : ouvrez-la une fois depuis un "
            "dossier où vous pouvez écrire."
        )
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as e:
        raise BaseInvalide(f"Impossible d'ouvrir « {chemin} » : {e}.") from e
    return conn, True


def _erreur_ecriture_impossible(e: sqlite3.Error) -> bool:
    """L'erreur dit-elle que le fichier ou son dossier ne s'écrit pas ?"""
    return getattr(e, "sqlite_errorcode", 0) & 0xFF in (8, 14) or "readonly" in str(e)


class ApercuCampagne(NamedTuple):
    """Ce qu'une liste de campagnes affiche, sans les publics, matériels et liens."""

    slug: str
    titre: str
    statut: str
    couleur: str
    debut: date
    fin: date
    rrule: str | None
    nombre_materiels: int
    compteur_modifications: int


class Depot:
    """Une base Campagnes ouverte. Reste sur le fil d'exécution qui l'a ouverte.

    `avis` : les phrases à montrer à l'utilisateur après l'ouverture (lecture seule,
    arrêt brutal précédent vérifié, fichiers temporaires supprimés).
    """

    def __init__(self, db: sqlite_utils.Database, chemin: Path | None, lecture_seule: bool):
        self.db = db
        self.chemin = chemin
        self.lecture_seule = lecture_seule
        self.avis: list[str] = []
        self._session: int | None = None
        self._compter_generation = True

    # --- ouverture -------------------------------------------------------------------

    @classmethod
    def ouvrir(
        cls,
        chemin: str | Path | None,
        *,
        charger_catalogue: bool = True,
        lecture_seule: bool = False,
    ) -> Depot:
        """Ouvre (ou crée) la base ; `None` ouvre une base en mémoire, pour les tests.

        Un fichier étranger, endommagé ou plus récent est refusé sans être modifié. Une
        base qu'on ne peut pas écrire (dossier en lecture seule) s'ouvre en lecture seule,
        avec un avis dans `depot.avis`.
        """
        if chemin is None:
            db = sqlite_utils.Database(memory=True, execute_plugins=False)
            depot = cls(db, None, False)
            avis: list[str] = []
        else:
            chemin = Path(chemin)
            _verifier_entete(chemin)
            nouvelle = not chemin.exists() or chemin.stat().st_size == 0
            if nouvelle and lecture_seule:
                raise Introuvable(f"La base « {chemin} » n'existe pas.")
            avis = []
            if nouvelle:
                try:
                    chemin.parent.mkdir(parents=True, exist_ok=True)
                except OSError as e:
                    raise BaseInvalide(
                        f"Impossible de créer le dossier « {chemin.parent} » : {e.strerror}."
                    ) from e
                if not _dossier_modifiable(chemin):
                    raise BaseEnLectureSeule(
                        f"Impossible de créer la base « {chemin} » : le dossier est en lecture seule."
                    )
            elif not lecture_seule and not _dossier_modifiable(chemin):
                lecture_seule = True
                avis.append(_avis_lecture_seule(chemin))
            try:
                return cls._ouvrir_fichier(chemin, charger_catalogue, lecture_seule, avis)
            except sqlite3.OperationalError as e:
                # Droits refusés sans que os.access l'ait vu (partage réseau, ACL) : on
                # retente en lecture seule plutôt que d'échouer.
                if lecture_seule or nouvelle or not _erreur_ecriture_impossible(e):
                    raise BaseInvalide(f"Impossible d'ouvrir « {chemin} » : {e}.") from e
                avis.append(_avis_lecture_seule(chemin))
                return cls._ouvrir_fichier(chemin, charger_catalogue, True, avis)
        try:
            depot._preparer(charger_catalogue)
        except BaseException:
            db.close()
            raise
        depot.avis = avis + depot.avis
        return depot

    @classmethod
    def _ouvrir_fichier(
        cls, chemin: Path, charger_catalogue: bool, lecture_seule: bool, avis: list[str]
    ) -> Depot:
        try:
            if lecture_seule:
                conn, figee = _connexion_lecture_seule(chemin)
                if figee:
                    avis.append(
                        "Les modifications faites ailleurs pendant que la base est ouverte "
                        "n'apparaîtront qu'à sa prochaine ouverture."
                    )
            else:
                conn = sqlite3.connect(str(chemin), timeout=10)
        except sqlite3.Error as e:
            raise BaseInvalide(f"Impossible d'ouvrir « {chemin} » : {e}.") from e
        db = sqlite_utils.Database(conn, execute_plugins=False)
        depot = cls(db, chemin, lecture_seule)
        try:
            depot._preparer(charger_catalogue)
        except sqlite3.OperationalError as e:
            db.close()
            if _erreur_ecriture_impossible(e) and not lecture_seule:
                raise
            if getattr(e, "sqlite_errorcode", 0) & 0xFF in (5, 6):  # BUSY, LOCKED
                raise BaseVerrouillee(
                    f"La base « {chemin} » est occupée par une autre fenêtre de Campagnes "
                    "(un long import ?) ; réessayez dans un instant. Rien n'a été modifié."
                ) from e
            raise BaseInvalide(_message_endommagee(chemin, str(e))) from e
        except sqlite3.DatabaseError as e:
            db.close()
            raise BaseInvalide(_message_endommagee(chemin, str(e))) from e
        except BaseException:
            db.close()
            raise
        depot.avis = avis + depot.avis
        return depot

    def _preparer(self, charger_catalogue: bool) -> None:
        """Vérifie d'abord (sans rien écrire), puis règle la connexion, migre et charge."""
        db = self.db
        id_app = db.execute("PRAGMA application_id").fetchone()[0]
        tables = set(db.table_names())
        if id_app not in (0, ID_APPLICATION) or (id_app == 0 and tables):
            raise BaseInvalide(
                f"« {self.chemin} » est une base SQLite d'une autre application, pas une base Campagnes."
            )
        if tables and db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise BaseInvalide(_message_endommagee(self.chemin, "vérification échouée"))
        self._verifier_version()
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA busy_timeout=10000")
        en_attente = migrations.pending(db)
        if self.lecture_seule:
            if en_attente and tables:
                raise BaseEnLectureSeule(
                    f"« {self.chemin} » vient d'une version antérieure de Campagnes et doit être "
                    "mise à jour, ce qui est impossible en lecture seule : ouvrez-la depuis un "
                    "dossier où vous pouvez écrire."
                )
            return
        abandonnees = self._sessions_abandonnees(tables)
        if self.chemin is not None:
            try:
                db.enable_wal()
            except sqlite3.OperationalError:
                pass  # WAL impossible (dossier réseau) : on garde le journal classique.
            db.execute("PRAGMA synchronous=FULL")
        self._compter_generation = False
        try:
            if en_attente:
                if tables and self.chemin is not None:
                    from .sauvegardes import sauvegarder

                    sauvegarder(self, motif="avant-migration")
                with self.transaction():
                    db.execute(f"PRAGMA application_id={ID_APPLICATION}")
                migrations.apply(db)
            if charger_catalogue:
                from .catalogue import charger_si_absent

                charger_si_absent(self)
            if self.chemin is not None:
                self._ouvrir_session(abandonnees)
        finally:
            self._compter_generation = True

    def _verifier_version(self) -> None:
        if "_sqlite_migrations" not in self.db.table_names():
            return
        connues = {m.name for m in migrations._migrations}
        inconnues = [m.name for m in migrations.applied(self.db) if m.name not in connues]
        if inconnues:
            raise BaseTropRecente(
                f"La base « {self.chemin} » vient d'une version plus récente de Campagnes ; "
                "mettez l'application à jour pour l'ouvrir. Elle n'a pas été modifiée."
            )

    # --- sessions : détection d'un arrêt brutal ---------------------------------------

    def _sessions_abandonnees(self, tables: set[str]) -> list[tuple[int, str]]:
        """Les sessions de ce poste dont le processus est mort : un arrêt brutal.

        Appelée avant toute écriture : SQLite a déjà annulé la transaction inachevée en
        rouvrant la base ; on vérifie toute la base (integrity_check) avant d'y toucher.
        """
        from .fichiers import marque_processus, processus_vivant

        if "sessions" not in tables or self.chemin is None:
            return []
        hote = marque_processus().split("-")[0]
        abandonnees = [
            (ident, ouverte_le)
            for ident, pid, ouverte_le in self.db.execute(
                "SELECT id, pid, ouverte_le FROM sessions WHERE hote = ?", [hote]
            )
            if not processus_vivant(pid)
        ]
        if abandonnees:
            resultat = [r[0] for r in self.db.execute("PRAGMA integrity_check")]
            if resultat != ["ok"]:
                raise BaseInvalide(
                    _message_endommagee(self.chemin, "; ".join(resultat[:3]), apres_arret=True)
                )
        return abandonnees

    def _ouvrir_session(self, abandonnees: list[tuple[int, str]]) -> None:
        """Inscrit ce processus, retire les sessions abandonnées et dit ce qui a été vérifié."""
        from .fichiers import marque_processus, nettoyer_temporaires

        db = self.db
        hote = marque_processus().split("-")[0]
        temporaires = nettoyer_temporaires(self.chemin.parent)
        dossier_sauvegardes = self.chemin.parent / "sauvegardes"
        if dossier_sauvegardes.is_dir():
            temporaires += nettoyer_temporaires(dossier_sauvegardes)
        if abandonnees:
            quand = _heure_locale(max(o for _, o in abandonnees))
            self.avis.append(
                f"Campagnes ne s'était pas fermé normalement (session ouverte le {quand}). "
                f"La base a été vérifiée en entier (integrity_check) : elle est intacte et "
                f"contient {self.nombre_campagnes()} campagne(s). Toute modification confirmée "
                "avant l'arrêt est conservée ; une modification inachevée a été annulée en entier."
            )
        if temporaires:
            self.avis.append(
                f"{len(temporaires)} fichier(s) temporaire(s) laissé(s) par un export ou une "
                "sauvegarde interrompu(e) ont été supprimé(s) ; les fichiers précédents sont intacts."
            )
        with self.transaction():
            if abandonnees:
                db.execute(
                    f"DELETE FROM sessions WHERE id IN ({','.join('?' * len(abandonnees))})",
                    [i for i, _ in abandonnees],
                )
            self._session = (
                db["sessions"]
                .insert({"hote": hote, "pid": os.getpid(), "ouverte_le": maintenant()})
                .last_pk
            )

    def fermer(self) -> None:
        """Ferme proprement : la session est retirée, le prochain démarrage ne dira rien."""
        if self._session is not None:
            try:
                self._compter_generation = False
                with self.transaction():
                    self.db.execute("DELETE FROM sessions WHERE id = ?", [self._session])
            except (sqlite3.Error, ErreurCampagnes):
                pass  # base occupée : le prochain démarrage vérifiera la base, sans perte.
            self._session = None
        self.db.close()

    # --- transactions ----------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """Une action d'utilisateur : tout ou rien, verrou d'écriture pris d'emblée.

        Chaque transaction qui change quelque chose fait monter la « génération » de la base
        (clé meta) : les sauvegardes automatiques savent ainsi si elle a changé depuis la
        dernière copie.
        """
        if self.lecture_seule:
            raise BaseEnLectureSeule(
                "Cette base est ouverte en lecture seule : aucune modification n'est possible."
            )
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            if _erreur_ecriture_impossible(e):
                raise BaseEnLectureSeule(
                    "La base ne peut pas être écrite (fichier ou dossier en lecture seule) : "
                    "aucune modification n'a été faite."
                ) from e
            raise BaseVerrouillee(
                "La base est occupée par une autre fenêtre de Campagnes ; réessayez dans un instant."
            ) from e
        changements = self.db.conn.total_changes
        try:
            yield self.db
            if self._compter_generation and self.db.conn.total_changes != changements:
                self.db.execute(
                    "INSERT INTO meta (cle, valeur) VALUES ('generation', '1') ON CONFLICT(cle) "
                    "DO UPDATE SET valeur = CAST(valeur AS INTEGER) + 1"
                )
        except BaseException:
            self.db.rollback()
            raise
        else:
            self.db.commit()

    def generation(self) -> int:
        """Monte à chaque modification enregistrée, par n'importe quel processus."""
        valeur = self.meta("generation") if "meta" in self.db.table_names() else None
        return int(valeur or 0)

    def modifiee_ailleurs(self) -> bool:
        """Vrai si un autre processus a écrit depuis le dernier appel (PRAGMA data_version).

        Peu coûteux : la fenêtre peut l'appeler souvent et relire si besoin.
        """
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        precedente, self._data_version = getattr(self, "_data_version", version), version
        return version != precedente

    # --- métadonnées -----------------------------------------------------------------

    def meta(self, cle: str) -> str | None:
        rangee = self.db.execute("SELECT valeur FROM meta WHERE cle = ?", [cle]).fetchone()
        return rangee[0] if rangee else None

    def ecrire_meta(self, cle: str, valeur: str) -> None:
        with self.transaction():
            self.db["meta"].upsert({"cle": cle, "valeur": valeur}, pk="cle")

    # --- référentiels ------------------------------------------------------------------

    def chapitres(self) -> list[Chapitre]:
        return [Chapitre(**r) for r in self.db.query("SELECT * FROM chapitres ORDER BY numero")]

    def recommandations(self) -> list[Recommandation]:
        return [
            Recommandation(**r)
            for r in self.db.query(
                "SELECT numero, chapitre, texte FROM recommandations ORDER BY numero"
            )
        ]

    def recommandation(self, numero: int) -> Recommandation:
        rangee = self.db.execute(
            "SELECT numero, chapitre, texte FROM recommandations WHERE numero = ?", [numero]
        ).fetchone()
        if not rangee:
            raise Introuvable(f"La recommandation n° {numero} n'existe pas (1 à 58).")
        return Recommandation(*rangee)

    def numeros_recommandations(self) -> set[int]:
        return {r[0] for r in self.db.execute("SELECT numero FROM recommandations")}

    def regions(self) -> list[Region]:
        return [Region(**r) for r in self.db.query("SELECT code, nom FROM regions ORDER BY code")]

    def noms(self, table: str) -> list[str]:
        """Les noms connus d'un référentiel : publics, partenaires ou canaux."""
        if table not in ("publics", "partenaires", "canaux"):
            raise ValueError(table)
        return [r[0] for r in self.db.execute(f"SELECT nom FROM {table} ORDER BY nom")]

    # --- lecture des campagnes ---------------------------------------------------------

    def nombre_campagnes(self) -> int:
        return self.db.execute("SELECT count(*) FROM campagnes").fetchone()[0]

    def apercus(self) -> list[ApercuCampagne]:
        """Une ligne par campagne, en une requête : de quoi afficher une longue liste.

        Dix fois moins cher que `campagnes()` sur 10 000 campagnes (mesuré dans
        tests/benchmarks/bench_domaine.py) ; la fenêtre lit la campagne entière
        (`campagne(slug)`) seulement quand on l'ouvre.
        """
        return [
            ApercuCampagne(
                r[0], r[1], r[2], r[3], date.fromisoformat(r[4]), date.fromisoformat(r[5]), *r[6:]
            )
            for r in self.db.execute(
                "SELECT c.slug, c.titre, c.statut, c.couleur, c.debut, c.fin, c.rrule, "
                "(SELECT count(*) FROM materiels m WHERE m.campagne_id = c.id), "
                "c.compteur_modifications FROM campagnes c ORDER BY c.titre, c.id"
            )
        ]

    def slugs(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT slug FROM campagnes ORDER BY slug")]

    def campagne(self, slug: str) -> Campagne:
        trouvees = self._lire_campagnes("WHERE c.slug = ?", [slug])
        if not trouvees:
            raise Introuvable(f"Aucune campagne ne porte l'identifiant « {slug} ».")
        return trouvees[0]

    def campagnes(self) -> list[Campagne]:
        """Toutes les campagnes, avec leurs liens, en quelques requêtes groupées."""
        return self._lire_campagnes("", [])

    def _lire_campagnes(self, where: str, params: list) -> list[Campagne]:
        # Des dizaines de milliers de petits objets sans cycle : le ramasse-miettes
        # cyclique n'a rien à y trouver et doublait le temps de lecture (mesuré).
        reactiver = gc.isenabled()
        gc.disable()
        try:
            return self._construire_campagnes(where, params)
        finally:
            if reactiver:
                gc.enable()

    def _construire_campagnes(self, where: str, params: list) -> list[Campagne]:
        db = self.db
        rangees = list(
            db.query(f"SELECT c.* FROM campagnes c {where} ORDER BY c.titre, c.id", params)
        )
        if not rangees:
            return []
        ids = [r["id"] for r in rangees]
        filtre = "" if not where else f"WHERE campagne_id IN ({','.join('?' * len(ids))})"
        args = [] if not where else ids

        def grouper(sql: str) -> dict[int, list[tuple]]:
            groupes: dict[int, list[tuple]] = defaultdict(list)
            for rangee in db.execute(sql.format(filtre=filtre), args):
                groupes[rangee[0]].append(rangee[1:])
            return groupes

        publics = grouper(
            "SELECT cp.campagne_id, p.nom, cp.objectif, cp.action FROM campagne_publics cp "
            "JOIN publics p ON p.id = cp.public_id {filtre} ORDER BY cp.campagne_id, cp.rang"
        )
        partenaires = grouper(
            "SELECT cp.campagne_id, p.nom FROM campagne_partenaires cp "
            "JOIN partenaires p ON p.id = cp.partenaire_id {filtre} ORDER BY cp.campagne_id, cp.rang"
        )
        canaux = grouper(
            "SELECT cc.campagne_id, c.nom FROM campagne_canaux cc "
            "JOIN canaux c ON c.id = cc.canal_id {filtre} ORDER BY cc.campagne_id, cc.rang"
        )
        regions = grouper(
            "SELECT campagne_id, region_code FROM campagne_regions {filtre} ORDER BY campagne_id, rang"
        )
        recos = grouper(
            "SELECT campagne_id, recommandation FROM campagne_recommandations {filtre} "
            "ORDER BY campagne_id, rang"
        )
        materiels = grouper(
            "SELECT campagne_id, titre, type, langue, statut, echeance, delai_jours, quantite, "
            "lieux_diffusion, id FROM materiels {filtre} ORDER BY campagne_id, rang, id"
        )
        jalons = grouper(
            "SELECT campagne_id, libelle, jours_avant, id FROM jalons {filtre} "
            "ORDER BY campagne_id, jours_avant DESC, id"
        )
        exceptions = grouper(
            "SELECT campagne_id, annee, debut, fin, annulee FROM exceptions {filtre} "
            "ORDER BY campagne_id, annee"
        )
        resultat = []
        for r in rangees:
            i = r["id"]
            resultat.append(
                Campagne(
                    id=i,
                    slug=r["slug"],
                    uid=r["uid"],
                    titre=r["titre"],
                    recurrence=Recurrence(
                        debut=date.fromisoformat(r["debut"]),
                        fin=date.fromisoformat(r["fin"]),
                        rrule=r["rrule"] or None,
                    ),
                    description=r["description"] or "",
                    contexte=r["contexte"] or "",
                    objectifs=r["objectifs"] or "",
                    messages_cles=r["messages_cles"] or "",
                    ton=r["ton"] or "",
                    langues=[x for x in (r["langues"] or "").split(",") if x],
                    statut=r["statut"],
                    responsable=r["responsable"] or "",
                    budget=r["budget"],
                    couleur=r["couleur"] or "#1f5fa8",
                    recommandations=[x[0] for x in recos.get(i, [])],
                    publics=[PublicCible(*x) for x in publics.get(i, [])],
                    partenaires=[x[0] for x in partenaires.get(i, [])],
                    canaux=[x[0] for x in canaux.get(i, [])],
                    regions=[x[0] for x in regions.get(i, [])],
                    materiels=[
                        Materiel(
                            titre=m[0],
                            type=m[1] or "autre",
                            langue=m[2] or "fr",
                            statut=m[3] or "a_produire",
                            echeance=_date(m[4]),
                            delai_jours=m[5],
                            quantite=m[6],
                            lieux_diffusion=m[7] or "",
                            id=m[8],
                        )
                        for m in materiels.get(i, [])
                    ],
                    jalons=[
                        Jalon(libelle=j[0], jours_avant=j[1], id=j[2]) for j in jalons.get(i, [])
                    ],
                    exceptions=[
                        ExceptionAnnuelle(
                            annee=e[0], debut=_date(e[1]), fin=_date(e[2]), annulee=bool(e[3])
                        )
                        for e in exceptions.get(i, [])
                    ],
                    compteur_modifications=r["compteur_modifications"],
                    cree_le=_datetime(r["cree_le"]),
                    modifie_le=_datetime(r["modifie_le"]),
                )
            )
        return resultat

    # --- écriture des campagnes --------------------------------------------------------

    def enregistrer_campagne(
        self, campagne: Campagne, *, compteur_attendu: int | None = None
    ) -> Campagne:
        """Crée ou met à jour une campagne (par son slug), en une transaction.

        Avec `compteur_attendu`, refuse d'écraser une modification faite ailleurs entre-temps.
        """
        with self.transaction():
            self._ecrire_campagne(campagne, compteur_attendu=compteur_attendu)
        return self.campagne(campagne.slug)

    def enregistrer_campagnes(
        self, campagnes: Iterable[Campagne], progression=None, annule=None
    ) -> dict[str, int]:
        """Écrit plusieurs campagnes en une seule transaction (import).

        Rend le compte par résultat : {"creee": n, "modifiee": n, "inchangee": n}.
        """
        liste = list(campagnes)
        comptes = {"creee": 0, "modifiee": 0, "inchangee": 0}
        with self.transaction():
            numeros = self.numeros_recommandations()
            for n, campagne in enumerate(liste, 1):
                if annule and annule():
                    from .erreurs import OperationAnnulee

                    raise OperationAnnulee()
                comptes[self._ecrire_campagne(campagne, numeros=numeros)] += 1
                if progression and (n % 200 == 0 or n == len(liste)):
                    progression(n, len(liste))
        return comptes

    def supprimer_campagne(self, slug: str) -> None:
        with self.transaction():
            curseur = self.db.execute("DELETE FROM campagnes WHERE slug = ?", [slug])
            if curseur.rowcount == 0:
                raise Introuvable(f"Aucune campagne ne porte l'identifiant « {slug} ».")

    def _contenu(self, campagne: Campagne) -> dict:
        """Ce qui, s'il change, doit faire monter le compteur (et la SEQUENCE iCalendar)."""
        contenu = asdict(campagne)
        for cle in ("id", "uid", "compteur_modifications", "cree_le", "modifie_le"):
            contenu.pop(cle)
        for m in contenu["materiels"] + contenu["jalons"]:
            m.pop("id", None)
        return contenu

    def _ecrire_campagne(
        self,
        c: Campagne,
        compteur_attendu: int | None = None,
        numeros: set[int] | None = None,
    ) -> str:
        db = self.db
        from .validation import valider_campagne

        valider_campagne(c, self.numeros_recommandations() if numeros is None else numeros)
        existante = db.execute(
            "SELECT id, uid, compteur_modifications, cree_le FROM campagnes WHERE slug = ?",
            [c.slug],
        ).fetchone()
        horodatage = maintenant()
        if existante:
            ident, uid, compteur, cree_le = existante
            if compteur_attendu is not None and compteur != compteur_attendu:
                raise ConflitModification(
                    f"La campagne « {c.titre} » a été modifiée ailleurs (dans une autre fenêtre "
                    "ou sur un autre poste) depuis que vous l'avez ouverte ; rechargez-la avant "
                    "d'enregistrer."
                )
            ancienne = self._lire_campagnes("WHERE c.id = ?", [ident])[0]
            if self._contenu(ancienne) == self._contenu(c):
                return "inchangee"
            compteur += 1
        else:
            ident, uid, compteur, cree_le = None, c.uid or uid_pour(c.slug), 0, horodatage
        valeurs = {
            "slug": c.slug,
            "uid": uid,
            "titre": c.titre,
            "description": c.description,
            "contexte": c.contexte,
            "objectifs": c.objectifs,
            "messages_cles": c.messages_cles,
            "ton": c.ton,
            "langues": ",".join(c.langues),
            "statut": c.statut,
            "responsable": c.responsable,
            "budget": c.budget,
            "couleur": c.couleur,
            "debut": c.recurrence.debut.isoformat(),
            "fin": c.recurrence.fin.isoformat(),
            "rrule": c.recurrence.rrule,
            "compteur_modifications": compteur,
            "cree_le": cree_le,
            "modifie_le": horodatage,
        }
        # SQL direct dans notre transaction : les insert_all de sqlite-utils relisent le
        # schéma à chaque appel (10 appels par campagne), trois fois plus lent à l'import.
        conn = db.conn
        if ident is None:
            colonnes = ", ".join(valeurs)
            ident = conn.execute(
                f"INSERT INTO campagnes ({colonnes}) VALUES ({', '.join('?' * len(valeurs))})",
                list(valeurs.values()),
            ).lastrowid
        else:
            affectations = ", ".join(f"{k} = ?" for k in valeurs)
            conn.execute(
                f"UPDATE campagnes SET {affectations} WHERE id = ?", [*valeurs.values(), ident]
            )
            for table in (
                "campagne_publics",
                "campagne_partenaires",
                "campagne_canaux",
                "campagne_regions",
                "campagne_recommandations",
                "materiels",
                "jalons",
                "exceptions",
            ):
                conn.execute(f"DELETE FROM {table} WHERE campagne_id = ?", [ident])
        conn.executemany(
            "INSERT OR REPLACE INTO campagne_publics "
            "(campagne_id, public_id, rang, objectif, action) VALUES (?, ?, ?, ?, ?)",
            [
                (ident, self._id_nom("publics", p.nom), rang, p.objectif, p.action)
                for rang, p in enumerate(c.publics)
            ],
        )
        for table, cle, noms in (
            ("partenaires", "partenaire_id", c.partenaires),
            ("canaux", "canal_id", c.canaux),
        ):
            conn.executemany(
                f"INSERT OR REPLACE INTO campagne_{table} (campagne_id, {cle}, rang) VALUES (?, ?, ?)",
                [
                    (ident, self._id_nom(table, nom), rang)
                    for rang, nom in enumerate(dict.fromkeys(noms))
                ],
            )
        conn.executemany(
            "INSERT OR REPLACE INTO campagne_regions (campagne_id, region_code, rang) VALUES (?, ?, ?)",
            [(ident, code, rang) for rang, code in enumerate(dict.fromkeys(c.regions))],
        )
        conn.executemany(
            "INSERT OR REPLACE INTO campagne_recommandations (campagne_id, recommandation, rang) "
            "VALUES (?, ?, ?)",
            [(ident, n, rang) for rang, n in enumerate(dict.fromkeys(c.recommandations))],
        )
        conn.executemany(
            "INSERT INTO materiels (campagne_id, rang, titre, type, langue, statut, echeance, "
            "delai_jours, quantite, lieux_diffusion) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    ident,
                    rang,
                    m.titre,
                    m.type,
                    m.langue,
                    m.statut,
                    m.echeance.isoformat() if m.echeance else None,
                    m.delai_jours,
                    m.quantite,
                    m.lieux_diffusion,
                )
                for rang, m in enumerate(c.materiels)
            ],
        )
        conn.executemany(
            "INSERT INTO jalons (campagne_id, libelle, jours_avant) VALUES (?, ?, ?)",
            [(ident, j.libelle, j.jours_avant) for j in c.jalons],
        )
        conn.executemany(
            "INSERT OR REPLACE INTO exceptions (campagne_id, annee, debut, fin, annulee) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (
                    ident,
                    e.annee,
                    e.debut.isoformat() if e.debut else None,
                    e.fin.isoformat() if e.fin else None,
                    int(e.annulee),
                )
                for e in c.exceptions
            ],
        )
        return "creee" if existante is None else "modifiee"

    def _id_nom(self, table: str, nom: str) -> int:
        conn = self.db.conn
        rangee = conn.execute(f"SELECT id FROM {table} WHERE nom = ?", [nom]).fetchone()
        if rangee:
            return rangee[0]
        return conn.execute(f"INSERT INTO {table} (nom) VALUES (?)", [nom]).lastrowid

    def ajouter_nom(self, table: str, nom: str) -> None:
        """Ajoute un public, un partenaire ou un canal au référentiel."""
        if table not in ("publics", "partenaires", "canaux"):
            raise ValueError(table)
        nom = nom.strip()
        if not nom:
            raise DonneesInvalides("Le nom ne peut pas être vide.")
        with self.transaction():
            self._id_nom(table, nom)
