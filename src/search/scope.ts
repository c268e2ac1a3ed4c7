// The corpus's scope (the parts of the body it is about, scopeOf) and the rules by which search
// finds a query about something else: a word said of another thing (ofAnother, inOtherSense,
// onlyModifiers, foreignPhrases), another kind of trouble or place (otherKindOfTrouble, otherPlace,
// thingAtPlace), words scattered over the corpus (scattered), an animal's trouble (animalHasIt), or
// the teller's job, home or meal (saidAsJob, mealTime). search() gives the verdict.

import type { SearchIndex } from './search-index.js';
import { isPhrase, lookupWord } from './lexicon.js';
import { EVENT_SPAN, EVENT_WHEN, hasDigit, WEEKDAYS } from './query.js';
import { testIfCan } from './machine-code.js';
import { STOP_WORDS } from './stop-words.js';
import type { Term } from './query-words.js';
import { fold, stem, words } from '../util/text.js';

// The word lists search.ts reads too (DETERMINERS(), OWN(), RELATIONS(), AT_PLACE(), PLACE_PARTS())
// are made when first used, as the build makes a module's own lists and patterns
// (build/lazy-patterns.mjs) but not those other modules import: made at load, they cost `search
// ibuprofen` 3.1 M instructions (a scavenge).

/** An unmatched thing of its own this rare, beside only a part of the body in scope, is the trouble
 *  itself ("sunburn" 2.8, "eczema"); a commoner one may be a form of a treatment ("spray" 4.0 of "deep
 *  freeze spray on my neck") or part of the sentence ("till" of "till it's better"). */
export const OTHER_TROUBLE_ZIPF = 3.5;

/** A word this long that no word list has is a name, not a slip of the keyboard (see thingOf). */
export const NAME_LENGTH = 8;

/** Words that may stand between "for" and what something is for ("for my dog"). */
let determiners: Set<string> | undefined;
export const DETERMINERS = (): ReadonlySet<string> => (determiners ??= new Set(['a', 'an', 'the', 'my', 'your', 'his', 'her', 'our', 'their', 'its']));

/** Words after a name that say the trouble is its own: "my dog's neck", "my cat has a stiff neck". */
const HAS_WORDS = new Set(['s', 'has', 'had', 'have', 'is', 'was', 'keeps', 'kept', 'seems', 'with', 'got',
  // "my dog ate two ibuprofen": what an animal swallowed is its own trouble.
  'ate', 'eaten', 'swallowed', 'chewed', 'licked']);
/** Words before a name that say something is for it: "give my cat ibuprofen". */
const GIVEN_TO = new Set(['for', 'give', 'gave', 'giving', 'to']);

/** Words for the body that name no place in it: a cramp "in a muscle" may be anywhere. */
export const GENERAL_BODY = new Set(['muscle', 'body', 'skin', 'nerve', 'joint', 'bone', 'tissue', 'tendon', 'ligament', 'blood'].map(stem));

const scopeCache = new WeakMap<SearchIndex, Scope | null>();
interface Scope {
  words: Set<string>;
  phrases: string[];
  /** The scope's otherSenses, each as its words: split when first asked for (senses()). */
  otherSenses: string[][] | undefined;
  /** The scope's otherSenses as they are written, joined: whether a word may be in one of them is
   *  asked of this, which makes nothing (splitting every name was 23 KB of young objects a query). */
  senseText: string;
}

/** The corpus's scope as stems of its one-word parts of the body and its phrases of several words;
 *  null for a corpus that names none (a custom corpus without a "scope"). */
export function scopeOf(index: SearchIndex): Scope | null {
  let scope = scopeCache.get(index);
  if (scope !== undefined) return scope;
  const body = index.corpus.scope?.body ?? [];
  const split = body.map((part) => words(part));
  scope = body.length === 0 ? null : {
    words: new Set(split.filter((w) => w.length === 1).map((w) => stem(w[0]))),
    phrases: split.filter((w) => w.length > 1).map((w) => w.join(' ')),
    otherSenses: undefined,
    senseText: (index.corpus.scope?.otherSenses ?? []).join('|').toLowerCase(),
  };
  scopeCache.set(index, scope);
  return scope;
}

/** The scope's otherSenses, each as its words (names of one word mean nothing apart). */
export function senses(scope: Scope): string[][] {
  return (scope.otherSenses ??= scope.senseText.split('|').map((name) => words(name)).filter((w) => w.length > 1));
}

