// Search relevance: top-1 accuracy, mean reciprocal rank and every miss, over test/relevance.json
// (short queries: query → first section) and test/answers.json (questions, stories, typos,
// contrasts: query → first section and the answering sentence).
// `npm run eval:search` prints the report (`--held-out` also prints the held-out set's misses);
// the vitest suites call evaluate() and evaluateAnswers() with the same cases.
import { readFileSync } from 'node:fs';

const readJson = (name) => JSON.parse(readFileSync(new URL(`../test/${name}`, import.meta.url), 'utf8'));

/** The suites of test/relevance.json: the main cases, the held-out ones (never tuned against), and both. */
export function loadSuites() {
  const file = readJson('relevance.json');
  return {
    main: { cases: file.cases, offTopic: file.offTopic },
    heldOut: { cases: file.heldOut, offTopic: file.offTopicHeldOut },
    all: { cases: [...file.cases, ...file.heldOut], offTopic: [...file.offTopic, ...file.offTopicHeldOut] },
  };
}

/** The suites of test/answers.json, with the kinds in the order they are reported. */
export function loadAnswerSuites() {
  const file = readJson('answers.json');
  return {
    kinds: file.kinds,
    main: { cases: file.cases, offTopic: file.offTopic },
    heldOut: { cases: file.heldOut, offTopic: file.offTopicHeldOut },
    all: { cases: [...file.cases, ...file.heldOut], offTopic: [...file.offTopic, ...file.offTopicHeldOut] },
  };
}

/** lib: { loadBundledCorpus, buildIndex, search }. Returns the figures and the misses. */
export function evaluate(lib, suite) {
  const index = lib.buildIndex(lib.loadBundledCorpus());
  const misses = [];
  let top1 = 0;
  let reciprocal = 0;
  for (const c of suite.cases) {
    const ids = lib.search(index, c.query, { limit: 10 }).hits.map((h) => h.id);
    const rank = ids.indexOf(c.expect) + 1;
    if (rank === 1) top1++;
    else misses.push({ query: c.query, kind: c.kind, expect: c.expect, got: ids });
    if (rank > 0) reciprocal += 1 / rank;
  }
  const answered = offTopicAnswered(lib, index, suite.offTopic);
  return {
    cases: suite.cases.length,
    top1: top1 / suite.cases.length,
    mrr: reciprocal / suite.cases.length,
    misses,
    offTopic: suite.offTopic.length,
    offTopicAnswered: answered.length / suite.offTopic.length,
    answered,
  };
}

function offTopicAnswered(lib, index, queries) {
  const answered = [];
  for (const query of queries) {
    const ids = lib.search(index, query, { limit: 10 }).hits.map((h) => h.id);
    if (ids.length) answered.push({ query, got: ids });
  }
  return answered;
}

const list = (x) => (Array.isArray(x) ? x : [x]);
export const fold = (text) => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ');

/** Per kind of query: section top-1, MRR, answer accuracy (the first hit is an expected section and
 *  its snippet holds an answer phrase) and "Nothing matches" count; every miss with what came back. */
