// The command line's entry point and its one error boundary. A plain command line (`list`,
// `show thermal`, `search ibuprofen -n 3`, `plan --since yesterday`) is read with the dispatch
// table and run at once; any other is read by commander (src/cli/program.ts, loaded only then),
// which holds the one definition of the interface the table is made from. What each command does
// is in src/cli/commands.ts. Commands get their streams, environment, terminal facts and clock from
// one IOStreams value (as in gh), so tests run them in-process. Only processIO(), the pager and
// run() touch `process`.

import type { PagerRun } from './pager.js';
import { isSpasmError } from '../util/errors.js';
import { cutEcho } from '../util/cut-echo.js';
import { escapeUnsafe, sanitizeLine } from '../util/text.js';
import type { TimerIO } from '../plan/timer-run.js';
import { descriptorOutput } from './fd-output.js';
import { fitStderr, runCommand, stderrTheme, type GlobalOptions, type Invocation } from './commands.js';
import { matchCommandLine, type DispatchTable } from './dispatch.js';

export { toJson } from './commands.js';

/** The dispatch table, written into the bundle by the build (scripts/build.mjs). */
declare const __DISPATCH_TABLE__: DispatchTable | undefined;

/** What the CLI knows about a stream: whether it is a terminal, and its size when it is. */
export interface TerminalFacts {
  isTTY: boolean;
  columns?: number;
  rows?: number;
}

/** Everything the CLI takes from the world outside it (gh's IOStreams): run() builds one from
 *  `process`; tests build one with in-memory streams, a chosen terminal, env and clock. */
export interface IOStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Readonly<Record<string, string | undefined>>;
  stdoutTerminal: TerminalFacts;
  stderrTerminal: TerminalFacts;
  /** The clock: `plan` counts days from its date. */
  now(): Date;
  /** Shows `text` through the pager `command` (as the user wrote it in $PAGER), `what` naming it in
   *  the pager's prompt, and resolves to how the pager ended and whether it read any of the text. */
  page(command: string, text: string, what: string): Promise<PagerRun>;
  /** What `timer` needs beyond the streams: the signals that stop it, a clock and scheduler to wait
   *  with, the desktop notifier, and the terminal's width as it is now (it can be resized during a
   *  session). Loaded only by `timer`; an IOStreams without it cannot run a timer. */
  timerDevices?(): Promise<TimerDevices>;
}

export type TimerDevices = Pick<TimerIO, 'signals' | 'clock' | 'scheduler' | 'notify' | 'outputEnded' | 'onOutputEnded'> & { columns(): number | undefined };

/** Runs `pager` on the real terminal, `columns` wide, with `text` as its input (src/cli/pager.ts,
 *  loaded only to page). */
async function spawnPager(pager: string, text: string, what: string, columns: number | undefined): Promise<PagerRun> {
  const { runPager } = await import('./pager.js');
  const ignoreInterrupt = () => {};
  process.on('SIGINT', ignoreInterrupt); // Ctrl-C belongs to the pager while it runs
  try {
    return await runPager(text, pager, process.env, what, columns);
  } finally {
    process.off('SIGINT', ignoreInterrupt);
  }
}

/** The table the build wrote into the bundle; run from the sources (the tests), made now. */
export async function dispatchTable(): Promise<DispatchTable> {
  return typeof __DISPATCH_TABLE__ === 'undefined' ? (await import('./program.js')).dispatchTable() : __DISPATCH_TABLE__;
}

/** Runs the CLI with `argv` (the words after the command's name); resolves to the exit code and
 *  never throws. */
