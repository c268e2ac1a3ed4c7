// Bounds on the Markdown of a section body that the renderer and the layout can handle: how deep
// lists and block quotes nest (marked recurses once per level; 2,000 levels overflowed the stack)
// and how many columns a table has (each column needs room on the screen). Both are found in one
// linear pass over the text, without parsing it; each is an upper bound on what marked would see.

/** The most levels of lists and block quotes a body may nest. */
export const MAX_NESTING = 20;
/** The most columns a table may have. */
export const MAX_TABLE_COLUMNS = 20;

const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;

/** An upper bound on how deep lists and block quotes nest at any line: each level needs a marker
 *  (`>`, or `-`, `*`, `+`, `1.`, `1)` followed by a space) or two more columns of indentation. */
export function nestingDepth(text: string): number {
  let deepest = 0;
  let i = 0;
  while (i < text.length) {
    // Markers at the start of the line, and the indentation among them (one space after a marker
    // belongs to the marker).
    let depth = 0;
    let columns = 0;
    let afterMarker = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if ((c === SPACE || c === TAB) && afterMarker) afterMarker = false;
      else if (c === SPACE) columns++;
      else if (c === TAB) columns += 4 - (columns % 4);
      else if (c === 62 /* > */) {
        depth++;
        afterMarker = true;
      } else if ((c === 45 || c === 42 || c === 43) && isBlankOrEnd(text, i + 1)) {
        depth++; // - * +
        afterMarker = true;
      } else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < text.length && j - i < 10 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        const after = text.charCodeAt(j);
        if ((after === 46 || after === 41) && isBlankOrEnd(text, j + 1)) {
          depth++;
          afterMarker = true;
          i = j;
        } else break;
      } else break;
      i++;
    }
    deepest = Math.max(deepest, depth + (columns >> 1));
    const next = text.indexOf('\n', i);
    if (next === -1) break;
    i = next + 1;
  }
  return deepest;
}

function isBlankOrEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return i >= text.length || c === SPACE || c === TAB || c === NEWLINE;
}

/** The most columns of any table: counted on delimiter rows (`| --- | :-: |`), which decide a
 *  table's columns in GitHub Markdown, inside block quotes too. */
export function tableColumns(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) {
    const row = line.replace(/^[ \t>]*/, '');
    if (!row.includes('-') || !row.includes('|') || !/^[|:\- \t]+$/.test(row)) continue;
    widest = Math.max(widest, row.split('|').filter((cell) => cell.includes('-')).length);
  }
  return widest;
}
