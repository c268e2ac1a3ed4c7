// With CPU_PROBE=<file> set (vitest.config.ts), a reporter that closes <file> (see cpu-probe.ts)
// with the account of the whole run, so that nothing of its CPU time goes unnamed: per worker, its
// start-up, the import and collection of its files, their hooks and tests (their own and their
// waited-for children's), and what is left (vitest between files); then vitest's main process
// (its start, the config, serving transformed modules to the workers, the reporters). It runs when
// the tests have ended, before vitest stops its workers, and reads their /proc/<pid>/stat; and each
// worker's own CPU split between its main thread and the threads beside it (V8's optimizing
// compiler and the garbage collector's helpers) as its last file left it.
// Outside it: npm, scripts/test.mjs and the type check beside the tests (see README, Testing).
import { appendFileSync, readFileSync } from 'node:fs';
import type { Reporter } from 'vitest/node';

/** Own and waited-for children's CPU seconds of a process (fields 14-17 of /proc/<pid>/stat). */
const cpuOf = (pid: string | number): [number, number] | undefined => {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ').map(Number);
    return [(f[11] + f[12]) / 100, (f[13] + f[14]) / 100];
  } catch {
    return undefined;
  }
};
const s = (n: number) => `${(Math.round(n * 100) / 100 + 0).toFixed(2)} s`;

export default class CpuProbeSummary implements Reporter {
  onTestRunEnd(): void {
    const file = process.env.CPU_PROBE;
    if (!file) return;
    const parts = new Map<string, { startup: number; imports: [number, number]; files: [number, number]; count: number; threads?: [number, number] }>();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const start = line.match(/^([\d.]+) s self, ([\d.]+) s children: worker (\d+) start-up/);
      if (start) parts.set(start[3], { startup: Number(start[1]) + Number(start[2]), imports: [0, 0], files: [0, 0], count: 0 });
      const run = line.match(/^([\d.-]+) s self, ([\d.-]+) s children, [\d.]+ s wall: .* \(import and collection before it: ([\d.-]+) s self, ([\d.-]+) s children; worker (\d+); its threads so far: main ([\d.]+) s, others ([\d.]+) s\)$/);
      const p = run && parts.get(run[5]);
      if (!run || !p) continue;
      p.files[0] += Number(run[1]);
      p.files[1] += Number(run[2]);
      p.imports[0] += Number(run[3]);
      p.imports[1] += Number(run[4]);
      p.count++;
      p.threads = [Number(run[6]), Number(run[7])];
    }
    let all = 0;
    const lines: string[] = [];
    for (const [pid, p] of parts) {
      const total = cpuOf(pid);
      const named = p.startup + p.imports[0] + p.imports[1] + p.files[0] + p.files[1];
      if (!total) {
        // vitest ends a worker that has no file left to run before the run ends: its parts only.
        all += named;
        lines.push(`${s(named)} in all (at least): worker ${pid}, ended before the account: start-up ${s(p.startup)}; import and collection of its ${p.count} files ${s(p.imports[0])} self, ${s(p.imports[1])} children; the files' hooks and tests ${s(p.files[0])} self, ${s(p.files[1])} children`);
        continue;
      }
      const whole = total[0] + total[1];
      all += whole;
      const threads = p.threads ? ` (its own ${s(total[0])}, of which, at its last file's end, its main thread ${s(p.threads[0])} and the threads beside it ${s(p.threads[1])}; its children ${s(total[1])})` : '';
      lines.push(`${s(whole)} in all: worker ${pid}${threads}: start-up ${s(p.startup)}; import and collection of its ${p.count} files ${s(p.imports[0])} self, ${s(p.imports[1])} children; the files' hooks and tests ${s(p.files[0])} self, ${s(p.files[1])} children; the rest (vitest between files, children reaped outside a file) ${s(whole - named)}`);
    }
    const main = cpuOf('self')!;
    all += main[0];
    lines.push(`${s(main[0])} in all: vitest's main process (its start, the config, transformed modules served to the workers, reporting)`);
    lines.push(`${s(all)} in all: the whole vitest run (npm, scripts/test.mjs and the type check are outside it${lines.some((l) => l.includes('(at least)')) ? '; a worker that ended early counts its parts only' : ''})`);
    appendFileSync(file, `${lines.join('\n')}\n`);
  }
}