export async function main(argv: string[], io: IOStreams): Promise<number> {
  let globals: GlobalOptions | undefined;
  const run = (invocation: Invocation) => {
    globals = invocation.globals;
    return runCommand(io, invocation);
  };
  try {
    const plain = matchCommandLine(await dispatchTable(), argv);
    if (plain) {
      await run(plain);
      return 0;
    }
    const { runProgram } = await import('./program.js');
    return await runProgram(argv, io, run, (seen) => (globals = seen));
  } catch (error) {
    if (isSpasmError(error)) {
      if (error.message) await report(io, globals, error.message);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    await report(io, globals, `Internal error: ${message}. Please report it.`);
    if (io.env.DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return 70;
  }
}

/** The longest quoted text (an argument, a file name) a message echoes, and the longest message. */
const MAX_ECHO = 60;
const MAX_MESSAGE = 400;

/** Cuts what a message echoes of the user's input, so a 128 KB argument does not fill the screen:
 *  each quoted part to MAX_ECHO characters, the whole to MAX_MESSAGE. Quotes are paired from the
 *  start, so the words between two quoted parts ("'tcsh' is not … (run 'spasm-info …')") are not
 *  taken for one. */
export function cutEchoes(message: string): string {
  const cut = (text: string, max: number) => (text.length > max ? cutEcho(text, max - 1) : text);
  return cut(message.replace(/'([^']*)'/g, (whole, quoted: string) => (quoted.length > MAX_ECHO ? `'${cut(quoted, MAX_ECHO)}'` : whole)), MAX_MESSAGE);
}

/** An error: one sentence on one line (wrapped to the window on a terminal). */
async function report(io: IOStreams, globals: GlobalOptions | undefined, message: string): Promise<void> {
  const theme = await stderrTheme(io, globals);
  // Messages can carry a file name or a query: no control character of theirs reaches the terminal.
  // They are written as escapes (\u202E), not dropped: dropped, 'al<U+200B>ways' read as a valid
  // 'always' in "Invalid --color 'always'" (trial65 finding 4).
  io.stderr.write(fitStderr(io, `${theme.error('spasm-info:')} ${cutEchoes(sanitizeLine(escapeUnsafe(message)))}`) + '\n');
}

/** The real streams, environment, terminal and clock. Output is written directly to the
 *  descriptor, a terminal's too (src/cli/fd-output.ts): Node's stream objects are created only when
 *  a write would block or a terminal's size cannot be read without them. A failed write (other than
 *  a reader that went away: `| head`) is said once and ends with 74, whichever the command, even
 *  after it finished (--help). */
export function processIO(): IOStreams & { failed(): boolean; settled(): boolean } {
  let failed = false;
  const stdout = descriptorOutput(1, () => process.stdout, (error) => {
    failed = true;
    process.exitCode = EXIT_CANNOT_WRITE; // for a failure after main() has returned
    stderr.write(`spasm-info: cannot write the output: ${systemReason(error)}.\n`);
  });
  const stderr = descriptorOutput(2, () => process.stderr, () => {}); // nowhere left to say it
  return {
    stdout,
    stderr,
    env: process.env,
    get stdoutTerminal() {
      return stdout.terminal();
    },
    get stderrTerminal() {
      return stderr.terminal();
    },
    now: () => new Date(),
    page: (pager, text, what) => spawnPager(pager, text, what, stdout.terminal().columns),
    timerDevices: async () => {
      const { realTime, desktopNotifier, watchReader } = await import('../plan/timer-run.js');
      // In a pipe, a reader that went away is noticed within a fifth of a second, not at the end.
      const reader = watchReader(1);
      return { ...realTime(process.env), signals: process, notify: desktopNotifier(process.platform, process.env), columns: () => process.stdout.columns, outputEnded: () => stdout.ended() || reader.gone(), onOutputEnded: (listener) => reader.onGone(listener) };
    },
    failed: () => failed,
    // Everything written went straight to the descriptors (each write's outcome known at once).
    settled: () => !stdout.streamed() && !stderr.streamed(),
  };
}

/** What a system error says, as a phrase: Node's "ENOSPC: no space left on device, write" becomes
 *  "no space left on device (ENOSPC)". */
export function systemReason(error: NodeJS.ErrnoException): string {
  const reason = error.message.replace(/^[A-Z0-9_]+: /, '').replace(/, \w+(?: '[^']*')?$/, '');
  return error.code && reason !== error.code ? `${reason} (${error.code})` : reason;
}

/** Exit status when output cannot be written (a full disk, a device error): EX_IOERR of
 *  sysexits.h, beside 70 (EX_SOFTWARE) for internal errors. */
const EXIT_CANNOT_WRITE = 74;

/** Entry point used by bin/spasm-info.cjs, which asks to end the process as soon as the command
 *  is done (`exitWhenDone`); scripts that run several commands in one process (the build's code
 *  caches, tests) do not. */
export async function run(options: { exitWhenDone?: boolean } = {}): Promise<void> {
  // A standard output closed by the shell (`>&-`) is not reported: Node replaces a closed fd 1 with
  // /dev/null opened read-write, which is exactly what a parent gives a child whose output it
  // discards (Node's stdio 'ignore', Python's subprocess.DEVNULL). Telling the two apart is
  // impossible, and failing the scripted case with 74 would break scripts, so both exit 0.
  // Ctrl-C: no handler, so Node's default ends the process at once, even mid-search (the shell
  // reports 130). Nothing here changes terminal modes, so there is nothing to restore. The one
  // exception is `timer`, which hides the cursor: while a session runs it handles SIGINT, SIGTERM
  // and SIGHUP itself, to show the cursor again and say how long the session ran.
  const io = processIO();
  const code = await main(process.argv.slice(2), io);
  process.exitCode = io.failed() ? EXIT_CANNOT_WRITE : code;
  // With every write done and nothing left to wait for (no pager, no timer), end now: when its
  // loop runs dry Node first runs the tasks V8 left pending, and a search leaves a collection of
  // young objects there (measured: 1.9 ms of the 20-word question, about 2% of a run). Output that
  // went through Node's stream (a terminal, a device such as /dev/full, a pipe that was full) may
  // report an error on a later tick: then the loop runs dry as before. (STYLE.md's rule against
  // process.exit() after writing guards output still queued in a stream; here none is.)
  if (options.exitWhenDone && io.settled() && process.getActiveResourcesInfo().length === 0) process.exit();
}
