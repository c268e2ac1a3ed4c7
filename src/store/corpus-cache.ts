// The corpus cache entry of a large --data file: the checked corpus split into its outline
// (everything but the section bodies) and the bodies one by one, so that `list` reads only the
// outline and `show` one body more, instead of parsing and checking the whole file at every run
// (at 10,000 sections that parse and check were most of `list`'s time). Nothing read back is
// trusted: the outline is checked as a corpus is (checkCorpusOutline) and each body as a body is
// (checkBody), when it is read.
//
// Layout: "SPCO" + u32 format version + u32 key length + key + u32 header length + u32 CRC-32 of
// the header + header JSON ({outline, ends, sums}: ends[i] is where body i ends, counted from the
// end of the header, and sums[i] its CRC-32) + the bodies, each a JSON string. The checksums catch
// damage and careless edits; what they cannot catch (an entry forged with its checksums redone)
// still passes every check a corpus file must pass.

import type { Corpus, Section } from '../corpus/types.js';
import type { CorpusOutline } from '../corpus/validate.js';
import { crc32Of } from '../util/checksum.js';
import { readAt, withRegularFile } from '../util/read-file.js';

const MAGIC = 'SPCO';
/** Bump when the layout changes. */
const FORMAT = 1;

export function serializeCorpusCache(corpus: Corpus, key: string): Buffer {
  const chunks: Buffer[] = [];
  writeCorpusCache(corpus, key, (chunk) => chunks.push(Buffer.from(chunk)));
  return Buffer.concat(chunks);
}

/** serializeCorpusCache as a series of chunks of at most a megabyte or so passed to `write` (to a
 *  file). Each body is encoded twice (once for its length and checksum, which the header holds,
 *  once to write it) rather than held: holding the bodies and joining them into one buffer kept
 *  two more copies of the corpus (24 MB at 10,000 sections) at the peak of a first search. */
export function writeCorpusCache(corpus: Corpus, key: string, write: (chunk: Uint8Array) => void): void {
  const count = corpus.sections.length;
  const ends: number[] = new Array<number>(count);
  const sums: number[] = new Array<number>(count);
  let batch = Buffer.allocUnsafe(1 << 20);
  const encode = (i: number): number => {
    const json = JSON.stringify(corpus.sections[i].body);
    // Room for the worst case (3 bytes per UTF-16 unit).
    if (batch.length < 3 * json.length) batch = Buffer.allocUnsafe(3 * json.length);
    return batch.write(json, 0);
  };
  let at = 0;
  for (let i = 0; i < count; i++) {
    const length = encode(i);
    sums[i] = crc32Of(batch.subarray(0, length));
    ends[i] = at += length;
  }
  const outline = { ...corpus, sections: corpus.sections.map(({ body: _, ...rest }) => rest) };
  const keyBytes = Buffer.from(key);
  const header = Buffer.from(JSON.stringify({ outline, ends, sums }));
  const prefix = Buffer.alloc(20 + keyBytes.length);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(FORMAT, 4);
  prefix.writeUInt32LE(keyBytes.length, 8);
  keyBytes.copy(prefix, 12);
  prefix.writeUInt32LE(header.length, 12 + keyBytes.length);
  prefix.writeUInt32LE(crc32Of(header), 16 + keyBytes.length);
  write(prefix);
  write(header);
  // The bodies, gathered into writes of about a megabyte.
  const out = Buffer.allocUnsafe(1 << 20);
  let used = 0;
  for (let i = 0; i < count; i++) {
    const json = JSON.stringify(corpus.sections[i].body);
    if (used > 0 && used + 3 * json.length > out.length) {
      write(out.subarray(0, used));
      used = 0;
    }
    if (3 * json.length > out.length) write(Buffer.from(json));
    else used += out.write(json, used);
  }
  if (used > 0) write(out.subarray(0, used));
}

/** The checks a cache entry must pass (corpus/validate.ts, loaded by the caller). */
export interface CorpusChecks {
  checkCorpusOutline(value: unknown): { corpus: CorpusOutline } | { problem: string };
  checkBody(value: unknown): string | undefined;
}

/** The corpus a cache entry holds, if the entry is a regular file (no link followed) of at most
 *  `maxBytes`, of this format and key, and its outline passes the checks; its sections' bodies are
 *  read from the entry when first asked for. A body that cannot be read back or fails its check is
 *  asked of `fallback` instead (which reads the corpus file itself). */
