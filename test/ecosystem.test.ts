// spasm-info among the tools around it: shells completing with it, pagers, man, npm. Mostly end to
// end by nature: real bash, zsh and fish; the built CLI in a pseudo-terminal where the pager is a
// real program it starts (less, or $PAGER); man reading the built page; npm packing and installing
// the package, and a TypeScript project using it. What only needs the CLI's own decisions (when to
// page, help text) runs in-process.
import { execFileSync, spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, cli, root, runCli } from './helpers/cli.js';
import { inPty, ptySeries, stripSgr, type PtyCommand } from './helpers/pty.js';
import { tempDir } from './helpers/temp.js';
// @ts-expect-error: plain JavaScript module shared with `npm run screenshot`
import { makeScreenshot } from '../scripts/screenshot.mjs';

/** Child processes a block starts as this file is collected (its npm install): ended with the file
 *  if still running, as when -t leaves their block out (its afterAll would not run), before
 *  test/helpers/setup.ts removes their folders. */
const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill();
});

/** A folder with `spasm-info` on it, for shells that complete by calling the command: the
 *  completions of section ids call `spasm-info --color never list`. For exactly that command line
 *  it is a stand-in printing what the built CLI printed for it (run once, here); any other runs the
 *  built CLI itself (the --data case). One Node start for the bash, zsh and fish checks' plain
 *  section lists instead of one each (about 0.06 s of CPU each). The --data case here, and
 *  test/completion.test.ts, run each shell's section lookup against the built CLI itself. */
const binDir = tempDir('bin');
const shQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const listed = cli(['--color', 'never', 'list']);
writeFileSync(join(binDir, 'spasm-info'), `#!/bin/sh
[ $# -eq 3 ] && [ "$1" = --color ] && [ "$2" = never ] && [ "$3" = list ] || exec ${shQuote(process.execPath)} ${shQuote(bin)} "$@"
printf '%s' ${shQuote(listed.code === 0 ? listed.stdout : '')}
`);
chmodSync(join(binDir, 'spasm-info'), 0o755);
const PATH = `${binDir}:${process.env.PATH}`;
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
/** zsh and fish are installed by .ci/run; elsewhere their checks run only where they are installed. */
const shellTest = (shell: string) => (has(shell) || process.env.CI === 'true' ? it : it.skip);

