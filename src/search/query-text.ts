// A query's text made ready to read, before its words are: cut to a length a search can afford
// (cutQuery), without the greeting, preamble or thanks around the question (withoutGreeting), with
// words typed run together split (splitRunTogether) and words typed apart joined (joinSplitWords).

import { findStem, type SearchIndex } from './search-index.js';
import { hasLexicon, lookupWord } from './lexicon.js';
import { closestWord, soundsLike } from './query-words.js';
import { tellerWords } from './query.js';
import { native } from './machine-code.js';
import { STOP_WORDS } from './stop-words.js';
import { fold, stem, unicodePattern, words } from '../util/text.js';

/** A query is read up to this many characters (at a word's end): 32 distinct words fit many times
 *  over, and some steps of reading a story grow with the square of its words (measured, before the
 *  cut: 0.28 s at 25,500 characters, 4.8 s at 102,000). */
const MAX_QUERY_CHARS = 2000;
/** Of those, how many characters come from the query's end (and of the words, see query-words.ts). */
const TAIL_CHARS = 600;

/** The query up to MAX_QUERY_CHARS, cut where a word ends. Runs of blanks count as one first (a
 *  line break stays one, since it ends a sentence): pasted text padded with spaces or blank lines
 *  would otherwise spend the budget before its first word. */
export function cutQuery(query: string): string {
  if (query.length <= MAX_QUERY_CHARS) return query;
  const squeezed = query.replace(/[^\S\n]+/g, ' ').replace(/ ?\n[\s]*/g, '\n').trim();
  if (squeezed.length <= MAX_QUERY_CHARS) return squeezed;
  // The start and the end, each cut where a word ends, apart as two sentences: people tell the
  // worst last (trial19: "… Tonight my neck is stiff and I have a rash on my legs" at 2,113
  // characters was cut off).
  const headChars = MAX_QUERY_CHARS - TAIL_CHARS;
  const space = Math.max(squeezed.lastIndexOf(' ', headChars), squeezed.lastIndexOf('\n', headChars));
  const head = squeezed.slice(0, space > 0 ? space : headChars);
  const from = squeezed.length - TAIL_CHARS;
  const start = Math.min(...[squeezed.indexOf(' ', from), squeezed.indexOf('\n', from)].filter((k) => k >= 0), squeezed.length);
  const tail = start < squeezed.length ? squeezed.slice(start + 1) : squeezed.slice(from);
  return `${head}\n${tail}`;
}

/** Words of a greeting or a preamble ("Hi, quick question.", "Hello doctor.", "Sorry if this is
 *  a silly question."): a sentence of only these and stop words says nothing of what is asked. */
const GREETING_WORDS = ['hi', 'hello', 'hey', 'hiya', 'dear', 'morning', 'afternoon', 'evening', 'good', 'doctor', 'doc', 'gp',
  'everyone', 'folks', 'guys', 'team', 'there', 'quick', 'question', 'query', 'silly', 'stupid', 'dumb', 'sorry', 'please', 'thanks', 'thank', 'cheers',
  'advance', 'bother', 'bothering', 'ask', 'asking', 'wondering', 'wonder', 'help', 'random', 'probably', 'maybe', 'one', 'hope', 'hoping',
  'advice', 'grateful', 'appreciate', 'appreciated', 'much', 'lot', 'ta', 'x', 'xx', 'xxx', 'any', 'tips', 'welcome', 'ideas', 'idea',
  'suggestions', 'thoughts', 'lol', 'haha', 'lmao', 'regards', 'best', 'wishes', 'kind', 'many',
  // "Hoping someone can help.", "Thanks in advance for any replies.", "Thanks for reading."
  'someone', 'anyone', 'somebody', 'anybody', 'replies', 'reply', 'responses', 'response', 'reading', 'listening',
  // "Ugh.", "Argh!"
  'ugh', 'urgh', 'argh', 'sigh', 'omg',
  // "TIA" is thanks in advance said alone; "I had a TIA" is no sentence of these words only.
  'tia', 'thx', 'ty', 'pls', 'plz', 'throwaway', 'account', 'lurker', 'lurking', 'poster', 'reddit',
  // "Any help would be great!", "Bit of a weird one.", "Not sure if this is the right place to ask."
  'great', 'brilliant', 'amazing', 'awesome', 'lovely', 'helpful', 'needed', 'gratefully', 'received',
  'weird', 'odd', 'strange', 'bit', 'sure', 'right', 'wrong', 'place', 'forum', 'sub', 'subreddit', 'group'];
