// The findings of the new user's trial of 2026-12-05 (/work/tmp/trial17-findings.md) outside search
// ranking, one block each, named by the finding's number; each row a case that once went wrong.
// In-process (runCli) except where a pure function is what is checked. (Finding 8, the cache folder
// under /proc, is in cache.test.ts, with the cache's other folders; finding 21's man page at 40, 60
// and 80 columns is in ecosystem.test.ts, beside the other checks of man's rendering, which run man
// at the same widths.)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSearch } from '../src/render/format-search.js';
import { createTheme } from '../src/render/theme-color.js';
import { locateJsonError } from '../src/util/json-error.js';
import { sanitize, sanitizeLine, sanitizeStyled } from '../src/util/text.js';
import type { SearchResult } from '../src/search/search.js';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const MARK = '(added by spasm-info, not from the article)';
const count = (text: string, part: string) => text.split(part).length - 1;
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe("10: search marks a text of ours once, even when the text ends with the mark itself", () => {
  it.each([[40], [80], [200]])("'search urgent' (red-flags' summary, which ends with the mark) at %i columns", async (columns) => {
    const r = await runCli(['search', 'urgent', '-n', '1'], { COLUMNS: String(columns) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\. When to get medical help \(red-flags\)/);
    expect(count(oneLine(r.stdout), MARK)).toBe(1);
  });

  /** The screen of one hit from the red-flags section (a section of ours) with this snippet. */
  const screen = (text: string, addedBy?: string) => {
    const result: SearchResult = {
      hits: [{ id: 'red-flags', title: 'When to get medical help', score: 0.5, snippet: { text, highlights: [] }, matched: [] }],
      corrections: [], suggestions: [], terms: [], unmatched: [], warnings: [],
    };
    return oneLine(formatSearch(result, { theme: createTheme(false), width: 80, tty: false, addedBy, supplementary: new Set(['red-flags']) }));
  };
  it.each([
    ['a sentence of ours is marked', 'See a doctor.', undefined, 'See a doctor. (added by spasm-info, not from the article)'],
    ['a text ending with the mark and a full stop is not marked again', `Signs, most urgent first ${MARK}.`, undefined, `Signs, most urgent first ${MARK}.`],
    ['a text ending with the mark is not marked again', `Signs ${MARK}`, undefined, `Signs ${MARK}`],
    ['the mark inside a text, not at its end, is no reason to leave it out', `Signs ${MARK} and more.`, undefined, `Signs ${MARK} and more. ${MARK}`],
    ["a --data corpus's text naming spasm-info is still credited to the file", `Signs ${MARK}.`, 'this corpus file', `Signs ${MARK}. (added by this corpus file, not from the article)`],
  ])('%s', (_, text, addedBy, expected) => {
    expect(screen(text, addedBy).trim()).toBe(`1. When to get medical help (red-flags) score 0.50 ${expected}`);
  });
});

describe('17: invisible characters are dropped, in what is echoed and what is searched alike', () => {
  const TAG_A = '\u{E0041}';
  it.each([
    ['a tag character', `zz${TAG_A}zz`, 'zzzz'],
    ['a cancel tag and a variation selector supplement', 'zz\u{E007F}\u{E0100}', 'zz'],
    ['a zero width joiner after ASCII', 'zz\u200D', 'zz'],
    ['a zero width non-joiner before ASCII', '\u200Czz', 'zz'],
    ['a joiner between spaces', 'a \u200D b', 'a  b'],
    ['the Hangul filler', 'zz\u3164zz', 'zzzz'],
    ['the halfwidth Hangul filler and the choseong filler', '\uFFA0zz\u115F', 'zz'],
    ['the combining grapheme joiner', 'z\u034Fz', 'zz'],
    ['a deprecated format character', 'z\u206Az', 'zz'],
    ['musical formatting', 'z\u{1D173}z', 'zz'],
    ['an emoji family keeps its joiners', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'],
    ['Devanagari keeps its joiner', '\u0915\u094D\u200D\u0937', '\u0915\u094D\u200D\u0937'],
    ['Persian keeps its non-joiner', '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645', '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645'],
    ['a variation selector stays (an emoji in text style)', '\u2764\uFE0F', '\u2764\uFE0F'],
    // Trial19 finding 9: a carriage return, a vertical tab or a form feed keeps the words apart.
    ['a carriage return keeps the words apart', 'ice pack\rEMERGENCY', 'ice pack EMERGENCY'],
    ['a vertical tab and a form feed too', 'a\u000Bb\u000Cc', 'a b c'],
  ])('%s', (_, text, expected) => {
    expect(sanitizeLine(text)).toBe(expected);
    expect(sanitize(text)).toBe(expected);
  });

  it("a styled text keeps its colour codes and loses a tag character", () => {
    expect(sanitizeStyled(`\u001B[31mred\u001B[0m${TAG_A}`)).toBe('\u001B[31mred\u001B[0m');
  });

  it.each([
    ['show, a tag character', ['show', `zz${TAG_A}zz`], 1, "spasm-info: No section matches 'zzzz' ("],
    ['timer, a zero width joiner', ['timer', 'zz\u200D'], 2, 'spasm-info: "zz" is not a timer: it times ice or heat ('],
    // An error's echo writes an invisible character as an escape (trial65 finding 4: dropped, a
    // value with one read as a valid value, "Invalid --color 'always'").
    ['a command, a zero width non-joiner', ['zz\u200C'], 2, "spasm-info: Unknown command 'zz\\u200C' ("],
    ['show, the Hangul filler', ['show', 'zz\u3164'], 1, "spasm-info: No section matches 'zz' ("],
  ])('the error echoes what the terminal showed: %s', async (_, args, code, first) => {
    const r = await runCli(args);
    expect(r.code).toBe(code);
    expect(r.stderr.split('\n')[0].startsWith(first)).toBe(true);
  });

  it('a tag character inside a word splits nothing: he<tag>at searches for heat', async () => {
    const plain = await runCli(['search', 'heat', '--json']);
    const tagged = await runCli(['search', `he${TAG_A}at`, '--json']);
    expect(tagged.stdout).toBe(plain.stdout);
  });

  it('--json escapes a tag character of a --data corpus, as it does U+200B', async () => {
    const file = join(tempDir('trial17'), 'c.json');
    writeFileSync(file, JSON.stringify({ sections: [{ id: 'a', title: `Heat${TAG_A}\u200B`, summary: 'S.', body: 'Heat helps.' }] }));
    const r = await runCli(['--data', file, 'list', '--json']);
    expect(r.stdout).toContain('"title": "Heat\\udb40\\udc41\\u200b"');
    expect(JSON.parse(r.stdout)[0].title).toBe(`Heat${TAG_A}\u200B`);
  });

  it.each([
    ['a tag character, as its UTF-16 pair', `${TAG_A}{}`, 'unexpected "\\udb40\\udc41" where a value was expected'],
    ['the Hangul filler', '\u3164{}', 'unexpected "\\u3164" where a value was expected'],
  ])('an invalid-JSON message names %s as an escape', (_, text, problem) => {
    expect(locateJsonError(text)?.problem).toBe(problem);
  });
});

describe("16 and 21: a --data name that is not UTF-8, or empty, is said to be so, not 'no such file'", () => {
  // Node decodes argv as UTF-8, so a Latin-1 name ('\xff.json', which exists here) reaches main()
  // with U+FFFD in place of its byte, as these in-process runs pass it.
  const dir = tempDir('trial17-names');
  writeFileSync(Buffer.from(`${dir}/\xff.json`, 'latin1'), JSON.stringify({ sections: [{ id: 'a', title: 'A', summary: 'S.', body: 'Heat helps.' }] }));
  const notUtf8 = `${dir}/\uFFFD.json`;
  it.each([
    ['a name with bytes that are not UTF-8', ['--data', notUtf8, 'list'], `Cannot use '${notUtf8}' as a corpus: its name is not UTF-8 text (check the encoding of your terminal or script).`],
    ['--data=', ['--data=', 'list'], "Cannot use '' as a corpus: no file was named."],
    ["--data ''", ['--data', '', 'search', 'heat'], "Cannot use '' as a corpus: no file was named."],
    ['a missing file, as before', ['--data', `${dir}/missing.json`, 'list'], `Cannot use '${dir}/missing.json' as a corpus: there is no such file.`],
  ])('%s', async (_, args, message) => {
    const r = await runCli(args);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `spasm-info: ${message}\n`]);
  });

  it('a file whose UTF-8 name holds U+FFFD itself is read', async () => {
    const file = join(tempDir('trial17-names'), '\uFFFD.json');
    writeFileSync(file, JSON.stringify({ sections: [{ id: 'a', title: 'A', summary: 'S.', body: 'Heat helps.' }] }));
    const r = await runCli(['--data', file, 'list']);
    expect([r.code, r.stdout]).toEqual([0, 'a\tA\tS.\n']);
  });
});

