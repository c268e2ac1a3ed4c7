import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCorpusPath, loadBundledCorpus, parseCorpus } from '../src/corpus/corpus.js';
import { checkCorpus } from '../src/corpus/validate.js';
import { markdownToPlain } from '../src/util/text.js';

const corpus = loadBundledCorpus();
const raw = readFileSync(bundledCorpusPath, 'utf8');
// The copied page, kept in the repository below a header of '#' lines ending in a line of dashes.
const articleFile = readFileSync(new URL('../data/source/article.txt', import.meta.url), 'utf8');
const seed = articleFile.slice(articleFile.indexOf('\n', articleFile.indexOf('# ----')) + 1);

describe('the bundled corpus', () => {
  it('passes the schema', () => {
    const checked = checkCorpus(JSON.parse(raw));
    expect('problem' in checked ? checked.problem : 'valid').toBe('valid');
  });

  it('has the public section ids, in order', () => {
    expect(corpus.sections.map((s) => s.id)).toEqual([
      'overview', 'medications', 'thermal', 'rest', 'physical-therapy', 'surgery', 'red-flags',
    ]);
  });

  it.each([
    ['medications', 'Medications'],
    ['thermal', 'Thermal Therapy'],
    ['rest', 'Rest'],
    ['physical-therapy', 'Physical Therapy'],
    ['surgery', 'Surgery'],
    ['red-flags', 'When to get medical help'],
  ])('section %s is titled %s', (id, title) => {
    expect(corpus.sections.find((s) => s.id === id)?.title).toBe(title);
  });

  it('credits the article: title, author and publisher', () => {
    expect(corpus.source).toMatchObject({
      title: 'What Are the Treatments for Neck Muscle Spasms?',
      author: 'Marcy Brinkley',
      publisher: 'LIVESTRONG.COM',
    });
  });

  it('marks red-flags as supplementary, citing a listed source for every point', () => {
    const redFlags = corpus.sections.find((s) => s.id === 'red-flags')!;
    expect(redFlags.origin).toBe('supplementary');
    const points = redFlags.body.split('\n').filter((line) => line.startsWith('- '));
    expect(points.length).toBe(22);
    const shorts = new Set(redFlags.sourceIds!.map((id) => corpus.sources!.find((s) => s.id === id)!.short));
    for (const point of points) {
      const cited = /\*\(([^)]*)\)\*$/.exec(point)?.[1].split('; ') ?? [];
      expect(cited.length, `point without a source: ${point}`).toBeGreaterThan(0);
      for (const name of cited) expect(shorts, `point cites '${name}', which red-flags does not list: ${point}`).toContain(name);
    }
  });

  it('every article section is marked as the article', () => {
    for (const s of corpus.sections.filter((x) => x.id !== 'red-flags')) expect(s.origin, s.id).toBe('article');
  });

  it('has a disclaimer', () => {
    expect(corpus.disclaimer).toMatch(/not medical advice/);
  });

  it('every section has a title, summary, body and aliases', () => {
    for (const s of corpus.sections) {
      expect(s.title.trim(), `${s.id} has no title`).not.toBe('');
      expect(s.summary.trim(), `${s.id} has no summary`).not.toBe('');
      expect(s.body.trim(), `${s.id} has no body`).not.toBe('');
      expect(s.aliases?.length, `${s.id} has no aliases`).toBeGreaterThan(0);
      expect(s.summary.length, `${s.id} summary`).toBeLessThan(160);
    }
  });

  it('knows the drugs behind the drug classes the issue lists', () => {
    const drugs = corpus.sections.find((s) => s.id === 'medications')!.drugs!;
    const names = drugs.flatMap((d) => d.members.flatMap((m) => [m.generic, ...(m.brands ?? []), ...(m.aka ?? [])]));
    for (const name of ['ibuprofen', 'Advil', 'Motrin', 'naproxen', 'Aleve', 'aspirin', 'diclofenac', 'meloxicam', 'acetaminophen',
      'Tylenol', 'paracetamol', 'cyclobenzaprine', 'Flexeril', 'Amrix', 'methocarbamol', 'Robaxin', 'metaxalone', 'Skelaxin',
      'prednisone', 'methylprednisolone', 'hydrocodone with acetaminophen', 'oxycodone', 'codeine with acetaminophen', 'tramadol',
      'co-codamol', 'diazepam', 'Norco', 'Vicodin', 'Percocet', 'Tylenol with Codeine', 'Depo-Medrone', 'Kenalog']) {
      expect(names, `missing drug name ${name}`).toContain(name);
    }
  });
});

