// Text primitives shared by search, name matching and rendering: folding, tokens, sentences, safety.

/** Characters that must never reach a terminal from data or queries: C0 (except tab and
 *  newline), DEL, C1, and the Unicode bidirectional embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Removes every control and bidi-control character; tabs become spaces. Keeps newlines. */
export function sanitize(text: string): string {
  return text.replace(/\t/g, ' ').replace(UNSAFE, '');
}

/** The same, for one line of output: newlines become spaces too. */
export function sanitizeLine(text: string): string {
  return sanitize(text).replace(/[\n\u2028\u2029]+/g, ' ');
}

/** Case- and accent-folded form used for every comparison. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Folded words of a text, in order. */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/** A light English stemmer: enough to meet "exercises" with "exercise" and "stretching" with
 *  "stretch", never so aggressive that unrelated words collide. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (/(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** Markdown to plain prose: drops emphasis markers, heading hashes, list bullets and links' targets. */
export function markdownToPlain(markdown: string): string {
  return markdown
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    // Each list item is a paragraph of its own, so it is never merged into one sentence with the next.
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '\n')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*$/gm, '')
    .replace(/\|/g, ' ');
}

/** Splits prose into sentences. A sentence ends at . ! or ? followed by space and a capital,
 *  a digit or an opening mark; paragraph breaks always end one. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const flat = paragraph.replace(/\s+/g, ' ').trim();
    if (!flat) continue;
    for (const part of flat.split(/(?<=[.!?][)"”’]?)\s+(?=[\p{Lu}\p{N}("“*])/u)) {
      if (part.trim()) out.push(part.trim());
    }
  }
  return out;
}

/** Damerau–Levenshtein (optimal string alignment) distance, giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prevPrev[j - 2] + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return prev[n];
}

/** Width of a string on a terminal, ignoring SGR escape sequences; wide (CJK) characters count 2. */
export function displayWidth(text: string): number {
  const visible = text.includes('\u001B') ? text.replace(/\u001B\[[0-9;]*m/g, '') : text;
  // Most text is printable ASCII: one column a character.
  if (/^[\x20-\x7E]*$/.test(visible)) return visible.length;
  let width = 0;
  for (const ch of visible) {
    const cp = ch.codePointAt(0)!;
    if (/\p{M}/u.test(ch) || cp === 0x200b) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
