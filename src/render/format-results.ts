// The screens of `list` and `search` (not Markdown: their records are laid out directly).
// Human-readable layouts of the core's records (lists, search hits, credits). Pure: records in,
// strings out; styles come from the theme, widths from the caller.

import type { Corpus, Section } from '../corpus/types.js';
import type { Highlight, SearchHit, SearchResult } from '../search/search.js';
import type { Output, Style, Theme } from './theme.js';
import { attribution } from './section-markdown.js';
import { displayWidth, maxOf, sanitizeLine } from '../util/text.js';
import { indentBlock, wrapText } from './wrap.js';


/** The narrowest summary column worth having beside the id and title; below it `list` stacks. */
const MIN_SUMMARY = 30;

/** `list`: on a terminal, id, title and summary in columns, the summary wrapping in its own column;
 *  when the window is too narrow for that, stacked: id and title on one line, the summary indented
 *  under them, a blank line between sections. Piped, one tab-separated line per section. */
export function formatList(sections: Section[], { theme, width, tty }: Output): string {
  if (!tty) {
    return sections.map((s) => [s.id, s.title, s.summary].map(sanitizeLine).join('\t')).join('\n') + '\n';
  }
  const rows = sections.map((s) => ({ id: sanitizeLine(s.id), title: sanitizeLine(s.title), summary: sanitizeLine(s.summary) }));
  const idWidth = maxOf(rows.map((r) => displayWidth(r.id)), 0);
  const titleWidth = maxOf(rows.map((r) => displayWidth(r.title)), 0);
  const summaryColumn = idWidth + 2 + titleWidth + 2;
  if (summaryColumn + MIN_SUMMARY <= width) {
    const lines = rows.map(({ id, title, summary }) => {
      const [first, ...rest] = wrapText(summary, width - summaryColumn).split('\n');
      const left = `${theme.id(id)}${' '.repeat(idWidth - displayWidth(id) + 2)}${theme.title(title)}${' '.repeat(titleWidth - displayWidth(title) + 2)}`;
      return [left + theme.muted(first), ...rest.map((line) => ' '.repeat(summaryColumn) + theme.muted(line))].join('\n');
    });
    return lines.join('\n') + '\n';
  }
  const blocks = rows.map(({ id, title, summary }) => {
    // The title hangs after the id; if the two do not fit on a line, the title wraps under itself.
    // An id wider than half the line (a --data id may have 100 characters) hangs the rest by 2
    // instead: hung after it, the title would stand alone far to the right.
    const after = displayWidth(id) + 2;
    const head = wrapText(`${theme.id(id)}  ${theme.title(title)}`, width, after <= width / 2 ? after : 2);
    return `${head}\n${theme.muted(indentBlock(summary, 4, width))}`;
  });
  return blocks.join('\n\n') + '\n';
}

/** The line before the results when the query names a warning sign and the section that holds it
 *  is not the first result ("would a wheat bag help my numb arm" is answered by heat): where to look,
 *  by its number among the results or, when it is not among them (--limit), by the command to run. */
function warningNotice(result: SearchResult, theme: Theme, width: number, urls: Output['urls']): string {
  const warning = result.warnings[0];
  const at = warning ? result.hits.findIndex((hit) => hit.id === warning.id) : 0;
  if (!warning || at === 0) return '';
  const title = sanitizeLine(warning.title);
  const where = at > 0 ? `see ${at + 1}. ${theme.title(title)} below` : `see ${theme.title(title)} (spasm-info show ${sanitizeLine(warning.id)})`;
  return wrapText(`${theme.warning('Your words match a warning sign:')} ${where}.`, width, undefined, urls) + '\n\n';
}

/** Applies the match style to the highlighted ranges of a text, and `rest` to the others; all text
 *  is sanitized. */
export function styleMatches(text: string, highlights: Highlight[], theme: Theme, rest: Style = (s) => s): string {
  let out = '';
  let at = 0;
  for (const h of highlights) {
    out += rest(sanitizeLine(text.slice(at, h.start))) + theme.match(sanitizeLine(text.slice(h.start, h.end)));
    at = h.end;
  }
  return out + rest(sanitizeLine(text.slice(at)));
}

/** `search`: numbered hits, best first, each with its id, score, reason and snippet. The reason (a
 *  vocabulary note: "ibuprofen — a nonsteroidal anti-inflammatory drug") is not the section's text
 *  but stands just above it, so it says whose it is: `addedBy` ("spasm-info" for the bundled corpus,
 *  src/corpus/provenance.ts), as `plan` marks its own paragraphs; so does the snippet of a section
 *  that is not the article's (its id in `supplementary`), and a snippet that is a drug class's note
 *  added beside the article's text (its `origin`). */
export function formatSearch(result: SearchResult, { theme, width, urls, addedBy = 'spasm-info', supplementary }: Output & { addedBy?: string; supplementary?: ReadonlySet<string> }): string {
  const mark = theme.muted(`(added by ${sanitizeLine(addedBy)}, not from the article)`);
  const blocks = result.hits.map((hit: SearchHit, i) => {
    const head = `${i + 1}. ${theme.title(sanitizeLine(hit.title))} ${theme.muted('(')}${theme.id(sanitizeLine(hit.id))}${theme.muted(`)  score ${hit.score.toFixed(2)}`)}`;
    const lines = [wrapText(head, width, undefined, urls)];
    const { reason, reasonHighlights, text, highlights } = hit.snippet;
    // A reason whose meaning opens with a word in capitals ("… — EMERGENCY, call 999 …") is an alert,
    // styled as one, as `show` styles such a heading.
    const alert = reason !== undefined && /\u2014 [A-Z]{4,}\b/.test(reason);
    if (reason) lines.push(wrapText(`   ${styleMatches(reason, reasonHighlights ?? [], theme, alert ? theme.error : theme.em)} ${mark}`, width, undefined, urls));
    const ours = supplementary?.has(hit.id) || hit.snippet.origin === 'supplementary' ? ` ${mark}` : '';
    lines.push(wrapText(`   ${styleMatches(text, highlights, theme)}${ours}`, width, undefined, urls));
    return lines.join('\n');
  });
  return warningNotice(result, theme, width, urls) + blocks.join('\n\n') + '\n';
}

/** The footer of `show`: where the sections come from, each credit once (several sections of the
 *  article share one), then the disclaimer once. Empty when there is nothing to credit. */
export function formatFooter(corpus: Corpus, sections: Section[], { theme, width, urls }: Output): string {
  const credits = [...new Set(sections.flatMap((s) => attribution(corpus, s).split('\n')))];
  const lines = [...credits, corpus.disclaimer ?? ''].filter(Boolean).map(sanitizeLine);
  return lines.length ? lines.map((line) => theme.muted(wrapText(line, width, undefined, urls))).join('\n') + '\n' : '';
}
