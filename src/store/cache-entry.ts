// Cache entries of a --data corpus: where they live, how they are read (never trusting what is
// there: a regular file of bounded size, no link followed) and written (whole or not at all).

import { lstatSync, mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readRegularFile } from '../util/read-file.js';
import { contentKey } from '../search/search-index.js';
import { cacheDir } from './cache-dir.js';

/** Corpora smaller than this are indexed in a few milliseconds: not worth a cache file. */
const CACHE_MIN_BYTES = 256 * 1024;

/** The cache entry of kind `ext` ("index", "corpus") for a corpus file of `size` bytes; none for
 *  small files or with caching off. One entry per corpus path and kind: a changed file replaces it. */
export function cacheEntryPath(file: string, size: number, ext: string, env: NodeJS.ProcessEnv): string | undefined {
  const dir = cacheDir(env);
  if (!dir || size < CACHE_MIN_BYTES) return undefined;
  return join(dir, `${contentKey(resolve(file)).replace(/[^\w.-]/g, '-')}.${ext}`);
}

/** A cache entry's bytes, if it is a regular file (not a link, FIFO or device) of at most
 *  `maxBytes`; undefined otherwise, and the caller rebuilds and replaces it. */
export function readCacheEntry(path: string, maxBytes: number): Buffer | undefined {
  try {
    return readRegularFile(path, { maxBytes, noFollow: true });
  } catch {
    return undefined;
  }
}

/** A temporary file older than this is left from an interrupted write (a write takes milliseconds). */
const STALE_TEMP_MS = 60_000;

/** Writes a cache entry, or nothing: a cache that cannot be written only costs time. */
export function writeCacheEntry(path: string, data: Uint8Array): void {
  try {
    const dir = dirname(path);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    removeStaleTemps(dir);
    // Write then rename, so a reader never sees half a file. 'wx' creates a new file and follows no
    // link that may have been planted under the temporary name.
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, data, { flag: 'wx', mode: 0o600 });
    renameSync(temp, path);
  } catch {
    // A cache that cannot be written only costs time.
  }
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
