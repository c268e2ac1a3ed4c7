// The findings of the new user's trial of the twentieth session (/work/wt/trial20-report.md) that
// are about the CLI's own behaviour (findings 12, 13, 18-21, 26), one block each, each row a case
// that once went wrong. In-process (runCli) except where a pure function or a real terminal is what
// is checked.
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { inPty, stripSgr } from './helpers/pty.js';

describe('finding 12: a LESS of the user\'s without R still shows colours as colours', () => {
  it.each([
    ['LESS=-i: -R follows it', { LESS: '-i' }, true, /\$ -i -R$/],
    ['LESS=-i -M: -R follows them', { LESS: '-i -M' }, true, /\$ -i -M -R$/],
    ['LESS=-iR already passes colour: as it is', { LESS: '-iR' }, true, /\$ -iR$/],
    ['LESS=-r (raw) already passes colour: as it is', { LESS: '-r' }, true, /\$ -r$/],
    ['LESS=--RAW-CONTROL-CHARS: as it is', { LESS: '--RAW-CONTROL-CHARS' }, true, /\$ --RAW-CONTROL-CHARS$/],
    ['a prompt of the user\'s with an R in it is not an -R', { LESS: '-PsRead' }, true, /\$ -PsRead -R$/],
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
