// The snippet of a hit: the sentence of its section that best answers the whole query (makeSnippet),
// why it matched (the vocabulary name that points to it), and the text cut and highlighted to show.

import { drugFacts, drugNotes, type SearchIndex, type Unit } from './search-index.js';
import type { ReadQuery } from './query.js';
import { native, testIfCan } from './machine-code.js';
import { STOP_WORDS } from './stop-words.js';
import { ANSWER_WEIGHT, ANSWER_WEIGHT_TURNING, answerKey, learnedAnswerShares } from './learned.js';
import { NAMES_WEIGHT, PHRASE_WEIGHT, QUALITY, STORY_ZIPF, type Term } from './query-words.js';
import { matchRow, stemList, stemsMatch, stemsOfFolded, stemTable } from './term-match.js';
import { namedUnits, namesDrug, nameSaysNot, namesTreatment, TERM } from './units.js';
import { paragraphs } from './section-sentences.js';
import { CHOICE_STATES, longerNamesHolding, meansAlcohol, OPIOID_CLASS } from './drug-notes.js';
import { FAILS, failsByNames, otherDrugNames } from './alternatives.js';
import { warm } from './warm.js';
import { fold, stem, wordPattern, words } from '../util/text.js';
import type { DrugMember, Section } from '../corpus/types.js';

/** Words by which a drug's fact warns of a risk (its label's warning, addiction, dependence). */
/** A drug note's sentence on pregnancy or breastfeeding, and the query words that ask of one. */
const STATE_NOTE = /\b(?:pregnan\w*|breastfe\w*)/;
const STATE_WORD = /^(?:pregnan|breastfe|breast|nursing|midwife|trimester|expecting|conceive|ttc)/;
/** A drug note on alcohol, as its class's name heads it ("acetaminophen (paracetamol): Alcohol: …"). */
const ALCOHOL_NOTE = /(?:^|: )alcohol: /;
/** Words of drinking alcohol besides the drinks read as "alcohol" (the lexicon's): ALCOHOL_NOTE. */
const DRINK_WORD = /^(?:drink|drinks|drank|drinking|drunk|boozing|pissed|hungover|hangover|units)$/;
const FACT_WARNS = /\b(?:warns?|serious|addictive|dependence)\b/;

/** Words that ask whether a thing is safe: the time the sentence after it gives is then not the
 *  answer (makeSnippet, goesOnShare), nor when the query asks which of several things. */
const SAFETY_WORDS = new Set(['safe', 'safely', 'dangerous', 'risk', 'risks', 'limit', 'burn', 'burns', 'burnt', 'burned']);

const SNIPPET_MAX = 220;
/** A sentence this long shows whole; a longer one (a drug class's note) is cut around what matched.
 *  The article's longest, the surgery section's (229 characters), cut at SNIPPET_MAX lost its end,
 *  "… may relieve the spasms": the answer to what a spinal fusion does (4 main queries). */
const SENTENCE_MAX = 240;

export interface Highlight {
  start: number;
  end: number;
}

/** A note's sentence on taking too much by accident. */
const BY_ACCIDENT = /\bby accident\b/i;

export interface Snippet {
  /** Why a vocabulary match is relevant ("Advil — a brand of ibuprofen, …"); absent for text hits. */
  reason?: string;
  /** Character ranges of `reason` that matched a query word. */
  reasonHighlights?: Highlight[];
  text: string;
  /** Character ranges of `text` that matched a query word. */
  highlights: Highlight[];
  /** "supplementary" when `text` is not the section's own text but a note added beside it (a drug
   *  class's safety note: drugNotes). */
  origin?: 'supplementary';
}

/** How much a sentence gains by being of the kind asked for, or the one a matched term points to. */
const INTENT_BONUS = 1;

/** ... and by saying it precisely ("for 3 to 4 days" for "how long", not "too long"). */
const PRECISE_BONUS = 1.5;
/** Sections with this many sentences (and the summary) weigh each word by its rarity among them:
 *  measured 4, 8 and none; 8 gained 6 main answers, 4 lost a held-out one. */
const SPREAD_MIN = 8;
/** A sentence that lists things ("may include …", "such as …"). */
const LISTS = /\b(?:include|includes|including|such as)\b/;
/** What a word besides a warning sign the query names counts for choosing among the signs' sentences. */
const SIGN_OTHERS_SHARE = 0.3;
/** How much one word of a vocabulary term of several words counts for the sentence the term cites. */
const PARTIAL_POINT = 0.3;
/** How much a sentence's words count for the sentence after it in the same paragraph. */
const CONTEXT_SHARE = 0.5;
/** How much the plan's own step gains, when the person turns away from something: less than a
 *  sentence naming what they asked for. */
const ALTERNATIVE_BONUS = 0.5;
/** How many words may come before a term's cited words in a sentence that they still head ("New
 *  numbness, tingling …"). */
const HEAD_WORDS = 2;

/** The names of several words a section's units point to ("neck manipulation", "cervical collar"),
 *  folded, each once: made once per section. */
function multiWordNames(section: Section, units: Unit[]): string[] {
  let names = multiWordNamesCache.get(section);
  if (!names) {
    const cites = new Set<string>();
    for (const u of units) if (u.kind === 'term' && u.cites && u.cites.includes(' ')) cites.add(u.cites);
    multiWordNamesCache.set(section, (names = [...cites].map(fold)));
  }
  return names;
}
const multiWordNamesCache = new WeakMap<Section, string[]>();

/** What makeSnippet reads of the query: the same for every hit's snippet. */
export interface SnippetQuery {
  parsed: Term[];
  read: ReadQuery;
  /** Per query word, whether it stands in a clause that says "not" (queryPositions). */
  negated: boolean[];
  /** The weights of the words asked about, before they were raised. */
  unfocused: Map<Term, number>;
  /** Whether the query is about someone under 16: asked only by a drug's note. */
  underSixteen: () => boolean;
  /** The word stems the learned sentence model reads of the query. */
  answerStems: () => readonly string[];
  /** Whether only the drugs' notes answer the query (search's noteWeight): every note is read. */
  notesAnswer: boolean;
  /** The things only the notes name, asked of a medicine the query names (askedOfNotes). */
  noteThings: ReadonlySet<Term>;
  /** The phrases cited by the names the query says whole that are no drug's ("heating pad" for
   *  "wheat bag"), folded. */
  thingCites: () => readonly string[];
  /** The words either side of an "or" in the query ("ice or heat"): the things it chooses between. */
  choiceWords: () => ReadonlySet<string>;
  /** Whether the person asks for themselves, or as an adult ("can i take", "for me", "adult"). */
  selfAsked: () => boolean;
  /** Whether the query asks about someone under 16, not the teller as an adult beside their children. */
  youngAsked: () => boolean;
}

/** A name's words but the common ones, as stems (makeSnippet). */
function wordsOfUnit(unit: Unit): ReadonlySet<string> {
  return new Set(words(unit.text).filter((w) => !STOP_WORDS.has(w)).map(stem));
}

/** wordsOfUnit and a note's folded text, kept once a process searches again (warm.ts). */
let unitWordsCache: WeakMap<Unit, ReadonlySet<string>> | undefined;
function unitWordsKept(unit: Unit): ReadonlySet<string> {
  let out = (unitWordsCache ??= new WeakMap()).get(unit);
  if (!out) unitWordsCache.set(unit, (out = wordsOfUnit(unit)));
  return out;
}
type DrugNote = ReturnType<typeof drugNotes>[number];
/** drugNotes kept per section once a process searches again (warm.ts). */
let notesCache: WeakMap<Section, DrugNote[]> | undefined;
function drugNotesKept(section: Section): DrugNote[] {
  let out = (notesCache ??= new WeakMap()).get(section);
  if (!out) notesCache.set(section, (out = drugNotes(section)));
  return out;
}
let noteTextCache: WeakMap<DrugNote, string> | undefined;
function noteTextKept(note: DrugNote): string {
  let out = (noteTextCache ??= new WeakMap()).get(note);
  if (out === undefined) noteTextCache.set(note, (out = fold(note.sentences.join(' '))));
  return out;
}

/** A hit's snippet (`core`), and, asked for the first hit only, a fuller one: the sentence with the
 *  one after it or the one before it, where they go on about the same thing (followOn); undefined
 *  where there is none. Worked out when asked: the later hits never ask. */
export interface ChosenSnippet {
  core: Snippet;
  fuller: () => Snippet | undefined;
}

/** The sentence of a section that best answers the whole query: the query's words (weighted by
 *  how much each says), what it asks for (a duration, a frequency, a time), the sentence a matched
 *  vocabulary term points to; a sentence about what the person turned away from counts against.
 *  The article's specific sentences come before the section's summary. Of the section: the stems
 *  the query matched there, its units the query matched (by their place among its units) and those it
 *  matched whole, the query's words for the condition itself (`context`), and the plan's step there
 *  when the person turns from something (`alternative`, planAlternatives). Returns that sentence as
 *  the snippet, and the fuller snippet of a first hit (ChosenSnippet). */
