import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../src/corpus/corpus.js';
import { buildIndex, contentKey, deserializeIndex, serializeIndex } from '../src/search/search-index.js';
import { prepareSearch, search } from '../src/search/search.js';
import { ready, usePrepared } from '../src/search/prepared.js';
import { moduleDir } from '../src/package-dir.js';
import { readFileSync as readBuildFile, withoutBuild } from './helpers/bundled-build.js';
import { cliSeries, root, runCli, type Run } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const corpus = loadBundledCorpus();
const queries = ['ibuprofen', 'hot water bottle', 'massge', 'what can I take for the pain', 'neck pain', 'stock prices', 'naproxin'];

describe('the serialised index', () => {
  const index = buildIndex(corpus);
  const restored = deserializeIndex(serializeIndex(index, 'k'), corpus, 'k')!;

  it.each(queries)('gives the same results as a fresh one: %s', (query) => {
    expect(search(restored, query, { limit: 10 })).toEqual(search(index, query, { limit: 10 }));
  });

  it.each([
    ['another key', (b: Uint8Array) => deserializeIndex(b, corpus, 'other')],
    ['a corpus of another size', (b: Uint8Array) => deserializeIndex(b, { sections: corpus.sections.slice(1) }, 'k')],
    ['truncated data', (b: Uint8Array) => deserializeIndex(b.subarray(0, b.length - 10), corpus, 'k')],
    ['garbage', () => deserializeIndex(Buffer.from('not an index at all'), corpus, 'k')],
  ])('is refused for %s', (_, read) => {
    expect(read(serializeIndex(index, 'k'))).toBeUndefined();
  });

  it('contentKey tells texts apart', () => {
    expect(contentKey('abc')).toBe(contentKey('abc'));
    expect(contentKey('abc')).not.toBe(contentKey('abd'));
  });
});

describe('what the build prepares for searches of the bundled corpus', () => {
  const plain = buildIndex(corpus);
  const prepared = buildIndex(corpus);
  const data = JSON.parse(JSON.stringify(prepareSearch(buildIndex(corpus), 'k')));
  const used = usePrepared(prepared, data, 'k');

  it('is taken for its own index and key, and refused for another key or a corpus of another size', () => {
    expect(used).toBe(true);
    expect(usePrepared(buildIndex(corpus), data, 'other')).toBe(false);
    expect(usePrepared(buildIndex({ ...corpus, sections: corpus.sections.slice(1) }), data, 'k')).toBe(false);
    expect(usePrepared(buildIndex(corpus), { ...data, negatedUnits: [1e9] }, 'k')).toBe(false);
    expect(usePrepared(buildIndex(corpus), { ...data, urgentUnits: [-1] }, 'k')).toBe(false);
    expect(usePrepared(buildIndex(corpus), { ...data, urgentUnits: undefined }, 'k')).toBe(false);
    expect(usePrepared(buildIndex(corpus), { ...data, headings: data.headings.map(() => [1e9]) }, 'k')).toBe(false);
    expect(usePrepared(buildIndex(corpus), { ...data, headings: undefined }, 'k')).toBe(false);
  });

  // What a search reads from the preparation is the same as what it works out without it: the
  // three things it holds, compared whole after the JSON round trip the build's file makes.
  it('holds, after its JSON round trip, what a search works out without it', () => {
    expect(data).toEqual(prepareSearch(buildIndex(corpus), 'k'));
    search(plain, 'neck pain');
    expect([...ready(plain).conditions!].sort((a, b) => a - b)).toEqual(data.conditionUnits);
    // The warning signs' units: a search with a warning sign's words works them out (or takes the
    // build's list), in the same order either way.
    search(plain, 'neck pain and a high fever, should I call 999');
    search(prepared, 'neck pain and a high fever, should I call 999');
    expect(data.urgentUnits.length).toBeGreaterThan(0);
    expect([...ready(plain).urgent!]).toEqual(data.urgentUnits);
    expect([...ready(prepared).urgent!]).toEqual(data.urgentUnits);
  });

  // And, end to end, every tenth query of the suites gives the same hits and snippets both ways: that
  // check is in test/answers.test.ts, after the answering suite, where the search is warm.

  it('is what dist/bundled.search.json holds', () => {
    const text = readFileSync(join(root, 'data/corpus.json'), 'utf8');
    const shipped = JSON.parse(readFileSync(join(root, 'dist/bundled.search.json'), 'utf8'));
    expect(shipped, 'dist/bundled.search.json is stale: run npm run build').toEqual({ ...data, key: contentKey(text) });
  });
});

