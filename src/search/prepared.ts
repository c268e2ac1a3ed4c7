// What the build prepares for searches of the bundled index (section-sentences.ts, prepareSearch), and where
// searches find it. A module of its own so that loading the bundled index (store/bundled.ts) does not
// load the search itself: `search` alone needs it, in a chunk of its own (dist/search.cjs).

import type { SearchIndex } from './search-index.js';

export interface PreparedSearch {
  key: string;
  /** Per section, its body's sentences, paragraph by paragraph (empty paragraphs left out). */
  paragraphs: string[][][];
  /** Per section, the indexes of its paragraphs that are headings, ascending. */
  headings: number[][];
  /** Per section, the index of its first paragraph that is a drug class's note (drugNotes): the
   *  notes come after the body's paragraphs, one paragraph each. */
  notesFrom: number[];
  /** conditionUnits(index), sorted. */
  conditionUnits: number[];
  /** urgentUnits(index), sorted. Worked out at a run, it named every unit of the sections with
   *  warning signs (~90 KB of young objects), which `search ibuprofen` asks for and never shows. */
  urgentUnits: number[];
  /** The title, alias and vocabulary units whose text says "not" (saysNot), sorted. */
  negatedUnits: number[];
}

/** What a search finds ready for an index: the build's preparation, or what an earlier search of
 *  the same index worked out. */
export interface Ready {
  /** The units of vocabulary groups that name the condition itself (units.ts, conditionUnits). */
  conditions?: Set<number>;
  /** The units of vocabulary groups marked urgent: warning signs (units.ts, urgentUnits). */
  urgent?: Set<number>;
  /** Its body sentences, its names that say "not" and its warning signs' units (made a Set only by a
   *  search that asks for them), as the build prepared them. */
  prepared?: { paragraphs: string[][][]; headings: number[][]; notesFrom: number[]; negated: Set<number>; urgent: number[] };
  /** Without the build's preparation, per unit whether its name says "not" (units.ts, nameSaysNot):
   *  0 not yet known, 1 it does, 2 it does not. */
  saysNot?: Uint8Array;
  /** Without the build's preparation, each section's paragraphs once split (section-sentences.ts, paragraphs). */
  split?: (SplitSection | undefined)[];
}

/** A section's body: its paragraphs, each as its sentences, and which of them are headings; then
 *  its drug classes' notes, a paragraph each, from paragraph `notesFrom` on. */
export interface SplitSection {
  paragraphs: string[][];
  headings: number[];
  notesFrom: number;
}

/** Kept on the index itself under a registered symbol, not in a WeakMap of this module's: the CLI's
 *  bundle (which loads the index) and dist/search.cjs (which searches it) each hold a copy of this
 *  module, and a WeakMap of one copy is not the other's (measured: searches then split the
 *  paragraphs again, 12 M instructions more a search). The symbol keeps it out of JSON and of the
 *  index's serialisation. */
const READY = Symbol.for('spasm-info.search-ready');

export function ready(index: SearchIndex): Ready {
  const holder = index as SearchIndex & { [READY]?: Ready };
  return (holder[READY] ??= {});
}

/** Lets searches of `index` use what the build prepared for it (prepareSearch), when it was made
 *  with this key and fits the index; otherwise they work it out as before. Returns whether it was used. */
export function usePrepared(index: SearchIndex, prepared: unknown, key: string): boolean {
  const p = prepared as Partial<PreparedSearch> | null;
  const units = index.unitKind.length;
  const ids = (list: unknown): list is number[] => Array.isArray(list) && list.every((u) => Number.isInteger(u) && u >= 0 && u < units);
  const strings = (list: unknown): list is string[] => Array.isArray(list) && list.every((t) => typeof t === 'string');
  if (!p || p.key !== key || !ids(p.conditionUnits) || !ids(p.urgentUnits) || !ids(p.negatedUnits)) return false;
  if (!Array.isArray(p.paragraphs) || p.paragraphs.length !== index.corpus.sections.length) return false;
  if (!p.paragraphs.every((section) => Array.isArray(section) && section.every(strings))) return false;
  const { paragraphs, headings, notesFrom } = p;
  if (!Array.isArray(headings) || !paragraphs.every((list, s) => Array.isArray(headings[s]) && headings[s].every((n) => Number.isInteger(n) && n >= 0 && n < list.length))) return false;
  if (!Array.isArray(notesFrom) || !paragraphs.every((list, s) => Number.isInteger(notesFrom[s]) && notesFrom[s] >= 0 && notesFrom[s] <= list.length)) return false;
  const r = ready(index);
  r.conditions = new Set(p.conditionUnits);
  r.prepared = { paragraphs, headings, notesFrom, negated: new Set(p.negatedUnits), urgent: p.urgentUnits };
  return true;
}
