// What the index's units are, beyond their text: their kinds, the names of a section (namedUnits),
// the vocabulary groups that name the condition (conditionUnits), warning signs (urgentUnits) or a
// cause (causeUnits), and which names say "not". Worked out once per index or section.

import { drugFacts, sectionUnits, UNIT_KINDS, type SearchIndex, type Unit } from './search-index.js';
import { testNative } from './machine-code.js';
import { ready } from './prepared.js';
import { warm } from './warm.js';
import { STOP_WORDS } from './stop-words.js';
import { QUALITY, type Term } from './query-words.js';
import { fold, stem, words } from '../util/text.js';
import type { Section, VocabularyGroup } from '../corpus/types.js';

/** Unit kinds as index.unitKind holds them: their places in UNIT_KINDS. */
export const TERM = UNIT_KINDS.indexOf('term');
export const ALIAS = UNIT_KINDS.indexOf('alias');
export const BODY = UNIT_KINDS.indexOf('body');
export const NOTE = UNIT_KINDS.indexOf('note');

/** Per index: worked out once, for searches that share an index (the library, the evaluation). */
const topicCache = new WeakMap<SearchIndex, Set<number>>();

/** Words found in most sections: what the whole corpus is about ("neck", "spasm", "muscle"). */
export function topicStems(index: SearchIndex): Set<number> {
  const cached = topicCache.get(index);
  if (cached) return cached;
  const out = new Set<number>();
  topicCache.set(index, out);
  const n = index.corpus.sections.length;
  if (n < 4) return out;
  index.stems.forEach((s, i) => {
    if (index.stemSections[i] >= Math.ceil(0.75 * n) && !STOP_WORDS.has(s) && s.length > 2) out.add(i);
  });
  return out;
}

/** Units of vocabulary groups that name the condition itself: groups whose meaning is told in the
 *  corpus's topic words only ("a neck muscle spasm": spasm, knot, cramp, crick, stiff neck). */
export function conditionUnits(index: SearchIndex): Set<number> {
  const cached = ready(index).conditions;
  if (cached) return cached;
  const out = new Set<number>();
  ready(index).conditions = out;
  const topic = topicStems(index);
  if (topic.size === 0) return out;
  const topicWords = new Set([...topic].map((id) => index.stems[id]));
  addGroupUnits(index, out, (g) => {
    const meaning = words(g.means).filter((w) => !STOP_WORDS.has(w)).map(stem);
    return meaning.length > 0 && meaning.every((w) => topicWords.has(w));
  });
  return out;
}

/** The units of vocabulary groups marked urgent in the data (warning signs). */
export function urgentUnits(index: SearchIndex): Set<number> {
  const r = ready(index);
  if (r.urgent) return r.urgent;
  // The build's list when it prepared the index (prepared.ts): the same units in the same order.
  const out = new Set<number>(r.prepared?.urgent);
  r.urgent = out;
  if (!r.prepared) addGroupUnits(index, out, (g) => g.urgent === true);
  return out;
}

/** The vocabulary group of a section's unit, by its place among the section's units (sectionUnits:
 *  its title, its id, its aliases, then each group's terms in order); undefined for other units.
 *  Worked out from the data, not by making the section's units, which a search rarely needs. */
export function groupOfUnit(section: Section, u: number): { group: VocabularyGroup; term: string } | undefined {
  let at = u - 2 - (section.aliases?.length ?? 0);
  if (at < 0) return undefined;
  for (const group of section.vocabulary ?? []) {
    if (at < group.terms.length) return { group, term: group.terms[at] };
    at -= group.terms.length;
  }
  return undefined;
}

/** Adds to `out` the units of the terms of every vocabulary group that `keep` keeps. */
function addGroupUnits(index: SearchIndex, out: Set<number>, keep: (group: VocabularyGroup) => boolean): void {
  index.corpus.sections.forEach((section, s) => {
    const terms = new Set((section.vocabulary ?? []).filter(keep).flatMap((g) => g.terms));
    if (terms.size === 0) return;
    namedUnits(section).forEach((unit, i) => {
      if (unit.kind === 'term' && terms.has(unit.text)) out.add(index.sectionFirstUnit[s] + i);
    });
  });
}

