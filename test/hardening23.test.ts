// harden23: hostile input and odd terminals that the earlier hardening tests did not cover. Widths
// are checked against a reference of their own (graphemes, as string-width counts them), not
// against displayWidth, which is what is under test.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eastAsianWidth } from 'get-east-asian-width';
import { describe, expect, it } from 'vitest';
import { runPager } from '../src/cli/pager.js';
import { wrapText } from '../src/render/wrap.js';
import { displayWidth, stripSgr } from '../src/util/text.js';
import { onTerminal, root, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
// (Made with new RegExp: the v flag is newer than the TypeScript target; Node 20 has it.)
const RGI_EMOJI = new RegExp('^\\p{RGI_Emoji}$', 'v');
const MARK = /^[\p{M}\u200B-\u200D\uFE00-\uFE0F]$/u;
/** Columns a terminal that draws emoji as emoji (kitty, WezTerm, iTerm2, Windows Terminal) gives a
 *  line: an emoji sequence 2, else its first character's East Asian width. */
function columns(line: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(stripSgr(line))) {
    if (RGI_EMOJI.test(segment)) width += 2;
    else for (const ch of segment) if (!MARK.test(ch)) width += eastAsianWidth(ch.codePointAt(0)!);
  }
  return width;
}

const dir = tempDir('h23');

