// Hostile input, terminal safety, terminals, pipes and signals. The CLI runs in-process (runCli,
// with the terminal facts a test chooses) except where a real process is the point: NO_COLOR read
// from a real environment on a real terminal, output through a pipe that is full or closed early,
// Ctrl-C, and a file that only a process without capabilities cannot read.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../src/corpus/corpus.js';
import { formatList } from '../src/render/format-results.js';
import { formatSearch } from '../src/render/format-search.js';
import { lookupSection } from '../src/corpus/names.js';
import { renderSection } from '../src/render/render-markdown.js';
import { buildIndex, search } from '../src/search/search.js';
import { createTheme } from '../src/render/theme-color.js';
import { displayWidth } from '../src/util/text.js';
import { bin, ESC, onTerminal, root, runCli } from './helpers/cli.js';
import { ptySeries, stripSgr } from './helpers/pty.js';
import { tempDir } from './helpers/temp.js';
import { anyString } from './helpers/arbitraries.js';

const corpus = loadBundledCorpus();
const index = buildIndex(corpus);
/** Control characters that must never reach a terminal, other than the theme's own SGR codes. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const clean = (out: string) => !CONTROL.test(stripSgr(out));
const dir = tempDir('hard');
const writeCorpus = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

describe('input', () => {
  // Each row's exit status comes before its query, so that the title's %i reads it (it read the
  // query, and every title said "exit NaN").
  it.each([
    ['emoji', 0, '🔥 heat 🧊'],
    ['combining accents', 0, 'he\u0301at'],
    ['precomposed accents', 0, 'ibuprofène'],
    ['CJK', 1, '頸部 痛み'],
    ['bidirectional controls', 0, '\u202Eibuprofen\u202C'],
    ['regex syntax', 0, '(ice|heat)+[a-z]*'],
    ['fuse operators', 0, "'ice !heat ^cold$ =warm"],
  ])('a query with %s ends with exit %i and clean output', async (_, code, query) => {
    const r = await runCli(['search', query]);
    expect(r.code, r.stderr).toBe(code);
    expect(clean(r.stdout + r.stderr)).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a 10,000-character query answers (only its first 64 distinct words are searched)', async () => {
    const r = await runCli(['search', 'heat '.repeat(2000)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\. Thermal Therapy/);
  });

  // A terminal's escape sequence pasted into a query showed as nothing, its letters with it: none of
  // them is searched for (before, 'ice<ESC>[31m pack' searched for "31m" too).
  it.each([
    ['a colour (CSI)', 'ice\u001b[31m pack\u001b[0m'],
    ['a window title (OSC)', 'ice\u001b]0;hello there\u0007 pack'],
    ['a reset (ESC c)', 'ice \u001bcpack'],
    ['an 8-bit CSI', 'ice\u009b1m pack'],
  ])('a query with %s searches only what the terminal showed', async (_, query) => {
    const r = await runCli(['search', query]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^1\. Thermal Therapy/);
    expect(clean(r.stdout)).toBe(true);
  });

  it('a query of only control characters is empty: exit 2', async () => {
    const r = await runCli(['search', '\u0007\u0008']);
    expect(r.code).toBe(2);
  });
});

describe('terminal safety: text from queries and corpora never steers the terminal', () => {
  const hostile = '\u001B]0;owned\u0007\u001B[2J\u001B]8;;http://x\u0007link\u001B]8;;\u0007\u0008\r\u009B31m\u202Egnp.exe';
  const path = writeCorpus('hostile.json', {
    title: `T${hostile}`,
    source: { title: `S${hostile}`, author: `A${hostile}`, publisher: 'P' },
    disclaimer: `D${hostile}`,
    sections: [{ id: 'evil', title: `Evil${hostile}`, summary: `Sum${hostile}`, body: `# H${hostile}\n\nBody ${hostile} hostile.\n\n- item ${hostile}\n\n| a | b |\n| - | - |\n| ${hostile} | x |`, aliases: ['bad'] }],
  });

  it.each([
    [['list']],
    [['show', 'evil']],
    [['show', 'evil', '--raw']],
    [['search', 'hostile']],
    [['search', 'body']],
  ])('%j prints no control characters, with or without colour', async (args) => {
    for (const color of ['never', 'always']) {
      const r = await runCli(['--data', path, '--color', color, ...args]);
      expect(r.code, r.stderr).toBe(0);
      expect(clean(r.stdout), JSON.stringify(r.stdout)).toBe(true);
    }
  });

  it('JSON escapes control and bidi characters itself', async () => {
    const r = await runCli(['--data', path, 'show', 'evil', '--json']);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(JSON.parse(r.stdout).title).toBe(`Evil${hostile}`);
  });

  it('an error that echoes the query or a file name carries no control characters', async () => {
    for (const args of [['show', `x${hostile}`], ['search', `zzqx${hostile}`], ['--data', `f${hostile}.json`, 'list']]) {
      const r = await runCli(args);
      expect(r.code).not.toBe(0);
      expect(clean(r.stderr), JSON.stringify(r.stderr)).toBe(true);
    }
  });
});

/** How many cases each property runs: SPASM_ADVERSARIAL_SIZE=10 for a deep run (as in
 *  test/adversarial.test.ts). The default was halved on 2026-12-04 (3000/3000/300 cases to
 *  1500/1500/150) to keep the suite under 20 s as the search grew: 1.7 s of CPU less. */
