"""Ligne de commande du suivi : vérifier, écarter, année suivante, gabarits, indicateurs, registres."""

import json


def sans_trace(r):
    assert "Traceback" not in r.stderr, r.stderr
    return r


def test_verifier_ecarter_et_tous(cli):
    r = sans_trace(cli("verifier", "--annee", "2027"))
    assert r.returncode == 0
    assert "conflit:2027-03-01:semaine-nationale+journee-4-mars\n" in r.stdout
    assert "5 avertissement(s) en 2027." in r.stdout
    r = sans_trace(
        cli(
            "ecarter",
            "conflit:2027-03-01:semaine-nationale+journee-4-mars",
            "--raison",
            "La journée du 4 mars fait partie de la semaine nationale",
        )
    )
    assert r.returncode == 0 and r.stderr.startswith("Avertissement écarté : « Semaine nationale")
    r = cli("verifier", "--annee", "2027")
    assert "semaine-nationale+journee-4-mars" not in r.stdout
    assert "4 avertissement(s) en 2027." in r.stdout
    r = cli("verifier", "--annee", "2027", "--tous")
    assert "semaine-nationale+journee-4-mars" in r.stdout
    assert ": La journée du 4 mars fait partie de la semaine nationale\n" in r.stdout
    assert "4 avertissement(s) en 2027, 1 écarté(s)." in r.stdout
    r = cli("verifier", "--annee", "2027", "--seuil", "2")
    assert "saturation:2027-03-01:" in r.stdout


def test_ecarter_mauvaises_entrees(cli):
    r = sans_trace(cli("ecarter", "conflit:2027-01-04:a+b", "--raison", "x"))
    assert r.returncode == 1
    assert r.stderr.strip() == (
        "campagnes : Aucun avertissement ne porte l'identifiant « conflit:2027-01-04:a+b » "
        "(voir « campagnes verifier »)."
    )
    r = sans_trace(
        cli("ecarter", "conflit:2027-03-01:semaine-nationale+journee-4-mars", "--raison", " ")
    )
    assert r.returncode == 1
    assert r.stderr.strip() == "campagnes : Indiquez pourquoi vous écartez cet avertissement."


def test_annee_suivante_apercu_puis_appliquer_deux_fois(cli, tmp_path):
    fichier = tmp_path / "forum.csv"
    fichier.write_text(
        "slug;titre;debut;fin\nforum-2027;Forum régional 2027;2027-10-04;2027-10-06\n",
        encoding="utf-8",
    )
    assert cli("importer-campagnes", str(fichier)).returncode == 0
    r = sans_trace(cli("annee-suivante", "--de", "2027"))
    assert r.returncode == 0
    assert r.stdout.splitlines() == [
        "forum-2028 : Forum régional 2028, du 2 au 4 octobre 2028 "
        "(52 semaines plus tard, premier lundi d'octobre comme l'an dernier)",
        "1 campagne(s) seraient créées pour 2028 ; rien n'a été modifié "
        "(ajoutez --appliquer pour les créer).",
    ]
    slugs = {
        o["slug"]
        for o in json.loads(cli("occurrences", "--annee", "2028", "--format", "json").stdout)
    }
    assert "forum-2028" not in slugs
    r = cli("annee-suivante", "--de", "2027", "--appliquer")
    assert r.returncode == 0 and "1 campagne(s) créée(s) pour 2028." in r.stdout
    r = cli("annee-suivante", "--de", "2027", "--appliquer")
    assert r.stdout.splitlines() == [
        "forum-2027 : déjà copiée (forum-2028), rien à faire",
        "0 campagne(s) créée(s) pour 2028.",
    ]
    occurrences = json.loads(cli("occurrences", "--annee", "2028", "--format", "json").stdout)
    assert [(o["debut"], o["fin"]) for o in occurrences if o["slug"] == "forum-2028"] == [
        ("2028-10-02", "2028-10-04")
    ]


def test_gabarit_enregistrer_lister_creer(cli):
    r = sans_trace(
        cli(
            "gabarit",
            "enregistrer",
            "information-multilingue-victimes",
            "--nom",
            "Droits des victimes",
        )
    )
    assert r.returncode == 0
    assert "Gabarit « Droits des victimes » enregistré" in r.stderr
    r = cli("gabarit", "lister")
    assert r.stdout.splitlines()[0].startswith(
        "Droits des victimes (de « information-multilingue-victimes ») : 365 jour(s), 1 public(s)"
    )
    assert "5 matériel(s)" in r.stdout and "1 gabarit(s)." in r.stdout
    r = sans_trace(
        cli(
            "gabarit",
            "creer",
            "Droits des victimes",
            "--titre",
            "Droits des victimes à Laval",
            "--debut",
            "2027-05-03",
            "--fin",
            "2027-05-31",
        )
    )
    assert r.returncode == 0
    assert r.stdout.strip() == (
        "Campagne « Droits des victimes à Laval » (droits-des-victimes-a-laval) créée, "
        "du 3 au 31 mai 2027."
    )
    occurrences = json.loads(cli("occurrences", "--annee", "2027", "--format", "json").stdout)
    assert "droits-des-victimes-a-laval" in {o["slug"] for o in occurrences}
    r = sans_trace(cli("gabarit", "creer", "Inconnu", "--titre", "X", "--debut", "2027-05-03"))
    assert (
        r.returncode == 1
        and r.stderr.strip() == "campagnes : Aucun gabarit ne s'appelle « Inconnu »."
    )
    r = sans_trace(
        cli("gabarit", "creer", "Droits des victimes", "--titre", "X", "--debut", "3 mai")
    )
    assert r.returncode == 2 and "« 3 mai » n'est pas une date (AAAA-MM-JJ attendu)" in r.stderr


