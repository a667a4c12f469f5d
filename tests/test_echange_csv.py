"""CSV pour tableur : aller-retour sans changement, mise à jour par slug, refus tout-ou-rien."""

import csv
from pathlib import Path

import pytest

from campagnes.echange_csv import COLONNES, exporter_campagnes, importer_campagnes
from campagnes.erreurs import DonneesInvalides, FichierInvalide


def lignes(chemin: Path) -> list[dict]:
    with open(chemin, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def ecrire(chemin: Path, rangees: list[dict], colonnes=COLONNES) -> Path:
    with open(chemin, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, fieldnames=colonnes, delimiter=";")
        w.writeheader()
        w.writerows(rangees)
    return chemin


def etat(depot):
    return [(c.slug, c.compteur_modifications, c.titre) for c in depot.campagnes()]


def test_export_lisible_par_un_tableur_utf8_avec_bom(depot, tmp_path):
    sortie = tmp_path / "campagnes.csv"
    assert exporter_campagnes(depot, sortie) == 13
    assert sortie.read_bytes().startswith(b"\xef\xbb\xbfslug;titre;")
    rangees = {r["slug"]: r for r in lignes(sortie)}
    assert (
        rangees["journee-4-mars"]["titre"]
        == "Journée de la lutte contre l'exploitation sexuelle des mineurs"
    )
    assert rangees["affichage-obligatoire"]["recommandations"] == "25 | 26"


def test_export_puis_import_ne_change_rien(depot, tmp_path):
    sortie = tmp_path / "campagnes.csv"
    exporter_campagnes(depot, sortie)
    avant = etat(depot)
    assert importer_campagnes(depot, sortie) == {"creee": 0, "modifiee": 0, "inchangee": 13}
    assert etat(depot) == avant


def test_une_ligne_existante_met_a_jour_une_nouvelle_cree(depot, tmp_path):
    sortie = tmp_path / "campagnes.csv"
    exporter_campagnes(depot, sortie)
    rangees = lignes(sortie)
    for r in rangees:
        if r["slug"] == "journee-4-mars":
            r["titre"] = "Journée du 4 mars — édition régionale"
            r["description"] = "Ligne 1 ; « guillemets »\nLigne 2, avec virgule"
    rangees.append(
        {
            **rangees[0],
            "slug": "tournee-regionale",
            "titre": "Tournée régionale",
            "regle": "",
            "debut": "2027-10-04",
            "fin": "2027-10-29",
            "exceptions": "",
        }
    )
    ecrire(sortie, rangees)
    assert importer_campagnes(depot, sortie) == {"creee": 1, "modifiee": 1, "inchangee": 12}
    c = depot.campagne("journee-4-mars")
    assert c.titre == "Journée du 4 mars — édition régionale"
    assert c.description == "Ligne 1 ; « guillemets »\nLigne 2, avec virgule"
    assert c.compteur_modifications == 1
    assert depot.campagne("tournee-regionale").recurrence.rrule is None


@pytest.mark.parametrize(
    ("modif", "message"),
    [
        ({"titre": ""}, "Ligne 3 de « plan.csv » : le titre est vide"),
        (
            {"debut": "2027-03-10", "fin": "2027-03-01"},
            "Ligne 3 de « plan.csv » : la fin (2027-03-01) précède le début (2027-03-10)",
        ),
        ({"recommandations": "2 | 77"}, "Ligne 3 de « plan.csv » : Recommandation n° 77 inconnue"),
        ({"debut": "4 mars"}, "Ligne 3 de « plan.csv » : début « 4 mars » n'est pas une date"),
        ({"fin": "2027-02-30"}, "Ligne 3 de « plan.csv » : fin « 2027-02-30 » n'est pas une date"),
        ({"recommandations": "deux"}, "des numéros sont attendus"),
        ({"budget": "beaucoup"}, "budget « beaucoup » n'est pas un nombre"),
        ({"regions": "99"}, "région « 99 » inconnue"),
        ({"statut": "bientot"}, "Statut « bientot » inconnu"),
    ],
)
def test_une_mauvaise_ligne_refuse_tout_le_fichier(depot, tmp_path, modif, message):
    sortie = tmp_path / "plan.csv"
    exporter_campagnes(depot, sortie)
    rangees = lignes(sortie)
    rangees[0]["titre"] = "Modifiée avant la mauvaise ligne"  # ligne 2 : valide
    rangees[1].update(modif)  # ligne 3 : invalide
    ecrire(sortie, rangees)
    avant = etat(depot)
    with pytest.raises(DonneesInvalides) as erreur:
        importer_campagnes(depot, sortie)
    assert message in str(erreur.value)
    assert str(erreur.value).endswith("Rien n'a été importé.")
    assert etat(depot) == avant


def test_numero_de_ligne_juste_avec_un_champ_sur_plusieurs_lignes(depot, tmp_path):
    sortie = tmp_path / "plan.csv"
    exporter_campagnes(depot, sortie)
    rangees = lignes(sortie)
    rangees[0]["description"] = "un\ndeux\ntrois"  # occupe les lignes 2 à 4 du fichier
    rangees[1]["titre"] = ""
    ecrire(sortie, rangees)
    with pytest.raises(DonneesInvalides, match="Ligne 5 de"):
        importer_campagnes(depot, sortie)


@pytest.mark.parametrize(
    ("contenu", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00binaire", "contenu binaire"),
        (b"nom;prenom\nTremblay;Julie\n", "colonnes « slug » et « titre » sont requises"),
        (b"slug;titre;couleur_preferee\nx;X;bleu\n", "Colonne inconnue"),
        (b"slug;titre\n\xff\xfe\x00", "contenu binaire"),
    ],
)
def test_fichiers_qui_ne_sont_pas_des_exports_de_campagnes(depot, tmp_path, contenu, message):
    fichier = tmp_path / "autre.csv"
    fichier.write_bytes(contenu)
    avant = etat(depot)
    with pytest.raises(FichierInvalide, match=message):
        importer_campagnes(depot, fichier)
    assert etat(depot) == avant


def test_fichier_absent(depot, tmp_path):
    with pytest.raises(FichierInvalide, match="n'existe pas"):
        importer_campagnes(depot, tmp_path / "absent.csv")


def test_csv_excel_windows_en_cp1252_et_virgules(depot, tmp_path):
    fichier = tmp_path / "excel.csv"
    fichier.write_bytes(
        "slug,titre,debut,fin\nforum-ete,Forum d'été,2027-06-01,2027-06-03\n".encode("cp1252")
    )
    assert importer_campagnes(depot, fichier)["creee"] == 1
    assert depot.campagne("forum-ete").titre == "Forum d'été"


def test_ecriture_dans_un_dossier_absent_message_clair(depot, tmp_path):
    from campagnes.erreurs import EcritureImpossible

    with pytest.raises(EcritureImpossible, match="n'existe pas"):
        exporter_campagnes(depot, tmp_path / "absent" / "x.csv")


def test_un_export_est_lisible_par_les_collegues(depot, tmp_path):
    import os
    import stat

    sortie = tmp_path / "campagnes.csv"
    masque = os.umask(0o022)
    try:
        exporter_campagnes(depot, sortie)
    finally:
        os.umask(masque)
    # Pas le 0600 des fichiers temporaires : le fichier garde les droits d'un fichier ordinaire.
    assert stat.S_IMODE(sortie.stat().st_mode) & 0o044 == 0o044
    sortie.chmod(0o640)
    exporter_campagnes(depot, sortie)  # réécrit : les droits choisis par l'utilisateur restent
    assert stat.S_IMODE(sortie.stat().st_mode) == 0o640
