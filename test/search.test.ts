import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../src/corpus/corpus.js';
import { buildIndex, queryTerms, search, wordZipf } from '../src/search/search.js';
import { lookupWord } from '../src/search/lexicon.js';
import { readQuery } from '../src/search/query.js';
import * as lib from '../src/index.js';
// @ts-expect-error: plain JavaScript module shared with `npm run eval:search`
import { evaluate, loadSuites } from '../scripts/eval-search.mjs';

const corpus = loadBundledCorpus();
const index = buildIndex(corpus);
const top = (query: string) => search(index, query).hits[0]?.id ?? 'nothing';

describe('query understanding', () => {
  it.each([
    ['What can I take for the pain?', ['pain']],
    ['ICE or HEAT first', ['ice', 'heat', 'first']],
    ['acétaminophène', ['acetaminophene']],
    ['the the the', []],
    ['!!! ??? ...', []],
    // Texting's function words: "n" for and, "u" for you, "cos" for because.
    ['is it always pills n physio', ['always', 'pills', 'physio']],
    ['can u use heat cos of the pain', ['heat', 'pain']],
    // Contractions typed without the apostrophe: "shes" was corrected to "shunted" or "shot".
    ['shes got a stiff neck and hes worried', ['stiff', 'neck', 'worried']],
    // Conjunctions and adverbs that carry no topic.
    ['not sleeping with the neck pain, even though i take pills, maybe it is worse', ['sleeping', 'neck', 'pain', 'pills', 'worse']],
  ])('%j is searched as %j', (query, terms) => expect(queryTerms(query)).toEqual(terms));

  it('ignores word order', () => {
    expect(search(index, 'ice or heat first').hits.map((h) => h.id)).toEqual(search(index, 'first heat or ice').hits.map((h) => h.id));
  });

  it.each([
    ['(ibuprofen', ['ibuprofen']],
    ['^ibuprofen$', ['ibuprofen']],
    ["'ibuprofen", ['ibuprofen']],
    ['ibuprofen|aleve', ['ibuprofen', 'aleve']],
    ['=ibuprofen', ['ibuprofen']],
    ['!ibuprofen', ['ibuprofen']],
  ])('treats operator characters as text: %s searches for %j and finds Medications', (query, terms) => {
    const result = search(index, query);
    expect(result.terms).toEqual(terms);
    expect(result.hits[0]?.id).toBe('medications');
  });

  it.each([['.*'], ['[a-z]+']])('regex syntax %s is not a pattern: it matches nothing', (query) => {
    expect(search(index, query).hits).toEqual([]);
  });

  it.each([[' '.repeat(3000)], ['\n\n  '.repeat(1000)], ['\t '.repeat(1500)]])('blanks before the words do not spend the 2,000-character budget: %j then "ibuprofen" finds it', (pad) => {
    expect(search(index, `${pad}ibuprofen`).hits[0]?.id).toBe('medications');
  });

  it('a warning sign told last in a long story is read (its first 64 distinct words are searched, not 32)', () => {
    const story = 'I drive a bus on early shifts and most days I sit for nine hours with my shoulders up by my ears. Last Thursday my neck seized on the left side after a long route through town. I have been using a heat pack in the evenings and taking ibuprofen with food, which helps a bit, and my partner rubs it for me. Also since lunchtime my face has been drooping on one side.';
    expect(new Set(queryTerms(story)).size, 'distinct searched words').toBeGreaterThan(32);
    const result = search(index, story);
    expect(result.warnings.map((w) => w.id)).toContain('red-flags');
    expect(result.hits[0].id).toBe('red-flags');
  });

  // trial17 findings 2-5: a temperature in British speech, the light hurting, a car accident; and the
  // sentence shown is the sign's, not the painkillers' the query asks about.
  it.each([
    ['my neck is stiff and I have a temperature, can I take paracetamol', /meningitis/],
    ["she's got a bit of a temp and her neck is really stiff, is ibuprofen ok", /meningitis/],
    ['neck really stiff, I feel sick and I can\'t look at the light, would a heat pad help', /meningitis/],
    ['stiff neck since a car accident on Friday, can I take naproxen', /Any injury to the neck/],
    ['got a fever and my neck is stiff, should I take paracetamol or ibuprofen', /meningitis/],
  ])('%j raises the warning signs\' notice, with the sign\'s own sentence', (query, sentence) => {
    const result = search(index, query);
    expect(result.warnings.map((w) => w.id)).toContain('red-flags');
    expect(result.hits.find((h) => h.id === 'red-flags')?.snippet.text).toMatch(sentence);
  });

  it.each([
    'what temperature should my heat pad be for a stiff neck',
    'the heat pad has a temperature dial, which setting for my neck',
    'do I need to check the temperature of the wheat bag for my neck',
  ])('%j: a temperature of a thing is no fever', (query) => {
    expect(search(index, query).warnings).toEqual([]);
  });

  it('`snippets: n` works out the first n hits\' sentences, the same as without it, and leaves the rest empty', () => {
    const query = 'my neck has been stiff for a week, heat or ice, and can I take ibuprofen';
    const all = search(index, query, { limit: 10 }).hits;
    const first = search(index, query, { limit: 10, snippets: 1 }).hits;
    expect(all.length).toBeGreaterThan(1);
    expect(first.map((h) => h.id)).toEqual(all.map((h) => h.id));
    expect(first[0].snippet).toEqual(all[0].snippet);
    expect(first.slice(1).map((h) => h.snippet.text)).toEqual(all.slice(1).map(() => ''));
  });

  it('a 10,000-character query answers: one distinct word, searched once', () => {
    const result = search(index, 'neck '.repeat(2000));
    expect(result.terms).toEqual(['neck']);
    expect(result.hits.length).toBeGreaterThan(0);
  });
});

