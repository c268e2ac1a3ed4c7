// The findings of the new user's trial of 2026-12-04, ninth session (/work/tmp/trial-1204i.md),
// one block each, each row a case that once went wrong. In-process (runCli) except where a pure
// function is what is checked.
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { inPty } from './helpers/pty.js';
import { tempDir } from './helpers/temp.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

describe('F1: show with a name that matched nothing exits 1 in every format', () => {
  const said = "spasm-info: 'nope' matched no section; Thermal Therapy is shown (run 'spasm-info list' to see every section).\n";
  it.each([
    ['the terminal view', [] as string[], /^Thermal Therapy\n/],
    ['--raw', ['--raw'], /^# Thermal Therapy\n/],
    ['--json', ['--json'], /^\{\n {2}"id": "thermal",/],
  ])('show thermal nope, %s: what matched on stdout, the rest on stderr, exit 1', async (_, flags, stdout) => {
    const r = await runCli(['show', 'thermal', 'nope', ...flags]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(stdout);
    expect(r.stderr).toBe(said);
  });

  it('show thermal nope --json: stdout is the one record, valid JSON', async () => {
    const r = await runCli(['show', 'thermal', 'nope', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'thermal' });
  });
});

describe('F2: a PAGER of plain less gets -FRX when the user has no LESS of their own, as git does', () => {
  it.each([
    ['LESS unset: -FRX, so colour codes are passed through (-R)', {}, / -FRX$/],
    ['LESS empty: the same', { LESS: '' }, / -FRX$/],
    ["LESS set: the user's options last, so they win, and -R before them for the colours (trial20 finding 12)", { LESS: '-S' }, /\$ -R -S$/],
  ])('%s', async (_, env, end) => {
    const { lessEnv } = await import('../src/cli/pager.js');
    expect(lessEnv(env, 'Medications')).toMatch(end);
  });
});

describe('F2, end to end: PAGER=less in a terminal of 80 by 20', () => {
  it('shows the colour codes as colours, not as the text "ESC[1m"', () => {
    const out = inPty(['show', 'medications'], 80, { PAGER: 'less' }, 20, { input: 'q' });
    expect(out).toMatch(/Medications/);
    expect(out).not.toMatch(/ESC(\u001b\[27m)?\[/);
  });
});

describe('F3: a bare weekday is the last such day up to today (today is Friday 2026-12-04)', () => {
  const today = { year: 2026, month: 12, day: 4 };
  const noon = new Date(2026, 11, 4, 12, 0);
  it.each([
    ['monday', '2026-11-30'],
    ['mon', '2026-11-30'],
    ['on monday', '2026-11-30'],
    ['Monday 3pm', '2026-11-30'],
    ['tuesday', '2026-12-01'],
    ['thursday', '2026-12-03'],
    ['friday', '2026-12-04'],
    ['saturday', '2026-11-28'],
    ['sunday', '2026-11-29'],
    ['last monday', '2026-11-30'],
    ['last saturday', '2026-11-28'],
  ])('%j is %s', async (since, start) => {
    const { parseAnySince } = await import('../src/plan/since-words.js');
    const { formatDate } = await import('../src/plan/since.js');
    expect(formatDate(parseAnySince(since, today, { now: noon }))).toBe(start);
  });

  it.each(['next monday', 'this monday', 'next week'])('%j is still in the future, and refused', async (since) => {
    const { parseAnySince } = await import('../src/plan/since-words.js');
    expect(() => parseAnySince(since, today, { now: noon })).toThrowError(/is in the future/);
  });
});

describe('F4: show reads a bounded number of names, and shows a section named twice once', () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`);
  it.each([
    ['heat thermal (an alias and the id)', ['heat', 'thermal']],
    ['thermal thermal', ['thermal', 'thermal']],
    ['thermal 1,000 times', Array.from({ length: 1000 }, () => 'thermal')],
  ])('show %s: Thermal Therapy once, exit 0', async (_, words) => {
    const r = await runCli(['show', ...words]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^Thermal Therapy$/gm)).toHaveLength(1);
  });

  it('show thermal heat --json: one record, not a list of two', async () => {
    const r = await runCli(['show', 'thermal', 'heat', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'thermal' });
  });

  it.each([
    [100, 1, "spasm-info: 'w0' and 'w1' and"],
    [101, 2, "spasm-info: Too many section names (101): show takes at most 100 (run 'spasm-info show --help' for its usage).\n"],
    [1000, 2, "spasm-info: Too many section names (1000): show takes at most 100 (run 'spasm-info show --help' for its usage).\n"],
  ])('show thermal and other names, %i in all: exit %i', async (total, code, stderr) => {
    const r = await runCli(['show', 'thermal', ...names(total - 1)]);
    expect(r.code).toBe(code);
    expect(r.stderr.startsWith(stderr)).toBe(true);
  });
});

describe('F5: no U+2028 or U+2029 from a --data corpus reaches the terminal', () => {
  const body = 'Raw\u2028line and para\u2029graph, and entities &#x2028;here&#8233;there.\n\n| a | b |\n|---|---|\n| one\u2028two | x |\n';
  const file = join(tempDir('trial-1204i'), 'separators.json');
  writeFileSync(file, JSON.stringify({ sections: [{ id: 'sep', title: 'Title\u2028Two', summary: 'S\u2029s', body }] }));
  it.each([
    ['show, in a pipe', ['show', 'sep']],
    ['show, on a terminal', ['show', 'sep', '--color', 'always']],
    ['show --raw', ['show', 'sep', '--raw']],
    ['list', ['list']],
    ['search', ['search', 'entities']],
  ])('%s: each is a space', async (_, args) => {
    const r = await runCli(['--data', file, ...args]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u2028\u2029]/);
  });

  it('a table row holding one stays in the table', async () => {
    const r = await runCli(['--data', file, 'show', 'sep']);
    expect(r.stdout).toMatch(/│ one two +│ x +│/);
    expect(r.stdout).not.toMatch(/^\| one/m);
  });
});

describe('F6: an invalid-JSON message names a character the terminal would not show as an escape, never as ""', () => {
  it.each([
    ['a right-to-left override', '\u202e{}', 'unexpected "\\u202e" where a value was expected'],
    ['a zero width space', '\u200b{}', 'unexpected "\\u200b" where a value was expected'],
    ['a line separator', '\u2028{}', 'unexpected "\\u2028" where a value was expected'],
    ['ESC, as before', '\u001b{}', 'unexpected "\\u001b" where a value was expected'],
    ['an emoji, whole', '\u{1F600}{}', 'unexpected "\u{1F600}" where a value was expected'],
    ['a plain letter, as before', 'x', 'unexpected "x" where a value was expected'],
  ])('%s', async (_, text, problem) => {
    const { locateJsonError } = await import('../src/util/json-error.js');
    expect(locateJsonError(text)?.problem).toBe(problem);
  });

  it('end to end: --data with a file starting with U+202E', async () => {
    const file = join(tempDir('trial-1204i'), 'bidi.json');
    writeFileSync(file, '\u202e{}');
    const r = await runCli(['--data', file, 'list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(line 1, column 1: unexpected "\\u202e" where a value was expected)');
  });
});

describe('F7: a section that is a list is said to be no object, not to lack an id', () => {
  it.each([
    ['[[]]', '{"sections":[[]]}', 'section 1 must be an object.'],
    ['[[[]]]', '{"sections":[[[]]]}', 'section 1 must be an object.'],
    ['a number, as before', '{"sections":[5]}', 'section 1 must be an object.'],
    ['an object with no id, as before', '{"sections":[{"title":"t","summary":"s","body":"b"}]}', 'section 1, field "id": is missing.'],
  ])('%s', async (_, json, said) => {
    const file = join(tempDir('trial-1204i'), 'list-section.json');
    writeFileSync(file, json);
    const r = await runCli(['--data', file, 'list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`spasm-info: Cannot use '${file}' as a corpus: ${said}\n`);
  });
});

describe('F8: --limit takes any positive whole number, however long', () => {
  it.each([['9007199254740993'], ['99999999999999999999'], ['0001']])('search ice -n %s: results, exit 0', async (limit) => {
    const r = await runCli(['search', 'ice', '-n', limit]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\. Thermal Therapy/);
  });

  it.each([['0'], ['-1'], ['1.5'], ['1e3'], ['0x10'], ['']])('search ice -n %j: still refused, exit 2', async (limit) => {
    const r = await runCli(['search', 'ice', '-n', limit]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('it must be a positive whole number');
  });
});

describe('F12: options but no command are a usage error of one sentence, not the whole help on stderr', () => {
  const said = "spasm-info: No command given: the commands are list, show, search, plan, timer, completion.\n";
  it.each([[['--']], [['--color', 'never']], [['--data', 'x.json']], [['--color', 'never', '--']]])('spasm-info %j: exit 2, one sentence', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(said);
  });

  it('spasm-info alone still says what it is on stdout, exit 0', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^spasm-info: an offline reference/);
  });
});

describe("F13: a command argument outside its choices is said in plain words, not commander's", () => {
  it.each([['tcsh'], ['powershell']])('completion %s', async (shell) => {
    const r = await runCli(['completion', shell]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`spasm-info: '${shell}' is not a shell spasm-info knows; the choices are bash, zsh, fish.\n`);
  });
});

describe('F11: in the stacked list (under 74 columns), an id wider than half the line hangs the rest by 2', () => {
  const file = join(tempDir('trial-1204i'), 'long-id.json');
  const id = `longid${'x'.repeat(94)}`;
  writeFileSync(file, JSON.stringify({ sections: [{ id, title: 'The title', summary: 'The summary.', body: 'b' }, { id: 'short', title: 'Short one', summary: 'S.', body: 'b' }] }));
  it.each([[40], [60]])('at %i columns: the id broken into lines of the width, the title after it, no line indented by more than 4', async (columns) => {
    const r = await runCli(['--data', file, 'list', '--color', 'never'], {}, { terminal: { columns, rows: 50 } });
    const lines = r.stdout.split('\n');
    expect(lines.every((line) => line.length <= columns)).toBe(true);
    expect(lines.every((line) => !/^ {5}/.test(line))).toBe(true);
    expect(lines.join('').replace(/\s/g, '')).toContain(`${id}Thetitle`);
    expect(r.stdout).toContain('short  Short one\n    S.\n');
  });
});

describe("F10 (in part): the article's drug classes name the section that lists them", () => {
  it.each([['nsaids'], ['NSAIDs'], ['muscle relaxants'], ['corticosteroids'], ['opioids'], ['narcotic painkillers'], ['rub-on pain relievers']])('show %s: Medications', async (name) => {
    const r = await runCli(['show', ...name.split(' ')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Medications\n/);
  });

  it('a --data class name of 9,000 brackets still names its section', async () => {
    const file = join(tempDir('trial-1204i'), 'class.json');
    const name = `${'('.repeat(9_000)}x)`;
    writeFileSync(file, JSON.stringify({ sections: [{ id: 'a', title: 'A', summary: 's', body: 'b', drugs: [{ class: name, label: 'l', members: [{ generic: 'gen' }] }] }] }));
    const r = await runCli(['--data', file, 'show', 'x']);
    expect(r.code).toBe(0);
  });
});

describe('F16: a --data corpus is bounded in its lists as in its texts: no list long enough to crash', () => {
  const write = (name: string, value: unknown) => {
    const file = join(tempDir('trial-1204i'), name);
    writeFileSync(file, JSON.stringify(value));
    return file;
  };
  const section = (extra: object) => ({ id: 'a', title: 'T', summary: 's', body: 'b', ...extra });
  const many = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  it.each([
    ['10,001 aliases', { sections: [section({ aliases: many(10_001, 'al') })] }, 'section 1 ("a"), field "aliases": must list at most 10,000 items'],
    ['10,001 terms in a vocabulary group', { sections: [section({ vocabulary: [{ means: 'm', terms: many(10_001, 't') }] })] }, 'section 1 ("a"), field "vocabulary[0].terms": must list at most 10,000 items'],
    ['100,001 sections', { sections: Array.from({ length: 100_001 }, (_, i) => ({ id: `s${i}`, title: 't', summary: 's', body: 'b' })) }, 'field "sections": must hold at most 100,000 sections'],
  ])('%s: refused, exit 2, one sentence', async (_, corpus, said) => {
    const file = write('long-list.json', corpus);
    const r = await runCli(['--data', file, 'list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`spasm-info: Cannot use '${file}' as a corpus: ${said}.\n`);
  });

  it.each([
    ['show zzz (the suggestions read every name)', ['show', 'zzz'], 1],
    ['show t5 (the vocabulary is read)', ['show', 't5'], 0],
  ])('10,000 aliases and 10,000 terms, %s: no internal error', async (_, args, code) => {
    const file = write('at-limit.json', { sections: [section({ aliases: many(10_000, 'al'), vocabulary: [{ means: 'm', terms: many(10_000, 't') }] })] });
    const r = await runCli(['--data', file, ...args]);
    expect(r.code).toBe(code);
    expect(r.stderr).not.toMatch(/Internal error/);
  });

  it('a corpus object given to the library with 200,000 aliases: suggestions and terms without a stack overflow', async () => {
    const { suggestSections } = await import('../src/corpus/suggest.js');
    const { termsOf } = await import('../src/corpus/names.js');
    const big = section({ aliases: many(200_000, 'al'), vocabulary: [{ means: 'm', terms: many(200_000, 't') }] });
    expect(suggestSections({ sections: [big] } as never, 'zzzzzz')).toEqual([]);
    expect(termsOf(big as never)).toHaveLength(200_000);
  });
});

describe('F10 (title words): the last words of one section\'s title name it, two words or more', () => {
  it.each([
    [['medical', 'help'], /^When to get medical help\n/, 0],
    [['get', 'medical', 'help'], /^When to get medical help\n/, 0],
    [['Medical-Help'], /^When to get medical help\n/, 0],
  ])('show %j', async (words, stdout, code) => {
    const r = await runCli(['show', ...words]);
    expect(r.code).toBe(code);
    expect(r.stdout).toMatch(stdout);
  });

  it.each([
    ['one word alone is not enough', ['help'], "spasm-info: No section matches 'help'; did you mean 'red-flags' (When to get medical help)?\n"],
    ['words in the middle of a title are not its end', ['get', 'medical'], "spasm-info: No section matches 'get medical' (run 'spasm-info list' to see every section).\n"],
  ])('%s: show %j', async (_, words, stderr) => {
    const r = await runCli(['show', ...words]);
    expect(r.code).toBe(1);
    expect(r.stderr.startsWith(stderr)).toBe(true);
  });

  it('a tail two titles share names neither (a --data corpus)', async () => {
    const file = join(tempDir('trial-1204i'), 'tails.json');
    writeFileSync(file, JSON.stringify({ sections: [{ id: 'a', title: 'Cold pack therapy', summary: 's', body: 'b' }, { id: 'b', title: 'Hot pack therapy', summary: 's', body: 'b' }] }));
    const r = await runCli(['--data', file, 'show', 'pack', 'therapy']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^spasm-info: No section matches 'pack therapy' \(run/);
  });
});

describe('F17: a fortnight, as British people say two weeks (today is Friday 2026-12-04)', () => {
  const today = { year: 2026, month: 12, day: 4 };
  const noon = new Date(2026, 11, 4, 12, 0);
  it.each([
    ['a fortnight ago', '2026-11-20'],
    ['fortnight ago', '2026-11-20'],
    ['one fortnight ago', '2026-11-20'],
    ['2 fortnights ago', '2026-11-06'],
    ['A Fortnight Ago', '2026-11-20'],
  ])('%j is %s', async (since, start) => {
    const { parseAnySince } = await import('../src/plan/since-words.js');
    const { formatDate } = await import('../src/plan/since.js');
    expect(formatDate(parseAnySince(since, today, { now: noon }))).toBe(start);
  });

  it('a fortnight from now is still in the future, and refused', async () => {
    const { parseAnySince } = await import('../src/plan/since-words.js');
    expect(() => parseAnySince('in a fortnight', today, { now: noon })).toThrowError(/is in the future|is not a date it can read/);
  });
});

describe('F18: a timer whose output can no longer be written stops at once, not 20 minutes later', () => {
  /** A session on a fake clock that never moves unless told: a stop must come from the output. */
  const session = async (endedAfter: number, request: { json?: boolean } = {}, readerGoes?: (gone: () => void) => void) => {
    const { runTimerCommand } = await import('../src/plan/timer-run.js');
    const { loadBundledCorpus } = await import('../src/corpus/corpus.js');
    const { plainTheme } = await import('../src/render/theme.js');
    const { toJson } = await import('../src/cli/cli.js');
    const { EventEmitter } = await import('node:events');
    let writes = 0;
    let pending = 0;
    const run = runTimerCommand(loadBundledCorpus().plan, { name: 'ice', ...request }, {
      stdout: { write: () => void writes++, isTTY: false },
      signals: new EventEmitter(),
      env: {},
      theme: plainTheme,
      clock: { now: () => 0 },
      scheduler: { after: () => (pending++, () => void pending--) },
      notify: async () => {},
      note: () => {},
      jsonLine: (value) => toJson(value, 0),
      outputEnded: () => writes >= endedAfter,
      onOutputEnded: readerGoes,
    });
    // The clock never moves: a session that did not stop by itself is still running when the
    // event loop next turns.
    const status = await Promise.race([run, new Promise<string>((resolve) => setImmediate(() => resolve('still running')))]);
    return { status, writes, pending };
  };

  it.each([
    ['the start line failed (a full disk): stopped at the first tick', 1, {}],
    ['--json, the start event failed', 1, { json: true }],
  ])('%s, status 0 for the CLI to make 74, nothing left scheduled', async (_, endedAfter, request) => {
    const r = await session(endedAfter, request);
    expect(r.status).toBe(0);
    expect(r.writes).toBe(1);
    expect(r.pending).toBe(0);
  });

  it('the reader of its pipe seen to go between ticks (the watch calls back): stopped then, not at the next tick, nothing left scheduled', async () => {
    let goes: (() => void) | undefined;
    const r = await session(Infinity, {}, (listener) => {
      goes = listener;
      queueMicrotask(() => goes?.());
    });
    expect(goes, 'the session asked to hear of the reader going').toBeTypeOf('function');
    expect(r.status).toBe(0);
    expect(r.writes, 'the start line only: no end announced to no one').toBe(1);
    expect(r.pending).toBe(0);
  });

  it('end to end: timer ice > /dev/full says so once and exits 74 without waiting out the session', async () => {
    const { spawnSync } = await import('node:child_process');
    const { bin, root } = await import('./helpers/cli.js');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" timer ice >/dev/full`], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 20_000 });
    expect(r.status).toBe(74);
    expect(r.stderr).toBe('spasm-info: cannot write the output: no space left on device (ENOSPC).\n');
  });
});

