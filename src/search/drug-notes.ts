// The drug classes' notes (drugNotes): which note units belong to which class (noteClasses), the
// query's stems only the notes have (setNoteStems), what the notes answer of a query (notesAsked),
// and the drug names that hold another drug's name (longerDrugNames).

import { drugFacts, drugNotes, findStem, type SearchIndex } from './search-index.js';
import type { ReadQuery } from './query.js';
import { ALIAS, namedUnits, NOTE, TERM } from './units.js';
import { stemsOfFolded } from './term-match.js';
import { QUALITY, type Term } from './query-words.js';
import { STOP_WORDS } from './stop-words.js';
import { fold, stem, words } from '../util/text.js';
import type { DrugMember, Section } from '../corpus/types.js';

/** A state said by a word rarer than this ("pregnant", "breastfeeding") that only the drugs' notes
 *  have is asked of the medicine the query names, as a thing of its own is (askedOfNotes); commoner
 *  words of the notes ("usually", "alone", "bought") are any query's. */
const NOTE_THING_ZIPF = 5;
/** States that change the choice of every medicine, asked of medicine in general (inNamedNotes). */
export const CHOICE_STATES = new Set(['pregnant', 'pregnancy', 'breastfeeding', 'breastfeed', 'breastfed']);

/** The names of a section's drugs (generic, brands, other names) of several words, folded, each of
 *  which holds a word that is the whole name of another drug ("nurofen plus", codeine with
 *  ibuprofen: "nurofen", ibuprofen); not a name of the same drug ("naproxen sodium": naproxen). */
export function longerDrugNames(section: Section): string[] {
  let names = longerDrugNamesCache.get(section);
  if (!names) {
    const namesOf = (m: DrugMember) => [m.generic, ...(m.brands ?? []), ...(m.aka ?? [])].map(fold);
    const members = (section.drugs ?? []).flatMap((d) => d.members);
    const owner = new Map<string, Set<DrugMember>>();
    for (const m of members) for (const n of namesOf(m)) if (!n.includes(' ')) owner.set(n, (owner.get(n) ?? new Set()).add(m));
    const found = new Set<string>();
    for (const m of members) for (const n of namesOf(m)) {
      if (n.includes(' ') && n.split(' ').some((w) => [...(owner.get(w) ?? [])].some((o) => o !== m))) found.add(n);
    }
    longerDrugNamesCache.set(section, (names = [...found]));
  }
  return names;
}
const longerDrugNamesCache = new WeakMap<Section, string[]>();

/** The longer drug names of a section (longerDrugNames) that hold `name` as a word of their own, other
 *  than `name` itself, worked out once per section and name: a snippet asks this for every note and
 *  every name of every drug a query names, and splitting each longer name again was 3% of a search's
 *  time over the suites' queries (2026-12-07). */
export function longerNamesHolding(section: Section, name: string): string[] {
  let byName = longerNamesHoldingCache.get(section);
  if (!byName) longerNamesHoldingCache.set(section, (byName = new Map()));
  let found = byName.get(name);
  if (!found) byName.set(name, (found = longerDrugNames(section).filter((longer) => longer !== name && longer.split(' ').includes(name))));
  return found;
}
const longerNamesHoldingCache = new WeakMap<Section, Map<string, string[]>>();

const noteClassCache = new WeakMap<SearchIndex, Map<number, number>>();
/** The drug class (its index among its section's drugs) of each note unit: the notes are the last
 *  units of their section, in drugNotes' order (sectionUnits). */
function noteClasses(index: SearchIndex): Map<number, number> {
  let out = noteClassCache.get(index);
  if (out) return out;
  out = new Map();
  index.corpus.sections.forEach((section, s) => {
    const notes = drugNotes(section);
    if (notes.length === 0) return;
    const end = s + 1 < index.sectionFirstUnit.length ? index.sectionFirstUnit[s + 1] : index.unitSection.length;
    let u = end - notes.reduce((n, note) => n + note.sentences.length, 0);
    for (const note of notes) for (let k = 0; k < note.sentences.length; k++, u++) if (index.unitKind[u] === NOTE) out!.set(u, note.drug);
  });
  noteClassCache.set(index, out);
  return out;
}

/** The class whose note is every opioid's (on alcohol, driving, other opioids and sedatives). */
export const OPIOID_CLASS = /^opioids\b/;

/** Whether a query word means alcohol: "alcohol" itself, or a drink the lexicon reads as it ("beer",
 *  "lager"), by its stems or, as only the drugs' notes say "alcohol", by its notes' stems. */
