// Checking a corpus: the schema, then what a schema cannot say (unique ids, known sources, a plan
// that points to real sections). Loaded only when a custom corpus is used, and by the build.

import * as v from 'valibot';
import { CorpusSchema, MAX_ID, MAX_TEXT, SECTION_ID, SectionSchema } from './schema.js';
import type { Corpus, Section } from './types.js';

/** Checks a parsed JSON value; returns the corpus or one sentence saying what is wrong and where. */
export function checkCorpus(value: unknown): { corpus: Corpus } | { problem: string } {
  return checkWith(CorpusSchema, value);
}

/** A corpus without its section bodies (a cache entry's outline of a checked corpus): the same
 *  checks as checkCorpus on everything but the bodies, which checkBody checks one by one. */
export type CorpusOutline = Omit<Corpus, 'sections'> & { sections: Omit<Section, 'body'>[] };

const OutlineSchema = v.object({
  ...CorpusSchema.entries,
  sections: v.pipe(v.array(v.omit(SectionSchema, ['body'])), v.minLength(1, 'must hold at least one section')),
});

export function checkCorpusOutline(value: unknown): { corpus: CorpusOutline } | { problem: string } {
  const sections = (value as { sections?: unknown } | null)?.sections;
  if (!Array.isArray(sections) || !sections.every(isPlainOutline)) return checkWith(OutlineSchema, value) as { corpus: CorpusOutline } | { problem: string };
  // Sections of only an id, a title and a summary, already as the schema gives them: checked by
  // hand, the rest by the schema. valibot took 100 ms (cold, as every run is) for the 10,000 such
  // sections of the benchmark's corpus, a third of `list`'s time, where this takes 15 ms.
  const checked = schemaCheck(OutlineSchema, { ...(value as object), sections: [PLACEHOLDER] });
  if ('problem' in checked) return checked;
  // Each section is a fresh object of JSON.parse's with those three keys only (isPlainOutline).
  const outline = { ...checked.corpus, sections };
  return crossCheck(outline as unknown as Corpus) as { corpus: CorpusOutline } | { problem: string };
}

const PLACEHOLDER = { id: 'x', title: 'x', summary: 'x' };
/** The schema's rules for a text field (see schema.ts), for a value that is already trimmed. */
const isText = (value: unknown, max = MAX_TEXT): value is string => typeof value === 'string' && value.length > 0 && value.length <= max && value.trim() === value;

/** Whether a section outline has only an id, a title and a summary that pass the schema unchanged. */
function isPlainOutline(section: unknown): boolean {
  if (typeof section !== 'object' || section === null || Array.isArray(section)) return false;
  const { id, title, summary } = section as Record<string, unknown>;
  return Object.keys(section).length === 3 && isText(id, MAX_ID) && SECTION_ID.test(id) && isText(title) && isText(summary);
}

/** A section body as checkCorpus gives it (trimmed), or undefined if it fails the body's checks. */
export function checkBody(value: unknown): string | undefined {
  const result = v.safeParse(SectionSchema.entries.body, value);
  return result.success ? result.output : undefined;
}

function checkWith(schema: typeof CorpusSchema | typeof OutlineSchema, value: unknown): { corpus: Corpus } | { problem: string } {
  const checked = schemaCheck(schema, value);
  return 'problem' in checked ? checked : crossCheck(checked.corpus);
}

function schemaCheck(schema: typeof CorpusSchema | typeof OutlineSchema, value: unknown): { corpus: Corpus } | { problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: 'the file must hold a JSON object with a "sections" array' };
  }
  const result = v.safeParse(schema, value);
  if (!result.success) return { problem: describeIssue(value, result.issues[0] as Issue) };
  return { corpus: result.output as Corpus };
}

