// Finding a section (or another named thing) by the name a person types: id, title, alias or a
// unique prefix of one, else a word the section is about (a vocabulary term or a drug's name) that
// only one section has.

import type { Corpus, Section } from './types.js';
import { fold, unicodePattern } from '../util/text.js';

export type SectionLookup =
  | { kind: 'found'; section: Section }
  | { kind: 'ambiguous'; candidates: Section[] }
  | { kind: 'unknown' };

const NON_WORD = unicodePattern('[^\\p{L}\\p{N}]+', 'gu');
/** NON_WORD for folded ASCII text (lower case): the same runs, without compiling Unicode classes
 *  (2.5 M instructions at every `show`). */
const NON_WORD_ASCII = /[^a-z0-9]+/g;

/** A name folded for comparison: case and accents folded, punctuation and runs of space as one space,
 *  so "Physical-Therapy", "physical therapy" and "PHYSICAL_THERAPY" are the same name. */
export function normalizeName(name: string): string {
  const folded = fold(name);
  return folded
    .replace(/^[\x00-\x7F]*$/.test(folded) ? NON_WORD_ASCII : NON_WORD(), ' ')
    .trim();
}

export function namesOf(section: Section): string[] {
  return [section.id, section.title, ...(section.aliases ?? [])].map(normalizeName).filter(Boolean);
}

/** Looks a section up by name. Never touches the file system: a name is only ever a name. */
export function lookupSection(corpus: Corpus, name: string): SectionLookup {
  // An id always names its own section, even if another section has it as a title or alias. Ids
  // are unique as typed (the corpus check refuses "a" beside "A"), but two may fold to one name
  // ("a-b" and "a_b" are both "a b"): typed so, that name is ambiguous, as a shared title is.
  const typed = name.trim().toLowerCase();
  const wanted = normalizeName(name);
  const byId = corpus.sections.find((s) => s.id.toLowerCase() === typed);
  if (byId) return { kind: 'found', section: byId };
  const byFoldedId = wanted ? corpus.sections.filter((s) => normalizeName(s.id) === wanted) : [];
  if (byFoldedId.length === 1) return { kind: 'found', section: byFoldedId[0] };
  if (byFoldedId.length > 1) return { kind: 'ambiguous', candidates: byFoldedId };
  const found = matchName(corpus.sections, namesOf, name);
  if (found.kind === 'found') return { kind: 'found', section: found.item };
  if (found.kind === 'unknown' && wanted) {
    const byTerm = sectionsNaming(corpus, wanted);
    if (byTerm.length === 1) return { kind: 'found', section: byTerm[0] };
    // The last words of one section's title, two or more ("medical help" of "When to get medical
    // help"): what people keep of a long title. One word alone ("help") is only a "did you mean".
    if (wanted.includes(' ')) {
      const byTail = corpus.sections.filter((s) => ` ${normalizeName(s.title)}`.endsWith(` ${wanted}`));
      if (byTail.length === 1) return { kind: 'found', section: byTail[0] };
    }
  }
  return found;
}

/** The words a section is about without being its name: its vocabulary terms ("heat pad", "frozen
 *  peas"), its drug classes ("NSAIDs", "muscle relaxants": the article's own words; "opioids
 *  (narcotic painkillers)" also as "opioids" and as "narcotic painkillers") and its drugs' generic
 *  names, brands, other names and ingredients ("advil"), folded as names are. Read only when a name
 *  is not a section's own, so a known name costs nothing more. */
export function termsOf(section: Section): string[] {
  const words: string[] = [];
  // One at a time, not push(...terms): a long list spread into a call's arguments overflows the stack.
  for (const group of section.vocabulary ?? []) for (const term of group.terms) words.push(term);
  for (const drugClass of section.drugs ?? []) {
    // indexOf, not a pattern: a --data class name may be 10,000 characters of brackets.
    const open = drugClass.class.indexOf('(');
    const parts = open > 0 && drugClass.class.endsWith(')') ? [drugClass.class.slice(0, open), drugClass.class.slice(open + 1, -1)] : [];
    words.push(drugClass.class, ...parts);
    for (const m of drugClass.members) words.push(m.generic, ...(m.brands ?? []), ...(m.aka ?? []), ...(m.ingredients ?? []));
  }
  return words.map(normalizeName).filter(Boolean);
}

/** The sections whose terms include the whole name exactly (no prefixes: a term is a word people
 *  use, not a name to abbreviate). A term two sections share names neither. */
function sectionsNaming(corpus: Corpus, wanted: string): Section[] {
  return corpus.sections.filter((s) => termsOf(s).includes(wanted));
}

export type NameMatch<T> = { kind: 'found'; item: T } | { kind: 'ambiguous'; candidates: T[] } | { kind: 'unknown' };

