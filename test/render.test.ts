import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../src/corpus/corpus.js';
import { sectionMarkdown } from '../src/render/section-markdown.js';
import { columnWidths, renderMarkdown, renderSection } from '../src/render/render-markdown.js';
import { createTheme } from '../src/render/theme-color.js';
import { displayWidth } from '../src/util/text.js';
import { glue, indentBlock, wrapText } from '../src/render/wrap.js';
import { formatSearch } from '../src/render/format-search.js';
import { buildIndex, search } from '../src/search/search.js';

const corpus = loadBundledCorpus();
const plain = createTheme(false);
const colour = createTheme(true);
const section = (id: string) => corpus.sections.find((s) => s.id === id)!;
// Every line, URLs too: a URL wider than the line is broken to fit (the default, for a screen).
const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

describe('rendering sections', () => {
  it.each(corpus.sections.map((s) => [s.id]))('%s without colour has no escape sequences and fits 80 columns', (id) => {
    const out = renderSection(corpus, section(id), { theme: plain, width: 80 });
    expect(out).not.toMatch(/\u001B/);
    expect(widest(out)).toBeLessThanOrEqual(80);
  });

  it.each([[40], [60], [100]])('medications (with its drug table) fits %i columns', (width) => {
    const out = renderSection(corpus, section('medications'), { theme: colour, width });
    expect(widest(out)).toBeLessThanOrEqual(width);
    expect(out).toContain('Advil');
  });

  it('keeps list items hanging under their bullet when wrapped', () => {
    const out = renderSection(corpus, section('red-flags'), { theme: plain, width: 50 });
    const lines = out.split('\n');
    const first = lines.findIndex((l) => l.trimStart().startsWith('* Neck pain after a fall'));
    expect(first).toBeGreaterThan(-1);
    expect(lines[first + 1]).toMatch(/^ {4}\S/);
  });

  it('renders emphasis inside list items, not raw asterisks', () => {
    const out = renderSection(corpus, section('red-flags'), { theme: plain, width: 100 });
    expect(out).not.toContain('**');
    expect(renderSection(corpus, section('red-flags'), { theme: colour, width: 100 })).toContain('\u001B[1mNeck pain after a fall');
  });

  it('strips control characters and escape sequences that come from the Markdown', () => {
    const out = renderMarkdown('# T\u001B]0;pwned\u0007\n\nText \u001B[31mred\u001B[0m and \u202Ebidi\u0008.\n\n- item \u009B2J', { theme: plain, width: 80 });
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
  });

  it('puts the drug table beside the article text, marked as added', () => {
    const md = sectionMarkdown(corpus, section('medications'));
    expect(md.indexOf(section('medications').body)).toBeGreaterThan(0);
    expect(md).toMatch(/Added by spasm-info, not part of the article/);
    expect(md).toMatch(/\| NSAIDs \| ibuprofen \| Advil, Motrin, Nurofen \(sold in the UK, [^|]*\) \| over the counter; also by prescription \|/);
  });
});

