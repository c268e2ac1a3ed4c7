// Where the CLI gets its corpus and search index: the bundled corpus with the index and renders
// prebuilt at build time (bundled.ts), or a --data file, large ones cached between runs
// (data-corpus.ts).

import type { Corpus } from '../corpus/types.js';
import type { Prerendered } from '../render/layout.js';
import { buildIndex, type SearchIndex } from '../search/search-index.js';
import { readBundledCorpus, readBundledIndex, readBundledPipe, readBundledRenders } from './bundled.js';
import { loadDataCorpus } from './data-corpus.js';

export interface LoadedCorpus {
  corpus: Corpus;
  /** Builds or loads the search index; only `search` asks for it. */
  index(): SearchIndex;
  /** A section as the build prerendered it (the bundled corpus only), with or without colour. */
  prerendered(id: string, color: boolean): Prerendered | undefined;
  /** A section as `show` prints it through a pipe (PIPE_WIDTH, no colour, URLs whole), as the build
   *  laid it out (the bundled corpus only). */
  piped?(id: string): string | undefined;
}

export async function loadCorpus(dataFile: string | undefined, env: NodeJS.ProcessEnv): Promise<LoadedCorpus> {
  if (dataFile !== undefined) return loadDataCorpus(dataFile, env);
  const { corpus, key } = readBundledCorpus();
  // Each colour's prerendering read once, when a section is first shown in it.
  const renders = new Map<boolean, Record<string, Prerendered> | undefined>();
  return {
    corpus,
    index: () => readBundledIndex(corpus, key) ?? buildIndex(corpus),
    piped: (id) => readBundledPipe(key, id),
    prerendered: (id, color) => {
      if (!renders.has(color)) renders.set(color, readBundledRenders(key, color));
      return renders.get(color)?.[id];
    },
  };
}
