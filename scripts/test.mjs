// npm test: the type check and the build side by side, then vitest on the fresh build.
//
// Each of the first two is one mostly single-threaded process (tsc; the build: esbuild, tsc emitting
// declarations, the prebuilt index and renders), so on two cores running them together takes the
// time of the longer one instead of the sum; each says how long it took. The type check is incremental (its state in node_modules/.cache), so a second
// run re-checks only what changed. Their output is held until each ends, so it never interleaves.
// Arguments go to vitest: `npm test -- test/cli.test.ts` checks, builds, then runs one file.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = (args, stdio) => spawn(process.execPath, args, { cwd: root, stdio });

/** Runs a step with its output held; resolves to whether it succeeded. */
function step(name, args) {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = node(args, ['ignore', 'pipe', 'pipe']);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', (error) => (out += `${error.message}\n`));
    child.on('close', (code) => {
      process.stdout.write(out);
      if (code !== 0) process.stderr.write(`npm test: ${name} failed (exit ${code}).\n`);
      else process.stdout.write(`npm test: ${name} took ${((performance.now() - start) / 1000).toFixed(1)} s.\n`);
      resolve(code === 0);
    });
  });
}

const ready = await Promise.all([
  step('the type check', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/spasm-info/typecheck.tsbuildinfo']),
  step('the build', ['scripts/build.mjs']),
]);
if (!ready.every(Boolean)) process.exit(1);

const tests = node(['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], 'inherit');
tests.on('close', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
