// The search index: every title, alias, vocabulary term, drug name, summary and body sentence of a
// corpus as a "unit" of words, with postings from word stems to units. Held in flat typed arrays so
// it can be built once (at build time for the bundled corpus, into a cache for --data corpora) and
// loaded in a few milliseconds instead of re-tokenising the corpus at every start.

import type { Corpus, DrugClass, DrugMember, Section, VocabularyGroup } from '../corpus/types.js';
import { lemmasOf } from './lexicon.js';
import { STOP_WORDS } from './stop-words.js';
import { markdownToPlain, sentences, stem, words } from '../util/text.js';
import { checksum, crc32Of, formatChecksum } from '../util/checksum.js';

/** Where a word was found; the index of each kind is stored in the unit arrays. */
export const UNIT_KINDS = ['title', 'alias', 'term', 'summary', 'body', 'note'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** A unit with its text, recomputed from the corpus when it is needed (for snippets). */
export interface Unit {
  kind: UnitKind;
  text: string;
  /** Why a hit on this unit is relevant, for vocabulary units ("Advil — a brand of ibuprofen, …"). */
  reason?: string;
  /** A phrase of the section body whose sentence explains this unit. */
  cites?: string;
  /** For a drug's name: the index of its class among the section's drugs. */
  drugClass?: number;
  /** For a drug's name other than its class's: the member it names. */
  member?: DrugMember;
}

export interface SearchIndex {
  corpus: Corpus;
  /** Every distinct word stem, sorted (binary search, prefix scans). */
  stems: string[];
  /** Units containing stems[i]: postingUnits[postingStart[i] .. postingStart[i + 1]). */
  postingStart: Int32Array;
  postingUnits: Int32Array;
  /** How many sections contain stems[i]. */
  stemSections: Int32Array;
  unitSection: Int32Array;
  unitKind: Uint8Array;
  /** Distinct content words of each unit. */
  unitSize: Uint16Array;
  /** Id of the first unit of each section (a section's units are consecutive). */
  sectionFirstUnit: Int32Array;
  /** Every distinct folded word, with the index of its stem, and whether it names a thing (title,
   *  alias, vocabulary) rather than only appearing in prose. */
  surface: string[];
  surfaceStem: Int32Array;
  surfaceIsVocabulary: Uint8Array;
}

/** The units of one section, in index order. Deterministic: ids are recomputed from it.
 *  `body: false` leaves out the body's sentences, which come last (a search that needs only the
 *  names and their reasons skips reading the body's markdown). */
export function sectionUnits(section: Section, { body = true } = {}): Unit[] {
  const units: Unit[] = [{ kind: 'title', text: section.title }, { kind: 'alias', text: section.id.replace(/[-_.]+/g, ' ') }];
  // Index loops, not for-of: run cold (once per section a search meets), for-of allocated an
  // iterator and a result object for every name.
  const aliases = section.aliases ?? [];
  for (let i = 0; i < aliases.length; i++) units.push({ kind: 'alias', text: aliases[i] });
  const vocabulary = section.vocabulary ?? [];
  for (let g = 0; g < vocabulary.length; g++) {
    const group = vocabulary[g];
    for (let i = 0; i < group.terms.length; i++) units.push(new VocabularyUnit(group.terms[i], group));
  }
  const drugs = section.drugs ?? [];
  for (let d = 0; d < drugs.length; d++) {
    const drug = drugs[d];
    units.push(new DrugUnit(drug.class, d, drug, undefined, 'class'));
    const classAka = drug.aka ?? [];
    for (let i = 0; i < classAka.length; i++) units.push(new DrugUnit(classAka[i], d, drug, undefined, 'class'));
    for (let m = 0; m < drug.members.length; m++) {
      const member = drug.members[m];
      units.push(new DrugUnit(member.generic, d, drug, member, 'generic'));
      const brands = member.brands ?? [];
      for (let i = 0; i < brands.length; i++) units.push(new DrugUnit(brands[i], d, drug, member, 'brand'));
      const aka = member.aka ?? [];
      for (let i = 0; i < aka.length; i++) units.push(new DrugUnit(aka[i], d, drug, member, 'aka'));
    }
  }
  units.push({ kind: 'summary', text: section.summary });
  if (body) {
    for (const sentence of bodySentences(section)) units.push({ kind: 'body', text: sentence });
    for (const note of drugNotes(section)) for (const sentence of note.sentences) units.push({ kind: 'note', text: sentence });
  }
  return units;
}

/** A section's safety notes on its drug classes, each as its sentences, with its class: added
 *  beside the section's text (spasm-info's, or a --data file's own), searched as units of their own
 *  kind after the body's, and shown as a snippet marked as added ("Aspirin … is not for children
 *  under 16" answers "can my 12 year old have aspirin"). */
export function drugNotes(section: Section): { drug: number; drugClass: string; sentences: string[] }[] {
  const out: { drug: number; drugClass: string; sentences: string[] }[] = [];
  const drugs = section.drugs ?? [];
  for (let d = 0; d < drugs.length; d++) {
    const notes = drugs[d].notes ?? [];
    for (let n = 0; n < notes.length; n++) {
      const list = sentences(notes[n].text);
      if (list.length) out.push({ drug: d, drugClass: drugs[d].class, sentences: list });
    }
  }
  return out;
}

/** A drug's facts the table gives beside its names, as sentences of their own: how it is sold
 *  ("diazepam (Valium): by prescription, usually for at most 4 weeks …") and the note on each of its
 *  names ("Voltaren: its 1% gel … not for the neck"). Added, as the drug classes' notes are; shown as
 *  the snippet of a query that names the drug whole and asks more than its name (makeSnippet), never
 *  searched: they weigh nothing in the ranking. */
export function drugFacts(member: DrugMember): string[] {
  const out: string[] = [];
  const brands = member.brands ?? [];
  if (member.availability) out.push(`${member.generic}${brands.length ? ` (${brands.join(', ')})` : ''}: ${member.availability}`);
  const notes = member.notes ?? {};
  for (const name in notes) out.push(`${name}: ${notes[name]}`);
  return out;
}

// A name's reason is worked out when it is read, not with the unit: a search reads the names of
// every section it meets (for their text) but shows one reason a hit. Made with every unit, the
// reasons were most of what reading a section's names allocated (the bundled corpus's 657 names:
// 158 KB of young objects, enough with the rest of a long query's search for a young-generation
// collection).

/** A term of a vocabulary group: its reason is what the group means. */
class VocabularyUnit implements Unit {
  readonly kind = 'term';
  readonly cites: string | undefined;
  constructor(readonly text: string, private readonly group: VocabularyGroup) {
    this.cites = group.cites;
  }

  get reason(): string {
    return `${this.text} — ${this.group.means}`;
  }
}

/** Which of a drug's names a unit is. */
type DrugName = 'class' | 'generic' | 'brand' | 'aka';

/** A drug's name: its class, a member's generic name, a brand or another name of it. */
class DrugUnit implements Unit {
  readonly kind = 'term';
  readonly cites: string | undefined;
  constructor(readonly text: string, readonly drugClass: number, private readonly drug: DrugClass, readonly member: DrugMember | undefined, private readonly name: DrugName) {
    this.cites = drug.cites;
  }

  get reason(): string {
    const { drug, member, text } = this;
    const rx = drug.prescription ? ', by prescription' : '';
    if (!member) return `${drug.class} — ${drug.label}${rx}`;
    // A name's note (where it is sold, that it is discontinued, how it is taken) goes with it, and
    // a combination names every ingredient, so a hit never hides what the product contains.
    const noted = member.notes?.[text] ? `${text} (${member.notes[text]})` : text;
    const ingredients = member.ingredients ?? [];
    const hidden = ingredients.some((i) => !member.generic.toLowerCase().includes(i.toLowerCase()));
    const generic = hidden ? `${member.generic}: ${ingredients.join(' + ')}` : member.generic;
    if (this.name === 'generic') return `${noted.replace(member.generic, generic)} — ${drug.label}${rx}`;
    if (this.name === 'brand') return `${noted} — a brand of ${generic}, ${drug.label}${rx}`;
    return `${noted} — another name for ${generic}, ${drug.label}${rx}`;
  }
}

/** The plain-text sentences of a section body. */
export function bodySentences(section: Section): string[] {
  return sentences(markdownToPlain(section.body));
}

/** Builds the index of a corpus. Every distinct word is looked up once (its stem, dictionary forms
 *  and stop-word status are kept under a small integer id), and postings are collected as flat
 *  (stem, unit) pairs sorted by counting: per-token Map and array work on each freshly sliced word
 *  was half of the build (4.0 s of a 10,000-section corpus before, measured in-process). */
export function buildIndex(corpus: Corpus): SearchIndex {
  const wordIds = new Map<string, number>();
  const wordText: string[] = [];
  // Per word and per stem numbers in typed arrays, not arrays of numbers (Growing says why).
  /** Per word: its stem's id, whether it is a stop word, whether it names a thing (see surface). */
  const wordStem = new Growing(Int32Array);
  const wordStop = new Growing(Uint8Array);
  const wordVocabulary = new Growing(Uint8Array);
  /** Per word: the ids of the stems it is filed under (its own and its dictionary forms'), as
   *  wordKeys[wordKeyStart[w] .. wordKeyStart[w + 1]). */
  const wordKeyStart = new Growing(Int32Array);
  wordKeyStart.push(0);
  const wordKeys = new Growing(Int32Array);
  const stemIds = new Map<string, number>();
  const stemText: string[] = [];
  /** Per stem: the last unit and section that held it (to count each once), and its sections. */
  const stemLastUnit = new Growing(Int32Array);
  const stemLastSection = new Growing(Int32Array);
  const stemSectionCount = new Growing(Int32Array);
  const stemContentUnit = new Growing(Int32Array);
  const pairs = new Pairs();
  /** Where each unit's pairs end in `pairs` (they come unit by unit). */
  const unitPairsEnd = new Growing(Int32Array);
  const unitSection = new Growing(Int32Array);
  const unitKind = new Growing(Uint8Array);
  const unitSize = new Growing(Uint16Array);
  const sectionFirstUnit = new Int32Array(corpus.sections.length);

  const stemId = (s: string): number => {
    let id = stemIds.get(s);
    if (id === undefined) {
      id = stemText.length;
      stemIds.set(s, id);
      stemText.push(s);
      stemLastUnit.push(-1);
      stemLastSection.push(-1);
      stemSectionCount.push(0);
      stemContentUnit.push(-1);
    }
    return id;
  };
  const wordId = (word: string): number => {
    const id = wordText.length;
    wordIds.set(word, id);
    wordText.push(word);
    const s = stemId(stem(word));
    const stop = STOP_WORDS.has(word);
    wordStem.push(s);
    wordStop.push(stop ? 1 : 0);
    wordVocabulary.push(0);
    // Filed under its dictionary forms too, so "prescribe" finds "prescribed" and "burn" "burnt".
    wordKeys.push(s);
    if (!stop) for (const lemma of lemmasOf(word)) wordKeys.push(stemId(stem(lemma)));
    wordKeyStart.push(wordKeys.length);
    return id;
  };

  corpus.sections.forEach((section, sectionIndex) => {
    sectionFirstUnit[sectionIndex] = unitSection.length;
    for (const unit of sectionUnits(section)) {
      const id = unitSection.length;
      const names = unit.kind !== 'body' && unit.kind !== 'summary' && unit.kind !== 'note';
      // A drug class's note is no part of the section's text: it leaves how many sections have a
      // word (a word's rarity, and so every ranking) as it was.
      const counts = unit.kind !== 'note';
      let content = 0;
      for (const word of words(unit.text)) {
        const w = wordIds.get(word) ?? wordId(word);
        if (names) wordVocabulary.data[w] = 1;
        const s = wordStem.data[w];
        if (!wordStop.data[w] && stemContentUnit.data[s] !== id) {
          stemContentUnit.data[s] = id;
          content++;
        }
        const keys = wordKeys.data;
        const lastUnit = stemLastUnit.data;
        const lastSection = stemLastSection.data;
        for (let k = wordKeyStart.data[w], end = wordKeyStart.data[w + 1]; k < end; k++) {
          const key = keys[k];
          if (lastUnit[key] === id) continue;
          lastUnit[key] = id;
          pairs.push(key);
          if (counts && lastSection[key] !== sectionIndex) {
            lastSection[key] = sectionIndex;
            stemSectionCount.data[key]++;
          }
        }
      }
      unitPairsEnd.push(pairs.length);
      unitSection.push(sectionIndex);
      unitKind.push(UNIT_KINDS.indexOf(unit.kind));
      unitSize.push(Math.min(65535, content || 1));
    }
  });

  // Stems in sorted order; rank[id] is a stem's place in it.
  const order = stemText.map((_, id) => id).sort((a, b) => (stemText[a] < stemText[b] ? -1 : stemText[a] > stemText[b] ? 1 : 0));
  const rank = new Int32Array(order.length);
  order.forEach((id, i) => (rank[id] = i));
  // Postings by counting sort on the stem's rank, in place: the pairs' array becomes the postings.
  const postingStart = new Int32Array(order.length + 1);
  const keys = pairs.data();
  const total = keys.length;
  for (let i = 0; i < total; i++) postingStart[rank[keys[i]] + 1]++;
  for (let i = 0; i < order.length; i++) postingStart[i + 1] += postingStart[i];
  const fill = postingStart.slice(0, order.length);
  const ends = unitPairsEnd.data;
  /** The unit of the pair at p: the first unit whose pairs end after p. */
  const unitAt = (p: number): number => {
    let lo = 0;
    let hi = unitPairsEnd.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid] > p) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  // Each pair's slot is its place in its stem's list; a placed slot holds ~unit (negative, as stem
  // ids are not), and each pair is moved along its cycle once.
  for (let start = 0; start < total; start++) {
    if (keys[start] < 0) continue;
    let key = keys[start];
    let unit = unitAt(start);
    for (;;) {
      const to = fill[rank[key]]++;
      if (to === start) {
        keys[to] = ~unit;
        break;
      }
      const nextKey = keys[to];
      const nextUnit = unitAt(to);
      keys[to] = ~unit;
      key = nextKey;
      unit = nextUnit;
    }
  }
  for (let i = 0; i < total; i++) keys[i] = ~keys[i];
  // The cycles place a stem's units out of order: each list is sorted (a unit holds a stem once).
  for (let i = 0; i < order.length; i++) {
    const from = postingStart[i];
    const to = postingStart[i + 1];
    for (let p = from + 1; p < to; p++) {
      if (keys[p - 1] > keys[p]) {
        keys.subarray(from, to).sort();
        break;
      }
    }
  }
  const postingUnits = keys;

  const surfaceOrder = wordText.map((_, id) => id).sort((a, b) => (wordText[a] < wordText[b] ? -1 : wordText[a] > wordText[b] ? 1 : 0));
  return {
    corpus,
    stems: order.map((id) => stemText[id]),
    postingStart,
    postingUnits,
    // A stem only a drug note has counts its one section (checkIndex wants every stem somewhere).
    stemSections: Int32Array.from(order, (id) => Math.max(1, stemSectionCount.data[id])),
    unitSection: unitSection.done(),
    unitKind: unitKind.done(),
    unitSize: unitSize.done(),
    sectionFirstUnit,
    surface: surfaceOrder.map((id) => wordText[id]),
    surfaceStem: Int32Array.from(surfaceOrder, (id) => rank[wordStem.data[id]]),
    surfaceIsVocabulary: Uint8Array.from(surfaceOrder, (id) => wordVocabulary.data[id]),
  };
}

