// Used by every step that fits text to a width (layout.ts, format-results.ts, the plan and help).
// Word wrapping that understands SGR colour codes and wide characters, with hanging indents,
// so paragraphs, list items and table cells all fit the terminal.

import { displayWidth, oneColumnEach, SGR } from '../util/text.js';

const LEADING_SPACE = new RegExp(`^(?:[^\\S\\u00A0]|${SGR.source})*`);
const TOKEN = /(?:[^\s]|\u00A0)+|[^\S\u00A0]+/g;
const BLANK = /^\s+$/;
const URL_START = new RegExp(`^(?:${SGR.source})*[a-z][a-z0-9+.-]{0,31}:\\/\\/\\S`, 'i');
/** Codes that end a style: reset, and the "off" codes for bold/dim, italic, underline, inverse, hidden, strike, colours. */
const CLOSERS = new Set(['0', '22', '23', '24', '27', '28', '29', '39', '49']);

/** Joins words that must never be split across lines (a command such as `spasm-info show
 *  red-flags`): a no-break space, which wrapText turns back into a plain space, so the command can
 *  still be copied and pasted into a shell. */
export const GLUE = '\u00A0';

/** A number and the unit of measure after it ("4,000 mg", "30 mL", "2.88 g"), as typesetting keeps
 *  them: never a line that ends "… paracetamol 4,000" with "mg." alone on the next (review60, at
 *  40 columns); colour codes of a highlight may stand on either side of the space (review63). */
