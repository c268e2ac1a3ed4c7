import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../src/corpus/corpus.js';
import { lookupSection } from '../src/corpus/names.js';
import { suggestSections } from '../src/corpus/suggest.js';

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