let greetingWords: Set<string> | undefined;
/** A first sentence, with what ends it; or a first clause opening with a greeting, up to a comma or colon. */
const FIRST_SENTENCE = /^\s*([^.!?:\n]+)[.!?:\n]+\s*(?=\S)/;
/** A sign-off's name after a comma: "Many thanks, John". */
const SIGNED = unicodePattern(",\\s*\\p{Lu}[\\p{L}'-]*\\s*$", 'u');
/** A last sentence after the end of another: what follows the question. */
const LAST_SENTENCE = /(?<=[.!?\n])\s*([^.!?:\n]+)[.!?\s]*$/;
/** An apology for the post itself: "Sorry for the long post", "sorry for rambling", "Long post,
 *  sorry". Its words met the corpus's ("long", "post" of "posture") and moved the first result of
 *  104 of the 1,876 main queries answered right (appended, 2026-12-05). */
const APOLOGY = /^(?:(?:sorry|apologies|apologise|apologize)(?: (?:for|about|if|in advance for))?(?: (?:the|this|my|such a|a))?(?: (?:long|lengthy|massive|huge|epic))? (?:post|message|essay|ramble|rambling|rant|novel|waffle|waffling|moan|moaning|going on)(?: (?:is|was) (?:so |too )?long)?|(?:sorry|apologies) (?:it s|this is|that was) (?:so |a bit |too )?long(?: winded)?|(?:long|lengthy) (?:post|message|one)(?: sorry)?|(?:sorry )?(?:tl ?dr)(?: sorry)?|long time lurker,? first time poster)$/;
/** A note on who posts and how, words of no question: "Throwaway because my family uses reddit",
 *  "Posting for my husband", "English is not my first language, sorry", "On mobile so sorry for
 *  the formatting", "Not sure where else to ask", "First time posting here", "My partner told me to post
 *  here", "Bit of background:", "Fingers crossed someone knows". */
const POST_NOTE = new RegExp(`^(?:${[
  // "Throwaway because my family uses reddit": why the account, and no further.
  String.raw`(?:using a )?throwaway(?: account)?(?: (?:because|for|as|since|cos|cause) (?:of )?(?:my |obvious |personal )?(?:family|friends|partner|husband|wife|boss|work|colleagues|employer|privacy|reasons)(?: (?:uses|use|reads|read|knows|know|follows|follow|is on|are on|sees|see) (?:my (?:main|account|other account)|reddit|this|here|it|my posts))?)?`,
  // "Posting for my husband": an adult only; a child, an elderly or a pregnant person stays (what
  // a medicine's note says of them).
  String.raw`(?:i m )?(?:posting|asking|writing)(?: this)? (?:for|on behalf of) (?:my|a|our) (?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|friend|mate|flatmate|housemate|colleague|coworker|boss|brother|sister|family|other half|mum|mom|mother|dad|father|parents)`,
  // "English is not my first language, sorry (for my English)".
  String.raw`english (?:is not|isn t|is n t|isnt) my (?:first|native|main) language(?: so)?(?: (?:sorry|apologies|bear with me))?(?: (?:for|about) (?:my|the|any) (?:bad |poor |broken )?(?:english|spelling|grammar|mistakes))?`,
  // "Sorry for my bad English", "apologies for the formatting".
  String.raw`(?:sorry|apologies) (?:for|about) (?:my|the|any) (?:bad |poor |broken )?(?:english|spelling|grammar|formatting)`,
  // "On mobile so sorry for the formatting".
  String.raw`(?:i m |sorry,? )?on (?:my )?(?:mobile|phone)(?: so)?(?: sorry)?(?: (?:for|about) (?:the )?(?:formatting|typos|spelling))?`,
  // "Not sure where else to ask".
  String.raw`not sure (?:where|who) else to (?:ask|post|turn)`,
  // "Bit of background:", "some context".
  String.raw`(?:a )?(?:bit of|some|quick) (?:background|context|backstory)`,
  String.raw`background`,
  String.raw`context`,
  // "Fingers crossed someone knows": closed, so a sign told after it stays ("Fingers crossed it's
  // not meningitis, fever and headache since last night.").
  String.raw`fingers crossed(?: (?:someone|somebody|anyone) (?:knows|can help|has (?:an idea|any ideas|ideas|advice|been through this)|can advise))?`,
  // "First time posting here".
  String.raw`first (?:time )?(?:posting|post|poster)(?: (?:here|on here|in this \w+))?`,
  // "My partner told me to post here".
  String.raw`(?:my )?\w+ (?:told|asked) me to (?:post|ask)(?: (?:here|on here|this))?`,
].join('|')})$`);
/** Words that tell of an illness someone had, not a thanks: "had a TIA". */
const HAD_ILLNESS = new Set(['had', 'have', 'has', 'having', 'been', 'suffered', 'after', 'since', 'diagnosed']);
/** A word that only starts the talk, before a comma or "so": "Ok so", "Right,", "Well,", "So,",
 *  "Long story short,". */
