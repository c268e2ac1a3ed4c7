// How an error message quotes what the user typed.

import { sanitizeLine } from '../util/text.js';

/** A user's text, quoted for an error message: one line, no control characters, not too long. */
export function quote(text: string): string {
  const line = sanitizeLine(text);
  return `'${line.length > 60 ? line.slice(0, 57) + '…' : line}'`;
}
