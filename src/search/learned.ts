// What the suite's labelled queries teach about which section a query's words ask for: a naive Bayes
// model of words → section, learned by scripts/learn.mjs from test/answers.json's main cases (never
// a held-out query, by its words or by the stems it reads) and kept in data/learned.json; the build
// writes it to dist/learned.txt.
//
// Why: the ranking's rules read what a query says word by word, and each new rule fixed the queries
// it was written for without moving fresh ones (the sixteenth session: its development sets gained
// 5 to 14 points, a blind set of 130 none). Words that people use for a section without the corpus
// using them ("slouching", "gym", "dozy", "knot") are learned from the main cases, whose section is
// known. It only reorders the sections the rules show (search.ts, learnedLead): it adds none, never
// lowers the warning signs, and an emergency the query names keeps the first place. Measured when
// it came, on the 1,478 held-out queries of the time (which its margin, smoothing and guards were
// then chosen on, so they are no clean test of it): the right section first 90.1% -> 91.4%; on
// writer37's blind set of 180, written before it and never read, 65.6% -> 66.7%; on writer38's 150,
// written after it, no change (71.3%).
//
// Read only when a search has two sections or more to order, and only for the bundled corpus (the
// model names its sections by id, title and summary; another corpus's sections are not the ones it
// learned, even under the same ids and titles).

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-dir.js';
import type { Section } from '../corpus/types.js';
import { warm } from './warm.js';

export interface LearnedModel {
  /** "id title" of each section, in the order of the counts below. */
  sections: string[];
  /** Each section's summary, in the same order. */
  summaries: string[];
  /** How many learned queries each section answers. */
  prior: number[];
  /** Per section, the sum of its counts over the vocabulary. */
  totals: number[];
  /** How many word stems the model knows. */
  vocabulary: number;
  /** How many learned queries of each section hold a word stem; undefined for a stem it does not know. */
  counts(stem: string): number[] | undefined;
}

/** The smoothing of unseen words (additive, per word and section): measured 0.2 to 1 on the held-out
 *  queries; 0.5 within one query of the best. */
const SMOOTHING = 0.5;

let model: LearnedModel | null | undefined;

/** The largest model file read. */
const MAX_MODEL_BYTES = 1 << 20;

/** The model text: a line of tab-separated "id title" section names, a line of priors, a line of
 *  totals, a line with the number of stems, a line of the sections' summaries (tab-separated), then
 *  one line per stem in the order of its UTF-8 bytes: the stem, then its count per section. Only the
 *  first five lines are read; a stem's line is found by binary search over the text when it is
 *  asked for (parsing all 815 lines cost `search ibuprofen` 14 M instructions, 2.6% of its
 *  start-up; indexing the lines first, 2 M). A line that is not a stem and its counts counts as a
 *  stem the model does not know. Read as bytes, as the sentence model is (parseLearnedAnswers): the
 *  file as a string (21 KB) took young objects from each search the model orders (twenty-fourth
 *  session: the 20-word question's young objects 1,844 -> 1,835 KB, with a semi-space too large
 *  to collect). */
export function parseLearned(file: string | Uint8Array): LearnedModel | null {
  const bytes = typeof file === 'string' ? Buffer.from(file, 'utf8') : Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  let at = 0;
  /** The next line's [start, end), or undefined when no line ends. */
  const next = (): [number, number] | undefined => {
    const end = bytes.indexOf(10, at);
    if (end < 0) return undefined;
    const line: [number, number] = [at, end];
    at = end + 1;
    return line;
  };
  const text = (line: [number, number] | undefined): string | undefined => line && bytes.toString('utf8', line[0], line[1]);
  const sections = text(next())?.split('\t');
  if (!sections) return null;
  const numbersOf = (line: [number, number] | undefined) => (line ? byteNumbers(bytes, line[0], line[1], sections.length) : undefined);
  const prior = numbersOf(next());
  const totals = numbersOf(next());
  const vocabulary = Number(text(next()));
  const summaries = text(next())?.split('\t');
  if (!prior || !totals || prior.some((n) => n === 0) || !Number.isInteger(vocabulary) || vocabulary < 1 || summaries?.length !== sections.length) return null;
  const body = at;
  const find = (stem: string): number[] | undefined => {
    const line = findLine(bytes, body, stem);
    return line && line[1] < line[2] ? byteNumbers(bytes, line[1] + 1, line[2], sections.length) : undefined;
  };
  // Kept by stem once a process searches again (warm.ts).
  let read: Map<string, number[] | undefined> | undefined;
  const counts = (stem: string): number[] | undefined => {
    if (!warm()) return find(stem);
    read ??= new Map();
    if (!read.has(stem)) read.set(stem, find(stem));
    return read.get(stem);
  };
  return { sections, summaries, prior, totals, vocabulary, counts };
}

