// Writes the V8 code cache of each CLI file (dist/<name>.v8cache), run by scripts/build.mjs in a
// child Node: it runs everyday command lines through dist/load.cjs, as bin/spasm-info.cjs does, so
// that each cache holds the functions those commands compile, then asks V8 for the caches. V8 uses a
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

const dist = process.argv[2] ?? join(__dirname, '..', 'dist');
const { loadChunk, codeCaches } = require(join(dist, 'load.cjs'));

// Not the benchmark's command lines: the caches should serve every command, not four queries.
const COMMANDS = [
  ['list'],
  ['show', 'rest'],
  ['show', 'medications', 'surgery'],
  ['search', 'naproxen'],
  ['search', 'is it ok to use a heat pad at night'],
  ['search', 'my neck hurts when i turn my head to the left after sleeping badly, should i see a doctor or try stretches first'],
  ['search', 'stiff nek'],
  ['plan'],
  ['--help'],
];

(async () => {
  const cli = loadChunk('cli');
  for (const args of COMMANDS) {
    process.argv = [process.argv[0], join(dist, '..', 'bin', 'spasm-info.cjs'), ...args];
    process.exitCode = undefined;
    await cli.run();
  }
  for (const [name, data] of codeCaches()) writeFileSync(join(dist, `${name}.v8cache`), data);
  process.exitCode = 0;
})();
