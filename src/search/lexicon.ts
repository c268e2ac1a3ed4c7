// English word frequency and irregular lemmas, from dist/lexicon.txt (made by scripts/lexicon.mjs
// at build time). Read only when a query has a word the corpus does not have exactly, and looked up
// by binary search on the file's text, so nothing is parsed up front.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-dir.js';

export interface WordInfo {
  /** Zipf frequency: log10 of occurrences per billion words (1 rare … 7 the commonest). */
  zipf: number;
  /** Dictionary forms the stemmer cannot reach (fell → fall, lying → lie, worse → bad). */
  lemmas: string[];
}

let text: string | undefined;

function lexiconText(): string {
  if (text === undefined) {
    try {
      text = readFileSync(join(packageRoot, 'dist', 'lexicon.txt'), 'latin1');
    } catch {
      text = ''; // not built: search still works, without word frequencies and lemmas
    }
  }
  return text;
}

/** Whether word frequencies are known (dist/lexicon.txt was built). */
export function hasLexicon(): boolean {
  return lexiconText().length > 0;
}

/** What the lexicon knows of a folded word; undefined if it is not a common English word. */
export function lookupWord(word: string): WordInfo | undefined {
  const data = lexiconText();
  if (!data || !/^[a-z]+$/.test(word)) return undefined;
  let lo = 0;
  let hi = data.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // A backward scan by hand: String.prototype.lastIndexOf measured ~30 times slower here.
    let start = mid;
    while (start > 0 && data.charCodeAt(start - 1) !== 10) start--;
    const space = data.indexOf(' ', start);
    const key = data.slice(start, space);
    if (key === word) {
      const end = data.indexOf('\n', space);
      const [zipf, lemmas] = data.slice(space + 1, end).split(' ');
      return { zipf: Number(zipf) / 10, lemmas: lemmas ? lemmas.split(',') : [] };
    }
    if (key < word) lo = data.indexOf('\n', space) + 1;
    else hi = start;
  }
  return undefined;
}

let lemmaMap: Map<string, string[]> | undefined;

/** Irregular lemmas of a word, from one pass over the lexicon kept in a Map: for building an index,
 *  which asks about every word of a corpus (a binary search each measured ~3× slower over a corpus). */
export function lemmasOf(word: string): string[] {
  if (!lemmaMap) {
    lemmaMap = new Map();
    for (const m of lexiconText().matchAll(/^([a-z]+) \d+ ([a-z,]+)$/gm)) lemmaMap.set(m[1], m[2].split(','));
  }
  return lemmaMap.get(word) ?? [];
}
