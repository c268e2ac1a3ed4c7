// How an error message quotes what the user typed.

import { cutEcho } from '../util/cut-echo.js';
import { escapeForLine, sanitizeLine } from '../util/text.js';

/** A user's text, quoted for an error message: one line, not too long, its control and invisible
 *  characters, tabs and line breaks written as escapes (\u202E, \n), so that what is shown is what
 *  was typed (trial65 finding 4: "Invalid --color 'always'" for al<U+200B>ways). */
export function quote(text: string): string {
  const line = sanitizeLine(escapeForLine(text));
  return `'${line.length > 60 ? cutEcho(line, 57) : line}'`;
}

/** How to start a command the user is told to run: `spasm-info`, with `--data FILE` when a corpus
 *  file was given (quoted for a POSIX shell where it needs it), so that the command copied reads the
 *  same corpus, not the bundled one (trial22 finding 11). One line, no control characters. */
export function commandPrefix(data: string | undefined): string {
  if (data === undefined) return 'spasm-info';
  const file = sanitizeLine(data);
  // A name with a character no line may show (a newline, an escape, a bidi control) is written in
  // ANSI-C quoting, $'…', those characters as escapes (bash and zsh read it back as the name; dash
  // does not): with them dropped the command named another file, which did not exist (trial65
  // finding 5).
  if (file !== data) return `spasm-info --data $'${ansiC(data)}'`;
  // Characters no shell gives a meaning to; anything else (a space, a quote, a leading '~' that a
  // shell would expand again) is quoted, a single quote in it written '\''.
  return `spasm-info --data ${/^[\w./,:@%+=-]+$/.test(file) ? file : `'${file.replace(/'/g, "'\\''")}'`}`;
}

/** `text` for the inside of $'…': backslash and quote escaped, every character a line may not show
 *  as \n, \t, \r, \uHHHH or \UHHHHHHHH. */
function ansiC(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '\\' || ch === "'") out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (sanitizeLine(ch) !== ch) {
      const code = ch.codePointAt(0)!;
      out += code > 0xffff ? `\\U${code.toString(16).padStart(8, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return out;
}
