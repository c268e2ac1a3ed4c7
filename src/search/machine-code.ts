// Regular expressions compiled straight to machine code. V8 compiles a pattern at its first run to
// bytecode for its regexp interpreter and at its second to machine code; for the long patterns that
// read a query the bytecode is much the dearer of the two (AFTER_TRIED, 745 characters: 4.9-7.5 ms
// for the bytecode and 0.4 ms more for the machine code; straight to machine code, 0.4 ms in all).
// V8 skips the bytecode when a pattern's run is on a subject of 1,000 characters or more (its
// JSRegExp::kTierUpForSubjectLengthValue, Node 20's V8 11.3): one such run on characters no pattern
// of spasm-info's starts with (U+0001), whose result is ignored, compiles the pattern for good.
// Machine code and interpreter find the same matches; only the time differs.

import { warm } from './warm.js';

const LONG_SUBJECT = '\u0001'.repeat(1000);
const compiled = new WeakSet<RegExp>();

/** Compiles `pattern` to machine code now, once (its lastIndex is left as it was). */
export function compileToMachineCode(pattern: RegExp): void {
  if (compiled.has(pattern)) return;
  compiled.add(pattern);
  const { lastIndex } = pattern;
  pattern.test(LONG_SUBJECT);
  pattern.lastIndex = lastIndex;
}

/** `pattern`, compiled to machine code first (compileToMachineCode): for a test or match in place,
 *  `native(PATTERN).test(text)`. */
export function native<T extends RegExp>(pattern: T): T {
  compileToMachineCode(pattern);
  return pattern;
}

/** `pattern.test(text)`, compiling the pattern only when `text` can hold a match (canMatch). A
 *  pattern with the flag g or y is always run: its test moves its lastIndex. */
export function testNative(pattern: RegExp, text: string): boolean {
  if (!pattern.global && !pattern.sticky && !canMatch(pattern, text)) return false;
  return native(pattern).test(text);
}

/** `pattern.test(text)` by V8's usual tiers (bytecode first), skipping the run, and the pattern's
 *  first compilation, when `text` cannot hold a match (canMatch). For the patterns of a story's
 *  reading that mostly find nothing (STILL, NOTHING_HELPS, TOGETHER, TAKE_BOTH, and snippet.ts's
 *  INCLUDES and CHILDREN; STILL_GOING_ON and the teller's patterns call canMatch themselves): the
 *  20-word question of the benchmark compiled 13 patterns to bytecode that could not match it, 1.5-3
 *  ms of its search. A pattern with the flag g or y is always run: its test moves its lastIndex. */
export function testIfCan(pattern: RegExp, text: string): boolean {
  if (!pattern.global && !pattern.sticky && !canMatch(pattern, text)) return false;
  return pattern.test(text);
}

/** `text.match(pattern)` of a pattern without the flag g, compiled only when `text` can hold a match. */
export function matchNative(pattern: RegExp, text: string): RegExpMatchArray | null {
  if (!pattern.global && !pattern.sticky && !canMatch(pattern, text)) return null;
  return text.match(native(pattern));
}

/** `text.matchAll(pattern)` of a pattern with the flag g, compiled only when `text` can hold a match
 *  (matchAll runs a copy of the pattern: its own lastIndex is left as it was either way). */
export function matchAllNative(pattern: RegExp, text: string): Iterable<RegExpMatchArray> {
  return pattern.global && !canMatch(pattern, text) ? [] : text.matchAll(native(pattern));
}

/** Whether `text` holds what every match of `pattern` holds: the runs of letters a to z and spaces the
 *  pattern spells outside character classes, in every part that is not optional, one alternative's
 *  worth wherever it has alternatives ("how often", or "times a day", for
 *  /\bhow often\b|\btimes a day\b/). A necessary condition only, for skipping a pattern that cannot
 *  match, and its compilation (0.05 to 0.4 ms each: "what can i take for the pain" compiled 19
 *  patterns, of which 18 never matched). A pattern it does not read (the flag i, an escape such as
 *  \u, \p or a backreference) is always said to be possible. Read from the pattern's text at each
 *  call, allocating nothing: a tree of each pattern's needs, kept, cost `search ibuprofen` 186 KB of
 *  young objects and a scavenge (27 KB for BEFORE_TRIED alone). */
