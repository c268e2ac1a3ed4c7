// Warning signs the query may name: whether a word names only a sign (signOnly) or names one whole
// (oneWord, urgentWhole), and the matches that are no sign at all: a sign of two things told without
// the other (dropUnpaired), or a word said only inside the name of another thing (dropInOtherNames).

import type { SearchIndex } from './search-index.js';
import type { VocabularyGroup } from '../corpus/types.js';
import { isPhrase, lookupWord } from './lexicon.js';
import { STOP_WORDS } from './stop-words.js';
import { readAs, type Term } from './query-words.js';
import { stemsByText } from './term-match.js';
import { conditionUnits, countPositive, dropWordMatch, drugTextSays, groupOfUnit, NOTE, TERM, unitText, urgentUnits } from './units.js';
import { fold, stem, wordPattern, words } from '../util/text.js';

/** Whether a name is one word, the query's word or that word inflected ("crashed", "fevers"): not a
 *  prefix or a near spelling ("tried" meets "tripped" by its stem's start). */
export function oneWord(term: Term, name: string): boolean {
  // The name's words as the index meets them: "can't breathe" is "breathe", "fell over" is not one word.
  const [w, more] = words(name).filter((x) => !NAME_HELPERS.has(x));
  return more === undefined && (w === term.word || stem(w) === stem(term.word));
}

/** The words of a sign's name that say only "not able" ("can't breathe" is "breathe"); "myself" of
 *  "wet myself" is part of the name (review16). */
const NAME_HELPERS = new Set(['can', 't', 'cannot', 'couldn', 'won', 'don', 'didn', 'a', 'an', 'the', 'my']);

/** Words that tie what follows them to its cause ("a rash from the heat pad", "sick after the
 *  codeine"), and words before a symptom that a cause does it ("the tablets made me drowsy"). */
const CAUSED_BY = new Set(['from', 'after', 'since', 'due', 'caused', 'because', 'on', 'with']);
const CAUSES = new Set(['makes', 'made', 'making', 'make', 'gives', 'gave', 'giving', 'given', 'cause', 'causes', 'caused', 'causing', 'left', 'leaves', 'leaving', 'brought', 'brings']);
/** Words for any medicine, which can cause a symptom as a named one can ("these tablets make me
 *  drowsy": review27 a19), and words of taking one. */
const MEDICINES = new Set(['tablet', 'tablets', 'pill', 'pills', 'meds', 'medication', 'medications', 'medicine', 'medicines', 'painkiller', 'painkillers', 'capsule', 'capsules', 'drugs', 'prescription', 'dose']);
const TAKING = new Set(['taking', 'having', 'using', 'starting', 'started', 'took', 'had', 'my', 'these', 'the', 'new']);
/** How far (in words) a cause may stand from the symptom it is tied to: "sick after taking the
 *  codeine", not "vomiting since yesterday, had paracetamol" (review20: what was tried for it). */
const CAUSE_SPAN = 2;
/** Words after "since" or "after" that make it a time: "vomiting since yesterday". */
const TIME_AFTER = new Set(['yesterday', 'today', 'last', 'this', 'the', 'morning', 'night', 'lunch', 'breakfast', 'dinner', 'tea', 'then', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'a', 'an', 'two', 'three', 'few', 'school', 'work']);
/** Words before a cause word that turn it round: "vomiting even after paracetamol" is in spite of it. */
const DESPITE_WORDS = new Set(['even', 'still', 'despite']);
/** Words after a sign's name that make it an idiom ("sick of it", "a rash of complaints"), per last
 *  word of the name, and for every name. */
const IDIOM_AFTER = new Set(['of']);
const LAUGHING: ReadonlySet<string> = new Set(['laughing', 'laughin', 'giggling']);
const IDIOM_AFTER_WORD: Record<string, ReadonlySet<string>> = {
  rash: new Set(['decision', 'decisions', 'move', 'moves']),
  confused: new Set(['about', 'by', 'as', 'whether', 'which', 'what', 'how', 'over']),
  // "pissed myself laughing", "nearly wet my pants laughing": an idiom (review27).
  myself: LAUGHING,
  pants: LAUGHING,
};
/** "threw up my hands": "up" then whose, then a hand or an arm (not "threw up my dinner"). */
const OWNERS = new Set(['my', 'his', 'her', 'their', 'our', 'your', 'both']);
const RAISED = new Set(['hand', 'hands', 'arm', 'arms']);
/** Words before "rash" that name a harmless kind of it (trial19, review20: a teething baby's, heat
 *  rash, nappy rash beside a stiff neck from the car seat). */
const RASH_KINDS = new Set(['nappy', 'diaper', 'heat', 'sweat', 'sun', 'sunburn', 'shaving', 'razor', 'drool', 'dribble', 'teething', 'eczema', 'psoriasis', 'chickenpox', 'pox', 'prickly', 'friction', 'allergy', 'allergic', 'wax', 'waxing']);
/** Words that tie a rash to what it is: "the rash is eczema", "the rash was from the sun". */
const RASH_IS = new Set(['is', 'was', 's', 'from', 'its', 'just']);
/** Words that doubt what follows: "i thought the rash was eczema". */
const DOUBTS = new Set(['thought', 'assumed', 'hoped', 'presumed']);
/** Words just before the other thing of a pair that deny it: "my neck isn't stiff", "no stiff neck". */
const DENIES = new Set(['not', 'no', 't', 'nt', 'never', 'without', 'neither', 'nor']);
/** Whether the thing at w[k] is denied by a word just before it ("no tingling", "isn't stiff"). A
 *  denial further back, before a list, was tried (2026-12-07) and left out: "baby not feeding,
 *  vomiting and stiff neck" read "not" as denying the stiff neck (review30 H1). */
function deniedAt(w: string[], k: number): boolean {
  return DENIES.has(w[k - 1]) || DENIES.has(w[k - 2]);
}
/** Each word's clause (a number per word of words(query)): a new clause at a mark of punctuation
 *  between words, and at a word that joins clauses ("neck sore, no cuts and cant move my arm"). */
function clausesOf(query: string, count: number): number[] {
  const folded = fold(query);
  const out: number[] = [];
  let clause = 0;
  let end = 0;
  let listDenied = false;
  let before = '';
  for (const m of folded.matchAll(wordPattern(folded))) {
    const mark = /[.,;:!?()\n]/.test(folded.slice(end, m.index));
    // Not "and" inside "pins and needles", nor after "without" or "neither", whose list it goes on
    // ("without numb arms and weak legs").
    const join = CLAUSE_JOINS.has(m[0]) && !(m[0] === 'and' && (before === 'pins' || listDenied));
    if (out.length > 0 && (mark || join)) {
      clause++;
      listDenied = false;
    }
    if (m[0] === 'without' || m[0] === 'neither') listDenied = true;
    out.push(clause);
    end = m.index + m[0].length;
    before = m[0];
  }
  while (out.length < count) out.push(clause);
  return out;
}
const CLAUSE_JOINS = new Set(['but', 'and', 'so', 'though', 'although', 'while', 'unrelated']);
/** Words that deny what follows them in their clause ("i dont think my arm is weak", "neither arm is
 *  weak"), and the answers that deny what was said just before ("numb legs? i didnt"). */
const CLAUSE_DENIES = new Set(['not', 'no', 't', 'nt', 'never', 'without', 'neither', 'nor', 'none', 'nope', 'nah', 'didnt', 'dont', 'doesnt', 'isnt', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'wouldnt', 'cannot']);
/** Words of a short clause after a thing that say it is over ("a numb arm last season but fine now"). */
const OVER = new Set(['fine', 'better', 'ok', 'okay', 'gone', 'normal', 'settled']);
/** Words that give a cause ("my arms are weak after the gym", "numb from sleeping on it"). */
const CAUSE_MARKS = new Set(['from', 'after', 'because', 'cos', 'due', 'since', 'with']);
/** What a crash or a blow is called after a cause's word ("my arm went numb after the crash"). */
const CRASH_CAUSES = new Set(['accident', 'crash', 'collision', 'impact', 'tackle', 'knock', 'whiplash', 'fall', 'smash', 'bump', 'shunt', 'rta', 'incident']);
/** Times after a cause's word, which is then no cause ("since then", "since this morning", "after lunch",
 *  "from nowhere": review37). */
const CAUSE_TIMES = new Set(['nowhere', 'then', 'yesterday', 'today', 'tonight', 'this', 'last', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'night', 'lunch', 'breakfast', 'dinner', 'weekend', 'week', 'hours', 'minutes', 'days', 'an', 'about', 'it', 'that']);
/** Words skipped to reach what a cause's word names. */
const CAUSE_SKIP = new Set(['the', 'a', 'an', 'my', 'that', 'this', 'it', 'his', 'her', 'our', 'their', 'car', 'bike', 'road']);
/** Whether a query's words give a cause that is neither a crash nor a time: "my legs feel weak since
 *  covid", "worst headache ever from a hangover", "slurred speech after too many pints" (an emergency
 *  named with no neck is then that cause's, scope.ts). */
export function otherCauseTold(w: string[]): boolean {
  for (let i = 0; i < w.length; i++) {
    if (!CAUSE_MARKS.has(w[i])) continue;
    let c = i + 1;
    while (c < w.length && CAUSE_SKIP.has(w[c])) c++;
    if (c >= w.length || CAUSE_TIMES.has(w[c]) || CAUSE_TIMES.has(w[i + 1] ?? '')) continue;
    if (!w.slice(c, c + 3).some((x) => CRASH_CAUSES.has(x) || CRASH_CAUSES.has(stem(x)))) return true;
  }
  return false;
}
/** Words of a third person, and of the teller. */
const THIRD_PERSON = new Set(['he', 'she', 'they', 'his', 'her', 'him', 'their', 'them', 'hes', 'shes', 'grandad', 'granddad', 'grandpa', 'grandma', 'granny', 'nan', 'nana', 'husband', 'wife', 'mum', 'mom', 'mother', 'dad', 'father', 'son', 'daughter', 'brother', 'sister', 'friend', 'partner', 'boyfriend', 'girlfriend', 'kid', 'child', 'baby', 'hero', 'character', 'neighbour', 'neighbor', 'colleague', 'kids', 'children', 'toddler', 'patient', 'patients', 'boy', 'girl', 'uncle', 'aunt', 'auntie', 'cousin', 'niece', 'nephew', 'flatmate', 'roommate', 'coworker', 'boss']);
const TELLER = new Set(['i', 'me', 'my', 'im', 'ive', 'we', 'us', 'our', 'myself']);
/** Whether the thing at w[k] is denied in its clause, or by a short clause after it that denies it
 *  or says it is over ("numb arms or weak legs, i have neither", "not really", "but fine now"). */
function deniedInClause(w: string[], clauses: number[], k: number, length: number): boolean {
  const clause = clauses[k];
  for (let j = k - 1; j >= 0 && clauses[j] === clause; j--) if (CLAUSE_DENIES.has(w[j])) return true;
  let j = k + length;
  while (j < w.length && clauses[j] === clause) j++;
  const after = w.slice(j).filter((_, i) => clauses[j + i] === clauses[j]);
  return after.length <= 4 && after.some((x) => CLAUSE_DENIES.has(x) || OVER.has(x));
}
/** Whether a thing said anywhere (a limb that is weak or numb beside a crash) is told of now, of the
 *  one the crash happened to, and for no other cause (review30 on 61b88de): not denied in its clause
 *  or just after ("no cuts and cant move my arm" is not denied; "i dont think my arm is weak" is),
 *  not long ago or long-standing ("rear ended in 2019 and cant feel my hand since", "a weak leg for
 *  years"), not from another cause ("my arms are weak after the gym", "numb from sleeping on it"; but
 *  "after the crash"), and not someone else's when the crash is the teller's ("my grandad has a weak
 *  arm, i got rear ended today"). `crashAt` is where the crash's name stands; other causes are read
 *  only with `otherCauses`. */
function toldNow(w: string[], clauses: number[], k: number, length: number, crashAt: number, otherCauses: boolean, crashWords: ReadonlySet<string>): boolean {
  const clause = clauses[k];
  if (deniedInClause(w, clauses, k, length)) return false;
  const next = k + length;
  // "my legs went weak at the knees": an idiom.
  if (w[next] === 'at' && w[next + 1] === 'the' && (w[next + 2] === 'knees' || w[next + 2] === 'knee')) return false;
  if (longAgo(w, k, false) || longStanding(w, k)) return false;
  for (let i = Math.max(0, k - LONG_AGO_SPAN); i < Math.min(w.length, next + LONG_AGO_SPAN); i++) if (pastYear(w[i])) return false;
  if (otherCauses) for (let i = next; i < w.length && clauses[i] === clause; i++) {
    if (!CAUSE_MARKS.has(w[i])) continue;
    let c = i + 1;
    while (c < w.length && CAUSE_SKIP.has(w[c])) c++;
    // Not another cause: the crash itself, told by a word of its names or a person's getting it
    // ("after i was rear ended", "since he got tackled"), a time ("since then", "since this morning"),
    // or how far down a limb ("numb from the shoulder down").
    const ahead = w.slice(c, c + 5).filter((_, n) => clauses[c + n] === clause);
    const crash = ahead.some((x) => CRASH_CAUSES.has(x) || CRASH_CAUSES.has(stem(x)) || crashWords.has(x));
    const time = CAUSE_TIMES.has(w[c] ?? '') || CAUSE_TIMES.has(w[i + 1] ?? '');
    const extent = ahead.includes('down') || ahead.includes('up');
    if (c < w.length && !crash && !time && !extent) return false;
    break;
  }
  const limb = personsIn(w, clauses, k);
  const crash = personsIn(w, clauses, crashAt);
  if ((limb.third && !limb.first && crash.first && !crash.third) || (limb.first && !limb.third && crash.third && !crash.first)) return false;
  return true;
}
/** Who a clause tells of (the clause of the word at `at`): someone else, the teller, or both. */
function personsIn(w: string[], clauses: number[], at: number): { third: boolean; first: boolean } {
  const c = clauses[at];
  const ws = w.filter((_, i) => clauses[i] === c);
  // "my grandad", "my baby": another person, not the teller.
  const teller = ws.some((x, i) => TELLER.has(x) && !(x === 'my' && (THIRD_PERSON.has(ws[i + 1]) || THIRD_PERSON.has(ws[i + 2]))));
  return { third: ws.some((x) => THIRD_PERSON.has(x)), first: teller };
}
/** Whose neck a query tells of: the teller's ("my neck", "i have a stiff neck") and someone else's
 *  ("her neck", "my mum's neck"), each read at every place the query says "neck" or "crick". */
function necksOf(w: string[], clauses: number[]): { mine: boolean; theirs: boolean; unowned: boolean } {
  let mine = false;
  let theirs = false;
  let unowned = false;
  for (let n = 0; n < w.length; n++) {
    if (w[n] !== 'neck' && w[n] !== 'necks' && w[n] !== 'crick') continue;
    // The nearest owner within three words before it ("my stiff neck", "her neck", "mum s neck").
    let owner: 'mine' | 'theirs' | undefined;
    for (let j = n - 1; j >= Math.max(0, n - 3) && !owner; j--) {
      if (w[j] === 'my') owner = 'mine';
      else if (OWNERS.has(w[j]) || THIRD_PERSON.has(w[j]) || w[j] === 's') owner = 'theirs';
    }
    // ... or the nearest person before it in its clause ("i have a stiff neck from carrying him": mine).
    for (let j = n - 1; j >= 0 && clauses[j] === clauses[n] && !owner; j--) {
      if (THIRD_PERSON.has(w[j])) owner = 'theirs';
      else if (TELLER.has(w[j]) && !(w[j] === 'my' && (THIRD_PERSON.has(w[j + 1]) || THIRD_PERSON.has(w[j + 2])))) owner = 'mine';
    }
    if (!owner) {
      const told = personsIn(w, clauses, n);
      if (told.first && !told.third) owner = 'mine';
      else if (told.third) owner = 'theirs';
    }
    if (owner === 'mine') mine = true;
    if (owner === 'theirs') theirs = true;
    if (!owner) unowned = true;
  }
  return { mine, theirs, unowned };
}
/** The words of a fall, which happens to one body only. */
const FALL_WORDS = new Set(['fall', 'falls', 'fell', 'fallen', 'tumble', 'tumbled', 'tripped', 'cropper', 'slipped', 'slip', 'stumbled']);
/** The words of a sign of one body besides a fall's: a fever, a stroke, a chest's pain, a bladder's
 *  trouble, a faint, a rash, numbness, being sick. */
const BODY_SIGN_WORDS = new Set(['fever', 'fevers', 'feverish', 'temperature', 'temp', 'stroke', 'strokes', 'chest', 'bladder', 'bowels', 'fainted', 'fainting', 'rash', 'measles', 'numb', 'numbness', 'tingling', 'vomiting', 'seizure', 'seizures', 'talking', 'speech']);
/** Whether the fall (or another sign of one body, BODY_SIGN_WORDS) at w[k] is told of someone else
 *  while the neck told of is the teller's own: "my mum had a fall and i have been lifting her, my
 *  neck is killing me", "my son has a fever and i have a stiff neck from carrying him" (a carer's
 *  neck, not a sign of the teller's). A crash is not read so: the teller may have been in the car. */
