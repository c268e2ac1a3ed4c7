// What reaches the user: no bidi or control character even when written as an HTML entity, the
// section an id names, write failures that say so, and error messages of bounded length.
// In-process (runCli), except the write failures: /dev/full and a closed or discarded stdout are
// file descriptors of a real process, so the built CLI runs there under a shell.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, runCli } from './helpers/cli.js';
import { stripSgr } from './helpers/pty.js';
import { tempDir } from './helpers/temp.js';

const dir = tempDir('output');
const write = (name: string, corpus: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(corpus));
  return path;
};
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('bidi and control characters written as HTML entities never reach the terminal', () => {
  const entities = '&#8238; &#x202D; &#x2066; &#x2069; &#x61C; &#x200F; &#x9b; &#27;[2J &#7;';
  const path = write('entities.json', {
    sections: [{ id: 'x', title: 'T', summary: 'S', body: `# Head ${entities}\n\nText ${entities} and *em ${entities}* and \`${entities}\`.\n\n- item ${entities}\n\n> quote ${entities}\n\n| a ${entities} | b |\n|---|---|\n| ${entities} | [link ${entities}](https://example.org) |` }],
  });

  it.each(['never', 'always'])('show, colour %s', async (color) => {
    const r = await runCli(['--data', path, '--color', color, 'show', 'x']);
    expect(r.code, r.stderr).toBe(0);
    expect(stripSgr(r.stdout), JSON.stringify(r.stdout)).not.toMatch(CONTROL);
    expect(r.stdout).toContain('Text');
  });
});

describe('show <id> always shows the section with that id', () => {
  const path = write('clash.json', {
    sections: [
      { id: 'intro', title: 'Introduction', summary: 'S', body: 'About the intro.', aliases: ['dosage', 'doses'] },
      { id: 'doses', title: 'Dosage', summary: 'S', body: 'About doses.' },
      { id: 'dosage', title: 'How much', summary: 'S', body: 'About dosage.' },
    ],
  });

  it.each([
    ['dosage', 'dosage'],
    ['DOSAGE', 'dosage'],
    ['doses', 'doses'],
    ['intro', 'intro'],
  ])('show %s → %s', async (name, id) => {
    const r = await runCli(['--data', path, 'show', name, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe(id);
  });
});

describe('output that cannot be written is an error (exit 74), never a silent success', () => {
  const sh = (redirect: string, args: string[]) =>
    spawnSync('sh', ['-c', `"$0" "$@" ${redirect}`, process.execPath, bin, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH } });

  it.each([[['--help']], [['--version']], [['list']], [['show', 'thermal']], [['list', '--help']], [['help']], [['help', 'plan']]])('%j to /dev/full', (args) => {
    const r = sh('>/dev/full', args);
    expect(r.status).toBe(74);
    expect(r.stderr).toBe('spasm-info: cannot write the output: no space left on device (ENOSPC).\n');
  });

  // Node puts /dev/null (read-write) in place of a closed stdout, which is also what a parent gives a
  // child whose output it discards; the two cannot be told apart, and scripts must not see 74.
  it.each([
    ['Node, stdio ignore', () => spawnSync(process.execPath, [bin, 'list'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })],
    ['a shell, stdout closed (>&-)', () => sh('>&-', ['list'])],
  ])('output discarded by %s: exit 0 and nothing on stderr', (_, run) => {
    const r = run();
    expect([r.status, r.stderr]).toEqual([0, '']);
  });

  it('to /dev/null is fine: exit 0', () => {
    const r = sh('>/dev/null', ['list']);
    expect([r.status, r.stderr]).toEqual([0, '']);
  });
});

describe('an error echoes at most 60 characters of an argument', () => {
  const big = 'x'.repeat(128_000);
  it.each([
    ['an unknown command', [big]],
    ['a bad --limit', ['search', 'a', '--limit', big]],
    ['a bad --color', ['--color', big, 'list']],
    ['a --data name too long', ['--data', big, 'list']],
    ['an unknown section', ['show', big]],
  ])('%s', async (_, args) => {
    const r = await runCli(args);
    expect(r.code).toBe(2 - (args[0] === 'show' ? 1 : 0));
    const [first] = r.stderr.split('\n');
    expect(first.length).toBeLessThan(200);
    expect(first).toMatch(/'x{50,59}…'/);
  });
});
