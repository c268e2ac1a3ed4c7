// The bundled corpus as the build left it beside the bundle: the checked corpus with its key, the
// prebuilt search index and the prerendered sections, each matched to the corpus by that key.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundledCorpusText } from '../corpus/corpus.js';
import type { Corpus } from '../corpus/types.js';
import { moduleDir } from '../package-dir.js';
import type { Prerendered } from '../render/layout.js';
import { contentKey, deserializeIndex, type SearchIndex } from '../search/search-index.js';
import { usePrepared } from '../search/prepared.js';

/** Written by the build: the bundled corpus as it was checked, and its key (which the index and the
 *  prerendered sections carry too). */
const builtCorpusPath = join(moduleDir, 'bundled.corpus.json');
/** Written by the build beside the bundle (dist/bundled.index). */
const bundledIndexPath = join(moduleDir, 'bundled.index');
/** Written by the build beside the bundle: what searches of the bundled index would otherwise work
 *  out from the corpus at every run (search.ts, prepareSearch). */
const bundledSearchPath = join(moduleDir, 'bundled.search.json');
/** Written by the build: each bundled section prerendered without and with colour, and the corpus key. */
const bundledRenderPath = join(moduleDir, 'bundled.render.json');

export interface BuiltCorpus {
  key: string;
  corpus: Corpus;
}

interface StoredRenders {
  key: string;
  plain: Record<string, Prerendered>;
  color: Record<string, Prerendered>;
}

/** The bundled corpus with its key: from the build's copy beside the bundle, whose key the build
 *  computed, so that no start hashes the corpus again (that hash was 2.7% of `list`'s instructions);
 *  without a build beside this module (the sources, in tests), from data/ with the key computed. */
export function readBundledCorpus(): BuiltCorpus {
  const built = readIfThere(builtCorpusPath);
  if (built) return JSON.parse(built.toString()) as BuiltCorpus;
  const text = readBundledCorpusText();
  return { key: contentKey(text), corpus: JSON.parse(text) as Corpus };
}

/** The index the build wrote beside the bundle, if it is there and matches `key`. */
export function readBundledIndex(corpus: Corpus, key: string): SearchIndex | undefined {
  const data = readIfThere(bundledIndexPath);
  const index = data && deserializeIndex(data, corpus, key, { verifyChecksum: false });
  const prepared = index && readIfThere(bundledSearchPath);
  if (index && prepared) {
    try {
      usePrepared(index, JSON.parse(prepared.toString()), key);
    } catch {
      // Not JSON: searches work it out themselves.
    }
  }
  return index;
}

/** The build's prerendering of the sections, if it is there and matches `key`. */
export function readBundledRenders(key: string): StoredRenders | undefined {
  try {
    const stored = JSON.parse(readFileSync(bundledRenderPath, 'utf8')) as StoredRenders;
    return stored.key === key ? stored : undefined;
  } catch {
    return undefined;
  }
}

function readIfThere(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