describe('a table too wide for the window is a list, each cell under its column heading (trial66)', () => {
  /** A Markdown table: its header row, then its rows. */
  const table = (...rows: string[][]) => [rows[0], rows[0].map(() => '---'), ...rows.slice(1)].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const drugs = ['Drug', 'Adult dose', 'Child dose', 'Avoid with'];
  it.each([
    ['the second cell keeps its heading, as the third and later do', table(drugs, ['Ibuprofen', '400 mg', '10 mg/kg', 'anti-inflammatories']),
      'Drug: Ibuprofen\n  - Adult dose: 400 mg\n    Child dose: 10 mg/kg\n    Avoid with: anti-inflammatories'],
    ['two columns, the first too wide for a box', table(['Drug', 'Maximum daily dose'], ['Ibuprofen-containing-products', '1,200 mg']),
      'Drug: Ibuprofen-containing-products\n  - Maximum daily dose: 1,200 mg'],
    ['a heading that means nothing without its label (an age)', table(['Age', 'Dose', 'Avoid with'], ['12 to 17', '200 mg', 'anti-inflammatories-and-aspirin']),
      'Age: 12 to 17\n  - Dose: 200 mg\n    Avoid with:\n    anti-inflammatories-and-aspirin'],
    ['each member of a group keeps its heading', table(['Drug', 'Age group', 'Dose'], ['Ibuprofen-containing-products', 'adults', '400 mg'], ['', 'children', '10 mg/kg']),
      'Drug: Ibuprofen-containing-products\n  - Age group: adults\n    Dose: 400 mg\n  - Age group: children\n    Dose: 10 mg/kg'],
    ['an empty heading gives a bare cell, no dangling ": "', table(['', ' ', 'Child dose', ''], ['Ibuprofen-containing-products', '400 mg', '10 mg/kg', 'anti-inflammatories']),
      'Ibuprofen-containing-products\n  - 400 mg\n    Child dose: 10 mg/kg\n    anti-inflammatories'],
    // (trial67: the bullet had stood alone, "  - ").
    ['an empty cell is left out, the bullet going on the next', table(['Drug', 'Adult dose', 'Child dose'], ['Ibuprofen-containing-products', '', '10 mg/kg']),
      'Drug: Ibuprofen-containing-products\n  - Child dose: 10 mg/kg'],
    ['a long value wraps at its words, under its label', table(['Drug', 'Adult dose'], ['Ibuprofen-containing-products', '200 mg to 400 mg every 4 to 6 hours with food']),
      'Drug: Ibuprofen-containing-products\n  - Adult dose: 200 mg to 400 mg every 4\n    to 6 hours with food'],
    ["spasm-info's drug table keeps its class and drug bare", table(['Drug class', 'Drug', 'Brand names (examples)', 'Available'], ['NSAIDs', 'ibuprofen', 'Advil, Motrin, Nurofen', 'over the counter']),
      'NSAIDs\n  - ibuprofen\n    Brand names (examples): Advil,\n    Motrin, Nurofen\n    Available: over the counter'],
  ])('%s', (_, markdown, expected) => {
    const out = renderMarkdown(markdown, { theme: plain, width: 40 });
    expect(out.split('\n').map((line) => line.trimEnd()).join('\n').trim()).toBe(expected);
    expect(widest(out)).toBeLessThanOrEqual(40);
  });

  it("the bundled drug table's list names each class and drug bare, as before", () => {
    const lines = renderSection(corpus, section('medications'), { theme: plain, width: 40 }).split('\n');
    expect(lines).toContain('NSAIDs');
    expect(lines).toContain('  - ibuprofen');
    expect(lines.filter((line) => /^(?: {2}- )?Drug(?: class)?: /.test(line))).toEqual([]);
  });
});

describe('a block of HTML keeps its blank line after it (trial18 finding 11)', () => {
  it.each([
    ['<div>html</div>\n\nNext para.', '<div>html</div>\n\nNext para.'],
    ['<!-- comment -->\n\nNext para', '<!-- comment -->\n\nNext para'],
    ['<div>html</div>\n\n## Heading', '<div>html</div>\n\nHeading'],
    ['Para one.\n\n<div>html</div>\n\nPara two.', 'Para one.\n\n<div>html</div>\n\nPara two.'],
    ['Inline <b>html</b> stays in its line.', 'Inline <b>html</b> stays in its line.'],
  ])('%j', (markdown, shown) => {
    expect(renderMarkdown(markdown, { theme: plain, width: 80 }).trim()).toBe(shown);
  });
});