export function makeSnippet(index: SearchIndex, sectionIndex: number, query: SnippetQuery, matched: Set<string>, matchedUnits: Set<number>, wholeUnits: Set<number>, context: Set<Term>, alternative?: string): ChosenSnippet {
  const { parsed, read, negated, unfocused, underSixteen, youngAsked, answerStems, notesAnswer, noteThings, thingCites, choiceWords, selfAsked } = query;
  const olderAsked = () => read.implied.includes('elderly') || parsed.some((t) => OLDER_WORDS.has(t.word));
  const older = (t: Term) => OLDER_WORDS.has(t.word);
  /** Whether the query has a word for older people, "elderly" read from an age among them (scoreOf). */
  const olderNamed = parsed.some(older);
  const section = index.corpus.sections[sectionIndex];
  const units = namedUnits(section);

  // Vocabulary terms of this section the query matched, with how well: their cited sentence gains.
  const cited: { unit: Unit; value: number; citeFold: string; got: number; terms: Set<Term>; share: number; loose?: boolean }[] = [];
  const partly: typeof cited = [];
  /** The drug names the query has whole, not as what it turns from, with the classes they name. */
  const drugNamed: { name: string; drugClass: number; member?: DrugMember; terms: Set<Term> }[] = [];
  // Asked what a medicine holds, a medicine named as what it may hold is no medicine asked about:
  // "my sister insists Nurofen has codeine in it" is answered by Nurofen's facts, not codeine's notes;
  // nor one a medicine named holds ("Solpadeine Capsules … is there caffeine as well as codeine").
  const held = (d: (typeof drugNamed)[number]): boolean => d.member !== undefined && (
    (read.heldWords !== undefined && [...d.terms].every((t) => read.heldWords!.includes(t.word)))
    || drugNamed.some((o) => o !== d && (o.member?.ingredients ?? []).some((x) => fold(x) === fold(d.member!.generic))));
  const dropHeld = (): void => {
    if (!read.intents.some((i) => i.name === 'ingredients') || drugNamed.length < 2) return;
    const kept = drugNamed.filter((d) => !held(d));
    if (kept.length > 0 && kept.length < drugNamed.length) drugNamed.splice(0, drugNamed.length, ...kept);
  };
  /** Every drug's name the query has whole, turned from or not. */
  const drugWords: string[] = [];
  for (const u of matchedUnits) {
    const unit = units[u];
    if (!unit || unit.kind !== 'term' || (!unit.cites && unit.drugClass === undefined)) continue;
    const unitWords = warm() ? unitWordsKept(unit) : wordsOfUnit(unit);
    if (unitWords.size === 0) continue;
    let got = 0;
    let weight = 0;
    // Met only by the start of a word ("tried" of "tripped"), not the word or its lemma.
    let loose = false;
    const terms = new Set<Term>();
    // Index loops over each term's stems as a list (stemList), not its Map's entries: an entry
    // array and an iterator for every term and matched unit were a third of a snippet's allocation.
    for (let i = 0; i < parsed.length; i++) {
      const t = parsed[i];
      // A name of what the person tried points to its sentence too: the one to move on from.
      if (t.weight === 0 && !t.tried) continue;
      const list = stemList(index, t);
      for (let k = 0; k < list.length; k += 2) {
        if (unitWords.has(list[k] as string)) {
          got++;
          terms.add(t);
          weight = Math.max(weight, t.weight * (list[k + 1] as number));
          if ((list[k + 1] as number) < QUALITY.lemma) loose = true;
          break;
        }
      }
    }
    // A term the query has whole points to its sentence; one word of a longer term ("steroid" of
    // "steroid shot", "lie" of "lie down") points there more weakly, and is no reason: "heat" alone
    // is not "heat pack".
    // A name that says "not" ("can't walk") is one only where the query says "not" of its words,
    // in their own clause: not "no ambulance, walked away fine".
    const whole = got >= unitWords.size && (unitWords.size === 1 || wholeUnits.has(u)) && (parsed.some((t, i) => terms.has(t) && negated[i]) || !nameSaysNot(index, index.sectionFirstUnit[sectionIndex] + u));
    if (whole && unit.drugClass !== undefined) drugWords.push(fold(unit.text));
    if (whole && unit.drugClass !== undefined && [...terms].every((t) => !t.tried)) drugNamed.push({ name: fold(unit.text), drugClass: unit.drugClass, member: unit.member, terms });
    if (!unit.cites) continue;
    if (whole) cited.push({ unit, value: 0.5 + 0.5 * weight, citeFold: fold(unit.cites), got, terms, share: 1, loose });
    else if (got > 0) partly.push({ unit, value: 0, citeFold: fold(unit.cites), got, terms, share: PARTIAL_POINT });
  }

  dropHeld();

  // Each body sentence with the one before it in its paragraph: "Heat is typically applied for 20
  // minutes" is about the heating pad of the sentence before, "these medications" about the ones
  // named before them.
  // `drug`: for a drug class's note, the class's index among the section's drugs; -1 for the rest.
  const candidates: { text: string; summary: boolean; first: boolean; heading: number; isHeading: boolean; note: boolean; drug: number }[] = [];
  // A list's item under a heading ("See a doctor or GP if" / "the pain has not eased after a week")
  // goes on from it, as a sentence from the one before it.
  const split = paragraphs(index, sectionIndex);
  // A drug class's note answers only a query that names, whole, a drug of that class or one the note
  // names ("aspirin" for "Aspirin … is not for children under 16"), and not as what it turns from:
  // otherwise its other words ("ice packs", "tablets", "has not eased") would answer for the article.
  // A query that says nothing but the drug's name (and the condition) is answered by the article's
  // sentence the name points to: a note could at best tie with it, so none is read.
  // So does a query that names two drugs (of two classes, or two members of one): it asks about them
  // together ("tylenol and excedrin together ok?", "anadin extra with paracetamol"), and a note that
  // names both answers it.
  // (Two names, not one inside the other: "Nurofen Plus" is not "Nurofen" with something more.)
  /** Whether a named drug's words are all inside a longer name the query has ("Nurofen" of "Nurofen Plus"). */
  /** Whether a sentence names a drug the query names, or the class it belongs to by the phrase the
   *  class cites ("Muscle relaxants such as cyclobenzaprine" for diazepam). */
  const aboutDrug = (text: string, d: (typeof drugNamed)[number]): boolean => {
    if (namesDrugOf(text, d)) return true;
    const cites = section.drugs?.[d.drugClass]?.cites;
    return cites !== undefined && text.includes(fold(cites));
  };
  // (Or inside one the query turns from: "codeine" of "tylenol with codeine … instead of plain
  // tylenol" is that product, whose "tylenol" is turned from.)
  const insideLonger = (n: (typeof drugNamed)[number]): boolean => drugNamed.some((o) => o.terms.size > n.terms.size && [...n.terms].every((t) => o.terms.has(t)))
    || drugWords.some((w) => w.length > n.name.length && w.includes(n.name));
  // (Not a name inside a longer one named: "codeine" of "Tylenol with Codeine" is that product.)
  const outer = drugNamed.filter((n) => !insideLonger(n));
  const twoDrugs = read.together && outer.some((n) => (n.drugClass !== outer[0].drugClass || n.member !== outer[0].member) && ![...n.terms].every((t) => outer[0].terms.has(t)) && ![...outer[0].terms].every((t) => n.terms.has(t)));
  /** A word of the query that names a treatment other than a medicine ("pad" of "heating pad"),
   *  besides the condition, not only meant ("medicine" of "what can I take"). */
  const thingBeside = (t: Term): boolean => !t.tried && t.weight >= NAMES_WEIGHT && !context.has(t) && !read.implied.includes(t.word) && !namesDrug(index, t) && namesTreatment(index, t) && namedOutsideDrugs(t);
  /** Whether a word is in a name of a section that lists no drugs (heat therapy's "heating pad"), not
   *  only in the medicines' own vocabulary ("people" of "older people"). */
  const namedOutsideDrugs = (t: Term): boolean => {
    for (const [id] of t.stems) {
      for (let p = index.postingStart[id]; p < index.postingStart[id + 1]; p++) {
        const u = index.postingUnits[p];
        if (index.unitKind[u] === TERM && (index.corpus.sections[index.unitSection[u]].drugs?.length ?? 0) === 0) return true;
      }
    }
    return false;
  };
  /** Whether the query asks what a medicine holds or how much of it (a together note yields then). */
  const asksContentsOrAmount = read.intents.some((i) => i.name === 'ingredients' || i.name === 'amount');
  /** One medicine named, used with something else named (withThing in scoreOf). */
  const withThing = drugNamed.length > 0 && !twoDrugs && parsed.some(thingBeside);
  const saysMore = drugNamed.length > 0 && (twoDrugs || parsed.some((t) => !t.tried && t.weight > 0 && !context.has(t) && !drugNamed.some((n) => n.terms.has(t))));
  // A query that only the notes answer (search: noteWeight) reads every note.
  // Asked for an amount ("max dose of tylenol"), the note that gives the limit in milligrams answers.
  const amountAsked = drugNamed.length > 0 && read.intents.some((intent) => intent.name === 'amount');
  // A thing only the notes name, asked with no drug named ("pregnant, what can I take"), reads them all.
  // Not when it turns from a drug ("kidney issues so no nsaids, what can i take"): the others answer.
  // A pregnancy or breastfeeding asked with one turned from is asked of the others ("breastfeeding so i
  // stopped the co-codamol, which painkiller instead": paracetamol's "it can be taken while
  // breastfeeding").
  const thingsAsked = noteThings.size > 0 && drugNamed.length === 0 && (!parsed.some((t) => t.tried) || [...noteThings].some((t) => CHOICE_STATES.has(t.word)));
  // Asked what a drug it names is, or holds, the notes answer too ("does norco have tylenol in it":
  // "Each of these also contains acetaminophen (paracetamol), the medicine in Tylenol …").
  // So is whether one may take someone else's ("my dad's tramadol": "… only for the person it was
  // prescribed for").
  const theirs = drugNamed.length > 0 && read.intents.some((i) => i.name === 'theirs') && (read.theirsOf === undefined || read.theirsOf.some((w) => drugNamed.some((n) => [...n.terms].some((t) => t.word === w))));
  const whatItIs = drugNamed.length > 0 && (theirs || read.intents.some((i) => i.name === 'identity' || i.name === 'ingredients'));
  // So are they asked what to do after too much of a drug named ("what happens if I take too much
  // paracetamol"): the note on taking too much by accident answers.
  const tooMuchAsked = drugNamed.length > 0 && read.intents.some((i) => i.name === 'mistake');
  const notes = (saysMore || notesAnswer || amountAsked || thingsAsked || whatItIs || tooMuchAsked) && split.notesFrom < split.paragraphs.length ? (warm() ? drugNotesKept(section) : drugNotes(section)) : [];
  const noteAbout = (k: number): boolean => {
    const note = notes[k];
    if (!note) return false;
    if (notesAnswer || thingsAsked) return true;
    const text = warm() ? noteTextKept(note) : fold(note.sentences.join(' '));
    // Asked about two together, a note that names a drug by its generic name is about it ("aleve with
    // excedrin": the prescription NSAIDs' "do not take ibuprofen with naproxen …"). And the opioids'
    // own note is about a drug that holds an opioid ("valium with co-codamol", "can i drive on norco":
    // the combinations' classes are others, their labels say "an opioid"; review25 finding 5).
    // Asked what to do after too much of a drug that holds another, that one's note on too much is
    // about it too ("took too much co-codamol by accident": paracetamol's note on an overdose).
    return drugNamed.some(({ name, drugClass, member }) => drugClass === note.drug || mentions(text, name) || (twoDrugs && member !== undefined && mentions(text, fold(member.generic)))
      || (member !== undefined && OPIOID_CLASS.test(section.drugs?.[note.drug]?.class ?? '') && drugKinds(section, member, drugClass).includes('opioid'))
      || (tooMuchAsked && member?.ingredients !== undefined && BY_ACCIDENT.test(text) && member.ingredients.some((x) => mentions(text, fold(x)))));
  };
  /** Whether folded text names a drug the query names whole, not only inside another drug's longer
   *  name (longerDrugNames: "Nurofen Plus … are sold" is no note on Nurofen). */
  const mentions = (text: string, name: string): boolean => {
    // A name of one word that the text lacks is not in it with the longer names taken out either
    // (each is replaced by a space, which no such name spans).
    if (!name.includes(' ') && !text.includes(name)) return false;
    let bare = text;
    for (const longer of longerNamesHolding(section, name)) bare = bare.split(longer).join(' ');
    return bare.includes(name);
  };
  /** Whether folded text names a drug the query names, by any of its names or, for a drug that holds
   *  others, theirs (Anadin Extra holds aspirin), or its class's (no member: "NSAIDs"). */
  const namesDrugOf = (text: string, { name, member }: (typeof drugNamed)[number]): boolean =>
    member === undefined || [name, member.generic, ...(member.brands ?? []), ...(member.aka ?? []), ...(member.ingredients ?? [])].some((x) => mentions(text, fold(x)));
  /** Whether a note sentence of drug class `drug` (folded) is its class's, for every drug of it, as
   *  the named drug `d` is one: it names none of the class's drugs ("They are prescription medicines,
   *  each only for the person it was prescribed for"), where "Tramadol is only for the person …" is
   *  tramadol's. */
  const classWide = (drug: number, folded: string, d: (typeof drugNamed)[number]): boolean =>
    drug >= 0 && drug === d.drugClass && !(section.drugs?.[drug]?.members ?? []).some((m) => [m.generic, ...(m.brands ?? []), ...(m.aka ?? [])].some((x) => mentions(folded, fold(x))));
  /** Whether the named drug's own notes say what an intent asks (baclofen's "only for the person it
   *  was prescribed for"): they answer it, not its class's note. */
  const ownNoteSays = (d: (typeof drugNamed)[number], answer: RegExp): boolean =>
    d.member !== undefined && Object.values(d.member.notes ?? {}).some((n) => native(answer).test(fold(n)));
  let heading = -1;
  /** Asked about two drugs together: each note sentence's whole note (namesTwo reads it all). */
  const noteWhole = new Map<number, string[]>();
  split.paragraphs.forEach((paragraph, p) => {
    const isHeading = split.headings.includes(p);
    const note = p >= split.notesFrom && noteAbout(p - split.notesFrom);
    if (p >= split.notesFrom && !note) return;
    if (isHeading) heading = candidates.length;
    else if (note) heading = -1;
    const drug = note ? notes[p - split.notesFrom].drug : -1;
    const from = candidates.length;
    paragraph.forEach((text, i) => candidates.push({ text, summary: false, first: i === 0, heading: isHeading || i > 0 ? -1 : heading, isHeading, note, drug }));
    if (note && twoDrugs) for (let k = from; k < candidates.length; k++) noteWhole.set(k, paragraph);
  });
  candidates.push({ text: section.summary, summary: true, first: true, heading: -1, isHeading: false, note: false, drug: -1 });
  // The facts of a drug the query names whole (how it is sold, its names' notes) answer what it asks
  // beyond the name, where the article does not: "valium, how long can you be on it" is "diazepam
  // (Valium): by prescription, usually for at most 4 weeks …". They are read apart from the article's
  // sentences (how widely a word is spread among those is the article's) and win only on the words
  // and intent the query has besides the drug's name and the condition (below).
  // (Made only for such a query: allocated for every section's snippet, these and an object for each
  // sentence's score took "what can i take for the pain" over a young-generation collection.)
  let facts: typeof candidates | undefined;
  /** What each fact says, folded, without the drug's names: the kind of answer asked for is read
   *  there ("Naprosyn Pain Relief" is no relief). */
  let factSays: Map<string, string> | undefined;
  /** Whose fact each fact is. */
  const factOf = new Map<string, DrugMember>();
  // A drug the article does not name, whose note says so, asked about ("is diazepam used for neck
  // spasms", "tizanidine instead of cyclobenzaprine?"), is answered by that note where it ties with
  // the article's sentence on the drugs the article does name: "diazepam: a benzodiazepine, sometimes
  // prescribed for muscle spasms; not one the article names" over "Muscle relaxants such as
  // cyclobenzaprine, methocarbamol or metaxalone may also relieve neck spasms". A query of only its
  // name and the condition ("valium for a neck spasm") reads no facts, as for any drug (main: 4 of
  // 9 such queries' answers expected the article's sentence, and were lost when it did).
  // Only of that drug alone: beside another ("flexeril vs valium") or asking for others ("my GP won't
  // prescribe diazepam, are there other muscle relaxants", the class named), the article's sentence
  // answers.
  const lone = drugNamed[0]?.member;
  // Taken too much by mistake, where a note here says what to do then (paracetamol's "by accident"):
  // not where none does ("nurofen plus and solpadeine by mistake" keeps the note on taking two that
  // hold the same medicine: review32).
  // Two named as taken by mistake, the note must be of a drug named itself: "nurofen plus and
  // solpadeine by mistake" keeps their note on taking them together, though Nurofen Plus holds
  // ibuprofen, whose class has a note on too much by accident (beechams and panadol: paracetamol's
  // own note answers).
  // (A name inside a longer one named is that one's: "nurofen" of "nurofen plus".)
  const namedWhole = drugNamed.filter((d) => !drugNamed.some((o) => o !== d && o.name.length > d.name.length && o.name.includes(d.name)));
  // And it must give the amount at which to act ("more than 8 paracetamol tablets"), which two
  // products of one medicine together may reach; otherwise the note on taking the two together
  // answers ("ibuprofen and naproxen together by mistake": one NSAID at a time; review45).
  const mistake = read.intents.some((i) => i.name === 'mistake') && candidates.some((c) => c.note && BY_ACCIDENT.test(c.text) && (new Set(namedWhole.map((d) => d.member ?? d.name)).size < 2 || (namedWhole.some((d) => d.drugClass === c.drug) && /\d/.test(c.text))));
  // Nor when the query asks how much, how long, whether it is safe or how it is sold (review26: "how
  // much diazepam", "gp gave me diazepam, can i still go to work"): its facts and notes on that answer.
  const outside = lone !== undefined && outsideArticle(lone) && drugNamed.every((n) => n.member === lone && ![...n.terms].every((t) => t.tried))
    && !read.intents.some((i) => ASKED_OF_DRUG.has(i.name));
  if (saysMore || (drugNamed.length > 0 && read.intents.length > 0)) {
    facts = [];
    factSays = new Map();
    const members = new Set<DrugMember>();
    // Not a name inside another named one: "Nurofen" of "Nurofen Plus" (codeine with ibuprofen, sold
    // only under a pharmacist's supervision) is not ibuprofen asked about, whose "over the counter"
    // would answer "can i buy nurofen plus in the supermarket" wrongly (review24 finding 1).
    for (const n of drugNamed) if (n.member && !insideLonger(n)) members.add(n.member);
    for (const member of members) {
      const names = [member.generic, ...(member.brands ?? []), ...(member.aka ?? [])].map(fold).sort((a, b) => b.length - a.length);
      for (const text of drugFacts(member)) {
        factOf.set(text, member);
        let says = fold(text.slice(text.indexOf(': ') + 2));
        for (const name of names) says = says.split(name).join(' ');
        factSays.set(text, says);
        facts.push({ text, summary: false, first: true, heading: -1, isHeading: false, note: true, drug: -1 });
      }
    }
  }
  const matchedList = [...matched];
  const mayMatch = (folded: string) => matchedList.some((m) => folded.includes(m));
  // How well each query word matches each sentence on its own. Only a sentence holding one of the
  // matched stems can match a word: the others skip the per-word stemming (measured: most of a
  // one-word search's cost in a long section). The sentence a matched vocabulary term points to
  // has that term's words ("muscle relaxers" points to "Muscle relaxants such as …").
  // A sentence that can match nothing shares one row of zeros (fewer allocations: see stemsMatch).
  const none = parsed.map(() => 0);
  const table = stemTable(index, parsed);
  // The partly matched terms point to few texts (14 terms a snippet to 3 texts, over the suite's
  // queries): each text is looked for once a sentence, and its terms taken only where it is.
  const partlyCites = [...new Set(partly.map((c) => c.citeFold))];
  /** Whether a position in a sentence is among its first words: at most HEAD_WORDS words before it. */
  const nearStart = (folded: string, at: number): boolean => {
    let spaces = 0;
    for (let i = 0; i < at; i++) if (folded.charCodeAt(i) === 32 && ++spaces > HEAD_WORDS) return false;
    return true;
  };
  // A term's cited words that begin one sentence of the section and stand inside another point to
  // the one they begin: "Trouble controlling your bladder" is the emergency's own sign, not the words
  // of "A change in your balance or walking; with new trouble controlling your bladder …", which had
  // tied with it (and won, being later in the list of sentences scored) for "bladder isn't normal
  // since my neck went, keep wetting myself", under a reason line naming the emergency. (Other words
  // of the query may still choose the balance sign's sentence: "a&e or gp? … all of a sudden i can't
  // control my bladder" meets its heading's "GP" and its "sudden" as well.)
  // (Not the section's summary, which begins with what it sums up: "Ice or cold packs for the first
  // two days …" does not take the article's "Applying ice or cold packs …" from the term. Nor does
  // the summary, or a drug's note, lose a term its words hold: each speaks of several things, and a
  // summary without "muscle relaxants" made the term rarer, and so weightier, in the article's
  // "Muscle relaxants such as …", which then took "can i take valium with co-codamol" from the note
  // on an opioid taken with a benzodiazepine.)
  // (The sentences are folded once for all the cited words, not once for each.)
  const starts = cited.length + partly.length === 0 ? undefined : candidates.flatMap((k) => (k.summary || k.note ? [] : [fold(k.text)]));
  const headed = starts && new Set([...cited, ...partly].map((c) => c.citeFold).filter((cite) => starts.some((folded) => folded.startsWith(cite))));
  const citedHere = (folded: string, cite: string, free: boolean): boolean => folded.includes(cite) && (free || headed === undefined || !headed.has(cite) || nearStart(folded, folded.indexOf(cite)));
  const rowOf = ({ text, note, drug, summary }: (typeof candidates)[number]) => {
    const folded = fold(text);
    const stems = mayMatch(folded) ? stemsOfFolded(folded) : [];
    const pointed = cited.filter((c) => citedHere(folded, c.citeFold, note || summary));
    const partlyHere = partlyCites.filter((c) => citedHere(folded, c, note || summary));
    const weakly = partlyHere.length === 0 ? [] : partly.filter((c) => partlyHere.includes(c.citeFold));
    if (stems.length === 0 && pointed.length === 0 && weakly.length === 0) return { folded, pointed, match: none, literal: none };
    const match = matchRow(table, stems, parsed.length);
    if (candidates.length < SPREAD_MIN && parsed.some((t, i) => match[i] > 0 && context.has(t))) {
      // The condition's own word inside the name of another thing the sentence lists ("neck" of
      // "neck manipulation") is not the person's neck: it counts only outside such names, unless
      // another of the query's words names that thing too. Before, "massage instead of painkillers
      // for neck spasm" chose the list of what physical therapy includes over "Massage may help to
      // relieve muscle spasms" by the "neck" of "neck manipulation". (In a section of SPREAD_MIN
      // sentences or more the condition's words choose nothing anyway: see `spread`.)
      let bare = folded;
      const said = parsed.filter((t, i) => match[i] > 0 && context.has(t)).map((t) => t.word);
      for (const name of multiWordNames(section, units)) {
        if (!bare.includes(name) || !said.some((w) => name.includes(w))) continue;
        if (![...pointed, ...weakly].some((c) => c.citeFold === name && [...c.terms].some((t) => !context.has(t)))) bare = bare.split(name).join(' ');
      }
      if (bare !== folded) {
        const row = matchRow(table, stemsOfFolded(bare), parsed.length);
        parsed.forEach((t, i) => { if (context.has(t)) match[i] = row[i]; });
      }
    }
    // A drug class's note that has another form of a word of the query, as its vocabulary group
    // holds both ("addictive", "addiction"), meets it as its dictionary form would: "is codeine
    // addictive" is answered by "These contain codeine, an opioid that can cause addiction".
    // Only another form of the word: any other word of its group ("drowsy" of the side effects')
    // took "side effects of muscle relaxants" from the article's "adverse side effects such as
    // fatigue, …" (32 main answers lost), and "hooked" has no form in a note.
    // (A class's note only: a drug's facts each say how it is sold, and "prescribed" of a story
    // then met their "by prescription": "doctor prescribed Robaxin, …" lost the article's sentence.)
    if (note && drug >= 0) cited.forEach((c) => {
      if (!c.terms.size || containsWord(folded, fold(c.unit.text)) || !groupSaidIn(section, c.unit.text, folded)) return;
      parsed.forEach((t, i) => { if (c.terms.has(t) && match[i] < QUALITY.lemma) match[i] = QUALITY.lemma; });
    });
    const literal = pointed.length + weakly.length > 0 ? match.slice() : match;
    for (const c of [...pointed, ...weakly]) parsed.forEach((t, i) => { if (c.terms.has(t)) match[i] = Math.max(match[i], c.share); });
    return { folded, pointed, match, literal };
  };
  const own = candidates.map(rowOf);
  // A note's sentence that names the medicine of a brand the query names is about that brand: "is
  // nurofen ok when pregnant" meets "Pregnant: ibuprofen and the other NSAIDs …" by its name too;
  // so does one that names it by another of its names (acetaminophen's "paracetamol").
  if (notes.length > 0) {
    const brands = drugNamed.filter((d) => d.member !== undefined);
    candidates.forEach((c, n) => {
      if (!c.note) return;
      for (const d of brands) {
        // (By any of the medicine's names: Tylenol's is "paracetamol" in "4,000 mg of paracetamol".)
        if (![d.member!.generic, ...(d.member!.aka ?? [])].some((name) => fold(name) !== d.name && mentions(own[n].folded, fold(name)))) continue;
        // (The name is not said there: `literal` stays as it was.)
        if (own[n].match === none || own[n].literal === own[n].match) own[n] = { ...own[n], match: own[n].match.slice() };
        parsed.forEach((t, i) => { if (d.terms.has(t)) own[n].match[i] = Math.max(own[n].match[i], BRAND_SHARE); });
      }
    });
  }
  type Row = (typeof own)[number];
  const listAsked = read.intents.some((intent) => intent.name === 'contents');
  /** Whether a sentence holds a query word only as a member of its list: not by the word itself,
   *  but by the name of its class, after "such as" (ibuprofen in "…such as acetaminophen or
   *  nonsteroidal anti-inflammatory drugs"), not as the list's head ("Muscle relaxants such as …"). */
  const memberOnly = ({ folded, pointed, literal }: Row, i: number): boolean => {
    const list = folded.search(LISTS);
    if (list < 0) return false;
    // Said by name only among the list's members ("can't take NSAIDs": "…such as acetaminophen or
    // nonsteroidal anti-inflammatory drugs, or NSAIDS"), not before it.
    if (literal[i] > 0) return stemsMatch(index, stemsOfFolded(folded.slice(0, list)), parsed[i]) === 0;
    return pointed.some((c) => c.terms.has(parsed[i]) && folded.indexOf(c.citeFold) > list);
  };
  // A word found in most of a section's sentences ("neck" and "pain" in the warning signs) tells
  // little about which of them answers, as a word in most documents tells little in BM25: each
  // counts by its rarity among the section's sentences.
  const spread = candidates.length >= SPREAD_MIN ? parsed.map((_, i) => {
    let found = 0;
    for (const o of own) if (o.match[i] > 0) found++;
    return found <= 1 ? 1 : Math.log(1 + candidates.length / found) / Math.log(1 + candidates.length);
  }) : undefined;
  /** A verb or adjective as common as "feel" or "get" (zipf 5.5 and up): part of any story. */
  const storyVerb = (t: Term) => t.kind === 'w' && (t.zipf ?? 0) >= STORY_ZIPF;
  let top = { text: section.summary, score: -Infinity, reason: undefined as Unit | undefined, before: undefined as string | undefined, after: undefined as string | undefined, note: false };
  // Among the warning signs the query meets, the thing it asks about ("should we just give him
  // ibuprofen") counts as it would unasked: the sign the story tells ("fell off a ladder … his leg
  // feels weak") chooses the sentence, not "painkillers … have not helped".
  // (Whether the section has warning signs, from its data: urgentUnits would make every unit of the
  // warning signs, ~54 KB of young objects, enough for a scavenge in "what can i take for the pain".)
  const warnsHere = unfocused.size > 0 && matchedUnits.size > 0 && (section.vocabulary ?? []).some((g) => g.urgent === true);
  // A warning sign the query names whole chooses its own sentence over the words of the treatment
  // it asks about: "a fever … paracetamol or ibuprofen?" is answered by the meningitis sign, not by
  // "regular painkillers such as paracetamol or ibuprofen have not helped" (trial17 finding 5), which
  // its reason line contradicted.
  const urgentCites = cited.length > 0 ? new Set((section.vocabulary ?? []).flatMap((g) => (g.urgent === true && g.cites ? [fold(g.cites)] : []))) : undefined;
  const signTerms = new Set(cited.filter((c) => urgentCites?.has(c.citeFold) && [...c.terms].every((t) => !t.tried)).flatMap((c) => [...c.terms]));
  /** The section's headings, folded, made when first asked for (citesHeading). */
  let headingFolds: string[] | undefined;
  /** Whether cited words stand in a heading of the section (who to turn to: "GP", "A&E"), not a sign's sentence. */
  const citesHeading = (cite: string): boolean => (headingFolds ??= candidates.flatMap((k) => (k.isHeading ? [fold(k.text)] : []))).some((h) => h.includes(cite));
  // So is a sign of the tiers below the emergency's, named whole: "my neck gets worse every day, when
  // should i see a doctor" is answered by "it keeps getting worse in spite of self-care", not by the
  // time in "the pain has not eased after a week". Not the words that cite a heading ("GP", "doctor":
  // who to turn to), which name no sign.
  const signCites = cited.length > 0 && urgentCites !== undefined && urgentCites.size > 0
    ? new Set((section.vocabulary ?? []).flatMap((g) => (g.cites && !citesHeading(fold(g.cites)) ? [fold(g.cites)] : [])))
    : undefined;
  /** Whether a cited name is a sign's, said as such (not by the start of another word) and not tried. */
  const firmSign = (c: (typeof cited)[number]): boolean => signCites?.has(c.citeFold) === true && !c.loose && [...c.terms].every((t) => !t.tried);
  const firmSigns = cited.some(firmSign);
  const weightOf = (t: Term) => {
    const w = warnsHere ? unfocused.get(t) ?? t.weight : t.weight;
    return signTerms.size > 0 && !signTerms.has(t) && !context.has(t) && namesTreatment(index, t) ? w * SIGN_OTHERS_SHARE : w;
  };
  /** Whether a sentence (folded, its row's `literal`) names two different drugs of those the query
   *  names whole: in its own words, or as a note on a drug's class (`drug`) that speaks of all its
   *  members ("Each of these …"), not of one it names ("Solpadeine also contains paracetamol" is not
   *  about Nurofen Plus, of the same class). */
  /** The kinds of the drugs named (drugKinds), worked out at namesTwo's first call. */
  let namedKinds: Set<string> | undefined;
  const namesTwo = ({ folded, literal }: Pick<Row, 'folded' | 'literal'>, drug: number, by: 'words' | 'names' | 'kinds', before?: string): boolean => {
    const members = drug >= 0 ? section.drugs?.[drug]?.members ?? [] : [];
    // (Nor the sentence after one of the note that names some of them, which goes on about those:
    // "Solpadeine also contains paracetamol …, and so does co-codamol. Do not take another product
    // that contains it at the same time" is about paracetamol, no answer for co-codamol with Nurofen
    // Plus, review49.)
    const namesMember = (text: string) => members.some((m) => [m.generic, ...(m.brands ?? []), ...(m.aka ?? [])].some((name) => text.includes(fold(name))));
    const ofAll = members.length > 0 && !namesMember(folded) && (before === undefined || !namesMember(before));
    // Every kind of medicine the sentence names is one of those named: "An opioid and a muscle
    // relaxant each make you drowsy" is no answer for codeine with co-codamol, or tramadol with
    // OxyContin, two opioids (a note of their class, it names them both by naming none).
    // (Unless it speaks of a named kind with itself: "an opioid taken with alcohol, other opioids or
    // sedatives such as benzodiazepines" answers Nurofen Plus with tramadol.)
    const named = (namedKinds ??= new Set(drugNamed.flatMap((n) => (n.member ? drugKinds(section, n.member, n.drugClass) : []))));
    if (named.size > 0) {
      const said = [...folded.matchAll(KIND_WORDS)].map((m) => m[1]);
      if (said.some((kind) => !named.has(kind)) && ![...named].some((kind) => folded.includes(`other ${kind}`) || folded.includes(`another ${kind}`))) return false;
    }
    let first: DrugMember | number | undefined;
    for (const n of drugNamed) {
      // Named in the sentence in the query's words, or by another of the drug's names ("Voltaren" is
      // the note's "diclofenac": "Mobic and Voltaren together?" is answered by "Diclofenac, meloxicam
      // and celecoxib are NSAIDs … Take only one NSAID at a time").
      // (Not a name inside another's: "Nurofen" of "Nurofen Plus".)
      // With `by` 'kinds', by the kind of medicine it is instead ("an opioid taken with … sedatives
      // such as benzodiazepines" names diazepam, "a benzodiazepine", and co-codamol, "with codeine, an
      // opioid": drugKinds); only a drug of another class than the note's, which names its own.
      const byName = () => by !== 'words' && n.member !== undefined && !insideLonger(n) && (by === 'names'
        ? [n.member.generic, ...(n.member.brands ?? []), ...(n.member.aka ?? [])].some((name) => mentions(folded, fold(name)))
        : n.drugClass !== drug && drugKinds(section, n.member, n.drugClass).some((kind) => mentionsKind(folded, kind)));
      if (!(ofAll && n.drugClass === drug) && !parsed.some((t, i) => literal[i] > 0 && n.terms.has(t)) && !byName()) continue;
      const which = n.member ?? n.drugClass;
      if (first === undefined) first = which;
      else if (which !== first) return true;
    }
    return false;
  };
  /** How well a sentence (the `n`th candidate, or a drug's fact at -1) answers, and the name that
   *  points to it; with `beside`, counting none of the words it tells (what the query says besides
   *  them); the name is left in `scoredReason`. */
  let scoredReason: Unit | undefined;
  /** Each tried drug's other names (drugNamesOf), read when a sentence could say it fails. */
  const otherNames = new Map<Term, string[]>();
  const failsByName = (t: Term, folded: string): boolean => {
    if (!FAILS().test(folded)) return false;
    let names = otherNames.get(t);
    if (!names) otherNames.set(t, (names = otherDrugNames(index, t)));
    return failsByNames(folded, names);
  };
  const asksFirstOrSafe = read.asksWhich || parsed.some((t) => SAFETY_WORDS.has(t.word));
  /** Whether a drug's fact is headed by a name the query names ("Panadeine Forte: …", "naproxen (Aleve,
   *  …): …"); with `generic`, or by the generic name of a drug named by its brand, whose facts are its
   *  brands' too ("chlorzoxazone: its label warns …" for Parafon Forte), unlike a sibling brand's. */
  const onNamedDrug = (text: string, generic = false): boolean => {
    const folded = fold(text);
    const heads = (name: string) => folded.startsWith(`${name}:`) || folded.startsWith(`${name} (`);
    return drugNamed.some((d) => !insideLonger(d) && (heads(d.name) || (generic && d.member !== undefined && heads(fold(d.member.generic)))));
  };
  /** Whether the whole note of the `n`th candidate names both drugs, by any of their names: its
   *  sentence on taking them together is about them though it names one ("Take only one NSAID at a
   *  time: do not take … diclofenac …" of the note that goes on "Diclofenac, meloxicam and celecoxib
   *  are NSAIDs …", for "Mobic and Voltaren together?"). */
  const namesTwoInNote = (n: number, drug: number): boolean => {
    const whole = noteWhole.get(n);
    return whole !== undefined && namesTwo({ folded: fold(whole.join(' ')), literal: none }, drug, 'names');
  };
  /** Whether a drug's fact is headed by a name whose every word the query says ("Flexeril: …"). */
  const headSaid = (text: string): boolean => {
    const head = fold(text.slice(0, text.search(/:| \(/)));
    return head !== '' && words(head).every((w) => parsed.some((t) => t.word === w));
  };
  /** Whether a text names two different names of one medicine the query names. */
  const namesBoth = (folded: string): boolean => {
    const said = drugNamed.filter((d) => d.member !== undefined && !insideLonger(d) && folded.includes(fold(d.name)));
    return said.some((a) => said.some((b) => a.member === b.member && fold(a.name) !== fold(b.name)));
  };
  let statesAsked: boolean | undefined;
  /** Whether the query tells a baby's age in weeks or months (BABY_AGE), read when a note may answer it. */
  let babyAsked: boolean | undefined;
  let drinkAsked: boolean | undefined;
  /** The one-word terms of the section's vocabulary groups that cite no sentence: they name the
   *  whole section (the warning signs' "serious", "dangerous", "worried"). */
  const sectionWide = new Set((section.vocabulary ?? []).flatMap((g) => (g.cites === undefined ? g.terms.filter((w) => !w.includes(' ')).map(fold) : [])));
  /** Among the warning signs: whether the query names none, its names there only pointing to a
   *  heading ("ambulance", "GP": who to turn to), none to a sign's sentence ("a week", "fever"); and
   *  asks when or where, not yes or no ("do I need an ambulance for a neck spasm" is answered by the
   *  summary of when to call one, not the heading "call 999 … now": review35). */
  // ... or asks only how grave it is, by a word that names the whole section ("is a stiff neck
  // serious": the summary of when to worry, not the first sign that says "neck").
  const signless = (!read.asksYesNo || read.asksGravity) && (section.vocabulary ?? []).some((g) => g.urgent === true) && cited.every((c) => citesHeading(c.citeFold));
  /** Whether the medicines the query names are all for children (Calpol) and no adult asks for
   *  themselves ("how much calpol can i take", "calpol for me, im an adult": review63): a child,
   *  unsaid, is asked about. Worked out when a sentence asks. */
  let childrensOnly: boolean | undefined;
  const childrensMedicine = (): boolean => (childrensOnly ??= drugNamed.length > 0 && drugNamed.every(forChildren) && !selfAsked());
  /** Whether the query is about a child: an age under 16, a child's word (CHILD_WORDS), or a
   *  medicine for children alone. */
  let childNamed: boolean | undefined;
  const childAsked = (): boolean => (childNamed ??= underSixteen() || parsed.some((t) => CHILD_WORDS.has(t.word)) || childrensMedicine());
  /** Whether a sentence gives the kind of answer the query asks for (an intent's answer). */
  const givesKindAsked = (folded: string): boolean => read.intents.some((intent) => native(intent.answer).test(folded));
  const scoreOf = ({ text, summary, first, heading, isHeading, note, drug }: (typeof candidates)[number], row: Row, n: number, beside?: (t: Term) => boolean): number => {
    const { folded, match } = row;
    // A name for older people ("elderly", or an age read as it) points to no sentence about drugs
    // other than those the query names (see the word's own match below).
    const otherDrugs = olderNamed && drugNamed.length > 0 && !drugNamed.some((d) => aboutDrug(folded, d) || (!first && n > 0 && aboutDrug(own[n - 1].folded, d)));
    const pointed = otherDrugs ? row.pointed.filter((c) => ![...c.terms].every(older)) : row.pointed;
    // A source note on its own ("(NHS: Neck pain)") answers nothing.
    if (text.startsWith('(') && text.indexOf(')') === text.length - 1) return -Infinity;
    // A warning sign that painkillers have not helped is no answer to a question about a child that
    // tells nothing tried or failed: "my 4 year old has a stiff neck, can I give her ibuprofen"
    // (trial47) had shown "regular painkillers such as paracetamol or ibuprofen have not helped".
    // (For anyone, it lost held-out answers: "been on regular paracetamol for days and my neck still
    // hurts" tells a failure the reading does not see. And only with the neck's trouble named: for
    // "paracetamol dose for a 6 year old with a temperature" the next was the meningitis sign.)
    // (The child's age last: its pattern, compiled at its first test, cost a 20-word question 3.2 M
    // instructions when tested for every sentence.)
    if (!note && NOT_HELPED.test(text) && !read.failed && context.size > 0 && !parsed.some((t) => t.tried) && urgentIn(section) && underSixteen()) return -Infinity;
    // A note on pregnancy or breastfeeding answers only a query that speaks of one (review23: "…
    // tried ibuprofen and paracetamol, at what point do i see a gp" had shown "Breastfeeding: check
    // with a GP or midwife before taking ibuprofen").
    if (note && STATE_NOTE.test(row.folded) && !(statesAsked ??= parsed.some((t) => STATE_WORD.test(t.word)))) return -Infinity;
    // So does a note on alcohol ("Alcohol: …") only a query that speaks of drinking: "is paracetamol
    // bad for my liver" is answered by the note on doubling up ("too much damages the liver"), not by
    // the labels' liver damage in someone who has 3 or more drinks a day (review25).
    if (note && ALCOHOL_NOTE.test(row.folded) && !(drinkAsked ??= parsed.some((t) => t.weight > 0 && (DRINK_WORD.test(t.word) || meansAlcohol(index, t))))) return -Infinity;
    let score = 0;
    // The sentence after one naming what the person turned from (not what failed) goes on about it
    // ("Muscle relaxants such as … However, these medications may cause …"): it shares no words of
    // the query, and when it points back, it names the thing turned from itself.
    const after = !first && !read.failed && parsed.some((t, i) => t.tried && own[n - 1].match[i] > 0);
    // A sentence a whole name of the query points to ("hot water bottle" → the heating pad's) is what
    // the person asks about, though it names what they compare it with ("rather than a heating pad").
    // So is one holding the word the query asks about ("can the GP give me something stronger":
    // "…may prescribe stronger NSAIDS or narcotic painkillers"), though it names what wore off.
    const asked = pointed.some((c) => [...c.terms].every((t) => !t.tried)) || parsed.some((t, i) => !t.tried && read.focus.has(t.word) && match[i] > 0);
    if (after && native(POINTS_BACK).test(text)) parsed.forEach((t, i) => { if (t.tried) score -= 0.8 * t.weight * CONTEXT_SHARE * own[n - 1].match[i]; });
    // A sentence that goes on about the one before it and gives the time asked for precisely ("Heat is
    // typically applied for 20 minutes at a time" after "… you may use a heating pad"): the words that
    // met the one before count in full ("how long can I use a hot water bottle").
    // Not when the query also asks which comes first or whether it is safe: the sentence before
    // answers that ("which one first, and for how long", "is there a limit, is it dangerous").
    const goesOnShare = !first && !asksFirstOrSafe && read.intents.some((intent) => (intent.name === 'duration' || intent.name === 'frequency') && intent.precise !== undefined && native(intent.precise).test(folded)) ? 1 : CONTEXT_SHARE;
    const namesOther = spread !== undefined && parsed.some((u, j) => !u.tried && !context.has(u) && u.weight >= NAMES_WEIGHT && match[j] > 0 && !storyVerb(u));
    parsed.forEach((t, i) => {
      if (beside?.(t)) return;
      // Among the warning signs, with no sign named, the condition's own words and the pain's
      // ("neck", "pain") choose no sign's sentence: "when should I call an ambulance for neck pain" is the heading's
      // question, not "Neck pain after a fall …".
      if (signless && (context.has(t) || PAIN_SAID.has(t.word))) return;
      // A word the section's vocabulary names as the whole section's ("serious", "dangerous",
      // "worried": when to worry) chooses none of its longer sentences by its letters: "can numbness
      // in my arm be serious" is no question of the crash "when the accident was a serious one". A
      // short sentence that is that word's own sign still answers ("you are worried about it").
      // (The summary and the headings, which speak of the whole section, still count it: "warning
      // signs" is the summary's "Warning signs, most urgent first".)
      // Only asked so: told of a thing ("a serious car accident", "serious pain") it is the sign's own
      // word ("when the accident was a serious one or the pain is severe").
      if (read.asksGravity && sectionWide.has(t.word) && !summary && !isHeading && words(folded).length > OWN_SIGN_WORDS) return;
      // A sign the person says they lack ("can move everything fine") makes the sentence that warns
      // of it less apt: "Any injury to the neck, even one that seems minor", not the fall "with an
      // arm or leg that … will not move".
      if (t.weight === 0 && read.absent.has(t.word) && match[i] > 0) score -= ABSENT_SIGN * match[i];
      // A word the query only means ("medicine" of "what else can I take") chooses no drug's note:
      // "… medicines that contain it are not for children" answers no question about taking one.
      if (note && read.implied.includes(t.word)) return;
      // "Elderly", said or read from an age ("im 75"), chooses no sentence about drugs other than
      // those the query names: "im 75, ibuprofen or paracetamol" is no question of the muscle
      // relaxants' "especially in elderly patients" (review28 R14; review27: "im 70 can i take ibuprofen").
      if (otherDrugs && older(t)) return;
      const m = Math.max(match[i], first || after ? 0 : goesOnShare * own[n - 1].match[i], heading >= 0 ? CONTEXT_SHARE * own[heading].match[i] : 0);
      // A sentence that says a drug that failed fails, by another name of it, counts as one naming
      // it ("tylenol didn't help": "regular painkillers such as paracetamol or ibuprofen have not
      // helped", which neither word matches).
      // Less beside a warning sign the query names ("calpol not working, toddler with a fever and a
      // stiff neck": the meningitis sign's sentence, review26), as a treatment asked about counts.
      const failShare = signTerms.size > 0 ? SIGN_OTHERS_SHARE : 1;
      if (m === 0 && t.tried && read.failed && failsByName(t, folded)) score += failShare * t.weight;
      if (m === 0) return;
      // A name of several words the query has whole ("lie down", "feel sick") points to its
      // sentence as strongly as it counts in the ranking, more than its common words one by one.
      // Among many sentences (the warning signs), the condition's own words ("stiff neck") and the
      // commonest verbs of any story ("get", "look") choose none alone: "stiff for ten days, should I
      // see the doctor" is not the meningitis sign's "…with a stiff neck", which they choose only
      // beside another word of the query.
      if (!t.tried) {
        // A thing the query names, said only as one of what a sentence includes ("Physical therapy may
        // include …, massage and neck manipulation"), counts a little less than where it is the
        // subject ("Massage may help to relieve muscle spasms"), unless the query asks what else there
        // is or what something includes, without naming what it asks about ("stretches make it worse,
        // is massage an alternative" names massage).
        if (!listAsked && (!read.alternatives || read.focus.has(t.word)) && match[i] > 0 && !context.has(t) && testIfCan(INCLUDES, folded) && memberOnly(row, i)) { if (!(spread && storyVerb(t) && !namesOther)) score += LIST_MEMBER_SHARE * weightOf(t) * m * (spread ? spread[i] : 1); }
        else if (!(spread && (context.has(t) || storyVerb(t)) && !namesOther)) score += (pointed.some((c) => c.got > 1 && c.terms.has(t)) ? Math.max(weightOf(t), PHRASE_WEIGHT) : weightOf(t)) * m * (spread ? spread[i] : 1);
      }
      // What comes after the sentence naming what failed is the next step ("Over-the-counter
      // analgesics ..." → "A health care provider may prescribe stronger NSAIDS").
      // A fact of a drug the query asks about that names what the person turned from says why it
      // matters to them ("can't take aspirin, im allergic. can i use salonpas": "… not for anyone
      // allergic to aspirin"): it counts for the fact, as a word asked about would. Not a name of
      // that drug itself ("ecotrin instead of ordinary aspirin": Ecotrin is aspirin).
      else if (n < 0) { if (match[i] > 0 && factSays?.get(text)?.includes(t.word)) score += t.weight * match[i]; }
      else if (match[i] === 0) { if (read.failed) score += t.weight * m; }
      else if (read.failed && FAILS().test(folded)) score += failShare * t.weight * m;
      // Asked what else something involves, or turning from one thing that failed, the sentence
      // listing it among the rest answers ("stretching hasn't fixed it": "… may include electrical
      // stimulation, ultrasound, stretching …, massage").
      // Turning from one thing a list holds only by its class ("can't take ibuprofen": "…analgesics
      // such as acetaminophen or nonsteroidal anti-inflammatory drugs"), the list names the others.
      else if (!asked && !((listAsked || read.failed || memberOnly(row, i)) && LISTS.test(folded))) score -= 0.8 * t.weight * m;
    });
    // The kind of answer asked for ("when", "is it safe") chooses among the sentences that hold
    // something the query names besides the condition: "after a week" in a warning sign does not
    // answer "when should I call an ambulance" (the heading the ambulance points to does).
    // A word for the condition itself ("spasms") names nothing a sentence could be about. The
    // sentence must name it in its own words, or point back to the one before that does ("Thereafter
    // …"): a word of a vocabulary term only partly met ("foam" of "memory foam pillow") or of the
    // sentence before does not make "Contour pillows may provide … relief" the answer to "would his
    // foam collar be better".
    // (Not pointing back from a sentence that names what the person turned from: "rather not use heat,
    // is cold ok" is not answered by "Thereafter, you may use a heating pad …, taking care …".)
    const names = pointed.length > 0 || parsed.some((t, i) => !t.tried && t.weight >= NAMES_WEIGHT && !context.has(t) && !(otherDrugs && older(t)) && (row.literal[i] > 0 || (!first && own[n - 1].match[i] > 0 && native(POINTS_BACK).test(text) && !parsed.some((u, j) => u.tried && row.literal[j] > 0))));
    const says = n < 0 ? factSays?.get(text) ?? folded : folded;
    // A warning sign the query names whole is answered by its own sentence (or a heading) whatever
    // the question's kind: "fever and stiff neck, should i wait for more signs" is not "the pain has
    // not eased after a week", which only says when.
    // Only a sign said as such, not by the start of another word (trial19: "I have tried everything,
    // when should I see a GP" met "tripped").
    const signElsewhere = firmSigns && !isHeading && !pointed.some(firmSign);
    if (!signElsewhere) for (const intent of read.intents) {
      // An amount is the named drug's only where the sentence names it: "the limit is 1,200 mg" of
      // ibuprofen answers no "naproxen dose".
      // Nor with no drug named ("how much alcohol is safe" is no question of a drug's limit).
      if (intent.name === 'amount' && (drugNamed.length === 0 || !parsed.some((t, i) => match[i] > 0 && drugNamed.some((d) => d.terms.has(t))))) continue;
      // How a medicine is sold is said by its facts ("naprosyn without a prescription": "Naprosyn: by
      // prescription …"), not by a note that names a way of buying in passing ("For ibuprofen bought
      // without a prescription the limit is …").
      // So are what a medicine is and what it holds, by its facts or its class's notes.
      if (intent.name === 'supply' && n >= 0) continue;
      if ((intent.name === 'identity' || intent.name === 'ingredients' || intent.name === 'theirs') && n >= 0 && !note) continue;
      // Someone else's medicine is a named drug's question only.
      // ... and a note of the drug asked about: tramadol's "only for the person it was prescribed for"
      // is no answer about someone else's co-codamol or oxycodone (review27). A note of its class
      // that names none of the class's drugs answers for each of them ("They are prescription
      // medicines, each only for the person it was prescribed for" of the muscle relaxants, for "my
      // wife has leftover flexeril"), unless the drug's own note says it (ownNoteSays).
      if (intent.name === 'theirs' && (!theirs || (note && !drugNamed.some((d) => (d.member !== undefined && namesDrugOf(folded, d)) || (classWide(drug, folded, d) && !ownNoteSays(d, intent.answer)))))) continue;
      // An amount for a child is no adult's limit ("how much ibuprofen for a 7 year old": the
      // children's note answers, review27).
      if (intent.name === 'amount' && (youngAsked() || childrensMedicine())) continue;
      // Nor is too much taken by mistake ("what happens if I take too much paracetamol by accident"):
      // what to do then answers (the 'mistake' intent), not a limit in milligrams.
      if (intent.name === 'amount' && mistake) continue;
      // Asked whether it is safe to do a thing ("is it safe to drive after taking a muscle relaxant"),
      // the sentence that names the thing answers ("Do not drive or use machines until you know how
      // one affects you"), not one on side effects in general.
      if (intent.name === 'safety' && read.safeTo.size > 0) {
        if (parsed.some((t, i) => read.safeTo.has(t.word) && row.literal[i] > 0)) score += INTENT_BONUS;
        continue;
      }
      // Asked which comes first, the sentence of what to do first answers ("during the first two
      // days …"), before one of how long the second goes on ("for 3 to 4 days"): writer69.
      if (intent.precise && native(intent.precise).test(says)) score += PRECISE_BONUS + (intent.name === 'time' && read.asksFirst && containsWord(says, 'first') ? INTENT_BONUS : 0);
      else if (native(intent.answer).test(says) && names) score += INTENT_BONUS;
      // A named drug's own fact that warns answers whether it is safe, as the article's "side effects"
      // does (review23: "can chlorzoxazone harm your liver" had shown the muscle relaxants' side
      // effects, not its label's "sometimes fatal, liver damage").
      // Only a fact on a name the query names: not a sibling brand's ("Icy Hot: … warns of rare
      // serious burns" for a Salonpas question).
      else if (n < 0 && intent.name === 'safety' && FACT_WARNS.test(says) && (names || onNamedDrug(text, true))) score += INTENT_BONUS;
      // Two names of one medicine asked whether they are the same ("is advil the same as motrin") are
      // answered by the fact that names them both as that medicine: "ibuprofen (Advil, Motrin,
      // Nurofen): …" (review26: "Adults can take paracetamol and ibuprofen at the same time" had
      // answered, as if to a question of taking both).
      else if (n < 0 && intent.name === 'identity' && namesBoth(folded)) score += INTENT_BONUS / 2;
    }
    let reason: Unit | undefined;
    for (const c of pointed) {
      if (!reason || c.value > cited.find((x) => x.unit === reason)!.value) reason = c.unit;
    }
    if (alternative && fold(alternative) === folded) score += ALTERNATIVE_BONUS;
    // A drug's note that warns about children answers a query about a child or a teenager ("aspirin
    // for my 12 year old": "… not for children under 16"), as "elderly patients" answers one about
    // someone of 80 (readQuery's implied "elderly").
    // Only a note that names the drug asked about: the aspirin note is no answer for a child's
    // Nurofen or naproxen (review27 b10: it had been shown for "can i give my 10 year old nurofen").
    // (A note on giving two together only when together is asked: "child's dose of paracetamol" is
    // answered by the dose note, not "A child should have paracetamol and ibuprofen at the same
    // time only if …": review28 on 9410a7c.)
    // (Not a child who took too much by mistake, where the note on too much answers: "my child
    // swallowed some of my ibuprofen" had shown the children's doses; review46.)
    if (note && !mistake && testIfCan(CHILDREN, folded) && (youngAsked() || childrensMedicine()) && drugNamed.some((d) => namesDrugOf(folded, d)) && (read.together || !TWO_AT_ONCE.test(folded))) score += INTENT_BONUS;
    // A baby told by weeks or months of age ("baby 6 weeks old", "my newborn") is answered by what a
    // note says of babies under so many months ("babies under 2 months should have paracetamol only
    // if a doctor prescribes it"), not the doses by years of age (review49).
    // (Not told by a mother breastfeeding her baby: "I'm breastfeeding my 3 month old" asks of her.)
    if (note && BABY_NOTE.test(folded) && (babyAsked ??= BABY_AGE.test(` ${parsed.map((t) => t.word).join(' ')} `)) && !(statesAsked ??= parsed.some((t) => STATE_WORD.test(t.word)))) score += INTENT_BONUS;
    // So does a note that says from what age to ask first ("… or are 60 or over"), of the drug
    // asked about, for an older person: "im 72, is naproxen safe", "pensioner, is ibuprofen safe" had
    // shown the muscle relaxants' "especially in elderly patients" (review27 b4, review28 D5). Every
    // drug named: "is ibuprofen safer than diazepam for my 80-year-old dad" is answered by the
    // article's sentence on the muscle relaxants.
    // (Named in the note's sentence or the one before it: "Ibuprofen, naproxen and the other NSAIDs
    // can cause bleeding … Ask … if you … are 60 or over.")
    if (note && OLDER_NOTE.test(folded) && olderAsked() && drugNamed.length > 0 && drugNamed.every((d) => namesDrugOf(folded, d) || (!first && n > 0 && candidates[n - 1].note && namesDrugOf(own[n - 1].folded, d)))) score += 2 * INTENT_BONUS;
    // A note's sentence that holds the thing only the notes name, asked of the drug ("is ibuprofen ok
    // when pregnant"), answers it before one that only meets the kind of question ("ok": "… make side
    // effects more likely").
    if (note && noteThings.size > 0 && parsed.some((t, i) => match[i] > 0 && noteThings.has(t))) score += INTENT_BONUS;
    // Asked about taking two drugs together, a note's sentence on taking them together answers, after
    // one naming both in its own words ("tylenol and excedrin together ok?": "Excedrin and Anadin
    // Extra also contain acetaminophen (paracetamol), the medicine in Tylenol … Do not take another
    // product that contains it at the same time …"), more than the article's sentence both names
    // point to.
    // (Not when taken together by mistake: what to do after too much answers, the 'mistake' intent's.)
    // Nor when it asks what one holds or how much of it ("do the powders have paracetamol in them as
    // well", "the most paracetamol in a day if i'm taking lemsip as well"): its facts and the daily
    // limit answer.
    if (note && twoDrugs && SAYS_TOGETHER.test(folded) && !mistake && !asksContentsOrAmount) {
      const before = !first && n > 0 && candidates[n - 1].note && candidates[n - 1].drug === drug ? own[n - 1].folded : undefined;
      if (namesTwo(row, drug, 'words', before) || (!first && namesTwo(own[n - 1], drug, 'words'))) score += TOGETHER_BONUS;
      // Less where the note names them only by other names, or elsewhere in it: a note naming the very
      // products asked about answers first ("tylenol, can i take excedrin too": "Excedrin and Anadin
      // Extra also contain acetaminophen …, the medicine in Tylenol", not paracetamol's own note).
      else if (read.togetherSaid && (namesTwo(row, drug, 'names') || namesTwoInNote(n, drug))) score += TOGETHER_BY_NAME_BONUS;
      // By the kinds of medicine they are, "with" is enough (twoDrugs reads it as together, as it
      // reads "both" or "at the same time"): "diazepam with tramadol" is answered by
      // the opioids' "an opioid taken with … sedatives such as benzodiazepines" (review24). (By other
      // names it is not: "stick with tylenol" is no question of taking it with Advil.)
      else if (namesTwo(row, drug, 'kinds')) score += TOGETHER_BY_NAME_BONUS;
    }
    // Asked about using one medicine the query names with something else it names that is no drug
    // ("icy hot with a heating pad", "biofreeze then a heat pad"), a note of that medicine's class
    // that says what it may be used with and names the thing answers ("… not to use them with a
    // heating pad"), before the article's sentence the medicine's name points to.
    // The thing may be named by the phrase its name cites ("electric blanket", "wheat bag": heat
    // therapy's "heating pad"), however the query joins them ("salonpas under a heating pad").
    if (note && withThing && drugNamed.some((d) => d.drugClass === drug) && SAYS_WITH.test(folded) && (parsed.some((t, i) => row.literal[i] > 0 && thingBeside(t)) || thingCites().some((c) => folded.includes(c)))) score += TOGETHER_BY_NAME_BONUS;
    if (summary) score = score * 0.5 - 0.01;
    // A heading names where to go ("Get medical help promptly: see a doctor or GP soon"); the item
    // under it that shares another word of the query says when, and answers more.
    if (isHeading) score *= HEADING_SHARE;
    // A sentence about children's doses answers a question about a child, not one that names none
    // ("tylenol isnt enough can i take more" had "Children should have no more than 4 doses of
    // paracetamol …" before the adults' daily limit: blind70).
    // (Unless it gives the kind of answer asked for, how often or how long, and no amount is asked:
    // "how long between ibuprofen doses" has no adults' interval to show but the children's "at most
    // one dose every six hours" (review62); "tylenol max dose per day" has the adults' daily limit.)
    if (score > 0 && note && testIfCan(CHILD_SUBJECT, folded) && !childAsked() && !(!read.intents.some((intent) => intent.name === 'amount') && givesKindAsked(folded))) score *= CHILDREN_UNASKED_SHARE;
    scoredReason = reason;
    return score;
  };
  let topAt = -1;
  const urgentHere = (section.vocabulary ?? []).some((g) => g.urgent === true);
  const ruled = new Array<number>(candidates.length);
  const ruledReason = new Array<Unit | undefined>(candidates.length);
  let best = -Infinity;
  let second = -Infinity;
  let ruledAt = -1;
  for (let n = 0; n < candidates.length; n++) {
    const score = (ruled[n] = scoreOf(candidates[n], own[n], n));
    ruledReason[n] = scoredReason;
    if (score > best) [second, best, ruledAt] = [best, score, n];
    else if (score > second) second = score;
  }
  const ruledFold = ruledAt >= 0 ? own[ruledAt].folded : '';
  // What the suite's labelled queries teach about which sentence answers (learned.ts,
  // learnedAnswerShares): a share of ANSWER_WEIGHT by the model's probability for each. It adds at
  // most that much, so a sentence the rules put further ahead stays first and the model is not read
  // (most searches of a name: `search ibuprofen` read it for nothing, 8 M instructions).
  // Not among the warning signs, whose sentences the rules choose with care (a sign's own sentence,
  // the emergency's heading for "when is it an emergency"): there the model chose a sentence sharing
  // the sign's words ("A change in your balance … bladder …" for "can't hold my wee"). Nor away from
  // a sentence about children or elderly people that the rules chose (a note on aspirin for "my
  // teenager", the side effects "in elderly patients" for "my elderly mum"), nor from a drug class's
  // safety note (low-dose aspirin, the daily limit of paracetamol: review20), nor from the list of
  // what something includes when the query asks what else there is: the model pulled those to the
  // sentences most queries want.
  // Turning from something or asking what else there is, the model weighs twice as much: the rules'
  // words say least there (what was tried names the sentence to move on from), and the model has
  // learned which sentence people who turn from it want. Measured (answers, 0.5 -> 1): held-out
  // 76.1 -> 76.4%, writer45's development set 73.8 -> 74.2%, the others unchanged; for every query,
  // held-out gained nothing (76.3% at 1, 76.1% at 1.5).
  // Not when the query asks how long or how often: the rules know that answer (review23: "how long
  // are you meant to leave it on? dont want to burn myself again" had lost "20 minutes at a time").
  const answerWeight = (parsed.some((t) => t.tried) || read.alternatives) && !read.intents.some((i) => i.name === 'duration' || i.name === 'frequency') ? ANSWER_WEIGHT_TURNING : ANSWER_WEIGHT;
  const stems = best - second <= answerWeight && !urgentHere && !(ruledAt >= 0 && candidates[ruledAt].note) && !testIfCan(CHILDREN, ruledFold) && !ruledFold.includes('elderly') && !(read.alternatives && testIfCan(INCLUDES, ruledFold)) ? answerStems() : [];
  const shares = stems.length > 0 ? learnedAnswerShares(own.map((row) => answerKey(section.id, row.folded)), stems, ruledAt) : undefined;
  // Among the warning signs, when no sentence meets anything the query says: the section's summary,
  // not its first sentence, the heading "EMERGENCY: call 999 …" (trial19: shown for "should i see a
  // chiropractor" and 236 other calm queries of the suite, under a hit that warns of nothing).
  // (Elsewhere a sentence that scores nothing may still answer: "can't take ibuprofen, what else".)
  // So is a yes-or-no question that names only where to turn ("do i need to go to a&e for a neck
  // spasm", "is it an ER thing"), no sign: when to go there, not the heading "EMERGENCY: call 999 …
  // now" (review40), as "do I need an ambulance" is answered by the summary that names one.
  // (The first heading only, the emergency's: "should i ring 111 about my neck" is answered by the
  // heading that names 111.)
  const turnToOnly = urgentHere && read.asksYesNo && !firmSigns && cited.length > 0 && ruledAt >= 0 && candidates[ruledAt].isHeading && candidates.findIndex((k) => k.isHeading) === ruledAt
    && cited.every((c) => citesHeading(c.citeFold));
  if ((turnToOnly || (urgentHere && !(best > 0))) && candidates.length > 0 && candidates[candidates.length - 1].summary) ruled[candidates.length - 1] = Math.max(best, 0) + 1;
  // A note's sentence about another drug than the one the query names, by its name as its subject
  // ("Aspirin … not for children under 16" for "can i give my 10 year old nurofen"), gains nothing
  // from the model, which learned it from queries about that drug (review27 b10).
  let sectionMembers: DrugMember[] | undefined;
  const otherDrugsNote = (n: number): boolean => {
    if (!candidates[n].note || drugNamed.length === 0 || drugNamed.some((d) => d.member === undefined)) return false;
    const text = fold(candidates[n].text);
    const subject = text.replace(/^[^:]{1,40}: /, '').split(' ', 1)[0];
    // Its subject a drug's generic name or the first word of a brand ("Beechams Powders hold aspirin
    // and caffeine, not paracetamol": no answer to "paracetamol and rest, is that it?"), and the
    // drug asked about named in it only as what it is not.
    const owner = (sectionMembers ??= (section.drugs ?? []).flatMap((d) => d.members)).find((m) => fold(m.generic) === subject || (m.brands ?? []).some((b) => fold(b).split(' ', 1)[0] === subject));
    const said = text.replace(/\b(?:not|no) [\w-]+/g, ' ');
    return owner !== undefined && !drugNamed.some((d) => d.member === owner || namesDrugOf(said, d));
  };
  for (let n = 0; n < candidates.length; n++) {
    const score = ruled[n] + (shares && !otherDrugsNote(n) ? answerWeight * shares[n] : 0);
    // Among the warning signs, of two sentences that tie, the one the reason line's sign points to
    // (its cited words) answers: "weak legs and neck pain" had shown "Neck pain after a fall, …, with an
    // arm or leg that is weak", before "Severe neck pain with weakness in an arm or a leg …", under
    // the reason line of the latter; "balance off and neck stiff" the bladder sign's "… whether or not
    // your balance or walking has changed", under the balance sign's.
    if (score > top.score || (urgentHere && score === top.score && ruledReason[n] !== undefined && top.reason === undefined)) {
      const next = candidates[n + 1];
      top = { text: candidates[n].text, score, reason: ruledReason[n], before: candidates[n].first ? undefined : candidates[n - 1].text, after: next && !next.first && !next.summary ? next.text : undefined, note: candidates[n].note };
      topAt = n;
    }
  }
  // A drug's fact answers in place of the article's sentence when it says more of what the query
  // asks besides the drug's name and the condition: by the kind of answer asked for, or by a word
  // that names something, and not one the query says "not" of ("not period cramps": the naproxen
  // sold "for period pain"), nor one of any story ("one of the brands").
  if (facts && facts.length > 0) {
    const beside = (t: Term) => context.has(t) || t.weight < NAMES_WEIGHT || storyVerb(t) || negated[parsed.indexOf(t)] || drugNamed.some((d) => d.terms.has(t));
    let bar = topAt >= 0 ? Math.max(0, scoreOf(candidates[topAt], own[topAt], topAt, beside)) : 0;
    /** Whether the fact shown so far is on the name asked about; undefined while none is shown. */
    let topOnName: boolean | undefined;
    for (const fact of facts) {
      // A note on a sibling name of the drug asked about (Panadeine Extra's "for at most 3 days" when
      // the query names Tylenol 3) answers nothing of it: only the facts on the names asked about and
      // on the generic name (its availability, whose head is the generic) do.
      // (A name the query says counts though it turns from it: "generic cyclobenzaprine instead of
      // the flexeril, is it the same stuff" is answered by "Flexeril: … the same medicine is sold as
      // generic cyclobenzaprine".)
      if (!onNamedDrug(fact.text, true) && !headSaid(fact.text)) continue;
      // Asked of two together, a drug's own fact that names the other one taken with it answers before
      // a note that names them by their kinds ("cyclobenzaprine: … taken with tramadol, it has caused
      // serotonin syndrome" for "on tramadol, can I add flexeril", not "An opioid and a muscle
      // relaxant each make you drowsy": review49).
      const says = factSays?.get(fact.text) ?? '';
      const pair = twoDrugs && SAYS_TOGETHER.test(says) && drugNamed.some((d) => d.member !== undefined && d.member !== factOf.get(fact.text) && [d.member.generic, ...(d.member.brands ?? [])].some((name) => says.includes(fold(name))));
      const score = scoreOf(fact, rowOf(fact), -1, beside) + (pair ? TOGETHER_BONUS : 0);
      // On a par with the article's sentence, the fact of the very drug asked about answers more; on
      // a par with another fact of it, the one on the very name asked about ("Panadeine Forte: …
      // only with a doctor's prescription" over "codeine with acetaminophen (…, Panadeine Forte, …):
      // by prescription").
      const onName = onNamedDrug(fact.text);
      // A note saying the article does not name the drug ties in its favour with the article's
      // sentence (outsideArticle).
      const notNamed = outside && !top.note && fact.text.includes(NOT_IN_ARTICLE) && onNamedDrug(fact.text, true);
      if (score > bar || (score === bar && (bar > 0 || notNamed) && (!top.note || (onName && topOnName === false)))) {
        topOnName = onName;
        bar = score;
        top = { text: fact.text, score, reason: scoredReason, before: undefined, after: undefined, note: true };
      }
    }
  }

  // A note chosen for its age from which to ask first shows, and marks, that age: the window of a
  // long sentence is cut around its first mark ("… or are 60 or over").
  if (top.note && olderAsked()) {
    const age = OLDER_AGE.exec(fold(top.text));
    if (age) matched = new Set([...matched, stem(age[1] ?? age[2])]);
  }
  const pointedBack = leadIn(top.text, top.before, matched);
  const shownText = pointedBack ?? trimSnippet(top.text, highlightRanges(top.text, matched));
  // The first hit's, fuller (computed when asked, below): the sentence with the one after it, where
  // that one goes on about the same thing (followOn), and the end of the one before as well where it
  // points back and all three fit; where they do not, the one before comes first ("Thereafter" needs
  // its "first two days" more than its heat more words). With no such sentence after, the one before
  // it, whole, where this one goes on from it ("Physical therapy may include …" after "After you
  // experience some pain relief, physical therapy may help …"; "However, these medications …" after
  // the muscle relaxants, whole rather than their last words), with the end of the one before that
  // where it points back. Not a sentence that gives the kind of answer asked for (a time for "how
  // long", what it includes for "what does physio involve"): that answer leads.
  // Not a sentence the rules score below nothing, nor one that names what the person turns from ("no
  // codeine please, anything else": not the narcotic painkillers after the over-the-counter ones;
  // "heat isn't helping, should I try ice": not the heating pad after the ice; review60).
  const fullerText = (): Snippet | undefined => {
    /** Whether the candidates from `n` to `n + 1` are a paragraph of their own: two sentences that
     *  fit are one thought ("Muscle spasms in the neck occur for a variety of reasons … Treatment
     *  involves correcting the underlying cause …"), whatever words they share. */
    const pairAlone = (n: number): boolean => candidates[n].first && (n + 2 >= candidates.length || candidates[n + 2].first);
    /** Whether a sentence names what the person turns from, by its words or the phrase its name
     *  cites. (Not what they say "no" before: "stiff neck but no fever and no rash, can it still be
     *  meningitis" is answered by "Its signs come in any order … do not wait … for a rash", and "no
     *  heating pad in the house" asks about heat.) */
    const turnedFrom = (text: string): boolean => {
      const folded = fold(text);
      const stems = stemsOfFolded(folded);
      return parsed.some((t) => t.tried && stemsMatch(index, stems, t) > 0) || cited.concat(partly).some((c) => c.terms.size > 0 && [...c.terms].every((t) => t.tried) && folded.includes(c.citeFold));
    };
    /** The stems the query met in this section, and those of the phrases its names cite ("heating
     *  pad" for "hot water bottle"): a word two sentences share joins them only if it is one of these. */
    const asked = new Set([...matched, ...cited.flatMap((c) => stemsOfFolded(c.citeFold))]);
    // A sentence that points back comes after the one before it, whole (not its last words), when
    // that one is about something the query names that this one is not: a name the query has whole,
    // by the phrase it cites, what it asks about or chooses between ("ice or heat for neck spasm",
    // "just wrenched my neck lifting a suitcase, ice or heat": the ice, then "Thereafter, … a heating
    // pad"; "flexeril makes me too drowsy …, is there a muscle relaxer other than that one": the
    // muscle relaxants, then their side effects).
    const namesPrevious = (previous: string): boolean => {
      const named = new Set([
        ...cited.filter((c) => [...c.terms].some((t) => !t.tried)).flatMap((c) => stemsOfFolded(c.citeFold)),
        ...parsed.filter((t) => (read.focus.has(t.word) || choiceWords().has(t.word)) && !t.tried).flatMap((t) => [...t.stems.keys()].map((id) => index.stems[id])),
      ]);
      const own = new Set(stemsOfFolded(fold(top.text)));
      return stemsOfFolded(fold(previous)).some((x) => named.has(x) && !own.has(x) && !SAID_OF_ALL.has(x) && !STOP_WORDS.has(x));
    };
    const previous = top.before !== undefined && ruled[topAt - 1] >= 0 && !turnedFrom(top.before) ? top.before : undefined;
    /** The sentence before, whole, then this one, where this one goes on from it. */
    const withPrevious = previous !== undefined ? followOn(previous, top.text, matched, asked, false) : undefined;
    const previousFirst = withPrevious !== undefined && native(POINTS_BACK).test(top.text) && namesPrevious(previous!);
    const withNext = !previousFirst && top.after !== undefined && ruled[topAt + 1] >= 0 && !turnedFrom(top.after) ? followOn(top.text, top.after, matched, asked, pairAlone(topAt)) : undefined;
    if (withNext) return leadIn(withNext.text, top.before, matched, FULLER_MAX, top.text) ?? (pointedBack ? undefined : withNext);
    if (!withPrevious || (!previousFirst && givesKindAsked(fold(top.text)))) return undefined;
    /** The sentence before the one before, where that one is in the same paragraph. */
    const beforePrevious = candidates[topAt - 1].first ? undefined : candidates[topAt - 2].text;
    return leadIn(withPrevious.text, beforePrevious, matched, FULLER_MAX, previous) ?? withPrevious;
  };
  // Why it matched: the vocabulary term the query has most of ("Tylenol with Codeine" over "Tylenol"),
  // among those that point to the sentence shown if any do.
  // A name of only what the person turned from is no reason ("muscle relaxants" in "muscle relaxants
  // made me too sleepy, is there an alternative").
  const shown = fold(top.text);
  const reasons = cited.filter((c) => [...c.terms].some((t) => !read.tried.has(t.word)));
  const pointing = reasons.filter((c) => shown.includes(c.citeFold));
  const chosen = (pointing.length ? pointing : reasons).reduce<(typeof cited)[number] | undefined>((a, c) => (!a || c.got > a.got || (c.got === a.got && c.value > a.value) ? c : a), undefined);
  // The same words naming an emergency as well ("fell on my head": "fell" of "Neck pain after a fall
  // …", and "a fall" of "Any injury to the neck …" over the sentence shown) give the emergency's
  // reason, as the same name in two groups is the graver group's (dropLesserTwins; review47). Not
  // where the name chosen stands in the emergency's group too and both were kept: the search read the
  // lesser one as meant ("banged my head on the car door").
  const alert = (c: (typeof cited)[number]) => ALERT.test(c.unit.reason ?? '');
  const graver = chosen && !alert(chosen) && !reasons.some((c) => alert(c) && c.unit.text === chosen.unit.text)
    ? reasons.find((c) => c !== chosen && alert(c) && c.got >= chosen.got && [...chosen.terms].every((t) => c.terms.has(t)))
    : undefined;
  const named = graver ?? chosen;
  const given = (named?.unit ?? (top.reason && reasons.some((c) => c.unit === top.reason) ? top.reason : undefined))?.reason;
  // A name's note shown as the snippet is not said again beside the name in the reason: "Calpol (UK:
  // paracetamol as a liquid for children …) — a brand of …" over "Calpol: UK: paracetamol as …".
  const said = given && factSays?.has(top.text) ? ` (${top.text.slice(top.text.indexOf(': ') + 2)})` : undefined;
  const reason = said && given!.includes(said) ? given!.replace(said, '') : given;
  const dressed = (shown: Snippet): Snippet => {
    // A drug class's note is not the section's text: the snippet says whose it is.
    const snippet: Snippet = top.note ? { ...shown, origin: 'supplementary' } : shown;
    return reason ? { reason, reasonHighlights: highlightRanges(reason, matched), ...snippet } : snippet;
  };
  let fuller: { snippet: Snippet | undefined } | undefined;
  const fullerOnce = (): Snippet | undefined => {
    if (!fuller) {
      const text = fullerText();
      fuller = { snippet: text && dressed(text) };
    }
    return fuller.snippet;
  };
  return { core: dressed(shownText), fuller: fullerOnce };
}

/** Words of pain said of the neck: among the warning signs they are the condition, told (signless). */
const PAIN_SAID = new Set(['pain', 'pains', 'painful', 'ache', 'aches', 'aching', 'achy', 'hurt', 'hurts', 'hurting', 'sore', 'agony']);
/** At most this many words: a sign's sentence of its own, short ("you are worried about it"). */
const OWN_SIGN_WORDS = 6;
/** A reason whose meaning opens with a word in capitals ("… — EMERGENCY, call 999 …") names an
 *  emergency: the convention the renderer styles as an alert (src/render/format-results.ts). */
export const ALERT = /\u2014 [A-Z]{4,}\b/;
/** What a drug note's sentence on taking two drugs together gains when the query asks about taking
 *  two it names together: more than the article's sentence that both their names point to (1, the
 *  intents' bonus, left "can i take anadin extra with paracetamol" with that sentence). */
const TOGETHER_BONUS = 2;
/** The same, said of them by other names of theirs or in another sentence of the note (TOGETHER_BONUS). */
const TOGETHER_BY_NAME_BONUS = 1.5;
/** A sentence about taking things together. */
const SAYS_TOGETHER = /\b(?:together|at the same time|taken with|alongside)\b/;
/** A note on using a medicine with something (withThing). */
const SAYS_WITH = /\b(?:with|on top of|together)\b/;
/** The kinds of medicine that notes on taking two together speak of (drugKinds). */
const KIND_WORDS = /\b(opioid|benzodiazepine|nsaid|muscle relaxant)s?\b/g;
/** Each drug's kinds (drugKinds), made once. */
const kindsCache = new WeakMap<DrugMember, string[]>();
/** The kinds of medicine a drug is (KIND_WORDS), as its generic name and its own note say them, or
 *  its generic name and its class's label where its note names no kind ("a narcotic painkiller (opioid)", "with codeine, an opioid", "a benzodiazepine",
 *  "codeine with an NSAID"). A closed list: read freely, the words of a note gave kinds such as
 *  "time" (naproxen's "one NSAID at a time", which met every "at the same time"), "heart" or
 *  "paracetamol" (a gloss in brackets), and "can i take aleve with excedrin" showed the note on
 *  paracetamol in two products (review25 finding 2). Made once a drug. */
function drugKinds(section: Section, member: DrugMember, drugClass: number): string[] {
  let kinds = kindsCache.get(member);
  if (!kinds) {
    // Its own note's kind before its class's: diazepam, "a benzodiazepine", in the muscle relaxants'
    // class, is answered by the note on opioids with benzodiazepines, not the one on opioids with
    // muscle relaxants.
    // (The note on its generic name only: "codeine with an NSAID", Nurofen Plus, is an opioid too, by
    // its class's label.)
    const note = fold(member.notes?.[member.generic] ?? '');
    const said = fold(member.generic) + ' ' + (note.match(KIND_WORDS) ? note : fold(section.drugs?.[drugClass]?.label ?? ''));
    kindsCache.set(member, (kinds = [...new Set([...said.matchAll(KIND_WORDS)].map((m) => m[1]))]));
  }
  return kinds;
}
/** Whether a folded sentence names a kind of medicine, or its plural ("other opioids"). */
function mentionsKind(folded: string, kind: string): boolean {
  for (let at = folded.indexOf(kind); at >= 0; at = folded.indexOf(kind, at + 1)) {
    const end = folded[at + kind.length] === 's' ? at + kind.length + 1 : at + kind.length;
    if (!/[a-z]/.test(folded[at - 1] ?? '') && !/[a-z]/.test(folded[end] ?? '')) return true;
  }
  return false;
}
/** A sentence about children. */
const CHILDREN = /\bchildren\b/;
/** A note's sentence about children: it names them among its first eight words, after its class's
 *  label ("Children should have no more than 4 doses …", "The NHS says most babies and children
 *  from 3 months …", "NSAIDs: How much ibuprofen children should have …"). */
const CHILD_SUBJECT = /^(?:[^:]{1,60}: )?(?:\S+ ){0,7}(?:children|child|babies|baby)\b/;
/** Words for a child, or for a son or daughter of any age: with one, a children's sentence may answer. */
const CHILD_WORDS = new Set(['child', 'children', 'kid', 'kids', 'son', 'sons', 'daughter', 'daughters', 'baby', 'babies', 'toddler', 'toddlers', 'infant', 'newborn', 'teen', 'teens', 'teenager', 'teenagers', 'boy', 'girl', 'grandson', 'granddaughter', 'grandchild', 'grandkids', 'nephew', 'niece', 'lad', 'lass', 'youngster']);
/** Whether a drug named is one for children by its name or its note ("Calpol: UK: paracetamol as a
 *  liquid for children"): the child it is given to goes unsaid ("how many times a day can i give
 *  calpol"). */
function forChildren(d: { name: string; member?: DrugMember }): boolean {
  return d.name.includes('children') || Object.entries(d.member?.notes ?? {}).some(([name, note]) => fold(name) === d.name && FOR_CHILDREN.test(fold(note)));
}
const FOR_CHILDREN = /\bfor children\b/;
/** What a children's sentence counts for when the query names no child (makeSnippet). */
const CHILDREN_UNASKED_SHARE = 0.5;
/** A sentence on giving two medicines together ("paracetamol and ibuprofen at the same time"). */
const TWO_AT_ONCE = / and [a-z]+ at the same time\b/;
/** A note's age from which to ask first ("are 60 or over", "over 65"). */
const OLDER_NOTE = /\b(?:[6-9]\d or over|over [6-9]\d|older people)\b/;
const OLDER_AGE = /\b([6-9]\d) or over\b|\bover ([6-9]\d)\b/;
/** The query's words for an older person (with readQuery's implied "elderly" for "i'm 72"). */
const OLDER_WORDS = new Set(['elderly', 'older', 'pensioner', 'pensioners', 'oap', 'oaps', 'senior', 'seniors', 'aged']);

/** What a query word counts for in a sentence that has it only among what it includes (makeSnippet):
 *  at 0.9, "will a massage sort out the knot in my neck" and five more main queries got "Massage may
 *  help to relieve muscle spasms" for the list of what physical therapy includes, and one lost. */
const LIST_MEMBER_SHARE = 0.9;
/** How much a brand the query names meets a note's sentence that names only its medicine ("Advil" in
 *  "… paracetamol and ibuprofen at the same time"): less than a name said, so a note on the medicine
 *  ties with no article sentence the brand points to ("is paracetamol or something like Advil enough":
 *  "… may relieve the pain of neck spasms", not the note on taking both at once). */
const BRAND_SHARE = 0.8;

/** A list of what something includes: not "such as" of a drug class, whose list is how the article
 *  names its drugs (discounting it lost 5 main answers: "is paracetamol enough?"). */
const INCLUDES = /\b(?:include|includes|including)\b/;
/** What a sentence loses for each sign it warns of that the person says they lack (makeSnippet). */
const ABSENT_SIGN = 0.3;
/** What a heading's own words count for as an answer, against an item under it (makeSnippet). */
const HEADING_SHARE = 0.5;
/** A sentence that opens by pointing back ("Thereafter, …", "However, these medications …") means
 *  little alone: the end of the sentence before it comes first, as room allows. */
const POINTS_BACK = /^(?:thereafter|however|then|this|these|those|that|such|otherwise|instead|its)\b/i;
/** The least of the sentence before worth showing, in characters: less says nothing. */
const LEAD_IN_MIN = 40;

/** `text` after the end of `before`, the sentence before `opening` (the sentence `text` starts
 *  with), where `opening` points back and at least LEAD_IN_MIN characters of it fit `max`. */
function leadIn(text: string, before: string | undefined, matched: Set<string>, max = SNIPPET_MAX, opening = text): Snippet | undefined {
  if (!before || !native(POINTS_BACK).test(opening)) return undefined;
  const room = max - text.length - 2;
  if (room < LEAD_IN_MIN) return undefined;
  let tail = before;
  if (tail.length > room) {
    const cut = tail.indexOf(' ', tail.length - room);
    if (cut < 0) return undefined;
    tail = `…${tail.slice(cut + 1)}`;
  }
  const whole = `${tail} ${text}`;
  return { text: whole, highlights: highlightRanges(whole, matched) };
}

/** The first hit's sentence and the one after (or before) it, at most this long: two whole
 *  sentences of the article's, as "After you experience some pain relief, physical therapy may help
 *  …" (160) with "Physical therapy may include …" (135). */
const FOLLOW_ON_MAX = 300;
/** The same with the end of the sentence before, where the first points back: "…during the first
 *  two days after an injury. Thereafter, you may use a heating pad … Heat is typically applied for
 *  20 minutes at a time …". */
const FULLER_MAX = 320;
/** Words nearly every sentence of the corpus has (the condition, what every treatment may do, and
 *  "medications", which joined the muscle relaxants' side effects to the injections after them), as
 *  stems: no sign that two sentences are about the same thing (followOn). */
const SAID_OF_ALL = new Set(['neck', 'muscle', 'spasm', 'pain', 'may', 'help', 'relieve', 'relief', 'medication', 'medicine']);

/** A sentence's words that say what it is about, as stems. */
function subjectStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(fold(text))) {
    if (STOP_WORDS.has(w)) continue;
    const s = stem(w);
    if (!SAID_OF_ALL.has(s)) out.add(s);
  }
  return out;
}

