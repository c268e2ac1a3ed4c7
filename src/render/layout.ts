// Step 3 of showing a section (after section-markdown.ts and render-markdown.ts).
// The width-dependent last step of rendering: wrapping styled text and drawing tables to fit the
// terminal. Everything before it (Markdown to styled text) does not depend on the width, so for
// the bundled corpus it is done at build time and only this runs at start-up.

import { displayWidth, maxOf, oneColumnEach, stripSgr } from '../util/text.js';
import { wrapText, type UrlFit } from './wrap.js';

/** Styled text of a document, not yet wrapped, with its tables kept apart as cells. */
export interface Prerendered {
  /** Text with a marker \u0000<n>\u0000 where table n goes (NUL never survives sanitising). */
  text: string;
  tables: Table[];
}

/** A table's cells, styled. */
export interface Table {
  head: string[];
  rows: string[][];
  /** Set on the drug table spasm-info adds beside a section (section-markdown.ts), whose first two
   *  columns are a drug class and a drug: names that say what they are (drawList). */
  drugTable?: boolean;
}

export const TABLE_MARKER = /\u0000(\d+)\u0000/g;

/** Lays a prerendered document out in `width` columns; `urls` says what becomes of a URL wider than that. */
export function layout(doc: Prerendered, width: number, urls: UrlFit = 'break'): string {
  const text = doc.text.replace(TABLE_MARKER, (_, n: string) => drawTable(doc.tables[Number(n)], width, urls) + '\n\n');
  return wrapText(text.replace(/\n{3,}/g, '\n\n').trimEnd(), width, undefined, urls) + '\n';
}

/** A table that fits `width`. A row whose first cell is empty continues the group of the row
 *  above it (the members of a drug class), so only groups are ruled off. Where the columns cannot
 *  each hold their longest word, the table becomes a list, which never cuts a word. */
export function drawTable(table: Table, width: number, urls: UrlFit = 'break'): string {
  const { head, rows } = table;
  const measured = measureColumns([head, ...rows]);
  const widths = fitColumns(measured, width);
  // Each column must be as wide as its longest word (with its padding), and the table fit the width.
  if (!measured.longestWord.every((w, i) => w <= widths[i]) || widths.reduce((a, b) => a + b, 0) + widths.length + 1 > width) return drawList(table, width, urls);
  const rule = (left: string, middle: string, right: string) => left + widths.map((w) => '─'.repeat(w)).join(middle) + right;
  const row = (cells: string[]) => {
    const wrapped = widths.map((w, i) => wrapText(cells[i] ?? '', Math.max(1, w - 2)).split('\n'));
    const height = maxOf(wrapped.map((lines) => lines.length), 0);
    // Each line joined once from its parts: built by concatenation, every step made another copy
    // of a line that the box-drawing characters make a two-byte string (`show medications`: 330 KB
    // of young objects for its drug table).
    // Its parts in an array made at its size, the padding cut from a row of spaces (repeat built
    // each from pieces).
    return Array.from({ length: height }, (_, line) => {
      const parts = new Array<string>(1 + 4 * wrapped.length);
      parts[0] = '│';
      for (let i = 0; i < wrapped.length; i++) {
        const text = wrapped[i][line] ?? '';
        parts[1 + 4 * i] = ' ';
        parts[2 + 4 * i] = text;
        parts[3 + 4 * i] = spaces(Math.max(0, widths[i] - 2 - displayWidth(text)));
        parts[4 + 4 * i] = ' │';
      }
      return parts.join('');
    }).join('\n');
  };
  const lines = [rule('┌', '┬', '┐'), row(head), rule('├', '┼', '┤')];
  rows.forEach((cells, i) => {
    if (i > 0 && visible(cells[0]) !== '') lines.push(rule('├', '┼', '┤'));
    lines.push(row(cells));
  });
  lines.push(rule('└', '┴', '┘'));
  return lines.join('\n');
}

const visible = (cell: string | undefined) => stripSgr(cell ?? '').trim();

let SPACES: string | undefined;
/** `n` spaces. */
const spaces = (n: number) => (n <= 200 ? (SPACES ??= ' '.repeat(200)).slice(0, n) : ' '.repeat(n));

/** The table as a list: each group's first cell once, as its heading, then each row's second cell
 *  as an item and the other cells under it. With no header row above them, the cells keep their
 *  column headings as labels ('Adult dose: 400 mg'): the second cell had none, and a dose stood
 *  under its drug unnamed ('Ibuprofen' / '- 400 mg', trial66). The heading is labelled too: a
 *  --data table's first column may hold what means nothing without its column heading (an age, '12
 *  to 17'; a day, '3'), nothing tells those from names that say what they are, and on a name the
 *  label costs only a word ('Drug: Ibuprofen'). spasm-info's drug table is known to hold names there,
 *  a class and a drug, and keeps them bare ('NSAIDs' / '- ibuprofen'), as its list always was. An
 *  empty heading, or an empty cell, gives no ': '. Wraps at word boundaries only. */
