// The screen of `list` and the credits of `show` (not Markdown: their records are laid out
// directly); `search`'s is in format-search.ts.
// Human-readable layouts of the core's records (lists, search hits, credits). Pure: records in,
// strings out; styles come from the theme, widths from the caller.

import type { Corpus, Section } from '../corpus/types.js';
import type { Output } from './theme.js';
import { attribution } from './section-markdown.js';
import { decodeEntities, displayWidth, maxOf, sanitizeLine } from '../util/text.js';
import { indentBlock, wrapText } from './wrap.js';


/** The narrowest summary column worth having beside the id and title; below it `list` stacks. */
const MIN_SUMMARY = 30;

/** `list`: on a terminal, id, title and summary in columns, the summary wrapping in its own column;
 *  when the window is too narrow for that, stacked: id and title on one line, the summary indented
 *  under them, a blank line between sections. Piped, one tab-separated line per section. */
export function formatList(sections: Section[], { theme, width, tty }: Output): string {
  // A title's and summary's HTML entities decoded, as show and search print a title (a --data
  // 'Tom &amp; Jerry&#8217;s': trial22 finding 22); an id is a name to type, never decoded.
  const text = (s: string) => sanitizeLine(decodeEntities(s));
  if (!tty) {
    return sections.map((s) => [sanitizeLine(s.id), text(s.title), text(s.summary)].join('\t')).join('\n') + '\n';
  }
  const rows = sections.map((s) => ({ id: sanitizeLine(s.id), title: text(s.title), summary: text(s.summary) }));
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

/** The footer of `show`: where the sections come from, each credit once (several sections of the
 *  article share one), then the disclaimer once. Empty when there is nothing to credit. */
export function formatFooter(corpus: Corpus, sections: Section[], { theme, width, urls }: Output): string {
  const credits = [...new Set(sections.flatMap((s) => attribution(corpus, s).split('\n')))];
  const lines = [...credits, corpus.disclaimer ?? ''].filter(Boolean).map(sanitizeLine);
  return lines.length ? lines.map((line) => theme.muted(wrapText(line, width, undefined, urls))).join('\n') + '\n' : '';
}
