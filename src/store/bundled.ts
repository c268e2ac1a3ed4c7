// The bundled corpus as the build left it beside the bundle: the checked corpus with its key, the
// prebuilt search index and the prerendered sections, each matched to the corpus by that key.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundledCorpusText } from '../corpus/corpus.js';
import type { Corpus } from '../corpus/types.js';
import { markBundled } from '../corpus/provenance.js';
import { moduleDir } from '../package-dir.js';
import type { Prerendered } from '../render/layout.js';
import { contentKey, deserializeIndex, type SearchIndex } from '../search/search-index.js';
import { usePrepared } from '../search/prepared.js';

/** Written by the build: the bundled corpus as it was checked, and its key (which the index and the
 *  prerendered sections carry too). */
const builtCorpusPath = join(moduleDir, 'bundled.corpus.json');
/** Written by the build beside the bundle (dist/bundled.index). */
const bundledIndexPath = join(moduleDir, 'bundled.index');
/** Written by the build beside the bundle: what searches of the bundled index would otherwise work
 *  out from the corpus at every run (search.ts, prepareSearch). */
const bundledSearchPath = join(moduleDir, 'bundled.search.json');
/** Written by the build: each bundled section prerendered without colour, and with it, a file for
 *  each with the corpus key. A file of both was read whole by every `show` (56 KB of JSON parsed
 *  into young objects, half of it for the other colour), and again for each section shown. */
const bundledRenderPath = (color: boolean) => join(moduleDir, color ? 'bundled.render-color.json' : 'bundled.render-plain.json');

export interface BuiltCorpus {
  key: string;
  corpus: Corpus;
}

interface StoredRenders {
  key: string;
  sections: Record<string, Prerendered>;
}

/** The bundled corpus with its key: from the build's copy beside the bundle, whose key the build
 *  computed, so that no start hashes the corpus again (that hash was 2.7% of `list`'s instructions);
 *  without a build beside this module (the sources, in tests), from data/ with the key computed. */
export function readBundledCorpus(): BuiltCorpus {
  const built = readIfThere(builtCorpusPath);
  if (built) {
    const copy = JSON.parse(built.toString()) as BuiltCorpus;
    markBundled(copy.corpus);
    for (const field of APART) if (!Object.hasOwn(copy.corpus, field)) readWhenAsked(copy.corpus, copy.key, field);
    return copy;
  }
  const text = readBundledCorpusText();
  return { key: contentKey(text), corpus: markBundled(JSON.parse(text) as Corpus) };
}

/** The fields of the corpus the build writes to files of their own (dist/bundled.<field>.json),
 *  read only by the commands that use them. Parsed with the corpus, the list of sources cost every
 *  command about 60 KB of young objects (search ibuprofen 926 -> 862 KB; V8 collects them at about
 *  1,000 KB), though only `show` reads it; the care plan, 12 KB (4 KB of JSON), though only `plan`
 *  and `timer` read it ("what can i take for the pain" 889 -> 874 KB, back under a collection). */
const APART = ['sources', 'plan'] as const;
type Apart = (typeof APART)[number];
const apartPath = (field: Apart) => join(moduleDir, `bundled.${field}.json`);

/** Gives the corpus `field` the first time it is read, from the build's file beside the bundle
 *  (whose key must be the corpus's). */
function readWhenAsked(corpus: Corpus, key: string, field: Apart): void {
  Object.defineProperty(corpus, field, {
    configurable: true,
    enumerable: true,
    get(): Corpus[Apart] {
      const value = readApart(key, field);
      Object.defineProperty(corpus, field, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
  });
}

function readApart(key: string, field: Apart): Corpus[Apart] {
  try {
    const stored = readIfThere(apartPath(field));
    const parsed = stored && (JSON.parse(stored.toString()) as { key?: unknown } & Partial<Pick<Corpus, Apart>>);
    if (parsed && parsed.key === key) return parsed[field];
  } catch {
    // Not JSON: as if it were not there.
  }
  // Not there, or from another build: the corpus file's own, if it is the text the key was made from.
  try {
    const text = readBundledCorpusText();
    return contentKey(text) === key ? (JSON.parse(text) as Corpus)[field] : undefined;
  } catch {
    return undefined;
  }
}

/** The index the build wrote beside the bundle, if it is there and matches `key`. */
export function readBundledIndex(corpus: Corpus, key: string): SearchIndex | undefined {
  const data = readIfThere(bundledIndexPath);
  const index = data && deserializeIndex(data, corpus, key, { trusted: true });
  const prepared = index && readIfThere(bundledSearchPath);
  if (index && prepared) {
    try {
      usePrepared(index, JSON.parse(prepared.toString()), key);
    } catch {
      // Not JSON: searches work it out themselves.
    }
  }
  return index;
}

/** The build's prerendering of the sections in one colour mode, by id, if it is there and matches `key`. */
export function readBundledRenders(key: string, color: boolean): Record<string, Prerendered> | undefined {
  try {
    const stored = JSON.parse(readFileSync(bundledRenderPath(color), 'utf8')) as StoredRenders;
    return stored.key === key ? stored.sections : undefined;
  } catch {
    return undefined;
  }
}

/** A section as `show` prints it through a pipe (no colour, 80 columns, URLs whole), as the build
 *  laid it out (dist/bundled.pipe-<id>.txt, after a line with the corpus key), if it is there and
 *  matches `key`. Laying out `show medications`'s drug table and sources at every start cost 42 M
 *  instructions and 645 page faults (567.7 -> 525.5 M; 3,030 -> 2,385 faults). */
export function readBundledPipe(key: string, id: string): string | undefined {
  const data = readIfThere(join(moduleDir, `bundled.pipe-${id}.txt`));
  if (data === undefined) return undefined;
  const text = data.toString();
  return text.startsWith(`${key}\n`) ? text.slice(key.length + 1) : undefined;
}

function readIfThere(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
