// Text primitives shared by search, name matching and rendering: folding, tokens, sentences, safety.

import { eastAsianWidth } from 'get-east-asian-width';

/** An SGR escape sequence (colour, bold, …): the only escape sequence spasm-info writes. Global, for
 *  replace() and match(); anchored forms are built from its source. */
export const SGR = /\u001B\[[0-9;]*m/g;

/** Text without its SGR sequences: what a terminal shows of it. */
export function stripSgr(text: string): string {
  return text.replace(SGR, '');
}

/** DEL, the C1 controls, and the Unicode bidirectional marks, embeddings, overrides and isolates,
 *  as the inside of a character class: with C0, what must never reach a terminal. */
export const DEL_C1_BIDI = '\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';

/** Invisible characters that only hide or split words: the soft hyphen, the combining grapheme
 *  joiner, the Hangul fillers (blank letters, two columns wide), Khmer's invisible vowels, zero width
 *  space, word joiner, invisible operators, the deprecated format characters, the byte order mark,
 *  the unassigned specials and interlinear annotation marks. Pasted from a web page, 'he<U+200B>at'
 *  looks like "heat" in an echo yet searches for "he" and "at"; terminals disagree on their width,
 *  so a row holding one goes out of line. (Variation selectors stay, and zero width joiners and
 *  non-joiners between two characters that are not ASCII: emoji and several scripts need them;
 *  sanitize drops the other joiners.) As the inside of a character class; INVISIBLE_ASTRAL has
 *  those beyond U+FFFF. */
export const INVISIBLE = '\\u00AD\\u034F\\u115F\\u1160\\u17B4\\u17B5\\u180E\\u200B\\u2060-\\u2065\\u206A-\\u206F\\u3164\\uFEFF\\uFFA0\\uFFF0-\\uFFFB';

/** Invisible characters beyond U+FFFF, as a pattern of their UTF-16 pairs (no 'u' flag needed): the
 *  shorthand format controls (U+1BCA0-U+1BCA3), musical formatting (U+1D173-U+1D17A), and the tag
 *  characters and the rest of U+E0000-U+E0FFF (the variation selectors supplement among them), the
 *  usual way of hiding text in text. */
export const INVISIBLE_ASTRAL = '\\uD82F[\\uDCA0-\\uDCA3]|\\uD834[\\uDD73-\\uDD7A]|[\\uDB40-\\uDB43][\\uDC00-\\uDFFF]';

/** Characters that must never reach a terminal from data or queries: C0 (except tab and
 *  newline), DEL, C1, the Unicode bidirectional embeddings, overrides and isolates, INVISIBLE and
 *  INVISIBLE_ASTRAL. */
const UNSAFE = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F${DEL_C1_BIDI}${INVISIBLE}]|${INVISIBLE_ASTRAL}`, 'g');

/** A zero width joiner or non-joiner with ASCII or nothing on one side: it joins nothing there
 *  ('zz<U+200D>'), only hides. Between two other characters (an emoji sequence, Devanagari,
 *  Persian) it stays. */
const LONE_JOINER = /(?<![^\x00-\x7F])[\u200C\u200D]|[\u200C\u200D](?![^\x00-\x7F])/g;
const JOINER = /[\u200C\u200D]/;

/** Tabs, vertical tabs, form feeds, carriage returns (trial19: 'ice pack\rEMERGENCY' searched for
 *  "packEMERGENCY"), the Unicode line and paragraph separators and a raw NEL (U+0085, a line break of its own;
 *  also what a file's "…" becomes when its Windows-1252 bytes are read as Latin-1): a space where
 *  they stand, so the words either side stay apart. (`&#133;` is dropped as other C1 references
 *  are, by marked-terminal in `show` and by decodeEntities in snippets alike.) Terminals disagree on U+2028 and U+2029 (a box,
 *  nothing, or a printable of width 1), so a row holding one goes out of line; and marked would end a
 *  table row at one. */
