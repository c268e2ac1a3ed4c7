import { describe, expect, it } from 'vitest';
import { eastAsianWidth } from 'get-east-asian-width';
import { cutToColumns, displayWidth, isNarrow, oneColumnEach, WORD, wordPattern, words } from '../src/util/text.js';
import { normalizeName } from '../src/corpus/names.js';

describe('displayWidth: columns a terminal gives a text', () => {
  it.each([
    ['plain ASCII', 'neck spasm', 10],
    ['an em dash and curly quotes', '“heat” — ice', 12],
    ['colour codes take no room', '\u001B[1m\u001B[36mab\u001B[39m\u001B[22m', 2],
    ['CJK', '頸部', 4],
    ['a combining accent', 'he\u0301at', 4],
    ['a hot beverage (East Asian Wide)', '☕', 2],
    ['a ZWJ family', '👨\u200D👩\u200D👧', 2],
    ['an emoji with a skin tone', '👍🏽', 2],
    ['an emoji with a variation selector', '☕\uFE0F', 2],
    ['a joiner between Devanagari letters keeps both', 'क्\u200Dष', 2],
    ['a zero width space', 'a\u200Bb', 2],
  ])('%s: %j is %i', (_, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

it('the ranges displayWidth answers without the table agree with the table', () => {
  const disagree = [];
  for (let cp = 0; cp < 0x2600; cp++) if (isNarrow(cp) && eastAsianWidth(cp) !== 1) disagree.push(cp.toString(16));
  expect(disagree).toEqual([]);
});

describe('oneColumnEach: text displayWidth measures by its length', () => {
  it('holds only characters its character-by-character pass counts as one column, joining nothing', () => {
    // That pass: below U+0300 one column; above, a zero-width character, a mark or the joiner is
    // none, and a character isNarrow says is narrow one.
    const disagree: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      const ch = String.fromCharCode(cp);
      if (!oneColumnEach(ch)) continue;
      const one = cp >= 0x20 && cp !== 0x7f && cp !== 0x200d && (cp < 0x300 || (isNarrow(cp) && eastAsianWidth(cp) === 1 && !/^\p{M}$/u.test(ch) && cp !== 0x200b));
      if (!one) disagree.push(cp.toString(16));
    }
    expect(disagree).toEqual([]);
    expect(displayWidth('┌──┐ — x “y” → ░')).toBe(16);
    expect(displayWidth('日本 \u001B[1mx\u001B[22m')).toBe(6);
  });
});

describe('cutToColumns', () => {
  it.each([
    ['abcdef', 4, undefined, 'abc…'],
    ['abcdef', 4, '...', 'a...'],
    ['abcdef', 2, '...', '...'],
    ['ab', 4, undefined, 'ab'],
    ['日本語テキスト', 5, undefined, '日本…'],
  ])('%j cut to %i columns with %j is %j', (text, width, ellipsis, expected) => {
    expect(cutToColumns(text, width, ellipsis)).toBe(expected);
  });
});

describe('wordPattern: the words WORD finds, without Unicode classes where the text allows', () => {
  it('takes the ASCII pattern only for text whose other characters are no letter or digit', () => {
    const letterOrDigit: string[] = [];
    for (let cp = 0x2010; cp <= 0x205e; cp++) if (/[\p{L}\p{N}]/u.test(String.fromCharCode(cp))) letterOrDigit.push(cp.toString(16));
    expect(letterOrDigit).toEqual([]);
    expect(wordPattern('heat — or “ice”…')).not.toBe(WORD());
    expect(wordPattern('café')).toBe(WORD());
  });

  it.each(['Heat, then ice — 20 minutes (NHS: Neck pain)', 'it’s “stiff”… x2', 'Café naïve Ibuprofen', 'snake_case and-dash 3.5mg', '日本語 text'])('%j: the same words and places as WORD', (text) => {
    expect([...text.matchAll(wordPattern(text))].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(WORD())].map((m) => [m.index, m[0]]));
    expect(words(text)).toEqual(text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().match(WORD()) ?? []);
  });

  it.each([['Physical-Therapy', 'physical therapy'], ['PHYSICAL_THERAPY', 'physical therapy'], ['  red   flags! ', 'red flags'], ['Café—Crème', 'cafe creme']])('normalizeName(%j) is %j', (name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });
});