describe('article coverage', () => {
  // The article is the text between the photo credit and the calorie-tracker widget, plus the
  // photo's caption; headings are lines without a full stop.
  const lines = seed.split('\n').map((l) => l.trim());
  const caption = lines.find((l) => l.includes('Photo Credit'))!.replace(/\s*Photo Credit:.*$/, '');
  const start = lines.findIndex((l) => l.includes('Photo Credit')) + 1;
  const end = lines.findIndex((l) => l.startsWith('LiveStrong Calorie Tracker'));
  const paragraphs = lines.slice(start, end).filter((l) => /[.?!]$/.test(l));
  const expectedSection = ['overview', 'medications', 'thermal', 'rest', 'physical-therapy', 'surgery'];
  const split = (p: string) => p.split(/(?<=\.)\s+(?=[A-Z])/);

  it('finds the six paragraphs of the article in the seed', () => {
    expect(paragraphs.length).toBe(6);
    expect(paragraphs.flatMap(split).length).toBe(17);
  });

  const cases = paragraphs.flatMap((p, i) => split(p).map((sentence) => [expectedSection[i], sentence] as const));
  it.each([...cases, ['physical-therapy', caption] as const])('section %s has verbatim: %s', (id, sentence) => {
    const section = corpus.sections.find((s) => s.id === id)!;
    expect(markdownToPlain(section.body).replace(/\s+/g, ' ')).toContain(sentence);
  });

  it.each([
    'Gold Member Badge', "You're all caught up", 'Video of the Day', 'Photo Credit', '4774344sean', 'Getty Images',
    'has been writing professionally', 'Chicken Soup', 'Doctor of Jurisprudence', 'LiveStrong Calorie Tracker', 'MyPlate',
    'Lose Weight', 'pounds per week', 'Maintain my current weight', 'Female', 'ft. in.', 'Demand Media',
  ])('contains no page chrome: %s', (chrome) => {
    expect(raw.toLowerCase()).not.toContain(chrome.toLowerCase());
  });
});

/** A corpus of one section whose one drug, "g", has these notes (JSON text). */
function memberNotes(notes: string): string {
  return `{"sections":[{"id":"v","title":"T","summary":"s","body":"b","drugs":[{"class":"C","label":"l","members":[{"generic":"g","notes":${notes}}]}]}]}`;
}

