// The query's words as search reads them: which words are searched (queryTerms), and each one as a
// Term: the index's stems it meets (itself, words it begins, its dictionary forms), how much it says
// (its weight, by how common it is in English) and, for a word that meets nothing, the corpus word it
// is a typo of (correct) or, when nothing matched, the words to suggest (suggestWords).

import { findStem, lowerBound, type SearchIndex } from './search-index.js';
import { lookupWord, readLexiconWhole, type WordInfo, type WordKind } from './lexicon.js';
import { native } from './machine-code.js';
import { STOP_WORDS } from './stop-words.js';
import { warm } from './warm.js';
import { editDistance, fold, stem, unicodePattern, words } from '../util/text.js';

/** Patterns with Unicode classes, made when first used (see unicodePattern). */
const DIGITS = unicodePattern('^\\p{N}+$', 'u');

/** How good a word match is, by how it was made. */
export const QUALITY = { exact: 1, lemma: 0.9, prefix: 0.8 } as const;

/** Distinct query words beyond this many are ignored. 64, not 32: people tell the worst last ("…Oh
 *  and since this morning my speech has gone slurred", trial17 finding 1: at 32 the stroke's sign of
 *  a 76-word story was never read). No suite query changed; a 2,000-character query of distinct
 *  words takes 20 ms a search instead of 7. */
const MAX_QUERY_WORDS = 64;

/** Of MAX_QUERY_WORDS, how many words come from the query's end (as cutQuery keeps its last characters). */
const TAIL_WORDS = 20;
/** A longer word is no word anyone types: left out of a query (the CLI says so). */
export const MAX_WORD_LENGTH = 48;

export interface Correction {
  from: string;
  to: string;
}

/** The words of a query that are searched for: folded, stop words dropped, each once. */
export function queryTerms(query: string): string[] {
  const seen = new Set<string>();
  // "self" before a hyphen is a prefix ("self-employed", "self-conscious"), not the self of the
  // corpus's "self-care", when every "self" of the query is one.
  const selfPrefix = query.includes('elf-') && !/\bself\b(?!-)|\bself-care\b/i.test(query);
  const all = words(query).filter((word) => !STOP_WORDS.has(word) && word.length <= MAX_WORD_LENGTH && !(selfPrefix && word === 'self'));
  for (const word of all) seen.add(word);
  if (seen.size <= MAX_QUERY_WORDS) return [...seen];
  // More than that: the first ones and the last ones, as cutQuery keeps the start and the end
  // (trial19: a story whose last sentence named a rash beside a stiff neck was never read).
  const head = [...seen].slice(0, MAX_QUERY_WORDS - TAIL_WORDS);
  const kept = new Set(head);
  const tail: string[] = [];
  for (let k = all.length - 1; k >= 0 && tail.length < TAIL_WORDS; k--) {
    if (!kept.has(all[k])) {
      kept.add(all[k]);
      tail.unshift(all[k]);
    }
  }
  return [...head, ...tail];
}

export interface Term {
  word: string;
  /** stem index → quality of the match */
  stems: Map<number, number>;
  /** The stems only a drug class's note has ("liver" for "live"): left out of `stems`, so that they
   *  change no ranking or reading, and matched only when a note is a candidate snippet. */
  noteStems?: Map<number, number>;
  /** A word of a name of the condition ("stuck" of "my neck is stuck") said outside every one of
   *  them: not the condition told (warning-signs.ts, unboundNames). */
  notCondition?: boolean;
  /** How much the word says: 1 for a rare word, down to 0.15 for the commonest (English frequency). */
  weight: number;
  /** Zipf frequency of the word in English, when the lexicon knows it. */
  zipf?: number;
  /** What kind of word it is, when the lexicon knows (see WordInfo.kind). */
  kind?: WordKind;
  /** The person has tried it and turns away from it ("ice" in "the ice isn't working"). */
  tried: boolean;
  /** Set when the word matched only through a typo correction. */
  correctedTo?: string;
}

/** English frequency → weight: words as common as "time" or "help" count little, rare ones fully. */
export function weightOf(zipf: number | undefined): number {
  return zipf === undefined ? 1 : Math.min(1, Math.max(0.15, (6.3 - zipf) / 3));
}

/** A word this common in English is a real word, not a typo (about ten uses in 51 million words). */
const REAL_WORD_ZIPF = 2.3;

