// The findings of the new user's trial of the twenty-second session (/work/wt/trial22-report.md)
// about the CLI's own behaviour, one block each, each row a case that once went wrong. In-process
// (runCli) except where a pure function is what is checked.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

/** A --data corpus file of these sections (and any other top-level keys), in a folder of its own. */
function corpusFile(sections: object[], rest: object = {}, text?: string): string {
  const file = join(tempDir('trial22'), 'corpus.json');
  writeFileSync(file, text ?? JSON.stringify({ ...rest, sections }));
  return file;
}

/** Every string in a parsed JSON value is well-formed Unicode (no lone surrogate). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('finding 12: --json of a corpus with a lone surrogate stays JSON a strict reader takes', () => {
  const file = corpusFile([], {}, String.raw`{"sections":[{"id":"s","title":"Lone \ud800 surrogate","summary":"a \\ud800 typed, and a pair \ud83d\ude00","body":"body \udfff end"}]}`);
  it.each([
    ['list --json', ['list', '--json']],
    ['show --json', ['show', 's', '--json']],
    ['search --json', ['search', 'surrogate', '--json']],
  ])('%s: U+FFFD for each lone surrogate, the text "\\ud800" and a pair kept', async (_, args) => {
    const r = await runCli(['--data', file, ...args]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/(?<!\\)(?:\\\\)*\\ud[89a-f]/);
    const parsed = JSON.parse(r.stdout) as unknown;
    expect(strings(parsed).every((s) => s.isWellFormed())).toBe(true);
    expect(JSON.stringify(parsed)).toContain('Lone \ufffd surrogate');
    if (args[0] !== 'search') expect(JSON.stringify(parsed)).toContain(String.raw`a \\ud800 typed, and a pair 😀`);
  });
});
