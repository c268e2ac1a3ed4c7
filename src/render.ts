// Markdown to terminal text with marked + marked-terminal. Loaded only by commands that render
// Markdown: marked builds many regular expressions when imported.

import { Marked, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import Table from 'cli-table3';
import type { Corpus, Section } from './schema.js';
import type { Theme } from './theme.js';
import { sectionMarkdown } from './markdown.js';
import { displayWidth, sanitize } from './text.js';
import { wrapText } from './wrap.js';

export interface RenderOptions {
  theme: Theme;
  width: number;
}

/** Renders Markdown for a terminal of `width` columns. Control characters in the source are
 *  removed first, so the theme's styles are the only escape sequences in the result. */
export function renderMarkdown(markdown: string, { theme, width }: RenderOptions): string {
  const marked = new Marked();
  marked.use(
    markedTerminal({
      code: theme.code,
      blockquote: theme.quote,
      html: theme.muted,
      heading: theme.heading,
      firstHeading: theme.title,
      hr: theme.muted,
      listitem: (s: string) => s,
      table: (s: string) => s,
      paragraph: (s: string) => s,
      strong: theme.strong,
      em: theme.em,
      codespan: theme.code,
      del: theme.muted,
      link: theme.link,
      href: theme.link,
      text: (s: string) => s,
      emoji: false,
      showSectionPrefix: false,
      reflowText: false,
      width,
      tab: 2,
    }) as never,
  );
  marked.use({
    renderer: {
      // marked-terminal prints the text of tight list items raw; render their inline Markdown.
      text(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Text | Tokens.Escape) {
        return 'tokens' in token && token.tokens?.length ? this.parser.parseInline(token.tokens) : false;
      },
      // Tables sized to the width, wrapping inside cells, with uncoloured borders.
      table(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Table) {
        const head = token.header.map((c) => this.parser.parseInline(c.tokens));
        const rows = token.rows.map((row) => row.map((c) => this.parser.parseInline(c.tokens)));
        const table = new Table({
          head,
          colWidths: columnWidths([head, ...rows], width),
          wordWrap: true,
          style: { head: [], border: [], compact: false },
        });
        table.push(...rows);
        return table.toString() + '\n\n';
      },
    },
  });
  const out = marked.parse(sanitize(markdown), { async: false }) as string;
  return wrapText(out.replace(/\n{3,}/g, '\n\n').trimEnd(), width) + '\n';
}

/** Column widths (including padding) that fit `width`. Each column first gets room for its
 *  longest word, so no word is cut; what is left goes to the columns that want more, in proportion. */
export function columnWidths(rows: string[][], width: number): number[] {
  const columns = Math.max(...rows.map((r) => r.length));
  const cells = (i: number) => rows.map((r) => (r[i] ?? '').replace(/\u001B\[[0-9;]*m/g, ''));
  const natural = Array.from({ length: columns }, (_, i) => Math.max(3, ...cells(i).map((c) => displayWidth(c) + 2)));
  const longestWord = Array.from({ length: columns }, (_, i) =>
    Math.max(3, ...cells(i).flatMap((c) => c.split(/\s+/)).map((w) => displayWidth(w) + 2)),
  );
  const room = width - (columns + 1);
  if (natural.reduce((a, b) => a + b, 0) <= room) return natural;
  const base = longestWord.reduce((a, b) => a + b, 0) <= room ? longestWord : longestWord.map(() => Math.max(5, Math.floor(room / columns)));
  const spare = room - base.reduce((a, b) => a + b, 0);
  const wants = natural.map((n, i) => Math.max(0, n - base[i]));
  const totalWant = wants.reduce((a, b) => a + b, 0) || 1;
  return base.map((b, i) => b + Math.floor((spare * wants[i]) / totalWant));
}

/** A section rendered for the terminal: its Markdown, including what spasm-info adds. */
export function renderSection(corpus: Corpus, section: Section, options: RenderOptions): string {
  return renderMarkdown(sectionMarkdown(corpus, section), options);
}