/** Endings that make an adjective or an adverb of a word ("feverish", "sweaty", "achy"). */
const ADJECTIVE_ENDING = /(?:ish|y|ly)$/;
/** English endings that make a word's derived forms: what may follow a word the corpus has whole. */
// ("-less" is not one: it says the word's lack, and "breathing" met "breathless", a sign of an
// emergency, in "swimming … breathing only to one side".)
const DERIVED = /^(?:e?s|e?d|ing|e?n|e?r|e?st|th|ly|ness|ment|ity|ion|ation|al|ic|ive|y|ish|ful|[ai]ble|[ae]nce)$/;

/** A word this common in English is whole as typed, not the start of a longer word the corpus has
 *  (trial20: "tried", zipf 5.3, met "tripped" by its stem's start, "tri", and raised the emergency of
 *  a fall for "I've tried everything for my stiff neck"). "physio" (2.2) and "chiro" (2.0) are still
 *  read as the starts they are. */
const WHOLE_WORD_ZIPF = 3;

/** The stems a word meets without guessing: itself, words it begins, its dictionary forms. */
function directStems(index: SearchIndex, word: string, lemmas: readonly string[], zipf?: number): Map<number, number> {
  const stems = new Map<number, number>();
  const s = stem(word);
  const exact = findStem(index, s);
  if (exact >= 0) stems.set(exact, QUALITY.exact);
  // A word the corpus has whole means itself and its derived forms ("warm" → warmth, "stiff" →
  // stiffen), not longer words that only begin with it ("head" is not "headache", "pain" not
  // "painkiller"); a word it lacks may be the start of one ("physio", "therm"), unless it is a common
  // word of its own (WHOLE_WORD_ZIPF).
  if (word.length >= 4) {
    const whole = exact >= 0 || (zipf !== undefined && zipf >= WHOLE_WORD_ZIPF);
    for (let i = lowerBound(index.stems, s); i < index.stems.length && index.stems[i].startsWith(s); i++) {
      if (!stems.has(i) && (!whole || native(DERIVED).test(index.stems[i].slice(s.length)))) stems.set(i, QUALITY.prefix);
    }
  }
  // A word the corpus lacks, made of one it has and an ending that makes an adjective or adverb of
  // it: "feverish" → fever, "sweaty" → sweat, "achy" → ache.
  if (exact < 0 && stems.size === 0) {
    const m = ADJECTIVE_ENDING.exec(word);
    // Not a part of the body made an adjective: "footy" is football, "heady", "cheeky" and "handy"
    // say nothing of a head, a cheek or a hand.
    if (m && m.index >= 4 && lookupWord(word.slice(0, m.index))?.kind !== 'b') {
      const base = findStem(index, stem(word.slice(0, m.index)));
      const withE = base < 0 ? findStem(index, stem(`${word.slice(0, m.index)}e`)) : base;
      if (withE >= 0) stems.set(withE, QUALITY.prefix);
    }
  }
  // A noun in -ness made of an adjective means what the adjective says: "stiffness" → stiff,
  // "sleepiness" → sleepy, "soreness" → sore (the light stemmer leaves such nouns whole).
  const adjective = word.length >= 7 && word.endsWith('ness') ? word.slice(0, -4).replace(/i$/, 'y') : undefined;
  for (const lemma of adjective ? [...lemmas, adjective] : lemmas) {
    const ls = stem(lemma);
    const id = findStem(index, ls);
    if (id < 0) continue;
    if (!stems.has(id)) stems.set(id, QUALITY.lemma);
    // The lemma's derived forms too, as the word's own: "stiffer" → stiff → stiffen.
    for (let i = id + 1; i < index.stems.length && index.stems[i].startsWith(ls); i++) {
      if (!stems.has(i) && native(DERIVED).test(index.stems[i].slice(ls.length))) stems.set(i, QUALITY.prefix);
    }
  }
  return stems;
}

/** The closest corpus words to a word that matched nothing (only those at the least distance),
 *  vocabulary words first; undefined when none is near enough. */
