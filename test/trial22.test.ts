// The findings of the new user's trial of the twenty-second session (/work/wt/trial22-report.md)
// about the CLI's own behaviour, one block each, each row a case that once went wrong. In-process
// (runCli) except where a pure function is what is checked.
import { spawnSync } from 'node:child_process';
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
    expect(strings(parsed).some((s) => /\p{Cs}/u.test(s))).toBe(false);
    expect(JSON.stringify(parsed)).toContain('Lone \ufffd surrogate');
    if (args[0] !== 'search') expect(JSON.stringify(parsed)).toContain(String.raw`a \\ud800 typed, and a pair 😀`);
  });
});

describe('finding 7: search --json -n N keeps the warning sign the query names', () => {
  const dizzy = 'I feel dizzy and my neck is stiff, can I take paracetamol';
  it.each([
    ['-n 1 cuts the warning section off: every record names it, stderr says where to look', ['-n', '1'], true],
    ['-n 5 keeps it: every record names it, no note (warningSign marks it)', ['-n', '5'], false],
  ])('%s', async (_, limit, noted) => {
    const r = await runCli(['search', dizzy, '--json', ...limit]);
    const hits = JSON.parse(r.stdout) as { id: string; warningSection?: string }[];
    expect(hits.every((h) => h.warningSection === 'red-flags')).toBe(true);
    expect(r.stderr.includes("your words match a warning sign: see When to get medical help (spasm-info show red-flags).")).toBe(noted);
  });

  it('a query that names no warning sign: no warningSection', async () => {
    const hits = JSON.parse((await runCli(['search', 'ibuprofen', '--json'])).stdout) as object[];
    expect(hits.some((h) => 'warningSection' in h)).toBe(false);
  });
});