const SIZE = Math.max(1, Number(process.env.SPASM_ADVERSARIAL_SIZE) || 1);

// The checks inside a property use node:assert, not vitest's expect: each expect() call costs
// vitest some bookkeeping (~10 µs, its state copied), which over thousands of cases was about 0.5 s
// of CPU of this file; a failed assert fails the case just the same, and fast-check reports the
// shrunk counterexample with the assertion's message.
describe('property: any string, control characters and all', () => {
  const anyText = fc.oneof(
    anyString(80),
    fc.array(fc.constantFrom('\u001B[31m', '\u001B]0;x\u0007', '\u0007', '\u0008', '\r', '\u009B', '\u202E', '\u2066', 'ice', 'heat', ' ', 'é', '🔥', '頸'), { maxLength: 12 }).map((a) => a.join('')),
  );

  it('search never throws, returns valid hits, and its human output has none of the input\'s control characters', () => {
    const ids = new Set(corpus.sections.map((s) => s.id));
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 10 }), (query, limit) => {
        const result = search(index, query, { limit });
        assert.ok(result.hits.length <= limit, `${result.hits.length} hits for a limit of ${limit}`);
        for (const hit of result.hits) {
          assert.ok(ids.has(hit.id), `a hit of no section: ${hit.id}`);
          assert.ok(hit.score > 0 && hit.score <= 1, `${hit.id} scored ${hit.score}, not in (0, 1]`);
        }
        for (const color of [false, true]) {
          assert.ok(clean(formatSearch(result, { theme: createTheme(color), width: 80, tty: true })), `control characters in the output${color ? ' in colour' : ''}`);
        }
      }),
      { numRuns: 1500 * SIZE },
    );
  });

  // Real words, a few of them, repeated in any order: stories whose words follow each other both
  // ways ("last few stairs ... last night") once sent a check round a cycle until the stack ran out.
  it('search never throws on stories of a few real words in any order, repeated', () => {
    const word = fc.constantFrom('last', 'night', 'few', 'stairs', 'time', 'waste', 'everything', 'fine', 'landed', 'down', 'doctors', 'heat', 'pain');
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 16 }), (list) => {
        const result = search(index, `my neck is sore, ${list.join(' ')}`, { limit: 5 });
        assert.ok(result.hits.length <= 5);
      }),
      { numRuns: 300 * SIZE },
    );
  });

  it('section lookup never throws and always gives an outcome', async () => {
    fc.assert(
      fc.property(anyText, (name) => {
        const { kind } = lookupSection(corpus, name);
        assert.ok(['found', 'ambiguous', 'unknown'].includes(kind), `no outcome: ${kind}`);
      }),
      { numRuns: 1500 * SIZE },
    );
  });

  it('the CLI ends with 0, 1 or 2 and prints only clean text', async () => {
    await fc.assert(
      fc.asyncProperty(anyText.filter((s) => !s.includes('\u0000')), fc.constantFrom('search', 'show'), async (text, command) => {
        const r = await runCli([command, text]);
        assert.ok([0, 1, 2].includes(r.code!), `exit ${r.code}: ${r.stderr}`);
        assert.ok(clean(r.stdout + r.stderr), JSON.stringify(r.stderr));
        assert.doesNotMatch(r.stderr, /\n\s+at /);
      }),
      { numRuns: 150 * SIZE },
    );
  });

  it('rendered corpus text of any content is clean', async () => {
    fc.assert(
      fc.property(anyText, anyText, (title, body) => {
        const c = { sections: [{ id: 'x', title: title || 't', summary: 's', body: body || 'b' }] };
        const theme = createTheme(true);
        assert.ok(clean(renderSection(c, c.sections[0], { theme, width: 60 })), 'control characters in the section');
        assert.ok(clean(formatList(c.sections, { theme, width: 60, tty: true })), 'control characters in the list');
      }),
      { numRuns: 500 },
    );
  });
});

