// Développe les occurrences d'un .ics entre deux dates avec ical.js (le moteur de Thunderbird)
// et les imprime en JSON : un analyseur indépendant de Python pour relire nos exports.
// Utilisation : node developper.mjs fichier.ics AAAA-MM-JJ AAAA-MM-JJ   (fin exclusive)
import fs from "node:fs";
import ICAL from "ical.js";

const [fichier, debutTexte, finTexte] = process.argv.slice(2);
const racine = new ICAL.Component(ICAL.parse(fs.readFileSync(fichier, "utf8")));
for (const fuseau of racine.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(fuseau);
}
const debut = ICAL.Time.fromDateString(debutTexte);
const fin = ICAL.Time.fromDateString(finTexte);
const LIMITE = 100000;

function texte(t) {
  return t.isDate ? t.toString() : t.toJSDate().toISOString();
}

// Les exceptions sont passées explicitement à leur série (ical.js, issue 1019).
const groupes = new Map();
for (const vevent of racine.getAllSubcomponents("vevent")) {
  const uid = vevent.getFirstPropertyValue("uid");
  if (!groupes.has(uid)) groupes.set(uid, { maitres: [], exceptions: [] });
  const groupe = groupes.get(uid);
  (vevent.hasProperty("recurrence-id") ? groupe.exceptions : groupe.maitres).push(vevent);
}

const sortie = [];
function ajouter(evenement, debutOcc, finOcc, recurrenceId) {
  if (debutOcc.compare(fin) >= 0 || finOcc.compare(debut) <= 0) return;
  sortie.push({
    uid: evenement.uid,
    resume: evenement.summary,
    description: evenement.description,
    categories: evenement.component.getAllProperties("categories").flatMap((p) => p.getValues()),
    statut: evenement.component.getFirstPropertyValue("status"),
    sequence: evenement.sequence,
    debut: texte(debutOcc),
    fin: texte(finOcc),
    recurrence_id: recurrenceId ? texte(recurrenceId) : null,
  });
}

for (const [uid, groupe] of groupes) {
  if (groupe.maitres.length !== 1) {
    if (groupe.maitres.length > 1) throw new Error(`UID ${uid} : plusieurs événements maîtres`);
    for (const exc of groupe.exceptions) {
      const e = new ICAL.Event(exc);
      ajouter(e, e.startDate, e.endDate, e.recurrenceId);
    }
    continue;
  }
  const evenement = new ICAL.Event(groupe.maitres[0], { exceptions: groupe.exceptions });
  if (!evenement.isRecurring()) {
    ajouter(evenement, evenement.startDate, evenement.endDate, null);
    continue;
  }
  const iterateur = evenement.iterator();
  let n = 0;
  for (let t = iterateur.next(); t; t = iterateur.next()) {
    if (++n > LIMITE) throw new Error(`UID ${uid} : plus de ${LIMITE} occurrences`);
    const details = evenement.getOccurrenceDetails(t);
    if (t.compare(fin) >= 0 && details.startDate.compare(fin) >= 0) break;
    ajouter(details.item, details.startDate, details.endDate, details.recurrenceId);
  }
}
process.stdout.write(JSON.stringify(sortie));
