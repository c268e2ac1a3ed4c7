// Whether a query is about something else than the corpus: its scope (the parts of the body it is
// about, scopeOf), the verdict search() asks for (offTopicVerdict, at the end), and the rules it is
// given by: a word said of another thing (ofAnother, inOtherSense, onlyModifiers, foreignPhrases),
// another kind of trouble or place (otherKindOfTrouble, otherPlace, thingAtPlace), words scattered
// over the corpus (scattered), an animal's trouble (animalHasIt), the teller's job, home or meal
// (saidAsJob, mealTime).

import type { SearchIndex } from './search-index.js';
import { isPhrase, lookupWord } from './lexicon.js';
import { EVENT_SPAN, EVENT_WHEN, hasDigit, WEEKDAYS, type ReadQuery } from './query.js';
import { native, testIfCan, testNative } from './machine-code.js';
import { warm } from './warm.js';
import { STOP_WORDS } from './stop-words.js';
import { inflectedWord, SPECIFIC_ZIPF, STORY_WORDS, STORY_ZIPF, type Term } from './query-words.js';
import { causeUnits, conditionUnits, drugTextSays, groupOf, groupOfUnit, namesASection, namesTreatment, TERM, unitText, urgentUnits } from './units.js';
import { otherCauseTold, urgentWhole } from './warning-signs.js';
import { fold, stem, words } from '../util/text.js';

// The word lists and patterns search.ts reads too (DETERMINERS(), OWN(), RELATIONS(), PLACE_PARTS(),
// ASKS_PRECISELY(), CLAUSE()) are made when first used, as the build makes a module's own lists and patterns
// (build/lazy-patterns.mjs) but not those other modules import: made at load, they cost `search
// ibuprofen` 3.1 M instructions (a scavenge).

/** An unmatched thing of its own this rare, beside only a part of the body in scope, is the trouble
 *  itself ("sunburn" 2.8, "eczema"); a commoner one may be a form of a treatment ("spray" 4.0 of "deep
 *  freeze spray on my neck") or part of the sentence ("till" of "till it's better"). */
const OTHER_TROUBLE_ZIPF = 3.5;

