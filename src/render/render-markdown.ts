// Step 2 of showing a section (after section-markdown.ts, before layout.ts).
// Markdown to styled terminal text with marked + marked-terminal, not yet fitted to a width. Loaded only to render a custom corpus
// (the build prerenders the bundled one): marked builds many regular expressions when imported.

import { Marked, type Token, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import type { Corpus, Section } from '../corpus/types.js';
import type { Output, Theme } from './theme.js';
import { layout, type Prerendered } from './layout.js';
import { isDrugTable, sectionMarkdown } from './section-markdown.js';
import { decodeEntities, sanitize, sanitizeStyled, SGR } from '../util/text.js';

/** A heading that opens with a word in capitals (an emergency sign), styles before it or not. */
const ALERT_HEADING = new RegExp(`^(?:${SGR.source})*[A-Z]{4,}\\b`);

export { columnWidths } from './layout.js';


/** Markdown split into marked's tokens. Width and colour do not enter into it, so the build does
 *  this once for the bundled corpus: lexing is most of what rendering costs. */
function lexMarkdown(markdown: string): Token[] {
  return new Marked().lexer(sanitize(markdown));
}

/** Renders Markdown for a terminal of `width` columns. Control characters in the source are
 *  removed first, so the theme's styles are the only escape sequences in the result. */
export function renderMarkdown(markdown: string, options: Pick<Output, 'theme' | 'width' | 'urls'>): string {
  return renderTokens(lexMarkdown(markdown), options);
}

/** Renders tokens made by lexMarkdown. */
function renderTokens(tokens: Token[], { theme, width, urls }: Pick<Output, 'theme' | 'width' | 'urls'>): string {
  return layout(prerender(tokens, theme), width, urls);
}

/** The width-independent part of rendering: styled text, with tables kept as cells for layout(). */
function prerender(tokens: Token[], theme: Theme): Prerendered {
  const tables: Prerendered['tables'] = [];
  const marked = new Marked();
  marked.use(
    markedTerminal({
      code: theme.code,
      blockquote: theme.quote,
      html: theme.muted,
      // A heading that opens with a word in capitals ("EMERGENCY: …") is an alert, and looks it.
      heading: (text: string) => (ALERT_HEADING.test(text) ? theme.error(text) : theme.heading(text)),
      firstHeading: theme.title,
      hr: theme.muted,
      listitem: (s: string) => s,
      table: (s: string) => s,
      // A paragraph's lines without the blanks that open its continuation lines ('…png)\n and
      // more'), as CommonMark reads a paragraph: they began a line of the screen (trial22 finding 23).
      paragraph: (s: string) => s.replace(/\n[ \t]+/g, '\n'),
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
      tab: 2,
    }) as never,
  );
  type Inline = { parser: { parseInline(tokens: Tokens.Generic[]): string } };
  marked.use({
    renderer: {
      // marked-terminal prints the text of tight list items raw; render their inline Markdown.
      text(this: Inline, token: Tokens.Text | Tokens.Escape) {
        return 'tokens' in token && token.tokens?.length ? this.parser.parseInline(token.tokens) : false;
      },
      // A block of HTML (a <div>, a comment) is a block of its own: marked-terminal prints it with no
      // blank line after, gluing the next paragraph or heading onto its line (trial18 finding 11).
      html(token: Tokens.HTML | Tokens.Tag) {
        return 'block' in token && token.block ? `${theme.muted(token.text.trim())}\n\n` : false;
      },
      // An image is shown as a link is, its alt text and then its address: marked-terminal printed
      // the Markdown raw, '![a neck stretch](https://…)' (trial22 finding 23).
      image(token: Tokens.Image) {
        const href = theme.link(token.href);
        return token.text.trim() ? `${token.text} (${href})` : href;
      },
      // Tables are drawn by layout(), sized to the width; here only their cells are styled, and
      // spasm-info's drug table is told apart (its list form is its own: layout.ts, drawList).
      table(this: Inline, token: Tokens.Table) {
        tables.push({
          head: token.header.map((c) => this.parser.parseInline(c.tokens)),
          rows: token.rows.map((row) => row.map((c) => this.parser.parseInline(c.tokens))),
          ...(isDrugTable(token.header.map((c) => c.text)) ? { drugTable: true } : {}),
        });
        return `\u0000${tables.length - 1}\u0000`;
      },
    },
  });
  // A cell's inline text comes back HTML-escaped ("AT&amp;T"): marked-terminal unescapes a
  // paragraph's, not a cell drawn here, so "&amp;" showed where a paragraph showed "&" (trial65).
  const clean = (cells: string[]) => cells.map((cell) => sanitizeStyled(decodeEntities(cell)));
  return { text: sanitizeStyled(marked.parser(tokens)), tables: tables.map((t) => ({ ...t, head: clean(t.head), rows: t.rows.map(clean) })) };
}

/** A section rendered for the terminal: its Markdown, including what spasm-info adds. */
export function renderSection(corpus: Corpus, section: Section, options: Pick<Output, 'theme' | 'width' | 'urls'>): string {
  return renderTokens(lexMarkdown(sectionMarkdown(corpus, section)), options);
}

/** What the build stores for each section of the bundled corpus, in both colour modes. */
export function prerenderSection(corpus: Corpus, section: Section, theme: Theme): Prerendered {
  return prerender(lexMarkdown(sectionMarkdown(corpus, section)), theme);
}
