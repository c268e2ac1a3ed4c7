// The findings of the twelfth session's hostile-input and real-terminal trial
// (/work/tmp/trial12-findings.md), one block each, each row a case that once went wrong.
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { formatCommand } from '../src/cli/help.js';
import { displayWidth } from '../src/util/text.js';
import { wrapText } from '../src/render/wrap.js';
import { tempDir } from './helpers/temp.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a shell reads from pasted lines: a backslash before a newline joins the lines (POSIX
 *  "line continuation": both characters are removed wherever they stand, inside a word too). */
const pasted = (lines: string) => lines.replace(/\\\n/g, '');
const wordsOf = (command: string) => command.trim().split(/\s+/);

/** Every example command of every --help, as its help prints it at `columns`: the lines from one
 *  that starts a command (two spaces and a letter) to the one that does not end in a backslash. */
async function helpExamples(command: string[], columns: number): Promise<string[]> {
  const { stdout } = await runCli([...command, '--help'], { COLUMNS: String(columns) });
  const start = stdout.indexOf('Examples:\n') + 'Examples:\n'.length;
  const end = stdout.indexOf('\n\n', start);
  const block = stdout.slice(start, end < 0 ? undefined : end);
  const examples: string[] = [];
  let current: string[] = [];
  for (const line of block.split('\n')) {
    if (current.length === 0 && !/^ {2}\S/.test(line)) continue; // a note under its command
    current.push(line);
    if (!line.endsWith('\\')) {
      examples.push(current.join('\n'));
      current = [];
    }
  }
  return examples;
}