export function drawList({ head, rows, drugTable }: Table, width: number, urls: UrlFit = 'break'): string {
  const labels = head.map((text, c) => (visible(text) === '' || (drugTable && c < 2) ? '' : `${text}: `));
  const label = (c: number) => labels[c] ?? '';
  const out: string[] = [];
  rows.forEach((cells, i) => {
    if (visible(cells[0]) !== '') {
      if (i > 0) out.push('');
      out.push(wrapText(label(0) + cells[0], width, undefined, urls));
    }
    // (Only a label asks whether the cell is empty: a visible() a row cost `show medications` at
    // 40 columns, whose drug table has none there, 0.05 M instructions of its 592.6 M.)
    // An empty labelled cell is left out, and the bullet goes on the next cell shown (trial67: a
    // bullet stood alone, "  - ").
    let mark = '  - ';
    if (!labels[1] || visible(cells[1] ?? '') !== '') {
      out.push(wrapText(mark + label(1) + (cells[1] ?? ''), width, undefined, urls));
      mark = '    ';
    }
    for (let c = 2; c < Math.max(head.length, cells.length); c++) {
      if (visible(cells[c]) === '') continue;
      out.push(wrapText(`${mark}${label(c)}${cells[c]}`, width, undefined, urls));
      mark = '    ';
    }
  });
  return out.join('\n');
}

/** What each column holds, measured once: its widest cell and its longest word, each with its
 *  padding (2 columns) and never under 3. */
interface ColumnMeasures {
  natural: number[];
  longestWord: number[];
}

function measureColumns(rows: string[][]): ColumnMeasures {
  const columns = maxOf(rows.map((r) => r.length), 0);
  const natural: number[] = Array(columns).fill(3);
  const longestWord: number[] = Array(columns).fill(3);
  // Index loops, and for text of one-column characters its words measured where they stand, not
  // split out: `show medications` measured its drug table's words as 110 KB of young objects.
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let i = 0; i < columns; i++) {
      const cell = row[i] ?? '';
      const text = cell.includes('\u001B') ? stripSgr(cell) : cell;
      if (oneColumnEach(text)) {
        natural[i] = Math.max(natural[i], text.length + 2);
        longestWord[i] = Math.max(longestWord[i], longestRun(text) + 2);
        continue;
      }
      natural[i] = Math.max(natural[i], displayWidth(text) + 2);
      for (const word of text.split(/\s+/)) longestWord[i] = Math.max(longestWord[i], displayWidth(word) + 2);
    }
  }
  return { natural, longestWord };
}

/** The length of the longest word of text of one-column characters (oneColumnEach), words as
 *  split(/\s+/) finds them: among those characters the only white space is ' ' and U+00A0. */
function longestRun(text: string): number {
  // Word by word (indexOf), not character by character: a loop run cold costs per turn.
  const nbsp = text.includes('\u00A0');
  let longest = 0;
  for (let from = 0; from <= text.length; ) {
    let end = text.indexOf(' ', from);
    if (end < 0) end = text.length;
    if (nbsp) {
      const other = text.indexOf('\u00A0', from);
      if (other >= 0 && other < end) end = other;
    }
    if (end - from > longest) longest = end - from;
    from = end + 1;
  }
  return longest;
}

/** Column widths (including padding) that fit `width`. Each column first gets room for its
 *  longest word, so no word is cut; what is left goes to the columns that want more, in proportion. */
export function columnWidths(rows: string[][], width: number): number[] {
  return fitColumns(measureColumns(rows), width);
}

function fitColumns({ natural, longestWord }: ColumnMeasures, width: number): number[] {
  const columns = natural.length;
  const room = width - (columns + 1);
  if (natural.reduce((a, b) => a + b, 0) <= room) return natural;
  const base = longestWord.reduce((a, b) => a + b, 0) <= room ? longestWord : longestWord.map(() => Math.max(5, Math.floor(room / columns)));
  const spare = room - base.reduce((a, b) => a + b, 0);
  const wants = natural.map((n, i) => Math.max(0, n - base[i]));
  const totalWant = wants.reduce((a, b) => a + b, 0) || 1;
  // Never below 3 (a border and padding): with more columns than fit, spare is negative.
  return base.map((b, i) => Math.max(3, b + Math.floor((spare * wants[i]) / totalWant)));
}
