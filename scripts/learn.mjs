// Learns the word → section model of src/search/learned.ts from the suite's labelled queries and
// writes it to data/learned.json (the build turns it into dist/learned.txt). Run after a change to
// test/answers.json's main cases or to how a query's words are read: `npm run build && npm run learn`.
// test/learned.test.ts fails while the file is not what this script makes.
//
// It learns from the main cases only. The held-out cases (test/answers.json heldOut) are never read
// here: they measure what the model gives on queries it has not seen.
import { readFileSync, writeFileSync } from 'node:fs';
// The answer phrases are matched as the suite's measure matches them.
import { fold } from './eval-search.mjs';

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
  // Sorted by their UTF-8 bytes for learned.ts's binary search (an object lists keys like "2" and
  // "10" first, as numbers).
  const words = Object.entries(model.words).sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const totals = model.sections.map((_, k) => words.reduce((sum, [, n]) => sum + n[k], 0));
  return [model.sections.join('\t'), model.prior.join(' '), totals.join(' '), String(words.length), model.summaries.join('\t'), ...words.map(([w, n]) => `${w} ${n.join(' ')}`)].join('\n') + '\n';
}

/** A query answered by several sentences counts for each a share of this (src/search/learned.ts,
 *  ANSWER_SCALE): an integer for a query of 1 to 6 answering sentences. */
export const ANSWER_SCALE = 60;

/** The sentence model as data/learned-answers.json holds it: every sentence a snippet may be chosen
 *  from (lib.answerSentences), and per word stem, how many of the main cases whose answer phrase a
 *  sentence of their expected section holds say it (a case whose phrase is in n sentences counts
 *  ANSWER_SCALE / n for each). The same cases as learn(): none that is a held-out query. */
export function learnAnswers(lib, allCases, index, heldOut = []) {
  const cases = allCases.filter(unseenBy(lib, heldOut));
  const sentences = new Map();
  // A key with a tab or a line break would break the text's lines: such a sentence is left to the rules.
  for (const section of index.corpus.sections) for (const s of lib.answerSentences(index, section.id)) if (!/[\t\n]/.test(s.key) && !sentences.has(s.key)) sentences.set(s.key, { folded: fold(s.text), section: section.id });
  const keys = [...sentences.keys()].sort();
  const at = new Map(keys.map((k, j) => [k, j]));
  const counts = new Map();
  let learned = 0;
  for (const c of cases) {
    const id = list(c.expect)[0];
    const phrases = list(c.answer).map(fold);
    const answering = keys.filter((k) => sentences.get(k).section === id && phrases.some((p) => sentences.get(k).folded.includes(p)));
    if (answering.length === 0) continue;
    learned++;
    const share = Math.round(ANSWER_SCALE / answering.length);
    for (const k of answering) {
      const j = at.get(k);
      for (const w of lib.learnedWords(c.query)) {
        if (!counts.has(w)) counts.set(w, new Map());
        counts.get(w).set(j, (counts.get(w).get(j) ?? 0) + share);
      }
    }
  }
  // Every stem is kept: keeping those of 2 or 3 queries or more made the text 15 to 22% smaller
  // (67 KB), and held-out answers 0.2 to 0.3 points fewer.
  const words = Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, m]) => [w, [...m].sort((a, b) => a[0] - b[0])]));
  return {
    about: 'Made by scripts/learn.mjs from the main cases of test/answers.json (never the held-out ones): every sentence a snippet may be chosen from, by section id and its folded text, and per word stem, how often the queries that sentence answers hold it (scaled: 60 for a query answered by that sentence alone). Read by src/search/learned.ts.',
    queries: learned,
    sentences: keys,
    words,
  };
}


/** The sentence model as a JSON text, one stem a line: as the section model's. */
export const learnedAnswersJson = learnedJson;

/** The text dist/learned-answers.txt holds (learned.ts, parseLearnedAnswers). */
export function learnedAnswersText(model) {
  // In the order of their UTF-8 bytes, as learned.ts's binary search compares them.
  const words = Object.entries(model.words).sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const totals = model.sentences.map(() => 0);
  for (const [, pairs] of words) for (const [j, n] of pairs) totals[j] += n;
  // Per sentence, how many stems its section's sentences hold between them: the smoothing's vocabulary.
  const section = (k) => k.slice(0, k.indexOf('#'));
  const stemsOf = new Map();
  for (const [w, pairs] of words) for (const [j] of pairs) { const id = section(model.sentences[j]); if (!stemsOf.has(id)) stemsOf.set(id, new Set()); stemsOf.get(id).add(w); }
  const vocabulary = model.sentences.map((k) => Math.max(1, stemsOf.get(section(k))?.size ?? 0));
  return [model.sentences.join('\t'), totals.join(' '), vocabulary.join(' '), ...words.map(([w, pairs]) => `${w} ${pairs.map(([j, n]) => `${j}:${n}`).join(' ')}`)].join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lib = await import('../dist/index.js');
  const answers = JSON.parse(readFileSync(new URL('../test/answers.json', import.meta.url), 'utf8'));
  const model = learn(lib, answers.cases, lib.loadBundledCorpus().sections, answers.heldOut);
  writeFileSync(new URL('../data/learned.json', import.meta.url), learnedJson(model));
  console.log(`data/learned.json: ${Object.keys(model.words).length} stems from ${model.queries} queries`);
  const sentences = learnAnswers(lib, answers.cases, lib.buildIndex(lib.loadBundledCorpus()), answers.heldOut);
  writeFileSync(new URL('../data/learned-answers.json', import.meta.url), learnedAnswersJson(sentences));
  console.log(`data/learned-answers.json: ${sentences.sentences.length} sentences, ${Object.keys(sentences.words).length} stems from ${sentences.queries} queries`);
}