describe('finding 11: the commands spasm-info tells a --data user to run read the same corpus', async () => {
  const { readFileSync } = await import('node:fs');
  const bundled = JSON.parse(readFileSync(new URL('../data/corpus.json', import.meta.url), 'utf8')) as { sections: { id: string }[]; plan: { phases: { section: string }[] } };
  // The bundled corpus with its warning-sign section renamed 'warnings', in a folder with a space.
  const renamed = structuredClone(bundled);
  renamed.sections.find((s) => s.id === 'red-flags')!.id = 'warnings';
  for (const p of renamed.plan.phases) if (p.section === 'red-flags') p.section = 'warnings';
  const dir = join(tempDir('trial22'), "my corpus's");
  (await import('node:fs')).mkdirSync(dir);
  const file = join(dir, 'c.json');
  writeFileSync(file, JSON.stringify(renamed));
  const prefix = `spasm-info --data '${file.replace(/'/g, "'\\''")}'`;
  const oneLine = (text: string) => text.replace(/\s+/g, ' ');

  it.each([
    ['search: the notice of a warning sign', ['search', 'I feel dizzy and my neck is stiff, can I take paracetamol', '-n', '1'], `(${prefix} show warnings)`],
    ['search --json: the same notice on stderr', ['search', 'I feel dizzy and my neck is stiff, can I take paracetamol', '-n', '1', '--json'], `(${prefix} show warnings)`],
    ["plan: a step's section", ['plan'], `from ${prefix} show thermal)`],
    ["plan: today's timer", ['plan'], `time it: ${prefix} timer ice`],
    ["plan: the corpus's own warning-sign section, not 'red-flags'", ['plan'], `self-care: ${prefix} show warnings`],
    ['show: no such section', ['show', 'zzqq'], `run '${prefix} list' to see every section`],
    ['search: nothing found', ['search', 'qwertyuiop'], `run '${prefix} list' to see every section`],
    ['words that are no command: the search suggested', ['neck', 'pain'], `run '${prefix} search neck pain'`],
  ])('%s', async (_, args, expected) => {
    const r = await runCli(['--data', file, ...args], {}, { now: new Date(2026, 10, 20, 12) });
    expect(oneLine(r.stdout + r.stderr)).toContain(expected);
    expect(r.stdout + r.stderr).not.toMatch(/spasm-info (show|timer|list|search)\b/);
  });

  it('a plain path is not quoted; the bundled corpus keeps plain commands', async () => {
    const { commandPrefix } = await import('../src/cli/quote.js');
    expect([commandPrefix(undefined), commandPrefix('dir/my-corpus_2.json'), commandPrefix('~x'), commandPrefix('a b')]).toEqual([
      'spasm-info', 'spasm-info --data dir/my-corpus_2.json', "spasm-info --data '~x'", "spasm-info --data 'a b'",
    ]);
  });

  it('a path with a character no line may show is written in $\'…\' with escapes, so that a shell reads the same name (trial65 finding 5)', async () => {
    const { commandPrefix } = await import('../src/cli/quote.js');
    expect([commandPrefix('new\nline.json'), commandPrefix('bidi\u202ejson.txt'), commandPrefix("it's\u001b[31m.json"), commandPrefix('tag\u{E0041}.json')]).toEqual([
      "spasm-info --data $'new\\nline.json'", "spasm-info --data $'bidi\\u202ejson.txt'", "spasm-info --data $'it\\'s\\u001b[31m.json'", "spasm-info --data $'tag\\U000e0041.json'",
    ]);
  });

  it.runIf(process.platform !== 'win32')('that command, read by bash, names the file', async () => {
    const { commandPrefix } = await import('../src/cli/quote.js');
    const name = "new\nline 'q' \\ \u202e\u{E0041}.json";
    const quoted = commandPrefix(name).replace(/^spasm-info --data /, '');
    const out = spawnSync('bash', ['-c', `printf '%s' ${quoted}`], { encoding: 'utf8' });
    expect(out.stdout).toBe(name);
  });

  it('plan of a corpus with no warning signs (no vocabulary marked urgent): no pointer to a section it does not have', async () => {
    const plain = structuredClone(bundled) as unknown as { sections: { vocabulary?: { urgent?: boolean }[] }[] };
    for (const s of plain.sections) for (const g of s.vocabulary ?? []) delete g.urgent;
    const r = await runCli(['--data', corpusFile([], {}, JSON.stringify(plain)), 'plan']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Warning signs that need a clinician');
  });
});

describe('finding 15: past day 14, physical therapy still applies in the text and JSON, as its bar runs on', () => {
  it.each([9, 15, 21, 100])('day %i: whenReady holds physical-therapy, and its block is under "when the pain eases"', async (day) => {
    const now = new Date(2026, 10, 30, 12);
    const since = `${day - 1} days ago`;
    const json = JSON.parse((await runCli(['plan', '--since', since, '--json'], {}, { now })).stdout) as { day: number; whenReady: string[] };
    expect([json.day, json.whenReady]).toEqual([day, ['physical-therapy']]);
    expect((await runCli(['plan', '--since', since], {}, { now })).stdout).toMatch(/when the pain eases · Physical therapy/);
  });
});

describe("finding 16: show --json's drug and source records are one documented list, and say each drug's availability", async () => {
  const { JSON_RECORD_FIELDS, recordKeys } = await import('../src/corpus/json-fields.js');
  type Named<F extends readonly string[]> = F[number] extends infer K ? (K extends `${infer N}?` ? N : K) : never;
  type Required<F extends readonly string[]> = Exclude<F[number], `${string}?`>;
  type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
  type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
  type Agree<T, F extends readonly string[]> = [Same<keyof T, Named<F>>, Same<RequiredKeys<T>, Required<F>>];
  type Fields = typeof JSON_RECORD_FIELDS;
  const typesAgree: [
    Agree<import('../src/corpus/records.js').DrugRecord, Fields['drug']>,
    Agree<import('../src/corpus/records.js').DrugMemberRecord, Fields['member']>,
    Agree<import('../src/corpus/types.js').SourcedNote, Fields['note']>,
    Agree<import('../src/corpus/records.js').SourceRecord, Fields['source']>,
  ] = [[true, true], [true, true], [true, true], [true, true]];
  expect(typesAgree).toBeDefined();

  const record = JSON.parse((await runCli(['show', 'medications', '--json'])).stdout) as {
    drugs: { class: string; notes?: object[]; members: { generic: string; availability?: string }[] }[];
    sources: object[];
  };
  // A --data class with sources of its own (no bundled class has them).
  const sourced = JSON.parse((await runCli(['--data', corpusFile([{ id: 'm', title: 'M', summary: 's', body: 'b', drugs: [{ class: 'c', label: 'l', sources: ['x'], members: [{ generic: 'g' }] }] }], { sources: [{ id: 'x', title: 'X' }] }), 'show', 'm', '--json'])).stdout) as typeof record;
  const inOrder = (records: object[], fields: readonly string[]) => {
    const names = fields.map((f) => f.replace(/\?$/, ''));
    for (const r of records) expect(Object.keys(r)).toEqual(names.filter((n) => n in r));
    expect(names.filter((n) => !records.some((r) => n in r)), 'listed but never printed').toEqual([]);
  };

  it.each([
    ['drug', () => [...record.drugs, ...sourced.drugs]],
    ['member', () => record.drugs.flatMap((d) => d.members)],
    ['note', () => record.drugs.flatMap((d) => d.notes ?? [])],
  ] as const)('%s records: the keys listed, in order', (name, records) => inOrder(records(), JSON_RECORD_FIELDS[name]));

  it('source records: the keys listed, in order (an id on every one but the article)', () => {
    for (const s of record.sources) expect(Object.keys(s)).toEqual(JSON_RECORD_FIELDS.source.map((f) => f.replace(/\?$/, '')).filter((n) => n in s));
  });

  it.each([['drug'], ['member'], ['note'], ['source']] as const)("the README's JSON section lists the %s record", async (name) => {
    const readme = (await import('node:fs')).readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme.slice(readme.indexOf('## JSON output'), readme.indexOf('## Exit codes'))).toContain(`${name.padEnd(6)} → ${recordKeys(name)}`);
  });

  it.each([
    ['no class-level prescription, which read "NSAIDs: over the counter"', () => record.drugs.some((d) => 'prescription' in d), false],
    ["naproxen's availability is its own (UK: by prescription)", () => record.drugs.flatMap((d) => d.members).find((m) => m.generic === 'naproxen')?.availability, expect.stringMatching(/UK: by prescription/)],
    ["every bundled member says how it can be had, as the table's Available column", () => record.drugs.flatMap((d) => d.members).every((m) => typeof m.availability === 'string'), true],
    ['a --data member of a class that says nothing: no availability (the table shows —)', () => 'availability' in sourced.drugs[0].members[0], false],
  ])('%s', (_, read, expected) => expect(read()).toEqual(expected));
});

