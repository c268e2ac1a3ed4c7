// The corpus schema for the runtime validator (valibot), matching the types of types.ts.
// Only custom corpora (--data) and the build are validated at run time; the bundled corpus is
// checked when it is built and by the test suite.

import * as v from 'valibot';
import { MAX_NESTING, MAX_TABLE_COLUMNS, nestingDepth, tableColumns } from './markdown-limits.js';
import type { Corpus } from './types.js';
import { sanitizeLine, unicodePattern } from '../util/text.js';

// Bounds on what the code can show and lay out (README: Custom corpora, Limits). The messages spell
// the numbers out: toLocaleString would load ICU's locale data, 110 M instructions at every start.
export const MAX_TEXT = 10_000;
export const MAX_BODY = 1_000_000;
export const MAX_ID = 100;
export const MAX_DAY = 366;
export const MAX_PHASES = 100;
/** Sections of a corpus, and items of any other list (aliases, terms, drugs, sources, ...): bounded
 *  as texts are, so no list is long enough to be slow to search or to overflow the stack where it
 *  is spread into a call (a million aliases did: exit 70). */
export const MAX_SECTIONS = 100_000;
export const MAX_LIST = 10_000;
/** What a section id may be: letters, digits, dots, hyphens and underscores, starting with a letter or digit. */
export const SECTION_ID = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

/** Text with something to show: what is printed of it is sanitized, and a title of only invisible or
 *  control characters ('\u200B') was a blank heading, a blank column of list and "did you mean 'a' ()".
 *  So was one of marks alone (U+0301, U+FE0F), a noncharacter (U+FFFE) or the Braille blank (U+2800, a
 *  symbol that draws nothing; trial65): a letter, digit, punctuation mark or symbol must be left. */
const SHOWN = unicodePattern('[\\p{L}\\p{N}\\p{P}\\p{S}]', 'u');
const visible = (text: string) => SHOWN().test(sanitizeLine(text).replace(/\u2800/g, ''));
const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.check(visible, 'must have a visible character'), v.maxLength(MAX_TEXT, 'must be at most 10,000 characters'));
/** A section body: Markdown, longer, and only as deep and as wide as the renderer can draw. */
const body = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty('must not be empty'),
  v.maxLength(MAX_BODY, 'must be at most 1,000,000 characters'),
  v.check((markdown) => nestingDepth(markdown) <= MAX_NESTING, `must not nest lists or block quotes more than ${MAX_NESTING} deep`),
  v.check((markdown) => tableColumns(markdown) <= MAX_TABLE_COLUMNS, `must not have a table of more than ${MAX_TABLE_COLUMNS} columns`),
);
/** A day number of the care plan (the start date is day 1). */
const day = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more'), v.maxValue(MAX_DAY, `must be at most ${MAX_DAY}`));
/** A list of at most MAX_LIST items. */
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(MAX_LIST, 'must list at most 10,000 items'));
const textList = list(text);

export const SourceSchema = v.object({
  id: v.optional(text),
  title: text,
  author: v.optional(text),
  publisher: v.optional(text),
  url: v.optional(v.pipe(text, v.url('must be a URL'))),
  read: v.optional(v.pipe(text, v.isoDate('must be a date such as 2026-11-25'))),
  short: v.optional(text),
});

export const SourcedNoteSchema = v.object({
  text,
  sources: v.pipe(textList, v.minLength(1, 'must name at least one source')),
});

export const VocabularyGroupSchema = v.object({
  /** What the terms mean, shown as the reason for a match ("heat therapy, after the first two days"). */
  means: text,
  /** A phrase of the section body whose sentence explains these terms. */
  cites: v.optional(text),
  sources: v.optional(textList),
  /** A warning sign: a story that names one of these terms whole puts its section higher. */
  urgent: v.optional(v.boolean()),
  /** A sign of two things told together: a term counts only beside one of these. */
  alongside: v.optional(v.pipe(textList, v.minLength(1, 'must list at least one term'))),
  /** With `alongside`: other things that count said anywhere in the query, not only of the neck. */
  alongsideAnywhere: v.optional(v.pipe(textList, v.minLength(1, 'must list at least one term'))),
  /** How long ago a sign may be told and still be one (default: months). */
  past: v.optional(v.picklist(['years', 'always', 'new'])),
  terms: v.pipe(textList, v.minLength(1, 'must list at least one term')),
});

/** A drug's notes: an object that maps one of its names to a note on that name
 *  ({"Advil": "…"}), where a class's notes are a list of {text, sources}. valibot's record takes a
 *  list for an object of keys "0", "1", … (trial66 finding 6): a list of notes in the class's
 *  shape was checked item by item ('notes.0: must be text') and one of texts passed as notes on a
 *  name "0"; a list is refused whole, saying the shape. */
