// The command line's one definition, with commander: its commands, options, arguments, help text
// and usage errors. Each command's action is handed to a runner (src/cli/commands.ts does the work);
// the same definitions give the man page, the completion scripts (cliSpec) and the table that reads
// plain command lines without loading commander (dispatchTable, src/cli/dispatch.ts). Loaded only
// for what that table cannot read: help, --version, errors, completion.

import { Argument, Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { formatDefinitions, formatExamples, type Example } from './help.js';
import { indentBlock, wrapText } from '../render/wrap.js';
import type { CliSpec, CommandSpec, OptionSpec } from './cli-spec.js';
import type { ManPageText } from './manpage.js';
import { SHELLS } from './shells.js';
import { UsageError, ExitCode } from '../util/errors.js';
import { displayWidth, editDistance } from '../util/text.js';
import { COLOR_CHOICES, resolveWidth } from './terminal.js';
import type { IOStreams } from './cli.js';
import type { GlobalOptions, Invocation } from './commands.js';
import { commandPrefix, quote } from './quote.js';
import { jsonKeys } from '../corpus/json-fields.js';
import { VALUE_READERS, type CommandTable, type DispatchTable, type FlagSpec } from './dispatch.js';

declare const __VERSION__: string;

/** Shown at the end of --help (after the usage, description and options, as in the man page), and in the man page. */
export const EXAMPLES: Example[] = [
  ['spasm-info list', 'the sections, with a summary of each'],
  ['spasm-info show thermal', 'one section, formatted for the terminal'],
  ['spasm-info show physical therapy', 'names match by id, title, alias or prefix'],
  ['spasm-info search ibuprofen', 'search everything, brand and generic names too'],
  ['spasm-info search "ice or heat first" --limit 3', 'at most three results, best first'],
  ['spasm-info plan --since yesterday', 'what to do today, day by day'],
  ['spasm-info timer ice', 'time one ice pack: 20 minutes'],
  ['spasm-info list --json', 'machine-readable output for scripts'],
];

export const EXIT_STATUS: [string, string][] = [
  ['0', 'success'],
  ['1', 'nothing found (unknown section, no search results)'],
  ['2', 'usage error or unusable input file'],
  ['70', 'internal error: a bug in spasm-info (set DEBUG=1 to see the stack); please report it'],
  ['74', 'output could not be written (a full disk, a device error)'],
  ['130', 'timer stopped by Ctrl-C (143 by SIGTERM, 129 by SIGHUP)'],
];

export const ENVIRONMENT: [string, string][] = [
  ['NO_COLOR', 'when set to anything non-empty, no colour (unless --color always or FORCE_COLOR)'],
  ['FORCE_COLOR', "when set and not 0, colour even in a pipe (as --color always); list's tab-separated lines and JSON stay plain; 0 or false: no colour, even on a terminal"],
  ['TERM', 'dumb turns colour off; dumb, unset or empty: no pager (less cannot work there)'],
  ['COLUMNS', 'the width to lay text out in where no terminal gives one (a pipe, a file): a whole number, at most 100 used (default: 80)'],
  ['PAGER', 'the pager for show and plan on a terminal (default: less -FRX); empty for none'],
  ['LESS', 'options for less as the pager; unset or empty, less is given -FRX, as git gives it; without R, -R is added for colour'],
  ['SPASM_INFO_CACHE_DIR', 'where to cache search indexes of large --data corpora (default: $XDG_CACHE_HOME/spasm-info or ~/.cache/spasm-info)'],
  ['SPASM_INFO_NO_CACHE', 'when set, no cache is read or written'],
  ['DEBUG', 'when set, an internal error (exit 70) also prints its stack trace'],
  ['SPASM_INFO_TEST_CLOCK_RATE', "for spasm-info's own tests only: makes the timer's clock run this many times faster"],
];

/** The examples at the end of each command's --help, after its usage, description and options. */
const COMMAND_EXAMPLES: Record<string, Example[]> = {
  list: [['spasm-info list', ''], ['spasm-info list --json', '']],
  show: [['spasm-info show thermal', ''], ['spasm-info show physical therapy', ''], ['spasm-info show meds --json', ''], ['spasm-info show red-flags --raw', '']],
  search: [['spasm-info search ibuprofen', ''], ['spasm-info search hot water bottle', ''], ['spasm-info search "what can I take for the pain" --limit 3', ''], ['spasm-info search naproxen --json', '']],
  plan: [['spasm-info plan', ''], ['spasm-info plan --since yesterday', ''], ['spasm-info plan --since "3 days ago"', ''], ['spasm-info plan --since "last monday"', ''], ['spasm-info plan --since 2026-11-20 --json', '']],
  timer: [['spasm-info timer ice', ''], ['spasm-info timer heating pad --minutes 15', ''], ['spasm-info timer heat --since yesterday', ''], ['spasm-info timer ice --json', '']],
  completion: [
    ['mkdir -p ~/.local/share/bash-completion/completions && spasm-info completion bash > ~/.local/share/bash-completion/completions/spasm-info', ''],
    ['mkdir -p ~/.zfunc && spasm-info completion zsh > ~/.zfunc/_spasm-info', ''],
    ['spasm-info completion fish > ~/.config/fish/completions/spasm-info.fish', ''],
  ],
};

const DESCRIPTION = 'an offline reference for the treatments of neck muscle spasms';

/** The width help is laid out in: the terminal's it goes to (at most 100), 80 in a pipe (or COLUMNS). */
function helpWidth(io: IOStreams, toStderr = false): number {
  return resolveWidth(toStderr ? io.stderrTerminal : io.stdoutTerminal, io.env);
}

/** What the man page says besides the command definitions (src/prebuild.ts writes it as dist/spasm-info.1). */
export function manPageText(date: string): ManPageText {
  return { version: __VERSION__, date, description: DESCRIPTION, examples: EXAMPLES, exitCodes: EXIT_STATUS, environment: ENVIRONMENT };
}

/** Runs a command line commander has read. */
export type Runner = (invocation: Invocation) => Promise<void>;

/** The commands, wired to `io` for their help and errors, and to `run` for their actions. Without
 *  them (for the man page, completion and the dispatch table) nothing can be run. */
export function buildProgram(io: IOStreams = detachedIO, run: Runner = detached): Command {
  const write = (text: string) => void io.stdout.write(text);
  /** A command's examples for the end of its --help, laid out when the help is shown. (trial20
   *  finding 18: they came first, before the usage line.) */
  const examplesFor = (name: string) => ({ error }: { error: boolean }) => '\n' + formatExamples(COMMAND_EXAMPLES[name], helpWidth(io, error)).trimEnd();
  const program = new Command('spasm-info');
  // Set before adding commands: subcommands copy these settings when they are created.
  program
    .exitOverride()
    .configureOutput({
      writeOut: write,
      // commander writes to stderr only the whole help, when options but no command are given
      // (`spasm-info --color never`, `spasm-info --`): that is a usage error, said in one sentence below.
      writeErr: () => {},
      outputError: () => {},
      // Help fits the terminal it goes to (at most 100 columns), and 80 columns in a pipe.
      getOutHelpWidth: () => helpWidth(io),
      getErrHelpWidth: () => helpWidth(io, true),
      // The help text has no colour of its own to keep or strip.
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .configureHelp({
      // A command's own help lists the options every command takes too (--data, --color), under
      // "Global Options" (trial47: `list --help` had left them out, though they work with it).
      showGlobalOptions: true,
      // ... but not --version, which is used alone (`spasm-info list --version` is a usage error).
      visibleGlobalOptions(this: Help, cmd: Command) {
        return Help.prototype.visibleGlobalOptions.call(this, cmd).filter((option) => option.long !== '--version');
      },
      // Commander wraps descriptions in their column, but only a column of 40 or more (its
      // minWidthToWrap); a narrower one it leaves unwrapped, and the line wrap below would then start
      // the rest at the left edge. So a column of 24 to 39 is wrapped here, in the column; when even
      // that would be too narrow, each description goes under its term instead.
      formatItem: (term, termWidth, description, helper) => {
        const width = helper.helpWidth ?? 80;
        const column = width - termWidth - 4;
        if (!description || column >= helper.minWidthToWrap) return Help.prototype.formatItem.call(helper, term, termWidth, description, helper);
        if (column < 24) return `  ${term}\n${indentBlock(description, 6, width)}`;
        const [first, ...rest] = wrapText(description, column).split('\n');
        const pad = ' '.repeat(Math.max(0, termWidth - displayWidth(term)));
        return [`  ${term}${pad}  ${first}`, ...rest.map((line) => ' '.repeat(termWidth + 4) + line)].join('\n');
      },
      // What commander leaves too wide (a usage line) is wrapped too, hanging under its first word.
      formatHelp: (cmd, helper) =>
        Help.prototype.formatHelp.call(helper, cmd, helper).split('\n').map((line) => wrapText(line, helper.helpWidth ?? 80, /^Usage: /.test(line) ? 7 : undefined)).join('\n'),
    })
    .showSuggestionAfterError(true)
    .description(`${DESCRIPTION.charAt(0).toUpperCase()}${DESCRIPTION.slice(1)}.`)
    .version(__VERSION__, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addOption(new Option('--data <file>', 'use this corpus file instead of the bundled one'))
    .addOption(new Option('--color <when>', 'colour: auto (on a terminal), always or never; list\'s tab-separated lines and JSON are never coloured').choices(COLOR_CHOICES).default('auto'))
    .addHelpText('after', ({ error }) => '\n' + formatExamples(EXAMPLES, helpWidth(io, error)).trimEnd())
    .addHelpText('after', ({ error }) => '\n' + formatDefinitions('Exit status:', EXIT_STATUS, helpWidth(io, error)).trimEnd());

  program
    .command('list')
    .description('list the sections: id, title and summary')
    .option('--json', `print JSON: [${jsonKeys('list')}]`)
    .addHelpText('after', examplesFor('list'));

  program
    .command('show')
    .description('show one or more sections, formatted for the terminal')
    .argument('<section...>', 'a section id, title, alias or unique prefix, or a term only it has (any case)')
    .option('--json', `print JSON: ${jsonKeys('show')} (? only when it applies; an array for several sections)`)
    .option('--raw', 'print the Markdown source, unrendered')
    .option('--no-pager', 'never page the output (on a terminal, a section taller than the screen goes through $PAGER)')
    .addHelpText('after', examplesFor('show'));

  program
    .command('search')
    .description('search every section, by words, drug and brand names, typos and questions')
    .argument('<query...>', 'words to look for, in any order')
    .option('--json', `print JSON, best first: [${jsonKeys('search')}] (? only when it applies)`)
    .addOption(new Option('-n, --limit <n>', 'show at most n results').argParser(valueReader('limit')).default(5))
    .addHelpText('after', examplesFor('search'));

  program
    .command('plan')
    .description("what the article advises for each day since the spasm or injury started")
    .addOption(new Option('--since <date>', 'when it started: an ISO date (2026-11-20), "20 Nov 2026", today, yesterday, "3 days ago", "2 weeks ago", "last week", a weekday ("monday"), or 13/05/2026 (but not 05/12/2026, which could be either day-month order)').default('today'))
    .option('--json', `print JSON: ${jsonKeys('plan')} (? only when it applies)`)
    .option('--no-pager', 'never page the output (on a terminal, a plan taller than the screen goes through $PAGER)')
    .addHelpText('after', examplesFor('plan'));

  program
    .command('timer')
    .description("time one application of ice or heat, the article's 20 minutes, with a bell at the end")
    .argument('<ice|heat...>', 'ice or heat, or a name for one: cold, ice pack, heating pad, hot water bottle…')
    .option('--minutes <n>', "a shorter session: a whole number of minutes from 1 to the article's 20")
    .option('--since <date>', 'when the spasm started, as for plan: warns when the article advises something else today')
    .option('--json', `print one JSON object per line per event (start, end or cancelled): ${jsonKeys('timer')}`)
    .addHelpText('after', examplesFor('timer'));

  program
    .command('completion')
    .description('print a shell completion script; see the README for where to put it')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .addHelpText('after', examplesFor('completion'));

  for (const sub of program.commands) {
    // commander calls an action with the argument values, then the options and the command.
    sub.action((...values: unknown[]) => run({ command: sub.name(), args: values.slice(0, -2), options: sub.opts(), globals: program.opts<GlobalOptions>() }));
    // A usage error found while parsing a subcommand's arguments points to that command's help.
    sub.exitOverride((error) => {
      failedCommand.set(error, sub.name());
      throw error;
    });
  }
  return program;
}

/** The subcommand whose arguments a commander error is about. */
const failedCommand = new WeakMap<CommanderError, string>();

/** `spasm-info` alone: what it is, its commands and a few examples, on stdout with exit 0, as gh
 *  does (the full --help is 40 lines, more than a screen). */
function briefHelp(program: Command, width: number): string {
  const commands = program.commands.map((c): [string, string] => [c.name(), c.description()]);
  return [
    wrapText(`${program.name()}: ${DESCRIPTION}.`, width),
    '',
    formatDefinitions('Commands:', commands, width),
    formatExamples(EXAMPLES.slice(0, 4), width),
    wrapText(`Run '${program.name()} --help' for every option, or '${program.name()} COMMAND --help' for one command.`, width),
    '',
  ].join('\n');
}

/** The command line as data, from the same definitions as --help: for completion and the man page. */
export function cliSpec(program: Command = buildProgram()): CliSpec {
  const option = (o: Option): OptionSpec => ({
    names: [o.short, o.long].filter((n): n is string => Boolean(n)),
    description: o.description,
    ...(o.required || o.optional ? { value: /<([^>]+)>|\[([^\]]+)\]/.exec(o.flags)!.slice(1).find(Boolean) } : {}),
    ...(o.argChoices ? { choices: o.argChoices } : {}),
    ...(o.long === '--version' ? { alone: true as const } : {}),
  });
  const help: OptionSpec = { names: ['-h', '--help'], description: 'show help' };
  const args = (c: Command): CommandSpec['args'] => {
    const first = c.registeredArguments[0]?.name();
    if (first?.includes('|')) return 'text';
    return first === 'section' ? 'sections' : first === 'query' ? 'text' : first === 'shell' ? 'shells' : first === 'command' ? 'commands' : 'none';
  };
  /** An argument named by its usual values (`<ice|heat...>`): those values, offered for completion. */
  const words = (c: Command) => {
    const first = c.registeredArguments[0]?.name();
    return first?.includes('|') ? first.split('|') : undefined;
  };
  const single = (c: Command) => c.registeredArguments.length === 1 && !c.registeredArguments[0].variadic;
  return {
    name: program.name(),
    globalOptions: [...program.options.map(option), help],
    // The commands as --help lists them, so with commander's own `help [command]`, which is not in
    // program.commands (the completion scripts had no `help`).
    commands: program.createHelp().visibleCommands(program).map((c) => ({
      name: c.name(), description: c.description(), options: c.options.map(option), args: args(c),
      ...(words(c) ? { words: words(c) } : {}),
      // A command whose argument is named by its usual values (`timer <ice|heat...>`) is offered them
      // only for its first word: "timer ice heat" is no timer (trial67 finding 3).
      ...(single(c) || words(c) ? { single: true as const } : {}),
    })),
  };
}

/** Commander's errors read "error: unknown option '--x'\n(Did you mean --y?)": made into one line. */
function commanderMessage(error: CommanderError): string {
  const text = error.message
    .replace(/^error:\s*/i, '')
    .replace(/\s*\(Did you mean (.+?)\?\)/, '; did you mean $1?')
    .replace(/\s*\n\s*/g, ' ')
    // commander's jargon for a command's argument with choices (`completion tcsh`), in plain words.
    .replace(/^command-argument value (.*) is invalid for argument '(.*)'\. Allowed choices are (.*)\.$/, '$1 is not a $2 spasm-info knows; the choices are $3.')
    // Its two sentences made one: "option '-n, --limit <n>' argument '0' is invalid. It must be a
    // positive whole number." and "Too many arguments for 'plan'. Expected 0 arguments but got 1."
    .replace(/^option '(?:-\w, )?(--[\w-]+)[^']*' argument '(.*)' is invalid\. (\w)(.*?)\.?$/i, (_, flag: string, value: string, first: string, rest: string) => `invalid ${flag} '${value}': ${first.toLowerCase()}${rest}.`)
    .replace(/^too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/i, "too many arguments for '$1': it takes $2, not $3.")
    .trim();
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.?!]$/.test(sentence) ? sentence : sentence + '.';
}


/** Which reader (dispatch.ts) each commander argument parser made by valueReader() calls. */
const readerNames = new Map<unknown, keyof typeof VALUE_READERS>();

/** An option's value reader for commander: a value the reader refuses is a usage error. */
function valueReader(name: keyof typeof VALUE_READERS): (value: string) => unknown {
  const parse = (value: string) => {
    try {
      return VALUE_READERS[name](value);
    } catch (error) {
      throw new InvalidArgumentError((error as Error).message);
    }
  };
  readerNames.set(parse, name);
  return parse;
}

/** The table that reads plain command lines without commander (src/cli/dispatch.ts), from the
 *  definitions above. An option or argument of a kind the table cannot read exactly as commander
 *  does leaves its command out (or, for a global option, itself: --version), and so to commander. */
export function dispatchTable(program: Command = buildProgram()): DispatchTable {
  const flag = (command: Command, o: Option): FlagSpec | undefined => {
    const reader = o.parseArg ? readerNames.get(o.parseArg) : undefined;
    // commander checks choices with a parser of its own, which returns a choice as it is.
    const choicesOnly = o.argChoices !== undefined && o.argChoices.every((choice) => o.parseArg?.(choice, undefined) === choice);
    // (conflictsWith, implied and _versionOptionName are there at run time, not in commander's types.)
    const more = o as Option & { conflictsWith: string[]; implied?: object };
    const version = (command as unknown as { _versionOptionName?: string })._versionOptionName;
    // Anything with behaviour of its own is left to commander: --version (it prints and exits), an
    // optional or variadic value, a preset, an environment variable, conflicts, implied values, a
    // parser that is not a known reader.
    const plain = o.attributeName() !== version && !o.optional && !o.variadic && !o.mandatory && o.envVar === undefined &&
      o.presetArg === undefined && !more.conflictsWith.length && more.implied === undefined && (!o.parseArg || reader || choicesOnly);
    if (!plain) return undefined;
    return {
      flags: [o.short, o.long].filter((n): n is string => Boolean(n)),
      key: o.attributeName(),
      takesValue: o.required,
      ...(o.required ? {} : { sets: !o.negate }),
      ...(reader ? { reader } : {}),
      ...(o.argChoices ? { choices: o.argChoices } : {}),
    };
  };
  const commands: Record<string, CommandTable> = {};
  for (const c of program.commands) {
    const options = c.options.map((o) => flag(c, o));
    const [first, ...more] = c.registeredArguments;
    // No argument, or one or more words (a required variadic argument with no parser or choices).
    const words = first !== undefined && !more.length && first.required && first.variadic && !first.parseArg && !first.argChoices && first.defaultValue === undefined;
    if (options.some((o) => !o) || (first && !words) || c.aliases().length) continue;
    commands[c.name()] = { options: options as FlagSpec[], defaults: { ...c.opts() }, words };
  }
  const globals = program.options.map((o) => flag(program, o)).filter((f): f is FlagSpec => Boolean(f));
  return { globals, globalDefaults: { ...program.opts() }, commands };
}

/** Reads and runs the command line `argv` with commander: help, --version and usage errors are
 *  answered here (a usage error thrown as a UsageError for the CLI's error boundary); a command is
 *  handed to `run`. `seen` is given the global options commander read, for wording errors. */
export async function runProgram(argv: string[], io: IOStreams, run: Runner, seen: (globals: GlobalOptions) => void): Promise<number> {
  const program = buildProgram(io, run);
  try {
    if (argv.length === 0) {
      io.stdout.write(briefHelp(program, helpWidth(io)));
      return ExitCode.ok;
    }
    // `help help`: the help command's own usage is the root help's line "help [command]".
    if (argv[0] === 'help' && argv[1] === 'help' && argv.length === 2) argv = ['help'];
    // `help NAME` for a command that does not exist: commander would show the root help as if asked.
    if (argv[0] === 'help' && argv[1] !== undefined && !program.commands.some((c) => c.name() === argv[1])) {
      const names = program.commands.map((c) => c.name());
      const close = names.find((name) => editDistance(name, argv[1].toLowerCase(), 2) <= 2);
      throw new UsageError(`Unknown command ${quote(argv[1])}${close ? `; did you mean ${close}?` : `: the commands are ${names.join(', ')}.`}`);
    }
    // --version says the version and nothing else: with more on the line (`--version extra`,
    // `search ice --version`) the rest was ignored silently (trial20 finding 21).
    const options = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
    if (argv.length > 1 && options.some((word) => word === '--version' || word === '-v')) {
      throw new UsageError("--version is used alone: run 'spasm-info --version'.");
    }
    await program.parseAsync(argv, { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (['commander.helpDisplayed', 'commander.version'].includes(error.code)) return ExitCode.ok;
    if (error.code === 'commander.help' && error.exitCode === 0) return ExitCode.ok;
    // Help that could not be written (`help plan >/dev/full`): commander ends with process.exitCode,
    // which the failed write set (74) and reported in its own sentence; it is no missing command.
    if (error.code === 'commander.help' && error.exitCode !== 1) return error.exitCode;
    if (error.code === 'commander.help') {
      const names = program.commands.map((c) => c.name()).filter((name) => name !== 'help');
      throw new UsageError(`No command given: the commands are ${names.join(', ')}.`);
    }
    if (error.code === 'commander.unknownCommand') throw unknownCommand(error, argv, program);
    const sub = failedCommand.get(error);
    throw new UsageError(withPointer(commanderMessage(error), sub ? `run 'spasm-info ${sub} --help' for its usage` : "run 'spasm-info --help' for usage"));
  } finally {
    seen(program.opts<GlobalOptions>());
  }
}

/** An unknown command: commander's "did you mean", made blind to case (SHOW is show); and for words
 *  that are no command at all, the search a new user probably meant (`spasm-info neck pain`). */
function unknownCommand(error: CommanderError, argv: string[], program: Command): UsageError {
  const typed = /'(.*)'/.exec(error.message)?.[1] ?? '';
  const name = program.commands.find((c) => c.name() === typed.toLowerCase())?.name();
  const message = name ? `Unknown command ${quote(typed)}; did you mean ${name}?` : commanderMessage(error);
  const words = argv.includes(typed) ? argv.slice(argv.indexOf(typed)) : [];
  // Only plain words, so that the command shown can be pasted into a shell as it is. (The pattern is
  // made here, not written as a literal: V8 checks a literal's Unicode classes when it parses the
  // file, 2.3 million instructions on every `--help`.)
  const plain = new RegExp('^[\\p{L}\\p{N}][\\p{L}\\p{N}-]*$', 'u');
  const search = !/did you mean/.test(message) && words.length > 0 && words.join(' ').length <= 60 && words.every((w) => plain.test(w));
  return new UsageError(withPointer(message, search ? `to search for it, run '${commandPrefix(dataBefore(argv, typed))} search ${words.join(' ')}'` : "run 'spasm-info --help' for usage"));
}

/** The --data file named before `word` (`--data f` or `--data=f`), for a command to suggest that
 *  reads the same corpus (trial22 finding 11). */
function dataBefore(argv: string[], word: string): string | undefined {
  let data: string | undefined;
  const end = argv.indexOf(word);
  for (let i = 0; i < end; i++) {
    if (argv[i] === '--data' && i + 1 < end) data = argv[++i];
    else if (argv[i].startsWith('--data=')) data = argv[i].slice('--data='.length);
  }
  return data;
}

/** A message with a pointer to what helps, in the one sentence stderr gets (trial20 finding 20: it
 *  was a line of its own): "Unknown option '--x' (run 'spasm-info show --help' for its usage)." A
 *  message that asks "did you mean --limit?" or lists the choices already says what helps. */
function withPointer(message: string, pointer: string): string {
  return /\?$|choices are /.test(message) ? message : `${message.replace(/\.$/, '')} (${pointer}).`;
}

/** For building the program only to read its definitions: running a command with it is a bug. */
const detachedIO: IOStreams = {
  stdout: { write: detached },
  stderr: { write: detached },
  env: {},
  stdoutTerminal: { isTTY: false },
  stderrTerminal: { isTTY: false },
  now: detached,
  page: detached,
};

function detached(): never {
  throw new Error('a command ran without IOStreams');
}