/** Two sentences of a paragraph, `first` and the `second` after it, shown together (the first hit's
 *  sentence with the one after it, or the one before it with the first hit's) where the second goes
 *  on about the same thing and both fit FOLLOW_ON_MAX: it points back ("However, these medications
 *  …"), the two are the whole paragraph, or they share a word that says what each is about and that
 *  the query asked about (`asked`: "heat" of "heating pad" and "Heat is typically applied for 20
 *  minutes at a time"). A word shared but not asked about joins nothing: "support" had joined the
 *  cervical collar to the contour pillows, for a question about either (review60). An answer is
 *  often the two together: the heating pad and how long to use it, a muscle relaxant and its side
 *  effects, what physical therapy does and what it includes. Not a source's line in brackets
 *  ("(Mayo Clinic: Neck pain)"), which the warning signs' items end with. */
function followOn(first: string, second: string | undefined, matched: Set<string>, asked: Set<string>, wholeParagraph: boolean): Snippet | undefined {
  if (!second || second.startsWith('(') || first.length + 1 + second.length > FOLLOW_ON_MAX) return undefined;
  if (!wholeParagraph && !native(POINTS_BACK).test(second)) {
    const mine = subjectStems(first);
    let shared = false;
    for (const s of subjectStems(second)) if (mine.has(s) && asked.has(s)) { shared = true; break; }
    if (!shared) return undefined;
  }
  const whole = `${first} ${second}`;
  return { text: whole, highlights: highlightRanges(whole, matched) };
}

