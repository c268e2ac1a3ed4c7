// A section as one Markdown document: the article's words, then what spasm-info adds beside them
// (the drug table), each added part marked as ours with its sources. Pure text, no styling.

import type { Corpus, DrugClass, Section, Source } from './types.js';

/** The whole Markdown of a section, as `show` renders it and `show --raw` prints it. */
export function sectionMarkdown(corpus: Corpus, section: Section): string {
  const parts = [`# ${section.title}`, section.body.trim()];
  if (section.drugs?.length) parts.push(drugTable(corpus, section.drugs));
  return parts.join('\n\n') + '\n';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

function drugTable(corpus: Corpus, drugs: DrugClass[]): string {
  const rows = ['| Drug class | Generic name | Brand names (examples) | Available |', '| --- | --- | --- | --- |'];
  for (const drug of drugs) {
    drug.members.forEach((member, i) => {
      const names = [member.generic, ...(member.aka ?? []).map((a) => `also ${a}`)].join(', ');
      rows.push(
        `| ${i === 0 ? cell(drug.class) : ''} | ${cell(names)} | ${cell((member.brands ?? []).join(', ') || '—')} | ${
          drug.prescription ? 'prescription' : 'over the counter'
        } |`,
      );
    });
  }
  const sourceIds = [...new Set(drugs.flatMap((d) => d.sources ?? []))];
  const cited = sourceIds.map((id) => findSource(corpus, id)).filter((s): s is Source => Boolean(s));
  const note = `*Added by spasm-info, not part of the article: the drugs behind the article's drug classes.${
    cited.length ? ` Sources: ${cited.map(describeSource).join('; ')}.` : ''
  }*`;
  return ['## Drugs the article names or refers to', note, rows.join('\n')].join('\n\n');
}

export function findSource(corpus: Corpus, id: string): Source | undefined {
  return corpus.sources?.find((s) => s.id === id);
}

/** "Neck pain, NHS (UK National Health Service), https://…" */
export function describeSource(source: Source): string {
  return [source.title, source.author && `by ${source.author}`, source.publisher, source.url].filter(Boolean).join(', ');
}

/** Where a section's words come from: the pages a supplementary section cites, else the article. */
export function sectionSources(corpus: Corpus, section: Section): Source[] {
  if (section.origin === 'supplementary') {
    return (section.sourceIds ?? []).map((id) => findSource(corpus, id)).filter((s): s is Source => Boolean(s));
  }
  return corpus.source ? [corpus.source] : [];
}

/** The credit line of a section: the article (title, author, publisher) on every section, and for
 *  a supplementary section, that it is ours and where its points come from. */
export function attribution(corpus: Corpus, section: Section): string {
  const source = corpus.source;
  const article = source
    ? `"${source.title}"${source.author ? ` by ${source.author}` : ''}${source.publisher ? `, ${source.publisher}` : ''}`
    : '';
  if (section.origin === 'supplementary') {
    const cited = sectionSources(corpus, section);
    const from = cited.length ? ` Sources: ${cited.map(describeSource).join('; ')}.` : '';
    return `Added by spasm-info${article ? ` beside the article ${article}` : ''}; not part of it.${from}`;
  }
  return article ? `Source: ${article}.` : '';
}
