// Loading corpora: the bundled one (checked at build time) and custom files (checked on load).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusError } from '../util/errors.js';
import { locateJsonError } from '../util/json-error.js';
import { escapeForLine } from '../util/text.js';
import { packageRoot } from '../package-dir.js';
import { readRegularFile, UnreadableFileError } from '../util/read-file.js';
import type { Corpus, Section } from './types.js';
import { markBundled } from './provenance.js';

/** Path of the corpus shipped with the package. */
export const bundledCorpusPath = join(packageRoot, 'data', 'corpus.json');

/** The corpus shipped with the package. It is validated by the build and the tests, not here,
 *  so that starting the CLI does not pay for the validator. */
export function loadBundledCorpus(): Corpus {
  return markBundled(JSON.parse(readBundledCorpusText()) as Corpus);
}

export function readBundledCorpusText(): string {
  return readFileSync(bundledCorpusPath, 'utf8');
}

/** Reads, parses and validates a corpus file. Throws CorpusError with one sentence naming the
 *  file and the problem; never returns a partly valid corpus. */
export async function loadCorpusFile(file: string): Promise<Corpus> {
  const text = readCorpusText(file);
  return parseCorpus(text, file);
}

/** Parses and validates corpus JSON text; `name` is used in error messages. */
export async function parseCorpus(text: string, name: string): Promise<Corpus> {
  // The validator is loaded only when a custom corpus is used.
  const { checkCorpus } = await import('./validate.js');
  return parseCorpusWith(checkCorpus, text, name);
}

/** parseCorpus with the validator's checkCorpus already loaded: synchronous. */
export function parseCorpusWith(check: (value: unknown) => { corpus: Corpus } | { problem: string }, json: string, name: string): Corpus {
  // A byte order mark opens files saved as "UTF-8" by Windows editors and PowerShell; JSON.parse
  // refuses it, and RFC 8259 lets a parser ignore it.
  const text = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
  const fail = (problem: string): never => {
    throw new CorpusError(`Cannot use '${escapeForLine(name)}' as a corpus: ${problem}.`);
  };
  if (text.trim() === '') fail('the file is empty');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const where = locateJsonError(text);
    fail(where ? `it is not valid JSON (line ${where.line}, column ${where.column}: ${where.problem})` : 'it is not valid JSON');
  }
  const checked = check(value);
  if ('problem' in checked) fail(checked.problem);
  return (checked as { corpus: Corpus }).corpus;
}

/** The largest --data file read: 64 MiB, over five times the 10,000-section corpus of the benchmark.
 *  Anything bigger is refused before it is read, so no file (or device) can exhaust memory. */
export const MAX_CORPUS_BYTES = 64 * 1024 * 1024;

/** A corpus file's text; throws CorpusError naming the file when it cannot be read. */
export function readCorpusText(file: string): string {
  return utf8(readCorpusBytes(file));
}

/** Text of UTF-8 bytes. */
export function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** A corpus file's bytes: a regular file of at most MAX_CORPUS_BYTES, else CorpusError. */
export function readCorpusBytes(file: string): Uint8Array {
  try {
    return readRegularFile(file, { maxBytes: MAX_CORPUS_BYTES });
  } catch (error) {
    const fail = (reason: string): never => {
      throw new CorpusError(`Cannot use '${escapeForLine(file)}' as a corpus: ${reason}.`);
    };
    if (error instanceof UnreadableFileError) {
      const reasons: Record<UnreadableFileError['reason'], string> = {
        folder: 'it is a folder, not a file',
        fifo: 'it is a named pipe (FIFO), not a regular file',
        device: 'it is a device, not a regular file',
        socket: 'it is a socket, not a regular file',
        other: 'it is not a regular file',
        'too-large': `it is larger than the limit of ${MAX_CORPUS_BYTES / 1024 / 1024} MiB`,
      };
      fail(reasons[error.reason]);
    }
    const code = (error as NodeJS.ErrnoException).code;
    // Node decodes argv as UTF-8: a name in another encoding (Latin-1 '\xff.json') reaches us with
    // U+FFFD in place of its bytes, and no file has that name. An empty name names no file at all.
    if (code === 'ENOENT' && (!file || file.includes('\uFFFD'))) fail(file ? 'its name is not UTF-8 text (check the encoding of your terminal or script)' : 'no file was named');
    const reasons: Record<string, string> = {
      ENOENT: 'there is no such file',
      EISDIR: 'it is a folder, not a file',
      EACCES: 'permission to read it was denied',
      EPERM: 'permission to read it was denied',
      ENAMETOOLONG: 'the name is too long',
      ENOTDIR: 'a part of the path is not a folder',
      ELOOP: 'it is a loop of symbolic links',
      ENXIO: 'it is a socket or device that cannot be opened',
    };
    return fail(reasons[code ?? ''] ?? `it could not be read (${code ?? 'unknown error'})`);
  }
}

/** The sections of a corpus as `list` shows them (and prints them with --json). */
export function listSections(corpus: Corpus): Pick<Section, 'id' | 'title' | 'summary'>[] {
  return corpus.sections.map(({ id, title, summary }) => ({ id, title, summary }));
}

/** The section of warning signs: the first that marks a vocabulary group urgent (the bundled
 *  corpus's red-flags), which `plan` points to; none in a corpus without warning signs. */
export function warningSection(corpus: Corpus): Section | undefined {
  return corpus.sections.find((s) => s.vocabulary?.some((group) => group.urgent));
}