function highlightRanges(text: string, matched: Set<string>): Highlight[] {
  const out: Highlight[] = [];
  for (const m of text.matchAll(wordPattern(text))) {
    if (matched.has(stem(fold(m[0])))) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** Cuts a long snippet to a window around its first highlight, at word boundaries, with ellipses. */
function trimSnippet(text: string, highlights: Highlight[]): Snippet {
  if (text.length <= SENTENCE_MAX) return { text, highlights };
  const focus = highlights[0]?.start ?? 0;
  let start = Math.max(0, focus - Math.floor(SNIPPET_MAX / 3));
  let end = Math.min(text.length, start + SNIPPET_MAX);
  start = Math.max(0, end - SNIPPET_MAX);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: prefix + text.slice(start, end) + suffix,
    highlights: highlights
      .filter((h) => h.start >= start && h.end <= end)
      .map((h) => ({ start: h.start + shift, end: h.end + shift })),
  };
}

/** Per section, each vocabulary term's group's terms, folded (groupSaidIn). */
let groupTermsCache: WeakMap<Section, Map<string, string[]>> | undefined;
/** Whether folded text has, as whole words, another form of a term that the term's vocabulary group
 *  holds (sharesRoot: "addiction" for "addictive"). */
function groupSaidIn(section: Section, term: string, folded: string): boolean {
  let groups = (groupTermsCache ??= new WeakMap()).get(section);
  if (!groups) {
    groups = new Map();
    for (const g of section.vocabulary ?? []) {
      if (g.cites === undefined) continue;
      const terms = g.terms.map(fold);
      for (const t of g.terms) groups.set(t, terms);
    }
    groupTermsCache.set(section, groups);
  }
  const terms = groups.get(term);
  const own = fold(term);
  return terms !== undefined && terms.some((t) => t !== own && sharesRoot(t, own) && containsWord(folded, t));
}

/** Whether two words of a group are forms of one word, told by a long common start ("addictive",
 *  "addiction", "addicted"): the light stemmer meets inflections only. */
function sharesRoot(a: string, b: string): boolean {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= ROOT_LENGTH;
}
/** How many letters two forms of a word share from their start at least (sharesRoot). */
const ROOT_LENGTH = 6;

/** Whether folded text has a folded phrase as whole words. */
function containsWord(folded: string, phrase: string): boolean {
  for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
    const before = at === 0 ? ' ' : folded[at - 1];
    const after = folded[at + phrase.length] ?? ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
  }
  return false;
}