function signOfAnother(w: string[], clauses: number[], k: number): boolean {
  // Whose sign: the nearest person before it in its clause ("I lifted my mum after she fell": hers;
  // "my mum and I had a fall": ours).
  let third = false;
  for (let j = k - 1; j >= 0 && clauses[j] === clauses[k]; j--) {
    // (A pet's fall is no one's: "our dog fell down the stairs but is fine": review58.)
    if (THIRD_PERSON.has(w[j]) || PETS.has(w[j])) { third = true; break; }
    if (TELLER.has(w[j]) && !(w[j] === 'my' && (THIRD_PERSON.has(w[j + 1]) || THIRD_PERSON.has(w[j + 2])))) return false;
  }
  if (!third) return false;
  // ... unless the teller says they have it too ("his fever cleared but mine hasn't", "we both have").
  if (w.some((x, i) => x === 'mine' || x === 'both' || (x === 'me' && w[i + 1] === 'too') || (x === 'so' && SO_TOO.has(w[i + 1]) && w[i + 2] === 'i'))) return false;
  // A sign that is an emergency of its own, for whoever has it (a stroke, a chest's pain, speech
  // gone wrong: "my neck is stiff and my husband has crushing chest pain"), is set aside only told as
  // past ("since his stroke", "turned out to be nothing": review57).
  if (OWN_EMERGENCY_WORDS.has(w[k]) && !w.slice(Math.max(0, k - 4), k + 8).some((x) => PAST_MARKS.has(x))) return false;
  // A fever beside another of meningitis's signs ("my son has a fever and a headache and is being
  // sick", "a high temperature and won't wake up") is that person's emergency (review57).
  if (FEVER_SIGN_WORDS.has(w[k]) && w.some((x) => FEVER_COMPANIONS.has(x))) return false;
  const necks = necksOf(w, clauses);
  return necks.mine && !necks.theirs && !necks.unowned;
}
const SO_TOO = new Set(['do', 'have', 'am', 'did', 'had']);
const PETS = new Set(['dog', 'dogs', 'cat', 'cats', 'puppy', 'kitten', 'pet']);
const OWN_EMERGENCY_WORDS = new Set(['stroke', 'strokes', 'chest', 'talking', 'speech']);
const PAST_MARKS = new Set(['since', 'after', 'had', 'turned', 'was', 'were', 'last', 'ago', 'years', 'used', 'history']);
const FEVER_SIGN_WORDS = new Set(['fever', 'fevers', 'feverish', 'temperature', 'temp']);
const FEVER_COMPANIONS = new Set(['headache', 'headaches', 'sick', 'vomiting', 'throwing', 'puking', 'rash', 'spots', 'drowsy', 'sleepy', 'wake', 'confused', 'floppy', 'fit', 'fits', 'seizure', 'seizures', 'light', 'lights']);
/** Whether an accident's seriousness is denied after its word, in its clause or the next few words:
 *  "the crash was nothing serious", "a fall at work, not serious", "the crash was minor". */
function seriousnessDeniedAfter(w: string[], k: number): boolean {
  // (Sixteen words: "slipped on ice 2 days ago, neck sore but i can move everything, its not bad":
  // review55.)
  for (let j = k + 1; j < Math.min(w.length, k + 16); j++) {
    // "the crash was minor", "only a small one", "neck pain mild"; not "it was not minor" nor "far
    // from minor".
    const small = w[j] === 'minor' || w[j] === 'mild' || ((w[j] === 'small' || w[j] === 'little' || w[j] === 'tiny') && w[j + 1] === 'one');
    if (small && !deniesBefore(w, j)) return true;
    if ((w[j] === 'nothing' || w[j] === 'not' || w[j] === 'wasnt' || w[j] === 'isnt' || (w[j] === 't' && (w[j - 1] === 'wasn' || w[j - 1] === 'isn'))) ) {
      let m = j + 1;
      while (m < w.length && (w[m] === 'too' || w[m] === 'that' || w[m] === 'very' || w[m] === 'a' || w[m] === 'at' || w[m] === 'all')) m++;
      if (SEVERITY.has(w[m]) || w[m] === 'major') return true;
    }
  }
  return false;
}
/** Whether an accident's seriousness is denied right before its word: "not a bad fall", "it wasn't
 *  a serious crash". */
function seriousnessDeniedBefore(w: string[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && DENY_SKIP.has(w[j])) j--;
  if (!SEVERITY.has(w[j]) && w[j] !== 'major') return false;
  j--;
  while (j >= 0 && (w[j] === 'a' || w[j] === 'an' || w[j] === 'that' || w[j] === 'too' || w[j] === 'very' || w[j] === 'really')) j--;
  return w[j] === 'not' || w[j] === 'never' || w[j] === 'wasnt' || w[j] === 'isnt' || (w[j] === 't' && (w[j - 1] === 'wasn' || w[j - 1] === 'isn'));
}
/** Whether the word at k is denied right before it, past one word of degree or an article ("not
 *  minor", "wasn't a minor crash", "isn't slurred", "not really numb"). */
function deniesBefore(w: string[], k: number): boolean {
  let j = k - 1;
  if (DENY_FILLER.has(w[j])) j--;
  if (DENY_FILLER.has(w[j])) j--;
  // The second of two denied together ("I'm not hot or feverish": review50 found its fever raised).
  if ((w[j] === 'or' || w[j] === 'nor') && j >= 2 && deniesBefore(w, j - 1)) return true;
  // Either of "neither … nor …" ("neither numb arms nor weak legs": review55), where both words stand.
  if (w[j] === 'nor' && w.slice(Math.max(0, j - 6), j).includes('neither')) return true;
  if (w[j] === 'neither' && w.slice(j + 1, j + 7).includes('nor')) return true;
  return (DENIED_STATE.has(w[j]) && w[j] !== 'neither' && w[j] !== 'nor') || (w[j] === 't' && DENIED_STATE_T.has(w[j - 1])) || (w[j] === 'from' && w[j - 1] === 'far');
}
/** What a body does, whose denial is the sign itself ("no strength in my arm", "no bladder control",
 *  "no balance"), not a sign denied. */
const FUNCTIONS = new Set(['strength', 'feeling', 'sensation', 'control', 'grip', 'balance', 'power', 'use', 'movement']);
const DENY_FILLER = new Set(['a', 'an', 'any', 'that', 'very', 'too', 'really', 'so', 'at', 'all', 'even', 'feeling', 'feel', 'have', 'got', 'had', 'been', 'running']);
/** Whether a query tells what makes an injury an emergency beside it (severe pain, a limb that is weak,
 *  numb or will not work): then an accident's seriousness denied ("the fall was minor but now i cant
 *  walk and my neck is agony") is not read as a minor injury (review44 H1, H3). The words of the
 *  injury's emergency group's own pairs (alongside), not denied right before them, and losses of a
 *  limb's use. */
function severityTold(index: SearchIndex, w: string[]): boolean {
  for (const section of index.corpus.sections) {
    for (const group of section.vocabulary ?? []) {
      // (The injury's own group: one that holds a crash's or a fall's name.)
      if (!group.urgent || !group.alongside || !EMERGENCY_MEANS.test(group.means) || !group.terms.some((t) => MILDER_WHEN_DENIED.has(t))) continue;
      if (pairsOf(group).near.some((phrase) => phraseAt(w, phrase).some((k) => !deniesBefore(w, k)))) return true;
    }
  }
  for (let k = 0; k + 1 < w.length; k++) {
    const cant = w[k] === 'cant' || w[k] === 'cannot' || w[k] === 'unable' || (w[k] === 't' && (w[k - 1] === 'can' || w[k - 1] === 'couldn' || w[k - 1] === 'won'));
    if (!cant) continue;
    const next = w[k + 1] === 'to' ? w[k + 2] : w[k + 1];
    if (LIMB_USES.has(next)) return true;
  }
  return w.some((x, k) => LIMB_LOSS.has(x) && !deniesBefore(w, k));
}
const LIMB_USES = new Set(['walk', 'stand', 'move', 'feel', 'lift', 'grip', 'hold', 'raise', 'use']);
const LIMB_LOSS = new Set(['weak', 'weakness', 'numb', 'numbness', 'tingling', 'tingly', 'paralysed', 'paralyzed']);
/** How near the neck the other thing's word must stand: "stiff shoulders … neck sore" is not a
 *  stiff neck (review20), "my son's neck is really stiff" is. */
const PAIR_SPAN = 4;

/** A group's other things, read once per group: those said beside the neck (`alongside`) as words,
 *  those said anywhere (`alongsideAnywhere`) as the words toldAnywhere compares (their sides and words
 *  of degree left out, owners as "my", stems), and the words of the group's own names, which name the
 *  crash in a cause ("after i was rear ended"). Worked out at every search, the 286 phrases of a limb
 *  took a tenth of the answering suite's time (2026-12-07). */
function pairsOf(group: VocabularyGroup): { near: string[][]; anywhere: { words: string[]; length: number }[]; crashWords: ReadonlySet<string> } {
  let pairs = pairsCache.get(group);
  if (!pairs) {
    pairs = {
      near: (group.alongside ?? []).map((other) => words(other)),
      anywhere: (group.alongsideAnywhere ?? []).map((other) => {
        const phrase = words(other);
        return { words: phrase.filter((x) => !LEFT_UNSAID.has(x)).map(ownerless), length: phrase.length };
      }),
      crashWords: new Set(group.terms.flatMap((t) => words(t)).filter((x) => !CAUSE_SKIP.has(x) && !STOP_WORDS.has(x) && x.length > 2)),
    };
    pairsCache.set(group, pairs);
  }
  return pairs;
}
const pairsCache = new WeakMap<VocabularyGroup, { near: string[][]; anywhere: { words: string[]; length: number }[]; crashWords: ReadonlySet<string> }>();

/** A sign of two things told together (a group's `alongside`: a rash, being sick or drowsiness beside
 *  a stiff neck, which can be meningitis): its terms are dropped from the query's matches unless the
 *  query says one of them word for word (a typo read as the word it was read as), not as an idiom
 *  nor as what a treatment it names did ("a rash from the heat pad", "the muscle relaxer makes me
 *  drowsy"), and says one of the group's other things as well, in any sentence ("My son's neck is
 *  stiff. He has been sick twice."), of the neck (the group's `alongsideAnywhere`: anywhere) and not
 *  denied. Word for word, because the index
 *  drops "being" and "up": "off sick" is not "being sick". */
export function dropUnpaired(index: SearchIndex, query: string, parsed: Term[], unitScores: Map<number, number[]>, matchedUnits: Set<number>[], conditions: Set<number>): boolean {
  const sections = index.corpus.sections;
  let raw: string[] | undefined;
  let folded: string | undefined;
  let treatments: Set<string> | undefined;
  let raised: Set<string> | undefined;
  let raisedWithLimb = false;
  let limbWords: string[] | undefined;
  let limbSet: Set<string> | undefined;
  let clauses: number[] | undefined;
  for (const [unitId] of unitScores) {
    if (index.unitKind[unitId] !== TERM) continue;
    const s = index.unitSection[unitId];
    const u = unitId - index.sectionFirstUnit[s];
    const named = groupOfUnit(sections[s], u);
    // (A group may pair only with things said anywhere: a pounding headache with a fever.)
    const alongside = named?.group.alongside ?? (named?.group.alongsideAnywhere ? [] : undefined);
    if (!named || !alongside) continue;
    if (!raw) {
      const as = readAs(parsed);
      raw = words(query).map((w) => as.get(w) ?? w);
    }
    const w = raw;
    const name = words(named.term);
    const at = phraseAt(w, name);
    const pairs = pairsOf(named.group);
    /** One of the group's other things said beside the neck ("my neck is agony"), not denied. */
    const toldNear = (phrase: string[]) => {
      // (Beside an injury, whose limb may be said anywhere too, denied in its clause as well: "neither
      // numb arms nor weak legs", "numb arm? no".)
      if (pairs.anywhere.length > 0) clauses ??= clausesOf(query, w.length);
      // (Not the idiom "a terrible pain in the neck", said of a person or a thing: review52.)
      return phraseAt(w, phrase).some((k) => !deniedAt(w, k) && !(pairs.anywhere.length > 0 && deniedInClause(w, clauses!, k, phrase.length)) && !painInTheNeck(w, k, phrase.length) && (phrase.includes('neck') || w.slice(Math.max(0, k - PAIR_SPAN), k + phrase.length + PAIR_SPAN).some((x) => x === 'neck' || x === 'necks')));
    };
    /** One said anywhere, of anyone ("he can't move his legs"), told now (toldNow); a limb's side and a
     *  word of degree left unsaid ("my left arm is numb" is "my arm is numb"). (Another cause counts
     *  against a limb beside an injury, whose group pairs with the neck's state too, not against a
     *  fever: "hot and shivery from the flu" is a fever.) */
    const toldAnywhere = (thing: { words: string[]; length: number }) => {
      if (!limbWords) {
        limbWords = w.map((x) => (LEFT_UNSAID.has(x) ? '' : ownerless(x)));
        limbSet = new Set(limbWords);
      }
      if (!thing.words.every((x) => limbSet!.has(x))) return false;
      clauses ??= clausesOf(query, w.length);
      return phraseAtSkipping(limbWords, thing.words).some((k) => toldNow(w, clauses!, k, thing.length, at[0], pairs.near.length > 0, pairs.crashWords));
    };
    let keep = at.length > 0 && (pairs.near.some(toldNear) || pairs.anywhere.some(toldAnywhere));
    if (keep) {
      // The query's words that name a treatment (a medicine, a heat pad): what can cause a symptom.
      treatments ??= treatmentWords(index, parsed, unitScores, conditions, new Set([...alongside, ...(named.group.alongsideAnywhere ?? [])].flatMap((other) => words(other))));
      // The idiom's word must follow the name directly: "puking, how long should I leave it" asks.
      folded ??= fold(query);
      const last = name[name.length - 1];
      const idiom = (k: number) => {
        const next = w[k + name.length];
        if (next === undefined || !folded!.includes([...name, next].join(' '))) return false;
        return IDIOM_AFTER.has(next) || IDIOM_AFTER_WORD[last]?.has(next) === true || (last === 'up' && OWNERS.has(next) && RAISED.has(w[k + name.length + 1]));
      };
      // ... before it ("a heat rash") or said after it ("the rash on my back is eczema": review29 F3).
      // Not when doubted ("i thought the rash was eczema but it doesnt fade": review29 R3).
      const doubted = (k: number) => w.slice(0, k).some((x) => DOUBTS.has(x)) || w.slice(k + name.length).includes('but');
      const harmless = (k: number) => last === 'rash' && (RASH_KINDS.has(w[k + name.length - 2] ?? '') || (w.slice(k + name.length, k + name.length + 6).some((x, j, after) => RASH_KINDS.has(x) && RASH_IS.has(after[j - 1] ?? '')) && !doubted(k)));
      const ofPerson = !SAID_OF_PERSON.has(named.term) || undefined;
      // Said by the teller beside a headache ("neck stiff and I am very hot with headache"), a plain
      // "hot" is the fever of the three signs told together, unless a reason comes after it ("hot
      // after the gym"): writer66 had found the medicines first.
      const plainHot = SAID_OF_ANOTHER.has(named.term);
      /** A plain "hot" said of someone else with no harmless reason beside it, or of the teller as
       *  how they feel, beside a headache (tellerFeelsHot). */
      const hotOfPerson = (k: number) => (saidOfPerson(w, k, true) && !ownBody(w, k) ? !hotForAReason(w, k) : headacheTold(w) && (saidOfPerson(w, k, false) || opensQuery(w, k)) && !hotForAReason(w, k, false) && tellerFeelsHot(w, k));
      keep = at.some((k) => !idiom(k) && !harmless(k) && !causedBy(w, k, k + name.length, treatments!) && (ofPerson ?? (plainHot ? hotOfPerson(k) : saidOfPerson(w, k, false))));
    }
    if (!keep) {
      unitScores.delete(unitId);
      matchedUnits[s].delete(u);
    } else if (EMERGENCY_MEANS.test(named.group.means)) {
      (raised ??= new Set()).add(words(named.term).join(' '));
      if (named.group.alongsideAnywhere) raisedWithLimb = true;
    }
  }
  // A name told with what makes it an emergency ("rear ended, my neck is agony") is that emergency's,
  // not the lesser sign's the same name is also in ("a minor neck injury … with no severe pain").
  if (raised) for (const [unitId] of unitScores) {
    if (index.unitKind[unitId] !== TERM) continue;
    const s = index.unitSection[unitId];
    const named = groupOfUnit(sections[s], unitId - index.sectionFirstUnit[s]);
    if (!named || !named.group.urgent || named.group.alongside || named.group.alongsideAnywhere || EMERGENCY_MEANS.test(named.group.means) || !raised.has(words(named.term).join(' '))) continue;
    unitScores.delete(unitId);
    matchedUnits[s].delete(unitId - index.sectionFirstUnit[s]);
  }
  return raisedWithLimb;
}
/** A limb's lesser sign (numbness, tingling or weakness), by its meaning. */
const LIMB_SIGN = /\b(?:numbness|tingling|weakness)\b/;
/** An injury's emergency told with a limb that is numb, tingling or weak ("car accident this morning
 *  … pins and needles in my hands", "had a fall … her hands are numb"), or another emergency named
 *  whole where no accident is ("severe neck pain and numb weak legs"): the limb's lesser sign (a
 *  pinched nerve's) is not what the answer cites; the emergency's
 *  name, whole and still standing after every other reading, is (review45). Only the names each
 *  section's snippet may cite change (matchedUnits, wholeUnits), not the words' matches, which the
 *  ranking and the scope read. `paired`: dropUnpaired kept an injury paired with a limb. */
