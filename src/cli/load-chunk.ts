// How bin/spasm-info.cjs loads the CLI: each file of dist/ (cli.cjs, and the chunks it requires,
// such as search.cjs) compiled with the V8 code cache the build wrote beside it (dist/<name>.v8cache),
// so that a start deserializes the functions a command runs instead of parsing and compiling them.
// A cache V8 cannot use (another Node or V8 version, other V8 flags) is rejected by V8 itself and the
// file is compiled as usual; a missing one is no error. The caches are build output like the rest of
// dist/: whoever can change them can change the code itself.

import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';

interface Chunk {
  exports: unknown;
  script: Script;
}

const chunks = new Map<string, Chunk>();

/** A dist/ file's name from what a bundle requires ('./search.cjs'), or undefined for anything else. */
// String tests, not a pattern: a pattern is compiled at its first run, 0.1 ms of every start that
// loads a chunk (measured with a preloaded hook on RegExp.prototype.exec).
const chunkName = (id: string): string | undefined => {
  if (!id.startsWith('./') || !id.endsWith('.cjs') || id.length <= 6) return undefined;
  const name = id.slice(2, -4);
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c !== 45 && (c < 97 || c > 122)) return undefined; // '-' or 'a'..'z'
  }
  return name;
};

/** The exports of dist/<name>.cjs, loaded once, with its code cache if V8 accepts it. */
export function loadChunk(name: string): unknown {
  const loaded = chunks.get(name);
  if (loaded) return loaded.exports;
  const file = join(__dirname, `${name}.cjs`);
  // The text first: it is decoded into a string before the code cache is read over its bytes.
  const source = wrappedSource(file);
  const cache = join(__dirname, `${name}.v8cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = source.length >= LARGE_TEXT ? readShared(cache) : readFileSync(cache);
  } catch {
    // no cache: compiled as usual
  }
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} as unknown };
  const chunk: Chunk = { exports: module.exports, script };
  chunks.set(name, chunk);
  const load = script.runInThisContext() as (...args: unknown[]) => void;
  load.call(module.exports, module.exports, chunkRequire, module, file, __dirname);
  chunk.exports = module.exports;
  return module.exports;
}

// The wrapper stays on the file's first line, so that line numbers in stack traces are the file's.
const PREFIX = '(function (exports, require, module, __filename, __dirname) {';
const SUFFIX = '\n})';

/** A string this long (in bytes of its text, with room for the few of other encodings) is too large for
 *  V8's young generation: it is made in the large-object space. */
const LARGE_TEXT = 132 * 1024;
/** Only a chunk this large is padded to LARGE_TEXT (search.cjs, render.cjs, timer-run.cjs, and cli.cjs,
 *  program.cjs, since-words.cjs): a large object takes pages of its own, and padding the small chunks
 *  of `plan` raised its peak RSS from 41.2 to 42.0 MiB. cli.cjs (57 KB), loaded by every command, is
 *  padded since 2026-12-05 (seventeenth session): its text as a young object took `search ibuprofen`
 *  and "what can i take for the pain" over a scavenge (3.5 to 20 ms of wall time each under load: the
 *  collection copies the ~520 KB of corpus, index and lexicon alive by then, in parallel threads), and
 *  padded it spares both (with the urgent units the build prepares: prepared.ts); `list` and the other
 *  commands pay about 50 page faults and 0.9 M instructions for it (measured). */
const PAD_FROM = 48 * 1024;

/** The file's text inside the function that gives it its module variables, read into one buffer with
 *  the wrapper and decoded once: joining the wrapper to the text as strings made V8 copy the whole
 *  text again to compile it (50 KB of young objects for cli.cjs, enough to bring a collection).
 *  A shorter text (of PAD_FROM or more) is padded with spaces after the wrapper to LARGE_TEXT: as a
 *  young object, each kilobyte of a chunk's text cost 2.3 KB of the young generation (measured), and
 *  search.cjs (89 KB) took "what can i take for the pain" over a collection (2 ms) when it grew by
 *  1.2 KB; as a large object it costs none (1,223 KB of young objects to 1,136 KB). The spaces are
 *  read as nothing by the compiler, and the code cache is made from the same padded text. */
export function wrappedSource(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const length = PREFIX.length + size + SUFFIX.length;
    const padded = length >= PAD_FROM ? Math.max(length, LARGE_TEXT) : length;
    const bytes = buffer(padded);
    let end = bytes.write(PREFIX, 'latin1');
    for (let read; end < PREFIX.length + size && (read = readSync(fd, bytes, end, PREFIX.length + size - end, null)) > 0; ) end += read;
    end += bytes.write(SUFFIX, end, 'latin1');
    if (end < padded) end = bytes.fill(0x20, end, padded) && padded;
    return bytes.toString('utf8', 0, end);
  } finally {
    closeSync(fd);
  }
}

/** A buffer for a read of `size` bytes. A large read (search.cjs, its text padded to 132 KB, then its
 *  code cache of 320 KB) goes into one buffer shared by all of them, never into a buffer of its own:
 *  malloc gives a block this large fresh pages (mmap), each costing the kernel a page fault the first
 *  time it is written (about 10 µs each on the machine measured), where the text and then the cache
 *  touch the same pages (`search ibuprofen` 2,873 -> 2,839 page faults, "what can i take for the pain"
 *  2,948 -> 2,916, the 20-word question 3,347 -> 3,313; `node -e 0` 2,165; other commands unchanged;
 *  0.4 M instructions more a search). What is read there stays only until it is used: the text is decoded into a
 *  string, and V8 has deserialized the cache (or rejected it) by the time `new Script` returns. A
 *  smaller read (cli.cjs and its cache, 57 and 109 KB) has its own buffer, as before: malloc takes it
 *  from memory Node's start has already touched and freed, which sharing one fresh block would not
 *  (measured: `list` 2,308 -> 2,334 page faults that way). */
function buffer(size: number): Buffer {
  if (size < SHARED_FROM) return Buffer.allocUnsafe(size);
  if (shared === undefined || shared.length < size) shared = Buffer.allocUnsafe(Math.max(size, SHARED_SIZE));
  return shared;
}
/** glibc's default threshold for giving a block pages of its own (M_MMAP_THRESHOLD). */
const SHARED_FROM = 128 * 1024;
/** Room for search.cjs's text and then its code cache without growing. */
const SHARED_SIZE = 384 * 1024;
let shared: Buffer | undefined;

/** A file read into the shared buffer (a large chunk's code cache, read after its text). */
function readShared(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = buffer(size);
    let end = 0;
    for (let read; end < size && (read = readSync(fd, bytes, end, size - end, null)) > 0; ) end += read;
    return bytes.subarray(0, end);
  } finally {
    closeSync(fd);
  }
}

/** The `require` a chunk is given: its sibling chunks through loadChunk, Node's modules as usual. */
function chunkRequire(id: string): unknown {
  const name = chunkName(id);
  return name === undefined ? require(id) : loadChunk(name);
}

/** What became of each loaded chunk's code cache: used, rejected by V8, or none found. */
export function codeCacheUse(): Record<string, 'used' | 'rejected' | 'none'> {
  return Object.fromEntries([...chunks].map(([name, { script }]) => [name, script.cachedDataRejected === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used']));
}

/** The code cache of every chunk loaded so far, holding each function compiled until now: what the
 *  build writes after running the CLI's everyday commands (scripts/code-cache.cjs). */
export function codeCaches(): Map<string, Buffer> {
  return new Map([...chunks].map(([name, { script }]) => [name, script.createCachedData()]));
}
