// How well the query's words (Terms) meet a piece of text: a text's words as stems, matched against
// each term's stems by their text, in one pass per sentence for all the terms (stemTable, matchRow).

import type { SearchIndex } from './search-index.js';
import { QUALITY, type Term } from './query-words.js';
import { warm } from './warm.js';
import { fold, stem, wordsOfFolded } from '../util/text.js';

/** How well one query word matches a piece of text (0 when it does not). */
export function sentenceMatch(index: SearchIndex, text: string, term: Term): number {
  return stemsMatch(index, stemsOf(text), term);
}

/** The stems of a text's words. Matched against a term's stems by their text (stemsByText), not
 *  looked up in the index: a binary search for every word of every sentence made findStem hot
 *  enough for V8 to optimise it (TurboFan) in a long query, 4.5 MB of peak memory and ~10 M
 *  instructions (measured: --max-opt=0 and callgrind). */
export function stemsOf(text: string): readonly string[] {
  return stemsOfFolded(fold(text));
}

/** stemsOf for text already folded (folding it again would copy every sentence a snippet reads).
 *  Kept by text once a process searches again (warm.ts): most texts are the corpus's sentences and
 *  names, which every search stems again. */
export function stemsOfFolded(folded: string): readonly string[] {
  return warm() ? stemsOfFoldedKept(folded) : wordsOfFolded(folded).map(stem);
}

function stemsOfFoldedKept(folded: string): readonly string[] {
  let stems = (stemsKept ??= new Map()).get(folded);
  if (!stems) {
    if (stemsKept.size >= KEPT_TEXTS) stemsKept.clear();
    stemsKept.set(folded, (stems = wordsOfFolded(folded).map(stem)));
  }
  return stems;
}
let stemsKept: Map<string, readonly string[]> | undefined;
const KEPT_TEXTS = 20_000;

/** A term's stems as [text, quality, text, quality, …] in the order of its Map, made once per stem map. */
const stemListCache = new WeakMap<Map<number, number>, (string | number)[]>();
export function stemList(index: SearchIndex, term: Term): (string | number)[] {
  let list = stemListCache.get(term.stems);
  if (!list) {
    list = [];
    for (const [id, q] of term.stems) list.push(index.stems[id], q);
    stemListCache.set(term.stems, list);
  }
  return list;
}

/** A term's stems by their text (stem ids and texts are one to one), made once per stem map. */
const stemsByTextCache = new WeakMap<Map<number, number>, Map<string, number>>();
export function stemsByText(index: SearchIndex, term: Term): Map<string, number> {
  let byText = stemsByTextCache.get(term.stems);
  if (!byText) {
    byText = new Map();
    for (const [id, q] of term.stems) byText.set(index.stems[id], q);
    stemsByTextCache.set(term.stems, byText);
  }
  return byText;
}

/** For each stem text, the query words it matches (their places in `parsed`) and how well; a
 *  note's own stems too (noteStems), which only a note's sentence has. */
export function stemTable(index: SearchIndex, parsed: Term[]): Map<string, number[]> {
  const table = new Map<string, number[]>();
  parsed.forEach((t, i) => {
    // A word the index lacks may still be in a drug's facts, which are not indexed ("allergic" of
    // the Salonpas note): it meets them as itself.
    if (t.stems.size === 0 && !t.noteStems && t.correctedTo === undefined && t.word.length > 2) {
      const s = stem(t.word);
      const row = table.get(s);
      if (row) row.push(i, QUALITY.exact);
      else table.set(s, [i, QUALITY.exact]);
    }
    for (const stems of t.noteStems ? [t.stems, t.noteStems] : [t.stems]) {
      for (const [id, q] of stems) {
        const s = index.stems[id];
        const row = table.get(s);
        if (row) row.push(i, q);
        else table.set(s, [i, q]);
      }
    }
  });
  return table;
}

/** How well each query word matches a text's stems (0 when it does not): what stemsMatch gives
 *  for each term, in one pass over the words rather than one per query word (a long query's
 *  snippets made that pass hot enough for V8 to optimise it, measured with --trace-opt). */
export function matchRow(table: Map<string, number[]>, stems: readonly string[], terms: number): number[] {
  const row = new Array<number>(terms).fill(0);
  for (let w = 0; w < stems.length; w++) {
    const hits = table.get(stems[w]);
    if (!hits) continue;
    for (let k = 0; k < hits.length; k += 2) if (hits[k + 1] > row[hits[k]]) row[hits[k]] = hits[k + 1];
  }
  return row;
}

export function stemsMatch(index: SearchIndex, stems: readonly string[], term: Term): number {
  const byText = stemsByText(index, term);
  let bestQuality = 0;
  // An index loop, not for-of: run cold (once per sentence and query word), for-of allocated an
  // iterator result per word, a fifth of a long query's allocation (measured with the heap profiler).
  for (let i = 0; i < stems.length; i++) {
    const q = byText.get(stems[i]) ?? 0;
    if (q > bestQuality) bestQuality = q;
  }
  return bestQuality;
}
