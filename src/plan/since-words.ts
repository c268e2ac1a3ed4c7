// The everyday relative dates ("2 weeks ago", "last week", "monday", "20 nov"), read by chrono-node's
// English parser. A chunk of its own: requiring it costs about 25 million instructions (5% of
// `node -e 0`, measured with callgrind), so the CLI loads it only for an input that is none of the
// simple forms (today, yesterday, "N days ago", an ISO date).

import { casual } from 'chrono-node/en';
import { parseSince, type CalendarDate, type SinceOptions } from './since.js';

/** The date `text` names, read against `reference`; undefined unless the whole text is one date. */
export function readWords(text: string, reference: Date): Date | undefined {
  const [found] = casual.parse(text, reference, { forwardDate: false });
  if (!found || found.index !== 0 || found.text.length !== text.length || found.end) return undefined;
  return found.start.date();
}

/** parseSince with every form it knows, the everyday ones included: what the library exports. */
export function parseAnySince(input: string, today: CalendarDate, options: SinceOptions = {}): CalendarDate {
  return parseSince(input, today, { words: readWords, ...options });
}
