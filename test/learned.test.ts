// The word -> section model search learns from the suite's labelled queries (src/search/learned.ts,
// scripts/learn.mjs): kept up to date with the suite, learned from no held-out query, read safely,
// and never above an emergency the query names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../src/corpus/corpus.js';
import { buildIndex, search } from '../src/search/search.js';
import { answerKey, learnedAnswerShares, learnedName, learnedScores, parseLearned, parseLearnedAnswers } from '../src/search/learned.js';
import * as lib from '../src/index.js';
// @ts-expect-error: plain JavaScript module shared with `npm run learn` and the build
import { learn, learnAnswers, learnedAnswersJson, learnedAnswersText, learnedJson, learnedText, unseenBy } from '../scripts/learn.mjs';

const root = new URL('..', import.meta.url);
const answers = JSON.parse(readFileSync(new URL('test/answers.json', root), 'utf8'));
const corpus = loadBundledCorpus();
const saved = readFileSync(new URL('data/learned.json', root), 'utf8');
/** The library as scripts/learn.mjs reads it, with each query's stems worked out once for the file:
 *  learn() and unseenBy() read the stems of the 1,800 held-out queries at every call (five calls
 *  below), and learnedWords is a pure function of the query. What learn() makes is the same. */
const stemsOf = new Map<string, string[]>();
const learnLib = { ...lib, learnedWords: (query: string) => stemsOf.get(query) ?? stemsOf.set(query, lib.learnedWords(query)).get(query)! };

