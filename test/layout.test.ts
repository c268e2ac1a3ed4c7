// Every screen at the widths people use (40, 60, 80 and 120 columns): no visible line is wider than
// the window, wrapped text keeps its column, and the plan's marker stands under today's number.
// The screens are made in-process, on a terminal of each width (runCli's terminal facts), from the
// build's files for the bundled corpus as the built CLI reads them (test/helpers/bundled-build.ts).
// A real pseudo-terminal is what is tested only in the last block: there, for a few screens at every
// width, the built CLI in a pty (its own width detection, the build's prerendered sections) prints
// byte for byte what the sources print with no build beside them (sections rendered live with
// marked), so the checks above hold for what users see and the prerendering for every width (the
// screens of the four widths one after another in one process, the terminal resized between widths,
// through the bundle's run() as the bin calls it).
import { beforeAll, describe, expect, it } from 'vitest';
import { withoutBuild } from './helpers/bundled-build.js';
import { onTerminal, runCli } from './helpers/cli.js';
import { ptySeries, stripSgr, type PtyCommand } from './helpers/pty.js';
import { displayWidth } from '../src/util/text.js';

/** The widths checked in-process (200 is capped at 100); the pseudo-terminal checks the first four. */
const WIDTHS = [40, 60, 80, 120, 200];
const PTY_WIDTHS = [40, 60, 80, 120];
/** The terminal's rows in these checks: more than any screen's lines, so nothing is paged (a paged
 *  screen in the pseudo-terminal waits for a key until its 20 s timeout). It was 1000 until
 *  `show medications` at 40 columns reached 1000 lines with content20's drug notes (2026-12-06). */
const ROWS = 5000;
/** What a colour terminal of `columns` columns and ROWS rows (so nothing is paged) shows, made
 *  in-process once for each command line and width: several checks read the same screen (the plan
 *  of day 3 at 40 columns is read by four). */
const shown = new Map<string, Promise<string>>();
const onScreen = (args: string[], columns: number): Promise<string> => {
  const key = JSON.stringify([args, columns]);
  if (!shown.has(key)) shown.set(key, onTerminal(args, columns, {}, ROWS));
  return shown.get(key)!;
};
/** That screen, colour codes removed. */
const screen = async (args: string[], columns: number) => stripSgr(await onScreen(args, columns));
const lines = (text: string) => text.replace(/\n$/, '').split('\n');
const indentOf = (line: string) => line.length - line.trimStart().length;
/** The lines wider than `width` columns, each with its width: one check of a whole screen (an
 *  expect() a line cost about 15 µs each, 12,000 of them a run). */
const tooWide = (text: string[], width: number) => text.filter((line) => displayWidth(line) > width).map((line) => `${displayWidth(line)}: ${line}`);

const SCREENS: [string, string[]][] = [
  ['list', ['list']],
  ['show thermal rest', ['show', 'thermal', 'rest']],
  ['show red-flags', ['show', 'red-flags']],
  ['show medications', ['show', 'medications']],
  ['search', ['search', 'ibuprofen']],
  ['plan (day 3)', ['plan', '--since', '2 days ago']],
  ['plan (day 14)', ['plan', '--since', '13 days ago']],
  ['plan (day 20)', ['plan', '--since', '19 days ago']],
  ['spasm-info alone', []],
  ['--help', ['--help']],
  ['list --help', ['list', '--help']],
  ['show --help', ['show', '--help']],
  ['search --help', ['search', '--help']],
  ['plan --help', ['plan', '--help']],
  ['completion --help', ['completion', '--help']],
];

describe.each(WIDTHS)('at %i columns', (width) => {
  it.each(SCREENS)('%s: no line is wider than the window', async (_, args) => {
    expect(tooWide(lines(await screen(args, width)), width)).toEqual([]);
  });

  it('list: each summary keeps its column (beside the titles, or under each title when stacked)', async () => {
    const out = lines(await screen(['list'], width));
    const first = out[0];
    const stacked = /^overview {2}Overview$/.test(first);
    if (stacked) {
      // id and title, then the summary four columns in, a blank line between sections.
      const summaries = out.filter((l) => l && !/^\S/.test(l));
      expect(summaries.filter((l) => indentOf(l) !== 4), 'summaries not 4 columns in').toEqual([]);
      expect(out.filter((l) => /^\S/.test(l)).length).toBe(7);
    } else {
      const column = first.indexOf('Why neck');
      expect(column).toBeGreaterThan(0);
      expect(out.filter((l) => l.startsWith(' ') && indentOf(l) !== column), `continuations not in column ${column}`).toEqual([]);
      expect(out.filter((l) => /^\S/.test(l) && l.slice(column - 2, column) !== '  '), `no gap before column ${column}`).toEqual([]);
    }
  });

  it.each([['2 days ago', 3], ['13 days ago', 14], ['0 days ago', 1], ['9 days ago', 10]])('plan --since %j: the marker stands under today\'s number, and steps keep their indent', async (since, day) => {
    const out = lines(await screen(['plan', '--since', since], width));
    const header = out.find((l) => l.startsWith('day '))!;
    const marker = out.find((l) => l.includes('▲'))!;
    const bars = out.slice(out.indexOf(header) + 1, out.indexOf(marker));
    const column = marker.indexOf('▲');
    // The column of today: where a bar of today starts or runs, and where its number stands if shown.
    const numbers = [...header.matchAll(/\d+/g)].map((m) => [Number(m[0]), m.index!]);
    const shown = numbers.find(([n]) => n === day);
    if (shown) expect(column, `${header}\n${marker}`).toBe(shown[1]);
    const firstDay = numbers.find(([n]) => n === 1)![1];
    const twoDays = bars[0].lastIndexOf('█') + 1 - bars[0].indexOf('█'); // days 1–2 of the first bar
    expect(column).toBe(firstDay + ((day - 1) * twoDays) / 2);
    // Every action is four columns in; a heading's continuation two; nothing else is indented.
    const body = out.slice(out.indexOf(marker) + 1);
    expect(body.filter((l) => l.startsWith(' ') && !l.startsWith(' today ') && ![2, 4].includes(indentOf(l))), 'indented other than 2 or 4').toEqual([]);
  });

  it('plan: commands are never split across lines', async () => {
    const out = await screen(['plan', '--since', '2 days ago'], width);
    expect(out).toContain('spasm-info show red-flags');
    for (const id of ['thermal', 'rest', 'physical-therapy']) expect(out).toContain(`spasm-info show ${id}`);
  });
});

