// The screen of `search`: numbered hits with their reasons and snippets, and a notice of a warning
// sign. Pure: records in, strings out. It is built into dist/cli.cjs, not the search chunk: there it
// shares the wrapping every screen uses, where in dist/search.cjs it brought its own copy (8.6 KB
// more to load, 0.3 M instructions more for `search ibuprofen`, 0.1 M fewer for `list`; measured
// 2026-12-05).

import type { Highlight, SearchHit, SearchResult } from '../search/search.js';
import type { Output, Style, Theme } from './theme.js';
import { decodeEntities, sanitizeLine } from '../util/text.js';
import { GLUE, wrapText } from './wrap.js';

/** The line before the results when the query names a warning sign and the section that holds it
 *  is not the first result ("would a wheat bag help my numb arm" is answered by heat): where to look,
 *  by its number among the results or, when it is not among them (--limit), by the command to run. */
function warningNotice(result: SearchResult, theme: Theme, width: number, urls: Output['urls'], program: string): string {
  const warning = result.warnings[0];
  const at = warning ? result.hits.findIndex((hit) => hit.id === warning.id) : 0;
  if (!warning || at === 0) return '';
  const title = sanitizeLine(decodeEntities(warning.title));
  // The number stays with the title: at 40 columns "see 2." ended a line and read as a sentence's end.
  // The command to run stays on one line, to be copied whole (trial47: "(spasm-info show" ended a
  // line and "red-flags)." began the next), unless it is longer than a line.
  const command = `(${program} show ${sanitizeLine(warning.id)})`;
  const where = at > 0 ? `see ${at + 1}.${GLUE}${theme.title(title)} below` : `see ${theme.title(title)} ${command.length < width ? command.split(' ').join(GLUE) : command}`;
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
export function formatSearch(result: SearchResult, { theme, width, urls, addedBy = 'spasm-info', supplementary, program = 'spasm-info' }: Output & { addedBy?: string; supplementary?: ReadonlySet<string>; program?: string }): string {
  const credit = `(added by ${sanitizeLine(addedBy)}, not from the article)`;
  const mark = theme.muted(credit);
  const blocks = result.hits.map((hit: SearchHit, i) => {
    // The title's entities decoded, as show prints it (a --data title 'Heat &amp; cold').
    const head = `${i + 1}. ${theme.title(sanitizeLine(decodeEntities(hit.title)))} ${theme.muted('(')}${theme.id(sanitizeLine(hit.id))}${theme.muted(`)  score ${hit.score.toFixed(2)}`)}`;
    const lines = [wrapText(head, width, undefined, urls)];
    const { reason, reasonHighlights, text, highlights } = hit.snippet;
    // A reason whose meaning opens with a word in capitals ("… — EMERGENCY, call 999 …") is an alert,
    // styled as one, as `show` styles such a heading.
    const alert = reason !== undefined && /\u2014 [A-Z]{4,}\b/.test(reason);
    if (reason) lines.push(wrapText(`   ${styleMatches(reason, reasonHighlights ?? [], theme, alert ? theme.error : theme.em)} ${mark}`, width, undefined, urls));
    // Not again after a text that ends with the same mark itself (red-flags' summary does).
    const marked = text.trimEnd().replace(/\.$/, '').endsWith(credit);
    const ours = !marked && (supplementary?.has(hit.id) || hit.snippet.origin === 'supplementary') ? ` ${mark}` : '';
    lines.push(wrapText(`   ${styleMatches(text, highlights, theme)}${ours}`, width, undefined, urls));
    return lines.join('\n');
  });
  return warningNotice(result, theme, width, urls, program) + blocks.join('\n\n') + '\n';
}
