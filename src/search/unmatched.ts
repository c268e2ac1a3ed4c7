// The note on stderr: what the answer leaves out. The words of a query that name a subject the hits
// do not speak of (unmatchedWords): a thing the corpus lacks, a name of several words it lacks, an
// amount it does not give, a thing only the drugs' notes name that the first hit's sentence does not.

import { findStem, type SearchIndex } from './search-index.js';
import type { ReadQuery } from './query.js';
import type { Term } from './query-words.js';
import { stemsOfFolded } from './term-match.js';
import { foreignPhrases, MEDICINE_FORMS } from './scope.js';
import { drugTextSays } from './units.js';
import { CHOICE_STATES } from './drug-notes.js';
import type { Snippet } from './snippet.js';
import { fold, stem, words, wordsOfFolded } from '../util/text.js';

/** An unmatched common noun is named in the note on stderr only if rarer than this ("ladder", not "gym"). */
const NOTE_ZIPF = 4;
/** The word that asks for an amount of a drug, named when no amount answers it (search's unmatched). */
const AMOUNT_WORD = /\b(?:dos(?:e|es|age|ages)|max(?:imum)?)\b/;

/** What search() has found when it asks what the answer leaves out. */
export interface UnmatchedQuery {
  index: SearchIndex;
  query: string;
  parsed: Term[];
  read: ReadQuery;
  /** The hits, first first (their snippets' text is read). */
  hits: readonly { id: string; snippet: Snippet }[];
  /** Whether the lexicon was read (a query of several words, or of a word the corpus lacks). */
  useLexicon: boolean;
  /** Runs of query words that matched nothing whole (search's unmatchedRuns). */
  unmatchedRuns: number[][];
  /** Per query word: whether it is not turned from. */
  positive: boolean[];
  /** unit → how strongly each query word matched it. */
  unitScores: Map<number, number[]>;
  /** Names whose word before "of" was dropped (dropInOtherNames). */
  otherNames: string[];
  /** The things only the notes name, asked of a medicine the query names (askedOfNotes). */
  noteThings: ReadonlySet<Term>;
  /** The names of several words the corpus lacks, if the off-topic verdict looked for them. */
  phrases: { text: string; ids: number[] }[] | undefined;
  /** The query's folded words in order, if search() has split them yet. */
  raw: string[] | undefined;
  anyMatch: (t: number) => boolean;
  modifies: (t: number) => boolean;
  inScope: (t: Term) => boolean;
  askedOfNotes: (t: Term) => boolean;
  /** Whether a thing only the notes name is the reason given for turning from a medicine they are of. */
  reasonInTriedNotes: (t: Term) => boolean;
  namesMedicine: () => boolean;
}