/** A note's sentence on babies by their months (scoreOf). */
const BABY_NOTE = /\bunder \d+ months\b/;
/** A baby's age told in weeks or months, or a newborn (scoreOf): the query's words, a space at each end. */
const BABY_AGE = / (?:\d+|few|couple) (?:weeks?|wks?|months?|mths?) old | (?:newborn|newborns) | (?:\d+|few) (?:week|month) old /;

/** A sign that what was tried has not helped (scoreOf). */
const NOT_HELPED = /\bhave not helped\b/;
/** Whether a section holds the warning signs (an urgent vocabulary group). */
function urgentIn(section: Section): boolean {
  return (section.vocabulary ?? []).some((g) => g.urgent === true);
}

/** Intents a drug's own note on what it is for does not answer (outsideArticle). */
const ASKED_OF_DRUG = new Set(['amount', 'duration', 'frequency', 'safety', 'supply']);

/** What a drug member's note on its generic name says of a drug the article does not name
 *  (data/corpus.json: tizanidine, baclofen, diazepam): its own note answers for it (makeSnippet). */
const NOT_IN_ARTICLE = 'not one the article names';

/** Whether a drug member's note says the article does not name it. */
function outsideArticle(member: DrugMember): boolean {
  return member.notes?.[member.generic]?.includes(NOT_IN_ARTICLE) === true;
}