describe('shell completion', () => {
  const cases: [string[], string[]][] = [
    [['spasm-info', 'show', 'th'], ['thermal']],
    [['spasm-info', 'show', 'r'], ['rest', 'red-flags']],
    [['spasm-info', 'show', 'thermal', 'su'], ['surgery']],
    [['spasm-info', 's'], ['show', 'search']],
    [['spasm-info', ''], ['list', 'show', 'search', 'plan', 'timer', 'completion', 'help']],
    [['spasm-info', 'timer', ''], ['ice', 'heat']],
    [['spasm-info', 'timer', '--m'], ['--minutes']],
    [['spasm-info', '--co'], ['--color']],
    [['spasm-info', '--color', 'a'], ['auto', 'always']],
    [['spasm-info', 'search', '--l'], ['--limit']],
    [['spasm-info', 'show', '--r'], ['--raw']],
    [['spasm-info', 'completion', 'f'], ['fish']],
    [['spasm-info', '--data', 'test/fixtures/custom.json', 'show', ''], ['alpha', 'beta']],
  ];
  /** Every case's completions, from one bash that sources the script once (the sections come
   *  from the built `spasm-info` on PATH, as they would for a user). */
  let replies: string[][] = [];
  beforeAll(async () => {
    const file = join(binDir, 'spasm-info.bash');
    writeFileSync(file, (await runCli(['completion', 'bash'])).stdout);
    const script = [`source ${file}`, ...cases.map(([words]) =>
      `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; COMPREPLY=(); _spasm_info; printf '%s\\n' "\${COMPREPLY[@]}"; echo '--'`)].join('\n');
    // --norc: a bash whose stdin is a socket (as Node's pipes are) takes itself for one started by
    // sshd and runs the user's ~/.bashrc, even with -c. Here, with no HOME, that was root's
    // ~/.bashrc and its `pyenv init`: 0.85 s of CPU and 2 s of this file's wall time a run
    // (2026-12-04), and the tests then depended on the developer's startup files.
    const out = execFileSync('bash', ['--norc', '-c', script], { cwd: root, encoding: 'utf8', env: { PATH } });
    replies = out.split('--\n').slice(0, -1).map((block) => block.split('\n').filter(Boolean));
  });

  it.each(cases.map((c, i) => [...c, i] as const))('bash: %j completes to %j', (_, expected, i) => {
    expect(replies[i]).toEqual(expected);
  });

  shellTest('zsh')('zsh -n accepts the zsh script, and its section lookup lists the ids', async () => {
    const script = (await runCli(['completion', 'zsh'])).stdout;
    const file = join(binDir, '_spasm-info');
    writeFileSync(file, script);
    expect(spawnSync('zsh', ['-n', file], { encoding: 'utf8' }).stderr).toBe('');
    const probe = `autoload -Uz compinit 2>/dev/null; compdef() {}; _describe() { print -l -- \${(P)2} }
source ${file}; typeset -A opt_args; _spasm_info_sections`;
    const out = execFileSync('zsh', ['-f', '-c', probe], { cwd: root, encoding: 'utf8', env: { PATH } });
    expect(out.trim().split('\n')).toEqual(['overview', 'medications', 'thermal', 'rest', 'physical-therapy', 'surgery', 'red-flags']);
  });

  shellTest('fish')('fish --no-execute accepts the fish script, and fish completes show th to thermal', async () => {
    const file = join(binDir, 'spasm-info.fish');
    writeFileSync(file, (await runCli(['completion', 'fish'])).stdout);
    expect(spawnSync('fish', ['--no-execute', file], { encoding: 'utf8' }).status).toBe(0);
    const out = execFileSync('fish', ['-c', `source ${file}; complete -C 'spasm-info show th'`], { cwd: root, encoding: 'utf8', env: { PATH, HOME: binDir } });
    expect(out.trim()).toBe('thermal');
  });

  it('an unknown shell: exit 2', async () => {
    const r = await runCli(['completion', 'powershell']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("spasm-info: 'powershell' is not a shell spasm-info knows; the choices are bash, zsh, fish.\n");
  });
});

describe('the pager', () => {
  const PAGER = 'sed s/^/paged:/';
  /** Text with every run of white space (a line break of the wrapping) as one space. */
  const flat = (text: string) => text.replace(/\s+/g, ' ');

  const FAILS_EARLY = [
    ['is not installed', '/nonexistent/pager -R', 'could not be run'],
    ['fails at once (PAGER=false)', 'false', 'stopped with exit status 1'],
  ];
  const FAILS_LATE = [
    ['read it all, then failed', 'sh -c "cat; exit 127"', 'stopped with exit status 127'],
    ['was killed', 'sh -c "head -c 100 >/dev/null; kill -TERM \\$\\$"', 'was stopped by SIGTERM'],
  ];
  /** The pagers that take no keys, each run by the built CLI on a real terminal of 80 columns and
   *  10 rows: one after another in one pseudo-terminal and one Node process (ptySeries: the
   *  bundle's run() as the bin calls it, each run with its own PAGER), one Node start instead of
   *  six. Each test below checks its own run's output and exit status. */
  const runs = new Map<string, { output: string; code: number }>();
  beforeAll(() => {
    const commands: [string, PtyCommand][] = [
      ['taller', { args: ['show', 'medications'], env: { PAGER, ROWS: '10' } }],
      ...[...FAILS_EARLY, ...FAILS_LATE].map(([, pager]): [string, PtyCommand] => [pager, { args: ['show', 'medications'], env: { PAGER: pager } }]),
      ['plan', { args: ['plan'], env: { PAGER } }],
    ];
    const results = ptySeries(commands.map(([, command]) => command), 80, {}, 10);
    commands.forEach(([name], i) => runs.set(name, results[i]));
  });

  it('a section taller than the terminal goes through $PAGER (on a real terminal)', () => {
    const out = runs.get('taller')!.output;
    expect(out).toMatch(/^paged:/m);
    expect(stripSgr(out)).toContain('paged:Medications');
  });

  // What becomes of the section when the pager fails (decided in issue 13 §4, made in issue 12).
  it.each(FAILS_EARLY)('a pager that %s read nothing: the section is printed directly, with a note, exit 0', (_, pager, how) => {
    const run = runs.get(pager)!;
    const out = stripSgr(run.output);
    expect(out.match(/^Medications\r?$/gm), 'the section is shown once').toHaveLength(1);
    expect(out).toContain('Advil');
    // (On the terminal the note is wrapped to its width: compared with its line breaks as spaces.)
    expect(flat(out)).toContain(`spasm-info: the pager '${pager}' ${how}, so the text is printed here`);
    expect(run.code).toBe(0);
  });

  it.each(FAILS_LATE)('a pager that %s: the section is not printed again, the error says how to see it, exit 2', (_, pager, how) => {
    const run = runs.get(pager)!;
    const out = stripSgr(run.output);
    expect((out.match(/^Medications\r?$/gm) ?? []).length, 'never shown twice').toBeLessThanOrEqual(1);
    expect(flat(out)).toContain(`spasm-info: The pager '${pager}' ${how}; run 'spasm-info show medications --no-pager' to print it without one.`);
    expect(run.code).toBe(2);
  });

  it('less shows a prompt naming the section and saying how to quit', () => {
    const out = inPty(['show', 'thermal', 'rest'], 80, {}, 10, { input: 'q' });
    expect(stripSgr(out)).toMatch(/Thermal Therapy, Rest - lines 1-9 \(press q to quit, h for help\)/);
  });

  it('the user\'s own LESS options come after the prompt, so they win', async () => {
    const { lessEnv } = await import('../src/cli/pager.js');
    expect(lessEnv({ LESS: '-R -Psmine' }, 'A: 100% $5?')).toBe(
      '-PsA\\: 100\\% 5\\? - ?ltlines %lt-%lb?L/%L. .?e(END) :?pB%pB\\%..(press q to quit, h for help)$-PmA\\: 100\\% 5\\? - ?ltlines %lt-%lb?L/%L. .?e(END) :?pB%pB\\%..(press q to quit, h for help)$ -R -Psmine',
    );
  });

  it('plan goes through the pager too', () => {
    expect(stripSgr(runs.get('plan')!.output)).toMatch(/^paged:Day 1 since/m);
  });

  /** `show` on a terminal (TERM=xterm-256color unless `env` says otherwise) of 80 columns and `rows`
   *  rows, with a pager that records what it is given. */
  const showOnTerminal = async (args: string[], env: Record<string, string>, rows: number) => {
    const paged: { command: string; text: string }[] = [];
    const r = await runCli(args, { TERM: 'xterm-256color', ...env }, { terminal: { columns: 80, rows }, page: (command, text) => (paged.push({ command, text }), 0) });
    return { ...r, paged };
  };

  it('pages a section taller than the terminal with $PAGER, and prints nothing itself', async () => {
    const r = await showOnTerminal(['show', 'medications'], { PAGER }, 10);
    expect(r.paged.map((p) => p.command)).toEqual([PAGER]);
    expect(stripSgr(r.paged[0].text)).toMatch(/^Medications\n/);
    expect(r.stdout).toBe('');
  });

  it('without $PAGER, pages with less -FRX', async () => {
    expect((await showOnTerminal(['show', 'medications'], {}, 10)).paged.map((p) => p.command)).toEqual(['less -FRX']);
  });

  it.each([
    ['--no-pager', ['show', 'medications', '--no-pager'], { PAGER }, 10, /^Medications\n/],
    ['plan --no-pager', ['plan', '--no-pager'], { PAGER }, 10, /^Day 1 since/],
    ['a section that fits', ['show', 'thermal'], { PAGER }, 60, /^Thermal Therapy\n/],
    ['--json', ['show', 'medications', '--json'], { PAGER }, 10, /^\{\n {2}"id": "medications"/],
    ['--raw', ['show', 'medications', '--raw'], { PAGER }, 10, /^# Medications\n/],
    ['PAGER set empty', ['show', 'medications'], { PAGER: '' }, 10, /^Medications\n/],
    // trial20 finding 13: less on a dumb terminal stopped at "WARNING: terminal is not fully functional".
    ['TERM=dumb (Emacs)', ['show', 'medications'], { PAGER, TERM: 'dumb' }, 10, /^Medications\n/],
    ['TERM=dumb, plan', ['plan'], { PAGER, TERM: 'dumb' }, 10, /^Day 1 since/],
    ['TERM empty', ['show', 'medications'], { PAGER, TERM: '' }, 10, /^Medications\n/],
  ])('%s: not paged, printed directly', async (_, args, env, rows, start) => {
    const r = await showOnTerminal(args, env, rows);
    expect(r.paged).toEqual([]);
    expect(stripSgr(r.stdout)).toMatch(start);
  });

  it('never in a pipe', async () => {
    expect((await runCli(['show', 'medications'], { PAGER }, { page: () => { throw new Error('paged in a pipe'); } })).stdout).toMatch(/^Medications\n/);
  });
});

describe('help that stays true', () => {
  it.each([[[]], [['list']], [['show']], [['search']], [['plan']], [['timer']], [['completion']]])('%j --help', async (args) => {
    const r = await runCli([...args, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchSnapshot();
  });

  it('the man page is built from the same definitions: every option of --help is in it', async () => {
    const man = readFileSync(join(root, 'dist/spasm-info.1'), 'utf8');
    expect(man).toMatch(/^\.TH SPASM\\-INFO 1 /);
    for (const args of [[], ['list'], ['show'], ['search'], ['plan'], ['timer'], ['completion']]) {
      const help = (await runCli([...args, '--help'])).stdout;
      for (const flag of help.match(/(?<=^ {2})(?:-\w, )?--[\w-]+/gm) ?? []) {
        for (const name of flag.split(', ')) expect(man, `${name} of ${args.join(' ') || 'the root'}`).toContain(name.replace(/-/g, '\\-'));
      }
    }
    for (const section of ['NAME', 'SYNOPSIS', 'COMMANDS', 'OPTIONS', 'EXIT STATUS', 'ENVIRONMENT', 'EXAMPLES']) {
      expect(man).toContain(`.SH ${section}`);
    }
  });

  /** man's rendering of the built page at a width, made once a width for all the checks below that
   *  read it (seven man runs were four: a run is about 0.15 s of CPU). `--warnings` where a check
   *  reads troff's warnings (40 and 60 columns): it changes only stderr, the page is the same bytes. */
  const manRuns = new Map<string, SpawnSyncReturns<string>>();
  const manAt = (width: number, warnings = false) => {
    const key = `${width}${warnings ? ' --warnings' : ''}`;
    if (!manRuns.has(key)) manRuns.set(key, spawnSync('man', [...(warnings ? ['--warnings'] : []), '-l', join(root, 'dist/spasm-info.1')], { encoding: 'utf8', env: { PATH: process.env.PATH, MANWIDTH: String(width), MANPAGER: 'cat', PAGER: 'cat' } }));
    return manRuns.get(key)!;
  };
  const man = () => manAt(80);

  it('man renders the page', () => {
    const r = man();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('spasm-info - an offline reference for the treatments of neck muscle spasms');
  });

  it('man at 80 columns: every line of EXAMPLES fits, completion names its shells, exit 70 and DEBUG are there', () => {
    const page = man().stdout.replace(/.\u0008/g, '');
    const examples = page.slice(page.indexOf('\nEXAMPLES'), page.indexOf('\nNOTES'));
    expect(examples).toContain('spasm-info search "ice or heat first" --limit 3');
    for (const line of examples.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(page.replace(/\s+/g, ' ')).toMatch(/completion Print a shell completion script.* shell one of: bash, zsh, fish/);
    expect(page.replace(/\s+/g, ' ')).toMatch(/ 70 internal error: a bug in spasm-info \(set DEBUG=1 to see the stack\)/);
    expect(page.replace(/\s+/g, ' ')).toMatch(/ DEBUG when set, an internal error \(exit 70\) also prints its stack trace/);
  });

  it.each([['40'], ['60']])('man at %s columns: no troff warning (no line it cannot adjust or break) and no line too wide', (width) => {
    const r = manAt(Number(width), true);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    for (const line of r.stdout.replace(/.\u0008/g, '').split('\n')) expect(line.length, line).toBeLessThanOrEqual(Number(width));
  });

  // trial17 (21): the man page splits no word across lines (.nh), at any width.
  describe('the man page splits no word across lines (.nh), at any width (trial17, 21)', () => {
    const page = (width: number) => {
      const r = manAt(width, width === 40 || width === 60);
      expect(r.status, r.stderr).toBe(0);
      return r.stdout.replace(/.\u0008/g, '');
    };
    // The words of the page laid out too wide to break any of them: a line may end in a hyphen only
    // where the word has one (day-by- | day), never inside a word (treat- | ments).
    const whole = page(1000).replace(/\s+/g, ' ');
    it.each([[40], [60], [80]])('at %i columns', (width) => {
      const lines = page(width).split('\n');
      const split = lines.flatMap((line, i) => {
        const end = /(\S*[\p{L}][-\u2010])$/u.exec(line);
        if (!end) return [];
        const joined = `${end[1].replace(/\u2010$/, '-')}${lines[i + 1].trim().split(/\s/)[0]}`;
        return whole.includes(joined) ? [] : [joined];
      });
      expect(split).toEqual([]);
    });
  });

  it('docs/screenshot.svg is what the CLI prints now (re-make it with npm run screenshot)', () => {
    expect(readFileSync(join(root, 'docs/screenshot.svg'), 'utf8')).toBe(makeScreenshot());
  });
});

describe('the npm package', () => {
  const work = tempDir('pack');
  /** Installed once, globally into an empty prefix, as a user would install it. With --install-links
   *  npm packs the folder as `npm pack` does (the same file list, package.json's "files" and what npm
   *  always adds) and installs that copy, not a link to the folder: one npm run instead of `npm pack`
   *  and then `npm install -g` of the tarball, 0.8 s of CPU less. The installed folder holds exactly
   *  what was packed. (--ignore-scripts: the build is dist/ as it stands, as `npm pack
   *  --ignore-scripts` took it.) npm starts as this file is collected and runs while the shells,
   *  pagers and man above run, instead of holding the worker alone in the block's beforeAll for its
   *  1.5-2 s (it needs nothing they do); the beforeAll waits for it. */
  const prefix = join(work, 'prefix');
  const installed = join(prefix, 'lib', 'node_modules', 'spasm-info');
  const npm = spawn('npm', ['install', '-g', '--install-links', '--ignore-scripts', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, root], {
    cwd: work,
    env: { ...process.env, npm_config_update_notifier: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const npmDone = new Promise<{ code: number | null; output: string }>((resolve) => {
    let output = '';
    npm.stdout.on('data', (d) => (output += d));
    npm.stderr.on('data', (d) => (output += d));
    npm.on('error', (error) => resolve({ code: null, output: `${output}${error.message}` }));
    npm.on('close', (code, signal) => resolve({ code, output: `${output}${signal ?? ''}` }));
  });
  started.push(npm);
  let packed: string[] = [];
  beforeAll(async () => {
    const { code, output } = await npmDone;
    expect(code, output).toBe(0);
    expect(lstatSync(installed).isDirectory(), 'installed as a copy, not a link to the working folder').toBe(true);
    packed = (readdirSync(installed, { recursive: true }) as string[]).filter((path) => statSync(join(installed, path)).isFile());
  }, 120_000);

  it('holds only what users need', () => {
    const files = [...packed].sort();
    for (const needed of ['bin/spasm-info.cjs', 'dist/cli.cjs', 'dist/index.js', 'dist/types/index.d.ts', 'dist/spasm-info.1', 'dist/bundled.index', 'data/corpus.json', 'README.md', 'LICENSE', 'package.json', 'dist/THIRD-PARTY-NOTICES.txt']) {
      expect(files, `missing ${needed}`).toContain(needed);
    }
    for (const file of files) expect(file, `should not ship ${file}`).not.toMatch(/^(src|test|scripts|build|docs|\.ci)\/|\.ts$(?<!\.d\.ts$)|tsconfig|vitest/);
  });

  it('declares no runtime dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg).toMatchObject({ engines: { node: '>=20' }, bin: { 'spasm-info': 'bin/spasm-info.cjs' }, man: ['./dist/spasm-info.1'], license: 'MIT' });
    expect(pkg.exports['.']).toEqual({ types: './dist/types/index.d.ts', import: './dist/index.js' });
  });

  it('installs into an empty prefix and runs list, show and search from another folder', () => {
    const run = (args: string[]) => spawnSync(join(prefix, 'bin', 'spasm-info'), args, { cwd: tmpdir(), encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(run(['list']).stdout).toMatch(/^overview\tOverview\t/);
    expect(run(['show', 'thermal']).stdout).toMatch(/^Thermal Therapy\n/);
    expect(run(['search', 'ibuprofen']).stdout).toMatch(/^1\. Medications/);
    expect(existsSync(join(prefix, 'share', 'man', 'man1', 'spasm-info.1'))).toBe(true);
    const man = spawnSync('man', ['-M', join(prefix, 'share', 'man'), 'spasm-info'], { encoding: 'utf8', env: { PATH: process.env.PATH, MANPAGER: 'cat', MANWIDTH: '80' } });
    expect(man.stdout).toContain('SPASM-INFO(1)');
  });

  it('works as a library, with type declarations', () => {
    const project = join(work, 'consumer');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    // The installed package, as the project's dependency: the files `npm install <tarball>` would put
    // in its node_modules (spasm-info has no dependencies of its own), without a second install.
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(installed, join(project, 'node_modules', 'spasm-info'), 'dir');
    const code = `import { loadBundledCorpus, buildIndex, search, findSection, renderSection, createTheme, type SearchHit } from 'spasm-info';
const corpus = loadBundledCorpus();
const hits: SearchHit[] = search(buildIndex(corpus), 'hot water bottle').hits;
const section = findSection(corpus, 'heat');
if (!section) throw new Error('no section');
const text: string = renderSection(corpus, section, { theme: createTheme(false), width: 60 });
export const line = \`\${hits[0].id} \${text.split('\\n')[0]}\`;
`;
    writeFileSync(join(project, 'use.ts'), code);
    writeFileSync(join(project, 'use.mjs'), code.replace(', type SearchHit', '').replace(': SearchHit[]', '').replace(': string', '') + 'console.log(line);\n');
    // Checked with the ES2022 library alone, no DOM and no @types/node: the declarations need
    // nothing from their consumer. The standard library's own files are not checked (that took
    // most of the 7 s this test once cost); spasm-info's declarations are (skipLibCheck: false).
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022'], noEmit: true, skipLibCheck: false, skipDefaultLibCheck: true, types: [] },
      files: ['use.ts'],
    }));
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(execFileSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' })).toBe('thermal Thermal Therapy\n');
    // tsc (TypeScript 7) takes about 0.2 s of CPU here (TypeScript 5.9 took 0.9 s); the longer
    // timeout is room for a loaded machine.
  }, 120_000);
});
