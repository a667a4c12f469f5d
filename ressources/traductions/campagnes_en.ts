<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>DialoguePreferences</name>
    <message>
        <location filename="../../ui/preferences.py" line="14" />
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="20" />
        <source>La nouvelle langue s'appliquera au prochain démarrage de Campagnes.</source>
        <translation>The new language will apply the next time Campagnes starts.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="26" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="27" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="31" />
        <source>Langue de l'interface :</source>
        <translation>Interface language:</translation>
    </message>
</context>
<context>
    <name>EditeurCampagne</name>
    <message>
        <location filename="../../ui/editeur.py" line="194" />
        <source>Nouvelle campagne</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="196" />
        <source>Campagne — %1</source>
        <translation>Campaign — %1</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="199" />
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="200" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="201" />
        <source>Publics</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="202" />
        <source>Partenaires et diffusion</source>
        <translation>Partners and distribution</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="203" />
        <source>Recommandations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="204" />
        <source>Matériels</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="209" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="210" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="233" />
        <source>Identifiant stable de la campagne (exports, ligne de commande).</source>
        <translation>Stable identifier of the campaign (exports, command line).</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="244" />
        <source>non précisé</source>
        <translation>not specified</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="247" />
        <source>Codes de langue séparés par des virgules : fr, en, iu…</source>
        <translation>Language codes separated by commas: fr, en, iu…</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="256" />
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="258" />
        <source>Identifiant :</source>
        <translation>Identifier:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="261" />
        <source>Couleur :</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="263" />
        <source>Budget :</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="266" />
        <source>Statut :</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="267" />
        <source>Responsable :</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="268" />
        <source>Langues :</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="269" />
        <source>Description :</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="270" />
        <source>Objectifs :</source>
        <translation>Objectives:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="271" />
        <source>Messages clés :</source>
        <translation>Key messages:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="272" />
        <source>Contexte :</source>
        <translation>Context:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="273" />
        <source>Ton :</source>
        <translation>Tone:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="281" />
        <source>Chaque année à la même date (un jour)</source>
        <translation>Every year on the same date (one day)</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="282" />
        <source>Chaque année, les sept premiers jours du mois</source>
        <translation>Every year, the first seven days of the month</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="285" />
        <source>Chaque année, la première semaine complète du mois (lundi à dimanche)</source>
        <translation>Every year, the first full week of the month (Monday to Sunday)</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="287" />
        <source>Chaque année, du … au … (période annuelle)</source>
        <translation>Every year, from … to … (yearly period)</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="288" />
        <source>Une seule fois, du … au … (ponctuelle)</source>
        <translation>Once, from … to … (one-off)</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="289" />
        <source>Règle personnalisée (RFC 5545)</source>
        <translation>Custom rule (RFC 5545)</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="296" />
        <source>Fin (incluse) :</source>
        <translation>End (inclusive):</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="298" />
        <source>Règle :</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="303" />
        <source>Quand :</source>
        <translation>When:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="304" />
        <source>Début :</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="307" />
        <source>En clair :</source>
        <translation>In plain words:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="319" />
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="319" />
        <source>Cette année-là</source>
        <translation>That year</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="319" />
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="319" />
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="325" />
        <source>Ajouter une exception</source>
        <translation>Add an exception</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="327" />
        <source>Retirer l'exception</source>
        <translation>Remove the exception</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="334" />
        <source>Exceptions : pour une année donnée, l'occurrence est déplacée ou annulée.</source>
        <translation>Exceptions: for a given year, the occurrence is moved or cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="354" />
        <source>déplacée</source>
        <translation>moved</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="355" />
        <source>annulée</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="375" />
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="375" />
        <source>Objectif</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="375" />
        <source>Action attendue</source>
        <translation>Expected action</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="385" />
        <source>Choisir ou taper un public</source>
        <translation>Choose or type an audience</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="386" />
        <source>Ajouter le public</source>
        <translation>Add the audience</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="388" />
        <source>Retirer le public</source>
        <translation>Remove the audience</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="409" />
        <source>Ce public est déjà dans la liste.</source>
        <translation>This audience is already in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="423" />
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="426" />
        <source>Nouveau partenaire</source>
        <translation>New partner</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="429" />
        <source>Canaux</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="429" />
        <source>Nouveau canal</source>
        <translation>New channel</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="440" />
        <source>Régions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="442" />
        <source>Tout le Québec</source>
        <translation>All of Quebec</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="488" />
        <source>n° %1 — %2</source>
        <translation>No. %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="514" />
        <source>Recommandation %1</source>
        <translation>Recommendation %1</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="525" />
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="526" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="527" />
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="528" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="529" />
        <source>Échéance (AAAA-MM-JJ)</source>
        <translation>Due date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="530" />
        <source>Délai (jours avant)</source>
        <translation>Lead time (days before)</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="531" />
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="532" />
        <source>Lieux de diffusion</source>
        <translation>Distribution places</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="545" />
        <source>Ajouter un matériel</source>
        <translation>Add a material</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="547" />
        <source>Retirer le matériel</source>
        <translation>Remove the material</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="551" />
        <source>L'échéance est une date fixe, ou bien un délai en jours avant chaque lancement.</source>
        <translation>The due date is a fixed date, or a lead time in days before each launch.</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="624" />
        <source>Couleur de la campagne</source>
        <translation>Campaign colour</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="708" />
        <source>Deux exceptions portent sur l'année %1.</source>
        <translation>Two exceptions are for the year %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="759" />
        <source>Matériel %1 : %2 « %3 » n'est pas un nombre entier.</source>
        <translation>Material %1: %2 “%3” is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="731" />
        <source>Matériel %1 : échéance « %2 » illisible (attendu : AAAA-MM-JJ, ex. 2027-02-15).</source>
        <translation>Material %1: due date “%2” cannot be read (expected: YYYY-MM-DD, e.g. 2027-02-15).</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="743" />
        <source>le délai</source>
        <translation>the lead time</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="744" />
        <source>la quantité</source>
        <translation>the quantity</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="768" />
        <source>Le titre ne peut pas être vide.</source>
        <translation>The title cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="775" />
        <source>La fin précède le début : choisissez une fin le même jour ou après.</source>
        <translation>The end is before the start: choose an end on the same day or later.</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="782" />
        <source>Une campagne porte déjà l'identifiant « %1 ».</source>
        <translation>A campaign already has the identifier “%1”.</translation>
    </message>
