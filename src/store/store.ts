// Where the CLI gets its corpus and search index: the bundled corpus with the index prebuilt at
// build time, or a --data file whose index is cached between runs (large corpora only).

import { mkdirSync, readdirSync, readFileSync, renameSync, lstatSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseCorpus, readBundledCorpusText, readCorpusBytes, utf8 } from '../corpus/corpus.js';
import { moduleDir } from '../package-dir.js';
import { readRegularFile } from '../util/read-file.js';
import { cacheDir } from './cache-dir.js';
import type { Prerendered } from '../render/layout.js';
import type { Corpus } from '../corpus/types.js';
import { buildIndex, contentKey, deserializeIndex, serializeIndex, type SearchIndex } from '../search/search-index.js';
import { checksum } from '../util/checksum.js';

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

/** Written by the build: the bundled corpus as it was checked, and its key (which the index and the
 *  prerendered sections carry too). */
const builtCorpusPath = join(moduleDir, 'bundled.corpus.json');

interface BuiltCorpus {
  key: string;
  corpus: Corpus;
}

/** Written by the build: each bundled section prerendered without and with colour, and the corpus key. */
const bundledRenderPath = join(moduleDir, 'bundled.render.json');

interface StoredRenders {
  key: string;
  plain: Record<string, Prerendered>;
  color: Record<string, Prerendered>;
}

/** The key of a --data file's cached index: the spasm-info version (which decides what an index
 *  holds) and a hash of the file's bytes, so any change to the content, however it was made, misses. */
export function corpusCacheKey(bytes: Uint8Array): string {
  return `${__VERSION__}:${bytes.byteLength}:${checksum(bytes)}`;
}

export async function loadCorpus(dataFile: string | undefined, env: NodeJS.ProcessEnv): Promise<LoadedCorpus> {
  if (dataFile === undefined) {
    const { corpus, key } = readBundledCorpus();
    return {
      corpus,
      index: () => readIndex(bundledIndexPath, corpus, key) ?? buildIndex(corpus),
      prerendered: (id, color) => readRenders(key)?.[color ? 'color' : 'plain'][id],
    };
  }
  return loadCorpusFile(dataFile, env);
}

/** A --data corpus, always parsed and validated (the cache never vouches for a file). Large ones
 *  have their search index cached, keyed by a hash of the file's bytes; an index read back is
 *  checked structurally, and rebuilt if it fails. */
async function loadCorpusFile(file: string, env: NodeJS.ProcessEnv): Promise<LoadedCorpus> {
  const bytes = readCorpusBytes(file);
  const corpus = await parseCorpus(utf8(bytes), file);
  return {
    corpus,
    index: () => {
      const cachePath = indexCachePath(file, bytes.byteLength, env);
      if (cachePath === undefined) return buildIndex(corpus);
      const key = corpusCacheKey(bytes);
      return readCachedIndex(cachePath, corpus, key, bytes.byteLength) ?? buildAndCache(corpus, cachePath, key);
    },
    prerendered: () => undefined,
  };
}

/** A cached index, if the cache entry is a regular file (not a link, FIFO or device) of a sane size
 *  that deserializeIndex accepts; anything else is ignored, and the caller rebuilds and replaces it. */
function readCachedIndex(path: string, corpus: Corpus, key: string, corpusBytes: number): SearchIndex | undefined {
  try {
    // An index holds a few numbers per word of the corpus: well under 8 bytes per byte of it.
    const data = readRegularFile(path, { maxBytes: 8 * corpusBytes + 1024 * 1024, noFollow: true });
    return deserializeIndex(data, corpus, key);
  } catch {
    return undefined;
  }
}

/** The bundled corpus with its key: from the build's copy beside the bundle, whose key the build
 *  computed, so that no start hashes the corpus again (that hash was 2.7% of `list`'s instructions);
 *  without a build beside this module (the sources, in tests), from data/ with the key computed. */
function readBundledCorpus(): BuiltCorpus {
  const built = readIfThere(builtCorpusPath);
  if (built) return JSON.parse(built.toString()) as BuiltCorpus;
  const text = readBundledCorpusText();
  return { key: contentKey(text), corpus: JSON.parse(text) as Corpus };
}

/** The index the build wrote beside the bundle. */
function readIndex(path: string, corpus: Corpus, key: string): SearchIndex | undefined {
  const data = readIfThere(path);
  return data && deserializeIndex(data, corpus, key, { verifyChecksum: false });
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
function indexCachePath(file: string, size: number, env: NodeJS.ProcessEnv): string | undefined {
  const dir = cacheDir(env);
  if (!dir || size < CACHE_MIN_BYTES) return undefined;
  return join(dir, `${contentKey(resolve(file)).replace(/[^\w.-]/g, '-')}.index`);
}

/** A temporary file older than this is left from an interrupted write (a write takes milliseconds). */
const STALE_TEMP_MS = 60_000;

function buildAndCache(corpus: Corpus, path: string, key: string): SearchIndex {
  const index = buildIndex(corpus);
  try {
    const dir = dirname(path);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    removeStaleTemps(dir);
    // Write then rename, so a reader never sees half a file. 'wx' creates a new file and follows no
    // link that may have been planted under the temporary name.
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, serializeIndex(index, key), { flag: 'wx', mode: 0o600 });
    renameSync(temp, path);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return index;
}

/** Removes the temporary files of writes that were interrupted (killed, power lost). */
function removeStaleTemps(dir: string): void {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.tmp')) continue;
    const path = join(dir, name);
    try {
      if (now - lstatSync(path).mtimeMs > STALE_TEMP_MS) unlinkSync(path);
    } catch {
      // Another run removed it first.
    }
  }
}