describe('an index of more stems than 16 bits can number', () => {
  // Stem ids past 65,535 (a corpus of 70,000 distinct words) are filed like any other.
  const sections = Array.from({ length: 70 }, (_, i) => ({
    id: `s${i}`,
    title: `Topic ${i}`,
    summary: 'Shared summary words.',
    body: Array.from({ length: 1000 }, (_, j) => `w${i}q${j}x`).join(' ') + '.',
  }));
  const index = buildIndex({ sections });
  const unitsOf = (word: string) => {
    const s = index.stems.indexOf(word);
    return [...index.postingUnits.subarray(index.postingStart[s], index.postingStart[s + 1])].map((u) => index.unitSection[u]);
  };

  it('files every word under its own section, before and after the 65,536th stem', () => {
    expect(index.stems.length).toBeGreaterThan(70_000);
    for (const [word, section] of [['w0q0x', 0], ['w40q999x', 40], ['w65q500x', 65], ['w69q999x', 69]] as const) expect(unitsOf(word), word).toEqual([section]);
    expect(unitsOf('share')).toEqual(Array.from({ length: 70 }, (_, i) => i));
  });

  it('survives its own checks when written and read back', () => {
    expect(deserializeIndex(serializeIndex(index, 'k'), { sections }, 'k')).toBeDefined();
  });
});

describe('the build', () => {
  it('ships the bundled corpus (its list of sources apart), an index and prerendered sections, all matching it', () => {
    const text = readFileSync(join(root, 'data/corpus.json'), 'utf8');
    const index = deserializeIndex(readFileSync(join(root, 'dist/bundled.index')), corpus, contentKey(text));
    expect(index, 'dist/bundled.index is stale or missing: run npm run build').toBeDefined();
    for (const mode of ['plain', 'color']) {
      const renders = JSON.parse(readFileSync(join(root, `dist/bundled.render-${mode}.json`), 'utf8'));
      expect(renders.key).toBe(contentKey(text));
      expect(Object.keys(renders.sections)).toEqual(corpus.sections.map((s) => s.id));
    }
    // The corpus without its list of sources and its care plan, each in a file of its own (only
    // `show` reads the sources, only `plan` and `timer` the plan), and without the scope's `about`
    // (for the people who edit the data; nothing reads it).
    const { sources, plan, ...rest } = JSON.parse(text);
    const { about, ...scope } = rest.scope;
    expect(about, "data/corpus.json's scope says what it is about").toEqual(expect.any(String));
    const copy = JSON.parse(readFileSync(join(root, 'dist/bundled.corpus.json'), 'utf8'));
    expect(copy, 'dist/bundled.corpus.json (what the CLI reads) is stale: run npm run build').toEqual({ key: contentKey(text), corpus: { ...rest, scope } });
    const shipped = JSON.parse(readFileSync(join(root, 'dist/bundled.sources.json'), 'utf8'));
    expect(shipped, 'dist/bundled.sources.json is stale: run npm run build').toEqual({ key: contentKey(text), sources });
    const shippedPlan = JSON.parse(readFileSync(join(root, 'dist/bundled.plan.json'), 'utf8'));
    expect(shippedPlan, 'dist/bundled.plan.json is stale: run npm run build').toEqual({ key: contentKey(text), plan });
  });

  // In-process runs read the build's files as test/helpers/bundled-build.ts makes them from the
  // sources, with the build's own function: the same files as dist/ (the JSON written there in ASCII,
  // every other character as a \u escape: the same values).
  it.each(['corpus.json', 'sources.json', 'plan.json', 'index', 'search.json', 'render-plain.json', 'render-color.json', ...corpus.sections.map((s) => `pipe-${s.id}.txt`)])('in-process runs read the same bundled.%s as the built CLI', (name) => {
    const made = readBuildFile(join(moduleDir, `bundled.${name}`)) as Buffer;
    const shipped = readFileSync(join(root, `dist/bundled.${name}`));
    if (name.endsWith('.json')) expect(JSON.parse(made.toString()), `dist/bundled.${name} is stale: run npm run build`).toEqual(JSON.parse(shipped.toString()));
    else expect(made.equals(shipped), `dist/bundled.${name} is stale: run npm run build`).toBe(true);
  });

  // The built CLI lays out the build's prerendering; the sources with no build beside them
  // (withoutBuild) render the same command live with marked. Both colours through the built
  // bundle's main() in one child (cliSeries).
  const COLORS = ['never', 'always'];
  const showAll = (color: string) => ['--color', color, 'show', ...corpus.sections.map((s) => s.id)];
  let prebuilt: Run[] = [];
  const showJson = ['show', ...corpus.sections.map((s) => s.id), '--json'];
  beforeAll(() => {
    prebuilt = cliSeries([...COLORS.map(showAll), showJson]);
  });
  // The built CLI reads the corpus's list of sources from a file of its own when it is first asked.
  it('show --json of every section gives the same sources from the build\'s files as from the corpus', async () => {
    const built = prebuilt[COLORS.length];
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toContain('"sources"');
    expect(built.stdout).toBe((await withoutBuild(() => runCli(showJson))).stdout);
  });
  it.each(COLORS.map((color, i) => [color, i] as const))('show of every section prints the same from the prerendering as from a live render (--color %s)', async (color, i) => {
    expect(prebuilt[i].code, prebuilt[i].stderr).toBe(0);
    await withoutBuild(async () => expect(() => readBuildFile(join(moduleDir, `bundled.render-${color === 'never' ? 'plain' : 'color'}.json`)), 'no build beside the sources').toThrow(/ENOENT/));
    expect(prebuilt[i].stdout).toBe((await withoutBuild(() => runCli(showAll(color)))).stdout);
  });
});