/** A typed array that grows as it is pushed to. Plain arrays of numbers, one a unit (150,000 at
 *  10,000 sections), left each outgrown backing store in V8's large-object space until the next
 *  full collection, which did not come before the index was built: 31 MB at the peak of a first
 *  search. An outgrown typed array's memory is freed by the next young-generation collection. */
class Growing<T extends Int32Array | Uint8Array | Uint16Array> {
  data: T;
  length = 0;

  constructor(private readonly Kind: { new (length: number): T }) {
    this.data = new Kind(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new this.Kind(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** The values pushed, in an array of their own length. */
  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}

/** The stem of each (stem, unit) pair, in order, in one typed array over a resizable buffer that
 *  grows in place (the units are implied by where each unit's pairs end); it is then sorted in place
 *  into the postings. Chunks of 64K stems, counted into a second array of postings, held both at
 *  once (8 MB each at 10,000 sections, 1.9 million pairs). */
class Pairs {
  private buffer = resizable(1 << 18, 1 << 28);
  private view = new Int32Array(this.buffer);
  length = 0;

  push(stemId: number): void {
    if (this.length === this.view.length) {
      const bytes = this.buffer.byteLength * 2;
      if (bytes <= this.buffer.maxByteLength) {
        this.buffer.resize(bytes);
      } else {
        const bigger = resizable(bytes, 2 * this.buffer.maxByteLength);
        new Int32Array(bigger).set(this.view);
        this.buffer = bigger;
      }
      this.view = new Int32Array(this.buffer);
    }
    this.view[this.length++] = stemId;
  }

  /** The stems in order, in an array of their own length over the buffer, shrunk to fit. */
  data(): Int32Array {
    this.buffer.resize(this.length * 4);
    return new Int32Array(this.buffer, 0, this.length);
  }
}

/** A resizable ArrayBuffer (ES2024, in Node 20; TypeScript's lib here predates it): it reserves
 *  `max` bytes of address space and uses memory only as it grows. */
interface Resizable extends ArrayBuffer {
  readonly maxByteLength: number;
  resize(bytes: number): void;
}
const resizable = (bytes: number, max: number): Resizable =>
  new (ArrayBuffer as unknown as new (bytes: number, options: { maxByteLength: number }) => Resizable)(bytes, { maxByteLength: max });

/** Position of `value` in a sorted array, or where it would be inserted. */
export function lowerBound(sorted: string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of a stem, or -1. */
export function findStem(index: SearchIndex, s: string): number {
  const i = lowerBound(index.stems, s);
  return index.stems[i] === s ? i : -1;
}

/** A short fingerprint of a text (FNV-1a, 32 bits): identifies the bundled corpus an index was built
 *  from without depending on file times, which packing and installing change. */
export function contentKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `fnv1a:${text.length}:${(hash >>> 0).toString(16)}`;
}

// ---- serialisation -------------------------------------------------------------------------
// Layout: "SPIX" + u32 format version + u32 key length + key + u32 header length + header JSON
// (the stems, array lengths and a checksum of the arrays), a line break and the surface forms as a
// JSON array + padding to 4 bytes + the typed arrays, each padded to 4 bytes.

/** Bump when the index layout or anything that shapes it (tokens, stems, units) changes. */
export const INDEX_FORMAT = 7;
const MAGIC = 'SPIX';
const ARRAYS = ['postingStart', 'postingUnits', 'stemSections', 'unitSection', 'sectionFirstUnit', 'surfaceStem', 'unitKind', 'unitSize', 'surfaceIsVocabulary'] as const;
type ArrayName = (typeof ARRAYS)[number];
const KIND: Record<ArrayName, typeof Int32Array | typeof Uint8Array | typeof Uint16Array> = {
  postingStart: Int32Array, postingUnits: Int32Array, stemSections: Int32Array, unitSection: Int32Array,
  sectionFirstUnit: Int32Array, surfaceStem: Int32Array, unitKind: Uint8Array, unitSize: Uint16Array, surfaceIsVocabulary: Uint8Array,
};

const pad4 = (n: number) => (n + 3) & ~3;

/** `key` identifies the corpus the index was built from (a hash of its bytes, say);
 *  deserializeIndex refuses an index whose key differs. */
export function serializeIndex(index: SearchIndex, key: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  writeIndex(index, key, (chunk) => chunks.push(Buffer.from(chunk)));
  return Buffer.concat(chunks);
}

/** serializeIndex as a series of chunks passed to `write` (to a file): the arrays are passed as
 *  views of themselves, not copied. Copying them into one buffer, and that into the output, held
 *  two more copies of the index (19 MB at 10,000 sections) at the peak of a first search. */
export function writeIndex(index: SearchIndex, key: string, write: (chunk: Uint8Array) => void): void {
  const keyBytes = Buffer.from(key);
  const views = ARRAYS.map((name) => new Uint8Array(index[name].buffer, index[name].byteOffset, index[name].byteLength));
  const zeros = new Uint8Array(4);
  let crc = 0;
  for (const view of views) {
    crc = crc32Of(view, crc);
    if (pad4(view.length) > view.length) crc = crc32Of(zeros.subarray(0, pad4(view.length) - view.length), crc);
  }
  const header = Buffer.from(`${JSON.stringify({
    stems: index.stems,
    lengths: Object.fromEntries(ARRAYS.map((name) => [name, index[name].length])),
    checksum: formatChecksum(crc),
  })}\n${JSON.stringify(index.surface)}`);
  const headerAt = 12 + keyBytes.length;
  const start = pad4(headerAt + 4 + header.length);
  const prefix = Buffer.alloc(headerAt + 4);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(INDEX_FORMAT, 4);
  prefix.writeUInt32LE(keyBytes.length, 8);
  keyBytes.copy(prefix, 12);
  prefix.writeUInt32LE(header.length, headerAt);
  write(prefix);
  write(header);
  write(zeros.subarray(0, start - (headerAt + 4 + header.length)));
  for (const view of views) {
    write(view);
    write(zeros.subarray(0, pad4(view.length) - view.length));
  }
}

/** The key an index was built with, read without reading the index; undefined if the data is not
 *  an index of the current format. */
export function indexKey(data: Uint8Array): string | undefined {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== MAGIC || buf.readUInt32LE(4) !== INDEX_FORMAT) return undefined;
  const length = buf.readUInt32LE(8);
  return 12 + length + 4 <= buf.length ? buf.toString('utf8', 12, 12 + length) : undefined;
}

/** Reads an index written by serializeIndex; undefined unless it is a current-format index built
 *  with this key, its arrays match their checksum, and it is structurally sound for this corpus
 *  (checkIndex). `trusted: true` skips the checksum and the structural checks (the stems' and
 *  surface forms' order, checkIndex), for the index shipped in the package, which is as trusted as
 *  the code beside it and was checked when the build wrote it: those checks, interpreted loops over
 *  every posting and unit, were 4.4 M instructions of each `search` (ibuprofen 565.2 -> 560.8 M).
 *  Data that passes can still only steer ranking: every text shown is recomputed from the corpus,
 *  which is validated on every load. */
export function deserializeIndex(data: Uint8Array, corpus: Corpus, key: string, { trusted = false } = {}): SearchIndex | undefined {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (indexKey(buf) !== key) return undefined;
  try {
    const headerAt = 12 + buf.readUInt32LE(8);
    const headerLength = buf.readUInt32LE(headerAt);
    // The surface forms' JSON follows the rest's on a line of its own (JSON text holds no line break;
    // a header without one, or too long, fails to parse).
    const line = buf.indexOf(10, headerAt + 4);
    const header = JSON.parse(buf.toString('utf8', headerAt + 4, line)) as {
      stems: unknown;
      lengths: Record<ArrayName, unknown>;
      checksum: unknown;
    };
    const strings = trusted ? Array.isArray : isSortedStrings;
    if (!strings(header.stems) || typeof header.lengths !== 'object' || header.lengths === null) return undefined;
    let at = pad4(headerAt + 4 + headerLength);
    if (!trusted && (typeof header.checksum !== 'string' || header.checksum !== checksum(buf.subarray(at)))) return undefined;
    const arrays = {} as Record<ArrayName, Int32Array | Uint8Array | Uint16Array>;
    for (const name of ARRAYS) {
      const Kind = KIND[name];
      const length = header.lengths[name];
      if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) return undefined;
      const bytes = length * Kind.BYTES_PER_ELEMENT;
      if (at + bytes > buf.length) return undefined;
      // A view of the file's bytes where they are aligned for the array's type (a file read on its
      // own is, as the layout pads each array to 4 bytes), else a copy: no copy saved 10 MB of
      // memory and its copying at 10,000 sections.
      const offset = buf.byteOffset + at;
      arrays[name] = offset % Kind.BYTES_PER_ELEMENT === 0 ? new Kind(buf.buffer as ArrayBuffer, offset, length) : new Kind(Uint8Array.prototype.slice.call(buf, at, at + bytes).buffer);
      at += pad4(bytes);
    }
    // The surface forms are read when first asked for: only a word the index lacks (its typos,
    // "did you mean") reads them, and read with the stems they were 23 KB of young objects of every
    // search (twenty-fourth session: search ibuprofen 1,182 -> 1,159 KB). An accessor added after
    // the object is made (a getter written in the object literal, before the arrays' spread, made
    // V8 keep the index's properties in a dictionary: 0.4 M instructions more a search).
    const index = { corpus, stems: header.stems, ...(arrays as Pick<SearchIndex, ArrayName>) } as SearchIndex;
    let surface: string[];
    Object.defineProperty(index, 'surface', { get: () => (surface ??= JSON.parse(buf.toString('utf8', line + 1, headerAt + 4 + headerLength))) });
    return trusted || (strings(index.surface) && checkIndex(index)) ? index : undefined;
  } catch {
    return undefined;
  }
}

function isSortedStrings(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string' || (i > 0 && !(value[i - 1] < value[i]))) return false;
  }
  return true;
}

