// Where the CLI gets its corpus and search index: the bundled corpus with the index prebuilt at
// build time, or a --data file whose index is cached between runs (large corpora only).

import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpusFile, readBundledCorpusText } from './corpus.js';
import { moduleDir } from './paths.js';
import { cacheDir } from './store-paths.js';
import type { Prerendered } from './layout.js';
import type { Corpus } from './types.js';
import { buildIndex, contentKey, deserializeIndex, serializeIndex, type SearchIndex } from './search-index.js';

/** Written by the build beside the bundle (dist/bundled.index). */
const bundledIndexPath = join(moduleDir, 'bundled.index');
/** Corpora smaller than this are indexed in a few milliseconds: not worth a cache file. */
const CACHE_MIN_BYTES = 256 * 1024;

export interface LoadedCorpus {
  corpus: Corpus;
  /** Builds or loads the search index; only `search` asks for it. */
  index(): SearchIndex;
  /** A section as the build prerendered it (the bundled corpus only), with or without colour. */
  prerendered(id: string, color: boolean): Prerendered | undefined;
}

/** Written by the build: each bundled section prerendered without and with colour, and the corpus key. */
const bundledRenderPath = join(moduleDir, 'bundled.render.json');

export interface StoredRenders {
  key: string;
  plain: Record<string, Prerendered>;
  color: Record<string, Prerendered>;
}

/** Identifies a version of a file without reading it: size, modification time and inode. */
export function fileKey(path: string): string {
  const s = statSync(path);
  return `${s.size}:${s.mtimeMs}:${s.ino}`;
}


export async function loadCorpus(dataFile: string | undefined, env: NodeJS.ProcessEnv): Promise<LoadedCorpus> {
  if (dataFile === undefined) {
    const text = readBundledCorpusText();
    const corpus = JSON.parse(text) as Corpus;
    const key = contentKey(text);
    return {
      corpus,
      index: () => readIndex(bundledIndexPath, corpus, key) ?? buildIndex(corpus),
      prerendered: (id, color) => readRenders(key)?.[color ? 'color' : 'plain'][id],
    };
  }
  const corpus = await loadCorpusFile(dataFile);
  return { corpus, index: () => cachedIndex(dataFile, corpus, env), prerendered: () => undefined };
}

function readIndex(path: string, corpus: Corpus, key: string): SearchIndex | undefined {
  try {
    return deserializeIndex(readFileSync(path), corpus, key);
  } catch {
    return undefined;
  }
}

function readRenders(key: string): StoredRenders | undefined {
  try {
    const stored = JSON.parse(readFileSync(bundledRenderPath, 'utf8')) as StoredRenders;
    return stored.key === key ? stored : undefined;
  } catch {
    return undefined;
  }
}

function cachedIndex(file: string, corpus: Corpus, env: NodeJS.ProcessEnv): SearchIndex {
  let key: string;
  try {
    key = fileKey(file);
  } catch {
    return buildIndex(corpus);
  }
  const dir = cacheDir(env);
  if (!dir || Number(key.split(':')[0]) < CACHE_MIN_BYTES) return buildIndex(corpus);
  const path = join(dir, `${contentKey(resolve(file)).replace(/[^\w.-]/g, '-')}.index`);
  const cached = readIndex(path, corpus, key);
  if (cached) return cached;
  const index = buildIndex(corpus);
  try {
    // Write then rename, so a reader never sees half a file.
    mkdirSync(dir, { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, serializeIndex(index, key));
    renameSync(temp, path);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return index;
}