/** The one rule for names, for sections and anything else named (the timer's ice and heat): an
 *  exact name that only one item has, else a prefix of a name that only one item has. A name two
 *  items share is ambiguous whether typed whole or in part.
 *
 *  Why ambiguous, not the first item, and why the corpus check does not refuse shared names as it
 *  refuses shared ids (trial66 finding 2): a title is text for people, and two sections may well
 *  share one (a "Dosage" for adults and one for children); refusing the file would stop `list` and
 *  `search` too, the very commands that show the two apart. Taking the first was a silent guess
 *  (exit 0, another section than meant) where a prefix of the same name already said "could mean
 *  more than one section" with both ids; now the whole name says the same, exit 1 and `[]` with
 *  --json, and a script names sections by id, which is always exact and unique. */
export function matchName<T>(items: readonly T[], names: (item: T) => string[], name: string): NameMatch<T> {
  const wanted = normalizeName(name);
  if (!wanted) return { kind: 'unknown' };

  // Every item is read, not up to the first found (a later one may share the name), in one pass
  // for both rules: each item's names are folded once, so a name found costs what a miss did.
  const exact: T[] = [];
  const byPrefix: T[] = [];
  for (const item of items) {
    const folded = names(item);
    if (folded.includes(wanted)) exact.push(item);
    else if (exact.length === 0 && folded.some((n) => n.startsWith(wanted))) byPrefix.push(item);
  }
  const found = exact.length ? exact : byPrefix;
  if (found.length === 1) return { kind: 'found', item: found[0] };
  if (found.length > 1) return { kind: 'ambiguous', candidates: found };
  return { kind: 'unknown' };
}

/** Convenience for library users: the section, or undefined. */
export function findSection(corpus: Corpus, name: string): Section | undefined {
  const found = lookupSection(corpus, name);
  return found.kind === 'found' ? found.section : undefined;
}

export type SectionsLookup =
  | { kind: 'found'; sections: Section[] }
  | { kind: 'ambiguous'; name: string; candidates: Section[] }
  | { kind: 'unknown'; name: string };

/** The sections named by several words (as `show` takes them): all the words as one name first
 *  ("physical therapy"), else each word as a name of its own ("thermal rest"). When neither works,
 *  the outcome is about all the words as one name. */
export function lookupSections(corpus: Corpus, words: string[]): SectionsLookup {
  const name = words.join(' ');
  const whole = lookupSection(corpus, name);
  if (whole.kind === 'found') return { kind: 'found', sections: [whole.section] };
  // "show the red flags", "show me the heat section": words that ask, not name, are left out
  // before the rest is read as one name or one per word ("the" had named Thermal Therapy by its
  // first letters, "me" Medications; trial18).
  const named = namingWords(words);
  if (named.length > 0 && named.length < words.length) {
    const found = lookupSections(corpus, named);
    if (found.kind === 'found') return found;
  }
  if (words.length > 1) {
    const each = words.map((word) => lookupSection(corpus, word));
    const sections = each.flatMap((r) => (r.kind === 'found' ? [r.section] : []));
    if (sections.length === words.length) return { kind: 'found', sections };
  }
  return whole.kind === 'ambiguous' ? { kind: 'ambiguous', name, candidates: whole.candidates } : { kind: 'unknown', name };
}

/** Words of a request that name no section: articles, "me", "please", "section". */
const ASKING_WORDS = new Set(['the', 'a', 'an', 'me', 'my', 'us', 'please', 'pls', 'section', 'sections', 'page', 'part', 'about', 'on', 'for', 'of', 'show', 'see', 'read', 'open', 'info']);
/** The words of a request that may name a section (see ASKING_WORDS). */
const namingWords = (words: string[]): string[] => words.filter((w) => !ASKING_WORDS.has(w.toLowerCase()));

export type SectionsResolution =
  | { kind: 'found'; sections: Section[]; unmatched: string[]; ambiguous: { word: string; candidates: Section[] }[] }
  | { kind: 'ambiguous'; name: string; candidates: Section[] }
  | { kind: 'unknown'; name: string };

/** The sections `show` names: as lookupSections finds them, and else, when several words are given
 *  and only some of them name a section ("thermal nope"), those sections with the words that named
 *  none (`unmatched`) and those that could mean several (`ambiguous`). When no word names a section,
 *  the outcome is about all the words as one name. */
export function resolveSections(corpus: Corpus, words: string[]): SectionsResolution {
  const found = lookupSections(corpus, words);
  if (found.kind === 'found') return { ...found, unmatched: [], ambiguous: [] };
  if (words.length > 1) {
    const named = namingWords(words);
    const each = (named.length > 0 ? named : words).map((word) => ({ word, found: lookupSection(corpus, word) }));
    const sections = each.flatMap((e) => (e.found.kind === 'found' ? [e.found.section] : []));
    // A word that could mean several sections is said to, not said to match none (trial67).
    const ambiguous = each.flatMap((e) => (e.found.kind === 'ambiguous' ? [{ word: e.word, candidates: e.found.candidates }] : []));
    if (sections.length) return { kind: 'found', sections, unmatched: each.filter((e) => e.found.kind === 'unknown').map((e) => e.word), ambiguous };
  }
  return found;
}
