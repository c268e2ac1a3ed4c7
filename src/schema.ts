// The corpus schema: runtime validator (valibot) and the TypeScript types derived from it.
// Only custom corpora (--data) and the build are validated at run time; the bundled corpus is
// checked when it is built and by the test suite.

import * as v from 'valibot';

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const textList = v.array(text);

export const SourceSchema = v.object({
  id: v.optional(text),
  title: text,
  author: v.optional(text),
  publisher: v.optional(text),
  url: v.optional(v.pipe(text, v.url('must be a URL'))),
});

export const VocabularyGroupSchema = v.object({
  /** What the terms mean, shown as the reason for a match ("heat therapy, after the first two days"). */
  means: text,
  /** A phrase of the section body whose sentence explains these terms. */
  cites: v.optional(text),
  terms: v.pipe(textList, v.minLength(1, 'must list at least one term')),
});

export const DrugMemberSchema = v.object({
  generic: text,
  brands: v.optional(textList),
  /** Other names of the same drug (paracetamol for acetaminophen). */
  aka: v.optional(textList),
});

export const DrugClassSchema = v.object({
  class: text,
  /** How one member is described: "a nonsteroidal anti-inflammatory drug (NSAID)". */
  label: text,
  cites: v.optional(text),
  prescription: v.optional(v.boolean()),
  sources: v.optional(textList),
  members: v.pipe(v.array(DrugMemberSchema), v.minLength(1, 'must list at least one drug')),
});

export const PlanPhaseSchema = v.object({
  id: v.pipe(text, v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens')),
  title: text,
  /** First day of the phase (the start date is day 1); null when the article gives no day, only a
   *  condition, which startNote then says. */
  fromDay: v.nullable(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more'))),
  /** Last day of the phase; null when the article gives no end. */
  toDay: v.nullable(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more'))),
  startNote: v.optional(text),
  /** Where the article's end of a phase is a range or a condition, what it says. */
  endNote: v.optional(text),
  section: text,
  actions: v.pipe(
    v.array(v.object({ text, quote: v.optional(v.boolean()) })),
    v.minLength(1, 'must list at least one action'),
  ),
});

export const PlanSchema = v.object({
  /** The day after which the article's timeline is over. */
  horizon: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more')),
  beyond: text,
  phases: v.pipe(v.array(PlanPhaseSchema), v.minLength(1, 'must list at least one phase')),
});

export const SectionSchema = v.object({
  id: v.pipe(text, v.regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, 'must be letters, digits, dots, hyphens or underscores')),
  title: text,
  summary: text,
  body: text,
  /** "article" for the article's own words, "supplementary" for what spasm-info adds. */
  origin: v.optional(v.picklist(['article', 'supplementary'], 'must be "article" or "supplementary"')),
  aliases: v.optional(textList),
  sourceIds: v.optional(textList),
  vocabulary: v.optional(v.array(VocabularyGroupSchema)),
  drugs: v.optional(v.array(DrugClassSchema)),
});

export const CorpusSchema = v.object({
  title: v.optional(text),
  source: v.optional(SourceSchema),
  disclaimer: v.optional(text),
  sources: v.optional(v.array(SourceSchema)),
  sections: v.pipe(v.array(SectionSchema), v.minLength(1, 'must hold at least one section')),
  plan: v.optional(PlanSchema),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type VocabularyGroup = v.InferOutput<typeof VocabularyGroupSchema>;
export type DrugMember = v.InferOutput<typeof DrugMemberSchema>;
export type DrugClass = v.InferOutput<typeof DrugClassSchema>;
export type PlanPhase = v.InferOutput<typeof PlanPhaseSchema>;
export type Plan = v.InferOutput<typeof PlanSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type Corpus = v.InferOutput<typeof CorpusSchema>;

/** Checks a parsed JSON value; returns the corpus or one sentence saying what is wrong and where. */
export function checkCorpus(value: unknown): { corpus: Corpus } | { problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: 'the file must hold a JSON object with a "sections" array' };
  }
  const result = v.safeParse(CorpusSchema, value);
  if (!result.success) return { problem: describeIssue(value, result.issues[0]) };
  const corpus = result.output;

  const seen = new Map<string, number>();
  for (const [index, section] of corpus.sections.entries()) {
    const key = section.id.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      return { problem: `sections ${first + 1} and ${index + 1} have the same id "${section.id}"` };
    }
    seen.set(key, index);
  }
  const sourceIds = new Set((corpus.sources ?? []).map((s) => s.id).filter(Boolean));
  for (const [index, section] of corpus.sections.entries()) {
    const cited = [...(section.sourceIds ?? []), ...(section.drugs ?? []).flatMap((d) => d.sources ?? [])];
    const unknown = cited.find((id) => !sourceIds.has(id));
    if (unknown) return { problem: `section ${index + 1} ("${section.id}") cites source "${unknown}", which the corpus does not list` };
  }
  for (const phase of corpus.plan?.phases ?? []) {
    if (!seen.has(phase.section.toLowerCase())) {
      return { problem: `plan phase "${phase.id}" points to section "${phase.section}", which does not exist` };
    }
    if (phase.fromDay === null && !phase.startNote) {
      return { problem: `plan phase "${phase.id}" has no fromDay, so it needs a startNote saying when it starts` };
    }
    if (phase.toDay !== null && phase.fromDay !== null && phase.toDay < phase.fromDay) {
      return { problem: `plan phase "${phase.id}" ends (day ${phase.toDay}) before it starts (day ${phase.fromDay})` };
    }
  }
  return { corpus };
}

type Issue = v.InferIssue<typeof CorpusSchema>;

function describeIssue(root: unknown, issue: Issue): string {
  const path = (issue.path ?? []).map((p) => p.key as string | number);
  const problem =
    issue.received === 'undefined'
      ? 'is missing'
      : issue.kind === 'schema' && issue.type !== 'picklist'
        ? `must be ${article(issue.expected)}`
        : issue.message;
  if (path.length === 0) return `the file must hold a JSON object with a "sections" array (${problem})`;
  if (path[0] === 'sections' && typeof path[1] === 'number') {
    const section = (root as { sections: unknown[] }).sections[path[1]] as { id?: unknown } | undefined;
    const name = typeof section?.id === 'string' && section.id.trim() ? ` ("${section.id}")` : '';
    const field = path.slice(2);
    if (field.length === 0) return `section ${path[1] + 1}${name} must be an object`;
    return `section ${path[1] + 1}${name}, field "${formatPath(field)}": ${problem}`;
  }
  return `field "${formatPath(path)}": ${problem}`;
}

function formatPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function article(expected: string | null): string {
  if (!expected) return 'a value';
  const names: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', Object: 'an object', Array: 'a list', null: 'null' };
  return expected
    .replace(/[()]/g, '')
    .split(' | ')
    .map((e) => names[e] ?? e)
    .join(' or ');
}
