// Learns the word → section model of src/search/learned.ts from the suite's labelled queries and
// writes it to data/learned.json (the build turns it into dist/learned.txt). Run after a change to
// test/answers.json's main cases or to how a query's words are read: `npm run build && npm run learn`.
// test/learned.test.ts fails while the file is not what this script makes.
//
// It learns from the main cases only. The held-out cases (test/answers.json heldOut) are never read
// here: they measure what the model gives on queries it has not seen.
import { readFileSync, writeFileSync } from 'node:fs';

/** A stem is kept when at least this many learned queries hold it: the rarer ones changed none of
 *  the held-out queries' first sections (1 and 3 gave the same top-1 within one query) and made the
 *  file twice as large. */
export const MIN_QUERIES = 3;

const list = (x) => (Array.isArray(x) ? x : [x]);

/** A test of a case: whether it is none of `heldOut`'s queries, by its words (case and punctuation
 *  aside) or by the stems the model reads of it. Review18 found 14 held-out queries with a main case's
 *  words and 57 with a main case's learned stems: for the model those were queries it had seen. */
export function unseenBy(lib, heldOut) {
  const words = (q) => q.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const stems = (q) => [...lib.learnedWords(q)].sort().join(' ');
  const seenWords = new Set(heldOut.map((c) => words(c.query)));
  const seenStems = new Set(heldOut.map((c) => stems(c.query)));
  return (c) => !seenWords.has(words(c.query)) && !seenStems.has(stems(c.query));
}

/** The model as data/learned.json holds it, from `cases` ({query, expect}) and the corpus's sections,
 *  leaving out any case that is one of `heldOut`'s queries (unseenBy). */
export function learn(lib, allCases, sections, heldOut = []) {
  const cases = allCases.filter(unseenBy(lib, heldOut));
  const names = sections.map((s) => `${s.id} ${s.title}`);
  const at = new Map(sections.map((s, k) => [s.id, k]));
  const prior = names.map(() => 0);
  const counts = new Map();
  for (const c of cases) {
    // The first expected section: a case that accepts two counts for the one it names first.
    const k = at.get(list(c.expect)[0]);
    if (k === undefined) throw new Error(`learn: no section "${list(c.expect)[0]}" for "${c.query}"`);
    prior[k]++;
    for (const w of lib.learnedWords(c.query)) {
      if (!counts.has(w)) counts.set(w, names.map(() => 0));
      counts.get(w)[k]++;
    }
  }
  const words = Object.fromEntries([...counts].filter(([, n]) => n.reduce((a, b) => a + b, 0) >= MIN_QUERIES).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    about: 'Made by scripts/learn.mjs from the main cases of test/answers.json (never the held-out ones): per word stem, how many of the queries each section answers hold it. Read by src/search/learned.ts.',
    queries: cases.length,
    sections: names,
    // Each section's summary too: a --data corpus that reuses the sections' ids and titles for other
    // text is not the corpus the model learned (review18).
    summaries: sections.map((s) => s.summary),
    prior,
    words,
  };
}

/** The model as a JSON text, one stem a line. */
export function learnedJson(model) {
  const head = JSON.stringify({ ...model, words: undefined }, null, 1).replace(/\n}$/, '');
  const body = Object.entries(model.words).map(([w, n]) => `  ${JSON.stringify(w)}: ${JSON.stringify(n)}`).join(',\n');
  return `${head},\n "words": {\n${body}\n }\n}\n`;
}

/** The text dist/learned.txt holds (learned.ts, parseLearned). */
export function learnedText(model) {
  // Sorted as strings for learned.ts's binary search (an object lists keys like "2" and "10" first,
  // as numbers).
  const words = Object.entries(model.words).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const totals = model.sections.map((_, k) => words.reduce((sum, [, n]) => sum + n[k], 0));
  return [model.sections.join('\t'), model.prior.join(' '), totals.join(' '), String(words.length), model.summaries.join('\t'), ...words.map(([w, n]) => `${w} ${n.join(' ')}`)].join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lib = await import('../dist/index.js');
  const answers = JSON.parse(readFileSync(new URL('../test/answers.json', import.meta.url), 'utf8'));
  const model = learn(lib, answers.cases, lib.loadBundledCorpus().sections, answers.heldOut);
  writeFileSync(new URL('../data/learned.json', import.meta.url), learnedJson(model));
  console.log(`data/learned.json: ${Object.keys(model.words).length} stems from ${model.queries} queries`);
}