describe('custom corpora', () => {
  const minimal = { sections: [{ id: 'a', title: 'A', summary: 'S', body: 'B' }] };

  it('accepts a minimal corpus: only id, title, summary and body per section', async () => {
    await expect(parseCorpus(JSON.stringify(minimal), 'm.json')).resolves.toMatchObject(minimal);
  });

  it.each([
    ['an empty file', '', 'the file is empty'],
    ['invalid JSON', '{\n  "sections": [\n    { "id": "a", }\n  ]\n}', 'it is not valid JSON (line 3, column 18: unexpected "}" where a property name'],
    ['a truncated file', '{"sections": [', 'line 1, column 15: the text ends too early'],
    ['an array', '[]', 'must hold a JSON object with a "sections" array'],
    ['no sections key', '{}', 'field "sections": is missing'],
    ['no sections', '{"sections": []}', 'must hold at least one section'],
    ['a missing title', '{"sections":[{"id":"a","summary":"s","body":"b"}]}', 'section 1 ("a"), field "title": is missing'],
    ['a numeric body', '{"sections":[{"id":"a","title":"t","summary":"s","body":3}]}', 'section 1 ("a"), field "body": must be text'],
    ['an empty summary', '{"sections":[{"id":"a","title":"t","summary":" ","body":"b"}]}', 'field "summary": must not be empty'],
    ['a bad alias', '{"sections":[{"id":"a","title":"t","summary":"s","body":"b","aliases":[1]}]}', 'field "aliases[0]": must be text'],
    ['an id with a slash', '{"sections":[{"id":"../x","title":"t","summary":"s","body":"b"}]}', 'field "id": must be letters'],
    ['duplicate ids', '{"sections":[{"id":"a","title":"t","summary":"s","body":"b"},{"id":"A","title":"u","summary":"s","body":"b"}]}', 'sections 1 and 2 have the same id "A"'],
    ['an unknown source', '{"sections":[{"id":"a","title":"t","summary":"s","body":"b","sourceIds":["x"]}]}', 'cites source "x"'],
    // The first of two would have won silently (trial65 finding 9: the bundled corpus had one twice).
    ['two sources of one id', '{"sources":[{"id":"x","title":"First","url":"https://a.example"},{"id":"x","title":"Second","url":"https://b.example"}],"sections":[{"id":"a","title":"t","summary":"s","body":"b","sourceIds":["x"]}]}', 'sources 1 and 2 have the same id "x"'],
    // trial66 finding 6: a list of a member's notes was read as an object of keys "0", "1", …: its
    // path mixed [0] and .0, and it never said what the field must be.
    ["a member's notes as a class's list of notes", memberNotes('[{"text":"x","sources":[]}]'), 'section 1 ("v"), field "drugs[0].members[0].notes": must be an object that maps a name of the drug to a text'],
    ["a member's notes as a list of texts (not notes on a drug named \"0\")", memberNotes('["x"]'), 'section 1 ("v"), field "drugs[0].members[0].notes": must be an object that maps a name of the drug to a text'],
    ["a member's notes as an empty list (passed as no notes)", memberNotes('[]'), 'field "drugs[0].members[0].notes": must be an object that maps a name of the drug to a text'],
    ["a member's notes as one text", memberNotes('"x"'), 'field "drugs[0].members[0].notes": must be an object that maps a name of the drug to a text'],
    ["a member's note that is not text", memberNotes('{"g":3}'), 'field "drugs[0].members[0].notes.g": must be text'],
    ["a member's note on a name it does not have", memberNotes('{"x":"t"}'), 'drug "g" has a note on "x", which is none of its names'],
    ['a term deep in lists: every index in brackets', '{"sections":[{"id":"a","title":"t","summary":"s","body":"b","vocabulary":[{"means":"m","terms":["ok",2]}]}]}', 'field "vocabulary[0].terms[1]": must be text'],
    // valibot's own wording ("Invalid type: Expected (...) but received ...") is said as the rest are.
    ['a vocabulary group\'s "past" of none of its words', '{"sections":[{"id":"a","title":"t","summary":"s","body":"b","vocabulary":[{"means":"m","terms":["t"],"past":"x"}]}]}', 'field "vocabulary[0].past": must be "years" or "always" or "new"'],
  ])('rejects %s with one sentence naming the file and the problem', async (_, text, problem) => {
    const error = await parseCorpus(text, 'c.json').then(() => undefined, (e: Error) => e);
    expect(error?.message).toMatch(/^Cannot use 'c\.json' as a corpus: /);
    expect(error?.message).toContain(problem);
    expect(error?.message.trim().endsWith('.')).toBe(true);
    expect(error?.message).not.toContain('\n');
  });

  // The README's example showed no member's notes, and its key list put `member → {… "notes"? …}`
  // beside `note → {"text", "sources"}`, which read as a list of notes (trial66 finding 6).
  it("the README's example corpus passes the checks, a class's notes a list and a member's an object of its names", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const part = readme.slice(readme.indexOf('## Custom corpora'), readme.indexOf('### Limits'));
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(part)![1].replace(/https:\/\/…/g, 'https://example.org/')) as unknown;
    const checked = checkCorpus(example);
    expect('problem' in checked ? checked.problem : 'valid').toBe('valid');
    const drugs = 'corpus' in checked ? checked.corpus.sections.flatMap((s) => s.drugs ?? []) : [];
    expect(drugs.map((d) => Array.isArray(d.notes))).toContain(true);
    const notes = drugs.flatMap((d) => d.members.flatMap((m) => (m.notes ? [m.notes] : [])));
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(Array.isArray(n)).toBe(false);
  });
});
