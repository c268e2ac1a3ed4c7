// In tests only (vitest.config.ts puts it where src/store/store.ts imports ./bundled.js): what
// src/store/bundled.ts reads from the build's files beside the bundle, the bundled corpus's search
// index (dist/bundled.index) and what searches of it use prepared (dist/bundled.search.json), made
// here from the sources, once a worker, as the build makes them (src/prebuild.ts), since the
// sources have no build beside them. The built CLI searches that way; from the sources every
// in-process `search` of the bundled corpus built its index anew (5.4 ms of CPU warm, against 0.7 ms
// for the index read back and prepared). The corpus and the prerendered sections come from
// bundled.ts itself, as before.
import * as bundled from '../../src/store/bundled.js';
import type { Corpus } from '../../src/corpus/types.js';
import { buildIndex, deserializeIndex, serializeIndex, type SearchIndex } from '../../src/search/search-index.js';
import { prepareSearch } from '../../src/search/search.js';
import { usePrepared } from '../../src/search/prepared.js';

export const readBundledCorpus = bundled.readBundledCorpus;
export const readBundledRenders = bundled.readBundledRenders;

/** The index as the build writes it, and its preparation as JSON text, made once a worker. Each run
 *  reads its own copy of both, as each process of the built CLI reads the files: nothing a run does
 *  to its index reaches the next. */
let made: { key: string; data: Uint8Array; prepared: string } | undefined;

export function readBundledIndex(corpus: Corpus, key: string): SearchIndex | undefined {
  const found = bundled.readBundledIndex(corpus, key);
  if (found) return found;
  if (made?.key !== key) {
    // As src/prebuild.ts (bundledFiles) writes them: one index, serialised, and its preparation.
    const built = buildIndex(corpus);
    made = { key, data: serializeIndex(built, key), prepared: JSON.stringify(prepareSearch(built, key)) };
  }
  const index = deserializeIndex(Buffer.from(made.data), corpus, key);
  if (index) usePrepared(index, JSON.parse(made.prepared), key);
  return index;
}
