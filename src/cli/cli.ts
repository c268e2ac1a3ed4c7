// The command line: wires commander to the library, decides colour and width once, writes output,
// and is the one error boundary. Commands get their streams, environment, terminal facts and clock
// from one IOStreams value (as in gh), so tests run them in-process. Only processIO(), the pager and
// run() touch `process`.

import { Argument, Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { formatDefinitions, formatExamples, type Example } from './help.js';
import type { PagerRun } from './pager.js';
import type { ManPageText } from './manpage.js';
import { indentBlock, wrapText } from '../render/wrap.js';
import type { CliSpec, CommandSpec, OptionSpec } from './cli-spec.js';
import { SHELLS, type Shell } from './shells.js';
import { isDateError, isSpasmError, Interrupted, NotFoundError, SpasmError, UsageError, ExitCode } from '../util/errors.js';
import { formatFooter, formatList, formatSearch } from '../render/format-results.js';
import { lookupSection, lookupSections } from '../corpus/names.js';
import { sectionMarkdown } from '../render/section-markdown.js';
import { planJsonRecord, searchRecords, sectionRecord } from '../corpus/records.js';
import type { Corpus, Section } from '../corpus/types.js';
import { search } from '../search/search.js';
import { listSections } from '../corpus/corpus.js';
import { loadCorpus, type LoadedCorpus } from '../store/store.js';
import { DEL_C1_BIDI, editDistance, sanitize, sanitizeLine } from '../util/text.js';
import { COLOR_CHOICES, resolveColor, resolveWidth, type ColorWhen } from './terminal.js';
import { plainTheme, type Output, type Theme } from '../render/theme.js';
import type { TimerIO } from '../plan/timer-run.js';
import { descriptorOutput } from './fd-output.js';

declare const __VERSION__: string;

interface GlobalOptions {
  data?: string;
  color: ColorWhen;
}

/** What the CLI knows about a stream: whether it is a terminal, and its size when it is. */
export interface TerminalFacts {
  isTTY: boolean;
  columns?: number;
  rows?: number;
}

/** Everything the CLI takes from the world outside it (gh's IOStreams): run() builds one from
 *  `process`; tests build one with in-memory streams, a chosen terminal, env and clock. */
export interface IOStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Readonly<Record<string, string | undefined>>;
  stdoutTerminal: TerminalFacts;
  stderrTerminal: TerminalFacts;
  /** The clock: `plan` counts days from its date. */
  now(): Date;
  /** Shows `text` through the pager `command` (as the user wrote it in $PAGER), `what` naming it in
   *  the pager's prompt, and resolves to how the pager ended and whether it read any of the text. */
  page(command: string, text: string, what: string): Promise<PagerRun>;
  /** What `timer` needs beyond the streams: the signals that stop it, a clock and scheduler to wait
   *  with, the desktop notifier, and the terminal's width as it is now (it can be resized during a
   *  session). Loaded only by `timer`; an IOStreams without it cannot run a timer. */
  timerDevices?(): Promise<TimerDevices>;
}

export type TimerDevices = Pick<TimerIO, 'signals' | 'clock' | 'scheduler' | 'notify'> & { columns(): number | undefined };

/** Shown at the top of --help and in the man page. */
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
  ['FORCE_COLOR', "when set and not 0, colour even in a pipe (as --color always); list's tab-separated lines and JSON stay plain"],
  ['TERM', 'dumb turns colour off'],
  ['PAGER', 'the pager for show and plan on a terminal (default: less -FRX); empty for none'],
  ['SPASM_INFO_CACHE_DIR', 'where to cache search indexes of large --data corpora (default: $XDG_CACHE_HOME/spasm-info or ~/.cache/spasm-info)'],
  ['SPASM_INFO_NO_CACHE', 'when set, no cache is read or written'],
  ['DEBUG', 'when set, an internal error (exit 70) also prints its stack trace'],
  ['SPASM_INFO_TEST_CLOCK_RATE', "for spasm-info's own tests only: makes the timer's clock run this many times faster"],
];

