// The day-by-day care plan: which day of a neck spasm this is and which of the article's phases
// apply. Pure: the clock is passed in; dates are calendar days, so time zones and daylight-saving
// changes cannot shift a day.

import { DateError } from './errors.js';
import type { Plan, PlanPhase } from './types.js';

/** A calendar date, independent of time zones. */
export interface CalendarDate {
  year: number;
  month: number; // 1..12
  day: number;
}

export interface PlanPhaseRecord {
  id: string;
  title: string;
  fromDay: number | null;
  toDay: number | null;
  section: string;
  actions: { text: string; quote: boolean }[];
  startNote?: string;
  endNote?: string;
  /** The name to time it by, where it is timed (`spasm-info timer ice`). */
  timer?: string;
}

export interface PlanRecord {
  day: number;
  start: string;
  phases: PlanPhaseRecord[];
  /** Ids of the phases whose day range includes today. */
  today: string[];
  /** Phases with no day range whose condition may apply by now (physical therapy "after some pain relief"). */
  whenReady: string[];
  /** Set past the article's timeline: what to do then. */
  beyond?: string;
  /** The emergency signs, said on every day. */
  emergency?: string;
  /** From the corpus's day (8: a week of self-care is over) until the timeline ends: see a doctor. */
  seeDoctor?: string;
  horizon: number;
}

const ACCEPTS = 'an ISO date such as 2026-11-20, "today", "yesterday" or "N days ago"';

/** Today's date on the local calendar of `now`. */
export function localDate(now: Date): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export function formatDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Days from a to b on the calendar (b − a). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

function addDays(d: CalendarDate, n: number): CalendarDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads a start date: an ISO date, today, yesterday or "N days ago". Throws DateError (exit 2),
 *  whose message begins with the input, for anything else, an impossible date, or a date after today. */
export function parseSince(input: string, today: CalendarDate): CalendarDate {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const shown = JSON.stringify(input.length > 40 ? input.slice(0, 37) + '…' : input);
  let date: CalendarDate;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const ago = /^(\d{1,5}) days? ago$/.exec(text);
  if (text === 'today') date = today;
  else if (text === 'yesterday') date = addDays(today, -1);
  else if (ago) date = addDays(today, -Number(ago[1]));
  else if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      throw new DateError(`${shown} is not a real date; it takes ${ACCEPTS}.`);
    }
    date = { year, month, day };
  } else {
    throw new DateError(`${shown} is not a date it can read; it takes ${ACCEPTS}.`);
  }
  if (daysBetween(date, today) < 0) {
    throw new DateError(`${shown} is in the future; it takes a start date up to today: ${ACCEPTS}.`);
  }
  return date;
}

function inForce(phase: PlanPhase, day: number): boolean {
  return phase.fromDay !== null && day >= phase.fromDay && (phase.toDay === null || day <= phase.toDay);
}

/** The plan for a spasm that started on `start`, seen on `today`. */
export function planFor(plan: Plan, start: CalendarDate, today: CalendarDate): PlanRecord {
  const day = daysBetween(start, today) + 1;
  const phases = plan.phases.map((p) => ({
    id: p.id,
    title: p.title,
    fromDay: p.fromDay,
    toDay: p.toDay,
    section: p.section,
    actions: p.actions.map((a) => ({ text: a.text, quote: a.quote ?? false })),
    ...(p.startNote ? { startNote: p.startNote } : {}),
    ...(p.endNote ? { endNote: p.endNote } : {}),
    ...(p.session ? { timer: p.session.name } : {}),
  }));
  const beyond = day > plan.horizon;
  // A phase with only a condition ("after some pain relief") may apply once the first dated
  // phases are over: from then on the plan points to it, without claiming a day.
  const firstDatedEnd = Math.min(...plan.phases.map((p) => p.toDay ?? Infinity));
  return {
    day,
    start: formatDate(start),
    phases,
    today: beyond ? [] : plan.phases.filter((p) => inForce(p, day)).map((p) => p.id),
    whenReady: beyond ? [] : plan.phases.filter((p) => p.fromDay === null && day > firstDatedEnd).map((p) => p.id),
    ...(beyond ? { beyond: plan.beyond } : {}),
    ...(plan.emergency ? { emergency: plan.emergency.text } : {}),
    ...(plan.seeDoctor && day >= plan.seeDoctor.fromDay && !beyond ? { seeDoctor: plan.seeDoctor.text } : {}),
    horizon: plan.horizon,
  };
}
