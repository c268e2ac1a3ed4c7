// Finding a section by the name a person types: id, title, alias or a unique prefix of one.

import type { Corpus, Section } from './types.js';
import { fold } from './text.js';

export type SectionLookup =
  | { kind: 'found'; section: Section }
  | { kind: 'ambiguous'; candidates: Section[] }
  | { kind: 'unknown' };

/** A name folded for comparison: case and accents folded, punctuation and runs of space as one space,
 *  so "Physical-Therapy", "physical therapy" and "PHYSICAL_THERAPY" are the same name. */
export function normalizeName(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function namesOf(section: Section): string[] {
  return [section.id, section.title, ...(section.aliases ?? [])].map(normalizeName).filter(Boolean);
}

/** Looks a section up by name. Never touches the file system: a name is only ever a name. */
export function lookupSection(corpus: Corpus, name: string): SectionLookup {
  const wanted = normalizeName(name);
  if (!wanted) return { kind: 'unknown' };

  const exact = corpus.sections.find((s) => namesOf(s).includes(wanted));
  if (exact) return { kind: 'found', section: exact };

  const byPrefix = corpus.sections.filter((s) => namesOf(s).some((n) => n.startsWith(wanted)));
  if (byPrefix.length === 1) return { kind: 'found', section: byPrefix[0] };
  if (byPrefix.length > 1) return { kind: 'ambiguous', candidates: byPrefix };

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
  if (words.length > 1) {
    const each = words.map((word) => lookupSection(corpus, word));
    const sections = each.flatMap((r) => (r.kind === 'found' ? [r.section] : []));
    if (sections.length === words.length) return { kind: 'found', sections };
  }
  return whole.kind === 'ambiguous' ? { kind: 'ambiguous', name, candidates: whole.candidates } : { kind: 'unknown', name };
}
