// Benchmark: each command run as a whole process the way people run it, its output read through a
// pipe and in a pseudo-terminal, each run paired with a run of `node -e 0` just before it; reported
// as the median of the per-pair ratios of wall time and of peak memory (RSS), with their spread
// (25th to 75th percentile) over the rounds. Then custom corpora of 1,000 and 10,000 sections with
// a realistic vocabulary (scripts/bench-corpus.mjs): the first search (nothing cached), a later
// search, a later `list` and a later `show`. A benchmark, not a test: nothing here fails on timing.
//
//   npm run bench                           # everything (needs python3)
//   npm run bench -- --help                 # this text
//   npm run bench -- --rounds 30 --warmup 3 --scale-rounds 5
//   npm run bench -- --no-pty --no-scale    # only the pipe table
//   npm run bench -- --no-pipe --no-scale   # only the terminal table
//   npm run bench -- --sizes 1000,10000,60000  # 60,000 is near the 64 MiB limit of --data
//   npm run bench -- --instructions         # instructions executed instead (valgrind), which do
//                                           # not vary with the machine's load (through a pipe,
//                                           # then in a pseudo-terminal unless --no-pty)
//   npm run bench -- --instructions --exact # the same with one thread, fixed seeds and no address
//                                           # randomisation: repeatable to about 10,000
//                                           # instructions, for comparing two builds
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { distinctWords, realisticCorpus } from './bench-corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}bin/spasm-info.cjs`;
// node:util's parseArgs, strict: an unknown or misspelt option is an error, not a silent full run.
let parsed;
try {
  parsed = parseArgs({
    options: {
      rounds: { type: 'string' }, warmup: { type: 'string' }, 'scale-rounds': { type: 'string' }, sizes: { type: 'string' },
      instructions: { type: 'boolean' }, exact: { type: 'boolean' }, 'no-pty': { type: 'boolean' }, 'no-pipe': { type: 'boolean' }, 'no-scale': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  console.error(`bench: ${error.message} (npm run bench -- --help lists the options)`);
  process.exit(2);
}
if (parsed.help) {
  // The usage is this file's header comment.
  const header = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
  console.log(header.slice(0, header.findIndex((line) => !line.startsWith('//'))).map((line) => line.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
const flag = (name) => parsed[name.slice(2)] === true;
const argValue = (name, fallback) => parsed[name.slice(2)] ?? fallback;
const count = (name, fallback, min) => {
  const n = Number(argValue(name, fallback));
  if (!Number.isInteger(n) || n < min) {
    console.error(`bench: ${name} takes a whole number of at least ${min}, not '${argValue(name)}'.`);
    process.exit(2);
  }
  return n;
};
const rounds = count('--rounds', 15, 1);
const warmup = count('--warmup', 3, 0);
const scaleRounds = count('--scale-rounds', 5, 1);
const sizes = String(argValue('--sizes', '1000,10000')).split(',').map(Number);
if (!sizes.every((n) => Number.isInteger(n) && n > 0)) {
  console.error(`bench: --sizes takes whole numbers of sections separated by commas, not '${argValue('--sizes')}'.`);
  process.exit(2);
}
const instructions = flag('--instructions');
/** Node's helper threads (compiler, GC), its random and hash seeds and address randomisation make
 *  counts vary by a few million from run to run; without them they repeat to about 10,000. */
const exact = flag('--exact');

if (!existsSync(`${root}dist/cli.cjs`)) {
  console.error("bench: run 'npm run build' first.");
  process.exit(2);
}

const node = process.execPath;
const dir = `${root}.bench`;
mkdirSync(dir, { recursive: true });
// Never the user's own cache, and the same for every run.
const baseEnv = { SPASM_INFO_CACHE_DIR: `${dir}/cache`, NO_COLOR: '', FORCE_COLOR: '' };
delete process.env.NO_COLOR;
delete process.env.FORCE_COLOR;
// Nor a bundle of extra certificates: Node reads NODE_EXTRA_CA_CERTS as it starts, whether or not it
// opens a connection, and every run here would pay it, `node -e 0` too, which flatters each ratio.
// Measured on the project's machine (2026-12-07, fortieth session, /etc/ssl/certs' 220 KB bundle):
// `node -e 0` 119 -> 66 ms without it, `search ibuprofen` 1.38x -> 1.57x, `list` 1.05x -> 1.17x.
// People's terminals seldom set it; scripts/test.mjs removes it for the suite as well.
const extraCerts = process.env.NODE_EXTRA_CA_CERTS !== undefined;
delete process.env.NODE_EXTRA_CA_CERTS;
// In the pseudo-terminal: colour as in a terminal window, and no pager (it would wait for a key).
const ptyEnv = { TERM: 'xterm-256color', PAGER: '' };

const QUESTION_20 = 'my neck has been stiff and sore since yesterday morning so what should i do about the pain and can heat help';
const startupCommands = [
  ['list'],
  ['show', 'thermal'],
  ['show', 'medications'],
  ['search', 'ibuprofen'],
  ['search', 'what can i take for the pain'],
  ['search', QUESTION_20],
  ['plan'],
  ['--help'],
];
const label = (args) => args.map((a) => (a === QUESTION_20 ? '"<20-word question>"' : a.includes(' ') ? `"${a}"` : a)).join(' ');

/** Runs jobs ({argv, env, output}) through scripts/measure.py: [wall ms, rss KiB, cpu ms, exit] each. */
function measure(jobs) {
  const out = execFileSync('python3', [`${root}scripts/measure.py`], { input: JSON.stringify(jobs), maxBuffer: 1 << 26 });
  return JSON.parse(out.toString());
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.ceil(at)] - s[lo]) * (at - lo);
};
const median = (xs) => quantile(xs, 0.5);

/** Every run right after its own `node -e 0` in the same output mode, all rows interleaved in every
 *  round, so that drift in the machine's speed during the run falls on all rows alike. `rows` are
 *  {name, job, fresh?}; `fresh(round)` may give a job per round (a new cache folder, say). */
function compare(rows, { roundsCount, warm, output }) {
  const jobs = [];
  for (let i = 0; i < warm + roundsCount; i++) {
    for (const row of rows) {
      const job = row.fresh ? row.fresh(i) : row.job;
      jobs.push({ argv: [node, '-e', '0'], env: job.env, output }, { ...job, output });
    }
  }
  const results = measure(jobs).slice(warm * rows.length * 2);
  return rows.map((row, r) => {
    const pairs = [];
    for (let i = r * 2; i < results.length; i += rows.length * 2) pairs.push([results[i], results[i + 1]]);
    const stat = (f) => ({ median: median(pairs.map(f)), low: quantile(pairs.map(f), 0.25), high: quantile(pairs.map(f), 0.75) });
    return {
      name: row.name,
      wall: median(pairs.map(([, r]) => r[0])),
      rss: median(pairs.map(([, r]) => r[1])) / 1024,
      baseWall: median(pairs.map(([b]) => b[0])),
      baseRss: median(pairs.map(([b]) => b[1])) / 1024,
      wallRatio: stat(([b, r]) => r[0] / b[0]),
      rssRatio: stat(([b, r]) => r[1] / b[1]),
      cpuRatio: stat(([b, r]) => r[2] / b[2]),
    };
  });
}

const x = (s) => `${s.median.toFixed(2)}× (${s.low.toFixed(2)}–${s.high.toFixed(2)})`;
const ms = (v) => (v >= 10000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(0)} ms`);
function printTable(title, rows) {
  const base = median(rows.map((r) => r.baseWall));
  const baseRss = median(rows.map((r) => r.baseRss));
  console.log(`\n### ${title}\n\n\`node -e 0\`: ${ms(base)}, ${baseRss.toFixed(1)} MiB (medians). Ratios: median (25th–75th percentile) of the per-pair ratios.\n`);
  console.log('| command | wall | × node -e 0 | peak RSS | × node -e 0 | CPU × node -e 0 |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${ms(r.wall)} | ${x(r.wallRatio)} | ${r.rss.toFixed(1)} MiB | ${x(r.rssRatio)} | ${x(r.cpuRatio)} |`);
}

const EXACT_FLAGS = ['--single-threaded', '--random-seed=1', '--hash-seed=1'];

/** V8 takes a code cache only under the flags it was made with, and the build makes dist/'s caches
 *  under Node's defaults (scripts/code-cache.cjs): with --exact, the commands run from a copy of bin/
 *  and dist/ whose caches are made the same way under EXACT_FLAGS, so they count what a run with
 *  default flags does with the caches the build made. */
function exactCopy() {
  const copy = `${dir}/exact`;
  rmSync(copy, { recursive: true, force: true });
  for (const folder of ['bin', 'dist']) cpSync(`${root}${folder}`, `${copy}/${folder}`, { recursive: true });
  execFileSync(node, [...EXACT_FLAGS, `${root}scripts/code-cache.cjs`, `${copy}/dist`], { stdio: 'ignore' });
  return `${copy}/bin/spasm-info.cjs`;
}

/** Instructions executed (valgrind's callgrind, all threads), output through a pipe or in a
 *  pseudo-terminal (`output`: 'pipe' or 'pty', `node -e 0` counted the same way); with --exact, in
 *  one thread with fixed seeds and no address randomisation (setarch -R). */
function countInstructions(rows, output = 'pipe') {
  const count = (job) => {
    const log = `${dir}/callgrind.log`;
    const VALGRIND = ['--tool=callgrind', '--callgrind-out-file=/dev/null', `--log-file=${log}`];
    const [program, ...args] = job.argv;
    const argv = exact ? ['setarch', '-R', 'valgrind', ...VALGRIND, program, ...EXACT_FLAGS, ...args.map((a) => (a === bin ? exactBin : a))] : ['valgrind', ...VALGRIND, ...job.argv];
    measure([{ ...job, argv, output }]);
    return Number(/Collected : (\d+)/.exec(readFileSync(log, 'utf8'))[1]);
  };
  const base = count({ argv: [node, '-e', '0'], env: rows[0]?.job.env ?? baseEnv });
  const where = output === 'pty' ? 'in a terminal (a pseudo-terminal of 100 columns, colour on)' : 'output through a pipe';
  console.log(`\n### Instructions executed, ${where}\n\n\`node -e 0\`: ${(base / 1e6).toFixed(1)} million\n`);
  console.log('| command | instructions | × node -e 0 |');
  console.log('|---|---|---|');
  for (const row of rows) {
    const n = count(row.job);
    console.log(`| ${row.name} | ${(n / 1e6).toFixed(1)} M | ${(n / base).toFixed(3)}× |`);
  }
}

const exactBin = instructions && exact ? exactCopy() : bin;
const startupRows = startupCommands.map((args) => ({ name: label(args), job: { argv: [node, bin, ...args], env: baseEnv } }));

console.log(`## spasm-info benchmark\n`);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB); load average at start ${loadavg()[0].toFixed(2)}`);
if (extraCerts) console.log('\nNODE_EXTRA_CA_CERTS is set here; every run is made without it, as in most terminals (see scripts/bench.mjs).');
const ptyRows = startupRows.map((r) => ({ ...r, job: { ...r.job, env: { ...r.job.env, ...ptyEnv } } }));
if (instructions) {
  if (!flag('--no-pipe')) countInstructions(startupRows);
  if (!flag('--no-pty')) countInstructions(ptyRows, 'pty');
} else {
  console.log(`${rounds} rounds after ${warmup} warm-up rounds, commands interleaved; custom corpora ${scaleRounds} rounds after 1 warm-up`);
  if (!flag('--no-pipe')) printTable('Start-up, output through a pipe', compare(startupRows, { roundsCount: rounds, warm: warmup, output: 'pipe' }));
  if (!flag('--no-pty')) printTable('Start-up in a terminal (a pseudo-terminal of 100 columns, colour on)', compare(ptyRows, { roundsCount: rounds, warm: warmup, output: 'pty' }));
}

if (!flag('--no-scale')) {
  for (const n of sizes) {
    const file = `${dir}/corpus-${n}.json`;
    const text = realisticCorpus(n);
    writeFileSync(file, text);
    const middle = `section-${Math.ceil(n / 2)}`;
    const run = (cache, ...args) => ({ argv: [node, bin, '--data', file, ...args], env: { ...baseEnv, SPASM_INFO_CACHE_DIR: cache } });
    const warmCache = `${dir}/cache-${n}`;
    rmSync(warmCache, { recursive: true, force: true });
    measure([{ ...run(warmCache, 'search', 'neck', 'pain'), output: 'null' }]); // fills the cache
    const coldCaches = mkdtempSync(`${dir}/cold-`);
    const rows = [
      { name: 'first search (nothing cached)', job: run(''), fresh: (i) => run(`${coldCaches}/${i}`, 'search', 'neck', 'pain') },
      { name: 'later search', job: run(warmCache, 'search', 'neck', 'pain') },
      { name: 'later search, a typo', job: run(warmCache, 'search', 'nekc', 'pian') },
      { name: 'later list', job: run(warmCache, 'list') },
      { name: `later show ${middle}`, job: run(warmCache, 'show', middle) },
    ];
    const title = `${n.toLocaleString('en')} sections (${(text.length / 1e6).toFixed(1)} MB, ${distinctWords(text).toLocaleString('en')} distinct words), output through a pipe`;
    if (instructions) {
      console.log(`\n#### ${title}`);
      countInstructions(rows.slice(1));
    } else {
      printTable(title, compare(rows, { roundsCount: scaleRounds, warm: 1, output: 'pipe' }));
    }
    rmSync(coldCaches, { recursive: true, force: true });
  }
}
console.log(`\nload average at the end ${loadavg()[0].toFixed(2)}`);
