// `spasm-info timer`: runs a session on the streams, signals, clock and notifier it is given (the
// CLI passes the process's; tests pass fakes). On a terminal a live line counts down in place; in a
// pipe there is a start line and an end line; with --json one JSON object per event. Loaded only
// by the timer command (dist/timer-run.cjs), so no other command pays for it.

import { isDateError, isMinutesError, UsageError } from '../util/errors.js';
import { localDate, daysBetween, type CalendarDate } from './plan.js';
import { parseAnySince } from './since-words.js';
import { desktopNotifier, type Notifier } from './notify.js';
import { formatEnd, formatStart, formatStopped, formatTimerLine, notification } from './format-timer.js';
import { dayAdvice, findTimer, parseMinutes, startTimer, timerEvent, type Clock, type TimerKind, type Scheduler, type TimerState } from './timer.js';
import { resolveWidth } from '../cli/terminal.js';
import { sanitizeLine } from '../util/text.js';
import type { Theme } from '../render/theme.js';
import type { Plan } from '../corpus/types.js';

export interface TimerIO {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  /** Where SIGINT, SIGTERM, SIGHUP and 'exit' are heard: the process. */
  signals: {
    on(event: string, listener: () => void): unknown;
    off(event: string, listener: () => void): unknown;
  };
  env: Record<string, string | undefined>;
  /** The style for stdout (colour decided once by the CLI). */
  theme: Theme;
  clock: Clock;
  scheduler: Scheduler;
  notify: Notifier;
  /** Writes a note on stderr ("spasm-info: …"). */
  note(message: string): Promise<void> | void;
  /** One JSON value as one line, escaped so that it cannot steer a terminal. */
  jsonLine(value: unknown): string;
  /** Whether stdout can no longer be written (a full disk, a device error, a reader gone): then the
   *  session stops at once, since no one can see it end (the CLI exits 74, or 0 for a reader gone). */
  outputEnded?(): boolean;
  /** Calls `listener` when stdout's reader is seen to go between writes (a pipe's reader gone while
   *  the session waits): the session stops then, not at its next tick. */
  onOutputEnded?(listener: () => void): void;
}

export interface TimerRequest {
  /** ice, heat, or a name for one ("hot water bottle"). */
  name: string;
  minutes?: string;
  since?: string;
  json?: boolean;
}

// The live line is drawn by hand: it is one line, redrawn with a carriage return and "erase line",
// with the cursor hidden meanwhile, which is three escape sequences. log-update would bring
// ansi-escapes, cli-cursor, restore-cursor, signal-exit, wrap-ansi, slice-ansi and string-width for
// multi-line redraws this never needs, and its cursor restoring (signal-exit) would compete with
// the signal handling below, which must also print how long the session ran and exit 128+n.
const ERASE_LINE = '\r\u001B[2K';
const HIDE_CURSOR = '\u001B[?25l';
const SHOW_CURSOR = '\u001B[?25h';
const BELL = '\u0007';

/** The signals that stop a session, with their numbers for the exit status (128 + n). */
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
type StopSignal = keyof typeof SIGNALS;

/** Checks a request without running it: throws UsageError (exit 2) for an unknown timer, a bad
 *  --minutes or an unreadable --since. */
export function checkTimerRequest(plan: Plan | undefined, request: TimerRequest, now: Date): void {
  readMinutes(request.minutes, findTimer(plan, request.name));
  if (request.since !== undefined) readSince(request.since, now);
}

/** parseMinutes, its problems worded for the command line. */
function readMinutes(minutes: string | undefined, kind: TimerKind): number {
  try {
    return parseMinutes(minutes, kind);
  } catch (error) {
    if (!isMinutesError(error)) throw error;
    throw new UsageError(`--minutes ${error.message}`);
  }
}

function readSince(since: string, now: Date): CalendarDate {
  const today = localDate(now);
  try {
    // Every form plan takes, the everyday ones too (chrono-node, bundled into this chunk: a
    // 20-minute timer does not notice the few milliseconds it costs to load).
    return parseAnySince(since, today, { now });
  } catch (error) {
    throw isDateError(error) ? new UsageError(`--since ${error.message}`) : error;
  }
}

/** Runs one session; resolves to the exit status: 0 at the end, 128 + n when signal n stopped it.
 *  Throws UsageError (exit 2) for an unknown timer, bad --minutes or --since. */
