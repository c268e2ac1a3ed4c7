// With CPU_PROBE=<file> set (vitest.config.ts), each test file appends one line to <file>: the CPU
// seconds its worker spent in it (from its first test hook to its last), those of the child
// processes it waited for, its wall time, and its path. Linux only (/proc/self/stat). To see where
// the suite's time goes: `CPU_PROBE=/tmp/cpu.txt npx vitest run; sort -rn /tmp/cpu.txt`. With
// CPU_PROBE_TESTS=1 as well, each test adds a line of its own (its hooks not counted).
// (Importing and collecting a file happens before its first hook and is not counted.)
import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';

/** utime, stime, cutime, cstime of this process, in seconds (fields 14-17 of /proc/self/stat). */
const cpu = () => {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return [11, 12, 13, 14].map((i) => Number(fields[i]) / 100);
};
let start: number[] = [];
let startedAt = 0;
beforeAll(() => {
  start = cpu();
  startedAt = performance.now();
});
afterAll(() => {
  const [user, system, childUser, childSystem] = cpu().map((v, i) => v - start[i]);
  const wall = (performance.now() - startedAt) / 1000;
  appendFileSync(process.env.CPU_PROBE!, `${(user + system).toFixed(2)} s self, ${(childUser + childSystem).toFixed(2)} s children, ${wall.toFixed(2)} s wall: ${expect.getState().testPath}\n`);
});

if (process.env.CPU_PROBE_TESTS) {
  let test: number[] = [];
  beforeEach(() => {
    test = cpu();
  });
  afterEach(() => {
    const [user, system, childUser, childSystem] = cpu().map((v, i) => v - test[i]);
    appendFileSync(process.env.CPU_PROBE!, `${(user + system).toFixed(2)} s self, ${(childUser + childSystem).toFixed(2)} s children: ${expect.getState().testPath} > ${expect.getState().currentTestName}\n`);
  });
}