// The rules below are functions of their own, compiled only for a query that reaches them.

/** Whether every word the corpus has (said[i]) only says what kind of another thing the query is
 *  about: it stands before a noun the corpus lacks, the head of the name ("heated blanket"), past
 *  other words the corpus has ("sports massage course"). w: the query's words, stop words too. */
export function onlyModifiers(parsed: Term[], w: string[], said: boolean[], anyMatch: (t: number) => boolean): boolean {
  const termAt = (k: number) => parsed.findIndex((t) => t.word === w[k]);
  const modifiesOther = (i: number) => w.some((x, k) => {
    if (x !== parsed[i].word) return false;
    let m = k + 1;
    while (m < w.length && termAt(m) >= 0 && anyMatch(termAt(m))) m++;
    for (; m < w.length && termAt(m) >= 0 && !anyMatch(termAt(m)); m++) {
      // When it happened ends the name: "a car crash last month" is no kind of month.
      if (WHEN_NOUNS.has(w[m]) || TIME_NAMES.has(w[m])) return false;
      // Nor does a word that judges or asks ("is ice ok", "a heat pack good enough"), one that
      // says where it goes ("switch back to ice"), or the time after ("spinal fusion recovery"):
      // the lexicon calls "ok" and "back" nouns, and these made plain questions find nothing (trial18).
      if (NO_HEAD.has(w[m])) return false;
      // A word that weighs nothing (the teller's "Male, 52") is no head of a name.
      const { kind, weight } = parsed[termAt(m)];
      if (weight > 0 && (kind === 'n' || kind === 'p' || kind === 's' || kind === 'a')) return true;
    }
    return false;
  });
  return said.some(Boolean) && said.every((m, i) => !m || modifiesOther(i));
}

/** Whether the nouns the query says (`counts`) that the corpus has are each in a different section
 *  and none in one with another, with no trouble named whole and at most one treatment (see its use
 *  in search). A noun right before another word the corpus has whole modifies it ("sports massage");
 *  a job or a pastime ("I play rugby") is the teller's life. */
export function scattered(parsed: Term[], w: string[], counts: (i: number) => boolean, best: number[][], fullTerm: boolean[][], troubleSection: (k: number) => boolean): boolean {
  const matched = (i: number) => best.some((row) => row[i] > 0);
  const said = parsed.map((t, i) => counts(i) && t.weight > 0 && matched(i) && t.word.length > 2 && t.kind !== 'w' && (t.zipf ?? 0) < SCATTERED_ZIPF
    && !w.some((x, k) => x === t.word && (saidAsJob(w, k) || parsed.some((u, j) => j !== i && u.word === w[k + 1] && fullTerm.some((row) => row[j])))));
  if (said.filter(Boolean).length < 2) return false;
  let treatments = 0;
  for (let i = 0; i < parsed.length; i++) {
    if (!said[i]) continue;
    if (fullTerm.some((row, k) => row[i] && troubleSection(k))) return false;
    if (fullTerm.some((row, k) => row[i] && !troubleSection(k)) && ++treatments > 1) return false;
  }
  return !best.some((row) => row.filter((v, i) => said[i] && v > 0).length >= 2);
}

/** A noun this common ("week", "car") is part of any story: it scatters nothing (see scattered). */
const SCATTERED_ZIPF = 5;

/** Another kind of the trouble: a noun right before a word for the condition or a state the corpus
 *  has ("period pain", "sinus headache", "night cramps") says which pain, and it is not the neck's.
 *  The noun may be a word of the corpus elsewhere, in another sense ("a long period of bed rest"),
 *  but not a name of its own there (fullTerm: "whiplash pain") nor beside that word in one of its
 *  units ("chest pain", "jaw pain"). */
