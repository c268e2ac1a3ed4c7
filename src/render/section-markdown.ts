// Step 1 of showing a section (then render-markdown.ts, then layout.ts).
// A section as one Markdown document: the article's words, then what spasm-info adds beside them
// (the drug table), each added part marked as ours with its sources. Pure text, no styling.

import type { Corpus, DrugClass, DrugMember, Section, Source } from '../corpus/types.js';
import { normalizeName } from '../corpus/names.js';
import { addedBy, isBundled } from '../corpus/provenance.js';

/** The whole Markdown of a section, as `show` renders it and `show --raw` prints it. */
export function sectionMarkdown(corpus: Corpus, section: Section): string {
  const body = section.body.trim();
  // A body that opens with its own heading of the title (common in a --data corpus) is not given a second one.
  const own = /^#[ \t]+(.*?)[ \t#]*$/m.exec(body.split('\n', 1)[0]);
  const parts = own && normalizeName(own[1]) === normalizeName(section.title) ? [body] : [`# ${oneLine(section.title)}`, body];
  if (section.drugs?.length) parts.push(drugTable(corpus, section.drugs));
  return parts.join('\n\n') + '\n';
}

/** A name that Markdown must keep on one line (a heading, a list item): a --data title may hold a
 *  line break, which would end the heading and show the rest as a paragraph. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

/** The drug table's column headings: render-markdown.ts knows the table by them (isDrugTable). */
export const DRUG_TABLE_HEAD = ['Drug class', 'Drug', 'Brand names (examples)', 'Available'] as const;

/** Whether a table headed `head` (its cells' Markdown) is the drug table this module adds. (A
 *  --data section's own table headed so is taken for one: its columns say they hold the same.) */
export function isDrugTable(head: readonly string[]): boolean {
  return head.length === DRUG_TABLE_HEAD.length && head.every((text, i) => text.trim() === DRUG_TABLE_HEAD[i]);
}

function drugTable(corpus: Corpus, drugs: DrugClass[]): string {
  // A row whose first cell is empty continues the class above it (layout() draws no rule there).
  const rows = [`| ${DRUG_TABLE_HEAD.join(' | ')} |`, `|${' --- |'.repeat(DRUG_TABLE_HEAD.length)}`];
  for (const drug of drugs) {
    drug.members.forEach((member, i) => {
      const available = memberAvailability(drug, member) ?? '—';
      rows.push(`| ${i === 0 ? cell(drug.class) : ''} | ${cell(drugNames(member))} | ${cell(brandNames(member))} | ${cell(available)} |`);
    });
  }
  const notes = drugs.flatMap((d) => (d.notes ?? []).map((n) => `- **${d.class}:** ${n.text} *(${citations(corpus, n.sources)})*`));
  const sources = sourceList(corpus, drugSourceIds(drugs));
  const parts = [...drugTableHead(corpus, sources !== ''), rows.join('\n')];
  if (notes.length) parts.push(notes.join('\n'));
  if (sources) parts.push('Sources:', sources);
  return parts.join('\n\n');
}

/** The drug table's heading and the sentence saying whose it is: spasm-info's own, checked, for the
 *  bundled corpus; a --data file's, unchecked, for that file. Sources are promised only when listed. */
function drugTableHead(corpus: Corpus, sourced: boolean): [string, string] {
  if (isBundled(corpus)) {
    const checked = sourced ? ', each checked against the sources listed below' : '';
    return ['## Drugs the article names or refers to', `*Added by spasm-info, not part of the article: the drugs behind the article's drug classes${checked}.*`];
  }
  const given = sourced ? ', with the sources it gives below; spasm-info has not checked them' : '; it gives no sources, and spasm-info has not checked it';
  return ['## Drugs the section names or refers to', `*Added by ${addedBy(corpus)}, not part of the section's text${given}.*`];
}

/** How a drug can be had: the member's own `availability`, else its class's `prescription` (a
 *  default for members that say nothing), else nothing: no `prescription` and no `availability` is
 *  not a fact. The table's Available column and `show --json` both say this. */
export function memberAvailability(drug: DrugClass, member: DrugMember): string | undefined {
  return member.availability ?? (drug.prescription === undefined ? undefined : drug.prescription ? 'by prescription' : 'over the counter');
}