</context>
<context>
    <name>FenetrePrincipale</name>
    <message>
        <location filename="../../ui/fenetre.py" line="77" />
        <source>Campagnes — %1</source>
        <translation>Campagnes — %1</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="77" />
        <location filename="../../ui/fenetre.py" line="87" />
        <source>Campagnes</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="86" />
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="88" />
        <source>Publics</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="89" />
        <source>Matériel</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="90" />
        <source>Recommandations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="136" />
        <source>&amp;Nouvelle campagne…</source>
        <translation>&amp;New campaign…</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="139" />
        <source>Créer une campagne</source>
        <translation>Create a campaign</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="142" />
        <source>&amp;Modifier la campagne…</source>
        <translation>&amp;Edit campaign…</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="145" />
        <source>Ouvrir la campagne choisie dans l'éditeur</source>
        <translation>Open the selected campaign in the editor</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="148" />
        <source>&amp;Supprimer la campagne</source>
        <translation>&amp;Delete campaign</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="151" />
        <source>Supprimer la campagne choisie (annulable)</source>
        <translation>Delete the selected campaign (can be undone)</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="154" />
        <source>&amp;Importer des campagnes (CSV)…</source>
        <translation>&amp;Import campaigns (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="157" />
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="159" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="161" />
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="163" />
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="166" />
        <source>&amp;Chercher une campagne</source>
        <translation>&amp;Find a campaign</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="171" />
        <source>&amp;Année</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="172" />
        <source>&amp;Campagnes</source>
        <translation>&amp;Campaigns</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="173" />
        <source>&amp;Publics</source>
        <translation>&amp;Audiences</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="174" />
        <source>&amp;Matériel</source>
        <translation>&amp;Materials</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="175" />
        <source>&amp;Recommandations</source>
        <translation>&amp;Recommendations</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="183" />
        <source>Année &amp;précédente</source>
        <translation>&amp;Previous year</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="186" />
        <source>Année &amp;suivante</source>
        <translation>&amp;Next year</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="189" />
        <source>Les campagnes en &amp;CSV…</source>
        <translation>Campaigns as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="191" />
        <source>À &amp;propos de Campagnes</source>
        <translation>&amp;About Campagnes</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="193" />
        <source>À propos de &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="198" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="208" />
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="213" />
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="219" />
        <source>Calendriers des &amp;partenaires</source>
        <translation>&amp;Partner calendars</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="221" />
        <source>E&amp;xporter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="223" />
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="235" />
        <source>Barre d'outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="247" />
        <source>  Année planifiée : </source>
        <translation>  Planned year: </translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="251" />
        <source>Année planifiée</source>
        <translation>Planned year</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="352" />
        <source>%1 campagnes — %2</source>
        <translation>%1 campaigns — %2</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="354" />
        <source>base en mémoire</source>
        <translation>in-memory database</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="424" />
        <source>Campagne créée : %1</source>
        <translation>Campaign created: %1</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="429" />
        <source>Modifications enregistrées.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="440" />
        <source>« %1 » supprimée. Ctrl+Z pour l'annuler.</source>
        <translation>“%1” deleted. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="447" />
        <source>Occurrence déplacée. Ctrl+Z pour l'annuler.</source>
        <translation>Occurrence moved. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="458" />
        <source>Importer des campagnes</source>
        <translation>Import campaigns</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="458" />
        <location filename="../../ui/fenetre.py" line="514" />
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="486" />
        <source>Import de « %1 »…</source>
        <translation>Importing “%1”…</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="502" />
        <source>Import terminé : %1 créées, %2 modifiées, %3 inchangées.</source>
        <translation>Import finished: %1 created, %2 changed, %3 unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="512" />
        <source>Exporter les campagnes</source>
        <translation>Export campaigns</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="526" />
        <source>%1 campagnes exportées dans %2.</source>
        <translation>%1 campaigns exported to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="540" />
        <source>À propos de Campagnes</source>
        <translation>About Campagnes</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="542" />
        <source>Campagnes planifie les campagnes de sensibilisation recommandées par la Commission spéciale sur l'exploitation sexuelle des mineurs (CSESM).</source>
        <translation>Campagnes plans the awareness campaigns recommended by the Special Commission on the Sexual Exploitation of Minors (CSESM).</translation>
    </message>
</context>
<context>
    <name>ModeleCampagnes</name>
    <message>
        <location filename="../../ui/modele_campagnes.py" line="147" />
        <source>aucune date cette année</source>
        <translation>no date this year</translation>
    </message>
    <message>
        <location filename="../../ui/modele_campagnes.py" line="190" />
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/modele_campagnes.py" line="191" />
        <source>Dates %1</source>
        <translation>Dates %1</translation>
    </message>
    <message>
        <location filename="../../ui/modele_campagnes.py" line="192" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/modele_campagnes.py" line="193" />
        <source>Publics</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location filename="../../ui/modele_campagnes.py" line="194" />
        <source>Recommandations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../ui/modele_campagnes.py" line="195" />
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>ModeleCouverture</name>
    <message>
        <location filename="../../ui/vue_publics.py" line="86" />
        <source>Aucune campagne n'atteint ce public cette année.</source>
        <translation>No campaign reaches this audience this year.</translation>
    </message>
    <message>
        <location filename="../../ui/vue_publics.py" line="93" />
        <source>non atteint</source>
        <translation>not reached</translation>
    </message>
    <message>
        <location filename="../../ui/vue_publics.py" line="118" />
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../ui/vue_publics.py" line="120" />
        <source>Campagnes</source>
        <translation>Campaigns</translation>
    </message>
</context>
<context>
    <name>ModeleMateriels</name>
    <message>
        <location filename="../../ui/vue_materiels.py" line="148" />
        <source>Campagne</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="149" />
        <source>Matériel</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="150" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="151" />
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="152" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="153" />
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="154" />
        <source>État</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="143" />
        <source>Créer « %1 »</source>
        <translation>Create “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="153" />
        <source>Modifier « %1 »</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="162" />
        <source>Supprimer « %1 »</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="172" />
        <source>Déplacer « %1 »</source>
        <translation>Move “%1”</translation>
    </message>
</context>
<context>
    <name>VueAnnee</name>
    <message>
        <location filename="../../ui/vue_annee.py" line="63" />
        <source>janv.</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="64" />
        <source>févr.</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="65" />
        <location filename="../../ui/vue_annee.py" line="79" />
        <source>mars</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="66" />
        <source>avr.</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="67" />
        <location filename="../../ui/vue_annee.py" line="81" />
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="68" />
        <location filename="../../ui/vue_annee.py" line="82" />
        <source>juin</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="69" />
        <source>juil.</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="70" />
        <location filename="../../ui/vue_annee.py" line="84" />
        <source>août</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="71" />
        <source>sept.</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="72" />
        <source>oct.</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="73" />
        <source>nov.</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="74" />
        <source>déc.</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="77" />
        <source>janvier</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="78" />
        <source>février</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="80" />
        <source>avril</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="83" />
        <source>juillet</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="85" />
        <source>septembre</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="86" />
        <source>octobre</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="87" />
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="88" />
        <source>décembre</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="227" />
        <source>Frise de l'année</source>
        <translation>Year timeline</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="693" />
        <location filename="../../ui/vue_annee.py" line="714" />
        <source>Calendrier importé : {source}</source>
        <translation>Imported calendar: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="699" />
        <source>Recommandation {numeros}</source>
        <translation>Recommendation {numeros}</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="701" />
        <source>Recommandations {numeros}</source>
        <translation>Recommendations {numeros}</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="704" />
        <source>Dates modifiées pour cette année</source>
        <translation>Dates changed for this year</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="707" />
        <source>Jours fériés : {noms}</source>
        <translation>Statutory holidays: {noms}</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="723" />
        <source>Échéance du matériel « {libelle} » : {jour}</source>
        <translation>Material “{libelle}” due: {jour}</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="730" />
        <source>Jour férié au Québec : {jour}</source>
        <translation>Quebec statutory holiday: {jour}</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="786" />
        <source>Aucune campagne à afficher pour {annee}.</source>
        <translation>No campaign to show for {annee}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vue_annee.py" line="1079" />
        <source>%n ligne</source>
        <translation>
            <numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vue_annee.py" line="1079" />
        <source>%n lignes</source>
        <translation>
            <numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
</context>
<context>
    <name>VueCampagnes</name>
    <message>
        <location filename="../../ui/vue_campagnes.py" line="49" />
        <source>Chercher dans les titres et descriptions (Ctrl+F)</source>
        <translation>Search titles and descriptions (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/vue_campagnes.py" line="52" />
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/vue_campagnes.py" line="55" />
        <source>Tous les publics</source>
        <translation>All audiences</translation>
    </message>
    <message>
        <location filename="../../ui/vue_campagnes.py" line="56" />
        <source>Toutes les régions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../ui/vue_campagnes.py" line="57" />
        <source>Tous les partenaires</source>
        <translation>All partners</translation>
    </message>
    <message>
        <location filename="../../ui/vue_campagnes.py" line="58" />
        <source>Toutes les recommandations</source>
        <translation>All recommendations</translation>
    </message>
    <message>
        <location filename="../../ui/vue_campagnes.py" line="59" />
        <source>Effacer les filtres</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/vue_campagnes.py" line="129" />
        <source>Recommandation %1</source>
        <translation>Recommendation %1</translation>
    </message>
    <message>
        <location filename="../../ui/vue_campagnes.py" line="182" />
        <source>%1 sur %2 campagnes</source>
        <translation>%1 of %2 campaigns</translation>
    </message>
</context>
<context>
    <name>VueMateriels</name>
    <message>
        <location filename="../../ui/vue_materiels.py" line="171" />
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="175" />
        <source>Toutes les langues</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="191" />
        <source>Statut :</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="193" />
        <source>Langue :</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="233" />
        <source>%1 matériels — %2 en retard, %3 bientôt dus</source>
        <translation>%1 materials — %2 overdue, %3 due soon</translation>
    </message>
</context>
<context>
    <name>VuePublics</name>
    <message>
        <location filename="../../ui/vue_publics.py" line="134" />
        <source>Seulement les publics non atteints</source>
        <translation>Only audiences not reached</translation>
    </message>
    <message>
        <location filename="../../ui/vue_publics.py" line="161" />
        <source>%1 publics sur %2 ne sont atteints par aucune campagne en %3 (surlignés).</source>
        <translation>%1 of %2 audiences are reached by no campaign in %3 (highlighted).</translation>
    </message>
    <message>
        <location filename="../../ui/vue_publics.py" line="165" />
        <source>Les %2 publics sont tous atteints par au moins une campagne en %3.</source>
        <translation>All %2 audiences are reached by at least one campaign in %3.</translation>
    </message>
</context>
<context>
    <name>VueRecommandations</name>
    <message>
        <location filename="../../ui/vue_recommandations.py" line="41" />
        <source>Seulement celles sans campagne</source>
        <translation>Only those without a campaign</translation>
    </message>
    <message>
        <location filename="../../ui/vue_recommandations.py" line="44" />
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/vue_recommandations.py" line="44" />
        <source>Recommandation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/vue_recommandations.py" line="44" />
        <source>Campagnes</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../ui/vue_recommandations.py" line="87" />
        <source>Chapitre %1</source>
        <translation>Chapter %1</translation>
    </message>
    <message>
        <location filename="../../ui/vue_recommandations.py" line="102" />
        <source>aucune campagne</source>
        <translation>no campaign</translation>
    </message>
    <message>
        <location filename="../../ui/vue_recommandations.py" line="116" />
        <source>%1 recommandations, dont %2 sans aucune campagne (surlignées).</source>
        <translation>%1 recommendations, %2 of them without any campaign (highlighted).</translation>
    </message>
</context>
<context>
    <name>erreurs</name>
    <message>
        <location filename="../../ui/erreurs.py" line="38" />
        <source>Campagnes</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../ui/erreurs.py" line="64" />
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/erreurs.py" line="66" />
        <source>Une erreur inattendue est survenue. Vos modifications déjà confirmées sont enregistrées. Les détails ont été ajoutés au journal.</source>
        <translation>An unexpected error occurred. Your confirmed changes are saved. The details were added to the log.</translation>
    </message>
</context>
<context>
    <name>libelles</name>
    <message>
        <location filename="../../ui/libelles.py" line="14" />
        <source>proposée</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="15" />
        <source>planifiée</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="16" />
        <source>confirmée</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="17" />
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="18" />
        <source>terminée</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="19" />
        <source>annulée</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="23" />
        <source>à produire</source>
        <translation>to produce</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="24" />
        <source>en production</source>
        <translation>in production</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="25" />
        <source>prêt</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="26" />
        <source>diffusé</source>
        <translation>distributed</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="30" />
        <source>affiche</source>
        <translation>poster</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="31" />
        <source>dépliant</source>
        <translation>leaflet</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="32" />
        <source>vidéo</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="33" />
        <source>publicité numérique</source>
        <translation>digital ad</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="34" />
        <source>message radio</source>
        <translation>radio spot</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="35" />
        <source>site Web</source>
        <translation>website</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="36" />
        <source>trousse</source>
        <translation>kit</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="37" />
        <source>formation</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="38" />
        <source>autre</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="42" />
        <source>en retard</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="43" />
        <source>bientôt dû</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="44" />
        <source>à temps</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="45" />
        <source>terminé</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="46" />
        <source>sans échéance</source>
        <translation>no due date</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="50" />
        <source>français</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="51" />
        <source>anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="52" />
        <source>inuktitut</source>
        <translation>Inuktitut</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="53" />
        <source>cri</source>
        <translation>Cree</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="54" />
        <source>espagnol</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="55" />
        <source>arabe</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="56" />
        <source>chinois</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="57" />
        <source>autre langue</source>
        <translation>other language</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="61" />
        <source>janv.</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="62" />
        <source>févr.</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="63" />
        <source>mars</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="64" />
        <source>avr.</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="65" />
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="66" />
        <source>juin</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="67" />
        <source>juill.</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="68" />
        <source>août</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="69" />
        <source>sept.</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="70" />
        <source>oct.</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="71" />
        <source>nov.</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="72" />
        <source>déc.</source>
        <translation>Dec</translation>
    </message>
</context>
<context>
    <name>taches</name>
    <message>
        <location filename="../../ui/taches.py" line="55" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>