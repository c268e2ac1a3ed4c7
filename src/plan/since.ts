// Reading a start date as people type it: an ISO date, today, yesterday, "N days ago", and the
// everyday relative forms ("2 weeks ago", "last week", "monday", "20 nov"). Shared by every command
// that takes a --since (plan; a timer can use the same forms). Pure: the clock is passed in.
//
// The relative forms are read by chrono-node (since-words.ts), passed in as `words`: the CLI loads it
// only for an input that is none of the simple forms, the library always has it.

import { DateError } from '../util/errors.js';
import { cutEcho } from '../util/cut-echo.js';

/** A calendar date, independent of time zones. */
export interface CalendarDate {
  year: number;
  month: number; // 1..12
  day: number;
}

export interface SinceOptions {
  /** The clock, for forms with a time of day ("10 hours ago"); by default noon of `today`. */
  now?: Date;
  /** The earliest date accepted (default 1900-01-01): before it, a date is surely a typo. */
  floor?: CalendarDate;
  /** Reads the everyday forms (since-words.ts); without it only the simple forms are read. */
  words?: (text: string, reference: Date) => Date | undefined;
}

/** Whether `input` is one of the forms read without `words`. */
export function isSimpleSince(input: string): boolean {
  return /^(today|yesterday|\d{1,7} days? ago|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}([/.-])\d{1,2}(\2(\d{2}|\d{4}))?)$/.test(input.trim().toLowerCase().replace(/\s+/g, ' '));
}

export const ACCEPTS = 'an ISO date such as 2026-11-20, "today", "yesterday", "3 days ago", "2 weeks ago", "last week" or a weekday such as "monday"';
const FLOOR: CalendarDate = { year: 1900, month: 1, day: 1 };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Today's date on the local calendar of `now`. */
export function localDate(now: Date): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export function formatDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Milliseconds of a UTC calendar day. Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not. */
function utc(year: number, month: number, day: number): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  return t.getTime();
}

/** Days from a to b on the calendar (b − a). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((utc(b.year, b.month, b.day) - utc(a.year, a.month, a.day)) / 86_400_000);
}

export function addDays(d: CalendarDate, n: number): CalendarDate {
  const t = new Date(utc(d.year, d.month, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month + 1, 0)).getUTCDate();
}

/** The date as given, for a message: quoted, and cut when long. */
function shown(input: string): string {
  return JSON.stringify(input.length > 40 ? cutEcho(input, 37) : input);
}

/** Reads a start date. Throws DateError (exit 2), whose message begins with the input and says
 *  what was wrong: unreadable, not a real date, in the future, or before the floor; or, for a blank
 *  input (what a terminal showed as nothing too: an escape sequence is removed before), with "is
 *  empty", as an empty query or section name is said to be. */
export function parseSince(input: string, today: CalendarDate, options: SinceOptions = {}): CalendarDate {
  // "since monday" is read as "monday": the word people say first (trial20 finding 21).
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^since (?=\S)/, '');
  if (text === '') throw new DateError(`is empty: give a start date, ${ACCEPTS}.`);
  const floor = options.floor ?? FLOOR;
  const date = readDate(text, input, today, options);
  if (daysBetween(date, today) < 0) {
    throw new DateError(`${shown(input)} is in the future (${formatDate(date)}); it takes a start date up to today (${formatDate(today)}).`);
  }
  if (daysBetween(floor, date) < 0) {
    throw new DateError(`${shown(input)} is before ${formatDate(floor)}; it takes a start date from then up to today.`);
  }
  return date;
}

function readDate(text: string, input: string, today: CalendarDate, { now, words }: SinceOptions): CalendarDate {
  if (text === 'today') return today;
  if (text === 'yesterday') return addDays(today, -1);
  const ago = /^(\d{1,7}) days? ago$/.exec(text);
  if (ago) return addDays(today, -Number(ago[1]));
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (month < 1 || month > 12) throw new DateError(`${shown(input)} is not a real date: there is no month ${month}.`);
    if (day < 1 || day > daysInMonth(year, month)) {
      throw new DateError(`${shown(input)} is not a real date: ${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days.`);
    }
    return { year, month, day };
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) return readNumeric(numeric, input, today);
  // Everything else: the everyday forms, read against the clock. The whole input must be one date,
  // not a date with other words around it.
  const reference = now && daysBetween(localDate(now), today) === 0 ? now : noon(today);
  const found = words?.(text, reference);
  if (!found) throw new DateError(`${shown(input)} is not a date it can read; it takes ${ACCEPTS}.`);
  return localDate(found);
}

/** Day and month in figures, either order, with /, . or - between and the year last or left out:
 *  05/12/2026, 13.05.26, 5-12. */
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/;

/** Reads a date in figures. The day comes first in the UK and last-but-one in the US, so a date
 *  that could be either (05/12/2026: 5 December or 12 May) is refused, not guessed; one whose
 *  other number is over 12 (13/05/2026, 05/13/2026) or whose two numbers are the same is read.
 *  A two-digit year is the latest such year up to today's; without a year, the latest such date
 *  up to today. (trial18 finding 3: 05/12/2026 was read as 12 May, in US order, without a word.) */
function readNumeric(match: RegExpExecArray, input: string, today: CalendarDate): CalendarDate {
  const [a, b] = [Number(match[1]), Number(match[3])];
  const given = match[4];
  const yearOf = (day: number, month: number): number => {
    if (given === undefined) return month > today.month || (month === today.month && day > today.day) ? today.year - 1 : today.year;
    if (given.length === 4) return Number(given);
    return 2000 + Number(given) > today.year ? 1900 + Number(given) : 2000 + Number(given);
  };
  if (a > 12 && b > 12) throw new DateError(`${shown(input)} is not a real date: neither ${a} nor ${b} is a month.`);
  if (a !== b && a >= 1 && a <= 12 && b >= 1 && b <= 12) {
    const iso = (day: number, month: number) => formatDate({ year: yearOf(day, month), month, day });
    throw new DateError(`${shown(input)} could be ${a} ${MONTHS[b - 1]} or ${b} ${MONTHS[a - 1]}; write it as ${iso(a, b)} or ${iso(b, a)}, or with the month's name such as "${a} ${MONTHS[b - 1].slice(0, 3)} ${yearOf(a, b)}".`);
  }
  const [day, month] = a > 12 ? [a, b] : b > 12 ? [b, a] : [a, b];
  if (month < 1) throw new DateError(`${shown(input)} is not a real date: there is no month 0.`);
  const year = yearOf(day, month);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new DateError(`${shown(input)} is not a real date: ${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days.`);
  }
  return { year, month, day };
}

function noon(d: CalendarDate): Date {
  const t = new Date(2000, 0, 1, 12);
  t.setFullYear(d.year, d.month - 1, d.day);
  return t;
}