const OPENER = /^\s*(?:(?:ok|okay|right|alright|well|um+|erm+|hmm+)(?:\s*,\s*|\s+so\b[\s,]*)|so\s*,\s*|long story short\s*[,:]?\s*(?:so\b[\s,]*)?)(?=\S)/i;
/** OPENER's first words (and "um", "erm", "hmm" with any more m's), lower case. */
const OPENER_WORDS = new Set(['ok', 'okay', 'right', 'alright', 'well', 'so', 'long']);
/** Whether a query's first word (its letters A to Z in either case, after spaces, which trimStart
 *  and \s read alike) is one of OPENER's: every match of OPENER starts so. OPENER is tested only
 *  then: compiled (it has the flag i), it cost 0.65 M instructions of every query whose first letter
 *  was one of its words' ("what …", "how …", "should …": until the twenty-fifth session, the first
 *  letter was all that was checked). */
function mayOpen(query: string): boolean {
  const text = query.trimStart();
  let end = 0;
  // (A letter's code with bit 5 set is its lower case; no other code lands on a to z so.)
  for (let c = text.charCodeAt(0) | 32; c >= 97 && c <= 122; c = text.charCodeAt(end) | 32) end++;
  if (end < 2) return false;
  const word = text.slice(0, end).toLowerCase();
  if (OPENER_WORDS.has(word)) return true;
  const m = word.startsWith('um') ? 2 : word.startsWith('erm') || word.startsWith('hmm') ? 3 : 0;
  if (m === 0) return false;
  for (let i = m; i < end; i++) if (word.charCodeAt(i) !== 109) return false; // 'm'
  return true;
}
/** A note on the post after it: "Edit: typo", "edited for spelling". */
const EDIT_NOTE = /(?<=[.!?\n])\s*(?:edit|edited|eta)\b\s*[:\-]?\s*(?:(?:for |fixed |sorry for )?(?:the )?(?:a )?(?:typos?|spelling|formatting|grammar|autocorrect))[.!\s]*$/i;
const GREETING_CLAUSE = /^\s*((?:hi|hello|hey|hiya|dear)\b[^,.!?:\n]*)[,:]\s*(?=\S)/i;
/** A first phrase set off by a dash: "Quick one - …", "Hi all – …". */
const GREETING_DASH = /^\s*([^.!?:\n\-\u2013\u2014]+?)\s+[\-\u2013\u2014]+\s*(?=\S)/;

/** The query without a greeting or preamble before it ("Hi, quick question. pain getting worse
 *  every day"), or a thanks after it: read with the rest, its words met the warning signs'
 *  ("doctor", "quickly") and moved
 *  the first result of 127 of 1,896 main queries, 82 of them away from the right section. Up to two
 *  such sentences go; a query of nothing else is left as it is. */