describe('emoji that a variation selector or a joiner makes wide are counted as wide', () => {
  it.each([
    ['a warning sign with VS16', '\u26A0\uFE0F'],
    ['a red heart with VS16', '\u2764\uFE0F'],
    ['a thermometer with VS16', '\u{1F321}\uFE0F'],
    ['a keycap', '1\uFE0F\u20E3'],
    ['a copyright sign with VS16', '\u00A9\uFE0F'],
    ['a rainbow flag (white flag, VS16, ZWJ, rainbow)', '\u{1F3F3}\uFE0F\u200D\u{1F308}'],
    ['a health worker (person, ZWJ, staff of Aesculapius, VS16)', '\u{1F9D1}\u200D\u2695\uFE0F'],
    ['a man running (runner, ZWJ, male sign, VS16)', '\u{1F3C3}\u200D\u2642\uFE0F'],
    ['a shrug with a skin tone and a sign', '\u{1F937}\u{1F3FD}\u200D\u2640\uFE0F'],
    ['a heart on fire', '\u2764\uFE0F\u200D\u{1F525}'],
    ['an eye in a speech bubble', '\u{1F441}\uFE0F\u200D\u{1F5E8}\uFE0F'],
  ])('%s: 2 columns, as a terminal draws it', (_, emoji) => {
    expect(columns(emoji)).toBe(2);
    expect(displayWidth(emoji)).toBe(2);
  });

  it.each([
    ['a CJK character before VS16 stays 2', '\u8449\uFE0F', 2],
    ['a joiner between Devanagari letters keeps both', '\u0915\u094D\u200D\u0937', 2],
    ['a lone VS16 is nothing', '\uFE0F', 0],
  ])('%s', (_, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('a word of emoji sequences is cut between sequences, never past the line', () => {
  const runs = [
    ['warning signs', '\u26A0\uFE0F'],
    ['keycaps', '1\uFE0F\u20E3'],
    ['rainbow flags', '\u{1F3F3}\uFE0F\u200D\u{1F308}'],
    ['health workers', '\u{1F9D1}\u200D\u2695\uFE0F'],
    ['accented letters', 'e\u0301'],
  ];
  const cases = runs.flatMap(([name, unit]) => [21, 40, 59].map((width) => [name, width, unit] as const));
  it.each(cases)('%s at %i columns', (_, width, unit) => {
    const text = `start ${unit.repeat(60)} end`;
    const lines = wrapText(text, width).split('\n');
    for (const line of lines) {
      expect(columns(line), line).toBeLessThanOrEqual(width);
      // No line starts with what belongs to the character before it.
      expect(/^[\u200D\uFE0F\u20E3\u0301]/.test(line), line).toBe(false);
    }
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
  });
});

describe('a --data corpus of emoji fits the terminal', () => {
  const emoji = '\u26A0\uFE0F\u{1F321}\uFE0F\u2764\uFE0F1\uFE0F\u20E3\u{1F9D1}\u200D\u2695\uFE0F';
  const corpus = JSON.parse(readFileSync(join(root, 'data/corpus.json'), 'utf8')) as {
    sections: { id: string; title: string; summary: string; body: string }[];
  };
  for (const s of corpus.sections) {
    s.title = `${emoji} ${s.title}`;
    s.summary = `${emoji.repeat(3)} ${s.summary}`;
    s.body = `${emoji.repeat(40)}\n\n${emoji} ${s.body}`;
  }
  const file = join(dir, 'emoji.json');
  writeFileSync(file, JSON.stringify(corpus));
  it.each([
    [['list'], 41],
    [['list'], 79],
    [['show', '--no-pager', 'thermal'], 41],
    [['show', '--no-pager', 'thermal'], 59],
    [['search', 'heat'], 41],
    [['search', 'heat'], 59],
  ])('%j at %i columns', async (args, width) => {
    const screen = await onTerminal(['--data', file, ...args], width);
    const over = stripSgr(screen)
      .split('\n')
      .filter((line) => columns(line) > width);
    expect(over).toEqual([]);
  });
});

describe('a pager that cannot be started at all is a pager not installed: the text is printed', () => {
  // spawn() throws these at once instead of reporting them as an 'error' event: they were exit 70.
  it.each([
    ['a program name too long for the system (ENAMETOOLONG)', 'a'.repeat(100_000)],
    ['a program name of a path too long', `/${'d/'.repeat(3000)}less`],
  ])('%s', async (_, pager) => {
    const run = await runPager('text', pager, { PATH: process.env.PATH ?? '' }, 'a section');
    expect(run).toEqual({ status: 127, signal: null, readNothing: true });
  });
});

describe('a pager that counts colour codes as columns is given plain text', () => {
  // util-linux more folded a coloured line inside a code ('ESC[22', then 'm for' on the next line).
  const bin = tempDir('h23-pager');
  const out = join(bin, 'paged.txt');
  for (const name of ['more', 'pg', 'less']) {
    writeFileSync(join(bin, name), `#!/bin/sh\ncat > '${out}'\n`, { mode: 0o755 });
  }
  it.each([
    ['more', false],
    ['pg', false],
    ['less', true],
  ])('%s: colour kept %s', async (name, coloured) => {
    const run = await runPager('\u001B[1mMedications\u001B[22m\nplain\n', join(bin, name), { PATH: process.env.PATH ?? '' }, 'Medications');
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(coloured ? '\u001B[1mMedications\u001B[22m\nplain\n' : 'Medications\nplain\n');
  });
});

describe('a corpus text of only invisible or control characters is refused: exit 2, naming the field', () => {
  const section = (extra: Record<string, unknown>) => ({ sections: [{ id: 'a', title: 'Title', summary: 'Summary', body: 'Body.', ...extra }] });
  it.each([
    ['a title of a zero width space', section({ title: '\u200B' }), 'field "title": must have a visible character'],
    ['a title of bidi controls', section({ title: '\u202E\u2066\u2069' }), 'field "title": must have a visible character'],
    ['a title of an escape and a bell', section({ title: '\u001B\u0007' }), 'field "title": must have a visible character'],
    // Marks alone, a noncharacter and the Braille blank draw nothing either (trial65).
    ['a title of the Braille blank', section({ title: '\u2800' }), 'field "title": must have a visible character'],
    ['a title of a variation selector and a lone combining accent', section({ title: '\uFE0F\u0301' }), 'field "title": must have a visible character'],
    ['a title of a noncharacter', section({ title: '\uFFFE' }), 'field "title": must have a visible character'],
    ['a summary of tag characters', section({ summary: '\u{E0041}\u{E0042}' }), 'field "summary": must have a visible character'],
    ['an alias of word joiners', section({ aliases: ['\u2060\u2060'] }), 'field "aliases[0]": must have a visible character'],
  ])('%s', async (_, corpus, problem) => {
    const file = join(dir, 'invisible.json');
    writeFileSync(file, JSON.stringify(corpus));
    const run = await runCli(['--data', file, 'list'], {});
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(problem);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('an echo cut short never ends in half an emoji', () => {
  // Cut inside a surrogate pair, the half was printed as U+FFFD, or as "\ud83d" inside a JSON-quoted echo.
  const emoji = '\u{1F600}';
  const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\\ud[89a-f][0-9a-f]{2}|\uFFFD/i;
  it.each([
    ['an unknown section', 1, ['show', 'a'.repeat(56) + emoji.repeat(10)]],
    ['an unknown command', 2, ['a'.repeat(59) + emoji.repeat(10)]],
    ['an unknown command, one unit on', 2, ['a'.repeat(58) + emoji.repeat(10)]],
    ['a --since date', 2, ['plan', '--since', emoji.repeat(30)]],
    ['a timer name', 2, ['timer', emoji.repeat(30)]],
  ])('%s', async (_, code, args) => {
    const run = await runCli(args, {});
    expect(run.code).toBe(code);
    expect(run.stderr).toContain('…');
    expect(run.stderr).not.toMatch(LONE);
  });
});