export function evaluateAnswers(lib, suite, kinds) {
  const index = lib.buildIndex(lib.loadBundledCorpus());
  const byKind = new Map(kinds.map((k) => [k, { kind: k, cases: 0, top1: 0, mrr: 0, answer: 0, nothing: 0 }]));
  const total = { kind: 'all', cases: 0, top1: 0, mrr: 0, answer: 0, nothing: 0 };
  const misses = [];
  for (const c of suite.cases) {
    // Only the first hit's sentence is read: the others' are not worked out (SearchOptions.snippets).
    const hits = lib.search(index, c.query, { limit: 10, snippets: 1 }).hits;
    const expected = list(c.expect);
    const rank = hits.findIndex((h) => expected.includes(h.id)) + 1;
    const top = hits[0];
    const answerOk = rank === 1 && list(c.answer).some((phrase) => fold(top.snippet.text).includes(fold(phrase)));
    for (const row of [byKind.get(c.kind), total]) {
      if (!row) throw new Error(`eval: unknown kind '${c.kind}' for "${c.query}"`);
      row.cases++;
      if (rank === 1) row.top1++;
      if (rank > 0) row.mrr += 1 / rank;
      if (answerOk) row.answer++;
      if (!hits.length) row.nothing++;
    }
    if (!answerOk) {
      misses.push({
        query: c.query, kind: c.kind, needs: c.needs, expect: expected, answer: list(c.answer), sectionOk: rank === 1,
        got: hits.map((h) => h.id), snippet: top?.snippet.text,
      });
    }
  }
  const rows = [...byKind.values(), total].map((r) => ({
    ...r, top1: r.top1 / (r.cases || 1), mrr: r.mrr / (r.cases || 1), answer: r.answer / (r.cases || 1),
  }));
  const answered = offTopicAnswered(lib, index, suite.offTopic);
  return { rows, misses, offTopic: suite.offTopic.length, offTopicAnswered: answered.length / (suite.offTopic.length || 1), answered };
}

/** Robustness: each sentence of `sentences` ({text, where}) added before or after (where says; "either"
 *  is tried after) every case whose first result and answer are right alone. Per sentence: how many
 *  such cases there are, and how many then have another first result (moved), lose the answer while
 *  keeping the section (answer lost), or find nothing. */
export function evaluateRobustness(lib, cases, sentences) {
  const index = lib.buildIndex(lib.loadBundledCorpus());
  const right = [];
  for (const c of cases) {
    const top = lib.search(index, c.query, { limit: 10, snippets: 1 }).hits[0];
    if (top && list(c.expect).includes(top.id) && list(c.answer).some((phrase) => fold(top.snippet.text).includes(fold(phrase)))) right.push({ c, id: top.id });
  }
  return sentences.map(({ text, where }) => {
    const row = { text, where, cases: right.length, moved: 0, answerLost: 0, nothing: 0 };
    for (const { c, id } of right) {
      const query = where === 'before' ? `${text} ${c.query}` : `${c.query}${/[.?!]$/.test(c.query) ? '' : '.'} ${text}`;
      const top = lib.search(index, query, { limit: 10, snippets: 1 }).hits[0];
      if (!top) row.nothing++;
      else if (top.id !== id) row.moved++;
      else if (!list(c.answer).some((phrase) => fold(top.snippet.text).includes(fold(phrase)))) row.answerLost++;
    }
    return row;
  });
}

/** The held-out part's totals per batch (the date each group of queries was written): each batch's
 *  untuned score stays comparable with the figure in the commit that added it. Totals only. */
