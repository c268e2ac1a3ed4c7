// The records `--json` prints, as values the library returns: a script using the library and a
// script reading the CLI's JSON see the same thing. Key order is part of the format.

import { sectionSources } from '../render/section-markdown.js';
import type { PlanRecord } from '../plan/plan.js';
import type { SearchResult } from '../search/search.js';
import type { Corpus, DrugClass, Section, Source } from './types.js';

/** A section as `show --json` prints it: the section's own text, without the disclaimer. */
export interface SectionRecord {
  id: string;
  title: string;
  summary: string;
  body: string;
  origin?: Section['origin'];
  /** Where the section's words come from: the article, or the pages a supplementary section cites. */
  sources?: Source[];
  drugs?: DrugClass[];
}

export function sectionRecord(corpus: Corpus, section: Section): SectionRecord {
  const sources = sectionSources(corpus, section);
  return {
    id: section.id,
    title: section.title,
    summary: section.summary,
    body: section.body,
    ...(section.origin ? { origin: section.origin } : {}),
    ...(sources.length ? { sources } : {}),
    ...(section.drugs?.length ? { drugs: section.drugs } : {}),
  };
}

/** A search hit as `search --json` prints it, best first. */
export interface SearchHitRecord {
  id: string;
  title: string;
  score: number;
  snippet: string;
  /** Why a hit on the vocabulary matched ("ibuprofen — a nonsteroidal anti-inflammatory drug…"). */
  reason?: string;
  /** Whose the reason is: always "supplementary" (added beside the article, as `origin` in show's
   *  records: spasm-info's for the bundled corpus, a --data file's own for that file), never the
   *  section's text as `snippet` is. */
  reasonOrigin?: 'supplementary';
  /** "supplementary" where the section (and so `snippet`) is not the article's, as in show's records. */
  origin?: 'supplementary';
  /** "supplementary" where `snippet` is not the article's text: a supplementary section's, or a
   *  drug class's safety note added beside the article ("Aspirin … is not for children under 16"). */
  snippetOrigin?: 'supplementary';
  matched: string[];
  /** The query names one of this section's warning signs (the CLI's notice points here). */
  warningSign?: true;
  /** On every hit when the query names a warning sign: the id of the section that holds it, whether
   *  or not that section is among the hits, so that a script reading only the first (`-n 1`) learns
   *  of it as the terminal's notice tells a reader (trial22 finding 7). */
  warningSection?: string;
}

export function searchRecords(result: SearchResult, corpus?: Corpus): SearchHitRecord[] {
  const supplementary = (id: string) => corpus?.sections.some((s) => s.id === id && s.origin === 'supplementary');
  const warningSection = result.warnings[0]?.id;
  return result.hits.map((h) => ({
    id: h.id,
    title: h.title,
    score: h.score,
    snippet: h.snippet.text,
    ...(h.snippet.reason ? { reason: h.snippet.reason, reasonOrigin: 'supplementary' as const } : {}),
    ...(supplementary(h.id) ? { origin: 'supplementary' as const } : {}),
    ...(supplementary(h.id) || h.snippet.origin === 'supplementary' ? { snippetOrigin: 'supplementary' as const } : {}),
    matched: h.matched,
    ...(h.warning ? { warningSign: true as const } : {}),
    ...(warningSection === undefined ? {} : { warningSection }),
  }));
}

/** The plan as `plan --json` prints it: the plan record without what only its layout needs. */
export type PlanJsonRecord = Pick<PlanRecord, 'day' | 'start' | 'phases' | 'today' | 'whenReady' | 'beyond' | 'emergency' | 'seeDoctor'>;

export function planJsonRecord(record: PlanRecord): PlanJsonRecord {
  const { day, start, phases, today, whenReady, beyond, emergency, seeDoctor } = record;
  return {
    day, start, phases, today, whenReady,
    ...(beyond ? { beyond } : {}),
    ...(emergency ? { emergency } : {}),
    ...(seeDoctor ? { seeDoctor } : {}),
  };
}