export function meansAlcohol(index: SearchIndex, t: Term): boolean {
  const id = findStem(index, 'alcohol');
  return id >= 0 && (t.stems.has(id) || t.noteStems?.has(id) === true);
}

/** Moves a term's stems that only drug notes have (no unit of another kind) to its noteStems. */
export function setNoteStems(index: SearchIndex, t: Term): void {
  let notes: Map<number, number> | undefined;
  for (const [id, q] of t.stems) {
    let other = false;
    for (let p = index.postingStart[id]; p < index.postingStart[id + 1] && !other; p++) other = index.unitKind[index.postingUnits[p]] !== NOTE;
    if (!other) (notes ??= new Map()).set(id, q);
  }
  if (!notes) return;
  for (const id of notes.keys()) t.stems.delete(id);
  t.noteStems = notes;
}

/** Nouns that, after an organ, name an illness of it: "heart problems", "kidney issues", "liver
 *  trouble", "a heart condition" say what the drugs' notes call "heart disease", "kidney disease". */
const ILLNESS_NOUNS = new Set(['problem', 'problems', 'issue', 'issues', 'trouble', 'troubles', 'condition', 'conditions']);
/** Adjectives that, before an organ, say it is ill: "a dodgy heart", "bad kidneys", "a weak heart". */
const ILLNESS_ADJECTIVES = new Set(['bad', 'dodgy', 'weak', 'poor', 'dicky', 'failing', 'damaged']);
/** Whether a word says an organ is ill, after it (ILLNESS_NOUNS) or before it (ILLNESS_ADJECTIVES). */
const illnessWord = (word: string) => ILLNESS_NOUNS.has(word) || ILLNESS_ADJECTIVES.has(word);

/** Reads an illness noun right after an organ whose disease the drugs' notes name ("… heart disease,
 *  raised blood pressure, or kidney or liver disease"), or an illness adjective right before one ("a
 *  dodgy heart", "bad kidneys"), as "disease" too, at a lemma's quality, before setNoteStems files
 *  the stem under the notes: "I have heart problems, is ibuprofen safe" had shown "Take only one
 *  NSAID at a time", which says "heart" only of low-dose aspirin "for your heart", not the caution
 *  on heart disease. Other organs keep their words ("neck problems", "bladder trouble"): no note
 *  names their disease. The term keeps its weight and kind (a common word): the scope reads "heart
 *  problems" as it did (scope.ts, HAS_CONDITION). */
export function readIllnessNouns(index: SearchIndex, parsed: Term[], query: string): void {
  if (!parsed.some((t) => illnessWord(t.word))) return;
  const disease = findStem(index, stem('disease'));
  if (disease < 0) return;
  const w = words(query);
  for (const t of parsed) {
    if (!illnessWord(t.word) || t.stems.has(disease)) continue;
    const at = w.indexOf(t.word);
    const organ = ILLNESS_NOUNS.has(t.word) ? w[at - 1] : w[at + 1];
    if (at >= 0 && organ !== undefined && diseasedOrgans(index).has(stem(organ))) t.stems.set(disease, QUALITY.lemma);
  }
}

/** Whether a term is an illness noun read as "disease" (readIllnessNouns): a thing of its own, as
 *  "disease" is, for what the notes answer (askedOfNotes). */
function illnessRead(index: SearchIndex, t: Term): boolean {
  return illnessWord(t.word) && t.noteStems !== undefined && t.noteStems.has(findStem(index, stem('disease')));
}

/** The stems of the words the drugs' notes put before "disease" ("heart disease"), or before "or X
 *  disease" ("kidney or liver disease"), worked out once per index. */
function diseasedOrgans(index: SearchIndex): Set<string> {
  let organs = diseasedOrgansCache.get(index);
  if (organs === undefined) {
    diseasedOrgansCache.set(index, (organs = new Set()));
    for (const section of index.corpus.sections) {
      for (const note of drugNotes(section)) {
        for (const sentence of note.sentences) {
          for (const m of fold(sentence).matchAll(BEFORE_DISEASE)) for (const w of [m[1], m[2]]) if (w !== undefined && !STOP_WORDS.has(w)) organs.add(stem(w));
        }
      }
    }
  }
  return organs;
}
const diseasedOrgansCache = new WeakMap<SearchIndex, Set<string>>();
const BEFORE_DISEASE = /\b([a-z]+) (?:or ([a-z]+) )?disease\b/g;

/** How the drugs' notes answer a query, for search(): whether a word of the query is a thing only the
 *  notes name, asked of a medicine the query names (askedOfNotes), or a word the corpus has elsewhere
 *  too, in the note of the class of a medicine the query names (inNamedNotesToo). noteWeight: what a
 *  note weighs in the ranking (0 unless only the notes answer); namesMedicine: whether the query
 *  names a medicine whole. */
