// English word frequency and irregular lemmas, from dist/lexicon.txt (made by scripts/lexicon.mjs
// at build time). Read only when a query has a word the corpus does not have exactly, and looked up
// by binary search over the file with positioned reads, so it is never read whole for a query.

import { fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-dir.js';

export type WordKind = 'b' | 'a' | 's' | 'n' | 'p' | 'w';

export interface WordInfo {
  /** Zipf frequency: log10 of occurrences per billion words (1 rare … 7 the commonest). */
  zipf: number;
  /** Dictionary forms the stemmer cannot reach (fell → fall, lying → lie, worse → bad), and "alcohol"
   *  for a kind of alcoholic drink (beer → alcohol: scripts/lexicon.mjs). */
  readonly lemmas: readonly string[];
  /** What WordNet says of it: 'b' a noun for a body part ("knee"),
   *  'a' a noun for an animal ("dog", "horse"),
   *  's' a noun naming another thing of its own (an illness, a substance or drug, a food:
   *  "anxiety", "antidepressant"), 'p' a noun for a person ("toddler", "plumber"), 'n' any other
   *  noun ("microwave"), 'w' a word used mostly as
   *  another part of speech ("cheap", "standing"); undefined for a word WordNet lacks. */
  kind?: WordKind;
}

let text: string | undefined;

/** The whole file as text: for lemmasOf, which reads every line once (building an index). */
function lexiconText(): string {
  if (text === undefined) {
    try {
      text = readFileSync(lexiconPath(), 'latin1');
    } catch {
      text = ''; // not built: search still works, without word frequencies and lemmas
    }
  }
  return text;
}

const lexiconPath = () => join(packageRoot, 'dist', 'lexicon.txt');

/** The open file and its size, for lookups by positioned reads; size 0 when it is not built. */
let file: Data | undefined;
/** The same for dist/phrases.txt. */
let phrasesFile: Data | undefined;

/** An open sorted file of lines: its descriptor and size, how many lookups it has had, and once it
 *  has had many, its whole content. */
interface Data { fd: number; size: number; lookups: number; all?: Buffer }

/** Lookups of one file after which it is read whole and searched in memory. A command's search
 *  makes a few (the 20-word question 9, a long story 16); a process that runs many searches (a
 *  library user, the test suite's 1,925 queries) would otherwise spend a fifth of its search time
 *  in these small reads (test/answers.test.ts: 0.54 s of about 3 s). The file is 0.7 MB (lexicon)
 *  or 0.4 MB (phrases). */
const LOOKUPS_BEFORE_WHOLE = 300;

function openData(path: string): Data {
  try {
    const fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    // Kept open for the life of the process (one descriptor, a few reads per query word).
    buf ??= Buffer.alloc(BLOCK);
    return { fd, size: stat.isFile() ? stat.size : 0, lookups: 0 };
  } catch {
    return { fd: -1, size: 0, lookups: 0 }; // not built: search still works, without word frequencies and lemmas
  }
}

function lexiconFile(): Data {
  return (file ??= openData(lexiconPath()));
}

/** Whether WordNet has these words, in this order, as one name of several words ("neck of the
 *  woods", "cold sore"), from dist/phrases.txt (scripts/lexicon.mjs): looked up the same way. */
export function isPhrase(words: string[]): boolean {
  // Checked before the memo: its key joins the words with "_", which no checked word holds.
  if (!words.every((w) => /^[a-z]+$/.test(w))) return false;
  const key = words.join('_');
  let known = phrases.get(key);
  if (known === undefined) {
    phrasesFile ??= openData(join(packageRoot, 'dist', 'phrases.txt'));
    known = phrasesFile.size > 0 && findLine(phrasesFile, key) !== undefined;
    remember(phrases, key, known);
  }
  return known;
}

/** Whether word frequencies are known (dist/lexicon.txt was built). */
export function hasLexicon(): boolean {
  return lexiconFile().size > 0;
}

/** Reads the lexicon whole now, for a caller about to look up many words (readAsEnglish's guesses at
 *  a letter left out: some 26 a letter), which then cost a search in memory each, not a file's reads. */
export function readLexiconWhole(): void {
  readWhole(lexiconFile());
}

/** Reads a sorted file whole into memory, once, for its lookups to search there (findLine). */
function readWhole(data: Data): void {
  if (data.all !== undefined || data.size === 0) return;
  const all = Buffer.alloc(data.size);
  if (readSync(data.fd, all, 0, data.size, 0) === data.size) data.all = all;
}

/** A read while the range searched is large: longer than two lines of the file (its longest line is
 *  under 40 bytes, scripts/lexicon.mjs). */
const WINDOW = 128;
/** A range this small is read whole, once, and searched in memory. */
const BLOCK = 4096;
let buf: Buffer;
const NEWLINE = 10;
const SPACE = 32;
/** The letters a line's frequency may end in: the word's kind (WordKind). */
const KINDS = 'basnpw';

/** What the lexicon knows of a folded word; undefined if it is not a common English word.
 *  A binary search over the file's lines with positioned reads (128 bytes, then the last 4 KB
 *  whole: about a dozen reads a word), so the file is never read whole for a query. Measured
 *  (fresh process, twenty words): 8.5 ms and 1 MB more memory to read its 662 KB as one string and
 *  search that, 4.6 ms this way. */
export function lookupWord(word: string): WordInfo | undefined {
  if (!/^[a-z]+$/.test(word)) return undefined;
  if (looked.has(word)) return looked.get(word);
  const info = readWord(word);
  // Every caller gets this same object for the life of the process: frozen, so none can change
  // what the next search reads.
  if (info) {
    Object.freeze(info.lemmas);
    Object.freeze(info);
  }
  remember(looked, word, info);
  return info;
}

/** Keeps an answer, within MEMO_SIZE entries (a process that searches random text forgets, then
 *  starts again). */
function remember<T>(memo: Map<string, T>, key: string, value: T): void {
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, value);
}
const MEMO_SIZE = 20_000;

