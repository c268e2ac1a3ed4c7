// Where the CLI gets its corpus and search index: the bundled corpus with the index prebuilt at
// build time, or a --data file whose index is cached between runs (large corpora only).

import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseCorpus, readBundledCorpusText, readCorpusText } from './corpus.js';
import { moduleDir } from './paths.js';
import { cacheDir } from './store-paths.js';
import type { Prerendered } from './layout.js';
import type { Corpus } from './types.js';
import { buildIndex, contentKey, deserializeIndex, indexKey, serializeIndex, type SearchIndex } from './search-index.js';

declare const __VERSION__: string;

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

interface StoredRenders {
  key: string;
  plain: Record<string, Prerendered>;
  color: Record<string, Prerendered>;
}

/** Identifies a version of a file without reading it (size, modification time, inode), and the
 *  spasm-info version, which decides what an index holds and what a valid corpus is. */
function fileKey(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${__VERSION__}:${s.size}:${s.mtimeMs}:${s.ino}`;
  } catch {
    return undefined;
  }
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
  return loadCorpusFile(dataFile, env);
}

/** A --data corpus. Large ones have their index cached; the cache is written only after that very
 *  version of the file was read and validated, so while it matches the file, validation (tens of
 *  milliseconds a megabyte) is skipped. */
async function loadCorpusFile(file: string, env: NodeJS.ProcessEnv): Promise<LoadedCorpus> {
  const key = fileKey(file);
  const cachePath = key !== undefined ? indexCachePath(file, key, env) : undefined;
  const cached = cachePath !== undefined ? readIfThere(cachePath) : undefined;
  const text = readCorpusText(file);
  // Trusted only if the file did not change between the look at its version and the read.
  const trusted = cached !== undefined && indexKey(cached) === key && fileKey(file) === key;
  const corpus = trusted ? (JSON.parse(text) as Corpus) : await parseCorpus(text, file);
  return {
    corpus,
    index: () => (trusted && deserializeIndex(cached!, corpus, key!)) || buildAndCache(corpus, cachePath, key),
    prerendered: () => undefined,
  };
}

function readIndex(path: string, corpus: Corpus, key: string): SearchIndex | undefined {
  const data = readIfThere(path);
  return data && deserializeIndex(data, corpus, key);
}

function readIfThere(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
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

/** Where the index of a --data file is cached; none for small files or with caching off. */
function indexCachePath(file: string, key: string, env: NodeJS.ProcessEnv): string | undefined {
  const dir = cacheDir(env);
  const size = Number(key.split(':')[1]);
  if (!dir || size < CACHE_MIN_BYTES) return undefined;
  return join(dir, `${contentKey(resolve(file)).replace(/[^\w.-]/g, '-')}.index`);
}

function buildAndCache(corpus: Corpus, path: string | undefined, key: string | undefined): SearchIndex {
  const index = buildIndex(corpus);
  if (path === undefined || key === undefined) return index;
  try {
    // Write then rename, so a reader never sees half a file.
    mkdirSync(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, serializeIndex(index, key));
    renameSync(temp, path);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return index;
}