export function citeEmergencyOverLimb(index: SearchIndex, paired: boolean, query: string, parsed: Term[], unitScores: Map<number, number[]>, wholeUnits: Set<number>[], matchedUnits: Set<number>[]): void {
  const sections = index.corpus.sections;
  const w = words(query);
  /** Whether a word the query says is turned from, or denied right before it ("no accident"). */
  const denied = (t: number) => parsed[t].tried || (w.includes(parsed[t].word) && w.every((x, k) => x !== parsed[t].word || deniesBefore(w, k)));
  wholeUnits.forEach((units, s) => {
    if (units.size === 0) return;
    const lesser: number[] = [];
    let injury = false;
    /** The urgent names among them, with their groups. */
    const signs = [...units].flatMap((u) => {
      const unitId = index.sectionFirstUnit[s] + u;
      const group = index.unitKind[unitId] === TERM ? groupOfUnit(sections[s], u)?.group : undefined;
      return group?.urgent ? [{ u, unitId, group }] : [];
    });
    /** Whether the query names an accident whole: then only an injury paired with a limb counts. */
    const accident = signs.some(({ group }) => INJURY_MEANS.test(group.means));
    for (const { u, unitId, group } of signs) {
      // (An injury the query turns from is none: "no accident, and I can't feel my legs" keeps the
      // leg's warning: review46.)
      // So does another emergency's name, whole, where the query names no accident (an accident's
      // emergency is one with a limb only as dropUnpaired pairs them): "severe neck pain and numb weak
      // legs" is the weak legs' emergency, not the numb leg's warning (review55). Not one whose words
      // weigh nothing (said to be absent).
      if (EMERGENCY_MEANS.test(group.means) && group.alongsideAnywhere && paired) injury ||= !(unitScores.get(unitId) ?? []).some((v, t) => v > 0 && denied(t));
      // (Not a heart attack's: its "pain down my arm" is the pinched nerve's sign too, review56.)
      else if (EMERGENCY_MEANS.test(group.means) && !group.alongsideAnywhere && !accident && !HEART_MEANS.test(group.means)) injury ||= !(unitScores.get(unitId) ?? []).some((v, t) => v > 0 && (denied(t) || parsed[t].weight === 0));
      else if (!EMERGENCY_MEANS.test(group.means) && !group.alongside && LIMB_SIGN.test(group.means)) lesser.push(u);
    }
    if (!injury) return;
    for (const u of lesser) {
      units.delete(u);
      matchedUnits[s].delete(u);
    }
  });
}
/** A sign that is an injury's ("a possible neck or spine injury after a serious fall", "a minor neck
 *  injury"), not one "even without an injury". */
const INJURY_MEANS = /\bneck (?:or spine )?injury\b/;
/** A heart attack's sign. */
const HEART_MEANS = /\bheart attack\b/;
/** A sign's meaning that opens with a word in capitals ("EMERGENCY, call 999 …"): an emergency. */
const EMERGENCY_MEANS = /^[A-Z]{4,}\b/;

/** A set of words, from a list of them. */
const setOf = (list: string): ReadonlySet<string> => new Set(list.split(' '));
type SenseRule = (w: string[], k: number) => boolean;
/** The verbs of a car running into the back of another, in every form (their rule is rearEnded). */
const REAR_VERBS = 'drove drive drives driving driven ran went go goes going gone smashed smash smashing ploughed plough ploughing plowed slammed slam slamming';
/** The words that may be said in another sense (buildSenses has a rule for each): looked up in this
 *  text, so that the rules and their ~40 sets of words are made when a query first holds one, not at
 *  import, which every command pays. */