export function otherKindOfTrouble(parsed: Term[], w: string[], isContext: (t: Term) => boolean, anyMatch: (t: number) => boolean,
  fullTerm: boolean[][], unitScores: Map<number, number[]>, treatment: (t: number) => boolean): boolean {
  const termAt = (k: number) => parsed.findIndex((t) => t.word === w[k]);
  return w.some((_, k) => {
    const i = termAt(k);
    const j = termAt(k + 1);
    if (i < 0 || j < 0 || parsed[i].tried || !(isContext(parsed[j]) || (parsed[j].kind === 's' && anyMatch(j) && !treatment(j)))) return false;
    if (fullTerm.some((row) => row[i])) return false;
    for (const perTerm of unitScores.values()) if (perTerm[i] > 0 && perTerm[j] > 0) return false;
    const { kind, word } = parsed[i];
    // ... or a rare adjective the corpus lacks ("menstrual cramps"): common ones say how bad
    // ("severe cramp", "sudden spasm"), not which.
    return ((kind === 'n' || kind === 'p' || kind === 's' || kind === 'a' || kind === 'b') || (kind === 'w' && !anyMatch(i) && (parsed[i].zipf ?? 0) < RARE_KIND_ZIPF)) && !GENERAL_BODY.has(stem(word));
  });
}
/** An adjective this rare (Zipf) before the trouble's word names another kind of it (menstrual
 *  2.7; muscular 3.2 and severe 4.0 do not). */
const RARE_KIND_ZIPF = 3;

/** Whether the query names the last word of a part in scope with another word before it than the
 *  scope's ("lower back" where the scope has "upper back"): an adjective the corpus lacks, so
 *  another place. phrases: the scope's names of several words. */
export function otherPlace(parsed: Term[], w: string[], phrases: string[], anyMatch: (t: number) => boolean): boolean {
  return phrases.some((phrase) => {
    const parts = phrase.split(' ');
    const head = parts[parts.length - 1];
    return w.some((x, k) => {
      if (x !== head || k === 0 || w[k - 1] === parts[parts.length - 2] || (x === 'back' && adverbBack(w))) return false;
      const i = parsed.findIndex((t) => t.word === w[k - 1]);
      return i >= 0 && parsed[i].kind === 'w' && !anyMatch(i);
    });
  });
}

/** Words that start a question. */
const QUESTION_START = /^(?:what|how|when|should|can|could|is|are|do|does|did|will|would|any|which|why|where|who)\b/;

/** The sentence of a query of several sentences that asks: the last that ends in "?" or starts
 *  with a question word. */
export function askingSentence(query: string): string | undefined {
  const parts = query.split(/(?<=[.?!])\s+|\n+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  for (let k = parts.length - 1; k >= 0; k--) if (parts[k].endsWith('?') || QUESTION_START.test(fold(parts[k]))) return parts[k];
  return undefined;
}

/** Whether every word the corpus has (said[i]) stands in a name of several words that WordNet has
 *  and the corpus does not: one whose words the corpus never has together in a sentence or a name
 *  ("neck of the woods", "cold sore", "neck and neck"; not "neck brace", "pins and needles"). */
export function onlyInPhrases(phrases: { ids: number[] }[], said: boolean[]): boolean {
  if (!said.some(Boolean)) return false;
  const inside = new Set<number>();
  for (const { ids } of phrases) for (const i of ids) inside.add(i);
  return said.every((m, i) => !m || inside.has(i));
}

/** The names of several words in the query that WordNet has and the corpus does not (see
 *  onlyInPhrases), each holding a word the corpus has (said[i]): their words, and their terms. */
export function foreignPhrases(parsed: Term[], w: string[], said: boolean[], unitScores: Map<number, number[]>): { text: string; ids: number[] }[] {
  const out: { text: string; ids: number[] }[] = [];
  for (let k = 0; k < w.length; k++) {
    for (let n = Math.min(4, w.length - k); n >= 2; n--) {
      // Such a name never starts or ends with a stop word ("of" in "neck of the woods" is inside).
      if (STOP_WORDS.has(w[k]) || STOP_WORDS.has(w[k + n - 1])) continue;
      const span = w.slice(k, k + n);
      // A length of time ("two weeks", WordNet's fortnight) is when, never another subject (trial19:
      // "neck brace for two weeks" found nothing, "… three weeks" found the collar).
      if (span.slice(0, -1).every((x) => SPAN_NUMBERS.has(x) || hasDigit(x)) && WHEN_NOUNS.has(span[n - 1])) continue;
      const ids = span.map((x) => parsed.findIndex((t) => t.word === x));
      if (!ids.some((i) => i >= 0 && said[i])) continue;
      const last = stem(span[n - 1]);
      if (!isPhrase(span) && (last === span[n - 1] || !isPhrase([...span.slice(0, -1), last]))) continue;
      const distinct = [...new Set(ids.filter((i) => i >= 0))];
      if (distinct.length >= 2 && [...unitScores.values()].some((perTerm) => distinct.every((i) => perTerm[i] > 0))) continue;
      out.push({ text: span.join(' '), ids: distinct });
      k += n - 1;
      break;
    }
  }
  return out;
}

/** Numbers as words, and "a few" or "a couple of", before a length of time (foreignPhrases). */
const SPAN_NUMBERS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'few', 'couple', 'several', 'many']);