/** The line of bytes[from, end of bytes) whose first field (up to a space or the line's end) is
 *  `key`: its [start, end of the field, end of the line), or undefined. The lines are sorted by
 *  their bytes. Compared byte by byte: a Buffer made of each line's word cost more than the search
 *  itself. */
function findLine(bytes: Buffer, from: number, key: string): [number, number, number] | undefined {
  const wanted = Buffer.from(key, 'utf8');
  // lo is always the start of a line not yet ruled out; hi the end of the range.
  let [lo, hi] = [from, bytes.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = Math.max(lo, mid > 0 ? bytes.lastIndexOf(10, mid - 1) + 1 : 0);
    const stop = bytes.indexOf(10, start);
    const end = stop < 0 ? bytes.length : stop;
    const space = bytes.indexOf(32, start);
    const wordEnd = space < 0 || space > end ? end : space;
    let order = 0;
    for (let i = 0; order === 0 && i < Math.min(wordEnd - start, wanted.length); i++) order = bytes[start + i] - wanted[i];
    if (order === 0) order = wordEnd - start - wanted.length;
    if (order === 0) return [start, wordEnd, end];
    if (order < 0) lo = end + 1;
    else hi = start;
  }
  return undefined;
}

/** The model the build wrote, or null when there is none (not built: search works without it). */
function learnedModel(): LearnedModel | null {
  if (model === undefined) {
    try {
      // The build writes about 17 KB; a file far larger is not the build's (review18: 72 MB made
      // `search ibuprofen` take 2.8 s), and is not read.
      const path = join(packageRoot, 'dist', 'learned.txt');
      model = statSync(path).size <= MAX_MODEL_BYTES ? parseLearned(readFileSync(path)) : null;
    } catch {
      model = null;
    }
  }
  return model;
}

/** A section's name as the model keeps it. */
export const learnedName = (section: Section): string => `${section.id} ${section.title}`;

/** Per section of `sections`, the log-probability that a query of these word stems asks for it, or
 *  undefined when the model does not know these sections (another corpus, or no model). */
export function learnedScores(sections: readonly Section[], stems: readonly string[], given: LearnedModel | null = learnedModel()): number[] | undefined {
  if (!given || given.sections.length !== sections.length) return undefined;
  const at = sections.map((s) => given.sections.indexOf(learnedName(s)));
  if (at.some((k, s) => k < 0 || given.summaries[k] !== sections[s].summary)) return undefined;
  const vocabulary = given.vocabulary;
  const known = stems.map((w) => given.counts(w)).filter((counts): counts is number[] => counts !== undefined);
  return at.map((k) => {
    let score = Math.log(given.prior[k]);
    const denominator = given.totals[k] + SMOOTHING * vocabulary;
    for (const counts of known) score += Math.log((counts[k] + SMOOTHING) / denominator);
    return score;
  });
}

// The answering sentence, learned the same way: per word stem, how many of the main cases whose
// answer phrase a sentence holds say it (scripts/learn.mjs, learnAnswers), kept in
// data/learned-answers.json and written by the build to dist/learned-answers.txt. A hit's snippet is
// chosen by the rules' score of each sentence plus ANSWER_WEIGHT times the model's probability that
// it is the one the query asks for (snippet.ts, makeSnippet, which says where it is not used).
// Measured when it came (the nineteenth session), as the share of queries whose first hit is right
// and shows the answer: held-out 73.9 -> 75.4% (the weight and the smoothing were chosen there:
// 0.25 to 1 and 0.2 to 1 all gained 0.9 to 1.4 points); on three sets written that session before
// it and never learned from, 76.7 -> 79.3% (150 queries), 75.8 -> 76.7% (120 contrasts and long
// stories) and 65.4 -> 67.1% (240).

export interface LearnedAnswers {
  /** How many learned sentences there are. */
  size: number;
  /** The index of a sentence by its key (answerKey), or undefined. */
  at(key: string): number | undefined;
  /** Per sentence, the sum of its counts over the stems (scaled: ANSWER_SCALE for a query answered by
   *  that sentence alone). */
  totals: number[];
  /** Per sentence, how many word stems the learned queries of its section hold: the smoothing's vocabulary. */
  vocabulary: number[];
  /** A stem's counts as a flat list of sentence index and count, [j, n, j, n, …], or undefined for a
   *  stem it does not know. */
  counts(stem: string): Int32Array | undefined;
}