function printBatches(lib, answers) {
  const file = readJson('answers.json');
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  const batches = [...new Set(answers.heldOut.cases.map((c) => c.batch ?? 'first'))];
  let start = 0;
  const offTopicOf = new Map();
  for (const { batch, count } of file.offTopicHeldOutBatches ?? []) {
    offTopicOf.set(batch, file.offTopicHeldOut.slice(start, start + count));
    start += count;
  }
  for (const batch of batches) {
    const cases = answers.heldOut.cases.filter((c) => (c.batch ?? 'first') === batch);
    const r = evaluateAnswers(lib, { cases, offTopic: offTopicOf.get(batch) ?? [] }, answers.kinds);
    const all = r.rows.at(-1);
    const off = r.offTopic && offTopicOf.has(batch) ? `, off-topic answered ${r.answered.length} of ${r.offTopic}` : '';
    console.log(`  batch ${batch.padEnd(11)} ${String(all.cases).padStart(3)} queries: top-1 ${pct(all.top1)}, answer ${pct(all.answer)}, nothing ${all.nothing}${off}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lib = await import('../dist/index.js').catch(() => {
    console.error("eval:search: run 'npm run build' first (dist/index.js is missing).");
    process.exit(2);
  });
  const showHeldOut = process.argv.includes('--held-out');
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  if (process.argv.includes('--robust')) {
    // Robustness only (it runs ~2,000 searches per sentence): see test/robustness.json.
    const file = readJson('robustness.json');
    const { cases } = loadAnswerSuites().main;
    for (const [name, sentences] of [['sentences (tuned against)', file.sentences], ['heldOut (totals only)', file.heldOut]]) {
      if (!sentences.length) continue;
      const rows = evaluateRobustness(lib, cases, sentences);
      const sum = (key) => rows.reduce((n, r) => n + r[key], 0);
      const tried = rows.length * (rows[0]?.cases ?? 0);
      console.log(`Robustness (test/robustness.json), ${name}: ${rows.length} sentences, each beside the ${rows[0]?.cases ?? 0} main queries answered right alone`);
      console.log(`  moved ${sum('moved')} (${pct(sum('moved') / (tried || 1))}), answer lost ${sum('answerLost')} (${pct(sum('answerLost') / (tried || 1))}), nothing ${sum('nothing')} (${pct(sum('nothing') / (tried || 1))})`);
      if (sentences === file.sentences) {
        for (const r of rows) console.log(`  ${String(r.moved).padStart(5)} moved ${String(r.answerLost).padStart(4)} answer lost ${String(r.nothing).padStart(4)} nothing   ${r.where.padEnd(6)} "${r.text}"`);
      }
    }
    process.exit(0);
  }
  console.log('Short queries (test/relevance.json)');
  for (const [name, suite] of Object.entries(loadSuites())) {
    const r = evaluate(lib, suite);
    console.log(`  ${name.padEnd(8)} queries: ${r.cases}   top-1: ${pct(r.top1)}   MRR: ${r.mrr.toFixed(3)}   off-topic answered: ${r.offTopic ? pct(r.offTopicAnswered) : '-'} of ${r.offTopic}`);
    if (name === 'all') {
      for (const m of r.misses) console.log(`    miss [${m.kind}] "${m.query}": expected ${m.expect}, got ${m.got.join(', ') || 'nothing'}`);
      for (const a of r.answered) console.log(`    off-topic answered "${a.query}": ${a.got.join(', ')}`);
      if (!r.misses.length && !r.answered.length) console.log('    no misses');
    }
  }
  const answers = loadAnswerSuites();
  for (const name of ['main', 'heldOut']) {
    const r = evaluateAnswers(lib, answers[name], answers.kinds);
    console.log(`\nAnswering queries (test/answers.json), ${name}`);
    console.log(`  ${'kind'.padEnd(10)} ${'queries'.padStart(7)} ${'top-1'.padStart(7)} ${'MRR'.padStart(6)} ${'answer'.padStart(7)} ${'nothing'.padStart(8)}`);
    for (const row of r.rows) {
      console.log(`  ${row.kind.padEnd(10)} ${String(row.cases).padStart(7)} ${pct(row.top1).padStart(7)} ${row.mrr.toFixed(3).padStart(6)} ${pct(row.answer).padStart(7)} ${String(row.nothing).padStart(8)}`);
    }
    console.log(`  off-topic answered: ${pct(r.offTopicAnswered)} of ${r.offTopic}`);
    if (name === 'heldOut') printBatches(lib, answers);
    if (name === 'heldOut' && !showHeldOut) {
      console.log(`  (${r.misses.length} misses and ${r.answered.length} off-topic answers not shown: the held-out set is not tuned against; --held-out shows them)`);
      continue;
    }
    for (const m of r.misses) {
      const why = m.sectionOk ? `snippet lacks "${m.answer.join('" or "')}": "${m.snippet}"` : `expected ${m.expect.join(' or ')}, got ${m.got.join(', ') || 'nothing'}`;
      console.log(`    miss [${m.kind}]${m.needs ? ` (needs ${m.needs})` : ''} "${m.query}": ${why}`);
    }
    for (const a of r.answered) console.log(`    off-topic answered "${a.query}": ${a.got.join(', ')}`);
  }
}
