// Start-up benchmark: each command as a whole process, each run paired with a `node -e 0` run,
// reported as median ratios of wall time and peak memory (RSS). Also times `search` on synthetic
// corpora of 1,000 and 10,000 sections. A benchmark, not a test: nothing here fails on timing.
//
//   npm run bench                 # 15 rounds after 3 warm-up rounds
//   npm run bench -- --rounds 30
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}bin/spasm-info.cjs`;
const argValue = (flag, fallback) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const rounds = argValue('--rounds', 15);
const warmup = argValue('--warmup', 3);

if (!existsSync(`${root}dist/cli.cjs`)) {
  console.error("bench: run 'npm run build' first.");
  process.exit(2);
}

const node = process.execPath;
const baseline = [node, '-e', '0'];

/** Runs each command list through scripts/measure.py; returns [wall ms, rss KiB] per command. */
function measure(commands) {
  const out = execFileSync('python3', [`${root}scripts/measure.py`], { input: JSON.stringify(commands), maxBuffer: 1 << 26 });
  return JSON.parse(out.toString());
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs every command in every round, each right after its own `node -e 0`, so that drift in the
 *  machine's speed during the run falls on all commands alike. Returns, per command, the medians of
 *  the absolute values and of the per-pair ratios. */
function compareAll(commands) {
  const plan = [];
  for (let i = 0; i < warmup + rounds; i++) for (const command of commands) plan.push(baseline, command);
  const results = measure(plan).slice(warmup * commands.length * 2);
  return commands.map((_, c) => {
    const pairs = [];
    for (let i = c * 2; i < results.length; i += commands.length * 2) pairs.push([results[i], results[i + 1]]);
    return {
      wall: median(pairs.map(([, r]) => r[0])),
      rss: median(pairs.map(([, r]) => r[1])) / 1024,
      baseWall: median(pairs.map(([b]) => b[0])),
      baseRss: median(pairs.map(([b]) => b[1])) / 1024,
      wallRatio: median(pairs.map(([b, r]) => r[0] / b[0])),
      rssRatio: median(pairs.map(([b, r]) => r[1] / b[1])),
    };
  });
}

/** A deterministic synthetic corpus: `n` sections of prose-like text, about 1.2 KB each. */
function syntheticCorpus(n) {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'shi', 'pre', 'dan', 'tor', 'ex', 'qui', 'bel', 'ost', 'ari'];
  const lexicon = Array.from({ length: 6000 }, () => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => syllables[Math.floor(rand() * syllables.length)]).join(''));
  const medical = ['ibuprofen', 'heat', 'ice', 'massage', 'posture', 'collar', 'stretching', 'surgery', 'spasm', 'neck'];
  const word = () => (rand() < 0.03 ? medical[Math.floor(rand() * medical.length)] : lexicon[Math.floor(rand() * lexicon.length)]);
  const sentence = () => {
    const w = Array.from({ length: 8 + Math.floor(rand() * 10) }, word).join(' ');
    return w.charAt(0).toUpperCase() + w.slice(1) + '.';
  };
  const sections = Array.from({ length: n }, (_, i) => ({
    id: `section-${i}`,
    title: `${word()} ${word()}`,
    summary: sentence(),
    body: Array.from({ length: 3 }, () => Array.from({ length: 3 }, sentence).join(' ')).join('\n\n'),
    aliases: [word()],
  }));
  return JSON.stringify({ sections });
}

const commands = [['list'], ['show', 'thermal'], ['search', 'ibuprofen'], ['--help']];

const dir = `${root}.bench`;
mkdirSync(dir, { recursive: true });
const scaleCommands = [1000, 10000].map((n) => {
  const file = `${dir}/corpus-${n}.json`;
  const text = syntheticCorpus(n);
  writeFileSync(file, text);
  const args = ['--data', file, 'search', 'ibuprofen', 'massage'];
  measure([[node, bin, ...args]]); // first run: not counted (it builds the index cache)
  return { name: `search, ${n.toLocaleString('en')} sections (${(text.length / 1e6).toFixed(1)} MB)`, command: [node, bin, ...args] };
});
// Two groups, each interleaved: the heavy scale runs would otherwise slow the small ones after them.
const startup = commands.map((args) => ({ name: args.join(' '), command: [node, bin, ...args] }));
const rows = [startup, scaleCommands].flatMap((group) => {
  const measured = compareAll(group.map((c) => c.command));
  return group.map((c, i) => ({ name: c.name, ...measured[i] }));
});

const fmt = (r) =>
  `| ${r.name} | ${r.wall.toFixed(0)} ms | ${r.wallRatio.toFixed(2)}× | ${r.rss.toFixed(1)} MiB | ${r.rssRatio.toFixed(2)}× |`;
const base = median(rows.slice(0, commands.length).map((r) => r.baseWall));
const baseRss = median(rows.slice(0, commands.length).map((r) => r.baseRss));
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores); ${rounds} rounds after ${warmup} warm-up, commands interleaved`);
console.log(`baseline \`node -e 0\`: ${base.toFixed(0)} ms, ${baseRss.toFixed(1)} MiB (medians)\n`);
console.log('| command | wall (median) | × node -e 0 | peak RSS (median) | × node -e 0 |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(fmt(r));
