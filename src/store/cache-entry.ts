// Cache entries of a --data corpus: where they live, how they are read (never trusting what is
// there: a regular file of bounded size, no link followed) and written (whole or not at all).

import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
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

/** Writes a cache entry, or nothing: a cache that cannot be written only costs time. `data` is the
 *  entry's bytes, or a function that passes them to `write` a chunk at a time (each chunk is written
 *  before `write` returns, so it may be reused), which spares holding the whole entry in memory. */
export function writeCacheEntry(path: string, data: Uint8Array | ((write: (chunk: Uint8Array) => void) => void)): void {
  let temp: string | undefined;
  let fd: number | undefined;
  try {
    const dir = dirname(path);
    makeFolder(dir);
    removeStaleTemps(dir);
    // Write then rename, so a reader never sees half a file. 'wx' creates a new file and follows no
    // link that may have been planted under the temporary name.
    temp = `${path}.${process.pid}.tmp`;
    fd = openSync(temp, 'wx', 0o600);
    const out = fd;
    const write = (chunk: Uint8Array) => {
      for (let at = 0; at < chunk.length; ) at += writeSync(out, chunk, at, chunk.length - at);
    };
    if (typeof data === 'function') data(write);
    else write(data);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch {
    // A cache that cannot be written only costs time; a half-written one is removed.
    try {
      if (fd !== undefined) closeSync(fd);
      if (temp !== undefined) unlinkSync(temp);
    } catch {
      // Removed by the next write (removeStaleTemps) at the latest.
    }
  }
}

/** Creates `dir` and whichever of its parents are missing (mode 0700), or throws. Not mkdirSync's
 *  recursive mode: under /proc (a cache folder of /proc/nope) it retries for ever, since mkdir of the
 *  folder says ENOENT and of its parent EEXIST. Here each level is tried at most twice, so a folder
 *  that cannot be made ends the write (no cache) after as many steps as the path has names. */
function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return; // a file there fails the write that follows
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw error;
    makeFolder(parent);
    mkdirSync(dir, { mode: 0o700 });
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