describe('ranking', () => {
  it.each([
    ['ibuprofen', 'medications'],
    ['Motrin', 'medications'],
    ['hot water bottle', 'thermal'],
    ['physiotherapist', 'physical-therapy'],
    ['neck support', 'rest'],
    ['pain pills', 'medications'],
    ['spine operation', 'surgery'],
    ['acetaminofen', 'medications'],
    ['massge', 'physical-therapy'],
    ['stretchng', 'physical-therapy'],
    ['ice or heat first', 'thermal'],
    ['exercises for posture', 'physical-therapy'],
    ['what can I take for the pain', 'medications'],
    // Turning from a section's own name, while naming it too, asks what else it holds.
    ['besides massage what else does physio involve for neck spasms', 'physical-therapy'],
    // "stiff" of "stiff neck" says what hurts, not "stiffen" of bed rest.
    ['without a heating pad how can I warm up my stiff neck', 'thermal'],
    ['ice made my neck feel worse, should I stop', 'thermal'],
    ['ring 111 about neck pain', 'red-flags'],
    ['ibuprofen gel for my neck', 'medications'],
    ['keyhole op on the neck', 'surgery'],
    // "jab", British for an injection; "flu jab" stays off-topic (flu is a thing of its own).
    ['would a jab from the doctor help my neck', 'medications'],
    // "sit" is asked about, but meets only part of "sitting at a desk": it is not doubled there.
    ['instead of lying flat can I sit up with some neck support', 'rest'],
    // "no joy" says it failed, and is no subject of its own ("joy" is a feeling, a thing by WordNet).
    ['paracetamol and ibuprofen together, still no joy after ten days', 'red-flags'],
    ['tried the cyclobenzaprine, no joy, and it left me groggy all day', 'medications'],
    // A treatment the person cannot get is still what they ask about.
    ['no physio on the NHS for months, how do I stop my neck seizing up again', 'physical-therapy'],
    // A duvet day, British for a day off at home: the day or two of less activity.
    ['pulling a duvet day for this stiff neck, good idea?', 'rest'],
    ['duvet day or push on with a cricked neck', 'rest'],
    // Kneading is massage.
    ['can someone knead the knots out of my neck', 'physical-therapy'],
  ])('%s → %s first', (query, id) => expect(top(query)).toBe(id));

  // How soon the relief should come is asked, not told of the pain: "fast" of "get rid of it fast"
  // is not the warning sign's "Pain that gets worse quickly" (it had been first for the first two), nor
  // is Australian "crook" (ill, sore) the stroke sign's "crooked smile". Told of the pain, the speed
  // is still the sign's.
  it.each([
    ['how do i get rid of a sore neck fast before my flight', false],
    ['fastest way to loosen a stiff neck', false],
    ['got a crook neck since the weekend, what helps', false],
    ['neck pain getting worse really fast', true],
    ['my smile is crooked and my neck hurts', true],
  ])('%j: the warning signs first is %s', (query, signs) => expect(top(query) === 'red-flags').toBe(signs));

  it.each([['stock prices'], ['pizza dough'], ['xyzzy'], ['the']])('%s finds nothing', (query) => {
    expect(search(index, query).hits).toEqual([]);
  });

  it('scores lie in 0..1, best first', () => {
    const hits = search(index, 'neck pain', { limit: 10 }).hits;
    expect(hits.length).toBeGreaterThan(1);
    for (const h of hits) expect(h.score).toBeGreaterThan(0), expect(h.score).toBeLessThanOrEqual(1);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('respects the limit', () => {
    expect(search(index, 'neck pain', { limit: 1 }).hits.length).toBe(1);
  });
});

describe('near misses', () => {
  it('reports a typo correction from the corpus vocabulary', () => {
    expect(search(index, 'naproxin').corrections).toEqual([{ from: 'naproxin', to: 'naproxen' }]);
  });

  it('suggests close words when nothing matches', () => {
    const r = search(index, 'ixuprafeen');
    expect(r.hits).toEqual([]);
    expect(r.suggestions.map((s) => s.to)).toContain('ibuprofen');
  });
});

describe('scope: the parts of the body the corpus is about (data/corpus.json "scope")', () => {
  // Written before the scope rule was tuned (2026-12-04), with the guards beside them.
  it.each([
    'cramp in my toes at night',
    'leg cramps when pregnant',
    'muscle cramps from dehydration',
    'stiff fingers in the morning arthritis',
    'pulled groin muscle recovery',
    'stiff jaw after the dentist',
    'physio for a broken ankle',
    'ibuprofen for my knee',
    'heat rash on my arms',
    'ibuprofen for toothache',
    'muscle relaxant for a dog',
    // An animal as the one that has the trouble (WordNet's animals, kind 'a' in the lexicon).
    "my dog's neck is swollen",
    'my cat has a stiff neck',
    'can I give my cat ibuprofen',
    'my horse keeps tossing its head',
    // ... told right after its name ("horse stiff"), or by "his"/"her" beside it with no person named.
    'pony lame and stiff in the neck after the show',
    'puppy harness rubbing on his neck',
    'lamb neck stew recipe',
    // A generic word of the corpus before a noun it lacks, the head of the name.
    'heated blanket running costs',
    'sports massage course near me',
    // A noun the corpus lacks (or has only in another sense) before a word for the trouble.
    'ibuprofen for period pain',
    'heat pad for period cramps',
    // A rare adjective the corpus lacks before the trouble's word; a part of the body whose first
    // sense is another thing (WordNet's heel is a shoe's).
    'heating pad for menstrual cramps',
    'pain in my heel first thing in the morning',
    // The last word of a part in scope ("upper back") with another adjective before it.
    'lower back spasm after lifting',
    // A name of several words (WordNet's) that the corpus lacks, holding its words.
    'neck of the woods meaning',
    // A shirt's neck size (data: scope.otherSenses).
    'how to measure neck size for a shirt collar',
    'neck and neck in the polls',
    'cold sore cream',
    'spinal tap film',
    // Another trouble on the neck: only the place, and a thing of its own the corpus lacks.
    'sunburn on the back of my neck',
    // Training for or working in a profession the corpus names, with no trouble named (CAREER).
    'how to become a physiotherapist in the uk',
    'entry requirements for a physiotherapy degree',
    'chiropractor salary uk',
    'how to become an osteopath',
    'osteopathy degree entry requirements',
    'massage therapist jobs near me',
    // A drug's name beside a thing of its own, with neither the neck nor the trouble named.
    'co-codamol and constipation',
    'flu jab side effects',
  ])('%j names another part of the body or another subject: no hits', (query) => {
    expect(search(index, query).hits.map((h) => h.id)).toEqual([]);
  });

  // Trial18 finding 6: a word that judges ("ok") or says where ("back to") is no head of a name
  // whose kind the corpus's word would tell; these found nothing.
  it.each([
    ['ice okay?', 'thermal'],
    ['is a wheat bag ok for it', 'thermal'],
    ['switching back to heat', 'thermal'],
    ['spinal fusion recovery', 'surgery'],
  ])('%j is a plain question about the corpus: %s', (query, want) => {
    expect(search(index, query).hits[0]?.id).toBe(want);
  });

  it.each([
    ['pulled a muscle in my neck at the gym', undefined],
    ['my shoulders and neck are in spasm', undefined],
    ['muscle spasm at the base of my skull', undefined],
    ['my trapezius keeps spasming', undefined],
    // A profession beside the trouble, or the teller's own training told beside a question, is no career question.
    ['does physio work for neck spasms', 'physical-therapy'],
    ["what can I take for the pain. I'm training to be a nurse.", 'medications'],
    // A part in scope by its irregular plural (data/corpus.json scope.body lists both forms).
    ['spasms around my vertebrae', 'surgery'],
    ['tight muscles between my shoulder blades and neck', undefined],
    ['pins and needles in my fingers', 'red-flags'],
    ['my legs feel weak', 'red-flags'],
    ['chest pain and sweating', 'red-flags'],
    ['numbness in my arm', 'red-flags'],
    ['blurry eyes after taking methocarbamol', 'medications'],
    ['ibuprofen upset my stomach', 'medications'],
    ['naproxen sodium', 'medications'],
    // A common word the lexicon files as a thing ("till", a cash register) is no other trouble.
    ["skipping the gym till my neck's better", undefined],
    ['stiff neck and a rash', 'red-flags'],
    // A commoner thing beside a part in scope may be a form of a treatment, not another trouble.
    ['deep freeze spray on my neck', undefined],
    // What the person asks about, which the corpus has whole, is the subject; "thawing" is the story.
    ['frozen peas keep thawing, can I use a gel pack instead', 'thermal'],
    // A part in scope is the topic, like "neck", though the corpus's text never says it.
    ['heat pad on my shoulders after a long drive', 'thermal'],
    // An animal in the story, not the one that hurts.
    ['walking the dog gave me a stiff neck', undefined],
    ['my dog pulled on the lead and jarred my neck', undefined],
    // "calf" is an animal and the back of the leg (WordNet): said of a person, it is the leg.
    ["my calf is fine now, it's the neck spasm, how long do I keep the heat on", undefined],
    ['stiff neck from sleeping with the cat on my pillow', 'rest'],
    // The head of the name is a word the corpus has, or the query turns from one.
    ['cheap microwave heat pack', 'thermal'],
    ['ibuprofen not strong enough', 'medications'],
    ['whiplash pain', 'overview'],
    ['jaw pain and sweating', 'red-flags'],
    ['upper back spasm', undefined],
    ['knot in my back', undefined],
    // Names WordNet has whose words the corpus has together.
    ['pain in the neck', undefined],
    ['neck brace', 'rest'],
    ['pins and needles', 'red-flags'],
    ['neck exercises', 'physical-therapy'],
  ])('%j is in scope: answered', (query, first) => {
    const ids = search(index, query).hits.map((h) => h.id);
    expect(ids.length, `no hits for ${JSON.stringify(query)}`).toBeGreaterThan(0);
    if (first) expect(ids[0]).toBe(first);
  });

  it('the note on stderr names a name of several words the corpus lacks whole, though a word of it matched elsewhere', () => {
    expect(search(index, 'neck pain and blood pressure').unmatched).toEqual(['blood pressure']);
    expect(search(index, 'stiff neck and a cold sore').unmatched).toEqual(['cold sore']);
    expect(search(index, 'pain in the neck').unmatched).toEqual([]);
  });

  it('the note on stderr never names what made the sign its reason gives (a word of its pairs: "agony" beside a weak limb)', () => {
    expect(search(index, 'my legs are weak and my neck is agony').hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
    expect(search(index, 'my legs are weak and my neck is agony').unmatched).toEqual([]);
  });

  it('the note on stderr never names a part in scope as unmatched', () => {
    expect(search(index, 'heat pad on my shoulders after a long drive').unmatched).toEqual([]);
    expect(search(index, 'my trapezius keeps spasming').unmatched).toEqual([]);
  });

  it('a corpus without a scope answers a cramp anywhere, as before', () => {
    const corpus = loadBundledCorpus();
    const unscoped = buildIndex({ ...corpus, scope: undefined });
    expect(search(unscoped, 'cramp in my toes at night').hits.length).toBeGreaterThan(0);
  });
});

describe('words as a person means them', () => {
  const ids = (query: string) => search(index, query, { limit: 10 }).hits.map((h) => h.id);
  it.each([
    ['ibuprofem heatt', 'ibuprofen heat'],
    ['hot watter botle', 'hot water bottle'],
    ['stiff nek', 'stiff neck'],
    // What the query asks and tells is read of the words meant too.
    ['opperation for neck pain', 'operation for neck pain'],
    ['not getting any betetr after a week of doing everything at home', 'not getting any better after a week of doing everything at home'],
  ])('a corrected query %j finds exactly what %j finds, with the same first sentence', (typed, right) => {
    expect(search(index, typed).corrections.length).toBeGreaterThan(0);
    expect(ids(typed)).toEqual(ids(right));
    expect(search(index, typed).hits[0]?.snippet.text).toBe(search(index, right).hits[0]?.snippet.text);
  });

  it.each([
    ['how lomg to leave heatin pad on my neck'],
    ['how lomg should the heat pad stay on'],
    ['how lnog do i leave the hot water bottle on'],
  ])('a misspelt question word is read as the question it corrects to: %j shows the sentence with how long heat is applied', (query) => {
    expect(search(index, query).corrections.length).toBeGreaterThan(0);
    expect(search(index, query, { limit: 1 }).hits[0]?.snippet.text).toContain('20 minutes at a time');
  });

  it.each([
    ['raather not have surgery, what else', 'rather', 'physical-therapy'],
    ['antyhing but surgery', 'anything', 'physical-therapy'],
    ['cheap miicrowave heat pack', 'microwave', 'thermal'],
  ])('%j: a common English word the corpus lacks, misspelt, is read as %j (was a rare word of another subject: nothing found) → %s', (query, meant, id) => {
    const result = search(index, query);
    expect(result.corrections.map((c) => c.to)).toContain(meant);
    expect(result.hits[0]?.id).toBe(id);
  });
  it('"footy" (football, a word the lexicon lacks) is not read as "foot", one letter dropped', () => {
    expect(search(index, "neck's knackered after footy").corrections).toEqual([]);
  });

  it.each([['wat can I do wituout pills'], ['no ice in the hose whhat can i use']])(
    '%j: when its corrected words find nothing (another word left as typed), it is searched as typed', (query) => {
      expect(search(index, query).hits.length).toBeGreaterThan(0);
    },
  );

  it.each([['how long should i rest, i fell off a ladder'], ['how long should i rest after i fell off a ladder']])(
    '%j: what the person fell from is where the story happened, not its subject: the fall\'s warning sign (review27 a2)', (query) => {
      expect(search(index, query).hits[0]?.snippet.text).toMatch(/^Neck pain after a fall/);
    },
  );
  it.each([['fell off a ladder and hurt my knee'], ['fell off my skateboard, wrist sore, ice or heat']])('%j (another part hurt in the fall) still finds nothing', (query) => {
    expect(search(index, query).hits).toEqual([]);
  });
  it.each([['heart attack, my arm and jaw hurt'], ['my jaw and left arm hurt and i feel sick, heart attack?'], ['chest pain and my arm hurts, is it my heart']])(
    '%j: parts a warning sign names (the heart attack\'s arm and jaw), told beside the sign, are no other kind of trouble: the emergency (review28 M7)', (query) => {
      const [hit] = search(index, query).hits;
      expect(hit?.snippet.text).toMatch(/^Neck pain with signs of a heart attack/);
      expect(hit?.snippet.reason).toMatch(/EMERGENCY/);
    },
  );
  it.each([['neck pain and pain in my chest'], ['pain in my chest and neck']])('%j: chest pain in other words is the heart attack\'s EMERGENCY (review28: it was the sentence without the emergency)', (query) => {
    const [hit] = search(index, query).hits;
    expect(hit?.snippet.text).toMatch(/^Neck pain with signs of a heart attack/);
    expect(hit?.snippet.reason).toMatch(/EMERGENCY/);
  });
  it('"elbow hurts and my arm is sore" (no sign named) still finds nothing', () => {
    expect(search(index, 'elbow hurts and my arm is sore').hits).toEqual([]);
  });
  it.each([['im 72, is naproxen safe'], ['pensioner, is ibuprofen safe'], ['im 70 can i take ibuprofen'], ['is ibuprofen ok for older people'], ['my nan is 85 can she take naproxen'], ['can I take ibuprofen if I am over 65'], ['is it ok to take ibuprofen if im over 60']])(
    '%j: an older person asking of an NSAID gets its note on asking first from 60, not the muscle relaxants\' side effects (review27 b4, review28 D5)', (query) => {
      expect(search(index, query).hits[0]?.snippet.text).toMatch(/or are 60 or over\.$/);
    },
  );
  // review63: "over 90" of the weather or a count is no one's age
  it.each([["it's over 90 degrees and my neck is stiff, is ibuprofen ok"], ['there are over 70 reviews of naproxen, is it ok for a stiff neck']])('%j is no older person\'s question', (query) => {
    expect(search(index, query).hits[0]?.snippet.text).not.toMatch(/or are 60 or over\.$/);
  });
  it.each([['im 75, ibuprofen or paracetamol for a stiff neck'], ['im 80 is paracetamol ok']])(
    '%j: an older person asking of drugs that are not muscle relaxants is not shown the muscle relaxants\' "elderly patients" (review28 R14)', (query) => {
      expect(search(index, query).hits[0]?.snippet.text ?? '').not.toMatch(/elderly patients/);
    },
  );
  it('"child\'s dose of paracetamol for neck pain" gets the children\'s dose note, not the note on giving two together (review28 on 9410a7c)', () => {
    expect(search(index, "child's dose of paracetamol for neck pain").hits[0]?.snippet.text).toMatch(/Children's doses of paracetamol are lower than adults'/);
  });
  it('"is ibuprofen safer than diazepam for my 80-year-old dad" (a muscle relaxant named too) keeps the article\'s sentence on elderly patients', () => {
    expect(search(index, "is ibuprofen safer than diazepam for my 80-year-old dad's neck").hits[0]?.snippet.text).toMatch(/elderly patients/);
  });
  it.each([
    ['leaking urine and neck pain', /^Trouble controlling your bladder or bowels/],
    ['dribbling wee and neck pain', /^Trouble controlling your bladder or bowels/],
    ['cant feel when i wipe, neck pain', /^Numbness or pins and needles on the inner thighs/],
    ['cant feel the toilet paper, neck pain', /^Numbness or pins and needles on the inner thighs/],
    // the sign's cited words head its own sentence, not the balance sign's "… with new trouble
    // controlling your bladder …", which had tied with it and been shown under its reason line
    ['bladder isn\'t normal since my neck went, keep wetting myself', /^Trouble controlling your bladder or bowels/],
    ['lost control of my waterworks today, neck pain and wobbly legs', /^Trouble controlling your bladder or bowels/],
  ])('%j: a bladder or saddle sign in everyday words is its EMERGENCY (review28 M4)', (query, sentence) => {
    const [hit] = search(index, query).hits;
    expect(hit?.snippet.text).toMatch(sentence);
    expect(hit?.snippet.reason).toMatch(/EMERGENCY/);
  });
  // Of two sentences of the warning signs that tie, the one the reason line's sign points to answers.
  it.each([
    ['my balance is off and my neck hurts', /^A change in your balance or walking/, /a change in balance or walking/],
    ['pins and needles and a stiff neck', /^Numbness, tingling, pins and needles or weakness in an arm/, /numbness, tingling or weakness in an arm/],
    ['weak legs and neck pain', /^Severe neck pain with weakness in an arm or a leg/, /severe neck pain with a weak arm or leg/],
  ])('%j shows the sentence of the sign its reason names', (query, sentence, reason) => {
    const [hit] = search(index, query).hits;
    expect(hit?.snippet.text).toMatch(sentence);
    expect(hit?.snippet.reason).toMatch(reason);
  });
  it.each([['neck pain and im on chemo'], ['neck pain while on chemotherapy']])('%j: chemotherapy is a history of cancer, a warning sign (review28 M6)', (query) => {
    expect(search(index, query).hits[0]?.snippet.text).toMatch(/^Weight loss you cannot explain, or a history of cancer/);
  });
  it.each([['my tap is leaking and my neck is stiff from fixing it'], ['my roof is leaking, neck stiff from the ladder'], ['wipe my neck with a cold cloth, does it help'], ['wiped out after work and my neck is stiff'], ['cant feel my hand when i wipe, neck pain']])(
    '%j (a tap that leaks, a cloth that wipes) shows no bladder or saddle sign first', (query) => {
      expect(search(index, query).hits[0]?.snippet.text ?? '').not.toMatch(/^(Trouble controlling your bladder|Numbness or pins and needles on the inner thighs)/);
    },
  );
  it.each([['my mum has tramadol, can i have one of hers']])('%j (someone else\'s medicine, "one of hers") gets the note that it is only for the person it was prescribed for', (query) => {
    expect(search(index, query).hits[0]?.snippet.text ?? 'nothing').toMatch(/only for the person it was prescribed for/);
  });
  it.each([['childrens ibuprofen every 4 hours', /^Children should have no more than 3 doses of ibuprofen/], ['how often can i give childrens ibuprofen', /^Children should have no more than 3 doses of ibuprofen/]])(
    '%j (a possessive typed without its apostrophe) is answered by the children\'s note', (query, sentence) => {
      expect(search(index, query).hits[0]?.snippet.text ?? 'nothing').toMatch(sentence);
    },
  );
  it.each([['i flew off the handle at the kids, my neck is so tense'], ['dumped by my boyfriend and my neck is tense']])('%j (an idiom of temper) is answered, not "Nothing matches"', (query) => {
    expect(search(index, query).hits.length).toBeGreaterThan(0);
  });
  it.each([['my mum takes baclofen, could i try one of hers instead for my neck spasm']])('%j ("hers" is no "her" of an accident\'s name) leads with the medicines', (query) => {
    expect(search(index, query).hits[0]?.id).toBe('medications');
  });
  it.each([['crashed my car, whiplash'], ['crashed my car whiplash'], ['rugby whiplash, what helps']])(
    '%j: a noun before a cause the corpus names (whiplash) says what brought it about, not another kind of trouble (review27 a2)', (query) => {
      expect(['overview', 'red-flags']).toContain(search(index, query).hits[0]?.id ?? 'nothing');
    },
  );
  it.each([['fell off a horse, neck hurts'], ['thrown from a horse, neck pain and arm tingling'], ['bitten by a dog, stiff neck and fever'], ['tripped over the dog, neck hurts'], ['fell off my bike avoiding a dog, neck hurts'], ['swerved to miss a deer and hit a tree, neck stiff'], ['was walking the dog and slipped on ice, neck hurts now']])(
    '%j: an animal the person fell off or was hurt by is not the one with the trouble: the warning signs', (query) => {
      expect(search(index, query).hits[0]?.id).toBe('red-flags');
    },
  );
  // Review27 on this session's own words: a thing that slides off, a heat pad that is red hot, an
  // idiom of laughing, "double up" beside double vision, a sign absent before but there now.
  it.each([
    ['the heat pad slid off my neck in the night, is that ok'],
    ['had a tumble dryer break, neck stiff from carrying it'],
    ['heat pad gets red hot, is that ok for a stiff neck'],
    ['my heat pad is burning up, neck still stiff'],
    ['pissed myself laughing and now my neck is stiff'],
    ['the autumn fall weather makes my neck stiff'],
  ])('%j raises no EMERGENCY', (query) => {
    expect(search(index, query).hits[0]?.snippet.reason ?? '').not.toMatch(/EMERGENCY/);
  });
  // A sign's word in another sense, told by the words beside it (review27 a7, a19): no emergency,
  // and the sign's sentence does not lead. The same words in the sign's sense keep it (the rows after).
  it.each([
    ['can i stroke my neck to ease the spasm', /stroke/],
    ['gently stroking my neck helps, is massage good', /stroke/],
    ['swimming breast stroke hurts my neck', /stroke/],
    ['tripped the fuse box reaching up and my neck clicked', /^Neck pain after a fall/],
    ['tripped the trip switch and my neck cricked reaching up', /^Neck pain after a fall/],
    ['emotional trauma and neck tension', /^Neck pain after a fall/],
    ['what temperature for the bath for a stiff neck', /^A fever/],
    ['right temperature for a heat pad on my neck', /^A fever/],
    ['crashed on my mates sofa and my neck is killing me', /^Neck pain after a fall/],
    ['will ice numb the pain in my neck', /^Numbness/],
    ['wet myself laughing, neck stiff', /bladder/],
    ['these tablets make me drowsy, stiff neck', /^A fever/],
    ['drowsy from the tablets, stiff neck', /^A fever/],
    // Review28's findings on the first version: wet heat, fever pitch, a partner's strokes, prices that
    // fell, chest stretches.
    ['dry heat vs wet heat for stiff neck', /bladder/],
    ['fever pitch stress and neck tension', /^A fever/],
    ['my partner strokes my neck when it spasms, does that count as massage', /stroke/],
    ['prices fell so i bought a heated neck wrap, how long do i use it', /^Neck pain after a fall/],
    ['chest stretches for a tight neck, pecs tight from desk', /heart attack/],
    // Idioms of a fright (review28 E1, E8-E10, E12).
    ['the physio bill nearly gave me a heart attack, is it worth it for a stiff neck', /heart attack/],
    ['i broke out in a cold sweat at the thought of the dentist and my neck tensed', /heart attack/],
    ['paralysed with fear before my exam, neck is in knots', /^Neck pain after a fall/],
    ['stroke technique in massage for neck spasm', /stroke/],
    // A tumble of something else (review28 R18).
    ['my confidence took a tumble and my neck is tense', /^Neck pain after a fall/],
    ['shares took a tumble today, stressed, neck tight', /^Neck pain after a fall/],
    ['rough and tumble with the kids and my neck is stiff', /^Neck pain after a fall/],
    // Common words of an accident's names, said of something else (the names' rows follow below).
    ['i drove back from london and my neck is stiff', /injury to the neck|^Neck pain after a fall/],
    ['clash of meetings all week, neck tense', /injury to the neck|^Neck pain after a fall/],
    ['i keep flying for work, neck stiff from the plane', /injury to the neck|^Neck pain after a fall/],
    ['sitting in the back of the car for hours gave me a stiff neck', /injury to the neck|^Neck pain after a fall/],
    ['im going back to work tomorrow with a stiff neck, any tips', /injury to the neck|^Neck pain after a fall/],
    // Review29 F1-F7 and review28 E4, E11: chest muscles, a bladder told as fine or set aside as
    // unrelated, a rash told as eczema, a crash of a laptop or seen, a fall of a thing or for a scam.
    ['tight chest muscles pull my neck forward', /heart attack/],
    ['my chest muscles are tight from bench press and my neck spasms', /heart attack/],
    ['i have a weak bladder after kids, unrelated, but my neck is stiff what helps', /bladder/],
    ['my bladder is fine, no problems there, just a stiff neck', /bladder/],
    ['bowels are normal, no numbness, just a really stiff neck, what helps', /bladder/],
    ['i buy incontinence pads for my mum and my own neck is sore from lifting her', /bladder/],
    ['the rash on my back is eczema, had it for years, neck stiff from work', /rash|vomiting/],
    ['i crashed my laptop and now im stressed and my neck is tight', /injury to the neck|^Neck pain after a fall/],
    ['a car crash on tv made me jump and i cricked my neck', /injury to the neck|^Neck pain after a fall/],
    ['drove past a crash and craned my neck to look, now its stiff', /injury to the neck|^Neck pain after a fall/],
    ['fell for a scam and stressed, neck in knots', /injury to the neck|^Neck pain after a fall/],
    ['my phone fell on my face in bed and now my neck is stiff lol', /injury to the neck|^Neck pain after a fall/],
    ['the shelf fell down, no one was hurt, but my neck is stiff from putting it back up', /injury to the neck|^Neck pain after a fall/],
    ['i tripped over my words in the meeting and my neck is tense', /injury to the neck|^Neck pain after a fall/],
    // Review29 R1 on fbccc3b: time that went flying, flying off to a place or off the handle, a
    // market's fall, a wipeout of savings.
    ['the weekend went flying by and my neck is still stiff', /injury to the neck|^Neck pain after a fall/],
    ['time went flying at the desk, now neck is tight', /injury to the neck|^Neck pain after a fall/],
    ['flew off to spain, neck stiff from the flight', /injury to the neck|^Neck pain after a fall/],
    ['i flew off the handle at the kids, my neck is so tense', /injury to the neck|^Neck pain after a fall/],
    ['the stock market had a fall and so did my mood, tense neck', /injury to the neck|^Neck pain after a fall/],
    ['the wipeout of my savings has me stressed, neck tight', /injury to the neck|^Neck pain after a fall/],
    // Words of the accidents' names said outside them (review29's injuries, the rows below).
    ['the plane landed and my neck was stiff from the flight', /injury to the neck|^Neck pain after a fall/],
    ['i landed a new job and my neck is tense from stress', /injury to the neck|^Neck pain after a fall/],
    ['dumped by my boyfriend and my neck is tense', /injury to the neck|^Neck pain after a fall/],
    ['i ride horses and my neck aches after', /injury to the neck|^Neck pain after a fall/],
    ['i rolled my neck to stretch it and it clicked', /injury to the neck|^Neck pain after a fall/],
    ['reversing out of the drive i cricked my neck', /injury to the neck|^Neck pain after a fall/],
    ['got written off work with my neck, how long', /injury to the neck|^Neck pain after a fall/],
    ['incontinent dog and my neck is sore from cleaning', /bladder/],
    ['my cat is incontinent and my neck is stiff from scrubbing', /bladder/],
    ['face planted into my pillow, neck stiff this morning', /injury to the neck|^Neck pain after a fall/],
    // A sign that is one only when new, told as long-standing (review29 R7; the data's past: "new").
    ['my nan has been incontinent for years, her neck is stiff from the chair', /bladder/],
    ['i have had a weak bladder since having kids and my neck is stiff', /bladder/],
    ['ive always had a weak bladder, stiff neck from the desk', /bladder/],
    // ... and one whose change is the neck's, not the bladder's (review29 R9 on a328b2d).
    ['incontinent for years but now my neck hurts too, what helps the neck', /bladder/],
    ['my nan has been incontinent for ages, since yesterday her neck is stiff', /bladder/],
    ['weak bladder for years, it leaks now and then, neck stiff from the desk', /bladder/],
    ['always had a weak bladder and now i cant go to the gym because my neck hurts', /bladder/],
    // ... and a sign's word told long ago: no sign now (a history of cancer stays one: the rows below).
    ['i was sick as a dog last month, neck is fine now, stiff from the desk', /vomiting|^A fever/],
    ["i've had neck spasms for three years since a bad fall off a ladder, what's next", /injury to the neck|^Neck pain after a fall/],
    ['crashed my car two years ago and the neck has never been right, would physio help', /injury to the neck|^Neck pain after a fall/],
    // Review28 R12: a plain "hot" with a reason beside it, or the teller's own stiff neck.
    ['my husband is hot and sweaty after the gym and his neck is stiff', /^A fever/],
    ['my son is hot from the sun and his neck is stiff from the car seat', /^A fever/],
    ['she is hot headed and her neck is stiff from stress', /^A fever/],
    ['my boyfriend is so hot lol but his neck is always stiff from gaming', /^A fever/],
    ['the kids are hot and cranky in this weather and my neck is stiff', /^A fever and a headache/],
    ['got wet in the rain and my neck is stiff', /bladder/],
    // A pounding headache with a stiff neck and no fever is no meningitis (review29 F8): the sign's
    // meaning is "fever and headache with a stiff neck".
    ['pounding headache and a stiff neck from sitting at my desk all day', /meningitis/],
    ['used a hot water bottle on my stiff neck but now i have a pounding headache', /meningitis/],
    // A limb's trouble beside a crash that is someone else's, denied, of another cause or of long ago
    // is no injury's emergency (review30 on 61b88de: H2, H3, H4).
    ['my grandad has a weak arm, i got rear ended today and my neck is sore', /^Neck pain after a fall/],
    ['rear ended last week, neck a bit stiff, my arms are weak after the gym', /^Neck pain after a fall/],
    ['took a knock at rugby on saturday, neck is a bit stiff. unrelated but my arm went numb last night from sleeping on it', /^Neck pain after a fall/],
    ['rear ended yesterday, i dont think my arm is weak but neck is sore', /^Neck pain after a fall/],
    ['rear ended, neck sore, physio said to check for numb arms or weak legs, i have neither', /^Neck pain after a fall/],
    ['rear ended, neck stiff, without numb arms and weak legs', /^Neck pain after a fall/],
    ['tackled at rugby, no pins and needles or numb arm', /^Neck pain after a fall/],
    ['rear ended in 2019 and cant feel my hand since, neck spasms now', /^Neck pain after a fall/],
    ['got rear ended and my legs went weak with shock but im fine, just a stiff neck', /^Neck pain after a fall/],
    ['i tackled the garden all weekend and now my arms are weak and my neck is in spasm', /^Any injury to the neck/],
    ['rear ended, neck stiff, i wouldnt say my arm is weak', /^Neck pain after a fall/],
    ['tackled at rugby, neck stiff, i had a numb arm last season but fine now', /^Neck pain after a fall/],
    ['tackled, neck sore, neither numb arms nor weak legs', /^Neck pain after a fall/],
    ['my arm is numb from the flu jab, was rear ended yesterday, neck stiff', /^Neck pain after a fall/],
    ['my legs went weak at the knees when i saw the damage after the fender bender, neck stiff', /^Neck pain after a fall/],
    // A car that only rolled, a trailer or a car backed up, a neck thrown out (review32).
    ['my car rolled back a bit on the hill when i braked, no crash, but i tensed and my neck aches', /^Neck pain after a fall/],
    ['i backed the horse trailer up, twisted to look behind and pulled a neck muscle', /^Any injury to the neck/],
    ['backed up the car into the garage, turned my head and felt my neck spasm', /^Any injury to the neck/],
    ['thrown my neck out doing deadlifts', /^Neck pain after a fall/],
    // "fade" in its everyday senses: only a rash or spots that do not fade are the sign (review33).
    ['how long till the ache fades after a neck spasm lets go', /meningitis/],
    ['fade cream aside, does heat on the neck leave marks if used every day', /meningitis/],
    ['the ache doesnt fade even with ibuprofen, neck still stiff', /meningitis/],
    // A fever doubted, or someone else's only (review31).
    ['i dont think i have a fever but my neck is stiff', /meningitis/],
    ['my wife has a fever but i dont, my neck is stiff', /meningitis/],
    // A stroke had before, breathless with excitement, a cancer screening (review29's list).
    ['stroke survivor here, is a heat pad ok for my stiff neck', /^Signs of a stroke/],
    ['breathless with excitement about my holiday but my neck is stiff', /breath/i],
    ['doing my bowel cancer screening kit and my neck is stiff', /bladder or bowels|Weight loss/],
    // A weak or numb leg told as long-standing is no new sign (the data's `past`: new).
    ['i have had a weak leg for years, neck sore', /^Severe neck pain with weakness/],
  ])('%j (a sign\'s word in another sense) raises no emergency and does not lead with %s', (query, sign) => {
    const [hit] = search(index, query).hits;
    expect(hit?.snippet.reason ?? '').not.toMatch(/EMERGENCY/);
    expect(hit?.snippet.text ?? '').not.toMatch(sign);
  });
  it.each([
    ['is it a stroke, my face feels odd and my neck hurts', /stroke/],
    ['i think my dad has had a stroke, his neck hurts', /^Signs of a stroke/],
    ['tripped over the cat and hit my neck on the table', /^Neck pain after a fall/],
    ['had a temperature for two days and now a stiff neck', /^A fever and a headache with a stiff neck/],
    ['my daughter has a high temperature, is a hot bath ok for her stiff neck', /^A fever and a headache with a stiff neck/],
    ['crashed my bike on the road and my neck is agony', /^Neck pain after a fall/],
    ['wetting myself and neck pain', /^Trouble controlling your bladder or bowels/],
    // Review28 on the first version (R2-R6, R8): a fall out of something, "a stroke of some sort", a
    // crash after a phone's word, a symptom since taking a medicine (a time, not a cause), laughing denied.
    ['could it be a stroke of some sort, arm weak', /^Signs of a stroke/],
    ['almost certain its a heart attack, neck pain', /^Neck pain with signs of a heart attack/],
    // "took a tumble" is a fall (review28 R14 remainder, M2), a tumble dryer is not (the rows above).
    ['my dad took a tumble, neck sore, hes 85', /^Neck pain after a fall/],
    ['i had a nasty tumble on the stairs and my neck hurts', /^Neck pain after a fall/],
    ['my mum tripped out of the bath and hurt her neck', /^Neck pain after a fall/],
    // The same words in the sign's sense (the rows above): a crash after passing out, a fall onto the
    // head, a person who fell with the thing, the bladder's trouble itself, a sign only wondered unrelated.
    ['i passed out after the crash and my neck hurts', /^Neck pain after a fall/],
    ['a branch fell on my head and now my neck hurts', /^Neck pain after a fall/],
    ['the ladder fell and i fell with it, neck sore', /^Neck pain after a fall/],
    ['i suddenly cant control my bladder and my neck hurts', /^Trouble controlling your bladder or bowels/],
    ['i nearly wet myself twice this week which is new, probably unrelated? neck spasms too', /^Trouble controlling your bladder or bowels/],
    // Review29 R3, R4 on a322af1 and 6c60ccc: a person who fell as the thing did, a rash doubted,
    // chest muscles beside the heart attack's other signs, incontinence pads of one's own.
    ['my phone fell and so did i, down the stairs, neck hurts', /^Neck pain after a fall/],
    ['my shares had a fall and so did i, off the ladder, neck hurts', /^(Neck pain after a fall|Any injury to the neck)/],
    ['i thought the rash was eczema but it doesnt fade under a glass, stiff neck', /meningitis/],
    ['tight chest muscles and pain spreading into my jaw and left arm', /^Neck pain with signs of a heart attack/],
    ['ive needed incontinence pads myself since last week, neck pain', /^Trouble controlling your bladder or bowels/],
    // A crash or a blow the corpus calls minor, told with severe pain or a limb's numbness beside the
    // neck, is the emergency (review29 R2), not "a minor neck injury, with no severe pain".
    ['someone slammed into the back of my car an hour ago, neck is agony', /^Neck pain after a fall/],
    ['rear ended at 30mph yesterday, my neck is agony', /^Neck pain after a fall/],
    ['tackled at rugby, neck is killing me and my arm is tingling', /^Neck pain after a fall/],
    ['car accident yesterday, neck pain is severe', /^Neck pain after a fall/],
    // ... and with an arm or a leg that is weak, numb or will not move, said anywhere, of the same
    // person, now (review29 R2's remainder; the group's own "or with … a weak limb").
    ['collided with another player and now i cant move my arm', /^Neck pain after a fall/],
    ['rear ended and my legs have gone weak', /^Neck pain after a fall/],
    ['car accident yesterday and now i cant feel my hands', /^Neck pain after a fall/],
    ['my daughter was tackled at netball and her legs went numb', /^Neck pain after a fall/],
    ['took a knock playing football and now my arm has gone weak', /^Neck pain after a fall/],
    ['rear ended, no cuts and cant move my arm', /^Neck pain after a fall/],
    ['my son\'s legs are numb after a car accident', /^Neck pain after a fall/],
    // Review31 on the second version: the crash told after the limb, a limb's extent, its side, other
    // words of it.
    ['my arm went numb after i was rear ended on the a40 this morning and my neck is stiff', /^Neck pain after a fall/],
    ['my hand has gone numb since i got t-boned yesterday, neck stiff and sore', /^Neck pain after a fall/],
    ['i was rear ended this morning and my arm is numb from the elbow down, neck hurts', /^Neck pain after a fall/],
    ['rear ended on the m6, my right arm wont move and my neck is very stiff', /^Neck pain after a fall/],
    ['got rear ended, i have no feeling in my left arm and my neck is agony', /^Neck pain after a fall/],
    ['collided with the boards in ice hockey, neck stiff, left arm weak and numb', /^Neck pain after a fall/],
    ['my dad was rear ended on the highway, now his neck is stiff and his legs keep giving way', /^Neck pain after a fall/],
    ['my left arm has gone completely dead since i got rear ended on the m25 this morning, neck is really stiff', /^Neck pain after a fall/],
    // A neck that cannot bend forward, spots typed without an apostrophe, a lopsided smile (review32).
    ['my son is burning up with a really bad headache and cant bend his neck forward', /^A fever and a headache with a stiff neck/],
    ['headache, stiff neck and temp, and spots that dont go away when pressed', /^A (fever and a headache with a stiff neck|stiff neck with vomiting)/],
    ['my mum cant lift her arm and her smile is lopsided, her neck hurts', /^Signs of a stroke/],
    // Thrown from something not in a name (review33).
    ['i was thrown from a quad bike and my neck hurts when i move', /^Neck pain after a fall/],
    // A new sign during stroke rehab is the stroke's (review32).
    ['she is in stroke rehab and since this morning her other arm has gone weak', /^Signs of a stroke/],
    // ... and a fever in other words beside a pounding headache (review31).
    ['pounding headache and stiff neck, high temp since this morning', /^A fever and a headache with a stiff neck/],
    ['my baby has a pounding headache, stiff neck and is very hot', /^A fever and a headache with a stiff neck/],
    ['my mum has suddenly become incontinent and says her neck hurts', /^Trouble controlling your bladder or bowels/],
    ['i have become incontinent and my neck is stiff', /^Trouble controlling your bladder or bowels/],
    ['i wet myself yesterday for the first time in years and my neck is agony', /^Trouble controlling your bladder or bowels/],
    ['incontinent for the last two days and my neck hurts', /^Trouble controlling your bladder or bowels/],
    // ... and a long-standing weak bladder followed by a change (review29 R8 on d09e9b9).
    ['ive always had a weak bladder, now i cant feel when i need to go and my neck hurts', /bladder or bowels/],
    ['weak bladder for years but since yesterday ive completely lost control, neck pain', /bladder or bowels/],
    ['weak bladder for years and since last night i cant go at all, neck pain', /bladder or bowels/],
    ['came off the motorbike at low speed, neck sore', /^Neck pain after a fall/],
    // A fall, a head clash or a wipeout in everyday words (review28 M2).
    ['came off my horse and my neck is sore', /^Neck pain after a fall/],
    ['my son landed on his neck on the trampoline', /^Neck pain after a fall/],
    ['did a flip on the trampoline and landed badly on my neck', /^Neck pain after a fall/],
    ['face planted off my scooter, neck aches', /^Neck pain after a fall/],
    ['rolled my car on the motorway, neck hurts', /^Neck pain after a fall/],
    ['my car was written off, neck sore, is ibuprofen ok', /^Neck pain after a fall/],
    ['got dumped by a wave surfing, neck stiff', /^Neck pain after a fall/],
    ['my wife went flying over the dog and landed on her neck', /^Neck pain after a fall/],
    ['flew off my mountain bike, neck very painful', /^Neck pain after a fall/],
    ['wipeout on the waterslide and my neck hurts', /^Neck pain after a fall/],
    ['i had a fall on the ice, sore neck', /^Neck pain after a fall/],
    ['grandad had a fall yesterday, complains of neck pain', /^Neck pain after a fall/],
    ['my mum had a nasty fall in the garden, her neck hurts', /^Neck pain after a fall/],
    ['went flying off my bike, neck aches', /^Neck pain after a fall/],
    ['head clash at football and now sore neck', /^Neck pain after a fall/],
    ['clashed heads at hockey, neck sore', /^Neck pain after a fall/],
    ['skiing wipeout, neck hurts', /^Neck pain after a fall/],
    // Thrown from a horse, a car that rolled (review29's missed injuries).
    ['i was thrown off the horse and my neck hurts', /^Neck pain after a fall/],
    ['our car rolled over in the ditch, neck aches', /^Neck pain after a fall/],
    ['i fell off my bike this morning and my neck hurts', /^(Neck pain after a fall|Any injury to the neck)/],
    ['stiff neck and vomiting since last month', /^A stiff neck with vomiting/],
    ['was on my phone and crashed into a wall, neck hurts', /^Neck pain after a fall/],
    ['looking at the game on my phone crashed my bike, neck pain', /^Neck pain after a fall/],
    ['stiff neck and vomiting since taking the pills yesterday', /^A (stiff neck with vomiting|fever)/],
    ["i've been drowsy since taking the pills and my neck is stiff", /^A (stiff neck with vomiting|fever)/],
    ['i wet myself today without laughing or anything, neck pain', /^Trouble controlling your bladder or bowels/],
    // Review28 R9-R11 on 17c25dd: wetting said another way, a fall after a phrase of place or time,
    // chest pain "day and night".
    ['i wet my jeans without realising, neck pain', /^Trouble controlling your bladder or bowels/],
    ['my 6 year old has started wetting again and has a stiff neck', /^Trouble controlling your bladder or bowels/],
    ['cycling in the rain fell off my bike, neck sore', /injury to the neck|^Neck pain after a fall/],
    ['got up in the night fell down the stairs and my neck hurts', /^Neck pain after a fall/],
    ['pain in my chest day and night with neck pain', /^Neck pain with signs of a heart attack/],
    ['stiff neck and so drowsy i can barely stay awake', /^A fever and a headache with a stiff neck/],
    // ... and a long-standing weak leg that changes is new (its own word or a limb's change).
    ['weak leg for years but today it gave way and my neck is agony', /^Severe neck pain with weakness/],
    // A denial of something else earlier does not deny the pair (review30 H1 on 61b88de).
    ['baby not feeding, vomiting and stiff neck', /^A (stiff neck with vomiting|fever)/],
    ['my son is not himself, drowsy and stiff neck', /^A (stiff neck with vomiting|fever)/],
    // ... and a pounding headache with a fever said in any words, anywhere (review29 F8).
    ['stiff neck and pounding headache and i feel hot and shivery', /^A fever and a headache with a stiff neck/],
    ['head is pounding, neck stiff, running 101', /^A fever and a headache with a stiff neck/],
    ['my son has a banging headache and a stiff neck and is burning up', /^A fever and a headache with a stiff neck/],
    // A person's heat said after "and", past what else is said of them (review49 HIGH: a notice only).
    ['my husband says his neck is stiff and he has a headache and feels hot, should I be worried', /^A fever and a headache with a stiff neck/],
    ['my son has a stiff neck and a headache and feels really hot', /^A fever and a headache with a stiff neck/],
  ])('%j (the sign\'s own sense) keeps its warning sign first, as an emergency', (query, sentence) => {
    const [hit] = search(index, query).hits;
    expect(hit?.id).toBe('red-flags');
    expect(hit?.snippet.text).toMatch(sentence);
    expect(hit?.snippet.reason ?? '').toMatch(/EMERGENCY/);
  });
  it.each([
    ['someone drove into the back of me, neck is sore'],
    ['car went into the back of us, neck stiff'],
    ['a van ran into the back of my car yesterday and my neck aches'],
    ['hit from behind at the lights, sore neck'],
    ['a taxi went into the back of my car at the lights and now my neck is stiff'],
    ['someone reversed into me and my neck was sore the next day'],
    ['someone rear ended my car, neck is stiff'],
    ['collided with another player, neck sore since'],
    ['t-boned at a junction, neck and shoulder pain'],
    ['someone backed into my car in the car park, neck stiff now'],
    // A limb's trouble denied, or told of long ago, is no emergency.
    ['rear ended, neck stiff, no weakness or numbness in my arms'],
    ['rear ended last week, neck is stiff but no numbness or pins and needles'],
    ['my weak arm from the stroke years ago and now a stiff neck after a fender bender'],
  ])('%j (a car run into from behind: review28 M2) leads with the injury sign, with the notice', (query) => {
    const result = search(index, query);
    expect(result.hits[0]?.snippet.text).toMatch(/^Any injury to the neck/);
    expect(result.warnings.length).toBeGreaterThan(0);
  });
  it.each([['i had breast cancer three years ago and now my neck hurts'], ['had chemo 2 years ago, neck pain now'], ['my arm has gone dead and my neck hurts'], ['spots that don\'t go away and a stiff neck'], ['i bumped my head on the cupboard and now my neck is stiff']])(
    '%j (a history told long ago, a sign named with go, gone or bumped) keeps its warning notice', (query) => {
      expect(search(index, query).warnings.length).toBeGreaterThan(0);
    },
  );
  it.each([['my arm has gone numb and my neck hurts'], ['my left arm is numb it wont go away and my neck hurts'], ['my arm is numb the pain in my neck is awful']])(
    '%j ("numb" the state, not the verb of "numb the pain": review28 R1) keeps the arm\'s warning sign first, with the notice', (query) => {
      const result = search(index, query);
      expect(result.hits[0]?.snippet.text).toMatch(/^Numbness, tingling, pins and needles or weakness in an arm/);
      expect(result.warnings.length).toBeGreaterThan(0);
    },
  );
  it.each([
    ['double vision, can i double up on naproxen', /^Double vision/],
    ['wasnt dizzy this morning but now i am and my neck is stiff', /^Double vision, dizziness/],
    ['she wasnt confused earlier but now she is, stiff neck', /confusion/],
  ])('%j keeps its warning sign first', (query, sentence) => {
    const [hit] = search(index, query).hits;
    expect(hit?.id).toBe('red-flags');
    expect(hit?.snippet.text).toMatch(sentence);
  });
  it.each([
    ['pooed myself, neck agony', /^Trouble controlling your bladder or bowels/],
    ['pooped my pants and my neck hurts', /^Trouble controlling your bladder or bowels/],
    ['pissed myself and neck pain', /^Trouble controlling your bladder or bowels/],
    ['got bucked off a horse and my neck aches', /^Neck pain after a fall/],
    ['my mum is talking gibberish and holding her neck', /^Signs of a stroke/],
    ['neck is stiff and her speech is muddled', /^Signs of a stroke/],
    // A fever in everyday words, said beside a stiff neck (review27 a1: it had got the heating pad).
    ['im burning up and my neck is stiff, is this just a spasm?', /^A fever and a headache with a stiff neck/],
    ['my son is red hot and his neck is stiff', /^A fever and a headache with a stiff neck/],
    // Said of anyone, by a pronoun or a person's word, past linking words (review27 a1 remainder).
    ['my toddler is burning up and has a stiff neck', /^A fever and a headache with a stiff neck/],
    ["my son's burning up and his neck is stiff", /^A fever and a headache with a stiff neck/],
    ['she has been red hot all night and her neck is stiff', /^A fever and a headache with a stiff neck/],
    ['the baby is boiling hot and wont bend her neck, stiff', /^A fever and a headache with a stiff neck/],
    // "hot", "roasting", "boiling" of someone else (review28 M1), not of the teller ("im hot after the gym").
    ['my son feels really hot and his neck is stiff', /^A fever and a headache with a stiff neck/],
    ['our toddler is roasting and his neck is stiff', /^A fever and a headache with a stiff neck/],
    // The teller's own "hot" told beside a headache: the three signs together (writer66; with no
    // headache, "im hot after the gym" stays no fever, below).
    ['neck stiff and I am very hot with headache, what to do', /^A fever and a headache with a stiff neck/],
    ["I'm very hot and have a headache and a stiff neck", /^A fever and a headache with a stiff neck/],
    // A reason that is itself an illness, or no reason, keeps the fever (review28 R13).
    ['my son is hot from a virus and his neck is stiff', /^A fever and a headache with a stiff neck/],
    ['my toddler is hot and floppy after nursery and her neck is stiff', /^A fever and a headache with a stiff neck/],
    // An arm "gone dead" beside the neck (review27 a6; "neck's gone stiff" is no such sign).
    ['neck spasm, arm gone dead', /^Numbness, tingling, pins and needles or weakness in an arm/],
    ['my arm has gone dead and my neck is in spasm', /^Numbness, tingling, pins and needles or weakness in an arm/],
  ])('%j: a warning sign in everyday words shows its sentence (review27)', (query, sentence) => {
    const [hit] = search(index, query).hits;
    expect(hit?.id).toBe('red-flags');
    expect(hit?.snippet.text).toMatch(sentence);
  });
  it.each([['my neck feels like its burning up'], ['burning pain in my neck'], ['neck burning sensation'], ['its boiling hot in the office and my neck is stiff'], ['the kettle is boiling and my neck is stiff'], ['my neck is hot and stiff']])('%j (no fever beside a stiff neck) shows no warning sign first', (query) => {
    expect(search(index, query).hits[0]?.id).not.toBe('red-flags');
  });
  it.each([
    ['neck stiff and I am very hot with headache, what to do', ['red-flags']],
    ['im hot after the gym, headache, neck stiff', []],
    ['stiff neck, im hot and have a headache from the sun', []],
    // review50: the teller's "hot" with a reason of any kind is no fever, unless the reason is an
    // illness; the head said to hurt is a headache; "my body", "my forehead" are the teller.
    ["I'm hot for my coworker and have a stiff neck and headache", []],
    ["I'm hot because the heating is on, stiff neck and headache", []],
    ["I'm hot from the hairdryer, headache and stiff neck", []],
    ["I'm hot because it's summer, headache and stiff neck", []],
    ['hot flushes, headache and a stiff neck', []],
    ["I'm hot from a virus, headache, stiff neck", ['red-flags']],
    ["I'm running hot, got a headache and a stiff neck", ['red-flags']],
    ['my body is very hot and I have headache and neck stiffness', ['red-flags']],
    ['my forehead is hot, I have a headache and a stiff neck', ['red-flags']],
    ['I feel so hot, head is aching, neck is stiff', ['red-flags']],
    // review51: a thing that is hot, another's view, a name, a normal temperature, a reason after a
    // comma are no fever of the teller's; someone else hot keeps the rule before (no reason: a fever).
    ['I had hot tea and now my neck is stiff and I have a headache', []],
    ['I had hot soup for lunch, headache and stiff neck', []],
    ['my husband thinks I\'m hot, I have a headache and stiff neck', []],
    ["I'm hot stuff, headache and stiff neck", []],
    ['I have hot cheeks from the wind, headache, stiff neck', []],
    ["I'm hot, headache and stiff neck, the heating's broken and stuck on", []],
    ["I'm hot, headache and stiff neck, it's summer", []],
    ['I have hot hands and feet, headache, stiff neck', []],
    ['my temperature is normal, I just feel hot, headache and stiff neck', []],
    ["he's hot because he's wrapped in blankets, stiff neck, headache", ['red-flags']],
    ['i get a rotten headache and a stiff neck and im boiling up', ['red-flags']],
    ["I'm really hot and cold, headache, stiff neck", ['red-flags']],
    ["I'm running hot, bad headache, neck stiff", ['red-flags']],
    // The second of two denied together is denied (review50: raised in both trees).
    ["I'm not hot or feverish, just headache and stiff neck", []],
    // Someone else hot beside the teller's own stiff neck is no fever of anyone's (review50).
    ['my girlfriend is hot, I have a headache and a stiff neck', []],
    ['my son is hot and has a headache and a stiff neck', ['red-flags']],
    ['my son is hot, I think his neck is stiff, he has a headache', ['red-flags']],
    // review52: the headache and stiff neck someone else's, a normal temperature in degrees, a fever
    // denied; both hot ("we both have") stays an alarm.
    ["I'm very hot, my husband has a headache and a stiff neck", []],
    ["I'm hot, my temp is 36.8, headache and stiff neck", []],
    ["I'm hot but temp is 98.6, headache and stiff neck", []],
    ["I feel hot but I don't have a fever, headache and stiff neck", []],
    ['not running a fever or anything, headache and stiff neck', []],
    ["I'm hot, my temp is 38.9, headache and stiff neck", ['red-flags']],
    ["I'm hot and my daughter is too, we both have headaches and stiff necks", ['red-flags']],
    // The teller unsaid, when "hot" opens the query (review52); not of a day, nor "hot and bothered".
    ['feeling very hot, bad headache, neck too stiff to bend', ['red-flags']],
    ['so hot and my head is killing me and my neck is stiff', ['red-flags']],
    ['so hot today, headache and stiff neck', []],
    ['hot tub, headache and stiff neck', []],
    ['feeling hot and bothered about work, headache and stiff neck', []],
    // review53: someone else's head and neck ("her neck"), a colleague's headache.
    ['really hot, my friend says her head hurts and her neck is stiff', []],
    ['hot, my colleague has a headache and stiff neck', []],
    // review53's misses: "roasting hot", "since last night", texting ("rn", "n"), "rather", "dreadful".
    ['roasting hot with a headache and a stiff neck', ['red-flags']],
    ['hot since last night, headache, stiff neck', ['red-flags']],
    ['so hot rn and my head is killing me, neck super stiff', ['red-flags']],
    ['feeling rather hot, dreadful headache and a stiff neck', ['red-flags']],
    ["I'm hot since I came in from the garden, headache and stiff neck", []],
  ])('%j: the fever\'s emergency notice only for a "hot" with no reason beside it', (query, ids) => {
    expect(search(index, query).warnings.map((w) => w.id)).toEqual(ids);
  });
  it.each([['my dog has a stiff neck'], ['can i give my cat ibuprofen']])('%j (the animal\'s trouble) still finds nothing', (query) => {
    expect(search(index, query).hits).toEqual([]);
  });

  it.each([
    ['fell off a ladder and hurt my neck', 'ladder'],
    ['chest pain when breathing', 'breathing'],
    ['message my physio', 'message'],
  ])('%j: the real word %j is not read as a typo', (query) => {
    expect(search(index, query).corrections).toEqual([]);
  });

  it.each([
    ['fell off a ladder and hurt my neck', 'red-flags'],
    ['lying in bed', 'rest'],
    ['burnt my skin with a heat pad', 'thermal'],
  ])('inflected forms meet their lemma: %j → %s', (query, id) => expect(top(query)).toBe(id));

  it.each([['cholesterol medication'], ['ibuprofen and cholesterol'], ['anxiety medicine side effects'], ['best hamstring stretch for runners'], ['ice skating lessons'], ['does methocarbamol help fibromyalgia'],
    // trial22 finding 9: a common word of the corpus's text asked about is no name of its ("change" of
    // "a change in your balance"); common words matched, far outweighed by the rest, are no subject.
    ['how do I change a tyre on my car'], ['what time does the bank open on saturday'], ['how to fix a leaking tap']])(
    'a subject outside the corpus finds nothing, though a generic word matches: %j',
    (query) => expect(search(index, query).hits).toEqual([]),
  );

  it.each([['tylenol dose', true], ['what dose of naproxen', false], ['ibuprofen dosage', true], ['naproxen max dose', false]])(
    'a dose of a drug the corpus names asks about that drug (a dose is an amount, no thing of its own): %j finds the medications; the dose is named as unmatched unless a limit in mg answers it (%s)', (query, answered) => {
      const result = search(index, query);
      expect(result.hits[0]?.id).toBe('medications');
      expect(result.hits[0]?.snippet.text.match(/\d mg\b/) !== null, result.hits[0]?.snippet.text).toBe(answered);
      expect(/\b(dos(e|age)|max)\b/.test(result.unmatched.join(' ')), result.unmatched.join(',')).toBe(!answered);
    },
  );

  it.each([
    ['how long can I leave a heating pad on? My kids are 3 and 5.', 'thermal'],
    ['would a massage help the knot? I have a toddler at home so I never get time.', 'physical-therapy'],
    ['is heat or ice better for a spasm. I am a childminder and lift kids all day.', 'thermal'],
  ])('people of the teller\'s life (children told of, a job) are the story, not its subject: %j → %s', (query, id) => {
    expect(search(index, query).hits[0]?.id).toBe(id);
  });

  it.each([['can my baby have co-codamol'], ['co-codamol for my 8 year old']])('%j: co-codamol\'s note on children answers (not under 12)', (query) => {
    expect(search(index, query).hits[0]?.snippet.text).toMatch(/is not for children under 12/);
  });
  // ... not for the teller asking for themselves beside their children (review39), unless the teller is
  // the one under 16; nor is a medicine's kind ("adult paracetamol") the teller.
  it.each([
    ['i have 3 children and take co-codamol for my neck, is it addictive'],
    ['i have two kids and my neck spasms, is co-codamol ok for me'],
    ['Was up all night with the baby and slept funny in the armchair, woke with my neck cricked to one side, can I take ibuprofen'],
  ])('%j: the teller asks for themselves, not of a child', (query) => {
    expect(search(index, query).hits[0]?.snippet.text).not.toMatch(/\bchildren\b/i);
  });
  it.each([
    ['if i\'m 15 can i take co-codamol', /is not for children under 12/],
    ['can my girl take adult paracetamol she is 13', /Children's doses of paracetamol are lower than adults'/],
    ['can a 15 year old buy nurofen plus', /from 12 to 15 it is only for pain that everyday painkillers alone have not eased/],
  ])('%j is asked of someone under 16', (query, note) => {
    expect(search(index, query).hits[0]?.snippet.text).toMatch(note);
  });
  it.each([['is aspirin ok for a 12 year old'], ['can kids take aspirin'], ['can i give my 5 year old disprin']])(
    '%j: a child asked of a drug whose own note speaks of children is answered by that note (it found nothing)', (query) => {
      expect(search(index, query).hits[0]?.snippet.text).toMatch(/not for children under 16/);
    },
  );
  // content28 (brief of 2026-12-06): ibuprofen and paracetamol now have notes on children, so a child
  // asked of them is answered by those notes (test/content.test.ts pins them); the rule holds for a
  // drug whose notes say nothing of children. Was: 'calpol dose for a 3 year old', 'ibuprofen for my
  // toddler, how much' (now the adult limit, marked "for adults"), 'can my baby have paracetamol', and
  // since the thirty-eighth session 'can my baby have co-codamol' (its class's note on children, below).
  it.each([['naproxen dose for a 3 year old'], ['diclofenac for my toddler, how much'], ['can my toddler have tramadol']])(
    'a young child named without the neck or the trouble is outside the adult advice: %j finds nothing', (query) => {
      expect(search(index, query).hits).toEqual([]);
    },
  );

  it.each([['my 6 year old has a fever and a rash that does not fade'], ['my toddler has a stiff neck and a high temperature'], ['is methocarbamol ok for my 80 year old dad']])(
    'a child with a warning sign or the neck named, or an older person, still finds an answer: %j', (query) => {
      expect(search(index, query).hits.length).toBeGreaterThan(0);
    },
  );

  it.each([['massage instead of painkillers for neck spasm'], ["neck muscles all knotted, partner's offered to give me a massage"]])(
    'the condition\'s word inside another thing\'s name ("neck" of "neck manipulation") does not choose the sentence: %j shows the massage sentence',
    (query) => {
      const hit = search(index, query).hits[0];
      expect(hit?.id).toBe('physical-therapy');
      expect(hit?.snippet.text).toMatch(/Massage may help to relieve muscle spasms/);
    },
  );

  it.each([
    ['not sleeping because of the neck pain', 'red-flags'],
    ["can't take ibuprofen because of an ulcer in my stomach, what else for the spasm?", 'medications'],
    ['cant take naproxen cos of my kidneys, anything else for a stiff neck', 'medications'],
  ])('"because" is no word to find, and the reason a treatment is turned from is the story, not the subject: %j → %s', (query, id) => {
    expect(search(index, query).hits[0]?.id).toBe(id);
  });

  it('asking whether to go to work with it is asking about activity (trial-1204i S4): rest first', () => {
    expect(search(index, 'can I go to work with a neck spasm').hits[0]?.id).toBe('rest');
  });

  it.each([
    ['never had an accident so why the spasm', 'overview'],
    ['slept on it wrong, cricked neck, day one', 'thermal'],
  ])('a word that weighs nothing (said not to have happened, or only asking) weighs nothing in a phrase, and "never" of "never had" is no "never lets up": %j → %s', (query, id) => {
    expect(search(index, query).hits[0]?.id).toBe(id);
  });

  it('a question of how long that names nothing but the condition is answered by a time, not the causes (trial-1204i S3)', () => {
    const hit = search(index, 'how long does a neck spasm last').hits[0];
    expect(hit?.id).not.toBe('overview');
    expect(hit?.snippet.text).toMatch(/\b(?:a week|a day or two|\d+ (?:to \d+ )?days)\b/);
  });

  it.each([['my baby has a stiff neck'], ['our toddler keeps holding his neck to one side'], ['my 3 year old has a stiff neck after nursery']])(
    'a young child\'s neck trouble finds the warning signs first (the advice is for adults): %j', (query) => {
      expect(search(index, query).hits[0]?.id).toBe('red-flags');
    },
  );

  it.each([['ice cube on my neck'], ['ice cubes wrapped in a towel on my neck'], ['cold water on my neck'], ['ice water on the back of my neck'], ['ice bag on my neck'], ['can I use a heat lamp on my neck']])(
    'everyday forms of cold and heat (names WordNet has, as "black ice" is) are the thermal therapy: %j', (query) => {
      expect(search(index, query).hits[0]?.id).toBe('thermal');
    },
  );

  it.each([['black ice on the roads, is it safe to drive to work'], ['heat rash on my neck from the sun, what cream']])(
    'a query that names no condition, whose every word that could be its subject is in a name the corpus lacks ("black ice", "heat rash"), is about that thing: %j finds nothing', (query) => {
      expect(search(index, query).hits).toEqual([]);
    },
  );

  it('a story that says the neck hurts names the condition in everyday words: the names it tells ("school run", "parking space") do not make it about them', () => {
    expect(search(index, 'after the school run I reversed into a parking space and felt something go in my neck, now it hurts to look over my shoulder, when should it get better').hits.length).toBeGreaterThan(0);
  });

  it('a story whose question is about another part of the body, the neck told only in passing, is about that part', () => {
    expect(search(index, "Twisted my ankle playing football on saturday, my neck was stiff for a day but it's fine now. Should I get an x-ray for the ankle?").hits).toEqual([]);
    // ... but not when the question names something the corpus has: a warning sign's story stays.
    expect(search(index, 'Neck spasms for two weeks and now it is hard to swallow my food. Is the ibuprofen irritating my throat?').hits[0]?.id).toBe('red-flags');
  });

  it.each([
    ['Hurt my neck in a car crash last week and it is still stiff. Now I have tingling in both feet. Should I get my feet checked?', 'red-flags'],
    ['My neck has been stiff since the weekend. I have a bad headache and a high temperature. Could it be my ears?', 'red-flags'],
    ['Been taking naproxen for my neck spasm for five days now. Is it safe for my kidneys?', 'medications'],
    ['My neck went into spasm at work on Monday and I have been taking ibuprofen. Is it bad for my stomach?', 'medications'],
  ])('a neck story whose question names another part is still answered unless the neck is told only in passing: %j -> %s', (query, id) => {
    expect(search(index, query).hits[0]?.id).toBe(id);
  });

  it.each([
    ["tennis elbow from playing squash, physio isn't helping, would a cortisone injection in the elbow work"],
    ["toothache on the bottom left, ibuprofen not working, can't get a dentist till monday, what else can I take"],
  ])('turning from something the corpus names does not make another part or trouble its subject: %j finds nothing', (query) => {
    expect(search(index, query).hits).toEqual([]);
  });

  it.each([['the stretches made it worse, should i stop them till it settles'], ["chiropractor's way too expensive, other hands-on options?"], ["can't have NSAIDs because of my kidneys, is paracetamol enough"]])(
    'a choice among the corpus\'s own things is answered, a part named only as a reason or in "hands-on" no subject: %j', (query) => {
      expect(search(index, query).hits.length).toBeGreaterThan(0);
    },
  );

  // Turning from one of the corpus's things in other words ("not allowed", "isn't an option"), and
  // a trouble that "flares up" (a verb, not a thing the spasm names).
  it.each([["I'm not allowed NSAIDs because of my kidneys, what painkiller is left", 'medications'], ["heat isn't an option at work, can ice be used during the day", 'thermal'], ['exercise makes the spasm flare up, should I rest it for a bit instead', 'rest']])(
    'turning from a thing of the corpus, or a trouble that flares up, is answered: %j by %s', (query, id) => {
      expect(search(index, query).hits[0]?.id).toBe(id);
    },
  );

  // The trouble's own verb, which WordNet knows first as a noun ("calms"), after it or with its
  // particle: the spasm does the calming, no "spasm calms" is another thing.
  it.each([
    ['once the spasm calms down can i start stretching', 'physical-therapy'],
    ['my spasm calms with heat, is that normal', 'thermal'],
    ['once the stiffness calms down can i exercise', 'physical-therapy'],
  ])('a verb after the trouble, or with its particle, makes no other thing of it: %j by %s', (query, id) => {
    expect(search(index, query).hits[0]?.id).toBe(id);
  });

  // A twinge is a neck's trouble as a crick is (review44: "a twinge in my neck" found nothing, read as
  // an illness of its own); a noun before a crick says where or why, a crick being the neck's alone.
  it.each([
    ['a twinge in my neck', 'overview'],
    ['twinges in my neck when i reverse the car, heat or ice', 'thermal'],
    ['office crick, what can I take', 'medications'],
    ['laptop crick again, heat or ice', 'thermal'],
  ])('a twinge or a crick, with a noun before it, is the neck\'s own trouble: %j by %s', (query, id) => {
    expect(search(index, query).hits[0]?.id).toBe(id);
  });
  it.each([['period pain'], ['night cramps in my calves'], ['a twinge of guilt about skipping the gym'], ['twinge of regret'], ['a twinge of conscience']])('another kind of pain, or a twinge of a feeling, is not the neck\'s: %j finds nothing', (query) => {
    expect(search(index, query).hits).toEqual([]);
  });

  // ... but the worst headache, even told beside the worst being over, stays the emergency it is.
  it('"the pain has gone down but I have chest pain" keeps its pain: the heart attack\'s emergency leads, flagged', () => {
    const top = search(index, 'the pain has gone down but I have chest pain').hits[0];
    expect(top?.id).toBe('red-flags');
    expect(top?.snippet.reason ?? '').toMatch(/EMERGENCY.*heart attack/);
  });
  it.each([["I'm past the worst headache I've ever had"], ['the worst is over but this was the worst headache of my life']])('%j still flags the sudden headache', (query) => {
    const hits = search(index, query).hits;
    expect(hits[0]?.id).toBe('red-flags');
    expect(hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
  });

  // The head said only as where it is stiff meets no sign's name of a blow to it ("bumped my head").
  it.each([["can't turn my head to the right since this morning, neck feels locked"], ['it hurts to turn my head'], ['hard to turn my head'], ['difficult to turn my head']])('%j shows no warning sign first', (query) => {
    expect(search(index, query).hits[0]?.id).not.toBe('red-flags');
  });
  it("\"it's hard to swallow and it hurts to turn my head\" still leads with the sign of difficulty swallowing", () => {
    const top = search(index, "it's hard to swallow and it hurts to turn my head").hits[0];
    expect(top?.id).toBe('red-flags');
    expect(top?.warning).toBe(true);
  });
  it('"thermometer says 39.2 and my neck is stiff and my head is splitting" still leads with the warning signs (the head not moved)', () => {
    expect(search(index, 'thermometer says 39.2 and my neck is stiff and my head is splitting').hits[0]?.id).toBe('red-flags');
  });
  it.each([['bumped my head on the cupboard and now my neck hurts'], ['knocked my head diving into the pool, neck hurts']])('%j still leads with a warning sign, flagged', (query) => {
    const top = search(index, query).hits[0];
    expect(top?.id).toBe('red-flags');
    expect(top?.warning).toBe(true);
  });

  // The worst being over is relief, where physical therapy comes in: "worst" is no sign's "the worst
  // you have ever had".
  it.each([
    ['the worst is over, what now', 'physical-therapy'],
    ['the spasm has died down, what exercises', 'physical-therapy'],
  ])('the worst said to be over finds what comes after some relief: %j by %s', (query, id) => {
    expect(search(index, query).hits[0]?.id).toBe(id);
  });

  it('a name the corpus lacks beside the condition itself is no other subject: "sleeping tablets for neck spasm" is answered', () => {
    expect(search(index, 'sleeping tablets for neck spasm').hits.length).toBeGreaterThan(0);
  });

  it.each([['neck of femur fracture, how long is recovery'], ['stiff hoover brush roller, how to clean it'], ['the neck of the guitar is warped'], ['oesophageal spasm, food feels stuck'], ['stiff drink recipes'], ['infantile spasms in a six month old, what treatment helps']])(
    'words of the topic said of another thing ("neck of femur", "stiff hoover") find nothing: %j',
    (query) => expect(search(index, query).hits).toEqual([]),
  );

  // A job or a workplace the corpus lacks is part of the story: before this, 32 of 2,934 main
  // queries with a job sentence added found nothing.
  it.each([
    ["heat wrap for how many days, I'm a plumber"],
    ['what can I do without pills, I work in a bakery'],
    ['how many times a day can I use heat, I teach at a primary school'],
    ['should I go to A&E, I work as a chef'],
    ['what does physical therapy involve, I play the violin'],
    ['cold shower, I play rugby on Saturdays'],
    ['mum is 80 should she avoid muscle relaxants'],
    // A job to come and studies (before these, 30 to 102 of 1,857 main queries with such a sentence
    // after them found nothing: 'I just started a course in accountancy.' 102).
    ["when should I switch from ice to heat. I'm training to be a nurse."],
    ["sports massage. I'm studying to be an accountant."],
    ['should I go to A&E. My daughter is doing a degree in maths.'],
    ['how many times a day can I use heat. I just started a course in accountancy.'],
    ['should I go to A&E. I want to become a personal trainer.'],
    // A pet in a sentence of its own that meets nothing of the corpus: before, 986 of 1,857 main
    // queries with "My dog is fine though." after them found nothing.
    ['how long can I leave a heating pad on. My dog is fine though.'],
    ['do I need a prescription for stronger painkillers? We have two cats.'],
    // ... or one that meets a word of the corpus ("night") but has nothing and is given nothing:
    // before, 182 of them with "The cat sat on me all night." after them found nothing.
    ['how long can I leave a heating pad on. The cat sat on me all night.'],
    ['what does physical therapy involve? The dog slept on my bed last night.'],
    // Another part or thing in a sentence that says it is well or was long ago.
    ['how long can I leave a heating pad on. My knee is fine.'],
    ['what does physical therapy involve. I broke my wrist years ago.'],
    // A home town, someone's job, when someone works.
    ['how many times a day can I use heat. I live in Leeds.'],
    // ... or where the teller is, in the same sentence (trial47: these found nothing).
    ["ice or heat, I'm in Dublin"], ['ice or heat im in london'], ["we're in Canada, ice or heat for a stiff neck"],
    ['when should I switch from ice to heat. My wife is a hairdresser.'],
    ['when should I switch from ice to heat. I work nights in a warehouse.'],
    // An illness or a medicine the teller lives with, beside a question about no medicine.
    ['how long can I leave a heating pad on. I have asthma.'],
    ["what does physical therapy involve. I'm on antidepressants."],
    // Two words either side of a full stop are no name: "question. Pain" is no "period pain".
    ['Hi, quick question. pain getting worse every day'],
    ['Sorry if this is a silly question. muscle relaxers made me feel awful, alternatives?'],
    // Nouns scattered over the sections in a story of several sentences.
    ['how many times a day can I use heat. I go to the gym three times a week.'],
  ])('a job, a workplace, a pastime, a day or a person ("mum": WordNet tagged none of its senses) is part of the story, not the subject: %j is answered', (query) => {
    expect(search(index, query).hits.length).toBeGreaterThan(0);
  });

  it('"no codeine please, anything else" turns from codeine: the other medicines answer', () => {
    const hit = search(index, 'no codeine please anything else').hits[0];
    expect(hit?.id).toBe('medications');
    expect(hit.snippet.text).not.toMatch(/narcotic/);
  });

  it.each([["can't take NSAIDs because of my stomach, what else for a neck spasm"], ['allergic to aspirin - anything besides NSAIDs for neck spasms?']])(
    'turning from a member of a list ("…such as acetaminophen or … NSAIDS"), the list names the others: %j', (query) => {
      expect(search(index, query).hits[0].snippet.text).toMatch(/^Over-the-counter analgesics such as acetaminophen/);
    },
  );

  it('"worse in spite of self-care" says self-care failed: it answers "self care not working, keeps getting worse"', () => {
    expect(search(index, 'self care not working, neck spasm keeps getting worse').hits[0].snippet.text).toBe('it keeps getting worse in spite of self-care.');
  });

  // A sign below the emergency's, named whole, answers "when" by itself, as an emergency's does: not
  // the time in "the pain has not eased after a week" (both had shown it).
  it.each([['my neck gets worse every single day, when do i go to the doctor'], ['neck is getting worse every day, at what point do i see my GP']])(
    '%j: the sign it names answers when, not the week', (query) => {
      expect(search(index, query).hits[0].snippet.text).toBe('it keeps getting worse in spite of self-care.');
    },
  );

  // A corpus word that begins otherwise than the word typed loses to a common English word a vowel
  // left out away, which begins alike: "leve" is "leave", not the brand Aleve (review40).
  it.each([
    ['how long do i leve the ice on my neck', 'leve', 'leave'],
    ['is the op ever neded for a neck spasm', 'neded', 'needed'],
    // Not an English word rarer than that ("devil", 4.6): "dvil" is Advil (review41).
    ['dvil for a stiff neck', 'dvil', 'advil'],
  ])('%j reads %j as %j', (query, from, to) => {
    expect(search(index, query).corrections).toContainEqual({ from, to });
  });

  // Whether to go on with what failed is asked of it: the brace's own sentence answers, not the rest's
  // first one (review40: the brace had counted for nothing).
  it('"the brace isn\'t doing anything, should i carry on wearing it" is answered by the collar\'s sentence', () => {
    expect(search(index, "the brace isn't doing anything, should i carry on wearing it").hits[0].snippet.text).toMatch(/^In severe cases you may need to temporarily use a cervical collar/);
  });

  it('a sentence holding what the query asks about keeps its place though it names what wore off', () => {
    const hit = search(index, 'the co-codamol wore off ages ago, could my GP prescribe something stronger for the neck spasm').hits[0];
    expect(hit.snippet.text).toMatch(/may prescribe stronger NSAIDS/);
  });

  it('"should I go back to ice" after heat made it worse asks about ice, not "back"', () => {
    expect(search(index, 'heat makes my neck throb, should I go back to ice').hits[0].id).toBe('thermal');
  });

  it('a job or a thing the person lacks is not named on stderr as unmatched', () => {
    expect(search(index, "I'm a plumber, how long should the heat pad stay on").unmatched).toEqual([]);
    expect(search(index, 'no microwave at work for my wheat bag, would an ice pack do instead').unmatched).toEqual([]);
    expect(search(index, 'ibuprofen for my stiff neck with high cholesterol').unmatched).toEqual(['cholesterol']);
  });

  it('"not working in the fridge" names no workplace: the ice maker stays the subject', () => {
    expect(search(index, 'ice maker not working in the fridge').hits).toEqual([]);
  });

  // The scope's otherSenses (data/corpus.json): names in which a part of the body means another thing.
  it.each([
    ['polo neck jumper shrank in the wash, any way to stretch the wool back out'],
    ['cervical screening results letter'],
    ['my guitar\'s neck has a crack, can it be glued'],
    ['the neck on my guitar has a crack, can it be glued'],
    ['neck and neck finish in the formula one race last sunday'],
    ['broke down on the hard shoulder, what are the rules for waiting'],
    // A frozen shoulder is the joint's own illness, not a spasm of its muscles (review43).
    ['frozen shoulder, what exercises help it thaw'],
    ['Crick Institute London opening hours'],
    ['head lice keep coming back, what treatment works'],
    // The idiom, with the verb before it (the trouble's own word said inside it too).
    ['my boss is such a pain in the neck'],
    ['the printer at work is a right pain in the neck'],
    ['should I stick my neck out and tell my boss'],
  ])('a part of the body said only inside a name of another thing (scope.otherSenses) finds nothing: %j', (query) => {
    expect(search(index, query).hits).toEqual([]);
  });

  it.each([
    ['wearing a tight polo neck makes my neck spasm worse'],
    ['pulled onto the hard shoulder after someone rear ended me, now whiplash'],
    ['frozen shoulder and now my neck keeps going into spasm, heat or ice'],
    ['up to my neck in work and my neck is in spasm from the desk'],
    ['cervical spondylosis and spasms in my neck muscles, what helps'],
    ['head lice treatment made me bend over the sink for ages and now my neck is stiff'],
    ['this spasm is a real pain in the neck, what helps'],
    ['I have a real pain in the neck when I turn'],
  ])('the part said as itself too, or beside a trouble the corpus has, is answered: %j', (query) => {
    expect(search(index, query).hits.length).toBeGreaterThan(0);
  });

  // The same names for a word of the treatments: said only inside one, it is not the corpus's word.
  it.each([
    ['how many rest days between leg sessions'],
    ['can you use dry ice to keep food cold on a camping trip'],
    ['heat stroke symptoms in adults'],
    ['which gp surgery am i registered with'],
    ['heat pump running costs compared with gas'],
    ['the rest is history, as they say'],
  ])('a word of the treatments said only inside a name of another thing (scope.otherSenses) finds nothing: %j', (query) => {
    expect(search(index, query).hits).toEqual([]);
  });

  it.each([
    // The word said in the corpus's sense too.
    ['rest days at the gym are fine but should I rest completely for a neck spasm'],
    // A query naming the neck means the corpus's sense.
    ['ultrasound scan or ultrasound treatment for neck spasm, which one does the physio do'],
    // "the rest of" inside a story that says what hurts: the story still finds its answer.
    ['my neck went into spasm at work and I could hardly turn it for the rest of the day, how long should I rest it'],
  ])('a word of the treatments said in its own sense too, or beside the neck, is answered: %j', (query) => {
    expect(search(index, query).hits.length).toBeGreaterThan(0);
  });

  // Nouns of the corpus scattered over its sections, none two together, no topic (search.ts scattered).
  it.each([
    ['will the roads have ice on them tonight'],
    ['ice on the roads forecast'],
  ])('nouns the corpus has only in different sections, with no topic, find nothing: %j', (query) => {
    expect(search(index, query).hits).toEqual([]);
  });

  it('another part told as a trouble in a sentence of its own is what the question is about', () => {
    expect(search(index, 'My knee swells up after running. Should I put ice on it or heat?').hits).toEqual([]);
  });

  // An illness the medicine's note names is what the note answers (trial22 finding 1: the NSAIDs'
  // cautions name asthma); one no note of it names is another subject.
  it.each([
    ['can I take ibuprofen? I have asthma.', /have asthma/],
    ["I'm on warfarin, can I take ibuprofen for my neck", /warfarin/],
    ['can I take ibuprofen with my blood pressure pills', /blood pressure/],
    ['can I drink alcohol with cyclobenzaprine', /alcohol/],
    // review22 finding 4: a part of the body the corpus has elsewhere too ("upset stomach").
    ['ibuprofen stomach ulcer', /stomach ulcer/],
    ['is naproxen bad for my stomach', /bleeding in the stomach/],
    ['ibuprofen for stomach ache', null],
    ['can I take paracetamol? I have asthma.', null],
    // content24: paracetamol's notes now speak of alcohol (NHS 111 Wales), so this is answered.
    ['is it safe to take paracetamol after drinking alcohol', /labels of acetaminophen \(Tylenol\) warn of severe liver damage/],
    ['does paracetamol interact with warfarin', null],
    ['side effects of blood pressure tablets', null],
    // A kind of alcoholic drink is read as the notes' "alcohol" (WordNet, scripts/lexicon.mjs).
    ['ibuprofen and booze', /Alcohol: US labels for ibuprofen/],
    ['can i have a glass of wine with methocarbamol', /do not drink alcohol while you take one/],
    ['co-codamol and vodka', /Alcohol: the NHS says co-codamol/],
    ['can i have a brew with my ibuprofen', null],
    // review24 finding 2: a glass of wine is a drink, not the meningitis sign's glass.
    ['can i have a glass of wine with naproxen', /Alcohol: US labels for ibuprofen, naproxen/],
    // review24: aspirin names two classes (NSAIDs, aspirin combinations); the NSAIDs' note answers.
    ['aspirin and alcohol', /Alcohol: US labels for ibuprofen, naproxen \(Aleve\) and aspirin/],
    ['aspirin and cholesterol', null],
    ['aspirin and warfarin', /take a blood thinner \(an anticoagulant such as warfarin\)/],
    // A commoner word of a named drug's note chooses its sentence as any word would.
    ['on cyclobenzaprine, can i drive to work', /Do not drive or use machines/],
    ['wine stain on my pillow', null],
    ['beer belly and back pain', null],
    // review24: everyday drinks WordNet misses as alcohol (lager, cider, pints, prosecco); kava has none.
    ['a pint of lager with ibuprofen', /Alcohol: US labels for ibuprofen/],
    ['cider and paracetamol', /labels of acetaminophen \(Tylenol\) warn/],
    ['can i have a couple of pints on co-codamol', /Alcohol: the NHS says co-codamol/],
    ['prosecco with naproxen', /Alcohol: US labels for ibuprofen, naproxen/],
    ['kava with ibuprofen', null],
    // What an alcoholic drink is mixed with is part of the drink.
    ['gin and tonic with co-codamol', /Alcohol: the NHS says co-codamol/],
    ['vodka and coke with ibuprofen', /Alcohol: US labels for ibuprofen/],
    // review25 finding 7: Australian and Irish names of a drink, and wines WordNet files as grapes.
    ['can i have a schooner on nurofen', /Alcohol: US labels for ibuprofen/],
    ['a couple of tinnies with ibuprofen ok', /Alcohol: US labels for ibuprofen/],
    ['glass of merlot with naproxen', /Alcohol: US labels for ibuprofen, naproxen/],
    ['can i take co-codamol with tea', null],
  ])('an illness or a thing the teller lives with, beside a question about a medicine, is answered only by a note of that medicine: %j (%s)', (query, note) => {
    const { hits, unmatched } = search(index, query);
    if (note === null) expect(hits).toEqual([]);
    else {
      expect(hits[0]?.id).toBe('medications');
      expect(hits[0]?.snippet.text).toMatch(note);
      expect(unmatched, 'the note answers every word').toEqual([]);
    }
  });

  // review24: drinking water, milk or tea with a medicine says nothing of alcohol: the alcohol notes
  // share only the notes' "drink" with it (SOFT_DRINKS, search.ts).
  it.each([['a drink of water with my naproxen'], ['drank a pint of water and took ibuprofen']])('%j is answered, and not by an alcohol note', (query) => {
    const { hits } = search(index, query);
    expect(hits[0]?.id).toBe('medications');
    expect(hits[0].snippet.text).not.toMatch(/alcohol/i);
  });
  // "rather than skip my wine" wants the wine; "with dinner" says when; "a glass" beside wine is one
  // (it found nothing).
  it('"Rather than skip my wine with dinner, can I have a glass while on cyclobenzaprine?" shows the muscle relaxants\' alcohol warning', () => {
    expect(search(index, 'Rather than skip my wine with dinner, can I have a glass while on cyclobenzaprine?').hits[0]?.snippet.text).toMatch(/do not drink alcohol while you take one/);
  });
  // review25 findings 1, 3 and 4: stout, spirits and a pint of something else are no drink; drinks
  // beside a soft drink still are; a note on alcohol answers only a query that speaks of drinking, and
  // paracetamol's ("3 or more alcoholic drinks a day") no question of how often.
  it.each([
    ['stout build, neck spasm, how much ibuprofen can i take'],
    ["i'm in good spirits but my neck is stiff, can i take ibuprofen"],
    ['gave a pint of blood today, can i take ibuprofen'],
    ['is paracetamol bad for my liver'],
    ['i take co-codamol 4 times a day and paracetamol too, too much?'],
    ['paracetamol four times a day plus lemsip, too much?'],
  ])('%j is answered, and not by an alcohol note', (query) => {
    const { hits } = search(index, query);
    expect(hits[0]?.id).toBe('medications');
    expect(hits[0].snippet.text).not.toMatch(/alcohol/i);
  });
  it.each([['can i drink alcohol with naproxen'], ['a drink of water and a glass of wine with naproxen'], ['a few drinks and a glass of water with naproxen'], ['is it ok to drink on ibuprofen or just water']])('%j, naming alcohol, is still answered by its note', (query) => {
    expect(search(index, query).hits[0]?.snippet.text).toMatch(/^NSAIDs: Alcohol:/);
  });

  // review22 finding 3: a pregnancy or breastfeeding asked of medicine in general is answered by the
  // notes on it, not by "NSAIDS may relieve the pain"; asked of a drug, by that drug's note.
  it.each([
    ['pregnant with neck pain what can I take', /^acetaminophen \(paracetamol\): Pregnant or breastfeeding/],
    ['what can I take for neck pain while breastfeeding', /Pregnant or breastfeeding/],
    ['is ibuprofen ok when pregnant', /not usually advised in pregnancy/],
  ])('%j shows the note on it (%s)', (query, note) => {
    const { hits, unmatched } = search(index, query);
    expect(hits[0]?.id).toBe('medications');
    expect(hits[0]?.snippet.text).toMatch(note);
    expect(unmatched).toEqual([]);
  });

  // review22: a thing the notes name that the sentence shown does not hold is named as unmatched.
  it('"I\'m on warfarin can I use ibuprofen gel" names warfarin, which its answer does not speak of', () => {
    const result = search(index, "I'm on warfarin can I use ibuprofen gel");
    expect(result.hits[0]?.snippet.text).not.toMatch(/warfarin/);
    expect(result.unmatched).toContain('warfarin');
  });
  // review48: codeine for a child found nothing; its facts say from what age it is given.
  it.each([['can my 10 year old have codeine'], ['codeine for a child'], ['can my 14 year old take codeine for a neck spasm']])('%j shows codeine\'s age from its leaflet', (query) => {
    const hit = search(index, query).hits.find((h) => h.id === 'medications');
    expect(hit?.snippet.text).toMatch(/^codeine: by prescription on its own \(UK: codeine phosphate tablets of 15, 30 or 60 mg, which its leaflet says are for children only over 12 years old\)/);
  });
  // review49: "co-codamol in pregnancy" found nothing: its note said only "pregnant".
  it.each([['co-codamol in pregnancy'], ['codeine in pregnancy']])('%j shows the note on co-codamol in pregnancy', (query) => {
    const r = search(index, query);
    // (after the note's sentence before it, on codeine while breastfeeding, which it goes on from)
    expect(r.hits[0]?.snippet.text).toMatch(/(?:^|\. )In pregnancy, or if you are trying to get pregnant or breastfeeding, tell your doctor/);
    expect(r.unmatched).toEqual([]);
  });
  // review49: a baby's age in weeks or months is answered by what the note says of babies under so
  // many months; a mother breastfeeding hers asks of herself.
  it.each([['baby 6 weeks old stiff neck can i give paracetamol'], ['can i give my newborn calpol']])('%j shows what the note says of babies under 2 months', (query) => {
    expect(search(index, query).hits.find((h) => h.id === 'medications')?.snippet.text).toMatch(/babies under 2 months should have paracetamol only if a doctor prescribes it/);
  });
  it('"I\'m breastfeeding my 3 month old … paracetamol" is no question of a baby\'s dose', () => {
    expect(search(index, "I'm breastfeeding my 3 month old and my neck is in knots, is paracetamol ok").hits.find((h) => h.id === 'medications')?.snippet.text).not.toMatch(/babies under 2 months/);
  });
  // trial47: a child's stiff neck asked about with a painkiller tells no painkiller failed.
  it.each([['my 4 year old has a stiff neck can I give her ibuprofen'], ['can kids take ibuprofen for a stiff neck']])('%j shows no sign that painkillers have not helped', (query) => {
    for (const hit of search(index, query).hits) expect(hit.snippet.text).not.toMatch(/have not helped/);
  });
  // trial47: things the query lists are named one by one, not as one name.
  it.each([
    ['ibuprofen for my neck, I also have gout and eczema', ['gout', 'eczema']],
    ['my neck clicks and crunches when I turn it', ['clicks', 'crunches']],
  ])('%j names %j apart', (query, names) => {
    expect(search(index, query).unmatched).toEqual(names);
  });
  // trial47: a later hit's sentence that speaks of it answers it: no "no match for 'warfarin'".
  it('names no thing of the notes that a later hit\'s sentence speaks of', () => {
    const result = search(index, "My GP says its just a muscle spasm but I have a pounding headache and fever and stiff neck, also I'm on warfarin, is naproxen ok?");
    expect(result.hits.some((h) => /warfarin/.test(h.snippet.text))).toBe(true);
    expect(result.unmatched).not.toContain('warfarin');
  });

  // A word that only judges what is asked about is no thing of its own, nor the head of a name
  // ("massage worth" is no kind of worth): these found nothing.
  it.each([
    ['is massage worth it', 'physical-therapy'],
    ['is ultrasound worth trying', 'physical-therapy'],
    ['is ice a good option', 'thermal'],
    ['is heat a good option', 'thermal'],
  ])('a question that judges a treatment finds it: %j → %s', (query, id) => expect(search(index, query).hits[0]?.id).toBe(id));

  it.each([
    // A noun before another word the corpus has whole names a kind of it.
    ['sports massage any good'],
    // Two treatments: a choice between them.
    ['ice or a massage, which is better'],
    // A trouble the corpus has whole.
    ['massage after whiplash, too soon?'],
    // A treatment by a name of several words.
    ['cold pack or heating pad straight after whiplash'],
  ])('nouns in different sections, read as one name, a choice or beside a trouble, are answered: %j', (query) => {
    expect(search(index, query).hits.length).toBeGreaterThan(0);
  });

  // A greeting or a preamble before the question says nothing of it: before, "Hi, quick question."
  // moved the first result of 127 of 1,896 main queries (its "quick" met "gets worse quickly"),
  // "Hello doctor." of 127 (its "doctor" met "see a doctor").
  it.each([
    ['Hi, quick question. '],
    ['Hello doctor. '],
    ['Hey doc, '],
    ['Dear doctor, I hope you can help. '],
    ['Sorry if this is a silly question. '],
  ])('a greeting before the question (%j) changes no result', (greeting) => {
    for (const query of ['how long should I leave an ice pack on', 'what does physical therapy involve', 'can I take ibuprofen with paracetamol']) {
      const ids = (q: string) => search(index, q).hits.map((h) => h.id);
      expect(ids(greeting + query), query).toEqual(ids(query));
    }
  });

  // ... nor a thanks after it: "Thanks in advance." made 11 of 1,992 main queries find nothing and
  // moved the first result of 26; "Any advice appreciated!" moved 47.
  // So did "any ideas?" (28 found nothing), "Many thanks, John" (11) and "lol" (339 moved).
  it.each([[' Thanks in advance.'], [' Any advice appreciated!'], [' Thank you so much'], ['. Cheers x'], [' any ideas?'], [' Many thanks, John'], [' Thanks, Zoë'], [' lol']])('a thanks after the question (%j) changes no result', (thanks) => {
    for (const query of ['sports massage.', 'how long should I leave an ice pack on?', 'what does physical therapy involve.']) {
      const hits = (q: string) => search(index, q).hits.map((h) => [h.id, h.snippet.text]);
      expect(hits(query + thanks), query).toEqual(hits(query));
    }
  });

  it('a greeting alone, or a word of one that is the question ("doctor"), is still searched', () => {
    expect(search(index, 'doctor').hits[0].id).toBe('red-flags');
    expect(search(index, 'Doctor, physio or chiropractor, who should I see').hits.length).toBeGreaterThan(0);
  });

  // Each once overflowed the stack (exit 70): words that follow each other both ways sent the check
  // for a word modifying a matched one round a cycle.
  it.each([
    ['fell down the last few stairs last night and landed on my shoulder and neck, its sore but i can move everything fine, really dont want to waste the doctors time'],
  ])('words that follow each other both ways end: %j', (query) => {
    expect(() => search(index, query)).not.toThrow();
  });

  it.each([['fell off a ladder clearing the gutters, landed on my side, neck aches but i can move everything fine'], ['fell over in the garden yesterday and my neck is sore but i can move everything fine, is that ok']])(
    'a sign the person says they lack makes the sentence warning of it less apt: after a fall, "can move everything fine" is the minor injury, not the fall "with an arm or leg that … will not move": %j', (query) => {
      const hit = search(index, query).hits[0];
      expect(hit?.id).toBe('red-flags');
      expect(hit?.snippet.text).toMatch(/^Any injury to the neck, even one that seems minor/);
    },
  );

  it.each([
    ["working late at the laptop and my neck and right shoulder cramped up, I'm sweating and there's a squeezing feeling in my chest, probably stress from work. Would a muscle relaxant help?"],
    ['neck seized up after moving furniture, a bit sweaty and a squeezing feeling in my chest, probably just the effort. Would a muscle relaxant help?'],
  ])('an emergency the story names whole leads, whatever the story asks about: %j shows the heart attack sign first', (query) => {
    const hit = search(index, query).hits[0];
    expect(hit?.id).toBe('red-flags');
    expect(hit?.snippet.text).toMatch(/^Neck pain with signs of a heart attack/);
  });

  it.each([
    ['the pillow I have is useless, would a different one help my neck', 'rest', /^Contour pillows/],
    ["the heat pad isn't doing much, is there a better one", 'thermal', /heating pad/],
  ])('a thing turned from and then asked for as "a different one" or "a better one" is asked about: %j → %s', (query, id, snippet) => {
    const hit = search(index, query).hits[0];
    expect(hit?.id).toBe(id);
    expect(hit?.snippet.text).toMatch(snippet);
  });

  it.each([
    ['grandad wants to wear his old foam collar all day for his neck rather than do the exercises, is that better', 'rest', /cervical collar/],
    ["my neck spasm is so bad I can barely hold my head up while I'm cooking dinner for the kids, someone said a neck brace might help, is that a thing", 'rest', /cervical collar/],
  ])('the kind of answer asked for ("help") goes to a sentence that names the thing in its own words, not to the next one: %j → %s', (query, id, snippet) => {
    const hit = search(index, query).hits[0];
    expect(hit?.id).toBe(id);
    expect(hit?.snippet.text).toMatch(snippet);
  });

  it.each([
    // A fall with a weak arm, told after "but": the arm is no thing tried, and the fall leads.
    ["Fell off a ladder clearing the gutters on Sunday, neck has been in spasm since. I've been using ice and ibuprofen but today my right arm feels weak and clumsy. Is ice still the right thing or should I be worried?"],
    // A young child's story: a sign's common name ("fell") is enough.
    ['my toddler fell off the back of the sofa, shes crying and holding her head to one side and wont move her neck, should I just give her calpol and a warm bath'],
  ])('a story of a fall with a weak arm shows the emergency, whatever it asks: %j', (query) => {
    const hit = search(index, query).hits[0];
    expect(hit?.id).toBe('red-flags');
    expect(hit?.snippet.reason).toMatch(/EMERGENCY/);
  });

  it.each([['came off my bike and my neck is sore and my left arm feels weak, should I just take ibuprofen']])(
    'among the warning signs, the sign the story tells chooses the sentence, not the thing it asks about: %j shows the fall, not "painkillers … have not helped"', (query) => {
      const hit = search(index, query).hits[0];
      expect(hit?.id).toBe('red-flags');
      expect(hit?.snippet.text).toMatch(/^Neck pain after a fall/);
    },
  );

  it.each([
    ['stiff neck for days and now I get dizzy when I stand up', /^Double vision, dizziness/],
    ["since my neck went i can't hold my wee properly", /^Trouble controlling your bladder/],
  ])('a warning sign in everyday words: %j → %s', (query, snippet) => {
    const hit = search(index, query).hits[0];
    expect(hit?.id).toBe('red-flags');
    expect(hit?.snippet.text).toMatch(snippet);
  });

  it('"self" before a hyphen is a prefix, not the self of "self-care": "self-employed" is no word of the warning signs', () => {
    expect(queryTerms("I'm a self-employed plumber with a stiff neck")).not.toContain('self');
    expect(queryTerms('self care for a stiff neck')).toContain('self');
  });

  it.each([['when is a crick in the neck an emergency'], ['when would a stiff neck be an emergency']])(
    '"when" of an emergency shows the emergency\'s heading, not a sign timed "after a week": %j', (query) => {
      const hit = search(index, query).hits[0];
      expect(hit?.id).toBe('red-flags');
      expect(hit?.snippet.text).toMatch(/^EMERGENCY: call 999/);
    },
  );

  // Trial20 finding 6: a GP or a doctor is who to see when it is no emergency, not "call 999 now".
  it.each([['how do I get a GP appointment for my neck'], ['do I need to get checked'], ['should i see my doctor about my neck']])(
    'a doctor or GP asked about is no emergency: %j does not show "EMERGENCY: call 999"', (query) => {
      const hit = search(index, query).hits.find((h) => h.id === 'red-flags');
      expect(hit?.snippet.text).toMatch(/^Get medical help promptly: see a doctor or GP soon/);
    },
  );
  // (Asked yes or no, "do i need an ambulance for my neck", it is answered by when to call one: below.)
  it.each([['when should I ring 999'], ['when do i call an ambulance for my neck']])('an ambulance or 999 asked about shows the emergency: %j', (query) => {
    const hit = search(index, query).hits.find((h) => h.id === 'red-flags');
    expect(hit?.snippet.text).toMatch(/^EMERGENCY: call 999/);
  });

  it('"by accident" is by mistake, no accident: a double dose taken by accident raises no warning sign (review32)', () => {
    const hit = search(index, 'took double the ibuprofen dose, 800 mg instead of 400, by accident').hits[0];
    expect(hit?.snippet.reason ?? '').not.toMatch(/warning sign|EMERGENCY/);
  });

  it('a past tense in a name is not its "-ing" form in the query: "a banging head" is a headache, not "banged my head"', () => {
    // No injury's sign is raised; with a fever it is meningitis's (a headache without one is no
    // emergency: review29 F8).
    const plain = search(index, 'stiff neck and a banging head since this morning, should I worry');
    expect(plain.hits[0]?.id).toBe('red-flags');
    expect(plain.hits[0]?.snippet.reason ?? '').not.toMatch(/injury/);
    expect(plain.warnings).toEqual([]);
    const hit = search(index, 'stiff neck and a banging headache since this morning and a high temperature, should I worry').hits[0];
    expect(hit?.snippet.text).toMatch(/meningitis/);
    expect(hit?.snippet.reason ?? '').toMatch(/EMERGENCY/);
  });

  it.each([['swollen glands in my neck, should i be worried'], ['a love bite on the side of my neck'], ['eczema on the back of my neck for two weeks'], ['a small lump on the side of my neck'], ['a swollen node under my neck for a week']])(
    'another thing at the neck, with nothing of the corpus named whole, is the subject: %j finds nothing',
    (query) => expect(search(index, query).hits).toEqual([]),
  );

  it.each([['deep freeze spray on my neck'], ['knot on the side of my neck'], ['swollen glands and a stiff neck with a fever']])('a form of a treatment, the condition, or a warning sign at the neck is in scope: %j', (query) => {
    expect(search(index, query).hits.length).toBeGreaterThan(0);
  });

  it.each([
    ['icing every hour is a faff, can i get away with twice a day', 'thermal'],
    ['xanax side effects', undefined],
  ])('a short word no word list has is slang beside a rare treatment name the query has whole, a name of its own otherwise: %j → %s', (query, id) => {
    expect(search(index, query).hits[0]?.id).toBe(id);
  });

  it.each([['my neck of all places is stiff'], ['sudden spasm, what helps'], ['nocturnal spasms in my neck']])('the topic said of the neck, or with a common word before it, is still the topic: %j', (query) => {
    expect(search(index, query).hits.length).toBeGreaterThan(0);
  });

  it.each([
    ["chiropractor's way too expensive, other hands-on options?", 'physical-therapy'],
    ['shop painkillers are too weak, can the doctor give me something stronger', 'medications'],
    ['no microwave at work for my wheat bag, would an ice pack do instead', 'thermal'],
    ['Given up on the heating pad. Would lying down for short spells help more?', 'rest'],
  ])('turning from one treatment the corpus names to another it names is in scope, whatever else is said: %j → %s', (query, id) => {
    expect(search(index, query).hits[0]?.id).toBe(id);
  });

  it.each([
    ['good stretches for tight traps', 'physical-therapy'],
    ["can't have NSAIDs because of my kidneys, is paracetamol enough", 'medications'],
  ])('%j is about the neck, or a choice between the corpus\'s drugs: %s', (query, id) => expect(search(index, query).hits[0]?.id).toBe(id));

  const scoreOf = (query: string, id: string) => search(index, query, { limit: 10 }).hits.find((h) => h.id === id)?.score ?? 0;
  it.each([
    ['should I stay in bed with a neck spasm', 'should I stay home, my neck spasm is in bed', 'rest'],
    ["I can't breathe properly since the spasm", 'I am breathing properly since the spasm', 'red-flags'],
  ])('a name of several words counts whole only where the query has it together, "not" included: %j scores above %j in %s', (whole, scattered, id) => {
    expect(scoreOf(whole, id)).toBeGreaterThan(scoreOf(scattered, id));
  });

  it('words of a warning-sign name scattered in a plain story do not make it a warning sign', () => {
    // "hurt my neck" (an injury) is not "my neck is stiff ... it hurts".
    expect(top('my neck is stiff from lifting boxes and it hurts')).not.toBe('red-flags');
  });

  it.each([
    ['what temperature should my heat pad be', 'thermal'],
    ["I can't feel any improvement after physio", 'physical-therapy'],
  ])('a common word of a warning sign said in passing is no warning sign: %j → %s', (query, id) => expect(top(query)).toBe(id));

  it.each([['neck spasm, what helps'], ['trapezius knot, what helps']])('"what helps" beside the condition alone only asks: %j does not go to the warning signs\' "have not helped"', (query) => {
    expect(top(query)).not.toBe('red-flags');
  });

  it.each([['why doesnt my neck get better'], ['i cant turn my head'], ['whats the best pillow']])('a contraction typed without its apostrophe is no unmatched word: %j', (query) => {
    expect(search(index, query).unmatched).toEqual([]);
  });

  it('a query covered only in part names the part that matched nothing', () => {
    const r = search(index, 'ibuprofen for my stiff neck with high cholesterol');
    expect(r.hits[0].id).toBe('medications');
    expect(r.unmatched).toEqual(['cholesterol']);
  });

  // The note names what the answer leaves out, not the story's verbs and common nouns, a contrast
  // word, or a modifier of a word that matched.
  it.each([
    ['neck pain and knee pain ibuprofen', ['knee']],
    ['neck stretches for a toddler', ['toddler']],
    ['sat at my desk all day and my neck aches', []],
    ['stretches instead of painkillers', []],
    ['cheap microwave heat pack', []],
    ['neck spasm after the gym', []],
    ['feeling poorly with a stiff neck and a temperature', []],
    ['my neck has been really stiff since yesterday morning and it hurts when I turn my head', []],
  ])('the note on an answered query %j names %j', (query, expected) => {
    const r = search(index, query);
    expect(r.hits.length, `'${query}' should be answered`).toBeGreaterThan(0);
    expect(r.unmatched).toEqual(expected);
  });

  it.each([
    ['how long should I keep ice on', '20 minutes every hour'],
    ['how often can I use heat', 'several times per day'],
    ['is a muscle relaxant ok for elderly people', 'elderly patients'],
    ['the ice is not working any more, what next', 'Thereafter, you may use a heating pad'],
    ['painkillers are not working', 'painkillers such as paracetamol or ibuprofen have not helped'],
    ['when should I switch from ice to heat', 'during the first two days after an injury. Thereafter, you may use a heating pad'],
    ['besides massage what else does physio involve for neck spasms', 'Physical therapy may include'],
    // One word of a vocabulary name ("steroid" of "steroid shot", "lie" of "lie down") points to its sentence.
    ['steroid jab in the neck', 'medications injected by a health care provider'],
    ['lie on the settee with a bad neck', 'lying down for brief periods'],
    // "my neck hurts" is pain, not the injury of "hurt my neck": word order decides.
    ["can't swallow properly and my neck hurts", 'Difficulty swallowing'],
    // Turning from muscle relaxants, not to the sentence that goes on about them.
    ['muscle relaxants made me too sleepy, is there an alternative for my neck', 'Over-the-counter analgesics'],
    ['what would a physiotherapist actually do with me', 'Physical therapy may include'],
    // "health care provider" is no answer to "is it safe": the side effects are.
    ['been taking tramadol for my neck and I feel really sick', 'adverse side effects'],
    // A whole name the query asks about keeps its sentence, though it names what it is compared with.
    ['hot water bottle rather than a heating pad, does it matter', 'heating pad'],
    // "feverish" is fever with an ending that makes an adjective of it.
    ['feeling feverish with a stiff neck', 'A fever and a headache with a stiff neck'],
    // "neck" and "pain" are in most warning signs: they do not choose among them.
    ["neck pain hasn't let up for a single minute in three days", 'never lets up'],
    // Turning from ibuprofen, the list that holds it by its class names the others.
    ["can't take ibuprofen, what else", 'acetaminophen'],
    // "stiffer" is "stiff", and so meets "stiffen".
    ["I've been off work for three days lying on the sofa with my neck and it's actually getting stiffer, my wife says I should be moving around more, which of us is right", 'might cause the neck muscles to stiffen'],
    // A jarred neck is an injury to it; "should I still get it checked" says nothing failed ("still").
    ["went over on the stairs and jarred my neck, it's sore but I can move everything fine, should I still get it checked", 'Any injury to the neck'],
    // "Nurofen" is plain ibuprofen: the note on Nurofen Plus (codeine) is about another drug.
    ['tried paracetamol and it barely touched it. ive got some nurofen in the drawer too, can i take those instead', 'Over-the-counter analgesics'],
    // How long, of a thing the sentence before names ("… you may use a heating pad"): the sentence
    // that goes on with the time; not when the query asks which thing comes first.
    ['pregnant and my neck is in spasm, how long can i use a hot water bottle', 'Heat is typically applied for 20 minutes at a time'],
    ["my neck is in spasm, I've got a bag of ice in the freezer and a heat wrap, which one and for how long", 'Applying ice or cold packs'],
    // Asking to put back on what wore off asks about it, not what comes after it.
    ['the cold pack wore off after ten minutes, can I put it back on', 'for 20 minutes every hour while awake'],
    // "how long should heat be used" asks heat's time, not what comes after the ice that failed.
    ['ice is no longer doing anything after four days, how long should heat be used for', 'applied for 20 minutes at a time'],
  ])('the snippet is the sentence that answers %j', (query, phrase) => {
    expect(search(index, query).hits[0].snippet.text).toContain(phrase);
  });

  it('no "did you mean" for real words far from the corpus', () => {
    expect(search(index, 'stock prices').suggestions).toEqual([]);
    expect(search(index, 'pizza dough').suggestions).toEqual([]);
  });

  it('no "did you mean" the word typed: an off-topic query naming a brand the corpus has', () => {
    const r = search(index, 'tummy ache from nurofen, should I stop');
    expect(r.hits).toEqual([]);
    expect(r.suggestions).toEqual([]);
  });
});

describe('snippets', () => {
  it('explains a vocabulary hit and shows the article sentence about the class', () => {
    const hit = search(index, 'Advil').hits[0];
    expect(hit.snippet.reason).toBe('Advil — a brand of ibuprofen, a nonsteroidal anti-inflammatory drug (NSAID)');
    const [h] = hit.snippet.reasonHighlights!;
    expect(hit.snippet.reason!.slice(h.start, h.end)).toBe('Advil');
    // (The first hit's snippet goes on with the sentence after, on the same NSAIDs: see below.)
    expect(hit.snippet.text.startsWith(
      'Over-the-counter analgesics such as acetaminophen or nonsteroidal anti-inflammatory drugs, or NSAIDS, may relieve the pain of neck spasms.',
    )).toBe(true);
  });

  it('highlights the matched words, as forms of them: "heating" and "Heat"', () => {
    const hit = search(index, 'heating pad').hits[0];
    const marked = hit.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end));
    expect(marked).toEqual(['heating', 'pad', 'Heat']);
  });

  it('the article\'s longest sentence (229 characters) shows whole, with its end: what a spinal fusion does', () => {
    const hit = search(index, 'what does a spinal fusion do for muscle spasms?').hits[0];
    expect(hit.id).toBe('surgery');
    expect(hit.snippet.text).toMatch(/^If neck muscle spasms result .* may relieve the spasms\.$/);
  });

  it('a sentence that points back ("Thereafter, …") comes with the end of the one before it, highlights in place', () => {
    const hit = search(index, 'when should I switch from ice to heat').hits[0];
    expect(hit.snippet.text).toMatch(/^….* after an injury\. Thereafter, you may use a heating pad/);
    // The first hit's, with the sentence after as well (below): at most 320 characters and the ellipsis.
    expect(hit.snippet.text.length).toBeLessThanOrEqual(321);
    const marked = hit.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end).toLowerCase());
    expect(marked).toContain('heating');
  });

  // The first hit's sentence goes on with the one after it in its paragraph when that one is about the
  // same thing (it points back, or shares a word that says what each is about) and both fit 300
  // characters: the heating pad and how long to use it, a muscle relaxant and its side effects; with
  // none such after it, the one before it comes first when this one goes on from it.
  // Later hits show their one sentence; a source's line in brackets, a sentence on something else, a
  // sentence about what the person turns from and a pair too long for the room never follow.
  it.each([
    ['can I put a heating pad on my neck', 'Thereafter, you may use a heating pad', 'Heat is typically applied for 20 minutes at a time'],
    ['muscle relaxers for my neck', 'Muscle relaxants such as cyclobenzaprine', 'However, these medications may cause adverse side effects'],
    ['physio for my neck', 'After you experience some pain relief, physical therapy', 'Physical therapy may include electrical stimulation'],
    ['ice pack on my neck', 'Applying ice or cold packs to the neck', 'Thereafter, you may use a heating pad'],
    ['stroke signs with neck pain', 'Signs of a stroke, coming on suddenly', 'Sudden trouble seeing, or dizziness alongside any of these'],
    // The sentence that answers is the second: the one before it comes whole, first ("However, these
    // medications" with the muscle relaxants' whole sentence, not its last words).
    ['side effects of muscle relaxers', 'Muscle relaxants such as cyclobenzaprine', 'However, these medications may cause adverse side effects'],
    // a sentence that points back, after the one before it whole when the query names what that one
    // is about ("ice or heat": the ice, then the heating pad), not after its last words
    ['pulled my neck at the gym this morning, ice or heat?', 'Applying ice or cold packs to the neck', 'Thereafter, you may use a heating pad'],
    // the same when the query is only the choice (review60, review61: the ice was a fragment)
    ['ice or heat for a stiff neck', 'Applying ice or cold packs to the neck', 'Thereafter, you may use a heating pad'],
    ['heat or cold for my neck', 'Applying ice or cold packs to the neck', 'Thereafter, you may use a heating pad'],
    // a paragraph of two sentences is one thought, whatever words they share, when the first answers
    // (when the second does, it leads alone: "whats the usual treatment" is "Treatment involves …")
    ['why does my neck spasm', 'Muscle spasms in the neck occur for a variety of reasons', 'Treatment involves correcting the underlying cause'],
    ['should I rest or keep moving with a stiff neck', 'Reducing activity for a day or two', 'Because the neck must hold your head up'],
  ])('the first hit of %j shows its sentence with the one it goes on to or from', (query, sentence, after) => {
    const hits = search(index, query).hits;
    const text = hits[0].snippet.text;
    expect(text, 'the first of the two').toContain(sentence);
    expect(text.indexOf(after), 'the second, after it').toBeGreaterThan(text.indexOf(sentence));
    for (const h of hits.slice(1)) expect(h.snippet.text, `hit ${h.id} is not the first: one sentence`).not.toMatch(/[.?!] [A-Z(]/);
  });

  it.each([
    // "medications" joins nothing: not the injections after the muscle relaxants' side effects
    ['steroid jab in the neck', 'Some individuals may find relief from medications injected by a health care provider, including corticosteroids.'],
    // review60: a word shared but not asked about joins nothing ("support": the collar and the pillows)
    ['should I wear a neck collar', /^In severe cases you may need to temporarily use a cervical collar .* upright\.$/],
    ['what pillow is best for a stiff neck', /^Contour pillows may provide support and pain relief when you are resting\.$/],
    // review60: nor the stronger NSAIDs after the over-the-counter painkillers, for a muscle relaxant
    // or for someone who cannot take NSAIDs (what the person turns from never follows)
    ['does methocarbamol help with neck pain', /^Over-the-counter analgesics .* neck spasms\.$/],
    ['I can\'t take NSAIDs because of a stomach ulcer, what painkiller', /^Over-the-counter analgesics .* neck spasms\.$/],
    ['muscle relaxants made me too drowsy, what else can I try', /^Over-the-counter analgesics .* neck spasms\.$/],
    // review60: heat turned from: the ice, not the heating pad after it
    ['heat isn\'t helping should I try ice instead', /^Applying ice or cold packs .* after an injury\.$/],
    ['hot water bottle not helping, can I use a cold pack', /^Applying ice or cold packs .* after an injury\.$/],
    // the kind of answer asked for (a time, what it includes) leads, alone: not after the sentence before
    ['how long should heat stay on', /^Heat is typically applied for 20 minutes at a time.* relieved\.$/],
    ['does physio include ultrasound', /^Physical therapy may include .* neck manipulation\.$/],
    // after it, only a source's line in brackets
    ['signs of meningitis', /^A stiff neck with vomiting, confusion.* can be meningitis too\.$/],
    // turned from: "no codeine" is no reason to name the narcotic painkillers after the analgesics
    ['no codeine please anything else', /^Over-the-counter analgesics .* neck spasms\.$/],
  ])('the first hit of %j shows its one sentence: the one after goes on about something else, or is none', (query, shown) => {
    const text = search(index, query).hits[0].snippet.text;
    if (typeof shown === 'string') expect(text).toBe(shown);
    else expect(text).toMatch(shown);
  });

  // A rash that does not fade is named in the point's own sentence since content19 (NHS: Meningitis
  // symptoms), which 'stiff neck and a rash that won't fade' now finds; asking whether to wait still
  // finds the sentence that points back.
  it('"Its signs come in any order" comes with the meningitis sign it is about', () => {
    const hit = search(index, 'fever and stiff neck, do i wait for the rash').hits[0];
    expect(hit.snippet.text).toMatch(/this may be meningitis\. Its signs come in any order/);
  });

  it('a name that says "not" is no reason for a query that does not ("walking oddly" is not "can\'t walk")', () => {
    const hit = search(index, "mum's walking oddly and her neck has been in spasm all week").hits[0];
    expect(hit.snippet.reason ?? '').not.toMatch(/^can't walk/);
  });

  it('a warning sign the story names whole comes before the self-care it asks about, by the data\'s "urgent" mark', () => {
    const story = "neck spasm after doing a headstand in yoga class, the teacher said its normal and to stretch through it, but now I've had pins and needles in both hands on and off since yesterday and stretching makes it worse. is that normal?";
    expect(search(index, story).hits[0].id).toBe('red-flags');
    const unmarked = structuredClone(corpus);
    for (const s of unmarked.sections) for (const g of s.vocabulary ?? []) delete g.urgent;
    // By the rules alone: the learned model (learned.ts) has learned that such stories want the signs.
    expect(search(buildIndex(unmarked), story, { learned: false }).hits[0].id, 'without the mark the stretching comes first').toBe('physical-therapy');
    // A sign the person says they do not have raises nothing.
    expect(top("slept in my daughter's bunk bed, no injury, no numbness, no fever, just sore, what's the basic plan, tablets? ice?")).not.toBe('red-flags');
    // "headache" alone is in many ordinary stories: no warning first for it. (Told beside a stiff neck
    // "all week", the learned model raises the signs, whose "has not eased after a week" it meets.)
    expect(top('my neck is stiff from working at my laptop and now I have a headache, what can I take for it')).toBe('medications');
  });

  it('a story that shares several words, a part of the body among them, with one warning sign\'s sentence ranks the warning signs first', () => {
    expect(top('fell off a ladder at work yesterday, neck is in spasm and my leg is weak, I was going to put a heat pack on it and rest')).toBe('red-flags');
    // Tired legs after squats share two words with no sign: the story is about the heat pack.
    expect(top('did squats at the gym yesterday and my legs are tired, neck is in spasm too, I was going to put a heat pack on it and rest')).toBe('thermal');
  });

  it('a name of only what the person turned from is no reason line', () => {
    const hit = search(index, 'muscle relaxants made me too sleepy, is there an alternative for my neck').hits[0];
    expect(hit.snippet.reason).toBeUndefined();
    expect(search(index, 'Advil').hits[0].snippet.reason).toMatch(/^Advil — /);
  });

  it('a sentence that stands on its own comes alone', () => {
    const hit = search(index, 'how often should I ice my neck').hits[0];
    expect(hit.snippet.text.startsWith('Applying ice or cold packs')).toBe(true);
  });

  it.each([
    ['heat pad is not helping my neck at all'],
    ["hot water bottle isn't working, what else"],
    ['hot showers dont help at all'],
  ])('turning from a later step of the plan (heat) does not go back to the earlier one in its section (ice): %j', (query) => {
    expect(top(query)).not.toBe('thermal');
  });

  it('a finished step of the plan leads to the next: "cold packs done, how long do I use heat" is answered by the heat', () => {
    const hit = search(index, 'day four of a neck spasm, cold packs done, how long do I use heat').hits[0];
    expect(hit.snippet.text).toMatch(/^Heat is typically applied/);
  });

  it('turning from the ice still leads to the heat that comes after it', () => {
    expect(top("the ice isn't doing anything any more, what next")).toBe('thermal');
  });

  it.each([
    ["I don't want to take any tablets for my stiff neck, what are my options"],
    ['rather not take pills, what else is there'],
  ])('turning from the whole class of medicines ("tablets" is "pills") counts against their section: %j', (query) => {
    expect(top(query)).not.toBe('medications');
  });

  // Since the audit of 2026-12-04i, bladder control (an emergency) and balance (see a GP soon) are two signs.
  it.each([
    ['stiff neck for a few days and now I keep tripping over my own feet', /^A change in your balance or walking/],
    ["neck spasm all week and twice I couldn't get to the loo in time", /^Trouble controlling your bladder/],
    ['my neck is in spasm and I keep bumping into things', /^A change in your balance or walking/],
  ])('everyday words for a change in balance or bladder control find that warning sign: %j', (query, sign) => {
    const hit = search(index, query).hits[0];
    expect(hit.id).toBe('red-flags');
    expect(hit.snippet.text).toMatch(sign);
  });

  it.each([['had a minor bump in the car yesterday and now my neck is stiff'], ['a little fall at the park and my neck aches']])('an injury the person calls minor finds the sign for any injury, even a minor one: %j', (query) => {
    const hit = search(index, query).hits[0];
    expect(hit.id).toBe('red-flags');
    expect(hit.snippet.text).toMatch(/^Any injury to the neck, even one that seems minor/);
  });

  it.each([['Stiff neck and a rash that does not fade. Should I check my skin?'], ['stiff neck, rash wont fade with the glass test']])(
    'a rash that does not fade with a stiff neck is the meningitis emergency first: %j', (query) => {
      const hit = search(index, query).hits[0];
      expect(hit?.id).toBe('red-flags');
      expect(hit?.snippet.text).toMatch(/meningitis/);
    },
  );

  it.each([['kink in my neck'], ['levator scapulae spasm treatment'], ['sternocleidomastoid spasms after whiplash'], ['rhomboid spasm']])(
    'everyday and anatomical names of the neck and its muscles are the topic: %j is answered', (query) => {
      expect(search(index, query).hits.length).toBeGreaterThan(0);
    },
  );

  it.each([["normal pillow isn't helping my neck spasms, what kind of pillow instead", 'rest', /Contour pillows/], ['my pillow is useless, should I get a different pillow', 'rest', /Contour pillows/]])(
    'a thing asked for in another kind is what is asked about, not turned from: %j', (query, id, sentence) => {
      const hit = search(index, query).hits[0];
      expect(hit?.id).toBe(id);
      expect(hit?.snippet.text).toMatch(sentence);
    },
  );

  it('a name that says "not" is a reason only where the query says "not" in its clause: "no ambulance, walked away fine" is no "can\'t walk"', () => {
    const hit = search(index, 'Had a car accident last Tuesday, nothing serious, no ambulance, walked away fine. But my neck has gone into spasm and feels tighter each day. Do I need to get it looked at?').hits[0];
    expect(hit?.id).toBe('red-flags');
    expect(hit?.snippet.reason ?? '').not.toMatch(/can't walk/);
    expect(search(index, "I can't walk straight since my neck spasm started").hits[0]?.snippet.reason).toMatch(/^can't walk straight/);
  });

  it.each([
    ["can't take ibuprofen because of an ulcer in my stomach, what else for the spasm?", 'medications'],
    ['slipped on crushed ice in the car park and hurt my neck', 'red-flags'],
  ])('review 1204g: %j is answered, %s first', (query, id) => {
    expect(search(index, query).hits[0]?.id).toBe(id);
  });

  it.each([
    ['dont want to wear a neck collar, is it really needed', 'rest', /cervical collar/],
    ['should i start physio while its still agony or wait until it eases', 'physical-therapy', /After you experience some pain relief/],
  ])('writer18: %j is answered (it found nothing): %s', (query, id, sentence) => {
    const hit = search(index, query).hits[0];
    expect(hit?.id).toBe(id);
    expect(hit?.snippet.text).toMatch(sentence);
  });

  it('"nothing … has helped" keeps "helped": the warning sign that painkillers have not helped stays near the top', () => {
    const ids = search(index, 'nothing, not ibuprofen, not heat, not stretching, has helped my stiff neck').hits.slice(0, 2).map((h) => h.id);
    expect(ids).toContain('red-flags');
  });

  it('"levator ani" (a muscle of the pelvic floor) is no neck muscle; "levator scapulae" is', () => {
    expect(search(index, 'levator ani muscle spasm after childbirth, what helps?').hits).toEqual([]);
    expect(search(index, 'levator scapulae spasm treatment').hits.length).toBeGreaterThan(0);
  });

  it('among the warning signs, "stiff neck" alone does not choose the meningitis sign: a long stiff neck asks about the week', () => {
    const hit = search(index, 'I am 70 and my neck has been stiff for ten days, my daughter says I should see the doctor but I do not want to waste their time').hits[0];
    expect(hit?.id).toBe('red-flags');
    expect(hit?.snippet.text).not.toMatch(/meningitis/);
  });

  it('"side" of "on the side of my neck" says where, not "side effects"', () => {
    expect(search(index, 'a spasm on the side of my neck').hits[0]?.snippet.text).not.toMatch(/side effects/);
    expect(search(index, 'side effects of muscle relaxants').hits[0]?.snippet.text).toMatch(/side effects/);
  });

  it('older people are a group more prone to side effects, not a side effect: the reason line says so, and "is it just old age" is no question about medicines', () => {
    expect(search(index, 'are muscle relaxants risky for pensioners').hits[0].snippet.reason).toMatch(/^pensioner — older people, more prone/);
    expect(search(index, 'my neck is stiff, is it just old age').hits[0]?.id).not.toBe('medications');
  });

  it('"older people" is "elderly": the side effects "especially in elderly patients" answer whether muscle relaxants are risky for them', () => {
    const hit = search(index, 'are muscle relaxants risky for older people').hits[0];
    expect(hit.id).toBe('medications');
    expect(hit.snippet.text).toMatch(/especially in elderly patients/);
  });

  it('a doctor who gave the medicine is the story: feeling sick after it asks about its side effects, not a warning sign', () => {
    const hit = search(index, 'GP gave me cyclobenzaprine for my neck and I feel exhausted and a bit sick all day long, is that normal').hits[0];
    expect(hit.id).toBe('medications');
    expect(hit.snippet.text).toMatch(/side effects/);
  });

  it('turning from the medicines to a rare name of one of them ("Voltarol gel instead of tablets") asks about it', () => {
    expect(top('Voltarol gel instead of tablets for my neck?')).toBe('medications');
  });

  it('turning from painkillers does not lead to the warning sign that names them in passing', () => {
    expect(top('other than painkillers how do I treat a neck spasm')).not.toBe('red-flags');
  });

  it('an editor\'s note in italics is never a snippet: the words it shares lead to content', () => {
    const body = '*This part is our note on the sources of the needle text.*\n\nA needle helps here, and our sources say why.';
    const hit = search(buildIndex({ sections: [{ id: 'x', title: 'X', summary: 'S', body }] }), 'our note on the needle sources').hits[0];
    expect(hit.snippet.text).toBe('A needle helps here, and our sources say why.');
    for (const query of ['why does my neck keep going into spasm', 'spasm neck public health pages supplementary']) {
      for (const h of search(index, query).hits) expect(h.snippet.text, `${query} → ${h.id}`).not.toMatch(/supplementary/);
    }
  });

  // A list's item goes on from the heading above it ("See a doctor or GP if" / "the pain has not
  // eased after a week …"); the heading alone counts half as an answer.
  it.each([
    ['neck still sore after a week, time to see the GP?', 'has not eased after a week'],
    ['when should I see a GP about my neck', 'has not eased after a week'],
    ['does the GP need to see a crick that\'s lasted a week', 'has not eased after a week'],
  ])('an item under a heading answers with the heading\'s words: %j shows %j', (query, phrase) => {
    expect(search(index, query).hits[0].snippet.text).toContain(phrase);
  });

  it('"my arm tingles" is the warning sign of numbness and tingling, not of a limb that will not move', () => {
    expect(search(index, 'after a massage my neck went into spasm and now my arm tingles').hits[0].snippet.text).toMatch(/^Numbness, tingling/);
  });

  it('"never lets up" and "getting worse really fast" are the warning sign of pain that gets worse quickly', () => {
    const hit = search(index, 'since the crash my neck has been getting worse really fast and it never lets up').hits[0];
    expect([hit.id, hit.snippet.text]).toEqual(['red-flags', 'Pain that gets worse quickly, never lets up, or keeps disturbing your sleep.']);
  });

  it('headings are read from the Markdown of any corpus: its items answer with the heading\'s words', () => {
    const body = 'Rest helps most people.\n\n## Call a nurse when\n\n- the ache lasts a fortnight.\n- you feel faint.';
    const custom = buildIndex({ sections: [{ id: 'x', title: 'X', summary: 'S', body }] });
    expect(search(custom, 'should I call a nurse if I feel faint').hits[0].snippet.text).toBe('you feel faint.');
  });

  it('the kind of answer asked for chooses only among sentences that hold something the query names', () => {
    // "better" asks whether it helps; the sentence that says physical therapy "may help" names
    // nothing of the chiropractor's (neck manipulation), the list does.
    // (The first hit shows it after the sentence before it, which it goes on from: "(?:^|\. )".)
    expect(search(index, 'massage didnt do much, would a chiropractor be better?').hits[0].snippet.text).toMatch(/(?:^|\. )Physical therapy may include/);
  });

  // Review 1204f: readings that over-matched (findings 1, 2b, 3) took these answers away.
  it.each([
    ['done with the ice and on to heat now, how long for', 'thermal', /^Heat is typically applied/],
    ['switched from ice to heat, how long do I keep the heat on', 'thermal', /^Heat is typically applied/],
    ['moved on from ice to a heat pack, how often should I use it', 'thermal', /^Heat is typically applied/],
    ['swapping the ice for heat, how many times a day is right', 'thermal', /^Heat is typically applied/],
    ['moving on from ice to heat, how often', 'thermal', /^Heat is typically applied/],
    ['swapped my pillow for a memory foam one, still stiff', 'rest', /(?:^|\. )Contour pillows/],
    ['none of my friends have had this but the heat pad has helped, how long should I keep using it', 'thermal', /^Heat is typically applied/],
    ['stiff neck, what exercises should be done?', 'physical-therapy', /(?:^|\. )Physical therapy may include/],
  // (A sentence may come after the one before it, which it goes on from: "(?:^|\. )".)
  ])('%j finds %s first, with the sentence that answers it', (query, id, sentence) => {
    const [hit] = search(index, query).hits;
    expect(hit.id).toBe(id);
    expect(hit.snippet.text).toMatch(sentence);
  });

  // Asking what to do about the condition alone is asking for the plan's first steps, not the
  // overview's sentence of causes, which the condition's vocabulary ("crick", "stiff neck") holds.
  it.each([
    ['stiff neck what do i do'],
    ['cricked my neck what do i do'],
    ['how do i treat a stiff neck'],
    ['neck spasm what to do'],
  ])('%j shows the plan\'s first steps, ice first', (query) => {
    const hits = search(index, query).hits;
    expect(hits.slice(0, 2).map((h) => h.id).sort()).toEqual(['rest', 'thermal']);
    expect(hits.find((h) => h.id === 'thermal')!.snippet.text).toMatch(/^Applying ice or cold packs/);
  });
  it('names the condition alone, it is still the overview', () => expect(top('crick in my neck')).toBe('overview'));
  // "ache" is the condition in everyday words (data: the overview's condition group), not a subject
  // of its own; another part's ache is still another part's.
  it.each([['ice makes it ache more, swap to heat?', 'thermal'], ['my neck aches every morning', 'overview'], ['my knee aches', 'nothing'], ['tooth ache remedies', 'nothing']])('%j finds %s first', (query, id) => expect(top(query)).toBe(id));

  // A drug class's safety note (corpus.json: medications.drugs[].notes) answers a query that names
  // a drug of that class, or one the note names, and asks what the note says; marked as added.
  it.each([
    ['does tiger balm work with a heat pad on top', /not to use them with a heating pad/],
    ['can I put biofreeze on broken skin', /not on wounds or damaged skin/],
    ['is medrol a tablet or an injection', /Medrol and prednisone are tablets taken by mouth/],
    ['prednisone tablets instead of a steroid shot in my neck', /Medrol and prednisone are tablets taken by mouth/],
    // Codeine, an opioid of its own and in several products: the notes that name it or its kind
    // answer, a word of the query in another form ("addictive": "addiction") among them.
    ['is codeine addictive', /an opioid that can cause addiction/],
    ['how many days can I take codeine from the pharmacy', /for no more than 3 days/],
    ['codeine and diazepam together', /sedatives such as benzodiazepines/],
    ['doctor gave me diazepam, can i still take my codeine', /sedatives such as benzodiazepines/],
    ['can I take codeine with a muscle relaxant', /An opioid and a muscle relaxant each make you drowsy/],
    // review48: a muscle relaxant named by its name is one by its kind; two opioids are not.
    ['can i take codeine and cyclobenzaprine', /An opioid and a muscle relaxant each make you drowsy/],
    ['codeine and baclofen', /An opioid and a muscle relaxant each make you drowsy/],
    ['can i take codeine and co-codamol together', /none alongside another opioid painkiller/],
    // review49: a drug's own fact naming the other one taken with it comes first (HIGH: the muscle
    // relaxant's note had pushed out the serotonin syndrome); a note on a kind with "other" ones of
    // it answers two of that kind (Nurofen Plus holds codeine, an opioid).
    ['I take tramadol for my back, can I add flexeril for the neck spasm', /taken with tramadol, it has caused serotonin syndrome/],
    ['tramadol plus flexeril ok?', /taken with tramadol, it has caused serotonin syndrome/],
    ['can i take nurofen plus with tramadol', /an opioid taken with alcohol, other opioids|none alongside another opioid painkiller/],
    // ... and a sentence that goes on about the members its note's sentence before names is no note
    // of the whole class: "… and so does co-codamol. Do not take another product that contains it"
    // is about paracetamol, which Nurofen Plus does not hold (review49).
    ['can I take co-codamol with nurofen plus', /an opioid taken with alcohol, other opioids|none alongside another opioid painkiller/],
    ['can I drive after taking codeine', /do not drive or use machines/],
  ])('%j shows the drug note that answers it, marked as added', (query, sentence) => {
    const [hit] = search(index, query).hits;
    expect(hit.id).toBe('medications');
    expect(hit.snippet.text).toMatch(sentence);
    expect(hit.snippet.origin).toBe('supplementary');
  });

  // Codeine named with nothing more than the condition reads no note, as any drug named so does;
  // nor codeine inside a product's name the query turns from.
  // Asked what a product holds, a medicine named as held is no second medicine asked about.
  it.each([
    ['codeine neck pain', /(?:^|\. )A health care provider may prescribe stronger NSAIDS or narcotic painkillers/],
    ['can i buy tylenol with codeine over the counter in the US instead of plain tylenol', /^Over-the-counter analgesics/],
    ['my sister insists Nurofen has codeine in it now, which of them is right', /plain Nurofen is ibuprofen alone/],
    ['the pharmacist handed me Solpadeine Capsules, what exactly is in them, is there caffeine as well as codeine?', /500 mg paracetamol and 30 mg caffeine/],
  ])('%j shows %s, no note on codeine alone', (query, sentence) => {
    const [hit] = search(index, query).hits;
    expect(hit.id).toBe('medications');
    expect(hit.snippet.text).toMatch(sentence);
  });

  // A note whose subject is another drug, naming the one asked about only as what it is not, gains
  // nothing from the learned model: "Beechams Powders hold aspirin and caffeine, not paracetamol"
  // had answered a question about paracetamol and rest.
  it('"paracetamol and rest, is that it?" is not answered by a note on what Beechams is not', () => {
    const hit = search(index, 'gp says its just a strained muscle, paracetamol and rest, is that it?').hits.find((h) => h.id === 'medications')!;
    expect(hit.snippet.text).not.toMatch(/Beechams/);
    expect(hit.snippet.text).toMatch(/paracetamol|acetaminophen/i);
  });

  // A treatment the query names answers where it is the subject, before a list of what something
  // includes that has it too; a query asking what else there is still gets the list.
  it.each([
    ['is a massage worth it for a knotted neck', /^The article's photo caption: Massage may help/],
    ['would massage loosen up my neck', /^The article's photo caption: Massage may help/],
    ['done ice and heat, what else is there, massage?', /Physical therapy may include/],
  ])('%j shows %s', (query, sentence) => {
    const hit = search(index, query).hits.find((h) => h.id === 'physical-therapy')!;
    expect(hit.snippet.text).toMatch(sentence);
  });

  // "When" answered by a condition: "In severe cases you may need to temporarily use a cervical
  // collar … while you are upright", not a sentence that only says "for a day or two".
  it.each([['when do you need a neck brace'], ['when should i wear a neck collar']])('%j shows the collar\'s sentence', (query) => {
    const [hit] = search(index, query).hits;
    expect(hit.id).toBe('rest');
    expect(hit.snippet.text).toMatch(/^In severe cases you may need to temporarily use a cervical collar/);
  });

  // Two painkillers that failed are the warning sign "regular painkillers such as paracetamol or
  // ibuprofen have not helped": see a doctor. Asking for something stronger is the article's next step.
  it.each([
    ['paracetamol and ibuprofen have done nothing for my neck', 'red-flags'],
    ['ibuprofen and paracetamol haven\'t helped, can the GP give me something stronger', 'medications'],
    ['ibuprofen and paracetamol do nothing for my neck, what else can I take', 'medications'],
  ])('%j finds %s first', (query, id) => expect(search(index, query).hits[0].id).toBe(id));

  // Treating the cause, not only the pain, is the overview's "Treatment involves correcting the
  // underlying cause …" (its vocabulary), not the causes it lists.
  it.each([['how do I get to the root of why my neck keeps spasming'], ['is there a way to fix the cause of neck spasms rather than just the symptoms'], ['whats the usual treatment for a neck spasm'], ["what's the general approach for a neck spasm"]])('%j answers with correcting the underlying cause', (query) => {
    const [hit] = search(index, query).hits;
    expect(hit.id).toBe('overview');
    expect(hit.snippet.text).toMatch(/^Treatment involves correcting the underlying cause/);
  });

  // A verb's -s form weighs as the verb: as common, it says as little ("keeps getting worse"); a
  // plural noun keeps its own.
  it.each([['feels', 'feel'], ['keeps', 'keep'], ['works', 'work']])('%j weighs as common as %j', (word, base) => {
    expect(lookupWord(base)!.zipf).toBeGreaterThan(lookupWord(word)!.zipf);
    expect(wordZipf(word)).toBe(lookupWord(base)!.zipf);
  });
  it.each([['pillows'], ['buttons'], ['painkillers'], ['spasms']])('%j keeps its own frequency', (word) => expect(wordZipf(word)).toBe(lookupWord(word)?.zipf));

  // A drug's facts from the table (how it is sold, its names' notes) answer what a query asks beyond
  // the name of the drug it names, where the article's sentence does not; marked as added.
  it.each([
    ['valium for a neck spasm, how long can you be on it', /usually for at most 4 weeks/],
    ['is voltaren gel any good for a strained neck', /not for the neck, and not for strains or sprains/],
    ['how many days can i take nurofen plus for my neck', /for at most 3 days/],
    ['how long can i stay on diazepam for my neck', /usually for at most 4 weeks/],
    // ('can kids have calpol for a stiff neck' now shows paracetamol's note on children: content.test, content28.)
  ])('%j shows the drug\'s fact that answers it, marked as added, and its reason does not repeat it', (query, sentence) => {
    const [hit] = search(index, query).hits;
    expect(hit.id).toBe('medications');
    expect(hit.snippet.text).toMatch(sentence);
    expect(hit.snippet.origin).toBe('supplementary');
    expect(hit.snippet.reason ?? '').not.toMatch(sentence);
  });
  // A drug that failed, named by a brand ("tylenol", "nurofen"), meets the warning sign that says the
  // everyday painkillers have not helped, by the generic names it gives (paracetamol, ibuprofen).
  it.each([
    ['tylenol and advil both didnt help my neck, time for a doctor?'],
    ['nurofen hasnt helped at all, should i see the gp'],
  ])('%j shows the sign that regular painkillers have not helped', (query) => {
    const [hit] = search(index, query).hits;
    expect(hit.id).toBe('red-flags');
    expect(hit.snippet.text).toMatch(/^regular painkillers such as paracetamol or ibuprofen have not helped/);
  });
  it('a drug that failed, asked about beside another drug, is answered by the medicines ("calpol\'s not doing much … one of my disprin?")', () => {
    expect(search(index, "my grandson's 14, slept awkward and his neck's stiff, calpol's not doing much - can I give him one of my disprin?").hits[0].id).toBe('medications');
  });
  // What a medicine is ("the same as") and what it holds ("… in it") are said by its facts and notes.
  it.each([
    ['is depo-medrone the same as depo-medrol', /^Depo-Medrone: injected; the UK name of Depo-Medrol/],
    ['is flexeril the same as cyclobenzaprine', /^Flexeril: tablets; the same medicine is sold as generic cyclobenzaprine/],
    ['is paracetamol the same thing as acetaminophen', /^paracetamol: its name in Europe/],
    ['does norco have tylenol in it', /Norco/],
  ])('%j shows what the medicine is or holds', (query, text) => {
    const [hit] = search(index, query).hits;
    expect(hit.id).toBe('medications');
    expect(hit.snippet.text).toMatch(text);
    expect(hit.snippet.origin).toBe('supplementary');
  });
  it.each([['is advil the same as motrin'], ['is nurofen the same as advil']])('%j: the fact naming both as one medicine answers, not "at the same time"', (query) => {
    expect(search(index, query).hits[0].snippet.text).toMatch(/^ibuprofen \(Advil, Motrin, Nurofen\)/);
  });
  it('"is paracetamol the same thing as acetaminophen" is not answered by "the same daily limit" or "at the same time"', () => {
    expect(search(index, 'is paracetamol the same thing as acetaminophen').hits[0].snippet.text).not.toMatch(/same daily limit|same time/);
  });
  // review26: a warning sign told beside what the person moved on to, or what failed, keeps its own
  // sentence first: "switched to X" asks about X only with a question of its time; "no relief from
  // the numbness" names what hurts, not what was tried; a painkiller that failed counts for less
  // beside a sign; "not fever, …" does not turn from the sign.
  it.each([
    ['switched to heat but the pain is getting worse quickly', /^Pain that gets worse quickly/],
    ['swapped to the wheat bag but the spasm is worse, should i see a gp', /^(?:Pain that gets worse quickly|Get medical help promptly|the pain has not eased|it keeps getting worse)/],
    ['moved on to ice, now dizzy and double vision', /^Double vision, dizziness/],
    ['no relief from the numbness in my arm', /^Numbness, tingling, pins and needles or weakness in an arm or hand/],
    // (the arm's own sign, which its reason line names: "Severe neck pain with …" tied with it, and
    // no severe pain is told)
    ['no relief from the weakness in my arm', /^Numbness, tingling, pins and needles or weakness in an arm or hand/],
    ['calpol not working for my toddlers fever and stiff neck', /^A fever and a headache with a stiff neck: this may be meningitis/],
    ['paracetamol not working for my toddlers fever and stiff neck', /^A fever and a headache with a stiff neck: this may be meningitis/],
    ['motrin not working, cant control my bladder', /^Trouble controlling your bladder or bowels/],
    ['panadol didnt help, arm now numb', /^Numbness, tingling, pins and needles/],
    ['not fever, stiff neck and headache in my baby', /^A fever and a headache with a stiff neck: this may be meningitis/],
    ['heat pad not working, how long should it stay on, my hand is numb', /^Numbness, tingling, pins and needles/],
    ['ice packs arent helping, how long are they supposed to be on, fever too', /^A fever and a headache with a stiff neck/],
  ])('%j shows the warning sign it tells', (query, sentence) => {
    const [hit] = search(index, query).hits;
    expect(hit.id).toBe('red-flags');
    expect(hit.snippet.text).toMatch(sentence);
  });
  it.each([['tramadol with sertralin', 'sertraline'], ['tramadol and citalopran together', 'citalopram']])(
    '%j: a misspelt word of a named drug\'s facts is read as that word (%s; it found nothing), and the serotonin note answers', (query, meant) => {
      const result = search(index, query);
      expect(result.corrections.map((c) => c.to)).toContain(meant);
      expect(result.hits[0]?.snippet.text).toMatch(/serotonin syndrome/);
    },
  );
  it.each([['wot can i take for a stiff neck'], ['wat can i take for neck pain']])(
    '%j: a question word as texted is read as that word, not corrected into a warning sign\'s ("wet")', (query) => {
      const [hit] = search(index, query).hits;
      expect(hit.id).toBe('medications');
      expect(search(index, query).corrections).toEqual([]);
    },
  );
  it.each([
    ['neck spasm lol what do i do'],
    ['lol my neck is stuck, what helps'],
  ])('%j: "lol" is no word of the topic (it had been corrected to "loo", the bladder sign\'s word)', (query) => {
    expect(search(index, query).hits[0]?.snippet.text ?? '').not.toMatch(/bladder/);
    expect(search(index, query).corrections).toEqual([]);
  });
  it('"wich is better …, ibuprofen or paracetamol" is not read as taking them together ("wich" is not "with")', () => {
    expect(search(index, 'wich is better for neck spasm, ibuprofen or paracetamol').hits[0].snippet.text).not.toMatch(/at the same time/);
  });
  it('"my neck has had a spasm in it" asks nothing of what a medicine holds', () => {
    expect(readQuery('my neck has had a spasm in it for days, can i take ibuprofen').intents.map((i) => i.name)).not.toContain('ingredients');
  });
  it.each([
    ['iced my neck for two days after straining it, switched to heat, how often now', 'thermal', /^Heat is typically applied for 20 minutes at a time/],
    ['no joy with stretching so far, should I try massage instead', 'physical-therapy', /Massage may help to relieve muscle spasms/],
    ['not ice, heat - how long each go', 'thermal', /^Heat is typically applied for 20 minutes at a time/],
  ])('%j (this session\'s readings, at the search) → %s', (query, id, sentence) => {
    const [hit] = search(index, query).hits;
    expect(hit.id).toBe(id);
    expect(hit.snippet.text).toMatch(sentence);
  });
  // A drug the article does not name, whose note says so, asked about alone: its note answers, not
  // the article's sentence on the muscle relaxants it names.
  it.each([
    ['doctor offered tizanidine instead of flexeril, what is tizanidine normally for', /^tizanidine: mainly for spasticity/],
    ['is valium ever given for neck spasms', /^diazepam: a benzodiazepine, sometimes prescribed for muscle spasms/],
    ['my mum takes baclofen for her MS, could i try one of hers for my neck spasm', /^baclofen: for spasms and tightness/],
  ])('%j shows the note that the article does not name the drug', (query, note) => {
    const [hit] = search(index, query).hits;
    expect(hit.id).toBe('medications');
    expect(hit.snippet.text).toMatch(note);
    expect(hit.snippet.text).toContain('not one the article names');
  });
  it.each([
    ['ibuprofen isnt working, can i drink alcohol with it', /^NSAIDs: Alcohol:/],
    ['no relief from co-codamol, can i drink alcohol with it', /Alcohol: the NHS says co-codamol/],
    ['no joy with naproxen, can i drink on it', /^NSAIDs: Alcohol:/],
    ['ibuprofen isnt working, is it ok while pregnant', /^NSAIDs: Pregnant:/],
    ['no relief from ibuprofen, how many can i take a day', /the limit is 1,200 mg in 24 hours/],
    ['tramadol isn\'t helping, should I keep taking more', /^Take no more tramadol than was prescribed/],
  ])('%j: drinking, pregnancy or how much, asked beside a medicine that failed, asks about that medicine', (query, note) => {
    const [hit] = search(index, query).hits;
    expect(hit?.id).toBe('medications');
    expect(hit.snippet.text).toMatch(note);
  });
  // A drink said "no" to of a medicine asks whether to give it up: the notes on alcohol answer
  // (review40: "alcohol" had weighed nothing, as a sign said absent does). Told as the person's own
  // way of life, it asks nothing of them.
  it.each([
    ['no alcohol with tramadol?', /^Do not drink alcohol, or take medicines that contain it/],
    ['so no booze on co-codamol then?', /Alcohol: the NHS says co-codamol/],
    ['no drinking on naproxen?', /^NSAIDs: Alcohol:/],
    // ... as is one turned from beside a medicine (review41).
    ['avoid alcohol with tramadol', /^Do not drink alcohol, or take medicines that contain it/],
    ['should I stay away from alcohol with tramadol', /^Do not drink alcohol, or take medicines that contain it/],
    ['steer clear of booze on co-codamol?', /Alcohol: the NHS says co-codamol/],
  ])('%j: a drink said "no" to with a medicine is asked about', (query, note) => {
    const [hit] = search(index, query).hits;
    expect(hit?.id).toBe('medications');
    expect(hit.snippet.text).toMatch(note);
  });
  it('"no alcohol, no drugs, just a stiff neck …, ibuprofen ok?" (not drinking, told) is not answered by a note on alcohol', () => {
    expect(search(index, 'no alcohol, no drugs, just a stiff neck from sleeping badly, ibuprofen ok?').hits[0].snippet.text).not.toMatch(/Alcohol/);
  });
  it.each([['nurofen plus how many days max'], ['co-codamol how many days max']])('%j: "max" after "how many days" asks how long (it found nothing)', (query) => {
    expect(search(index, query).hits[0]?.snippet.text).toMatch(/at most 3 days/);
  });
  it('"already took the max tylenol today and my neck still hurts" (an amount told, not asked) keeps the sign that painkillers have not helped', () => {
    expect(search(index, 'already took the max tylenol today and my neck still hurts').hits[0].snippet.text).toMatch(/^regular painkillers such as paracetamol or ibuprofen have not helped/);
  });
  it('"how much diazepam for a neck spasm" (an amount asked) does not show the note on what it is for', () => {
    expect(search(index, 'how much diazepam for a neck spasm').hits[0].snippet.text).not.toMatch(/sometimes prescribed for muscle spasms/);
  });
  it.each([['flexeril vs valium for neck spasms'], ['my GP wont prescribe diazepam for my neck, are there other muscle relaxants']])(
    '%j (another drug named, or others asked for) shows the article\'s sentence on muscle relaxants', (query) => {
      expect(search(index, query).hits[0].snippet.text).toMatch(/^Muscle relaxants such as cyclobenzaprine/);
    },
  );
  // ... and not by a word the query says "not" of, by a brand's own words ("Naprosyn Pain Relief" is
  // no relief), or when it asks nothing beyond the name.
  it.each([
    ['not period cramps, neck cramps - can i take naproxen for them', /period pain/],
    ['naproxen or co-codamol, which is better for a neck spasm', /Naprosyn Pain Relief/],
    ['diazepam for a neck spasm', /benzodiazepine|at most 4 weeks/],
  ])('%j shows no fact of the drug', (query, fact) => {
    expect(search(index, query).hits[0].snippet.text).not.toMatch(fact);
  });

  // Asked about taking two drugs together, a note's sentence on taking them together answers when the
  // note names both (in its words, or as "these" of one's class); not for a note on another member
  // of a class, nor for two drugs compared.
  it.each([
    ['is it ok to take tylenol with excedrin', /two of them together can go over the safe daily amount/],
    // (Percocet's class note, or paracetamol's, which names Percocet: both say the amounts add up.)
    ['can I take percocet and panadol at the same time', /Do not take another product that contains it at the same time|two of them together can go over the safe daily amount/],
    ['can i have paracetamol and co-codamol together', /two of them together|at the same time/],
    // By other names of theirs, elsewhere in the note: Mobic is meloxicam, Voltaren diclofenac.
    ['on mobic from my gp, can i take my voltaren tablets as well, both together?', /Take only one NSAID at a time/],
    ['on celebrex for my neck, can i take nurofen as well, both together ok?', /Take only one NSAID at a time/],
    // review24: by the kinds of medicine they are (an opioid, a benzodiazepine), "with" alone enough.
    ['diazepam with tramadol', /an opioid taken with alcohol, other opioids or sedatives such as benzodiazepines/],
    // (Two opioids: the co-codamol note's "none alongside another opioid painkiller" since review48,
    // which keeps a note naming another kind, benzodiazepines, for a drug of that kind.)
    ['tramadol with co-codamol as well', /none alongside another opioid painkiller|an opioid taken with alcohol, other opioids/],
    ['oxycodone with valium', /an opioid taken with alcohol, other opioids or sedatives/],
  ])('%j shows the note on taking them together', (query, sentence) => {
    const [hit] = search(index, query).hits;
    expect(hit.snippet.text).toMatch(sentence);
    expect(hit.snippet.origin).toBe('supplementary');
  });
  // review25 finding 5: a medicine that holds an opioid, of another class (co-codamol, Norco,
  // Percocet), reaches the opioids' note on sedatives, alcohol and driving; "pharmacy" of the codeine
  // combinations' class name does not.
  it.each([
    ['can i take valium with co-codamol', /an opioid taken with alcohol, other opioids or sedatives such as benzodiazepines/],
    ['diazepam with norco', /an opioid taken with alcohol, other opioids or sedatives such as benzodiazepines/],
    ['norco and alcohol', /an opioid taken with alcohol/],
    ['can i drive on norco', /do not drive or use machines/],
    // "operate machinery" is the notes' "use machines", no operation (review25 finding 8b).
    ['can i operate machinery on tramadol', /do not drive or use machines/],
  ])('%j shows the opioids\' note: %s', (query, sentence) => {
    expect(search(index, query).hits[0]?.snippet.text).toMatch(sentence);
  });
  it('"anything from the pharmacy", beside a drive, reaches no opioid note', () => {
    expect(search(index, 'drove 11 hours and my neck is knotted, got to drive back sunday. anything from the pharmacy that works?').hits[0]?.snippet.text).not.toMatch(/Opioids such as tramadol/);
  });
  // review25 finding 2: kinds of medicine from a closed list, not any word of a note ("time" of "one
  // NSAID at a time" met every "at the same time"; "paracetamol" of a gloss).
  // Two NSAIDs by their brands (Aleve is naproxen, Excedrin holds aspirin): the note that names their
  // generic names answers (review25: it had shown "Over-the-counter analgesics … may relieve").
  // "add" one to another is taking them together ("took advil already can i add aleve" had shown the
  // article's sentence on painkillers in general).
  // "also", "already", "as well", "too" beside two medicines say they are taken together: a
  // painkiller that holds paracetamol with paracetamol itself gets the warning on adding them up (all
  // three had shown "A health care provider may prescribe stronger NSAIDS …").
  it.each([['norco for my neck and also taking tylenol'], ['neck in spasm, the ER doc gave me Percocet and I already take Tylenol'], ['on co-codamol, can i take paracetamol too']])('%j warns that the paracetamol adds up', (query) => {
    expect(search(index, query).hits[0]?.snippet.text).toMatch(/contains it: two of them together can go over the safe daily amount/);
  });
  // ... but how much, asked beside one taken as well, is the daily limit.
  // Taking more or extra asks how much (blind70: "can I take extra" had the generic painkillers'
  // sentence); taking more of something else does not ("more rest").
  it.each([['can I take extra paracetamol'], ['can i have some more paracetamol for my neck tonight']])('%j gives the daily limit', (query) => {
    expect(search(index, query).hits[0]?.snippet.text).toMatch(/same daily limit: for adults, 4,000 mg/);
  });
  // A sentence about children's doses answers a question about a child, not one that names none
  // (blind70, review61: "tylenol max dose per day" had "Children should have no more than 4 doses").
  it.each([
    ['tylenol max dose per day', /same daily limit: for adults, 4,000 mg/],
    ['can i take nurofen plus with paracetamol', /^NSAIDs: Adults can take paracetamol and ibuprofen at the same time/],
    // review63: a height, a pain score or "1 of 3" is no child's age; an adult, or one asking for
    // themselves, about a medicine for children; "a little relief" names no child
    ["he's 6'2 and in agony, how much ibuprofen can he take", /^For adults taking ibuprofen bought without a prescription/],
    ["she's 5'4 and 9 stone, how much paracetamol can she have", /same daily limit: for adults, 4,000 mg/],
    ['how much calpol can an adult take', /same daily limit: for adults, 4,000 mg/],
    ['how much calpol can i take', /same daily limit: for adults, 4,000 mg/],
    ['tylenol max dose per day, only a little relief', /same daily limit: for adults, 4,000 mg/],
  ])('%j, naming no child, is not answered by a sentence about children', (query, adults) => {
    const text = search(index, query).hits[0]?.snippet.text ?? '';
    expect(text).toMatch(adults);
    expect(text).not.toMatch(/^(?:[^:]{1,60}: )?children|babies and children/i);
  });
  // ... unless it alone gives how often or how long, with no amount asked (review62): there is no
  // adults' interval to show.
  it('"how long between ibuprofen doses" still shows the only interval there is, the children\'s', () => {
    expect(search(index, 'how long between ibuprofen doses').hits[0]?.snippet.text).toMatch(/at most one dose every six hours/);
  });
  it.each([
    ['growing pains in my 8 year olds legs at night, can i give calpol and rub them', /paracetamol for children, such as Calpol/],
    ['how much calpol can my 4 year old have', /paracetamol for children, such as Calpol/],
    // a medicine for children names the child (review62: "calpol how much" had the adults' 4,000 mg)
    ['calpol how much', /paracetamol for children, such as Calpol/],
    ['how much calpol can i give', /paracetamol for children, such as Calpol/],
    ['can my 10 year old have ibuprofen', /How much ibuprofen children should have/],
  ])('%j, naming a child, is still answered by the sentence about children', (query, children) => {
    expect(search(index, query).hits[0]?.snippet.text).toMatch(children);
  });
  it.each([["whats the most paracetamol i can have in a day if i'm taking lemsip as well"]])('%j gives the daily limit', (query) => {
    expect(search(index, query).hits[0]?.snippet.text).toMatch(/same daily limit: for adults, 4,000 mg/);
  });
  // "add" chooses no sentence by its letters, and one medicine added to another unrelated one is
  // the note on taking both (review42: "their sedation adds up", of an opioid and a muscle
  // relaxant, had answered "co-codamol didnt help, can i add ibuprofen").
  it.each([["paracetamol didn't work, can I add nurofen", /^NSAIDs: Adults can take paracetamol and ibuprofen at the same time/]])('%j shows %s', (query, sentence) => {
    expect(search(index, query).hits[0]?.snippet.text).toMatch(sentence);
  });
  it.each([['co-codamol didnt help, can i add ibuprofen'], ['co-codamol not enough, can I add naproxen']])('%j shows no note on an opioid with a muscle relaxant', (query) => {
    expect(search(index, query).hits[0]?.snippet.text).not.toMatch(/muscle relaxant each make you drowsy/);
  });
  // A rub-on named with a heating pad or a hot water bottle: the rubs' note on using them with heat
  // answers, first (it had shown the heating pad's own sentence, or the article's on painkillers).
  it.each([['can I use icy hot with a heating pad'], ['icy hot and a heating pad'], ['biofreeze with a hot water bottle'], ['salonpas patch and heat pad together'],
    // ... however they are joined, and by any name of heat therapy (review42).
    ['salonpas patch under a heating pad'], ['biofreeze then a hot water bottle ok?'], ['can I put a wheat bag over tiger balm'], ['icy hot and then a hot shower']])('%j leads with the rubs\' note on heat', (query) => {
    const hit = search(index, query).hits[0];
    expect(hit?.id).toBe('medications');
    expect(hit?.snippet.text).toMatch(/not to use (?:them|the rub) with a heating pad/);
  });
  it.each([['can i take aleve with excedrin'], ['naproxen with nurofen plus'], ['advil and aleve together'], ['took advil already can i add aleve'], ['on naproxen, is adding ibuprofen ok'],
    // ... even after the first failed: what is added is taken on top of it, not instead.
    ["advil isn't touching my neck spasm, can I add aleve"]])('%j shows "Take only one NSAID at a time"', (query) => {
    expect(search(index, query).hits[0]?.snippet.text).toMatch(/Take only one NSAID at a time/);
  });
  it.each([['can i take aleve with excedrin'], ['can i take co-codamol with naproxen'], ['norco with aleve']])('%j is not told naproxen is another product with paracetamol in it', (query) => {
    expect(search(index, query).hits[0]?.snippet.text).not.toMatch(/Do not take another product that contains it at the same time/);
  });
  it.each([['nurofen plus and panadol at the same time'], ['paracetamol vs ibuprofen for a stiff neck'], ['ibuprofen or paracetamol, which is better for a neck spasm']])('%j shows no note on taking two together', (query) => {
    expect(search(index, query).hits[0].snippet.text).not.toMatch(/together|at the same time/);
  });

  // A note warning about children answers a query about someone under 16; not an adult's.
  it.each([
    ["aspirin ok for my 12 yr old's stiff neck or not", /not for children under 16/],
    ['my son is 14 and has a stiff neck, we only have aspirin, is it ok to give him some', /not for children under 16/],
    ['can my teenager take excedrin for a stiff neck', /Aspirin is not for children/],
    // "im 15 and …": an age, though "and" follows it (only "and a half", "or 8" follow a score or a span).
    ['im 15 and my neck is stiff, is aspirin ok for someone my age', /not for children under 16/],
    // "she is 13", "my 8 year olds …" (review62: the 13-year-old had the adults' daily limit)
    ['can my girl take adult paracetamol she is 13', /Children's doses of paracetamol are lower than adults'/],
    ['hes 11, how much ibuprofen can he have', /How much ibuprofen children should have/],
  ])('%j shows the note on children', (query, sentence) => {
    const [hit] = search(index, query).hits;
    expect(hit.snippet.text).toMatch(sentence);
    expect(hit.snippet.origin).toBe('supplementary');
  });
  it.each([['aspirin for neck pain, I am 45'], ['been taking aspirin for 3 years for my heart, ok for a stiff neck too'], ['aspirin, the pain is 7 out of 10'], ['aspirin, im 7 or 8 out of 10 pain'], ['my wife is in agony with her neck, she is 12 stone, how much ibuprofen can she take']])('%j (an adult) shows no note on children', (query) => {
    expect(search(index, query).hits[0].snippet.text).not.toMatch(/children/);
  });

  it('a word the query only means ("medicine" of "what else can I take") chooses no note ("medicines that contain it")', () => {
    // A class with a second note, as a --data corpus may have: before, "ibuprofen wrecks my stomach,
    // what else can I take" showed the note on children for its "medicines".
    const copy = structuredClone(corpus);
    const nsaids = copy.sections.find((s) => s.id === 'medications')!.drugs!.find((d) => d.class === 'NSAIDs')!;
    nsaids.notes = [...(nsaids.notes ?? []), { text: 'Ibuprofen and the other NSAIDs can upset the stomach: indigestion and tummy pain are among their side effects.', sources: ['nhs-ibuprofen'] }];
    const [hit] = search(buildIndex(copy), 'ibuprofen wrecks my stomach, what else can i take for a neck spasm').hits;
    expect(hit.snippet.text).not.toMatch(/children/);
  });

  // ... and never for what it only mentions ("not the ice packs or heating pad" of the rub-on note),
  // nor for a drug the person turns from; it weighs nothing in the ranking.
  it.each([
    ['ice has stopped working on my neck'],
    ['the heat pad isn\'t helping anymore'],
    ['ibuprofen isnt doing anything for my neck anymore'],
    ['paracetamol is doing nothing for my neck spasm'],
    ['what can I take for a neck spasm besides paracetamol'],
  ])('%j shows no drug note', (query) => {
    for (const hit of search(index, query).hits) expect(hit.snippet.origin, `${hit.id}: ${hit.snippet.text}`).toBeUndefined();
  });

  // A word only a note has ("liver" of "damage the liver", met by "live"; "alone" of "aspirin alone")
  // reads as a word the corpus lacks: "neck's killing me after decorating. I live alone." found nothing
  // once the notes were indexed.
  it('a word only a drug note has changes no reading: a story that says "I live alone" is answered', () => {
    expect(search(index, "neck's killing me after decorating. I live alone.").hits.map((h) => h.id)).toEqual(search(index, "neck's killing me after decorating").hits.map((h) => h.id));
  });

  it('a drug note leaves the ranking as it was: the same sections and scores without the notes', () => {
    const bare = { ...corpus, sections: corpus.sections.map((s) => ({ ...s, drugs: s.drugs?.map((d) => ({ ...d, notes: [] })) })) };
    const without = buildIndex(bare);
    for (const query of ['can I put biofreeze on broken skin', 'how long can i take co-codamol for', 'tylenol dose']) {
      const scores = (i: typeof index) => search(i, query).hits.map((h) => `${h.id} ${h.score.toFixed(4)}`);
      expect(scores(index), query).toEqual(scores(without));
    }
    // The one exception: a young child asked of a drug whose own note names it with children is in
    // scope because of that note (twenty-fifth session); without the notes it finds nothing.
    expect(search(index, 'aspirin for my 12 year old').hits[0]?.id).toBe('medications');
    expect(search(without, 'aspirin for my 12 year old').hits).toEqual([]);
  });

  // A thing only the notes name, asked of a medicine the query names, is what the notes answer, not
  // another subject: without the notes "liver" is a part of the body the corpus lacks (nothing found).
  it.each([
    ['liver damage from paracetamol', /damage the liver/],
    ['is paracetamol bad for my liver', /damage the liver/],
    ['is nurofen ok when pregnant', /not usually advised in pregnancy/],
    ['advil while breastfeeding', /^Breastfeeding: check with a GP or midwife before taking ibuprofen/],
    ['ibuprofen in pregnancy', /not usually advised in pregnancy/],
  ])('a thing only the drugs\' notes name, asked of a medicine: %j shows the note (%s), and nothing without the notes', (query, note) => {
    const bare = { ...corpus, sections: corpus.sections.map((s) => ({ ...s, drugs: s.drugs?.map((d) => ({ ...d, notes: [] })) })) };
    const hit = search(index, query).hits[0];
    expect(hit?.id).toBe('medications');
    expect(hit?.snippet.text).toMatch(note);
    expect(search(index, query).unmatched).toEqual([]);
    if (!/pregnan|breastfeeding/.test(query)) expect(search(buildIndex(bare), query).hits).toEqual([]);
  });

  it('trims long text at word boundaries with an ellipsis', () => {
    const long = { sections: [{ id: 'x', title: 'X', summary: 'S', body: `${'alpha beta '.repeat(40)}needle ${'gamma delta '.repeat(40)}` }] };
    const hit = search(buildIndex(long), 'needle').hits[0];
    expect(hit.snippet.text.startsWith('…')).toBe(true);
    expect(hit.snippet.text.endsWith('…')).toBe(true);
    expect(hit.snippet.text).toMatch(/^…(alpha|beta) .* (gamma|delta)…$/);
    const [h] = hit.snippet.highlights;
    expect(hit.snippet.text.slice(h.start, h.end)).toBe('needle');
  });
});

describe('a cause told in a story that asks what to do', () => {
  it.each([
    ['desk job, on a laptop all day, neck spasms every afternoon, how do i stop them', 'physical-therapy'],
    ['neck seized up halfway through my shift, boss sent me home', 'rest'],
    ['woke up with a crick in my neck yesterday, no injury or anything, just fell asleep awkwardly on the sofa, what can i do at home to loosen it up over the next few days', 'thermal'],
  ])('%j is answered by what to do (%s), not the causes', (query, id) => {
    expect(search(index, query).hits[0]?.id).toBe(id);
  });

  it.each([
    'why does my neck go into spasm',
    'could my desk job be causing my neck spasms',
    'what causes neck spasms from bad posture',
    // A query of only a cause names nothing else to answer (its warning sign met too, the causes
    // still come first, as before the cause's weighing).
    'fender bender',
  ])('%j asks why: the causes answer', (query) => {
    expect(search(index, query).hits[0]?.id).toBe('overview');
  });
});

describe('a choice asked at the end of a story', () => {
  it.each([
    ['neck locked after sleeping awkwardly last night, ice or heat this morning?', 'thermal'],
    ['slept in a weird position on the sofa and woke up stiff, heat or cold first', 'thermal'],
  ])('%j asks about the two things, not the story\'s cause: %s', (query, id) => {
    expect(search(index, query).hits[0]?.id).toBe(id);
  });

  it('a choice at the start is the subject as before ("massage or stretching, what helps …")', () => {
    expect(search(index, 'massage or stretching, what helps a neck knot more').hits[0].snippet.text).toMatch(/Massage may help to relieve muscle spasms/);
  });
});

describe('what the teller says beside the question moves nothing', () => {
  const first = (query: string) => {
    const hit = search(index, query).hits[0];
    return hit ? `${hit.id}: ${hit.snippet.text}` : 'nothing';
  };
  it.each([
    // An adult's age, their sex; a number is no rare word.
    ['why does my neck go into spasm', 'I\'m 45 and otherwise healthy.'],
    ['anything besides heat for a neck spasm', 'Male, 52.'],
    ['sports massage', 'Male, 52.'],
    ['can\'t sleep because of my neck', '34F here.'],
    // Their decade, their family, what they are not on, no other symptoms, a hard week.
    ['when should I switch from ice to heat', 'I\'m in my 40s.'],
    ['pain relief without drugs', 'I have two kids.'],
    ['how often should I ice my neck', 'I\'m not on any other medication.'],
    ['sports massage', 'No other symptoms.'],
    // New to them: not pain that "never lets up".
    ['ice has stopped working on my neck', 'I\'ve never had this before.'],
    // Where they work.
    ['pain relief without drugs', 'I work from home.'],
    // A job before a query of the neck and what was tried: no other trouble at the neck.
    ['ice has stopped working on my neck', 'I\'m a builder.'],
    ['massage didn\'t help my neck', 'I\'m a plumber.'],
    // Who posts and how: notes on the post itself.
    ['when should I switch from ice to heat', 'Throwaway because my family uses reddit.'],
    ['what does physical therapy involve', 'Posting for my husband.'],
    ['how many times a day can I use heat', 'English is not my first language, sorry.'],
    ['anything but surgery', 'On mobile so sorry for the formatting.'],
    // An adult's age with their sex after it, and no health issues (not the health of "health care").
    ['co-codamol for neck pain', 'I\'m 27, male, no health issues.'],
    ['can\'t sleep because of my neck', 'I\'m 27, male, no health issues.'],
    // How it leaves them, what they have read, an interjection, a note before the story.
    ['how long should I use heat', 'I\'m at my wits end.'],
    ['anything but surgery', 'I\'m desperate at this point.'],
    ['what does physical therapy involve', 'I\'ve read loads online but I\'m confused.'],
    ['when should I switch from ice to heat', 'Fingers crossed someone knows.'],
    ['sports massage', 'Ugh.'],
    ['how many times a day can I use heat', 'Bit of background:'],
    // Thanks for replies or for reading, and an opener.
    ['what does physical therapy involve', 'Thanks in advance for any replies.'],
    ['sports massage', 'Thanks for reading.'],
    // Habits denied, and more notes on the post.
    ['how long should I use heat', 'I don\'t smoke or drink.'],
    ['sports massage', 'First time posting here.'],
    ['when should I switch from ice to heat', 'My partner told me to post here.'],
    ['what can I do without pills', 'Hoping someone can help.'],
    // A common noun in a sentence of its own beside a question: where they are, an apology.
    ['what does physical therapy involve', 'I\'m in Australia.'],
    ['when should I switch from ice to heat', 'Apologies in advance.'],
    // "On my feet all day" is standing, not the feet.
    ['how long should I use heat', 'I\'m on my feet all day at work.'],
    ['ice has stopped working on my neck', 'I\'m on my feet for hours.'],
    // An event of their week.
    ['when should I switch from ice to heat', 'I have a job interview tomorrow.'],
    ['crick in my neck from the school run', 'We have a big meeting next week.'],
    // A note on the account or the post, a plea for help.
    ['when should I switch from ice to heat', 'Throwaway account.'],
    ['anything but surgery', 'Not sure if this is the right place to ask.'],
    ['what can I do without pills', 'Any help would be great!'],
    ['I went to my GP because my neck spasms keep coming back and she wants to refer me to physio, what sort of treatments would they actually do there', 'Please help, it\'s driving me mad.'],
    // When it began: how long ago, and its number.
    ['paracetamol is not enough for my neck', 'It started 3 days ago.'],
    // Where they live: the corpus's "999 (UK)" answers no "I live in the UK".
    ['anything besides heat for a neck spasm', 'I live in the UK.'],
    ['i\'d rather avoid painkillers for my stiff neck', 'UK based.'],
    // An apology for the post.
    ['anything besides heat for a neck spasm', 'Sorry for the long post.'],
    ['ice has stopped working on my neck', 'Sorry this is so long!'],
    // A job, with an age before it, in a sentence of its own.
    ['when should I switch from ice to heat', 'I\'m a 30 year old nurse.'],
    ['is heat better than a muscle relaxant for a neck spasm', 'I\'m a 30 year old nurse.'],
    ['what does neck surgery for spasms involve', 'I\'m a 30 year old nurse.'],
    ['wedge pillow', 'I\'m a builder.'],
    // Who told them what, how they feel, which side.
    ['something other than ibuprofen for neck pain', 'My GP says it\'s just a muscle spasm.'],
    ['hot flannel on my neck', 'My GP says it\'s just a muscle spasm.'],
    ['side affects of naproxin', 'The doctor thinks it is probably a pulled muscle.'],
    ['anything but surgery', 'The doctor said it is nothing serious.'],
    ['how many days should I rest my neck', 'I\'m really worried.'],
    ['needle phobic so no steroid shot, what other options for my neck', 'It\'s driving me mad.'],
    ['i\'d rather avoid painkillers for my stiff neck', 'It\'s on the left side.'],
    // ... after a choice that ends its sentence, and beside the neck alone.
    ['neck locked after sleeping awkwardly last night, ice or heat this morning', 'It\'s on the left side.'],
    ['proper knackered neck after footie', 'It\'s on the left side.'],
  ])('%j with %j', (query, told) => {
    const alone = first(query);
    expect(alone, 'the query alone finds nothing').not.toBe('nothing');
    expect(first(`${query}. ${told}`), 'told after').toBe(alone);
    expect(first(`${told} ${query}`), 'told before').toBe(alone);
  });

  it.each([
    ['Ok so how long can I leave a heating pad on', 'how long can I leave a heating pad on'],
    ['Long story short, how long can I leave a heating pad on', 'how long can I leave a heating pad on'],
    ['Quick one - crick in my neck from the school run', 'crick in my neck from the school run'],
    ['Right, neck spasm after a whiplash in a car crash last week', 'neck spasm after a whiplash in a car crash last week'],
    ['when should I switch from ice to heat. Edit: typo.', 'when should I switch from ice to heat'],
    ['cold shower. edited for spelling', 'cold shower'],
    ['what does physical therapy involve. TIA', 'what does physical therapy involve'],
  ])('%j is read as %j (a word that only opens the talk; a note on the post)', (query, meant) => {
    expect(first(query)).toBe(first(meant));
  });

  it.each([
    // A sentence of only what the teller says of themselves is dropped: read with the rest, it made
    // the query a story of several sentences, which these then answered.
    ['best laptop for students', 'I live in the UK.'],
    ['cervical screening results letter', 'No other symptoms.'],
    ['best laptop for students', 'I\'m not on any other medication.'],
    // What an animal swallowed is its own trouble, in a story of several sentences too.
    ['my dog ate two ibuprofen what do I do', 'I\'ve had this before.'],
  ])('off-topic %j stays unanswered with %j after it', (query, told) => {
    expect(search(index, query).hits, 'answered alone').toEqual([]);
    expect(search(index, `${query}. ${told}`).hits.map((h) => h.id)).toEqual([]);
  });

  it.each([
    // How the teller feels is the story (the heart attack's sign had met "anxious").
    'feeling really anxious and my neck muscles are tight',
    // Being stressed is a cause the overview names itself.
    'I am so stressed, my neck keeps going into spasm',
  ])('%j: the causes answer', (query) => {
    expect(search(index, query).hits[0]?.id).toBe('overview');
  });

  it('"ok to …" still asks whether it is safe', () => {
    expect(search(index, 'ok to use a heating pad overnight').hits[0].snippet.text).toMatch(/avoid burning your skin/);
  });

  it.each([
    // A child's or an older person's age changes the answer.
    ['can my 12 year old have disprin for a stiff neck', /not for children under 16/],
    ['I\'m 72, is a muscle relaxant safe for my neck spasm', /elderly/],
    // A number the corpus gives in the same unit is the answer asked about.
    ['heat for my neck, 20 min at a time?', /20 minutes/],
  ])('%j still counts its number', (query, answer) => {
    expect(search(index, query).hits[0].snippet.text).toMatch(answer);
  });
});

it('a sentence of the teller\'s life beside a statement, not a question, makes no off-topic query answered', () => {
  // The common noun of a sentence of its own is the story only beside a question about the corpus.
  expect(search(index, 'tax return deadline. I\'m usually pretty active.').hits).toEqual([]);
});

// A warning sign named whole is answered by its own sentence whatever the question's kind (content19's
// finding: "fever and stiff neck, should i wait for more signs" showed "the pain has not eased after
// a week", which only says when).
// Trial19 finding 4: a calm query's warning-signs hit, which warns of nothing, shows their summary,
// not the heading "EMERGENCY: call 999 …".
// Trial19 finding 5: a length of time is when, not another subject.
it.each([['neck brace for two weeks'], ["i've been wearing a neck brace for two weeks, is that too long"]])('%j finds the collar', (query) => {
  expect(search(index, query).hits[0]?.id).toBe('rest');
});

// Trial19 finding 6: past 2,000 characters or 64 distinct words, the end of a story is read too.
it('a 2,000-character story whose last sentence names a sign beside a stiff neck warns of it', () => {
  const filler = Array.from({ length: 300 }, (_, k) => `word${k}x`).join(' ');
  const result = search(index, `${filler}. Tonight my neck is stiff and I have a rash on my legs`);
  expect(result.warnings.map((w) => w.id)).toEqual(['red-flags']);
});

// Trial19 finding 3: "can I take X and Y" asks about the two together.
it.each([
  ['can i take co-codamol and paracetamol', /^Count every product you take that contains it/],
  ['can i take naproxen and ibuprofen', /Take only one NSAID at a time/],
  // ... and so do two named with nothing more but what they are for (review28 D3).
  ['anadin extra and paracetamol', /^Count every product you take that contains it/],
  ['aleve plus advil for a bad neck', /Take only one NSAID at a time/],
  ['lemsip and co-codamol', /^Count every product you take that contains it/],
  ['paracetamol and ibuprofen', /Adults can take paracetamol and ibuprofen at the same time/],
])('%j shows the note on taking them together', (query, sentence) => {
  expect(search(index, query).hits[0].snippet.text).toMatch(sentence);
});

describe('a warning-signs hit that warns of nothing', () => {
  // "is bed rest good for a stiff neck" was one until the warning signs stopped being among its hits
  // (its "stiff" had met one word of "stiff neck and fever"): asked with seeing someone, they are.
  it.each([['should i see a chiropractor'], ['is bed rest good for a stiff neck or should i see someone'], ['why does my neck keep going into spasm']])('%j does not show the EMERGENCY heading', (query) => {
    const hit = search(index, query).hits.find((h) => h.id === 'red-flags');
    expect(hit, 'the warning signs are among the hits').toBeDefined();
    expect(hit!.warning).toBeUndefined();
    expect(hit!.snippet.text).not.toMatch(/^EMERGENCY/);
  });
});

describe('a warning sign named whole answers a question of when with its own sentence', () => {
  // Trial19: a word that only begins as a sign's does ("tried" of "tripped") keeps the answer of when.
  it('"I have tried everything, when should I see a GP" shows when, not the fall', () => {
    expect(search(index, 'I have tried everything, when should I see a GP').hits[0].snippet.text).not.toMatch(/^Neck pain after a fall/);
  });

  it.each([
    ['fever and stiff neck, should i wait for more signs', /^A fever and a headache with a stiff neck/],
    ['i fell off a ladder yesterday and my neck hurts, how long should i wait before seeing someone', /^Neck pain after a fall/],
    ['stiff neck and puking, how long should i leave it', /^A fever and a headache with a stiff neck/],
  ])('%j shows %s', (query, sentence) => {
    const [hit] = search(index, query).hits;
    expect(hit.id).toBe('red-flags');
    expect(hit.snippet.text).toMatch(sentence);
  });
});

describe('warning signs the query names (result.warnings, the CLI\'s notice)', () => {
  const warned = (query: string, limit?: number) => {
    const result = search(index, query, { limit });
    return { warnings: result.warnings.map((w) => w.id), first: result.hits[0]?.id, flagged: result.hits.filter((h) => h.warning).map((h) => h.id) };
  };

  it.each([
    // The asked thing answers first; the warning sign is still named.
    ['would a wheat bag help my numb arm', 'thermal'],
    ['my arm has gone numb and weak since the neck spasm started, would a wheat bag help', 'thermal'],
    ['heat pad ok? my fingers have pins and needles since the spasm', undefined],
    // An emergency is named even when the first section speaks of the same words (the overview
    // names car accidents as a cause).
    ['neck spasm after a car crash yesterday, do I need checking?', undefined],
    // A minor crash the causes name first is still an injury a doctor should see.
    ['fender bender', 'overview'],
    ['neck muscle spasm since my car was rear ended, is it whiplash', 'overview'],
  ])('%j names the warning signs\' section, and its hit says so', (query, first) => {
    const r = warned(query);
    expect(r.warnings, 'the warning signs were not named').toEqual(['red-flags']);
    if (first) expect(r.first, 'the asked thing no longer answers first').toBe(first);
    expect(r.flagged, 'the red-flags hit is not flagged').toEqual(['red-flags']);
  });

  // Trial18 finding 1: emergencies told in everyday words (breathing, fever, purple spots, a
  // sudden headache) lead, named and flagged.
  it.each([
    ['gasping for breath with neck pain'],
    ["can't catch my breath and my neck hurts"],
    ['feverish with a stiff neck'],
    ['pyrexia and a stiff neck'],
    ['stiff neck and purple spots on her legs'],
    ['exploding headache and a stiff neck'],
    // A blow told of another person's head.
    ['she banged her head on the table and now her neck is stiff'],
    // Review19 finding 2: meningitis's other signs beside a stiff neck, told apart from it
    // (the red-flags group with `alongside`).
    ['stiff neck and a rash'],
    ['baby has a stiff neck and a rash'],
    ['stiff neck, being sick and a headache'],
    ['stiff neck and puking'],
    ['stiff neck and very drowsy'],
    ['my daughter\'s neck is stiff and she has thrown up three times'],
    ['My neck is stiff. I have been sick twice today.'],
    ['his neck is rigid and bright lights hurt his eyes'],
    ['teenager with a stiff neck who is drowsy and hard to wake'],
    ['stiff neck and shes really confused and sleepy'],
    // Review20: the pair said the other way round, with "with", "since", or a possessive after it;
    // what was tried for it; a typo; a tense.
    ['vomiting with a stiff neck'],
    ['my son has a rash with a stiff neck'],
    ['being sick since my neck went stiff'],
    ['threw up my dinner and my neck is stiff'],
    ['stiff neck and a rash my son is 4'],
    ['stiff neck and vomiting since yesterday, had paracetamol'],
    ['stiff neck and vomiting even after paracetamol'],
    ['my neck is really stiff and ive been vomitting'],
    ['he was sick twice and his neck is stiff'],
    ['my child had a fit and now has a stiff neck'],
    ['stiff neck and bright lights hurt'],
    ['stiff neck and tiny red spots'],
    ["i've got a headache and a temperature and my neck is stiff"],
    ['stiff neck, headache, temperature'],
    ["my baby won't wake up and her neck is stiff"],
    ["my son won't wake up and his neck is stiff"],
    // Review20: "can't stand the light" is a sign, not a dislike of a treatment.
    ["stiff neck and i can't stand the light"],
  ])('%j leads with the warning signs, named and flagged', (query) => {
    const r = warned(query);
    expect(r.warnings, 'the warning signs were not named').toEqual(['red-flags']);
    expect(r.first, 'the warning signs do not lead').toBe('red-flags');
    expect(r.flagged, 'the red-flags hit is not flagged').toEqual(['red-flags']);
  });

  // Review19 finding 1: everyday words beside a stiff neck are no emergency.
  it.each([
    ['sick to death of this stiff neck'],
    ['off sick with a stiff neck, what helps'],
    ['stiff neck and confused about which stretches to do'],
    ['my head is exploding with questions about this stiff neck'],
    // Review19 finding 2's signs are meningitis's only beside a stiff neck, said as such: not what a
    // treatment did, not an idiom, not without the stiffness.
    ['got a rash from the heat pad on my stiff neck'],
    ['the muscle relaxer makes me drowsy, neck still stiff'],
    ['stiff neck, and the cyclobenzaprine gave me a rash'],
    ["I've been sick of this stiff neck for weeks"],
    ['threw up my hands and now my neck is stiff'],
    ['made a rash decision to sleep on the sofa, now my neck is stiff'],
    ['a rash on my arm, would ice help my neck'],
    ['stiff neck and confused by all the advice online'],
    ["I'm confused about whether my stiff neck needs heat or ice"],
    // Review20: a medicine's effect told with "on" or "cause"; the stiffness denied or of another part.
    ['drowsy on diazepam for stiff neck, can i drive'],
    ['does diazepam cause drowsiness stiff neck'],
    ["my neck isn't stiff but i've been sick"],
    ['neck pain and vomiting, no stiff neck'],
    ['stiff shoulders and being sick, neck sore'],
    // Trial19: a named, harmless kind of rash.
    ['baby has nappy rash and a stiff neck from the car seat'],
    ['stiff neck from the gym and heat rash'],
    // Trial20 finding 1: "tried", a common word, is no start of "tripped" (a fall's sign).
    ["I've tried everything for my stiff neck"],
    ['tried heat, still tight'],
    ["tried ice and it's still sore"],
    // Trial20: "chest" of a chest of drawers is no chest pain.
    ['moved a chest of drawers and now my neck is stiff'],
  ])('%j names no warning sign', (query) => {
    expect(warned(query).warnings).toEqual([]);
  });

  // Review13 findings 1-4 and 9: what the teller says of themselves, a choice, or a medicine asked
  // about beside a warning sign must not silence it.
  it.each([
    // Finding 1: a word of the teller's sentence that the warning sign says too.
    ["I've never had this before, the pain never lets up, would a heat pack help?"],
    ['I feel scared, I feel ill and my neck is stiff, can I take ibuprofen?'],
    ['feeling really anxious and feeling ill with a stiff neck, should I rest?'],
    // Finding 2: an emergency's one common word beside the neck.
    ['fever and a stiff neck, would a heat pack help?'],
    ['I fell over yesterday, would heat help my neck?'],
    ['I think I had a stroke, can I take ibuprofen for my neck?'],
    // Finding 3: a sign beside a medicine asked about is no side effect of it.
    ['I suddenly feel dizzy and my neck is stiff, can I take paracetamol?'],
    ['dizzy spells and a stiff neck, can I take paracetamol?'],
    // Review15, "a medicine only asked about read as the sign's cause" ("stay on", "go on", "keep on").
    ['dizzy with a stiff neck, should I stay on ibuprofen?'],
    ['dizzy with a stiff neck, is it ok to continue on naproxen?'],
    // Review16: a sign that comes and goes, a sign that began later, a sign after "not allowed X
    // with", dizziness a movement brings on, a crash beside a blow denied.
    ['my neck hurts, I get chest pain that only lasts a few minutes, what can I take?'],
    ["I didn't have a fever until this morning, now my neck is stiff and I have a headache, can I take ibuprofen?"],
    ["I'm not allowed ibuprofen with my chest pain, what else can I take for my neck?"],
    ['turning my head gets me dizzy, what else can I try for my neck?'],
    ["I was hit by a car but didn't hit my head, my neck hurts, can I take ibuprofen?"],
    ['Neck locked up, heat or ice? My arm is numb.'],
    // An emergency met by little else of its section still raises the notice.
    ['I fell off a ladder, heat or ice for my neck?'],
    ['Neck locked up, I fell off a ladder, heat or ice?'],
    ['suddenly dizzy and stiff neck, is it ok to go on naproxen?'],
    // Finding 9: a last clause of only a choice.
    ['my hand is numb and tingling, ice or heat?'],
    ['fell off a ladder and my neck hurts, heat or ice?'],
    // A child's age in months.
    ['my son aged 20 months has a fever and a stiff neck, calpol?'],
    // Review15, "notes on the post swallow the whole sentence": a note never takes a sign's words with it.
    ["Fingers crossed it's not meningitis, fever and headache since last night. Heat for my stiff neck?"],
    ['English is not my first language, sorry, my arm is numb. Would heat help my neck?'],
    ['Throwaway because I fell off a ladder and my arm is numb. Heat or ice for my neck?'],
    ['Would heat help my neck? Fingers crossed someone knows, my hand went numb this morning.'],
    // Review15, "can't breathe / walk / pee raise no notice": a sign's name of one word after "can't".
    ["my neck hurts and I can't breathe, ice or heat?"],
    ["my neck hurts and I can't walk, ice or heat?"],
    ["neck spasm and I can't pee, would heat help?"],
    // Review15, "no feeling / no strength read as a sign turned from": it is the sign, not its absence.
    ['I have no strength in my arm and my neck hurts, heat or ice?'],
    // Review15, "everyday wordings of signs".
    ['My neck is stiff and my arm feels weak, would heat help?'],
    ['I was hit by a car and my neck hurts, can I take ibuprofen?'],
  ])('%j still names the warning signs', (query) => {
    expect(warned(query).warnings, 'the warning sign went unnamed').toEqual(['red-flags']);
  });

  it.each([
    ["It's driving me mad, I have chest pain and my neck hurts, ice or heat?"],
    ['My GP says it is nothing serious but I cannot move my arm and my neck is sore, should I use heat?'],
    ['Sorry for the long post. Yesterday I banged my head on a cupboard door and now my neck hurts, ice or heat?'],
  ])('an emergency the story names comes first, whatever it asks: %j', (query) => {
    expect(warned(query).first).toBe('red-flags');
  });

  // Review15, "asking for my … drops who the question is for": it goes only for an adult; a child's or an old
  // person's note stays, and with it what a medicine's note says of them.
  it.each([
    // (content28: ibuprofen's own note on children, no longer aspirin's, which was about another drug.)
    ['Asking for my 4 yo. Can he have ibuprofen for a stiff neck?', /before children have ibuprofen/],
    // (Session 27: ibuprofen's own class note, "… or are 60 or over", no longer the muscle relaxants'
    // "elderly patients", which is about another drug.)
    ['Posting for my elderly mum. Stiff neck, can she take ibuprofen?', /or are 60 or over/],
  ])('%j keeps who the question is for', (query, note) => {
    const [hit] = search(index, query).hits;
    expect(`${hit.snippet.reason ?? ''} ${hit.snippet.text}`).toMatch(note);
  });

  // Review13 finding 6 and review15, "a migraine tonight": an ailment told with a time of the week is still
  // named as unmatched, not taken for an event of the teller's week.
  it.each([['I have a lump today on my neck', 'lump today'], ["I've got a migraine tonight and my neck is killing me, heat or ice?", 'migraine']])('%j names %j as unmatched', (query, words) => {
    expect(search(index, query).unmatched).toContain(words);
  });

  // Review15, "get back to normal swallows a question": "how long until …" asks a time; it is no wish to drop.
  it.each([['how long does it take to get back to normal'], ['how long until I get back to normal after a neck spasm?']])('%j is answered by rest, first', (query) => {
    expect(search(index, query).hits[0]?.id).toBe('rest');
  });

  // Review15, "a sign the teller denies now leads": a denied blow, fall or fever neither leads nor raises the notice.
  // Sweating alone is no heart attack (review27 a7, a17): the sign is sweating beside chest pain,
  // breathlessness or pain spreading to an arm or the jaw, which keep their EMERGENCY.
  it.each([['sweating after the gym, stiff neck'], ['i sweat a lot at work and my neck is stiff'], ['night sweats and neck pain for weeks']])('%j raises no heart-attack EMERGENCY', (query) => {
    expect(search(index, query).hits[0]?.snippet.reason ?? '').not.toMatch(/EMERGENCY/);
  });
  it.each([['neck pain and sweating and chest tight'], ['chest pain and sweating, neck aches']])('%j keeps the heart-attack EMERGENCY', (query) => {
    expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY.*heart attack/);
  });
  it.each([["I didn't hit my head or anything, just woke up with a stiff neck, heat or ice?"], ["I don't have a fever or a headache, just a stiff neck from the gym, heat or ice?"], ['Not had a fall or a crash, my neck just locked up this morning at my desk, heat or ice?'], ['my neck is stiff but i havent been sick, heat or ice?']])('%j: a denied sign is no sign', (query) => {
    const r = warned(query);
    expect(r.first).toBe('thermal');
    expect(r.warnings).toEqual([]);
  });

  // Review15, "I had a TIA dropped as thanks": the illness someone had stays a word of the query.
  it('"I had a TIA - …" keeps the TIA as a word of the query, not a thanks', () => {
    expect(search(index, 'I had a TIA - can I take ibuprofen for my stiff neck?').unmatched).toContain('tia');
  });

  // An illness long past ("years ago", "as a child", "last year") is the story, not the sign of a
  // new one: the question is answered first.
  it.each([
    ['my dad had a stroke years ago and now has neck pain, what can he take?', 'medications'],
    ['I had meningitis as a child and now I get a stiff neck from my desk job, would a standing desk help?', 'overview'],
    ['my dad had a heart attack last year so I worry, but my neck is just stiff, would heat help?', 'thermal'],
  ])('%j is answered by %s first', (query, id) => {
    expect(search(index, query).hits[0]?.id).toBe(id);
  });

  // Review16: words that name no sign here raise no notice: "TIA" as thanks, "wet hair", food that
  // sticks to a pan.
  it.each([['heat or ice for a stiff neck? TIA, have a good one'], ['I slept with wet hair and woke up with a stiff neck, heat or ice?'], ['the food sticks to the pan when I cook and my neck hurts from leaning over, what helps?']])('%j raises no notice', (query) => {
    expect(warned(query).warnings).toEqual([]);
  });

  // Review15, "squeezing puts call 999 first": squeezing is a heart attack's sign in the chest, not a muscle's.
  it("a squeezing neck muscle is no heart attack: the emergency does not lead", () => {
    expect(warned("my neck muscles feel like they're squeezing my head, would a heat pack help with this?").first).toBe('thermal');
  });

  it('a short question beside an emergency leads with the emergency, and names it', () => {
    // Decided again in session 16 (review17): keeping the asked thing first in a short query put a heat
    // pad above "call 999" for chest pain, breathing and the bladder once the query's focus grew; the
    // emergency leads in a query of any length (cost: main 2,067 one section net, held-out two).
    const r = warned('I banged my head and my neck hurts, ice or heat?');
    expect(r.first).toBe('red-flags');
    expect(r.warnings).toEqual(['red-flags']);
  });

  it('names the warning sign when its section is not among the hits (--limit 1)', () => {
    const r = warned('would a wheat bag help my numb arm', 1);
    expect(r.first).toBe('thermal');
    expect(r.warnings).toEqual(['red-flags']);
    expect(r.flagged).toEqual([]);
  });

  // A warning sign's name of one word not much commoner than "numb", beside the neck's trouble, raises
  // the notice as an emergency's common word does (SIGN_ZIPF).
  it.each([['struggling to swallow and my neck feels stiff'], ['i had cancer last year and now my neck aches'], ["can't swallow properly, neck is killing me"], ['im on chemo tablets for rheumatoid arthritis so my immune system is weak, woke up with a sore stiff neck, is heat ok'], ['i lost a stone without trying and my neck aches all the time'], ['bad neck and now struggling to pee'], ['neck pain and I wet myself'], ['dived into the pool and now my neck hurts'], ['my neck aches and I keep stumbling, my balance is off'], ['crashed on my bike and my neck hurts']])('%j raises the notice', (query) => {
    expect(warned(query).warnings).toEqual(['red-flags']);
  });

  // An emergency the notice names leads whatever the query asks about, in a query of any length
  // (review17 finding 1: what someone advised, "an alternative", "from the GP", "can I put it back on"
  // put the treatment above "call 999").
  it.each([
    ['my GP told me to take ibuprofen but I have chest pain'],
    ['the chiro told me to use ice but I am struggling to breathe'],
    ["is heat an alternative, I've got a fever and a stiff neck"],
    ['heat only helps for about 20 minutes, can I put it back on, I cannot control my bladder'],
    ['my friend recommended a massage but I fell down the stairs yesterday and my neck hurts'],
  ])('%j: the notice, and the warning signs first', (query) => {
    const r = warned(query);
    expect(r.warnings).toEqual(['red-flags']);
    expect(r.first).toBe('red-flags');
  });
  it('a crash told after an injury denied ("not from an injury but I was in a car crash last month") is the warning sign, not nothing', () => {
    const r = warned('not from an injury but I was in a car crash last month');
    expect(r.warnings).toEqual(['red-flags']);
    expect(r.first).toBe('red-flags');
  });
  it('a section the notice names stays among the hits ("the GP recommended rest but I fell off a horse")', () => {
    const result = search(index, 'the GP recommended rest but I fell off a horse and my neck is killing me');
    expect(result.warnings.map((w) => w.id)).toEqual(['red-flags']);
    expect(result.hits.map((h) => h.id)).toContain('red-flags');
  });

  it.each([
    // Nothing of a warning sign.
    'how long should I use a wheat bag',
    'stiff neck from sleeping funny',
    // What a treatment does, not the person's numbness.
    'the cold pack numbs it nicely, how long can I leave it on',
    // Turned from.
    'no numbness or tingling, just a stiff neck, heat or ice?',
    // An injury long past is the story.
    'old neck fracture and the surgeon mentioned fusing the vertebrae',
    // A side effect the first section names, short of an emergency, tied to the medicine.
    'feeling sick and dizzy on methocarbamol',
    'naproxen makes me dizzy, is that normal for my neck pain',
    'side effects of cyclobenzaprine, I feel dizzy',
    // ... with the name's other words, or a word for which one, between "on" and it (review40).
    'feel dizzy and sick on the muscle relaxer',
    'dizzy and sick since taking my naproxen',
    // An emergency's common word, but not beside the neck.
    'what caused the stock market crash of 2008',
    // An injury denied ("not from", "don't think I've", "nearly").
    "it's not from an injury or anything, why does my neck spasm",
    "I don't think I've injured it, my neck just seized up overnight",
    'i nearly fell off a ladder but caught myself, neck is stiff, heat or ice',
    // Common words of signs in other senses (review17 finding 4), and falls and crashes of speech.
    'how do I balance heat and ice for a stiff neck',
    'I fell in love with yoga, is it good for a stiff neck?',
    'the stock market crash has me stressed and my neck is in knots, massage?',
    'fell behind at work, neck is stiff from the stress, what helps',
    'crashed on the sofa all weekend and now my neck is stiff, should i stretch',
    'my neck spasm is getting on my nerves',
    'how to prevent a neck injury when lifting',
  ])('%j names no warning sign', (query) => {
    expect(warned(query).warnings).toEqual([]);
  });
});

describe('what the person tried, and what they ask about instead', () => {
  it.each([
    // A like for a like: a name turned from and a name asked about of one vocabulary group are one
    // treatment, answered by its own sentence, not by the plan's other steps (ice for heat).
    ['used a hot towel instead of the heat pad, how long should it stay on', 'thermal', /^Heat is typically applied for 20 minutes/],
    ['bag of frozen peas rather than a real ice pack, how often can I use it', 'thermal', /^Applying ice or cold packs to the neck for 20 minutes every hour/],
    ['heat instead of ice, how long for', 'thermal', /^Heat is typically applied for 20 minutes/],
    // A sentence pointing back ("Thereafter, … a heating pad …") to one naming what is asked is no
    // answer when it names what the person turns from.
    ["I'd rather not use heat on my neck, is cold ok", 'thermal', /^Applying ice or cold packs to the neck/],
    // Asking how long to leave on, or whether to take, the very thing that failed asks about it.
    ['heating pad not working on my neck, does it matter how long i leave it on', 'thermal', /^Heat is typically applied for 20 minutes/],
    ['heat pad not working, how long should it stay on', 'thermal', /^Heat is typically applied for 20 minutes/],
    ['ice packs arent helping, how long are they supposed to be on', 'thermal', /^Applying ice or cold packs to the neck for 20 minutes every hour/],
    // "can i keep going", "can i keep taking it" at the end ask how long.
    ['been on co-codamol for a week, can i keep taking it', 'medications', /for at most 3 days/],
    ['heat pad helps, can i keep going', 'thermal', /for 3 to 4 days/],
    // Among medicines a group holds different medicines: turning from anti-inflammatories still
    // asks for another painkiller.
    ['cant take anti-inflammatories, what painkiller can I use instead', 'medications', /acetaminophen/],
    // What someone told the person to use is what they ask about; what "seems to make it worse" or
    // "barely takes the edge off" (the thing before "and it") was tried; "is X an alternative" and
    // "would X from the doctor be better" name X; so does what a colleague "suggested", not the
    // posture the story tells.
    ['the chiropractor told me to try ice, does it help', 'thermal', /^Applying ice or cold packs/],
    ['stretching seems to make it worse, is massage a good alternative', 'physical-therapy', /Massage may help to relieve muscle spasms/],
    ['took naproxen this morning and it barely takes the edge off, would a muscle relaxant from the doctor be better', 'medications', /^Muscle relaxants such as/],
    ['hunched over a laptop at my desk all day, a colleague suggested physio, what would a physio do for me', 'physical-therapy', /^Physical therapy may include/],
    // What helps only a while, or no longer, asked about again: putting it on again asks how often,
    // going on with it for how long.
    ['the ice only works for about ten minutes, can I put it back on', 'thermal', /every hour/],
    ['heat pad isn\'t doing much any more, should I carry on with it', 'thermal', /for 3 to 4 days/],
    ['the hot water bottle only helps for half an hour, can I use it again', 'thermal', /several times per day/],
    // "what do I do" asks what to do, not what something involves ("such as" lists): the sign the
    // story tells answers, not "Any injury to the neck, even one that seems minor, such as …".
    ['my neck pain keeps waking me up every night and nothing touches it, what do I do', 'red-flags', /keeps disturbing your sleep/],
    // What wore off, asked about with another on top, is taken with it, not turned from: a note on
    // taking both answers.
    ['paracetamol wore off, can i take a lemsip on top', 'medications', /Count every product|on top of another/],
  ])('%j finds %s first, showing %s', (query, id, sentence) => {
    const [hit] = search(index, query).hits;
    expect(hit.id).toBe(id);
    expect(hit.snippet.text).toMatch(sentence);
  });
  // Questions that name neither the neck nor the spasm, about what the corpus answers: turning from
  // medicines for a reason and asking what else; a risk asked of a medicine; a meal that says when.
  it.each([
    ['cant take nsaids because of my kidneys, what else is there apart from tylenol', 'medications'],
    ['is addiction a real risk with codeine', 'medications'],
    ['is lying down on my lunch break any use', 'rest'],
    // How long of a treatment named by its section's name: not words scattered over the corpus.
    ['taking it easy since friday and climbing the walls, how long must i rest before the gym', 'rest'],
  ])('%j finds %s first', (query, id) => {
    expect(search(index, query).hits[0]?.id).toBe(id);
  });
  it.each([
    // About another trouble.
    ["can't take ibuprofen for my knee, what else"],
    ["toothache on the bottom right, paracetamol not working, can't see a dentist till friday, what else can I take"],
    // A word of a medicine's class name is searched: "remedies" is none of them (review17 finding 6).
    ['home remedies for a headache'],
    ['home remedies for back pain'],
  ])('%j finds nothing', (query) => {
    expect(search(index, query).hits).toEqual([]);
  });
  // Taking more of what wears off asks how often, not for something stronger (review17 finding 5).
  it('"paracetamol only works for about 3 hours, when can I take more" is no failure of paracetamol', () => {
    const [hit] = search(index, 'paracetamol only works for about 3 hours, when can I take more').hits;
    expect(hit.id).toBe('medications');
    expect(hit.snippet.text).not.toMatch(/stronger NSAIDS|Nurofen Plus/);
  });
});

describe('relevance suite (test/relevance.json)', () => {
  const suites = loadSuites();
  it.each(Object.keys(suites))('%s: top-1 ≥ 95%%, off-topic answered ≤ 10%%', (name) => {
    const r = evaluate(lib, suites[name]);
    const misses = r.misses.map((m: { query: string; expect: string; got: string[] }) => `"${m.query}" → ${m.got.join(',') || 'nothing'} (expected ${m.expect})`);
    expect(r.top1, `top-1 ${r.top1}; misses: ${misses.join('; ')}`).toBeGreaterThanOrEqual(0.95);
    expect(r.offTopicAnswered, `off-topic answered: ${JSON.stringify(r.answered)}`).toBeLessThanOrEqual(0.1);
  });

  it('holds at least 60 queries and 10 off-topic ones', () => {
    expect(suites.main.cases.length).toBeGreaterThanOrEqual(60);
    expect(suites.main.offTopic.length).toBeGreaterThanOrEqual(10);
  });
});

// Trial20 finding 10: the condition's name in either order is the condition ("my neck is stiff"), and
// its "stiff" is then no "stiffen" of bed rest; a chest of drawers leads with no warning sign.
describe('the condition named in either order', () => {
  it.each([
    ['my neck is stiff', 'overview'],
    ["neck's gone stiff as a board after footie", 'overview'],
  ])('%j leads with %s', (query, id) => expect(top(query)).toBe(id));
  it('"moved a chest of drawers and now my neck is stiff" does not lead with the warning signs, and its note names the chest of drawers whole', () => {
    const r = search(index, 'moved a chest of drawers and now my neck is stiff');
    expect(r.hits[0]?.id).not.toBe('red-flags');
    expect(r.unmatched).toEqual(['chest of drawers']);
  });
});

// Trial22 finding 2: asked about two things together, the section whose sentence names both comes first.
// Review47: the form a medicine comes in, beside its name, is no thing of its own the corpus lacks.
describe('a medicine\'s form ("plaster", "cream") beside its name', () => {
  it.each([
    ['salonpas plaster', 'medications'],
    ['can I put a salonpas plaster on and sleep with an electric blanket', undefined],
    ['tiger balm ointment for a stiff neck', 'medications'],
    ['muscle rub on my neck', 'medications'],
  ])('%j finds an answer (%s first), and says nothing of the form as left out', (query, id) => {
    const r = search(index, query);
    expect(r.hits.length).toBeGreaterThan(0);
    if (id) expect(r.hits[0].id).toBe(id);
    expect(r.unmatched).toEqual([]);
  });
  it('"muscle rub" names the rub-on pain relievers: their note is what they are', () => {
    expect(search(index, 'is a muscle rub the same as a heat pack').hits.find((h) => h.id === 'medications')?.snippet.text).toMatch(/These are medicines put on the skin|not to use them with a heating pad/);
  });
  it.each([['cold sore cream'], ['plaster cast on my wrist'], ['nappy cream for my baby']])('%j, no medicine named, is still about something else', (query) => {
    expect(search(index, query).hits).toEqual([]);
  });
});

describe('two things asked about together', () => {
  it.each([
    ['biofreeze and heating pad together'],
    ['can I put my heat pad on top of tiger balm'],
    // What did too little is to be used with the heat, not turned from: "over it", "over the top".
    ['tiger balm on its own isnt enough, can i put the heat pad over it'],
    ['biofreeze isnt cutting it, i want to put a heating pad over the top of it'],
    ['i tried the biofreeze and then put my heating pad over it'],
    // Told, not asked (review47), and with a word of what happened that the heat's sentence has.
    ["tiger balm didn't do much so I put my heating pad over it, is that ok"],
    ['Icy hot did nothing, put my heating pad over it'],
    ['i put the heat pad over the top of the tiger balm and it burns'],
    // "on it" after a rub tried (review48 HIGH), read where the medicine's class is known.
    ["salonpas plaster didn't help so I put a heat pack on it"],
  ])('%j leads with a rub\'s label note: not to use it with a heating pad', (query) => {
    for (const limit of [1, 3]) {
      const hit = search(index, query, { limit }).hits[0];
      expect(hit?.id, `limit ${limit}`).toBe('medications');
      expect(hit?.snippet.text).toMatch(/not to use (?:them|the rub) with a heating pad/);
    }
  });
  it.each([['ice didnt help so i put a heat pack on it'], ['ibuprofen didnt help so i put a heat pack on it']])('%j: heat put on what was no rub is heat therapy', (query) => {
    expect(search(index, query).hits[0]?.id).toBe('thermal');
  });
  it('the scores shown go down the list: the section moved up takes the first\'s score', () => {
    const scores = search(index, 'biofreeze and heating pad together').hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
  it('a heating pad asked about alone still leads with heat', () => {
    expect(search(index, 'how long can I use a heating pad').hits[0]?.id).toBe('thermal');
  });
});

// Trial22 finding 4: asked for an amount, a drug's limit in milligrams answers, the named drug's own.
describe('two NSAIDs on the same day', () => {
  // "same day" is taking both (review27 b12: it had shown the article's "may relieve").
  it.each([['advil and aleve same day'], ['aleve and advil on the same day for neck pain'], ['motrin and aleve same day']])('%j shows "Take only one NSAID at a time"', (query) => {
    expect(search(index, query).hits[0]?.snippet.text).toMatch(/Take only one NSAID at a time/);
  });
});

describe('an amount asked of a drug', () => {
  it.each([
    ["what's the maximum amount of paracetamol I can take in a day", /4,000 mg of paracetamol in 24 hours/],
    ['how many ibuprofen can I take in a day', /ibuprofen .* 1,200 mg in 24 hours/],
    ['how much ibuprofen can I take', /ibuprofen .* 1,200 mg in 24 hours/],
    ['max dose of tylenol', /4,000 mg of paracetamol in 24 hours/],
    ['max paracetamol per day', /4,000 mg of paracetamol in 24 hours/],
    ['how many co-codamol can i take', /4,000 mg of paracetamol in 24 hours/],
    // Asking whether an amount is too much asks the limit (review27 b1, b2, b15); more than the 8
    // tablets a day the NHS names is too much already, and what to do then answers (thirty-first
    // session: call NHS 111 at once, even if you feel well).
    ['i took 10 paracetamol today is that ok', /Too much paracetamol by accident/],
    ['is 800mg ibuprofen too much', /ibuprofen .* 1,200 mg in 24 hours/],
    ['can i take 3 ibuprofen at once', /ibuprofen .* 1,200 mg in 24 hours/],
    ['what is the most tylenol i can take', /4,000 mg of paracetamol in 24 hours/],
    ['my neck has been in spasm since saturday, ive been taking two nurofen every four hours and two paracetamol in between, is that too much', /1,200 mg in 24 hours/],
    // Asking for more of it than the dose asks the limit too; a failed drug asked so is asked about.
    ['tramadol isnt working, can i take more', /Take no more tramadol than was prescribed/],
    ['can i take an extra tramadol', /Take no more tramadol than was prescribed/],
    ['can i take 2 tramadol instead of 1', /Take no more tramadol than was prescribed/],
    ['tramadol not helping can i double up', /Take no more tramadol than was prescribed/],
  ])('%j shows the limit (%s)', (query, limit) => {
    const hit = search(index, query).hits[0];
    expect(hit?.id).toBe('medications');
    expect(hit?.snippet.text).toMatch(limit);
  });
  it.each([
    // Another drug's limit is no answer: the corpus gives none for naproxen.
    ['naproxen dose', /1,200 mg|4,000 mg/],
    // A time asked with it asks the time.
    ['how many hours between paracetamol doses', /limit: for adults/],
    // "low dose" is aspirin's kind, not an amount asked.
    ['on low dose aspirin from the doctor and want nurofen for my neck', /1,200 mg/],
    // No drug named: no drug's limit answers (review22: it had shown paracetamol's 4,000 mg).
    ['how much alcohol is safe', /\d mg/],
  ])('%j shows no limit that does not answer it (%s)', (query, not) => {
    const hit = search(index, query).hits[0];
    expect(hit, 'a hit').toBeDefined();
    expect(hit!.snippet.text).not.toMatch(not);
  });
});

describe("a child's medicine", () => {
  // The aspirin note (not for children under 16) answers for aspirin and what holds it, never for a
  // child's Nurofen, ibuprofen or naproxen (review27 b10).
  it.each([['can i give my 10 year old nurofen'], ['my 10 year old has neck pain can he have nurofen'], ['can my 13 year old have ibuprofen'], ['can a 14 year old take naproxen']])(
    '%j does not show the aspirin note', (query) => {
      expect(search(index, query).hits[0]?.snippet.text ?? '').not.toMatch(/^(?:NSAIDs: )?Aspirin/);
    },
  );
  it.each([['can kids take aspirin'], ['aspirin for my 12 year old'], ['can my 14 year old take anadin extra']])('%j shows the aspirin note', (query) => {
    expect(search(index, query).hits[0]?.snippet.text).toMatch(/Aspirin .*not for children/);
  });
});

// An age in words is an age (writer69: "the eight year old … how many doses of Calpol" had the adult limit).
it.each([['how much ibuprofen for a seven year old'], ['how many doses of Calpol can my eight year old have in a day']])('%j shows a children\'s note, not the adult limit', (query) => {
  expect(search(index, query).hits[0]?.snippet.text).not.toMatch(/for adults/);
  expect(search(index, query).hits[0]?.snippet.text).toMatch(/children/);
});
it('"how much ibuprofen for a 7 year old" shows the children\'s note, not the adult limit (review27)', () => {
  expect(search(index, 'how much ibuprofen for a 7 year old').hits[0]?.snippet.text).toMatch(/ibuprofen children should have depends on their age/);
});

describe("someone else's medicine", () => {
  it.each([
    ['can i have some of my dads tramadol', /Tramadol is only for the person it was prescribed for/],
    ['mates tramadol for my neck', /Tramadol is only for the person it was prescribed for/],
    ['my wife has some co-codamol 30/500 can i take them', /for the person it was prescribed for/],
    ['my sister gave me some of her diazepam for my neck, ok to take?', /never take someone else's/],
    ['my mum gave me some of her co-codamol is that ok', /co-codamol.*for the person it was prescribed for/],
    // "his leftover", "her spare" (review40).
    ['my partner wants to give me his leftover tramadol for my neck, is it ok to just take it?', /Tramadol is only for the person it was prescribed for/],
    ['can i take her spare co-codamol for my neck', /co-codamol.*for the person it was prescribed for/],
  ])('%j shows that it is only for the person it was prescribed for', (query, note) => {
    const hit = search(index, query).hits[0];
    expect(hit?.id).toBe('medications');
    expect(hit?.snippet.text).toMatch(note);
  });
  it('"can i take my husbands oxycodone" shows no other drug\'s note', () => {
    expect(search(index, 'can i take my husbands oxycodone').hits[0]?.snippet.text ?? '').not.toMatch(/Tramadol is only/);
  });
  it.each([
    // A person's thing that is no medicine asks nothing of someone else's medicine.
    ["I coach my daughter's netball team and my neck went into spasm, I've got paracetamol at home, is that enough", /prescribed for/],
    ['my dad gave me his old pillow, will a contour pillow help my neck', /prescribed for/],
  ])('%j: not asked of someone else\'s medicine', (query, not) => {
    expect(search(index, query).hits[0]?.snippet.text).not.toMatch(not);
  });
  it.each([['can i take my dads muscle relaxants'], ['can i borrow my mums muscle relaxants'], ['my dads muscle spasms, what can he take']])(
    '%j (a person\'s, the apostrophe left out) finds the medicines', (query) => {
      expect(search(index, query).hits[0]?.id).toBe('medications');
    },
  );
});

// Trial20 finding 8: words only the drugs' notes have are searchable; their note answers.
describe('a query that only the drugs\' notes answer', () => {
  it.each([
    ['liver', /liver/],
    ['between doses', /between doses/],
    ['daily limit', /daily limit/],
  ])('%j finds Medications with the note that says it', (query, snippet) => {
    const hit = search(index, query).hits[0];
    expect(hit?.id).toBe('medications');
    expect(hit?.snippet.text).toMatch(snippet);
  });
});

// A word the index lacks meets a drug's facts as itself: "allergic" of the Salonpas note.
it('"can\'t take nsaids as i\'m allergic to aspirin, is a salonpas patch ok instead" shows the Salonpas note', () => {
  expect(search(index, "can't take nsaids as i'm allergic to aspirin, is a salonpas patch ok instead").hits[0]?.snippet.text).toMatch(/allergic to aspirin/);
});

// Trial20 finding 15: a name typed without its space or hyphen is read as the corpus's name.
describe('a name typed as one word', () => {
  it.each([
    ['heatpad', 'thermal'],
    ['icepack', 'thermal'],
    ['wheatbag', 'thermal'],
    ['hotwaterbottle', 'thermal'],
    ['heatingpad', 'thermal'],
    // Review21: the plural of a name typed as one word; two words the corpus has as one.
    ['heatpads', 'thermal'],
    ['wheatbags', 'thermal'],
    ['ultra sound', 'physical-therapy'],
    ['pain killer for my neck', 'medications'],
    // The pairs overlap: "best pain" is read, then "pain killer".
    ['best pain killer', 'medications'],
    ['is ultra sound worth trying', 'physical-therapy'],
    ['cocodamol', 'medications'],
  ])('%j finds %s', (query, id) => expect(top(query)).toBe(id));
  it('is read as the name\'s words, not corrected to another word', () => {
    expect(search(index, 'cocodamol').corrections).toEqual([]);
    expect(search(index, 'need a heatpad').hits[0]?.matched).toEqual(expect.arrayContaining(['heat', 'pad']));
  });
});

// Tired of a thing still done, asking when to stop ("sick of icing every hour, when can i stop") asks
// for how long it is done, which its section answers: as a thing turned from, it had found nothing.
it.each([
  ['tired of icing every hour, when can i stop', 'thermal'],
  ['sick of wearing this collar, when can i stop', 'rest'],
])('%j finds %s', (query, id) => expect(top(query)).toBe(id));

// A story that names the neck and nothing else the corpus has is about the condition: its section, not
// nothing (the story's words had sunk every section below the least score: "binged a whole series on
// the couch and now my neck is wrecked", a main query, found nothing).
it.each([
  ['spent all weekend gaming and now my neck is wrecked'],
  ['hoovering the stairs always sets my neck off'],
  ['broke up with my boyfriend and my neck and shoulders are so tense'],
])('%j finds the overview', (query) => expect(top(query)).toBe('overview'));

// A word as common as "my" typed into the next one, itself a word of the corpus or spelt as it sounds:
// had been one word no list has, the rare subject of another query, and found nothing.
describe('a common word run into the next', () => {
  it.each([
    ['ice on mynek', 'thermal'],
    ['mynek hurts', 'overview'],
    ['cold pack on mynek', 'thermal'],
    ['how long do i rest mynek', 'rest'],
  ])('%j finds %s', (query, id) => expect(top(query)).toBe(id));
  it.each([
    // one slip from a word of the corpus as a whole: that word, not "i" and the rest
    ['ibuprofin', 'ibuprofen'],
    ['togther', 'together'],
  ])('%j is corrected whole, to %j', (query, to) => expect(search(index, query).corrections[0]?.to).toBe(to));
  // ... after an owner or "the" only, and not in a name (capitalised inside a sentence): review38
  // had found "Anton" read as "an ton", "Islay" as "is lay" (the rest's "laying about"), "Ofcom" as
  // "of com"
  it.each([['Anton has a stiff neck'], ['neck spasm, Islay'], ['neck spasm, Ofcom'], ['Forrest has a stiff neck']])('%j: the name is no two words', (query) => {
    expect(top(query)).toBe('overview');
  });
  it('a short rest is read only as it sounds: "memes" is no "me meds"', () => {
    expect(search(index, 'memes for my neck').corrections).toEqual([]);
    expect(top('memes for my neck')).not.toBe('medications');
  });
});

// A letter left out of a common word the corpus lacks ("swich"), guessed at only when the query as
// read finds nothing: "switch" is a word of the question, no rare subject of another.
describe('a letter left out', () => {
  it.each([
    ['when shoud i swich from the ice to heat', 'thermal', 'switch'],
    ['swich to heat', 'thermal', 'switch'],
  ])('%j finds %s, read with %j', (query, id, to) => {
    const result = search(index, query);
    expect(result.hits[0]?.id).toBe(id);
    expect(result.corrections.map((c) => c.to)).toContain(to);
  });
  it.each([
    // a name no list has, in a query that finds something anyway, keeps its spelling in the notice
    ['is ibuprofen ok with my statins', 'statins'],
    ['advice for carers of someone with a stiff neck', 'carers'],
  ])('%j: %j is corrected to nothing', (query, word) => {
    expect(search(index, query).corrections.map((c) => c.from)).not.toContain(word);
  });
  // a drug's name no list has, in a query that finds nothing, is guessed at only as a common word that
  // is no noun: "statin" had been read as "stating", and the query answered (review38)
  it.each([['statin side effects'], ['statin side efects']])('%j still finds nothing', (query) => {
    expect(search(index, query).hits).toEqual([]);
  });
});

// A calm query of only the condition's words shows the warning signs' summary, not a sign's sentence
// that shares them ("… with a stiff neck: this may be meningitis").
it.each([["I've tried everything for my stiff neck"], ['my stiff neck']])('%j shows no sign\'s sentence under a warning-signs hit that warns of nothing', (query) => {
  const hit = search(index, query).hits.find((h) => h.id === 'red-flags');
  expect(hit?.warning).toBeUndefined();
  expect(hit?.snippet.text ?? '').not.toMatch(/meningitis|EMERGENCY/);
});

// A drug's facts: among two facts of one medicine that answer alike, the one on the very name asked
// about; a limit said as "at most", "up to" or "no more than" a time answers "how long".
describe("a drug's own facts", () => {
  it.each([
    ['Can I still grab Panadeine Forte at the chemist without a script here in Australia?', /^Panadeine Forte: .*only with a doctor's prescription/],
    ['doctor wants to switch me from flexeril to soma instead, how long is soma meant to be taken for', /up to two or three weeks/],
    ['voltaren gel on neck', /^Voltaren: .*not for the neck/],
    // How a medicine is sold (the 'supply' intent): its facts say it, not a note naming a way of buying.
    ['can i buy aleve at the drugstore without a prescription', /^naproxen \(.*\): US: Aleve over the counter/],
    ['will the chemist sell me co-codamol for my neck', /^co-codamol: .*from pharmacies|^co-codamol: .*sold without a prescription/],
    ['panadeine extra used to be over the counter, can I still get it without a script', /^(?:Panadeine Extra|codeine with acetaminophen .*): .*prescription/],
    ['can i get a refill of my cyclobenzaprine', /^cyclobenzaprine \(.*\): by prescription/],
    // "keep getting refills": the refills asked about, not "keep" (review24: led with the warning signs).
    ["soma helped at first but it's been a month, can i keep getting refills?", /^carisoprodol \(Soma\): by prescription/],
    // A name of a drug's own (Tylenol 3 is Tylenol with Codeine), and no sibling brand's note for it.
    ['is tylenol 3 over the counter', /^Tylenol 3: .*by prescription/],
    // review24 finding 1: "Nurofen" inside "Nurofen Plus" is not plain ibuprofen asked about.
    ['can i buy nurofen plus in the supermarket', /^codeine with an NSAID \(Nurofen Plus\): .*pharmacist's supervision/],
    // review24: "is X otc", "is X over the counter" ask how it is sold too.
    ['is flexeril otc', /^cyclobenzaprine \(Flexeril, Amrix\): by prescription/],
    ['is methocarbamol over the counter', /^methocarbamol \(Robaxin\): by prescription/],
    ['is naproxen otc or prescription', /^naproxen \(.*\): US: Aleve over the counter/],
    // review25 finding 6: with a place or "anywhere" after it.
    ['is flexeril otc in the uk', /^cyclobenzaprine \(Flexeril, Amrix\): by prescription/],
    ['is cyclobenzaprine over the counter in the us', /^cyclobenzaprine \(Flexeril, Amrix\): by prescription/],
    // review24: a word only the notes hold, asked of a drug ("can i drive on X"), keeps its weight.
    ['can i drive on methocarbamol', /^Do not drive or use machines/],
    ['pharmacy gave me generic cyclobenzaprine instead of the flexeril i had before, is it the same stuff', /^Flexeril: .*the same medicine is sold as generic/],
  ])('%j shows %s', (query, snippet) => {
    const hit = search(index, query).hits[0];
    expect(hit?.id).toBe('medications');
    expect(hit?.snippet.text).toMatch(snippet);
  });
  it('between a drug\'s fact and a note that answer alike, the note stays: "prednisone tablets instead of steroid shot in neck"', () => {
    expect(search(index, 'prednisone tablets instead of steroid shot in neck').hits[0]?.snippet.text).toMatch(/Medrol and prednisone are tablets taken by mouth/);
  });
});

// A word the index lacks that a named drug's facts hold (facts are shown, not indexed) is asked of
// that drug, no other subject; "harm" asks whether it is safe.
describe("a word only a named drug's facts hold", () => {
  it.each([
    ['is generic cyclobenzaprine the same as Flexeril or do I need the brand', /sold as generic cyclobenzaprine/],
    ['does chlorzoxazone affect the liver', /liver damage/],
    ['My doctor switched me from cyclobenzaprine to chlorzoxazone. Is it true that it can harm your liver?', /liver damage/],
  ])('%j is answered (%s)', (query, snippet) => {
    const hit = search(index, query).hits[0];
    expect(hit?.id).toBe('medications');
    expect(hit?.snippet.text).toMatch(snippet);
  });
  it.each([['ibuprofen and cholesterol'], ['can I have a glass of wine with my statins']])('%j still finds nothing', (query) => {
    expect(search(index, query).hits).toEqual([]);
  });
});

// "a bit tight", "a touch stiff": how much, not another kind of trouble ("period pain").
it.each([['done two days of ice and three days of heat, still a bit tight. how much longer do i keep the heat going?', 'thermal']])('%j finds %s', (query, id) => {
  expect(search(index, query).hits[0]?.id).toBe(id);
});

// Plain questions that found nothing: a pregnancy asked of "painkiller", a word of several classes'
// names (medicine in general); nouns that only judge ("value for money", "the best solution").
describe('plain questions of choice', () => {
  it.each([
    ['what painkiller is safe in pregnancy', 'medications', /usually recommends first/],
    ['is massage value for money', 'physical-therapy', /Massage/],
    ['is rest the best solution', 'rest', /rest/],
    // Pregnant or breastfeeding and turning from one medicine: the others' notes on it answer.
    ['pregnant so i had to stop the naproxen, what else can i take for my neck', 'medications', /usually recommends first/],
    ['im pregnant and was told no ibuprofen, which painkiller instead', 'medications', /usually recommends first/],
    // "came off my bike" is a fall, never a medicine given up.
    ['came off my bike and now my neck hurts and my left leg feels weak', 'red-flags', /fall/],
  ])('%j finds %s', (query, id, snippet) => {
    const hit = search(index, query).hits[0];
    expect(hit?.id).toBe(id);
    expect(hit?.snippet.text).toMatch(snippet);
  });
  it.each([['is a heat pump value for money'], ['what is the best solution for acne'], ['what painkiller is safe for my dog']])('%j still finds nothing', (query) => {
    expect(search(index, query).hits).toEqual([]);
  });
});

// Review23's findings on this session's rules.
describe('review23: drug facts, how long, and the notes on pregnancy', () => {
  it.each([
    // A named drug's own fact that warns answers whether it is safe.
    ['can chlorzoxazone harm your liver', /liver damage/],
    ['can diazepam harm me', /can be addictive/],
    // The generic's own availability line is on the name asked about.
    ['naproxen instead of ibuprofen for my neck, can i get it at the chemist without a script in the uk', /UK: by prescription/],
    // Asked how long, the rules' answer stands against the learned model.
    ['fell asleep with the heating pad on my neck and woke up with a red patch. how long are you meant to leave it on? dont want to burn myself again', /20 minutes at a time/],
  ])('%j shows %s', (query, snippet) => {
    expect(search(index, query).hits[0]?.snippet.text).toMatch(snippet);
  });
  it.each([
    // How soon it works or how long it stays in the body is no course's length.
    ['how long does soma stay in your system', /two or three weeks/],
    ['how long does valium take to work', /at most 4 weeks/],
    // A note on pregnancy or breastfeeding answers no query that speaks of neither.
    ["hey so my necks been spasming for like 5 days, tried ibuprofen and paracetamol regularly and nothings touched it tbh, at what point do i see a gp", /Breastfeeding/],
  ])('%j does not show %s', (query, wrong) => {
    expect(search(index, query).hits[0]?.snippet.text ?? '').not.toMatch(wrong);
  });
});

// A drug the person has taken and asks about itself (is it safe, how long, how much) is the subject,
// not what they turn from; asked whether it is safe, its own fact that warns answers, a generic's
// fact for its brand too, never a sibling brand's.
describe('a drug taken and asked about itself', () => {
  it.each([
    ["parafon forte isn't doing much and i'd rather not take more of it, is there any risk with it?", /liver damage/],
    ['is valium safe', /can be addictive/],
    ["can't take nsaids as i'm allergic to aspirin, is a salonpas patch ok instead", /^Salonpas: .*not for anyone allergic to aspirin/],
  ])('%j shows %s', (query, snippet) => {
    const hit = search(index, query).hits[0];
    expect(hit?.id).toBe('medications');
    expect(hit?.snippet.text).toMatch(snippet);
  });
  it('ibuprofen not working, what else: still the alternatives, not ibuprofen itself', () => {
    expect(search(index, "ibuprofen isn't working, what else can I take").hits[0]?.snippet.text).not.toMatch(/^ibuprofen/);
  });
});

// Everyday nouns for the condition itself are the condition's words (context), not words the corpus
// lacks: "soreness" had been corrected to "shortness" (of breath), "stiffness" found nothing.
it.each([
  ['soreness in my neck', ['overview']],
  // (Stiffness met in "a long period of bed rest might cause the neck muscles to stiffen" too.)
  ['stiffness in the morning', ['overview', 'rest']],
  ["hot shower helps only while I'm in it, then stiffness returns", ['thermal']],
])('%j finds %s, read as the condition', (query, ids) => {
  const result = search(index, query);
  expect(ids).toContain(result.hits[0]?.id);
  expect(result.corrections).toEqual([]);
});

// A noun in -ness means what its adjective says ("sleepiness" → sleepy, of the opioids' note).
it.each([
  ['sleepiness after cyclobenzaprine', 'medications'],
  ['tenderness in my neck', 'overview'],
  ['stiffness and tenderness at the base of my skull', 'overview'],
])('%j finds %s', (query, id) => expect(search(index, query).hits[0]?.id).toBe(id));

// "trip" as a journey is no fall: the warning signs' "tripped" does not lead a calm story.
it.each([['business trip stiff neck'], ['after a long car trip my neck is stiff']])('%j does not lead with the warning signs', (query) => {
  expect(search(index, query).hits[0]?.id).not.toBe('red-flags');
});
it('"I tripped and hurt my neck" still leads with them', () => expect(search(index, 'I tripped and hurt my neck').hits[0]?.id).toBe('red-flags'));

// A word of the condition's whole name ("stiff" of "a stiff neck", "hurting" of "neck spasm
// hurting") says what hurts: one word of a sign's longer name ("stiff neck and fever", "chest
// hurting", "still hurts") does not bring the warning signs to the top of a calm question.
it.each([
  ['can kids take ibuprofen for a stiff neck', 'medications'],
  ['can a 12 year old take ibuprofen for a stiff neck', 'medications'],
  ['neck spasm hurting since 3 days', 'thermal'],
  ['my back and neck are tight from gardening', 'overview'],
  ['neck aches after giving my daughter a piggyback and shoulder rides', 'overview'],
])('%j finds %s, not the warning signs', (query, id) => expect(search(index, query).hits[0]?.id).toBe(id));
// ... while a sign the query has whole still leads.
it.each([['stiff neck and a fever'], ['my neck is stiff and my chest is hurting'], ['neck still hurts after a week of ibuprofen']])('%j still leads with the warning signs', (query) => {
  expect(search(index, query).hits[0]?.id).toBe('red-flags');
});

// A slip is a fall ("slipped on the ice", "slipped down the stairs"): the warning signs lead; a
// slipped disc is no fall.
it.each([['slipped on the ice in the garden and now my neck hurts', 'red-flags'], ['slipped in the shower yesterday, neck stiff today', 'red-flags'], ['i have a slipped disc in my neck, would surgery help', 'surgery']])('%j leads with %s', (query, id) => {
  expect(search(index, query).hits[0]?.id).toBe(id);
});

// Thirtieth session: the everyday ways people say their neck is stiff, and a warning sign's word
// told in another sense (writers 62-64's blind queries found each).
describe('a stiff neck in everyday words, and signs\' words in other senses', () => {
  const urgent = (query: string) => /EMERGENCY/.test(search(index, query).hits[0]?.snippet.reason ?? '');
  it.each([
    ['my neck has locked'],
    ['my son fell asleep on the sofa gaming and now his neck is stuck'],
    ['sore neck from carrying my toddler on my shoulders at the zoo'],
  ])('%j is the condition itself: the overview leads, with the condition\'s name as the reason', (query) => {
    const [hit] = search(index, query).hits;
    expect(hit?.id).toBe('overview');
    expect(hit?.snippet.reason ?? '').toMatch(/a neck muscle spasm/);
  });
  it.each([
    ['neck cramping after a long cycle hunched over the handlebars'],
    ['spasm in the side of my neck after twisting to check my blind spot'],
    ['neck gone after hoovering the stairs'],
    ['I was lifting weights at the gym and felt a ping in my neck, its not too bad but should I keep training or take a few days off'],
    ['been on naproxen for my neck and my friend said to take nurofen as well to really knock it on the head, is that allowed'],
    ['neck spasm and I\'m 30 weeks pregnant'],
  ])('%j (a sign\'s word in another sense: a posture, a place, a chore, the gym, an idiom, a pregnancy) leads with no warning sign', (query) => {
    expect(top(query)).not.toBe('red-flags');
    expect(urgent(query)).toBe(false);
  });
  it.each([
    ['i flew over the handlebars yesterday, neck stiff', true],
    ['went over the handlebars on my bike and my neck hurts', true],
    ['fell down the stairs and my neck hurts', true],
    ['food gets stuck when i swallow and my neck is stiff', false],
    ['lost a lot of weight without trying and my neck aches', false],
    ['neck pain for three weeks now', false],
  ])('%j (the sign in its own sense) leads with the warning signs (an emergency: %s)', (query, emergency) => {
    expect(top(query)).toBe('red-flags');
    expect(urgent(query)).toBe(emergency);
  });
  it.each([['car engine overheating when stuck in traffic'], ['oesophageal spasm after eating, feels like food is stuck']])(
    '%j ("stuck" outside every name of the condition or a sign) finds nothing', (query) => {
      expect(search(index, query).hits).toEqual([]);
    },
  );
  it.each([['neck spasm and I\'m 30 weeks pregnant'], ['breastfeeding and my neck is so sore']])(
    '%j (pregnant or breastfeeding, nothing else asked) is answered by the note on medicines in pregnancy', (query) => {
      const [hit] = search(index, query).hits;
      expect(hit?.id).toBe('medications');
      expect(hit?.snippet.text).toMatch(/Pregnant or breastfeeding/);
    },
  );
  it.each([
    ['wife has leftover flexeril can i take one for my neck', /^They are prescription medicines, each only for the person it was prescribed for/],
    ['can i take my wifes muscle relaxant', /^They are prescription medicines, each only for the person it was prescribed for/],
    ['my gp wont give me more tramadol, can i use my husbands', /Tramadol is only for the person it was prescribed for/],
    ['can i drive on muscle relaxers', /^Do not drive or use machines/],
    ['need to drive to work but took a muscle relaxer', /^Do not drive or use machines/],
  ])('%j (someone else\'s medicine, or driving, asked of a muscle relaxer by any of its class\'s names) is answered by the note on it', (query, sentence) => {
    expect(search(index, query).hits[0]?.snippet.text).toMatch(sentence);
  });
  it.each([['can i take my husbands oxycodone'], ['my mum takes baclofen for her MS, could i try one of hers instead for my neck spasm']])(
    '%j gets no other drug\'s note, nor the class\'s where the drug\'s own note says it', (query) => {
      const text = search(index, query).hits[0]?.snippet.text ?? '';
      expect(text).not.toMatch(/^Tramadol is only|^They are prescription medicines/);
    },
  );
  it.each([['pregnant, can i use a heat pad on my neck', 'thermal'], ['neck cramps every time I hunch over to breastfeed the baby', 'overview']])(
    '%j (pregnant or breastfeeding beside another question) leads with %s', (query, id) => {
      expect(top(query)).toBe(id);
    },
  );
});

// Turning from a medicine because of a caution its notes name, however it is said, is a choice the
// corpus answers (writers 62-64: each found nothing).
it.each([
  ['had an ulcer so no nurofen, what else'],
  ['something other than ibuprofen i had a stomach ulcer'],
  ['would rather not take naproxen as i drink most nights'],
  ["getting on a bit now, 72, and the pharmacist said I shouldn't take ibuprofen for my neck because of my age and my blood pressure, so what else is there for me?"],
])('%j (a caution of the drugs\' notes as the reason turned from) is answered', (query) => {
  expect(search(index, query).hits.length).toBeGreaterThan(0);
});
it.each([["can't take ibuprofen for my knee, what else"], ['toothache, ibuprofen not working, what else can I take']])(
  '%j (another part or trouble where it hurts, not a caution of the notes) still finds nothing', (query) => {
    expect(search(index, query).hits).toEqual([]);
  },
);

// A word of a drug's name of several words, said as that name, names the drug only: the "hot" of
// Icy Hot is no heat therapy.
it.each([
  ['can i use icy hot with a heating pad', 'medications'],
  ['icy hot on sore neck', 'medications'],
  ['Used the Icy Hot stick on my neck last night and this morning the skin is stinging and red. Can Icy Hot actually burn your skin, or is this normal?', 'medications'],
  ['hot water bottle for my neck', 'thermal'],
  ['is a hot shower or an icy cold pack better for my neck', 'thermal'],
])('%j leads with %s', (query, id) => {
  expect(top(query)).toBe(id);
});

// "Steroid" and "steroids" name the corticosteroids (their class's other names, data/corpus.json):
// asked of tablets, the class's note on which are tablets answers.
it.each([['steroid tablets for neck'], ['can i get steroid tablets instead of an injection']])('%j is answered by the corticosteroids\' note on tablets', (query) => {
  expect(search(index, query).hits[0]?.snippet.text).toMatch(/Medrol and prednisone are tablets taken by mouth/);
});

// Among the warning signs, with no sign named, the neck's and the pain's own words choose no sign's
// sentence: asking where to turn is the heading's question.
it.each([
  ['when should I call an ambulance for neck pain?', /^EMERGENCY: call 999/],
  ['gp for neck pain', /^Get medical help promptly/],
  ['neck pain a week on and nothing has helped', /^the pain has not eased after a week/],
])('%j shows %s', (query, sentence) => {
  expect(search(index, query).hits[0]?.snippet.text).toMatch(sentence);
});

// Review34's findings on the session's readings: a warning sign told beside them keeps its place.
describe('warning signs beside the thirtieth session\'s readings (review34)', () => {
  const first = (query: string) => search(index, query).hits[0];
  it.each([
    ['pregnant and neck pain after a fall'],
    ['breastfeeding and neck pain after a fall'],
    ['flipped over the handlebars, neck hurts'],
    ['i got launched over the handlebars and my neck is killing me'],
    ['stiff neck and a purple spot on my chest'],
    ['lifting weights then sudden worst headache of my life'],
  ])('%j leads with an emergency', (query) => {
    expect(first(query)?.id).toBe('red-flags');
    expect(first(query)?.snippet.reason ?? '').toMatch(/EMERGENCY/);
  });
  it.each([
    ['34 weeks pregnant, sudden headache, swollen face and neck pain'],
    ['my son has a stiff neck and a spot on his tummy that won\'t fade'],
    ['blind spot in my vision and neck pain'],
    ['carrying the baby down the stairs and i slipped, neck sore'],
    ['food sticks in my throat and my neck hurts'],
    ['bread gets stuck halfway down and my neck aches'],
  ])('%j leads with the warning signs', (query) => {
    expect(first(query)?.id).toBe('red-flags');
  });
  it.each([['is the icy hot stick safe', 'medications'], ['is a tens machine safe in pregnancy for neck pain', 'physical-therapy'], ['my neck is stuck', 'overview']])(
    '%j leads with %s', (query, id) => {
      expect(first(query)?.id).toBe(id);
    },
  );
  it.each([["can't turn the tap off"], ['photo ideas with my toddler on my shoulders'], ['mountain bike handlebar width'], ['car engine overheating when stuck in traffic'], ['sore throat and swollen glands in my neck, is it tonsillitis']])(
    '%j finds nothing', (query) => {
      expect(search(index, query).hits).toEqual([]);
    },
  );
});

// Review35's findings: an emergency named with no neck keeps a query only by a name of three words
// or more and with no other cause told; a yes-or-no question about an ambulance gets the summary of
// when to call one; a neck that is stuck pairs with the meningitis signs as a stiff one does.
describe('review35', () => {
  it.each([
    ['worst headache ever from a hangover, what helps'],
    ['slurred speech after too many pints'],
    ['best thermometer for checking a high temperature in kids'],
    ['purple spots on my tomato plant leaves'],
    ['weak legs after running a marathon'],
    ['my legs feel weak since covid'],
  ])('%j (an emergency\'s words of another cause or subject, no neck) finds nothing', (query) => {
    expect(search(index, query).hits).toEqual([]);
  });
  it.each([['sudden worst headache of my life and i feel sick'], ['my neck is stuck and i keep being sick'], ['neck locked, vomiting and drowsy']])(
    '%j leads with an emergency', (query) => {
      expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
    },
  );
  // Yes or no, A&E, the ER or 999 named and no sign: when to go there, not the emergency's heading
  // (review40); a sign beside it is still answered by the sign, and "ring 111" by the heading that names it.
  it.each([
    ['do I need an ambulance for a neck spasm', /^Warning signs, most urgent first/],
    ['when should I call an ambulance for neck pain?', /^EMERGENCY: call 999/],
    ['do i need to go to the ER for a crick in my neck', /^Warning signs, most urgent first/],
    ['is a stiff neck an a&e job', /^Warning signs, most urgent first/],
    ['do i need an ambulance for my neck', /^Warning signs, most urgent first/],
    ['should i go to a&e, my arm has gone numb and my neck is agony', /^Numbness, tingling/],
    ['should i ring 111 about my stiff neck', /^Get medical help promptly/],
  ])(
    '%j shows %s', (query, sentence) => {
      expect(search(index, query).hits[0]?.snippet.text).toMatch(sentence);
    },
  );
});

// "locked" counts for the condition only inside a whole name of it (review36).
it.each([['locked out of my car at the supermarket'], ['locked my keys in the car']])('%j finds nothing', (query) => {
  expect(search(index, query).hits).toEqual([]);
});
it.each([["my neck went click and now it's locked"], ['cant turn my head at all, neck is locked solid'], ['my neck keeps locking up']])('%j is the condition itself: the overview leads', (query) => {
  expect(top(query)).toBe('overview');
});

// An emergency's name of two words counts without the neck when one of them is rare enough to name
// it alone (thunderclap, lopsided), not two common words (purple spots, a high temperature).
it.each([['thunderclap headache out of nowhere an hour ago'], ['my mum cant lift her arm and her smile is lopsided'], ['her smile is lopsided this morning and she cant lift her left arm']])(
  '%j (no neck named) leads with an emergency', (query) => {
    expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
  },
);
it.each([["my speech is slurred and I haven't had a drink"]])('%j (slurred speech, no neck, no other cause) leads with the stroke\'s emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});

// Review37: an animal's face is the animal's; "from nowhere" is when, not a cause; a laptop that
// has locked up is no neck.
it.each([["my dog's face is drooping on one side"], ['my laptop has locked up and the screen is frozen']])('%j finds nothing', (query) => {
  expect(search(index, query).hits).toEqual([]);
});
it.each([['thunderclap headache from nowhere'], ['slurring her words from nowhere and her face is sagging']])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});

// "so no X" after a reason turns from X: the query is a choice the corpus answers, not another
// subject (it had found nothing).
it.each([['had an ulcer so no nurofen'], ['had a bleeding ulcer so no anti-inflammatories']])('%j finds an answer', (query) => {
  expect(search(index, query).hits.length).toBeGreaterThan(0);
});
// So does "no X" after a comma, after a condition the person has: the caution is the reason, not
// another subject (both had found nothing).
it.each([['kidney problems, no anti inflammatories'], ['kidney issues, no nsaids']])('%j finds an answer', (query) => {
  expect(search(index, query).hits.length).toBeGreaterThan(0);
});
// A longer "no …" clause still wants what it names ("no physio on the NHS for months").
it.each([['back problems, no physio on the NHS for months', 'physical-therapy']])('%j is answered by %s', (query, id) => {
  expect(search(index, query).hits[0]?.id).toBe(id);
});

// A condition the drugs' notes name as a caution, beside a medicine the query names, is the
// medicine's question, not another kind of trouble; nor is a number before a word another kind
// ("two glasses of wine"). The medicine's own subject stays off-topic ("aspirin for heart problems").
it.each([
  ['is diclofenac safe if I have heart problems?', /./],
  ['I took my muscle relaxer and then had two glasses of wine at dinner', /do not drink alcohol while you take one/],
])('%j is answered by the medicines', (query, sentence) => {
  const hit = search(index, query).hits[0];
  expect(hit?.id).toBe('medications');
  expect(hit?.snippet.text).toMatch(sentence);
});
// An organ's illness in everyday words ("heart problems", "a heart condition", "liver issues") is
// the disease the notes name as a caution: "Take only one NSAID at a time", which says "heart" only
// of low-dose aspirin for the heart, had answered the first two, and the third had found nothing.
it.each([
  ['I have heart problems, is ibuprofen safe', /heart disease/],
  ['heart problems and a stiff neck, can I have advil', /heart disease/],
  ['I have a heart condition, is it ok to take nurofen', /heart disease/],
  ['is diclofenac safe if I have heart problems?', /Diclofenac and the heart/],
  // ... and an adjective before the organ (review42: "dodgy heart, is diclofenac ok").
  ['dodgy heart, is diclofenac ok', /Diclofenac and the heart/],
  ['I have a bad heart, can I take ibuprofen', /heart disease/],
])('%j is answered by the caution on heart disease', (query, sentence) => {
  const hit = search(index, query).hits[0];
  expect(hit?.id).toBe('medications');
  expect(hit?.snippet.text).toMatch(sentence);
});
// "paining" (Indian English) is "hurting": read as a rare word, it had put the warning signs' "pain"
// first (writer66).
it('"The neck is paining me, how many minutes I must put ice?" is answered by the ice', () => {
  const [hit] = search(index, 'The neck is paining me, how many minutes I must put ice?').hits;
  expect(hit?.id).toBe('thermal');
  expect(hit?.snippet.text).toMatch(/for 20 minutes every hour/);
});
// "X instead of Y, or can I do both at once?" asks of the two together: Y is not turned from (writer69).
it('"Icy Hot instead of a heating pad, or can I do both at once?" gets the rubs\' note on heat', () => {
  expect(search(index, 'Icy Hot instead of a heating pad, or can I do both at once?').hits[0]?.snippet.text).toMatch(/not to use the rub with a heating pad/);
});
// Asked which of two comes first, the sentence of what comes first answers (writer69: the heat
// sentence's "for 3 to 4 days" had answered "hot water bottle or frozen peas first?").
it.each([
  ['crick in me neck - hot water bottle or frozen peas first?', /during the first two days/],
  ['heat or cold first 48 hours after neck strain', /during the first two days/],
  ['stretching or rest first', /After you experience some pain relief/],
])('%j: what comes first answers', (query, sentence) => {
  expect(search(index, query).hits[0]?.snippet.text).toMatch(sentence);
});
// Severe pain beside a weak arm is the emergency; the idiom "a terrible pain in the neck" is no pain
// (review52).
it.each([
  ['terrible pain in my neck and my arm is weak', true],
  ['my neck hurts badly and my arm feels weak', true],
  ["she's a terrible pain in the neck, my arm is weak from carrying her bags", false],
  ['this traffic is a terrible pain in the neck, my arm feels weak from driving', false],
])('%j raises the emergency of severe pain with a weak arm: %s', (query, raised) => {
  expect(/— EMERGENCY/.test(search(index, query).hits[0]?.snippet.reason ?? '')).toBe(raised);
});
// Care that has seen the person and given them a thing ("urgent care gave me a collar") is the
// story: the thing given is asked about, not whom to turn to (writer63: the signs had led). What the
// care said may be why to go back ("the walk-in centre said rest it, but a week on it hasn't budged").
it.each([
  ['urgent care gave me a collar how long do i wear it', 'rest'],
  ['A&E gave me a soft neck collar after a fall down the stairs, said spasms were bad. how long do i wear it, only when sitting and standing up?', 'rest'],
  ["the walk-in centre said rest it, but a week on it hasn't budged", 'red-flags'],
])('%j leads with %s', (query, id) => {
  expect(search(index, query).hits[0]?.id).toBe(id);
});
// A verdict given is a check, not a thing given (review51: the signs' "Severe neck pain with weakness …"
// had answered).
it('"urgent care gave me the all-clear after the crash, neck still stiff" keeps whom to turn to', () => {
  const [hit] = search(index, 'urgent care gave me the all-clear after the crash, neck still stiff').hits;
  expect(hit?.id).toBe('red-flags');
  expect(hit?.snippet.text).not.toMatch(/^Severe neck pain/);
});
// Asked whether it is safe to do a thing, the sentence naming the thing answers, not the side
// effects in general (writer69: "is it safe to drive after taking a muscle relaxant?" had shown the
// article's list of side effects). A general verb ("safe to take") names no such thing.
it.each([
  ['is it safe to drive after taking a muscle relaxant?', 'medications', /Do not drive or use machines/],
  ['ok to drive on muscle relaxers', 'medications', /Do not drive or use machines/],
  ['is it safe to exercise with a neck spasm', 'physical-therapy', /strengthening exercises/],
])('%j: the sentence naming what is asked of answers', (query, id, sentence) => {
  const hit = search(index, query).hits[0];
  expect(hit?.id).toBe(id);
  expect(hit?.snippet.text).toMatch(sentence);
});
it('"is it safe to take ..." reads no activity of its own', () => {
  expect([...readQuery('is it safe to take ibuprofen for a stiff neck').safeTo]).toEqual([]);
  expect([...readQuery('is it safe for me to drive on co-codamol').safeTo]).toEqual(['drive']);
});
// A side effect told of a medicine the query names is the medicine's question, asked for another
// or not: a part out of the corpus's scope ("tummy") or a trouble's words ("stomach cramps") in it
// are the side effect, not another subject (writer63 and the thirty-fifth session: all five had
// found nothing). What the medicine is for stays another subject ("ibuprofen for stomach cramps").
it.each([
  ['nurofen gives me a sore stomach, alternative?', /Over-the-counter analgesics/],
  ['naproxen gives me stomach cramps', /bleeding in the stomach/],
  ['naproxen gives me stomach cramps so what else', /./],
  ['ibuprofen makes my tummy hurt', /./],
  ['ibuprofen makes my tummy hurt, what else can i take', /./],
])('%j is answered by the medicines (a side effect told)', (query, sentence) => {
  const hit = search(index, query).hits[0];
  expect(hit?.id).toBe('medications');
  expect(hit?.snippet.text).toMatch(sentence);
});
it.each([['aspirin for heart problems'], ['ibuprofen for kidney problems'], ['ibuprofen for stomach cramps'], ['my dog gives me a headache'], ['ibuprofen for heartburn'],
  // A side effect the corpus never names stays a subject of its own, as the main suite's off-topic
  // "indigestion after ibuprofen" has it (review50 had asked for these to be answered).
  ['aleve gives me heartburn'], ['naproxen is giving me acid reflux'], ['cyclobenzaprine gives me a dry mouth']])('%j finds nothing (what the medicine is for, or a side effect the corpus never names, is another subject)', (query) => {
  expect(search(index, query).hits).toEqual([]);
});

// "accidentally" tells how a thing was done, not of an accident; an overdose is the overdose's note.
it.each([['accidently took 10 panadols in one day wat do'], ['think i overdosed on paracetamol'],
  // Asked of, not told ("what if i take too much"), and beside how much: what to do after too much comes first.
  ['what happens if I take too much paracetamol by accident?'], ['what if i take too much paracetamol'], ['what happens if I take too much paracetamol'], ['i accidentally took too much paracetamol, how much is the max']])('%j shows the note on too much paracetamol, with no injury notice', (query) => {
  const hits = search(index, query).hits;
  expect(hits[0]?.snippet.text).toMatch(/Too much paracetamol by accident/);
  expect(hits.some((h) => h.warning)).toBe(false);
});
it.each([['i accidentally fell down the stairs and hurt my neck']])('%j (an accident\'s own words) keeps its warning', (query) => {
  expect(search(index, query).hits[0]?.warning).toBe(true);
});

// Fever words beside a stiff neck raise no emergency where something else made the person hot
// (review38: a rule on "I feel hot" alone raised one for each; review39: so did one on a headache
// with any fever word, for a heat pad, the weather or an office).
it.each([
  ['I feel hot after the sauna, neck still stiff'], ['I am very hot after my run and have a stiff neck from the treadmill'],
  ['i am very hot in this heatwave and my neck is stiff from sleeping'], ['I feel hot under the heated blanket, is it ok for my stiff neck'],
  ['he is very hot in his thick jumper, stiff neck from gaming'], ['he is very hot headed and I think stress gave me a stiff neck'],
])('%j raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});
it.each([['can muscle relaxants help with heart problems']])('%j finds nothing (what the medicine would help with is another subject)', (query) => {
  expect(search(index, query).hits).toEqual([]);
});
it.each([['stomach ulcer years ago so no nsaids, neck is killing me']])('%j (turning from a medicine, the ulcer its reason) finds an answer', (query) => {
  expect(search(index, query).hits[0]?.id).toBe('medications');
});

// "hottie" is a hot water bottle in Australian and British speech.
// A serious accident denied keeps the minor injury's warning: the accident happened.
it.each([["it wasn't a serious accident, neck stiff"], ['it was not a serious car accident, just a scrape, neck a bit stiff']])('%j keeps the minor injury\'s warning sign', (query) => {
  const hits = search(index, query).hits;
  expect(hits[0]?.id).toBe('red-flags');
  expect(hits[0]?.snippet.reason ?? '').toMatch(/a warning sign: a minor neck injury/);
});

it.each([['hottie on me crook neck, how long for', /^Heat is typically applied for 20 minutes/]])('%j is answered by the heat therapy', (query, sentence) => {
  const hit = search(index, query).hits[0];
  expect(hit?.id).toBe('thermal');
  expect(hit?.snippet.text).toMatch(sentence);
});

// Warm water or air is heat, and cold water cold: a hot tub, a sauna or a bath is heat therapy, an ice bath
// cold therapy (the hot tub had been no word of the corpus, its "hot" the ice's sentence).
it.each([
  ['hot tub stiff neck', /— heat therapy/],
  ['jacuzzi good for stiff neck?', /— heat therapy/],
  ['is a sauna good for a tight neck', /— heat therapy/],
  ['bath with epsom salts for sore neck', /— heat therapy/],
  ['ice bath for my neck', /— cold therapy/],
])('%j is the thermal therapy its warmth or cold names', (query, means) => {
  const hit = search(index, query).hits[0];
  expect(hit?.id).toBe('thermal');
  expect(hit?.snippet.reason).toMatch(means);
});
// ... beside the neck only: a bath, a sauna or a hot tub is no treatment of ours when the neck is not
// named (review38: each of these had been answered as heat therapy).
it.each([
  ['how to clean a bathtub'],
  ['sauna opening hours'],
  ['hot tub hire'],
  ['jacuzzi suite hotel'],
  ['is a hot tub good for back pain'],
  ['sauna suit for weight loss'],
])('%j finds nothing', (query) => expect(top(query)).toBe('nothing'));
it('"cold bath for a fever" is no cold therapy: the fever\'s warning leads', () => expect(top('cold bath for a fever')).toBe('red-flags'));

// A form of a word the lists have ("sedating", of sedate) is no name of a drug or an illness of its
// own; a form of one they lack ("crowdfunding") may be.
it.each([
  ['cyclobenzaprine made me dizzy, is there a less sedating one', 'medications'],
  ['thunderclap crowdfunding campaign for my album', 'nothing'],
])('%j finds %s', (query, id) => expect(top(query)).toBe(id));

// A word for a dose with no medicine named is about doses, which the medicines' notes give (trial66:
// "search dose" found nothing and offered "did you mean 'does'?", a word that finds nothing); beside
// a medicine's name it asks that medicine's amount.
it.each([['dose'], ['doses'], ['whats the right dose']])('%j finds the medicines, suggesting nothing', (query) => {
  const result = search(index, query);
  expect(result.hits[0]?.id).toBe('medications');
  expect(result.suggestions).toEqual([]);
});
it.each([['warning signs'], ['what are the warning signs']])('%j shows the warning signs\' summary', (query) => {
  expect(search(index, query).hits[0]?.snippet.text).toMatch(/^Warning signs, most urgent first/);
});

// Asked only how grave it is ("is it serious"), the warning signs answer with their summary, not the
// crash "when the accident was a serious one", which the word's letters and "neck" had chosen; a sign
// named beside the question is that sign's ("can numbness in my arm be serious"), and a sign that is
// the word's own still answers ("you are worried about it").
it.each([
  ['is a stiff neck serious', /^Warning signs, most urgent first/],
  ['could my neck pain be something serious', /^Warning signs, most urgent first/],
  ['is a stiff neck dangerous', /^Warning signs, most urgent first/],
  ['can numbness in my arm from my neck be serious?', /^Numbness, tingling, pins and needles/],
  ['not sure if worried enough to see gp', /^you are worried about it/],
  ['fell off my bike, it was a serious crash, neck hurts', /^Neck pain after a fall, a crash/],
  // "serious" told of an accident or of the pain is the sign's own word (review42: these had lost it).
  ['serious car accident yesterday, neck sore', /^Neck pain after a fall, a crash/],
  ['fell from a horse, serious, neck hurts', /^Neck pain after a fall, a crash/],
  ['is a neck spasm serious or will it go by itself', /^Warning signs, most urgent first/],
])('%j shows the warning signs\' %s', (query, sentence) => {
  const hit = search(index, query).hits[0];
  expect(hit?.id).toBe('red-flags');
  expect(hit?.snippet.text).toMatch(sentence);
});

// A serious accident told with neck pain is the emergency's (review42: "serious car accident
// yesterday, neck sore" had the minor injury's notice); one denied or long ago is not.
it.each([['serious car accident yesterday, neck sore'], ['had a serious fall this morning and my neck hurts'], ['bad car crash last night and my neck is sore'],
  // ... and a sign told as now beside a year of something else is now's.
  ['my left arm has been weak since my op in 2020, had a serious car crash yesterday, neck hurts'],
  // ... and a denial further off is no denial of the crash.
  ["I wasn't wearing a seatbelt in the crash and my neck hurts"], ['no seatbelt in the crash, neck hurts'], ['I was not wearing a seatbelt in the car crash and my neck hurts']])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
it.each([['not a serious accident, just a fender bender, neck a bit stiff'], ['had a serious car accident 10 years ago, neck gets stiff sometimes'],
  // A year gone by or a long while is long ago too (review43: these raised the emergency).
  ['I had a serious car accident in 2015 and still get neck spasms'], ['serious car accident back in 2010, neck stiff in cold weather'], ['a bad car accident a long time ago, neck aches now and then'],
  ['my dad was in a car accident in 2005 and cant move his legs, i have a neck spasm from lifting him'],
  // An accident denied, or its seriousness denied, right before its words (review43).
  ['it was not a car crash, neck stiff'], ["it wasn't a serious accident, neck stiff"], ['it was not a serious car accident, just a scrape, neck a bit stiff'],
  // ... or said not to have been in or had one (trial47 finding 2).
  ["I wasn't in a car crash, is heat good for a stiff neck"], ['heat or ice for my stiff neck, I was not in a car crash'], ['no car crash, no fever, just a stiff neck, heat or ice?'],
  ["I didn't have an accident, it just came on, heat or ice"], ["haven't had a fall or anything, neck just stiff"]])('%j raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});

// A temperature denied or said to be normal is no fever (review39: both raised meningitis's
// emergency); one had still is.
it.each([['I havent got a temperature, just a stiff neck and a headache'], ['not got a temperature but stiff neck and headache'], ['stiff neck and headache, temperature is normal']])('%j raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});
it.each([['stiff neck and headache and i have a temperature'], ['shes got a temp and a stiff neck']])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});

// Too much told in other words than "by accident" is the note on taking too much (review39).
it.each([['I think I took too much paracetamol'], ['took a whole packet of panadol for neck pain'], ['overdosed on tylenol'], ['took 10 paracetamol today'], ['had 12 panadol in 24 hours'], ['took about 10 paracetamol today'], ['took 20 x 500mg paracetamol'], ['I took 30 paracetamol'], ["I OD'd on paracetamol"]])('%j shows the note on too much paracetamol', (query) => {
  expect(search(index, query).hits[0]?.snippet.text).toMatch(/Too much paracetamol by accident/);
});
it.each([['i had too much to drink and took paracetamol'], ['took 500 mg paracetamol']])('%j (too much to drink, or a dose in milligrams) is not answered by the note on too much paracetamol', (query) => {
  expect(search(index, query).hits[0]?.snippet.text ?? '').not.toMatch(/Too much paracetamol by accident/);
});

// "swallowed" of something taken in is no difficulty swallowing; a child who swallowed someone's
// paracetamol is answered by the note on too much of it (review40).
it.each([['my son swallowed some of my paracetamol'], ['my toddler got into my paracetamol']])('%j shows the note on too much paracetamol, with no warning sign', (query) => {
  const hits = search(index, query).hits;
  expect(hits[0]?.snippet.text).toMatch(/Too much paracetamol by accident/);
  expect(hits.some((h) => /swallowing/i.test(h.snippet.reason ?? ''))).toBe(false);
});
it.each([['it hurts when i swallow and my neck is stiff'], ['it hurt when i swallowed, neck is sore']])('%j (the sign\'s own sense) keeps the swallowing sign first', (query) => {
  expect(search(index, query).hits[0]?.snippet.text).toMatch(/^Difficulty swallowing/);
});

// Review41: "swallowed" with trouble told beside it keeps the sign; a weekly total is no overdose;
// a temperature gone "now" was had.
it.each([['it hurts every time i swallowed my food today'], ['i choked when i swallowed my pills'], ['i swallowed some water and it felt like it got stuck']])('%j keeps the swallowing sign first', (query) => {
  expect(search(index, query).hits[0]?.snippet.text).toMatch(/^Difficulty swallowing/);
});
it.each([['took 20 paracetamol this week'], ['took 16 paracetamol over the weekend'], ['took 12 paracetamol over 3 days']])('%j (a total over days) is not answered by the note on too much paracetamol', (query) => {
  expect(search(index, query).hits[0]?.snippet.text ?? '').not.toMatch(/Too much paracetamol by accident/);
});
it.each([['i havent got a temperature now but had a high one last night, stiff neck and headache']])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});

// An accident's seriousness denied after it ("the crash was nothing serious") is a minor injury: the
// lesser sign's warning, not the emergency (review43 left it raising the emergency).
it.each([['the crash was nothing serious, just a stiff neck since'], ['small crash in the car park, nothing serious, neck a bit stiff'], ['had a fall at work, nothing serious, neck stiff'], ['i was in a small crash and my neck is stiff'], ['the car crash was minor, my neck is a bit stiff']])('%j shows the minor injury\'s warning, no emergency', (query) => {
  const hits = search(index, query).hits;
  expect(hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
  expect(hits[0]?.snippet.reason ?? '').toMatch(/a warning sign: a minor neck injury/);
});
// A crash that a film, a story or a game is about, a fall someone else had beside the teller's own
// neck, and a sign's words with a denial between them ("my chest is not tight") are no emergency.
it.each([['watched a movie about a car crash and now my neck is stiff from the sofa'], ['played crash bandicoot for hours and my neck is stiff'], ['writing a story about a car crash for school and my neck is stiff from the desk'],
  ['my mum had a fall and i have been lifting her, my neck is killing me'], ['my friend had a bad fall last month, i have been carrying her shopping and my neck is sore'],
  ['my chest is not tight, neck is stiff'], ['stiff neck but my chest doesnt hurt'], ['my chest does not hurt, only my neck']])('%j raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});
// ... nor another sign of one body told of someone else beside the teller's own neck: a fever, a
// temperature, a stroke, a chest's pain, a bladder, a faint, numb hands (review55: all had raised an
// emergency or a warning). The neck is the teller's by the nearest person before it in its clause:
// "i have a stiff neck from carrying him" is mine, though "him" is in its clause.
it.each([['my son has a fever and i have a stiff neck from carrying him'], ['wife has the flu with a temperature, i just have a crick in my neck'], ["i'm a nurse, my patients have fevers, my neck is stiff from lifting them"],
  ["my mother can't control her bladder since her op, i hurt my neck lifting her"], ["my colleague's chest pain turned out to be nothing, my neck is stiff from the desk"], ['baby has a temp of 38, my neck aches from rocking her all night'],
  ['I have been a carer for my husband since his stroke and my neck went into spasm lifting him']])('%j (someone else\'s sign) raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});
it.each([['husband has numb hands from carpal tunnel, i have a neck spasm'], ['my brother fainted at the wedding, i got a stiff neck from the dance floor']])('%j (someone else\'s sign) raises no warning', (query) => {
  expect(search(index, query).hits.some((h) => h.warning === true)).toBe(false);
});
// An emergency's name whole beside a lesser sign's is what the answer cites: "numb weak legs" beside
// severe pain is the weak legs' emergency, not a numb leg's warning (review55).
it.each([['severe neck pain and numb weak legs after lifting heavy weights'], ['sudden weakness in both legs and my bum feels numb'], ["numbness in my saddle area and I've wet myself without knowing"], ['woke up and can\'t feel my legs properly and can\'t pee']])('%j cites an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
// ... not one denied by "neither … nor", nor weak legs that are weak with a feeling.
it.each([['tackled, neck sore, neither numb arms nor weak legs'], ['tackled my fear of driving after the car accident, legs were weak with nerves, neck tight']])('%j raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});
it('"neither numb nor weak, only stiff neck" raises no warning', () => expect(search(index, 'neither numb nor weak, only stiff neck').hits.some((h) => h.warning === true)).toBe(false));
// A sign denied or gone in other words than "no" before it (review55: each had raised an emergency).
it.each([['denies fever, stiff neck x2 days'], ['fever free, headache free, neck tight after yoga'], ['bladder fine, no numbness, neck pain from posture'], ['no loss of bladder control, just neck ache'],
  ['stiff neck, no fever and no rash, should i use ice'], ['fever went away a week ago, neck stiff from lying in bed'], ['after covid the fever cleared, neck still stiff'], ['fever is gone, stiff neck'],
  ['fever broke yesterday but my neck is stiff']])('%j (a sign denied or gone) raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});
// ... but not one come back, nor "fine" said of something else.
it.each([['my fever was gone but now its back with a stiff neck'], ['fever went away but came back and my neck is stiff'], ['the headache is fine but i have a fever and a stiff neck'], ['i think i broke my neck falling off the trampoline']])('%j still leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
// Lay words for an emergency's sign, and typos spelt as they sound (review55: each had missed it).
// Breathing said to be hard is difficulty breathing (review43).
it.each([["stiff neck and it's hard to breathe"], ['neck spasm and i find it difficult to breathe']])('%j leads with the emergency of difficulty breathing', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY.*difficulty breathing/);
});
// Breath that cannot be got is no thing turned from ("can't get" a medicine is): its warning signs
// lead, not the other treatments (review43).
it.each([["neck spasm and I can't get my breath"], ["stiff neck, can't get a breath"]])('%j leads with the warning signs, at a sentence on breath', (query) => {
  const top = search(index, query).hits[0];
  expect(top?.id).toBe('red-flags');
  expect(top?.snippet.text).toMatch(/breath/);
});
it.each([["mum can't lift her arm and is talking funny, she has a stiff neck"], ['neck spasm, struggling to catch my breath'], ['excruciating neck pain and i can barely walk'], ['stif nek n feva n headake'],
  ['pins and needles in my private parts and neck ache'], ['my genitals feel numb and my neck hurts'],
  // Sudden trouble seeing, or dizziness, beside a weak arm or a numb face: a stroke's (review55).
  ["neck pain then suddenly couldn't see properly, dizzy, arm weak"], ["face went numb and i'm dizzy, neck pain"]])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
// ... whose common words count only in those names: "sleeping funny", "can barely turn my head".
it.each([['can kids have calpol for a stiff neck from sleeping funny'], ['i can barely turn my head, neck is agony'], ['struggling to sleep with this stiff neck'], ['is private physio worth it for a stiff neck'],
  ['dizzy when i stand up with this stiff neck'], ['my arms are weak after the gym and i felt dizzy, neck stiff'], ['proper knackered neck after footie']])('%j raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});
// A fall told as mild, or as not bad further on in its story, is a minor injury (review55).
it.each([['fell from my bike 3 hrs ago, neck pain mild, can move everything fine'], ['slipped on ice 2 days ago, neck sore but i can move everything, its not bad']])('%j raises no emergency, only the minor injury\'s warning', (query) => {
  const hits = search(index, query).hits;
  expect(hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
  expect(hits.some((h) => /a warning sign: a minor neck injury/.test(h.snippet.reason ?? ''))).toBe(true);
});
it.each([['fell off a ladder, mild headache, now i cant feel my legs'], ['fell down the stairs, the pain is not mild, its agony']])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
// review56, on those readings: a sign said again after it is gone is there ("his fever has gone but
// now I have a fever"), and so is one whose going is denied ("the fever had gone but it hasn't"); a
// heart attack's "pain down my arm" does not outrank a pinched nerve's pins and needles; walking a
// dog, a parrot talking funny and being out of breath on the treadmill are no signs.
it.each([["my husband's fever has gone but now I have a fever and a stiff neck"], ["I thought the fever had gone but it hasn't, and now my neck is stiff"], ["his fever cleared but mine hasn't, and my neck is stiff"]])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
it.each([['no loss of bladder control, neck pain shooting down into my arm with pins and needles'], ['I can barely walk my dog because my neck spasm is so bad'], ['my toddler is talking funny baby words now, my neck hurts from carrying her'],
  ['my parrot is talking funny and my neck is stiff'], ['struggling to catch my breath yesterday on the treadmill, neck stiff']])('%j raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});
// review56's misses in both trees: a stroke's signs in other words ("lost the vision in one eye" or
// "the room is spinning" beside a weak arm or a numb face, a numb face beside a weak arm, a droopy
// face), "lost control of my waterworks", and a clinician's "denies …" list or "nae fever" (Scots).
it.each([['I lost the vision in one eye for a few minutes and my arm felt weak'], ["I'm dizzy and my face feels numb"], ['fine until today, when my arm went weak and my face went numb'],
  ['half my face has gone numb and droopy'], ["I've lost control of my waterworks and my neck is agony"]])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
it.each([['pt c/o neck pain, denies numbness, tingling, bladder or bowel changes'], ['nae fever though, just a stiff neck'], ["since the fever went my neck's been grand"], ['Sorry if this sounds dumb.'], ['Bit of a weird one.'], ['face feels numb after the dentist, neck stiff']])('%j raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});
it('"can barely walk because of the neck pain" is the walking\'s warning, not the emergency, with no severe pain told', () => {
  expect(search(index, 'can barely walk because of the neck pain').hits[0]?.snippet.reason ?? '').toMatch(/^can barely walk — a warning sign: a change in balance or walking/);
});
it('"my fever went up last night and my neck is stiff" leads with an emergency', () => expect(search(index, 'my fever went up last night and my neck is stiff').hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/));
// review57 on those readings. Someone else's sign that is an emergency of its own (a chest's pain, a
// stroke), or a fever beside another of meningitis's signs, is that person's emergency; "went" alone
// says only a fever is gone ("the rash went purple" is a rash); numbness "down my arm" is a limb's,
// not the saddle's "numb down there"; a spinning class, the waterworks as a workplace or said to be
// fine, and walking little ("I hardly walk anywhere") are no signs.
it.each([['my neck is stiff and my husband has crushing chest pain'], ["my neck aches and my toddler has a high temperature and won't wake up"], ['my neck is killing me and my son has a fever and a headache and is being sick'],
  ['I have neck pain and my partner has a fever and a stiff neck too'], ['the rash went purple and she has a stiff neck'], ['the dizziness cleared but my arm is still weak and my face is numb'],
  ['numb down there and my neck hurts'], ['car accident, neck sore, numbness down my arm']])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
it.each([['numb down my left arm and hand'], ['the numbness went down my arm into my fingers'], ['my arm goes numb down to the elbow when I sleep'], ['the tingling went all the way down to my hand, neck hurting']])('%j is the arm\'s warning, not the saddle\'s emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/a warning sign: numbness, tingling or weakness in an arm or hand/);
});
it.each([['went to a spinning class and now my neck is stiff'], ['I work night shifts at the waterworks and my neck is always stiff'], ['my waterworks are fine, just a sore neck'], ['I hardly walk anywhere these days, could my desk job be why my neck is stiff']])('%j raises no warning', (query) => {
  expect(search(index, query).hits.some((h) => h.warning === true)).toBe(false);
});
// review58: meningitis's signs in a carer's words beside a stiff neck (a child who can't be woken,
// floppy, fits, not making sense), a drooping mouth, "cant breath", a numb bum; and no sign in a
// dog's fall, "no trouble breathing", or a spinning class.
it.each([["neither fever nor headache but I can't wake my son properly and his neck is stiff"], ['my 3 month old is very hot, floppy and her neck seems stiff'], ['my child is having fits and has a stiff neck'],
  ['My wife is not making sense when she talks and her neck is stiff, started an hour ago'], ["Granny's mouth is drooping on one side, she's got neck pain too"], ['i cant breath proply and my nek hurts'], ["I can't breath and my neck hurts"], ['my neck hurts and my bum is numb']])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
it.each([["our dog fell down the stairs but is fine; I've got a stiff neck from carrying him"], ['no trouble breathing, no swallowing problems, just a stiff neck'], ['spinning class made my neck sore'], ['drank too much, room spinning, slept on my neck funny'], ['slurred speech after the dentist numbed my mouth']])('%j raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});
it('"lower back spasm after lifting" still finds nothing (a lower back is no neck)', () => expect(search(index, 'lower back spasm after lifting').hits).toEqual([]));
// ... whose everyday words are no signs: a floppy pillow, not waking up properly in the mornings,
// instructions not making sense, fits of laughter; and "torticollis baby" is still the condition.
it.each([['floppy pillow gave me a stiff neck'], ["can't wake up properly in the mornings, neck stiff"], ['the instructions for the heat pad are not making sense, stiff neck'], ['having fits of laughter hurt my stiff neck'], ['my neck is stiff and my arms feel floppy after the gym']])('%j raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});
it.each([['no fever, but my daughter is limp and floppy, won\'t wake properly, stiff neck'], ["fever's come down with calpol but he's still floppy with a stiff neck and a rash"], ['baby is floppy with a high temp and seems to have a stiff neck']])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
it('"torticollis baby" finds the condition', () => expect(search(index, 'torticollis baby').hits[0]?.id).toBe('overview'));
// review59: a person who "talks funny" as a habit, or is "floppy-haired", is no sign; said as sudden
// or now it is; a sign followed by "none" is denied.
it.each([['my colleague talks funny, jokes aside, my neck is stiff from the desk'], ['my friend is floppy-haired and laughs funny, anyway my neck is stiff, heat or ice'], ['my son talks funny since his braces, I have a stiff neck from driving'],
  ['car accident, neck sore. arm numbness? none. leg weakness? none'], ['numbness none, tingling none, neck stiff']])('%j raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});
it('"neck ache spreading to my jaw and left arm, sweating and feel sick" is the heart attack\'s emergency (review59)', () => expect(search(index, 'neck ache spreading to my jaw and left arm, sweating and feel sick').hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY, call 999 or 911 now: neck pain with signs of a heart attack/));
it.each([['the spasm spreads to other parts of my upper back'], ['I clench my jaw a lot and my neck has been tight for three days'], ['stuck neck and sore jaw after a long dental appointment']])('%j raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});
it('"my dad talks funny since this morning and his arm is weak" leads with an emergency', () => expect(search(index, 'my dad talks funny since this morning and his arm is weak').hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/));
// ... while the sign and the neck of the same person, or the teller's own sign, stay an emergency.
it.each([['my son has a fever and a stiff neck'], ['my daughter has a temp of 39 and a stiff neck'], ['my wife says i have a fever and my neck is stiff'], ['i have a fever and a stiff neck from carrying my son']])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
// ... while the same words told as the teller's or as now stay an emergency: a fall told of the one
// whose neck hurts, a crash the teller may have been in, seriousness denied beside severe pain, and a
// chest that hurts beside the neck (the heart attack's sign).
it.each([['my nan fell yesterday, her neck hurts'], ['my husband crashed the car and my neck hurts'], ['i was in a crash yesterday and my neck is stiff'], ['the crash was nothing serious but my neck is agony'],
  ['my neck and chest hurt'], ['my chest hurts and so does my neck'], ['my mum and i had a fall on the ice, my neck hurts']])('%j leads with an emergency', (query) => {
  const [hit] = search(index, query).hits;
  expect(hit?.warning, 'the hit is not flagged as a warning sign').toBe(true);
  expect(hit?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});

// review44 on those readings: an accident's seriousness denied beside severe pain or a limb that will
// not work stays an emergency; "not minor" and "wasn't a minor crash" are no denial of it; a state
// told as gone since ("not tight anymore") was there; a sign's words denied right before them ("isn't
// slurred", "not short of breath") are no sign; a crash in a game, a film or the news is no accident.
it.each([['the fall was minor but now I can\'t walk and my neck is agony'], ['the crash was not minor, the car was written off, my neck hurts'], ['tripped up the kerb, not a serious fall, but the pain in my neck is excruciating'],
  ['my chest is not tight anymore but it was an hour ago, my neck still hurts'], ["it wasn't a minor crash, we rolled, and my neck is sore"], ['had a little crash, nothing serious, but my neck is in agony'], ['minor crash but my neck is agony']])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
it.each([["tripped over the dog, it wasn't a bad fall, neck twinges a bit"], ['came a cropper on my bike, nothing serious, just a stiff neck'], ['i had a fall yesterday but it was a small one, neck a bit stiff']])('%j shows the minor injury\'s warning, no emergency', (query) => {
  const hits = search(index, query).hits;
  expect(hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
  expect(hits[0]?.snippet.reason ?? '').toMatch(/a warning sign: a minor neck injury/);
});
it.each([["my speech isn't slurred and my face isn't drooping, I just have a sore neck"], ["I'm not short of breath, my chest is fine, it's only the neck"], ['I have not wet myself or anything, my neck is just sore'],
  ['watched a film about a plane crash and now my neck is stiff from the cinema seat'], ['playing a racing game all weekend, crashed loads, neck is stiff from gaming'], ['crashed a lot in the driving game, neck stiff'], ['watching the news about the train crash for hours and my neck is stiff']])('%j raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});
it.each([['my arms are not numb at all, only the neck muscles are in spasm'], ["my legs aren't weak at all, neck stiff"]])('%j (a sign denied right before it) shows no warning sign', (query) => {
  expect(search(index, query).hits.some((h) => /warning sign|EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});

// Too much ibuprofen or naproxen by mistake: the note on an overdose (the US labels: medical help or
// a Poison Control Center), not a daily limit in milligrams.
it.each([['took too much ibuprofen by accident'], ['what happens if i take too much ibuprofen'], ['i think i overdosed on nurofen'], ['took two aleve instead of one by accident']])('%j gets the note on too much ibuprofen or naproxen', (query) => {
  const hit = search(index, query).hits[0];
  expect(hit?.id).toBe('medications');
  expect(hit?.snippet.text).toMatch(/Too much ibuprofen or naproxen by accident \(an overdose\)/);
});
// The overdose note names both NSAIDs, yet asked whether both may be taken together, the note on one
// NSAID at a time answers (writer65: "both" in the note had made it the answer).
it.each([['ibuprofen or naproxen, can I take both?'], ['can i take ibuprofen and naproxen together']])('%j gets the note on one NSAID at a time', (query) => {
  expect(search(index, query).hits[0]?.snippet.text).toMatch(/Take only one NSAID at a time/);
});

// review45: a sign told as come on since stays one ("wasn't tight earlier but it is now"); a fall told
// of the person just before it is theirs ("I lifted my mum after she fell"); a denial past "have" or
// "been" denies ("I dont have chest pain", "there hasn't been any fever"); "slipped" with its
// seriousness denied is a minor injury; two NSAIDs taken together by mistake get the note on one at a
// time, as the overdose note gives no amount to act at.
it.each([["my chest wasn't tight earlier but it is now and my neck hurts"], ['my chest wasnt tight before but now it is, neck aching']])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
it.each([['I lifted my mum after she fell and now my neck aches'], ["I pushed my dad's wheelchair after his fall last month and now my neck aches"], ['I dont have chest pain, just neck ache from stress'],
  ["there hasn't been any fever, toddler's neck is stiff from sleeping in the car seat"], ["I'm not short of breath and I don't have chest pain, neck stiff after a long drive"], ['neck stiff after watching crash videos on YouTube all night'],
  ['slipped on the ice, nothing serious, neck aches']])('%j raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});
it.each([['not a bad fall, just slipped on the ice and my neck aches a bit'], ['slipped down a couple of steps, nothing too serious, neck aching since'], ["it wasn't a serious crash, neck a bit stiff"]])('%j shows the minor injury\'s warning, no emergency', (query) => {
  const hits = search(index, query).hits;
  expect(hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
  expect(hits[0]?.snippet.reason ?? '').toMatch(/a warning sign: a minor neck injury/);
});
it.each([['I took ibuprofen and naproxen together by mistake'], ['took mobic and advil the same day by mistake, what do i do']])('%j gets the note on one NSAID at a time', (query) => {
  expect(search(index, query).hits[0]?.snippet.text).toMatch(/Take only one NSAID at a time/);
});
it.each([['accidentally took beechams and panadol together']])('%j gets paracetamol\'s note on too much', (query) => {
  expect(search(index, query).hits[0]?.snippet.text).toMatch(/Too much paracetamol by accident/);
});
// A child who got into the medicine, or more than the dose taken, is too much taken (review45: the
// children's dosing note had answered); too much of a product that holds paracetamol gets
// paracetamol's note on an overdose (co-codamol, Solpadeine).
it.each([['my son swallowed a load of Nurofen for children, way more than the dose', /Too much ibuprofen or naproxen by accident/], ['my 3 year old got into the ibuprofen and ate some', /Too much ibuprofen or naproxen by accident/],
  ['took too much co-codamol by accident', /Too much paracetamol by accident/], ['accidentally took too much solpadeine', /Too much paracetamol by accident/], ['i think i overdosed on co-codamol', /Too much paracetamol by accident/]])('%j gets the note on too much', (query, note) => {
  expect(search(index, query).hits[0]?.snippet.text).toMatch(note);
});
it.each([['can i take more than the recommended dose of ibuprofen']])('%j (asked, not taken) gets the daily limit, not the note on too much', (query) => {
  expect(search(index, query).hits[0]?.snippet.text).toMatch(/the limit is 1,200 mg in 24 hours/);
});
// A fall or a crash told with a numb, tingling or weak limb is the injury's emergency, and the answer
// cites it, not the pinched nerve's warning (review45: the notice had been lost); a task "tackled"
// beside weak arms is no injury and keeps the limb's warning.
it.each([['mum had a fall down the stairs, her neck is killing her and her hands are numb'], ['car accident this morning, neck really sore, pins and needles in my hands'], ['had an accident on my motorbike, neck pain and tingling in both arms'], ['whiplash from a crash yesterday, today both my hands are numb']])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
it.each([['i tackled the garden all weekend and now my arms are weak and my neck is in spasm'], ['rear ended, my arm isnt weak, my legs arent numb, neck stiff']])('%j raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});
// A sign's name that says "not" ("can't breathe") is met only where the query's own "not" stands just
// before its word: "my breathing is fine and my chest doesn't hurt" had met it (review44).
it.each([["my breathing is fine and my chest doesn't hurt, neck spasm on the left side"]])('%j raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});
it.each([['i cannot really breathe and my neck is stiff'], ['no cuts and cant move my arm, neck sore'], ['my arm will not move and my neck hurts']])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
// review46: a game is a video game only by its kind (a sport's "game" crash is a real one); an
// injury the query denies ("no accident") does not take the limb's warning away.
it.each([['crashed into another player during the game, neck pain and numb arm'], ['crashed during a rugby game, neck hurts and arm numb'], ["in tonight's game i crashed head first into the boards, neck agony"]])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
it.each([["neck ache, no accident, and I can't feel my legs"], ['no crash, my arm just went numb']])('%j keeps the limb\'s warning', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/warning sign: (new )?numbness, tingling or weakness/);
});
it.each([['no chest pain at all, neck stiff']])('%j (a sign after "no") does not lead with the warning signs', (query) => {
  expect(search(index, query).hits[0]?.id).not.toBe('red-flags');
});
// Heaviness in the chest is a heart attack's (NHS: coronary heart disease), named with a rare word:
// "heavy" alone would be every heavy bag's and heavy head's.
it.each([['heaviness in my chest spreading up into my neck and jaw']])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
// A medicine drunk is a medicine taken, not alcohol; a child who swallowed some of the tablets took
// too much (review46: the notes on alcohol and on children's doses had answered).
it.each([['my toddler drank half a bottle of calpol', /Too much paracetamol by accident/], ['my son drank the calpol', /Too much paracetamol by accident/], ['my child swallowed some of my ibuprofen', /Too much ibuprofen or naproxen by accident/]])('%j gets the note on too much', (query, note) => {
  expect(search(index, query).hits[0]?.snippet.text).toMatch(note);
});
it.each([['i drank wine and took paracetamol', /Alcohol: /], ['how much ibuprofen can my child have', /How much ibuprofen children should have/]])('%j keeps its note (%s)', (query, note) => {
  expect(search(index, query).hits[0]?.snippet.text).toMatch(note);
});
// Severe neck pain with a weak arm or a lost grip is an emergency even without an injury, as the
// sign says (review46: only the legs' names made it one); a weak arm told alone keeps the warning.
it.each([['severe neck pain and I cant lift my arm above my head'], ["I can't grip anything with my right hand and my neck is in agony"], ['my neck is killing me and my arm feels weak'], ['no accident but severe neck pain and weak arms']])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
it.each([['my arm is weak and my neck hurts'], ['weak arm, neck stiff']])('%j keeps the arm\'s warning, no emergency', (query) => {
  const hits = search(index, query).hits;
  expect(hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
  expect(hits[0]?.snippet.reason ?? '').toMatch(/a warning sign: numbness, tingling or weakness/);
});
// Legs that will not hold the teller up are legs giving way (review45: "my legs won't hold me up and
// my neck is killing me" had raised nothing); holding one's head up is no such sign.
it.each([["my legs won't hold me up and my neck is killing me"]])('%j leads with an emergency', (query) => {
  expect(search(index, query).hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
});
it.each([["can't hold my head up, neck is sore"]])('%j raises no emergency', (query) => {
  expect(search(index, query).hits.some((h) => /EMERGENCY/.test(h.snippet.reason ?? ''))).toBe(false);
});

// review46: a fall said as "a fall" or "falling" (not "fell") is the injury's sign, flagged, as "fell"
// is; "a prang" is a crash. Said of sleep, of prices, of autumn or of a fear, it is no sign.
describe('a fall by its noun and its -ing (review46)', () => {
  it.each([
    ['neck pain after a fall'], ['neck pain after falling'], ['stiff neck after a fall'], ['neck sore from a fall'], ['neck hurts from falling'],
    ['since falling my neck is stiff'], ['pranged the car last night and my neck is stiff'],
  ])('%j leads with the warning signs, flagged', (query) => {
    const [hit] = search(index, query).hits;
    expect(hit?.id).toBe('red-flags');
    expect(hit?.warning, 'the warning signs are not flagged').toBe(true);
  });
  it.each([
    ['neck pain from falling asleep on the train'], ['neck pain after falling asleep on the sofa'], ['stiff neck in the fall weather'],
    ['a fall in share prices gave me a stiff neck lol'], ["i'm scared of falling when my neck is stiff"], ['i need a collar to stop me from falling over'],
  ])('%j flags no warning sign', (query) => {
    expect(search(index, query).warnings).toEqual([]);
  });
});

// review46: "a neck catch" (Indian English for a crick) is the condition; "catch" elsewhere is no
// word of the corpus but inside a sign's name, said with "can't", "cant" or "not able to".
describe('a neck catch (review46)', () => {
  it.each([['neck catch after sleeping'], ['combiflam for neck catch'], ['neck catch']])('%j is the condition told, no warning sign', (query) => {
    const result = search(index, query);
    expect(result.hits[0]?.id).toBe('overview');
    expect(result.warnings).toEqual([]);
  });
  it('"i have a catch in my neck, heat or ice" is answered by heat and ice', () => expect(top('i have a catch in my neck, heat or ice')).toBe('thermal'));
  it('"up to my neck in paperwork and need to catch up, any tips" finds nothing', () => expect(search(index, 'up to my neck in paperwork and need to catch up, any tips').hits).toEqual([]));
  it.each([["neck hurts and i can't catch my breath"], ['neck hurts and i cant catch my breath'], ['I am not able to catch my breath, neck pain'], ['struggling to catch my breath, neck stiff'],
    ['hard to catch my breath with a stiff neck'], ['finding it hard to catch my breath, neck sore']])(
    '%j leads with the warning signs, flagged', (query) => {
      const [hit] = search(index, query).hits;
      expect(hit?.id).toBe('red-flags');
      expect(hit?.warning, 'the warning signs are not flagged').toBe(true);
    },
  );
});

// review46: the reason given for turning from a medicine, where its notes name it, is no word the
// answer leaves out ("no match for 'stomach ulcer'" read as not understood); one they do not name is.
describe('a reason for turning from a medicine (review46)', () => {
  it.each([
    ['cant take nsaids because of my stomach ulcer, what else for neck spasm'], ['not allowed nsaids because of kidney disease, what can i take'],
    ["I'm on warfarin so can't have ibuprofen, neck spasm what else"], ['asthma so i cant take ibuprofen, neck spasm what now'],
  ])('%j: nothing unmatched', (query) => {
    const result = search(index, query);
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.unmatched).toEqual([]);
  });
  it('"can\'t take ibuprofen because of my gout, what else" still names gout, which no note has', () => expect(search(index, "can't take ibuprofen because of my gout, what else").unmatched).toEqual(['gout']));
});

// review47: the same words naming an emergency as well keep its reason over a lesser sign's name
// ("a fall"); a prang is a crash after "a"/"the"/"little", not "feeling prang" (anxious); a pain or a
// thing that falls is no fall; a person who keeps falling still falls.
describe('falls and prangs, review47', () => {
  it.each([['fell on my head neck hurts'], ['fell off my horse and my neck hurts'], ['my mum had a fall and her neck hurts'], ['pranged my car and now my arm is weak'], ['had a prang, severe neck pain']])(
    '%j gives the emergency\'s reason, flagged', (query) => {
      const [hit] = search(index, query).hits;
      expect(hit?.id).toBe('red-flags');
      expect(hit?.warning, 'the warning signs are not flagged').toBe(true);
      expect(hit?.snippet.reason ?? '').toMatch(/EMERGENCY/);
    },
  );
  // A prang is a minor crash: the minor injury's sign, unless severe pain or a weak limb is told beside it.
  it.each([['had a prang, neck stiff'], ['someone pranged me at the lights, neck aches']])('%j is the minor injury\'s sign, flagged', (query) => {
    const [hit] = search(index, query).hits;
    expect(hit?.warning, 'not flagged').toBe(true);
    expect(hit?.snippet.reason ?? '').toMatch(/— a warning sign: a minor neck injury/);
  });
  it.each([
    ['feeling prang about my neck pain'], ['neck spasms making me prang'], ['im pranged out about this neck pain'], ['neck pain fell from 8 to 4 after ibuprofen'],
    ['my pillow keeps falling off the bed, neck pain'], ['my neck collar keeps falling down'],
    // review49: kept from falling, a fall in an amount.
    ['how to stop my head from falling forward when I sleep'], ['pillow to keep my neck from falling to the side'], ['sudden fall in stiffness since using heat'],
    ['fall is my favourite season but my neck hurts'], ['fall weather is here and my neck is stiff'],
  ])('%j flags no warning sign', (query) => {
    expect(search(index, query).warnings).toEqual([]);
  });
  it.each([['my dad keeps falling over and his neck hurts'], ['i keep falling over and my neck hurts'], ['dodgy neck after a little prang in the car park'],
    // ... and a fall said as a note says it: opening the query with its kind, "post fall", "a slip and fall".
    ['minor fall neck pain'], ['bad fall yesterday, neck stiff'], ['neck pain post fall'], ['neck pain after a slip and fall'], ['trip and fall at work, neck sore']])('%j is flagged', (query) => {
    expect(search(index, query).warnings.map((w) => w.id)).toEqual(['red-flags']);
  });
});

// A first hit whose reason line names an emergency is flagged, however it came first (30 of the
// probes' queries had led with "EMERGENCY, call 999" unflagged: no neck named beside a common word).
it.each([['i think my wife is having a stroke what do i do'], ['fell off a ladder and my arm went numb'], ['took a fall and now can\'t walk'], ['baby has a fever and won\'t wake up properly'],
  ['numbness in my saddle area and I\'ve wet myself without knowing']])('%j: the emergency it leads with is flagged', (query) => {
  const result = search(index, query);
  expect(result.hits[0]?.snippet.reason ?? '').toMatch(/EMERGENCY/);
  expect(result.hits[0]?.warning, 'the emergency first is not flagged').toBe(true);
  expect(result.warnings.map((w) => w.id)).toContain('red-flags');
});

// review48: "shouldn't take X …?" asked as a question, with nothing else asked for, is about X (the
// NSAIDs' "may relieve the pain" had answered it as the alternatives to X); a caution the notes name,
// beside a medicine turned from, is no other subject in a short query either.
describe('shouldn\'t, and a caution beside a medicine turned from (review48)', () => {
  it('"shouldnt take ibuprofen when pregnant?" is answered by the NSAIDs\' note on pregnancy', () => {
    expect(search(index, 'shouldnt take ibuprofen when pregnant?').hits[0]?.snippet.text).toMatch(/not usually advised in pregnancy/);
  });
  it('"i shouldnt take ibuprofen because of my ulcer, what else" still asks for the alternatives', () => {
    expect(search(index, 'i shouldnt take ibuprofen because of my ulcer, what else').hits[0]?.snippet.text).not.toMatch(/pregnan|ulcer/);
  });
  it.each([['cant take naproxen because of my blood pressure, what else'], ['cant take naproxen with my blood pressure, what can i have instead?']])('%j is answered, with nothing unmatched', (query) => {
    const result = search(index, query);
    expect(result.hits[0]?.id).toBe('medications');
    expect(result.unmatched).toEqual([]);
  });
  it('"blood pressure tablets side effects" still finds nothing', () => expect(search(index, 'blood pressure tablets side effects').hits).toEqual([]));
});

// review48: a feverish toddler's story found nothing: "grizzly" (British for whiny) was read as a
// bear whose neck it was, "grizzly, burning up" broke the fever said of her, and "holding her neck
// stiffly" was no stiff neck.
describe('a grizzly toddler (review48)', () => {
  it.each([
    ["Our 2 year old has been really grizzly, burning up, holding her neck stiffly and won't look down at her toys, and she's been sick twice this evening. We thought she'd just slept funny. What should we do?"],
    ['Our 2 year old has been really grumpy, burning up and her neck is stiff'], ['toddler burning up and holding her neck stiffly'],
  ])('%j leads with the meningitis sign, flagged', (query) => {
    const [hit] = search(index, query).hits;
    expect(hit?.warning, 'not flagged').toBe(true);
    expect(hit?.snippet.text).toMatch(/^A fever and a headache with a stiff neck/);
  });
  it('"the grizzly bear at the zoo has a stiff neck" is still an animal\'s', () => expect(search(index, 'the grizzly bear at the zoo has a stiff neck').warnings).toEqual([]));
  it('"my dog has a stiff neck" still finds nothing', () => expect(search(index, 'my dog has a stiff neck').hits).toEqual([]));
});

// review48: a medicine that failed, with another asked to be taken "with it", is asked of the two
// together (the NSAIDs' "may relieve the pain" had answered "Advil not working, can I take Aleve
// with it": two NSAIDs, which must not be taken together).
it.each([
  ['Advil not working, can I take Aleve with it', /Take only one NSAID at a time/],
  ['paracetamol not working, can i take ibuprofen with it', /can take paracetamol and ibuprofen at the same time/],
  ["co-codamol isn't working, can I take diazepam with it", /sedatives such as benzodiazepines/],
])('%j is answered by the note on the two together', (query, sentence) => {
  expect(search(index, query).hits[0]?.snippet.text).toMatch(sentence);
});

// review48: a pregnancy or breastfeeding told beside a medicine turned from is asked of the other
// medicines' notes ("… or NSAIDS, may relieve the pain" had answered a pregnant woman asking what
// else than paracetamol); answered by a treatment that is no medicine, it is no word left out.
describe('pregnant or breastfeeding, turning from a medicine (review48)', () => {
  it.each([
    ['other than paracetamol, is there anything a pregnant woman can use for a stiff neck', /pregnant/i],
    ["can't take codeine as I'm breastfeeding, what for my neck", /breastfeeding/i],
    ['pregnant so can\'t take anti inflammatories, neck seized up', /pregnan/i],
  ])('%j is answered by a note on it', (query, said) => {
    const text = search(index, query).hits[0]?.snippet.text ?? '';
    expect(text).toMatch(said);
    expect(text).not.toMatch(/NSAIDS, may relieve/);
  });
  it('"pregnant so can\'t take ibuprofen, how else do I ease a neck spasm" leaves nothing unmatched', () => expect(search(index, "pregnant so can't take ibuprofen, how else do I ease a neck spasm").unmatched).toEqual([]));
});

// review48: a trouble of the stomach asked whether the tablets cause it is a side effect told, not
// another trouble: "… now stomach pains, is it the tablets" found nothing.
it.each([['been taking ibuprofen for three weeks and now stomach pains, is it the tablets'], ["Ibuprofen helps but I've been taking it daily for three weeks and now I've got stomach pains. Is that from the tablets?"]])(
  '%j is answered by the medicines', (query) => {
    expect(search(index, query).hits[0]?.id).toBe('medications');
  },
);

// review49 on this session's readings: a pain said just before a fall is no amount that fell ("neck
// pain, fell down the stairs" had lost its flag), a possessive 's is no word said of a person ("my
// son's dog"), and "shouldn't" followed by another question turns from the thing.
describe('review49', () => {
  it.each([['severe neck pain, fell down the stairs this morning'], ['neck pain fell off a ladder yesterday'], ['bad neck pain, fell off my bike'], ['neck pain. fell over yesterday']])('%j leads with the warning signs, flagged', (query) => {
    const [hit] = search(index, query).hits;
    expect(hit?.id).toBe('red-flags');
    expect(hit?.warning, 'not flagged').toBe(true);
  });
  it.each([["my son's dog has a stiff neck and fever"], ['jumbled word puzzle']])('%j finds nothing', (query) => expect(search(index, query).hits).toEqual([]));
  it('"I shouldn\'t take ibuprofen, can I have paracetamol?" turns from ibuprofen', () => {
    expect(search(index, "I shouldn't take ibuprofen, can I have paracetamol?").hits[0]?.snippet.reason ?? '').not.toMatch(/^ibuprofen/);
  });
});