const SENSE_WORDS = ` down broke weak swallowed stroke heart sweat breath paralysed paralyzed strokes stroking stroked trip trips tripped tripping trauma traumas temperature temp temperatures crash crashed crashing numb numbs numbing wet wetting fever fell chest tumble tumbles leaking leak leaks dribbling dribble wipe wiping wiped wipes fall falls falling fallen flying flew clash clashed clashes clashing wipeout back behind light lights bladder bowel bowels incontinence incontinent planted faceplanted tackled breathless cancer accident thrown fade fades fading spot week weeks weight weights knock knocked knocking stairs prang pranged ${REAR_VERBS} `;
let senses: { rules: Record<string, SenseRule>; keepWeight: ReadonlySet<string> } | undefined;
/** The other senses, by the query's word: each reads the words w around the word at k. */
function buildSenses(): { rules: Record<string, SenseRule>; keepWeight: ReadonlySet<string> } {
  /** Whose thing follows a verb: "stroke my neck", "stroke it gently". */
  const CARESSED = setOf('my his her their our your the it them gently lightly softly down along');
  /** Words before "stroke" that make it a verb (to caress): "can i stroke", "gently stroke"; not "a stroke". */
  const CARESS_BEFORE = setOf('to i can could you we gently lightly softly just and or then please');
  /** Words before "strokes" that make it a count of strokes had ("two strokes his arm is weak"). */
  const COUNTED = setOf('two three several many few mini multiple previous past had some any 2 3 4');
  /** Words before "stroke" that name another kind of it: "breast stroke", "heat stroke". */
  const STROKE_KINDS = setOf('breast back swimming butterfly heat brush pen key golf tennis paddle rowing finishing master');
  /** "a stroke of luck", "at the stroke of midnight" (not "a stroke of some sort": review28 R5). */
  const STROKE_OF = setOf('luck genius midnight inspiration brilliance fortune fate noon');
  /** "stroke technique", "stroke length" (of a massage or a swim). */
  // ... or a stroke had before, told as a history ("stroke survivor"; not "stroke rehab", where a new
  // sign may follow: "she is in stroke rehab and since this morning her other arm has gone weak").
  const STROKE_AFTER = setOf('technique techniques length rate count survivor survivors');
  const NEARLY = setOf('nearly almost practically basically');
  /** What follows "swallowed" when it was something taken in. */
  const INGESTED = setOf('pills pill tablets tablet medicine medicines medication paracetamol ibuprofen capsules capsule calpol panadol tylenol nurofen codamol cocodamol packet bottle box strip');
  const SWALLOW_TROUBLE = setOf('hurt hurts hurting painful pain sore stuck stick sticks catch catches caught choke choked choking cough coughed coughs couldnt cant difficult difficulty hard trouble struggle struggled');
  const GAVE = setOf('gave give gives giving');
  const OBJECTS = setOf('me him her us them you');
  const FRIGHT = setOf('fear fright terror anxiety nerves indecision');
  /** What trips that is no fall: "tripped the fuse", "tripped a breaker". */
  const ELECTRICS = setOf('trip fuse fuses breaker breakers switch circuit circuits electrics electric alarm power rcd');
  /** Words beside "trauma" that make it the mind's: "emotional trauma", "trauma therapy". */
  const MIND_BEFORE = setOf('emotional emotionally psychological psychologically childhood mental past ptsd birth generational religious relationship');
  const MIND_AFTER = setOf('therapy therapist therapists counselling counseling counsellor counselor informed bonding dump dumping');
  /** Things with a temperature that are no fever: "what temperature for the bath", "water temperature". */
  const HEATED = setOf('bath baths water shower pad pack tub sauna room oven bottle towel compress setting settings dial wheat');
  const ASKS_TEMPERATURE = setOf('what which right ideal best correct safe room');
  /** Words before a temperature that make it a person's: "a high temp", "running a temperature" (review28 R4). */
  const FEVERISH = setOf('a high raging slight his her my their has have had got running with');
  /** Where a person crashes out to sleep ("crashed on the sofa"), and things that crash and are no accident. */
  const SLEPT_ON = setOf('sofa couch settee floor bed futon airbed sofabed chair recliner');
  const MACHINES = setOf('laptop computer pc phone system server app mac ipad tablet game');
  const SCREENS = setOf('tv telly television news film movie youtube screen radio');
  /** A crash seen, not had: "saw a car crash", "drove past a bad crash" (not "passed out after the crash"). */
  const SAW = setOf('past saw seen see watched witnessed');
  const CRASH_KINDS = setOf('car road bad nasty big terrible horrible motorway bike pile plane train air helicopter');
  const seenCrash = (w: string[], k: number) => {
    let j = k - 1;
    while (j > 0 && CRASH_KINDS.has(w[j])) j--;
    return (w[j] === 'a' || w[j] === 'the' || w[j] === 'an') && SAW.has(w[j - 1]);
  };
  /** A crash that is what a film, a story or a game is about ("watched a film about a car crash",
   *  "writing a story about a crash"), a game played ("played crash bandicoot"), and things named for a
   *  crash ("a crash helmet", "crash test dummies"), none of them a crash the teller had. */
  const MEDIA = setOf('film films movie movies story stories documentary video videos show programme program book books article articles news podcast game games essay report novel episode series play song reading read watching watched writing wrote dream dreamt');
  const crashTopic = (w: string[], k: number) => {
    let j = k - 1;
    while (j > 0 && (CRASH_KINDS.has(w[j]) || w[j] === 'a' || w[j] === 'the' || w[j] === 'an')) j--;
    return w[j] === 'about' && w.slice(Math.max(0, j - 4), j).some((x) => MEDIA.has(x));
  };
  const PLAYED = setOf('played playing play plays');
  /** A crash in a game ("crashed loads in the racing game") or told of a story's character. */
  // A game is a video game only by its kind ("the racing game", "a video game", "on the xbox"): "crashed
  // into another player during the game" is a sport's real crash (review46).
  const CONSOLES = setOf('gaming playstation ps4 ps5 xbox nintendo switch simulator sim gta fortnite');
  const GAME_KINDS = setOf('video computer racing driving online mobile phone arcade car kart');
  const videoGame = (x: string, j: number, w: string[]) => CONSOLES.has(x) || ((x === 'game' || x === 'games') && GAME_KINDS.has(w[j - 1]));
  const gameCrash = (w: string[], k: number) => w.some((x, j) => j >= k - 6 && j <= k + 6 && videoGame(x, j, w)) || w.slice(Math.max(0, k - 4), k).includes('character');
  const CRASH_THINGS = setOf('test tests helmet helmets barrier barriers mat mats cymbal cymbals pad pads video videos compilation compilations');
  /** Words after "crashed" that give it an object or a place: an accident ("crashed the car", "crashed into a wall"). */
  const CRASHED_INTO = setOf('into the my a an his her our their your off onto through');
  /** Words before "numb" that make it a verb ("will ice numb the pain"), not the state ("my arm is numb it …": review28 R1). */
  const NUMBS = setOf('to will would can could does did help helps might may should ice cold cream gel spray');
  /** What "numb" does to as a verb, and what a numbing thing is. */
  const NUMBED = setOf('pain ache aches area spot soreness muscle muscles it');
  const NUMBING = setOf('cream gel spray effect agent patch');
  /** Things that are wet and no sign ("wet heat", "a wet towel"), and words that deny the laughing ("without laughing"). */
  const WET_THINGS = setOf('heat towel towels flannel cloth compress compresses weather hair wipe wipes pack packs wheat paint day days climate room sand dog');
  const UNSAID = setOf('without not no never');
  /** Wet from the weather: "soaking wet", "wet through", "got wet in the rain". */
  const SOAKING = setOf('soaking sopping dripping soaked');
  const OUTDOORS = setOf('in from at walking cycling out outside');
  const WEATHER = setOf('rain raining rained storm downpour drizzle snow puddle swim swimming pool sea river');
  /** "cabin fever", "hay fever" (an allergy), "fever pitch" (review28 E2). */
  const FEVER_KINDS = setOf('cabin hay disco gold spring');
  const FEVER_AFTER = setOf('pitch dream dreams');
  /** "prices fell", "fell asleep", "fell ill", "fell out with" (review28 E6); not "fell out of bed". */
  const FELL_SUBJECTS = setOf('prices price shares stocks sales temperatures snow rain night darkness silence numbers rates costs');
  /** An amount that falls ("the pain fell to 3", "pain score fell from 8 to 4"): only with a word of
   *  how far after it, for "neck pain, fell down the stairs" is a fall (review49). */
  const AMOUNT_SUBJECTS = setOf('pain score scores level levels');
  const AMOUNT_NEXT = setOf('to from by away right quite dramatically');
  const amountFell = (w: string[], k: number) => AMOUNT_SUBJECTS.has(w[k - 1]) && (AMOUNT_NEXT.has(w[k + 1]) || /^\d/.test(w[k + 1] ?? ''));
  const FELL_AFTER = setOf('asleep pregnant apart behind short ill sick for');
  const PHRASE_BEFORE = setOf('in the at on during through a of to into from');
  const TUMBLE_THINGS = setOf('dryer dryers drier driers dry dried weed');
  const FALLS_OF_THINGS = setOf('career confidence mood shares share stocks stock prices price market sales grades marks ratings popularity business profits income savings pound value spirits morale life job');
  /** What a person passes: "leaking urine", "dribbling wee". */
  const PASSED = setOf('urine wee pee poo');
  /** A chest at the gym or its muscles: "chest stretches", "chest press", "tight chest muscles" (review28 E4, review29 F1; not "day" nor "exercise": "pain in
   *  my chest day and night", "pressure in my chest exercise makes worse", R11). */
  const CHEST_WORKOUT = setOf('stretch stretches stretching press presses workout workouts fly flies freezer muscle muscles pecs pec');
  const OTHER_SENSES: Record<string, SenseRule> = {};
  const caress = (w: string[], k: number) => CARESS_BEFORE.has(w[k - 1]) && CARESSED.has(w[k + 1]);
  OTHER_SENSES.stroke = (w, k) => STROKE_KINDS.has(w[k - 1]) || (w[k + 1] === 'of' && STROKE_OF.has(w[k + 2])) || caress(w, k) || STROKE_AFTER.has(w[k + 1]);
  // Idioms of a fright (review28 E8-E10, E12): "the bill nearly gave me a heart attack", "a cold sweat
  // at the thought of the dentist", "short of breath from laughing", "paralysed with fear".
  OTHER_SENSES.heart = (w, k) => w[k + 1] === 'attack' && ((w[k + 2] === 'of' && w[k + 3] === 'a') || w[k - 1] === 'a') && ((w[k + 2] === 'of' && w[k + 3] === 'a') || GAVE.has(w[k - 2]) || (GAVE.has(w[k - 3]) && OBJECTS.has(w[k - 2])) || ((w[k - 2] === 'had' || w[k - 2] === 'have') && NEARLY.has(w[k - 3])));
  OTHER_SENSES.sweat = (w, k) => w.slice(k + 1, k + 4).includes('thought');
  // ... or out of breath from running or the gym (review56): no difficulty breathing. Not from the
  // stairs, which a heart's trouble may be.
  const EXERTION = setOf('treadmill gym workout running sprinting sprint sprinted jogging jog jogged exercise exercising exercised hike hiking cycling race');
  OTHER_SENSES.breath = (w, k) => w.slice(k + 1, k + 4).some((x) => LAUGHING.has(x) || x === 'laughter') || w.slice(Math.max(0, k - 6), k + 8).some((x) => EXERTION.has(x));
  // A rash or spots that do not fade (under a glass): not an ache that fades, nor fade cream (review33).
  const FADING_THINGS = setOf('rash rashes spots spot marks blotches blotchy dots');
  const NOT_FADING = setOf('doesnt dont not wont never t nt didnt');
  for (const word of ['fade', 'fades', 'fading']) OTHER_SENSES[word] = (w, k) => !NOT_FADING.has(w[k - 1]) || !w.slice(Math.max(0, k - 5), k).some((x) => FADING_THINGS.has(x));
  // Thrown from or off something is a fall; not a neck or back thrown out, a tantrum or a party thrown,
  // things thrown away (review33).
  const THROWN_OTHER = setOf('a an out away together in into around about');
  OTHER_SENSES.thrown = (w, k) => THROWN_OTHER.has(w[k + 1]) || w[k + 2] === 'out' || w[k + 3] === 'out';
  // "by accident" is by mistake, no road accident ("took double the ibuprofen dose by accident": review32).
  OTHER_SENSES.accident = (w, k) => w[k - 1] === 'by';
  // A prang is a crash after a word of which one ("a prang", "the little prang"); said of a person it
  // is UK slang for anxious ("feeling prang", "making me prang"), as is "pranged out" (review47).
  const PRANG_BEFORE = setOf('a the my our his her their that this another little small minor slight bad nasty');
  OTHER_SENSES.prang = (w, k) => !PRANG_BEFORE.has(w[k - 1]);
  OTHER_SENSES.pranged = (w, k) => w[k + 1] === 'out';
  // "swallowed some of my paracetamol", "swallowed a whole packet": what was taken in, not the
  // difficulty swallowing of the sign ("it hurts when i swallow"; review40: a child who swallowed
  // tablets was shown the swallowing sign).
  // Only with a medicine or its pack in the next words, and no trouble in swallowing told beside it
  // ("it hurt when i swallowed my food", "i choked when i swallowed my pills": review41).
  OTHER_SENSES.swallowed = (w, k) => w.slice(k + 1, k + 6).some((x) => INGESTED.has(x)) && !w.slice(Math.max(0, k - 5), k + 8).some((x) => SWALLOW_TROUBLE.has(x));
  // A cancer tested for or spoken of, not had ("my bowel cancer screening kit", "a cancer charity run").
  const CANCER_TALK = setOf('screening screen test tests testing check checks kit awareness research charity run walk');
  OTHER_SENSES.cancer = (w, k) => CANCER_TALK.has(w[k + 1]);
  // "breathless with excitement", "breathless with laughter" (review29): a feeling, not breathing.
  const ELATION = setOf('excitement anticipation laughter laughing joy delight awe');
  OTHER_SENSES.breathless = (w, k) => w[k + 1] === 'with' && ELATION.has(w[k + 2]);
  for (const word of ['paralysed', 'paralyzed']) OTHER_SENSES[word] = (w, k) => (w[k + 1] === 'with' || w[k + 1] === 'by') && FRIGHT.has(w[k + 2]);
  OTHER_SENSES.strokes = (w, k) => STROKE_KINDS.has(w[k - 1]) || (!COUNTED.has(w[k - 1]) && CARESSED.has(w[k + 1])) || w[k - 1] === 'long' || w[k - 1] === 'gentle';
  // "stroking" is a verb, never the illness, but for "stroking out".
  OTHER_SENSES.stroking = (w, k) => w[k + 1] !== 'out';
  OTHER_SENSES.stroked = (w, k) => w[k + 1] !== 'out' && CARESSED.has(w[k + 1]);
  for (const word of ['trip', 'trips', 'tripped', 'tripping']) {
    OTHER_SENSES[word] = (w, k) => ELECTRICS.has(w[k + 1]) || (w[k + 1] === 'over' && OWNERS.has(w[k + 2]) && (w[k + 3] === 'words' || w[k + 3] === 'tongue')) || ((w[k + 1] === 'the' || w[k + 1] === 'a' || w[k + 1] === 'our') && ELECTRICS.has(w[k + 2])) || (w[k + 1] === 'out' && w[k + 2] !== 'of');
  }
  for (const word of ['trauma', 'traumas']) OTHER_SENSES[word] = (w, k) => MIND_BEFORE.has(w[k - 1]) || MIND_AFTER.has(w[k + 1]);
  for (const word of ['temperature', 'temp', 'temperatures']) {
    OTHER_SENSES[word] = (w, k) => !FEVERISH.has(w[k - 1]) && (HEATED.has(w[k - 1]) || ((w[k + 1] === 'for' || w[k + 1] === 'of' || w[k + 1] === 'on' || w[k + 1] === 'setting') && w.slice(k + 2, k + 5).some((x) => HEATED.has(x))) || (ASKS_TEMPERATURE.has(w[k - 1]) && w.slice(k + 1, k + 6).some((x) => HEATED.has(x))));
  }
  for (const word of ['crash', 'crashed', 'crashing']) {
    OTHER_SENSES[word] = (w, k) => (w[k + 1] === 'out' && w[k + 2] !== 'of') || ((w[k + 1] === 'on' || w[k + 1] === 'in' || w[k + 1] === 'out') && w.slice(k + 2, k + 5).some((x) => SLEPT_ON.has(x)))
      || ((MACHINES.has(w[k - 1]) || (MACHINES.has(w[k - 2]) && (w[k - 1] === 'has' || w[k - 1] === 'just' || w[k - 1] === 'keeps'))) && !CRASHED_INTO.has(w[k + 1])) || w[k + 1] === 'course' || w[k + 1] === 'diet'
      // "crashed my laptop", a crash seen ("a car crash on tv", "drove past a crash": review29 F5).
      || MACHINES.has(w[k + 1]) || (OWNERS.has(w[k + 1]) && MACHINES.has(w[k + 2])) || (w[k + 1] === 'on' && SCREENS.has(w[k + 2])) || (w[k + 1] === 'on' && w[k + 2] === 'the' && SCREENS.has(w[k + 3]))
      || seenCrash(w, k) || crashTopic(w, k) || PLAYED.has(w[k - 1]) || CRASH_THINGS.has(w[k + 1]) || gameCrash(w, k);
  }
  for (const word of ['numb', 'numbs']) OTHER_SENSES[word] = (w, k) => NUMBS.has(w[k - 1]) && ((w[k + 1] === 'the' || w[k + 1] === 'that' || w[k + 1] === 'this') ? NUMBED.has(w[k + 2]) : w[k + 1] === 'it');
  OTHER_SENSES.numbing = (w, k) => NUMBING.has(w[k + 1]) || (NUMBS.has(w[k - 1]) && (w[k + 1] === 'it' || (w[k + 1] === 'the' && NUMBED.has(w[k + 2]))));
  for (const word of ['wet', 'wetting']) {
    OTHER_SENSES[word] = (w, k) => WET_THINGS.has(w[k + 1]) || w.slice(k + 1, k + 4).some((x, j) => LAUGHING.has(x) && !UNSAID.has(w[k + j]))
      || SOAKING.has(w[k - 1]) || w[k + 1] === 'through' || ((w[k - 1] === 'got' || w[k - 1] === 'getting') && OUTDOORS.has(w[k + 1])) || w.some((x) => WEATHER.has(x));
  }
  // ... and a fever doubted ("i dont think i have a fever") or someone else's only ("my wife has a
  // fever but i dont": review31).
  const HAVE = setOf('have had got ve');
  const doubted = (w: string[], k: number) => (w[k - 1] === 'a' || w[k - 1] === 'any') && HAVE.has(w[k - 2]) && (w[k - 3] === 'i' || w[k - 3] === 'ive') && w[k - 4] === 'think' && (DENIES.has(w[k - 5]) || w[k - 5] === 'dont' || w[k - 5] === 'didnt');
  const notMine = (w: string[], k: number) => w[k + 1] === 'but' && w[k + 2] === 'i' && (w[k + 3] === 'dont' || (w[k + 3] === 'don' && w[k + 4] === 't') || (w[k + 3] === 'do' && w[k + 4] === 'not'));
  OTHER_SENSES.fever = (w, k) => FEVER_KINDS.has(w[k - 1]) || FEVER_AFTER.has(w[k + 1]) || doubted(w, k) || notMine(w, k);
  // "prices fell", not "in the rain fell off my bike" (the noun ends a phrase of place or time: review28 R10).
  OTHER_SENSES.fell = (w, k) => (FELL_SUBJECTS.has(w[k - 1]) && !PHRASE_BEFORE.has(w[k - 2])) || amountFell(w, k) || FELL_AFTER.has(w[k + 1]) || (w[k + 1] === 'in' && w[k + 2] === 'love') || (w[k + 1] === 'out' && w[k + 2] === 'with');
  // ... but not beside the heart attack's other signs ("tight chest muscles and pain spreading into my
  // jaw and left arm": review29 R3).
  const HEART_SIGNS = setOf('jaw arm arms breath breathless breathe sweating sweaty sweat clammy sick spreading spreads spread');
  OTHER_SENSES.chest = (w, k) => CHEST_WORKOUT.has(w[k + 1]) && !w.some((x) => HEART_SIGNS.has(x));
  // "took a tumble", "had a nasty tumble": not a tumble dryer (review27), nor "tumbled to it".
  // Nor a fall of something else: "my confidence took a tumble", "shares took a tumble", "a tumble in
  // my career", "rough and tumble" (review28 R18).
  for (const word of ['tumble', 'tumbles']) {
    OTHER_SENSES[word] = (w, k) => TUMBLE_THINGS.has(w[k + 1]) || (w[k - 1] === 'and' && w[k - 2] === 'rough')
      || w.slice(Math.max(0, k - 4), k).some((x) => FALLS_OF_THINGS.has(x)) || w.slice(k + 1, k + 4).some((x) => FALLS_OF_THINGS.has(x));
  }
  // "leaking urine", "dribbling wee": not a tap, a roof or a hot water bottle that leaks.
  const LEAKS = setOf('leaking leak leaks dribbling dribble');
  for (const word of LEAKS) OTHER_SENSES[word] = (w, k) => !PASSED.has(w[k + 1]);
  // "can't feel when i wipe", "can't feel myself wiping": not "wipe my neck with a cold cloth".
  // Nor "can't feel my hand when i wipe" (the hand's numbness), "wiped out", "wiped down" (review28 R16, R17).
  const HANDS = setOf('hand hands finger fingers thumb thumbs arm arms wrist');
  const handBefore = (w: string[], k: number) => w.slice(Math.max(0, k - 5), k).some((x) => HANDS.has(x));
  OTHER_SENSES.wipe = (w, k) => !(w[k - 1] === 'i' && (w[k - 2] === 'when' || w[k - 2] === 'as')) || handBefore(w, k);
  OTHER_SENSES.wiping = (w, k) => !(w[k - 1] === 'myself' || w[k - 1] === 'when') || handBefore(w, k);
  OTHER_SENSES.wiped = () => true;
  OTHER_SENSES.wipes = () => true;
  // Lights of the road ("hit from behind at the lights", "ran a red light"), not bright light that hurts.
  const ROAD_LIGHTS = setOf('traffic red green amber street brake fairy christmas tail fog hazard');
  // "at the lights" is a junction's; not "i can't look at the light" (review: the first version).
  const LOOKS = setOf('look looking looked stare staring glance glancing face facing');
  OTHER_SENSES.light = (w, k) => ROAD_LIGHTS.has(w[k - 1]);
  OTHER_SENSES.lights = (w, k) => ROAD_LIGHTS.has(w[k - 1]) || (w[k - 1] === 'the' && (w[k - 2] === 'at' || w[k - 2] === 'through' || w[k - 2] === 'jumped') && !LOOKS.has(w[k - 3]));
  // The bladder and bowels told as fine, another illness of theirs, or a product bought ("my bladder is
  // fine", "a bladder infection", "incontinence pads for my mum": review28 E11, review29 F2).
  const FINE = setOf('fine ok okay normal good alright grand great');
  const IS = setOf('is are s seems seem feels feel');
  // ... or a test, a cancer or a movement of theirs ("my bowel cancer screening kit", "bowel prep").
  const ORGAN_ILLS = setOf('infection infections stone stones scan scans cancer cancers screening screen prep polyp polyps scope movement movements habits');
  const PRODUCTS = setOf('pad pads pants knickers product products nappies nappy sheets');
  for (const word of ['bladder', 'bowel', 'bowels']) OTHER_SENSES[word] = (w, k) => (IS.has(w[k + 1]) && FINE.has(w[k + 2])) || ORGAN_ILLS.has(w[k + 1]);
  // Pads bought for someone else, not the asker's own ("ive needed incontinence pads myself": review29 R3).
  // ... nor an animal's ("an incontinent dog", "my cat is incontinent").
  const animalNear = (w: string[], k: number) => w.slice(Math.max(0, k - 3), k + 2).some((x, j) => j !== Math.min(3, k) && lookupWord(x)?.kind === 'a');
  for (const word of ['incontinence', 'incontinent']) OTHER_SENSES[word] = (w, k) => animalNear(w, k) || PRODUCTS.has(w[k + 1]) && w.slice(k + 2, k + 5).some((x, j, after) => x === 'for' && OWNERS.has(after[j + 1] ?? '') && after[j + 1] !== 'my' || (x === 'for' && after[j + 1] === 'my' && after[j + 2] !== 'self'));
  // A face planted into a pillow or a bed is sleep, not a fall (review29 R6).
  const BEDDING = setOf('pillow pillows bed duvet mattress sofa couch settee cushion');
  for (const word of ['planted', 'faceplanted']) OTHER_SENSES[word] = (w, k) => w.slice(k + 1, k + 4).some((x) => BEDDING.has(x));
  /** The words above, whose other sense weighs nothing (see dropOtherSenses); the accidents' words below keep a weight. */
  const weightless = new Set(Object.keys(OTHER_SENSES));
  // Common words of an accident's names, each the accident's only inside its phrase (session 28).
  // A fall that happened: "had a fall", "a nasty fall", "after the fall", "fall off", "falling down
  // the stairs", "fall out of bed"; not "in the fall", "fall weather", "a fall in prices", "fall out
  // with", nor a word the fall names without the rest ("minor fall" is said with its "a").
  const FALL_KINDS = setOf('bad nasty big heavy serious horrible awful terrible hard major proper real little small minor slight sudden silly stupid few couple two three several many frequent');
  const FALL_HAD = setOf('a another my his her their our your had have has');
  const FALL_THE = setOf('after since from before');
  const FALL_WAYS = setOf('off over down from onto');
  const KEPT_FROM = setOf('me you him her us them myself herself himself it');
  const SLIPS = setOf('slip slipped trip tripped stumble stumbled');
  /** Words of keeping something from falling ("stop my head from falling forward": review49). */
  const KEEPING = setOf('stop stops stopped stopping keep keeps keeping kept prevent prevents preventing prevented');
  const fallOther = (w: string[], k: number) => {
    let j = k - 1;
    while (j >= 0 && k - j <= 3 && FALL_KINDS.has(w[j])) j--;
    // A fall that happened: after a word of having had it or "after/since/from the"; "after falling",
    // "since falling", "from falling" (review46: "neck pain after falling" showed the painkillers),
    // not "before falling" nor "stop me from falling" (kept from it); a fall said as a noun in a
    // note's way: "minor fall, neck pain" opening the query (a word of which kind first: not "fall
    // weather"), "post fall", "a slip and fall" (review47).
    const happened = FALL_HAD.has(w[j]) || (w[j] === 'the' && FALL_THE.has(w[j - 1]))
      || (w[k] === 'falling' && (w[j] === 'after' || w[j] === 'since' || (w[j] === 'from' && !KEPT_FROM.has(w[j - 1]) && !w.slice(Math.max(0, j - 5), j).some((x) => KEEPING.has(x)))))
      || (j < 0 && k > 0) || w[j] === 'post' || (w[j] === 'and' && SLIPS.has(w[j - 1]));
    const moved = FALL_WAYS.has(w[k + 1]) || (w[k + 1] === 'out' && w[k + 2] === 'of') || (w[k + 1] === 'on' && (w[k + 2] === 'the' || w[k + 2] === 'ice'));
    // Not what a thing or an amount does: "my pillow keeps falling off the bed", "the pain falls to 3"
    // (review47; a person who keeps falling over still falls: "my dad keeps falling").
    if (FELL_SUBJECTS.has(w[k - 1]) || amountFell(w, k) || ((w[k - 1] === 'keeps' || w[k - 1] === 'kept') && lookupWord(w[k - 2])?.kind === 'n')) return true;
    // "a sudden fall in stiffness", "a fall in temperature", "a fall in prices": a fall in an amount,
    // not in a place ("a fall in the garden"; review49).
    if (w[k + 1] === 'in' && !DETERMINERS.has(w[k + 2]) && !OWNERS.has(w[k + 2])) return true;
    return !(happened || moved) || (w[k + 1] === 'of' && WEATHER.has(w[k + 2])) || (w.slice(Math.max(0, k - 4), k).some((x) => FALLS_OF_THINGS.has(x)) && !soDid(w, k));
  };
  for (const word of ['fall', 'falls', 'falling', 'fallen']) OTHER_SENSES[word] = fallOther;
  // "went flying", "sent flying" (not "i keep flying for work"); "flew off my bike" (not "the lid flew off"? it names no body: kept).
  const SENT = setOf('went go goes going gone sent send');
  // Not time that went flying ("the weekend went flying by": review29 R1), nor flying off to a place
  // or off the handle.
  const TIMES = setOf('time times day days week weeks weekend weekends month months year years morning evening hours summer holiday holidays');
  OTHER_SENSES.flying = (w, k) => !SENT.has(w[k - 1]) || w[k + 1] === 'by' || w[k + 1] === 'past' || TIMES.has(w[k - 2]);
  OTHER_SENSES.flew = (w, k) => (w[k + 1] !== 'off' && w[k + 1] !== 'over') || w[k + 2] === 'to' || (w[k + 2] === 'the' && w[k + 3] === 'handle');
  // "the wipeout of my savings"; "the stock market had a fall" (a fall of a thing: review29 R1).
  OTHER_SENSES.wipeout = (w, k) => w[k + 1] === 'of';
  // "a head clash", "clashed heads" (not "a clash of meetings").
  const HEADS = setOf('head heads');
  for (const word of ['clash', 'clashed', 'clashes', 'clashing']) OTHER_SENSES[word] = (w, k) => !w.slice(Math.max(0, k - 2), k + 3).some((x) => HEADS.has(x));
  // A car "went into the back of us", "ran into the back of my car" (rear-ended;
  // not "drove back from London", "the pain goes into the back of my head").
  const REAR_OF = setOf('me us him her them my our his their the');
  const rearEnded = (w: string[], k: number) => (w[k + 1] === 'into' || w[k + 1] === 'in' || w[k + 1] === 'up') && w[k + 2] === 'the' && (w[k + 3] === 'back' || w[k + 3] === 'rear') && w[k + 4] === 'of' && REAR_OF.has(w[k + 5])
    && !(w[k + 5] !== 'me' && w[k + 5] !== 'us' && w[k + 5] !== 'him' && w[k + 5] !== 'her' && w[k + 5] !== 'them' && !VEHICLES.has(w[k + 6]));
  const REAR_VERB_SET = setOf(REAR_VERBS);
  // A thing that fell ("my phone fell on my face", "the shelf fell down": review29 F6), told by the
  // lexicon's kind of the word before (a noun of a thing), but not a vehicle nor onto a head or neck,
  // nor the end of a phrase of place or time ("got up in the night fell down the stairs").
  const DETERMINERS = setOf('the my a an his her our their your this that');
  const STRUCK_BY_FALL = setOf('head neck skull');
  const fellBefore = OTHER_SENSES.fell;
  OTHER_SENSES.fell = (w, k) => fellBefore(w, k) || (k >= 2 && DETERMINERS.has(w[k - 2]) && !PHRASE_BEFORE.has(w[k - 3]) && !VEHICLES.has(w[k - 1]) && lookupWord(w[k - 1])?.kind === 'n' && !soDid(w, k)
    && !w.slice(k + 1, k + 5).some((x) => STRUCK_BY_FALL.has(x)));
  const VEHICLES = setOf('car cars van motor vehicle truck lorry bus taxi cab bike motorbike scooter');
  // ... and a blow to the head by the same verbs ("smashed my head on the cupboard") stays one.
  const STRUCK = setOf('head face neck skull chin forehead');
  // ... nor do the signs' own names of these verbs: "spots that don't go away", "my arm has gone dead", "went flying".
  const GONE = setOf('away dead numb flying');
  for (const word of REAR_VERBS.split(' ')) OTHER_SENSES[word] = (w, k) => !rearEnded(w, k) && !w.slice(k + 1, k + 4).some((x) => STRUCK.has(x)) && !GONE.has(w[k + 1]);
  // A task or a thing tackled ("tackled the garden", "tackled a pile of ironing": review30 H4), not
  // a person tackled in a game ("got tackled", "was tackled hard", "he tackled me", "tackled my
  // brother").
  const TACKLED_AS = setOf('got get gets getting was were been being is');
  const TACKLED_THING = setOf('the a an some this that these those all loads lots my our his her their');
  const PEOPLE = setOf('brother sister son daughter friend mate dad mum mom husband wife partner boyfriend girlfriend opponent player kid');
  OTHER_SENSES.tackled = (w, k) => !TACKLED_AS.has(w[k - 1]) && TACKLED_THING.has(w[k + 1]) && !PEOPLE.has(w[k + 2]) && !PEOPLE.has(w[k + 3]);
  // A place, not a sign's spot: "a sore spot", "a tender spot under my shoulder blade", a driver's
  // "blind spot" (not one "in my vision": review34). A spot "on" the skin may be the rash's.
  const SPOT_KINDS = setOf('sore tender tight weak sweet trigger soft parking same painful achy knotted');
  const SEEING = setOf('vision eye eyes eyesight sight seeing see');
  OTHER_SENSES.spot = (w, k) => SPOT_KINDS.has(w[k - 1]) || (w[k - 1] === 'blind' && !w.slice(k + 1, k + 5).some((x) => SEEING.has(x)));
  // A pregnancy's or a baby's weeks, not the pain's: "30 weeks pregnant", "my 6 weeks old".
  const WEEKS_OF = setOf('pregnant gestation old postpartum');
  OTHER_SENSES.week = OTHER_SENSES.weeks = (w, k) => WEEKS_OF.has(w[k + 1]) || (w[k + 1] === 'into' && w[k + 2] === 'my' && w[k + 3] === 'pregnancy');
  // Weights at the gym, not weight lost: "lifting weights", "weight training", "heavy weights".
  const WEIGHT_AFTER = setOf('training train lifting lifter lifters bench room machine machines vest belt plates');
  OTHER_SENSES.weights = () => true;
  OTHER_SENSES.weight = (w, k) => WEIGHT_AFTER.has(w[k + 1]) || w[k - 1] === 'lifting' || w[k - 1] === 'lift' || w[k - 1] === 'heavy' || w[k - 1] === 'dead';
  // An idiom, to put an end to it: "knock it on the head", "knocked that on the head".
  const ENDED = setOf('it that this them');
  OTHER_SENSES.knock = OTHER_SENSES.knocked = OTHER_SENSES.knocking = (w, k) => ENDED.has(w[k + 1]) && w[k + 2] === 'on' && w[k + 3] === 'the' && w[k + 4] === 'head';
  // Stairs as a chore's place: "hoovering the stairs", "painting the stairs" (any other stairs may be
  // a fall's: "carrying the baby down the stairs and i slipped", "slid down the stairs": review34).
  const STAIR_CHORES = setOf('hoovering hoover hoovered vacuuming vacuum vacuumed cleaning clean cleaned painting paint painted carpeting carpet carpeted sanding decorating scrubbing sweeping');
  OTHER_SENSES.stairs = (w, k) => STAIR_CHORES.has(w[k - 2]) || STAIR_CHORES.has(w[k - 1]);
  OTHER_SENSES.back = (w, k) => !(w[k - 1] === 'the' && REAR_VERB_SET.has(w[k - 3]) && rearEnded(w, k - 3)) && w[k + 1] !== 'passage';
  // "hit from behind", "rammed from behind" (not "the pain behind my ear").
  const HITS = setOf('hit struck rammed shunted bumped smashed crashed knocked shoved pushed tackled kicked clipped');
  OTHER_SENSES.behind = (w, k) => !(w[k - 1] === 'from' && w.slice(Math.max(0, k - 5), k - 1).some((x) => HITS.has(x)));
  // A fever that broke (it ended), a car that broke down, a couple who broke up: no broken neck
  // ("fever broke yesterday but my neck is stiff" had raised the injury's emergency: review55).
  const BROKE_AFTER = setOf('down up even');
  OTHER_SENSES.broke = (w, k) => w[k - 1] === 'fever' || w[k - 1] === 'temperature' || w[k - 1] === 'temp' || BROKE_AFTER.has(w[k + 1]) || (w[k - 1] === 'went' && w[k + 1] !== 'my');
  // Numbness "down my arm", "down to the elbow", "running down my leg": a limb's, not the saddle's
  // "numb down there" (whose "there" is a word that says nothing: review57).
  const NUMB_WORDS = setOf('numb numbness tingling tingly');
  OTHER_SENSES.down = (w, k) => (NUMB_WORDS.has(w[k - 1]) || NUMB_WORDS.has(w[k - 2])) && w[k + 1] !== 'there' && w[k + 1] !== 'below';
  // Weak with a feeling, not a limb's weakness: "legs were weak with nerves", "weak at the knees"
  // (review55: it had raised the weak legs' emergency).
  const FEELINGS = setOf('nerves fear fright relief laughter laughing hunger excitement emotion shock anxiety');
  OTHER_SENSES.weak = (w, k) => (w[k + 1] === 'with' && FEELINGS.has(w[k + 2])) || (w[k + 1] === 'at' && w[k + 2] === 'the' && w[k + 3] === 'knees');
  // Common words that are the corpus's only by an accident's name keep, in their other sense, the
  // weight of a word the corpus lacks ("i drive a bus for a living", "every fall"), as a leak does.
  const keepWeight = new Set([...LEAKS, ...Object.keys(OTHER_SENSES).filter((x) => !weightless.has(x))]);
  for (const word of Object.keys(OTHER_SENSES)) if (!SENSE_WORDS.includes(` ${word} `)) throw new Error(`warning-signs.ts: SENSE_WORDS lacks '${word}'`);
  return { rules: OTHER_SENSES, keepWeight };
}

