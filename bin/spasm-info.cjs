#!/usr/bin/env node
'use strict';
// dist/load.cjs (src/cli/load-chunk.ts), which loads dist/cli.cjs and the other chunks with their
// code caches, is itself compiled here with the code cache the build wrote beside it
// (dist/load.v8cache, scripts/code-cache.cjs), wrapped as load-chunk.ts wraps a chunk (its PREFIX and
// SUFFIX: the cache fits only that text). require() would look the file up and compile it without a
// cache: 1.3 M instructions more for every command (`list` 520.3 -> 521.6 M, `search ibuprofen`
// 556.3 -> 557.8 M; twenty-fifth session). Should that fail, require() loads it as before.
const { join } = require('node:path');
let load;
try {
  const { readFileSync } = require('node:fs');
  const { Script } = require('node:vm');
  const dist = join(__dirname, '..', 'dist');
  const file = join(dist, 'load.cjs');
  let cachedData;
  try {
    cachedData = readFileSync(join(dist, 'load.v8cache'));
  } catch {
    // no cache: compiled as usual
  }
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const module = { exports: {} };
  new Script(source, { filename: file, cachedData }).runInThisContext().call(module.exports, module.exports, require, module, file, dist);
  load = module.exports;
} catch {
  load = require('../dist/load.cjs');
}
load.loadChunk('cli').run({ exitWhenDone: true });
