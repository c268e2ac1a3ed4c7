// English word frequency and irregular lemmas, from dist/lexicon.txt (made by scripts/lexicon.mjs
// at build time). Read only when a query has a word the corpus does not have exactly, and looked up
// by binary search on the file's text, so nothing is parsed up front.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './paths.js';

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
    const start = data.lastIndexOf('\n', mid - 1) + 1;
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
