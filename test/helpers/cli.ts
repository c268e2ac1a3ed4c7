// Ways to run the CLI in a test. runCli() runs it in-process, with in-memory streams and the
// terminal, environment and clock a test chooses: fast, and what most CLI tests use. cli() runs the
// built bundle as a user would, in a clean environment: for the few end-to-end checks. cliSeries()
// runs several command lines through the built bundle's main() in one child process: for runs that
// are in a child only so that a hang is killed, not because a real process is what is tested.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { main, type IOStreams } from '../../src/cli/cli.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const bin = fileURLToPath(new URL('../../bin/spasm-info.cjs', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Both streams in the order they were written, as a terminal shows them (cliSeries only). */
  output?: string;
}

/** Colour and width come only from what a test passes: none of the developer's settings leak in. */
export function cli(args: string[], env: Record<string, string> = {}, options: { cwd?: string } = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** cli() started now and not waited for: for a run that only waits (the timer's fast clock), started
 *  as its file is collected so that it runs while the file's other tests do. */
export function cliStarted(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 20_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (error) => resolve({ code: null, stdout, stderr: `${stderr}${error.message}` }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The child of cliSeries(): runs each command line in turn through the bundle's main(), with
 *  in-memory streams (a pipe, no terminal, no pager) and the child's environment plus the command's
 *  own additions, and prints the outcomes as JSON. */
const SERIES = `const { main } = require(process.argv[1]);
(async () => {
  const runs = [];
  for (const { args, env } of JSON.parse(process.argv[2])) {
    let stdout = '', stderr = '', output = '';
    const io = {
      stdout: { write: (t) => ((stdout += t), (output += t)) }, stderr: { write: (t) => ((stderr += t), (output += t)) }, env: { ...process.env, ...env },
      stdoutTerminal: { isTTY: false }, stderrTerminal: { isTTY: false }, now: () => new Date(),
      page: async () => ({ status: 127, signal: null, readNothing: true }),
    };
    runs.push({ code: await main(args, io), stdout, stderr, output });
  }
  process.stdout.write(JSON.stringify(runs));
})();`;

/** A command line for cliSeries(), with environment variables of its own (added to the series'). */
export interface SeriesCommand {
  args: string[];
  env: Record<string, string>;
}

/** Each command line's outcome, run one after another by the built CLI's main() in one child process
 *  with the environment `env` (and PATH); a command given as { args, env } adds its own variables
 *  (several cases, each with its own cache folder, in one child). A run that hangs is killed after
 *  20 s: the call throws, naming the commands. Starting Node once for all of them is what it saves
 *  (~0.1 s of CPU each, and the later runs find the code already compiled). */
export function cliSeries(commands: (string[] | SeriesCommand)[], env: Record<string, string> = {}): Run[] {
  const series = commands.map((c) => (Array.isArray(c) ? { args: c, env: {} } : c));
  const result = spawnSync(process.execPath, ['-e', SERIES, fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url)), JSON.stringify(series)], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 20_000,
  });
  if (result.status !== 0) throw new Error(`cliSeries ${JSON.stringify(series)} ended with ${result.signal ?? `exit ${result.status}`}: ${result.stderr}`);
  return JSON.parse(result.stdout) as Run[];
}

export interface InProcessOptions {
  /** stdout is a terminal of this many columns and rows (default: a pipe). */
  terminal?: { columns: number; rows?: number };
  /** stderr is a terminal (default: a pipe): the same one as stdout's when `terminal` is given. */
  stderrTTY?: boolean;
  /** The clock (default: the real one). */
  now?: Date;
  /** Stands in for the pager; receives what would be paged (default: the pager cannot start). */
  page?: (command: string, text: string) => number | null;
}

/** Runs the CLI in this process, as cli() runs the bundle: `env` is the whole environment. */
export async function runCli(args: string[], env: Record<string, string> = {}, options: InProcessOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: IOStreams = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    stdoutTerminal: options.terminal ? { isTTY: true, ...options.terminal } : { isTTY: false },
    stderrTerminal: options.stderrTTY ? { isTTY: true, ...options.terminal } : { isTTY: false },
    now: () => new Date(options.now ?? Date.now()),
    page: async (command, text) => {
      const status = options.page ? options.page(command, text) : 127;
      // A stand-in pager reads all it is given, unless it "could not start" (127).
      return { status, signal: null, readNothing: status === 127 };
    },
  };
  try {
    const code = await main(args, io);
    return { code, stdout, stderr };
  } finally {
    resetHeapFlags();
  }
}

/** A run of a large --data corpus sets two of V8's heap flags for its process
 *  (src/store/data-corpus.ts: the young generation kept at its starting size, a full collection
 *  whenever the old generation grows by 20%). A CLI process ends there; in-process they stayed with
 *  the test worker for every test and file it ran after that one (2026-12-04, --cpu-prof of one
 *  worker running cache, adversarial, hardening, index-store, layout and answers: 3.0-3.4 s of
 *  garbage collection, 2.4-2.8 s with this). Each in-process run leaves them as V8's defaults
 *  (`node --v8-options`), as a new process has them. */
function resetHeapFlags(): void {
  setFlagsFromString('--semi-space-growth-factor=2');
  setFlagsFromString('--heap-growing-percent=0');
}

/** What a colour terminal of `columns` columns and `rows` rows shows (stdout, then stderr), in-process:
 *  stdout and stderr are that terminal and TERM is xterm-256color, as in test/helpers/pty.ts. */
export async function onTerminal(args: string[], columns: number, env: Record<string, string> = {}, rows = 200): Promise<string> {
  const r = await runCli(args, { TERM: 'xterm-256color', ...env }, { terminal: { columns, rows }, stderrTTY: true });
  return r.stdout + r.stderr;
}

export const ESC = '\u001B';
