// Help text laid out to a width: examples (a shell command with its note), definition lists (exit
// codes, environment). Pure: data and a width in, text out; commander supplies the rest of --help.

import { displayWidth } from '../util/text.js';
import { indentBlock, wrapText } from '../render/wrap.js';

/** A command and what it does; the note may be empty. */
export type Example = [command: string, note: string];

/** Notes start in this column when the commands leave room; a longer command puts its note on the
 *  line below, in the same column. */
const NOTE_COLUMN = 39;
/** The narrowest note column worth keeping beside the commands; below it every note goes under its command. */
const MIN_NOTE = 24;

/** A shell command in `width` columns: when it is too long it is broken between words with a
 *  trailing backslash, so every line can still be pasted into a shell as it is. Quoted words stay whole.
 *  A word too wide for a line of its own (a long path at 40 columns) is cut too, after a '/' where
 *  one leaves at least half the line, each piece but the last ending in a backslash and the next
 *  starting at the left edge: the shell removes a backslash and newline wherever they stand, so the
 *  pieces paste back into one word, where an indent would have made them two. */
export function formatCommand(command: string, indent: number, width: number): string {
  const pad = ' '.repeat(indent);
  if (indent + displayWidth(command) <= width) return pad + command;
  const words = command.match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const lead = lines.length ? indent + 4 : indent;
    // Room for " \" at the end of every line but the last.
    if (line && lead + displayWidth(line) + 1 + displayWidth(word) + 2 > width) {
      lines.push(line + ' \\');
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines.flatMap((l, i) => fitCommandLine(' '.repeat(i ? indent + 4 : indent) + l, width)).join('\n');
}

/** One line of a command laid out by formatCommand: as it is if it fits, else (it is then one word,
 *  with its trailing ' \\' if more lines follow) that word cut into pieces that end in a backslash. */
function fitCommandLine(line: string, width: number): string[] {
  if (displayWidth(line) <= width) return [line];
  const [, lead, word, tail] = /^( *)(.*?)( \\)?$/.exec(line)!;
  // A quoted word is kept whole: a backslash and newline are not removed inside single quotes.
  if (/^["']/.test(word)) return wrapText(line, width).split('\n');
  const out: string[] = [];
  let rest = word;
  let at = lead;
  while (displayWidth(at + rest + (tail ?? '')) > width) {
    const room = Math.max(1, width - displayWidth(at) - 1);
    const end = commandCut(rest, room);
    if (end >= rest.length) break;
    out.push(at + rest.slice(0, end) + '\\');
    rest = rest.slice(end);
    at = '';
  }
  out.push(at + rest + (tail ?? ''));
  return out;
}

/** Where to cut a word so its first piece fits `room` columns: after the last '/' that keeps at
 *  least half of it, else where it is full; never after a backslash (it would escape the one that
 *  continues the line) nor inside a character's code units; at least one character. */
function commandCut(word: string, room: number): number {
  let end = 0;
  let used = 0;
  let slash = -1;
  for (const ch of word) {
    const w = displayWidth(ch);
    if (end > 0 && used + w > room) break;
    end += ch.length;
    used += w;
    if (ch === '/' && used * 2 >= room) slash = end;
  }
  if (end < word.length && slash > 0) end = slash;
  while (end > 1 && word[end - 1] === '\\') end--;
  return end;
}

/** Examples under a heading, each command with its note beside it or, when narrow, under it. */
export function formatExamples(examples: Example[], width: number, heading = 'Examples:'): string {
  const beside = NOTE_COLUMN + MIN_NOTE <= width;
  const out = [heading];
  for (const [command, note] of examples) {
    const text = formatCommand(command, 2, width);
    if (!note) {
      out.push(text);
    } else if (beside && !text.includes('\n') && displayWidth(text) + 2 <= NOTE_COLUMN) {
      const [first, ...rest] = wrapText(note, width - NOTE_COLUMN).split('\n');
      out.push(text + ' '.repeat(NOTE_COLUMN - displayWidth(text)) + first, ...rest.map((l) => ' '.repeat(NOTE_COLUMN) + l));
    } else {
      out.push(text, indentBlock(note, beside ? NOTE_COLUMN : 6, width));
    }
  }
  return out.join('\n') + '\n';
}

/** Terms and their meanings (exit codes, environment variables): the meaning beside the terms and
 *  wrapping in its own column, or under its term when the window is narrow. */
export function formatDefinitions(heading: string, items: [string, string][], width: number): string {
  const column = 2 + Math.max(...items.map(([term]) => displayWidth(term))) + 2;
  const beside = column + MIN_NOTE <= width;
  const out = [heading];
  for (const [term, meaning] of items) {
    if (beside) {
      const [first, ...rest] = wrapText(meaning, width - column).split('\n');
      out.push(`  ${term}${' '.repeat(column - 2 - displayWidth(term))}${first}`, ...rest.map((l) => ' '.repeat(column) + l));
    } else {
      out.push(`  ${term}`, indentBlock(meaning, 6, width));
    }
  }
  return out.join('\n') + '\n';
}