const NUMBER_UNIT = /(\d(?:\u001B\[[0-9;]*m)*) (?=(?:\u001B\[[0-9;]*m)*(?:mg|mcg|g|kg|ml|mL)\b)/g;

/** Words glued with GLUE, so that wrapping keeps them on one line. */
export const glue = (text: string) => text.replace(/ /g, GLUE);

/** What to do with a URL wider than the line. 'break': cut it after a '/', '?', '&', '=' or '-'
 *  (never inside its scheme), its pieces on lines of their own under its start, so that a screen of
 *  40 columns shows all of it. 'whole': leave it whole on a line of its own, for output that is not
 *  laid out for a screen (a pipe with no width asked for: see urlFit in src/cli/terminal.ts). */
export type UrlFit = 'break' | 'whole';

/** Wraps every line of `text` to `width` columns. A continuation line is indented to where the
 *  text of its line starts, after any list bullet or number, so list items hang correctly;
 *  `hang` sets that indent instead. */
export function wrapText(text: string, width: number, hang?: number, urls: UrlFit = 'break'): string {
  // A number and its unit are one word to the wrap (below).
  const glued = text.replace(NUMBER_UNIT, `$1${GLUE}`);
  // One line (a table cell, a search hit's line) is most calls: no split and join for it.
  const wrapped = glued.includes('\n') ? glued.split('\n').map((line) => wrapLine(line, width, hang, urls)).join('\n') : wrapLine(glued, width, hang, urls);
  return wrapped.includes(GLUE) ? wrapped.replace(/\u00A0/g, ' ') : wrapped;
}

/** `text` wrapped to fit `width` columns after an `indent`-column margin, every line indented:
 *  a block whose left edge stays in its column. */
export function indentBlock(text: string, indent: number, width: number, urls: UrlFit = 'break'): string {
  const pad = ' '.repeat(indent);
  return wrapText(text, Math.max(1, width - indent), undefined, urls)
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
}

function hangingIndent(plain: string): number {
  const m = /^(\s*(?:[-*+\u2022]\s+|\d+[.)]\s+)?)/.exec(plain);
  return m ? displayWidth(m[1]) : 0;
}

export function wrapLine(line: string, width: number, hang?: number, urls: UrlFit = 'break'): string {
  // A line of characters one column wide (most are) has parts as wide as they are long: measured
  // once here, not at every word.
  const simple = oneColumnEach(line);
  if ((simple ? line.length : displayWidth(line)) <= width) return line;
  const widthOf = simple ? (part: string) => part.length : displayWidth;
  const styled = line.includes('\u001B');
  const indent = Math.min(hang ?? hangingIndent(styled ? line.replace(SGR, '') : line), Math.floor(width / 2));
  const pad = ' '.repeat(indent);

  // Split into leading space, then words with their following spaces (escape codes stay attached).
  const leading = LEADING_SPACE.exec(line)![0];

  const lines: string[] = [];
  let atContinuation = false;
  let current = leading;
  let currentWidth = widthOf(leading);
  let active: string[] = [];
  const track = (chunk: string) => {
    if (!styled || !chunk.includes('\u001B')) return;
    for (const code of chunk.match(SGR) ?? []) {
      const params = code.slice(2, -1) || '0';
      if (params.split(';').some((p) => CLOSERS.has(p))) active = params === '0' ? [] : active.filter((c) => !closes(params, c));
      else active.push(code);
    }
  };
  const breakLine = () => {
    lines.push(current.trimEnd() + (active.length ? '\u001B[0m' : ''));
    current = pad + active.join('');
    currentWidth = indent;
    atContinuation = true;
  };

  // After a URL broken over lines, what follows it starts a line of its own, so that where the
  // address ends is plain to see (and to select).
  let afterBrokenUrl = false;
  if (styled) track(leading);
  // A no-break space (GLUE) belongs to its word.
  // An index loop, not for-of: run cold, for-of allocated an iterator result for every word of
  // every line wrapped (most of a drawn table's cells).
  const tokens = line.slice(leading.length).match(TOKEN) ?? [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    // Space, or a word of no-break spaces alone, which counts as space; a token that starts with a
    // printable character other than a space is a word.
    const first = token.charCodeAt(0);
    const blank = first === 0x20 || ((first < 0x21 || first > 0x7e) && BLANK.test(token));
    if (afterBrokenUrl && !blank) {
      afterBrokenUrl = false;
      breakLine();
    }
    if (blank) {
      // Spaces at the start of a continuation line would spoil the hanging indent.
      if (!atContinuation) {
        current += token;
        currentWidth += widthOf(token);
      }
      continue;
    }
    let rest = token;
    // (The scheme's length is bounded so that this test is cheap on a word of megabytes.)
    const url = token.includes('://') && URL_START.test(token);
    // Where the scheme ends ('https://'): a URL is never cut before it.
    let schemeEnd = url ? token.indexOf('://') + 3 : 0;
    // Measured once: a word longer than the line is cut into pieces, and measuring what is left
    // after each cut would make a long word quadratic (a 5 MB word took 53 s).
    let restWidth = widthOf(rest);
    while (rest) {
      if (currentWidth + restWidth <= width) {
        current += rest;
        currentWidth += restWidth;
        track(rest);
        rest = '';
        atContinuation = false;
      } else if (currentWidth - (current.length - current.trimEnd().length) > indent) {
        // (Trailing spaces are measured only here, where a line may end: measuring them at every
        // word read the whole line again each time.)
        breakLine();
      } else if (url && urls === 'whole') {
        // A URL longer than the line stands whole on a line of its own, for the script or the
        // pager at the other end of a pipe, which can fold a long line itself.
        current += rest;
        currentWidth += restWidth;
        track(rest);
        rest = '';
        atContinuation = false;
      } else {
        // A word longer than the line: cut it where it fills the line, or after its last no-break
        // space there (words joined so, as a corpus's text may have them, still end at a word), else
        // after its last hyphen (a compound breaks between its parts), if that keeps at least half of
        // the line. (A no-break space ending a line goes with trimEnd, as a space does.)
        let [end, cutWidth] = url ? cutUrl(rest, width - currentWidth, schemeEnd) : cutToWidth(rest, width - currentWidth);
        schemeEnd = 0;
        const whole = url || end >= rest.length;
        const space = whole ? -1 : rest.lastIndexOf(GLUE, end);
        const hyphen = whole ? -1 : rest.lastIndexOf('-', end - 1);
        const at = space >= 0 && space + 1 >= end / 2 ? space : hyphen;
        if (at >= 0 && at + 1 >= end / 2) {
          end = at + 1;
          cutWidth = widthOf(rest.slice(0, end));
        }
        const head = rest.slice(0, end);
        current += head;
        track(head);
        rest = rest.slice(end);
        restWidth -= cutWidth;
        afterBrokenUrl = url;
        breakLine();
      }
    }
  }
  lines.push(current.trimEnd());
  return lines.join('\n');
}

/** Characters a URL is cut after: the ends of its parts (path, query, parameter, value, word). */
const URL_BREAK = '/?&=-';

/** Where to cut a URL (or what is left of one) so that its first part fits `room` columns: after
 *  the last '/', '?', '&', '=' or '-' that fits, else after the last '.', else where the line is full;
 *  never before `minEnd` (the end of the scheme, 'https://', on the first cut), even if the part is
 *  then wider than the room. Returns the cut and that part's width; one pass over the part. */
function cutUrl(token: string, room: number, minEnd: number): [number, number] {
  let natural: [number, number] | undefined;
  let dot: [number, number] | undefined;
  const [i, width] = scanWidth(token, room, minEnd, (ch, at, w) => {
    // A cut just after the scheme would leave 'https://' alone on its line: the host goes with it.
    if (at > minEnd && at < token.length) {
      if (URL_BREAK.includes(ch)) natural = [at, w];
      else if (ch === '.') dot = [at, w];
    }
  });
  if (i >= token.length) return [i, width];
  return natural ?? dot ?? [i, width];
}

function closes(closer: string, openCode: string): boolean {
  const open = openCode.slice(2, -1);
  const pairs: Record<string, string[]> = { '22': ['1', '2'], '23': ['3'], '24': ['4'], '27': ['7'], '28': ['8'], '29': ['9'] };
  const first = open.split(';')[0];
  if (closer === '39') return /^(3[0-7]|9[0-7]|38)$/.test(first);
  if (closer === '49') return /^(4[0-7]|10[0-7]|48)$/.test(first);
  return (pairs[closer] ?? []).includes(first);
}

const SGR_AT = new RegExp(SGR.source, 'y');
const ZWJ = 0x200d;
const isRegional = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff;

/** Where to cut a token so that its first part is at most `room` columns wide (at least one
 *  character), and that part's width. One pass over the part, whatever the token's length. */
function cutToWidth(token: string, room: number): [number, number] {
  return scanWidth(token, room, 0);
}

/** The pass both cuts make: characters (SGR sequences skipped, wide ones counted twice) until the
 *  next would pass `room`, never stopping before `minEnd`; `after` sees each character taken, where
 *  it ends and the width so far. Returns where it stopped and the width taken. */
function scanWidth(token: string, room: number, minEnd: number, after?: (ch: string, end: number, width: number) => void): [number, number] {
  let width = 0;
  let i = 0;
  while (i < token.length) {
    if (token.charCodeAt(i) === 0x1b) {
      SGR_AT.lastIndex = i;
      if (SGR_AT.test(token)) {
        i = SGR_AT.lastIndex;
        continue;
      }
    }
    const code = token.codePointAt(i)!;
    let ch = String.fromCodePoint(code);
    // An emoji sequence joined by ZWJ (👨‍👩‍👧) is one character on screen, as displayWidth
    // measures it: never cut inside it, nor counted as its parts' widths (a word of them was cut into
    // lines a third as wide as the window, and then one wider than it). What takes no column of its
    // own (a variation selector, a skin tone, a combining mark, a tag) goes with the character before
    // it too: the ZWJ of 🏳️‍🌈 follows its VS16, and a cut before a VS16 or an accent began a line.
    for (;;) {
      const next = token.codePointAt(i + ch.length) ?? 0;
      if (next === ZWJ && i + ch.length + 1 < token.length) ch += '\u200D' + String.fromCodePoint(token.codePointAt(i + ch.length + 1)!);
      else if (next >= 0x300 && displayWidth(String.fromCodePoint(next)) === 0) ch += String.fromCodePoint(next);
      else break;
    }
    // So is a flag, two regional indicator letters (🇬🇧): cut between them, the line ended in a
    // lone G and every flag after it read as the next pair (🇧🇬, Bulgaria).
    if (ch.length === 2 && isRegional(code) && isRegional(token.codePointAt(i + 2) ?? 0)) ch += token.slice(i + 2, i + 4);
    // (Printable ASCII, most of a URL, is one column without a call.)
    const w = code >= 0x20 && code < 0x7f && ch.length === 1 ? 1 : displayWidth(ch);
    if (width + w > room && width > 0 && i >= minEnd) break;
    width += w;
    i += ch.length;
    after?.(ch, i, width);
  }
  return [i, width];
}