/** The README's --data example corpus, and its minimal plan, as the README prints them, its URLs
 *  ("https://…") filled in as a user would. */
async function readmeCorpus(): Promise<{ example: Record<string, unknown>; plan: unknown }> {
  const readme = (await import('node:fs')).readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const part = readme.slice(readme.indexOf('## Custom corpora'), readme.indexOf('### Limits'));
  const [example, plan] = [...part.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1].replace(/https:\/\/…/g, 'https://example.org/'));
  return { example: JSON.parse(example) as Record<string, unknown>, plan: (JSON.parse(`{${plan}}`) as { plan: unknown }).plan };
}

describe("finding 18: an article section's sourceIds are shown, as a supplementary section's are", () => {
  it.each([
    ['show: under the article\'s credit', ['show', 'thermal'], (r: { stdout: string }) => /Source: "…"[^\n]*Sources:\n\s+- Neck pain, NHS, https:\/\/example\.org\//.test(r.stdout)],
    ['show --json: in sources, after the article', ['show', 'thermal', '--json'], (r: { stdout: string }) => (JSON.parse(r.stdout) as { sources: { id?: string }[] }).sources.map((s) => s.id ?? 'article').join() === 'article,nhs-neck-pain'],
  ])('the README\'s example corpus, %s', async (_, args, check) => {
    const { example } = await readmeCorpus();
    // Without its drug table, whose member cites the same source: only sourceIds name it.
    for (const section of example.sections as { drugs?: unknown }[]) delete section.drugs;
    const r = await runCli(['--data', corpusFile([], {}, JSON.stringify(example)), ...args]);
    expect(r.code).toBe(0);
    expect(check(r)).toBe(true);
  });
});

describe('finding 19: plan and timer of a corpus without a plan: exit 1 (nothing found), and the README shows a plan that works', () => {
  it.each([
    ['plan', ['plan'], /has no care plan/],
    ['timer', ['timer', 'ice'], /has no timed sessions/],
  ])('%s: exit 1, one sentence', async (_, args, message) => {
    const r = await runCli(['--data', 'test/fixtures/custom.json', ...args]);
    expect([r.code, r.stderr.trim().split('\n').length]).toEqual([1, 1]);
    expect(r.stderr).toMatch(message);
  });

  it("the README's minimal plan, added to its example corpus, gives a plan (exit 0)", async () => {
    const { example, plan } = await readmeCorpus();
    const r = await runCli(['--data', corpusFile([], {}, JSON.stringify({ ...example, plan })), 'plan', '--json']);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { today: string[] }).today).toEqual(['cold']);
  });
});

