// Runs the built CLI inside a real pseudo-terminal of a given width, with util-linux `script`.
import { spawn, spawnSync } from 'node:child_process';
import { bin, root } from './cli.js';

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** `input` is typed into the terminal (keys for a pager); `exitStatus` adds a last line "exit N". */
export function inPty(args: string[], columns: number, env: Record<string, string> = {}, rows = 200, { input = '', exitStatus = false } = {}): string {
  const command = `stty cols ${columns} rows ${rows}; ${quote(process.execPath)} ${quote(bin)} ${args.map(quote).join(' ')}${exitStatus ? '; echo "exit $?"' : ''}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: root,
    encoding: 'utf8',
    input,
    env: { PATH: process.env.PATH ?? '', TERM: 'xterm-256color', ...env },
    timeout: 20_000,
  });
  if (result.error) throw result.error;
  // The terminal turns \n into \r\n; give back what the program wrote.
  return result.stdout.replace(/\r\n/g, '\n');
}

/** Ends each run of ptySeries(), on a line of its own, with the run's exit status: not something
 *  the CLI prints. */
const ENDED = /<<spasm-info: exit (\d+)>>\n/;

/** A command line for ptySeries(), with environment variables of its own (added for its run), and
 *  the terminal's size for its run when it differs from the one before (`stty` resizes the
 *  pseudo-terminal between runs, as a user resizes a window; the CLI asks the terminal its size at
 *  each run). */
export interface PtyCommand {
  args: string[];
  env?: Record<string, string>;
  size?: { columns: number; rows: number };
}

/** Several command lines in one pseudo-terminal, one after another in one Node process: each runs
 *  through the built bundle's run(), exactly what bin/spasm-info.cjs calls, with process.argv set to
 *  its arguments and its own variables added to process.env for the run, so it finds the terminal,
 *  its width, colour and pager as the bin does. What each printed (as inPty() gives it) and its exit
 *  status. One Node start (and one `script`) instead of one per command line, at one terminal size
 *  or several (a command's `size`). (On a terminal Node
 *  writes synchronously, so a run's output is all out when its run() ends; output to a pipe or a
 *  file is written asynchronously, which is why this is for terminals only.) */
export function ptySeries(commands: PtyCommand[], columns: number, env: Record<string, string> = {}, rows = 200): { output: string; code: number }[] {
  const runner = `const cli = require(${JSON.stringify(`${root}dist/cli.cjs`)}); const { writeSync } = require('node:fs');
(async () => {
  for (const { args, env = {}, size } of JSON.parse(process.argv[1])) {
    if (size) require('node:child_process').execFileSync('stty', ['cols', String(size.columns), 'rows', String(size.rows)], { stdio: ['inherit', 'ignore', 'inherit'] });
    const before = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
    Object.assign(process.env, env);
    process.argv = [process.argv[0], ${JSON.stringify(bin)}, ...args];
    process.exitCode = undefined;
    await cli.run();
    writeSync(1, '<<spasm-info: exit ' + (process.exitCode ?? 0) + '>>\\n');
    for (const [name, value] of Object.entries(before)) if (value === undefined) delete process.env[name]; else process.env[name] = value;
  }
  process.exitCode = 0;
})();`;
  const command = `stty cols ${columns} rows ${rows}; ${quote(process.execPath)} -e ${quote(runner)} ${quote(JSON.stringify(commands))}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TERM: 'xterm-256color', ...env },
    timeout: 20_000,
  });
  if (result.error) throw result.error;
  const parts = result.stdout.replace(/\r\n/g, '\n').split(new RegExp(ENDED.source));
  // split() with a group gives text, status, text, status, ..., the rest.
  const runs = Array.from({ length: (parts.length - 1) / 2 }, (_, i) => ({ output: parts[2 * i], code: Number(parts[2 * i + 1]) }));
  if (runs.length !== commands.length) throw new Error(`ptySeries ${JSON.stringify(commands)}: ${runs.length} of ${commands.length} runs ended (${result.signal ?? `exit ${result.status}`}): ${result.stdout.slice(-300)}`);
  return runs;
}

export const stripSgr = (s: string) => s.replace(/\u001B\[[0-9;]*m/g, '');

/** A program running in a pseudo-terminal that a test can watch and interrupt: `pid` is the
 *  program's own process (for kill), `type` sends keys as if typed (Ctrl-C is '\u0003'), and
 *  `exited` resolves with everything it wrote and its exit status. */
export interface PtySession {
  output(): string;
  /** Resolves when the output so far matches `pattern`. */
  waitFor(pattern: RegExp): Promise<void>;
  pid(): Promise<number>;
  type(keys: string): void;
  exited: Promise<{ output: string; code: number | null }>;
}

export function ptySession(args: string[], columns: number, env: Record<string, string> = {}): PtySession {
  // The inner shell prints its pid, then becomes the program (exec keeps the pid); the outer shell
  // reports the program's exit status, since script's own status may not carry it.
  const program = `sh -c 'echo "[pid $$]"; exec "$0" "$@"' ${quote(process.execPath)} ${quote(bin)} ${args.map(quote).join(' ')}`;
  // Ctrl-C reaches the whole foreground group: the outer shell traps it (a trap, unlike an ignore,
  // is not inherited by the program) so that it lives to report the status.
  const command = `trap : INT; stty cols ${columns} rows 24; ${program}; echo "[exit $?]"`;
  const child = spawn('script', ['-qec', command, '/dev/null'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', TERM: 'xterm-256color', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.on('error', () => {});
  let text = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    text += chunk;
    for (const w of [...waiters]) if (w.pattern.test(text)) waiters.splice(waiters.indexOf(w), 1), w.resolve();
  });
  const output = () => text.replace(/\r\n/g, '\n');
  const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const exited = new Promise<{ output: string; code: number | null }>((resolve) =>
    child.on('close', () => {
      clearTimeout(killer);
      const status = /\[exit (\d+)\]\n?$/.exec(output());
      resolve({ output: output().replace(/^\[pid \d+\]\n/, '').replace(/\[exit \d+\]\n?$/, ''), code: status ? Number(status[1]) : null });
    }),
  );
  const waitFor = (pattern: RegExp) =>
    pattern.test(text) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ pattern, resolve }));
  return {
    output,
    waitFor,
    pid: async () => {
      await waitFor(/\[pid \d+\]/);
      return Number(/\[pid (\d+)\]/.exec(text)![1]);
    },
    // Keys typed as the session ends (a test that repeats a key until it quits) go nowhere.
    type: (keys) => {
      if (child.stdin.writable) child.stdin.write(keys);
    },
    exited,
  };
}
