// Search relevance: top-1 accuracy, mean reciprocal rank and every miss, over test/relevance.json.
// `npm run eval:search` prints the report; the vitest suite calls evaluate() with the same cases.
import { readFileSync } from 'node:fs';

/** The suites of test/relevance.json: the main cases, the held-out ones (never tuned against), and both. */
export function loadSuites() {
  const file = JSON.parse(readFileSync(new URL('../test/relevance.json', import.meta.url), 'utf8'));
  return {
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
  const answered = [];
  for (const query of suite.offTopic) {
    const ids = lib.search(index, query, { limit: 10 }).hits.map((h) => h.id);
    if (ids.length) answered.push({ query, got: ids });
  }
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const lib = await import('../dist/index.js').catch(() => {
    console.error("eval:search: run 'npm run build' first (dist/index.js is missing).");
    process.exit(2);
  });
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  for (const [name, suite] of Object.entries(loadSuites())) {
    const r = evaluate(lib, suite);
    console.log(`${name.padEnd(8)} queries: ${r.cases}   top-1: ${pct(r.top1)}   MRR: ${r.mrr.toFixed(3)}   off-topic answered: ${r.offTopic ? pct(r.offTopicAnswered) : '-'} of ${r.offTopic}`);
    if (name === 'all') {
      for (const m of r.misses) console.log(`  miss [${m.kind}] "${m.query}": expected ${m.expect}, got ${m.got.join(', ') || 'nothing'}`);
      for (const a of r.answered) console.log(`  off-topic answered "${a.query}": ${a.got.join(', ')}`);
      if (!r.misses.length && !r.answered.length) console.log('  no misses');
    }
  }
}
