// Writes the V8 code cache of each CLI file (dist/<name>.v8cache), run by scripts/build.mjs in a
// child Node: it runs everyday command lines through dist/load.cjs, as bin/spasm-info.cjs does, so
// that each cache holds the functions those commands compile, then asks V8 for the caches. Files
// only a terminal loads (the colour theme) take theirs from the same command lines run as in a
// terminal, afterwards. V8 uses a
// cache only under the Node version and V8 flags it was made with (it rejects it otherwise, and the
// file is compiled as usual): `npm run bench -- --instructions --exact` makes its own, in a copy of
// dist/, under the flags it runs with.
//
//   node scripts/code-cache.cjs [dist folder]     # default: this package's dist/
//
// Output goes wherever the caller sends this process's stdout and stderr.
'use strict';
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

const dist = process.argv[2] ?? join(__dirname, '..', 'dist');
// dist/load.cjs itself, compiled as bin/spasm-info.cjs compiles it (the text load-chunk.ts's
// wrappedSource makes of it), so that its cache (dist/load.v8cache) fits the text the bin compiles.
const loadFile = join(dist, 'load.cjs');
const { wrappedSource } = require(loadFile);
const loadScript = new Script(wrappedSource(loadFile), { filename: loadFile });
const loadModule = { exports: {} };
loadScript.runInThisContext().call(loadModule.exports, loadModule.exports, require, loadModule, loadFile, dist);
const { loadChunk, codeCaches } = loadModule.exports;

// Not the benchmark's command lines: the caches should serve every command, not four queries.
// Few searches (one, a short question: below): what every search runs. A cache holds every
// function its runs compiled, and a start deserializes all of it, used or not: with a long story
// and a typo among the searches too (until 2026-12-05), search.v8cache was 321.6 KB, not 301.2 KB,
// and 40 queries of the test suite (one process each) took 6 to 157 more page faults in 38 of them
// (median 62); instructions `search ibuprofen` 561.5 -> 555.9 M, "what can i take for the pain"
// 578.3 -> 570.7, 'stiff nek' 591.0 -> 589.3, short questions of the suite 5.8 to 6.9 M fewer. A
// long story compiles the functions that only stories run when it needs them: the 20-word question
// 598.5 -> 601.6 M (36 page faults fewer), a 50-word story of the suite 675.3 -> 679.2 M.
// One search, the short question, since 2026-12-06 (twenty-fourth session): a drug's name beside it
// ('naproxen', until then) cost every search measured more than it saved (it adds functions, and
// Sparkplug marks: a function made hot by both runs in this one process is compiled by Sparkplug at
// its first call in every later start).
// Instructions (exact, through a pipe), naproxen and the question -> the question alone:
// `search ibuprofen` 555.39 -> 555.10 M, "what can i take for the pain" 563.21 -> 562.64, the
// 20-word questions 611.96 -> 611.24 and 596.24 -> 596.02, 'advil' 550.86 -> 550.37, 'stiff nek'
// 596.45 -> 595.15, 'search naproxen' itself 550.30 -> 550.02; `list`, `show medications`, `plan`
// and `--help` 0.05 to 0.12 M more. The drug's name alone was worse for questions (the pain
// question 570.9 M, the 20-word one 618.3).
const COMMANDS = [
  ['list'],
  ['show', 'rest'],
  ['show', 'medications', 'surgery'],
  ['search', 'is it ok to use a heat pad at night'],
  ['plan'],
  ['--help'],
];

// The same kinds of command line as a person types them in a terminal, where the layout differs
// (tables, aligned columns, wrapping to the window) and colour is on (dist/theme-color.cjs):
// run through main() with a terminal of 100 columns, since this process's output is no terminal.
const TERMINAL_COMMANDS = [
  ['list'],
  ['show', 'rest'],
  ['show', 'medications', 'surgery'],
  ['search', 'naproxen'],
  ['search', 'my neck hurts when i turn my head to the left after sleeping badly, should i see a doctor or try stretches first'],
  ['search', 'stiff nek'],
  ['plan'],
];

(async () => {
  const cli = loadChunk('cli');
  for (const args of COMMANDS) {
    process.argv = [process.argv[0], join(dist, '..', 'bin', 'spasm-info.cjs'), ...args];
    process.exitCode = undefined;
    await cli.run();
  }
  const terminal = { isTTY: true, columns: 100, rows: 1000 };
  const io = {
    stdout: { write: () => true },
    stderr: { write: () => true },
    env: { ...process.env, TERM: 'xterm-256color', NO_COLOR: '', FORCE_COLOR: '', PAGER: '' },
    stdoutTerminal: terminal,
    stderrTerminal: terminal,
    now: () => new Date(),
    page: () => Promise.resolve({ status: 0, signal: null, readNothing: false }),
  };
  const plain = codeCaches();
  const loadCache = loadScript.createCachedData();
  for (const args of TERMINAL_COMMANDS) await cli.main(args, io);
  // Only the files the plain runs did not load take their cache from the terminal runs: a larger
  // dist/cli.v8cache or search.v8cache would cost every run through a pipe (measured: the 20-word
  // question 575.9 -> 580.9 M instructions) for 1 to 3 M saved in a terminal.
  for (const [name, data] of codeCaches()) if (!plain.has(name)) plain.set(name, data);
  for (const [name, data] of plain) writeFileSync(join(dist, `${name}.v8cache`), data);
  writeFileSync(join(dist, 'load.v8cache'), loadCache);
  process.exitCode = 0;
})();