/** Whether a person did what a thing did, right after it: "my phone fell and so did i" (review29 R3, R4). */
function soDid(w: string[], k: number): boolean {
  for (let j = k + 1; j <= k + 5 && j + 2 < w.length + 1; j++) if (w[j] === 'so' && w[j + 1] === 'did' && SO_DID_WHO.has(w[j + 2] ?? '')) return true;
  return false;
}
const SO_DID_WHO = new Set(['i', 'we', 'he', 'she', 'they']);

/** What a query needs to tell of something long-standing. */
const STANDING_NEEDS = ['year', 'ages', 'always', 'kids', 'children', 'childbirth', 'decade'];
/** Whether the word at k is told as long-standing: "for years", "for a few years", "for ages",
 *  "has always been", "since having kids", within LONG_AGO_SPAN words, on its side of a word of now. */
function longStanding(w: string[], k: number): boolean {
  // ... unless the story goes on to a change of the sign's own (a limb's, or the bladder's: "weak bladder for years but since
  // yesterday ive completely lost control", "…, now i cant feel when i need to go": review29 R8), not
  // of the neck nor "now and then" ("incontinent for years but now my neck hurts too": R9).
  for (let j = k + 1; j < w.length; j++) {
    if (!CHANGED.has(w[j]) || (w[j] === 'now' && w[j + 1] === 'and' && w[j + 2] === 'then')) continue;
    if (w.slice(j, j + 9).some((x, i, after) => OWN_CHANGE.has(x) || LIMB_CHANGE.has(x) || x === w[k] || (x === 'go' && CANT.has(after[i - 1] ?? '') && !GONE_TO.has(after[i + 1] ?? '')))) return false;
  }
  const at = (j: number) => (w[j] === 'for' && (w[j + 1] === 'years' || w[j + 1] === 'ages' || w[j + 1] === 'decades' || (w[j + 2] === 'years' && w[j + 1] !== 'the')))
    || (w[j] === 'always' && (w[j + 1] === 'had' || w[j + 1] === 'been' || w[j + 1] === 'have' || w[j + 1] === 'has'))
    || (w[j] === 'since' && (w[j + 1] === 'having' || w[j + 1] === 'childbirth' || w[j + 1] === 'my' || w[j + 1] === 'the') && STANDING_SINCE.has(w[j + 2] ?? '') || (w[j] === 'since' && STANDING_SINCE.has(w[j + 1] ?? '')));
  for (let j = k - 1; j >= 0 && k - j <= LONG_AGO_SPAN && !RECENT.has(w[j]); j--) if (at(j)) return true;
  for (let j = k; j < w.length && j - k <= LONG_AGO_SPAN && !RECENT.has(w[j]); j++) if (at(j)) return true;
  return false;
}
const STANDING_SINCE = new Set(['kids', 'children', 'childbirth', 'baby', 'babies', 'birth']);
/** Words that tell of a change after something long-standing. */
const CHANGED = new Set(['now', 'suddenly', 'sudden', 'yesterday', 'today', 'tonight', 'completely', 'lost', 'worse', 'worsened', 'new', 'started', 'recently', 'lately', 'night']);
/** What changes of the bladder's own: control lost, feeling gone, leaks, accidents, not being able to go. */
const OWN_CHANGE = new Set(['control', 'feel', 'feeling', 'hold', 'leak', 'leaks', 'leaking', 'wet', 'wetting', 'accident', 'accidents', 'incontinent', 'pee', 'peeing', 'wee', 'weeing']);
/** What changes of a limb's own ("weak leg for years but today it gave way"), besides the sign's
 *  own word said again ("… and now it is weak all the time"). */
const LIMB_CHANGE = new Set(['gave', 'giving', 'buckled', 'buckling', 'collapsed', 'weaker', 'numb', 'numbness', 'dead']);
const CANT = new Set(['cant', 't', 'cannot', 'couldnt', 'unable']);
/** Words after "can't go" that make it going somewhere ("cant go to the gym"), not passing urine. */
const GONE_TO = new Set(['to', 'out', 'back', 'in', 'into', 'on', 'for', 'running', 'swimming', 'cycling']);

/** What a query needs to deny an accident, or that it was a serious one (deniedAccident). */
const DENIAL_NEEDS = ['was not', 'wasn', 'wasnt', 'was never', 'no ', 'didn', 'didnt', 'did not', 'haven', 'havent', 'have not', 'hasn', 'hasnt', 'has not', 'never', 'nothing serious', 'not serious', 'not a serious', 'not a bad', 'minor', 'mild', 'nothing major', 'not major', 'not bad', 'not too bad', 'not that bad', 'not that serious', 'not too serious', 'isn', 'isnt serious', 'small one', 'little one', 'tiny one', 'nothing too'];
/** Words that may stand between a denial and the accident's word ("was not a car crash"). */
const DENY_SKIP = new Set(['a', 'an', 'the', 'car', 'road', 'bike', 'motorbike', 'traffic', 'in', 'involved', 'any', 'had', 'have', 'been', 'recent']);
/** Denials of having had an accident, before DENY_SKIP's words ("didn't have an accident", "haven't
 *  been in a crash", "never had a fall", "no car crash"). */
const DENIED_HAVING = new Set(['didn t', 'did not', 'didnt', 'haven t', 'have not', 'havent', 'hasn t', 'has not', 'hasnt', 'never']);
/** The words of an accident that a denial right before them denies. */
const ACCIDENT_WORDS = new Set(['accident', 'accidents', 'crash', 'crashes', 'collision', 'fall', 'smash', 'pileup', 'car', 'road', 'bike', 'motorbike', 'traffic']);
/** Words that make an accident a serious one ("a serious car accident", "a bad crash"). */
const SEVERITY = new Set(['serious', 'bad', 'major', 'big', 'nasty']);
/** Whether the word at k is denied right before it: an accident's word said not to have been one ("it
 *  was not a car crash", "wasn't an accident"), or the word that made it serious ("it wasn't a serious
 *  accident", "not a bad fall": review43), which leaves the accident, a minor injury's warning. Only
 *  so close: "I wasn't wearing a seatbelt in the crash" still tells a crash. */
function deniedAccident(w: string[], k: number): boolean {
  // Only an accident's words: "wasnt dizzy this morning but now i am" denies no dizziness now.
  if (!ACCIDENT_WORDS.has(w[k]) && !SEVERITY.has(w[k])) return false;
  let j = k - 1;
  while (j >= 0 && k - j <= 4 && DENY_SKIP.has(w[j])) j--;
  if (!SEVERITY.has(w[k]) && SEVERITY.has(w[j])) return false;
  const two = `${w[j - 1]} ${w[j]}`;
  // "no" itself only right before the accident's own words ("no car crash, no fever"), not before a
  // word skipped ("no seatbelt in the crash" stops at "seatbelt").
  return two === 'was not' || two === 'wasn t' || two === 'was never' || w[j] === 'wasnt' || (SEVERITY.has(w[k]) && (w[j] === 'not' || w[j] === 'nothing'))
    || (!SEVERITY.has(w[k]) && (DENIED_HAVING.has(two) || DENIED_HAVING.has(w[j]) || (w[j] === 'no' && k - j <= 2)));
}

/** A year told in a query ("in 2015"), for the plain test before the words are read. */
const YEAR_TOLD = /\b(?:19|20)\d\d\b/;
/** What a query needs to tell of a time long past. */
const LONG_AGO_NEEDS = ['year', 'month', 'yrs', 'decade'];
/** Times long enough that what happened then is no sign now, and the words that put one past. */
const LONG_TIMES = new Set(['year', 'years', 'yr', 'yrs', 'month', 'months', 'decade', 'decades']);
const YEARS = new Set(['year', 'years', 'yr', 'yrs', 'decade', 'decades']);
const PAST_AFTER = new Set(['ago', 'since', 'after', 'back', 'before', 'later']);
/** Words that bring a story back to now: a long time before them is not said of what follows. */
const RECENT = new Set(['today', 'yesterday', 'now', 'tonight', 'just', 'recently', 'again', 'this', 'but', 'new', 'lately', 'currently']);
/** Words before "last month" that make it a time still going on ("vomiting since last month"). */
const ONGOING = new Set(['since', 'from', 'over', 'through', 'throughout', 'all', 'during']);
/** Words before a year that put what is told in it ("in 2015", "back in 2010"). */
const YEAR_IN = new Set(['in', 'during']);
/** Whether a word is a year before this one ("2015"). */
function pastYear(word: string | undefined): boolean {
  return word !== undefined && YEAR_WORD.test(word) && Number(word) < new Date().getFullYear();
}
const YEAR_WORD = /^(?:19|20)\d\d$/;
/** How many words from a sign's word a time past may stand. */
const LONG_AGO_SPAN = 6;
/** Whether the word at k is told of a time long past: "three years ago", "for years since a bad
 *  fall", "last month", on its side of a word of now ("years ago … but today i fell" is today's). */
function longAgo(w: string[], k: number, yearsOnly: boolean): boolean {
  // A year gone by ("in 2015", "back in 2010") or a long while ("a long time ago", "ages ago") too
  // (review43), unless the sign is told as now or as going on since, just after it ("my arm is weak
  // since my op in 2020, got rear ended yesterday"; "cant feel my hand since").
  const nowAfter = w.slice(k + 1, k + 5).some((x) => RECENT.has(x) || x === 'since');
  const pastAt = (j: number) => ((yearsOnly ? YEARS : LONG_TIMES).has(w[j]) && (PAST_AFTER.has(w[j + 1]) || (w[j - 1] === 'last' && !ONGOING.has(w[j - 2]))))
    || (!nowAfter && ((YEAR_IN.has(w[j - 1]) && pastYear(w[j])) || (w[j] === 'ago' && (w[j - 1] === 'ages' || (w[j - 1] === 'time' && w[j - 2] === 'long')))));
  for (let j = k - 1; j >= 0 && k - j <= LONG_AGO_SPAN && !RECENT.has(w[j]); j--) if (pastAt(j)) return true;
  for (let j = k + 1; j < w.length && j - k <= LONG_AGO_SPAN && !RECENT.has(w[j]); j++) if (pastAt(j)) return true;
  return false;
}

/** Common words that name an accident only inside a warning sign's name of several words (see
 *  inUrgentName): a query's word of these counts for the signs only where the whole name stands.
 *  ("accidentally" tells how something was done, not of an accident: "accidently took 10 panadols"
 *  had raised a neck injury's notice; an accident's own words, "fell", "crashed", still name it.) */
const PHRASE_BOUND = ' spreading spreads spread floppy wake fits mouth waterworks proper properly private parts funny funnily strangely barely hardly struggling backed landed landing lands horse horses scooter scooters skateboard skateboards motorbike motorbikes collided colliding collide dumped wave waves rolled rolling flipped flipping written boned planted reversed reversing reverse flying flew clash clashed clashes clashing wipeout behind drove ran went smashed ploughed slammed rammed shunted handlebars handlebar woke throat accidentally accidently accidental ';
/** Words whose stems count only where a whole name of the condition or of a warning sign stands:
 *  "stuck" of "my neck is stuck" or "food gets stuck" is not "stuck in traffic" nor "an Icy Hot
 *  stick" (each form listed: the lemmatizer makes "stuck" a form of "stick"), "locked" of "my neck
 *  has locked" not "locked out of my car" (review36); "catch" of "a neck catch" (Indian English
 *  for a crick) or "can't catch my breath", not "catch up" nor "like it catches" (review46). */
const CONDITION_BOUND = new Set(['stuck', 'stick', 'sticks', 'sticking', 'locked', 'catch', 'catches', 'catching', 'caught']);
/** Per index (a custom corpus has names of its own): each stem -> the urgent names holding it; and
 *  the same of the condition's names. */