def test_indicateurs_ajouter_lister_synthese(cli):
    for annee, resultat in (("2027", "1350"), ("2028", "1580")):
        r = sans_trace(
            cli(
                "indicateurs",
                "ajouter",
                "journee-4-mars",
                "--nom",
                "Appels Info-aide",
                "--unite",
                "appels",
                "--reference",
                "1200",
                "--cible",
                "1500",
                "--resultat",
                resultat,
                "--date-mesure",
                f"{annee}-04-05",
                "--source",
                "Info-aide",
            )
        )
        assert r.returncode == 0, r.stderr
    r = cli("indicateurs", "lister", "journee-4-mars")
    assert r.stdout.splitlines()[1] == (
        "Appels Info-aide [appels] : référence 1\u00a0200, cible 1\u00a0500, résultat 1\u00a0580, "
        "mesuré le 2028-04-05 (cible atteinte) — source : Info-aide"
    )
    r = cli("indicateurs", "synthese", "--debut", "2027-01-01", "--fin", "2028-12-31")
    assert (
        "Appels Info-aide : 1\u00a0580 appels (cible 1\u00a0500, atteinte), tendance à la hausse."
        in r.stdout
    )
    r = sans_trace(cli("indicateurs", "ajouter", "journee-4-mars", "--nom", "X", "--resultat", "3"))
    assert r.returncode == 1
    assert (
        r.stderr.strip() == "campagnes : Indicateur « X » : indiquez la date de mesure du résultat."
    )


SCEAU = (
    "identifiant;nom;type;region;date_octroi;date_renouvellement;date_formation;affiches_en_place;remarques\n"
    ";Hôtel Bonaventure;industrie hôtelière;06;2026-05-01;2027-05-01;2026-04-15;oui;\n"
    ";Festival d'été;festival;03;2026-07-01;2028-07-01;;non;\n"
)


def test_sceau_importer_lister_exporter_et_calendrier(cli, tmp_path):
    fichier = tmp_path / "sceau.csv"
    fichier.write_text(SCEAU, encoding="utf-8-sig")
    r = sans_trace(cli("sceau", "importer", str(fichier)))
    assert r.returncode == 0
    assert (
        r.stderr.strip() == "Import terminé : 2 titulaire(s) créé(s), 0 modifié(s), 0 inchangé(s)."
    )
    r = cli("sceau", "lister", "--region", "6")
    assert r.stdout.splitlines() == [
        "06 Montréal",
        "  Hôtel Bonaventure (industrie hôtelière) : octroi 2026-05-01, renouvellement 2027-05-01, "
        "formation 2026-04-15, affiches en place",
        "1 titulaire(s) du sceau.",
    ]
    occurrences = json.loads(cli("occurrences", "--annee", "2027", "--format", "json").stdout)
    (renouv,) = [o for o in occurrences if o["source"] == "Registre du sceau"]
    assert (renouv["slug"], renouv["debut"]) == (
        "sceau-renouvellement-hotel-bonaventure",
        "2027-05-01",
    )
    sortie = tmp_path / "export.csv"
    assert cli("sceau", "exporter", "-o", str(sortie)).returncode == 0
    r = cli("sceau", "importer", str(sortie))
    assert (
        r.stderr.strip() == "Import terminé : 0 titulaire(s) créé(s), 0 modifié(s), 2 inchangé(s)."
    )


def test_sceau_mauvaise_ligne_rien_n_est_importe(cli, tmp_path):
    fichier = tmp_path / "sceau.csv"
    fichier.write_text(SCEAU.replace(";03;", ";99;"), encoding="utf-8-sig")
    r = sans_trace(cli("sceau", "importer", str(fichier)))
    assert r.returncode == 1
    assert r.stderr.strip() == (
        "campagnes : Ligne 3 de « sceau.csv » : région « 99 » inconnue (codes 01 à 17). "
        "Rien n'a été importé."
    )
    assert cli("sceau", "lister").stdout.strip() == "0 titulaire(s) du sceau."


def test_affichage_importer_comptes_exporter(cli, tmp_path):
    fichier = tmp_path / "affichage.csv"
    fichier.write_text(
        "nom;type;region;achat_en_place;achat_langues;signalement_en_place;signalement_langues\n"
        "Hôtel Le Concorde;établissement hôtelier;03;oui;fr | en;oui;fr\n"
        "Sauna Centre;sauna;06;oui;fr;non;\n",
        encoding="utf-8-sig",
    )
    r = sans_trace(cli("affichage", "importer", str(fichier)))
    assert r.returncode == 0, r.stderr
    assert "2 établissement(s) créé(s)" in r.stderr
    r = cli("affichage", "comptes")
    lignes = r.stdout.splitlines()
    assert lignes[0] == "Par région"
    assert lignes[2].split() == ["Capitale-Nationale", "1", "1", "1", "1"]
    assert lignes[3].split() == ["Montréal", "1", "0", "1", "0"]
    assert lignes[4].split() == ["Ensemble", "du", "Québec", "2", "1", "2", "1"]
    r = cli("affichage", "lister", "--region", "06")
    assert "  Sauna Centre (sauna) : achat en place ; signalement absente" in r.stdout
    sortie = tmp_path / "export.csv"
    assert cli("affichage", "exporter", "-o", str(sortie)).returncode == 0
    assert sortie.read_bytes().startswith(b"\xef\xbb\xbfidentifiant;nom;type;region;achat_en_place")