/** Words looked up already. A command searches once and meets a word once or twice; a library
 *  user or a test that runs many searches in one process meets the same words again and again
 *  (measured: the 1,410 queries of test/answers.json, 20% of their time in these reads). */
const looked = new Map<string, WordInfo | undefined>();
const phrases = new Map<string, boolean>();

function readWord(word: string): WordInfo | undefined {
  const data = lexiconFile();
  if (data.size === 0 || !/^[a-z]+$/.test(word)) return undefined;
  const rest = findLine(data, word);
  if (rest === undefined) return undefined;
  const [zipf, lemmas] = rest.split(' ');
  const last = zipf[zipf.length - 1];
  const kind = KINDS.includes(last) ? (last as WordKind) : undefined;
  return { zipf: Number(kind ? zipf.slice(0, -1) : zipf) / 10, lemmas: lemmas ? lemmas.split(',') : [], kind };
}

/** The rest of the line whose first field is key (after its space; '' if it has none), undefined
 *  if there is none: a binary search over a sorted file's lines by positioned reads, or in memory
 *  once the file has been read whole (LOOKUPS_BEFORE_WHOLE). */
function findLine(data: Data, key: string): string | undefined {
  const { fd, size } = data;
  if (++data.lookups === LOOKUPS_BEFORE_WHOLE) readWhole(data);
  // b holds the file from offset base up to limit: all of it once read whole, else a window.
  const b = data.all ?? buf;
  let whole = data.all !== undefined;
  let base = 0;
  let limit = whole ? size : 0;
  // lo and hi are line starts (or the end); the word, if there, starts a line in [lo, hi).
  let lo = 0;
  let hi = size;
  while (lo < hi) {
    if (!whole && hi - lo <= BLOCK) {
      base = lo;
      limit = lo + readSync(fd, b, 0, hi - lo, lo);
      whole = true;
    }
    const mid = (lo + hi) >>> 1;
    // The first line that starts at or after mid (lo always starts one).
    let start = mid;
    if (mid > lo) {
      if (!whole) {
        base = mid - 1;
        limit = base + readSync(fd, b, 0, Math.min(WINDOW, size - base), base);
      }
      start = mid - 1;
      while (start < limit && b[start - base] !== NEWLINE) start++;
      start++;
    }
    if (start >= Math.min(hi, limit)) {
      // No line starts in [mid, hi): the one holding mid starts in [lo, mid).
      hi = mid;
      continue;
    }
    let end = start;
    while (end < limit && b[end - base] !== NEWLINE) end++;
    let space = start;
    while (space < end && b[space - base] !== SPACE) space++;
    const cmp = compareKey(b, key, start - base, space - base);
    if (cmp === 0) return space < end ? b.toString('latin1', space + 1 - base, end - base) : '';
    if (cmp > 0) lo = end + 1;
    else hi = start;
  }
  return undefined;
}

/** The order of `word` against the key b[start, end): negative, 0 or positive, as the
 *  file's byte order (its keys are [a-z]+, so the same as comparing the strings). */
function compareKey(b: Buffer, word: string, start: number, end: number): number {
  const n = Math.min(word.length, end - start);
  for (let i = 0; i < n; i++) {
    const d = word.charCodeAt(i) - b[start + i];
    if (d !== 0) return d;
  }
  return word.length - (end - start);
}

let lemmaMap: Map<string, string[]> | undefined;

/** Irregular lemmas of a word, from one pass over the lexicon kept in a Map: for building an index,
 *  which asks about every word of a corpus (a binary search each measured ~3× slower over a corpus). */
export function lemmasOf(word: string): string[] {
  if (!lemmaMap) {
    lemmaMap = new Map();
    for (const m of lexiconText().matchAll(/^([a-z]+) \d+[basnw]? ([a-z,]+)$/gm)) lemmaMap.set(m[1], m[2].split(','));
  }
  return lemmaMap.get(word) ?? [];
}