/** Whether every time the query says a word, it says it of another thing the corpus lacks: "of" a
 *  noun after a part of the body ("neck of femur", "neck of the bottle"), a noun right after
 *  another word ("stiff hoover brush", "tight budget") or a rare word right before it
 *  ("oesophageal spasm"). Such a noun is one the corpus has nowhere (WordNet's kinds: any noun
 *  but a body part, which after "of" counts too: "neck of femur"). A noun before a part is no sign: "guitar neck" is
 *  another thing's, "text neck" or "telly neck" the person's. Words in different clauses never
 *  stand together. */
export function ofAnother(parsed: Term[], clauses: string[][], i: number, anyMatch: (t: number) => boolean, senses: string[][]): boolean {
  const noun = (word: string | undefined, ofPart = false) => {
    if (word === undefined) return false;
    const j = parsed.findIndex((t) => t.word === word);
    const kind = j >= 0 ? parsed[j].kind : undefined;
    return (kind === 'n' || kind === 'p' || kind === 's' || kind === 'a' || (ofPart && kind === 'b')) && !anyMatch(j);
  };
  // A rare word the corpus lacks right before the trouble names whose it is: "oesophageal spasm",
  // "infantile spasms" (not "painful spasm", "sudden cramp": common words).
  const rareBefore = (word: string | undefined) => {
    const j = word === undefined ? -1 : parsed.findIndex((t) => t.word === word);
    if (j < 0 || anyMatch(j) || parsed[j].correctedTo !== undefined) return false;
    const { zipf } = parsed[j];
    return zipf === undefined ? word!.length >= NAME_LENGTH : zipf < OTHER_TROUBLE_ZIPF;
  };
  const part = parsed[i].kind === 'b';
  let seen = false;
  for (const w of clauses) {
    for (let k = 0; k < w.length; k++) {
      if (w[k] !== parsed[i].word) continue;
      seen = true;
      const of = part && w[k + 1] === 'of' && (noun(w[k + 2], true) || (DETERMINERS().has(w[k + 2]) && noun(w[k + 3], true)));
      // ... not a verb with its particle after the trouble: "the spasm flares up", "neck seizes up".
      if (!(of || (!part && ((noun(w[k + 1]) && !PARTICLES.has(w[k + 2])) || rareBefore(w[k - 1]))) || inOtherSense(w, k, senses))) return false;
    }
  }
  return seen;
}

/** Particles that make the word before them a verb ("flare up", "lock out", "wear off"). */
const PARTICLES = new Set(['up', 'off', 'out']);

/** Whether w[k] stands in one of the scope's other senses (Scope.otherSenses): the name's words
 *  around it, or for a name "X neck" also "neck of the X", "neck on my X" and "X's neck" (unless
 *  `exact`: the name's own words only). */
export function inOtherSense(w: string[], k: number, senses: string[][], exact = false): boolean {
  return senses.some((name) => name.some((word, j) => {
    if (word !== w[k]) return false;
    if (name.every((x, n) => w[k - j + n] === x)) return true;
    if (exact || name.length !== 2 || j !== 1) return false;
    const owner = name[0];
    const after = AT_PLACE().has(w[k + 1]) || w[k + 1] === 'of' ? (DETERMINERS().has(w[k + 2]) ? w[k + 3] : w[k + 2]) : undefined;
    return after === owner || (w[k - 1] === 's' && w[k - 2] === owner);
  }));
}

/** Verbs after which "in", "at" or "for" a place names where someone works ("work in a bakery"). */
const WORK_VERBS = new Set(['work', 'works', 'worked', 'working', 'teach', 'teaches', 'taught', 'teaching', 'job', 'shift', 'shifts', 'volunteer', 'volunteering']);