export function withoutGreeting(query: string): string {
  // Most queries are one sentence with no comma or dash: nothing to read (and nothing made, as every
  // search's allocation counts: see bundle.test.ts).
  // "Ok so …", "Right, …": a word that only starts the talk ("ok to use heat overnight?" asks).
  if (mayOpen(query) && OPENER.test(query)) query = query.replace(OPENER, '');
  if (!/[.!?:,\n]|\s[-\u2013\u2014]/.test(query)) return query;
  // "… Edit: typo.": a note on the post itself.
  let rest = query.replace(EDIT_NOTE, '');
  const greeting = (m: RegExpExecArray | null, signed = false) => {
    const w = m ? words(m[1]) : [];
    const known = (greetingWords ??= new Set(GREETING_WORDS));
    // A sign-off may end with a name ("Many thanks, John"): one word more after a comma.
    const named = signed && w.length > 1 && SIGNED().test(m![1]) ? w.slice(0, -1) : w;
    if (named.length === 0 || named.length > 12) return false;
    // "TIA" is thanks in advance, not the mini-stroke someone had: "I had a TIA - can I take …".
    const tia = named.indexOf('tia');
    if (tia > 0 && (HAD_ILLNESS.has(named[tia - 1]) || (named[tia - 1] === 'a' && HAD_ILLNESS.has(named[tia - 2])))) return false;
    if (named.some((x) => known.has(x)) && named.every((x) => known.has(x) || STOP_WORDS.has(x))) return true;
    const said = named.join(' ');
    if (native(APOLOGY).test(said) || native(POST_NOTE).test(said)) return true;
    // A sentence of only what the teller says of themselves ("I live in the UK.", "No other
    // symptoms.", "I'm 45 and otherwise healthy."): read with the rest, it made the query a story of
    // several sentences, which "best laptop for students" then answered.
    const told = tellerWords(` ${said} `);
    return told.size > 0 && named.every((x) => told.has(x) || known.has(x) || STOP_WORDS.has(x));
  };
  for (let k = 0; k < 2; k++) {
    const m = [FIRST_SENTENCE.exec(rest), GREETING_CLAUSE.exec(rest), GREETING_DASH.exec(rest)].find((x) => greeting(x));
    if (!m) break;
    rest = rest.slice(m[0].length);
  }
  // ... and a thanks after it ("Thanks in advance.", "Any advice appreciated!"): 11 of the main
  // queries followed by "Thanks in advance." found nothing.
  for (let k = 0; k < 2; k++) {
    const m = LAST_SENTENCE.exec(rest);
    if (!m || !greeting(m, true)) break;
    rest = rest.slice(0, m.index);
  }
  return rest;
}

/** A word typed without its space or hyphen ("heatpad", "icepack", "wheatbag", "cocodamol",
 *  "hotwaterbottle") is read as the name the corpus has (trial20: each found nothing): split where
 *  every part is a word of the corpus and the parts stand together in its text. Only a word of six
 *  letters or more that the corpus and the lexicon both lack is tried. */
export function splitRunTogether(index: SearchIndex, query: string): string {
  // A pattern without the flag g for the test: RUN_TOGETHER's test would move its lastIndex.
  if (!HAS_RUN_TOGETHER.test(query)) return query;
  let text: string | undefined;
  const split = (w: string, depth: number): string | undefined => {
    for (let k = 2; k <= w.length - 2; k++) {
      const a = w.slice(0, k);
      if (findStem(index, stem(a)) < 0) continue;
      const b = w.slice(k);
      const rest = findStem(index, stem(b)) >= 0 ? b : depth > 1 ? split(b, depth - 1) : undefined;
      if (rest === undefined) continue;
      text ??= corpusWords(index);
      const joined = `${a} ${rest}`;
      // The corpus's name in the singular or the plural, typed in either ("heatpads": "heat pad").
      const single = joined.endsWith('s') ? joined.slice(0, -1) : joined;
      if (text.includes(` ${joined} `) || text.includes(` ${joined}s `) || text.includes(` ${single} `)) return joined;
    }
    return undefined;
  };
  // A word as common as "my" or "the" run into the next one ("myneck", "mynek", "theheat"): the two,
  // the second a word of the corpus or one slip from one (corrected as any word is, later). Had been
  // one word no list has, read as the rare subject of another query: "ice on mynek" found nothing.
  // (Not where the whole is one slip from a word of the corpus: "togther" is "together", not "to
  // gther"; nor after "a" or "i", which begin too many words: "ibuprofin" is no "i buprofin".)
  const afterCommon = (w: string): string | undefined => {
    // (Its first words looked at before the corpus's words are gone through for the whole.)
    if (![2, 3, 4].some((k) => w.length - k >= 3 && RUN_INTO.has(w.slice(0, k))) || closestWord(index, w) !== undefined) return undefined;
    // A short rest only as it sounds ("nek", neck), not any word one slip away ("memes": "me mes",
    // which is no "meds").
    const slipOf = (b: string): boolean => {
      const to = closestWord(index, b);
      return to !== undefined && (b.length >= 5 || soundsLike(b) === soundsLike(to));
    };
    for (let k = 2; k <= 4 && w.length - k >= 3; k++) {
      const a = w.slice(0, k);
      if (!RUN_INTO.has(a)) continue;
      const b = w.slice(k);
      if (findStem(index, stem(b)) >= 0 || (lookupWord(b) === undefined && slipOf(b))) return `${a} ${b}`;
    }
    return undefined;
  };
  return query.replace(RUN_TOGETHER, (word, offset: number) => {
    const w = word.toLowerCase();
    if (findStem(index, stem(w)) >= 0 || !hasLexicon() || lookupWord(w) !== undefined) return word;
    // (A capital inside a sentence starts a name, which no word typed into the next one does.)
    return (w.length >= 6 ? split(w, 2) : undefined) ?? (word[0] === w[0] || sentenceStart(query, offset) ? afterCommon(w) : undefined) ?? word;
  });
}
/** Whether text at `at` begins a sentence: nothing but spaces and quotes before it since the start or a
 *  full stop, question or exclamation mark. */
function sentenceStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '.' || c === '?' || c === '!') return true;
    if (c !== ' ' && c !== '"' && c !== "'" && c !== '(') return false;
  }
  return true;
}
const RUN_TOGETHER = /\b[A-Za-z]{5,}\b/g;
const HAS_RUN_TOGETHER = /\b[A-Za-z]{5,}\b/;
/** Words typed into the next one often enough to look for (afterCommon): an owner or "the" before
 *  its thing. Not "for", "is", "an" or "of", which begin names: "Forrest" had been "for rest",
 *  "Islay" "is lay", "Ofcom" "of com" (review38). */
const RUN_INTO = new Set(['my', 'me', 'ma', 'the', 'your', 'his', 'her', 'our']);

/** The corpus's sections as folded words between single spaces, made once per index (a process that
 *  searches many times, the test suite or a library user, made it again for every such word). */
const corpusWordsCache = new WeakMap<SearchIndex, string>();
function corpusWords(index: SearchIndex): string {
  let text = corpusWordsCache.get(index);
  if (text === undefined) corpusWordsCache.set(index, (text = ` ${fold(JSON.stringify(index.corpus.sections)).replace(NOT_WORD, ' ')} `));
  return text;
}

/** Two words that the corpus has as one ("ultra sound", "pain killer", "physio therapy") are read as
 *  that word, where it lacks the first and the second side by side (review21: "ultra", a common
 *  word, was read as "ultram", an opioid's brand). */
export function joinSplitWords(index: SearchIndex, query: string): string {
  if (!query.includes(' ')) return query;
  // "osteo arthritis", "osteo porosis": the illness's one word typed in two, not the vocabulary's
  // "osteo" (an osteopath) beside another word (review41).
  if (/\bosteo /i.test(query)) query = query.replace(OSTEO_SPLIT, 'osteo$1');
  // Every pair of neighbours is read, overlapping ("best pain killer": "best pain", then "pain
  // killer"); a word joined to the one before it is not joined again.
  let out = '';
  let last = 0;
  for (const m of query.matchAll(SPLIT_PAIR)) {
    if (m.index! < last) continue;
    const [, a, b] = m;
    const joined = `${a}${b}`.toLowerCase();
    if (findStem(index, stem(joined)) < 0 || (findStem(index, stem(a.toLowerCase())) >= 0 && findStem(index, stem(b.toLowerCase())) >= 0)) continue;
    out += query.slice(last, m.index) + joined;
    last = m.index! + m[0].length + b.length;
  }
  return last === 0 ? query : out + query.slice(last);
}
const OSTEO_SPLIT = /\bosteo (arthritis|arthritic|porosis|porotic|penia|phytes?|myelitis|sarcoma)\b/gi;
/** A word and the next (read ahead, so that pairs overlap). */
const SPLIT_PAIR = /\b([A-Za-z]{3,}) (?=([A-Za-z]{3,})\b)/g;
const NOT_WORD = /[^a-z0-9]+/g;
