// npm test: the build when dist/ is not the build of the current files, then vitest, with the type
// check running beside both; the closing line "N passed, M failed" counts a failed type check.
//
// - The build is skipped when the stamp it wrote (scripts/build-stamp.mjs) shows every file it reads
//   and every file it wrote unchanged, by content hash (~0.1 s): the tests never run on a stale
//   dist/. In CI, `npm ci` has just built (the prepare script), so npm test does not build again.
// - The type check is `tsc -b` (TypeScript 7, the compiler written in Go: a whole check of src/,
//   test/ and scripts/ takes ~1.5 s of CPU, against ~9 s with TypeScript 5.9, measured 2026-12-04):
//   it checks only what changed since its last run (its state in node_modules/.cache/spasm-info/),
//   and when nothing has, it says so in ~0.2 s of CPU. tsc -b does not look at
//   node_modules, so after an `npm install` (which rewrites node_modules/.package-lock.json) the
//   check starts over (--force). Tests do not need it to pass first: it runs beside them, and its
//   output is held until the tests end, so it never interleaves with theirs.
// Arguments go to vitest: `npm test -- test/cli.test.ts` runs one file.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleBecause } from './build-stamp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// The type check, vitest, its workers and the tests' child processes start without
// NODE_EXTRA_CA_CERTS: Node reads that file of certificates as it starts, whether or not it ever
// opens a TLS connection, and nothing here does (npm's install in the tests is --offline). Where it
// is set, as on the machine the suite is timed on (a 220 KB bundle), each Node start took 0.04 s of
// CPU more (0.09 s instead of 0.05 s): some 20 starts a run.
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
const node = (args, stdio, extra = {}) => spawn(process.execPath, args, { cwd: root, stdio, env: { ...env, ...extra } });
const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

/** Runs a step with its output held; resolves to its report (output and outcome) and whether it succeeded. */
function step(name, args) {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = node(args, ['ignore', 'pipe', 'pipe']);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', (error) => (out += `${error.message}\n`));
    child.on('close', (code) => {
      const ok = code === 0;
      resolve({ ok, report: `${out}npm test: ${name} ${ok ? `took ${seconds(start)}` : `failed (exit ${code})`}.\n` });
    });
  });
}

const buildInfo = join(root, 'node_modules/.cache/spasm-info/typecheck.tsbuildinfo');
const installed = join(root, 'node_modules/.package-lock.json');
const newInstall = existsSync(buildInfo) && existsSync(installed) && statSync(installed).mtimeMs > statSync(buildInfo).mtimeMs;
const typecheck = step('the type check', ['node_modules/typescript/bin/tsc', '-b', 'tsconfig.json', ...(newInstall ? ['--force'] : [])]);

const stale = staleBecause(root);
if (stale) {
  process.stdout.write(`npm test: building (${stale}).\n`);
  const build = await step('the build', ['scripts/build.mjs']);
  process.stdout.write(build.report);
  if (!build.ok) {
    process.stdout.write((await typecheck).report);
    process.exit(1);
  }
} else {
  process.stdout.write('npm test: dist/ is the build of the current files (build skipped).\n');
}

// vitest keeps transformed modules in node_modules/.experimental-vitest-cache (vitest.config.ts),
// with the hash of the npm lockfile they were made under. When an `npm install` has changed the
// lockfile, vitest 4.1 deletes that folder as it starts and then fails to write into it (ENOENT, 'No
// test files found', no test run: seen 2026-12-04 after typescript was updated in place). The same
// check here, with vitest's hash (sha256 of node_modules/.package-lock.json, its first 8 hex
// digits), removes the folder before vitest starts: vitest then makes it anew, as after `npm ci`.
const moduleCache = join(root, 'node_modules/.experimental-vitest-cache');
try {
  const { lockfileHash } = JSON.parse(readFileSync(join(moduleCache, '_metadata.json'), 'utf8'));
  const lockfile = existsSync(installed) ? readFileSync(installed, 'utf8') : '';
  if (lockfileHash !== createHash('sha256').update(lockfile).digest('hex').slice(0, 8).padEnd(8, '_')) rmSync(moduleCache, { recursive: true, force: true });
} catch {
  // No cache yet (or no metadata): vitest makes it.
}

// The summary reporter writes its counts here instead of printing them, so that the closing line
// comes after the type check's report and counts it.
const work = mkdtempSync(join(tmpdir(), 'spasm-npm-test-'));
const counts = join(work, 'counts.json');
// SPASM_BUILD_CHECKED: dist/ was checked (and built) above, so vitest's global setup need not check it again.
const tests = node(['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], 'inherit', { SPASM_TEST_COUNTS: counts, SPASM_BUILD_CHECKED: '1' });
const [code, signal] = await new Promise((resolve) => tests.on('close', (c, s) => resolve([c, s])));
const checked = await typecheck;
process.stdout.write(`\n${checked.report}`);
let summary;
try {
  summary = JSON.parse(readFileSync(counts, 'utf8'));
} catch {
  summary = undefined;
}
rmSync(work, { recursive: true, force: true });
if (!summary) {
  // Other reporters chosen on the command line (`npm test -- --reporter=verbose`) replace the one
  // that counts: the outcome is then vitest's exit status and the type check's.
  process.stdout.write(`npm test: vitest ended (${signal ?? `exit ${code}`}) without its counts${checked.ok ? '' : '; the type check failed'}.\n`);
  const status = code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1);
  process.exit(status || (checked.ok ? 0 : 1));
}
// vitest failing with no test failed (an error outside the tests, shown above it, such as 'No test
// files found') counts as one failure, so that the closing line never says 0 failed for a failed run.
const outside = (code || signal) && !summary.failed ? 1 : 0;
const failed = summary.failed + outside + (checked.ok ? 0 : 1);
const ones = [...(outside ? ["vitest's own error, above"] : []), ...(checked.ok ? [] : ['the type check'])];
process.stdout.write(`\n${summary.passed} passed, ${failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}${ones.length ? ` (${ones.join('; ')})` : ''}\n`);
process.exit(failed || code ? 1 : signal ? 128 + (constants.signals[signal] ?? 0) : 0);