/** The words and names of the query the answer leaves out (SearchResult's unmatched). */
export function unmatchedWords(n: UnmatchedQuery): string[] {
  const { index, query, parsed, read, hits, useLexicon, unmatchedRuns, positive, unitScores, otherNames, noteThings, anyMatch, modifies, inScope, askedOfNotes, reasonInTriedNotes, namesMedicine } = n;
  let { phrases, raw } = n;
  /** Whether the query turns from something (a medicine, most often). */
  const turning = parsed.some((t) => t.tried);
  // The note on stderr names what the answer leaves out: a word that can name a subject of its own
  // (a thing or a body part by WordNet, a rare word, or one the lexicon lacks), not one used
  // mostly as a verb or adjective ("aches", "instead"), a common noun of the story ("gym",
  // "temperature"), a word found elsewhere in the corpus, or a modifier of a matched word
  // ("microwave" heat pack). A run keeps its other words ("blood pressure") but not a verb or
  // adjective at its ends.
  const namesSubject = (t: number): boolean => {
    const { kind, zipf } = parsed[t];
    // A part of the body in the corpus's scope is what it is about ("shoulders", "trapezius"); a word
    // that weighs nothing (a job, a thing the person lacks) is part of the story.
    // Nor the form of a medicine named ("a salonpas plaster"): how it comes, left out of nothing.
    if (kind === 'w' || anyMatch(t) || modifies(t) || inScope(parsed[t]) || parsed[t].weight === 0 || askedOfNotes(parsed[t]) || reasonInTriedNotes(parsed[t]) || (MEDICINE_FORMS.has(parsed[t].word) && namesMedicine())) return false;
    return kind === 's' || kind === 'a' || kind === 'b' || zipf === undefined || zipf < NOTE_ZIPF;
  };
  // A run the query lists with "and", "or" or a comma is several things ("gout and eczema"), each
  // named on its own (trial47: "no match for 'gout eczema'").
  const lower = query.toLowerCase();
  const listed = (a: string, b: string): boolean => lower.includes(`${a} and ${b}`) || lower.includes(`${a} or ${b}`) || lower.includes(`${a}, ${b}`) || lower.includes(`${a}/${b}`) || lower.includes(`${a} & ${b}`);
  let unmatched = hits.length && parsed.length <= 8
    ? unmatchedRuns.filter((run) => run.some(namesSubject)).flatMap((run) => {
      let [from, to] = [0, run.length];
      while (parsed[run[from]].kind === 'w') from++;
      while (parsed[run[to - 1]].kind === 'w') to--;
      const names: string[][] = [[]];
      run.slice(from, to).forEach((t, k, list) => {
        if (k > 0 && listed(parsed[list[k - 1]].word, parsed[t].word)) names.push([]);
        names[names.length - 1].push(parsed[t].word);
      });
      return names.map((name) => name.join(' '));
    })
    : [];
  // A name of several words the corpus lacks is named whole, though a word of it matched elsewhere
  // ("blood pressure", whose "pressure" is a warning sign's; "cold sore").
  if (hits.length && useLexicon && parsed.length <= 8) {
    phrases ??= foreignPhrases(parsed, (raw ??= words(query)), parsed.map((_, i) => positive[i] && anyMatch(i)), unitScores);
    // (Not the reason given for turning from a medicine, in its notes: "my stomach ulcer", "my blood
    // pressure", the NSAIDs' "raised blood pressure".)
    const reason = (text: string) => words(text).every((w) => parsed.some((t) => t.word === w && reasonInTriedNotes(t))) || (turning && drugTextSays(index, text));
    for (const { text } of phrases) if (!reason(text)) unmatched = [...unmatched.filter((u) => !` ${text} `.includes(` ${u} `)), text];
  }
  // A name whose word before "of" was dropped (dropInOtherNames) is named whole, not as its words
  // that are left ("chest drawers").
  if (hits.length) for (const text of otherNames) {
    const own = new Set(words(text));
    unmatched = [...unmatched.filter((u) => !words(u).every((w) => own.has(w))), text];
  }
  // An amount asked ("what dose of naproxen") that the first hit does not give in milligrams is
  // named as unmatched: the corpus gives no such amount.
  const amount = hits.length && hits[0].snippet.text !== '' && namesMedicine() ? read.intents.find((intent) => intent.name === 'amount') : undefined;
  if (amount && !amount.answer.test(fold(hits[0].snippet.text))) {
    const asked = fold(query).match(AMOUNT_WORD);
    if (asked && !unmatched.includes(asked[0])) unmatched = [...unmatched, asked[0]];
  }
  // Words the first hit's sentence itself says are no words it lacks ("can I take ibuprofen with my
  // blood pressure pills": the cautions note names raised blood pressure; review22).
  if (hits.length && hits[0].snippet.text !== '' && unmatched.length) {
    const shownWords = new Set(wordsOfFolded(fold(hits[0].snippet.text)).map(stem));
    unmatched = unmatched.filter((u) => !words(u).every((w) => shownWords.has(stem(w))));
  }
  // What makes a sign the emergency or the warning its reason line gives ("my legs are weak and my
  // neck is agony": the severe pain beside a weak limb) is no word the answer lacks: a word of a
  // warning sign's pairs (`alongside`), when the first hit's reason is a sign's.
  if (hits.length && unmatched.length && SIGN_REASON.test(hits[0].snippet.reason ?? '')) {
    const pairs = pairWordsOf(index);
    unmatched = unmatched.filter((u) => !words(u).every((w) => pairs.has(w)));
  }
  // A thing only the notes name that no hit's sentence holds ("I'm on warfarin, can I use ibuprofen
  // gel": the gel's sentence) is named: the answer does not speak of it (review22). One a later hit
  // speaks of is answered there (trial47: a fever's emergency first, and the NSAIDs' note on
  // warfarin second, had said "no match for 'warfarin'").
  if (hits.length && hits[0].snippet.text !== '' && noteThings.size > 0) {
    const shown = hits.flatMap((h) => (h.snippet.text === '' ? [] : stemsOfFolded(fold(h.snippet.text))));
    // (Not a pregnancy or breastfeeding told beside a medicine turned from, answered by a treatment
    // that is none: heat or ice is answer enough for "pregnant so can't take ibuprofen, how else do I
    // ease a neck spasm". A medicine's sentence that does not speak of it still leaves it out.)
    const noMedicine = turning && !(index.corpus.sections.find((s) => s.id === hits[0].id)?.drugs?.length);
    for (const t of noteThings) if (!unmatched.includes(t.word) && !(noMedicine && CHOICE_STATES.has(t.word)) && !shown.some((x) => t.noteStems!.has(findStem(index, x)))) unmatched = [...unmatched, t.word];
  }
  return unmatched;
}

/** A reason line of a warning sign's: an emergency or a warning. */
const SIGN_REASON = / \u2014 (?:EMERGENCY|a warning sign)/;
const pairWords = new WeakMap<SearchIndex, Set<string>>();
/** The words of every warning sign's pairs (a vocabulary group's `alongside` and
 *  `alongsideAnywhere`), once per index. */
function pairWordsOf(index: SearchIndex): Set<string> {
  let out = pairWords.get(index);
  if (out) return out;
  out = new Set();
  for (const section of index.corpus.sections) {
    for (const group of section.vocabulary ?? []) {
      if (!group.urgent) continue;
      for (const phrase of [...(group.alongside ?? []), ...(group.alongsideAnywhere ?? [])]) for (const w of words(phrase)) out.add(w);
    }
  }
  pairWords.set(index, out);
  return out;
}