const NAME_NOTES = 'must be an object that maps a name of the drug to a text';
const nameNotes = v.pipe(
  v.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), NAME_NOTES),
  v.record(v.string(), text, NAME_NOTES),
);

export const DrugMemberSchema = v.object({
  generic: text,
  ingredients: v.optional(v.pipe(textList, v.minLength(2, 'must list at least two ingredients'))),
  brands: v.optional(textList),
  /** Other names of the same drug (paracetamol for acetaminophen). */
  aka: v.optional(textList),
  notes: v.optional(nameNotes),
  availability: v.optional(text),
  sources: v.optional(textList),
});

export const DrugClassSchema = v.object({
  class: text,
  /** How one member is described: "a nonsteroidal anti-inflammatory drug (NSAID)". */
  label: text,
  cites: v.optional(text),
  /** Other names people give the class ("muscle relaxer"). */
  aka: v.optional(textList),
  prescription: v.optional(v.boolean()),
  sources: v.optional(textList),
  notes: v.optional(list(SourcedNoteSchema)),
  members: v.pipe(list(DrugMemberSchema), v.minLength(1, 'must list at least one drug')),
});

const wholeMinutes = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more'));

export const PlanSessionSchema = v.object({
  name: text,
  aliases: v.optional(textList),
  item: text,
  minutes: wholeMinutes,
  length: text,
  rhythm: text,
  everyMinutes: v.optional(wholeMinutes),
  when: text,
  caution: v.optional(text),
  quotes: v.pipe(textList, v.minLength(1, 'must quote at least one sentence')),
});

export const PlanPhaseSchema = v.object({
  id: v.pipe(text, v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens')),
  title: text,
  /** First day of the phase (the start date is day 1); null when the article gives no day, only a
   *  condition, which startNote then says. */
  fromDay: v.nullable(day),
  /** Last day of the phase; null when the article gives no end. */
  toDay: v.nullable(day),
  startNote: v.optional(text),
  /** Where the article's end of a phase is a range or a condition, what it says. */
  endNote: v.optional(text),
  section: text,
  actions: v.pipe(
    list(v.object({ text, quote: v.optional(v.boolean()) })),
    v.minLength(1, 'must list at least one action'),
  ),
  /** How long one application lasts and how often, for `spasm-info timer`. */
  session: v.optional(PlanSessionSchema),
});

export const PlanSchema = v.object({
  /** The day after which the article's timeline is over. */
  horizon: day,
  beyond: text,
  seeDoctor: v.optional(v.object({
    fromDay: day,
    text,
    sources: v.pipe(textList, v.minLength(1, 'must name at least one source')),
  })),
  emergency: v.optional(SourcedNoteSchema),
  phases: v.pipe(v.array(PlanPhaseSchema), v.minLength(1, 'must list at least one phase'), v.maxLength(MAX_PHASES, `must list at most ${MAX_PHASES} phases`)),
});

export const SectionSchema = v.object({
  id: v.pipe(text, v.maxLength(MAX_ID, `must be at most ${MAX_ID} characters`), v.regex(SECTION_ID, 'must be letters, digits, dots, hyphens or underscores, starting with a letter or digit')),
  title: text,
  summary: text,
  body,
  /** "article" for the article's own words, "supplementary" for what spasm-info adds. */
  origin: v.optional(v.picklist(['article', 'supplementary'], 'must be "article" or "supplementary"')),
  aliases: v.optional(textList),
  sourceIds: v.optional(textList),
  vocabulary: v.optional(list(VocabularyGroupSchema)),
  drugs: v.optional(list(DrugClassSchema)),
});

export const ScopeSchema = v.object({
  about: v.optional(text),
  body: v.pipe(textList, v.minLength(1, 'must name at least one part of the body')),
  otherSenses: v.optional(textList),
});

export const CorpusSchema = v.object({
  title: v.optional(text),
  source: v.optional(SourceSchema),
  disclaimer: v.optional(text),
  sources: v.optional(list(SourceSchema)),
  scope: v.optional(ScopeSchema),
  sections: v.pipe(v.array(SectionSchema), v.minLength(1, 'must hold at least one section'), v.maxLength(MAX_SECTIONS, 'must hold at most 100,000 sections')),
  plan: v.optional(PlanSchema),
});

// The schema and the types in types.ts describe the same shape: this fails to compile otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const schemaMatchesTypes: Same<v.InferOutput<typeof CorpusSchema>, Corpus> = true;

