// The findings of the new user's trial of 2026-12-04 (/work/tmp/trial-1204h.md: F1, F2, F4, F5, F6,
// F7, F9), one block each, each row a case that once went wrong. In-process (runCli) except where
// a pure function is what is checked.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers/cli.js';
import { resolveColor } from '../src/cli/terminal.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('F4: FORCE_COLOR wins over NO_COLOR, as Node reads them, and the README says so', () => {
  const pipe = { isTTY: false };
  const tty = { isTTY: true };
  it.each([
    ['NO_COLOR=1 and FORCE_COLOR=1, piped: colour', { NO_COLOR: '1', FORCE_COLOR: '1' }, pipe, true],
    ['NO_COLOR=1 and FORCE_COLOR=1, on a terminal: colour', { NO_COLOR: '1', FORCE_COLOR: '1' }, tty, true],
    ['NO_COLOR=1 and FORCE_COLOR=0, on a terminal: none', { NO_COLOR: '1', FORCE_COLOR: '0' }, tty, false],
    ['NO_COLOR=1 and FORCE_COLOR empty, on a terminal: none', { NO_COLOR: '1', FORCE_COLOR: '' }, tty, false],
    ['NO_COLOR=1 alone, on a terminal: none', { NO_COLOR: '1' }, tty, false],
  ] as const)('%s', (_, env, stream, coloured) => {
    expect(resolveColor('auto', env, stream)).toBe(coloured);
  });

  it('--color never is plain whatever FORCE_COLOR says', () => {
    expect(resolveColor('never', { FORCE_COLOR: '1' }, { isTTY: true })).toBe(false);
  });

  it('the README no longer says NO_COLOR always turns colour off, and says FORCE_COLOR wins', () => {
    const colour = readme.slice(readme.indexOf('Colour:'), readme.indexOf('## JSON output'));
    expect(colour).not.toMatch(/never when `NO_COLOR` is set/);
    expect(colour).toMatch(/`FORCE_COLOR` wins over `NO_COLOR`/);
    expect(colour).toMatch(/even when `NO_COLOR` is set/);
  });
});