describe('on a terminal', () => {
  // In-process on a terminal of each width; test/layout.test.ts shows the built CLI in a real
  // pseudo-terminal printing the same.
  it.each([[40], [60], [100]])('show medications wraps paragraphs, lists and the table to %i columns, in colour', async (width) => {
    const out = await onTerminal(['show', 'medications', '--no-pager'], width);
    expect(out).toContain(ESC);
    // Every line, a source's address (URL) too: one wider than the window is broken to fit.
    const widest = Math.max(...stripSgr(out).split('\n').map(displayWidth));
    expect(widest).toBeLessThanOrEqual(width);
    expect(widest).toBeGreaterThan(width - 15);
  });

  it('caps the width at 100 columns on a wide terminal', async () => {
    const out = stripSgr(await onTerminal(['show', 'red-flags', '--no-pager'], 160));
    expect(Math.max(...out.split('\n').map(displayWidth))).toBeLessThanOrEqual(100);
  });

  it('list is an aligned table on a terminal', async () => {
    const lines = stripSgr(await onTerminal(['list'], 100)).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^overview {10}Overview {18}Why neck muscles/);
  });

  it.each([
    ['NO_COLOR', { NO_COLOR: '1' }],
    ['TERM=dumb', { TERM: 'dumb' }],
  ])('%s turns colour off on a terminal', async (_, env) => {
    expect(await onTerminal(['search', 'ice'], 80)).toContain(ESC);
    expect(await onTerminal(['search', 'ice'], 80, env)).not.toContain(ESC);
  });

  it('NO_COLOR in the environment of the built CLI, on a real terminal (pseudo-terminal)', () => {
    // Both runs in one process, one after another (ptySeries), the one in colour first: a CLI that
    // decided on colour once, as it loaded, would colour the second run too.
    const [coloured, plain] = ptySeries([{ args: ['search', 'ice'] }, { args: ['search', 'ice'], env: { NO_COLOR: '1' } }], 80);
    expect(coloured.output).toContain(ESC);
    expect(plain.output).not.toContain(ESC);
    expect(stripSgr(plain.output)).toBe(stripSgr(coloured.output));
  });

  it('--color never turns colour off on a terminal', async () => {
    expect(await onTerminal(['--color', 'never', 'list'], 80)).not.toContain(ESC);
  });
});

describe('pipes and signals', () => {
  // 400 sections for a long list; only the 50 that are shown need long bodies (1.8 MB to read
  // and check in every run when all 400 had them; 0.3 MB now).
  const big = writeCorpus('big.json', {
    sections: Array.from({ length: 400 }, (_, i) => ({
      id: `s${i}`, title: `Section ${i}`, summary: `Summary ${i}`, body: `Paragraph ${i}. `.repeat(i < 50 ? 300 : 1),
    })),
  });

  it('large output into a pipe arrives whole', async () => {
    const direct = (await runCli(['--data', big, 'list', '--json'])).stdout;
    expect(direct.length).toBeGreaterThan(30_000);
    const piped = spawnSync('bash', ['--norc', '-c', `"${process.execPath}" "${bin}" --data "${big}" show ${Array.from({ length: 50 }, (_, i) => `s${i}`).join(' ')} | cat | wc -c`], { encoding: 'utf8' });
    const whole = (await runCli(['--data', big, 'show', ...Array.from({ length: 50 }, (_, i) => `s${i}`)])).stdout;
    expect(Number(piped.stdout.trim())).toBe(Buffer.byteLength(whole));
    expect(Buffer.byteLength(whole)).toBeGreaterThan(150_000); // well past a 64 KiB pipe buffer
  });

  it('a closed pipe (| head -c 20) ends quietly with exit 0', async () => {
    const r = spawnSync('bash', ['--norc', '-c', `"${process.execPath}" "${bin}" --data "${big}" list --json | head -c 20 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('0');
    expect(r.stderr).toBe('');
  });

  it('Ctrl-C (SIGINT) ends a long search at once: the process dies of the signal', async () => {
    const huge = writeCorpus('huge.json', {
      sections: Array.from({ length: 5_000 }, (_, i) => ({ id: `h${i}`, title: `Heading ${i}`, summary: 'S', body: `Words words ${i} `.repeat(60) })),
    });
    const announce = join(root, 'test/helpers/announce-parse.cjs');
    const child = spawn(process.execPath, ['-r', announce, bin, '--data', huge, 'search', 'wordz'], { cwd: root, env: { PATH: process.env.PATH ?? '' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    // Signal the child once it says it is parsing the corpus: from there it has most of a second
    // of work left (parsing, validating, indexing 5 MB), so the signal lands mid-search.
    child.stderr.on('data', (d) => {
      err += d;
      if (err.startsWith('parsing\n')) child.kill('SIGINT');
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    expect(err, 'the child never reached the corpus parse').toBe('parsing\n');
    // Ended by the signal (the shell shows 130), not run to its end (exit 0 or 1), and printed nothing.
    expect({ code, signal, out }).toEqual({ code: null, signal: 'SIGINT', out: '' });
  });
});

describe('--data edge cases', () => {
  it('an unreadable file: exit 2, naming the file', async () => {
    const path = writeCorpus('secret.json', '{"sections":[]}');
    chmodSync(path, 0o000);
    // Root reads any file through its capabilities: drop them (staying root, so the clone stays
    // reachable even in a private folder) and the file's mode applies.
    const asRoot = process.getuid?.() === 0;
    const command = asRoot ? 'setpriv' : process.execPath;
    const args = asRoot ? ['--bounding-set=-all', '--inh-caps=-all', '--', process.execPath, bin] : [bin];
    const r = spawnSync(command, [...args, '--data', path, 'list'], { encoding: 'utf8', cwd: '/' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`spasm-info: Cannot use '${path}' as a corpus: permission to read it was denied.\n`);
  });

  it('a path through a file: exit 2', async () => {
    const path = writeCorpus('plain.json', '{}');
    const r = await runCli(['--data', join(path, 'x.json'), 'list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a part of the path is not a folder');
  });
});
