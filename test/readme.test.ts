// The README stays true: every `$ spasm-info …` example is run and its output compared.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/```console\n\$ spasm-info ([^\n]*)\n([\s\S]*?)```/g)].map((m) => ({
  args: m[1].split(' '),
  output: m[2],
}));

describe('README examples', () => {
  it('has examples to check', () => expect(examples.length).toBeGreaterThanOrEqual(4));

  it.each(examples.map((e) => [e.args.join(' '), e] as const))('spasm-info %s prints what the README shows', (_, example) => {
    const r = cli(example.args);
    expect(r.stdout + r.stderr).toBe(example.output);
  });

  it('shows the install and test commands that CI runs', () => {
    expect(readme).toContain('npm install');
    expect(readme).toContain('npm test');
    expect(readFileSync(new URL('../.ci/run', import.meta.url), 'utf8')).toMatch(/npm ci\nnpm test\n/);
  });
});
