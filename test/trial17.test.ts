// The findings of the new user's trial of 2026-12-05 (/work/tmp/trial17-findings.md) outside search
// ranking, one block each, named by the finding's number; each row a case that once went wrong.
// In-process (runCli) except where a pure function is what is checked. (Finding 8, the cache folder
// under /proc, is in cache.test.ts, with the cache's other folders.)
import { describe, expect, it } from 'vitest';
import { formatSearch } from '../src/render/format-search.js';
import { createTheme } from '../src/render/theme-color.js';
import type { SearchResult } from '../src/search/search.js';
import { runCli } from './helpers/cli.js';

const MARK = '(added by spasm-info, not from the article)';
const count = (text: string, part: string) => text.split(part).length - 1;
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe("10: search marks a text of ours once, even when the text ends with the mark itself", () => {
  it.each([[40], [80], [200]])("'search urgent' (red-flags' summary, which ends with the mark) at %i columns", async (columns) => {
    const r = await runCli(['search', 'urgent', '-n', '1'], { COLUMNS: String(columns) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\. When to get medical help \(red-flags\)/);
    expect(count(oneLine(r.stdout), MARK)).toBe(1);
  });

  /** The screen of one hit from the red-flags section (a section of ours) with this snippet. */
  const screen = (text: string, addedBy?: string) => {
    const result: SearchResult = {
      hits: [{ id: 'red-flags', title: 'When to get medical help', score: 0.5, snippet: { text, highlights: [] }, matched: [] }],
      corrections: [], suggestions: [], terms: [], unmatched: [], warnings: [],
    };
    return oneLine(formatSearch(result, { theme: createTheme(false), width: 80, tty: false, addedBy, supplementary: new Set(['red-flags']) }));
  };
  it.each([
    ['a sentence of ours is marked', 'See a doctor.', undefined, 'See a doctor. (added by spasm-info, not from the article)'],
    ['a text ending with the mark and a full stop is not marked again', `Signs, most urgent first ${MARK}.`, undefined, `Signs, most urgent first ${MARK}.`],
    ['a text ending with the mark is not marked again', `Signs ${MARK}`, undefined, `Signs ${MARK}`],
    ['the mark inside a text, not at its end, is no reason to leave it out', `Signs ${MARK} and more.`, undefined, `Signs ${MARK} and more. ${MARK}`],
    ["a --data corpus's text naming spasm-info is still credited to the file", `Signs ${MARK}.`, 'this corpus file', `Signs ${MARK}. (added by this corpus file, not from the article)`],
  ])('%s', (_, text, addedBy, expected) => {
    expect(screen(text, addedBy).trim()).toBe(`1. When to get medical help (red-flags) score 0.50 ${expected}`);
  });
});