export function closestWord(index: SearchIndex, word: string, options: { maxDistance?: number; vocabularyOnly?: boolean } = {}): string | undefined {
  if (!warm()) return closestWordOf(index, word, options);
  // Kept per index and word once a process searches again (warm.ts): each is a pass over the corpus's words.
  let kept = (closestKept ??= new WeakMap()).get(index);
  if (!kept || kept.size >= KEPT_WORDS) closestKept.set(index, (kept = new Map()));
  const key = `${options.maxDistance ?? ''} ${options.vocabularyOnly ? 1 : 0} ${word}`;
  if (kept.has(key)) return kept.get(key);
  const to = closestWordOf(index, word, options);
  kept.set(key, to);
  return to;
}
let closestKept: WeakMap<SearchIndex, Map<string, string | undefined>> | undefined;
const KEPT_WORDS = 50_000;

function closestWordOf(index: SearchIndex, word: string, options: { maxDistance?: number; vocabularyOnly?: boolean }): string | undefined {
  if (DIGITS().test(word) || word.length < 3) return undefined;
  const maxDistance = options.maxDistance ?? (word.length >= 8 ? 2 : 1);
  let best: { word: string; distance: number; vocabulary: boolean; slip: boolean; start: boolean } | undefined;
  let sound: string | undefined;
  index.surface.forEach((candidate, i) => {
    if (Math.abs(candidate.length - word.length) > maxDistance + 1 || candidate.length < 3) return;
    const vocabulary = index.surfaceIsVocabulary[i] === 1;
    if (options.vocabularyOnly && !vocabulary) return;
    let distance = editDistance(word, candidate, maxDistance);
    // Spelt as it sounds ("fisio" for physio, "nek" for neck): as near as one edit more.
    if (distance > maxDistance) {
      const a = sound ??= soundsLike(word);
      const b = soundsLike(candidate);
      if (Math.abs(a.length - b.length) > maxDistance - 1 || editDistance(a, b, maxDistance - 1) > maxDistance - 1) return;
      distance = maxDistance;
    }
    // A letter typed twice or missed ("heatt" → heat) is likelier than one typed for another (heart).
    const slip = Math.abs(candidate.length - word.length) === distance;
    // A word's first letter is the one least often mistyped: "heet" is heat, not feet (trial17 finding 9).
    const start = candidate[0] === word[0];
    const better = !best || distance < best.distance ||
      (distance === best.distance && (Number(vocabulary) - Number(best.vocabulary) || Number(slip) - Number(best.slip) || Number(start) - Number(best.start)) > 0);
    if (better) best = { word: candidate, distance, vocabulary, slip, start };
  });
  return best?.word;
}

/** A word as it sounds, for typos that spell a sound another way: ph → f, y → i, ck → k, c before
 *  e/i → s, a doubled letter once; and at its end "-che" as "-ke" ("headake" for headache) and "-er"
 *  as "-a" ("feva" for fever, as it is said in much of Britain, Australia and Nigeria: review55). */