describe('wrapping', () => {
  it.each([
    ['a short line', 20, 'a short line'],
    ['one two three four five', 9, 'one two\nthree\nfour five'],
    ['  * item one two three', 14, '  * item one\n    two three'],
    ['12. item one two three', 13, '12. item one\n    two three'],
    ['abcdefghijkl', 5, 'abcde\nfghij\nkl'],
    ['日本語のテキスト', 6, '日本語\nのテキ\nスト'],
    [`see ${glue('spasm-info show red-flags')} now`, 26, 'see\nspasm-info show red-flags\nnow'],
    // A number and its unit stay together (review60: "…for paracetamol 4,000" / "mg." at 40 columns);
    // a number before another word does not.
    ['and for paracetamol 4,000 mg.', 24, 'and for paracetamol\n4,000 mg.'],
    ['in each 30 mL dose', 12, 'in each\n30 mL dose'],
    ['of 2.88 g of it', 8, 'of\n2.88 g\nof it'],
    ['aged 12 and over', 8, 'aged 12\nand over'],
    // ... with a highlight's colour codes on either side of the space (review63)
    ['for paracetamol 4,000 \u001B[1mmg\u001B[22m.', 20, 'for paracetamol\n4,000 \u001B[1mmg\u001B[22m.'],
    ['for paracetamol \u001B[1m4,000\u001B[22m mg.', 20, 'for paracetamol\n\u001B[1m4,000\u001B[22m mg.'],
  ])('%j at %i columns', (input, width, expected) => expect(wrapText(input, width)).toBe(expected));

  // A URL wider than the line: cut after '/', '?', '&', '=' or '-' (else '.', else where the line is
  // full), never inside its scheme; its pieces under its start, what follows it on a line of its own.
  it.each([
    ['https://example.org/aaaa/bbbb', 20, 'https://example.org/\naaaa/bbbb'],
    ['see https://example.org/a/b/c/d/e/f/g/h ok', 20, 'see\nhttps://example.org/\na/b/c/d/e/f/g/h\nok'],
    ['  * Name, https://x.org/drug.cfm?setid=12-34&type=display (read 2026-11-25)', 24,
      '  * Name,\n    https://x.org/\n    drug.cfm?setid=12-\n    34&type=display\n    (read 2026-11-25)'],
    ['https://example.longhostname.org/x', 20, 'https://example.\nlonghostname.org/x'],
    ['https://northstaffordshire.nhs.uk/x', 20, 'https://northstaffor\ndshire.nhs.uk/x'],
    ['https://abcdefghijklmnopqrstuvwxyz', 10, 'https://ab\ncdefghijkl\nmnopqrstuv\nwxyz'],
    ['ftp://a.org/one-two-three-four', 16, 'ftp://a.org/one-\ntwo-three-four'],
    ['a https://example.org/short b', 40, 'a https://example.org/short b'],
  ])('the URL in %j at %i columns breaks at natural points', (input, width, expected) => expect(wrapText(input, width)).toBe(expected));

  it('never cuts inside the scheme, even when the line is narrower than it', () => {
    expect(wrapText('verylongscheme+x://host/path', 8).split('\n')[0]).toBe('verylongscheme+x://');
  });

  it('keeps a URL whole on a line of its own when asked to (a pipe with no width asked for)', () => {
    const url = 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=936e481e-f46c-4e03-b8e3-25961cda1909';
    expect(wrapText(`  * DailyMed: Tylenol, ${url} (read 2026-11-25)`, 40, undefined, 'whole')).toBe(`  * DailyMed: Tylenol,\n    ${url}\n    (read 2026-11-25)`);
    expect(indentBlock(url, 4, 40, 'whole')).toBe(`    ${url}`);
    expect(indentBlock(url, 4, 40)).toBe('    https://dailymed.nlm.nih.gov/\n    dailymed/drugInfo.cfm?setid=\n    936e481e-f46c-4e03-b8e3-25961cda1909');
  });

  it('a styled URL is broken like a plain one, its style closed and reopened at each break', () => {
    const out = wrapText('\u001B[4mhttps://example.org/aaaa/bbbb\u001B[24m', 20);
    expect(out).toBe('\u001B[4mhttps://example.org/\u001B[0m\n\u001B[4maaaa/bbbb\u001B[24m');
  });

  it('a long URL loses nothing: its pieces, joined, are the URL', () => {
    const url = 'https://example.org/' + 'abcdefgh/'.repeat(20_000) + 'x?a=1&b=2';
    const out = wrapText(url, 40);
    expect(out.replace(/\n/g, '')).toBe(url);
    expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(40);
  });

  it('a chosen hanging indent holds for every continuation line', () => {
    expect(wrapText('Heading words (days 1–2; from somewhere)', 16, 2)).toBe('Heading words\n  (days 1–2;\n  from\n  somewhere)');
  });

  it('indentBlock keeps a block in its column, within the width', () => {
    expect(indentBlock('one two three four', 4, 10)).toBe('    one\n    two\n    three\n    four');
  });

  it('closes and reopens styles across a line break', () => {
    const out = wrapText('\u001B[1mbold words that wrap\u001B[22m', 10);
    expect(out.split('\n')[0]).toBe('\u001B[1mbold words\u001B[0m');
    expect(out.split('\n')[1]).toBe('\u001B[1mthat wrap\u001B[22m');
  });

  it('sizes table columns to fit, never cutting a word when the room allows', () => {
    const widths = columnWidths([['Drug class', 'Generic'], ['prescription-strength NSAIDs', 'diclofenac']], 40);
    expect(widths.reduce((a, b) => a + b, 0) + 3).toBeLessThanOrEqual(40);
    expect(widths[0]).toBeGreaterThanOrEqual('prescription-strength'.length + 2);
  });

  // A column's longest word is measured where it stands in the cell (layout.ts, longestRun): words
  // end at spaces, runs of them, and no-break spaces, as split(/\s+/) ends them.
  it.each([
    ['a\u00A0bbbb cc', 'x  yyyyy', [8, 8]],
    ['a-bbbb cc', 'x yyyyy ', [9, 8]],
    ['\u00A0 bbbbbb', 'yyyyy\u00A0', [9, 7]],
  ])('measures the longest word of %j and %j as split(/\\s+/) would', (first, second, expected) => {
    expect(columnWidths([[first, second]], 20)).toEqual(expected);
    const reference = (cell: string) => Math.max(3, ...cell.split(/\s+/).map((w) => displayWidth(w) + 2));
    expect(expected.every((w, i) => w >= reference([first, second][i]))).toBe(true);
  });
});

