// The dispatch table reads plain command lines without commander (src/cli/dispatch.ts). These
// tests hold it to commander: every command line it accepts must be read into exactly what
// commander hands the command's action, and the everyday ones must be accepted (or the fast path
// would silently be lost).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IOStreams } from '../src/cli/cli.js';
import type { Invocation } from '../src/cli/commands.js';
import { matchCommandLine } from '../src/cli/dispatch.js';
import { buildProgram, dispatchTable } from '../src/cli/program.js';
import { root } from './helpers/cli.js';

const table = dispatchTable();

const quiet: IOStreams = {
  stdout: { write: () => true },
  stderr: { write: () => true },
  env: {},
  stdoutTerminal: { isTTY: false },
  stderrTerminal: { isTTY: false },
  now: () => new Date(0),
  page: async () => ({ status: 0, signal: null, readNothing: false }),
};

/** What commander hands the action for `argv`, or 'error' when it stops at help, --version or a usage error. */
async function commanderReads(argv: string[]): Promise<Invocation | 'error'> {
  let read: Invocation | undefined;
  const program = buildProgram(quiet, async (invocation) => {
    read = structuredClone(invocation);
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch {
    return 'error';
  }
  return read ?? 'error';
}

const everyday = [
  ['list'],
  ['list', '--json'],
  ['show', 'thermal'],
  ['show', 'physical', 'therapy'],
  ['show', 'meds', '--json'],
  ['show', 'red-flags', '--raw'],
  ['show', 'thermal', '--no-pager'],
  ['search', 'ibuprofen'],
  ['search', 'what', 'can', 'I', 'take', 'for', 'the', 'pain', '--limit', '3'],
  ['search', '-n', '2', 'naproxen', '--json'],
  ['plan'],
  ['plan', '--since', 'yesterday'],
  ['plan', '--since', '2026-11-20', '--json'],
  ['--data', 'corpus.json', 'list'],
  ['list', '--color', 'never'],
  ['--color', 'always', 'show', 'thermal'],
  ['timer', 'ice', '--minutes', '15'],
];

/** Command lines commander must read: help, version, errors, forms the table leaves to it. */
const commanderOnly = [
  [],
  ['--help'],
  ['list', '--help'],
  ['-h'],
  ['--version'],
  ['list', '--version'],
  ['help', 'list'],
  ['completion', 'bash'],
  ['list', 'extra'],
  ['show'],
  ['search', '--limit', '0', 'x'],
  ['search', '-n3', 'x'],
  ['search', '--limit=3', 'x'],
  ['show', '--', '--json'],
  ['list', '--color', 'blue'],
  ['--json', 'list'],
  ['show', '--jsn', 'thermal'],
  ['search', '-5'],
  ['plan', '--since'],
  ['LIST'],
  ['__proto__'],
  ['constructor'],
];

describe('the dispatch table', () => {
  it.each(everyday)('reads %j without commander, into what commander reads', async (...argv) => {
    const fast = matchCommandLine(table, argv);
    expect(fast, 'the table left an everyday command line to commander').toBeDefined();
    expect(fast).toStrictEqual(await commanderReads(argv));
  });

  it.each(commanderOnly)('leaves %j to commander', (...argv) => {
    expect(matchCommandLine(table, argv)).toBeUndefined();
  });

  it('reads any command line it accepts exactly as commander does', async () => {
    const word = fc.constantFrom(
      'list', 'show', 'search', 'plan', 'timer', 'completion', 'help', 'bash', 'thermal', 'physical', 'therapy', 'ice', 'ibuprofen',
      '--json', '--raw', '--no-pager', '--pager', '-n', '--limit', '--since', '--minutes', '--data', '--color', '-v', '--version',
      '-h', '--help', '--', '-', '', ' ', '3', '0', '-1', '1.5', ' 7 ', 'x', 'yesterday', 'never', 'always', 'auto', 'blue',
      'f.json', '--limit=3', '-n3', '--data=x', '-jn', '__proto__', 'toString',
    );
    // Half the command lines are a command the table knows among mostly its own options and
    // plausible words, so that many are accepted and compared.
    const own = (command: string) => fc.oneof(
      { arbitrary: fc.constantFrom(...table.commands[command].options.flatMap((f) => f.flags), 'thermal', 'ice', 'x', '3', 'yesterday', 'never', 'f.json', '--data', '--color'), weight: 4 },
      { arbitrary: word, weight: 1 },
    );
    const planned = fc.constantFrom(...Object.keys(table.commands)).chain((command) =>
      fc.tuple(fc.constantFrom([], ['--data', 'f.json'], ['--color', 'never'], ['--color', 'blue']), fc.array(own(command), { maxLength: 5 }))
        .map(([before, after]) => [...before, command, ...after]),
    );
    const argvs = fc.oneof(fc.array(word, { maxLength: 7 }), planned);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(argvs, async (argv) => {
        const fast = matchCommandLine(table, argv);
        if (!fast) return;
        accepted++;
        expect(fast).toStrictEqual(await commanderReads(argv));
      }),
      { numRuns: 2000 },
    );
    expect(accepted, 'too few generated command lines were accepted to compare').toBeGreaterThan(200);
  });

  it('the bundle carries the table made from the definitions now', async () => {
    const bundle = `${root}dist/cli.cjs`;
    if (!existsSync(bundle)) return; // npm test builds first; a lone vitest run from a clean clone has no bundle
    const { dispatchTable: bundled } = createRequire(import.meta.url)(bundle) as { dispatchTable(): Promise<unknown> };
    expect(await bundled()).toStrictEqual(JSON.parse(JSON.stringify(table)));
  });
});
