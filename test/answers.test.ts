import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../src/corpus/corpus.js';
import { bodySentences, buildIndex, drugFacts, drugNotes } from '../src/search/search-index.js';
import { prepareSearch, search } from '../src/search/search.js';
import { usePrepared } from '../src/search/prepared.js';
import { fold } from '../src/util/text.js';
import * as lib from '../src/index.js';
// @ts-expect-error: plain JavaScript module shared with `npm run eval:search`
import { evaluateAnswers, loadAnswerSuites } from '../scripts/eval-search.mjs';

interface AnswerCase {
  query: string;
  kind: string;
  expect: string | string[];
  answer: string | string[];
}
interface Row {
  kind: string;
  cases: number;
  top1: number;
  answer: number;
  nothing: number;
}

const suites = loadAnswerSuites();
const list = (x: string | string[]) => (Array.isArray(x) ? x : [x]);
const corpus = loadBundledCorpus();

/** Floors per kind of query, for the main and held-out sets together. */
// What the engine reaches in every kind (lowest: everyday words, 84% top-1 and 72% answers), a
// little below it so that a change which loses a query or two fails here. The goal is 90%
// and 85% in every kind; raise these as kinds get there. Off-topic: the goal is at most 10%; 4 of
// the 27 (14.8%) are answered since the held-out batch of 2026-11-25 added six harder ones, and 6 of
// 34 (17.6%) since batch 2026-11-25b added seven more (two of them answered). Batch 2026-11-25c
// (42 queries and 16 off-topic, 7 of those answered untuned) brought long answers to 67.6% and
// off-topic to 18.6% of 59, with main's new off-topic cases; long answers are back at 73.0% (27 of 37).
// Batch 2026-12-04 (60 queries, 10 of each kind, and 24 off-topic; untuned: contrasts 60% top-1,
// long 70%, 8 of its off-topic answered) brought contrasts to 78.6% top-1 and 69.0% answers and off-topic to 22.9% of
// 83: their floors were lowered to those figures that day, and raised back the same day when the
// work on contrasts and scope brought them to 87.7% top-1, 73.7% answers and 19.5% (22 of 113).
// Batch 2026-12-04b (60 queries and 24 off-topic, written blind; untuned 83.3% top-1, 66.7% answers)
// brought contrast answers to 68.8% (53 of 77): that floor stood at 65% until the same day's work
// brought them to 74.0% (77 of 104, with 27 new main contrasts). Off-topic: 16 of 201 (8.0%) are
// answered since that work; the floor is the goal, 10%. Batch 2026-12-04c (60 queries and 20
// off-topic, written blind in the third session; untuned 90.0% top-1, 76.7% answers, 2 of 20
// off-topic answered) left every kind above its floor; off-topic 18 of 221 (8.1%). Batch 2026-12-04d
// (60 queries and 20 off-topic, written blind in the fourth session; untuned 93.3% top-1, 80.0%
// answers, 3 of 20 off-topic answered) also left every kind above its floor. So did batch
// 2026-12-04e (71 queries and 23 off-topic, written blind in the fifth session; untuned 97.2% top-1,
// 85.9% answers, 4 of 23 off-topic answered); off-topic in all, 33 of 338 (9.8%). And batch
// 2026-12-04f (66 queries and 23 off-topic, written blind in the sixth session; untuned 95.5% top-1,
// 83.3% answers, 4 of 23 off-topic answered). With it and writer17's dev set (30 off-topic lines,
// 8 answered untuned) off-topic in all stood at 45 of 416 (10.8%), over this floor, until that
// session's precision work brought it to 41 (9.9%). Batch 2026-12-05i (130 queries and 30 off-topic,
// written blind in the sixteenth session by writer35, with a dev set of 70 from the same 200 that
// joined the main set; untuned 83.8% top-1, 68.5% answers, 3 finding nothing, 1 of 30 off-topic
// answered, the same at the session's end) left every kind above its floor; with it the held-out
// set holds 1,478 queries (90.1% top-1, 77.3% answers, 6 finding nothing). Batch 2026-12-07
// (writer61: 120 queries and 30 off-topic, written blind in the twenty-ninth session and
// label-checked by another engineer; untuned 86.7% top-1, 65.8% answers, 1 finding nothing, 1 of 30
// off-topic answered) left every kind above its floor; the held-out set holds 1,928 queries.
const FLOOR = { top1: 0.8, answer: 0.7 };
const KIND_FLOOR: Record<string, { top1: number; answer: number }> = {};
const OFF_TOPIC_FLOOR = 0.1;

