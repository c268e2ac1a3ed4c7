// The colour theme writes exactly what chalk 5 writes at level 1 for the same chains of styles, for
// any text: nested styles, line breaks (\n, \r\n, a lone \r) and escape codes already in the text.
import { Chalk, type ChalkInstance } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTheme } from '../src/render/theme-color.js';
import { plainTheme, type Theme } from '../src/render/theme.js';

const c = new Chalk({ level: 1 });
/** What each style of the theme is, as a chain of chalk's. */
const CHAINS: Record<Exclude<keyof Theme, 'color'>, ChalkInstance> = {
  title: c.bold.cyan,
  heading: c.bold.green,
  id: c.yellow,
  match: c.bold.underline,
  muted: c.dim,
  strong: c.bold,
  em: c.italic,
  code: c.yellow,
  link: c.blue.underline,
  quote: c.italic,
  current: c.bold.inverse,
  warning: c.bold.yellow,
  error: c.bold.red,
};
const theme = createTheme(true);
const names = Object.keys(CHAINS) as (keyof typeof CHAINS)[];

/** Text made of the pieces that change what a style writes, among ordinary words. */
const PIECES = ['\n', '\r\n', '\r', 'word', ' ', '', '\u001B[0m', ...[1, 2, 3, 4, 7, 22, 23, 24, 27, 31, 32, 33, 34, 36, 39].map((n) => `\u001B[${n}m`)];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((pieces) => pieces.join(''));

describe('the colour theme', () => {
  it.each(names)('%s writes what chalk writes, for any text', (name) => {
    fc.assert(
      fc.property(text, (t) => theme[name](t) === CHAINS[name](t)),
      { numRuns: 300 },
    );
  });

  it.each([
    ['plain', 'title', 'a', '\u001B[1m\u001B[36ma\u001B[39m\u001B[22m'],
    ['nested', 'muted', `x ${'\u001B[1mb\u001B[22m'} y`, '\u001B[2mx \u001B[1mb\u001B[22m\u001B[2m y\u001B[22m'],
    ['two lines', 'link', 'a\r\nb', '\u001B[34m\u001B[4ma\u001B[24m\u001B[39m\r\n\u001B[34m\u001B[4mb\u001B[24m\u001B[39m'],
    ['empty', 'error', '', ''],
  ] as const)('%s text: %s', (_, name, input, expected) => {
    expect(theme[name](input)).toBe(expected);
  });

  it('styles each style of the theme, and the theme without colour leaves text as it is', () => {
    expect(Object.keys(theme).sort()).toEqual(['color', ...names].sort());
    expect(createTheme(false)).toBe(plainTheme);
  });
});
