// Valid corpora must not crash or crawl, and corpora past the schema's bounds are refused by name.
// The generated part builds corpora from hostile fragments; SPASM_ADVERSARIAL_SIZE scales them
// (default 1: small and fast; try 20 for a long run). The CLI runs in-process (runCli): what is
// checked is main()'s outcome (exit code, one sentence, no trace), and vitest's forks pool runs it
// on a process's main thread, with the stack size the CLI has. The time bound is the test timeout
// (a hang guard, not a timing assertion): a run that crawls fails when it ends.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatList } from '../src/render/format-results.js';
import { formatPlan } from '../src/plan/format-plan.js';
import { columnWidths } from '../src/render/layout.js';
import { nestingDepth, tableColumns } from '../src/corpus/markdown-limits.js';
import { localDate, planFor } from '../src/plan/plan.js';
import { renderSection } from '../src/render/render-markdown.js';
import { buildIndex, search } from '../src/search/search.js';
import { loadBundledCorpus } from '../src/corpus/corpus.js';
import { markdownToPlain, stripEmphasis } from '../src/util/text.js';
import { createTheme } from '../src/render/theme-color.js';
import type { Corpus } from '../src/corpus/types.js';
import { checkCorpus } from '../src/corpus/validate.js';
import { wrapText } from '../src/render/wrap.js';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const SIZE = Math.max(1, Number(process.env.SPASM_ADVERSARIAL_SIZE) || 1);
const dir = tempDir('adversarial');
let files = 0;
const write = (corpus: unknown) => {
  const path = join(dir, `c${files++}.json`);
  writeFileSync(path, JSON.stringify(corpus));
  return path;
};
const section = (body: string, extra: object = {}) => ({ id: 'x', title: 'Title', summary: 'Summary.', body, ...extra });
const plan = (changes: object) => ({
  horizon: 14, beyond: 'Over.', phases: [{ id: 'p', title: 'Phase', fromDay: 1, toDay: 2, section: 'x', actions: [{ text: 'Rest.' }], ...changes }],
});
const nested = (depth: number, marker: string, indent: string) => Array.from({ length: depth }, (_, i) => indent.repeat(i) + marker + 'item').join('\n');
const table = (columns: number, rows: number) =>
  [`|${' h |'.repeat(columns)}`, `|${' --- |'.repeat(columns)}`, ...Array.from({ length: rows }, (_, r) => `|${` c${r} |`.repeat(columns)}`)].join('\n');

/** No stack trace, no internal error, one of the documented exit codes. */
const expectOutcome = (r: { code: number | null; stderr: string }, codes = [0, 1, 2]) => {
  expect(r.code, `killed or crashed: ${r.stderr.slice(0, 300)}`).not.toBeNull();
  expect(codes, r.stderr.slice(0, 300)).toContain(r.code);
  expect(r.stderr).not.toMatch(/\n\s+at |Internal error|RangeError|Maximum call stack/);
};