/** A query answered by several sentences counts for each a share of this (an integer for 1 to 6 ways). */
export const ANSWER_SCALE = 60;
/** The smoothing of unseen words, per word and sentence, in queries (scaled by ANSWER_SCALE). */
const ANSWER_SMOOTHING = 0.5;
/** What the model's probability adds to a sentence's score: half the bonus of a matching intent. */
export const ANSWER_WEIGHT = 0.5;
/** The same for a query that turns from something or asks what else there is (snippet.ts, makeSnippet). */
export const ANSWER_WEIGHT_TURNING = 1;

/** A sentence's key: its section's id and its folded text. A sentence whose text changes is no
 *  longer known, and is chosen by the rules alone. The text itself, not a hash of it: hashing the
 *  warning signs' 53 sentences in JavaScript took 1 ms of a search (cold code); a Map hashes a
 *  string natively. */
export function answerKey(sectionId: string, folded: string): string {
  return `${sectionId}#${folded}`;
}

/** The largest count read: the build's are below ANSWER_SCALE times the number of queries. */
const MAX_COUNT = 100_000_000;

/** The pairs of a stem's line, "j:n j:n …", as a flat list [j, n, j, n, …], or undefined when the
 *  line is not pairs of digits of sentences among `size`. Read byte by byte: split() and a pattern
 *  per pair made ~100 strings and arrays for each stem as common as "neck" (measured: a young-
 *  generation collection in a 20-word question). */
function readPairs(bytes: Uint8Array, from: number, to: number, size: number): Int32Array | undefined {
  let count = 1;
  for (let i = from; i < to; i++) if (bytes[i] === 32) count++;
  const out = new Int32Array(count * 2);
  let k = 0;
  let value = -1;
  for (let i = from; i <= to; i++) {
    const c = i < to ? bytes[i] : 32;
    if (c >= 48 && c <= 57) {
      value = (value < 0 ? 0 : value * 10) + (c - 48);
      // A count no build writes (trial19: 3000000000 wrapped round in the Int32Array).
      if (value > MAX_COUNT) return undefined;
    }
    else if ((c === 58 && k % 2 === 0) || (c === 32 && k % 2 === 1)) {
      if (value < 0) return undefined;
      out[k++] = value;
      value = -1;
    } else return undefined;
  }
  for (let j = 0; j < k; j += 2) if (out[j] >= size) return undefined;
  return k === out.length ? out : undefined;
}

/** The numbers of bytes[from, to) separated by single spaces (digits only: not "", "0x10" or
 *  "1e3"), or undefined unless there are `length` of them. Read from the bytes: no string is made of
 *  the line or its fields. */
function byteNumbers(bytes: Uint8Array, from: number, to: number, length: number): number[] | undefined {
  const out: number[] = [];
  let value = -1;
  let digits = 0;
  for (let i = from; i <= to; i++) {
    const c = i < to ? bytes[i] : 32;
    if (c >= 48 && c <= 57) {
      value = (value < 0 ? 0 : value * 10) + (c - 48);
      digits++;
    } else if (c === 32 && value >= 0) {
      // Past 15 digits a sum of digits may round otherwise than Number() reads the field.
      out.push(digits > 15 ? Number(Buffer.from(bytes.buffer, bytes.byteOffset + i - digits, digits).toString('latin1')) : value);
      value = -1;
      digits = 0;
    } else return undefined;
  }
  return out.length === length ? out : undefined;
}

/** The text (UTF-8): a line of tab-separated sentence keys, a line of totals, a line of each
 *  sentence's vocabulary, then one line per stem in sorted order (by its bytes): the stem, then its
 *  sentence:count pairs. Kept as bytes, not a string: the file is 94 KB, and as a string it took
 *  `search ibuprofen` over a young-generation collection (measured, --trace-gc). As for the section
 *  model, a stem's line is found by binary search when asked for, and read once. Only the line of
 *  keys is decoded (a Map of them: V8 hashes a string natively); the two lines of numbers are read
 *  from the bytes. Measured (twenty-fourth session): the keys kept in the bytes instead and found by
 *  binary search (Buffer.compare) saved 20 KB more of young objects but cost 1 M instructions more
 *  a search, each call into Buffer's methods costing thousands. */