export function soundsLike(whole: string): string {
  const word = whole.endsWith('che') ? `${whole.slice(0, -3)}ke` : whole.length > 3 && whole.endsWith('er') ? `${whole.slice(0, -2)}a` : whole;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    let c = word[i];
    const next = word[i + 1];
    if (c === 'p' && next === 'h') (c = 'f'), i++;
    else if (c === 'c' && next === 'k') (c = 'k'), i++;
    else if (c === 'c') c = next === 'e' || next === 'i' || next === 'y' ? 's' : 'k';
    else if (c === 'y') c = 'i';
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

/** How common a word is, as its weight reads it: a verb's -s form as the verb ("keeps" as "keep",
 *  "feels" as "feel"), which says as little: read as rarer, "keeps getting worse" and "feels tighter"
 *  chose sentences by those words (main answers 84.2% to 84.3%, 4 more and one fewer). Only verbs (a
 *  base word WordNet has mostly as another part of speech than a noun, 'w'): plural nouns read as
 *  their singular too ("ice packs", "painkillers", "buttons") lost 8 main answers for 6. */
export function wordZipf(word: string, info = lookupWord(word)): number | undefined {
  const zipf = info?.zipf;
  if (zipf === undefined || word.length <= 4 || !word.endsWith('s') || word.endsWith('ss')) return zipf;
  const base = lookupWord(word.slice(0, -1));
  return base && base.kind === 'w' && base.zipf > zipf ? base.zipf : zipf;
}

/** A person's possessive typed without its apostrophe ("childrens", "wifes"), which English word
 *  lists lack: read as the person, as "children's" is (its "s" a word apart). It had made "childrens
 *  ibuprofen every 4 hours" a word of another subject, and the query find nothing (review29). A thing's
 *  too made one held-out query find nothing, so a person's only. */
function ownerTypedApart(word: string): WordInfo | undefined {
  if (word.length <= 4 || !word.endsWith('s') || word.endsWith('ss')) return undefined;
  const base = lookupWord(word.slice(0, -1));
  return base?.kind === 'p' ? base : undefined;
}

export function makeTerm(index: SearchIndex, word: string, tried: boolean, useLexicon: boolean): Term {
  const info = useLexicon ? lookupWord(word) ?? ownerTypedApart(word) : undefined;
  const stems = directStems(index, word, info?.lemmas ?? [], info?.zipf);
  // Every property a term may get later is set here, so that all terms share one shape (two shapes
  // made V8 throw away its optimised search(): 3,051 times in four passes of the answering suite).
  const zipf = useLexicon ? wordZipf(word, info) : info?.zipf;
  const term: Term = { word, stems, weight: weightOf(zipf), zipf, kind: info?.kind, tried, correctedTo: undefined, noteStems: undefined, notCondition: undefined };
  // A real English word is not a typo ("ladder" is not "bladder"); short words are guessed at only
  // when they are no word at all ("nek").
  const real = info !== undefined && info.zipf >= REAL_WORD_ZIPF;
  if (stems.size === 0 && !real && (word.length >= 4 || (word.length === 3 && useLexicon)) && !(useLexicon && inflectedWord(word))) {
    correct(index, term, { english: useLexicon });
    // A common English word the corpus lacks, misspelt ("raather", "antyhing", "invovle"): read as
    // that word, not as a rare word of another subject, which had made the query find nothing.
    if (term.correctedTo === undefined && useLexicon && info === undefined) readAsEnglish(index, term);
  }
  return term;
}

/** Whether readAsEnglish also guesses at a letter left out (set by search for its second try). */
let guessLeftOut = false;

/** Runs `f` with readAsEnglish guessing at a letter left out as well. */
export function guessingLeftOut<T>(f: () => T): T {
  guessLeftOut = true;
  try {
    return f();
  } finally {
    guessLeftOut = false;
  }
}

/** A word a letter left out is guessed to be is this common, or commoner ("switch" 4.4, not
 *  "stating" 3.3) ... */
const GUESSED_ZIPF = 4;
/** ... and a noun this common ("nothing" 5.9): no name is. */
const COMMONEST_ZIPF = 5.5;

/** An English word this common, or commoner, is what a misspelling one slip away means. */
const MEANT_ZIPF = 3;

/** Reads a word no dictionary has as the commonest English word one slip away: a letter typed twice
 *  ("raather", "whhat") or two letters swapped ("antyhing"). Only these slips: each candidate is a
 *  lookup in the lexicon file, and a letter left out or typed for another would take some 26
 *  lookups a letter (about 0.03 ms each). */
function readAsEnglish(index: SearchIndex, term: Term): void {
  const word = term.word;
  if (word.length < 5 || DIGITS().test(word)) return;
  const seen = new Set<string>();
  let best: { word: string; info: NonNullable<ReturnType<typeof lookupWord>> } | undefined;
  const consider = (candidate: string) => {
    if (seen.has(candidate)) return;
    seen.add(candidate);
    const info = lookupWord(candidate);
    if (info && info.zipf >= MEANT_ZIPF && (!best || info.zipf > best.info.zipf)) best = { word: candidate, info };
  };
  // (Not any letter dropped: "footy", a word for football the lexicon lacks, is no misspelt "foot".)
  for (let i = 1; i < word.length; i++) if (word[i] === word[i - 1]) consider(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i + 1 < word.length; i++) if (word[i] !== word[i + 1]) consider(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  // A letter left out ("swich", "somthing") only when the query found nothing as read (search's
  // second try): a guess of 26 words a letter meets names that no list has ("statins" would be
  // "stations", "carers" "careers") as often as slips, and where the query finds something anyway it
  // would only put a wrong word in the notice of what was corrected.
  // Only a common word (GUESSED_ZIPF), and no noun unless one of the commonest ("nothing"): a word
  // the corpus lacks is as often a name no list has, whose meaning a guess would change ("statin" as
  // "station" or "stating", "iphone" as "phone": review38); a slip is most often in a common word
  // ("swich", "somthing").
  if (!best && guessLeftOut) {
    readLexiconWhole();
    for (let i = 1; i <= word.length; i++) {
      for (let c = 97; c <= 122; c++) {
        const candidate = word.slice(0, i) + String.fromCharCode(c) + word.slice(i);
        const info = lookupWord(candidate);
        if (info && (info.zipf >= COMMONEST_ZIPF || (info.zipf >= GUESSED_ZIPF && (info.kind === undefined || info.kind === 'w')))) consider(candidate);
      }
    }
  }
  if (!best) return;
  term.correctedTo = best.word;
  term.stems = directStems(index, best.word, best.info.lemmas, best.info.zipf);
  term.weight = weightOf(best.info.zipf);
  term.zipf = best.info.zipf;
  term.kind = best.info.kind;
}

/** Whether a word the lexicon lacks is an inflected form of one it has ("binged" of binge, "vaped" of
 *  vape, "doomscrolling" of doomscroll): a real word, not a typo. The lexicon keeps the forms seen
 *  often enough; "binged" was corrected to "banged", a head injury (writer37's development set). */
export function inflectedWord(word: string): boolean {
  const real = (base: string) => base.length >= 3 && (lookupWord(base)?.zipf ?? 0) >= REAL_WORD_ZIPF;
  for (const ending of ['ing', 'ed', 'es', 's', 'd']) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const base = word.slice(0, -ending.length);
    if (real(base) || (ending !== 's' && ending !== 'd' && real(`${base}e`))) return true;
    // A consonant doubled before the ending ("stopped", "binning").
    if ((ending === 'ing' || ending === 'ed') && base.length >= 4 && base[base.length - 1] === base[base.length - 2] && real(base.slice(0, -1))) return true;
  }
  return false;
}

/** How common a number counts as: "I'm 45", "for 3 days", "Male, 52" tell the story, and a number
 *  read as a rare word (every word the lexicon lacks is one) outweighed the question beside it:
 *  "why does my neck go into spasm. It started 3 days ago." went to thermal's "for 3 to 4 days".
 *  Appending "It has been like this for 3 days." moved the first result of 207 of the 1,876 main
 *  queries answered right, 120 with this; "It started 3 days ago." 200 and 124 (2026-12-05). */
const NUMBER_ZIPF = 5;
/** Units a number may give a quantity in. */
const NUMBER_UNIT = /^(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|wks?|months?|times?)$/;

/** Weighs each number of the query as a common word, unless it gives a quantity in a unit the
 *  corpus gives it in too ("20 min at a time": "for 20 minutes"), the answer asked about. The unit
 *  is read after the number's first place in the query only. */
export function weighNumbers(index: SearchIndex, parsed: Term[], w: string[]): void {
  for (const t of parsed) {
    if (t.zipf !== undefined || !/^\d+$/.test(t.word)) continue;
    const unit = w[w.indexOf(t.word) + 1] ?? '';
    if (NUMBER_UNIT.test(unit) && corpusSays(index, ` ${t.word} ${unit.slice(0, 3)}`)) continue;
    t.zipf = NUMBER_ZIPF;
    t.weight = weightOf(NUMBER_ZIPF);
  }
}

/** Whether a section's body, folded, has `text`. */
function corpusSays(index: SearchIndex, text: string): boolean {
  return index.corpus.sections.some((s) => fold(s.body).includes(text));
}

/** Reads a misspelt word as its correction, exactly as if the correction had been typed. */
export function correct(index: SearchIndex, term: Term, options?: { maxDistance?: number; vocabularyOnly?: boolean; english?: boolean }): void {
  let to = closestWord(index, term.word, options);
  if (!to) return;
  // A corpus word that begins otherwise than the word typed is a poorer guess than a common English
  // word a vowel away that begins alike: "leve" is "leave", not the brand Aleve (review40: "how long
  // to leve an ice pakc on my nek" had said it showed results for 'aleve').
  // (`english`: with the word lists read, as a query of several words is.)
  if (options?.english && to[0] !== term.word[0] && term.word.length <= SHORT_SLIP) to = vowelSlip(term.word) ?? to;
  const info = lookupWord(to);
  term.correctedTo = to;
  term.stems = directStems(index, to, info?.lemmas ?? [], info?.zipf);
  term.weight = weightOf(info?.zipf);
  term.zipf = info?.zipf;
  term.kind = info?.kind;
}

/** The longest word whose corpus correction is checked against an English word a vowel away. */
const SHORT_SLIP = 6;
/** An English word this common is what a vowel slip means (vowelSlip): "leave" (5.7), "needed" (5.0);
 *  not "devil" (4.6), for "dvil" is Advil (review41). */
const VOWEL_SLIP_ZIPF = 5;
const VOWELS = 'aeiou';

/** The commonest English word (VOWEL_SLIP_ZIPF or commoner) a vowel left out away from a word,
 *  keeping its first letter ("leve" → leave): at most 30 lookups for a word of six letters, made
 *  only when the corpus's nearest word begins otherwise. (Not a vowel typed for another: "leve" would
 *  be "love", commoner than "leave".) */
function vowelSlip(word: string): string | undefined {
  let best: { word: string; zipf: number } | undefined;
  const consider = (candidate: string) => {
    const zipf = lookupWord(candidate)?.zipf;
    if (zipf !== undefined && zipf >= VOWEL_SLIP_ZIPF && (!best || zipf > best.zipf)) best = { word: candidate, zipf };
  };
  for (let i = 1; i <= word.length; i++) for (const v of VOWELS) consider(word.slice(0, i) + v + word.slice(i));
  return best?.word;
}

/** A query word this heavy, or heavier, names something (not "neck" or "pain", weighed as context). */
export const NAMES_WEIGHT = 0.3;

/** Every word of the query read as another, matched or not ("raather" as rather): how the query is
 *  spelt when searched again as meant (search). */
export function spelledAs(parsed: Term[]): Map<string, string> {
  return new Map(parsed.flatMap((t) => (t.correctedTo ? [[t.word, t.correctedTo] as const] : [])));
}

/** The query's words read as typos, each with the word it was read as ("ibuprofem" → ibuprofen). */
export function readAs(parsed: Term[]): Map<string, string> {
  return new Map(parsed.flatMap((t) => (t.correctedTo && t.stems.size > 0 ? [[t.word, t.correctedTo] as const] : [])));
}

/** Nouns as common as "day" or "time" (zipf 5.5 and up) are part of any story, not its subject. */
export const STORY_ZIPF = 5.5;

/** A query of this many words (not counting common ones) tells a story around its question. */
export const STORY_WORDS = 8;

/** A matched word this rare is specific enough to answer on ("ibuprofen", "physio"). */
export const SPECIFIC_ZIPF = 3;

/** A whole name of several words the query has together says more than its common words one by
 *  one: "stay in bed" counts as if its words were this rare (a weight, see weightOf). */
export const PHRASE_WEIGHT = 0.3;

/** Whether two words begin alike, as a typo and the word meant mostly do: the same first letter, or
 *  the first two swapped, or the first left out or doubled ("rbeathe", "reathe" for breathe). A word
 *  two edits from a corpus word that begins otherwise is not taken for it ("profen" is no "broken"). */
function sameStart(typed: string, word: string): boolean {
  return typed[0] === word[0] || typed[0] === word[1] || typed[1] === word[0];
}

/** Corpus words near the query's words, for "did you mean" when nothing matched: only for words
 *  that are not real English words ("stock" is not a misspelt "sick"), and only close ones. */
export function suggestWords(index: SearchIndex, parsed: Term[]): Correction[] {
  const out: Correction[] = [];
  for (const term of parsed) {
    if (term.word.length < 4 || (term.zipf !== undefined && term.zipf >= REAL_WORD_ZIPF)) continue;
    // Nor is a word the corpus has, if only in the drugs' notes ("dose" had been offered "does").
    if (findStem(index, stem(term.word)) >= 0) continue;
    const maxDistance = term.word.length <= 5 ? 1 : Math.max(2, Math.floor(term.word.length / 3));
    let best: { word: string; distance: number } | undefined;
    for (let i = 0; i < index.surface.length; i++) {
      const candidate = index.surface[i];
      // Never a word that weighs nothing in a query ("does", "would"): it would find nothing itself.
      if (!index.surfaceIsVocabulary[i] || candidate.length < 4 || STOP_WORDS.has(candidate)) continue;
      const distance = editDistance(term.word, candidate, maxDistance);
      if (distance <= maxDistance && (distance < 2 || sameStart(term.word, candidate)) && (!best || distance < best.distance)) best = { word: candidate, distance };
    }
    // A word the corpus has as it is ("nurofen" in an off-topic query) is no typo to correct.
    if (best && best.distance > 0) out.push({ from: term.word, to: best.word });
  }
  return out;
}
