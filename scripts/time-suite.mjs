// Times whole runs of `npm test` (or of the command given after --) on a machine that other work
// shares, and says how much of each run's wall time its own CPU explains. For each run: its wall
// time; the CPU time of every process it started (counted through a cgroup of its own, so that a
// process left behind and reaped by no one, such as the zsh of zsh/zpty, counts too); the CPU time
// the rest of the machine took meanwhile; and the core-seconds in which nothing ran. The suite is
// CPU-bound: alone on the machine a run takes about (its CPU + idle core-seconds) / cores, printed
// as "own + idle over N cores", and a change to the suite shows in its CPU long before it shows in a
// wall time that others' work moves by several seconds. Beside much other work a run's own CPU is
// higher too (here 50-56 s against 43.5 s, 2026-12-06): compare runs made beside little of it (a
// few seconds of others' CPU), alternated. A measurement, not a test: nothing here fails on timing.
//
//   node scripts/time-suite.mjs                      # one run of npm test
//   node scripts/time-suite.mjs --runs 3             # three, one after another
//   node scripts/time-suite.mjs -- npx vitest run test/cli.test.ts
//
// Needs Linux and a writable cgroup v1 cpuacct hierarchy (/sys/fs/cgroup/cpuacct, as root here).
// Without one, a run's CPU is that of the processes it waited for (getrusage's children), which
// leaves out what nothing waited for; the line says so.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';

let parsed;
try {
  parsed = parseArgs({ options: { runs: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
} catch (error) {
  console.error(`time-suite: ${error.message} (node scripts/time-suite.mjs --help)`);
  process.exit(2);
}
if (parsed.values.help) {
  console.log('Usage: node scripts/time-suite.mjs [--runs N] [-- command ...]   (default command: npm test)');
  process.exit(0);
}
const runs = Number(parsed.values.runs ?? 1);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`time-suite: --runs takes a whole number of 1 or more, not '${parsed.values.runs}'.`);
  process.exit(2);
}
const command = parsed.positionals.length ? parsed.positionals : ['npm', 'test'];
const cores = availableParallelism();

/** Busy and idle time of the whole machine so far, in seconds (/proc/stat's first line). */
function machine() {
  const [user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  return { busy: (user + nice + system + irq + softirq + steal) / 100, idle: (idle + iowait) / 100 };
}

/** A cgroup of its own for one run, or undefined where none can be made. */
function makeGroup() {
  const dir = `/sys/fs/cgroup/cpuacct/spasm-time-suite-${process.pid}`;
  try {
    mkdirSync(dir);
    return dir;
  } catch {
    return undefined;
  }
}
const groupCpu = (dir) => ({
  user: Number(readFileSync(`${dir}/cpuacct.usage_user`, 'utf8')) / 1e9,
  system: Number(readFileSync(`${dir}/cpuacct.usage_sys`, 'utf8')) / 1e9,
});
const waitedCpu = () => {
  // Fields 16-17 of /proc/self/stat: the CPU of the children this process waited for, in ticks.
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return { user: Number(f[13]) / 100, system: Number(f[14]) / 100 };
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function once() {
  const group = makeGroup();
  const load = loadavg()[0];
  const before = machine();
  const waitedBefore = waitedCpu();
  const start = performance.now();
  // The shell joins the cgroup, then becomes the command: everything it starts is counted.
  const join = group ? `echo $$ > ${group}/cgroup.procs && ` : '';
  const child = spawn('sh', ['-c', `${join}exec "$@"`, 'sh', ...command], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise((resolve) => child.on('close', (c, signal) => resolve(c ?? signal)));
  const wall = (performance.now() - start) / 1000;
  if (group) {
    // What the run left behind still counts until it ends (at most 10 s more).
    for (let i = 0; i < 100 && readFileSync(`${group}/cgroup.procs`, 'utf8').trim(); i++) await sleep(100);
  }
  const after = machine();
  const own = group ? groupCpu(group) : waitedCpu();
  if (!group) {
    own.user -= waitedBefore.user;
    own.system -= waitedBefore.system;
  }
  if (group) {
    try {
      rmdirSync(group);
    } catch {
      // Something is still in it: left for the system to clean up.
    }
  }
  const ours = own.user + own.system;
  const busy = after.busy - before.busy;
  const idle = Math.max(0, cores * wall - busy);
  const others = Math.max(0, busy - ours);
  const summary = /^\d+ passed, \d+ failed.*$/m.exec(output.replace(/\u001B\[[0-9;]*m/g, ''))?.[0] ?? `exit ${code}`;
  const f = (n) => n.toFixed(1);
  console.log(
    `${new Date().toISOString().slice(11, 19)} wall ${f(wall)} s; own CPU ${f(ours)} s (user ${f(own.user)}, system ${f(own.system)})${group ? '' : ' of the processes waited for only'}; `
    + `others ${f(others)} s; idle ${f(idle)} core-s; own + idle over ${cores} cores ${f((ours + idle) / cores)} s; load ${load.toFixed(1)} before; ${summary}`,
  );
  return code;
}

let failed = false;
for (let i = 0; i < runs; i++) if ((await once()) !== 0) failed = true;
process.exit(failed ? 1 : 0);
