import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../src/corpus.js';
import { buildIndex, contentKey, deserializeIndex, serializeIndex } from '../src/search-index.js';
import { search } from '../src/search.js';
import { cli, root } from './helpers/cli.js';

const corpus = loadBundledCorpus();
const queries = ['ibuprofen', 'hot water bottle', 'massge', 'what can I take for the pain', 'neck pain', 'stock prices', 'naproxin'];

describe('the serialised index', () => {
  const index = buildIndex(corpus);
  const restored = deserializeIndex(serializeIndex(index, 'k'), corpus, 'k')!;

  it.each(queries)('gives the same results as a fresh one: %s', (query) => {
    expect(search(restored, query, { limit: 10 })).toEqual(search(index, query, { limit: 10 }));
  });

  it.each([
    ['another key', (b: Buffer) => deserializeIndex(b, corpus, 'other')],
    ['a corpus of another size', (b: Buffer) => deserializeIndex(b, { sections: corpus.sections.slice(1) }, 'k')],
    ['truncated data', (b: Buffer) => deserializeIndex(b.subarray(0, b.length - 10), corpus, 'k')],
    ['garbage', () => deserializeIndex(Buffer.from('not an index at all'), corpus, 'k')],
  ])('is refused for %s', (_, read) => {
    expect(read(serializeIndex(index, 'k'))).toBeUndefined();
  });

  it('contentKey tells texts apart', () => {
    expect(contentKey('abc')).toBe(contentKey('abc'));
    expect(contentKey('abc')).not.toBe(contentKey('abd'));
  });
});

describe('the build', () => {
  it('ships an index and prerendered sections for the bundled corpus, both matching it', () => {
    const text = readFileSync(join(root, 'data/corpus.json'), 'utf8');
    const index = deserializeIndex(readFileSync(join(root, 'dist/bundled.index')), corpus, contentKey(text));
    expect(index, 'dist/bundled.index is stale or missing: run npm run build').toBeDefined();
    const renders = JSON.parse(readFileSync(join(root, 'dist/bundled.render.json'), 'utf8'));
    expect(renders.key).toBe(contentKey(text));
    expect(Object.keys(renders.plain)).toEqual(corpus.sections.map((s) => s.id));
  });

  it.each(corpus.sections.map((s) => [s.id]))('show %s prints the same from the prerendering as from a live render', (id) => {
    // --data with the same file takes the live marked path; without it, the build's prerendering.
    for (const color of ['never', 'always']) {
      const prebuilt = cli(['--color', color, 'show', id]).stdout;
      const live = cli(['--color', color, '--data', join(root, 'data/corpus.json'), 'show', id]).stdout;
      expect(prebuilt).toBe(live);
    }
  });
});

describe('the index cache for large --data corpora', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spasm-cache-'));
  const file = join(dir, 'large.json');
  writeFileSync(file, JSON.stringify({
    sections: Array.from({ length: 600 }, (_, i) => ({
      id: `s${i}`, title: `Topic ${i}`, summary: `About topic ${i}.`, body: `Sentence about item${i} and warmth. `.repeat(20),
    })),
  }));
  const cache = join(dir, 'cache');
  const run = () => cli(['--data', file, 'search', 'item42', 'warmth', '--json'], { SPASM_INFO_CACHE_DIR: cache });

  it('is written on the first search and gives the same answer on the next', () => {
    const first = run();
    expect(first.code).toBe(0);
    expect(readdirSync(cache).filter((f) => f.endsWith('.index')).length).toBe(1);
    const second = run();
    expect(second.stdout).toBe(first.stdout);
    expect(JSON.parse(second.stdout)[0].id).toBe('s42');
  });

  it('is not used once the file changes', () => {
    const before = run().stdout;
    const changed = readFileSync(file, 'utf8').replace('"Topic 42"', '"Renamed 42"');
    writeFileSync(file, changed);
    expect(JSON.parse(run().stdout)[0].title).toBe('Renamed 42');
    expect(before).toContain('Topic 42');
  });

  it('never vouches for a changed file: a now-invalid corpus is still rejected', () => {
    expect(run().code).toBe(0); // the cache now matches the file
    const broken = readFileSync(file, 'utf8').replace('"title":"Topic 7"', '"title":7');
    writeFileSync(file, broken);
    const r = cli(['--data', file, 'list'], { SPASM_INFO_CACHE_DIR: cache });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('section 8 ("s7"), field "title": must be text');
    writeFileSync(file, broken.replace('"title":7', '"title":"Topic 7"'));
  });

  it('is not written when SPASM_INFO_NO_CACHE is set', () => {
    const other = join(dir, 'unused');
    cli(['--data', file, 'search', 'warmth'], { SPASM_INFO_CACHE_DIR: other, SPASM_INFO_NO_CACHE: '1' });
    expect(existsSync(other)).toBe(false);
  });
});
