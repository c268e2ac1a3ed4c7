// With CPU_PROBE=<file> set (vitest.config.ts), each test file appends one line to <file>: the CPU
// seconds its worker spent in it (from its first test hook to its last), those of the child
// processes it waited for, its wall time, and its path, then what importing and collecting it took
// (from this setup file, which runs just before the test file is imported, to its first hook). Each
// worker also writes, before its first file, the CPU its start-up took; and cpu-probe-summary.ts
// (a reporter, in vitest's main process) closes the file with the whole run's account: each
// worker's total, its parts, vitest's main process. Linux only (/proc/self/stat). To see where the
// suite's time goes: `CPU_PROBE=/tmp/cpu.txt npx vitest run; sort -rn /tmp/cpu.txt`. With
// CPU_PROBE_TESTS=1 as well, each test adds a line of its own (its hooks not counted). Each file's
// line also says how the worker's own CPU so far divides between its main thread, which runs the
// tests, and the threads beside it (V8's optimizing compiler, TurboFan, compiling hot functions
// concurrently, and the garbage collector's helpers; /proc/self/task): the file's own figure counts
// both, and the summary gives each worker's split as its last file left it.
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';

/** utime, stime, cutime, cstime of this process, in seconds (fields 14-17 of /proc/self/stat). */
const cpu = () => {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return [11, 12, 13, 14].map((i) => Number(fields[i]) / 100);
};
/** Own CPU seconds so far of this process's main thread and of its other threads together. */
const threads = () => {
  let main = 0;
  let others = 0;
  for (const tid of readdirSync('/proc/self/task')) {
    let text: string;
    try {
      text = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // a thread that ended meanwhile
    }
    const f = text.slice(text.lastIndexOf(') ') + 2).split(' ');
    const used = (Number(f[11]) + Number(f[12])) / 100;
    if (tid === String(process.pid)) main += used;
    else others += used;
  }
  return [main, others];
};
/** Rounded to a hundredth (the clock's tick), never "-0.00". */
const seconds = (n: number) => (Math.round(n * 100) / 100 + 0).toFixed(2);
const out = process.env.CPU_PROBE!;

// This file runs again before every test file (the worker keeps its modules: isolate is false),
// so what it measures across files is kept on the process.
const state = process as unknown as { cpuProbeStarted?: boolean };
const loaded = cpu();
if (!state.cpuProbeStarted) {
  state.cpuProbeStarted = true;
  appendFileSync(out, `${seconds(loaded[0] + loaded[1])} s self, ${seconds(loaded[2] + loaded[3])} s children: worker ${process.pid} start-up (before its first file)\n`);
}

let start: number[] = [];
let startedAt = 0;
beforeAll(() => {
  start = cpu();
  startedAt = performance.now();
});
afterAll(() => {
  const [user, system, childUser, childSystem] = cpu().map((v, i) => v - start[i]);
  const wall = (performance.now() - startedAt) / 1000;
  const [importSelf, importChildren] = [start[0] + start[1] - loaded[0] - loaded[1], start[2] + start[3] - loaded[2] - loaded[3]];
  const [main, others] = threads();
  appendFileSync(out, `${seconds(user + system)} s self, ${seconds(childUser + childSystem)} s children, ${wall.toFixed(2)} s wall: ${expect.getState().testPath} (import and collection before it: ${seconds(importSelf)} s self, ${seconds(importChildren)} s children; worker ${process.pid}; its threads so far: main ${seconds(main)} s, others ${seconds(others)} s)\n`);
});

if (process.env.CPU_PROBE_TESTS) {
  let test: number[] = [];
  beforeEach(() => {
    test = cpu();
  });
  afterEach(() => {
    const [user, system, childUser, childSystem] = cpu().map((v, i) => v - test[i]);
    appendFileSync(out, `${seconds(user + system)} s self, ${seconds(childUser + childSystem)} s children: ${expect.getState().testPath} > ${expect.getState().currentTestName}\n`);
  });
}
