// The README stays true: every `$ spasm-info …` example is run and its output compared, stdout and
// stderr in the order they were written, as a terminal shows them. The
// examples show what the command prints into a pipe, which is main()'s doing: they run through the
// built bundle's main() in one child process (cliSeries), as a pipe with PATH alone in the
// environment, all of them in one Node start instead of one each (0.1 s of CPU per example). What
// the real process adds (its streams, write failures, signals) is tested end to end in
// test/cli.test.ts, test/hardening.test.ts and test/output-safety.test.ts.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliSeries, type Run } from './helpers/cli.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/```console\n\$ spasm-info ([^\n]*)\n([\s\S]*?)```/g)].map((m) => ({
  args: m[1].split(' '),
  output: m[2],
}));

describe('README examples', () => {
  let runs: Run[] = [];
  beforeAll(() => {
    runs = cliSeries(examples.map((e) => e.args));
  });

  it('has examples to check', () => expect(examples.length).toBeGreaterThanOrEqual(4));

  it.each(examples.map((e, i) => [e.args.join(' '), e, i] as const))('spasm-info %s prints what the README shows', (_, example, i) => {
    const r = runs[i];
    // Both streams in the order they were written: what a terminal shows (a search's notes come
    // before its results, an unmatched name's sentence after the section).
    expect(r.output).toBe(example.output);
  });

  it('shows the install and test commands that CI runs', () => {
    expect(readme).toContain('npm install');
    expect(readme).toContain('npm test');
    expect(readFileSync(new URL('../.ci/run', import.meta.url), 'utf8')).toMatch(/npm ci\nnpm test\n/);
  });
});