/** Only the main set's misses are named in a failure: the held-out set is never tuned against. */
const mainQueries = new Set(suites.main.cases.map((c: AnswerCase) => c.query));
const mainOffTopic = new Set<string>(suites.main.offTopic);

describe('answering suite (test/answers.json)', () => {
  const all: AnswerCase[] = suites.all.cases;
  /** Every query of the suite searched once, for all the checks below (each search is a pure
   *  function of the query; evaluating once per kind searched every query seven times: ~4 s of CPU). */
  let evaluation: ReturnType<typeof evaluateAnswers> | undefined;
  const evaluate = () => (evaluation ??= evaluateAnswers(lib, suites.all, suites.kinds));

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

  it.each(suites.kinds as string[])('%s: top-1 and answer accuracy hold their floors', (kind) => {
    const r = evaluate();
    const row: Row = r.rows.find((x: Row) => x.kind === kind);
    const kindMisses = r.misses.filter((m: { kind: string }) => m.kind === kind);
    const misses = kindMisses.filter((m: { query: string }) => mainQueries.has(m.query)).map((m: { query: string; got: string[] }) => `"${m.query}" → ${m.got[0] ?? 'nothing'}`);
    misses.push(`and ${kindMisses.length - misses.length} held-out misses, not shown`);
    expect(row.top1, `top-1 ${row.top1}; misses: ${misses.join('; ')}`).toBeGreaterThanOrEqual((KIND_FLOOR[kind] ?? FLOOR).top1);
    expect(row.answer, `answer accuracy ${row.answer}; misses: ${misses.join('; ')}`).toBeGreaterThanOrEqual((KIND_FLOOR[kind] ?? FLOOR).answer);
  // The first kind evaluates all 4,185 queries once (about 8 s on a quiet machine; past 30 s at a
  // load of 8, when another session's tests shared the two cores).
  }, 120_000);

  it('off-topic queries are seldom answered', () => {
    const r = evaluate();
    const shown = r.answered.filter((a: { query: string }) => mainOffTopic.has(a.query));
    expect(r.offTopicAnswered, `${JSON.stringify(shown)} and ${r.answered.length - shown.length} held-out ones, not shown`).toBeLessThanOrEqual(OFF_TOPIC_FLOOR);
  });
});

/** What the build prepares for searches of the bundled corpus (dist/bundled.search.json, checked in
 *  test/index-store.test.ts) gives every twentieth query of the suites (answers.json, relevance.json)
 *  the same hits and snippets as a search that works it out (every third took 2.7 s of the suite's
 *  CPU; index-store compares the preparation itself whole). Here, after the answering suite, because
 *  the search is warm in this worker then: 436 queries searched both ways took 0.6-0.7 s of CPU after
 *  the suite, 1.7-2.1 s as the first searches of a worker (2026-12-05). Every tenth (664 queries by
 *  2026-12-07) took 1.8-2.0 s of CPU, a tenth of the suite's wall time over its 20 s bar: every
 *  twentieth since. */
describe('what the build prepares for searches, on the suites\' queries', () => {
  const all = new Set<string>(['ibuprofen', 'hot water bottle', 'massge', 'what can I take for the pain', 'neck pain', 'stock prices', 'naproxin']);
  const collect = (v: unknown): void => {
    if (typeof v === 'string') all.add(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') 'query' in v ? all.add(String(v.query)) : Object.values(v).forEach(collect);
  };
  for (const name of ['answers.json', 'relevance.json']) collect(JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8')));
  const sample = [...all].filter((_, i) => i % 20 === 0);

  it(`gives the suites' queries the same results as working it out (${sample.length}: every twentieth)`, () => {
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
