import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../src/corpus/corpus.js';
import { bodySentences, buildIndex, drugFacts, drugNotes } from '../src/search/search-index.js';
import { prepareSearch, search } from '../src/search/search.js';
import { usePrepared } from '../src/search/prepared.js';
import { fold } from '../src/util/text.js';
// @ts-expect-error: plain JavaScript module shared with `npm run eval:search`
import { loadAnswerSuites } from '../scripts/eval-search.mjs';
import { answeringFloors, KINDS_OF_FILE } from './helpers/answering.js';

interface AnswerCase {
  query: string;
  kind: string;
  expect: string | string[];
  answer: string | string[];
}

const suites = loadAnswerSuites();
const list = (x: string | string[]) => (Array.isArray(x) ? x : [x]);
const corpus = loadBundledCorpus();

describe('answering suite (test/answers.json)', () => {
  const all: AnswerCase[] = suites.all.cases;

  it('holds at least 80 queries of the six kinds, 20 off-topic, a held-out part', () => {
    expect(all.length).toBeGreaterThanOrEqual(80);
    expect(suites.heldOut.cases.length).toBeGreaterThanOrEqual(30);
    expect(suites.all.offTopic.length).toBeGreaterThanOrEqual(20);
    for (const kind of suites.kinds) expect(all.filter((c) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(10);
  });

  it('long queries have 20 words or more', () => {
    for (const c of all.filter((c) => c.kind === 'long')) expect(c.query.split(/\s+/).length, c.query).toBeGreaterThanOrEqual(20);
  });

  /** Every case's answer phrases in one test, which names every query whose phrase is not verbatim
   *  in its expected sections. As a test of its own per case (2,158 of them), vitest's bookkeeping
   *  of each test cost about 0.5 ms: 1.0-1.3 s of the suite's CPU (2026-12-04). Each section's
   *  folded sentences are worked out once for the thousand cases that read them. */
  it('every answer phrase is verbatim in an expected section (its body, a drug class\'s note or a drug\'s facts)', () => {
    const folded = new Map<string, string[]>();
    const missing: string[] = [];
    for (const c of all) {
      const text = list(c.expect).flatMap((id) => {
        const section = corpus.sections.find((s) => s.id === id);
        if (!section) {
          missing.push(`${JSON.stringify(c.query)}: no section '${id}'`);
          return [];
        }
        // A drug class's note can answer too (search shows it as a snippet marked as added).
        if (!folded.has(id)) folded.set(id, [...bodySentences(section), ...drugNotes(section).flatMap((n) => n.sentences), ...(section.drugs ?? []).flatMap((d) => d.members.flatMap(drugFacts))].map(fold));
        return folded.get(id)!;
      });
      for (const phrase of list(c.answer)) if (!text.some((s) => s.includes(fold(phrase)))) missing.push(`${JSON.stringify(c.query)}: ${JSON.stringify(phrase)}`);
    }
    expect(missing, `not verbatim in an expected section:\n${missing.join('\n')}`).toEqual([]);
  });

  it('the answering suite\'s kinds are each checked by one of its two files', () => {
    expect([...KINDS_OF_FILE.answers, ...KINDS_OF_FILE['answers-long']].sort()).toEqual([...suites.kinds].sort());
  });

  answeringFloors(KINDS_OF_FILE.answers, true);
});

/** What the build prepares for searches of the bundled corpus (dist/bundled.search.json, checked in
 *  test/index-store.test.ts) gives every twentieth query of the suites (answers.json, relevance.json)
 *  the same hits and snippets as a search that works it out (every third took 2.7 s of the suite's
 *  CPU; index-store compares the preparation itself whole). Here, after the answering suite, because
 *  the search is warm in this worker then: 436 queries searched both ways took 0.6-0.7 s of CPU after
 *  the suite, 1.7-2.1 s as the first searches of a worker (2026-12-05). Every tenth (664 queries by
 *  2026-12-07) took 1.8-2.0 s of CPU, a tenth of the suite's wall time over its 20 s bar: every
 *  twentieth since, and every fortieth since the thirty-fifth session (340 had taken 1.2 s, the
 *  suite still over 20 s): test/index-store.test.ts compares what is prepared whole with what a
 *  search works out, so these queries need only show that a search takes it and reads it alike. */
describe('what the build prepares for searches, on the suites\' queries', () => {
  const all = new Set<string>(['ibuprofen', 'hot water bottle', 'massge', 'what can I take for the pain', 'neck pain', 'stock prices', 'naproxin']);
  const collect = (v: unknown): void => {
    if (typeof v === 'string') all.add(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') 'query' in v ? all.add(String(v.query)) : Object.values(v).forEach(collect);
  };
  for (const name of ['answers.json', 'relevance.json']) collect(JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8')));
  const sample = [...all].filter((_, i) => i % 40 === 0);

  it(`gives the suites' queries the same results as working it out (${sample.length}: every fortieth)`, () => {
    const plain = buildIndex(corpus);
    const prepared = buildIndex(corpus);
    expect(usePrepared(prepared, JSON.parse(JSON.stringify(prepareSearch(buildIndex(corpus), 'k'))), 'k'), 'the preparation is taken').toBe(true);
    const differ = sample.filter((q) => JSON.stringify(search(prepared, q, { limit: 10 })) !== JSON.stringify(search(plain, q, { limit: 10 })));
    expect(differ).toEqual([]);
  });
});

/** `--limit N` shows the first N hits of the ranking the default limit shows, in the same order
 *  (trial20: the learned model chose its lead among the first N, so `-n 2` led with the second of
 *  `-n 3` and dropped its first). Every fortieth query of the suites, without snippets (cheap). */
describe('a limit cuts the ranking, never changes it', () => {
  const queries = new Set<string>(["I've had a stiff neck for two days after painting the ceiling, I've tried ibuprofen and a hot water bottle and it's still really tight, I can't look over my shoulder when driving, what else can I do"]);
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') 'query' in v ? queries.add(String(v.query)) : Object.values(v).forEach(collect);
  };
  collect(JSON.parse(readFileSync(new URL('answers.json', import.meta.url), 'utf8')));
  const sample = [...queries].filter((_, i) => i % 40 === 0);
  const index = buildIndex(corpus);
  it(`-n 1 and -n 2 show the first hits of the default ranking (${sample.length} queries)`, () => {
    const ranking = (q: string, limit?: number) => search(index, q, { limit, snippets: 0 }).hits.map((h) => `${h.id} ${h.score}`);
    const differ = sample.flatMap((q) => {
      const whole = ranking(q);
      return [1, 2].flatMap((n) => (JSON.stringify(ranking(q, n)) === JSON.stringify(whole.slice(0, n)) ? [] : [`${q} (-n ${n}): ${ranking(q, n).join(', ')} vs ${whole.slice(0, n).join(', ')}`]));
    });
    expect(differ).toEqual([]);
  });
});