describe('corpora past the schema bounds: exit 2, one sentence naming the field', () => {
  it.each([
    ['a plan horizon of 1e9', { sections: [section('Body.')], plan: { ...plan({}), horizon: 1e9 } }, 'field "plan.horizon": must be at most 366'],
    ['a plan phase from day 1e9', { sections: [section('Body.')], plan: plan({ fromDay: 1e9, toDay: null }) }, 'field "plan.phases[0].fromDay": must be at most 366'],
    ['1,000 plan phases', { sections: [section('Body.')], plan: { ...plan({}), phases: Array.from({ length: 1000 }, (_, i) => ({ ...plan({}).phases[0], id: `p${i}` })) } }, 'field "plan.phases": must list at most 100 phases'],
    ['a table of 1,000 columns', { sections: [section(table(1000, 2))] }, 'field "body": must not have a table of more than 20 columns'],
    ['a list 2,000 deep', { sections: [section('- '.repeat(2000) + 'deep')] }, 'field "body": must not nest lists or block quotes more than 20 deep'],
    ['a list 10,000 deep', { sections: [section('1. '.repeat(10_000) + 'deep')] }, 'field "body": must not nest lists or block quotes more than 20 deep'],
    ['block quotes 2,000 deep', { sections: [section('>'.repeat(2000) + ' deep')] }, 'field "body": must not nest lists or block quotes more than 20 deep'],
    ['a list 100 deep by indentation', { sections: [section(nested(100, '- ', '  '))] }, 'field "body": must not nest lists or block quotes more than 20 deep'],
    ['a body over 1,000,000 characters', { sections: [section('word '.repeat(200_001))] }, 'field "body": must be at most 1,000,000 characters'],
    ['a title over 10,000 characters', { sections: [section('Body.', { title: 't'.repeat(10_001) })] }, 'field "title": must be at most 10,000 characters'],
    ['an id over 100 characters', { sections: [section('Body.', { id: 'i'.repeat(101) })] }, 'field "id": must be at most 100 characters'],
  ])('%s', async (_, corpus, field) => {
    const path = write(corpus);
    // Every command validates the same way: two of them here, all four in the case below.
    for (const command of [['show', 'x'], ['plan']]) {
      const r = await runCli(['--data', path, ...command]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(field);
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    }
  });

  it('every command refuses such a corpus', async () => {
    const path = write({ sections: [section(table(1000, 2))] });
    for (const command of [['list'], ['list', '--json'], ['show', 'x'], ['search', 'item'], ['plan']]) {
      const r = await runCli(['--data', path, ...command]);
      expect([r.code, r.stdout], r.stderr).toEqual([2, '']);
    }
  });

  it('the depth and column bounds are upper bounds of what Markdown nests and draws, and leave ordinary text alone', () => {
    expect(nestingDepth(nested(5, '- ', '  '))).toBeGreaterThanOrEqual(5);
    expect(nestingDepth(nested(5, '1. ', '   '))).toBeGreaterThanOrEqual(5);
    expect(nestingDepth('> > > > quote')).toBe(4);
    expect(nestingDepth('---------------------------------------------\n-5 degrees, 3.5 cm, *emphasis*')).toBe(0);
    expect(tableColumns(table(7, 3))).toBe(7);
    expect(tableColumns('> | a | b |\n> |---|:-:|')).toBe(2);
    expect(tableColumns('a - b | c')).toBe(0);
  });
});

describe('corpora within the bounds: every command ends, with 0, 1 or 2 and no trace', () => {
  const n = 2000 * SIZE;
  it.each([
    ['a body of 250,000 "["', section('['.repeat(250_000))],
    ['a body of "[a](" repeated', section('[a]('.repeat(50_000))],
    ['a body of unpaired emphasis markers', section('_a '.repeat(100_000) + '*b '.repeat(100_000))],
    ['a word of 900,000 characters', section('w'.repeat(900_000))],
    ['runs of blank lines and spaces', section('a\n' + '\n \t'.repeat(100_000) + 'b')],
    ['a list 20 deep and quotes 20 deep', section(nested(20, '- ', '  ') + '\n\n' + '>'.repeat(20) + ' q')],
    ['a table of 20 columns', section(table(20, 30))],
    [`a table of ${n.toLocaleString('en')} rows`, section(table(2, n))],
    ['HTML entities of every kind', section('&#8238;&#x202D;&#x2066;&#27;[31m&#0;&#x9b;&amp;&lt;b&gt; &#xD800; &#1114112; word')],
  ])('%s', async (_, s) => {
    const path = write({ sections: [s], plan: plan({}) });
    for (const command of [['list'], ['show', 'x'], ['search', 'item', 'word', 'a']]) {
      expectOutcome(await runCli(['--data', path, ...command], { COLUMNS: '40' }));
    }
  });
});

describe('text steps are linear (each once crashed or took minutes; the test timeout is the bound)', () => {
  it('markdownToPlain of 250,000 "[" (was 96 s)', () => {
    expect(markdownToPlain('['.repeat(250_000))).toHaveLength(250_000);
  });

  it('markdownToPlain of 100,000 unpaired emphasis markers', () => {
    expect(markdownToPlain('_a '.repeat(100_000)).length).toBe(300_000);
  });

  it('wrapping a 5 MB word (was 53 s)', () => {
    const lines = wrapText('w'.repeat(5_000_000), 80).split('\n');
    expect(lines).toHaveLength(62_500);
    expect(lines.every((l) => l.length === 80)).toBe(true);
  });

  it('wrapping keeps styles and wide characters when it cuts a long word', () => {
    const word = '\u001B[1m' + '頸'.repeat(50) + '\u001B[22m';
    const lines = wrapText(word, 21).split('\n');
    expect(lines.map((l) => l.replace(/\u001B\[[0-9;]*m/g, '').length)).toEqual([10, 10, 10, 10, 10]);
    expect(lines[0].startsWith('\u001B[1m')).toBe(true);
  });

  it('searching a story of 120,000 characters (was 4.8 s at 102,000): only its first 1,400 and last 600 are read', () => {
    const index = buildIndex(loadBundledCorpus());
    const story = 'day 3 of a stiff neck and icing it, '.repeat(1_700) + 'ibuprofen ' + 'day 3 of a stiff neck and icing it, '.repeat(1_700) + 'wheat bag';
    const result = search(index, story);
    expect(result.hits[0]?.id).toBe('thermal');
    expect(result.terms, 'a word in the middle is not read').not.toContain('ibuprofen');
    expect(result.terms, 'the last words are').toContain('wheat');
  });

  it('laying out a table of 200,000 rows (Math.max(...rows) overflowed the stack)', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`r${i}`, 'cell']);
    expect(columnWidths(rows, 80)).toEqual([9, 6]);
  });

  it('a table of more columns than fit never gets a negative width', () => {
    const widths = columnWidths([Array.from({ length: 30 }, () => 'cell text')], 40);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(3);
  });

  it('list of 130,000 sections on a terminal (Math.max(...sections) overflowed the stack)', () => {
    const sections = Array.from({ length: 130_000 }, (_, i) => ({ id: `s${i}`, title: `T${i}`, summary: 'S', body: 'B' }));
    const out = formatList(sections, { theme: createTheme(false), width: 80, tty: true });
    expect(out.split('\n')[0]).toMatch(/^s0 +T0 +S$/);
  });

  it('stripEmphasis does what the regular expression did', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('*', '_', '`', 'a', 'b', ' ', '\n', '**', '__'), { maxLength: 40 }).map((a) => a.join('')), (t) => {
        // node:assert, not expect: 5,000 calls of expect() cost about 0.1 s (see hardening.test.ts).
        assert.equal(stripEmphasis(t), t.replace(/(\*\*|__|\*|_|`)(?=\S)([\s\S]*?\S)\1/g, '$2'));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('property: generated hostile corpora', () => {
  const fragment = fc.oneof(
    fc.constantFrom('[', ']', '](', '(', ')', '*', '**', '_', '`', '> ', '- ', '1. ', '|', '| --- |', '---', '\n', '\n\n', ' ', '\t', '# ', '&#8238;', '&#x1b;', '<b>', 'word', 'Ice.', 'heat'),
    fc.integer({ min: 1, max: 400 * SIZE }).map((k) => 'w'.repeat(k)),
    fc.integer({ min: 1, max: 60 }).map((k) => '  '.repeat(k) + '- deep'),
    fc.integer({ min: 1, max: 40 }).map((k) => `|${' c |'.repeat(k)}\n|${' - |'.repeat(k)}`),
  );
  const body = fc.array(fc.tuple(fragment, fc.integer({ min: 1, max: 50 * SIZE })), { minLength: 1, maxLength: 12 })
    .map((parts) => parts.map(([f, times]) => f.repeat(times)).join(''));
  const day = fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constantFrom(0, -1, 366, 367, 1e9, 1.5, Number.MAX_SAFE_INTEGER));

  it('the library: a corpus is refused with a sentence, or every step (index, search, render, list, plan) completes', () => {
    const theme = createTheme(true);
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 3 }), day, day, fc.integer({ min: 20, max: 200 }), (bodies, from, horizon, width) => {
        const value = {
          sections: bodies.map((b, i) => section(b, { id: `s${i}` })),
          plan: { ...plan({ fromDay: from, toDay: null, section: 's0' }), horizon },
        };
        const checked = checkCorpus(JSON.parse(JSON.stringify(value)));
        if ('problem' in checked) {
          expect(checked.problem).toMatch(/^(section \d+|field|plan phase)/);
          return;
        }
        const corpus: Corpus = checked.corpus;
        search(buildIndex(corpus), 'word heat ice', { limit: 5 });
        for (const s of corpus.sections) renderSection(corpus, s, { theme, width });
        formatList(corpus.sections, { theme, width, tty: true });
        const today = localDate(new Date(2026, 10, 25));
        formatPlan(planFor(corpus.plan!, { year: 2026, month: 11, day: 20 }, today), { theme, width });
      }),
      { numRuns: 40 * SIZE },
    );
  });

  it('the CLI: every command ends with 0, 1 or 2 and no trace', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const path = write({ sections: [section(b)] });
        for (const command of [['show', 'x'], ['search', 'word', 'ice']]) expectOutcome(await runCli(['--data', path, ...command], { COLUMNS: '40' }));
      }),
      { numRuns: 4 * SIZE },
    );
  });
});