const BLANKS = /[\t\u000B\u000C\r\u0085\u2028\u2029]/g;
/** A Windows line end: a line end, not a space and a line end. */
const CRLF = /\r\n/g;

/** Removes every control, bidi-control and invisible character; tabs, carriage returns and line
 *  separators become spaces (a Windows line end a newline). Keeps newlines. */
export function sanitize(text: string): string {
  const safe = (text.includes('\r') ? text.replace(CRLF, '\n') : text).replace(BLANKS, ' ').replace(UNSAFE, '');
  return JOINER.test(safe) ? safe.replace(LONE_JOINER, '') : safe;
}

/** What sanitize removes (control, bidi-control and invisible characters, and lone joiners) written
 *  as escapes instead (\u202E, \u{E0041}): for echoing a value the user typed, which shown with
 *  them removed would read as another ('al<U+200B>ways' is not 'always'). ASCII only, so safe. */
export function escapeUnsafe(text: string): string {
  const escape = (c: string) => {
    const code = c.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16).toUpperCase()}}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  };
  const out = text.replace(UNSAFE, escape);
  return JOINER.test(out) ? out.replace(LONE_JOINER, escape) : out;
}

/** escapeUnsafe, and a tab or line break written as its escape too ('a\nb'): what a message quotes
 *  of a name, on one line, shows what was typed (trial47: a --data file name's newline showed as a
 *  space). */
export function escapeForLine(text: string): string {
  return escapeUnsafe(text).replace(/[\t\n\u2028\u2029]/g, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`));
}

/** The same for text already styled by the renderer: its SGR colour codes (and the layout's table
 *  markers, NUL digits NUL) stay, every other control or bidi character goes. Rendering decodes HTML
 *  entities (`&#8238;` is U+202E), so what is printed is sanitised after rendering, not only before. */
export function sanitizeStyled(text: string): string {
  // An SGR code or a marker is 3 or more characters; an astral invisible character's pair is 2.
  return text.replace(BLANKS, ' ').replace(UNSAFE_STYLED, (match) => (match.length > 2 ? match : ''));
}

const UNSAFE_STYLED = new RegExp(`${SGR.source}|\u0000\\d+\u0000|${UNSAFE.source}`, 'g');

/** The same, for one line of output: newlines become spaces too. */
export function sanitizeLine(text: string): string {
  // Most text has nothing to change: one test instead of three replacements (list prints three
  // fields of every section, 30,000 at 10,000 sections).
  if (!LINE_UNSAFE.test(text)) return text;
  return sanitize(text).replace(/[\n\u2028\u2029]+/g, ' ');
}

/** What sanitizeLine changes: tabs, newlines and line separators, UNSAFE and joiners. */
const LINE_UNSAFE = new RegExp(`[\\t\\n\\u2028\\u2029\\u0000-\\u0008\\u000B-\\u001F${DEL_C1_BIDI}${INVISIBLE}\\u200C\\u200D]|${INVISIBLE_ASTRAL}`);

/** Case- and accent-folded form used for every comparison. */
export function fold(text: string): string {
  // ASCII has no decompositions and no marks: only the case to fold. Measured: a search folds a
  // couple of hundred texts, most of them ASCII; this skips their normalisation and mark pattern
  // (a third of fold's allocation, and compiling the \p{M} pattern when nothing else needs it).
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(MARKS(), '').toLowerCase();
}

/** A pattern with Unicode property classes (\p{…}), made the first time it is used. Written as a
 *  literal, V8 checks its classes whenever it parses the file, used or not: 4.6 M instructions for
 *  /[\p{L}\p{N}]+/gu at every start of every command (callgrind); made with new RegExp, 2.3 M, and
 *  only by a command that uses it. */
export function unicodePattern(source: string, flags: string): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= new RegExp(source, flags));
}

const MARKS = unicodePattern('\\p{M}+', 'gu');

const NON_ASCII = /[^\x00-\x7F]/;

