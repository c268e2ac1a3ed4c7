// What the person turned from, and what the care plan offers instead: the plan's other steps
// (planAlternatives), whether a step comes after another (laterStep), and whether a section says what
// was tried may fail (saysItFails).

import type { SearchIndex } from './search-index.js';
import { STOP_WORDS } from './stop-words.js';
import { QUALITY, type Term } from './query-words.js';
import { sentenceMatch } from './term-match.js';
import { drugNamesOf, namedUnits } from './units.js';
import { bodyParagraphs } from './section-sentences.js';
import { fold, words } from '../util/text.js';
import type { PlanPhase } from '../corpus/types.js';

/** Words by which a sentence says something may fail: "painkillers do not help", "worse in spite of self-care".
 *  Made when first used, as the build makes a module's own patterns (build/lazy-patterns.mjs), which
 *  leaves a pattern other modules import as it is: made at load with the Sets the split shares,
 *  `search ibuprofen` took 3.1 M instructions more (a scavenge). */
let fails: RegExp | undefined;
export const FAILS = (): RegExp => (fails ??= /\b(?:not|cannot|fail\w*|in spite of|despite)\b/);

/** Whether a section has a sentence saying that what the person tried may fail ("painkillers do not help"). */
export function saysItFails(index: SearchIndex, section: number, term: Term): boolean {
  return bodyParagraphs(index, section).some((list) => list.some((sentence) => FAILS().test(fold(sentence)) && sentenceMatch(index, sentence, term) > 0));
}

/** Whether a section says that a drug a word names may fail, by another name of that drug: "tylenol
 *  and advil didn't help" is "See a GP if … regular painkillers such as paracetamol or ibuprofen have
 *  not helped" (Tylenol is paracetamol, Advil ibuprofen), a sentence neither word matches. */
export function saysDrugFails(index: SearchIndex, section: number, term: Term): boolean {
  const names = otherDrugNames(index, term);
  return names.length > 0 && bodyParagraphs(index, section).some((list) => list.some((sentence) => failsByNames(fold(sentence), names)));
}

/** The names of the drug a word names other than the word itself (drugNamesOf). */
export function otherDrugNames(index: SearchIndex, term: Term): string[] {
  return drugNamesOf(index, term).filter((name) => name !== term.word);
}

/** Whether a sentence (folded) says something may fail and names one of `names` whole. */
export function failsByNames(folded: string, names: readonly string[]): boolean {
  if (names.length === 0 || !FAILS().test(folded)) return false;
  const said = ` ${words(folded).join(' ')} `;
  return names.some((name) => said.includes(` ${words(name).join(' ')} `));
}

/** Whether a word names a later step of the care plan in a section that has an earlier one (heat,
 *  after the ice of the first two days): turning from it is no reason to go back to that step. */
export function laterStep(index: SearchIndex, section: number, term: Term, tried: Term[]): boolean {
  const id = index.corpus.sections[section].id;
  const phases = (index.corpus.plan?.phases ?? []).filter((p) => p.section === id);
  if (phases.length < 2) return false;
  const first = Math.min(...phases.map((p) => p.fromDay ?? Infinity));
  return phases.some((p) => (p.fromDay ?? Infinity) > first && namesStep(index, p, [term], tried));
}

/** Whether a plan step is about one of these words: by its own words, or by a vocabulary name of the
 *  word that points to the step's sentence ("hot water bottle" → "…heating pad"). */
function namesStep(index: SearchIndex, phase: PlanPhase, terms: Term[], among = terms): boolean {
  const section = index.corpus.sections.find((s) => s.id === phase.section);
  // A name counts whole, every word of it among `among` (the words tried: "ice packs" is not
  // "heat pack"), and only if it holds one of `terms`.
  const has = (list: Term[]) => (w: string) => list.some((t) => sentenceMatch(index, w, t) >= QUALITY.lemma);
  const named = (name: string) => {
    const list = words(name).filter((w) => !STOP_WORDS.has(w));
    return list.every(has(among)) && list.some(has(terms));
  };
  const cites = section ? namedUnits(section).filter((u) => u.kind === 'term' && u.cites && named(u.text)).map((u) => fold(u.cites!)) : [];
  const about = (text: string) => terms.some((t) => sentenceMatch(index, text, t) >= QUALITY.lemma) || cites.some((c) => fold(text).includes(c));
  return about(phase.title) || phase.actions.some((a) => about(a.text));
}

/** The plan's steps, as alternatives to what the person tried: section index → rank and the
 *  step's own sentence. Steps about what was tried are left out; those after it come first. */
export function planAlternatives(index: SearchIndex, parsed: Term[]): Map<number, { rank: number; text: string }> {
  const out = new Map<number, { rank: number; text: string }>();
  const phases = index.corpus.plan?.phases ?? [];
  const tried = parsed.filter((t) => t.tried);
  const triedPhases = phases.filter((p) => namesStep(index, p, tried));
  const after = Math.min(...triedPhases.map((p) => p.fromDay ?? Infinity));
  const order = phases
    .filter((p) => !triedPhases.includes(p))
    .map((p, i) => ({ p, i, later: (p.fromDay ?? Infinity) > after && Number.isFinite(after) }))
    .sort((a, b) => Number(b.later) - Number(a.later) || a.i - b.i);
  for (const { p } of order) {
    const section = index.corpus.sections.findIndex((s) => s.id === p.section);
    const quote = p.actions.find((a) => a.quote);
    if (section >= 0 && quote && !out.has(section)) out.set(section, { rank: out.size, text: quote.text });
  }
  return out;
}
