// A --data corpus: read from its file at every run, and for large files (256 KB or more) its checked
// corpus and its search index cached, keyed by a hash of the file's bytes so that any change to
// the content, however it was made, misses. A cache entry is checked when it is read, and rebuilt
// when it fails (README: Performance, "What the cache trusts").

import { readSync } from 'node:fs';
import { MAX_CORPUS_BYTES, parseCorpus, parseCorpusWith, readCorpusBytes, utf8 } from '../corpus/corpus.js';
import type { Corpus } from '../corpus/types.js';
import { buildIndex, deserializeIndex, writeIndex, type SearchIndex } from '../search/search-index.js';
import { crc32Of, formatChecksum } from '../util/checksum.js';
import { CorpusError } from '../util/errors.js';
import { withRegularFile } from '../util/read-file.js';
import { cacheEntryPath, readCacheEntry, writeCacheEntry } from './cache-entry.js';
import { readCorpusCache, writeCorpusCache } from './corpus-cache.js';
import type { LoadedCorpus } from './store.js';

declare const __VERSION__: string;

/** The key of a --data file's cache entries: the spasm-info version (which decides what an entry
 *  holds) and the size and a hash of the file's bytes. */
export function corpusCacheKey(bytes: Uint8Array): string {
  return cacheKey(bytes.byteLength, crc32Of(bytes));
}

const cacheKey = (size: number, crc: number) => `${__VERSION__}:${size}:${formatChecksum(crc)}`;

export async function loadDataCorpus(file: string, env: NodeJS.ProcessEnv): Promise<LoadedCorpus> {
  // A file too small to cache (or caching off) is read once, below, not scanned for a key first.
  const scanned = scanFile(file, (size) => cacheEntryPath(file, size, 'corpus', env) !== undefined);
  const corpusEntry = scanned && cacheEntryPath(file, scanned.size, 'corpus', env);
  const indexEntry = scanned && cacheEntryPath(file, scanned.size, 'index', env);
  if (!scanned || !corpusEntry || !indexEntry) {
    const corpus = await parseCorpus(utf8(readCorpusBytes(file)), file);
    return { corpus, index: () => buildIndex(corpus), prerendered: () => undefined };
  }
  keepYoungGenerationSmall();
  const key = cacheKey(scanned.size, scanned.crc);
  // The validator is loaded only when a custom corpus is used.
  const checks = await import('../corpus/validate.js');
  let parsed: { corpus: Corpus; key: string } | undefined;
  /** The file read, parsed and checked in full (and its cache entry written): when no sound entry
   *  is cached, for building the index, or when a cached body fails its check. */
  const parseFile = () => {
    if (!parsed) {
      collectOften();
      const { text, key } = readText(file);
      const corpus = parseCorpusWith(checks.checkCorpus, text, file);
      parsed = { corpus, key };
      writeCacheEntry(corpusEntry, (write) => writeCorpusCache(corpus, key, write));
    }
    return parsed;
  };
  const bodyFromFile = (section: number): string => {
    const body = parseFile().corpus.sections[section]?.body;
    if (body === undefined) throw new CorpusError(`Cannot use '${file}' as a corpus: it changed while it was being read.`);
    return body;
  };
  // An entry holds the corpus once more, re-encoded: a few bytes per byte of the file at most.
  const maxBytes = 6 * scanned.size + 1024 * 1024;
  const corpus = readCorpusCache(corpusEntry, key, maxBytes, checks, bodyFromFile) ?? parseFile().corpus;
  // The key of what `corpus` came from: the file as scanned, or as parsed if it changed since.
  const corpusKey = parsed?.key ?? key;
  return {
    corpus,
    index: () => readCachedIndex(indexEntry, corpus, corpusKey, scanned.size) ?? buildAndCache(parseFile(), indexEntry),
    prerendered: () => undefined,
  };
}

/** While a large corpus is parsed and indexed, or its cached index read, V8's young generation grows
 *  to its largest (two semi-spaces of 16 MB) as the run keeps its objects alive, and stays resident to
 *  the end. A growth factor of 1 keeps it at its starting size. At 10,000 sections (`/usr/bin/time`,
 *  2026-12-04): the first search peaked at 114 MB instead of 139, a later search at 79 instead of 94,
 *  a later `list` at 67 instead of 72, in the same CPU time or less (a later search 0.32-0.43 s
 *  against 0.39-0.44 s, five runs each). (`--max-semi-space-size` set at run time does not resize
 *  it; this flag is read at each growth.) Set only for a large --data file; node:v8 is taken by
 *  process.getBuiltinModule (Node 20.16+), since importing it costs a start about 4 ms, and an older
 *  Node 20 skips this. */