describe('the index cache for large --data corpora', () => {
  const dir = tempDir('cache');
  const file = join(dir, 'large.json');
  // Over the 256 KB that makes a corpus's index cached (268 KB), as in test/cache.test.ts: 30
  // sections of 20 sentences of short words and five of long words, with 8 KB of white space after
  // each (a run costs what it reads and indexes, not the bytes that decide caching: 270 KB of text
  // until 2026-12-05, and 600 sections of 0.7 KB before that, took several times as long to index).
  const sections = Array.from({ length: 30 }, (_, i) => ({
    id: `s${i}`, title: `Topic ${i}`, summary: `About topic ${i}.`,
    body: `Sentence about item${i} and warmth. `.repeat(20) + 'Stiffnessofneckandshoulders relievedbywarmthandrest. '.repeat(5),
  }));
  writeFileSync(file, `{"sections":[${sections.map((s) => JSON.stringify(s)).join(`,\n${' '.repeat(8192)}`)}]}\n`);
  const cache = join(dir, 'cache');
  const run = () => runCli(['--data', file, 'search', 'item12', 'warmth', '--json'], { SPASM_INFO_CACHE_DIR: cache });

  it('is written on the first search and gives the same answer on the next', async () => {
    const first = await run();
    expect(first.code).toBe(0);
    expect(readdirSync(cache).filter((f) => f.endsWith('.index')).length).toBe(1);
    const second = await run();
    expect(second.stdout).toBe(first.stdout);
    expect(JSON.parse(second.stdout)[0].id).toBe('s12');
  });

  it('is not used once the file changes', async () => {
    const before = (await run()).stdout;
    const changed = readFileSync(file, 'utf8').replace('"Topic 12"', '"Renamed 12"');
    writeFileSync(file, changed);
    expect(JSON.parse((await run()).stdout)[0].title).toBe('Renamed 12');
    expect(before).toContain('Topic 12');
  });

  it('never vouches for a changed file: a now-invalid corpus is still rejected', async () => {
    expect((await run()).code).toBe(0); // the cache now matches the file
    const broken = readFileSync(file, 'utf8').replace('"title":"Topic 7"', '"title":7');
    writeFileSync(file, broken);
    const r = await runCli(['--data', file, 'list'], { SPASM_INFO_CACHE_DIR: cache });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('section 8 ("s7"), field "title": must be text');
    writeFileSync(file, broken.replace('"title":7', '"title":"Topic 7"'));
  });

  it('is not written when SPASM_INFO_NO_CACHE is set', async () => {
    const other = join(dir, 'unused');
    await runCli(['--data', file, 'search', 'warmth'], { SPASM_INFO_CACHE_DIR: other, SPASM_INFO_NO_CACHE: '1' });
    expect(existsSync(other)).toBe(false);
  });
});
