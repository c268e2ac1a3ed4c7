// The records `--json` prints, as values the library returns: a script using the library and a
// script reading the CLI's JSON see the same thing. Key order is part of the format.

import { memberAvailability, sectionSources } from '../render/section-markdown.js';
import type { PlanRecord } from '../plan/plan.js';
import type { SearchResult } from '../search/search.js';
import type { Corpus, DrugClass, DrugMember, Section, SourcedNote, Source } from './types.js';

/** A section as `show --json` prints it: the section's own text, without the disclaimer. */
export interface SectionRecord {
  id: string;
  title: string;
  summary: string;
  body: string;
  origin?: Section['origin'];
  /** Where the section's words come from: the article, or the pages a supplementary section cites. */
  sources?: SourceRecord[];
  drugs?: DrugRecord[];
}

/** A source as records print it, its keys in a fixed order (src/corpus/json-fields.ts). */
export type SourceRecord = Pick<Source, 'id' | 'title' | 'author' | 'publisher' | 'url' | 'read' | 'short'>;

/** A drug class of `show --json`. The corpus's class-level `prescription` is not printed: it is only
 *  the default of members that say nothing, so "NSAIDs, prescription: false" read as if naproxen
 *  were over the counter everywhere (trial22 finding 16); each member's `availability` says it. */
export interface DrugRecord {
  class: string;
  label: string;
  cites?: string;
  aka?: string[];
  sources?: string[];
  notes?: SourcedNote[];
  members: DrugMemberRecord[];
}

/** A drug of a class: `availability` is what the table's Available column says (the member's own,
 *  else its class's prescription as "by prescription" or "over the counter"; absent when the corpus
 *  says neither); `notes` maps a name of it to a note on that name; `sources` are ids of `sources`. */
export type DrugMemberRecord = Pick<DrugMember, 'generic' | 'ingredients' | 'brands' | 'aka' | 'availability' | 'notes' | 'sources'>;

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => (value === undefined ? {} : ({ [key]: value } as { [P in K]: V }));

function sourceRecord(s: Source): SourceRecord {
  return { ...optional('id', s.id), title: s.title, ...optional('author', s.author), ...optional('publisher', s.publisher), ...optional('url', s.url), ...optional('read', s.read), ...optional('short', s.short) };
}

function drugRecord(drug: DrugClass): DrugRecord {
  return {
    class: drug.class,
    label: drug.label,
    ...optional('cites', drug.cites),
    ...optional('aka', drug.aka),
    ...optional('sources', drug.sources),
    ...optional('notes', drug.notes?.map((n) => ({ text: n.text, sources: n.sources }))),
    members: drug.members.map((m) => ({
      generic: m.generic,
      ...optional('ingredients', m.ingredients),
      ...optional('brands', m.brands),
      ...optional('aka', m.aka),
      ...optional('availability', memberAvailability(drug, m)),
      ...optional('notes', m.notes),
      ...optional('sources', m.sources),
    })),
  };
}

export function sectionRecord(corpus: Corpus, section: Section): SectionRecord {
  const sources = sectionSources(corpus, section);
  return {
    id: section.id,
    title: section.title,
    summary: section.summary,
    body: section.body,
    ...(section.origin ? { origin: section.origin } : {}),
    ...(sources.length ? { sources: sources.map(sourceRecord) } : {}),
    ...(section.drugs?.length ? { drugs: section.drugs.map(drugRecord) } : {}),
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
  /** On every hit when the query had typos read as other words: each word and what was searched
   *  for instead, as stderr's "no exact match for 'paracetemol'; showing results for 'paracetamol'". */
  corrections?: { from: string; to: string }[];
  /** On every hit when words of the query matched nothing (stderr's "no match for 'warfarin'"): a
   *  script can tell an answer from an answer to part of the question. */
  unmatched?: string[];
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
    ...(result.corrections.length ? { corrections: result.corrections.map(({ from, to }) => ({ from, to })) } : {}),
    ...(result.unmatched.length ? { unmatched: result.unmatched } : {}),
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
