// The README stays true: every `$ spasm-info …` example is run and its output compared, stdout and
// stderr in the order they were written, as a terminal shows them. The
// examples show what the command prints into a pipe, which is main()'s doing: they run through the
// built bundle's main() in one child process (cliSeries), as a pipe with PATH alone in the
// environment, all of them in one Node start instead of one each (0.1 s of CPU per example). What
// the real process adds (its streams, write failures, signals) is tested end to end in
// test/cli.test.ts, test/hardening.test.ts and test/output-safety.test.ts.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliSpec } from '../src/cli/program.js';
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

// The Options table said `--no-pager` was `show`'s alone when plan took it too, as its --help and the
// man page said (trial66 finding 7). Each row's "where" is now held to the definitions --help is made
// from: the commands that take the option, `all` for one taken before any command, `root` for one
// taken only alone (--version); and every option of --help has a row.
describe("the README's Options table", () => {
  const spec = cliSpec();
  const section = readme.slice(readme.indexOf('## Options'), readme.indexOf('## JSON output'));
  const rows = [...section.matchAll(/^\| `([^|]+)` \| ([^|]+) \|/gm)].map((m) => ({
    long: /--[\w-]+/.exec(m[1])![0],
    where: m[2].trim().replace(/`/g, ''),
  }));
  const whereIs = (long: string): string => {
    const global = spec.globalOptions.find((o) => o.names.includes(long));
    if (global) return global.alone ? 'root' : 'all';
    return spec.commands.filter((c) => c.options.some((o) => o.names.includes(long))).map((c) => c.name).join(', ');
  };

  it.each(rows.map((r) => [r.long, r.where] as const))('%s: where it says (%s) is where --help has it', (long, where) => expect(where).toBe(whereIs(long)));

  it('has a row for every option of every command', () => {
    const options = [...spec.globalOptions, ...spec.commands.flatMap((c) => c.options)].map((o) => o.names.find((n) => n.startsWith('--'))!);
    expect([...new Set(options)].filter((long) => !rows.some((r) => r.long === long))).toEqual([]);
  });
});
