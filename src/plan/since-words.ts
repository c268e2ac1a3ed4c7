// The everyday relative dates ("2 weeks ago", "last week", "monday", "20 nov"), read by chrono-node's
// English parser. A chunk of its own: requiring it costs about 25 million instructions (5% of
// `node -e 0`, measured with callgrind), so the CLI loads it only for an input that is none of the
// simple forms (today, yesterday, "N days ago", an ISO date).

import { casual } from 'chrono-node/en';
import { parseSince, type CalendarDate, type SinceOptions } from './since.js';

/** The date `text` names, read against `reference`; undefined unless the whole text is one date. */
export function readWords(text: string, reference: Date): Date | undefined {
  // chrono has no fortnight, a British way to say two weeks ("a fortnight ago"); said as weeks, the
  // whole text still has to be one date.
  const said = text.replace(/\b(\d{1,3}) fortnights?\b/g, (_, n: string) => `${Number(n) * 2} weeks`).replace(/\b(?:a |one )?fortnight\b/g, '2 weeks');
  const [found] = casual.parse(said, reference, { forwardDate: false });
  if (!found || found.index !== 0 || found.text.length !== said.length || found.end) return undefined;
  const date = found.start.date();
  // A bare weekday ("monday", "on sat"): chrono takes the nearest one, which is ahead when it is 1-3
  // days away, but a start date is never ahead: it is the last such day up to today. "next monday"
  // and "this monday" keep chrono's reading.
  if (found.start.isCertain('weekday') && !found.start.isCertain('day') && !/\b(next|this|coming)\b/.test(text) && calendarAfter(date, reference)) {
    date.setDate(date.getDate() - 7);
  }
  return date;
}

/** Whether `a` falls on a later calendar day than `b` (local time). */
function calendarAfter(a: Date, b: Date): boolean {
  return a.getFullYear() * 10_000 + a.getMonth() * 100 + a.getDate() > b.getFullYear() * 10_000 + b.getMonth() * 100 + b.getDate();
}

/** parseSince with every form it knows, the everyday ones included: what the library exports. */
export function parseAnySince(input: string, today: CalendarDate, options: SinceOptions = {}): CalendarDate {
  return parseSince(input, today, { words: readWords, ...options });
}