function keepYoungGenerationSmall(): void {
  const v8 = process.getBuiltinModule?.('node:v8') as typeof import('node:v8') | undefined;
  v8?.setFlagsFromString('--semi-space-growth-factor=1');
}

/** A corpus file's text and its key. The bytes are not held while the text is parsed (a function of
 *  its own, so that no variable of the caller keeps them): held, they lasted in memory until the
 *  index was built, 10 MB at 10,000 sections. */
function readText(file: string): { text: string; key: string } {
  const bytes = readCorpusBytes(file);
  return { key: corpusCacheKey(bytes), text: utf8(bytes) };
}

/** The size and CRC-32 of a corpus file, read 64 KB at a time (a 10,000-section corpus is 10 MB,
 *  which a run that finds its cache entries sound need not hold); undefined if it is not worth
 *  caching at its size, or not a regular file within the size limit or cannot be read, which
 *  readCorpusBytes then reports. A chunk that fits the processor's cache is checksummed while it is
 *  still there: a 10 MB file took 5.0-5.4 ms so, 8.1-9.1 ms a megabyte at a time (whose buffer also
 *  cost 270 page faults against 40). */
function scanFile(file: string, worthCaching: (size: number) => boolean): { size: number; crc: number } | undefined {
  try {
    return withRegularFile(file, { maxBytes: MAX_CORPUS_BYTES }, (fd, statSize) => {
      if (!worthCaching(statSize)) return undefined;
      const chunk = Buffer.allocUnsafe(64 * 1024);
      let size = 0;
      let crc = 0;
      for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0; ) {
        size += n;
        if (size > MAX_CORPUS_BYTES) return undefined;
        crc = crc32Of(chunk.subarray(0, n), crc);
      }
      return { size, crc };
    });
  } catch {
    return undefined;
  }
}

/** A cached index that deserializeIndex accepts (key, checksum, structure), if there is one. */
function readCachedIndex(path: string, corpus: Corpus, key: string, corpusBytes: number): SearchIndex | undefined {
  // An index holds a few numbers per word of the corpus: well under 8 bytes per byte of it.
  const data = readCacheEntry(path, 8 * corpusBytes + 1024 * 1024);
  return data && deserializeIndex(data, corpus, key);
}

function buildAndCache({ corpus, key }: { corpus: Corpus; key: string }, path: string): SearchIndex {
  const index = buildIndex(corpus);
  writeCacheEntry(path, (write) => writeIndex(index, key, write));
  collectGarbage();
  return index;
}

/** Parsing a large file and building its index leave garbage in the old generation (the text once
 *  parsed, 10 MB at 10,000 sections; the build's short-lived maps and lists, promoted early by the
 *  small young generation), which V8 collects only when the old generation has grown by a factor it
 *  picks itself, about 1.8 at first. Growing by at most 20% between full collections, it collects
 *  six times instead of twice in a first search at 10,000 sections (about 18 ms each, mostly
 *  concurrent; CPU time the same within the spread): peak 109-111 MB -> 99 MB (`/usr/bin/time`, no
 *  other change; 95.6-96.1 MB with collectGarbage). Set only for a run that parses a large file;
 *  V8 reads the flag at each full collection. */
function collectOften(): void {
  const v8 = process.getBuiltinModule?.('node:v8') as typeof import('node:v8') | undefined;
  v8?.setFlagsFromString('--heap-growing-percent=20');
}

/** A full collection, once the index is built and written. The build's young generation is kept
 *  small (keepYoungGenerationSmall), so its short-lived maps, lists and outgrown arrays reach the old
 *  generation, where nothing collects them before the search that follows adds its own: at 10,000
 *  sections the first search peaked at 110 MB, 103 MB with this (about 20 ms), 96 MB with this and
 *  collectOften. node:v8 and node:vm
 *  are taken as in keepYoungGenerationSmall (Node 20.16+); `gc` is V8's, exposed for one new
 *  context and hidden again. */
function collectGarbage(): void {
  const v8 = process.getBuiltinModule?.('node:v8') as typeof import('node:v8') | undefined;
  const vm = process.getBuiltinModule?.('node:vm') as typeof import('node:vm') | undefined;
  if (!v8 || !vm) return;
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as (() => void) | undefined;
  v8.setFlagsFromString('--no-expose-gc');
  gc?.();
}