describe('plan on a 24-line screen: what matters first', () => {
  it.each([[40], [80]])('at %i columns, the day, the timeline and today\'s step come before the other steps', async (width) => {
    const out = lines(await screen(['plan', '--since', '3 days ago'], width));
    const first24 = out.slice(0, 24).join('\n');
    expect(first24).toMatch(/^Day 4 since/);
    expect(first24).toContain('▲');
    expect(first24).toMatch(/ today {2}Heat/);
    expect(out.findIndex((l) => l.startsWith('Ice or cold packs ('))).toBeGreaterThan(out.findIndex((l) => l.includes('today  Heat')));
  });
});

describe('source addresses (URLs) wider than the window', () => {
  const SOURCES = ['show', 'medications', 'red-flags', '--no-pager'];
  /** What the sections print in a pipe with no COLUMNS (run once), and every address they cite, as
   *  printed there whole. */
  let pipedRun: ReturnType<typeof runCli> | undefined;
  const piped = () => (pipedRun ??= runCli(SOURCES));
  const addresses = async () => {
    const { stdout } = await piped();
    return [...new Set(stdout.match(/\bhttps?:\/\/\S+/g) ?? [])].map((url) => url.replace(/[),.]+$/, ''));
  };

  it('piped with no COLUMNS (to a script, or a pager that folds lines itself), each stays whole', async () => {
    const { stdout } = await piped();
    const urls = await addresses();
    expect(urls.length).toBeGreaterThan(20);
    expect(Math.max(...urls.map((u) => u.length))).toBeGreaterThan(80);
    // One that is too wide for 80 columns stands alone on its line, whole, for grep and the like.
    const trimmed = new Set(stdout.split('\n').map((l) => l.trim()));
    expect(urls.filter((u) => u.length > 76 && !trimmed.has(u)), 'not alone on a line, whole').toEqual([]);
  });

  it.each(WIDTHS.map((w) => [w]))('on a terminal of %i columns, each is broken to fit, and its pieces joined are the address', async (width) => {
    const out = await screen(SOURCES, width);
    expect(tooWide(lines(out), width)).toEqual([]);
    const joined = out.replace(/\n */g, '');
    expect((await addresses()).filter((url) => !joined.includes(url)), 'not whole once its pieces are joined').toEqual([]);
  });

  it.each([['40'], ['60']])('piped with COLUMNS=%s (a width asked for), every line fits it', async (columns) => {
    const { stdout } = await runCli(SOURCES, { COLUMNS: columns });
    expect(tooWide(lines(stdout), Number(columns))).toEqual([]);
  });
});

const PTY_COMMANDS = [['list'], ['show', 'medications'], ['plan', '--since', '2 days ago']];
/** What the built CLI prints at each width: the three command lines of every width run one after
 *  another in one pseudo-terminal and one Node process, each through the bundle's run() as
 *  bin/spasm-info.cjs runs it (ptySeries), the terminal resized (stty) before each width's first
 *  run: one Node start for the four widths (there was one per width, and one per command line
 *  before that). Made by the first width's block that runs. */
let ptyScreens: Map<number, string[]> | undefined;
function screensAt(width: number): string[] {
  if (!ptyScreens) {
    const commands = PTY_WIDTHS.flatMap((w) => PTY_COMMANDS.map((args, i): PtyCommand => ({ args, ...(i === 0 ? { size: { columns: w, rows: ROWS } } : {}) })));
    const runs = ptySeries(commands, PTY_WIDTHS[0], {}, ROWS).map((run) => run.output.replace(/\r/g, ''));
    ptyScreens = new Map(PTY_WIDTHS.map((w, i) => [w, runs.slice(i * PTY_COMMANDS.length, (i + 1) * PTY_COMMANDS.length)]));
  }
  return ptyScreens.get(width)!;
}

describe.each(PTY_WIDTHS)('in a real pseudo-terminal of %i columns', (width) => {
  const COMMANDS = PTY_COMMANDS;
  let real: string[] = [];
  beforeAll(() => {
    real = screensAt(width);
  });
  it.each(COMMANDS.map((args, i) => [args.join(' '), args, i] as const))(
    '%s prints what the in-process run prints, colour codes and all (rendered live there)',
    async (_, args, i) => {
      expect(real[i], 'not in colour: the pty is not a colour terminal').toContain('\u001B[');
      expect(real[i]).toBe(await withoutBuild(() => onTerminal(args, width, {}, ROWS)));
    },
  );
});
