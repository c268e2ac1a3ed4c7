// What a new user's trial of the CLI found, at the widths people use and with hostile input: one
// table per kind of fault, each row a case that once went wrong. In-process (runCli): the terminal's
// facts are what a test gives, as a real terminal would give them.
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';
import { displayWidth, stripSgr } from '../src/util/text.js';
import { wrapText } from '../src/render/wrap.js';

const WIDTHS = [40, 60];
const lines = (text: string) => text.replace(/\n$/, '').split('\n');
/** The words of a text, whatever its line breaks: what wrapping must keep. */
const words = (text: string) => stripSgr(text).trim().split(/\s+/).join(' ');
let files = 0;
/** A --data corpus file holding `value` as JSON. */
async function corpusFile(value: unknown): Promise<string> {
  const file = join(tempDir('ux'), `corpus-${files++}.json`);
  await writeFile(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

describe.each(WIDTHS)('errors and notes on a terminal of %i columns', (width) => {
  it.each([
    ['an unreadable --since', ['plan', '--since', 'garbage'], {}],
    ['a date in the future', ['plan', '--since', 'tomorrow'], {}],
    ['--minutes over the article\'s', ['timer', 'heat', '--minutes', '25'], {}],
    ['a typo corrected (a note)', ['search', 'naproxin'], {}],
    ['only stop words', ['search', 'the', 'of', 'and'], {}],
    ['a name beside an unknown one', ['show', 'thermal', 'nope', '--no-pager'], {}],
    ['a missing --data file', ['--data', '/nonexistent/corpus.json', 'list'], {}],
    ['a bad option value', ['search', 'ibuprofen', '-n', '0'], {}],
    ['an unknown command of plain words', ['neck', 'pain', 'after', 'sleeping', 'badly'], {}],
    ['a pager that failed after reading', ['show', 'medications'], { PAGER: 'sh -c "cat >/dev/null; exit 3"' }],
    ['a pager that cannot run (a note)', ['show', 'medications'], { PAGER: 'no-such-pager' }],
  ] as const)('%s: every line fits, wrapped between words', async (_, args, env) => {
    const on = { terminal: { columns: width, rows: 10 } };
    const terminal = await runCli([...args], { TERM: 'xterm-256color', ...env }, { ...on, stderrTTY: true });
    const piped = await runCli([...args], { TERM: 'xterm-256color', ...env }, on); // stderr alone into a pipe
    expect(terminal.stderr, 'says something').not.toBe('');
    for (const line of lines(stripSgr(terminal.stderr))) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    expect(words(terminal.stderr), 'the same words as in a pipe').toBe(words(piped.stderr));
    expect(terminal.code).toBe(piped.code);
    // A command a message or hint tells to run is never split across lines.
    for (const command of stripSgr(piped.stderr).match(/'spasm-info [^']*'/g) ?? []) {
      if (command.length <= width - 4) expect(stripSgr(terminal.stderr)).toContain(command);
    }
  });
});

describe('errors and notes in a pipe stay one line each (scripts and logs read them so)', () => {
  it.each([
    [['plan', '--since', 'garbage'], 1],
    [['timer', 'heat', '--minutes', '25'], 1],
    [['search', 'naproxin'], 1],
  ] as const)('%j: %i line(s)', async (args, count) => {
    const r = await runCli([...args]);
    expect(lines(r.stderr)).toHaveLength(count);
  });
});

describe('invisible characters (zero width space, soft hyphen, word joiner, BOM) typed or pasted', () => {
  it.each([
    ['a zero width space inside a search word', ['search', 'he\u200Bat'], ['search', 'heat']],
    ['a soft hyphen inside a search word', ['search', 'ibu\u00ADprofen'], ['search', 'ibuprofen']],
    ['a word joiner and a BOM around a section name', ['show', '\uFEFFther\u2060mal'], ['show', 'thermal']],
    ['a zero width space inside --since', ['plan', '--since', '3\u200B days ago'], ['plan', '--since', '3 days ago']],
    ['a soft hyphen inside a timer name, with a bad --minutes', ['timer', 'he\u00ADat', '--minutes', '99'], ['timer', 'heat', '--minutes', '99']],
  ])('%s: read as what the terminal showed', async (_, args, same) => {
    const now = new Date('2026-11-25T12:00:00');
    const [typed, shown] = await Promise.all([runCli(args, {}, { now }), runCli(same, {}, { now })]);
    expect(typed).toEqual(shown);
  });

  const corpus = (title: string) => ({
    sections: [
      { id: 'a', title, summary: 'A summary long enough to be wrapped in its own column of the table.', body: `Body of ${title}.` },
      { id: 'b', title: 'Plain', summary: 'Another summary.', body: 'Another body.' },
    ],
  });
  it.each(['200B', '00AD', '2060', 'FEFF', '2062', 'FFF9'])('U+%s in a --data title never reaches the terminal; list keeps its columns', async (hex) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    const data = await corpusFile(corpus(`Ti${ch}tle`));
    const r = await runCli(['--data', data, 'list'], {}, { terminal: { columns: 80 } });
    expect(r.stdout).not.toContain(ch);
    const [first, second] = lines(r.stdout);
    expect(first.indexOf('A summary')).toBe(second.indexOf('Another'));
    const json = await runCli(['--data', data, 'list', '--json']);
    expect(json.stdout, 'escaped in JSON, so a script sees it').toContain(`\\u${hex.toLowerCase()}`);
    expect(JSON.parse(json.stdout)[0].title).toBe(`Ti${ch}tle`);
  });
});

describe('--data files as editors save them', () => {
  const valid = { sections: [{ id: 'a', title: 'Alpha', summary: 'About alpha.', body: 'Alpha body.' }] };
  it.each([
    ['with a UTF-8 byte order mark (Notepad, PowerShell)', `\uFEFF${JSON.stringify(valid)}`],
    ['with CRLF line ends', JSON.stringify(valid, null, 2).replace(/\n/g, '\r\n')],
  ])('%s: read like any other', async (_, text) => {
    const r = await runCli(['--data', await corpusFile(text), 'list']);
    expect(r).toEqual({ code: 0, stdout: 'a\tAlpha\tAbout alpha.\n', stderr: '' });
  });
});

describe('a word longer than the line is cut after a hyphen where it has one', () => {
  it.each([
    ['a long compound', 'Supercalifragilisticexpialidocious-antidisestablishmentarianism-pneumonoultramicroscopic', 40, ['Supercalifragilisticexpialidocious-', 'antidisestablishmentarianism-', 'pneumonoultramicroscopic']],
    ['a hyphen too near the start is not used', 'a-bcdefghijklmnopqrstuvwxyz', 10, ['a-bcdefghi', 'jklmnopqrs', 'tuvwxyz']],
    ['no hyphen: cut where the line is full', 'abcdefghijklmnopqrstuvwxyz', 10, ['abcdefghij', 'klmnopqrst', 'uvwxyz']],
    ['a word that fits is left whole', 'well-known words', 10, ['well-known', 'words']],
  ])('%s', (_, text, width, expected) => {
    expect(wrapText(text, width).split('\n')).toEqual(expected);
  });
});

describe('plan: a --data plan of many days still fits the window', () => {
  const phase = (id: string, title: string, fromDay: number, toDay: number | null) => ({ id, title, fromDay, toDay, section: 'a', actions: [{ text: `Do ${title}.` }] });
  const planFile = (horizon: number, day: number) =>
    corpusFile({
      sections: [{ id: 'a', title: 'A', summary: 'About a.', body: 'A body.' }],
      plan: { horizon, beyond: 'The plan is over.', phases: [phase('all', 'Every day', 1, null), phase('mark', 'Marked day', day, day)] },
    });
  const now = new Date('2026-11-25T12:00:00');
  it.each([40, 60, 80, 120, 200].flatMap((width) => [[30, 20, width], [90, 60, width], [366, 200, width]]))('horizon %i, day %i, %i columns: every line fits, today\'s marker under its bar', async (horizon, day, width) => {
    const r = await runCli(['--data', await planFile(horizon, day), 'plan', '--since', `${day - 1} days ago`, '--no-pager'], {}, { terminal: { columns: width, rows: 1000 }, now });
    expect(r.code, r.stderr).toBe(0);
    const out = lines(stripSgr(r.stdout));
    for (const line of out) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    const bar = out.find((l) => l.startsWith('Marked day'))!;
    const marker = out.find((l) => l.includes('▲'))!;
    expect(marker.indexOf('▲')).toBe(bar.indexOf('█'));
  });
});

describe('less\'s prompt fits a narrow window, so the section it names is seen (less shows only the end of a longer one)', () => {
  it.each([
    [40, 'Medications', 'Medications ?lt%lt-%lb?L/%L. .(q quits)'],
    [40, 'Thermal Therapy, Rest, Surgery', 'Thermal Thera\\.\\.\\. ?lt%lt-%lb?L/%L. .(q quits)'],
    [80, 'Thermal Therapy, Rest, Surgery', 'Thermal Therapy, Rest, Surgery ?lt%lt-%lb?L/%L. .(q quits)'],
    [80, 'Thermal Therapy, Rest', 'Thermal Therapy, Rest - ?ltlines %lt-%lb?L/%L. .?e(END) :?pB%pB\\%..(press q to quit, h for help)'],
  ])('%i columns, %s', async (columns, what, prompt) => {
    const { lessPrompt } = await import('../src/cli/pager.js');
    expect(lessPrompt(what, columns)).toBe(prompt);
  });

  it.each([
    [40, ['show', 'medications'], /Medications 1-9 \(q quits\)/],
    [60, ['show', 'thermal', 'rest', 'surgery'], /Thermal Therapy, Rest, Surgery 1-9 \(q quits\)/],
  ])('in less on a real terminal of %i columns: %j', async (columns, args, prompt) => {
    const { inPty, stripSgr } = await import('./helpers/pty.js');
    expect(stripSgr(inPty(args, columns, {}, 10, { input: 'q' }))).toMatch(prompt);
  });
});

describe('blank section names', () => {
  it.each([
    [['show', ''], 2, '', "spasm-info: The section name is empty: give a section id, title or alias (run 'spasm-info show --help' for its usage).\n"],
    [['show', '  ', '\u200B'], 2, '', "spasm-info: The section name is empty: give a section id, title or alias (run 'spasm-info show --help' for its usage).\n"],
  ])('%j: exit %i, a usage error as for an empty query', async (args, code, stdout, stderr) => {
    expect(await runCli(args)).toEqual({ code, stdout, stderr });
  });

  it('show thermal \'\': the blank name is left out, thermal shown, exit 0', async () => {
    const [blank, plain] = await Promise.all([runCli(['show', 'thermal', '']), runCli(['show', 'thermal'])]);
    expect(blank).toEqual(plain);
    expect(blank.code).toBe(0);
  });
});

describe('a system error is said as a plain phrase, its code in parentheses', () => {
  const error = (message: string, code?: string) => Object.assign(new Error(message), { code });
  it.each([
    [error('ENOSPC: no space left on device, write', 'ENOSPC'), 'no space left on device (ENOSPC)'],
    [error('EIO: i/o error, write', 'EIO'), 'i/o error (EIO)'],
    [error("EACCES: permission denied, open '/x'", 'EACCES'), 'permission denied (EACCES)'],
    [error('something odd'), 'something odd'],
  ])('%s', async (e, phrase) => {
    const { systemReason } = await import('../src/cli/cli.js');
    expect(systemReason(e)).toBe(phrase);
  });
});

describe('$PAGER is a shell command line: what it runs is found as the shell finds it', () => {
  it.each([
    ['less -R', 'less'],
    ['LESS=-R less', 'less'],
    ['LESS=-R LV=-c less -F', 'less'],
    ['"less" -R', 'less'],
    ["'/usr/bin/less'", '/usr/bin/less'],
    ['  most  ', 'most'],
    // trial18 finding 9: where the shell ends the word, not only at a blank.
    ['cat; echo hi', 'cat'],
    ['less|cat', 'less'],
    ['less&', 'less'],
    ['"/opt/my pager/less" -R', '/opt/my pager/less'],
    ["'/opt/my pager'/less", '/opt/my pager/less'],
    ['/opt/my\\ pager/less -R', '/opt/my pager/less'],
    ['LESS="-R -F" less', 'less'],
    ["LESS='-R -F' LV=-c most", 'most'],
    ['', ''],
  ])('%j runs %s', async (pager, program) => {
    const { pagerProgram } = await import('../src/cli/pager.js');
    expect(pagerProgram(pager)).toBe(program);
  });

  // Both run by the built CLI on a real terminal, one after another in one process (ptySeries).
  const PAGERS = ['LESS=-R sed s/^/paged:/', '"sed" s/^/paged:/'];
  let paged: string[] = [];
  beforeAll(async () => {
    const { ptySeries, stripSgr } = await import('./helpers/pty.js');
    paged = ptySeries(PAGERS.map((pager) => ({ args: ['show', 'medications'], env: { PAGER: pager } })), 80, {}, 10).map((run) => stripSgr(run.output));
  });

  it.each(PAGERS.map((pager, i) => [pager, i] as const))('PAGER=%s pages (it was "could not be run")', (_, i) => {
    expect(paged[i]).toMatch(/^paged:Medications/m);
    expect(paged[i]).not.toContain('could not be run');
  });
});

describe('Ctrl-C in the pager', () => {
  // Through `sh -c`, dash ended itself by SIGINT once less quit, and the CLI said 'The pager
  // 'less -FRX' was stopped by SIGINT', exit 2, after an ordinary Ctrl-C then q.
  it('less takes Ctrl-C as its own (it stops nothing); q then quits, exit 0 and not a word more', async () => {
    const { ptySession, stripSgr } = await import('./helpers/pty.js');
    const pty = ptySession(['show', 'medications'], 40);
    await pty.waitFor(/\(q quits\)/);
    pty.type('\u0003');
    // less takes the interrupt by ringing the bell and (mostly) drawing the page and its prompt
    // again, then reads on: wait for the bell, for a second at most should a less to come ring
    // none. (Waiting for the second prompt instead waited out that second in about one run of
    // twelve alone, and in most under load: less rang the bell and drew nothing more.)
    await Promise.race([pty.waitFor(/\(q quits\)[\s\S]*\u0007/), new Promise((resolve) => setTimeout(resolve, 1000))]);
    // On a loaded machine less may still be handling the interrupt when the first q comes, and drop
    // it (the test once waited out its 20 s there): q again every 0.1 s until it quits, for 10 s at
    // most (each q dropped cost the worker a second of waiting when it was typed every second).
    // Not once the session has said how the CLI exited: a q typed then is echoed by the terminal
    // after that "[exit 0]", which then no longer ends the output, and the status read as none (a
    // failure seen twice under load, 2026-12-05).
    let done = false;
    void pty.exited.then(() => (done = true));
    for (let i = 0; i < 100 && !done && !/\[exit \d+\]/.test(pty.output()); i++) {
      pty.type('q');
      await Promise.race([pty.exited, new Promise((resolve) => setTimeout(resolve, 100))]);
    }
    const { output, code } = await pty.exited;
    expect(stripSgr(output)).not.toMatch(/SIGINT|pager/i);
    expect(code).toBe(0);
  });

  it.each([
    ['less -FRX', ['less', '-FRX']],
    ['  most  ', ['most']],
    ['less --prompt=x -R', ['less', '--prompt=x', '-R']],
    ['/usr/bin/less', ['/usr/bin/less']],
    ['LESS=-R less', undefined],
    ['"less" -R', undefined],
    ['less | cat', undefined],
    ['$HOME/bin/pager', undefined],
    ['~/bin/pager', undefined],
    ['less -R; rm x', undefined],
  ])('PAGER=%j is run %j (words run directly; undefined: through sh -c)', async (pager, words) => {
    const { plainWords } = await import('../src/cli/pager.js');
    expect(plainWords(pager)).toEqual(words);
  });
});

describe('colour on a terminal, as the environment asks', () => {
  it.each([
    ['by default', {}, true],
    ['FORCE_COLOR=0 (Node and chalk read it as no colour)', { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR=false', { FORCE_COLOR: 'false' }, false],
    ['FORCE_COLOR=1', { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR empty: not set', { FORCE_COLOR: '' }, true],
    ['NO_COLOR=1', { NO_COLOR: '1' }, false],
    ['NO_COLOR empty: not set', { NO_COLOR: '' }, true],
    ['TERM=dumb', { TERM: 'dumb' }, false],
    ['NO_COLOR=1 but FORCE_COLOR=1', { NO_COLOR: '1', FORCE_COLOR: '1' }, true],
  ] as const)('%s: colour %s, on stdout and stderr alike', async (_, env, coloured) => {
    const r = await runCli(['search', 'naproxin', '-n', '1'], { TERM: 'xterm-256color', ...env }, { terminal: { columns: 80 }, stderrTTY: true });
    expect(r.stdout.includes('\u001B['), 'stdout').toBe(coloured);
    expect(r.stderr.includes('\u001B['), 'stderr').toBe(coloured);
  });
});

describe('an unknown command says what was probably meant', () => {
  it.each([
    [['SHOW', 'thermal'], "spasm-info: Unknown command 'SHOW'; did you mean show?\n"],
    [['neck', 'pain'], "spasm-info: Unknown command 'neck' (to search for it, run 'spasm-info search neck pain').\n"],
    // With the --data file, so that the search suggested reads the same corpus (trial22 finding 11).
    [['--data', 'x.json', 'ibuprofen'], "spasm-info: Unknown command 'ibuprofen' (to search for it, run 'spasm-info --data x.json search ibuprofen').\n"],
    [['ibuprofen', '-n', '3'], "spasm-info: Unknown command 'ibuprofen' (run 'spasm-info --help' for usage).\n"],
    [["don't", 'know'], "spasm-info: Unknown command 'don't' (run 'spasm-info --help' for usage).\n"],
    [['shwo', 'thermal'], "spasm-info: Unknown command 'shwo'; did you mean show?\n"],
  ])('%j', async (args, stderr) => {
    expect(await runCli(args)).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('COLUMNS: the width where no terminal gives one', () => {
  const widest = (text: string) => Math.max(...lines(stripSgr(text)).map(displayWidth));
  it.each([
    ['60, piped', { COLUMNS: '60' }, undefined, 60],
    ['39, piped (honoured, though narrower than 40)', { COLUMNS: '39' }, undefined, 39],
    ['201, piped: at most 100', { COLUMNS: '201' }, undefined, 100],
    ['100000, piped: at most 100', { COLUMNS: '100000' }, undefined, 100],
    ['1, piped: at least 20', { COLUMNS: '1' }, undefined, 20],
    ['0, piped: ignored', { COLUMNS: '0' }, undefined, 80],
    ['junk, piped: ignored', { COLUMNS: '80x; rm -rf' }, undefined, 80],
    ['-5, piped: ignored', { COLUMNS: '-5' }, undefined, 80],
    ['200 on a terminal of 40: the terminal wins', { COLUMNS: '200' }, 40, 40],
    ['30 on a terminal of 60: the terminal wins', { COLUMNS: '30' }, 60, 60],
  ] as const)('COLUMNS=%s', async (_, env, terminal, width) => {
    const r = await runCli(['show', 'thermal', 'rest', '--no-pager'], env, terminal ? { terminal: { columns: terminal } } : {});
    expect(r.code).toBe(0);
    // Exactly this wide: the widest line fills the width, to within a word.
    expect(widest(r.stdout)).toBeLessThanOrEqual(width);
    expect(widest(r.stdout)).toBeGreaterThan(width - 12);
  });

  it('help wraps to COLUMNS in a pipe too', async () => {
    const r = await runCli(['--help'], { COLUMNS: '50' });
    expect(widest(r.stdout)).toBeLessThanOrEqual(50);
  });
});

describe('"did you mean" for a section name offers near misses only', () => {
  it.each([
    ['1', undefined], ['x', undefined], ['9', undefined], ['pr', undefined], ['zz', undefined],
    ['medicatons', 'medications'], ['surgury', 'surgery'], ['redflags', 'red-flags'], ['physcial', 'physical-therapy'], ['docter', 'red-flags'],
  ])('show %s: %s', async (name, id) => {
    const r = await runCli(['show', name]);
    expect(r.code).toBe(1);
    const hint = /did you mean '([^']+)'/.exec(r.stderr)?.[1];
    expect(hint).toBe(id);
  });
});