let own: Set<string> | undefined;
export const OWN = (): ReadonlySet<string> => (own ??= new Set(['my', 'our', 'his', 'her', 'their']));

/** Whether every "back" of the query's words is the adverb ("switch back to ice", "put it back on",
 *  "the spasm came back"), not the body's back ("my back", "lower back", "back pain"). */
export function adverbBack(w: string[]): boolean {
  return w.every((x, k) => x !== 'back' || (BACK_VERBS.has(w[k - 1] ?? '') || ((w[k + 1] === 'to' || w[k + 1] === 'on' || w[k + 1] === undefined) && !BACK_OWNERS.has(w[k - 1] ?? ''))));
}
const BACK_VERBS = new Set(['switch', 'switching', 'switched', 'go', 'going', 'went', 'gone', 'come', 'coming', 'came', 'comes', 'put', 'putting', 'get', 'getting', 'got', 'change', 'changing', 'changed', 'swap', 'swapping', 'swapped', 'move', 'moving', 'moved', 'turn', 'turning', 'turned', 'it', 'them', 'straight', 'way']);
const BACK_OWNERS = new Set(['my', 'your', 'his', 'her', 'their', 'our', 'the', 'a', 'lower', 'upper', 'bad', 'sore', 'middle', 'mid', 'of', 'and', 'in', 'into']);

/** Words that are never the head of a name whose kind the corpus's word tells (see onlyModifiers). */
const NO_HEAD = new Set(['worth', 'ok', 'okay', 'alright', 'fine', 'good', 'safe', 'bad', 'better', 'worse', 'best', 'enough', 'back', 'again', 'recovery', 'recovering', 'afterwards', 'idea']);
/** Nouns that say when, after the name of what happened ("a car crash last month", "rear-ended
 *  yesterday morning"). */
const WHEN_NOUNS = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'night', 'nights', 'morning', 'evening', 'afternoon', 'weekend', 'yesterday', 'today', 'tonight', 'ago']);
/** Days and months say when, never what a query is about ("I play rugby on Saturdays"). */
export const TIME_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap((w) => [w, `${w}s`]));
/** Verbs of a pastime ("I play the violin"). */
const PLAYS = new Set(['play', 'plays', 'played', 'playing']);
/** What one studies in ("a degree in maths") and verbs of studying ("I'm studying law"). */
const STUDIES = new Set(['degree', 'degrees', 'course', 'diploma', 'phd', 'masters', 'ba', 'bsc', 'msc', 'gcse', 'gcses', 'apprenticeship']);
const STUDYING = new Set(['studying', 'study', 'studies', 'studied', 'reading', 'doing', 'taking']);
const STARTED = new Set(['started', 'starting', 'finishing', 'finished', 'began', 'begun', 'in', 'on']);
/** The people of the teller's life whose jobs a story tells ("my wife is a hairdresser"). */
let relations: Set<string> | undefined;
export const RELATIONS = (): ReadonlySet<string> => (relations ??= new Set(['wife', 'husband', 'partner', 'son', 'daughter', 'mum', 'mom', 'mother', 'dad', 'father', 'brother', 'sister', 'boyfriend', 'girlfriend', 'friend', 'flatmate']));
/** Verbs before "in", "to" or "near" a place where someone lives ("live in Leeds", "moved to Spain"). */
const HOME_VERBS = new Set(['live', 'lives', 'living', 'lived', 'moved', 'move', 'moving', 'based', 'born', 'raised']);
/** When someone works, between WORK_VERBS and the place ("work nights in a warehouse"). */
const WORK_TIMES = new Set(['nights', 'days', 'lates', 'earlies', 'weekends', 'shifts', 'evenings', 'mornings', 'nightshifts', 'overtime']);
/** Who works, before WORK_VERBS ("I", "I'm", "my", "she's"). */
const WORKER = new Set(['i', 'm', 'we', 're', 'he', 'she', 's', 'they', 'you', 'my', 'his', 'her', 'our', 'their', 'your']);

/** Whether w[k] names a job, a workplace, a pastime or a home town: after "I'm a", "I am a", "as a", "work in/at/for a",
 *  "I play (the)", "live in", "moved to" or "I'm from",
 *  with at most one word between the determiner and it ("a keen cyclist", "a primary school"). */
