// The findings of the new user's trial of the twentieth session (/work/wt/trial20-report.md) that
// are about the CLI's own behaviour (findings 12, 13, 18-21, 26), one block each, each row a case
// that once went wrong. In-process (runCli) except where a pure function or a real terminal is what
// is checked.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bin, runCli } from './helpers/cli.js';
import { inPty, stripSgr } from './helpers/pty.js';

describe('finding 12: a LESS of the user\'s without R still shows colours as colours', () => {
  it.each([
    ['LESS=-i: -R comes before it', { LESS: '-i' }, true, /\$ -R -i$/],
    ['LESS=-i -M: -R comes before them', { LESS: '-i -M' }, true, /\$ -R -i -M$/],
    ['LESS=-iR already passes colour: as it is', { LESS: '-iR' }, true, /\$ -iR$/],
    ['LESS=-r (raw) already passes colour: as it is', { LESS: '-r' }, true, /\$ -r$/],
    ['LESS=--RAW-CONTROL-CHARS: as it is', { LESS: '--RAW-CONTROL-CHARS' }, true, /\$ --RAW-CONTROL-CHARS$/],
    ['a prompt of the user\'s with an R in it is not an -R', { LESS: '-PsRead' }, true, /\$ -R -PsRead$/],
    // A -R after an option that takes a string would be read as part of it (trial65 finding 1).
    ['LESS with a prompt of its own last: -R before it, not inside it', { LESS: '-M -PM%f line %lb' }, true, /\$ -R -M -PM%f line %lb$/],
    ['LESS=-Dd+r (a colour option last): -R before it', { LESS: '-Dd+r' }, true, /\$ -R -Dd\+r$/],
    ['no colour in the text (--color never, NO_COLOR): the user\'s LESS alone', { LESS: '-i' }, false, /\$ -i$/],
    ['LESS unset: -FRX, as before', {}, true, /\$ -FRX$/],
  ])('%s', async (_, env, coloured, end) => {
    const { lessEnv } = await import('../src/cli/pager.js');
    expect(lessEnv(env, 'Medications', 80, coloured)).toMatch(end);
  });

  it('end to end, PAGER=less LESS=-i in a terminal of 80 by 20: no "ESC[1m", no word folded', () => {
    const out = inPty(['show', 'medications'], 80, { PAGER: 'less', LESS: '-i' }, 20, { input: 'q' });
    expect(out).toMatch(/Medications/);
    expect(out).not.toMatch(/ESC(\u001b\[27m)?\[/);
    expect(out).not.toMatch(/nonstero\s*\n\s*idal/);
  });

  it('end to end, PAGER=less with a prompt of the user\'s last in LESS: colours, not "ESC[1m" (trial65 finding 1)', () => {
    const out = inPty(['show', 'medications'], 80, { PAGER: 'less', LESS: '-M -PM%f line %lb' }, 20, { input: 'q' });
    expect(out).toMatch(/Medications/);
    expect(out).not.toMatch(/ESC(\u001b\[27m)?\[/);
  });
});

describe('finding 13: no pager where less cannot work (TERM dumb, unset or empty)', () => {
  const page = (paged: string[]) => (command: string) => (paged.push(command), 0);
  it.each([
    ['TERM=dumb', { TERM: 'dumb' }],
    ['TERM unset', {}],
    ['TERM empty', { TERM: '' }],
  ])('%s: show medications on a terminal of 10 rows is printed, not paged', async (_, env) => {
    const paged: string[] = [];
    const r = await runCli(['show', 'medications'], { PAGER: 'less', ...env }, { terminal: { columns: 80, rows: 10 }, page: page(paged) });
    expect(paged).toEqual([]);
    expect(stripSgr(r.stdout)).toMatch(/^Medications\n/);
    expect(r.code).toBe(0);
  });

  it('TERM=xterm-256color: paged, as before', async () => {
    const paged: string[] = [];
    await runCli(['show', 'medications'], { PAGER: 'less', TERM: 'xterm-256color' }, { terminal: { columns: 80, rows: 10 }, page: page(paged) });
    expect(paged).toEqual(['less']);
  });
});

describe('finding 19: --help, the man page and the README list the --json keys that are printed', async () => {
  const { JSON_FIELDS, jsonKeys } = await import('../src/corpus/json-fields.js');
  type Fields = typeof JSON_FIELDS;
  type Named<F extends readonly string[]> = F[number] extends infer K ? (K extends `${infer N}?` ? N : K) : never;
  type Required<F extends readonly string[]> = Exclude<F[number], `${string}?`>;
  type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
  type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
  /** Every key of each record type is listed, '?' exactly on the optional ones: tsc fails otherwise. */
  type Agree<T, F extends readonly string[]> = [Same<keyof T, Named<F>>, Same<RequiredKeys<T>, Required<F>>];
  const typesAgree: [
    Agree<ReturnType<typeof import('../src/corpus/corpus.js').listSections>[number], Fields['list']>,
    Agree<import('../src/corpus/records.js').SectionRecord, Fields['show']>,
    Agree<import('../src/corpus/records.js').SearchHitRecord, Fields['search']>,
    Agree<import('../src/corpus/records.js').PlanJsonRecord, Fields['plan']>,
    Agree<import('../src/plan/timer.js').TimerEvent, Fields['timer']>,
  ] = [[true, true], [true, true], [true, true], [true, true], [true, true]];
  expect(typesAgree).toBeDefined();

  /** The keys of real records, each in the order printed; `fields` lists them all, in that order. */
  const inOrder = (records: object[], fields: readonly string[]) => {
    const names = fields.map((f) => f.replace(/\?$/, ''));
    for (const record of records) {
      const keys = Object.keys(record);
      expect(keys.filter((k) => !names.includes(k)), 'printed but not listed').toEqual([]);
      expect(keys).toEqual(names.filter((n) => keys.includes(n)));
    }
    // Every listed key is printed by at least one of these records.
    expect(names.filter((n) => !records.some((r) => n in r)), 'listed but never printed').toEqual([]);
  };
  const json = async (args: string[]) => JSON.parse((await runCli(args)).stdout);

  it('list, show, search and plan: real records against the list', async () => {
    inOrder(await json(['list', '--json']), JSON_FIELDS.list);
    inOrder([await json(['show', 'thermal', '--json']), ...(await json(['show', 'medications', 'red-flags', '--json']))], JSON_FIELDS.show);
    inOrder([...(await json(['search', 'stiff', 'neck', 'and', 'fever', '--json'])), ...(await json(['search', 'ibuprofen', '--json'])), ...(await json(['search', 'paracetemol', '--json'])), ...(await json(['search', 'tylenol for my neck and my knee', '--json']))], JSON_FIELDS.search);
    const plans = [];
    for (const since of ['today', '9 days ago', '30 days ago']) plans.push(await json(['plan', '--since', since, '--json']));
    inOrder(plans, JSON_FIELDS.plan);
  });

  it.each(['list', 'show', 'search', 'plan', 'timer'] as const)('%s --help and the man page name every key', async (command) => {
    const help = (await runCli([command, '--help'], { COLUMNS: '200' })).stdout;
    expect(help.replace(/\s+/g, ' ')).toContain(jsonKeys(command));
    const { manPage } = await import('../src/cli/manpage.js');
    const { cliSpec, manPageText } = await import('../src/cli/program.js');
    const man = manPage(cliSpec(), manPageText('2026-12-06'));
    expect(man.replace(/\\:/g, '')).toContain(jsonKeys(command).replace(/-/g, '\\-'));
  });

  it('the README\'s JSON section names every key, ? on the optional ones', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const block = readme.slice(readme.indexOf('## JSON output'), readme.indexOf('## Exit codes'));
    for (const command of ['list', 'show', 'search'] as const) expect(block).toContain(`${command.padEnd(6)} → ${command === 'show' ? '' : '['}${jsonKeys(command)}`);
    for (const command of ['plan', 'timer'] as const) {
      const lines = block.slice(block.indexOf(`${command.padEnd(6)} →`)).split('\n').slice(0, 2).join(' ');
      for (const key of JSON_FIELDS[command]) expect(lines).toMatch(key.endsWith('?') ? `"${key.slice(0, -1)}"?` : new RegExp(`"${key}"(?!\\?)`));
    }
  });
});

describe('finding 20: every error is one sentence on one line of stderr, exit codes as before', () => {
  it.each([
    [['bogus'], 2],
    [['neck', 'pain'], 2],
    [['help', 'nope'], 2],
    [['--bogus'], 2],
    [['show', '--bogus'], 2],
    [['--color', 'never'], 2],
    [['--color', 'purple', 'list'], 2],
    [['search', 'x', '--limit', '0'], 2],
    [['search', 'x', '--limt', '3'], 2],
    [['search'], 2],
    [['search', '   '], 2],
    [['search', '?'], 2],
    [['plan', 'extra'], 2],
    [['plan', '--since', 'garbage'], 2],
    [['completion', 'tcsh'], 2],
    [['timer', 'cofee'], 2],
    [['timer', 'heat', '--minutes', '25'], 2],
    [['--data', '/nonexistent/corpus.json', 'list'], 2],
    [['show', 'thermal', '--json', '--raw'], 2],
    [['show', 'thermel'], 1],
    [['show', 'nope'], 1],
    [['show', 'p'], 1],
    [['show', 'thermal', 'nope'], 1],
    [['search', 'qwerty'], 1],
    [['search', 'spazmm'], 1],
    [['search', 'the', 'of', 'and'], 1],
  ])('%j: exit %i, one line', async (args, code) => {
    const r = await runCli(args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(/^spasm-info: [^\n]+[.?]\n$/);
  });

  it('a pager that failed after reading: one line saying how to see it without one', async () => {
    const r = await runCli(['show', 'medications'], { PAGER: 'mypager', TERM: 'xterm' }, { terminal: { columns: 80, rows: 10 }, page: () => 3 });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("spasm-info: The pager 'mypager' stopped with exit status 3; run 'spasm-info show medications --no-pager' to print it without one.\n");
  });

  it('a note that is not an error stays a line of its own, before the error', async () => {
    const r = await runCli(['search', 'a'.repeat(80), 'qwertyzx']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^spasm-info: '(a+)…' left out: a word of more than \d+ characters is too long to search for\.\nspasm-info: Nothing matches [^\n]+\.\n$/);
  });

  // Trial20 finding 26: a correction is announced only above the results it shows.
  it('a typo read as another word is not announced when nothing is found', async () => {
    const r = await runCli(['search', 'naproxin', 'cholesterol']);
    expect(r.stderr).toBe("spasm-info: Nothing matches 'naproxin cholesterol'; did you mean 'naproxen'?\n");
    expect((await runCli(['search', 'naproxin'])).stderr).toContain("showing results for 'naproxen'");
  });

  it('an echo is cut, the pointer after it is not taken for one', async () => {
    const r = await runCli(['completion', 'tcsh']);
    expect(r.stderr).toBe("spasm-info: 'tcsh' is not a shell spasm-info knows; the choices are bash, zsh, fish.\n");
    const long = await runCli(['show', '--bogus' + 'x'.repeat(100)]);
    expect(long.stderr).toMatch(/^spasm-info: Unknown option '--bogusx+…' \(run 'spasm-info show --help' for its usage\)\.\n$/);
  });
});

describe('finding 21: one rule for unusable input, and messages that say what is so', () => {
  it.each([
    ['blank', '   ', 'The search query is empty: give one or more words to look for.'],
    ['punctuation only', '?', "The search query '?' has no words, only punctuation or symbols: give one or more words to look for."],
    ['symbols only', '→ ★', "The search query '→ ★' has no words, only punctuation or symbols: give one or more words to look for."],
  ])('a query with no letter or digit (%s) is unusable: exit 2', async (_, query, message) => {
    const r = await runCli(['search', query]);
    expect([r.code, r.stderr]).toEqual([2, `spasm-info: ${message}\n`]);
  });

  it("search -- -n: '-n' is a single letter, not a common word; exit 1 (words that find nothing)", async () => {
    const r = await runCli(['search', '-n1', '--', '-n']);
    expect([r.code, r.stderr]).toEqual([1, "spasm-info: Nothing matches '-n': it has only single letters, too short to search for.\n"]);
  });
});

describe('finding 21, continued', () => {
  it.each([[['--version', 'extra']], [['search', 'ice', '--version']], [['-v', 'list']]])('%j: --version is used alone, exit 2', async (args) => {
    const r = await runCli(args);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', "spasm-info: --version is used alone: run 'spasm-info --version'.\n"]);
  });

  it('--version alone, and a query of "--version" after --, as before', async () => {
    expect((await runCli(['--version'])).code).toBe(0);
    expect((await runCli(['search', '--', '--version'])).code).toBe(1);
  });

  it('plan --since "since monday" is read as --since monday', async () => {
    const now = new Date(2026, 11, 4, 12, 0);
    const [said, plain] = [await runCli(['plan', '--since', 'since monday', '--json'], {}, { now }), await runCli(['plan', '--since', 'monday', '--json'], {}, { now })];
    expect(said.code).toBe(0);
    expect(JSON.parse(said.stdout).start).toBe('2026-11-30');
    expect(said.stdout).toBe(plain.stdout);
  });

  it("--data: an id's message states the real rule", async () => {
    const { writeFileSync } = await import('node:fs');
    const { tempDir } = await import('./helpers/temp.js');
    const file = `${tempDir('trial20')}/c.json`;
    writeFileSync(file, JSON.stringify({ sections: [{ id: '-rf', title: 't', summary: 's', body: 'b' }] }));
    const r = await runCli(['--data', file, 'list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('field "id": must be letters, digits, dots, hyphens or underscores, starting with a letter or digit.');
  });
});

describe('finding 26: --color always and stderr; a warning line at 40 columns', () => {
  it('--color always colours stdout, not a stderr that is a pipe or file (2>err.log)', async () => {
    const r = await runCli(['--color', 'always', 'search', 'naproxin', 'cholesterol', 'neck']);
    expect(r.stdout).toContain('\u001b[');
    expect(r.stderr).toMatch(/^spasm-info: no exact match for 'naproxin'/);
    expect(r.stderr).not.toContain('\u001b');
  });

  it('--color always with stderr on a terminal: coloured there', async () => {
    const r = await runCli(['--color', 'always', 'search', 'naproxin', 'cholesterol', 'neck'], {}, { terminal: { columns: 80 }, stderrTTY: true });
    expect(r.stderr).toContain('\u001b[');
  });

  it('at 40 columns "see 2." is never the end of a line', async () => {
    const r = await runCli(['search', 'would a wheat bag help my numb arm', '-n', '2'], { COLUMNS: '40' });
    expect(r.stdout).toMatch(/see\s+2\. When/);
    expect(r.stdout).not.toMatch(/see 2\.\n/);
    expect(r.stdout).not.toContain('\u00a0');
  });
});

describe('finding 26: a timer in a pipe notices its reader went away', () => {
  /** `script` run by sh, S standing for the built CLI; each run is bounded by `timeout`, so that a
   *  timer that does not notice leaves no session running after the test. `ms` runs until sh and
   *  everything holding its output have closed it. Each run is a second or two of waiting and almost
   *  no CPU: the three start as the file is collected and wait while its other tests run (one after
   *  another in their tests they kept a test worker idle for 5-6 s). This worker may see a close a
   *  little late while a test of its own runs, which can only lengthen `ms`. */
  const inShell = (script: string) =>
    new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number }>((resolve, reject) => {
      const started = Date.now();
      const child = spawn('sh', ['-c', script.replace(/\bS /g, `'${process.execPath}' '${bin}' `)], { timeout: 15_000, env: { PATH: process.env.PATH ?? '' } });
      child.stdin.end();
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', reject);
      child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr, ms: Date.now() - started }));
    });
  const headOne = process.platform === 'linux' ? inShell('{ timeout 12 S timer ice; echo "timer exit $?" >&2; } | head -1') : undefined;
  const headByte = process.platform === 'linux' ? inShell('timeout 12 S timer ice --json | head -c 1 >/dev/null') : undefined;
  const cat = inShell('SPASM_INFO_TEST_CLOCK_RATE=600 timeout 12 S timer heat --minutes 1 | cat');

  it.runIf(process.platform === 'linux')('timer ice | head -1: ends within seconds (it waited the 20 minutes), quietly, exit 0', async () => {
    const r = (await headOne)!;
    expect(r.signal).toBeNull();
    expect(r.ms).toBeLessThan(10_000);
    expect(r.stdout).toMatch(/^Ice or cold packs: 20 minutes, from \d\d:\d\d until \d\d:\d\d\.\n$/);
    expect(r.stderr).toBe('timer exit 0\n');
    const own = (await headByte)!;
    expect(own.ms).toBeLessThan(10_000);
  });

  it('a session that ends in a pipe leaves nothing holding it open: the reader sees the end at once', async () => {
    const r = await cat;
    expect(r.signal).toBeNull();
    expect(r.stdout).toMatch(/Time's up \(1 minute\)/);
    expect(r.ms).toBeLessThan(10_000);
  });
});