describe('the learned model', () => {
  it('data/learned.json is what scripts/learn.mjs makes of test/answers.json\'s main cases (run `npm run learn` after changing them)', () => {
    expect(saved).toBe(learnedJson(learn(learnLib, answers.cases, corpus.sections, answers.heldOut)));
  });

  it('learned from the main cases only, and from none that is a held-out query by its words or by the stems it reads', () => {
    const unseen = unseenBy(learnLib, answers.heldOut);
    const learned = answers.cases.filter(unseen);
    expect(learned.length, 'main cases that are not held-out queries').toBeGreaterThan(2000);
    expect(JSON.parse(saved).queries).toBe(learned.length);
    const [probe] = answers.heldOut;
    for (const copy of [probe, { ...probe, query: `${probe.query.toUpperCase()}!!` }, { ...probe, query: lib.learnedWords(probe.query).join(' ') }]) {
      expect(unseen(copy), `a copy of a held-out query: ${copy.query}`).toBe(false);
      expect(learn(learnLib, [learned[0], copy], corpus.sections, answers.heldOut).queries, 'a held-out query among the cases is left out').toBe(1);
    }
  });

  it('dist/learned.txt, which searches read, is the build\'s text of data/learned.json', () => {
    expect(readFileSync(new URL('dist/learned.txt', root), 'utf8')).toBe(learnedText(JSON.parse(saved)));
  });

  const good = 'a Alpha\tb Beta\n3 1\n4 1\n4\nsum a\tsum b\n10 1 1\n2 1 0\nheat 3 0\nknot 1 1\n';
  it.each([
    ['no lines', ''],
    ['no words', 'a Alpha\tb Beta\n3 1\n3 0\n0\nsum a\tsum b\n'],
    ['a prior of zero', 'a Alpha\tb Beta\n3 0\n3 0\n1\nsum a\tsum b\nheat 3 0\n'],
    ['priors for fewer sections than named', 'a Alpha\tb Beta\n3\n3 0\n1\nsum a\tsum b\nheat 3 0\n'],
    ['no totals', 'a Alpha\tb Beta\n3 1\n1\nsum a\tsum b\nheat 3 0\n'],
    ['a prior that is no number', 'a Alpha\tb Beta\nx 1\n3 0\n1\nsum a\tsum b\nheat 3 0\n'],
    ['summaries for fewer sections than named', 'a Alpha\tb Beta\n3 1\n3 0\n1\nsum a\nheat 3 0\n'],
    ['no count of words', 'a Alpha\tb Beta\n3 1\n3 0\nsum a\tsum b\nheat 3 0\n'],
  ])('a model text with %s is refused, and search goes on without it', (_, text) => {
    expect(parseLearned(text)).toBeNull();
  });

  it.each([
    ['heat', [3, 0]], ['knot', [1, 1]], ['10', [1, 1]], ['2', [1, 0]], ['cold', undefined], ['', undefined], ['zzz', undefined],
  ])('finds the counts of the stem "%s" by binary search', (stem, counts) => {
    expect(parseLearned(good)!.counts(stem)).toEqual(counts);
  });

  it.each([
    ['a count that is no number', 'heat x 0'], ['a negative count', 'heat -1 0'], ['counts for more sections than named', 'heat 3 0 1'], ['no counts', 'heat'],
    ['an empty count', 'heat  3'], ['a count in hex', 'heat 0x10 0'], ['a count with an exponent', 'heat 1e3 0'],
  ])('a word line with %s is a word the model does not know', (_, entry) => {
    expect(parseLearned(`a Alpha\tb Beta\n3 1\n3 0\n1\nsum a\tsum b\n${entry}\n`)!.counts('heat')).toBeUndefined();
  });

  it('writes its stems in the order the binary search reads them, numbers among words as text', () => {
    const text = learnedText({ sections: ['a Alpha', 'b Beta'], summaries: ['sum a', 'sum b'], prior: [3, 1], words: { knot: [1, 1], 10: [1, 1], heat: [3, 0], 2: [1, 0] } });
    expect(text).toBe('a Alpha\tb Beta\n3 1\n6 2\n4\nsum a\tsum b\n10 1 1\n2 1 0\nheat 3 0\nknot 1 1\n');
    for (const stem of ['knot', '10', 'heat', '2']) expect(parseLearned(text)!.counts(stem), stem).toBeDefined();
  });

  it('knows only the sections it learned: another corpus gets no scores', () => {
    const model = parseLearned('a Alpha\tb Beta\n3 1\n3 1\n2\nsum a\tsum b\nheat 3 0\nknot 0 1\n')!;
    const sections = [{ id: 'a', title: 'Alpha', summary: 'sum a', body: '' }, { id: 'b', title: 'Beta', summary: 'sum b', body: '' }] as typeof corpus.sections;
    const scores = learnedScores(sections, ['heat'], model)!;
    expect(scores[0], 'a word learned for section a makes a likelier').toBeGreaterThan(scores[1]);
    expect(learnedScores([sections[1], sections[0]], ['heat'], model)!.map((x) => Math.round(x * 1e6)), 'the same sections in another order').toEqual([scores[1], scores[0]].map((x) => Math.round(x * 1e6)));
    expect(learnedScores([{ ...sections[0], title: 'Other' }, sections[1]], ['heat'], model), 'a section renamed').toBeUndefined();
    expect(learnedScores(sections.slice(0, 1), ['heat'], model), 'a section fewer').toBeUndefined();
    expect(learnedScores([{ ...sections[0], summary: 'other text' }, sections[1]], ['heat'], model), 'the same id and title over other text').toBeUndefined();
    expect(learnedScores(corpus.sections, ['heat'], model), 'the bundled corpus against a model of two sections').toBeUndefined();
    expect(learnedScores(corpus.sections, ['heat']), 'the bundled corpus against the built model').toHaveLength(corpus.sections.length);
    expect(JSON.parse(saved).sections).toEqual(corpus.sections.map(learnedName));
    // A --data corpus that reuses the bundled sections' ids and titles for its own text is ranked by
    // the rules alone (review18).
    const impostor = corpus.sections.map((section) => ({ ...section, summary: `Our own notes on ${section.title}.` }));
    expect(learnedScores(impostor, ['heat']), 'the bundled ids and titles over other summaries').toBeUndefined();
  });

  const index = buildIndex(corpus);
  it('reorders only what the rules found: the same sections with and without it, and `learned: false` ranks by the rules alone', () => {
    const answersMain = answers.cases.slice(0, 120);
    let moved = 0;
    for (const c of answersMain) {
      const withModel = search(index, c.query, { limit: 10, snippets: 0 }).hits.map((h) => h.id);
      const rules = search(index, c.query, { limit: 10, learned: false, snippets: 0 }).hits.map((h) => h.id);
      expect([...withModel].sort(), c.query).toEqual([...rules].sort());
      if (withModel[0] !== rules[0]) moved++;
    }
    expect(moved, 'first sections the model changed among 120 main cases').toBeGreaterThan(0);
  });

  it.each([
    // Emergencies: the emergency block after the model leads with them anyway.
    'is a hot water bottle or an ice pack better for my neck, I fell off a ladder yesterday',
    'can I use heat on my stiff neck, I have a fever and a headache',
    // Signs short of an emergency, beside a question the model would answer with a treatment
    // (review18 finding 6): each of these leads with the treatment when the signs may be lowered.
    "swapped the heat pad for a hot water bottle, how long do I leave it on for, I've got pins and needles in my fingers too",
    'should I wear a neck collar, the pain wakes me at night',
    'should I wear a neck collar for my stiff neck? numbness in my hand',
    'a wheat bag instead of a heating pad, how long do I leave it on, my legs feel wobbly',
    'I used a hot water bottle instead of a heat pad and my legs feel wobbly',
    // The question itself asks for the signs: filler the model learned elsewhere does not lower them.
    'should I see a doctor about my neck spasm, already asked once',
    'I already asked the pharmacist, should I see a doctor now',
  ])('the warning signs the rules put first stay first: %s', (query) => {
    expect(search(index, query, { learned: false }).hits[0]?.id, 'the rules put the signs first').toBe('red-flags');
    expect(search(index, query).hits[0]?.id).toBe('red-flags');
  });

  it.each([
    // A phrase of the signs' section said whole, the story's reason to see a doctor.
    'neither heat nor cold nor tablets are working and it keeps getting worse, what now',
    // A young child's trouble: the advice is for adults.
    'our toddler keeps holding his neck to one side',
  ])('the warning signs the rules put first stay first when the query names why: %s', (query) => {
    expect(search(index, query, { learned: false }).hits[0]?.id, 'the rules put the signs first').toBe('red-flags');
    expect(search(index, query).hits[0]?.id).toBe('red-flags');
  });

  it.each([
    // The rules put the signs first for a common word of theirs ("runs", "weaker", "week"), with no
    // sign named: what the model learned of these words leads instead (eighteenth session).
    ['lorry driver, neck seizes up on long runs up the M6', 'overview'],
    ['been wearing the collar for a week and my neck feels weaker', 'rest'],
  ])('warning signs the query does not name give way to what the model learned: %s', (query, want) => {
    expect(search(index, query, { learned: false }).hits[0]?.id, 'the rules put the signs first').toBe('red-flags');
    expect(search(index, query).hits[0]?.id).toBe(want);
    expect(search(index, query).hits.map((h) => h.id), 'the signs are still shown').toContain('red-flags');
  });

  it('a sign the query ties to a medicine keeps its notice when the model puts the medicines first (review18 finding 3)', () => {
    const result = search(index, 'co-codamol makes me dizzy, can I use a heat pad');
    expect(result.warnings.map((w) => w.id)).toEqual(search(index, 'co-codamol makes me dizzy, can I use a heat pad', { learned: false }).warnings.map((w) => w.id));
  });

  it.each([
    ['asking for my dad, how long does a neck spasm last', 'how long does a neck spasm last'],
    ["I'm 19, is it ok to drive with a stiff neck", 'is it ok to drive with a stiff neck'],
    ['on my lunch, is it ok to drive with a stiff neck', 'is it ok to drive with a stiff neck'],
    ['up at 3am, is it ok to drive with a stiff neck', 'is it ok to drive with a stiff neck'],
  ])('who, when and how old do not choose the section: %j as %j', (query, plain) => {
    expect(search(index, query).hits[0]?.id).toBe(search(index, plain).hits[0]?.id);
  });

  // Every twentieth query of the suite (268 of 5,344): all of them took 9.8 s of the suite's 20 when
  // there were 4,185, every tenth 1.2 s of CPU in the thirty-fifth session. The test above holds
  // the same at a limit of 10 over 120 main cases.
  it('shows no section the rules would not: at the default limit, the hits are the same sections with and without it (every twentieth suite query)', () => {
    for (const c of [...answers.cases, ...answers.heldOut].filter((_, i) => i % 20 === 0)) {
      const withModel = search(index, c.query, { snippets: 0 }).hits.map((h) => h.id).sort();
      const rules = search(index, c.query, { learned: false, snippets: 0 }).hits.map((h) => h.id).sort();
      if (withModel.join() !== rules.join()) expect(withModel, c.query).toEqual(rules);
    }
  }, 60_000);
});