/** Whether a word is the title or an alias of a section ("physio", "surgery"). */
export function namesASection(index: SearchIndex, term: Term): boolean {
  for (const [id] of term.stems) {
    for (let p = index.postingStart[id]; p < index.postingStart[id + 1]; p++) {
      const kind = index.unitKind[index.postingUnits[p]];
      if (kind === ALIAS || kind === UNIT_KINDS.indexOf('title')) return true;
    }
  }
  return false;
}

/** Whether a word is a name of a drug or a drug class (in a section's table of drugs). */
export function namesDrug(index: SearchIndex, term: Term): boolean {
  for (const [id] of term.stems) {
    for (let p = index.postingStart[id]; p < index.postingStart[id + 1]; p++) {
      const u = index.postingUnits[p];
      if (index.unitKind[u] !== TERM) continue;
      const s = index.unitSection[u];
      if (namedUnits(index.corpus.sections[s])[u - index.sectionFirstUnit[s]]?.drugClass !== undefined) return true;
    }
  }
  return false;
}

/** Calls `visit` with each drug name (a unit of a section's table of drugs) that holds a word whole,
 *  met by the word's own stems or lemmas, until `visit` returns true; says whether one did. The walk
 *  drugFactWords, drugNamesOf and drugNotesSay share. */
function someDrugName(index: SearchIndex, term: Term, visit: (unit: Unit, section: Section) => boolean | void): boolean {
  for (const [id, q] of term.stems) {
    if (q < QUALITY.lemma) continue;
    for (let p = index.postingStart[id]; p < index.postingStart[id + 1]; p++) {
      const u = index.postingUnits[p];
      if (index.unitKind[u] !== TERM) continue;
      const s = index.unitSection[u];
      const section = index.corpus.sections[s];
      const unit = namedUnits(section)[u - index.sectionFirstUnit[s]];
      if (unit?.drugClass === undefined || !words(unit.text).includes(term.word)) continue;
      if (visit(unit, section) === true) return true;
    }
  }
  return false;
}

/** The words of the facts (drugFacts) of each drug a word names whole: what a misspelt word beside
 *  the drug's name may be ("tramadol with sertralin": sertraline, of tramadol's note). */
export function drugFactWords(index: SearchIndex, term: Term): Set<string> {
  const out = new Set<string>();
  someDrugName(index, term, ({ member }) => {
    if (member) for (const fact of drugFacts(member)) for (const w of words(fact)) out.add(w);
  });
  return out;
}

/** Every name of each drug a word names whole (its generic name, brands and other names), folded:
 *  "tylenol" gives acetaminophen, tylenol, panadol, calpol, paracetamol, apap. None for a class's name. */
export function drugNamesOf(index: SearchIndex, term: Term): string[] {
  const out = new Set<string>();
  someDrugName(index, term, ({ member }) => {
    if (member) for (const name of [member.generic, ...(member.brands ?? []), ...(member.aka ?? [])]) out.add(fold(name));
  });
  return [...out];
}

/** Whether a note of the class of a drug the term names says something (a pattern of folded text),
 *  whichever of the class's drugs it names: the rubs' "not to use them with a heating pad" is said
 *  of Salonpas too. */
export function drugClassNotesSay(index: SearchIndex, term: Term, pattern: RegExp): boolean {
  return someDrugName(index, term, (unit, section) => (section.drugs?.[unit.drugClass!].notes ?? []).some((n) => pattern.test(fold(n.text))));
}

/** Whether a fact of a drug the term names (how it is sold, its names' notes: drugFacts) says
 *  something: codeine's "for children only over 12 years old". */
export function drugFactsSay(index: SearchIndex, term: Term, pattern: RegExp): boolean {
  return someDrugName(index, term, ({ member }) => member !== undefined && drugFacts(member).some((fact) => pattern.test(fold(fact))));
}

/** Whether a word names, whole, a drug whose class's notes say something (`pattern`, folded) in a
 *  note that names it: the aspirin note's "not for children under 16" for "can kids take aspirin". */
export function drugNotesSay(index: SearchIndex, term: Term, pattern: RegExp): boolean {
  // A note that names the drug itself: the NSAIDs' note on aspirin and children says nothing of
  // ibuprofen ("ibuprofen for my toddler" stays unanswered).
  return someDrugName(index, term, (unit, section) => (section.drugs?.[unit.drugClass!].notes ?? []).some((n) => {
    const f = fold(n.text);
    return pattern.test(f) && words(f).includes(term.word);
  }));
}