export function notesAsked(index: SearchIndex, parsed: Term[], read: ReadQuery, unitScores: Map<number, number[]>, noteWeight: number, anyMatch: (t: number) => boolean, isContext: (t: Term) => boolean, namesMedicine: () => boolean): { askedOfNotes: (t: Term) => boolean; inNamedNotesToo: (t: Term) => boolean; inNamedNote: (t: Term) => boolean; reasonInTriedNotes: (t: Term) => boolean } {
  const sections = index.corpus.sections;
  /** Whether a thing of its own (a part of the body, an illness, a substance) that only the drugs'
   *  notes name is asked of a medicine the query names ("is paracetamol bad for my liver"): the
   *  notes answer it, so it is no other subject of the query's. Only such a thing: a commoner word
   *  of the notes ("dose" of "low-dose aspirin") would choose a note that speaks of another drug
   *  ("what dose of naproxen"). */
  // (A pregnancy or breastfeeding asked beside a medicine turned from is asked of the others' notes:
  // "other than paracetamol, is there anything a pregnant woman can use" had shown "… or NSAIDS, may
  // relieve the pain", and the NSAIDs are not usually advised in pregnancy; review48.)
  const askedOfNotes = (t: Term) => t.noteStems !== undefined && t.weight > 0 && (t.kind === 'b' || t.kind === 's' || illnessRead(index, t) || (t.kind === 'w' && (t.zipf ?? 0) < NOTE_THING_ZIPF) || CHOICE_STATES.has(t.word)) && noteWeight === 0 && (namesMedicine() || (CHOICE_STATES.has(t.word) && parsed.some((u) => u.tried))) && inNamedNotes(t);
  /** The class (its index among its section's drugs) of a drug's or a class's name unit; undefined
   *  for any other unit. */
  const drugClassOf = (unitId: number): number | undefined => {
    const kind = index.unitKind[unitId];
    if (kind !== TERM && kind !== ALIAS) return undefined;
    const s = index.unitSection[unitId];
    return namedUnits(sections[s])[unitId - index.sectionFirstUnit[s]]?.drugClass;
  };
  /** Whether a word names one drug or one class: not a word of several classes' names ("painkiller"
   *  of "narcotic painkillers" and "combination painkillers"), which names medicine in general. */
  const namesOneDrug = (t: Term): boolean => {
    const i = parsed.indexOf(t);
    let one: number | undefined;
    for (const [unitId, perTerm] of unitScores) {
      if (!(perTerm[i] > 0)) continue;
      const drug = drugClassOf(unitId);
      if (drug === undefined) continue;
      if (one !== undefined && one !== drug) return false;
      one = drug;
    }
    return one !== undefined;
  };
  let namedClasses: Set<string> | undefined;
  /** Whether a word is in a note of a drug class the query names (by a drug's name or the class's):
   *  "alcohol" of the muscle relaxants' note is no answer to "paracetamol after drinking alcohol", nor
   *  "blood pressure" of the NSAIDs' note to "side effects of blood pressure tablets". With `anyStem`,
   *  by any of its stems, not only those the notes alone have (inNamedNotesToo). */
  const inNamedNotes = (t: Term, anyStem = false): boolean => {
    // A pregnancy or breastfeeding changes the choice of every medicine: asked with no drug named
    // ("pregnant with neck pain, what can I take"), every class's note on it answers (review22: the
    // article's "NSAIDS may relieve the pain" had answered, which reads as a yes); so it does asked
    // for another than the one named ("breastfeeding so i stopped the co-codamol, which painkiller
    // instead": paracetamol's "it can be taken while breastfeeding").
    // ("what painkiller is safe in pregnancy": a word of several classes' names is medicine in general.)
    if (CHOICE_STATES.has(t.word) && !parsed.some((u, i) => !u.tried && anyMatch(i) && namesOneDrug(u))) return true;
    // Asking what else there is ("I have asthma, what can I take instead"), the person turns from the
    // medicine they name: its note is not what they ask.
    if (read.alternatives) return false;
    if (!namedClasses) {
      namedClasses = new Set();
      for (const [unitId, perTerm] of unitScores) {
        if (!perTerm.some((v, i) => v > 0 && !parsed[i].tried && !isContext(parsed[i]))) continue;
        const drug = drugClassOf(unitId);
        if (drug === undefined) continue;
        namedClasses.add(`${index.unitSection[unitId]} ${drug}`);
        // A class whose label says it holds an opioid ("with codeine, an opioid"), named by a
        // medicine's name (not "pharmacy" of "codeine combinations from pharmacies"), is asked of the
        // opioids' note too ("norco and alcohol", "can i drink on percocet"; review25 finding 5).
        const drugs = sections[index.unitSection[unitId]].drugs ?? [];
        const byName = perTerm.some((v, i) => v > 0 && !parsed[i].tried && (parsed[i].kind === 's' || parsed[i].kind === undefined));
        if (byName && /\bopioid\b/i.test(drugs[drug]?.label ?? '')) {
          const opioids = drugs.findIndex((d) => OPIOID_CLASS.test(d.class));
          if (opioids >= 0) namedClasses.add(`${index.unitSection[unitId]} ${opioids}`);
        }
      }
    }
    return inNotesOf(anyStem ? [...t.stems.keys(), ...(t.noteStems?.keys() ?? [])] : t.noteStems!.keys(), namedClasses);
  };
  /** Whether a stem of `ids` stands in a note of one of `wanted`'s classes (keys "section class"). */
  const inNotesOf = (ids: Iterable<number>, wanted: Set<string>): boolean => {
    const classes = noteClasses(index);
    for (const id of ids) {
      for (let p = index.postingStart[id]; p < index.postingStart[id + 1]; p++) {
        const u = index.postingUnits[p];
        const drug = classes.get(u);
        if (drug !== undefined && wanted.has(`${index.unitSection[u]} ${drug}`)) return true;
      }
    }
    return false;
  };
  /** Whether a part of the body or a thing, said with a medicine the query names, is in a note of
   *  that medicine's class, though the corpus has the word elsewhere too ("stomach" of "upset
   *  stomach" and of the NSAIDs' "bleeding in the stomach": "ibuprofen stomach ulcer"). */
  const inNamedNotesToo = (t: Term): boolean => (t.kind === 'b' || t.kind === 's') && noteWeight === 0 && namesMedicine() && inNamedNotes(t, true);
  /** Whether a word of the query (not what it turns from) is in a note of a class the query names,
   *  though not a thing asked of it (askedOfNotes): a word the note's sentence may hold among others
   *  ("drive" of the muscle relaxants' "Do not drive or use machines …" for "on cyclobenzaprine,
   *  can i drive to work"). */
  const inNamedNote = (t: Term): boolean => t.noteStems !== undefined && !t.tried && t.weight > 0 && namesMedicine() && inNamedNotes(t);
  /** Whether a thing only the notes name is in a note of a medicine the query turns from: the reason
   *  it gives for turning ("can't take nsaids because of my stomach ulcer, what else"), which the
   *  notes say and the alternatives answer, so no word the answer leaves out (review46). */
  let triedClasses: Set<string> | undefined;
  const reasonInTriedNotes = (t: Term): boolean => {
    if (t.noteStems === undefined || t.tried) return false;
    if (!triedClasses) {
      triedClasses = new Set();
      for (const [unitId, perTerm] of unitScores) {
        if (!perTerm.some((v, i) => v > 0 && parsed[i].tried)) continue;
        const drug = drugClassOf(unitId);
        if (drug !== undefined) triedClasses.add(`${index.unitSection[unitId]} ${drug}`);
      }
    }
    return triedClasses.size > 0 && inNotesOf(t.noteStems.keys(), triedClasses);
  };
  return { askedOfNotes, inNamedNotesToo, inNamedNote, reasonInTriedNotes };
}

/** Whether a word the index lacks (or has only in the classes' notes) is in the facts of a drug the
 *  query names whole (drugFacts, which are shown but not indexed): "liver" of chlorzoxazone's "…
 *  sometimes fatal, liver damage" in "switched from cyclobenzaprine to chlorzoxazone, can it harm your
 *  liver"; not the glass of "can I have a glass while on cyclobenzaprine". The snippet meets the word
 *  there (stemTable); the query is then no other subject's. `wholeUnits`: per section, the units the
 *  query names whole. */
export function inNamedFacts(index: SearchIndex, wholeUnits: ReadonlySet<number>[]): (t: Term) => boolean {
  let factStems: Set<string> | undefined;
  return (t) => {
    if (t.stems.size > 0 || t.correctedTo !== undefined || t.word.length <= 2) return false;
    if (!factStems) {
      factStems = new Set();
      index.corpus.sections.forEach((section, s) => {
        const units = namedUnits(section);
        for (const u of wholeUnits[s]) {
          const member = units[u]?.member;
          if (member) for (const fact of drugFacts(member)) for (const w of stemsOfFolded(fold(fact.slice(fact.indexOf(': ') + 2)))) factStems!.add(w);
        }
      });
    }
    return factStems.has(stem(t.word));
  };
}