/** A run of letters and digits: a word. One pattern for every module that reads words (global:
 *  use it with match or matchAll, which do not depend on its lastIndex). */
export const WORD = unicodePattern('[\\p{L}\\p{N}]+', 'gu');

/** Text whose every character is ASCII or general punctuation (dashes, quotes, ellipsis: U+2010 to
 *  U+205E, none of them a letter or digit). */
const ASCII_LETTERS_ONLY = /^[\x00-\x7F\u2010-\u205E]*$/;
const ASCII_WORD = /[A-Za-z0-9]+/g;

/** WORD, or for text whose letters and digits are all ASCII (nearly all text here) a pattern that
 *  finds the same words without Unicode classes: compiling WORD's costs 2.5 M instructions
 *  (callgrind), which a search paid for its query's words and snippets, and `show` for its name. */
export function wordPattern(text: string): RegExp {
  return ASCII_LETTERS_ONLY.test(text) ? ASCII_WORD : WORD();
}

/** Folded words of a text, in order. */
export function words(text: string): string[] {
  return wordsOfFolded(fold(text));
}

/** The words of a text already folded, in order. */
export function wordsOfFolded(folded: string): string[] {
  return folded.match(wordPattern(folded)) ?? [];
}

/** A light English stemmer: enough to meet "exercises" with "exercise" and "stretching" with
 *  "stretch", never so aggressive that unrelated words collide. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  // endsWith, not a pattern: compiled at its first run, the pattern cost every search about 0.1 ms.
  if (word.endsWith('ches') || word.endsWith('shes') || word.endsWith('sses') || word.endsWith('xes')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** Markdown to plain prose: drops emphasis markers, heading hashes, list bullets and links' targets.
 *  Every step is linear in the text: no pattern here can backtrack over more than a line or a
 *  bracket (a body of 250,000 '[' once took 96 s), and emphasis is paired by stripEmphasis. */
export function markdownToPlain(markdown: string): string {
  return decodeEntities(stripEmphasis(
    markdown
      // [ \t], not \s: a heading keeps the blank line before it, so it is never one sentence with
      // the paragraph above (a list item's source note ran into the heading after it).
      .replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, '')
      // Each list item is a paragraph of its own, so it is never merged into one sentence with the next.
      .replace(/^[ \t]*(?:[-*+]|\d+[.)])\s+/gm, '\n')
      // A link's text stays, its target (which may hold one level of parentheses) goes.
      .replace(/!?\[([^[\]]*)\]\([^()]*(?:\([^()]*\)[^()]*)*\)/g, '$1'),
  )
    .replace(/^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$/gm, '')
    .replace(/\|/g, ' '));
}

/** A character reference (`&#8238;`, `&#x202e;`) or one of the five entities marked-terminal decodes
 *  for `show`: search snippets read as `show` prints the same text, `&amp;` as "&". */
