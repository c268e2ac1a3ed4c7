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
 *  trailing backslash, so every line can still be pasted into a shell as it is. Quoted words stay whole. */
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
  // A single word wider than the window (a long path at 40 columns) is cut: nothing else can fit it.
  return lines.map((l, i) => wrapText(' '.repeat(i ? indent + 4 : indent) + l, width)).join('\n');
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