const urgentNamesOf = new WeakMap<SearchIndex, Map<string, string[][]>>();
const conditionNamesOf = new WeakMap<SearchIndex, Map<string, string[][]>>();
/** Each stem of `names` (texts) -> the names holding it, as lists of their words' stems. */
function namesByStem(names: Iterable<string>): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const t of names) {
    const name = words(t).map(ownerless);
    for (const x of new Set(name)) out.set(x, [...(out.get(x) ?? []), name]);
  }
  return out;
}
/** Whether the query's word at k stands inside one of the whole names (their words' stems in order). */
function inName(names: Map<string, string[][]>, w: string[], k: number): boolean {
  const s = ownerless(w[k]);
  return (names.get(s) ?? []).some((name) => name.some((x, j) => x === s && k - j >= 0 && name.every((y, i) => ownerless(w[k - j + i] ?? '') === y)));
}
/** Whether the query's word at k stands inside a whole urgent name. */
function inUrgentName(index: SearchIndex, w: string[], k: number): boolean {
  let names = urgentNamesOf.get(index);
  if (!names) urgentNamesOf.set(index, (names = namesByStem(urgentNames(index))));
  return inName(names, w, k);
}
const urgentNames = (index: SearchIndex): string[] => index.corpus.sections.flatMap((section) => (section.vocabulary ?? []).flatMap((g) => (g.urgent ? g.terms : [])));
/** The words that say "not able" before what a sign's name says cannot be done ("can't catch my
 *  breath", "struggling to catch my breath"), which a query says in its own way ("cant", "not able
 *  to", "unable to"). */
const NOT_ABLE = new Set(['can', 't', 'cannot', 'cant', 'couldn', 'couldnt', 'won', 'wont', 'don', 'dont', 'didn', 'didnt', 'struggling', 'unable', 'not', 'able', 'to']);
/** Per index: the urgent names, and each said "not able" to do, without those words ("catch my breath"). */
const urgentCoresOf = new WeakMap<SearchIndex, Map<string, string[][]>>();
/** Whether the query's word at k stands inside a whole name of the condition, or of a warning sign
 *  with its words of not being able left out: the bound words' test (CONDITION_BOUND). */
function inBoundName(index: SearchIndex, w: string[], k: number): boolean {
  let cores = urgentCoresOf.get(index);
  if (!cores) {
    const names = urgentNames(index).flatMap((name) => {
      const x = words(name);
      let j = 0;
      while (j < x.length - 1 && NOT_ABLE.has(x[j])) j++;
      return j > 0 ? [name, x.slice(j).join(' ')] : [name];
    });
    urgentCoresOf.set(index, (cores = namesByStem(names)));
  }
  return inName(cores, w, k) || inConditionName(index, w, k);
}
/** Whether the query's word at k stands inside a whole name of the condition. */
function inConditionName(index: SearchIndex, w: string[], k: number): boolean {
  let names = conditionNamesOf.get(index);
  if (!names) conditionNamesOf.set(index, (names = namesByStem([...conditionUnits(index)].map((u) => unitText(index, u)))));
  return inName(names, w, k);
}
/** A posture over a thing, not a fall over it: "hunched over the handlebars" (the word at k is the
 *  thing, "over the" before it). */
const POSTURES = new Set(['hunched', 'hunching', 'hunch', 'leaning', 'leant', 'leaned', 'lean', 'bent', 'bending', 'crouched', 'crouching', 'slumped', 'slouched', 'slouching', 'stooped', 'stooping', 'craning', 'hanging']);
/** "can barely walk my dog", "hardly walk the kids to school": walking something, no trouble walking
 *  (review56). */
function walkedThing(w: string[], k: number): boolean {
  return (w[k] === 'barely' || w[k] === 'hardly' || w[k] === 'struggling') && w[k + 1 + Number(w[k + 1] === 'to')] === 'walk' && WALKED.has(w[k + 2 + Number(w[k + 1] === 'to')]);
}
const WALKED = new Set(['my', 'the', 'our', 'his', 'her', 'their', 'a', 'dog', 'dogs']);
/** "talking funny" of a thing ("my parrot is talking funny", "the radio is talking funny") or of
 *  what is said ("talking funny baby words"): no change in a person's speech (review56). */
function notTalkingFunny(w: string[], k: number): boolean {
  // (A person who "talks funny", as a habit, changed nothing unless told as sudden or now: "my
  // colleague talks funny", "my son talks funny since his braces": review59.)
  if ((w[k] === 'funny' || w[k] === 'funnily' || w[k] === 'strangely') && (w[k - 1] === 'talks' || w[k - 1] === 'talk')) return !w.some((x) => SUDDEN_WORDS.has(x));
  if ((w[k] !== 'funny' && w[k] !== 'funnily' && w[k] !== 'strangely') || w[k - 1] !== 'talking') return false;
  if (SPEECH_THINGS.has(w[k + 1])) return true;
  let j = k - 2;
  while (j >= 0 && TALKING_LINKS.has(w[j])) j--;
  return TALKING_THINGS.has(w[j]);
}
const SUDDEN_WORDS = new Set(['suddenly', 'sudden', 'today', 'tonight', 'morning', 'hour', 'hours', 'started', 'now']);
/** Things that are floppy that are no person's limpness: "floppy-haired", "floppy ears". */
const FLOPPY_THINGS = new Set(['haired', 'hair', 'ears', 'ear', 'hat', 'hats', 'disk', 'disc', 'pillow', 'fringe']);
const SPEECH_THINGS = new Set(['baby', 'words', 'word', 'accent', 'accents', 'voice', 'voices', 'noises', 'things', 'stuff', 'nonsense', 'language']);
const TALKING_LINKS = new Set(['is', 'was', 's', 'been', 'keeps', 'kept', 'started', 'starts', 'has', 'had', 'are', 'were', 'always', 'now', 'suddenly', 'really']);
const TALKING_THINGS = new Set(['parrot', 'bird', 'radio', 'tv', 'telly', 'television', 'phone', 'computer', 'robot', 'alexa', 'siri', 'satnav', 'gps', 'toy', 'doll', 'app', 'game', 'dog', 'cat']);
/** Whether a PHRASE_BOUND word standing inside a whole urgent name is still said in another sense:
 *  a posture over the handlebars, walking a dog, a parrot talking funny, fits of laughter, a
 *  floppy-haired friend. */
function boundInOtherSense(w: string[], k: number): boolean {
  return overInPosture(w, k) || walkedThing(w, k) || notTalkingFunny(w, k) || (w[k] === 'fits' && w[k + 1] === 'of') || (w[k] === 'floppy' && FLOPPY_THINGS.has(w[k + 1]));
}
function overInPosture(w: string[], k: number): boolean {
  return w[k - 1] === 'the' && w[k - 2] === 'over' && POSTURES.has(w[k - 3]);
}
/** A word's stem, with whose it is left unsaid: "landed on my neck" is also "landed on his neck",
 *  "came off my motorbike" also "came off the motorbike" (review29 R5). */
const ownerless = (x: string): string => (OWNERS.has(x) || x === 'the' || x === 'a' ? 'my' : stem(x));

/** A common word the corpus has only in accidents' names ("landed", "dumped", "horse"), said outside
 *  every one of them ("the plane landed", "dumped by my boyfriend"), is read as a word the corpus
 *  lacks, from the start: as it was before those names were added. */
export function unboundNames(index: SearchIndex, query: string, parsed: Term[]): void {
  let w: string[] | undefined;
  for (const t of parsed) {
    if (t.stems.size === 0) continue;
    // A word of CONDITION_BOUND said outside every whole name of the condition or a sign is read as
    // a word the corpus lacks ("stuck in traffic", "an Icy Hot stick"): the condition's names would
    // otherwise make it the condition told, wherever it is said (search.ts, isContext).
    if (CONDITION_BOUND.has(t.word)) {
      w ??= words(query);
      const at = w.flatMap((x, k) => (x === t.word ? [k] : []));
      if (at.length > 0 && !at.some((k) => inConditionName(index, w!, k))) t.notCondition = true;
      // (Not a product's form the drugs' text names with the word before it: "the Icy Hot stick".)
      if (at.length > 0 && !at.some((k) => inBoundName(index, w!, k) || (k > 0 && drugTextSays(index, `${w![k - 1]} ${w![k]}`, true)))) t.stems = new Map();
      continue;
    }
    if (!PHRASE_BOUND.includes(` ${t.word} `)) continue;
    const urgent = urgentUnits(index);
    let only = true;
    for (const [id] of t.stems) for (let p = index.postingStart[id]; p < index.postingStart[id + 1] && only; p++) only = urgent.has(index.postingUnits[p]);
    if (!only) continue;
    w ??= words(query);
    const at = w.flatMap((x, k) => (x === t.word ? [k] : []));
    if (at.length > 0 && !at.some((k) => inUrgentName(index, w!, k))) t.stems = new Map();
  }
}

/** What a query needs to set something aside as beside the point. */
const ASIDE_NEEDS = ['unrelated', 'not related', 'nothing to do with', 'separate issue', 'different issue', 'separate thing'];
const HEDGED = /\b(?:probably|maybe|perhaps|possibly|hopefully|might be|could be|is it|is this|is that|or|not sure|i think|i hope|i guess|if)\b/;
const ASIDE = /\bunrelated\b|\bnot related\b|\bnothing to do with\b|\bseparate (?:issue|thing|problem)\b|\bdifferent issue\b/;
/** The words of the clauses a query sets aside: a clause that says so of itself ("my bladder is weak
 *  but that is unrelated"), or a clause of only that ("…, unrelated, …") of the clause before it. Only
 *  words that the query says nowhere else. */
function asideWords(query: string): Set<string> {
  const parts = query.toLowerCase().split(/([,.;:!?()\n]+| but )/);
  const clauses = parts.filter((_, j) => j % 2 === 0);
  const set: string[] = [];
  clauses.forEach((clause, c) => {
    // Said for sure: not asked nor hedged ("probably unrelated?", "maybe it's unrelated").
    if (!ASIDE.test(clause) || (parts[2 * c + 1] ?? '').includes('?') || HEDGED.test(clause)) return;
    const own = words(clause);
    if (own.length <= 3 && c > 0) set.push(...words(clauses[c - 1]));
    else set.push(...own);
  });
  const all = words(query);
  return new Set(set.filter((x) => all.filter((y) => y === x).length === set.filter((y) => y === x).length));
}

/** A word of CONDITION_BOUND said inside a whole name of the condition is the condition's, not a
 *  warning sign's: "my neck is stuck" is no "food gets stuck" (said outside every whole name, it is
 *  read as a word the corpus lacks: unboundNames). */
function dropBound(index: SearchIndex, w: string[], term: Term, i: number, unitScores: Map<number, number[]>, matchedUnits: Set<number>[], warns: (s: number) => boolean): void {
  const at = w.flatMap((x, k) => (x === term.word ? [k] : []));
  if (at.length === 0) return;
  if (!at.every((k) => inConditionName(index, w, k) && !inUrgentName(index, w, k))) return;
  for (const [unitId, perTerm] of unitScores) if (perTerm[i] > 0 && warns(index.unitSection[unitId])) dropWordMatch(index, unitScores, matchedUnits, unitId, perTerm, i);
}

/** A warning sign's word said in another sense, told by the words beside it, at every place the
 *  query says it: "can i stroke my neck" (to caress), "breast stroke", "tripped the fuse", "emotional
 *  trauma", "what temperature for the bath", "crashed on the sofa", "will ice numb the pain", "wet
 *  myself laughing" (review27 a7, a19). It then matches none of the warning signs' sections (it may
 *  still match another: the thermal section's heat). Words beside it as written, apostrophes apart. */
export function dropOtherSenses(index: SearchIndex, query: string, parsed: Term[], unitScores: Map<number, number[]>, matchedUnits: Set<number>[], matchedStems: Set<string>[], conditions: Set<number>): void {
  let w: string[] | undefined;
  const sections = index.corpus.sections;
  const warns = (s: number) => (sections[s].vocabulary ?? []).some((g) => g.urgent === true);
  // (In lower case: "It WAS NOT a car crash" denies it too.)
  const lower = query.toLowerCase();
  const past = LONG_AGO_NEEDS.some((x) => lower.includes(x)) || lower.includes(' ago') || YEAR_TOLD.test(query);
  const standing = STANDING_NEEDS.some((x) => lower.includes(x));
  const aside = ASIDE_NEEDS.some((x) => lower.includes(x)) ? asideWords(query) : undefined;
  const denial = DENIAL_NEEDS.some((x) => lower.includes(x));
  const pastOf = (u: number) => groupOfUnit(sections[index.unitSection[u]], u - index.sectionFirstUnit[index.unitSection[u]])?.group.past;
  for (let i = 0; i < parsed.length; i++) {
    const term = parsed[i];
    if (term.stems.size === 0) continue;
    let other = SENSE_WORDS.includes(` ${term.word} `) ? (senses ??= buildSenses()).rules[term.word] : undefined;
    // A common word of an accident's name, said outside every name it is in ("the plane landed",
    // "rolled my neck", "dumped by my boyfriend"): the name's only, word for word (stems).
    if (!other && PHRASE_BOUND.includes(` ${term.word} `)) other = (x, k) => !inUrgentName(index, x, k) || boundInOtherSense(x, k);
    // ... or a word of the condition's name said inside one, which is no sign's ("my neck is stuck";
    // said outside every name, unboundNames read it as a word the corpus lacks).
    if (!other && CONDITION_BOUND.has(term.word)) {
      dropBound(index, (w ??= words(query)), term, i, unitScores, matchedUnits, warns);
      continue;
    }
    // A sign's word told long ago ("neck spasms for three years since a bad fall", "i was sick last
    // month"): a story's past, no sign now. Not a sign that is a history ("had cancer years ago"),
    // nor the neck's own words ("neck pain for years").
    let pastTold = past && ![...conditions].some((u) => (unitScores.get(u)?.[i] ?? 0) > 0);
    let yearsOnly = false;
    if (pastTold) for (const [u, v] of unitScores) if (v[i] > 0) { const p = pastOf(u); if (p === 'always') pastTold = false; else if (p === 'years') yearsOnly = true; }
    // A sign that is one only when new, told as long-standing ("my nan has been incontinent for years",
    // "since having kids": review29 R7), is no sign either.
    const standingTold = standing && [...unitScores].some(([u, v]) => v[i] > 0 && pastOf(u) === 'new');
    if (!other && standingTold) other = (x, k) => longStanding(x, k);
    if (!other && pastTold && [...unitScores].some(([u, v]) => v[i] > 0 && warns(index.unitSection[u]))) other = (x, k) => longAgo(x, k, yearsOnly);
    // ... or said to be beside the point ("a weak bladder after kids, unrelated, but my neck …").
    const setAside = aside?.has(term.word) === true && ![...conditions].some((u) => (unitScores.get(u)?.[i] ?? 0) > 0);
    if (!other && setAside) other = () => true;
    // ... or an accident said not to have been one, or not a serious one ("it was not a car crash",
    // "the crash was nothing serious": review43, both had raised the emergency).
    if (denial && [...unitScores].some(([u, v]) => v[i] > 0 && warns(index.unitSection[u]))) {
      const before = other;
      other = before ? (x, k) => before(x, k) || deniedAccident(x, k) : deniedAccident;
      // Its seriousness denied after it ("the crash was nothing serious", "had a fall, not serious"):
      // a minor injury, the lesser sign the same names are in, not the emergency (review43).
      if (ACCIDENT_WORDS.has(term.word) || FALL_WORDS.has(term.word)) {
        w ??= words(query);
        // (A fall the query means by another word, "slipped", is read where those words stand.)
        let at = w.flatMap((x, k) => (x === term.word ? [k] : []));
        const meant = at.length === 0 && FALL_WORDS.has(term.word);
        if (meant) at = w.flatMap((x, k) => (FALL_WORDS.has(x) ? [k] : []));
        const milder = (k: number) => seriousnessDeniedAfter(w!, k) || seriousnessDeniedBefore(w!, k);
        if (at.length > 0 && (meant ? at.some(milder) : at.every(milder)) && !severityTold(index, w)) {
          for (const [unitId, perTerm] of unitScores) {
            if (perTerm[i] <= 0 || index.unitKind[unitId] !== TERM) continue;
            const s = index.unitSection[unitId];
            const group = groupOfUnit(sections[s], unitId - index.sectionFirstUnit[s])?.group;
            if (group && EMERGENCY_MEANS.test(group.means) && !group.alongside && !group.alongsideAnywhere) dropWordMatch(index, unitScores, matchedUnits, unitId, perTerm, i);
          }
          continue;
        }
      }
    }
    // ... or a fall or another sign of one body told of someone else, beside the teller's own neck
    // (signOfAnother).
    if ((FALL_WORDS.has(term.word) || BODY_SIGN_WORDS.has(term.word)) && [...unitScores].some(([u, v]) => v[i] > 0 && warns(index.unitSection[u]))) {
      w ??= words(query);
      const clauses = clausesOf(query, w.length);
      const before = other;
      other = before ? (x, k) => before(x, k) || signOfAnother(x, clauses, k) : (x, k) => signOfAnother(x, clauses, k);
    }
    if (!other) continue;
    w ??= words(query);
    let at = w.flatMap((x, k) => (x === term.word ? [k] : []));
    // A fever the query implies ("baby has a temp of 38") is read where its temperature is told.
    if (at.length === 0 && term.word === 'fever') at = w.flatMap((x, k) => (x === 'temp' || x === 'temperature' ? [k] : []));
    if (at.length === 0 || !(setAside || at.every((k) => other!(w!, k) || (pastTold && longAgo(w!, k, yearsOnly)) || (standingTold && longStanding(w!, k))))) continue;
    // Told long ago, it stays a word of the story, with its weight.
    const told = setAside || !SENSE_WORDS.includes(` ${term.word} `) || !at.every((k) => other!(w!, k));
    for (const [unitId, perTerm] of unitScores) if (perTerm[i] > 0 && warns(index.unitSection[unitId])) dropWordMatch(index, unitScores, matchedUnits, unitId, perTerm, i);
    for (const [id] of term.stems) matchedStems.forEach((stems, s) => { if (warns(s)) stems.delete(index.stems[id]); });
    // Matching nothing else, it says nothing of what the corpus has: it weighs nothing, as a word of
    // the teller's job does ("a trauma nurse"), and so says no other topic either ("what temperature
    // should my heat pad be"). But for a leak, which is another thing's ("how to fix a leaking tap"
    // is about the tap, as it was before "leaking urine" was a sign's name).
    let left = false;
    for (const [, perTerm] of unitScores) if (perTerm[i] > 0) { left = true; break; }
    if (!left) {
      // A drug note's word stays one ("i drive a bus, can i still drive on it": the note "Do not
      // drive"), as it was before an accident's name made it the index's ("drove into the back of").
      const notes = [...term.stems].filter(([id]) => hasNote(index, id));
      term.stems = new Map();
      if (notes.length > 0 && (senses ??= buildSenses()).keepWeight.has(term.word)) term.noteStems = new Map([...(term.noteStems ?? []), ...notes]);
      if (!told && !(senses ??= buildSenses()).keepWeight.has(term.word)) term.weight = 0;
    }
  }
}