/** What a schema cannot say: unique ids, known sources, a plan that points to real sections. */
function crossCheck(corpus: Corpus): { corpus: Corpus } | { problem: string } {
  // Indexed loops, and no arrays for a section that cites nothing: these run cold at every run of a
  // cached corpus, where iterators and spreads over 10,000 sections took 40 ms (in-process profile).
  const seen = new Map<string, number>();
  for (let index = 0; index < corpus.sections.length; index++) {
    const section = corpus.sections[index];
    const key = section.id.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      return { problem: `sections ${first + 1} and ${index + 1} have the same id "${section.id}"` };
    }
    seen.set(key, index);
  }
  const sources = corpus.sources ?? [];
  const sourceIds = new Set<string>();
  for (let index = 0; index < sources.length; index++) {
    const id = sources[index].id;
    if (!id) continue;
    // Two entries of one id: the first would win silently wherever a section cites it.
    if (sourceIds.has(id)) return { problem: `sources ${sources.findIndex((s) => s.id === id) + 1} and ${index + 1} have the same id "${id}"` };
    sourceIds.add(id);
  }
  for (let index = 0; index < corpus.sections.length; index++) {
    const section = corpus.sections[index];
    if (!section.sourceIds && !section.vocabulary && !section.drugs) continue;
    const unknown = citedSourceIds(section).find((id) => !sourceIds.has(id));
    if (unknown) return { problem: `section ${index + 1} ("${section.id}") cites source "${unknown}", which the corpus does not list` };
    for (const member of (section.drugs ?? []).flatMap((d) => d.members)) {
      const names = new Set([member.generic, ...(member.brands ?? []), ...(member.aka ?? [])]);
      const stray = Object.keys(member.notes ?? {}).find((name) => !names.has(name));
      if (stray) return { problem: `section ${index + 1} ("${section.id}"), drug "${member.generic}" has a note on "${stray}", which is none of its names` };
    }
  }
  const planCited = [...(corpus.plan?.seeDoctor?.sources ?? []), ...(corpus.plan?.emergency?.sources ?? [])];
  const unknownInPlan = planCited.find((id) => !sourceIds.has(id));
  if (unknownInPlan) return { problem: `the plan cites source "${unknownInPlan}", which the corpus does not list` };
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

/** Every source id a section cites: its own, its drugs' (class, member, note) and its vocabulary's. */
export function citedSourceIds(section: Section): string[] {
  return [
    ...(section.sourceIds ?? []),
    ...(section.vocabulary ?? []).flatMap((g) => g.sources ?? []),
    ...(section.drugs ?? []).flatMap((d) => [
      ...(d.sources ?? []),
      ...(d.notes ?? []).flatMap((n) => n.sources),
      ...d.members.flatMap((m) => m.sources ?? []),
    ]),
  ];
}

type Issue = v.InferIssue<typeof CorpusSchema>;

function describeIssue(root: unknown, issue: Issue): string {
  // A step into a list is written [n] by the kind of value stepped into, not by its key's type: a
  // list that a record schema read (valibot's record takes one, as keys "0", "1", …) was written
  // "notes.0" beside "members[0]". schema.ts now refuses that list; no path mixes the two again.
  const path = (issue.path ?? []).map((p) => (p.type === 'array' ? Number(p.key) : String(p.key)));
  // valibot's own message for a wrong type ("Invalid type: Expected Object but received Array") is
  // said as what the field must be; one of the schema's own (they begin "must") is said as written.
  const problem =
    issue.received === 'undefined'
      ? 'is missing'
      : issue.kind === 'schema' && !issue.message.startsWith('must ')
        ? `must be ${article(issue.expected)}`
        : issue.message;
  if (path.length === 0) return `the file must hold a JSON object with a "sections" array (${problem})`;
  if (path[0] === 'sections' && typeof path[1] === 'number') {
    const section = (root as { sections: unknown[] }).sections[path[1]] as { id?: unknown } | undefined;
    const name = typeof section?.id === 'string' && section.id.trim() ? ` ("${section.id}")` : '';
    const field = path.slice(2);
    // A list passes for an object with no fields: say what it is, not that its "id" is missing.
    if (field.length === 0 || Array.isArray(section)) return `section ${path[1] + 1}${name} must be an object`;
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
