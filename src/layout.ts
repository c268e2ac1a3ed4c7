// The width-dependent last step of rendering: wrapping styled text and drawing tables to fit the
// terminal. Everything before it (Markdown to styled text) does not depend on the width, so for
// the bundled corpus it is done at build time and only this runs at start-up.

import { displayWidth } from './text.js';
import { wrapText } from './wrap.js';

/** Styled text of a document, not yet wrapped, with its tables kept apart as cells. */
export interface Prerendered {
  /** Text with a marker \u0000<n>\u0000 where table n goes (NUL never survives sanitising). */
  text: string;
  tables: { head: string[]; rows: string[][] }[];
}

export const TABLE_MARKER = /\u0000(\d+)\u0000/g;

/** Lays a prerendered document out in `width` columns. */
export function layout(doc: Prerendered, width: number): string {
  const text = doc.text.replace(TABLE_MARKER, (_, n: string) => drawTable(doc.tables[Number(n)], width) + '\n\n');
  return wrapText(text.replace(/\n{3,}/g, '\n\n').trimEnd(), width) + '\n';
}

/** A box-drawn table whose columns fit `width`; cells wrap at word boundaries, keeping their styles. */
export function drawTable({ head, rows }: Prerendered['tables'][number], width: number): string {
  const widths = columnWidths([head, ...rows], width);
  const rule = (left: string, middle: string, right: string) => left + widths.map((w) => '─'.repeat(w)).join(middle) + right;
  const row = (cells: string[]) => {
    const wrapped = widths.map((w, i) => wrapText(cells[i] ?? '', Math.max(1, w - 2)).split('\n'));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    return Array.from({ length: height }, (_, line) =>
      '│' + wrapped.map((lines, i) => {
        const text = lines[line] ?? '';
        return ' ' + text + ' '.repeat(Math.max(0, widths[i] - 2 - displayWidth(text))) + ' ';
      }).join('│') + '│',
    ).join('\n');
  };
  const body = [head, ...rows].map(row).join('\n' + rule('├', '┼', '┤') + '\n');
  return [rule('┌', '┬', '┐'), body, rule('└', '┴', '┘')].join('\n');
}

/** Column widths (including padding) that fit `width`. Each column first gets room for its
 *  longest word, so no word is cut; what is left goes to the columns that want more, in proportion. */
export function columnWidths(rows: string[][], width: number): number[] {
  const columns = Math.max(...rows.map((r) => r.length));
  const cells = (i: number) => rows.map((r) => (r[i] ?? '').replace(/\u001B\[[0-9;]*m/g, ''));
  const natural = Array.from({ length: columns }, (_, i) => Math.max(3, ...cells(i).map((c) => displayWidth(c) + 2)));
  const longestWord = Array.from({ length: columns }, (_, i) =>
    Math.max(3, ...cells(i).flatMap((c) => c.split(/\s+/)).map((w) => displayWidth(w) + 2)),
  );
  const room = width - (columns + 1);
  if (natural.reduce((a, b) => a + b, 0) <= room) return natural;
  const base = longestWord.reduce((a, b) => a + b, 0) <= room ? longestWord : longestWord.map(() => Math.max(5, Math.floor(room / columns)));
  const spare = room - base.reduce((a, b) => a + b, 0);
  const wants = natural.map((n, i) => Math.max(0, n - base[i]));
  const totalWant = wants.reduce((a, b) => a + b, 0) || 1;
  return base.map((b, i) => b + Math.floor((spare * wants[i]) / totalWant));
}
