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

/** A line of counts, one per section, or undefined. */
const numbers = (line: string, length: number): number[] | undefined => {
  const fields = line.split(' ');
  return fields.length === length && fields.every((f) => COUNT.test(f)) ? fields.map(Number) : undefined;
};
/** A count as the build writes it: digits only (not "", "0x10" or "1e3"). */
const COUNT = /^[0-9]+$/;

/** The model text: a line of tab-separated "id title" section names, a line of priors, a line of
 *  totals, a line with the number of stems, a line of the sections' summaries (tab-separated), then
 *  one line per stem in sorted order: the stem, then
 *  its count per section. Only the first five lines are read; a stem's line is found by binary search
 *  over the text when it is asked for (parsing all 815 lines cost `search ibuprofen` 14 M
 *  instructions, 2.6% of its start-up; indexing the lines first, 2 M). A line that is not a stem and
 *  its counts counts as a stem the model does not know. */
export function parseLearned(text: string): LearnedModel | null {
  let at = 0;
  const next = (): string | undefined => {
    const end = text.indexOf('\n', at);
    if (end < 0) return undefined;
    const line = text.slice(at, end);
    at = end + 1;
    return line;
  };
  const sections = next()?.split('\t');
  if (!sections) return null;
  const prior = numbers(next() ?? '', sections.length);
  const totals = numbers(next() ?? '', sections.length);
  const vocabulary = Number(next());
  const summaries = next()?.split('\t');
  if (!prior || !totals || prior.some((n) => n === 0) || !Number.isInteger(vocabulary) || vocabulary < 1 || summaries?.length !== sections.length) return null;
  const body = at;
  const counts = (stem: string): number[] | undefined => {
    // lo is always the start of a line not yet ruled out; hi the end of the range.
    let [lo, hi] = [body, text.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const start = Math.max(lo, text.lastIndexOf('\n', mid - 1) + 1);
      const stop = text.indexOf('\n', start);
      const end = stop < 0 ? text.length : stop;
      const space = text.indexOf(' ', start);
      const word = text.slice(start, space < 0 || space > end ? end : space);
      if (word === stem) return space < 0 || space > end ? undefined : numbers(text.slice(space + 1, end), sections.length);
      if (word < stem) lo = end + 1;
      else hi = start;
    }
    return undefined;
  };
  return { sections, summaries, prior, totals, vocabulary, counts };
}

/** The model the build wrote, or null when there is none (not built: search works without it). */
function learnedModel(): LearnedModel | null {
  if (model === undefined) {
    try {
      // The build writes about 17 KB; a file far larger is not the build's (review18: 72 MB made
      // `search ibuprofen` take 2.8 s), and is not read.
      const path = join(packageRoot, 'dist', 'learned.txt');
      model = statSync(path).size <= MAX_MODEL_BYTES ? parseLearned(readFileSync(path, 'utf8')) : null;
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