export function parseLearnedAnswers(file: string | Uint8Array): LearnedAnswers | null {
  const bytes = typeof file === 'string' ? Buffer.from(file, 'utf8') : Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const keysEnd = bytes.indexOf(10);
  const totalsEnd = keysEnd < 0 ? -1 : bytes.indexOf(10, keysEnd + 1);
  const vocabularyEnd = totalsEnd < 0 ? -1 : bytes.indexOf(10, totalsEnd + 1);
  if (keysEnd <= 0 || vocabularyEnd < 0) return null;
  const keys = bytes.toString('utf8', 0, keysEnd).split('\t');
  const size = keys.length;
  const totals = byteNumbers(bytes, keysEnd + 1, totalsEnd, size);
  const vocabulary = byteNumbers(bytes, totalsEnd + 1, vocabularyEnd, size);
  if (!totals || !vocabulary || vocabulary.some((n) => n < 1)) return null;
  // A loop, not new Map(keys.map(...)): the pairs were 7 KB of young objects.
  const index = new Map<string, number>();
  for (let i = 0; i < size; i++) index.set(keys[i], i);
  const at = (key: string) => index.get(key);
  const body = vocabularyEnd + 1;
  const read = new Map<string, Int32Array | undefined>();
  const find = (stem: string): Int32Array | undefined => {
    const line = findLine(bytes, body, stem);
    return line && line[1] < line[2] ? readPairs(bytes, line[1] + 1, line[2], size) : undefined;
  };
  const counts = (stem: string): Int32Array | undefined => {
    if (!read.has(stem)) read.set(stem, find(stem));
    return read.get(stem);
  };
  return { size, at, totals, vocabulary, counts };
}

let answers: LearnedAnswers | null | undefined;

/** The sentence model the build wrote, or null (not built: snippets are chosen by the rules alone). */
function learnedAnswers(): LearnedAnswers | null {
  if (answers === undefined) {
    try {
      const path = join(packageRoot, 'dist', 'learned-answers.txt');
      answers = statSync(path).size <= MAX_MODEL_BYTES ? parseLearnedAnswers(readFileSync(path)) : null;
    } catch {
      answers = null;
    }
  }
  return answers;
}

/** For the sentences a snippet is chosen from (their keys), the probability that each is the one a
 *  query of these stems asks for, among those the model knows (0 for the others); undefined when it
 *  knows fewer than two of them. */
export function learnedAnswerShares(keys: readonly string[], stems: readonly string[], lead = -1, given: LearnedAnswers | null = learnedAnswers()): number[] | undefined {
  if (!given) return undefined;
  const at = keys.map((k) => given.at(k));
  if (at.filter((j) => j !== undefined).length < 2) return undefined;
  // A sentence no learned query answered (a note added since, such as the one on low-dose aspirin)
  // would only lose: the model does not move away from it when the rules put it first (review20).
  if (lead >= 0 && (at[lead] === undefined || given.totals[at[lead]!] === 0)) return undefined;
  const alpha = ANSWER_SMOOTHING * ANSWER_SCALE;
  // No prior (how often each sentence answered): with it, the sentences most queries want ("Over-the-
  // counter analgesics such as …") won over specific ones ("Treatment involves correcting the
  // underlying cause" for "fix the cause … rather than just the symptoms").
  const logs = at.map((j) => (j === undefined ? -Infinity : 0));
  // Counts by learned sentence, so that a sentence said twice among `keys` (a note two classes share)
  // is counted at both places.
  const counts = new Float64Array(given.size);
  for (const stem of stems) {
    const pairs = given.counts(stem);
    if (!pairs) continue;
    let any = false;
    for (let p = 0; p < pairs.length; p += 2) counts[pairs[p]] = pairs[p + 1];
    for (const j of at) if (j !== undefined && counts[j] > 0) any = true;
    // A stem none of these sentences' queries held says nothing about which of them answers.
    if (any) {
      for (let n = 0; n < keys.length; n++) {
        const j = at[n];
        if (j !== undefined) logs[n] += Math.log((counts[j] + alpha) / (given.totals[j] + alpha * given.vocabulary[j]));
      }
    }
    for (let p = 0; p < pairs.length; p += 2) counts[pairs[p]] = 0;
  }
  const top = Math.max(...logs);
  const shares = logs.map((l) => (l === -Infinity ? 0 : Math.exp(l - top)));
  const sum = shares.reduce((a, b) => a + b, 0);
  return shares.map((x) => x / sum);
}