export function canMatch(pattern: RegExp, text: string): boolean {
  if (pattern.ignoreCase) return true;
  // A process that searches again keeps each pattern's needs (warm.ts); one search reads them from
  // the pattern's text each time, keeping nothing.
  return warm() ? canMatchKept(pattern, text) : canMatchRead(pattern, text);
}

/** canMatch of a pattern without the flag i, read from its text. */
export function canMatchRead(pattern: RegExp, text: string): boolean {
  subject = text;
  const holds = readPattern(pattern.source);
  subject = '';
  return holds || !read;
}

/** What every match of a pattern holds, as canMatch reads it: one of the alternatives, each a list of
 *  runs of letters that must all be in the text and groups of alternatives that must all hold. */
type Needs = (string | Needs)[][];
/** Each pattern's needs once read (null: it can always match), in a process that searches again. */
let kept: WeakMap<RegExp, Needs | null> | undefined;

/** canMatch of a pattern without the flag i, by its needs, read once and kept. */
export function canMatchKept(pattern: RegExp, text: string): boolean {
  let needs = (kept ??= new WeakMap()).get(pattern);
  if (needs === undefined) {
    keeping = needs = [];
    readPattern(pattern.source);
    keeping = undefined;
    if (!read) needs = null;
    kept.set(pattern, needs);
  }
  return needs === null || anyHolds(needs, text);
}

function anyHolds(needs: Needs, text: string): boolean {
  for (const all of needs) if (allHold(all, text)) return true;
  return false;
}

function allHold(all: (string | Needs)[], text: string): boolean {
  for (const need of all) if (typeof need === 'string' ? !text.includes(need) : !anyHolds(need, text)) return false;
  return true;
}

/** Reads a pattern's text: whether the text `subject` holds its needs (or, `keeping`, keeps them
 *  there), and sets `read` to whether the pattern was read to its end. */
function readPattern(pattern: string): boolean {
  source = pattern;
  at = 0;
  unread = false;
  const holds = alternationHolds(true, keeping);
  read = !unread && at >= source.length;
  source = '';
  return holds;
}

/** The pattern being read, where, and the text: module state, so that reading allocates nothing. */
let source = '';
let at = 0;
let subject = '';
let unread = false;
/** Whether the last pattern read was read to its end (readPattern). */
let read = false;
/** Where readPattern keeps a pattern's needs (canMatchKept), instead of checking `subject` for them. */
let keeping: Needs | undefined;

/** An alternation from `at`, up to an unmatched ')' or the end: whether one of its alternatives can
 *  match (only read, not checked, when `check` is false; with `out`, each alternative's needs kept there). */
function alternationHolds(check: boolean, out?: Needs): boolean {
  let holds = sequenceHolds(check, out);
  while (source.charCodeAt(at) === BAR) {
    at++;
    if (sequenceHolds(check && !holds, out)) holds = true;
  }
  return holds;
}

/** A sequence from `at`, up to '|', an unmatched ')' or the end: whether the text holds its runs of
 *  letters and what its groups need (only read, not checked, when `check` is false). Characters are
 *  read as codes (charCodeAt), never as strings: this runs for every pattern a search may need. */
