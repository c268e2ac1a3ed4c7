// The answering suite's floors (test/answers.json), checked per kind of query by two test files so
// that the two workers share its searches: test/answers.test.ts (questions, everyday words, typos,
// situations and the off-topic queries) and test/answers-long.test.ts (contrasts and long stories).
// One file took 9-11 s, over half of one worker's share of the suite (2026-12-07).
import { expect, it } from 'vitest';
import * as lib from '../../src/index.js';
// @ts-expect-error: plain JavaScript module shared with `npm run eval:search`
import { evaluateAnswers, loadAnswerSuites } from '../../scripts/eval-search.mjs';

interface AnswerCase {
  query: string;
  kind: string;
}
interface Row {
  kind: string;
  cases: number;
  top1: number;
  answer: number;
  nothing: number;
}

const suites = loadAnswerSuites();

/** Which file checks which kinds; together, every kind (test/answers.test.ts checks that). */
export const KINDS_OF_FILE = { answers: ['question', 'everyday', 'typo', 'situation'], 'answers-long': ['contrast', 'long'] } as const;

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
// At the thirty-seventh session's end (the first hit's fuller snippet) the lowest kinds, main and
// held-out together, were situations' top-1 (89.7%) and contrasts' answers (80.1%): the floors were
// raised from 80% and 70% to 88% and 78%.
export const FLOOR = { top1: 0.88, answer: 0.78 };
export const KIND_FLOOR: Record<string, { top1: number; answer: number }> = {};
export const OFF_TOPIC_FLOOR = 0.1;

/** Only the main set's misses are named in a failure: the held-out set is never tuned against. */
const mainQueries = new Set(suites.main.cases.map((c: AnswerCase) => c.query));
const mainOffTopic = new Set<string>(suites.main.offTopic);

/** The floors' tests of `kinds` (and, with `offTopic`, of the off-topic queries), each kind's
 *  queries, main and held-out together, searched once for all of them. */
export function answeringFloors(kinds: readonly string[], offTopic: boolean): void {
  const cases = suites.all.cases.filter((c: AnswerCase) => kinds.includes(c.kind));
  let evaluation: ReturnType<typeof evaluateAnswers> | undefined;
  const evaluate = () => (evaluation ??= evaluateAnswers(lib, { cases, offTopic: offTopic ? suites.all.offTopic : [] }, kinds));
  it.each(kinds as string[])('%s: top-1 and answer accuracy hold their floors', (kind) => {
    const r = evaluate();
    const row: Row = r.rows.find((x: Row) => x.kind === kind);
    const kindMisses = r.misses.filter((m: { kind: string }) => m.kind === kind);
    const misses = kindMisses.filter((m: { query: string }) => mainQueries.has(m.query)).map((m: { query: string; got: string[] }) => `"${m.query}" → ${m.got[0] ?? 'nothing'}`);
    misses.push(`and ${kindMisses.length - misses.length} held-out misses, not shown`);
    expect(row.top1, `top-1 ${row.top1}; misses: ${misses.join('; ')}`).toBeGreaterThanOrEqual((KIND_FLOOR[kind] ?? FLOOR).top1);
    expect(row.answer, `answer accuracy ${row.answer}; misses: ${misses.join('; ')}`).toBeGreaterThanOrEqual((KIND_FLOOR[kind] ?? FLOOR).answer);
  // The first kind evaluates all of the file's kinds' queries once (the whole suite took about 8 s on
  // a quiet machine, past 30 s at a load of 8 when another session's tests shared the two cores).
  }, 120_000);

  if (offTopic) it('off-topic queries are seldom answered', () => {
    const r = evaluate();
    const shown = r.answered.filter((a: { query: string }) => mainOffTopic.has(a.query));
    expect(r.offTopicAnswered, `${JSON.stringify(shown)} and ${r.answered.length - shown.length} held-out ones, not shown`).toBeLessThanOrEqual(OFF_TOPIC_FLOOR);
  });
}