describe("21: show's usage errors end with the usual pointer to its help (in the sentence since trial20 finding 20)", () => {
  const names = Array.from({ length: 150 }, (_, i) => `n${i + 1}`);
  it.each([
    ['150 names', ['show', ...names], 'Too many section names (150): show takes at most 100'],
    ['--json with --raw', ['show', 'thermal', '--json', '--raw'], 'Choose one of --json and --raw, not both'],
    ['a blank name', ['show', ' '], 'The section name is empty: give a section id, title or alias'],
  ])('%s', async (_, args, message) => {
    const r = await runCli(args);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `spasm-info: ${message} (run 'spasm-info show --help' for its usage).\n`]);
  });
});

describe("18: search prints a --data title's entities decoded, as show does", () => {
  it.each([
    ['an ampersand', 'Heat &amp; cold', 'Heat & cold'],
    ['a reference to ESC, dropped', 'Heat &#27;[31mRED', 'Heat [31mRED'],
    ['a hex reference', 'Heat &#x2014; cold', 'Heat \u2014 cold'],
  ])('%s', async (_, title, shown) => {
    const file = join(tempDir('trial17-title'), 'c.json');
    writeFileSync(file, JSON.stringify({ sections: [{ id: 'heat', title, summary: 'S.', body: 'Heat helps.' }] }));
    const search = await runCli(['--data', file, 'search', 'heat']);
    const show = await runCli(['--data', file, 'show', 'heat']);
    expect(search.stdout.split('\n')[0]).toBe(`1. ${shown} (heat)  score 1.00`);
    expect(show.stdout.split('\n')[0]).toBe(shown);
  });
});