describe('T1: a help example too long for the window still pastes into a shell as the same command', () => {
  // At 40 columns `completion --help` printed '      ~/.local/share/bash-' then
  // '      completion/completions/spasm-info' with no backslash between: pasted, the shell wrote the
  // script to a file named 'bash-' and then ran 'completion/completions/spasm-info'.
  const commands = ['', 'list', 'show', 'search', 'plan', 'timer', 'completion'];
  const widths = [20, 30, 40, 50, 60, 80, 100];
  const expected: Record<string, string[]> = {
    completion: [
      'mkdir -p ~/.local/share/bash-completion/completions && spasm-info completion bash > ~/.local/share/bash-completion/completions/spasm-info',
      'mkdir -p ~/.zfunc && spasm-info completion zsh > ~/.zfunc/_spasm-info',
      'spasm-info completion fish > ~/.config/fish/completions/spasm-info.fish',
    ],
  };
  it.each(commands.flatMap((c) => widths.map((w) => [c, w] as const)))('%s --help at %i columns', async (command, width) => {
    const examples = await helpExamples(command ? [command] : [], width);
    expect(examples.length).toBeGreaterThan(1);
    for (const example of examples) {
      for (const line of example.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      // Pasted, every line but the last ends in a backslash, and the words are the command's.
      expect(wordsOf(pasted(example))[0]).toMatch(/^(spasm-info|mkdir)$/);
    }
    if (expected[command]) expect(examples.map((e) => wordsOf(pasted(e)))).toEqual(expected[command].map(wordsOf));
  });

  it.each([
    ['a path longer than the line, cut after a slash', 'spasm-info completion bash > ~/.local/share/bash-completion/completions/spasm-info', 40],
    ['a path at the narrowest help width', 'spasm-info completion fish > ~/.config/fish/completions/spasm-info.fish', 20],
    ['a word with no slash, cut where the line is full', 'echo abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz', 30],
    ['a backslash in the word is never left before the cut', 'echo a\\\\b\\\\c\\\\d\\\\e\\\\f\\\\g\\\\h\\\\i\\\\j\\\\k\\\\l\\\\m\\\\n\\\\o', 20],
    ['wide characters', 'echo ~/写真/写真/写真/写真/写真/写真/写真/写真/写真/写真', 20],
  ])('formatCommand: %s', (_, command, width) => {
    const text = formatCommand(command, 2, width);
    for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    expect(wordsOf(pasted(text))).toEqual(wordsOf(command));
    // No piece ends in an escaped backslash, which would not continue the line.
    for (const line of text.split('\n').slice(0, -1)) expect(line).toMatch(/(^|[^\\])\\$/);
  });
});

describe('T2: words joined by no-break spaces and longer than the line break at a no-break space, not inside a word', () => {
  // A --data summary pasted from a web page, its words joined by U+00A0, was cut mid-word in list's
  // stacked layout at 40 columns: 'A summary with only no-' / 'break spaces so it cannot wrap at sp' /
  // 'aces anywhere at all really.'
  const joined = ['A', 'summary', 'with', 'only', 'no-break', 'spaces', 'so', 'it', 'cannot', 'wrap', 'at', 'spaces', 'anywhere', 'at', 'all', 'really.'];
  it.each([20, 30, 36, 40, 60, 80])('at %i columns', (width) => {
    const out = wrapText(joined.join('\u00A0'), width);
    const lines = out.split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    // Every line is whole words: the lines read back, joined by spaces, are the words.
    expect(lines.join(' ').split(' ')).toEqual(joined);
  });

  it('a glued command longer than the line breaks between its words, not inside one', () => {
    expect(wrapText('see\u00A0spasm-info\u00A0show\u00A0physical-therapy', 24).split('\n')).toEqual(['see spasm-info show', 'physical-therapy']);
  });

  it('list on a 40-column terminal: a summary of no-break spaces wraps at them', async () => {
    const path = join(tempDir('trial12'), 'nbsp.json');
    writeFileSync(path, JSON.stringify({ sections: [{ id: 'nbsp', title: 'No-break', summary: joined.join('\u00A0'), body: 'x' }] }));
    const r = await runCli(['--data', path, 'list', '--color', 'never'], {}, { terminal: { columns: 40 } });
    expect(r.code, r.stderr).toBe(0);
    const summary = r.stdout.split('\n').slice(1).filter((l) => l.trim()).map((l) => l.trim());
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(summary.join(' ').split(' ')).toEqual(joined);
  });
});

describe('T3: a word of emoji joined by ZWJ is cut between emoji, each counted once, never past the line', () => {
  // A --data summary of 30 family emoji (man ZWJ woman ZWJ girl, 2 columns each) in list's stacked
  // layout at 40 columns came out as a line of 14 columns, then one of 48: each emoji's three parts
  // were counted 2 columns each when cutting, and a line began with the girl of a broken family.
  const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
  it.each([
    ['families', family.repeat(30), 40],
    ['families at the narrowest width', family.repeat(30), 20],
    ['families after a word', `word ${family.repeat(25)} end`, 30],
    ['a rainbow flag (white flag, VS16, ZWJ, rainbow)', '\u{1F3F3}\uFE0F\u200D\u{1F308}'.repeat(40), 40],
  ])('%s', (_, text, width) => {
    const lines = wrapText(text, width).split('\n');
    for (const line of lines) {
      expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      expect(line.startsWith('\u200D') || line.endsWith('\u200D'), line).toBe(false);
    }
    // Full lines: every line of emoji alone but the last is filled to within one emoji of the width.
    for (const line of lines.slice(0, -1)) if (!/[a-z]/.test(line)) expect(displayWidth(line), line).toBeGreaterThanOrEqual(width - 5);
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
  });
});

describe('T5: a word of flags is cut between flags, never between the two letters of one', () => {
  // Stacked list at 41 columns: 30 British flags (regional indicators G and B) in one word ended the
  // first line with a lone G, and the next line read B G B G...: every flag shown was Bulgaria's.
  const gb = '\u{1F1EC}\u{1F1E7}';
  it.each([
    ['an odd room', gb.repeat(30), 37],
    ['after one column of text', `x${gb.repeat(30)}`, 40],
    ['at the narrowest width', gb.repeat(30), 21],
  ])('%s', (_, text, width) => {
    const lines = wrapText(text, width).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      // Whole flags only: after any leading text, the line is GB pairs.
      expect(line.replace(/^x/, ''), line).toMatch(new RegExp(`^(?:${gb})+$`, 'u'));
    }
  });
});

describe('F4: an empty timer name or --since date is said to be empty, as an empty query or section name is', () => {
  // `timer ''` and a timer name that was only an escape sequence (what the terminal showed as nothing)
  // said '"" is not a timer'; `plan --since ''` said '--since "" is not a date it can read'.
  it.each([
    ['timer with an empty name', ['timer', ''], /^spasm-info: The timer name is empty: give ice or heat\.\n$/],
    ['timer with a blank name', ['timer', '  '], /^spasm-info: The timer name is empty: give ice or heat\.\n$/],
    ['timer with a name that is only a window title sequence', ['timer', '\u001b]0;x\u0007'], /^spasm-info: The timer name is empty/],
    ['timer with a name that is only a zero width space', ['timer', '\u200B', '--json'], /^spasm-info: The timer name is empty/],
    ['timer with an empty --since', ['timer', 'ice', '--since', ''], /^spasm-info: --since is empty: give a start date, an ISO date such as 2026-11-20/],
    ['plan with an empty --since', ['plan', '--since', ''], /^spasm-info: --since is empty: give a start date/],
    ['plan with a --since of a colour code only', ['plan', '--since', '\u001b[31m'], /^spasm-info: --since is empty/],
  ])('%s: exit 2, one sentence', async (_, args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('a timer name that is a word still runs the timer checks (a bad name is not called empty)', async () => {
    const r = await runCli(['timer', 'thermal']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^spasm-info: "thermal" is not a timer/);
  });
});