/** "acetaminophen, also paracetamol (its name in …)"; a combination names every ingredient. */
function drugNames(member: DrugMember): string {
  const noted = (name: string) => (member.notes?.[name] ? `${name} (${member.notes[name]})` : name);
  const ingredients = member.ingredients ?? [];
  const named = ingredients.every((i) => member.generic.toLowerCase().includes(i.toLowerCase()));
  const generic = ingredients.length && !named ? `${member.generic}: ${ingredients.join(' + ')}` : member.generic;
  return [member.notes?.[member.generic] ? `${generic} (${member.notes[member.generic]})` : generic, ...(member.aka ?? []).map((a) => `also ${noted(a)}`)].join(', ');
}

function brandNames(member: DrugMember): string {
  return (member.brands ?? []).map((b) => (member.notes?.[b] ? `${b} (${member.notes[b]})` : b)).join(', ') || '—';
}

/** Every source id the drug table relies on, in first-cited order. */
export function drugSourceIds(drugs: DrugClass[]): string[] {
  return [...new Set(drugs.flatMap((d) => [...(d.sources ?? []), ...(d.notes ?? []).flatMap((n) => n.sources), ...d.members.flatMap((m) => m.sources ?? [])]))];
}

/** "NHS: Neck pain; Mayo Clinic: Neck pain": how the text cites sources by their short names. */
function citations(corpus: Corpus, ids: string[]): string {
  return ids.map((id) => findSource(corpus, id)).filter((s): s is Source => Boolean(s)).map((s) => oneLine(s.short ?? s.title)).join('; ');
}

/** One list item per source, by the short name the citations use: "NHS: Neck pain, https://… (read 2026-11-25)".
 *  The full title and publisher are in the corpus (and in `show --json`). */
function sourceList(corpus: Corpus, ids: string[]): string {
  const cited = ids.map((id) => findSource(corpus, id)).filter((s): s is Source => Boolean(s));
  return cited.map((s) => `- ${[oneLine(s.short ?? s.title), s.url].filter(Boolean).join(', ')}${s.read ? ` (read ${s.read})` : ''}`).join('\n');
}

export function findSource(corpus: Corpus, id: string): Source | undefined {
  return corpus.sources?.find((s) => s.id === id);
}

/** "Neck pain, NHS (UK National Health Service), https://…" */
export function describeSource(source: Source): string {
  const text = [source.title, source.author && `by ${source.author}`, source.publisher, source.url].filter(Boolean).join(', ');
  return source.read ? `${text} (read ${source.read})` : text;
}

/** Where a section's words come from: the pages a supplementary section cites, else the article and
 *  the pages behind what spasm-info adds beside it. */
export function sectionSources(corpus: Corpus, section: Section): Source[] {
  // What spasm-info adds beside the article's words (the drug table) brings its own sources.
  const added = drugSourceIds(section.drugs ?? []).map((id) => findSource(corpus, id)).filter((s): s is Source => Boolean(s));
  const own = ownSources(corpus, section);
  if (section.origin === 'supplementary') return own;
  // An article's section may name sources of its own too (a --data file's sourceIds): listed after
  // the article, where they had been dropped (trial22 finding 18).
  return [...new Set([...(corpus.source ? [corpus.source] : []), ...own, ...added])];
}

/** The sources a section's `sourceIds` name. */
function ownSources(corpus: Corpus, section: Section): Source[] {
  return (section.sourceIds ?? []).map((id) => findSource(corpus, id)).filter((s): s is Source => Boolean(s));
}

/** One line per source, by the short name the text cites it by, so that no address is cut. */
const sourceLines = (sources: Source[]) => sources.map((s) => `
  - ${s.short ? `${s.short}: ` : ''}${describeSource(s)}`).join('');

/** The credit line of a section: the article (title, author, publisher) on every section, and for
 *  a supplementary section, that it is ours and where its points come from. */
export function attribution(corpus: Corpus, section: Section): string {
  const source = corpus.source;
  const article = source
    ? `"${source.title}"${source.author ? ` by ${source.author}` : ''}${source.publisher ? `, ${source.publisher}` : ''}`
    : '';
  if (section.origin === 'supplementary') {
    const cited = sectionSources(corpus, section);
    return `Added by ${addedBy(corpus)}${article ? ` beside the article ${article}; not part of it` : ''}.${cited.length ? ' Sources:' : ''}${sourceLines(cited)}`;
  }
  const own = ownSources(corpus, section);
  const also = own.length ? `${article ? ' ' : ''}Sources:${sourceLines(own)}` : '';
  return (article ? `Source: ${article}.` : '') + also;
}