const ENTITY = /&(?:#(\d{1,7})|#[Xx]([0-9A-Fa-f]{1,6})|(amp|lt|gt|quot));/g;

/** HTML entities decoded once, as marked reads them for `show`: a reference to 0, a surrogate or a
 *  code point past U+10FFFF is U+FFFD; `&amp;#27;` is the text "&#27;". A reference to a control,
 *  bidi or invisible character is dropped (a tab, newline or line separator is a space), so no
 *  terminal is steered by `&#27;` whatever later prints the text. Linear: one pass, each
 *  alternative bounded. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : '"';
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
    const ch = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
    return LINE_UNSAFE.test(ch) ? (/[\t\n\u2028\u2029]/.test(ch) ? ' ' : '') : ch;
  });
}

const EMPHASIS = ['**', '__', '*', '_', '`'];

/** Removes emphasis and code markers around text: what `text.replace(/(\*\*|__|\*|_|`)(?=\S)([\s\S]*?\S)\1/g, '$2')`
 *  does, in linear time. That pattern scans to the end of the text for every marker that has no
 *  partner (quadratic); here each marker kind's possible closing positions are listed once, and a
 *  pointer per kind only moves forward. */
export function stripEmphasis(text: string): string {
  const solid = (at: number) => at >= 0 && at < text.length && !/\s/.test(text[at]);
  // Where each marker could close: the marker, right after a non-space character.
  const closers = EMPHASIS.map((marker) => {
    const at: number[] = [];
    for (let i = text.indexOf(marker, 1); i !== -1; i = text.indexOf(marker, i + 1)) if (solid(i - 1)) at.push(i);
    return at;
  });
  const next = EMPHASIS.map(() => 0);
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '*' && c !== '_' && c !== '`') continue;
    for (let k = 0; k < EMPHASIS.length; k++) {
      const marker = EMPHASIS[k];
      if (!text.startsWith(marker, i) || !solid(i + marker.length)) continue;
      const list = closers[k];
      const from = i + marker.length + 1;
      while (next[k] < list.length && list[next[k]] < from) next[k]++;
      if (next[k] === list.length) continue;
      const end = list[next[k]];
      out += text.slice(copied, i) + text.slice(i + marker.length, end);
      copied = end + marker.length;
      i = copied - 1;
      break;
    }
  }
  return out + text.slice(copied);
}

const SENTENCE_BREAK = unicodePattern('(?<=[.!?][)"”’]?)\\s+(?=[\\p{Lu}\\p{N}("“*])', 'u');

/** Splits prose into sentences. A sentence ends at . ! or ? followed by space and a capital,
 *  a digit or an opening mark; paragraph breaks always end one. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const flat = paragraph.replace(/\s+/g, ' ').trim();
    if (!flat) continue;
    for (const part of flat.split(SENTENCE_BREAK())) {
      if (part.trim()) out.push(part.trim());
    }
  }
  return out;
}

/** The three rows editDistance works in, reused: allocating them at each call was most of a typo
 *  search's garbage, as a misspelt word is compared with every corpus word of about its length
 *  (42,000 words at 10,000 sections). */
let rows = new Int32Array(3 * 64);

/** Damerau–Levenshtein (optimal string alignment) distance, giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  const width = n + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width);
  const d = rows;
  // Offsets of the row before the previous one, the previous one and the current one.
  let prevPrev = 0;
  let prev = width;
  let cur = 2 * width;
  for (let j = 0; j <= n; j++) {
    d[prevPrev + j] = 0;
    d[prev + j] = j;
    d[cur + j] = 0;
  }
  for (let i = 1; i <= a.length; i++) {
    d[cur] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(d[prev + j] + 1, d[cur + j - 1] + 1, d[prev + j - 1] + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, d[prevPrev + j - 2] + 1);
      }
      d[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const oldest = prevPrev;
    prevPrev = prev;
    prev = cur;
    cur = oldest;
  }
  return d[prev + n];
}

/** `text` cut to at most `width` columns, with `ellipsis` where it was cut (the ellipsis alone when
 *  `width` is narrower than it). */
export function cutToColumns(text: string, width: number, ellipsis = '…'): string {
  if (displayWidth(text) <= width) return text;
  const room = Math.max(displayWidth(ellipsis), width) - displayWidth(ellipsis);
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > room) break;
    out += ch;
  }
  return out + ellipsis;
}

/** Text whose every character is one column wide and stands alone (no mark, joiner, control or
 *  escape code among them): printable ASCII, Latin, the general punctuation (dashes, quotes,
 *  ellipsis), arrows, operators, box drawing, blocks and shapes. Its width is its length, found by
 *  one native test. Measuring the borders of a drawn table character by character below made V8
 *  optimise displayWidth with TurboFan during `show medications` (6 ms on the main thread), and a
 *  dash or a quote compiled the \p{M} pattern. test/text.test.ts checks the ranges. */