describe('the notice of a warning sign in search output', () => {
  const index = buildIndex(corpus);
  const format = (query: string, width: number, limit?: number, theme = plain) => formatSearch(search(index, query, { limit }), { theme, width, tty: false });

  it.each([[40], [80], [200]])('points to the warning signs\' result by its number, before the results, at %i columns', (width) => {
    const out = format('would a wheat bag help my numb arm', width);
    const [notice, rest] = out.split('\n\n1. ');
    expect(notice.replace(/\s+/g, ' ')).toBe('Your words match a warning sign: see 2. When to get medical help below.');
    expect(rest, 'the asked thing is no longer first').toMatch(/^Thermal Therapy/);
    expect(widest(out)).toBeLessThanOrEqual(width);
  });

  it('names the command when the warning signs are not among the results (--limit 1)', () => {
    const out = format('would a wheat bag help my numb arm', 80, 1);
    expect(out.split('\n\n')[0].replace(/\s+/g, ' ')).toBe('Your words match a warning sign: see When to get medical help (spasm-info show red-flags).');
    expect(out).not.toContain('2. ');
  });

  // trial47: "(spasm-info show" ended a line and "red-flags)." began the next.
  it.each([[40], [56], [60], [70], [80], [120], [200]])('keeps the command to run on one line at %i columns', (width) => {
    const notice = format('would a wheat bag help my numb arm', width, 1).split('\n\n')[0];
    expect(notice.split('\n').some((line) => line.includes('(spasm-info show red-flags).'))).toBe(true);
    expect(widest(notice)).toBeLessThanOrEqual(width);
  });

  it.each(['numb arm and a stiff neck', 'how long should I use a wheat bag'])('says nothing more when the warning signs come first or are not named: %j', (query) => {
    expect(format(query, 80)).toMatch(/^1\. /);
  });

  it('styles the notice as a warning on a colour terminal, and only it', () => {
    const out = format('would a wheat bag help my numb arm', 80, undefined, colour);
    const style = colour.warning('x').split('x')[0];
    expect(style, 'the theme has no warning style').not.toBe('');
    expect(out.startsWith(`${style}Your words match a warning sign:`)).toBe(true);
  });
});
