// The session timer's core: which timed application a name means (ice, heat), how long a session
// may run, whether today is the article's day for it, and the session itself as a small state
// machine driven by an injected clock and scheduler. Pure: nothing here reads the real clock,
// waits, prints or touches the process; src/plan/timer-run.ts wires it to a terminal.

import { MinutesError, NotFoundError, UsageError } from '../util/errors.js';
import { cutEcho } from '../util/cut-echo.js';
import { matchName, normalizeName, type NameMatch } from '../corpus/names.js';
import type { Plan, PlanSession } from '../corpus/types.js';

/** A phase of the plan that can be timed, with its session data from the corpus. */
export interface TimerKind {
  /** The plan phase's id ("cold"). */
  id: string;
  /** The plan phase's title ("Ice or cold packs"). */
  title: string;
  fromDay: number | null;
  toDay: number | null;
  session: PlanSession;
}

/** The phases of a plan that have a session, in the plan's order. */
export function timerKinds(plan: Plan | undefined): TimerKind[] {
  return (plan?.phases ?? []).flatMap((p) =>
    p.session ? [{ id: p.id, title: p.title, fromDay: p.fromDay, toDay: p.toDay, session: p.session }] : [],
  );
}

const timerNames = (kind: TimerKind) =>
  [kind.session.name, kind.id, kind.title, ...(kind.session.aliases ?? [])].map(normalizeName).filter(Boolean);

/** Looks a timer up by the name a person types, by the same rule as `show`: "ice", "cold",
 *  "ice pack", "heating pad", "hot water bottle", or a prefix only one of them has. */
export function lookupTimer(plan: Plan | undefined, name: string): NameMatch<TimerKind> {
  return matchName(timerKinds(plan), timerNames, name);
}

/** A user's text for a message: one line, not too long (the CLI sanitizes the whole message). */
const shown = (text: string) => JSON.stringify(text.length > 40 ? cutEcho(text, 37) : text);

/** The timer a name means; throws UsageError (exit 2) for an unknown or ambiguous name, and
 *  NotFoundError (exit 1) when the corpus has no timer at all: the command is used right and the
 *  file is a corpus, it just has nothing to time, as `show` of a section it lacks (trial22 finding 19). */
export function findTimer(plan: Plan | undefined, name: string): TimerKind {
  const kinds = timerKinds(plan);
  if (kinds.length === 0) throw new NotFoundError('This corpus has no timed sessions (no plan phase with a "session").');
  const found = lookupTimer(plan, name);
  if (found.kind === 'found') return found.item;
  const names = kinds.map((k) => k.session.name);
  const choices = `${names.slice(0, -1).join(', ')}${names.length > 1 ? ' or ' : ''}${names.at(-1)}`;
  // Blank (or what a terminal showed as nothing: an escape sequence is removed before), it is empty,
  // as an empty query or section name is said to be; not '"" is not a timer'.
  if (name.trim() === '') throw new UsageError(`The timer name is empty: give ${choices}.`);
  const which = found.kind === 'ambiguous' ? 'could mean more than one timer' : 'is not a timer';
  const others = kinds.flatMap((k) => k.session.aliases?.slice(0, 1) ?? []).map((n) => `"${n}"`);
  const also = others.length ? ` (or another name for one, such as ${others.join(' or ')})` : '';
  throw new UsageError(`${shown(name)} ${which}: it times ${choices}${also}.`);
}

/** Reads a session's length in minutes: a whole number from 1 to the article's length. More is
 *  refused with the article's reason, never capped silently; anything else is refused in one
 *  sentence. Throws MinutesError, whose message begins with the value. */
export function parseMinutes(input: string | undefined, kind: TimerKind): number {
  const max = kind.session.minutes;
  if (input === undefined) return max;
  const text = input.trim();
  if (/^\d+$/.test(text) && Number(text) > max) {
    const { length, caution } = kind.session;
    throw new MinutesError(
      `${text.length > 12 ? text.slice(0, 11) + '…' : text} is longer than the article's ${max} minutes: ` +
        `it advises ${kind.title.toLowerCase()} “${length}”${caution ? `, “${caution}”` : ''}.`,
      max,
    );
  }
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new MinutesError(`${shown(input)} is not a whole number of minutes from 1 to ${max}.`);
  }
  return Number(text);
}

function dayRange(kind: TimerKind): string {
  if (kind.fromDay === null) return 'no set day';
  if (kind.toDay === null) return `day ${kind.fromDay} onward`;
  return kind.fromDay === kind.toDay ? `day ${kind.fromDay}` : `days ${kind.fromDay}–${kind.toDay}`;
}

const inForce = (kind: TimerKind, day: number) =>
  kind.fromDay !== null && day >= kind.fromDay && (kind.toDay === null || day <= kind.toDay);

/** When `day` (1 = the day it started) is not the article's day for `kind`, what the article
 *  advises instead, as a sentence; undefined when it is. Advice only: the timer runs anyway. */
export function dayAdvice(plan: Plan | undefined, kind: TimerKind, day: number): string | undefined {
  if (inForce(kind, day)) return undefined;
  const instead = timerKinds(plan).find((k) => k.id !== kind.id && inForce(k, day));
  const name = kind.title.toLowerCase();
  const why = instead
    ? `the article advises ${instead.title.toLowerCase()} ${instead.session.when}, not ${name}`
    : `the article advises ${name} ${kind.session.when} (${dayRange(kind)})`;
  return `Day ${day}: ${why}. Timing ${kind.session.name} anyway; you decide.`;
}