describe('the learned sentence model (which sentence of a hit answers)', () => {
  const savedAnswers = readFileSync(new URL('data/learned-answers.json', root), 'utf8');
  const index = buildIndex(corpus);

  it('data/learned-answers.json is what scripts/learn.mjs makes of test/answers.json\'s main cases (run `npm run learn` after changing them or a sentence of the corpus)', () => {
    expect(savedAnswers).toBe(learnedAnswersJson(learnAnswers(learnLib, answers.cases, index, answers.heldOut)));
  });

  it('learned from the same cases as the section model: none that is a held-out query', () => {
    const [probe] = answers.heldOut;
    const one = answers.cases.filter(unseenBy(learnLib, answers.heldOut)).find((c: { expect: string }) => c.expect === probe.expect);
    expect(learnAnswers(learnLib, [one, probe], index, answers.heldOut).queries, 'a held-out query among the cases is left out').toBe(1);
  });

  it('knows every sentence a snippet may show, by its section and text', () => {
    const model = JSON.parse(savedAnswers);
    for (const section of corpus.sections) {
      for (const { key, text } of lib.answerSentences(index, section.id)) expect(model.sentences, `${section.id}: ${text}`).toContain(key);
    }
    expect(answerKey('thermal', 'heat is typically applied')).not.toBe(answerKey('rest', 'heat is typically applied'));
  });

  it('dist/learned-answers.txt, which searches read, is the build\'s text of data/learned-answers.json', () => {
    expect(readFileSync(new URL('dist/learned-answers.txt', root), 'utf8')).toBe(learnedAnswersText(JSON.parse(savedAnswers)));
  });

  const good = 'a#1\ta#2\tb#1\n60 120 0\n2 2 2\nheat 1:120\nknot 0:60\n';
  it.each([
    ['no lines', ''],
    ['no vocabulary line', 'a#1\ta#2\n60 60\n'],
    ['totals for fewer sentences than named', 'a#1\ta#2\n60\n2 2\nheat 0:60\n'],
    ['a vocabulary of zero', 'a#1\ta#2\n60 60\n0 2\nheat 0:60\n'],
    ['a total that is no number', 'a#1\ta#2\nx 60\n2 2\nheat 0:60\n'],
  ])('a sentence model text with %s is refused, and snippets are chosen without it', (_, text) => {
    expect(parseLearnedAnswers(text)).toBeNull();
  });

  it.each([
    ['heat', [1, 120]], ['knot', [0, 60]], ['cold', undefined],
  ])('finds the counts of the stem "%s" by binary search', (stem, counts) => {
    const found = parseLearnedAnswers(good)!.counts(stem);
    expect(found && Array.from(found)).toEqual(counts);
  });

  it.each([
    ['a pair that is no pair', 'heat 1'], ['a sentence beyond those named', 'heat 3:60'], ['a count in hex', 'heat 0:0x10'],
    ['a pair with no count', 'heat 0:'], ['a count that would wrap round', 'heat 0:3000000000'], ['two colons', 'heat 0:1:2'], ['a trailing space', 'heat 0:60 '], ['a negative count', 'heat 0:-1'],
  ])('a word line with %s is a word the model does not know', (_, entry) => {
    expect(parseLearnedAnswers(`a#1\ta#2\tb#1\n60 120 0\n2 2 2\n${entry}\n`)!.counts('heat')).toBeUndefined();
  });

  it('gives the likelier sentence the larger share, shares that sum to 1, and none to a sentence it does not know', () => {
    const model = parseLearnedAnswers(good)!;
    const [knot, heat, unknown] = learnedAnswerShares(['a#1', 'a#2', 'a#9'], ['knot'], -1, model)!;
    expect(knot, 'a word learned for a#1 makes it likelier').toBeGreaterThan(heat);
    expect(knot + heat + unknown).toBeCloseTo(1, 9);
    expect(unknown).toBe(0);
    expect(learnedAnswerShares(['a#1', 'a#9'], ['knot'], -1, model), 'one known sentence: nothing to choose between').toBeUndefined();
  });

  it('chooses among the sentences the rules weigh: `learned: false` chooses by the rules alone, and the model changes some', () => {
    let changed = 0;
    for (const c of answers.cases.slice(0, 240)) {
      const withModel = search(index, c.query, { limit: 1, snippets: 1 }).hits[0];
      const rules = search(index, c.query, { limit: 1, snippets: 1, learned: false }).hits[0];
      if (withModel && rules && withModel.id === rules.id && withModel.snippet.text !== rules.snippet.text) changed++;
    }
    expect(changed, 'snippets the model changed among 240 main cases').toBeGreaterThan(0);
  });

  // Review20 finding 6: a drug class's safety note the rules choose stays chosen.
  it.each([
    ['i take aspirin for my heart, can i take ibuprofen for my neck', /low-dose aspirin for your heart/],
    ['is it safe to take co-codamol for a week', /count towards the same daily limit/],
  ])('%j keeps the safety note %s', (query, sentence) => {
    expect(search(index, query, { limit: 1 }).hits[0].snippet.text).toMatch(sentence);
  });
});
