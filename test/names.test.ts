import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../src/corpus/corpus.js';
import { findSection, lookupSection } from '../src/corpus/names.js';
import { suggestSections } from '../src/corpus/suggest.js';
import type { Corpus } from '../src/corpus/types.js';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const corpus = loadBundledCorpus();
const idOf = (name: string) => {
  const r = lookupSection(corpus, name);
  return r.kind === 'found' ? r.section.id : r.kind;
};

describe('finding a section by name', () => {
  it.each([
    ['thermal', 'thermal'],
    ['THERMAL', 'thermal'],
    ['Thermal Therapy', 'thermal'],
    ['heat', 'thermal'],
    ['ice', 'thermal'],
    ['therm', 'thermal'],
    ['physical therapy', 'physical-therapy'],
    ['Physical-Therapy', 'physical-therapy'],
    ['physical_therapy', 'physical-therapy'],
    ['physio', 'physical-therapy'],
    ['pt', 'physical-therapy'],
    ['meds', 'medications'],
    ['Medications', 'medications'],
    ['medic', 'medications'],
    ['red flags', 'red-flags'],
    ['when to get medical help', 'red-flags'],
    ['warning signs', 'red-flags'],
    ['surg', 'surgery'],
    ['collar', 'rest'],
    ['overview', 'overview'],
    ['causes', 'overview'],
    ['Thérmal', 'thermal'],
  ])('%s → %s', (name, id) => expect(idOf(name)).toBe(id));

  it.each([['p'], ['s'], ['m']])('%s is ambiguous', (name) => expect(idOf(name)).toBe('ambiguous'));

  it.each([['../../etc/passwd'], ['/etc/passwd'], ['nonsense'], [''], ['   '], ['\u001b[31m']])(
    '%j is not a section (names are never paths)',
    (name) => expect(idOf(name)).toBe('unknown'),
  );

  it.each([
    ['thermel', 'thermal'],
    ['surgury', 'surgery'],
    ['medicatoins', 'medications'],
  ])('%s suggests %s', (name, id) => {
    expect(lookupSection(corpus, name).kind).toBe('unknown');
    expect(suggestSections(corpus, name).map((s) => s.id)).toContain(id);
  });

  // A function word of a name ("and" of "heat and ice") is no near miss (trial65: 'and', 'hand' and
  // 'sand' suggested thermal).
  it.each([['and'], ['hand'], ['sand'], ['andy']])('%s suggests nothing', (name) => {
    expect(suggestSections(corpus, name)).toEqual([]);
  });

  // Not a section's name but a word it is about: a vocabulary term or a drug's name, whole and exact.
  it.each([
    ['heat pad', 'thermal'],
    ['Frozen Peas', 'thermal'],
    ['hot water bottle', 'thermal'],
    ['ibuprofen', 'medications'],
    ['Advil', 'medications'],
    ['paracetamol', 'medications'],
  ])('the term %s → %s', (name, id) => expect(idOf(name)).toBe(id));

  it.each([
    ['car crash', 'a term two sections share (overview, red-flags) names neither'],
    ['ibupro', 'a prefix of a term is not a name'],
    ['frozen', 'one word of a term is not a name'],
  ])('%s is not a section: %s', (name) => expect(idOf(name)).toBe('unknown'));
});

// trial66 finding 2: a title or alias two sections of a --data corpus share named the first of them
// (exit 0), while a prefix of it was ambiguous. Whole or in part, it is now ambiguous; ids stay exact.
describe('a name several sections share is ambiguous, whole as in part', () => {
  const section = (id: string, title: string, aliases?: string[]) => ({ id, title, summary: 's', body: 'b', ...(aliases ? { aliases } : {}) });
  const shared: Corpus = {
    sections: [section('adult', 'Dosage', ['dose', 'grown-ups']), section('child', 'Dosage', ['Dose', 'kids']), section('a-b', 'First'), section('a_b', 'Second')],
  };
  const outcome = (name: string) => {
    const r = lookupSection(shared, name);
    return r.kind === 'found' ? r.section.id : r.kind === 'ambiguous' ? `ambiguous: ${r.candidates.map((c) => c.id).join(', ')}` : r.kind;
  };

  it.each([
    ['dosage', 'ambiguous: adult, child', 'a title two sections share is not the first one'],
    ['DOSE', 'ambiguous: adult, child', 'an alias two sections share is not the first one'],
    ['dos', 'ambiguous: adult, child', 'a prefix of it, as before'],
    ['adult', 'adult', 'an id is exact, whatever the titles'],
    ['kids', 'child', 'an alias only one section has still names it'],
    ['a b', 'ambiguous: a-b, a_b', 'a name two ids fold to is not the first id'],
    ['A_B', 'a_b', 'an id typed as it is (any case) is exact'],
  ])('%s → %s: %s', (name, expected) => expect(outcome(name)).toBe(expected));

  it('findSection gives nothing for a shared title, not the first section', () => expect(findSection(shared, 'Dosage')).toBeUndefined());

  // The command line: the whole title says what its prefix says, and --json prints [] for both.
  const file = join(tempDir('names'), 'shared.json');
  writeFileSync(file, JSON.stringify(shared));
  it.each([
    ['show dosage', '', "spasm-info: 'dosage' could mean more than one section: adult, child.\n"],
    ['show dos', '', "spasm-info: 'dos' could mean more than one section: adult, child.\n"],
    ['show dosage --json', '[]\n', "spasm-info: 'dosage' could mean more than one section: adult, child.\n"],
  ])('%s: exit 1 naming both ids, no section shown', async (command, stdout, stderr) => {
    const r = await runCli(['--data', file, ...command.split(' ')]);
    expect([r.code, r.stdout, r.stderr]).toEqual([1, stdout, stderr]);
  });
});