// ---------------------------------------------------------------------------------------------
// The session as a state machine.

/** Milliseconds since the epoch, like Date.now. */
export interface Clock {
  now(): number;
}

/** Runs `task` after `ms` milliseconds; the function returned cancels it. */
export interface Scheduler {
  after(ms: number, task: () => void): () => void;
}

export type TimerStatus = 'running' | 'ended' | 'cancelled';

export interface TimerState {
  status: TimerStatus;
  startedAt: number;
  /** When the session is due to end. */
  endsAt: number;
  durationMs: number;
  /** Time run so far (all of durationMs once ended; up to the stop once cancelled). */
  elapsedMs: number;
  remainingMs: number;
}

export interface TimerOptions {
  minutes: number;
  clock: Clock;
  scheduler: Scheduler;
  /** Called when the whole seconds left change: at the start, then at most once a second. */
  onTick?: (state: TimerState) => void;
}

export interface Timer {
  /** The state now. */
  state(): TimerState;
  /** Stops a running session; returns its final state (unchanged once it has ended). */
  cancel(): TimerState;
  /** Resolves with the final state, ended or cancelled; rejects if onTick throws. */
  finished: Promise<TimerState>;
}

/** The whole seconds a display shows for what is left: 20:00 at the start, 0:01 in the last second. */
export const secondsLeft = (state: TimerState) => Math.ceil(state.remainingMs / 1000);

/** Starts a session. The clock decides how much time has passed (so a late or early wake-up of the
 *  scheduler never drifts the count); the scheduler only says when to look again: at the next
 *  moment the whole seconds left change. */
export function startTimer({ minutes, clock, scheduler, onTick }: TimerOptions): Timer {
  const startedAt = clock.now();
  const durationMs = Math.round(minutes * 60_000);
  const endsAt = startedAt + durationMs;
  let status: TimerStatus = 'running';
  let stoppedAt = startedAt;
  let cancelTick: (() => void) | undefined;
  let lastShown: number | undefined;
  let resolve!: (state: TimerState) => void;
  let reject!: (error: unknown) => void;
  const finished = new Promise<TimerState>((res, rej) => {
    resolve = res;
    reject = rej;
  });

  const state = (): TimerState => {
    const now = status === 'running' ? clock.now() : stoppedAt;
    const elapsedMs = Math.min(durationMs, Math.max(0, now - startedAt));
    return { status, startedAt, endsAt, durationMs, elapsedMs, remainingMs: durationMs - elapsedMs };
  };

  const tick = () => {
    cancelTick = undefined;
    if (status !== 'running') return;
    const now = state();
    if (now.remainingMs <= 0) {
      status = 'ended';
      stoppedAt = endsAt;
      return resolve(state());
    }
    if (secondsLeft(now) !== lastShown) {
      lastShown = secondsLeft(now);
      try {
        onTick?.(now);
      } catch (error) {
        // A failing display stops the session and reaches the caller, not the event loop.
        stoppedAt = clock.now();
        status = 'cancelled';
        return reject(error);
      }
    }
    cancelTick = scheduler.after(now.remainingMs % 1000 || 1000, tick);
  };

  const cancel = () => {
    if (status === 'running') {
      stoppedAt = clock.now();
      status = 'cancelled';
      cancelTick?.();
      cancelTick = undefined;
      resolve(state());
    }
    return state();
  };

  tick();
  return { state, cancel, finished };
}

// ---------------------------------------------------------------------------------------------
// Records of what happened, for --json and for scripts using the library.

export interface TimerEvent {
  event: 'start' | 'end' | 'cancelled';
  /** The timer's name ("ice"). */
  timer: string;
  minutes: number;
  /** When this event happened (ISO 8601, UTC). */
  at: string;
  startedAt: string;
  /** When the session is or was due to end. */
  endsAt: string;
  /** Whole seconds run (end, cancelled). */
  elapsedSeconds?: number;
  /** When the article's next session is due (ice: every hour), on end. */
  nextAt?: string;
  /** The signal that stopped it, on cancelled. */
  signal?: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** When the article's next session is due, where it gives a rhythm in minutes (ice: every hour). */
export function nextSessionAt(kind: TimerKind, state: TimerState): number | undefined {
  const every = kind.session.everyMinutes;
  return every === undefined ? undefined : state.startedAt + every * 60_000;
}

/** The record of a start (at the start time), an end, or a cancellation (at the stop). */
export function timerEvent(kind: TimerKind, state: TimerState, signal?: string): TimerEvent {
  const event = state.status === 'running' ? 'start' : state.status === 'ended' ? 'end' : 'cancelled';
  const base = {
    event,
    timer: kind.session.name,
    minutes: state.durationMs / 60_000,
    at: iso(event === 'start' ? state.startedAt : state.startedAt + state.elapsedMs),
    startedAt: iso(state.startedAt),
    endsAt: iso(state.endsAt),
  } as const;
  if (event === 'start') return base;
  const next = event === 'end' ? nextSessionAt(kind, state) : undefined;
  return {
    ...base,
    elapsedSeconds: Math.floor(state.elapsedMs / 1000),
    ...(next !== undefined ? { nextAt: iso(next) } : {}),
    ...(event === 'cancelled' && signal ? { signal } : {}),
  };
}