/** A word this long that no word list has is a name, not a slip of the keyboard (see thingOf). */
const NAME_LENGTH = 8;

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
const GENERAL_BODY = new Set(['muscle', 'body', 'skin', 'nerve', 'joint', 'bone', 'tissue', 'tendon', 'ligament', 'blood'].map(stem));

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
function onlyModifiers(parsed: Term[], w: string[], said: boolean[], anyMatch: (t: number) => boolean): boolean {
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
      if (NO_HEAD.has(w[m]) || JUDGING.has(w[m])) return false;
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

/** Whether query word j matches a name of a cause of the trouble whole (causeUnits: "whiplash"). */
function namesCause(index: SearchIndex, unitScores: Map<number, number[]>, j: number): boolean {
  for (const [unitId, perTerm] of unitScores) {
    if (!(perTerm[j] > 0) || index.unitKind[unitId] !== TERM || index.unitSize[unitId] !== 1) continue;
    const s = index.unitSection[unitId];
    if (causeUnits(index.corpus.sections[s])?.[unitId - index.sectionFirstUnit[s]]) return true;
  }
  return false;
}

/** Verbs of a fall, and the words that say what from ("fell off a ladder", "slipped down the stairs"). */
const FELL = new Set(['fell', 'fall', 'falling', 'fallen', 'falls', 'slipped', 'slipping', 'tumbled', 'toppled', 'tripped', 'came', 'come', 'thrown', 'knocked']);
const FELL_FROM = new Set(['off', 'from', 'down', 'out', 'over']);
/** Whether every place the query says `word`, it is what the person fell from ("how long should i
 *  rest, i fell off a ladder": the ladder is where the story happened, not its subject; review27 a2):
 *  a fall's verb, then off/from/down/out/over, then at most two words (an owner, "the", "of"). */
function fellFrom(w: string[], word: string): boolean {
  let seen = false;
  for (let k = 0; k < w.length; k++) {
    if (w[k] !== word) continue;
    seen = true;
    let j = k - 1;
    while (j >= k - 3 && j >= 1 && !FELL_FROM.has(w[j])) j--;
    if (!(j >= 1 && FELL_FROM.has(w[j]) && FELL.has(w[j - 1]))) return false;
  }
  return seen;
}

/** A noun this common ("week", "car") is part of any story: it scatters nothing (see scattered). */
const SCATTERED_ZIPF = 5;

/** Another kind of the trouble: a noun right before a word for the condition or a state the corpus
 *  has ("period pain", "sinus headache", "night cramps") says which pain, and it is not the neck's.
 *  The noun may be a word of the corpus elsewhere, in another sense ("a long period of bed rest"),
 *  but not a name of its own there (fullTerm: "whiplash pain") nor beside that word in one of its
 *  units ("chest pain", "jaw pain"). */
function otherKindOfTrouble(parsed: Term[], w: string[], isContext: (t: Term) => boolean, anyMatch: (t: number) => boolean,
  fullTerm: boolean[][], unitScores: Map<number, number[]>, treatment: (t: number) => boolean, cause: (t: number) => boolean, partOfOurs: (t: number) => boolean,
  caution: (t: number) => boolean, sideEffect: (word: string) => boolean): boolean {
  const termAt = (k: number) => parsed.findIndex((t) => t.word === w[k]);
  return w.some((_, k) => {
    const i = termAt(k);
    const j = termAt(k + 1);
    if (i < 0 || j < 0 || parsed[i].tried || !(isContext(parsed[j]) || (parsed[j].kind === 's' && anyMatch(j) && !treatment(j)))) return false;
    // A side effect told of a medicine the query names ("naproxen gives me stomach cramps",
    // "ibuprofen makes my tummy hurt") is the medicine's question, not another trouble.
    if (sideEffect(w[k]) && sideEffect(w[k + 1])) return false;
    // A noun before a cause the corpus names ("crashed my car, whiplash"; "rugby whiplash") says
    // what brought it about, not another kind of trouble (review27 a2).
    if (cause(j)) return false;
    // Nor is a part the corpus names beside another word of the query, in a query that names a
    // warning sign whole ("heart attack, my arm and jaw hurt": the heart attack's pain that spreads
    // to an arm or the jaw; review28 M7; not "elbow hurts and my arm is sore").
    if (parsed[i].kind === 'b' && partOfOurs(i)) return false;
    // "a bit tight", "a touch stiff": how much, not which; so does a number ("two glasses of wine").
    if ((w[k - 1] === 'a' && DEGREE.has(w[k])) || SPAN_NUMBERS.has(w[k]) || DIGITS_ONLY.test(w[k])) return false;
    // A condition the person has that the drugs' notes name as a caution, beside a medicine the query
    // names and not as what the medicine is for ("is diclofenac safe if I have heart problems": the
    // notes' heart disease; not "aspirin for heart problems"), is the medicine's question; a symptom
    // ("stomach pain") is still another trouble.
    if (HAS_CONDITION.has(w[k + 1]) && caution(i)) return false;
    // "my dads muscle spasms": whose, with the apostrophe left out (it found nothing, as "my dad's"
    // did not), not which kind.
    if (parsed[i].kind === 'p' && OWN().has(w[k - 1])) return false;
    // A trouble of the neck alone ("office crick", "laptop crick"): the noun before it says where or
    // why, as no other kind of crick exists (review44: 20 such queries found nothing).
    if (NECK_ONLY.has(w[k + 1])) return false;
    // "mums muscle relaxants": the trouble's word begins a treatment's name the corpus has whole.
    const after = termAt(k + 2);
    if (after >= 0 && treatment(after)) for (const perTerm of unitScores.values()) if (perTerm[j] > 0 && perTerm[after] > 0) return false;
    if (fullTerm.some((row) => row[i])) return false;
    for (const perTerm of unitScores.values()) if (perTerm[i] > 0 && perTerm[j] > 0) return false;
    const { kind, word } = parsed[i];
    // ... or a rare adjective the corpus lacks ("menstrual cramps"): common ones say how bad
    // ("severe cramp", "sudden spasm"), not which.
    return ((kind === 'n' || kind === 'p' || kind === 's' || kind === 'a' || kind === 'b') || (kind === 'w' && !anyMatch(i) && (parsed[i].zipf ?? 0) < RARE_KIND_ZIPF)) && !GENERAL_BODY.has(stem(word));
  });
}
const DIGITS_ONLY = /^\d+$/;
/** Words for a trouble of the neck alone: WordNet's crick is "a painful muscle spasm especially in
 *  the neck or back". */
const NECK_ONLY = new Set(['crick', 'cricks', 'torticollis', 'wryneck']);
/** Verbs before "with" that say what a medicine is for ("help with heart problems"). */
const HELP_WORDS = new Set(['help', 'helps', 'helping', 'helped', 'work', 'works', 'deal', 'cope']);
/** Words that say a condition someone has, after the part it is of ("heart problems", "kidney disease"). */
const HAS_CONDITION = new Set(['problem', 'problems', 'issue', 'issues', 'disease', 'trouble', 'troubles', 'condition', 'failure']);
/** Nouns that say how much after "a" ("a bit tight", "a touch stiff"), not which kind of trouble. */
const DEGREE = new Set(['bit', 'touch', 'tad', 'lot', 'little', 'wee', 'smidge', 'smidgen', 'fair']);
/** An adjective this rare (Zipf) before the trouble's word names another kind of it (menstrual
 *  2.7; muscular 3.2 and severe 4.0 do not). */
const RARE_KIND_ZIPF = 3;

/** Whether the query names the last word of a part in scope with another word before it than the
 *  scope's ("lower back" where the scope has "upper back"): an adjective the corpus lacks, so
 *  another place. phrases: the scope's names of several words. */
function otherPlace(parsed: Term[], w: string[], phrases: string[], anyMatch: (t: number) => boolean): boolean {
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
function askingSentence(query: string): string | undefined {
  const parts = query.split(/(?<=[.?!])\s+|\n+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  for (let k = parts.length - 1; k >= 0; k--) if (parts[k].endsWith('?') || QUESTION_START.test(fold(parts[k]))) return parts[k];
  return undefined;
}

/** Whether every word the corpus has (said[i]) stands in a name of several words that WordNet has
 *  and the corpus does not: one whose words the corpus never has together in a sentence or a name
 *  ("neck of the woods", "cold sore", "neck and neck"; not "neck brace", "pins and needles"). */
function onlyInPhrases(phrases: { ids: number[] }[], said: boolean[]): boolean {
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
function ofAnother(parsed: Term[], clauses: string[][], i: number, anyMatch: (t: number) => boolean, senses: string[][]): boolean {
  const noun = (word: string | undefined, ofPart = false) => {
    if (word === undefined) return false;
    const j = parsed.findIndex((t) => t.word === word);
    const kind = j >= 0 ? parsed[j].kind : undefined;
    return (kind === 'n' || kind === 'p' || kind === 's' || kind === 'a' || (ofPart && kind === 'b')) && !anyMatch(j);
  };
  // Any word of the query the corpus lacks (a feeling after "a twinge of": "regret", "conscience").
  const unmatched = (word: string | undefined) => {
    const j = word === undefined ? -1 : parsed.findIndex((t) => t.word === word);
    return j >= 0 && !anyMatch(j) && parsed[j].correctedTo === undefined;
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
  // "Of" a noun after a part ("neck of femur"), or of a word the corpus lacks after a trouble ("a
  // twinge of guilt", "a twinge of regret", "a spasm of the oesophagus"; not "a twinge of pain",
  // whose word the corpus has).
  const ofWord = (word: string | undefined) => (part ? noun(word, true) : unmatched(word));
  let seen = false;
  for (const w of clauses) {
    for (let k = 0; k < w.length; k++) {
      if (w[k] !== parsed[i].word) continue;
      seen = true;
      const of = w[k + 1] === 'of' && (ofWord(w[k + 2]) || (DETERMINERS().has(w[k + 2]) && ofWord(w[k + 3])));
      // ... not a verb with its particle after the trouble ("the spasm flares up", "neck seizes up",
      // "once the stiffness calms down") nor its verb after it as its subject ("the spasm calms"):
      // WordNet's commonest sense of "calms" is a noun.
      // (A trouble of the neck alone names no other thing's with a word beside it: "torticollis baby".)
      if (!(of || (!part && !NECK_ONLY.has(w[k]) && ((noun(w[k + 1]) && !PARTICLES.has(w[k + 2]) && !(parsed[i].kind !== 'w' && itsVerb(w, k))) || rareBefore(w[k - 1]))) || inOtherSense(w, k, senses))) return false;
    }
  }
  return seen;
}

/** Particles that make the word before them a verb ("flare up", "lock out", "wear off", "calm down",
 *  "go away"). */
const PARTICLES = new Set(['up', 'off', 'out', 'down', 'away']);

/** Whether w[k + 1] may be the verb of w[k], a singular noun after a determiner: "the spasm calms",
 *  "my cramp eases" (a singular verb ends in s; not a plural noun such as "the spasms clinics"). The
 *  caller asks it only of a noun: "the tight budgets" has no subject. */
function itsVerb(w: string[], k: number): boolean {
  const verb = w[k + 1];
  return DETERMINERS().has(w[k - 1]) && !w[k].endsWith('s') && verb.length > 3 && verb.endsWith('s') && !verb.endsWith('ss') && !verb.endsWith('us');
}

/** Whether w[k] stands in one of the scope's other senses (Scope.otherSenses): the name's words
 *  around it, or for a name "X neck" also "neck of the X", "neck on my X" and "X's neck" (unless
 *  `exact`: the name's own words only). */
export function inOtherSense(w: string[], k: number, senses: string[][], exact = false): boolean {
  if (warm()) return inOtherSenseKept(w, k, senses, exact);
  return senses.some((name) => name.some((word, j) => word === w[k] && inSense(w, k, name, j, exact)));
}

/** inOtherSense once a process searches again (warm.ts): each list of names looked up by word, not walked. */
function inOtherSenseKept(w: string[], k: number, senses: string[][], exact: boolean): boolean {
  let byWord = (sensesByWord ??= new WeakMap()).get(senses);
  if (!byWord) {
    byWord = new Map();
    for (const name of senses) {
      for (let j = 0; j < name.length; j++) {
        const list = byWord.get(name[j]);
        if (list) list.push([name, j]);
        else byWord.set(name[j], [[name, j]]);
      }
    }
    sensesByWord.set(senses, byWord);
  }
  return byWord.get(w[k])?.some(([name, j]) => inSense(w, k, name, j, exact)) ?? false;
}
let sensesByWord: WeakMap<string[][], Map<string, [string[], number][]>> | undefined;

/** Whether w[k], the j-th word of the name, stands in it (inOtherSense). */
function inSense(w: string[], k: number, name: string[], j: number, exact: boolean): boolean {
  if (name.every((x, n) => w[k - j + n] === x)) return true;
  if (exact || name.length !== 2 || j !== 1) return false;
  const owner = name[0];
  const after = AT_PLACE.has(w[k + 1]) || w[k + 1] === 'of' ? (DETERMINERS().has(w[k + 2]) ? w[k + 3] : w[k + 2]) : undefined;
  return after === owner || (w[k - 1] === 's' && w[k - 2] === owner);
}

/** Verbs after which "in", "at" or "for" a place names where someone works ("work in a bakery"). */
const WORK_VERBS = new Set(['work', 'works', 'worked', 'working', 'teach', 'teaches', 'taught', 'teaching', 'job', 'shift', 'shifts', 'volunteer', 'volunteering']);

let own: Set<string> | undefined;
export const OWN = (): ReadonlySet<string> => (own ??= new Set(['my', 'our', 'his', 'her', 'their']));

/** Whether every "back" of the query's words is the adverb ("switch back to ice", "put it back on",
 *  "the spasm came back"), not the body's back ("my back", "lower back", "back pain"). */
function adverbBack(w: string[]): boolean {
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
  // "I'm in Dublin", "im in london", "we're in Canada", "here in Texas": where the teller is (a word
  // the corpus lacks: "I'm in agony" or "in bed" are its own).
  if (w[k - 1] === 'in' && (w[k - 2] === 'im' || w[k - 2] === 'here' || ((w[k - 2] === 'm' || w[k - 2] === 'am') && w[k - 3] === 'i') || (w[k - 2] === 're' && w[k - 3] === 'we'))) return true;
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
function animalHasIt(parsed: Term[], w: string[], anyMatch: (t: number) => boolean, isPart: (t: Term) => boolean, whole: string[] = w): boolean {
  const partAt = (k: number, words = w) => k < words.length && parsed.some((t) => t.word === words[k] && isPart(t));
  const own = whole.some((x, k) => x === 'me' || x === 'myself' || (x === 'my' && (partAt(k + 1, whole) || partAt(k + 2, whole))));
  // Not an animal the person fell off, was thrown from or bitten by ("fell off a horse, neck hurts",
  // "bitten by a dog, stiff neck and fever": the person's trouble, review26; they had found nothing).
  const cause = (k: number) => FROM_ANIMAL.has(w[k - 1]) || (DETERMINERS().has(w[k - 1]) && FROM_ANIMAL.has(w[k - 2]));
  // Nor an animal's name said of a person, after a verb of being or a word of degree ("she's been
  // really grizzly": British for whiny; review48, a feverish toddler's story found nothing).
  const animalAt = (k: number) => !cause(k) && !SAID_OF.has(w[k - 1]) && parsed.some((t, i) => t.kind === 'a' && t.word === w[k] && !anyMatch(i));
  // "his neck", "her head" beside an animal, with no person named: the animal's ("dog collar too
  // tight on his neck").
  const person = parsed.some((t) => t.kind === 'p');
  const owns = w.some((_, k) => animalAt(k) && (
    HAS_WORDS.has(w[k + 1]) || partAt(k + 1) || ANIMAL_TROUBLE.has(w[k + 1])
    || GIVEN_TO.has(w[k - 1]) || (DETERMINERS().has(w[k - 1]) && GIVEN_TO.has(w[k - 2]))))
    || w.some((x, k) => (x === 'its' || (!person && (x === 'his' || x === 'her') && w.some((_, j) => animalAt(j)))) && (partAt(k + 1) || partAt(k + 2)));
  return owns && !own;
}

/** Words before an animal's name that make it said of someone: "is grizzly", "so catty". */
const SAID_OF = new Set(['is', 'was', 'been', 'being', 'really', 'very', 'so', 'quite', 'bit', 'getting', 'gets', 'got', 'feeling', 'feels', 'felt', 'seems', 'seemed', 'looks', 'looked', 'extra', 'super']);
/** Words before an animal that make it what hurt the person, or what the person was busy with when
 *  hurt: "fell off a horse", "thrown from", "kicked by", "bitten by", "tripped over the dog", "fell
 *  off my bike avoiding a dog", "swerved to miss a deer", "walking the dog" (review26: found nothing). */
const FROM_ANIMAL = new Set(['off', 'from', 'by', 'over', 'avoiding', 'avoid', 'avoided', 'dodging', 'dodge', 'dodged', 'miss', 'missing', 'missed', 'chasing', 'chased', 'walking', 'walked']);

/** How an animal is said to have the trouble right after its name: "horse stiff in the neck",
 *  "dog limping and sore". */
const ANIMAL_TROUBLE = new Set(['stiff', 'sore', 'lame', 'limping', 'hurt', 'hurting', 'injured', 'twisted', 'wry', 'stuck', 'locked', 'swollen', 'yelps', 'yelping', 'whimpers', 'whimpering']);

/** Words that put a thing at a place: "glands in my neck", "a lump on the side of my neck". */
const AT_PLACE = new Set(['in', 'on', 'under', 'behind', 'at', 'down']);

/** Where on a part: "the side of", "the back of". */
let placeParts: Set<string> | undefined;
export const PLACE_PARTS = (): ReadonlySet<string> => (placeParts ??= new Set(['side', 'back', 'front', 'base', 'left', 'right', 'top', 'bottom', 'nape']));

/** Whether the query has a word that `other` accepts just before a place in scope ("glands in my
 *  neck", "bite on the side of my neck"): the thing at the place, not the place, is its subject. */
function thingAtPlace(parsed: Term[], raw: string[], other: (t: number) => boolean, matched: (t: number) => boolean, inScope: (t: Term) => boolean): boolean {
  const termAt = (w: string) => parsed.findIndex((t) => t.word === w);
  for (let k = 1; k < raw.length - 1; k++) {
    if (!AT_PLACE.has(raw[k])) continue;
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
function mealTime(w: string[], word: string): boolean {
  // ("with dinner" says when, "with tea" may be the drink.)
  return MEALS.has(word) && w.every((x, k) => x !== word || MEAL_AFTER.has(w[k + 1]) || MEAL_BEFORE.has(w[k - 1]) || (w[k - 1] === 'with' && word !== 'tea'));
}
const MEALS = new Set(['breakfast', 'lunch', 'dinner', 'tea', 'supper', 'lunchtime', 'teatime', 'dinnertime']);
const MEAL_AFTER = new Set(['break', 'breaks', 'time', 'hour']);
const MEAL_BEFORE = new Set(['at', 'after', 'before', 'during', 'over', 'by', 'till', 'until', 'since']);

/** Whether every time the query says `word` it gives a reason ("because of my stomach ulcer", "due
 *  to my kidneys", "as my stomach can't take it"), not where it hurts. */
function saidAsReason(w: string[], word: string): boolean {
  return w.every((x, k) => x !== word || REASON_BEFORE.some((r) => w.slice(Math.max(0, k - 4), k).join(' ').includes(r)));
}
const REASON_BEFORE = ['because of', 'due to', 'because my', 'as my', 'cos of', 'cause of'];

/** Intents whose answer a section either gives precisely or not at all (search's ranking reads it too:
 *  INTENT_SECTION_BONUS). */
let asksPrecisely: Set<string> | undefined;
export const ASKS_PRECISELY = (): ReadonlySet<string> => (asksPrecisely ??= new Set(['duration', 'frequency']));

/** An unmatched word this rare (or unknown to the lexicon) names a subject; a commoner one is
 *  only part of the story ("weekend", "boxes"). */
const SUBJECT_ZIPF = 4.8;
/** An unmatched word that names a thing of its own (WordNet) names the subject up to this common. */
const THING_ZIPF = 5.5;

/** A treatment's name this rare, which the query has whole ("icing" 3.1, "physio"), says what
 *  the query is about beside a short word no word list has ("faff"). */
const SPECIFIC_TREATMENT_ZIPF = 3.5;

/** What ends a sentence of a query: the stops that split a story into what it tells and what it asks. */
const SENTENCE_BREAK = /[.?!;\n]+/;

/** The query's words, a "." between its sentences: two words either side of a full stop ("Hi,
 *  quick question. Pain getting worse") are no name of two words ("question pain" read as another
 *  kind of pain, like "period pain", made 21 main queries after that greeting find nothing). */
export function bySentence(query: string): string[] {
  return query.split(SENTENCE_BREAK).flatMap((sentence) => [...words(sentence), '.']);
}

/** A story saying its trouble is over: "it's fine now", "that's gone now", "it has settled". */
const PASSED = /\b(?:fine|gone|better|okay|ok|settled|cleared up) now\b|\b(?:has|have|had|s|is) (?:gone|passed|settled|cleared up|gone away)\b|\bwent away\b/;

/** Queries of up to this many words are checked for names of several words the corpus lacks. */
const PHRASE_QUERY_WORDS = 6;

/** A sentence that asks: a question mark, a question's first word, or a question word anywhere. */
const ASKS = /\?|^\s*(?:can|could|should|would|will|is|are|do|does|did|any|anything|ok|okay)\b|\b(?:what|whats|how|when|why|where|which|who)\b/i;

/** Nouns that only judge or ask what is asked about ("is ice a good option", "is massage value for
 *  money", "is heat the answer"): no subject of their own (they made such questions find nothing). */
const JUDGING = new Set(['option', 'options', 'idea', 'ideas', 'choice', 'choices', 'solution', 'answer', 'alternative', 'alternatives', 'worth', 'value', 'money', 'bet']);
/** The forms a medicine comes in: beside a medicine the query names ("a salonpas plaster", "tiger
 *  balm ointment"), how it is taken, not a thing of its own ("cold sore cream" names none). */
export const MEDICINE_FORMS = new Set(['cream', 'creams', 'gel', 'gels', 'ointment', 'ointments', 'balm', 'plaster', 'plasters', 'patch', 'patches', 'spray', 'sprays', 'lotion', 'tablet', 'tablets', 'capsule', 'capsules', 'syrup', 'sachet', 'sachets', 'powder', 'powders', 'liquid', 'stick', 'roll']);

/** Everyday words for pain: said of a part of the body in scope, they name the condition. */
const PAIN_WORDS = ['hurt', 'hurts', 'hurting', 'sore', 'ache', 'aches', 'aching', 'achy', 'pain', 'pains', 'painful', 'agony', 'throbbing', 'tender'];
/** A word of an emergency's name of two words rare enough to name it alone ("thunderclap",
 *  "lopsided"; not "purple" of "purple spots", "high" of "high temperature"): emergencyWhole. */
const RARE_SIGN_ZIPF = 3;
/** A noun as rare as "lump" or "node" (zipf under 4), at the neck, is a thing of its own there. */
const RARE_THING_ZIPF = 4;

/** A sentence telling an illness or a medicine the teller lives with: "I have asthma", "I've got
 *  diabetes", "I'm on sertraline", "I take metformin", "I suffer from migraines". */
const LIVES_WITH = /^ (?:i|we) (?:have|ve got|have got|ve had|m on|am on|take|m taking|am taking|suffer from|m diabetic|am diabetic|m asthmatic|am asthmatic)\b/;
/** A sentence saying a thing is well ("my knee is fine", "my back has been ok for years") or was
 *  long ago ("I broke my wrist years ago", "had my appendix out as a child"). */
const WELL_OR_PAST = / (?:is|s|are|re|been|feels?|feeling|seems?) (?:\w+ )?(?:fine|ok|okay|alright|all right|good|healthy|great)\b| (?:years|decades|ages) ago\b| (?:as a (?:child|kid|teenager)|when i was (?:a )?(?:young|younger|little|small|child|kid|teenager|\d+))\b| (?:back )?in (?:19|20)\d\d\b/;

/** A query that names neither the topic nor anything specific of the corpus is about something
 *  else when the words it matched weigh less than this share of those it did not (search). */
const GENERIC_SHARE = 0.35;

/** Words in different clauses are never one phrase. */
let clause: RegExp | undefined;
export const CLAUSE = (): RegExp => (clause ??= /[,.;:!?()\n]+/);

/** The words of the reason given for turning from a treatment: after "because (of)", "cos (of)" or
 *  "due to", to the end of the clause, when the query turns from something. */
function reasonWords(query: string, parsed: Term[]): Set<string> {
  const out = new Set<string>();
  if (!parsed.some((t) => t.tried)) return out;
  for (const clause of fold(query).split(CLAUSE())) {
    const w = words(clause);
    const at = w.findIndex((x, k) => x === 'because' || x === 'cos' || x === 'coz' || x === 'cuz' || (x === 'due' && w[k + 1] === 'to'));
    if (at >= 0) for (const x of w.slice(at + 1)) out.add(x);
  }
  return out;
}

/** Training for or working in a profession: what a career question asks (folded to words). */
const CAREER = / (become|becoming|train(?:ing)? (?:as|to be)|qualify(?:ing)? as|retrain(?:ing)? as|study(?:ing)? to be) (?:a|an) \w+| (?:degree|degrees|diploma|apprenticeship|apprenticeships|salary|salaries|wage|wages|career|careers|vacancies|vacancy|jobs|ucas|entry requirements|qualifications?) /g;
const CAREER_NEEDS = [' becom', ' train', ' qualif', ' study', ' degree', ' diploma', ' apprentice', ' salar', ' wage', ' career', ' vacanc', ' job', ' ucas', ' entry requirement'];

/** What search() has read of a query when it asks whether the query is about something else. */
export interface VerdictQuery {
  index: SearchIndex;
  query: string;
  parsed: Term[];
  read: ReadQuery;
  /** The words the query only means (readQuery's implied), not among those it says. */
  implied: string[];
  scope: Scope | null;
  /** The weights of the words asked about, before they were raised. */
  unfocused: Map<Term, number>;
  /** unit → how strongly each query word matched it. */
  unitScores: Map<number, number[]>;
  /** Per section: each query word's best match there; whether it matched a whole name there, a
   *  section's own name (its title or an alias), a whole name of several words said together. */
  best: number[][];
  fullTerm: boolean[][];
  namesSection: boolean[][];
  phrase: boolean[][];
  /** Per section: the units it matched whole. */
  wholeUnits: Set<number>[];
  /** Per query word: whether it matched a whole unit somewhere; whether it is not turned from;
   *  whether it is part of a whole name of the condition the query has. */
  strong: boolean[];
  positive: boolean[];
  inCondition: boolean[];
  /** Runs of query words that matched nothing whole (search's unmatchedRuns). */
  unmatchedRuns: number[][];
  anyMatch: (t: number) => boolean;
  isContext: (t: Term) => boolean;
  /** Whether a word names the condition, also where the query names nothing else (isContext is then
   *  false of every word: search.ts, onlyContext). */
  isCondition: (t: Term) => boolean;
  inScope: (t: Term) => boolean;
  namesMedicine: () => boolean;
  askedOfNotes: (t: Term) => boolean;
  /** Whether a part of the body or a thing is in a note, or the facts, of a drug the query names
   *  (drug-notes.ts: inNamedNotesToo, inNamedFacts): asked of that drug, no other subject. */
  askedOfNamedDrug: (t: Term) => boolean;
  modifies: (t: number) => boolean;
  childStory: () => boolean;
  /** The query's folded words in order, if search() has split them yet. */
  raw: string[] | undefined;
}

/** Whether a query of several words is about something else than the corpus (search()'s offTopic),
 *  by the rules above; with the names of several words the corpus lacks, if it looked for them
 *  (foreignPhrases), and the query's words, once split. */
export function offTopicVerdict(v: VerdictQuery): { offTopic: boolean; phrases: { text: string; ids: number[] }[] | undefined; raw: string[] | undefined } {
  const { index, query, parsed, read, implied, scope, unfocused, unitScores, best, fullTerm, namesSection, phrase, wholeUnits, strong, positive, inCondition, unmatchedRuns, anyMatch, isContext, isCondition, inScope, namesMedicine, askedOfNotes, askedOfNamedDrug, modifies, childStory } = v;
  const sections = index.corpus.sections;
  let raw = v.raw;
  let offTopic = false;
  let phrases: { text: string; ids: number[] }[] | undefined;
  // A part of the body in the corpus's scope ("my shoulders") is its topic as much as "neck" is.
  // ... unless every time the query says it, it says it of another thing: "guitar neck", "neck of
  // femur", "stiff hoover brush".
  let clauses: string[][] | undefined;
  const topical = (i: number) => !ofAnother(parsed, (clauses ??= query.split(CLAUSE()).map(words)), i, anyMatch, scope ? senses(scope) : []);
  const hasTopic = parsed.some((t, i) => !t.tried && (isContext(t) || isCondition(t) || inScope(t)) && topical(i));
  const matchedZipf = Math.min(...parsed.filter((_, i) => strong[i]).map((t) => t.zipf ?? 0));
  // A word of the topic said of another thing ("infantile spasms") is nothing specific of the corpus's.
  // A name of the condition said of another thing ("a twinge of regret") is nothing specific, even
  // where the query names nothing else.
  const specific = parsed.some((t, i) => positive[i] && anyMatch(i) && (t.zipf === undefined || t.zipf < SPECIFIC_ZIPF) && fullTerm.some((row) => row[i]) && (!(isContext(t) || isCondition(t)) || topical(i)));
  // An unmatched word names the subject when it is rarer than the words that matched: "anxiety"
  // in "anxiety medicine", not "weekend" in a story about a stiff neck. Words that only say what
  // kind of answer is wanted ("switch", "start") are no subject.
  // A word the corpus has, in a name of several words ("desk" of "sitting at a desk"), is no
  // foreign subject; nor is a word used mostly as a verb or an adjective ("cheap", "standing",
  // "aches"), nor a noun that only says what kind of the next word the person means: a modifier
  // right before a word that matched ("microwave heat pack", "wedge pillow"). Kinds of words are
  // WordNet's (scripts/lexicon.mjs); a word it lacks may name anything.
  // The sections of trouble are those with the condition's names or warning signs; the others
  // are of treatments.
  let troubleSections: Set<number> | undefined;
  const troubleSection = (k: number) => {
    if (!troubleSections) {
      troubleSections = new Set<number>();
      for (const u of conditionUnits(index)) troubleSections.add(index.unitSection[u]);
      for (const u of urgentUnits(index)) troubleSections.add(index.unitSection[u]);
    }
    return troubleSections.has(k);
  };
  // A short word no list of English has is a name (a drug's: "xanax") or slang ("faff"): beside a
  // rare name of a treatment the corpus has whole ("icing every hour is a faff") it is the story.
  const specificTreatment = parsed.some((t, i) => !t.tried && t.weight > 0 && (t.zipf ?? 0) < SPECIFIC_TREATMENT_ZIPF && fullTerm.some((row, k) => row[i] && !troubleSection(k)));
  // A person of the teller's own life ("my toddler", "I have a nurse", "our childminder").
  const ownPerson = (word: string) => {
    const w = (raw ??= words(query));
    return w.some((x, k) => x === word && (OWN().has(w[k - 1]) || (w[k - 1] === 'a' && (w[k - 2] === 'have' || w[k - 2] === 'am' || w[k - 2] === 'm'))));
  };
  // An animal in a sentence of its own that meets nothing of the corpus ("How long can I leave a
  // heating pad on? My dog is fine though.") is the teller's life, not the subject; so is another
  // thing in one that says it is well ("… My knee is fine.").
  // So is an animal in a sentence of its own that has nothing and is given nothing (animalHasIt):
  // "The cat sat on me all night." told after a question made 182 of 1,857 main queries find nothing.
  let sentences: string[] | undefined;
  const toldApart = (word: string) => {
    sentences ??= query.split(SENTENCE_BREAK).filter((sentence) => sentence.trim());
    /** Whether words say something the corpus has (a word that weighs something and matches). */
    const saysOurs = (list: string[]) => list.some((x) => parsed.some((u, i) => u.word === x && anyMatch(i) && u.weight > 0));
    if (sentences.length < 2) return false;
    const animal = parsed.some((t) => t.word === word && t.kind === 'a');
    const isPart = (t: Term) => t.kind === 'b' || inScope(t) || isContext(t);
    return sentences.every((sentence) => {
      const w = words(sentence);
      if (!w.includes(word)) return true;
      if (animal) return !w.some((x) => parsed.some((u, i) => u.word === x && u.kind !== 'a' && anyMatch(i) && u.weight > 0)) || !animalHasIt(parsed, w, anyMatch, isPart, (raw ??= words(query)));
      // Another thing is the teller's life only in a sentence that says it is well ("My knee is
      // fine."): told as a trouble ("My knee swells up after running. Should I put ice on it?"),
      // it is what the question is about.
      // ... or that it was long ago ("I broke my wrist years ago.").
      const spaced = ` ${w.join(' ')} `;
      if (native(WELL_OR_PAST).test(spaced) && !saysOurs(w)) return true;
      // A common noun, no illness, part of the body or animal, in a sentence of its own that says
      // nothing the corpus has, beside a question that does: where they are, a note on the post
      // ("what does physical therapy involve. I'm in Australia.", "Apologies in advance."); not
      // beside a mere statement ("tax return deadline. I'm usually pretty active.").
      const noun = parsed.find((t) => t.word === word);
      if (noun !== undefined && (noun.kind === 'n' || noun.kind === 'p') && !saysOurs(w) && sentences!.some((other) => other !== sentence && ASKS.test(other) && saysOurs(words(other)))) return true;
      // An illness or a medicine the teller lives with ("I have asthma.", "I'm on antidepressants.")
      // beside a question about no medicine ("how long can I leave a heating pad on"): what they
      // take or have matters to a medicine's choice only (then the corpus cannot answer it).
      const thing = parsed.find((t) => t.word === word);
      // ("blood" of "high blood pressure" is no part of the body anyone treats.)
      return thing !== undefined && (thing.kind === 's' || (thing.kind === undefined && thing.zipf === undefined) || (thing.kind === 'b' && GENERAL_BODY.has(stem(word))))
        && native(LIVES_WITH).test(spaced) && !namesMedicine();
    });
  };
  const subject = unmatchedRuns.some((run) => run.some((t) => {
    const z = parsed[t].zipf ?? 0;
    if (specificTreatment && parsed[t].zipf === undefined && parsed[t].kind === undefined && parsed[t].word.length < NAME_LENGTH) return false;
    // A word that weighs nothing (one the person lacks: "no microwave at work") names no subject;
    // nor a thing a named medicine's note answers, as in thingOf ("aspirin and warfarin": the NSAIDs'
    // cautions name warfarin; review24).
    return z < SUBJECT_ZIPF && z <= matchedZipf + 0.2 && parsed[t].kind !== 'w' && !JUDGING.has(parsed[t].word) && !(parsed[t].kind === 'p' && ownPerson(parsed[t].word)) && parsed[t].weight > 0 && !anyMatch(t) && !modifies(t) && !TIME_NAMES.has(parsed[t].word) && !toldApart(parsed[t].word) && !askedOfNotes(parsed[t])
      && !fellFrom((raw ??= words(query)), parsed[t].word);
  }));
  // A thing of its own the corpus lacks (an illness, a drug, a food, a body part: "anxiety",
  // "antidepressant", "knee") names the subject even when commoner than the words that matched,
  // up to as common as "eye" or "feet"; a body part, unless the query names one the corpus has
  // ("tingling in my fingers and my shoulder aches").
  // A body part the corpus lacks names the subject even beside a specific word of the corpus
  // ("hip replacement physio", "tennis elbow exercises"); so does a thing of its own, when the
  // query names neither the neck nor the trouble: the corpus says what a drug does for a neck
  // spasm, nothing of "ibuprofen and cholesterol", "paracetamol after drinking alcohol" or
  // "co-codamol and constipation" (measured: held-out off-topic 10 -> 8 of 84 answered, no
  // in-domain query lost; "naproxen sodium" needed its name in the data).
  const namesBody = parsed.some((t, i) => t.kind === 'b' && anyMatch(i));
  // A long word no list of English has, and no typo of the corpus's ("fibromyalgia", "sertraline"),
  // is a name: of an illness or a drug, a thing of its own.
  const thingOf = (kinds: string) => unmatchedRuns.some((run) => run.some((t) => {
    const { kind, zipf, word, correctedTo } = parsed[t];
    // (Not a form of a word the lists have, "sedating" of sedate: "cyclobenzaprine made me dizzy, is
    // there a less sedating one" had found nothing, "sedating" read as a drug of its own. A form of a
    // word they lack, "crowdfunding", stays a name.)
    const name = kind === undefined && zipf === undefined && correctedTo === undefined && word.length >= NAME_LENGTH && kinds.includes('s') && !inflectedWord(word);
    // A word for pain ("agony") is the trouble told in everyday words, no thing of its own.
    // A part in scope is no other part: said of another thing ("the hard shoulder"), it is none.
    // A word that weighs nothing (a job: "I am a childminder") names no thing.
    // A word the question asks with ("is that a real risk with codeine": the safety asked) or a
    // meal that says when ("on my lunch break") is no thing of its own either.
    return (name || (kind !== undefined && kinds.includes(kind) && !(kind === 'b' && inScope(parsed[t])))) && !anyMatch(t) && (zipf ?? 0) < THING_ZIPF && !PAIN_WORDS.includes(word) && parsed[t].weight > 0
      && !askedOfNotes(parsed[t]) && !askedOfNamedDrug(parsed[t]) && !JUDGING.has(word)
      && !toldApart(word) && !read.intents.some((intent) => intent.ask.test(` ${word} `)) && !mealTime((raw ??= words(query)), word)
      && !(MEDICINE_FORMS.has(word) && namesMedicine());
  }));
  const otherBody = !namesBody && thingOf('b');
  // What the person asks about ("can I use a gel pack instead") is the subject, when the corpus
  // has it whole: the rarer words around it ("frozen peas keep thawing") are the story.
  // ... a name of the corpus's whole, not a word of its text ("change" of "a change in your balance"
  // in "how do I change a tyre on my car").
  const askedAboutIt = parsed.some((t, i) => unfocused.has(t) && strong[i] && !t.tried && sections.some((_, k) => fullTerm[k][i]));
  // Words of the topic, each said of another thing ("stiff hoover brush"), leave nothing specific.
  // Not when the query names a trouble the corpus has (an illness's name: "pulled onto the hard
  // shoulder … now whiplash"), unless it says that too inside the other thing's name: "my boss is
  // such a pain in the neck" (an idiom, Scope.otherSenses).
  const saidOfOther = !hasTopic && !specific && parsed.some((t) => !t.tried && (isContext(t) || isCondition(t) || inScope(t)))
    && !parsed.some((t, i) => positive[i] && strong[i] && t.kind === 's' && !isContext(t) && topical(i));
  // Turning from one thing the corpus names to ask about another ("can't have NSAIDs because of
  // my kidneys, is paracetamol enough") is a choice the corpus answers, whatever the reason.
  // So is turning from a treatment the corpus names whole to ask about another it names ("given
  // up on the heating pad, would lying flat for short spells help").
  const turnsFrom = parsed.some((t, i) => t.tried && anyMatch(i));
  // ... a thing the person names: not one the query only means ("what else can I take": medicine).
  // ... or asking what else there is, after turning from a treatment the corpus names whole ("can't
  // take NSAIDs because of my stomach ulcer, what else is there apart from tylenol"), unless
  // another part of the body or another trouble is where it hurts, not the reason ("can't take
  // ibuprofen for my knee, what else", "toothache, ibuprofen not working, what else can I take").
  /** Whether the things of their own the query names besides the corpus's are all cautions the drugs'
   *  notes name (an ulcer, the kidneys, drinking), and there is one. */
  const cautionsOnly = (): boolean => {
    const things = unmatchedRuns.flatMap((run) => run.filter((t) => (parsed[t].kind === 'b' || parsed[t].kind === 's' || parsed[t].kind === 'a') && !inScope(parsed[t]) && !anyMatch(t) && (parsed[t].zipf ?? 0) < THING_ZIPF));
    return things.length > 0 && things.every((t) => parsed[t].noteStems !== undefined);
  };
  const choosing = turnsFrom && (specific || parsed.some((t, i) => !t.tried && strong[i] && t.weight > 0 && t.kind !== 'w' && !isContext(t) && !implied.includes(t.word))
    || (read.alternatives && parsed.some((t, i) => t.tried && strong[i] && !isContext(t)) && !unmatchedRuns.some((run) => run.some((t) => (parsed[t].kind === 'b' || parsed[t].kind === 's' || parsed[t].kind === 'a') && !inScope(parsed[t]) && !anyMatch(t) && (parsed[t].zipf ?? 0) < THING_ZIPF && !saidAsReason((raw ??= words(query)), parsed[t].word)
      // ... nor a caution the drugs' notes name ("had an ulcer so no nurofen, what else", "kidney
      // problems, no anti inflammatories"): the reason turned from, however it is said.
      && parsed[t].noteStems === undefined)))
    // ... or turning from a medicine, told with only cautions its notes name, asked or not ("something
    // other than ibuprofen i had a stomach ulcer", "would rather not take naproxen as i drink most
    // nights"): which medicine then is what the notes answer.
    || (parsed.some((t, i) => t.tried && strong[i] && !isContext(t)) && cautionsOnly()));
  offTopic = saidOfOther || (!hasTopic && !choosing && (otherBody || thingOf('sa') || (!specific && subject && !askedAboutIt)));
  // Only common words matched, far outweighed by the words that did not ("what time does the bank
  // open on saturday": "time" of "20 minutes at a time"; "how to fix a leaking tap": "fix" of "fix the
  // cause"): the query is about something else. Words no list of English has (names, typos) and
  // days of the week weigh on neither side.
  // Not a query that turns from something the corpus names ("the ice isn't doing anything any more,
  // what next"), nor one naming a medicine or whom to turn to: those are the corpus's.
  // Nor one asking how long or how often ("how long does it take to get back to normal"): a recovery's
  // time is the corpus's.
  if (!offTopic && !hasTopic && !specific && !choosing && !turnsFrom && !namesMedicine() && !read.intents.some((intent) => ASKS_PRECISELY().has(intent.name))) {
    let ours = 0;
    let other = 0;
    parsed.forEach((t, i) => {
      if (!positive[i] || t.weight <= 0 || read.askWords.has(t.word)) return;
      if (anyMatch(i)) ours += t.weight;
      else if (t.zipf !== undefined && !TIME_NAMES.has(t.word) && !JUDGING.has(t.word)) other += t.weight;
    });
    offTopic = ours < GENERIC_SHARE * other;
  }
  // Words of the corpus scattered over it: a query that names neither the topic nor what it turns
  // from, whose nouns the corpus has each in a different section and none two together, is about
  // something else that shares a word or two with it: "will there be ice on the roads tomorrow"
  // (ice of the cold packs, roads of road accidents), "laptop fan making a grinding noise when it
  // heats up", "is my doctors surgery open on the bank holiday monday". Only nouns count, rarer than
  // "week" (verbs and the commonest nouns are in any story), each as the head of its name ("sports
  // massage" is one thing, massage); a query naming two treatments ("massage or should I just rest
  // it") chooses between them, and one naming a trouble the corpus has whole ("cold pack or heating
  // pad straight after whiplash") is about it. So is one naming something specific of the corpus
  // ("can I put biofreeze on broken skin") or a treatment by a name of several words ("what
  // temperature should my heat pad be"). A query of one sentence only: one of several tells a
  // story ("how many times a day can I use heat. I go to the gym three times a week."). Measured:
  // main off-topic answered 24 -> 23 of 377, held-out 21 -> 20 of 225, writer25's off-topic set
  // 17 -> 16 of 80; no in-domain query moved.
  // Nor is one asking how long or how often of a treatment it names by a section's own name ("how
  // long do I need to rest it before the gym").
  const timesTreatment = () => read.intents.some((intent) => ASKS_PRECISELY().has(intent.name)) && parsed.some((_, i) => positive[i] && namesSection.some((row, k) => row[i] && !troubleSection(k)));
  if (!offTopic && !hasTopic && !choosing && !specific && !/[.?!;\n]\s*\S/.test(query) && !timesTreatment() && !phrase.some((row, k) => row.some((v, i) => v && positive[i]) && !troubleSection(k))) offTopic = scattered(parsed, (raw ??= words(query)), (i) => positive[i] && !read.askWords.has(parsed[i].word), best, fullTerm, troubleSection);
  // A question about training for or working in a profession the corpus names ("how to become a
  // physiotherapist", "entry requirements for a physiotherapy degree", "chiropractor salary"),
  // with no trouble named: a career, not a treatment.
  // The profession is the corpus's own and stands by the career's word: "I'm training to be a
  // nurse" told beside another question is the teller's life, not its subject.
  const spaced = !offTopic && !hasTopic ? ` ${fold(query)} ` : '';
  if (spaced && CAREER_NEEDS.some((w) => spaced.includes(w))) {
    const profession = (word: string | undefined) => word !== undefined && parsed.some((t, k) => t.word === word && positive[k] && strong[k] && !isContext(t) && !PAIN_WORDS.includes(t.word) && (namesASection(index, t) || namesTreatment(index, t)));
    for (const sentence of query.split(SENTENCE_BREAK)) {
      const w = words(sentence);
      const text = ` ${w.join(' ')} `;
      for (const m of text.matchAll(CAREER)) {
        const before = text.slice(0, m.index).trim();
        const at = before ? before.split(' ').length : 0;
        const own = m[0].trim().split(' ');
        // "become a physiotherapist", "train as a massage therapist": the profession follows;
        // "physiotherapy degree", "chiropractor salary", "is physio a good career": it comes before.
        offTopic = m[1] !== undefined ? profession(own.at(-1)) || profession(w[at + own.length]) : w.slice(Math.max(0, at - 3), at).some(profession);
        if (offTopic) break;
      }
      if (offTopic) break;
    }
  }
  // A generic word of the corpus that only says what kind of another thing the query is about
  // ("cold sore cream", "heated blanket running costs", "sports massage course"): the word the
  // corpus has stands before a noun it lacks, the head of the name, so that thing is the subject.
  // A query that turns from something the corpus has ("ibuprofen not strong enough") is about it.
  if (!offTopic && !hasTopic && !specific && !parsed.some((t, i) => t.tried && anyMatch(i))) {
    offTopic = onlyModifiers(parsed, (raw ??= words(query)), parsed.map((t, i) => positive[i] && t.weight > 0 && anyMatch(i)), anyMatch);
  }
  // The corpus's scope (its "scope" in the data): the parts of the body it is about. A query that
  // names none of them is about something else when it names another part of the body ("cramp
  // in my toes", "physio for a broken ankle") or a thing of its own the corpus lacks ("muscle
  // cramps from dehydration", "ibuprofen for toothache"), however much else in it matches: "cramp",
  // "muscle" or a drug's name say what kind of trouble, not whose or where.
  if (scope && !offTopic) {
    raw ??= words(query);
    const folded = ` ${raw.join(' ')} `;
    const namesScope = parsed.some((t, i) => !t.tried && inScope(t) && topical(i)) || scope.phrases.some((p) => folded.includes(` ${p} `));
    // A part the corpus names itself, in a sentence or a name that has another word of the query
    // too, is no other part: "numbness in my arm" meets a warning sign's "numbness ... in an arm",
    // where "leg cramps" meets the leg of a warning sign and the cramp of another section.
    // A name counts with the other names of its group ("numb fingers" with "pins and needles").
    const withOther = (i: number) => {
      const groups = new Set<string>();
      const others = new Set<string>();
      for (const [unitId, perTerm] of unitScores) {
        const other = perTerm.some((v, j) => j !== i && v > 0 && !GENERAL_BODY.has(stem(parsed[j].word)));
        if (perTerm[i] > 0 && other) return true;
        const group = groupOf(index, unitId);
        if (perTerm[i] > 0) groups.add(group);
        if (other) others.add(group);
      }
      for (const g of groups) if (others.has(g)) return true;
      return false;
    };
    // The reason a treatment is turned from ("can't take ibuprofen because of an ulcer in my
    // stomach") is the story, not the subject.
    const reasons = reasonWords(query, parsed);
    // So is a side effect told of a medicine the query names ("ibuprofen makes my tummy hurt").
    if (read.sideEffectWords.size > 0 && (namesMedicine() || parsed.some((t) => t.tried))) for (const w of read.sideEffectWords) reasons.add(w);
    const otherPart = parsed.some((t, i) => !t.tried && t.weight > 0 && t.kind === 'b' && !inScope(t) && !askedOfNotes(t) && !askedOfNamedDrug(t) && !GENERAL_BODY.has(stem(t.word)) && !withOther(i) && !reasons.has(t.word) && !toldApart(t.word) && !(t.word === 'back' && adverbBack(raw!)));
    // With the trouble named ("cramp") but no part in scope, beside a drug's name a thing of its
    // own is another subject when the drug is "for" it ("a muscle relaxant for cramps from
    // dehydration"); with "and" it is only a part the answer leaves out, which the note names.
    const forIt = (t: number) => raw!.some((w, k) => w === parsed[t].word && (raw![k - 1] === 'for' || (DETERMINERS().has(raw![k - 1]) && raw![k - 2] === 'for')));
    // ... or that it helps with ("can muscle relaxants help with heart problems").
    const helpsWith = (t: number) => raw!.some((w, k) => w === parsed[t].word && raw![k - 1] === 'with' && HELP_WORDS.has(raw![k - 2]));
    const thing = unmatchedRuns.some((run) => run.some((t) => {
      // A reason, or a word that weighs nothing (the teller's job: "I'm a builder"), is no subject.
      if (reasons.has(parsed[t].word) || parsed[t].weight === 0) return false;
      const { kind, zipf } = parsed[t];
      // (Nor a thing the named medicine's note answers, as in thingOf: "aspirin and alcohol", review24.)
      return (kind === 's' || kind === 'a') && !anyMatch(t) && (zipf ?? 0) < THING_ZIPF && (!specific || forIt(t)) && !PAIN_WORDS.includes(parsed[t].word) && !JUDGING.has(parsed[t].word)
        && !askedOfNotes(parsed[t]) && !toldApart(parsed[t].word) && !mealTime((raw ??= words(query)), parsed[t].word);
    }));
    // A medicine named whole as what the person turns from ("kidney problems, no anti
    // inflammatories"): a caution its notes name is the reason, as beside one asked about.
    const turnsFromMedicine = () => parsed.some((t, i) => t.tried && t.weight > 0 && fullTerm.some((row, k) => row[i] && (index.corpus.sections[k].drugs?.length ?? 0) > 0));
    // A treatment's name ("painkillers", not "cramps") is no kind of trouble: "shop painkillers".
    const treatment = (j: number) => fullTerm.some((row, k) => row[j] && !troubleSection(k));
    // A part said as the place of the trouble ("an injection in the elbow", "a tear in my knee") is
    // the subject whatever the person turns from; one given as a reason ("because of my kidneys")
    // leaves the choice the corpus answers.
    // A query that names the condition ("what else for the spasm") is about it: its part out of scope
    // is the place of a reason ("an ulcer in my stomach").
    const placeOfOther = otherPart && !parsed.some((t) => !t.tried && isContext(t)) && parsed.some((t, i) => !t.tried && t.kind === 'b' && !inScope(t) && !GENERAL_BODY.has(stem(t.word)) && !withOther(i)
      && raw!.some((w, k) => w === t.word && k > 0 && (AT_PLACE.has(raw![k - 1]) || (DETERMINERS().has(raw![k - 1]) && k > 1 && AT_PLACE.has(raw![k - 2])))));
    offTopic = !namesScope && (((otherPart || thing) && (!choosing || placeOfOther)) || otherKindOfTrouble(parsed, bySentence(query), isContext, anyMatch, fullTerm, unitScores, treatment, (j) => namesCause(index, unitScores, j), (j) => withOther(j) && parsed.some((t, k) => !t.tried && urgentWhole(index, wholeUnits, unitScores, k)),
      (j) => (namesMedicine() || turnsFromMedicine()) && !forIt(j) && !helpsWith(j) && drugTextSays(index, parsed[j].word),
      (word) => read.sideEffectWords.has(word) && (namesMedicine() || turnsFromMedicine()))
      || otherPlace(parsed, raw, scope.phrases, anyMatch));
    // A young child the query is about ("paracetamol dose for a 2 year old", "a teething toddler"),
    // with neither the neck nor the trouble named: the corpus's advice is for adults. A warning
    // sign the query names stays answered ("a toddler with a temperature").
    if (!offTopic && !namesScope && !hasTopic && childStory()) offTopic = !parsed.some((t, i) => !t.tried && urgentWhole(index, wholeUnits, unitScores, i));
    // Another trouble on the neck: the query names only the place (a part in scope) and a thing of
    // its own the corpus lacks, nothing else it has whole, no spasm, pain or treatment
    // ("sunburn on the back of my neck", "a lump on my neck"); not a word that weighs nothing (the
    // teller's job: "I'm a builder. ice has stopped working on my neck"); nor when the person turns
    // from a treatment the corpus names to choose another (choosing): "stomach ulcer years ago so no
    // nsaids, neck is killing me" asks what else, the ulcer its reason.
    if (!offTopic && namesScope && !choosing) {
      const onlyPlace = parsed.every((t, i) => t.tried || !strong[i] || t.weight === 0 || t.kind === 'b' || inScope(t));
      offTopic = onlyPlace && unmatchedRuns.some((run) => run.some((t) => parsed[t].kind === 's' && parsed[t].weight > 0 && !anyMatch(t) && (parsed[t].zipf ?? 0) < OTHER_TROUBLE_ZIPF));
    }
    // The neck as the place of another thing: "swollen glands in my neck", "a love bite on my
    // neck", "a rash on the side of my neck". The thing before the place is what the query is
    // about, when the query names nothing of the corpus's own whole (no condition, treatment or
    // warning sign) beside the common words of any story ("for two weeks", "should I be worried").
    if (!offTopic && namesScope) {
      // Asking whether to worry or see someone ("worried", "doctor", "weeks": names of the
      // warning signs' section that warn of nothing themselves) names no trouble.
      // "side" of "on the side of my neck" says where, not what ("side effects").
      const rawWords = raw!;
      const placeWord = (t: Term) => PLACE_PARTS().has(t.word) && rawWords.some((w, k) => w === t.word && k > 0 && rawWords[k + 1] === 'of' && DETERMINERS().has(rawWords[k - 1]));
      const named = parsed.some((t, i) => !t.tried && t.weight > 0 && !inScope(t) && !placeWord(t) && (isContext(t) || treatment(i) || urgentWhole(index, wholeUnits, unitScores, i)));
      // A form of a treatment ("hot flannel", "freeze spray": words of a section of treatments),
      // not of a word of the warning signs ("small" of "small fall": "a small lump on my neck").
      // The thing at the place: an illness or a thing of its own, a part out of scope, or a rare noun.
      const troubleTold = parsed.some((t, i) => !t.tried && (PAIN_WORDS.includes(t.word) || inCondition[i]));
      const otherThing = (t: number) => {
        const { kind, zipf } = parsed[t];
        // A person at the place ("my toddler on my shoulders") is the story when the query tells the
        // trouble ("sore neck from carrying …"), the thing asked about when it does not ("photo ideas
        // with my toddler on my shoulders": review34).
        return !anyMatch(t) && (kind === 's' || (kind === 'b' && !inScope(parsed[t])) || ((kind === 'n' || (kind === 'p' && !troubleTold)) && (zipf ?? 0) < RARE_THING_ZIPF));
      };
      const matchesTreatment = (t: number) => t >= 0 && best.some((row, k) => row[t] > 0 && !troubleSection(k));
      offTopic = !named && thingAtPlace(parsed, rawWords, otherThing, matchesTreatment, inScope);
    }
  }
  // A name of several words that the corpus does not have (WordNet's): the words of it the corpus
  // has are part of another thing ("neck of the woods", "cold sore cream", "spinal tap film").
  // Short queries only: a story's subject is told by more than one name.
  /** Names the corpus lacks, but a caution the drugs' notes name word for word told beside a medicine
   *  the query names or turns from, which is the reason for the choice: "… shouldn't take ibuprofen
   *  because of my age and my blood pressure, so what else is there" is the NSAIDs' "raised blood
   *  pressure". */
  const notCautions = (list: { text: string; ids: number[] }[]) => (list.length > 0 && (namesMedicine() || parsed.some((t) => t.tried)) ? list.filter((p) => !drugTextSays(index, p.text)) : list);
  if (!offTopic && parsed.length <= PHRASE_QUERY_WORDS) {
    phrases = foreignPhrases(parsed, (raw ??= words(query)), parsed.map((_, i) => positive[i] && anyMatch(i)), unitScores);
    // (Not a caution the drugs' notes name, beside a medicine: "cant take naproxen because of my blood
    // pressure, what else" had found nothing; review48.)
    offTopic = onlyInPhrases(notCautions(phrases), parsed.map((t, i) => positive[i] && t.weight > 0 && anyMatch(i)));
  }
  if (!offTopic) {
    // In any query that names no condition, the words that could name its subject (not the
    // place, a verb or an adjective, or a noun of any story) each in such a name: "black ice on
    // the roads, is it safe to drive to work", "heat rash on my neck from the sun, what cream".
    // A query naming the condition itself ("sleeping tablets for neck spasm", "neck pain and
    // blood pressure") is about it (and is not looked through for such names: most stories).
    // So is one that says the part it is about hurts ("felt something go in my neck, now it hurts
    // to look over my shoulder"): the pain is the condition told in everyday words, though a name
    // the story has ("parking space") holds the only other word the corpus has.
    const namesCondition = parsed.some((t, i) => positive[i] && anyMatch(i) && ((isContext(t) && !inScope(t)) || inCondition[i]))
      || (hasTopic && parsed.some((t) => !t.tried && PAIN_WORDS.includes(t.word)));
    if (!namesCondition) {
      phrases ??= foreignPhrases(parsed, (raw ??= words(query)), parsed.map((_, i) => positive[i] && anyMatch(i)), unitScores);
      const foreign = notCautions(phrases);
      offTopic = foreign.length > 0 && onlyInPhrases(foreign, parsed.map((t, i) => positive[i] && t.weight > 0 && strong[i] && !inScope(t) && !isContext(t) && t.kind !== 'w' && (t.zipf ?? 0) < STORY_ZIPF));
    }
  }
  // A story whose question is about another part of the body, the neck only told in passing
  // ("… my neck was a bit sore too but that's gone now. do I need an MRI for the knee?"): the
  // asking sentence names a part out of scope and nothing the corpus has (not "is the ibuprofen
  // irritating my throat?"), a part the story told of before, and the story says the neck's
  // trouble is over. Never when a warning sign matched anywhere: "… Now I have tingling in both
  // feet. Should I get my feet checked?" and "… a high temperature. Could it be my ears?" are the
  // warning signs' (a review found 8 of 21 such stories answered nothing with the asking
  // sentence alone).
  if (!offTopic && scope && parsed.length >= STORY_WORDS && testNative(PASSED, fold(query))) {
    const asked = askingSentence(query);
    if (asked) {
      const w = new Set(words(asked));
      const before = new Set(words(query.slice(0, query.lastIndexOf(asked))));
      const inAsked = (t: Term) => w.has(t.word);
      const urgent = urgentUnits(index);
      offTopic = parsed.some((t) => inAsked(t) && before.has(t.word) && t.kind === 'b' && !inScope(t) && !GENERAL_BODY.has(stem(t.word)))
        && !parsed.some((t, i) => inAsked(t) && anyMatch(i) && (inScope(t) || isContext(t) || (strong[i] && t.weight > 0 && (t.zipf ?? 0) < STORY_ZIPF)))
        && !sections.some((_, k) => [...wholeUnits[k]].some((u) => {
          const unitId = index.sectionFirstUnit[k] + u;
          // A name of a warning sign said whole, by more than the condition's own words ("stiff neck").
          return urgent.has(unitId) && (unitScores.get(unitId) ?? []).some((v, t) => v > 0 && !isContext(parsed[t]));
        }));
    }
  }
  // Whose trouble it is: an animal the corpus never names, as the one that has it ("my dog's
  // neck", "my cat has a stiff neck", "its head") or is given something ("give my cat ibuprofen"),
  // makes the query about the animal, however much of the neck it names; unless the person says
  // the trouble is their own ("my neck", "me"): "walking the dog gave me a stiff neck".
  // Sentence by sentence: the animal's own sentence names the trouble, a part of the body or a
  // thing the corpus has ("can I give my cat ibuprofen"); "My dog is fine though." told beside a
  // question is the teller's life (it made 986 of 1,857 main queries find nothing).
  if (!offTopic && parsed.some((t, i) => t.kind === 'a' && !anyMatch(i))) {
    const isPart = (t: Term) => t.kind === 'b' || inScope(t) || isContext(t);
    const whole = (raw ??= words(query));
    offTopic = query.split(SENTENCE_BREAK).some((sentence) => {
      const w = words(sentence);
      return w.some((x) => parsed.some((t, i) => t.word === x && t.kind !== 'a' && (isPart(t) || (anyMatch(i) && t.weight > 0)))) && animalHasIt(parsed, w, anyMatch, isPart, whole);
    });
  }
  // An emergency's sign said whole, in a name of three words or more the query has word for word (no
  // word of it a typo's correction, none the neck's own), keeps the query whatever else it names,
  // unless the query gives another cause than a crash (otherCauseTold: "my legs feel weak since
  // covid", "slurred speech after too many pints"):
  // "lifting weights then sudden worst headache of my life", "my mum cant lift her arm and her smile
  // is lopsided" (review34: they found nothing; a sign told with no neck word is still the warning
  // signs' to answer).
  // (Not an animal's: "my dog's face is drooping on one side" stays the animal's, review37.)
  if (offTopic && scope && !parsed.some((t) => t.kind === 'a') && emergencyWhole(index, wholeUnits, unitScores, parsed, scope.words) && !otherCauseTold((raw ??= words(query)))) offTopic = false;
  return { offTopic, phrases, raw };
}

/** Whether the query says a name of several words of an emergency's warning sign whole, its own
 *  words (none corrected from a typo). */
function emergencyWhole(index: SearchIndex, wholeUnits: Set<number>[], unitScores: Map<number, number[]>, parsed: Term[], scopeWords: ReadonlySet<string>): boolean {
  const urgent = urgentUnits(index);
  return wholeUnits.some((units, k) => [...units].some((u) => {
    const unitId = index.sectionFirstUnit[k] + u;
    if (!urgent.has(unitId)) return false;
    const group = groupOfUnit(index.corpus.sections[k], u)?.group;
    // Not a heart attack's signs: chest pain, a tight chest or jaw pain told with no neck are about
    // the chest or the jaw ("anxiety makes my chest feel tight", "jaw pain from grinding my teeth").
    if (!group || !/^EMERGENCY\b/.test(group.means) || /\bheart attack\b/.test(group.means)) return false;
    // A name holding the neck itself ("broken neck") is left to the scope's reading: "the neck of my
    // femur", a guitar's neck.
    if (words(unitText(index, unitId)).some((x) => scopeWords.has(stem(x)))) return false;
    const scores = unitScores.get(unitId);
    if (!scores) return false;
    const got = parsed.filter((_, i) => scores[i] > 0);
    // Three words of it at least ("worst headache of my life", "legs gave way"): two are said of
    // other things too often ("high temperature" of a thermometer, "purple spots" of a plant, "weak
    // legs" after a marathon: review35).
    return (got.length >= 3 || (got.length === 2 && got.some((t) => (t.zipf ?? 0) < RARE_SIGN_ZIPF))) && got.every((t) => t.correctedTo === undefined);
  }));
}

