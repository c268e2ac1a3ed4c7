// The plain command lines (`list`, `show thermal --json`, `search ibuprofen -n 3`, `plan --since
// yesterday`) read without loading commander, from a table made of commander's own definitions
// (dispatchTable() in src/cli/program.ts; the build writes it into dist/cli.cjs). Only what the
// table can answer exactly as commander would is read here: every other command line (help,
// --version, a misspelt option, `--x=y`, `-n3`, `--`, a missing argument, a bad value) goes to
// commander, which reads it and words its errors. test/dispatch.test.ts checks that this reads
// every command line it accepts into the same values commander does.
// Why: loading and setting up commander is 40 KB of the CLI bundle and about 6% more instructions
// than `node -e 0` at every start (measured with callgrind through a pipe; figures in the README).

import type { GlobalOptions, Invocation } from './commands.js';

/** An option as the table knows it. */
export interface FlagSpec {
  /** Every spelling: ['-n', '--limit']. */
  flags: string[];
  /** Where commander stores its value (its attribute name). */
  key: string;
  /** Whether it takes a value: the next word. */
  takesValue: boolean;
  /** For an option without a value, the value it sets: true, or false for a `--no-…` option. */
  sets?: boolean;
  /** The name of the reader (VALUE_READERS) that turns its value into what commander stores. */
  reader?: keyof typeof VALUE_READERS;
  choices?: readonly string[];
}

export interface CommandTable {
  options: FlagSpec[];
  /** Option values before the command line is read (commander's defaults). */
  defaults: Record<string, unknown>;
  /** Whether the command takes one or more words (a required variadic argument), else none. */
  words: boolean;
}

export interface DispatchTable {
  globals: FlagSpec[];
  globalDefaults: Record<string, unknown>;
  /** The commands whose command lines can be read here. */
  commands: Record<string, CommandTable>;
}

/** `--limit`: a positive whole number. One past the largest safe integer is as good as it: no corpus
 *  has that many sections, and the message must not call 99999999999999999999 no whole number. */
function readLimit(value: string): number {
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) {
    throw new Error('It must be a positive whole number.');
  }
  return Math.min(Number(value), Number.MAX_SAFE_INTEGER);
}

/** The readers of option values, by name: commander calls them too (program.ts), so a value is
 *  read the same way on both paths. A reader throws when the value is not acceptable. */
export const VALUE_READERS = { limit: readLimit };

const maybeOption = (arg: string) => arg.length > 1 && arg[0] === '-';

/** The command line `argv` read with `table`, or undefined when commander must read it. */
export function matchCommandLine(table: DispatchTable, argv: readonly string[]): Invocation | undefined {
  const globals: Record<string, unknown> = { ...table.globalDefaults };
  const options: Record<string, unknown> = {};
  const words: string[] = [];
  let name: string | undefined;
  let command: CommandTable | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!maybeOption(arg)) {
      if (command) {
        words.push(arg);
        continue;
      }
      if (!Object.hasOwn(table.commands, arg)) return undefined;
      name = arg;
      command = table.commands[arg];
      continue;
    }
    // Global options are read wherever they stand, as commander's program reads them.
    const global = table.globals.find((f) => f.flags.includes(arg));
    const flag = global ?? command?.options.find((f) => f.flags.includes(arg));
    if (!flag) return undefined;
    const into = global ? globals : options;
    if (!flag.takesValue) {
      into[flag.key] = flag.sets;
      continue;
    }
    const value = argv[++i];
    if (value === undefined || value.startsWith('-')) return undefined;
    if (flag.choices && !flag.choices.includes(value)) return undefined;
    if (flag.reader) {
      try {
        into[flag.key] = VALUE_READERS[flag.reader](value);
      } catch {
        return undefined; // commander says what is wrong with it
      }
    } else {
      into[flag.key] = value;
    }
  }
  if (!command || !name) return undefined;
  if (command.words ? words.length === 0 : words.length > 0) return undefined;
  return { command: name, args: command.words ? [words] : [], options: { ...command.defaults, ...options }, globals: globals as unknown as GlobalOptions };
}