const ONE_COLUMN_EACH = /^[\x20-\x7E\u00A0-\u02FF\u2010-\u2027\u2030-\u205E\u2190-\u2319\u2500-\u25FC]*$/;

/** Whether every character of `text` takes one column: then its width is its length, and so is
 *  the width of any part of it. */
export const oneColumnEach = (text: string) => ONE_COLUMN_EACH.test(text);

/** Width of a string on a terminal, ignoring SGR escape sequences: East Asian Wide and Fullwidth
 *  characters (CJK, most emoji: ☕) count 2, marks and joiners 0, and an emoji sequence joined by
 *  ZWJ (👨‍👩‍👧, 🧑‍⚕️) is one character of 2. A character one column wide followed by VS16
 *  (U+FE0F, emoji presentation: ⚠️ ❤️ 🌡️ ©️ 1️⃣) counts 2: terminals that draw it as an emoji (kitty,
 *  WezTerm, iTerm2, Windows Terminal, foot) give it two columns, as string-width counts it; counted
 *  1, a line of them overflowed those terminals by a column each (harden23), and on a terminal
 *  that gives it one the line is only shorter.
 *  The width table is get-east-asian-width's. string-width would also segment graphemes, but it costs
 *  start-up: measured under callgrind, `new Intl.Segmenter()` adds 92 M instructions and compiling its
 *  \p{RGI_Emoji} regex 202 M, against 501 M for all of `node -e 0`; the joining rules here are few. */
export function displayWidth(text: string): number {
  // Most text is printable ASCII, or has only characters one column wide that join nothing (and
  // then no escape code either).
  if (ONE_COLUMN_EACH.test(text)) return text.length;
  const visible = text.includes('\u001B') ? stripSgr(text) : text;
  if (visible !== text && ONE_COLUMN_EACH.test(visible)) return visible.length;
  let width = 0;
  let joined = false;
  // The width the last character added: VS16 widens one of 1 to 2.
  let last = 0;
  for (const ch of visible) {
    const cp = ch.codePointAt(0)!;
    if (cp === ZWJ) {
      joined = true;
      continue;
    }
    // Below U+0300 (Latin, punctuation) there are no marks and nothing wide.
    if (cp < 0x300) {
      width += last = 1;
      joined = false;
      continue;
    }
    if (cp === VS16) {
      if (last === 1) width += 1;
      last = 0;
      continue;
    }
    if (isZeroWidth(cp) || MARK().test(ch)) continue;
    const w = isNarrow(cp) ? 1 : eastAsianWidth(cp);
    // An emoji joined to the one before shares its cell pair (a wide one, or a pictograph of one
    // column: ⚕ in 🧑‍⚕️); in other scripts a joiner only changes the letters' shapes, and each
    // letter keeps its width.
    if (joined && (w === 2 || PICTOGRAPH().test(ch))) last = 0;
    else width += last = w;
    joined = false;
  }
  return width;
}

const VS16 = 0xfe0f;
const PICTOGRAPH = unicodePattern('^\\p{Extended_Pictographic}$', 'u');
const ZWJ = 0x200d;

/** Ranges below U+25FD with nothing East Asian Wide in them, answered without the table: layout
 *  measures box-drawing lines and punctuation often, and the lookup cost `show medications` 3% more
 *  instructions. test/text.test.ts checks these ranges against the table. */
export function isNarrow(cp: number): boolean {
  return cp < 0x1100 || (cp >= 0x1160 && cp < 0x231a) || (cp >= 0x23f4 && cp < 0x25fd);
}
const MARK = unicodePattern('^\\p{M}$', 'u');

/** Zero width space, variation selectors, emoji skin-tone modifiers and tags: part of the
 *  character before them on screen. */
function isZeroWidth(cp: number): boolean {
  return cp === 0x200b || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f);
}

/** The largest of some numbers, or `floor` if none is larger. Math.max(...list) passes every value
 *  as an argument and overflows the stack past about 100,000 of them (a table's rows, a list of
 *  sections); this does not. */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}