/** A warning sign's name met by words of the query that are denied: with a denial between them
 *  ("my chest is not tight" has the words of "chest is tight", "my chest doesn't hurt" those of
 *  "chest hurts") or right before them ("my speech isn't slurred"); neither is the sign. Words of a
 *  name are matched wherever they stand (a bag of stems); this reads the shortest stretch of the
 *  query that holds them all. A name that holds a denial itself ("can't breathe") needs the query's
 *  own denial just before its word instead. */
export function dropDeniedInside(index: SearchIndex, query: string, parsed: Term[], unitScores: Map<number, number[]>, matchedUnits: Set<number>[]): void {
  if (!(deniedInsideNeeds ??= new RegExp(`\\b(?:${[...CLAUSE_DENIES].join('|')})\\b`, 'i')).test(query)) return;
  const sections = index.corpus.sections;
  let w: string[] | undefined;
  let clauses: number[] | undefined;
  for (const [unitId, perTerm] of unitScores) {
    if (index.unitKind[unitId] !== TERM || countPositive(perTerm) < index.unitSize[unitId]) continue;
    const s = index.unitSection[unitId];
    const named = groupOfUnit(sections[s], unitId - index.sectionFirstUnit[s]);
    if (!named?.group.urgent) continue;
    w ??= words(query);
    // A name that says "not" ("can't breathe", "arm will not move") is met only where the query's
    // own "not" stands just before its word, not by one far off ("my breathing is fine and my chest
    // doesn't hurt" had met "can't breathe": review44).
    if (words(named.term).some((x) => CLAUSE_DENIES.has(x))) {
      const all = w;
      // Where the query says the words that met the name, its own "not" aside.
      const met = perTerm.flatMap((v, t) => (v > 0 && !NAME_NOTS.has(parsed[t].word) && !CLAUSE_DENIES.has(parsed[t].word) ? [parsed[t].word] : []));
      const places = all.flatMap((y, k) => (met.includes(y) ? [k] : []));
      const near = (k: number) => all.slice(Math.max(0, k - 4), k).some((x) => NAME_NOTS.has(x));
      if (places.length > 0 && !places.some(near)) {
        unitScores.delete(unitId);
        matchedUnits[s].delete(unitId - index.sectionFirstUnit[s]);
      }
      continue;
    }
    // Where the query says each word of the name: the word itself, or a word of the query that met it
    // ("tightness" met by "tight").
    const met = perTerm.flatMap((v, t) => (v > 0 ? [t] : []));
    const places = words(named.term).filter((x) => !STOP_WORDS.has(x)).map((x) => {
      const s = stem(x);
      return w!.flatMap((y, k) => (stem(y) === s || met.some((t) => parsed[t].word === y && stemsByText(index, parsed[t]).has(s)) ? [k] : []));
    });
    if (places.length === 0 || places.some((p) => p.length === 0)) continue;
    // The shortest stretch [a, b] that holds one place of each.
    let best: [number, number] | undefined;
    for (const a of places.flat()) {
      let b = a;
      let ok = true;
      for (const p of places) {
        const after = p.filter((k) => k >= a);
        if (after.length === 0) { ok = false; break; }
        b = Math.max(b, Math.min(...after));
      }
      if (ok && (!best || b - a < best[1] - best[0])) best = [a, b];
    }
    if (!best) continue;
    const all = w;
    // Denied right before it ("isn't slurred", "not short of breath", "wasn't a minor crash"), or
    // between its words; not a state told as gone since ("my chest is not tight anymore": it was).
    // (A denial between them only in the clause of the name's last word: "my chest doesn't feel tight,
    // it feels crushing" denies the tightness, not the crushing: review44 H4.)
    clauses ??= clausesOf(query, all.length);
    // (Not a function's name denied, nor one changed since: "she wasnt confused earlier but now she is".)
    const function_ = FUNCTIONS.has(all[best[0]]) || FUNCTIONS.has(all[best[1] + 1]);
    // (A name after "no" is left to the ranking, which reads "no fever", "no chest pain" as a thing
    // turned from: dropped here, it had let the warning signs lead "no chest pain at all, neck stiff".)
    let denied = !function_ && deniesBefore(all, best[0]) && all[best[0] - 1] !== 'no' && all[best[0] - 2] !== 'no';
    for (let k = best[0] + 1; k < best[1] && !denied; k++) denied = (DENIED_STATE.has(all[k]) || (all[k] === 't' && DENIED_STATE_T.has(all[k - 1]))) && clauses[k] === clauses[best[1]];
    // ... nor one told as changed since, either way ("my chest wasn't tight earlier but it is now",
    // "my arm wasnt weak this morning but now it is": review45).
    if (!denied || all[best[1] + 1] === 'anymore' || (all[best[1] + 1] === 'any' && all[best[1] + 2] === 'more') || all.slice(best[1] + 1, best[1] + 9).includes('now')) continue;
    unitScores.delete(unitId);
    matchedUnits[s].delete(unitId - index.sectionFirstUnit[s]);
  }
}
/** The names of a crash or a fall that the minor injury's sign holds only for a query that denies
 *  their seriousness ("the crash was nothing serious": dropOtherSenses reads the emergency away). */
const MILDER_WHEN_DENIED = new Set(['crash', 'car crash', 'fell', 'had a fall', 'fell over', 'tripped', 'tripped over', 'came a cropper']);
/** One of those names met by the query is the emergency's, unless that was read away, which leaves
 *  the lesser sign. (Other names both groups hold, "banged my head", are left to the ranking, which
 *  gave them the lesser sign beside "on the car door": review34.) */
export function dropLesserTwins(index: SearchIndex, parsed: Term[], unitScores: Map<number, number[]>, matchedUnits: Set<number>[]): void {
  // Only a query that met those names' words: reading the groups touches every section's vocabulary.
  const twinStems = (twinStemsKept ??= new Set([...MILDER_WHEN_DENIED].flatMap((name) => words(name)).filter((x) => !STOP_WORDS.has(x)).map(stem)));
  if (!parsed.some((t) => { for (const [id] of t.stems) if (twinStems.has(index.stems[id])) return true; return false; })) return;
  for (const [lesser, emergencies] of twinsOf(index)) {
    const perTerm = unitScores.get(lesser);
    if (!perTerm || !emergencies.some((u) => { const v = unitScores.get(u); return v !== undefined && countPositive(v) >= index.unitSize[u]; })) continue;
    const s = index.unitSection[lesser];
    unitScores.delete(lesser);
    matchedUnits[s].delete(lesser - index.sectionFirstUnit[s]);
  }
}
/** A headache's group, by what it means ("fever and headache with a stiff neck"). */
const HEADACHE = /\bheadache/;
/** A warning sign's name of several words met only by words `place` accepts (search.ts: a part of
 *  the body the person moves, "turn my head", and the words of how moving it goes, "hard to turn my
 *  head") is no part of that sign: "can't turn my head to the left, started this morning" had met
 *  "bumped my head" and shown the emergency of a fall, "difficult to turn my head" the cauda
 *  equina's "difficulty starting to urinate" (review45, review57, review59). Not a headache's name
 *  ("head is pounding"), where the head is the trouble's own place. */
export function dropPlacePartials(index: SearchIndex, parsed: Term[], unitScores: Map<number, number[]>, matchedUnits: Set<number>[], place: (t: Term) => boolean): void {
  const places = parsed.map(place);
  if (!places.some(Boolean)) return;
  const sections = index.corpus.sections;
  for (const [unitId, perTerm] of unitScores) {
    if (index.unitKind[unitId] !== TERM) continue;
    let count = 0;
    let other = false;
    for (let t = 0; t < perTerm.length; t++) {
      if (!(perTerm[t] > 0)) continue;
      count++;
      if (!places[t]) other = true;
    }
    if (other || count >= index.unitSize[unitId]) continue;
    const s = index.unitSection[unitId];
    if (!(sections[s].vocabulary ?? []).some((g) => g.urgent === true)) continue;
    if (HEADACHE.test(groupOfUnit(sections[s], unitId - index.sectionFirstUnit[s])?.group.means ?? '')) continue;
    unitScores.delete(unitId);
    matchedUnits[s].delete(unitId - index.sectionFirstUnit[s]);
  }
}
/** The stems of those names' own words, made when a search first needs them. */
let twinStemsKept: Set<string> | undefined;
/** Per index: each unit of a lesser sign's name of MILDER_WHEN_DENIED -> the units of the same name
 *  in an emergency's groups (found once, by the groups' terms, not per search). */
function twinsOf(index: SearchIndex): Map<number, number[]> {
  let twins = twinsKept.get(index);
  if (twins) return twins;
  twins = new Map();
  const sections = index.corpus.sections;
  sections.forEach((section, s) => {
    if (!(section.vocabulary ?? []).some((g) => g.urgent === true)) return;
    const end = s + 1 < sections.length ? index.sectionFirstUnit[s + 1] : index.unitSection.length;
    const lesser = new Map<string, number>();
    const emergency = new Map<string, number[]>();
    for (let unitId = index.sectionFirstUnit[s]; unitId < end; unitId++) {
      if (index.unitKind[unitId] !== TERM) continue;
      const named = groupOfUnit(section, unitId - index.sectionFirstUnit[s]);
      if (!named?.group.urgent || !MILDER_WHEN_DENIED.has(named.term)) continue;
      if (EMERGENCY_MEANS.test(named.group.means)) emergency.set(named.term, [...(emergency.get(named.term) ?? []), unitId]);
      else lesser.set(named.term, unitId);
    }
    for (const [term, unitId] of lesser) twins!.set(unitId, emergency.get(term) ?? []);
  });
  twinsKept.set(index, twins);
  return twins;
}
const twinsKept = new WeakMap<SearchIndex, Map<number, number[]>>();
/** Words that deny a state between a sign's words ("my chest is not tight", "my arm doesnt feel weak",
 *  "legs aren't numb"); not those of an ability ("can't grip", "couldn't lift it"), which may be the
 *  sign itself. */
const DENIED_STATE = new Set(['not', 'no', 'never', 'nt', 'isnt', 'arent', 'wasnt', 'werent', 'doesnt', 'dont', 'didnt', 'aint', 'neither', 'nor']);
const DENIED_STATE_T = new Set(['isn', 'aren', 'wasn', 'weren', 'doesn', 'don', 'didn', 'ain', 'hasn', 'haven']);
/** The query's words that say "not" for a name that says it. */
const NAME_NOTS = new Set(['not', 'no', 'never', 'cannot', 'cant', 't', 'nt', 'unable', 'wont', 'dont', 'didnt', 'couldnt', 'doesnt', 'isnt', 'hardly', 'barely']);
/** What a query needs for dropDeniedInside: a word of denial (CLAUSE_DENIES), made when a search
 *  first needs it. */
let deniedInsideNeeds: RegExp | undefined;

/** Whether a stem is in a drug's note. */
function hasNote(index: SearchIndex, id: number): boolean {
  for (let p = index.postingStart[id]; p < index.postingStart[id + 1]; p++) if (index.unitKind[index.postingUnits[p]] === NOTE) return true;
  return false;
}

/** The word lists of saidOfPerson and hotForAReason, made when a query first needs them. */
const people: Partial<Record<'first_person' | 'persons' | 'state_links' | 'hot_reasons' | 'hot_other', ReadonlySet<string>>> = {};
/** Names of a fever that are one only when said of a person ("my toddler is burning up", "she's red
 *  hot"), not of a heat pad or the neck's own pain ("my neck feels like its burning up"): review27 a1. */
const SAID_OF_PERSON = new Set(['burning up', 'red hot', 'boiling hot', 'burning hot', 'hot', 'roasting', 'boiling']);
/** Of those, the ones said of someone else only: "I'm hot" after the gym is no fever, "my son feels
 *  really hot" may be (review28 M1). */
const SAID_OF_ANOTHER = new Set(['hot', 'roasting', 'boiling']);
const FIRST_PERSON = (): ReadonlySet<string> => (people.first_person ??= setOf('i im ive me'));
/** Who has a fever: a pronoun or a person ("my toddler", "the little one", "my nan"). */
const PERSONS = (): ReadonlySet<string> => (people.persons ??= setOf('i im ive he hes she shes they theyre we were you youre him her them me us body forehead colleague coworker boss roommate baby babies toddler toddlers child children kid kids boy girl lad lass son sons daughter daughters one bairn wean teenager teen grandson granddaughter grandchild husband hubby wife partner mum mom mam mother dad father brother sister nan nana gran granny grandma grandad grandpa friend mate flatmate boyfriend girlfriend patient infant newborn'));
/** Words between a person and the state said of them: "my son's burning up", "she has been red hot all
 *  night", "he feels like he's burning up". */
// ... and the other states a sick child is said to be in before it, in a list ("she's been really
// grizzly, burning up": review48).
const STATE_LINKS = (): ReadonlySet<string> => (people.state_links ??= setOf('is s was been has have had feels feel felt feeling seems seem looks look absolutely really so very quite extremely too literally totally just all m am re are like and still now running getting grizzly grumpy grouchy cranky crabby clingy whiny whingey whingy whiney irritable miserable tearful teary unsettled fussy lethargic sleepy listless poorly unwell tired'));
/** What makes a person hot with no fever, said just after a plain "hot" ("hot from the sun", "hot
 *  after the gym", "hot and cranky in this weather"), and words that make it another sense ("hot
 *  headed", "so hot lol"): review28 R12. Not any "from" or "after": "hot from a virus", "hot and floppy after
 *  nursery" are a fever's (R13). */
const HOT_REASONS = (): ReadonlySet<string> => (people.hot_reasons ??= setOf('sun sunshine running run gym exercise exercising workout playing trampoline football sport sports weather heatwave radiator bath shower fire sauna blanket duvet dancing cycling walking jumper jumpers jacket coat hoodie sweater fleece layers clothes onesie heating summer humid humidity'));
const HOT_OTHER = (): ReadonlySet<string> => (people.hot_other ??= setOf('headed tempered lol haha af flush flushes flash flashes'));
/** Whether a plain "hot" said of someone else has a harmless reason beside it, or the stiff neck is
 *  the teller's ("the kids are hot and cranky … my neck is stiff"). */
function hotForAReason(w: string[], k: number, another = true): boolean {
  if (HOT_OTHER().has(w[k + 1]) || (w[k + 1] === 'and' && w[k + 2] === 'bothered') || (another && w.some((x, j) => x === 'neck' && tellersNeck(w, j)))) return true;
  const after = w.slice(k + 1, k + (another ? 6 : 9));
  if (after.some((x) => HOT_REASONS().has(x))) return true;
  // The teller's own "hot" with any reason given for it ("hot because the heating is on", "hot from
  // the hairdryer", "hot for my coworker": review50) is no fever, unless the reason is an illness.
  // ("since" of a time is none: "hot since last night".)
  return !another && REASON_AFTER.has(w[k + 1]) && !(w[k + 1] === 'since' && SINCE_TIMES.has(w[k + 2])) && !after.some((x) => ILLNESS_REASONS.has(x));
}
/** Whether the teller's own plain "hot" at w[k] is how they feel (hotForAReason's other side, for the
 *  teller only): "I'm very hot", "I feel hot", "my forehead is hot", then nothing of its own after it
 *  ("I'm hot, headache …", "hot and cold", "hot with headache"); not a thing that is hot ("I had hot
 *  tea", "hot feet", "hot wings"), another's view ("my husband thinks I'm hot"), a name ("hot stuff"),
 *  a denial ("I'm not hot") or a temperature said to be normal (review51). */
