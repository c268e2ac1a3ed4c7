// Two ways to run the CLI in a test. runCli() runs it in-process, with in-memory streams and the
// terminal, environment and clock a test chooses: fast, and what most CLI tests use. cli() runs the
// built bundle as a user would, in a clean environment: for the few end-to-end checks.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main, type IOStreams } from '../../src/cli/cli.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const bin = fileURLToPath(new URL('../../bin/spasm-info.cjs', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
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
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** What a colour terminal of `columns` columns and `rows` rows shows (stdout, then stderr), in-process:
 *  stdout and stderr are that terminal and TERM is xterm-256color, as in test/helpers/pty.ts. */
export async function onTerminal(args: string[], columns: number, env: Record<string, string> = {}, rows = 200): Promise<string> {
  const r = await runCli(args, { TERM: 'xterm-256color', ...env }, { terminal: { columns, rows }, stderrTTY: true });
  return r.stdout + r.stderr;
}

export const ESC = '\u001B';
