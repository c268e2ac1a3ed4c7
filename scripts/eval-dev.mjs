// Scores this checkout's build (or another's) on the development sets of scripts/probes/dev-sets.json:
// per set and kind, the right section first (top-1) and the answering sentence in the first hit's
// snippet (answers), queries finding nothing, off-topic queries answered. These sets were tuned
// against (their "about" says how): a measure of progress on them, not of held-out accuracy, which
// `npm run eval:search` reports.
//
//   node scripts/eval-dev.mjs [BUILT_ROOT] [--misses]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--')) ?? here;
const showMisses = args.includes('--misses');
const lib = await import(`${root.replace(/\/$/, '')}/dist/index.js`);
const { fold } = await import(`${here}scripts/eval-search.mjs`);
const { sets } = JSON.parse(readFileSync(`${here}scripts/probes/dev-sets.json`, 'utf8'));
const index = lib.buildIndex(lib.loadBundledCorpus());
const list = (x) => (Array.isArray(x) ? x : [x]);
const pct = (n, d) => (d ? ((100 * n) / d).toFixed(1) : '-');
for (const [name, set] of Object.entries(sets)) {
  const byKind = new Map();
  let top1 = 0, answers = 0, nothing = 0;
  for (const c of set.cases) {
    const hits = lib.search(index, c.query, { limit: 10, snippets: 1 }).hits;
    const top = hits[0];
    const t1 = !!top && list(c.expect).includes(top.id);
    const ans = t1 && list(c.answer).some((p) => fold(top.snippet.text).includes(fold(p)));
    top1 += t1; answers += ans; nothing += !top;
    const k = byKind.get(c.kind) ?? { n: 0, t1: 0, ans: 0 };
    k.n++; k.t1 += t1; k.ans += ans; byKind.set(c.kind, k);
    if (showMisses && !ans) console.log(`  miss [${c.kind}] ${JSON.stringify(c.query)}: want ${list(c.expect).join(' or ')} "${list(c.answer).join('" or "')}", got ${hits.map((h) => h.id).join(', ') || 'nothing'}${top ? `: ${JSON.stringify(top.snippet.text.slice(0, 120))}` : ''}`);
  }
  const off = set.offTopic.filter((q) => lib.search(index, q, { limit: 3 }).hits.length > 0);
  if (showMisses) for (const q of off) console.log(`  off-topic answered ${JSON.stringify(q)}`);
  console.log(`${name}: ${set.cases.length} queries, top-1 ${pct(top1, set.cases.length)}%, answers ${pct(answers, set.cases.length)}%, nothing ${nothing}, off-topic answered ${off.length} of ${set.offTopic.length}`);
  console.log(`  ${[...byKind].map(([kind, k]) => `${kind} ${pct(k.t1, k.n)}/${pct(k.ans, k.n)}`).join(', ')}`);
}
