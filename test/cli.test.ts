import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, ESC, root, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const noStack = (stderr: string) => expect(stderr, 'stderr shows a stack trace').not.toMatch(/\n\s+at |Error:/);
const custom = join(root, 'test/fixtures/custom.json');

describe('the three examples of the README', () => {
  it('list: every section, one tab-separated line each when piped, no colour', async () => {
    const r = await runCli(['list']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split('\t')[0])).toEqual(['overview', 'medications', 'thermal', 'rest', 'physical-therapy', 'surgery', 'red-flags']);
    for (const line of lines) expect(line.split('\t').length).toBe(3);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stderr).toBe('');
  });

  it('show thermal: the section, its source and the disclaimer', async () => {
    const r = await runCli(['show', 'thermal']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Thermal Therapy');
    expect(r.stdout).toContain('Applying ice or cold packs to the neck for 20 minutes every hour');
    expect(r.stdout).toContain('Source: "What Are the Treatments for Neck Muscle Spasms?" by Marcy Brinkley,');
    expect(r.stdout).toContain('LIVESTRONG.COM');
    expect(r.stdout).toContain('not medical advice');
    expect(r.stdout).not.toContain(ESC);
  });

  it('search ibuprofen: Medications first, with why it matched', async () => {
    const r = await runCli(['search', 'ibuprofen']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^1\. Medications \(medications\) {2}score \d\.\d\d$/);
    expect(r.stdout).toContain('ibuprofen — a nonsteroidal anti-inflammatory drug (NSAID)');
  });
});

