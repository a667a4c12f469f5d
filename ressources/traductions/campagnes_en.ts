<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA">
<context>
    <name></name>
    <message>
        <location filename="../../ui/registres.py" line="31"/>
        <source>Sceau</source>
        <translation>Seal</translation>
    </message>
    <message>
        <location filename="../../ui/registres.py" line="32"/>
        <source>Affichage</source>
        <translation>Posting</translation>
    </message>
    <message>
        <location filename="../../ui/registres.py" line="38"/>
        <source>Registre du &amp;sceau</source>
        <translation>&amp;Seal register</translation>
    </message>
    <message>
        <location filename="../../ui/registres.py" line="39"/>
        <source>Registre de l&apos;a&amp;ffichage</source>
        <translation>P&amp;osting register</translation>
    </message>
    <message>
        <location filename="../../ui/registres.py" line="47"/>
        <source>Titulaires du sceau par &amp;région (PDF)…</source>
        <translation>Seal holders by &amp;region (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="55"/>
        <source>Préparer %1</source>
        <translation>Prepare %1</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="254"/>
        <source>%1 campagne(s) créée(s) pour %2. Ctrl+Z pour annuler.</source>
        <translation>%1 campaign(s) created for %2. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="275"/>
        <source>Préparer l&apos;année &amp;suivante…</source>
        <translation>Prepare ne&amp;xt year…</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="277"/>
        <source>Copier les campagnes ponctuelles de l&apos;année planifiée vers la suivante, avec aperçu</source>
        <translation>Copy the one-off campaigns of the planned year to the next one, with a preview</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="139"/>
        <location filename="../../ui/suivi_avertissements.py" line="282"/>
        <source>Avertissements</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="150"/>
        <source>Avertissements de l&apos;année</source>
        <translation>Warnings for the year</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="156"/>
        <source>Montrer les écartés</source>
        <translation>Show dismissed</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="158"/>
        <source>Écarter…</source>
        <translation>Dismiss…</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="159"/>
        <source>Écarter l&apos;avertissement choisi, avec une raison</source>
        <translation>Dismiss the selected warning, with a reason</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="161"/>
        <source>Rétablir</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="162"/>
        <source>Faire revenir un avertissement écarté par erreur</source>
        <translation>Bring back a warning dismissed by mistake</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="214"/>
        <source>Règle : %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="215"/>
        <source>Écarté : %1</source>
        <translation>Dismissed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="231"/>
        <source>%1
— écarté : %2</source>
        <translation>%1
— dismissed: %2</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="273"/>
        <source>%1 avertissement(s) en %2 : cliquez pour voir la campagne.</source>
        <translation>%1 warning(s) in %2: click to see the campaign.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="277"/>
        <source>Année (⚠ %1)</source>
        <translation>Year (⚠ %1)</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="278"/>
        <source>Avertissements (%1)</source>
        <translation>Warnings (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="280"/>
        <source>Aucun avertissement en %1.</source>
        <translation>No warnings in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="281"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="285"/>
        <source>%1 avertissement(s) de conflit ou de saturation</source>
        <translation>%1 conflict or overload warning(s)</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="327"/>
        <source>Avertissement écarté.</source>
        <translation>Warning dismissed.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="356"/>
        <source>Panneau des &amp;avertissements</source>
        <translation>&amp;Warnings panel</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="200"/>
        <source>Choisissez d&apos;abord une campagne.</source>
        <translation>Choose a campaign first.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="208"/>
        <source>Gabarit « %1 » enregistré.</source>
        <translation>Template “%1” saved.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="225"/>
        <source>La campagne n&apos;a pas été créée.</source>
        <translation>The campaign was not created.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="229"/>
        <source>Campagne « %1 » créée depuis le gabarit. Ctrl+Z pour l&apos;annuler.</source>
        <translation>Campaign “%1” created from the template. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="256"/>
        <source>Enregistrer comme &amp;gabarit…</source>
        <translation>Save as &amp;template…</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="259"/>
        <source>Garder la campagne choisie comme modèle (publics, canaux, matériels, délais)</source>
        <translation>Keep the selected campaign as a model (audiences, channels, materials, lead times)</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="262"/>
        <source>Nouvelle campagne depuis un &amp;gabarit…</source>
        <translation>&amp;New campaign from a template…</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_indicateurs.py" line="260"/>
        <location filename="../../ui/suivi_indicateurs.py" line="334"/>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_indicateurs.py" line="336"/>
        <source>Créer « %1 »</source>
        <translation>Create “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_indicateurs.py" line="336"/>
        <source>Modifier « %1 »</source>
        <translation>Edit “%1”</translation>
    </message>
</context>
<context>
    <name>ApercuPdf</name>
    <message>
        <location filename="../../ui/apercu_pdf.py" line="322"/>
        <source>Aperçu — %1</source>
        <translation>Preview — %1</translation>
    </message>
    <message>
        <location filename="../../ui/apercu_pdf.py" line="334"/>
        <source>Réduire (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/apercu_pdf.py" line="335"/>
        <source>Réduire</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/apercu_pdf.py" line="338"/>
        <source>Agrandir (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/apercu_pdf.py" line="339"/>
        <source>Agrandir</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/apercu_pdf.py" line="341"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../ui/apercu_pdf.py" line="342"/>
        <source>Largeur de la page</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../ui/apercu_pdf.py" line="343"/>
        <source>Page entière</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../ui/apercu_pdf.py" line="348"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../ui/apercu_pdf.py" line="349"/>
        <source>de %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location filename="../../ui/apercu_pdf.py" line="350"/>
        <source>&amp;Page</source>
        <translation>Pa&amp;ge</translation>
    </message>
    <message>
        <location filename="../../ui/apercu_pdf.py" line="352"/>
        <source>&amp;Enregistrer en PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/apercu_pdf.py" line="353"/>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/apercu_pdf.py" line="355"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/apercu_pdf.py" line="496"/>
        <source>Impression…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../ui/apercu_pdf.py" line="496"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/apercu_pdf.py" line="525"/>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/apercu_pdf.py" line="525"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Calendriers</name>
    <message>
        <location filename="../../ui/calendriers.py" line="106"/>
        <source>Calendrier &amp;iCal…</source>
        <translation>&amp;iCal calendar…</translation>
    </message>
    <message>
        <location filename="../../ui/calendriers.py" line="109"/>
        <source>Exporter le plan, ou une sélection, pour l&apos;agenda d&apos;un partenaire</source>
        <translation>Export the plan, or a selection, for a partner&apos;s calendar</translation>
    </message>
    <message>
        <location filename="../../ui/calendriers.py" line="112"/>
        <source>Importer un &amp;calendrier…</source>
        <translation>Import a &amp;calendar…</translation>
    </message>
    <message>
        <location filename="../../ui/calendriers.py" line="115"/>
        <source>Ajouter à la frise le calendrier (.ics) d&apos;un partenaire</source>
        <translation>Add a partner&apos;s calendar (.ics) to the timeline</translation>
    </message>
    <message>
        <location filename="../../ui/calendriers.py" line="118"/>
        <source>Calendriers des &amp;partenaires…</source>
        <translation>P&amp;artner calendars…</translation>
    </message>
    <message>
        <location filename="../../ui/calendriers.py" line="121"/>
        <source>Lister, réimporter ou retirer les calendriers importés</source>
        <translation>List, reimport or remove the imported calendars</translation>
    </message>
    <message>
        <location filename="../../ui/calendriers.py" line="215"/>
        <source>Export du calendrier « %1 »…</source>
        <translation>Exporting the calendar “%1”…</translation>
    </message>
    <message>
        <location filename="../../ui/calendriers.py" line="224"/>
        <source>Calendrier exporté : %1 événements de %2 campagnes dans « %3 ».</source>
        <translation>Calendar exported: %1 events from %2 campaigns in “%3”.</translation>
    </message>
    <message>
        <location filename="../../ui/calendriers.py" line="283"/>
        <source>Import du calendrier « %1 »…</source>
        <translation>Importing the calendar “%1”…</translation>
    </message>
    <message>
        <location filename="../../ui/calendriers.py" line="301"/>
        <source>Calendrier « %1 » importé : %2 événements ajoutés, %3 mis à jour, %4 retirés, %5 inchangés.</source>
        <translation>Calendar “%1” imported: %2 events added, %3 updated, %4 removed, %5 unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/calendriers.py" line="314"/>
        <source>Calendrier importé</source>
        <translation>Calendar imported</translation>
    </message>
    <message>
        <location filename="../../ui/calendriers.py" line="315"/>
        <source>Le calendrier « %1 » est importé, avec ces remarques :</source>
        <translation>The calendar “%1” is imported, with these remarks:</translation>
    </message>
    <message>
        <location filename="../../ui/calendriers.py" line="375"/>
        <source>Calendrier « %1 » retiré (%2 occurrences).</source>
        <translation>Calendar “%1” removed (%2 occurrences).</translation>
    </message>
</context>
<context>
    <name>ChampsAffiche</name>
    <message>
        <location filename="../../ui/registre_affichage.py" line="162"/>
        <source>En place</source>
        <translation>In place</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="165"/>
        <source>ex. fr, en</source>
        <translation>e.g. fr, en</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="168"/>
        <source>vérifiée le</source>
        <translation>checked on</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="173"/>
        <source>Langues :</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="175"/>
        <source>Version :</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="176"/>
        <source>Vérification :</source>
        <translation>Verification:</translation>
    </message>
</context>
<context>
    <name>DialogueAnneeSuivante</name>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="100"/>
        <source>Préparer l&apos;année suivante</source>
        <translation>Prepare the next year</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="104"/>
        <source>Année à copier</source>
        <translation>Year to copy</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="106"/>
        <source>Copier les campagnes ponctuelles de</source>
        <translation>Copy the one-off campaigns of</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="116"/>
        <source>Campagne copiée</source>
        <translation>Copied campaign</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="117"/>
        <source>Nouvelle campagne</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="118"/>
        <source>Anciennes dates</source>
        <translation>Old dates</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="119"/>
        <source>Nouvelles dates</source>
        <translation>New dates</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="120"/>
        <source>Pourquoi ces dates</source>
        <translation>Why these dates</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="142"/>
        <source>Créer</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="143"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="158"/>
        <source>vers %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="177"/>
        <source> ; %1 matériel(s), %2 jalon(s)</source>
        <translation>; %1 material(s), %2 milestone(s)</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="182"/>
        <source> — attention : %1</source>
        <translation> — caution: %1</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="199"/>
        <source>%1 campagne(s) seront créées pour %2, statut « planifiée », matériels à produire.</source>
        <translation>%1 campaign(s) will be created for %2, with status “planned” and materials to produce.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="205"/>
        <source>Rien à créer pour %1.</source>
        <translation>Nothing to create for %1.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="208"/>
        <source>%1 campagne(s) déjà copiée(s) : elles ne seront pas recopiées.</source>
        <translation>%1 campaign(s) already copied: they will not be copied again.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_annee_suivante.py" line="215"/>
        <source>Seules les campagnes ponctuelles de %1 sont copiées ; les campagnes récurrentes reviennent d&apos;elles-mêmes.</source>
        <translation>Only the one-off campaigns of %1 are copied; recurring campaigns come back by themselves.</translation>
    </message>
</context>
<context>
    <name>DialogueDepuisGabarit</name>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="122"/>
        <source>Nouvelle campagne depuis un gabarit</source>
        <translation>New campaign from a template</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="127"/>
        <source>Titre de la nouvelle campagne</source>
        <translation>Title of the new campaign</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="135"/>
        <source>&amp;Gabarit :</source>
        <translation>Te&amp;mplate:</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="136"/>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="137"/>
        <source>&amp;Début :</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="141"/>
        <source>Créer</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="150"/>
        <source>Aucun gabarit : enregistrez d&apos;abord une campagne comme gabarit.</source>
        <translation>No template: first save a campaign as a template.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="181"/>
        <source>%1 ; %2 public(s), %3 canal(aux), %4 matériel(s) avec leurs délais.</source>
        <translation>%1; %2 audience(s), %3 channel(s), %4 material(s) with their lead times.</translation>
    </message>
</context>
<context>
    <name>DialogueEcarter</name>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="97"/>
        <source>Écarter un avertissement</source>
        <translation>Dismiss a warning</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="101"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="103"/>
        <source>Ex. : les deux campagnes sont coordonnées avec le même partenaire.</source>
        <translation>E.g.: both campaigns are coordinated with the same partner.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="112"/>
        <source>Écarter</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="113"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_avertissements.py" line="116"/>
        <source>Pourquoi l&apos;écarter ? La raison est gardée avec le plan.</source>
        <translation>Why dismiss it? The reason is kept with the plan.</translation>
    </message>
</context>
<context>
    <name>DialogueEnregistrerGabarit</name>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="82"/>
        <source>Enregistrer comme gabarit</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="85"/>
        <source>Le gabarit garde les publics, canaux, partenaires, recommandations, matériels et jalons de « %1 », avec les délais avant le lancement ; pas ses dates.</source>
        <translation>The template keeps the audiences, channels, partners, recommendations, materials and milestones of “%1”, with the lead times before the launch; not its dates.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="91"/>
        <source>Nom du gabarit</source>
        <translation>Template name</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="92"/>
        <source>Remplacer un gabarit du même nom</source>
        <translation>Replace a template with the same name</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="94"/>
        <source>&amp;Nom du gabarit :</source>
        <translation>&amp;Template name:</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="99"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>DialogueEtablissement</name>
    <message>
        <location filename="../../ui/registre_affichage.py" line="206"/>
        <source>Nouvel établissement</source>
        <translation>New establishment</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="208"/>
        <source>Établissement — %1</source>
        <translation>Establishment — %1</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="227"/>
        <source>É&amp;tablissement :</source>
        <translation>&amp;Establishment:</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="229"/>
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="230"/>
        <source>&amp;Région :</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="234"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="235"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="243"/>
        <source>&amp;Suivi :</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="269"/>
        <source>Le nom de l&apos;établissement ne peut pas être vide.</source>
        <translation>The establishment name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="271"/>
        <source>Cet établissement est déjà inscrit dans cette région.</source>
        <translation>This establishment is already registered in this region.</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="274"/>
        <source>Indiquez la langue de l&apos;affiche en place.</source>
        <translation>Give the language of the poster in place.</translation>
    </message>
</context>
<context>
    <name>DialogueExportIcal</name>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="125"/>
        <source>Exporter un calendrier iCal</source>
        <translation>Export an iCal calendar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="132"/>
        <source>ex. Aéroports</source>
        <translation>e.g. Airports</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="133"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="135"/>
        <source>Les choix sont retenus sous ce nom : choisissez-le la prochaine fois.</source>
        <translation>The choices are remembered under this name: choose it next time.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="138"/>
        <source>Oublier ce profil</source>
        <translation>Forget this profile</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="143"/>
        <source>&amp;Profil :</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="148"/>
        <source>&amp;Toutes les campagnes</source>
        <translation>&amp;All campaigns</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="149"/>
        <source>&amp;Une partie :</source>
        <translation>&amp;Only some:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="155"/>
        <source>Campagnes</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="156"/>
        <source>Publics</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="157"/>
        <source>Régions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="158"/>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="159"/>
        <source>Recommandations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="187"/>
        <source>Une campagne est retenue si elle répond à chaque liste où quelque chose est coché (une seule case suffit dans une liste).</source>
        <translation>A campaign is kept if it matches every list where something is checked (a single box is enough within a list).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="193"/>
        <source>Sélection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="205"/>
        <source>Première année</source>
        <translation>First year</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="206"/>
        <source>Dernière année</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="213"/>
        <source>&amp;De</source>
        <translation>F&amp;rom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="215"/>
        <source>&amp;à</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="221"/>
        <source>Occurrences simples, sans règle de récurrence (agendas qui la gèrent mal)</source>
        <translation>Plain occurrences, without a recurrence rule (for calendars that handle it poorly)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="223"/>
        <source>Inclure les échéances de &amp;matériel</source>
        <translation>Include &amp;material due dates</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="226"/>
        <source>Nom du calendrier</source>
        <translation>Calendar name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="228"/>
        <source>Suggérer aux abonnés une mise à jour toutes les</source>
        <translation>Suggest subscribers refresh every</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="232"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="233"/>
        <source>Intervalle de mise à jour en heures</source>
        <translation>Refresh interval in hours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="242"/>
        <source>Fichier de destination</source>
        <translation>Destination file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="243"/>
        <source>plan-aeroports.ics</source>
        <translation>plan-airports.ics</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="244"/>
        <source>C&amp;hoisir…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="251"/>
        <source>Années :</source>
        <translation>Years:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="252"/>
        <source>&amp;Nom du calendrier :</source>
        <translation>Calendar &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="257"/>
        <source>&amp;Fichier :</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="265"/>
        <source>&amp;Exporter</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="287"/>
        <source>N° %1 — %2</source>
        <translation>No. %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="374"/>
        <source>Fichier du calendrier</source>
        <translation>Calendar file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="376"/>
        <source>Calendriers iCalendar (*.ics)</source>
        <translation>iCalendar calendars (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="408"/>
        <location filename="../../ui/dialogue_export_ical.py" line="444"/>
        <source>Aucune campagne ne répond à cette sélection.</source>
        <translation>No campaign matches this selection.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="411"/>
        <source>1 campagne retenue : %1.</source>
        <translation>1 campaign kept: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="415"/>
        <source>%1 campagnes retenues sur %2.</source>
        <translation>%1 of %2 campaigns kept.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="438"/>
        <source>Cochez au moins un élément d&apos;une liste, ou choisissez « Toutes les campagnes ».</source>
        <translation>Check at least one item in a list, or choose “All campaigns”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="447"/>
        <source>Le nom du calendrier ne peut pas être vide.</source>
        <translation>The calendar name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_export_ical.py" line="450"/>
        <source>Choisissez le fichier à écrire (bouton « Choisir… »).</source>
        <translation>Choose the file to write (“Choose…” button).</translation>
    </message>
</context>
<context>
    <name>DialogueImportIcal</name>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="84"/>
        <source>Importer un calendrier</source>
        <translation>Import a calendar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="87"/>
        <source>Fichier du calendrier</source>
        <translation>Calendar file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="88"/>
        <source>calendrier-du-partenaire.ics</source>
        <translation>partner-calendar.ics</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="89"/>
        <source>C&amp;hoisir…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="99"/>
        <source>Nom de la source</source>
        <translation>Source name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="100"/>
        <source>ex. Festival d&apos;été de Québec</source>
        <translation>e.g. Festival d&apos;été de Québec</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="104"/>
        <source>Réimporter sous le nom d&apos;une source existante met ses événements à jour (déplacés, renommés, retirés) sans rien dédoubler. Vos campagnes ne sont jamais modifiées.</source>
        <translation>Reimporting under the name of an existing source updates its events (moved, renamed, removed) without duplicating anything. Your campaigns are never changed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="115"/>
        <source>&amp;Fichier :</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="116"/>
        <source>&amp;Source (partenaire) :</source>
        <translation>&amp;Source (partner):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="119"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="142"/>
        <source>Calendrier du partenaire</source>
        <translation>Partner calendar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="144"/>
        <source>Calendriers iCalendar (*.ics);;Tous les fichiers (*)</source>
        <translation>iCalendar calendars (*.ics);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="157"/>
        <source>Choisissez le fichier .ics à importer.</source>
        <translation>Choose the .ics file to import.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="159"/>
        <source>Donnez le nom de la source (le partenaire).</source>
        <translation>Give the name of the source (the partner).</translation>
    </message>
</context>
<context>
    <name>DialoguePeriode</name>
    <message>
        <location filename="../../ui/impression.py" line="49"/>
        <source>Rapport biennal</source>
        <translation>Biennial report</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="61"/>
        <source>Choisir le fichier…</source>
        <translation>Choose the file…</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="65"/>
        <source>&amp;Première année :</source>
        <translation>&amp;First year:</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="66"/>
        <source>&amp;Dernière année :</source>
        <translation>&amp;Last year:</translation>
    </message>
</context>
<context>
    <name>DialoguePreferences</name>
    <message>
        <location filename="../../ui/preferences.py" line="14"/>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="20"/>
        <source>La nouvelle langue s&apos;appliquera au prochain démarrage de Campagnes.</source>
        <translation>The new language will apply the next time Campagnes starts.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="26"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="27"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="31"/>
        <source>Langue de l&apos;interface :</source>
        <translation>Interface language:</translation>
    </message>
</context>
<context>
    <name>DialogueSauvegardes</name>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="63"/>
        <location filename="../../ui/dialogue_sauvegardes.py" line="235"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="72"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="72"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="72"/>
        <source>Campagnes</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="82"/>
        <source>Sauvegardes, la plus récente d&apos;abord</source>
        <translation>Backups, most recent first</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="84"/>
        <source>Aperçu de la sauvegarde choisie</source>
        <translation>Preview of the selected backup</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="94"/>
        <source>Les copies sont faites au démarrage, chaque jour de modifications, avant chaque mise à jour de la base et à la demande (Fichier ▸ Sauvegarder maintenant). Restaurer remplace le plan ouvert ; son état actuel est d&apos;abord sauvegardé.</source>
        <translation>Copies are made at startup, on each day with changes, before each database update and on request (File ▸ Back up now). Restoring replaces the open plan; its current state is backed up first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="100"/>
        <source>&amp;Restaurer cette sauvegarde…</source>
        <translation>&amp;Restore this backup…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="104"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="126"/>
        <source>automatique</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="127"/>
        <source>à la demande</source>
        <translation>on request</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="128"/>
        <source>avant mise à jour de la base</source>
        <translation>before database update</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="129"/>
        <source>avant une restauration</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="136"/>
        <source>illisible</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="154"/>
        <source>Aucune sauvegarde pour cette base pour l&apos;instant. Fichier ▸ Sauvegarder maintenant en fait une.</source>
        <translation>No backup of this database yet. File ▸ Back up now makes one.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="184"/>
        <source>Cette copie est illisible : elle ne peut pas être restaurée.</source>
        <translation>This copy is unreadable: it cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="190"/>
        <source>Copie illisible</source>
        <translation>Unreadable copy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="197"/>
        <source>%1 campagne(s) ; fichier « %2 ».</source>
        <translation>%1 campaign(s); file “%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="204"/>
        <source>Mêmes campagnes que le plan ouvert (leur contenu peut différer).</source>
        <translation>Same campaigns as the open plan (their content may differ).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="206"/>
        <source>Reviendraient (absentes du plan ouvert) :</source>
        <translation>Would come back (missing from the open plan):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="207"/>
        <source>Disparaîtraient (absentes de la copie) :</source>
        <translation>Would disappear (missing from the copy):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="209"/>
        <source>Campagnes de la copie :</source>
        <translation>Campaigns in the copy:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="222"/>
        <source>… et %1 autre(s)</source>
        <translation>… and %1 other(s)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="237"/>
        <source>Remplacer le plan ouvert par la sauvegarde du %1 (%2 campagne(s)) ?</source>
        <translation>Replace the open plan with the backup of %1 (%2 campaign(s))?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="243"/>
        <source>L&apos;état actuel du plan sera d&apos;abord sauvegardé (motif « avant une restauration ») : vous pourrez revenir en arrière depuis cette même liste. Les autres fenêtres ouvertes sur ce plan verront la restauration.</source>
        <translation>The current state of the plan will be backed up first (reason “before a restore”): you can go back from this same list. Other windows open on this plan will see the restore.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="248"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sauvegardes.py" line="249"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DialogueSources</name>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="183"/>
        <source>Calendriers des partenaires</source>
        <translation>Partner calendars</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="186"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="186"/>
        <source>Événements</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="186"/>
        <source>Importé le</source>
        <translation>Imported on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="186"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="196"/>
        <source>Aucun calendrier de partenaire importé. Fichier ▸ Importer un calendrier…</source>
        <translation>No partner calendar imported. File ▸ Import a calendar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="198"/>
        <source>&amp;Réimporter…</source>
        <translation>&amp;Reimport…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="199"/>
        <source>Re&amp;tirer…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="274"/>
        <source>Retirer un calendrier</source>
        <translation>Remove a calendar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="276"/>
        <source>Retirer le calendrier « %1 » et tous ses événements ? Vos campagnes ne changent pas ; vous pourrez le réimporter plus tard.</source>
        <translation>Remove the calendar “%1” and all its events? Your campaigns do not change; you can reimport it later.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogue_sources.py" line="282"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>DialogueTitulaire</name>
    <message>
        <location filename="../../ui/registre_sceau.py" line="172"/>
        <source>Nouveau titulaire du sceau</source>
        <translation>New seal holder</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="174"/>
        <source>Titulaire du sceau — %1</source>
        <translation>Seal holder — %1</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="183"/>
        <source>prévu le</source>
        <translation>planned for</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="188"/>
        <source>faite le</source>
        <translation>done on</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="189"/>
        <source>Les affiches du sceau sont en place</source>
        <translation>The seal posters are in place</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="197"/>
        <source>&amp;Organisation :</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="199"/>
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="200"/>
        <source>&amp;Région :</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="201"/>
        <source>&amp;Octroi du sceau :</source>
        <translation>&amp;Seal granted:</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="202"/>
        <source>Re&amp;nouvellement :</source>
        <translation>Re&amp;newal:</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="204"/>
        <source>&amp;Formation du personnel :</source>
        <translation>Staff tr&amp;aining:</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="206"/>
        <source>Re&amp;marques :</source>
        <translation>Re&amp;marks:</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="210"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="211"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="245"/>
        <source>Le nom de l&apos;organisation ne peut pas être vide.</source>
        <translation>The organization name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="247"/>
        <source>Ce titulaire est déjà inscrit dans cette région.</source>
        <translation>This holder is already registered in this region.</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="249"/>
        <source>Le renouvellement doit suivre l&apos;octroi du sceau.</source>
        <translation>The renewal must come after the seal is granted.</translation>
    </message>
</context>
<context>
    <name>EditeurCampagne</name>
    <message>
        <location filename="../../ui/editeur.py" line="219"/>
        <source>Nouvelle campagne</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="221"/>
        <source>Campagne — %1</source>
        <translation>Campaign — %1</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="224"/>
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="225"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="226"/>
        <source>Publics</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="227"/>
        <source>Partenaires et diffusion</source>
        <translation>Partners and distribution</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="228"/>
        <source>Recommandations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="229"/>
        <source>Matériels</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="234"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="235"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="260"/>
        <source>Identifiant stable de la campagne (exports, ligne de commande).</source>
        <translation>Stable identifier of the campaign (exports, command line).</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="271"/>
        <source>non précisé</source>
        <translation>not specified</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="274"/>
        <source>Codes de langue séparés par des virgules : fr, en, iu…</source>
        <translation>Language codes separated by commas: fr, en, iu…</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="283"/>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="285"/>
        <source>Identifiant :</source>
        <translation>Identifier:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="288"/>
        <source>Couleur :</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="290"/>
        <source>Budget :</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="293"/>
        <source>Statut :</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="294"/>
        <source>Responsable :</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="295"/>
        <source>Langues :</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="296"/>
        <source>Description :</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="297"/>
        <source>Objectifs :</source>
        <translation>Objectives:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="298"/>
        <source>Messages clés :</source>
        <translation>Key messages:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="299"/>
        <source>Contexte :</source>
        <translation>Context:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="300"/>
        <source>Ton :</source>
        <translation>Tone:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="308"/>
        <source>Chaque année à la même date (un jour)</source>
        <translation>Every year on the same date (one day)</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="309"/>
        <source>Chaque année, les sept premiers jours du mois</source>
        <translation>Every year, the first seven days of the month</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="312"/>
        <source>Chaque année, la première semaine complète du mois (lundi à dimanche)</source>
        <translation>Every year, the first full week of the month (Monday to Sunday)</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="314"/>
        <source>Chaque année, du … au … (période annuelle)</source>
        <translation>Every year, from … to … (yearly period)</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="315"/>
        <source>Une seule fois, du … au … (ponctuelle)</source>
        <translation>Once, from … to … (one-off)</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="316"/>
        <source>Règle personnalisée (RFC 5545)</source>
        <translation>Custom rule (RFC 5545)</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="323"/>
        <source>Fin (incluse) :</source>
        <translation>End (inclusive):</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="325"/>
        <source>Règle :</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="330"/>
        <source>Quand :</source>
        <translation>When:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="331"/>
        <source>Début :</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="334"/>
        <source>En clair :</source>
        <translation>In plain words:</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="346"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="346"/>
        <source>Cette année-là</source>
        <translation>That year</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="346"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="346"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="352"/>
        <source>Ajouter une exception</source>
        <translation>Add an exception</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="354"/>
        <source>Retirer l&apos;exception</source>
        <translation>Remove the exception</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="361"/>
        <source>Exceptions : pour une année donnée, l&apos;occurrence est déplacée ou annulée.</source>
        <translation>Exceptions: for a given year, the occurrence is moved or cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="381"/>
        <source>déplacée</source>
        <translation>moved</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="382"/>
        <source>annulée</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="402"/>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="402"/>
        <source>Objectif</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="402"/>
        <source>Action attendue</source>
        <translation>Expected action</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="412"/>
        <source>Choisir ou taper un public</source>
        <translation>Choose or type an audience</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="413"/>
        <source>Ajouter le public</source>
        <translation>Add the audience</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="415"/>
        <source>Retirer le public</source>
        <translation>Remove the audience</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="436"/>
        <source>Ce public est déjà dans la liste.</source>
        <translation>This audience is already in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="450"/>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="453"/>
        <source>Nouveau partenaire</source>
        <translation>New partner</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="456"/>
        <source>Canaux</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="456"/>
        <source>Nouveau canal</source>
        <translation>New channel</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="467"/>
        <source>Régions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="469"/>
        <source>Tout le Québec</source>
        <translation>All of Quebec</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="515"/>
        <source>n° %1 — %2</source>
        <translation>No. %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="541"/>
        <source>Recommandation %1</source>
        <translation>Recommendation %1</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="552"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="553"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="554"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="555"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="556"/>
        <source>Échéance (AAAA-MM-JJ)</source>
        <translation>Due date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="557"/>
        <source>Délai (jours avant)</source>
        <translation>Lead time (days before)</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="558"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="559"/>
        <source>Lieux de diffusion</source>
        <translation>Distribution places</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="572"/>
        <source>Ajouter un matériel</source>
        <translation>Add a material</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="574"/>
        <source>Retirer le matériel</source>
        <translation>Remove the material</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="578"/>
        <source>L&apos;échéance est une date fixe, ou bien un délai en jours avant chaque lancement.</source>
        <translation>The due date is a fixed date, or a lead time in days before each launch.</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="651"/>
        <source>Couleur de la campagne</source>
        <translation>Campaign colour</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="739"/>
        <source>Deux exceptions portent sur l&apos;année %1.</source>
        <translation>Two exceptions are for the year %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="790"/>
        <source>Matériel %1 : %2 « %3 » n&apos;est pas un nombre entier.</source>
        <translation>Material %1: %2 “%3” is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="762"/>
        <source>Matériel %1 : échéance « %2 » illisible (attendu : AAAA-MM-JJ, ex. 2027-02-15).</source>
        <translation>Material %1: due date “%2” cannot be read (expected: YYYY-MM-DD, e.g. 2027-02-15).</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="774"/>
        <source>le délai</source>
        <translation>the lead time</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="775"/>
        <source>la quantité</source>
        <translation>the quantity</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="799"/>
        <source>Le titre ne peut pas être vide.</source>
        <translation>The title cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="806"/>
        <source>La fin précède le début : choisissez une fin le même jour ou après.</source>
        <translation>The end is before the start: choose an end on the same day or later.</translation>
    </message>
    <message>
        <location filename="../../ui/editeur.py" line="813"/>
        <source>Une campagne porte déjà l&apos;identifiant « %1 ».</source>
        <translation>A campaign already has the identifier “%1”.</translation>
    </message>
</context>
<context>
    <name>FenetrePrincipale</name>
    <message>
        <location filename="../../ui/fenetre.py" line="87"/>
        <source>Campagnes — %1</source>
        <translation>Campagnes — %1</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="87"/>
        <location filename="../../ui/fenetre.py" line="97"/>
        <source>Campagnes</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="96"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="98"/>
        <source>Publics</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="99"/>
        <source>Matériel</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="100"/>
        <source>Recommandations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="166"/>
        <source>&amp;Nouvelle campagne…</source>
        <translation>&amp;New campaign…</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="169"/>
        <source>Créer une campagne</source>
        <translation>Create a campaign</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="172"/>
        <source>&amp;Modifier la campagne…</source>
        <translation>&amp;Edit campaign…</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="175"/>
        <source>Ouvrir la campagne choisie dans l&apos;éditeur</source>
        <translation>Open the selected campaign in the editor</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="178"/>
        <source>&amp;Supprimer la campagne</source>
        <translation>&amp;Delete campaign</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="181"/>
        <source>Supprimer la campagne choisie (annulable)</source>
        <translation>Delete the selected campaign (can be undone)</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="184"/>
        <source>&amp;Importer des campagnes (CSV)…</source>
        <translation>&amp;Import campaigns (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="187"/>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="189"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="191"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="193"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="196"/>
        <source>&amp;Chercher une campagne</source>
        <translation>&amp;Find a campaign</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="201"/>
        <source>&amp;Année</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="202"/>
        <source>&amp;Campagnes</source>
        <translation>&amp;Campaigns</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="203"/>
        <source>&amp;Publics</source>
        <translation>&amp;Audiences</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="204"/>
        <source>&amp;Matériel</source>
        <translation>&amp;Materials</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="205"/>
        <source>&amp;Recommandations</source>
        <translation>&amp;Recommendations</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="213"/>
        <source>Année &amp;précédente</source>
        <translation>&amp;Previous year</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="216"/>
        <source>Année &amp;suivante</source>
        <translation>&amp;Next year</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="219"/>
        <source>Les campagnes en &amp;CSV…</source>
        <translation>Campaigns as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="221"/>
        <source>À &amp;propos de Campagnes</source>
        <translation>&amp;About Campagnes</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="223"/>
        <source>À propos de &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="228"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="238"/>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="243"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="249"/>
        <source>Calendriers des &amp;partenaires</source>
        <translation>Partner ca&amp;lendars</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="251"/>
        <source>E&amp;xporter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="253"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="265"/>
        <source>Barre d&apos;outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="277"/>
        <source>  Année planifiée : </source>
        <translation>  Planned year: </translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="281"/>
        <source>Année planifiée</source>
        <translation>Planned year</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="384"/>
        <source>%1 campagnes — %2</source>
        <translation>%1 campaigns — %2</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="386"/>
        <source>base en mémoire</source>
        <translation>in-memory database</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="438"/>
        <source>Lecture seule : la campagne ne peut pas être modifiée.</source>
        <translation>Read-only: the campaign cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="469"/>
        <source>Campagne créée : %1</source>
        <translation>Campaign created: %1</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="474"/>
        <source>Modifications enregistrées.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="485"/>
        <source>« %1 » supprimée. Ctrl+Z pour l&apos;annuler.</source>
        <translation>“%1” deleted. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="492"/>
        <source>Occurrence déplacée. Ctrl+Z pour l&apos;annuler.</source>
        <translation>Occurrence moved. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="503"/>
        <source>Importer des campagnes</source>
        <translation>Import campaigns</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="503"/>
        <location filename="../../ui/fenetre.py" line="559"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="531"/>
        <source>Import de « %1 »…</source>
        <translation>Importing “%1”…</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="547"/>
        <source>Import terminé : %1 créées, %2 modifiées, %3 inchangées.</source>
        <translation>Import finished: %1 created, %2 changed, %3 unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="557"/>
        <source>Exporter les campagnes</source>
        <translation>Export campaigns</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="574"/>
        <source>%1 campagnes exportées dans %2.</source>
        <translation>%1 campaigns exported to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="590"/>
        <source>À propos de Campagnes</source>
        <translation>About Campagnes</translation>
    </message>
    <message>
        <location filename="../../ui/fenetre.py" line="592"/>
        <source>Campagnes planifie les campagnes de sensibilisation recommandées par la Commission spéciale sur l&apos;exploitation sexuelle des mineurs (CSESM).</source>
        <translation>Campagnes plans the awareness campaigns recommended by the Special Commission on the Sexual Exploitation of Minors (CSESM).</translation>
    </message>
</context>
<context>
    <name>Fiabilite</name>
    <message>
        <location filename="../../ui/fiabilite.py" line="101"/>
        <source>Sau&amp;vegarder maintenant</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/fiabilite.py" line="103"/>
        <source>Copier le plan dans le dossier des sauvegardes, à côté de la base</source>
        <translation>Copy the plan to the backup folder, next to the database</translation>
    </message>
    <message>
        <location filename="../../ui/fiabilite.py" line="106"/>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/fiabilite.py" line="108"/>
        <source>Voir les sauvegardes du plan et en restaurer une</source>
        <translation>See the plan&apos;s backups and restore one</translation>
    </message>
    <message>
        <location filename="../../ui/fiabilite.py" line="132"/>
        <source>Sauvegarde faite : %1 (%2 campagnes).</source>
        <translation>Backup made: %1 (%2 campaigns).</translation>
    </message>
    <message>
        <location filename="../../ui/fiabilite.py" line="145"/>
        <source>Sauvegarde automatique impossible : %1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/fiabilite.py" line="196"/>
        <source>Restauration de la sauvegarde…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/fiabilite.py" line="208"/>
        <source>Sauvegarde restaurée : %1 campagne(s).</source>
        <translation>Backup restored: %1 campaign(s).</translation>
    </message>
    <message>
        <location filename="../../ui/fiabilite.py" line="212"/>
        <source>L&apos;état précédent est gardé dans « %1 ».</source>
        <translation>The previous state is kept in “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/fiabilite.py" line="251"/>
        <source>Plan modifié dans une autre fenêtre ou sur un autre poste : affichage relu.</source>
        <translation>Plan changed in another window or on another computer: display reloaded.</translation>
    </message>
    <message>
        <location filename="../../ui/fiabilite.py" line="263"/>
        <source>&lt;b&gt;Lecture seule&lt;/b&gt; : « %1 » ne peut pas être modifiée ici (dossier ou fichier protégé, ou ouverture en consultation). Vous pouvez consulter, exporter et imprimer le plan ; pour le modifier, ouvrez-le depuis un dossier où vous pouvez écrire.</source>
        <translation>&lt;b&gt;Read-only&lt;/b&gt;: “%1” cannot be changed here (protected folder or file, or opened for viewing only). You can view, export and print the plan; to change it, open it from a folder where you can write.</translation>
    </message>
    <message>
        <location filename="../../ui/fiabilite.py" line="272"/>
        <source>Lecture seule</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../ui/fiabilite.py" line="287"/>
        <source>(lecture seule)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../ui/fiabilite.py" line="300"/>
        <source>Lecture seule : la base ne peut pas être modifiée.</source>
        <translation>Read-only: the database cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/fiabilite.py" line="319"/>
        <source>À l&apos;ouverture du plan</source>
        <translation>On opening the plan</translation>
    </message>
</context>
<context>
    <name>Impression</name>
    <message>
        <location filename="../../ui/impression.py" line="89"/>
        <source>&amp;Imprimer la fiche…</source>
        <translation>Print campaign &amp;sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="93"/>
        <source>Aperçu et impression de la fiche de la campagne choisie, pour l&apos;année planifiée</source>
        <translation>Preview and print the sheet of the selected campaign, for the planned year</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="96"/>
        <source>&amp;Fiche de campagne (PDF)…</source>
        <translation>Campaign &amp;sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="97"/>
        <source>&amp;Plan annuel (PDF)…</source>
        <translation>&amp;Annual plan (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="98"/>
        <source>&amp;Rapport biennal (PDF)…</source>
        <translation>&amp;Biennial report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="153"/>
        <source>fiche « %1 », %2</source>
        <translation>sheet “%1”, %2</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="163"/>
        <source>Préparation de la fiche…</source>
        <translation>Preparing the sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="180"/>
        <source>Document enregistré dans « %1 ».</source>
        <translation>Document saved in “%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/impression.py" line="185"/>
        <source>%n page(s) envoyée(s) à l&apos;imprimante.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="204"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="220"/>
        <source>Exporter la fiche de campagne</source>
        <translation>Export the campaign sheet</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="227"/>
        <source>Exporter le plan annuel</source>
        <translation>Export the annual plan</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="239"/>
        <source>Exporter le rapport biennal</source>
        <translation>Export the biennial report</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="254"/>
        <source>Fiche de campagne</source>
        <translation>Campaign sheet</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="264"/>
        <source>Plan annuel %1</source>
        <translation>Annual plan %1</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="276"/>
        <source>Rapport biennal %1–%2</source>
        <translation>Biennial report %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="291"/>
        <source>%1 : composition du PDF…</source>
        <translation>%1: composing the PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/impression.py" line="299"/>
        <source>%1 enregistré dans « %2 » (%n page(s)).</source>
        <translation>
            <numerusform>%1 saved in “%2” (%n page).</numerusform>
            <numerusform>%1 saved in “%2” (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="306"/>
        <source>Export terminé</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="308"/>
        <source>Ouvrir l&apos;&amp;aperçu</source>
        <translation>Open the &amp;preview</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="309"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="330"/>
        <source>Impossible de relire « %1 » : %2.</source>
        <translation>Cannot read “%1” back: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="368"/>
        <source>Export annulé : « %1 » n&apos;a pas été modifié.</source>
        <translation>Export cancelled: “%1” was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/impression.py" line="372"/>
        <source>Préparation de la fiche annulée.</source>
        <translation>Sheet preparation cancelled.</translation>
    </message>
</context>
<context>
    <name>ModeleCampagnes</name>
    <message>
        <location filename="../../ui/modele_campagnes.py" line="147"/>
        <source>aucune date cette année</source>
        <translation>no date this year</translation>
    </message>
    <message>
        <location filename="../../ui/modele_campagnes.py" line="190"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/modele_campagnes.py" line="191"/>
        <source>Dates %1</source>
        <translation>Dates %1</translation>
    </message>
    <message>
        <location filename="../../ui/modele_campagnes.py" line="192"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/modele_campagnes.py" line="193"/>
        <source>Publics</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location filename="../../ui/modele_campagnes.py" line="194"/>
        <source>Recommandations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../ui/modele_campagnes.py" line="195"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>ModeleCouverture</name>
    <message>
        <location filename="../../ui/vue_publics.py" line="86"/>
        <source>Aucune campagne n&apos;atteint ce public cette année.</source>
        <translation>No campaign reaches this audience this year.</translation>
    </message>
    <message>
        <location filename="../../ui/vue_publics.py" line="93"/>
        <source>non atteint</source>
        <translation>not reached</translation>
    </message>
    <message>
        <location filename="../../ui/vue_publics.py" line="118"/>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../ui/vue_publics.py" line="120"/>
        <source>Campagnes</source>
        <translation>Campaigns</translation>
    </message>
</context>
<context>
    <name>ModeleEtablissements</name>
    <message>
        <location filename="../../ui/registre_affichage.py" line="103"/>
        <source>Établissement</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="104"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="105"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="106"/>
        <source>Affiche achat (25)</source>
        <translation>Purchase poster (25)</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="107"/>
        <source>Affiche signalement (26)</source>
        <translation>Reporting poster (26)</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="108"/>
        <source>Dernière vérification</source>
        <translation>Last check</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="109"/>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="114"/>
        <source>absente</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="118"/>
        <source>en place</source>
        <translation>in place</translation>
    </message>
</context>
<context>
    <name>ModeleMateriels</name>
    <message>
        <location filename="../../ui/vue_materiels.py" line="148"/>
        <source>Campagne</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="149"/>
        <source>Matériel</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="150"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="151"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="152"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="153"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="154"/>
        <source>État</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>ModeleSceau</name>
    <message>
        <location filename="../../ui/registre_sceau.py" line="100"/>
        <source>Organisation</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="101"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="102"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="103"/>
        <source>Octroi</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="104"/>
        <source>Renouvellement</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="105"/>
        <source>Formation du personnel</source>
        <translation>Staff training</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="106"/>
        <source>Affiches</source>
        <translation>Posters</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="121"/>
        <source>à faire</source>
        <translation>to do</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="123"/>
        <source>en place</source>
        <translation>in place</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="123"/>
        <source>absentes</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="149"/>
        <source>Renouvellement en retard de %1 jour(s)</source>
        <translation>Renewal overdue by %1 day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="150"/>
        <source>Renouvellement dû dans %1 jour(s)</source>
        <translation>Renewal due in %1 day(s)</translation>
    </message>
</context>
<context>
    <name>PageIndicateurs</name>
    <message>
        <location filename="../../ui/suivi_indicateurs.py" line="78"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_indicateurs.py" line="79"/>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_indicateurs.py" line="80"/>
        <source>Référence</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_indicateurs.py" line="81"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_indicateurs.py" line="82"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_indicateurs.py" line="83"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_indicateurs.py" line="84"/>
        <source>Date de mesure (AAAA-MM-JJ)</source>
        <translation>Measurement date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_indicateurs.py" line="85"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_indicateurs.py" line="88"/>
        <source>Indicateurs d&apos;évaluation</source>
        <translation>Evaluation indicators</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_indicateurs.py" line="106"/>
        <source>Une valeur de référence et une cible par indicateur ; le résultat mesuré demande sa date de mesure. Une cible sous la référence vise une baisse.</source>
        <translation>One baseline value and one target per indicator; a measured result needs its measurement date. A target below the baseline aims for a decrease.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_indicateurs.py" line="111"/>
        <source>Ajouter un indicateur</source>
        <translation>Add an indicator</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_indicateurs.py" line="113"/>
        <source>Retirer l&apos;indicateur</source>
        <translation>Remove the indicator</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_indicateurs.py" line="231"/>
        <source>cible atteinte</source>
        <translation>target reached</translation>
    </message>
    <message>
        <location filename="../../ui/suivi_indicateurs.py" line="231"/>
        <source>cible non atteinte</source>
        <translation>target not reached</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="145"/>
        <source>Créer « %1 »</source>
        <translation>Create “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="155"/>
        <source>Modifier « %1 »</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="164"/>
        <source>Supprimer « %1 »</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="174"/>
        <source>Déplacer « %1 »</source>
        <translation>Move “%1”</translation>
    </message>
</context>
<context>
    <name>SyntheseAffichage</name>
    <message>
        <location filename="../../ui/registre_affichage.py" line="300"/>
        <source>Par région</source>
        <translation>By region</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="301"/>
        <source>Par type d&apos;établissement</source>
        <translation>By type of establishment</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="315"/>
        <source>Établissements</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="316"/>
        <source>Conformes</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="317"/>
        <source>Affiche achat</source>
        <translation>Purchase poster</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="318"/>
        <source>Affiche signalement</source>
        <translation>Reporting poster</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="344"/>
        <source>Ensemble du Québec</source>
        <translation>All of Quebec</translation>
    </message>
</context>
<context>
    <name>VueAffichage</name>
    <message>
        <location filename="../../ui/registre_affichage.py" line="428"/>
        <source>%1 établissement(s)</source>
        <translation>%1 establishment(s)</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="430"/>
        <source>%1 sur %2 établissement(s)</source>
        <translation>%1 of %2 establishment(s)</translation>
    </message>
</context>
<context>
    <name>VueAnnee</name>
    <message>
        <location filename="../../ui/vue_annee.py" line="69"/>
        <source>janv.</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="70"/>
        <source>févr.</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="71"/>
        <location filename="../../ui/vue_annee.py" line="85"/>
        <source>mars</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="72"/>
        <source>avr.</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="73"/>
        <location filename="../../ui/vue_annee.py" line="87"/>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="74"/>
        <location filename="../../ui/vue_annee.py" line="88"/>
        <source>juin</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="75"/>
        <source>juil.</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="76"/>
        <location filename="../../ui/vue_annee.py" line="90"/>
        <source>août</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="77"/>
        <source>sept.</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="78"/>
        <source>oct.</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="79"/>
        <source>nov.</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="80"/>
        <source>déc.</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="83"/>
        <source>janvier</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="84"/>
        <source>février</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="86"/>
        <source>avril</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="89"/>
        <source>juillet</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="91"/>
        <source>septembre</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="92"/>
        <source>octobre</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="93"/>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="94"/>
        <source>décembre</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="240"/>
        <source>Frise de l&apos;année</source>
        <translation>Year timeline</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="764"/>
        <location filename="../../ui/vue_annee.py" line="785"/>
        <source>Calendrier importé : {source}</source>
        <translation>Imported calendar: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="770"/>
        <source>Recommandation {numeros}</source>
        <translation>Recommendation {numeros}</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="772"/>
        <source>Recommandations {numeros}</source>
        <translation>Recommendations {numeros}</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="775"/>
        <source>Dates modifiées pour cette année</source>
        <translation>Dates changed for this year</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="778"/>
        <source>Jours fériés : {noms}</source>
        <translation>Statutory holidays: {noms}</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="794"/>
        <source>Échéance du matériel « {libelle} » : {jour}</source>
        <translation>Material “{libelle}” due: {jour}</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="804"/>
        <source>Cliquez pour voir l&apos;avertissement dans la liste.</source>
        <translation>Click to see the warning in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="810"/>
        <source>Jour férié au Québec : {jour}</source>
        <translation>Quebec statutory holiday: {jour}</translation>
    </message>
    <message>
        <location filename="../../ui/vue_annee.py" line="869"/>
        <source>Aucune campagne à afficher pour {annee}.</source>
        <translation>No campaign to show for {annee}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vue_annee.py" line="1184"/>
        <source>%n ligne</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vue_annee.py" line="1184"/>
        <source>%n lignes</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VueCampagnes</name>
    <message>
        <location filename="../../ui/vue_campagnes.py" line="49"/>
        <source>Chercher dans les titres et descriptions (Ctrl+F)</source>
        <translation>Search titles and descriptions (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/vue_campagnes.py" line="52"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/vue_campagnes.py" line="55"/>
        <source>Tous les publics</source>
        <translation>All audiences</translation>
    </message>
    <message>
        <location filename="../../ui/vue_campagnes.py" line="56"/>
        <source>Toutes les régions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../ui/vue_campagnes.py" line="57"/>
        <source>Tous les partenaires</source>
        <translation>All partners</translation>
    </message>
    <message>
        <location filename="../../ui/vue_campagnes.py" line="58"/>
        <source>Toutes les recommandations</source>
        <translation>All recommendations</translation>
    </message>
    <message>
        <location filename="../../ui/vue_campagnes.py" line="59"/>
        <source>Effacer les filtres</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/vue_campagnes.py" line="129"/>
        <source>Recommandation %1</source>
        <translation>Recommendation %1</translation>
    </message>
    <message>
        <location filename="../../ui/vue_campagnes.py" line="182"/>
        <source>%1 sur %2 campagnes</source>
        <translation>%1 of %2 campaigns</translation>
    </message>
</context>
<context>
    <name>VueMateriels</name>
    <message>
        <location filename="../../ui/vue_materiels.py" line="171"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="175"/>
        <source>Toutes les langues</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="191"/>
        <source>Statut :</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="193"/>
        <source>Langue :</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/vue_materiels.py" line="233"/>
        <source>%1 matériels — %2 en retard, %3 bientôt dus</source>
        <translation>%1 materials — %2 overdue, %3 due soon</translation>
    </message>
</context>
<context>
    <name>VuePublics</name>
    <message>
        <location filename="../../ui/vue_publics.py" line="134"/>
        <source>Seulement les publics non atteints</source>
        <translation>Only audiences not reached</translation>
    </message>
    <message>
        <location filename="../../ui/vue_publics.py" line="161"/>
        <source>%1 publics sur %2 ne sont atteints par aucune campagne en %3 (surlignés).</source>
        <translation>%1 of %2 audiences are reached by no campaign in %3 (highlighted).</translation>
    </message>
    <message>
        <location filename="../../ui/vue_publics.py" line="165"/>
        <source>Les %2 publics sont tous atteints par au moins une campagne en %3.</source>
        <translation>All %2 audiences are reached by at least one campaign in %3.</translation>
    </message>
</context>
<context>
    <name>VueRecommandations</name>
    <message>
        <location filename="../../ui/vue_recommandations.py" line="41"/>
        <source>Seulement celles sans campagne</source>
        <translation>Only those without a campaign</translation>
    </message>
    <message>
        <location filename="../../ui/vue_recommandations.py" line="44"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/vue_recommandations.py" line="44"/>
        <source>Recommandation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/vue_recommandations.py" line="44"/>
        <source>Campagnes</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../ui/vue_recommandations.py" line="87"/>
        <source>Chapitre %1</source>
        <translation>Chapter %1</translation>
    </message>
    <message>
        <location filename="../../ui/vue_recommandations.py" line="102"/>
        <source>aucune campagne</source>
        <translation>no campaign</translation>
    </message>
    <message>
        <location filename="../../ui/vue_recommandations.py" line="116"/>
        <source>%1 recommandations, dont %2 sans aucune campagne (surlignées).</source>
        <translation>%1 recommendations, %2 of them without any campaign (highlighted).</translation>
    </message>
    <message>
        <location filename="../../ui/vue_recommandations.py" line="154"/>
        <source>Recommandation %1</source>
        <translation>Recommendation %1</translation>
    </message>
    <message>
        <location filename="../../ui/vue_recommandations.py" line="155"/>
        <source>Campagnes qui la mettent en œuvre</source>
        <translation>Campaigns that implement it</translation>
    </message>
    <message>
        <location filename="../../ui/vue_recommandations.py" line="172"/>
        <source>Aucune campagne ne met en œuvre cette recommandation.</source>
        <translation>No campaign implements this recommendation.</translation>
    </message>
</context>
<context>
    <name>VueRegistre</name>
    <message>
        <location filename="../../ui/registres_commun.py" line="490"/>
        <source>Toutes les régions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="491"/>
        <source>Filtrer par région</source>
        <translation>Filter by region</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="493"/>
        <source>Chercher…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="495"/>
        <source>Chercher dans le registre</source>
        <translation>Search the register</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="497"/>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="498"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="499"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="500"/>
        <source>Importer CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="501"/>
        <source>Exporter CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="518"/>
        <source>Région :</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="638"/>
        <source>Ajouter « %1 »</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="641"/>
        <source>Modifier « %1 »</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="647"/>
        <source>« %1 » enregistré. Ctrl+Z pour annuler.</source>
        <translation>“%1” saved. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="654"/>
        <source>Supprimer « %1 »</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="657"/>
        <source>« %1 » supprimé. Ctrl+Z pour annuler.</source>
        <translation>“%1” deleted. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="664"/>
        <source>Importer le registre</source>
        <translation>Import the register</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="664"/>
        <location filename="../../ui/registres_commun.py" line="695"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="676"/>
        <source>Import de « %1 »…</source>
        <translation>Importing “%1”…</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="687"/>
        <source>Import terminé : %1 créés, %2 modifiés, %3 inchangés.</source>
        <translation>Import finished: %1 created, %2 changed, %3 unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="695"/>
        <source>Exporter le registre</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="707"/>
        <source>Export vers « %1 »…</source>
        <translation>Exporting to “%1”…</translation>
    </message>
    <message>
        <location filename="../../ui/registres_commun.py" line="710"/>
        <source>%1 entrées exportées dans %2.</source>
        <translation>%1 entries exported to %2.</translation>
    </message>
</context>
<context>
    <name>VueSceau</name>
    <message>
        <location filename="../../ui/registre_sceau.py" line="275"/>
        <source>Liste par région (PDF)…</source>
        <translation>List by region (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="278"/>
        <source>Imprimer les titulaires par région (la région du filtre seulement, si choisie)</source>
        <translation>Print the holders by region (only the filtered region, if one is chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="295"/>
        <source>%1 titulaire(s)</source>
        <translation>%1 holder(s)</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="297"/>
        <source>%1 sur %2 titulaire(s)</source>
        <translation>%1 of %2 holder(s)</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="329"/>
        <source>Liste des titulaires du sceau</source>
        <translation>List of seal holders</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="331"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="349"/>
        <source>Liste écrite dans %1 (%2 page(s)).</source>
        <translation>List written to %1 (%2 page(s)).</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="360"/>
        <source>Production de « %1 »…</source>
        <translation>Producing “%1”…</translation>
    </message>
</context>
<context>
    <name>_DialogueAvecErreur</name>
    <message>
        <location filename="../../ui/suivi_gabarits.py" line="59"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>demarrage</name>
    <message>
        <location filename="../../ui/demarrage.py" line="156"/>
        <source>Lecture du plan « %1 »…</source>
        <translation>Reading the plan “%1”…</translation>
    </message>
</context>
<context>
    <name>erreurs</name>
    <message>
        <location filename="../../ui/erreurs.py" line="38"/>
        <source>Campagnes</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../ui/erreurs.py" line="64"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/erreurs.py" line="66"/>
        <source>Une erreur inattendue est survenue. Vos modifications déjà confirmées sont enregistrées. Les détails ont été ajoutés au journal.</source>
        <translation>An unexpected error occurred. Your confirmed changes are saved. The details were added to the log.</translation>
    </message>
</context>
<context>
    <name>libelles</name>
    <message>
        <location filename="../../ui/libelles.py" line="14"/>
        <source>proposée</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="15"/>
        <source>planifiée</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="16"/>
        <source>confirmée</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="17"/>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="18"/>
        <source>terminée</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="19"/>
        <source>annulée</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="23"/>
        <source>à produire</source>
        <translation>to produce</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="24"/>
        <source>en production</source>
        <translation>in production</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="25"/>
        <source>prêt</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="26"/>
        <source>diffusé</source>
        <translation>distributed</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="30"/>
        <source>affiche</source>
        <translation>poster</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="31"/>
        <source>dépliant</source>
        <translation>leaflet</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="32"/>
        <source>vidéo</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="33"/>
        <source>publicité numérique</source>
        <translation>digital ad</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="34"/>
        <source>message radio</source>
        <translation>radio spot</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="35"/>
        <source>site Web</source>
        <translation>website</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="36"/>
        <source>trousse</source>
        <translation>kit</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="37"/>
        <source>formation</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="38"/>
        <source>autre</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="42"/>
        <source>en retard</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="43"/>
        <source>bientôt dû</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="44"/>
        <source>à temps</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="45"/>
        <source>terminé</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="46"/>
        <source>sans échéance</source>
        <translation>no due date</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="50"/>
        <source>français</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="51"/>
        <source>anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="52"/>
        <source>inuktitut</source>
        <translation>Inuktitut</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="53"/>
        <source>cri</source>
        <translation>Cree</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="54"/>
        <source>espagnol</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="55"/>
        <source>arabe</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="56"/>
        <source>chinois</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="57"/>
        <source>autre langue</source>
        <translation>other language</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="61"/>
        <source>janv.</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="62"/>
        <source>févr.</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="63"/>
        <source>mars</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="64"/>
        <source>avr.</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="65"/>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="66"/>
        <source>juin</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="67"/>
        <source>juill.</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="68"/>
        <source>août</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="69"/>
        <source>sept.</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="70"/>
        <source>oct.</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="71"/>
        <source>nov.</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../ui/libelles.py" line="72"/>
        <source>déc.</source>
        <translation>Dec</translation>
    </message>
</context>
<context>
    <name>registre_affichage</name>
    <message>
        <location filename="../../ui/registre_affichage.py" line="55"/>
        <source>plateforme locative numérique</source>
        <translation>digital rental platform</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="56"/>
        <source>établissement hôtelier</source>
        <translation>hotel establishment</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="57"/>
        <source>hébergement touristique</source>
        <translation>tourist accommodation</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="58"/>
        <source>salon de massage érotique</source>
        <translation>erotic massage parlour</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="59"/>
        <source>sauna</source>
        <translation>sauna</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="64"/>
        <source>Criminalité de l&apos;achat de services sexuels (recommandation 25)</source>
        <translation>Purchasing sexual services is a crime (recommendation 25)</translation>
    </message>
    <message>
        <location filename="../../ui/registre_affichage.py" line="67"/>
        <source>Coordonnées pour signaler un crime (recommandation 26)</source>
        <translation>Contact information to report a crime (recommendation 26)</translation>
    </message>
</context>
<context>
    <name>registre_sceau</name>
    <message>
        <location filename="../../ui/registre_sceau.py" line="53"/>
        <source>industrie hôtelière</source>
        <translation>hotel industry</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="54"/>
        <source>festival</source>
        <translation>festival</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="55"/>
        <source>grand événement</source>
        <translation>major event</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="56"/>
        <source>transport de personnes</source>
        <translation>passenger transportation</translation>
    </message>
    <message>
        <location filename="../../ui/registre_sceau.py" line="57"/>
        <source>commerce</source>
        <translation>business</translation>
    </message>
</context>
<context>
    <name>taches</name>
    <message>
        <location filename="../../ui/taches.py" line="66"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
