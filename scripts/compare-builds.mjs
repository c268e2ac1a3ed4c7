// Compares what two builds of spasm-info find for the same queries: the suites' queries
// (test/answers.json, test/relevance.json, test/robustness.json) and the reviewers' probe queries
// (scripts/probes/review-queries.json), each searched in-process with each build's dist/index.js.
// A refactor that should change nothing prints "0 differ"; a change of the rules prints every query
// whose first section, reason, sentence or warnings changed, for a person to judge.
//
//   node scripts/compare-builds.mjs OTHER_ROOT            # this checkout against another built one
//   node scripts/compare-builds.mjs OTHER_ROOT --all      # every search option, not only -n 3
//
// OTHER_ROOT is a checkout with its own dist/ built (`git worktree add /tmp/base <commit> && cd
// /tmp/base && npm ci && npm run build`, or a copy of dist/ and data/ beside a package.json).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));
const [other, flag] = process.argv.slice(2);
if (!other) {
  console.error('compare-builds: give the root of another built checkout (see the header of scripts/compare-builds.mjs).');
  process.exit(2);
}
const queries = new Map();
/** What a suite's file holds besides queries: its description, its kinds, its batches' counts, where a
 *  robustness sentence goes. */
const NOT_QUERIES = new Set(['about', 'kinds', 'offTopicHeldOutBatches', 'where']);
const collect = (v, from) => {
  if (typeof v === 'string') queries.set(v, queries.get(v) ?? from);
  else if (Array.isArray(v)) v.forEach((x) => collect(x, from));
  else if (v && typeof v === 'object') ('query' in v ? collect(String(v.query), from) : Object.entries(v).forEach(([k, x]) => !NOT_QUERIES.has(k) && collect(x, from)));
};
// The held-out parts are searched and counted but never printed: they are never tuned against.
const heldOut = new Set();
for (const name of ['answers.json', 'relevance.json', 'robustness.json']) {
  const file = JSON.parse(readFileSync(`${here}test/${name}`, 'utf8'));
  collect(file, name);
  for (const key of ['heldOut', 'offTopicHeldOut']) for (const c of file[key] ?? []) heldOut.add(typeof c === 'string' ? c : String(c.query));
}
const probes = JSON.parse(readFileSync(`${here}scripts/probes/review-queries.json`, 'utf8'));
for (const [set, groups] of Object.entries(probes.sets)) for (const [group, list] of Object.entries(groups)) for (const q of list) queries.set(q, queries.get(q) ?? `${set} ${group}`);

const load = async (root) => {
  const lib = await import(`${root.replace(/\/?$/, '/')}dist/index.js`);
  const index = lib.buildIndex(lib.loadBundledCorpus());
  return (q, options) => lib.search(index, q, options);
};
const [mine, theirs] = await Promise.all([load(here), load(other)]);
const options = flag === '--all' ? [{ limit: 1 }, { limit: 5 }, { limit: 10, snippets: 1 }] : [{ limit: 3 }];
const brief = (r) => {
  const top = r.hits[0];
  // (The stderr note of what the answer leaves out is part of what a person sees.)
  const unmatched = r.unmatched.length ? ` | no match for ${r.unmatched.join(', ')}` : '';
  return top ? `${top.id} | ${top.snippet.reason ?? ''} | ${top.snippet.text.slice(0, 90)}${r.warnings.length ? ' | notice' : ''}${unmatched}` : 'nothing';
};
let differ = 0;
let shown = 0;
let hidden = 0;
let searches = 0;
for (const [q, from] of queries) for (const o of options) {
  searches++;
  const a = theirs(q, o);
  const b = mine(q, o);
  if (JSON.stringify(a) === JSON.stringify(b)) continue;
  differ++;
  // Printed when what a person sees first changed; scores, highlights and later hits are counted only.
  if (brief(a) === brief(b)) continue;
  shown++;
  if (heldOut.has(q)) {
    hidden++;
    continue;
  }
  console.log(`${JSON.stringify(q)} (${from}${options.length > 1 ? `, -n ${o.limit}` : ''})\n  was: ${brief(a)}\n  now: ${brief(b)}`);
}
console.log(`${queries.size} queries, ${searches} searches, ${differ} differ (${shown} in the first section, reason, sentence, notice or words unmatched, ${hidden} of them held-out and not shown)`);