/** Whether a word is a vocabulary name in a section of treatments (one with no warning sign or name
 *  of the condition): a drug's or a treatment's ("codeine", "collar"), not a symptom's. */
export function namesTreatment(index: SearchIndex, term: Term): boolean {
  let trouble = troubleSections?.get(index);
  if (!trouble) {
    trouble = new Set<number>();
    for (const u of conditionUnits(index)) trouble.add(index.unitSection[u]);
    for (const u of urgentUnits(index)) trouble.add(index.unitSection[u]);
    (troubleSections ??= new WeakMap()).set(index, trouble);
  }
  for (const [id] of term.stems) {
    for (let p = index.postingStart[id]; p < index.postingStart[id + 1]; p++) {
      const u = index.postingUnits[p];
      if (index.unitKind[u] === TERM && !trouble.has(index.unitSection[u])) return true;
    }
  }
  return false;
}

/** Per index, the sections with a name of the condition or a warning sign (namesTreatment). */
let troubleSections: WeakMap<SearchIndex, Set<number>> | undefined;

/** Whether text says "not" ("can't breathe", "unable to"). */
const NOT = /\b(?:not|no|never|cannot|cant|wont|unable)\b|n['\u2019]t\b/;
export function saysNot(text: string): boolean {
  return testNative(NOT, fold(text));
}

/** Whether a title, alias or vocabulary unit's text says "not" ("can't breathe"). */
export function nameSaysNot(index: SearchIndex, unitId: number): boolean {
  const prepared = ready(index).prepared;
  if (prepared) return prepared.negated.has(unitId);
  return warm() ? nameSaysNotKept(index, unitId) : saysNot(unitText(index, unitId));
}

/** nameSaysNot kept per unit once a process searches again (warm.ts): 1 says "not", 2 does not. */
function nameSaysNotKept(index: SearchIndex, unitId: number): boolean {
  const said = (ready(index).saysNot ??= new Uint8Array(index.unitKind.length));
  if (said[unitId] === 0) said[unitId] = saysNot(unitText(index, unitId)) ? 1 : 2;
  return said[unitId] === 1;
}

/** The text of a unit that is not body text (a title, an alias, a vocabulary term). */
export function unitText(index: SearchIndex, unitId: number): string {
  const s = index.unitSection[unitId];
  return namedUnits(index.corpus.sections[s])[unitId - index.sectionFirstUnit[s]]?.text ?? '';
}

/** What a vocabulary group says that names a cause of the trouble ("poor posture, a cause of neck spasms"). */
const CAUSE_MEANS = /\ba cause of\b/;
/** Per section: which of its units are terms of a vocabulary group naming a cause (by the unit's
 *  place in the section), made for a section with such a group only: making every section's units
 *  for it took 6.5 M instructions and a scavenge from `search ibuprofen`. */
const causeUnitsCache = new WeakMap<Section, boolean[] | null>();
export function causeUnits(section: Section): boolean[] | null {
  let out = causeUnitsCache.get(section);
  if (out !== undefined) return out;
  const causes = new Set((section.vocabulary ?? []).filter((g) => CAUSE_MEANS.test(g.means)).flatMap((g) => g.terms));
  out = causes.size === 0 ? null : namedUnits(section).map((unit) => unit.kind === 'term' && causes.has(unit.text));
  causeUnitsCache.set(section, out);
  return out;
}

const groupCache = new WeakMap<SearchIndex, Map<number, string>>();
/** What a unit belongs to: its vocabulary group for a name of one ("s3g2"), the unit itself otherwise. */
export function groupOf(index: SearchIndex, unitId: number): string {
  let groups = groupCache.get(index);
  if (!groups) {
    groups = new Map();
    groupCache.set(index, groups);
    index.corpus.sections.forEach((section, s) => {
      const groupByTerm = new Map<string, number>();
      (section.vocabulary ?? []).forEach((g, k) => { for (const term of g.terms) if (!groupByTerm.has(term)) groupByTerm.set(term, k); });
      namedUnits(section).forEach((unit, n) => {
        const k = unit.kind === 'term' ? groupByTerm.get(unit.text) : undefined;
        if (k !== undefined) groups!.set(index.sectionFirstUnit[s] + n, `s${s}g${k}`);
      });
    });
  }
  return groups.get(unitId) ?? `u${unitId}`;
}

const namedUnitsCache = new WeakMap<object, Unit[]>();
/** A section's units that are not body text, made once per section (read only). */
export function namedUnits(section: Section): Unit[] {
  let units = namedUnitsCache.get(section);
  if (!units) namedUnitsCache.set(section, (units = sectionUnits(section, { body: false })));
  return units;
}

/** How many of a unit's per-word scores are above 0. */
export function countPositive(scores: number[]): number {
  let n = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i] > 0) n++;
  return n;
}