describe('show', () => {
  it.each([['THERMAL'], ['heat'], ['Thermal Therapy'], ['therm']])('show %s is the thermal section', async (name) => {
    const r = await runCli(['show', ...name.split(' ')]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Thermal Therapy');
  });

  it.each([
    [['physical', 'therapy'], 'Physical Therapy'],
    [['meds'], 'Medications'],
    [['red-flags'], 'When to get medical help'],
  ])('show %j → %s', async (args, title) => {
    const r = await runCli(['show', ...args]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(title);
  });

  it.each([
    [['heat', 'pad'], 'Thermal Therapy'],
    [['advil'], 'Medications'],
  ])('show %j names a section by a word it is about: %s, exit 0, nothing on stderr', async (args, title) => {
    const r = await runCli(['show', ...args]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(title);
  });

  it('show thermal rest shows both sections', async () => {
    const r = await runCli(['show', 'thermal', 'rest']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Thermal Therapy\n[\s\S]*\nRest\n/);
  });

  it('an unknown section: exit 1, "did you mean" in its one sentence on stderr', async () => {
    const r = await runCli(['show', 'thermel']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("spasm-info: No section matches 'thermel'; did you mean 'thermal' (Thermal Therapy)?\n");
  });

  it.each([['../../etc/passwd'], ['/etc/passwd'], ['nonsense']])('show %s is simply not found', async (name) => {
    const r = await runCli(['show', name]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^spasm-info: No section matches '[^']*' \(run 'spasm-info list' to see every section\)\.\n$/);
    noStack(r.stderr);
  });

  it('an ambiguous prefix: exit 1, naming the candidates', async () => {
    const r = await runCli(['show', 'p']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/'p' could mean more than one section: .*physical-therapy/);
  });

  it('--json: the section as data, without the disclaimer', async () => {
    const r = await runCli(['show', 'thermal', '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(Object.keys(data)).toEqual(['id', 'title', 'summary', 'body', 'origin', 'sources']);
    expect(data).toMatchObject({ id: 'thermal', title: 'Thermal Therapy', origin: 'article' });
    expect(data.sources[0]).toMatchObject({ author: 'Marcy Brinkley', publisher: 'LIVESTRONG.COM' });
    expect(r.stdout).not.toContain('not medical advice');
  });

  it('--json for medications carries the structured drug list', async () => {
    const data = JSON.parse((await runCli(['show', 'medications', '--json'])).stdout);
    expect(data.drugs.find((d: { class: string }) => d.class === 'NSAIDs').members[0]).toMatchObject({
      generic: 'ibuprofen', brands: ['Advil', 'Motrin', 'Nurofen'], availability: 'over the counter; also by prescription', sources: ['familydoctor-nsaids', 'nhs-ibuprofen', 'emc-nurofen'],
    });
  });

  it('--raw prints the Markdown source', async () => {
    const r = await runCli(['show', 'medications', '--raw']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Medications\n\nOver-the-counter analgesics such as \*\*acetaminophen\*\*/);
    expect(r.stdout).toContain('| --- |');
  });
});

describe('search', () => {
  it('--json: id, title, score and snippet, best first', async () => {
    const r = await runCli(['search', 'hot', 'water', 'bottle', '--json']);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout);
    expect(hits[0]).toMatchObject({ id: 'thermal', title: 'Thermal Therapy' });
    expect(hits[0].score).toBeGreaterThan(0);
    expect(hits[0].score).toBeLessThanOrEqual(1);
    expect(typeof hits[0].snippet).toBe('string');
  });

  it('nothing found: exit 1, one sentence with what to try on stderr, nothing on stdout', async () => {
    const r = await runCli(['search', 'stock', 'prices']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("spasm-info: Nothing matches 'stock prices' (try other words, or run 'spasm-info list' to see every section).\n");
  });

  it.each([['stock prices', 'sick'], ['pizza dough', 'drugs']])('nothing found for %j: no far-fetched "did you mean" (%s)', async (query, wrong) => {
    const r = await runCli(['search', query]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('Did you mean');
    expect(r.stderr).not.toContain(`'${wrong}'`);
  });

  it('a query of punctuation only is said to have no words, not only common ones: unusable, exit 2 as an empty one (trial20 finding 21)', async () => {
    const r = await runCli(['search', '!!! ???']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("spasm-info: The search query '!!! ???' has no words, only punctuation or symbols: give one or more words to look for.\n");
  });

  it('results that cover only part of the query say which part matched nothing', async () => {
    const r = await runCli(['search', 'ibuprofen for my stiff neck with high cholesterol']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\. Medications/);
    expect(r.stderr).toBe("spasm-info: no match for 'cholesterol'.\n");
  });

  it('an announced typo correction is used: ibuprofem heatt finds what ibuprofen heat finds', async () => {
    const typed = await runCli(['search', 'ibuprofem', 'heatt']);
    const right = await runCli(['search', 'ibuprofen', 'heat']);
    expect(typed.code).toBe(0);
    expect(typed.stderr).toContain("showing results for 'ibuprofen'");
    expect(typed.stderr).toContain("showing results for 'heat'");
    expect(typed.stdout).toBe(right.stdout);
  });

  it('nothing found with --json: [] and exit 1', async () => {
    const r = await runCli(['search', 'pizza dough', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('a typo is corrected, and the correction is said on stderr', async () => {
    const r = await runCli(['search', 'naproxin']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\. Medications/);
    expect(r.stderr).toBe("spasm-info: no exact match for 'naproxin'; showing results for 'naproxen'.\n");
  });

  it('--limit caps the results', async () => {
    const hits = JSON.parse((await runCli(['search', 'neck', 'pain', '--json', '--limit', '2'])).stdout);
    expect(hits.length).toBe(2);
  });
});

describe('usage errors exit 2 with one sentence on stderr', () => {
  it.each([
    [['search', ''], /^spasm-info: The search query is empty/],
    [['search', '   '], /^spasm-info: The search query is empty/],
    [['search', 'x', '--limit', '0'], /^spasm-info: Invalid --limit '0': it must be a positive whole number \(run 'spasm-info search --help' for its usage\)\.\n$/],
    [['search', 'x', '--limit', 'abc'], /Invalid --limit 'abc'/],
    [['search', 'x', '--limit', '-1'], /Invalid --limit '-1'/],
    [['search', 'x', '--limit', '1.5'], /Invalid --limit '1\.5'/],
    [['show'], /^spasm-info: Missing required argument 'section' \(/],
    [['search'], /^spasm-info: Missing required argument 'query' \(/],
    [['frobnicate'], /^spasm-info: Unknown command 'frobnicate' \(to search for it, run 'spasm-info search frobnicate'\)\.\n$/],
    [['lst'], /^spasm-info: Unknown command 'lst'; did you mean list\?\n/],
    [['list', '--jsn'], /^spasm-info: Unknown option '--jsn'; did you mean --json\?\n/],
    [['--color', 'purple', 'list'], /^spasm-info: Invalid --color 'purple': allowed choices are auto, always, never/],
    [['show', 'thermal', '--json', '--raw'], /^spasm-info: Choose one of --json and --raw, not both \(run 'spasm-info show --help' for its usage\)\.\n$/],
  ])('%j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    noStack(r.stderr);
  });


});

describe('bytes that are not UTF-8 (Node reads them as U+FFFD)', () => {
  it.each([
    [['search', '\uFFFD\uFFFD'], 'search query'],
    [['search', 'ne\uFFFDck', 'pain'], 'search query'],
    [['show', 'therm\uFFFDl'], 'section name'],
    [['plan', '--since', '\uFFFD'], '--since date'],
    [['timer', 'ice', '--since', 'yesterday\uFFFD'], '--since date'],
  ])('%j: exit 2, one sentence naming the %s', async (args, what) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`spasm-info: The ${what} is not valid UTF-8 text: check the character encoding of your terminal or script.\n`);
  });

  it('valid UTF-8 beyond ASCII is searched as usual', async () => {
    const r = await runCli(['search', 'caf\u00e9', 'neck', 'ice']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Thermal Therapy');
  });
});

describe('help and version', () => {
  // trial20 finding 18: help opened with Examples; `--help | head -1` was "Examples:", not the usage.
  it.each([[[]], [['list']], [['show']], [['search']], [['plan']], [['timer']], [['completion']]])('%j --help opens with the usage line, has its examples after the options, and exits 0', async (args) => {
    const r = await runCli([...args, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^Usage: spasm-info /);
    expect(r.stdout.indexOf('\nExamples:\n')).toBeGreaterThan(r.stdout.indexOf('\nOptions:\n'));
    expect(r.stdout.indexOf('\nOptions:\n')).toBeGreaterThan(0);
  });

  // A term's description keeps to its column when it wraps: a wrapped line that started at the left
  // edge would read as a term of its own. The terms at a narrow width are those at 200 columns.
  const termsIn = (help: string) =>
    help
      .split(/\n\n/)
      .filter((block) => /^(Arguments|Options|Commands):/.test(block))
      .flatMap((block) => block.split('\n').slice(1).filter((line) => /^  \S/.test(line)).map((line) => line.trim().split(/\s{2,}/)[0]));
  it.each([[[]], [['list']], [['show']], [['search']], [['plan']], [['timer']], [['completion']]])('%j --help keeps every wrapped description in its column at 40 to 70 columns', async (args) => {
    const wide = termsIn((await runCli([...args, '--help'], { COLUMNS: '200' })).stdout);
    expect(wide.length).toBeGreaterThan(0);
    for (const columns of [40, 45, 50, 55, 60, 70]) {
      const help = (await runCli([...args, '--help'], { COLUMNS: String(columns) })).stdout;
      expect(termsIn(help), `at ${columns} columns`).toEqual(wide);
      for (const line of help.split('\n')) expect(line.length, `at ${columns} columns: ${line}`).toBeLessThanOrEqual(columns);
    }
  });

  it.each([['-v'], ['--version']])('%s prints the version', async (flag) => {
    const r = await runCli([flag]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('--data', () => {
  const dir = tempDir('data');
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('uses a custom corpus for list, show and search', async () => {
    expect((await runCli(['--data', custom, 'list'])).stdout).toBe('alpha\tAlpha Waves\tAbout alpha.\nbeta\tBeta Waves\tAbout beta.\n');
    expect((await runCli(['show', 'calm', '--data', custom])).stdout.split('\n')[0]).toBe('Alpha Waves');
    expect(JSON.parse((await runCli(['--data', custom, 'search', 'thinking', '--json'])).stdout)[0].id).toBe('beta');
  });

  it.each([
    ['a missing file', () => join(dir, 'missing.json'), 'there is no such file'],
    ['a folder', () => dir, 'it is a folder, not a file'],
    ['an empty file', () => file('empty.json', ''), 'the file is empty'],
    ['invalid JSON', () => file('bad.json', '{"sections": [}'), 'it is not valid JSON (line 1, column 15'],
    ['a wrong shape', () => file('shape.json', '{"sections":[{"id":"a","title":"t","summary":"s"}]}'), 'section 1 ("a"), field "body": is missing'],
    ['duplicate ids', () => file('dup.json', '{"sections":[{"id":"a","title":"t","summary":"s","body":"b"},{"id":"a","title":"t","summary":"s","body":"b"}]}'), 'sections 1 and 2 have the same id "a"'],
    ['no sections', () => file('none.json', '{"sections":[]}'), 'field "sections": must hold at least one section'],
  ])('%s: exit 2 with one sentence naming the file', async (_, path, problem) => {
    const p = path();
    const r = await runCli(['--data', p, 'list']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`spasm-info: Cannot use '${p}' as a corpus: ${problem}`);
    expect(r.stderr.trimEnd().split('\n').length).toBe(1);
    noStack(r.stderr);
  });

  // trial47: a line break or a tab in the name is written as its escape, not as a space.
  it.each([['a\nb.json', 'a\\nb.json'], ['a\tb.json', 'a\\tb.json'], ['a\u202Eb.json', 'a\\u202Eb.json']])('a file name holding a control character (%j) is quoted with it escaped', async (name, shown) => {
    const r = await runCli(['--data', join(tempDir('names'), name), 'list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${shown}' as a corpus: there is no such file.`);
    expect(r.stderr.trimEnd().split('\n').length).toBe(1);
  });
});

describe('colour', () => {
  it.each([
    ['piped, by default', [], {}, false],
    ['FORCE_COLOR=1', [], { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=0', [], { FORCE_COLOR: '0' }, false],
    ['--color always', ['--color', 'always'], {}, true],
    ['--color never with FORCE_COLOR', ['--color', 'never'], { FORCE_COLOR: '1' }, false],
    ['NO_COLOR', [], { NO_COLOR: '1' }, false],
  ])('search output %s: colour %s', async (_, flags, env, coloured) => {
    const r = await runCli(['search', 'ibuprofen', ...flags], env);
    expect(r.stdout.includes(ESC)).toBe(coloured);
  });

  it('--json is never coloured', async () => {
    for (const cmd of [['list'], ['show', 'thermal'], ['search', 'ice']]) {
      expect((await runCli([...cmd, '--json', '--color', 'always'])).stdout).not.toContain(ESC);
    }
  });
});

describe('pipes', () => {
  it('show medications | head -c 20 ends quietly with exit 0', async () => {
    const r = spawnSync('bash', ['--norc', '-c', `"${process.execPath}" "${bin}" show medications | head -c 20 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('0');
    expect(r.stderr).toBe('');
  });
});

describe('help and usage errors say the right thing', () => {
  it('spasm-info alone: a short help on stdout (what it is, the commands, examples), exit 0, as gh does', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^spasm-info: an offline reference for the treatments of neck muscle spasms\.\n\nCommands:\n {2}list /);
    for (const name of ['list', 'show', 'search', 'plan', 'completion']) expect(r.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect(r.stdout).toContain("Run 'spasm-info --help' for every option");
    expect(r.stdout.split('\n').length, 'fits a 24-line screen').toBeLessThanOrEqual(24);
  });

  it.each([
    // trial20 finding 20: each was a sentence and a hint line; now the pointer is in the sentence.
    [['help', 'nope'], "spasm-info: Unknown command 'nope': the commands are list, show, search, plan, timer, completion.\n"],
    [['help', 'shwo'], "spasm-info: Unknown command 'shwo'; did you mean show?\n"],
    [['show', '--bogus'], "spasm-info: Unknown option '--bogus' (run 'spasm-info show --help' for its usage).\n"],
    [['show'], "spasm-info: Missing required argument 'section' (run 'spasm-info show --help' for its usage).\n"],
    [['search', '-n', '0', 'x'], "spasm-info: Invalid --limit '0': it must be a positive whole number (run 'spasm-info search --help' for its usage).\n"],
    [['plan', 'extra'], "spasm-info: Too many arguments for 'plan': it takes 0, not 1 (run 'spasm-info plan --help' for its usage).\n"],
    [['--bogus'], "spasm-info: Unknown option '--bogus' (run 'spasm-info --help' for usage).\n"],
  ])('%j: exit 2, one sentence, pointing to the right help', async (args, stderr) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(stderr);
  });

  it('help show is show --help', async () => {
    expect((await runCli(['help', 'show'])).stdout).toBe((await runCli(['show', '--help'])).stdout);
  });

  it.each([
    [['list', '--color', 'al\u200bways'], "Invalid --color 'al\\u200Bways'"],
    [['search', 'heat', '-n', '\u202e5'], "Invalid --limit '\\u202E5'"],
  ])('an invalid value %j is echoed with its invisible characters as escapes, not as a valid value (trial65 finding 4)', async (args, shown) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(shown);
  });

  it('help help is the root help, which lists "help [command]" (it had been an unknown command)', async () => {
    const r = await runCli(['help', 'help']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe((await runCli(['--help'])).stdout);
    expect(r.stdout).toMatch(/^ {2}help \[command\]/m);
  });

  it('--help names exit 70 and DEBUG', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(/^ {2}70 +internal error: a bug in spasm-info \(set DEBUG=1 to see the stack\)/m);
  });

  it.each([['list'], ['search', 'ibuprofen']])('--color always and FORCE_COLOR: %j in a pipe (list stays plain TSV, as the README says)', async (...args) => {
    const forced = [await runCli(['--color', 'always', ...args]), await runCli(args, { FORCE_COLOR: '1' })];
    for (const r of forced) {
      if (args[0] === 'list') expect(r.stdout).not.toContain(ESC);
      else expect(r.stdout).toContain(ESC);
    }
  });
});

describe('show says the right thing', () => {
  it.each([
    ['nope', "spasm-info: No section matches 'nope' (run 'spasm-info list' to see every section).\n"],
    ['all', "spasm-info: No section matches 'all' (run 'spasm-info list' to see every section).\n"],
    ['heet', "spasm-info: No section matches 'heet'; did you mean 'thermal' (Thermal Therapy)?\n"],
    ['surgury', "spasm-info: No section matches 'surgury'; did you mean 'surgery' (Surgery)?\n"],
    ['physcial', "spasm-info: No section matches 'physcial'; did you mean 'physical-therapy' (Physical Therapy)?\n"],
    // A word of two sections' titles names neither: before, "therapy" was an alias of Physical
    // Therapy, and `show therapy` picked it silently over Thermal Therapy (trial 9's F10).
    ['therapy', "spasm-info: No section matches 'therapy'; did you mean 'thermal' (Thermal Therapy) or 'physical-therapy' (Physical Therapy)?\n"],
  ])('show %s: "did you mean" only for a near miss', async (name, stderr) => {
    const r = await runCli(['show', name]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(stderr);
  });

  it('show thermal nope: shows thermal, says \'nope\' matched nothing, exit 1', async () => {
    const r = await runCli(['show', 'thermal', 'nope']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Thermal Therapy\n/);
    expect(r.stderr).toBe("spasm-info: 'nope' matched no section; Thermal Therapy is shown (run 'spasm-info list' to see every section).\n");
  });

  // trial67: a name that could mean several sections, beside one that names a section, had been said
  // to match none.
  it("show p thermal: shows thermal, says 'p' could mean several sections, exit 1", async () => {
    const r = await runCli(['show', 'p', 'thermal']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Thermal Therapy\n/);
    expect(r.stderr).toBe("spasm-info: 'p' could mean more than one section: medications, rest, physical-therapy; Thermal Therapy is shown (run 'spasm-info list' to see every section).\n");
  });

  it('show thermal rest: the source line and the disclaimer once, at the end', async () => {
    const r = await runCli(['show', 'thermal', 'rest']);
    expect(r.stdout.match(/^Source: /gm)).toHaveLength(1);
    expect(r.stdout.match(/not medical advice/g)).toHaveLength(1);
    expect(r.stdout.indexOf('Source: ')).toBeGreaterThan(r.stdout.indexOf('\nRest\n'));
  });

  it('--data: a body that opens with its own "# Title" shows the title once, and ends with one newline', async () => {
    const dir = tempDir('heading');
    const file = join(dir, 'c.json');
    writeFileSync(file, JSON.stringify({ sections: [{ id: 'a', title: 'Alpha', summary: 's', body: '# Alpha\n\nSome text here.\n\n' }] }));
    for (const args of [['show', 'a'], ['show', 'a', '--raw']]) {
      const r = await runCli(['--data', file, ...args]);
      expect(r.stdout.match(/Alpha/g), args.join(' ')).toHaveLength(1);
      expect(r.stdout.endsWith('Some text here.\n'), JSON.stringify(r.stdout)).toBe(true);
    }
  });
});