function sequenceHolds(check: boolean, alternatives?: Needs): boolean {
  let holds = true;
  const length = source.length;
  /** Where this sequence's needs are kept, instead of checked (canMatchKept). */
  const out: (string | Needs)[] | undefined = alternatives ? [] : undefined;
  if (alternatives && out) {
    alternatives.push(out);
    check = false;
  }
  /** Where the run of letters being read starts, or -1. */
  let from = -1;
  while (at < length) {
    const c = source.charCodeAt(at);
    if (c === BAR || c === CLOSE) break;
    if ((c >= A && c <= Z) || c === SPACE) {
      if (from < 0) from = at;
      at++;
      const q = source.charCodeAt(at);
      if (q !== QUESTION && q !== STAR && q !== OPEN_BRACE && q !== PLUS) continue;
      // A letter a quantifier makes optional ends the run, left off; one repeated (+) ends it.
      const after = at;
      const to = optional() ? after - 1 : after;
      if (out) keepRun(out, from, to);
      else if (check && holds && !runIn(from, to)) holds = false;
      from = -1;
      continue;
    }
    if (from >= 0) {
      if (out) keepRun(out, from, at);
      else if (check && holds && !runIn(from, at)) holds = false;
      from = -1;
    }
    if (c === BACKSLASH) {
      const e = source.charCodeAt(at + 1);
      // \u, \x, \p, \P, \k, \c and a backreference's digit: not read.
      if (at + 1 >= length || e === 117 || e === 120 || e === 112 || e === 80 || e === 107 || e === 99 || (e >= 48 && e <= 57)) unread = true;
      at += 2;
    } else if (c === OPEN_CLASS) {
      for (at++; at < length && source.charCodeAt(at) !== CLOSE_CLASS; at++) if (source.charCodeAt(at) === BACKSLASH) at++;
      at++;
      optional();
    } else if (c === OPEN) {
      at++;
      // A lookaround, whose need is not counted, or a group's name, skipped.
      let look = false;
      if (source.charCodeAt(at) === QUESTION) {
        const d = source.charCodeAt(at + 1);
        if (d === COLON) at += 2;
        else if (d === LESS && source.charCodeAt(at + 2) !== EQUALS && source.charCodeAt(at + 2) !== BANG) {
          at = source.indexOf('>', at) + 1;
          if (at === 0) unread = true;
        } else {
          look = true;
          at += d === LESS ? 3 : 2;
        }
      }
      const group: Needs | undefined = out ? [] : undefined;
      const inner = alternationHolds(check && holds, group);
      if (source.charCodeAt(at) !== CLOSE) unread = true;
      at++;
      if (!optional() && !look) {
        if (out && group) out.push(group);
        else if (!inner) holds = false;
      }
    } else {
      at++;
      optional();
    }
    if (unread) {
      at = length;
      return true;
    }
  }
  if (from >= 0 && out) keepRun(out, from, at);
  else if (from >= 0 && check && holds && !runIn(from, at)) holds = false;
  return holds;
}

function keepRun(out: (string | Needs)[], from: number, to: number): void {
  if (to > from) out.push(source.slice(from, to));
}

/** Reads a quantifier at `at`, if any: whether it lets what it follows be absent ('?', '*', '{'). */
function optional(): boolean {
  const c = source.charCodeAt(at);
  if (c === QUESTION || c === STAR || c === OPEN_BRACE) {
    if (c === OPEN_BRACE) at = source.indexOf('}', at) + 1 || source.length;
    else at++;
    if (source.charCodeAt(at) === QUESTION) at++; // lazy
    return true;
  }
  if (c === PLUS) {
    at++;
    if (source.charCodeAt(at) === QUESTION) at++;
  }
  return false;
}

/** Whether the text holds source[from, to), compared in place (no string sliced) where its first
 *  letter is (found by indexOf, whose one-letter string V8 keeps made). */
function runIn(from: number, to: number): boolean {
  const n = to - from;
  if (n <= 0) return true;
  const last = subject.length - n;
  const first = source[from];
  outer: for (let i = subject.indexOf(first); i >= 0 && i <= last; i = subject.indexOf(first, i + 1)) {
    for (let k = 1; k < n; k++) if (subject.charCodeAt(i + k) !== source.charCodeAt(from + k)) continue outer;
    return true;
  }
  return false;
}

const A = 97; // a
const Z = 122; // z
const BAR = 124; // |
const OPEN = 40; // (
const CLOSE = 41; // )
const OPEN_CLASS = 91; // [
const CLOSE_CLASS = 93; // ]
const BACKSLASH = 92;
const QUESTION = 63; // ?
const STAR = 42; // *
const PLUS = 43; // +
const OPEN_BRACE = 123; // {
const COLON = 58; // :
const LESS = 60; // <
const EQUALS = 61; // =
const BANG = 33; // !
const SPACE = 32;
