// How an error message quotes what the user typed.

import { cutEcho } from '../util/cut-echo.js';
import { sanitizeLine } from '../util/text.js';

/** A user's text, quoted for an error message: one line, no control characters, not too long. */
export function quote(text: string): string {
  const line = sanitizeLine(text);
  return `'${line.length > 60 ? cutEcho(line, 57) : line}'`;
}

/** How to start a command the user is told to run: `spasm-info`, with `--data FILE` when a corpus
 *  file was given (quoted for a POSIX shell where it needs it), so that the command copied reads the
 *  same corpus, not the bundled one (trial22 finding 11). One line, no control characters. */
export function commandPrefix(data: string | undefined): string {
  if (data === undefined) return 'spasm-info';
  const file = sanitizeLine(data);
  // Characters no shell gives a meaning to; anything else (a space, a quote, a leading '~' that a
  // shell would expand again) is quoted, a single quote in it written '\''.
  return `spasm-info --data ${/^[\w./,:@%+=-]+$/.test(file) ? file : `'${file.replace(/'/g, "'\\''")}'`}`;
}
