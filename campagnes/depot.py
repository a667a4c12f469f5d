"""Le dépôt : la base SQLite d'un plan, lue et écrite par transactions entières.

Chaque action d'un utilisateur est une seule transaction (`Depot.transaction`) : elle
réussit en entier ou ne laisse aucune trace. sqlite-utils 4 valide chaque écriture
isolée ; seul `db.atomic()` (ou notre BEGIN IMMEDIATE) regroupe plusieurs écritures.
"""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from datetime import date, datetime, timezone
from pathlib import Path

import sqlite_utils

from .erreurs import (
    BaseEnLectureSeule,
    BaseInvalide,
    BaseTropRecente,
    BaseVerrouillee,
    ConflitModification,
    DonneesInvalides,
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
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _date(texte: str | None) -> date | None:
    return date.fromisoformat(texte) if texte else None


def _datetime(texte: str | None) -> datetime | None:
    return datetime.fromisoformat(texte) if texte else None


def uid_pour(slug: str, catalogue: bool = False) -> str:
    """Un UID iCalendar qui ne change jamais : dérivé du slug pour le catalogue, aléatoire sinon."""
    if catalogue:
        return f"{slug}@{DOMAINE_UID}"
    return f"{uuid.uuid4()}@{DOMAINE_UID}"


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
        raise BaseInvalide(f"« {chemin} » n'est pas une base Campagnes (ce n'est pas un fichier SQLite).")


class Depot:
    """Une base Campagnes ouverte. Reste sur le fil d'exécution qui l'a ouverte."""

    def __init__(self, db: sqlite_utils.Database, chemin: Path | None, lecture_seule: bool):
        self.db = db
        self.chemin = chemin
        self.lecture_seule = lecture_seule

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

        Un fichier étranger, endommagé ou plus récent est refusé sans être modifié.
        """
        if chemin is None:
            db = sqlite_utils.Database(memory=True, execute_plugins=False)
            depot = cls(db, None, False)
        else:
            chemin = Path(chemin)
            _verifier_entete(chemin)
            nouvelle = not chemin.exists() or chemin.stat().st_size == 0
            if nouvelle and lecture_seule:
                raise Introuvable(f"La base « {chemin} » n'existe pas.")
            if nouvelle:
                try:
                    chemin.parent.mkdir(parents=True, exist_ok=True)
                except OSError as e:
                    raise BaseInvalide(
                        f"Impossible de créer le dossier « {chemin.parent} » : {e.strerror}."
                    ) from e
            try:
                if lecture_seule:
                    conn = sqlite3.connect(f"{chemin.resolve().as_uri()}?mode=ro", uri=True)
                else:
                    conn = sqlite3.connect(str(chemin), timeout=10)
            except sqlite3.Error as e:
                raise BaseInvalide(f"Impossible d'ouvrir « {chemin} » : {e}.") from e
            db = sqlite_utils.Database(conn, execute_plugins=False)
            depot = cls(db, chemin, lecture_seule)
        try:
            depot._preparer(charger_catalogue)
        except sqlite3.DatabaseError as e:
            db.close()
            raise BaseInvalide(f"La base « {chemin} » est endommagée ou illisible ({e}).") from e
        except BaseException:
            db.close()
            raise
        return depot

    def _preparer(self, charger_catalogue: bool) -> None:
        db = self.db
        id_app = db.execute("PRAGMA application_id").fetchone()[0]
        tables = set(db.table_names())
        if id_app not in (0, ID_APPLICATION) or (id_app == 0 and tables):
            raise BaseInvalide(
                f"« {self.chemin} » est une base SQLite d'une autre application, pas une base Campagnes."
            )
        if tables and db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise BaseInvalide(f"La base « {self.chemin} » est endommagée (vérification échouée).")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA busy_timeout=10000")
        if self.lecture_seule:
            self._verifier_version()
            return
        if self.chemin is not None:
            try:
                db.enable_wal()
            except sqlite3.OperationalError:
                pass  # WAL impossible (dossier réseau) : on garde le journal classique.
            db.execute("PRAGMA synchronous=FULL")
        self._verifier_version()
        en_attente = migrations.pending(db)
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

    def _verifier_version(self) -> None:
        if "_sqlite_migrations" not in self.db.table_names():
            return
        connues = {m.name for m in migrations._migrations}
        inconnues = [m.name for m in migrations.applied(self.db) if m.name not in connues]
        if inconnues:
            raise BaseTropRecente(
                f"La base « {self.chemin} » vient d'une version plus récente de Campagnes ; "
                "mettez l'application à jour pour l'ouvrir."
            )

    def fermer(self) -> None:
        self.db.close()

    # --- transactions ----------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """Une action d'utilisateur : tout ou rien, verrou d'écriture pris d'emblée."""
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
            raise BaseVerrouillee(
                "La base est occupée par une autre fenêtre de Campagnes ; réessayez dans un instant."
            ) from e
        try:
            yield self.db
        except BaseException:
            self.db.rollback()
            raise
        else:
            self.db.commit()

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
            for r in self.db.query("SELECT numero, chapitre, texte FROM recommandations ORDER BY numero")
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
        db = self.db
        rangees = list(db.query(f"SELECT c.* FROM campagnes c {where} ORDER BY c.titre, c.id", params))
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
                    jalons=[Jalon(libelle=j[0], jours_avant=j[1], id=j[2]) for j in jalons.get(i, [])],
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
            for n, campagne in enumerate(liste, 1):
                if annule and annule():
                    from .erreurs import OperationAnnulee

                    raise OperationAnnulee()
                comptes[self._ecrire_campagne(campagne)] += 1
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

    def _ecrire_campagne(self, c: Campagne, compteur_attendu: int | None = None) -> str:
        db = self.db
        from .validation import valider_campagne

        valider_campagne(c, self.numeros_recommandations())
        existante = db.execute(
            "SELECT id, uid, compteur_modifications, cree_le FROM campagnes WHERE slug = ?", [c.slug]
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
        if ident is None:
            ident = db["campagnes"].insert(valeurs).last_pk
        else:
            db["campagnes"].update(ident, valeurs)
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
                db.execute(f"DELETE FROM {table} WHERE campagne_id = ?", [ident])
        for rang, public in enumerate(c.publics):
            db["campagne_publics"].insert(
                {
                    "campagne_id": ident,
                    "public_id": self._id_nom("publics", public.nom),
                    "rang": rang,
                    "objectif": public.objectif,
                    "action": public.action,
                },
                replace=True,
            )
        for table, cle, noms in (
            ("partenaires", "partenaire_id", c.partenaires),
            ("canaux", "canal_id", c.canaux),
        ):
            db[f"campagne_{table}"].insert_all(
                (
                    {"campagne_id": ident, cle: self._id_nom(table, nom), "rang": rang}
                    for rang, nom in enumerate(dict.fromkeys(noms))
                ),
                replace=True,
            )
        db["campagne_regions"].insert_all(
            (
                {"campagne_id": ident, "region_code": code, "rang": rang}
                for rang, code in enumerate(dict.fromkeys(c.regions))
            ),
            replace=True,
        )
        db["campagne_recommandations"].insert_all(
            (
                {"campagne_id": ident, "recommandation": n, "rang": rang}
                for rang, n in enumerate(dict.fromkeys(c.recommandations))
            ),
            replace=True,
        )
        db["materiels"].insert_all(
            (
                {
                    "campagne_id": ident,
                    "rang": rang,
                    "titre": m.titre,
                    "type": m.type,
                    "langue": m.langue,
                    "statut": m.statut,
                    "echeance": m.echeance.isoformat() if m.echeance else None,
                    "delai_jours": m.delai_jours,
                    "quantite": m.quantite,
                    "lieux_diffusion": m.lieux_diffusion,
                }
                for rang, m in enumerate(c.materiels)
            )
        )
        db["jalons"].insert_all(
            {"campagne_id": ident, "libelle": j.libelle, "jours_avant": j.jours_avant}
            for j in c.jalons
        )
        db["exceptions"].insert_all(
            (
                {
                    "campagne_id": ident,
                    "annee": e.annee,
                    "debut": e.debut.isoformat() if e.debut else None,
                    "fin": e.fin.isoformat() if e.fin else None,
                    "annulee": int(e.annulee),
                }
                for e in c.exceptions
            ),
            replace=True,
        )
        return "creee" if existante is None else "modifiee"

    def _id_nom(self, table: str, nom: str) -> int:
        rangee = self.db.execute(f"SELECT id FROM {table} WHERE nom = ?", [nom]).fetchone()
        if rangee:
            return rangee[0]
        return self.db[table].insert({"nom": nom}).last_pk

    def ajouter_nom(self, table: str, nom: str) -> None:
        """Ajoute un public, un partenaire ou un canal au référentiel."""
        if table not in ("publics", "partenaires", "canaux"):
            raise ValueError(table)
        nom = nom.strip()
        if not nom:
            raise DonneesInvalides("Le nom ne peut pas être vide.")
        with self.transaction():
            self._id_nom(table, nom)