export function readCorpusCache(path: string, key: string, maxBytes: number, checks: CorpusChecks, fallback: (section: number) => string): Corpus | undefined {
  let found: { outline: CorpusOutline; ends: number[]; sums: unknown[]; bodiesAt: number } | undefined;
  try {
    found = withRegularFile(path, { maxBytes, noFollow: true }, (fd, size) => {
      const bodiesAt = headerEnd(fd, key, size);
      if (bodiesAt === undefined) return undefined;
      const headerAt = 20 + Buffer.byteLength(key);
      const bytes = readAt(fd, headerAt, bodiesAt - headerAt);
      if (crc32Of(bytes) !== readAt(fd, headerAt - 4, 4).readUInt32LE(0)) return undefined;
      const header = JSON.parse(bytes.toString('utf8')) as { outline: unknown; ends: unknown; sums: unknown };
      const checked = checks.checkCorpusOutline(header.outline);
      if ('problem' in checked) return undefined;
      const { ends, sums } = header;
      const count = checked.corpus.sections.length;
      if (!Array.isArray(ends) || ends.length !== count || !Array.isArray(sums) || sums.length !== count) return undefined;
      for (let i = 0; i < ends.length; i++) {
        const end: unknown = ends[i];
        if (typeof end !== 'number' || !Number.isSafeInteger(end) || end < (i ? ends[i - 1] : 0) || bodiesAt + end > size) return undefined;
      }
      return { outline: checked.corpus, ends: ends as number[], sums: sums as unknown[], bodiesAt };
    });
  } catch {
    return undefined;
  }
  if (!found) return undefined;
  const { outline, ends, sums, bodiesAt } = found;
  const readBody = (i: number): string => {
    try {
      const body = withRegularFile(path, { maxBytes, noFollow: true }, (fd, size) => {
        // The same entry as the outline came from (a run may have replaced it since): same key and layout.
        if (headerEnd(fd, key, size) !== bodiesAt) return undefined;
        const from = bodiesAt + (i ? ends[i - 1] : 0);
        const bytes = readAt(fd, from, bodiesAt + ends[i] - from);
        return crc32Of(bytes) === sums[i] ? checks.checkBody(JSON.parse(bytes.toString('utf8'))) : undefined;
      });
      if (body !== undefined) return body;
    } catch {
      // Read from the corpus file instead.
    }
    return fallback(i);
  };
  return { ...outline, sections: outline.sections.map((section, i) => new LazyBodySection(section, i, readBody) as unknown as Section) };
}

/** Where the header of the entry open on `fd` ends, if the entry is of this format and key. */
function headerEnd(fd: number, key: string, size: number): number | undefined {
  const keyBytes = Buffer.from(key);
  const prefix = readAt(fd, 0, 20 + keyBytes.length);
  if (prefix.length < 20 + keyBytes.length || prefix.toString('latin1', 0, 4) !== MAGIC || prefix.readUInt32LE(4) !== FORMAT) return undefined;
  if (prefix.readUInt32LE(8) !== keyBytes.length || !prefix.subarray(12, 12 + keyBytes.length).equals(keyBytes)) return undefined;
  const end = prefix.length + prefix.readUInt32LE(12 + keyBytes.length);
  return end <= size ? end : undefined;
}

/** A section whose body is read when it is first used, by a getter that every such section shares
 *  (the class's), so each is a small object with fast properties. An own getter in an object literal
 *  (so that the body stayed among the section's keys) gave each section its own accessor and so its
 *  own map: about 700 bytes and a dictionary-mode object each, 7 MB at 10,000 sections, where this
 *  is about 70 bytes (and defineProperty key by key made them all dictionary-mode objects too). The
 *  body is not an own key: JSON.stringify, Object.keys and spreads leave it out. Nothing in
 *  spasm-info walks a section's keys (records are built field by field: corpus/records.ts), and these
 *  sections never leave the CLI's store. */
class LazyBodySection {
  readonly #index: number;
  readonly #read: (index: number) => string;
  #body: string | undefined;
  constructor(outline: Omit<Section, 'body'>, index: number, read: (index: number) => string) {
    Object.assign(this, outline);
    this.#index = index;
    this.#read = read;
  }
  get body(): string {
    return (this.#body ??= this.#read(this.#index));
  }
}
