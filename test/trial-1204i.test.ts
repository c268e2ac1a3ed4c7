// The findings of the new user's trial of 2026-12-04, ninth session (/work/tmp/trial-1204i.md),
// one block each, each row a case that once went wrong. In-process (runCli) except where a pure
// function is what is checked.
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

describe('F1: show with a name that matched nothing exits 1 in every format', () => {
  const said = "spasm-info: 'nope' matched no section; Thermal Therapy is shown.\n  Run 'spasm-info list' to see every section.\n";
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