export function saidAsJob(w: string[], k: number): boolean {
  // "I play rugby", "she plays the cello": a pastime, told as a job is.
  if (PLAYS.has(w[k - 1]) && WORKER.has(w[k - 2])) return true;
  // "I live in Leeds", "we moved to Cardiff", "I'm from Glasgow": where the teller lives.
  if (((w[k - 1] === 'in' || w[k - 1] === 'to' || w[k - 1] === 'near') && HOME_VERBS.has(w[k - 2])) || (w[k - 1] === 'from' && (w[k - 2] === 'm' || w[k - 2] === 'am' || w[k - 2] === 're'))) return true;
  // "doing a degree in maths", "a course in accountancy", "studying law": what someone studies.
  if ((w[k - 1] === 'in' && STUDIES.has(w[k - 2])) || (STUDYING.has(w[k - 1]) && (WORKER.has(w[k - 2]) || w[k - 2] === 'am'))) return true;
  // ... and the studies themselves ("doing a degree", "started my masters").
  if (STUDIES.has(w[k]) && (STUDYING.has(w[k - 1]) || STUDYING.has(w[k - 2]) || STARTED.has(w[k - 2]))) return true;
  // "I have a job interview tomorrow", "got a wedding on Saturday", "we've a big meeting later": an
  // event of the teller's week.
  if (EVENT_WHEN.has(w[k + 1]) || (w[k + 1] === 'on' && WEEKDAYS.has(w[k + 2])) || ((w[k + 1] === 'next' || w[k + 1] === 'this') && EVENT_SPAN.has(w[k + 2]))) {
    const at = DETERMINERS().has(w[k - 1]) ? k - 1 : DETERMINERS().has(w[k - 2]) ? k - 2 : -1;
    // An illness or a part of the body is no event: "I've got a migraine tonight" (review15 finding 13).
    const kind = at > 0 ? lookupWord(w[k])?.kind : undefined;
    if (at > 0 && (w[at - 1] === 'have' || w[at - 1] === 'got' || w[at - 1] === 've') && kind !== 's' && kind !== 'b') return true;
  }
  // "I'm a 30 year old nurse", "as a 45yo builder": an age between the determiner and the job.
  const aged = w[k - 1] === 'old' && (w[k - 2] === 'year' || w[k - 2] === 'years') && /^\d+$/.test(w[k - 3] ?? '') ? 3 : testIfCan(/^\d+yo$/, w[k - 1] ?? '') ? 1 : 0;
  const d = k - aged;
  const j = DETERMINERS().has(w[d - 1]) ? d - 1 : DETERMINERS().has(w[d - 2]) ? d - 2 : -1;
  if (j < 1) return false;
  const [a, b, c] = [w[j - 1], w[j - 2], w[j - 3]];
  // "in a …" after a person's work ("I work in", "my job at"), not a thing's ("not working in the fridge").
  // "training to be a nurse", "want to become an accountant": a job to come is told as one is.
  // ... "I work nights in a warehouse": when, between the verb and the place.
  const at = a === 'in' || a === 'at' || a === 'for';
  // "my wife is a hairdresser", "she's a nurse": someone's job is told as one's own is.
  return a === 'as' || a === 'im' || (b === 'i' && (a === 'm' || a === 'am')) || ((a === 'is' || a === 's') && ((OWN().has(c) && RELATIONS().has(b)) || (WORKER.has(b) && b !== 'my'))) || (at && WORK_VERBS.has(b) && WORKER.has(c))
    || (at && WORK_TIMES.has(b) && WORK_VERBS.has(c) && WORKER.has(w[j - 4]))
    || (a === 'be' && b === 'to') || a === 'become' || a === 'becoming'
    || (PLAYS.has(a) && WORKER.has(b));
}

/** Whether an animal the corpus never names is the one that has the trouble ("my dog's neck", "my
 *  cat has a stiff neck", "its head") or is given something ("give my cat ibuprofen"), and the
 *  person does not say the trouble is their own ("my neck", "me"). isPart: a word for the body or
 *  the condition. */