export async function runTimerCommand(plan: Plan | undefined, request: TimerRequest, io: TimerIO): Promise<number> {
  const kind = findTimer(plan, request.name);
  const minutes = readMinutes(request.minutes, kind);
  if (request.since !== undefined) {
    const today = localDate(new Date(io.clock.now()));
    const start = readSince(request.since, new Date(io.clock.now()));
    const advice = dayAdvice(plan, kind, daysBetween(start, today) + 1);
    // The advice quotes the corpus (a --data file may hold anything): one clean line.
    if (advice) await io.note(sanitizeLine(advice));
  }

  const tty = Boolean(io.stdout.isTTY);
  // TERM=dumb (an editor's shell buffer, say) shows escape codes as text: lines only there.
  const live = !request.json && tty && io.env.TERM !== 'dumb';
  const layout = () => ({ theme: io.theme, width: resolveWidth({ isTTY: tty, columns: io.stdout.columns }) });
  const write = (text: string) => io.stdout.write(text);

  let hidden = false;
  const showCursor = () => {
    if (hidden) write(SHOW_CURSOR);
    hidden = false;
  };
  let started = false;
  let gone = false;
  let running: { cancel(): unknown } | undefined;
  const stopUnseen = () => {
    gone = true;
    running?.cancel();
  };
  const onTick = (state: TimerState) => {
    if (!started) {
      started = true;
      if (request.json) write(io.jsonLine(timerEvent(kind, state)));
      else write(formatStart(kind, state, { ...layout(), live }));
      if (live) {
        hidden = true;
        write(HIDE_CURSOR);
      }
    }
    if (live) write(ERASE_LINE + formatTimerLine(kind, state, layout()));
    if (!gone && io.outputEnded?.()) stopUnseen();
  };

  let stoppedBy: StopSignal | undefined;
  const timer = startTimer({ minutes, clock: io.clock, scheduler: io.scheduler, onTick });
  // The first tick runs inside startTimer: a start line that could not be written stops it here.
  running = timer;
  if (gone) timer.cancel();
  else io.onOutputEnded?.(() => gone || stopUnseen());
  const handlers = (Object.keys(SIGNALS) as StopSignal[]).map((signal) => {
    const handler = () => {
      stoppedBy ??= signal;
      timer.cancel();
    };
    io.signals.on(signal, handler);
    return [signal, handler] as const;
  });
  // The last resort: whatever ends the process, the cursor comes back.
  io.signals.on('exit', showCursor);
  let final: TimerState;
  try {
    final = await timer.finished;
  } finally {
    for (const [signal, handler] of handlers) io.signals.off(signal, handler);
    if (live && hidden) write(ERASE_LINE + formatTimerLine(kind, timer.state(), layout()) + '\n');
    showCursor();
    io.signals.off('exit', showCursor);
  }

  // Nothing more can be written, and no one is reading: no end to announce, no bell to ring.
  if (gone) return 0;
  if (request.json) write(io.jsonLine(timerEvent(kind, final, stoppedBy)));
  else if (final.status === 'ended') write(formatEnd(kind, final, layout()));
  else write(formatStopped(final, layout()));

  if (final.status === 'ended') {
    if (live) {
      write(BELL);
      const { title, body } = notification(kind);
      await io.notify(title, body);
    }
    return 0;
  }
  return 128 + SIGNALS[stoppedBy ?? 'SIGINT'];
}

/** For spasm-info's own tests only, never for use: SPASM_INFO_TEST_CLOCK_RATE=N (1 to 10000) makes
 *  the timer's clock run N times faster, so that an end-to-end test in a pseudo-terminal can watch
 *  a one-minute session redraw and end in a few seconds. Unset, the clock is the real one. */
export const TEST_CLOCK_RATE = 'SPASM_INFO_TEST_CLOCK_RATE';

/** The wall clock (Date.now, which keeps counting while a laptop sleeps, unlike a monotonic clock:
 *  the ice pack stays on during the sleep too) and setTimeout, sped up by the test hook if set. */
export function realTime(env: Record<string, string | undefined>): { clock: Clock; scheduler: Scheduler } {
  const asked = Number(env[TEST_CLOCK_RATE]);
  const rate = Number.isFinite(asked) && asked >= 1 && asked <= 10_000 ? asked : 1;
  const origin = Date.now();
  return {
    clock: { now: () => origin + (Date.now() - origin) * rate },
    scheduler: {
      after(ms, task) {
        const handle = setTimeout(task, Math.ceil(ms / rate));
        return () => clearTimeout(handle);
      },
    },
  };
}

export { desktopNotifier };
export { watchReader } from './reader-watch.js';