describe("finding 22: a --data title's and summary's HTML entities read the same on every screen", () => {
  const file = corpusFile([
    { id: 'e', title: 'Tom &amp; Jerry&#8217;s', summary: 'Heat &amp; ice', body: 'Heat &amp; ice&#8217;s body.' },
    { id: 'f', title: 'Other', summary: 'Other', body: 'Other.' },
  ]);
  it.each([
    ['list, piped', ['list'], undefined, 'e\tTom & Jerry’s\tHeat & ice'],
    ['list, on a terminal', ['list'], { columns: 80 }, 'Tom & Jerry’s  Heat & ice'],
    ['show of a name found beside one not found: the message', ['show', 'e', 'zzqq'], undefined, 'Tom & Jerry’s is shown'],
    ['show: the title, as before', ['show', 'e'], undefined, 'Tom & Jerry’s\n'],
  ])('%s', async (_, args, terminal, expected) => {
    const r = await runCli(['--data', file, '--color', 'never', ...args], {}, terminal ? { terminal } : {});
    expect(r.stdout + r.stderr).toContain(expected);
    expect(r.stdout + r.stderr).not.toContain('&amp;');
  });

  it('list --json keeps the text as the file has it, as show --json keeps a body', async () => {
    expect((JSON.parse((await runCli(['--data', file, 'list', '--json'])).stdout) as { title: string }[])[0].title).toBe('Tom &amp; Jerry&#8217;s');
  });
});

describe('finding 23: an image reads as a link does, and no line of a paragraph starts with a space', () => {
  const file = corpusFile([{
    id: 'e', title: 'Images', summary: 's',
    body: 'Heat and ice body. See ![a neck stretch](https://example.org/stretch.png) for the stretch and then carry on reading this line.\n\n![img](http://x/y.png)\n and more\n\n![](http://x/z.png) alone',
  }]);
  it.each([40, 60, 80, 120])('show at %i columns', async (columns) => {
    const r = await runCli(['--data', file, '--color', 'never', 'show', 'e'], { COLUMNS: String(columns) });
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(r.stdout).not.toContain('![');
    expect(text).toContain('See a neck stretch (https://example.org/stretch.png) for the stretch');
    expect(text).toContain('img (http://x/y.png) and more');
    expect(text).toContain('http://x/z.png alone');
    expect(r.stdout.split('\n').filter((line) => /^ +\S/.test(line))).toEqual([]);
  });
});

describe("finding 7: search --json says what stderr's notes say: typos read as other words, words that matched nothing", () => {
  it.each([
    ['a typo', 'paracetemol', { corrections: [{ from: 'paracetemol', to: 'paracetamol' }] }],
    ['a word the corpus does not have', 'tylenol for my neck and my knee', { unmatched: ['knee'] }],
    ['neither', 'ibuprofen', {}],
  ])('%s: on every hit', async (_, query, expected) => {
    const hits = JSON.parse((await runCli(['search', query, '--json'])).stdout) as Record<string, unknown>[];
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect({ corrections: hit.corrections, unmatched: hit.unmatched }).toEqual({ corrections: undefined, unmatched: undefined, ...expected });
  });
});