/** The examples at the top of each command's --help. */
const COMMAND_EXAMPLES: Record<string, Example[]> = {
  list: [['spasm-info list', ''], ['spasm-info list --json', '']],
  show: [['spasm-info show thermal', ''], ['spasm-info show physical therapy', ''], ['spasm-info show meds --json', ''], ['spasm-info show red-flags --raw', '']],
  search: [['spasm-info search ibuprofen', ''], ['spasm-info search hot water bottle', ''], ['spasm-info search "what can I take for the pain" --limit 3', ''], ['spasm-info search naproxen --json', '']],
  plan: [['spasm-info plan', ''], ['spasm-info plan --since yesterday', ''], ['spasm-info plan --since "3 days ago"', ''], ['spasm-info plan --since "last monday"', ''], ['spasm-info plan --since 2026-11-20 --json', '']],
  timer: [['spasm-info timer ice', ''], ['spasm-info timer heating pad --minutes 15', ''], ['spasm-info timer heat --since yesterday', ''], ['spasm-info timer ice --json', '']],
  completion: [
    ['spasm-info completion bash > ~/.local/share/bash-completion/completions/spasm-info', ''],
    ['mkdir -p ~/.zfunc && spasm-info completion zsh > ~/.zfunc/_spasm-info', ''],
    ['spasm-info completion fish > ~/.config/fish/completions/spasm-info.fish', ''],
  ],
};

const DESCRIPTION = 'an offline reference for the treatments of neck muscle spasms';

/** The width help is laid out in: the terminal's it goes to (at most 100), 80 in a pipe. */
function helpWidth(io: IOStreams, toStderr = false): number {
  return resolveWidth(toStderr ? io.stderrTerminal : io.stdoutTerminal);
}

/** What the man page says besides the command definitions (src/prebuild.ts writes it as dist/spasm-info.1). */
export function manPageText(date: string): ManPageText {
  return { version: __VERSION__, date, description: DESCRIPTION, examples: EXAMPLES, exitCodes: EXIT_STATUS, environment: ENVIRONMENT };
}

/** The theme for a colour decision; chalk is loaded only when colour is on. */
async function themeFor(color: boolean): Promise<Theme> {
  return color ? (await import('../render/theme-color.js')).createTheme(true) : plainTheme;
}

async function outputFor(io: IOStreams, globals: GlobalOptions): Promise<Output> {
  const facts = io.stdoutTerminal;
  const theme = await themeFor(resolveColor(globals.color, io.env, facts));
  return { theme, width: resolveWidth(facts), tty: facts.isTTY };
}

/** What JSON.stringify leaves raw that could steer a terminal; line and paragraph separators too. */
const JSON_UNSAFE = new RegExp(`[${DEL_C1_BIDI}\\u2028\\u2029]`, 'g');

/** JSON for scripts. JSON.stringify escapes C0 controls itself; DEL, C1 and bidi controls it
 *  leaves raw, so they are escaped here too: no JSON output can steer a terminal. */
export function toJson(value: unknown, indent = 2): string {
  return (
    JSON.stringify(value, null, indent).replace(
      JSON_UNSAFE,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
    ) + '\n'
  );
}

function parseLimit(value: string): number {
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError('It must be a positive whole number.');
  }
  return Number(value);
}

/** The sections `show` names, or the error that says why not. When several words are given and
 *  only some name a section ("thermal nope"), those sections come back with the words that did not. */
async function resolveSections(corpus: Corpus, names: string[]): Promise<{ sections: Section[]; unmatched: string[] }> {
  const found = lookupSections(corpus, names);
  if (found.kind === 'found') return { sections: found.sections, unmatched: [] };
  if (names.length > 1) {
    const each = names.map((name) => ({ name, found: lookupSection(corpus, name) }));
    const sections = each.flatMap((e) => (e.found.kind === 'found' ? [e.found.section] : []));
    if (sections.length) return { sections, unmatched: each.filter((e) => e.found.kind !== 'found').map((e) => e.name) };
  }
  const shown = quote(found.name);
  const pointer = "Run 'spasm-info list' to see every section.";
  if (found.kind === 'ambiguous') {
    const ids = found.candidates.map((s) => s.id).join(', ');
    throw new NotFoundError(`${shown} could mean more than one section: ${sanitizeLine(ids)}.`, [pointer]);
  }
  const { suggestSections } = await import('../corpus/suggest.js');
  const suggestions = suggestSections(corpus, found.name);
  const hint = suggestions.length
    ? [`Did you mean ${suggestions.map((s) => `'${sanitizeLine(s.id)}' (${sanitizeLine(s.title)})`).join(' or ')}?`]
    : [];
  throw new NotFoundError(`No section matches ${shown}.`, [...hint, pointer]);
}

