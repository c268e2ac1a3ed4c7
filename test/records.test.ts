// The records --json prints are the library's: a script using the library sees the same values.
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../src/corpus/corpus.js';
import { lookupSections } from '../src/corpus/names.js';
import { parseSince, planFor } from '../src/plan/plan.js';
import { planJsonRecord, searchRecords, sectionRecord } from '../src/corpus/records.js';
import { buildIndex, search } from '../src/search/search.js';
import { runCli } from './helpers/cli.js';

const corpus = loadBundledCorpus();
const section = (id: string) => corpus.sections.find((s) => s.id === id)!;

describe('--json prints the library\'s records', () => {
  it.each(corpus.sections.map((s) => [s.id]))('show %s --json is sectionRecord', async (id) => {
    expect(JSON.parse((await runCli(['show', id, '--json'])).stdout)).toEqual(sectionRecord(corpus, section(id)));
  });

  // Nothing found: stdout is still JSON, [] for show as for search (trial18 finding 10).
  it.each([
    [['show', 'nope', '--json'], 'No section matches'],
    [['show', 'zzz', 'qqq', '--json'], 'No section matches'],
    [['search', 'zzqqxx', '--json'], 'Nothing matches'],
  ])('%j finds nothing: stdout [], exit 1, the sentence on stderr', async (args, sentence) => {
    const r = await runCli(args);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^spasm-info: ${sentence} `));
  });

  it.each([['ibuprofen'], ['hot water bottle'], ['naproxin']])('search %s --json is searchRecords', async (query) => {
    const printed = JSON.parse((await runCli(['search', ...query.split(' '), '--json'])).stdout);
    expect(printed).toEqual(searchRecords(search(buildIndex(corpus), query, { limit: 5 }), corpus));
  });

  // Whose the snippet is: the article's (no snippetOrigin), a drug note added beside it, or a
  // supplementary section's.
  it.each([
    ['hot water bottle', undefined, undefined],
    ['does tiger balm work with a heat pad on top', undefined, 'supplementary'],
    ['numbness in my arm', 'supplementary', 'supplementary'],
  ])('search %j --json: the first hit\'s origin is %s, its snippetOrigin %s', async (query, origin, snippetOrigin) => {
    const [first] = JSON.parse((await runCli(['search', query, '--json'])).stdout);
    expect([first.origin, first.snippetOrigin]).toEqual([origin, snippetOrigin]);
  });

  it.each([
    ['would a wheat bag help my numb arm', ['thermal', 'red-flags'], [undefined, true]],
    ['how long should I use a wheat bag', ['thermal'], [undefined]],
  ])('search %j --json: the hit whose warning sign the query names says so (warningSign)', async (query, ids, flags) => {
    const printed = JSON.parse((await runCli(['search', query, '--json'])).stdout) as { id: string; warningSign?: true }[];
    expect(printed.map((h) => h.id)).toEqual(ids);
    expect(printed.map((h) => h.warningSign)).toEqual(flags);
  });

  it('a drug note shown as a snippet is marked as added, on its own line\'s end', async () => {
    const { stdout } = await runCli(['search', 'does tiger balm work with a heat pad on top', '--color', 'never', '-n', '1']);
    expect(stdout.replace(/\s+/g, ' ')).toMatch(/not to use them with a heating pad[^(]*\(added by spasm-info, not from the article\)\s*$/);
  });

  it('plan --json is planJsonRecord', async () => {
    const now = new Date(2026, 10, 20, 12);
    const today = { year: 2026, month: 11, day: 20 };
    const printed = JSON.parse((await runCli(['plan', '--since', '2026-11-15', '--json'], {}, { now })).stdout);
    expect(printed).toEqual(planJsonRecord(planFor(corpus.plan!, parseSince('2026-11-15', today), today)));
  });
});

describe('lookupSections: several words as one name, else one name each', () => {
  it.each([
    [['physical', 'therapy'], { kind: 'found', ids: ['physical-therapy'] }],
    [['thermal', 'rest'], { kind: 'found', ids: ['thermal', 'rest'] }],
    [['heat'], { kind: 'found', ids: ['thermal'] }],
    [['p'], { kind: 'ambiguous', name: 'p' }],
    [['thermal', 'nonsense'], { kind: 'unknown', name: 'thermal nonsense' }],
    // Words that ask, not name (trial18 finding 8: "the" named Thermal Therapy, "me" Medications).
    [['the', 'red', 'flags'], { kind: 'found', ids: ['red-flags'] }],
    [['the', 'warning', 'signs'], { kind: 'found', ids: ['red-flags'] }],
    [['me', 'the', 'heat', 'section'], { kind: 'found', ids: ['thermal'] }],
    [['the', 'medications'], { kind: 'found', ids: ['medications'] }],
    [['when', 'to', 'get', 'medical', 'help'], { kind: 'found', ids: ['red-flags'] }],
  ])('%j → %j', (words, expected) => {
    const found = lookupSections(corpus, words);
    expect(found.kind === 'found' ? { kind: found.kind, ids: found.sections.map((s) => s.id) } : { kind: found.kind, name: found.name }).toEqual(expected);
  });
});

describe('the core reports problems in its own terms', () => {
  it('a bad date is about the date; only the CLI names --since', async () => {
    const today = { year: 2026, month: 11, day: 20 };
    expect(() => parseSince('whenever', today)).toThrowError(/^"whenever" is not a date it can read;/);
    const r = await runCli(['plan', '--since', 'whenever']);
    expect(r.stderr).toMatch(/^spasm-info: --since "whenever" is not a date it can read;/);
  });
});