describe("F19: a --data title or source name holding a line break stays on its line in show's Markdown", () => {
  it.each([
    ['a section title', { sections: [{ id: 'a', title: 'Two\nlines', summary: 's', body: 'The body.' }] }, /^# Two lines\n\nThe body\.\n/],
    ['a source of the drug table', {
      sources: [{ id: 'src', title: 'A page\nwith two lines', url: 'https://example.org/page' }],
      sections: [{ id: 'a', title: 'T', summary: 's', body: 'b', drugs: [{ class: 'C', label: 'l', sources: ['src'], members: [{ generic: 'gen' }] }] }],
    }, /^- A page with two lines, https:\/\/example\.org\/page$/m],
  ])('%s', async (_, corpus, markdown) => {
    const file = join(tempDir('trial-1204i'), 'lines.json');
    writeFileSync(file, JSON.stringify(corpus));
    const r = await runCli(['--data', file, 'show', 'a', '--raw']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(markdown);
  });

  it('show, rendered: the title is one heading line', async () => {
    const file = join(tempDir('trial-1204i'), 'lines.json');
    writeFileSync(file, JSON.stringify({ sections: [{ id: 'a', title: 'Two\nlines', summary: 's', body: 'The body.' }] }));
    const r = await runCli(['--data', file, 'show', 'a']);
    expect(r.stdout).toMatch(/^Two lines\n\nThe body\.\n/);
  });
});

describe('F20: NEL (U+0085) from a --data corpus is a space, as a line break is, not glued words', () => {
  const file = join(tempDir('trial-1204i'), 'nel.json');
  writeFileSync(file, JSON.stringify({ sections: [{ id: 'a', title: 'Title', summary: 'one\u0085two', body: 'Raw three\u0085four.' }] }));
  it.each([
    ['list', ['list'], /^a\tTitle\tone two\n$/],
    ['show', ['show', 'a'], /Raw three four\./],
    ['show --raw', ['show', 'a', '--raw'], /Raw three four\./],
  ])('%s', async (_, args, stdout) => {
    const r = await runCli(['--data', file, ...args]);
    expect(r.stdout).toMatch(stdout);
    expect(r.stdout).not.toMatch(/\u0085/);
  });
});