/** Whether an index is structurally sound for its corpus: every length consistent, every offset
 *  and id in range, postings strictly increasing, a section's units consecutive. One pass over
 *  each array, so it costs a few milliseconds where reading the index saves a rebuild. */
export function checkIndex(index: SearchIndex): boolean {
  const sections = index.corpus.sections.length;
  const stems = index.stems.length;
  const units = index.unitSection.length;
  const { postingStart, postingUnits, stemSections, unitSection, unitKind, unitSize, sectionFirstUnit, surfaceStem, surfaceIsVocabulary } = index;
  if (postingStart.length !== stems + 1 || stemSections.length !== stems) return false;
  if (unitKind.length !== units || unitSize.length !== units || sectionFirstUnit.length !== sections) return false;
  if (surfaceStem.length !== index.surface.length || surfaceIsVocabulary.length !== index.surface.length) return false;
  if (postingStart[0] !== 0 || postingStart[stems] !== postingUnits.length) return false;
  for (let s = 0; s < stems; s++) {
    const from = postingStart[s];
    const to = postingStart[s + 1];
    if (to <= from || stemSections[s] < 1 || stemSections[s] > sections) return false;
    for (let p = from; p < to; p++) {
      const unit = postingUnits[p];
      if (unit < 0 || unit >= units || (p > from && unit <= postingUnits[p - 1])) return false;
    }
  }
  // Units come section by section, each section starting at its sectionFirstUnit.
  let expected = 0;
  for (let u = 0; u < units; u++) {
    const section = unitSection[u];
    if (unitKind[u] >= UNIT_KINDS.length || unitSize[u] < 1) return false;
    if (u === 0 || section !== unitSection[u - 1]) {
      if (section !== expected || sectionFirstUnit[section] !== u) return false;
      expected++;
    }
  }
  if (expected !== sections) return false;
  for (let w = 0; w < surfaceStem.length; w++) {
    if (surfaceStem[w] < 0 || surfaceStem[w] >= stems || surfaceIsVocabulary[w] > 1) return false;
  }
  return true;
}