/** A date problem, said about the flag it came from. */
function sinceFlag<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw isDateError(error) ? new UsageError(`--since ${error.message}`) : error;
  }
}

/** A user's text, quoted for an error message: one line, no control characters, not too long. */
function quote(text: string): string {
  const line = sanitizeLine(text);
  return `'${line.length > 60 ? line.slice(0, 57) + '…' : line}'`;
}

/** A section for the terminal: laid out from the build's prerendering when there is one (the bundled
 *  corpus), else rendered with marked now. Both end in the same layout step. */
async function renderForTerminal(loaded: LoadedCorpus, section: Section, output: Output): Promise<string> {
  const prerendered = loaded.prerendered(section.id, output.theme.color);
  if (prerendered) return (await import('../render/layout.js')).layout(prerendered, output.width);
  return (await import('../render/render-markdown.js')).renderSection(loaded.corpus, section, output);
}

/** The commands, wired to `io`. Without one (for --help text, completion and the man page) nothing
 *  can be run. */
export function buildProgram(io: IOStreams = detachedIO): Command {
  const write = (text: string) => void io.stdout.write(text);
  /** A command's examples for its --help, laid out when the help is shown. */
  const examplesFor = (name: string) => ({ error }: { error: boolean }) => formatExamples(COMMAND_EXAMPLES[name], helpWidth(io, error));
  const program = new Command('spasm-info');
  // Set before adding commands: subcommands copy these settings when they are created.
  program
    .exitOverride()
    .configureOutput({
      writeOut: write,
      writeErr: (text) => void io.stderr.write(text),
      outputError: () => {},
      // Help fits the terminal it goes to (at most 100 columns), and 80 columns in a pipe.
      getOutHelpWidth: () => helpWidth(io),
      getErrHelpWidth: () => helpWidth(io, true),
      // The help text has no colour of its own to keep or strip.
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .configureHelp({
      // Commander wraps descriptions in their column; when that column would be too narrow, each
      // description goes under its term instead.
      formatItem: (term, termWidth, description, helper) =>
        description && (helper.helpWidth ?? 80) - termWidth - 4 < 24
          ? `  ${term}\n${indentBlock(description, 6, helper.helpWidth ?? 80)}`
          : Help.prototype.formatItem.call(helper, term, termWidth, description, helper),
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
    .addHelpText('before', ({ error }) => formatExamples(EXAMPLES, helpWidth(io, error)))
    .addHelpText('after', ({ error }) => '\n' + formatDefinitions('Exit status:', EXIT_STATUS, helpWidth(io, error)));

  program
    .command('list')
    .description('list the sections: id, title and summary')
    .option('--json', 'print JSON: [{"id", "title", "summary"}]')
    .addHelpText('before', examplesFor('list'))
    .action(async (options: { json?: boolean }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const { corpus } = await loadCorpus(globals.data, io.env);
      if (options.json) return write(toJson(listSections(corpus)));
      write(formatList(corpus.sections, await outputFor(io, globals)));
    });

  program
    .command('show')
    .description('show one or more sections, formatted for the terminal')
    .argument('<section...>', 'a section id, title, alias or unique prefix (case-insensitive)')
    .option('--json', 'print JSON: {"id", "title", "summary", "body", "sources"}')
    .option('--raw', 'print the Markdown source, unrendered')
    .option('--no-pager', 'never page the output (on a terminal, a section taller than the screen goes through $PAGER)')
    .addHelpText('before', examplesFor('show'))
    .action(async (names: string[], options: { json?: boolean; raw?: boolean; pager: boolean }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      if (options.json && options.raw) throw new UsageError('Choose one of --json and --raw, not both.');
      const loaded = await loadCorpus(globals.data, io.env);
      const { corpus } = loaded;
      const { sections, unmatched } = await resolveSections(corpus, names);
      if (options.json) {
        const records = sections.map((s) => sectionRecord(corpus, s));
        return write(toJson(records.length === 1 ? records[0] : records));
      }
      if (options.raw) {
        write(sanitize(sections.map((s) => sectionMarkdown(corpus, s)).join('\n')));
      } else {
        const output = await outputFor(io, globals);
        const pages: string[] = [];
        for (const s of sections) pages.push(await renderForTerminal(loaded, s, output));
        // The sources and the disclaimer once, after every section.
        const footer = formatFooter(corpus, sections, output);
        const text = pages.join('\n') + (footer ? '\n' + footer : '');
        await writePaged(io, text, output, options.pager, sections.map((s) => sanitizeLine(s.title)).join(', '), `spasm-info show ${names.join(' ')}`);
      }
      // Names that matched nothing, beside ones that did: what was found is shown, and exit 1 says the rest was not.
      if (unmatched.length) {
        const shown = sections.map((s) => sanitizeLine(s.title)).join(', ');
        throw new NotFoundError(`${unmatched.map(quote).join(' and ')} matched no section; ${shown} ${sections.length > 1 ? 'are' : 'is'} shown.`, ["Run 'spasm-info list' to see every section."]);
      }
    });

  program
    .command('search')
    .description('search every section, by words, drug and brand names, typos and questions')
    .argument('<query...>', 'words to look for, in any order')
    .option('--json', 'print JSON: [{"id", "title", "score", "snippet"}], best first')
    .addOption(new Option('-n, --limit <n>', 'show at most n results').argParser(parseLimit).default(5))
    .addHelpText('before', examplesFor('search'))
    .action(async (words: string[], options: { json?: boolean; limit: number }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const query = words.join(' ');
      if (sanitize(query).trim() === '') throw new UsageError('The search query is empty: give one or more words to look for.');
      const loaded = await loadCorpus(globals.data, io.env);
      const result = search(loaded.index(), query, { limit: options.limit });
      for (const c of result.corrections) {
        await note(io, globals, `no exact match for ${quote(c.from)}; showing results for ${quote(c.to)}.`);
      }
      if (result.unmatched.length) await note(io, globals, `no match for ${result.unmatched.map(quote).join(', ')}.`);
      if (options.json) {
        write(toJson(searchRecords(result)));
      } else if (result.hits.length) {
        write(formatSearch(result, await outputFor(io, globals)));
      }
      if (result.hits.length === 0) {
        const hints = result.suggestions.length
          ? [`Did you mean ${result.suggestions.map((s) => quote(s.to)).join(', ')}?`]
          : [];
        hints.push("Try other words, or run 'spasm-info list' to see every section.");
        const why = result.terms.length
          ? ''
          : /[\p{L}\p{N}]/u.test(query)
            ? ' (it has only common words like "what" and "the")'
            : ' (it has no words, only punctuation or symbols)';
        throw new NotFoundError(`Nothing matches ${quote(query)}${why}.`, hints);
      }
    });

  program
    .command('plan')
    .description("what the article advises for each day since the spasm or injury started")
    .addOption(new Option('--since <date>', 'when it started: an ISO date (2026-11-20), today, yesterday, "3 days ago", "2 weeks ago", "last week", a weekday ("monday")').default('today'))
    .option('--json', 'print JSON: {"day", "start", "phases", "today"}')
    .option('--no-pager', 'never page the output (on a terminal, a plan taller than the screen goes through $PAGER)')
    .addHelpText('before', examplesFor('plan'))
    .action(async (options: { since: string; json?: boolean; pager: boolean }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const { corpus } = await loadCorpus(globals.data, io.env);
      if (!corpus.plan) throw new UsageError(`The corpus ${quote(globals.data ?? 'bundled')} has no care plan.`);
      const { isSimpleSince, localDate, parseSince, planFor } = await import('../plan/plan.js');
      const words = isSimpleSince(options.since) ? undefined : (await import('../plan/since-words.js')).readWords;
      const now = io.now();
      const today = localDate(now);
      const record = planFor(corpus.plan, sinceFlag(() => parseSince(options.since, today, { now, words })), today);
      if (options.json) return write(toJson(planJsonRecord(record)));
      const { formatPlan } = await import('../plan/format-plan.js');
      const output = await outputFor(io, globals);
      const text = formatPlan(record, { ...output, disclaimer: corpus.disclaimer });
      await writePaged(io, text, output, options.pager, `Day ${record.day} of the plan`, `spasm-info plan --since ${JSON.stringify(options.since)}`);
    });

  program
    .command('timer')
    .description("time one application of ice or heat, the article's 20 minutes, with a bell at the end")
    .argument('<ice|heat...>', 'ice or heat, or a name for one: cold, ice pack, heating pad, hot water bottle…')
    .option('--minutes <n>', "a shorter session: a whole number of minutes from 1 to the article's 20")
    .option('--since <date>', 'when the spasm started, as for plan: warns when the article advises something else today')
    .option('--json', 'print one JSON object per line per event: {"event": "start", "end" or "cancelled", "at", …}')
    .addHelpText('before', examplesFor('timer'))
    .action(async (names: string[], options: { minutes?: string; since?: string; json?: boolean }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const { corpus } = await loadCorpus(globals.data, io.env);
      const { runTimerCommand, checkTimerRequest } = await import('../plan/timer-run.js');
      const request = { name: names.join(' '), ...options };
      checkTimerRequest(corpus.plan, request, io.now()); // usage errors first, before anything runs
      if (!io.timerDevices) throw new Error('timer ran without timer devices in its IOStreams');
      const devices = await io.timerDevices();
      const status = await runTimerCommand(corpus.plan, request, {
        ...devices,
        stdout: { write: (text) => io.stdout.write(text), isTTY: io.stdoutTerminal.isTTY, get columns() { return devices.columns(); } },
        env: io.env,
        theme: (await outputFor(io, globals)).theme,
        note: (message) => note(io, globals, message),
        jsonLine: (value) => toJson(value, 0),
      });
      if (status !== ExitCode.ok) throw new Interrupted(status);
    });

  program
    .command('completion')
    .description('print a shell completion script; see the README for where to put it')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .addHelpText('before', examplesFor('completion'))
    .action(async (shell: Shell) => write((await import('./completion.js')).completionScript(shell, cliSpec(program))));

  // A usage error found while parsing a subcommand's arguments points to that command's help.
  for (const sub of program.commands) {
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
  });
  const help: OptionSpec = { names: ['-h', '--help'], description: 'show help' };
  const args = (c: Command): CommandSpec['args'] => {
    const first = c.registeredArguments[0]?.name();
    if (first?.includes('|')) return 'text';
    return first === 'section' ? 'sections' : first === 'query' ? 'text' : first === 'shell' ? 'shells' : 'none';
  };
  /** An argument named by its usual values (`<ice|heat...>`): those values, offered for completion. */
  const words = (c: Command) => {
    const first = c.registeredArguments[0]?.name();
    return first?.includes('|') ? first.split('|') : undefined;
  };
  return {
    name: program.name(),
    globalOptions: [...program.options.map(option), help],
    commands: program.commands.map((c) => ({
      name: c.name(), description: c.description(), options: c.options.map(option), args: args(c),
      ...(words(c) ? { words: words(c) } : {}),
    })),
  };
}

/** Writes `text`, through the user's pager when it is taller than the terminal. Never in a pipe:
 *  the caller passes output.tty. `what` names the text in the pager's prompt; `again` is the command
 *  that shows it without the pager. A pager that read nothing of the text (not installed, or failed
 *  at once like PAGER=false) leaves it to be printed here, with a note; one that failed or was killed
 *  after reading is not followed by the text again (it may have shown it: it would appear twice),
 *  but by a sentence saying how to see it without a pager, and exit 2. */
async function writePaged(io: IOStreams, text: string, output: Output, usePager: boolean, what: string, again: string): Promise<void> {
  const rows = io.stdoutTerminal.rows || 24;
  const pager = io.env.PAGER === undefined ? 'less -FRX' : io.env.PAGER.trim();
  if (!output.tty || !usePager || !pager || text.split('\n').length < rows) return void io.stdout.write(text);
  const run = await io.page(pager, text, what);
  if (run.status === 0) return;
  // A shell reports a child ended by a signal as 128 + its number.
  const { signals } = await import('node:os').then((os) => os.constants);
  const signal = run.signal ?? (run.status !== null && run.status > 128 ? Object.keys(signals).find((name) => signals[name as NodeJS.Signals] === run.status! - 128) : undefined);
  const how = signal ? `was stopped by ${signal}` : run.status === 127 && run.readNothing ? 'could not be run' : `stopped with exit status ${run.status}`;
  if (run.readNothing) {
    io.stdout.write(text);
    io.stderr.write(`spasm-info: the pager ${quote(pager)} ${how}, so the text is printed here (PAGER sets the pager).\n`);
    return;
  }
  throw new SpasmError(`The pager ${quote(pager)} ${how}.`, ExitCode.usage, [`Run '${again} --no-pager' to print it without a pager.`]);
}

/** Runs `pager` on the real terminal with `text` as its input (src/cli/pager.ts, loaded only to page). */
async function spawnPager(pager: string, text: string, what: string): Promise<PagerRun> {
  const { runPager } = await import('./pager.js');
  const ignoreInterrupt = () => {};
  process.on('SIGINT', ignoreInterrupt); // Ctrl-C belongs to the pager while it runs
  try {
    return await runPager(text, pager, process.env, what);
  } finally {
    process.off('SIGINT', ignoreInterrupt);
  }
}

/** stderr decides colour on its own: it may be a terminal while stdout is a pipe, or the reverse. */
function stderrTheme(io: IOStreams, globals: GlobalOptions | undefined): Promise<Theme> {
  return themeFor(resolveColor(globals?.color ?? 'auto', io.env, io.stderrTerminal));
}

async function note(io: IOStreams, globals: GlobalOptions, message: string): Promise<void> {
  io.stderr.write(`${(await stderrTheme(io, globals)).muted('spasm-info: ' + message)}\n`);
}

/** Commander's errors read "error: unknown option '--x'\n(Did you mean --y?)": made into one line. */
function commanderMessage(error: CommanderError): string {
  const text = error.message
    .replace(/^error:\s*/i, '')
    .replace(/\s*\(Did you mean (.+?)\?\)/, '; did you mean $1?')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.?!]$/.test(sentence) ? sentence : sentence + '.';
}

/** Runs the CLI with `argv` (the words after the command's name); resolves to the exit code and
 *  never throws. */
export async function main(argv: string[], io: IOStreams): Promise<number> {
  const program = buildProgram(io);
  try {
    if (argv.length === 0) {
      io.stdout.write(briefHelp(program, helpWidth(io)));
      return ExitCode.ok;
    }
    // `help NAME` for a command that does not exist: commander would show the root help as if asked.
    if (argv[0] === 'help' && argv[1] !== undefined && !program.commands.some((c) => c.name() === argv[1])) {
      const names = program.commands.map((c) => c.name());
      const close = names.find((name) => editDistance(name, argv[1].toLowerCase(), 2) <= 2);
      throw new UsageError(`Unknown command ${quote(argv[1])}${close ? `; did you mean ${close}?` : `: the commands are ${names.join(', ')}.`}`, [
        "Run 'spasm-info --help' for usage.",
      ]);
    }
    await program.parseAsync(argv, { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    const globals = program.opts<GlobalOptions>();
    if (error instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version'].includes(error.code)) return ExitCode.ok;
      if (error.code === 'commander.help' && error.exitCode === 0) return ExitCode.ok;
      if (error.code === 'commander.help') return ExitCode.usage; // no command given: help went to stderr
      const sub = failedCommand.get(error);
      await report(io, globals, commanderMessage(error), [sub ? `Run 'spasm-info ${sub} --help' for its usage.` : "Run 'spasm-info --help' for usage."]);
      return ExitCode.usage;
    }
    if (isSpasmError(error)) {
      if (error.message) await report(io, globals, error.message, error.hints);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    await report(io, globals, `Internal error: ${message}. Please report it.`, []);
    if (io.env.DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return 70;
  }
}

/** The longest quoted text (an argument, a file name) a message echoes, and the longest message. */
const MAX_ECHO = 60;
const MAX_MESSAGE = 400;

/** Cuts what a message echoes of the user's input, so a 128 KB argument does not fill the screen:
 *  each quoted part to MAX_ECHO characters, the whole to MAX_MESSAGE. */
export function cutEchoes(message: string): string {
  const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max - 1) + '…' : text);
  return cut(message.replace(/'([^']{61,})'/g, (_, quoted: string) => `'${cut(quoted, MAX_ECHO)}'`), MAX_MESSAGE);
}

async function report(io: IOStreams, globals: GlobalOptions | undefined, message: string, hints: string[]): Promise<void> {
  const theme = await stderrTheme(io, globals);
  // Messages can carry a file name or a query: no control character of theirs reaches the terminal.
  const lines = [`${theme.error('spasm-info:')} ${cutEchoes(sanitizeLine(message))}`, ...hints.map((h) => `  ${cutEchoes(sanitizeLine(h))}`)];
  io.stderr.write(lines.join('\n') + '\n');
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

/** The real streams, environment, terminal and clock. Output to a pipe or a file is written
 *  directly to the descriptor (src/cli/fd-output.ts): Node's stream objects are created only for a
 *  terminal. A failed write (other than a reader that went away: `| head`) is said once and ends
 *  with 74, whichever the command, even after it finished (--help). */
export function processIO(): IOStreams & { failed(): boolean } {
  let failed = false;
  const stdout = descriptorOutput(1, () => process.stdout, (error) => {
    failed = true;
    process.exitCode = EXIT_CANNOT_WRITE; // for a failure after main() has returned
    stderr.write(`spasm-info: cannot write output: ${error.message}\n`);
  });
  const stderr = descriptorOutput(2, () => process.stderr, () => {}); // nowhere left to say it
  return {
    stdout,
    stderr,
    env: process.env,
    get stdoutTerminal() {
      return stdout.terminal();
    },
    get stderrTerminal() {
      return stderr.terminal();
    },
    now: () => new Date(),
    page: spawnPager,
    timerDevices: async () => {
      const { realTime, desktopNotifier } = await import('../plan/timer-run.js');
      return { ...realTime(process.env), signals: process, notify: desktopNotifier(process.platform, process.env), columns: () => process.stdout.columns };
    },
    failed: () => failed,
  };
}

/** Exit status when output cannot be written (a full disk, a device error): EX_IOERR of
 *  sysexits.h, beside 70 (EX_SOFTWARE) for internal errors. */
const EXIT_CANNOT_WRITE = 74;

/** Entry point used by bin/spasm-info.cjs. */
export async function run(): Promise<void> {
  // A standard output closed by the shell (`>&-`) is not reported: Node replaces a closed fd 1 with
  // /dev/null opened read-write, which is exactly what a parent gives a child whose output it
  // discards (Node's stdio 'ignore', Python's subprocess.DEVNULL). Telling the two apart is
  // impossible, and failing the scripted case with 74 would break scripts, so both exit 0.
  // Ctrl-C: no handler, so Node's default ends the process at once, even mid-search (the shell
  // reports 130). Nothing here changes terminal modes, so there is nothing to restore. The one
  // exception is `timer`, which hides the cursor: while a session runs it handles SIGINT, SIGTERM
  // and SIGHUP itself, to show the cursor again and say how long the session ran.
  const io = processIO();
  const code = await main(process.argv.slice(2), io);
  process.exitCode = io.failed() ? EXIT_CANNOT_WRITE : code;
}
