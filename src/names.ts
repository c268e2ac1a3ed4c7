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
