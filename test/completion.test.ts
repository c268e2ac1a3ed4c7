// Completion scripts, in the real shells: what they offer, and that corpus text is only ever data.
// End to end by nature: real bash, zsh and fish source the scripts and call a `spasm-info` on PATH
// (the built CLI, a stand-in printing hostile ids, or one printing what the built CLI printed for a
// --data corpus, for the checks of how a path reaches the command). The scripts themselves are
// printed in-process.
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, cli, root, runCli } from './helpers/cli.js';
import { bashComplete, fishComplete, hasShell, zshComplete, zshCompleteEach } from './helpers/shell-complete.js';
import { tempDir } from './helpers/temp.js';

/** zsh and fish are installed by .ci/run; elsewhere their checks run only where they are installed. */
const shellTest = (shell: string) => (hasShell(shell) || process.env.CI === 'true' ? it : it.skip);
const fresh = (prefix: string) => tempDir(prefix);

/** Each shell's script, written once where that shell's test looks for it. */
const scripts = fresh('scripts');
const SCRIPT_FILES = { bash: 'spasm-info.bash', zsh: '_spasm-info', fish: 'spasm-info.fish' };
beforeAll(async () => {
  for (const [shell, name] of Object.entries(SCRIPT_FILES)) writeFileSync(join(scripts, name), (await runCli(['completion', shell])).stdout);
});
const scriptFor = (shell: 'bash' | 'zsh' | 'fish') => join(scripts, SCRIPT_FILES[shell]);

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const installBlock = /### Shell completion[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1];
const lineFor = (shell: string) => installBlock.split('\n').find((l) => l.includes(`completion ${shell}`))!.replace(/\s+#.*$/, '');


/** A zsh user's home set up as the README says: its install line run (the script into ~/.zfunc),
 *  and its .zshrc lines. Made once, by the first zsh check, and shared by all of them, so compinit
 *  writes its dump of the completion functions once: building that dump takes over a second of
 *  CPU, reading it a fraction of one (there were two homes, one for the README's lines).
 *  The dump is also kept between runs (node_modules/.cache/spasm-info/, gone with `npm ci`), under
 *  a hash of the README's zsh lines and of the script they installed, and put in the new home before
 *  its first shell: the home is then a user's whose earlier shell wrote it. compinit checks a dump
 *  against the completion files it finds on fpath (their number) and the zsh version, and builds a
 *  new one when they differ; a changed script or README line is another key, so that run starts with
 *  no dump, as a new user does, and keeps what its first shell builds. (1.2-1.9 s of CPU and about
 *  1.5 s of this file's wall time, 2026-12-04, when the dump is there.) */
let zshSetup: { home: string; status: number | null; stderr: string; dump?: string } | undefined;
const dumpCache = join(root, 'node_modules/.cache/spasm-info');
function readmeZshHome(): { home: string; status: number | null; stderr: string; dump?: string } {
  if (zshSetup) return zshSetup;
  const home = fresh('home');
  chmodSync(home, 0o755);
  const r = spawnSync('sh', ['-c', lineFor('zsh')], { cwd: home, env: { HOME: home, PATH: realPath }, encoding: 'utf8' });
  const zshrc = /```zsh\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('### Shell completion')))![1];
  writeFileSync(join(home, '.zshrc'), zshrc);
  let dump: string | undefined;
  try {
    const script = readFileSync(join(home, '.zfunc/_spasm-info'));
    dump = join(dumpCache, `zcompdump-${createHash('sha256').update(lineFor('zsh')).update('\0').update(zshrc).update('\0').update(script).digest('hex').slice(0, 16)}`);
    if (existsSync(dump)) copyFileSync(dump, join(home, '.zcompdump'));
  } catch {
    // No script installed: the checks below say so; no dump is kept.
    dump = undefined;
  }
  return (zshSetup = { home, status: r.status, stderr: r.stderr, dump });
}
/** Keeps the dump the first shell left, for the next run (see readmeZshHome), unless it is the one
 *  kept already (compinit rewrites a dump it finds out of date: the new one is kept). */
function keepDump(): void {
  const { home, dump } = readmeZshHome();
  const written = join(home, '.zcompdump');
  try {
    if (!dump || !existsSync(written) || (existsSync(dump) && readFileSync(dump).equals(readFileSync(written)))) return;
    mkdirSync(dumpCache, { recursive: true });
    const partial = `${dump}.${process.pid}.tmp`;
    copyFileSync(written, partial);
    renameSync(partial, dump);
  } catch {
    // Not kept: the next run builds it again.
  }
}
const zshHome = () => readmeZshHome().home;

/** A stand-in `spasm-info` whose `list` prints ids that are shell code, globs and option-like words,
 *  as a corpus that got past the checks would: the scripts must offer only the safe ones. */
const hostileBin = fresh('hostile');
const hostileIds = ['$(touch${IFS}pwned1)', '`touch pwned2`', 'a;touch pwned3', '$(touch pwned4)x', '*', '-rf', 'x y', 'ok-id', 'good.id_2'];
writeFileSync(join(hostileBin, 'spasm-info'), `#!/bin/sh
case " $* " in *" completion "*) exec "${process.execPath}" "${bin}" "$@" ;; esac
${hostileIds.map((id) => `printf '%s\\tT\\tS\\n' '${id.replace(/'/g, `'\\''`)}'`).join('\n')}
`);
chmodSync(join(hostileBin, 'spasm-info'), 0o755);
const hostilePath = `${hostileBin}:${process.env.PATH}`;

/** The real CLI on PATH. */
const realBin = fresh('bin');
symlinkSync(bin, join(realBin, 'spasm-info'));
const realPath = `${realBin}:${process.env.PATH}`;

/** The checks of how a --data path reaches the command (typed in quotes, with backslashes, from ~/,
 *  as --data=file) call a stand-in `spasm-info` that prints what the built CLI printed for
 *  test/fixtures/custom.json (run once, here), and only when called as the scripts call the CLI for
 *  section ids, `--data <file> --color never list`, with <file> a path to a file of that corpus's
 *  bytes; called any other way it prints nothing and exits 2, so nothing is offered. One Node start
 *  for those ten completions instead of one each (about 0.09 s of CPU each). The plain --data checks
 *  of each shell, the README's zsh user and the install lines run the built CLI itself. */
const fixture = join(root, 'test/fixtures/custom.json');
const shQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const listed = cli(['--data', fixture, '--color', 'never', 'list']);
const standInBin = fresh('stand-in');
writeFileSync(join(standInBin, 'spasm-info'), `#!/bin/sh
[ $# -eq 5 ] && [ "$1" = --data ] && [ "$3" = --color ] && [ "$4" = never ] && [ "$5" = list ] && cmp -s -- "$2" ${shQuote(fixture)} || exit 2
printf '%s' ${shQuote(listed.stdout)}
`);
chmodSync(join(standInBin, 'spasm-info'), 0o755);
const standInPath = `${standInBin}:${process.env.PATH}`;

/** The first interactive zsh of the README's home runs its .zshrc, whose compinit writes the dump of
 *  completion functions (.zcompdump) that every later shell reads: about 1.2 s of CPU and 1.8 s of
 *  wall time, the zsh checks' largest cost, which the first of them used to pay while the worker
 *  waited. That first shell starts as this file is collected, as a user's first `zsh` after the
 *  README's lines would, and runs while the bash and fish checks do; the zsh checks wait for it.
 *  (Should it fail, the first zsh check writes the dump as before.) */
let firstZsh: ChildProcess | undefined;
const zshReady = new Promise<void>((resolve) => {
  if (!hasShell('zsh')) return resolve();
  const home = zshHome();
  firstZsh = spawn('zsh', ['-i', '-c', 'exit'], { cwd: home, env: { HOME: home, ZDOTDIR: home, PATH: realPath, TERM: 'dumb' }, stdio: 'ignore' });
  firstZsh.on('error', () => resolve());
  firstZsh.on('close', (code) => {
    if (code === 0) keepDump();
    resolve();
  });
});
// A run that leaves the zsh checks out (-t) ends that shell with the file, before its home is removed.
afterAll(() => {
  if (firstZsh && firstZsh.exitCode === null && firstZsh.signalCode === null) firstZsh.kill();
});

describe('corpus text is never evaluated, and only safe words are offered', () => {
  const expectSafe = (offered: string[], cwd: string) => {
    expect(readdirSync(cwd).filter((f) => f.startsWith('pwned')), 'a completion ran corpus text as a command').toEqual([]);
    expect(offered.sort()).toEqual(['good.id_2', 'ok-id']);
  };

  it('bash', () => {
    const cwd = fresh('cwd');
    writeFileSync(join(cwd, 'a-file'), '');
    expectSafe(bashComplete(['spasm-info', 'show', ''], { script: scriptFor('bash'), path: hostilePath, cwd }), cwd);
  });

  shellTest('zsh')('zsh', async () => {
    await zshReady;
    const cwd = fresh('cwd');
    expectSafe(zshComplete('spasm-info show ', { home: zshHome(), path: hostilePath, cwd }), cwd);
  });

  shellTest('fish')('fish', () => {
    const cwd = fresh('cwd');
    expectSafe(fishComplete('spasm-info show ', { script: scriptFor('fish'), path: hostilePath, cwd }), cwd);
  });
});

describe('section ids of a --data corpus', () => {
  const corpus = join(root, 'test/fixtures/custom.json');

  it('bash', () => {
    expect(bashComplete(['spasm-info', '--data', corpus, 'show', ''], { script: scriptFor('bash'), path: realPath, cwd: root })).toEqual(['alpha', 'beta']);
  });

  it('bash, with the file named from the home folder (~/…)', () => {
    const home = fresh('home');
    writeFileSync(join(home, 'c.json'), readFileSync(corpus));
    expect(bashComplete(['spasm-info', '--data', '~/c.json', 'show', 'b'], { script: scriptFor('bash'), path: standInPath, cwd: root, home })).toEqual(['beta']);
  });

  // Words as bash splits them: COMP_WORDBREAKS holds '=', so --data=file is '--data', '=', 'file'.
  it('bash, with --data=file', () => {
    expect(bashComplete(['spasm-info', '--data', '=', corpus, 'show', 'b'], { script: scriptFor('bash'), path: standInPath, cwd: root })).toEqual(['beta']);
    expect(bashComplete(['spasm-info', '--data', '=', corpus, 'search', '-n', '=', '3', '--j'], { script: scriptFor('bash'), path: realPath, cwd: root })).toEqual(['--json']);
  });

  shellTest('zsh')('zsh', async () => {
    await zshReady;
    expect(zshComplete(`spasm-info --data ${corpus} show `, { home: zshHome(), path: realPath, cwd: root }).sort()).toEqual(['alpha', 'beta']);
  });

  shellTest('fish')('fish', () => {
    expect(fishComplete(`spasm-info --data ${corpus} show `, { script: scriptFor('fish'), path: realPath, cwd: root })).toEqual(['alpha', 'beta']);
    expect(fishComplete(`spasm-info --data=${corpus} show b`, { script: scriptFor('fish'), path: standInPath, cwd: root })).toEqual(['beta']);
  });
});

// trial17 (20): the CLI takes its global options after a command too (search heat --data f); fish
// offered them there, zsh offered only the command's own, and bash neither.
describe('the global options after a command', () => {
  const corpus = join(root, 'test/fixtures/custom.json');
  it.each([
    // Not --version, a usage error after a command (trial22 finding 14).
    ['search --', ['search', '--'], ['--color', '--data', '--help', '--json', '--limit']],
    ['list --d', ['list', '--d'], ['--data']],
    ['show --c', ['show', '--c'], ['--color']],
  ])('bash: %s', (_, words, expected) => {
    expect(bashComplete(['spasm-info', ...words], { script: scriptFor('bash'), path: realPath, cwd: root }).sort()).toEqual(expected);
  });

  it('bash: the corpus named after the command gives the section ids, and its option offers files', () => {
    expect(bashComplete(['spasm-info', 'show', '--data', corpus, ''], { script: scriptFor('bash'), path: realPath, cwd: root })).toEqual(['alpha', 'beta']);
    expect(bashComplete(['spasm-info', 'list', '--color', ''], { script: scriptFor('bash'), path: realPath, cwd: root })).toEqual(['auto', 'always', 'never']);
  });

  shellTest('zsh')('zsh: offered after a command, and the corpus named there gives the section ids', async () => {
    await zshReady;
    // Typed one after another in one shell (zshCompleteEach); each line is checked on its own.
    const lines: [string, unknown][] = [
      ['spasm-info search --', expect.arrayContaining(['--color', '--data', '--json', '--limit'])],
      ['spasm-info list --d', ['--data']],
      ['spasm-info list --color ', ['always', 'auto', 'never']],
      [`spasm-info show --data ${corpus} `, ['alpha', 'beta']],
      [`spasm-info show --data=${corpus} b`, ['beta']],
      ['spasm-info show --color never th', ['thermal']],
      [`spasm-info --color never show --data ${corpus} `, ['alpha', 'beta']],
    ];
    const offered = zshCompleteEach(lines.map(([line]) => line), { home: zshHome(), path: realPath, cwd: root });
    lines.forEach(([line, expected], i) => expect(offered[i].sort(), line).toEqual(expected));
  });
});

// A tester's findings 4 and 5 (LOW). fish offered a command's completions after any word that is
// its name (`__fish_seen_subcommand_from` looks at every word: 'timer show ' offered section ids,
// 'show timer ' ice and heat), and no command after an option's value ('--color never '). And no
// shell offered `help`, which the README documents, nor the command names after it. The command is
// the first word that is neither an option nor an option's value, as commander and bash's script read it.
describe("a command's completions follow that command only, and help completes like the others", () => {
  const ids = ['medications', 'overview', 'physical-therapy', 'red-flags', 'rest', 'surgery', 'thermal'];
  const commands = ['completion', 'list', 'plan', 'search', 'show', 'timer'];
  const lines: [string, string[]][] = [
    ['spasm-info timer show th', []], // 'show' is an argument of timer, its one (trial67 finding 3)
    ['spasm-info search show ', []], // and a word of a query
    ['spasm-info show timer ', ids],
    ['spasm-info --color never ', [...commands, 'help'].sort()], // 'never' is an option's value
    ['spasm-info --color never timer ', ['heat', 'ice']],
    // ... and its value after an '=' (trial67: zsh had offered nothing after --color=never).
    ['spasm-info --color=never show ', ids],
    ['spasm-info --color=never timer ', ['heat', 'ice']],
    ['spasm-info timer ice he', []], // one timer a command (trial67 finding 3)
    ['spasm-info completion bash b', []], // one argument, typed already
    ['spasm-info he', ['help']],
    ['spasm-info help ', commands],
    ['spasm-info --color never help s', ['search', 'show']],
    ['spasm-info help show s', []],
    ['spasm-info help --', []],
  ];

  it.each(lines)('bash: %s', (line, expected) => {
    expect(bashComplete(line.split(' '), { script: scriptFor('bash'), path: realPath, cwd: root }).sort()).toEqual(expected);
  });

  shellTest('fish').each(lines)('fish: %s', (line, expected) => {
    expect(fishComplete(line, { script: scriptFor('fish'), path: realPath, cwd: root }).sort()).toEqual(expected);
  });

  shellTest('zsh')('zsh: every line above', async () => {
    await zshReady;
    const offered = zshCompleteEach(lines.map(([line]) => line), { home: zshHome(), path: realPath, cwd: root });
    // Line by line, each as a key: a failure shows every line that differs, not only the first.
    expect(Object.fromEntries(lines.map(([line], i) => [line, offered[i].sort()]))).toEqual(Object.fromEntries(lines));
  });
});

// A path the shell has to quote, as typed (trial 1204i F14): its quoting is read, never evaluated.
describe('section ids of a --data corpus whose path is quoted on the command line', () => {
  const dir = fresh('quoted path');
  const file = join(dir, 'we ird$(touch PWNED).json');
  writeFileSync(file, readFileSync(join(root, 'test/fixtures/custom.json')));
  const quotedFile = join(dir, "q'uote.json");
  writeFileSync(quotedFile, readFileSync(join(root, 'test/fixtures/custom.json')));
  const escaped = file.replace(/[ $()]/g, '\\$&');

  it.each([
    ['in single quotes', `'${file}'`],
    ['in double quotes, $ escaped', `"${file.replace('$', '\\$')}"`],
    ['with backslashes', escaped],
    ["in double quotes, holding a '", `"${quotedFile}"`],
  ])('bash, %s', (_, typed) => {
    expect(bashComplete(['spasm-info', '--data', typed, 'show', ''], { script: scriptFor('bash'), path: standInPath, cwd: dir })).toEqual(['alpha', 'beta']);
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
  });

  shellTest('zsh')('zsh: quoted, backslashed, and --data=file', async () => {
    await zshReady;
    const lines = [`spasm-info --data '${file}' show `, `spasm-info --data ${escaped} show `, `spasm-info --data=${root}test/fixtures/custom.json show `];
    const offered = zshCompleteEach(lines, { home: zshHome(), path: standInPath, cwd: dir });
    lines.forEach((line, i) => expect(offered[i].sort(), line).toEqual(['alpha', 'beta']));
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
  });
});

describe('file names for --data are offered whole, neither split nor globbed', () => {
  it('bash', () => {
    const cwd = fresh('cwd');
    for (const name of ['my corpus.json', 'star*.json', 'other.json']) writeFileSync(join(cwd, name), '');
    expect(bashComplete(['spasm-info', '--data', 'm'], { script: scriptFor('bash'), path: realPath, cwd })).toEqual(['my corpus.json']);
    expect(bashComplete(['spasm-info', '--data', 's'], { script: scriptFor('bash'), path: realPath, cwd })).toEqual(['star*.json']);
    expect(bashComplete(['spasm-info', '--data', '=', 'm'], { script: scriptFor('bash'), path: realPath, cwd })).toEqual(['my corpus.json']);
    expect(bashComplete(['spasm-info', '--data', '='], { script: scriptFor('bash'), path: realPath, cwd }).sort()).toEqual(['my corpus.json', 'other.json', 'star*.json']);
  });
});

describe("the README's install lines", () => {

  it('the zsh line writes only into the home folder, and the README says it needs compinit', () => {
    expect(lineFor('zsh')).not.toContain('fpath[1]');
    expect(readme).toMatch(/compinit/);
  });

  shellTest('zsh')('zsh: a user who runs the line and the .zshrc lines the README gives gets section ids on Tab', async () => {
    await zshReady;
    const { home, status, stderr } = readmeZshHome();
    expect(status, stderr).toBe(0);
    expect(zshComplete('spasm-info show th', { home, path: realPath, cwd: home })).toEqual(['thermal']);
  });

  // In a new account's home, where neither folder exists yet (trial22 finding 13: the bash and
  // fish lines failed there, 'No such file or directory').
  it.each([
    ['bash', '.local/share/bash-completion/completions/spasm-info'],
    ['fish', '.config/fish/completions/spasm-info.fish'],
  ])('%s: the line writes the script where the shell looks, in a home without that folder', (shell, where) => {
    const home = fresh('home');
    const r = spawnSync('sh', ['-c', lineFor(shell)], { cwd: home, env: { HOME: home, PATH: realPath }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(home, where), 'utf8')).toMatch(new RegExp(`^# ${shell} completion for spasm-info`));
  });
});

// trial22 finding 14: --version is used alone (before any command); after one it is a usage error,
// so no shell offers it there.
describe('--version is offered only before a command', () => {
  it.each(['list', 'show', 'search', 'plan', 'timer', 'completion'])('bash: not after %s', (command) => {
    expect(bashComplete(['spasm-info', command, '--'], { script: scriptFor('bash'), path: realPath, cwd: root })).not.toContain('--version');
  });

  it('bash: before a command, as before', () => {
    expect(bashComplete(['spasm-info', '--v'], { script: scriptFor('bash'), path: realPath, cwd: root })).toEqual(['--version']);
  });

  shellTest('fish')('fish: before a command, not after one', () => {
    expect(fishComplete('spasm-info --v', { script: scriptFor('fish'), path: realPath, cwd: root })).toEqual(['--version']);
    expect(fishComplete('spasm-info search --', { script: scriptFor('fish'), path: realPath, cwd: root })).not.toContain('--version');
  });

  shellTest('zsh')('zsh: not after a command', async () => {
    await zshReady;
    expect(zshComplete('spasm-info search --', { home: zshHome(), path: realPath, cwd: root })).not.toContain('--version');
  });
});

// trial22 finding 21: fish's [[:alnum:]] is ASCII only, so it dropped ids the corpus check accepts
// (letters and digits of any script) and bash and zsh offer.
describe('section ids with letters outside ASCII', () => {
  const dir = fresh('unicode-ids');
  const file = join(dir, 'c.json');
  writeFileSync(file, JSON.stringify({ sections: ['alpha', 'café', 'Ωmega.2', 'ñ-x'].map((id) => ({ id, title: id, summary: 's', body: 'b' })) }));
  const expected = ['alpha', 'café', 'ñ-x', 'Ωmega.2'].sort();

  it('bash (a UTF-8 locale)', () => {
    const offered = execFileSync('bash', ['--norc', '-c', `source '${scriptFor('bash')}'; COMP_WORDS=(spasm-info --data '${file}' show ''); COMP_CWORD=4; _spasm_info; printf '%s\\n' "\${COMPREPLY[@]}"`], { cwd: dir, encoding: 'utf8', env: { PATH: realPath, HOME: dir, LC_ALL: 'C.UTF-8' } });
    expect(offered.split('\n').filter(Boolean).sort()).toEqual(expected);
  });

  shellTest('fish')('fish: the same ids as bash', () => {
    expect(fishComplete(`spasm-info --data ${file} show `, { script: scriptFor('fish'), path: realPath, cwd: dir }).sort()).toEqual(expected);
  });
});