/** Drops query word i's match of a unit (its scores, perTerm): a unit left with no word matched is
 *  matched no more. */
export function dropWordMatch(index: SearchIndex, unitScores: Map<number, number[]>, matchedUnits: Set<number>[], unitId: number, perTerm: number[], i: number): void {
  perTerm[i] = 0;
  if (countPositive(perTerm) > 0) return;
  unitScores.delete(unitId);
  const s = index.unitSection[unitId];
  matchedUnits[s].delete(unitId - index.sectionFirstUnit[s]);
}

/** A word of a drug's name of several words, said as that whole name ("hot" of "Icy Hot", "deep"
 *  of "Deep Relief"), names the drug only: its matches in the other sections' units ("hot" of the
 *  heat therapy) are dropped, and a unit left with no word is no longer matched ("can i use icy hot
 *  with a heating pad" tied the heat therapy with the rub's note on heating pads). */
export function dropInDrugNames(index: SearchIndex, query: string, parsed: Term[], unitScores: Map<number, number[]>, matchedUnits: Set<number>[]): void {
  let w: string[] | undefined;
  const inName = new Map<number, number>();
  for (const unitId of unitScores.keys()) {
    if (index.unitKind[unitId] !== TERM) continue;
    const s = index.unitSection[unitId];
    // (Only a section that lists drugs has their names: another's names are not made for nothing,
    // 2 M instructions of "what can i take for the pain".)
    if (!index.corpus.sections[s].drugs?.length) continue;
    const unit = namedUnits(index.corpus.sections[s])[unitId - index.sectionFirstUnit[s]];
    if (unit?.drugClass === undefined || !unit.text.includes(' ')) continue;
    w ??= words(query);
    const name = words(unit.text);
    for (let k = 0; k + name.length <= w.length; k++) {
      if (!name.every((x, j) => w![k + j] === x)) continue;
      for (const x of name) parsed.forEach((t, i) => { if (t.word === x) inName.set(i, s); });
    }
  }
  if (inName.size === 0) return;
  for (const [unitId, perTerm] of unitScores) {
    const s = index.unitSection[unitId];
    for (const [i, own] of inName) if (s !== own && perTerm[i] > 0) dropWordMatch(index, unitScores, matchedUnits, unitId, perTerm, i);
  }
}

/** Per index: the drugs' text, folded and spaced: their classes' notes, and with their names' notes
 *  and how each is sold. */
const drugTexts = new WeakMap<SearchIndex, { classes: string; all: string }>();
/** Whether the drugs' text holds a phrase word for word: the classes' notes ("raised blood pressure"),
 *  or with `names`, the names' notes and how each drug is sold too ("the Icy Hot stick"). */
export function drugTextSays(index: SearchIndex, phrase: string, names = false): boolean {
  let texts = drugTexts.get(index);
  if (!texts) {
    const drugs = index.corpus.sections.flatMap((s) => s.drugs ?? []);
    const notes = (d: (typeof drugs)[number]) => (d.notes ?? []).map((n) => n.text);
    const all = drugs.flatMap((d) => [...notes(d), ...d.members.flatMap((m) => [...Object.values(m.notes ?? {}), m.availability ?? ''])]);
    drugTexts.set(index, (texts = { classes: ` ${words(drugs.flatMap(notes).join(' ')).join(' ')} `, all: ` ${words(all.join(' ')).join(' ')} ` }));
  }
  return (names ? texts.all : texts.classes).includes(` ${words(phrase).join(' ')} `);
}

