import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
// @ts-expect-error: plain JavaScript module shared with the build
import { stubFor } from './build/stubs.mjs';

/** The files that take longest (2026-12-04, each 2-9 s; most others take under one), longest first.
 *  vitest runs first the files that took longest in its last run, from the timings it keeps in
 *  node_modules/.vite; with none (a fresh clone, CI after `npm ci`) it runs the largest files first,
 *  which put the answering suite (a small file holding one of the longest tests, 4-8 s) 19th of 28,
 *  where it could be left running alone at the end. This order stands in for those timings when
 *  there are none (with them, vitest's own order stands). */
const LONGEST = ['answers', 'answers-long', 'ecosystem', 'hardening', 'cache', 'adversarial', 'completion', 'index-store', 'ux-trial', 'search', 'layout', 'timer'];
class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const timed = (f: TestSpecification) => this.ctx.cache.getFileTestResults(`${f.project.name}:${relative(this.ctx.config.root, f.moduleId)}`);
    if (sorted.every(timed)) return sorted;
    const rank = (f: TestSpecification) => {
      const i = LONGEST.findIndex((name) => f.moduleId.endsWith(`/test/${name}.test.ts`));
      return i < 0 ? LONGEST.length : i;
    };
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __VERSION__: JSON.stringify(pkg.version) },
  // The build's stand-ins apply in tests too, so tests run the code that ships. Vitest loads
  // packages in node_modules with Node itself, past this plugin; the packages whose imports are
  // replaced are therefore run through vite (`inline`). All but one apply: commander is not inlined,
  // so in tests it loads child_process itself instead of through child-process-lazy.cjs, which only
  // changes when that module is loaded, not what commander does. Two tests hold the rest to what
  // ships: test/index-store.test.ts (every section shown by the built CLI, from the build's
  // prerendering, equals the in-process render) and test/layout.test.ts (the built CLI in a
  // pseudo-terminal prints byte for byte what the in-process run prints).
  // And the build's files for the bundled corpus (dist/bundled.*): src/store/bundled.ts reads them
  // as the built CLI reads them from dist/, made from the sources once a worker by the build's own
  // function (test/helpers/bundled-build.ts, which this plugin gives bundled.ts as its node:fs: vitest
  // loads node: modules past the plugins' resolveId, so the import itself is rewritten).
  plugins: [{
    name: 'stubs',
    enforce: 'pre',
    resolveId: (source: string, importer?: string) => (stubFor(source, importer) as string | undefined) ?? null,
    transform: (code: string, id: string) => {
      if (!id.endsWith('/src/store/bundled.ts')) return null;
      const from = "from 'node:fs';";
      if (!code.includes(from)) throw new Error(`vitest.config.ts: src/store/bundled.ts no longer imports ${from} test/helpers/bundled-build.ts stands in for it.`);
      return code.replace(from, `from ${JSON.stringify(fileURLToPath(new URL('./test/helpers/bundled-build.ts', import.meta.url)))};`);
    },
    // Transformed modules are kept on disk between runs (experimental.fsModuleCache, below), keyed by
    // vitest on each file's content, and on this file and what it imports (build/stubs.mjs among
    // them), but not on what this file reads when it runs: the version from package.json is added.
    configureVitest: ({ experimental_defineCacheKeyGenerator }) => experimental_defineCacheKeyGenerator(() => pkg.version),
  }],
  test: {
    include: ['test/**/*.test.ts'],
    // Test files run in child processes (forks, vitest's default), so an in-process CLI run has the
    // stack size and the one process-wide time zone a real run has (worker threads would share TZ
    // between files running at once). A worker runs file after file without restarting (isolate:
    // false): restarting cost ~12 s of CPU per run for 22 files, and no file leaves state behind
    // (env changes go through vi.stubEnv, temporary folders through test/helpers/temp.ts). As many
    // workers as cores, not vitest's cores - 1: many tests wait on a child process of their own.
    pool: 'forks',
    // The workers' V8 does not inline in its optimizing compiler (TurboFan). A worker spends much
    // of its time warming code up, not running it warm: the answering suite's first pass over its
    // queries takes about twice the wall time of a later pass and three times the CPU (measured
    // in plain Node: 2.4-2.7 s and 4.2-5.2 s, then 1.1-1.2 s and 1.3-1.6 s), much of the extra CPU
    // TurboFan compiling the search's large functions again and again on background threads,
    // which on two cores take time from the other worker. Without inlining those compiles
    // are smaller; warm code runs 5-10% slower, a cost the suite barely meets. Whole `npx vitest
    // run`s alternated with the default, 2026-12-05 01:18-01:31, load 4-7 from other sessions: less
    // CPU (user + system) in all 10 pairs, by 0.4-6.1 s, median 2.6 s (default 36.4-44.1 s). Only
    // the workers: child processes (the built CLI of the end-to-end checks) start with Node's
    // defaults. The semantics are V8's to keep: every check passes the same.
    // Nor does TurboFan take functions of more than 3,000 bytes of bytecode: src/search's three
    // largest, readQuery (~22,000 bytes), search (~11,000) and makeSnippet (~4,000), and module
    // top levels, which run once. `search` was compiled 8 times in one pass of the answering suite,
    // 300-450 ms of compiler CPU each (--trace-opt, 2026-12-05): each new shape of object its
    // diverse queries met deoptimized it, and each compile was thrown away before it paid for
    // itself. Left to V8's baseline tiers, one pass of the answering suite's 3,859 queries in plain
    // Node took 3.75-4.3 s of CPU instead of 5.4-6.1 s. Whole `npx vitest run`s alternated with
    // the setting before, 3 each, load 3-4 (another session testing): CPU 35.1-38.5 s against
    // 37.7-42.1 s, Duration 19.0-20.9 s against 19.9-22.8 s; the answering suite 4.0-4.9 s (was
    // 5.6-6.7), index-store 1.7-1.8 (2.5-2.8), search 1.1-1.3 (1.5-2.0), no file slower beyond noise.
    // And each worker runs V8 single-threaded (--single-threaded: its garbage collector and its
    // compilers on the main thread): with as many workers as cores, the threads beside each main
    // thread (4.0-4.6 s of CPU a worker, a quarter of its time, by CPU_PROBE) only took cores from
    // the other worker. Whole runs (scripts/time-suite.mjs, quiet machine, 2026-12-07 13:37-13:42):
    // 20.0-21.9 s of wall and 37.7-41.7 s of CPU over six runs, against 21.4-22.2 s and 40.7-41.9 s
    // over six without it, three of each alternated.
    execArgv: ['--no-turbo-inlining', '--max-optimized-bytecode-size=3000', '--single-threaded'],
    isolate: false,
    sequence: { sequencer: LongestFirst },
    maxWorkers: Math.max(2, availableParallelism()),
    reporters: ['default', './test/helpers/summary-reporter.ts', ...(process.env.CPU_PROBE ? ['./test/helpers/cpu-probe-summary.ts'] : [])],
    globalSetup: ['./test/helpers/stale-build.ts'],
    setupFiles: ['./test/helpers/setup.ts', ...(process.env.CPU_PROBE ? ['./test/helpers/cpu-probe.ts'] : [])],
    server: { deps: { inline: ['marked-terminal'] } },
    // Keeps transformed test and source files between runs (node_modules/.experimental-vitest-cache,
    // gone with `npm ci`): measured 1.5 s less CPU per run, of ~6 s that vitest spends before a test runs.
    experimental: { fsModuleCache: true },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