export function animalHasIt(parsed: Term[], w: string[], anyMatch: (t: number) => boolean, isPart: (t: Term) => boolean, whole: string[] = w): boolean {
  const partAt = (k: number, words = w) => k < words.length && parsed.some((t) => t.word === words[k] && isPart(t));
  const own = whole.some((x, k) => x === 'me' || x === 'myself' || (x === 'my' && (partAt(k + 1, whole) || partAt(k + 2, whole))));
  const animalAt = (k: number) => parsed.some((t, i) => t.kind === 'a' && t.word === w[k] && !anyMatch(i));
  // "his neck", "her head" beside an animal, with no person named: the animal's ("dog collar too
  // tight on his neck").
  const person = parsed.some((t) => t.kind === 'p');
  const owns = w.some((_, k) => animalAt(k) && (
    HAS_WORDS.has(w[k + 1]) || partAt(k + 1) || ANIMAL_TROUBLE.has(w[k + 1])
    || GIVEN_TO.has(w[k - 1]) || (DETERMINERS().has(w[k - 1]) && GIVEN_TO.has(w[k - 2]))))
    || w.some((x, k) => (x === 'its' || (!person && (x === 'his' || x === 'her') && w.some((_, j) => animalAt(j)))) && (partAt(k + 1) || partAt(k + 2)));
  return owns && !own;
}

/** How an animal is said to have the trouble right after its name: "horse stiff in the neck",
 *  "dog limping and sore". */
const ANIMAL_TROUBLE = new Set(['stiff', 'sore', 'lame', 'limping', 'hurt', 'hurting', 'injured', 'twisted', 'wry', 'stuck', 'locked', 'swollen', 'yelps', 'yelping', 'whimpers', 'whimpering']);

/** Words that put a thing at a place: "glands in my neck", "a lump on the side of my neck". */
let atPlace: Set<string> | undefined;
export const AT_PLACE = (): ReadonlySet<string> => (atPlace ??= new Set(['in', 'on', 'under', 'behind', 'at', 'down']));

/** Where on a part: "the side of", "the back of". */
let placeParts: Set<string> | undefined;
export const PLACE_PARTS = (): ReadonlySet<string> => (placeParts ??= new Set(['side', 'back', 'front', 'base', 'left', 'right', 'top', 'bottom', 'nape']));

/** Whether the query has a word that `other` accepts just before a place in scope ("glands in my
 *  neck", "bite on the side of my neck"): the thing at the place, not the place, is its subject. */
export function thingAtPlace(parsed: Term[], raw: string[], other: (t: number) => boolean, matched: (t: number) => boolean, inScope: (t: Term) => boolean): boolean {
  const termAt = (w: string) => parsed.findIndex((t) => t.word === w);
  for (let k = 1; k < raw.length - 1; k++) {
    if (!AT_PLACE().has(raw[k])) continue;
    const t = termAt(raw[k - 1]);
    if (t < 0 || !other(t)) continue;
    // A form of something the query names ("freeze spray", "heat rub") is that thing.
    if (k >= 2 && matched(termAt(raw[k - 2]))) continue;
    // After the word of place: determiners, "side of", then the part itself.
    let j = k + 1;
    while (j < raw.length && (DETERMINERS().has(raw[j]) || PLACE_PARTS().has(raw[j]) || raw[j] === 'of')) j++;
    const part = j < raw.length ? termAt(raw[j]) : -1;
    if (part >= 0 && inScope(parsed[part])) return true;
  }
  return false;
}

/** Whether every time the query says a meal it says when ("on my lunch break", "after dinner"). */
export function mealTime(w: string[], word: string): boolean {
  return MEALS.has(word) && w.every((x, k) => x !== word || MEAL_AFTER.has(w[k + 1]) || MEAL_BEFORE.has(w[k - 1]));
}
const MEALS = new Set(['breakfast', 'lunch', 'dinner', 'tea', 'supper', 'lunchtime', 'teatime', 'dinnertime']);
const MEAL_AFTER = new Set(['break', 'breaks', 'time', 'hour']);
const MEAL_BEFORE = new Set(['at', 'after', 'before', 'during', 'over', 'by', 'till', 'until', 'since']);

/** Whether every time the query says `word` it gives a reason ("because of my stomach ulcer", "due
 *  to my kidneys", "as my stomach can't take it"), not where it hurts. */
export function saidAsReason(w: string[], word: string): boolean {
  return w.every((x, k) => x !== word || REASON_BEFORE.some((r) => w.slice(Math.max(0, k - 4), k).join(' ').includes(r)));
}
const REASON_BEFORE = ['because of', 'due to', 'because my', 'as my', 'cos of', 'cause of'];