function tellerFeelsHot(w: string[], k: number): boolean {
  const next = w[k + 1];
  // (A reason after it is hotForAReason's to weigh: "hot from a virus" is a fever's.)
  if (next !== undefined && !HOT_THEN.has(next) && !REASON_AFTER.has(next)) return false;
  let j = k - 1;
  while (j >= 0 && TELLER_LINKS.has(w[j])) j--;
  // A possessive or "have" before it makes "hot" a thing's ("I had hot tea", "I have hot hands").
  if (j >= 0 && HAVE_WORDS.has(w[j])) return false;
  if (w.slice(Math.max(0, k - 3), k).some((x) => x === 'not' || x === 'never' || x === 'nt')) return false;
  const at = w.findIndex((x, i) => FIRST_PERSON().has(x) && i < k && i >= k - 6);
  if (at > 0 && OPINION_WORDS.has(w[at - 1])) return false;
  // The headache and the stiff neck someone else's ("I'm very hot, my husband has a headache and a
  // stiff neck"): review52.
  if (!w.includes('both') && !w.includes('we') && w.some((x, i) => i > k && ((PERSONS().has(x) && !FIRST_PERSON().has(x) && x !== 'body' && x !== 'forehead' && HAS_WORDS.has(w[i + 1])) || ((x === 'neck' || x === 'head') && OTHER_OWNERS.has(w[i - 1]))))) return false;
  // A temperature said to be normal, in words or degrees ("my temp is 36.8", "thermometer says 98.6"),
  // or a fever denied ("I feel hot but I don't have a fever", "no temperature"): review52.
  return !w.some((x, i) => (THERMOMETER_WORDS.has(x) && w.slice(i + 1, i + 5).some((y, n) => NORMAL_WORDS.has(y) || normalDegrees(y, w[i + n + 2])))
    || (FEVER_WORDS.has(x) && w.slice(Math.max(0, i - 4), i).some((y) => FEVER_DENIALS.has(y))));
}
const HAS_WORDS = new Set(['has', 'have', 'had', 's', 'got', 'gets']);
const AGE_UNITS = new Set(['month', 'months', 'year', 'years', 'week', 'weeks']);
/** "a (terrible) pain in the neck": the idiom for a nuisance, at the phrase w[k, k + length). */
function painInTheNeck(w: string[], k: number, length: number): boolean {
  return (w[k - 1] === 'a' || w[k - 1] === 'such') && w[k + length] === 'in' && w[k + length + 1] === 'the' && w[k + length + 2] === 'neck';
}
const THERMOMETER_WORDS = new Set(['temperature', 'temp', 'thermometer']);
const FEVER_WORDS = new Set(['fever', 'feverish', 'temperature', 'temp']);
const FEVER_DENIALS = new Set(['no', 'not', 'nt', 't', 'without', 'never']);
/** Whether a number (and the word after it, for a decimal part) is a normal body temperature: 35 to 37.4
 *  degrees Celsius or 95 to 99.4 Fahrenheit. words() splits "36.8" into "36" and "8". */
function normalDegrees(whole: string, part: string | undefined): boolean {
  if (!/^\d{2}$/.test(whole)) return false;
  const n = Number(whole) + (part !== undefined && /^\d$/.test(part) ? Number(part) / 10 : 0);
  return (n >= 35 && n < 37.5) || (n >= 95 && n < 99.5);
}
/** What may follow the teller's "hot" of a fever: nothing, a joining word, another way of feeling. */
const HOT_THEN = new Set(['and', 'n', 'rn', 'hot', 'dreadful', 'horrendous', 'blinding', 'killer', 'with', 'but', 'up', 'again', 'bad', 'terrible', 'awful', 'horrible', 'severe', 'splitting', 'pounding', 'banging', 'throbbing', 'thumping', 'massive', 'sore', 'achy', 'aching', 'shaky', 'dizzy', 'sick', 'tired', 'ill', 'unwell', 'rough', 'really', 'very', 'all', 'headache', 'headaches', 'head', 'my', 'i', 'im', 'now', 'today', 'tonight', 'since', 'plus', 'also', 'too', 'shivery', 'shivering', 'sweaty', 'clammy', 'feverish', 'cold', 'like', 'as', 'stiff', 'neck', 'got', 've']);
/** Words between the teller and their "hot": "I'm really hot", "I feel so hot", "I've been running hot". */
const TELLER_LINKS = new Set(['m', 'am', 'im', 'is', 's', 'feel', 'feels', 'felt', 'feeling', 'been', 've', 'running', 'getting', 'so', 'very', 'really', 'rather', 'quite', 'extremely', 'too', 'just', 'all', 'still', 'now', 'like', 'absolutely', 'literally', 'totally', 'burning', 'boiling']);
const HAVE_WORDS = new Set(['have', 'has', 'had', 'having', 'got', 'ate', 'eat', 'eating', 'drank', 'drink', 'drinking', 'some', 'a', 'the', 'my', 'his', 'her']);
/** Words before "I'm hot" that make it someone's view of the teller ("she thinks I'm hot"). */
const OPINION_WORDS = new Set(['thinks', 'think', 'thought', 'says', 'said', 'reckons', 'finds', 'find', 'calls', 'told']);
const NORMAL_WORDS = new Set(['normal', 'fine', 'ok', 'okay', 'alright']);
const SINCE_TIMES = new Set(['last', 'yesterday', 'this', 'the', 'morning', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lunch', 'lunchtime', 'breakfast', 'waking']);
/** Words that give a reason right after "hot" (hotForAReason). */
const REASON_AFTER = new Set(['because', 'cos', 'coz', 'cuz', 'from', 'for', 'after', 'as', 'since', 'in', 'due', 'at', 'on']);
/** Reasons that are an illness: "hot from a virus" may be a fever. */
const ILLNESS_REASONS = new Set(['virus', 'bug', 'flu', 'infection', 'fever', 'temperature', 'illness', 'ill', 'sick', 'cold']);
/** Whether the "hot" at w[k] opens the query, past words of how ("feeling very hot, bad headache, neck
 *  too stiff to bend", "so hot and my head is killing me"): the teller's, unsaid (review52). Not of a
 *  day ("so hot today"). */
function opensQuery(w: string[], k: number): boolean {
  return w.slice(0, k).every((x) => OPENING_LINKS.has(x)) && w[k + 1] !== 'today' && w[k + 1] !== 'tonight';
}
const OPENING_LINKS = new Set(['feeling', 'feel', 'so', 'very', 'really', 'rather', 'quite', 'extremely', 'too', 'just', 'all', 'still', 'been', 'running', 'getting', 'absolutely', 'literally', 'burning', 'boiling']);
/** Whether the "hot" at w[k] is said of the teller's own body ("my forehead is hot", "my body is very
 *  hot"): the teller's, though "body" and "forehead" are no pronouns. */
function ownBody(w: string[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(1, k - 5); j--) if ((w[j] === 'body' || w[j] === 'forehead') && w[j - 1] === 'my') return true;
  return false;
}
/** Whether the neck at w[j] is the teller's: "my neck", "my stiff neck", or "a stiff neck" the teller
 *  has ("I have a headache and a stiff neck": "my girlfriend is hot" beside it is no fever). */
function tellersNeck(w: string[], j: number): boolean {
  if (w[j - 1] === 'my' || w[j - 2] === 'my') return true;
  const a = w[j - 1] === 'a' ? j - 1 : w[j - 2] === 'a' ? j - 2 : -1;
  return a > 0 && w.slice(Math.max(0, a - 6), a).some((x) => FIRST_PERSON().has(x)) && !w.slice(Math.max(0, a - 6), a).some((x) => OTHER_OWNERS.has(x));
}
const OTHER_OWNERS = new Set(['he', 'she', 'his', 'her', 'they', 'their', 'hes', 'shes', 'him']);
/** A headache told beside a plain "hot" (hotForAReason's caller): "headache", or the head said to
 *  hurt ("my head is killing me", "head is aching"; "paining" is read as "hurting" before this). */
const HEADACHE_WORDS = new Set(['headache', 'headaches', 'migraine']);
const HEAD_HURTS = new Set(['hurts', 'hurt', 'hurting', 'aching', 'aches', 'ache', 'killing', 'pounding', 'throbbing', 'sore', 'splitting', 'banging', 'bursting']);
function headacheTold(w: string[]): boolean {
  return w.some((x, j) => HEADACHE_WORDS.has(x) || (x === 'head' && w.slice(j + 1, j + 4).some((y) => HEAD_HURTS.has(y))));
}

/** Whether the state at words[k] is said of a person: the nearest word before it, past linking words
 *  (at most four), is a person (with `another`, not the teller); or, past an "and" among them, the
 *  nearest person within ten words before it ("he has a headache and feels hot"). */
function saidOfPerson(w: string[], k: number, another: boolean): boolean {
  let and = -1;
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    if (PERSONS().has(w[j])) return !(another && FIRST_PERSON().has(w[j]));
    // "my 3 month old is very hot", "my 6 year old feels hot" (review58): a child.
    if (w[j] === 'old' && AGE_UNITS.has(w[j - 1])) return true;
    if (w[j] === 'and' && and < 0) and = j;
    if (!STATE_LINKS().has(w[j])) {
      // A second thing said of the person, after "and" ("he has a headache and feels hot"): the person
      // before the first, a few words back.
      if (and < 0) return false;
      for (let i = j - 1; i >= Math.max(0, and - 10); i--) if (PERSONS().has(w[i])) return !(another && FIRST_PERSON().has(w[i]));
      return false;
    }
  }
  return false;
}

/** A word said only before "of" inside the name of another thing that the corpus lacks
 *  (foreignPhrases: "chest of drawers") means nothing the corpus has: "moved a chest of drawers and now my neck is
 *  stiff" had led with the heart attack's "chest pain" (trial20). Looked for only when a section with
 *  warning signs matched, where a word read out of its name raises an alarm: finding the names reads
 *  dist/phrases.txt. */
export function dropInOtherNames(index: SearchIndex, query: string, parsed: Term[], unitScores: Map<number, number[]>, matchedUnits: Set<number>[], matchedStems: Set<string>[]): string[] {
  const sections = index.corpus.sections;
  const warns = (unitId: number) => (sections[index.unitSection[unitId]].vocabulary ?? []).some((g) => g.urgent === true);
  // Only a word right before "of" in such a name: a "chest of drawers" is no chest, but "breast
  // cancer" is a cancer and a "deep freeze spray" a cold spray (a name's last word is what it is).
  // Names are looked up only there: every name of a 20-word question cost it 42 M instructions.
  if (!query.includes(' of ')) return [];
  let any = false;
  for (const [unitId] of unitScores) if (warns(unitId)) { any = true; break; }
  if (!any) return [];
  /** The names found, for the note on what the answer leaves out ("no match for 'chest of drawers'"). */
  const names: string[] = [];
  const w = words(query);
  const inName = new Array<boolean>(w.length).fill(false);
  const named = new Set<number>();
  for (let k = 0; k + 2 < w.length; k++) {
    if (w[k + 1] !== 'of' || STOP_WORDS.has(w[k])) continue;
    const i = parsed.findIndex((t) => t.word === w[k]);
    if (i < 0 || !parsed[i].stems.size) continue;
    // "chest of drawers", "neck of the woods": the name's last word, or its singular, not a stop word.
    for (let n = Math.min(4, w.length - k); n >= 3; n--) {
      const span = w.slice(k, k + n);
      if (STOP_WORDS.has(span[n - 1])) continue;
      const last = stem(span[n - 1]);
      if (!isPhrase(span) && (last === span[n - 1] || !isPhrase([...span.slice(0, -1), last]))) continue;
      // A name the corpus has itself is its own ("range of motion").
      if ([...unitScores.values()].some((perTerm) => span.every((x) => { const j = parsed.findIndex((t) => t.word === x); return j < 0 || perTerm[j] > 0; }))) break;
      inName[k] = true;
      named.add(i);
      names.push(span.join(' '));
      break;
    }
  }
  for (const i of named) {
    // Said elsewhere too ("chest of drawers … now chest pain"): that word stays.
    if (w.some((x, k) => x === parsed[i].word && !inName[k])) continue;
    for (const [unitId, perTerm] of unitScores) if (perTerm[i] > 0) dropWordMatch(index, unitScores, matchedUnits, unitId, perTerm, i);
    // Nor does it choose a sentence ("chest pain or pressure"): it means nothing the corpus has.
    for (const [id] of parsed[i].stems) for (const stems of matchedStems) stems.delete(index.stems[id]);
    parsed[i].stems = new Map();
  }
  return names;
}

/** Where a phrase's words stand together in a query's words (each start). */
/** Words of a limb's side, and words of degree, left unsaid in its phrases ("my left arm has gone
 *  completely dead"). */
const LEFT_UNSAID = new Set(['left', 'right', 'both', 'whole', 'entire', 'completely', 'totally', 'really', 'very', 'so', 'quite', 'suddenly', 'just', 'all']);
/** phraseAt over words some of which are blanked (''): skipped, so that "my left arm is numb" holds
 *  "my arm is numb" (at the first word's place). */
function phraseAtSkipping(w: string[], phrase: string[]): number[] {
  const kept: number[] = [];
  w.forEach((x, i) => { if (x !== '') kept.push(i); });
  return phraseAt(kept.map((i) => w[i]), phrase).map((k) => kept[k]);
}
function phraseAt(w: string[], phrase: string[]): number[] {
  const out: number[] = [];
  if (phrase.length === 0) return out;
  for (let k = 0; k + phrase.length <= w.length; k++) {
    let j = 0;
    while (j < phrase.length && w[k + j] === phrase[j]) j++;
    if (j === phrase.length) out.push(k);
  }
  return out;
}

/** The query's words that name, whole, a vocabulary term or a drug's name of a section without
 *  warning signs (a treatment: "heat pad", "codeine", "muscle relaxer"), not the condition's own
 *  names nor the words of `besides` (a pair's other thing). Whole: "neck" of "neck brace" and "stiff"
 *  of "stiffen" had made "vomiting with a stiff neck" a symptom of a treatment (review20). */
function treatmentWords(index: SearchIndex, parsed: Term[], unitScores: Map<number, number[]>, conditions: Set<number>, besides: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const [unitId, perTerm] of unitScores) {
    if (index.unitKind[unitId] !== TERM || conditions.has(unitId) || countPositive(perTerm) < index.unitSize[unitId]) continue;
    if ((index.corpus.sections[index.unitSection[unitId]].vocabulary ?? []).some((g) => g.urgent === true)) continue;
    perTerm.forEach((v, t) => { if (v > 0 && !besides.has(parsed[t].word) && parsed[t].word !== 'neck') out.add(parsed[t].word); });
  }
  return out;
}

/** Whether the symptom at words [from, to) is told as what a treatment did: "a rash from the heat
 *  pad", "sick after taking codeine" (a treatment's word within CAUSE_SPAN after a CAUSED_BY word
 *  that follows the symptom, not "even after"), "the muscle relaxer makes me drowsy" (a treatment,
 *  then a CAUSES word, then the symptom), or "side effects" said beside a treatment. */
function causedBy(w: string[], from: number, to: number, treatments: Set<string>): boolean {
  const named = (k: number) => (k < from || k >= to) && treatments.has(w[k]);
  // Any medicine's word only as what made the symptom ("the tablets make me drowsy", "drowsy from
  // the pills"), not as what it came after ("vomiting since taking the pills": review28 R3).
  const isTreatment = (k: number) => named(k) || ((k < from || k >= to) && MEDICINES.has(w[k]));
  for (let k = to; k < Math.min(w.length, to + 2); k++) {
    if (!CAUSED_BY.has(w[k]) || DESPITE_WORDS.has(w[k - 1]) || ((w[k] === 'since' || w[k] === 'after') && TIME_AFTER.has(w[k + 1]) && !named(k + 2))) continue;
    const caused = w[k] === 'from' ? isTreatment : named;
    // "from taking the pills": a word of taking does not count in the span.
    const span = CAUSE_SPAN + (TAKING.has(w[k + 1]) ? 1 : 0);
    for (let j = k + 1; j <= Math.min(w.length - 1, k + span); j++) if (caused(j)) return true;
  }
  for (let k = Math.max(0, from - CAUSE_SPAN - 2); k < from; k++) {
    if (!CAUSES.has(w[k])) continue;
    for (let j = Math.max(0, k - CAUSE_SPAN); j < k; j++) if (isTreatment(j)) return true;
  }
  return (treatments.size > 0 || w.some((x) => MEDICINES.has(x))) && w.some((x, k) => x === 'side' && (w[k + 1] === 'effect' || w[k + 1] === 'effects'));
}

/** Whether every name a word meets is a warning sign's (an urgent vocabulary term). */
export function signOnly(index: SearchIndex, term: Term): boolean {
  // A section without warning signs first, from its data: urgentUnits makes a set of every unit of
  // the warning signs (~54 KB of young objects), which took "what can i take for the pain" (focus:
  // medicine) over a scavenge, 5 M instructions.
  const sections = index.corpus.sections;
  let any = false;
  for (const [id] of term.stems) {
    for (let p = index.postingStart[id]; p < index.postingStart[id + 1]; p++) {
      if (!(sections[index.unitSection[index.postingUnits[p]]].vocabulary ?? []).some((g) => g.urgent === true)) return false;
      any = true;
    }
  }
  if (!any) return false;
  const urgent = urgentUnits(index);
  for (const [id] of term.stems) {
    for (let p = index.postingStart[id]; p < index.postingStart[id + 1]; p++) if (!urgent.has(index.postingUnits[p])) return false;
  }
  return true;
}

/** Whether query word `i` matched a warning sign whole, in a sentence or a name of it. */
export function urgentWhole(index: SearchIndex, wholeUnits: Set<number>[], unitScores: Map<number, number[]>, i: number): boolean {
  return wholeUnits.some((units, k) => [...units].some((u) => {
    const unitId = index.sectionFirstUnit[k] + u;
    return urgentUnits(index).has(unitId) && (unitScores.get(unitId)?.[i] ?? 0) > 0;
  }));
}

