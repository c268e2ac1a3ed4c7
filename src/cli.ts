// The command line: wires commander to the library, decides colour and width once, writes output,
// and is the one error boundary. The only module that touches process, stdout and stderr.

import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { NotFoundError, SpasmError, UsageError, ExitCode } from './errors.js';
import { formatFooter, formatList, formatSearch } from './format.js';
import { formatPlan } from './format-plan.js';
import { localDate, parseSince, planFor } from './plan.js';
import { lookupSection } from './names.js';
import { sectionMarkdown } from './markdown.js';
import type { Corpus, Section } from './schema.js';
import { search } from './search.js';
import { loadCorpus, type LoadedCorpus } from './store.js';
import { sanitize, sanitizeLine } from './text.js';
import { COLOR_CHOICES, resolveColor, resolveWidth, type ColorWhen } from './terminal.js';
import { plainTheme, type Theme } from './theme.js';

declare const __VERSION__: string;

interface GlobalOptions {
  data?: string;
  color: ColorWhen;
}

/** Everything a command needs to know about where its output goes, decided once. */
interface Output {
  theme: Theme;
  width: number;
  tty: boolean;
}

const EXAMPLES = `Examples:
  spasm-info list                      the sections, with a summary of each
  spasm-info show thermal              one section, formatted for the terminal
  spasm-info show physical therapy     names match by id, title, alias or prefix
  spasm-info search ibuprofen          search everything, brand and generic names too
  spasm-info search "ice or heat first" --limit 3
  spasm-info plan --since yesterday    what to do today, day by day
  spasm-info list --json               machine-readable output for scripts
`;

const EXIT_CODES = `
Exit status:
  0  success
  1  nothing found (unknown section, no search results)
  2  usage error or unusable input file
`;

function stdoutFacts() {
  return { isTTY: Boolean(process.stdout.isTTY), columns: process.stdout.columns };
}

/** The theme for a colour decision; chalk is loaded only when colour is on. */
async function themeFor(color: boolean): Promise<Theme> {
  return color ? (await import('./theme-color.js')).createTheme(true) : plainTheme;
}

async function outputFor(globals: GlobalOptions): Promise<Output> {
  const facts = stdoutFacts();
  const theme = await themeFor(resolveColor(globals.color, process.env, facts));
  return { theme, width: resolveWidth(facts), tty: facts.isTTY };
}

function write(text: string): void {
  process.stdout.write(text);
}

/** JSON for scripts. JSON.stringify escapes C0 controls itself; DEL, C1 and bidi controls it
 *  leaves raw, so they are escaped here too: no JSON output can steer a terminal. */
export function toJson(value: unknown): string {
  return (
    JSON.stringify(value, null, 2).replace(
      /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g,
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

/** Resolves the names given to `show`: all the words as one name first ("physical therapy"),
 *  else each word as a name of its own ("thermal rest"). */
async function resolveSections(corpus: Corpus, names: string[]): Promise<Section[]> {
  const whole = names.join(' ');
  const found = lookupSection(corpus, whole);
  if (found.kind === 'found') return [found.section];
  if (names.length > 1) {
    const each = names.map((name) => lookupSection(corpus, name));
    if (each.every((r) => r.kind === 'found')) {
      return each.map((r) => (r as { section: Section }).section);
    }
  }
  const shown = quote(whole);
  const pointer = "Run 'spasm-info list' to see every section.";
  if (found.kind === 'ambiguous') {
    const ids = found.candidates.map((s) => s.id).join(', ');
    throw new NotFoundError(`${shown} could mean more than one section: ${sanitizeLine(ids)}.`, [pointer]);
  }
  const { suggestSections } = await import('./suggest.js');
  const suggestions = suggestSections(corpus, whole);
  const hint = suggestions.length
    ? [`Did you mean ${suggestions.map((s) => `'${sanitizeLine(s.id)}' (${sanitizeLine(s.title)})`).join(' or ')}?`]
    : [];
  throw new NotFoundError(`No section matches ${shown}.`, [...hint, pointer]);
}

/** A user's text, quoted for an error message: one line, no control characters, not too long. */
function quote(text: string): string {
  const line = sanitizeLine(text);
  return `'${line.length > 60 ? line.slice(0, 57) + '…' : line}'`;
}

function showJson(section: Section, corpus: Corpus) {
  const sources = section.origin === 'supplementary'
    ? (section.sourceIds ?? []).map((id) => corpus.sources?.find((s) => s.id === id)).filter(Boolean)
    : corpus.source ? [corpus.source] : undefined;
  return {
    id: section.id,
    title: section.title,
    summary: section.summary,
    body: section.body,
    ...(section.origin ? { origin: section.origin } : {}),
    ...(sources?.length ? { sources } : {}),
    ...(section.drugs?.length ? { drugs: section.drugs } : {}),
  };
}

/** A section for the terminal: laid out from the build's prerendering when there is one (the bundled
 *  corpus), else rendered with marked now. Both end in the same layout step. */
async function renderForTerminal(loaded: LoadedCorpus, section: Section, output: Output): Promise<string> {
  const prerendered = loaded.prerendered(section.id, output.theme.color);
  if (prerendered) return (await import('./layout.js')).layout(prerendered, output.width);
  return (await import('./render.js')).renderSection(loaded.corpus, section, output);
}

export function buildProgram(): Command {
  const program = new Command('spasm-info');
  // Set before adding commands: subcommands copy these settings when they are created.
  program
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .showSuggestionAfterError(true)
    .description('An offline reference for the treatments of neck muscle spasms.')
    .version(__VERSION__, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addOption(new Option('--data <file>', 'use this corpus file instead of the bundled one'))
    .addOption(new Option('--color <when>', 'colour: auto (on a terminal), always or never').choices(COLOR_CHOICES).default('auto'))
    .addHelpText('before', EXAMPLES)
    .addHelpText('after', EXIT_CODES);

  program
    .command('list')
    .description('list the sections: id, title and summary')
    .option('--json', 'print JSON: [{"id", "title", "summary"}]')
    .addHelpText('before', 'Examples:\n  spasm-info list\n  spasm-info list --json\n')
    .action(async (options: { json?: boolean }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const { corpus } = await loadCorpus(globals.data, process.env);
      const sections = corpus.sections.map(({ id, title, summary }) => ({ id, title, summary }));
      if (options.json) return write(toJson(sections));
      write(formatList(corpus.sections, await outputFor(globals)));
    });

  program
    .command('show')
    .description('show one or more sections, formatted for the terminal')
    .argument('<section...>', 'a section id, title, alias or unique prefix (case-insensitive)')
    .option('--json', 'print JSON: {"id", "title", "summary", "body", "sources"}')
    .option('--raw', 'print the Markdown source, unrendered')
    .addHelpText('before', 'Examples:\n  spasm-info show thermal\n  spasm-info show physical therapy\n  spasm-info show meds --json\n  spasm-info show red-flags --raw\n')
    .action(async (names: string[], options: { json?: boolean; raw?: boolean }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      if (options.json && options.raw) throw new UsageError('Choose one of --json and --raw, not both.');
      const loaded = await loadCorpus(globals.data, process.env);
      const { corpus } = loaded;
      const sections = await resolveSections(corpus, names);
      if (options.json) {
        const records = sections.map((s) => showJson(s, corpus));
        return write(toJson(records.length === 1 ? records[0] : records));
      }
      if (options.raw) return write(sanitize(sections.map((s) => sectionMarkdown(corpus, s)).join('\n')));
      const output = await outputFor(globals);
      const pages: string[] = [];
      for (const s of sections) {
        pages.push((await renderForTerminal(loaded, s, output)) + '\n' + formatFooter(corpus, s, output));
      }
      write(pages.join('\n'));
    });

  program
    .command('search')
    .description('search every section, by words, drug and brand names, typos and questions')
    .argument('<query...>', 'words to look for, in any order')
    .option('--json', 'print JSON: [{"id", "title", "score", "snippet"}], best first')
    .addOption(new Option('-n, --limit <n>', 'show at most n results').argParser(parseLimit).default(5))
    .addHelpText('before', 'Examples:\n  spasm-info search ibuprofen\n  spasm-info search hot water bottle\n  spasm-info search "what can I take for the pain" --limit 3\n  spasm-info search naproxen --json\n')
    .action(async (words: string[], options: { json?: boolean; limit: number }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const query = words.join(' ');
      if (sanitize(query).trim() === '') throw new UsageError('The search query is empty: give one or more words to look for.');
      const loaded = await loadCorpus(globals.data, process.env);
      const result = search(loaded.index(), query, { limit: options.limit });
      for (const c of result.corrections) {
        await note(globals, `no exact match for ${quote(c.from)}; showing results for ${quote(c.to)}.`);
      }
      if (options.json) {
        write(toJson(result.hits.map((h) => ({
          id: h.id,
          title: h.title,
          score: h.score,
          snippet: h.snippet.text,
          ...(h.snippet.reason ? { reason: h.snippet.reason } : {}),
          matched: h.matched,
        }))));
      } else if (result.hits.length) {
        write(formatSearch(result, await outputFor(globals)));
      }
      if (result.hits.length === 0) {
        const hints = result.suggestions.length
          ? [`Did you mean ${result.suggestions.map((s) => quote(s.to)).join(', ')}?`]
          : [];
        hints.push("Try other words, or run 'spasm-info list' to see every section.");
        const why = result.terms.length ? '' : ' (it has only common words like "what" and "the")';
        throw new NotFoundError(`Nothing matches ${quote(query)}${why}.`, hints);
      }
    });

  program
    .command('plan')
    .description("what the article advises for each day since the spasm or injury started")
    .addOption(new Option('--since <date>', 'when it started: an ISO date (2026-11-20), today, yesterday or "N days ago"').default('today'))
    .option('--json', 'print JSON: {"day", "start", "phases", "today"}')
    .addHelpText('before', 'Examples:\n  spasm-info plan\n  spasm-info plan --since yesterday\n  spasm-info plan --since "3 days ago"\n  spasm-info plan --since 2026-11-20 --json\n')
    .action(async (options: { since: string; json?: boolean }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const { corpus } = await loadCorpus(globals.data, process.env);
      if (!corpus.plan) throw new UsageError(`The corpus ${quote(globals.data ?? 'bundled')} has no care plan.`);
      const today = localDate(new Date());
      const record = planFor(corpus.plan, parseSince(options.since, today), today);
      if (options.json) {
        const { day, start, phases, today: inForce } = record;
        return write(toJson({ day, start, phases, today: inForce, whenReady: record.whenReady, ...(record.beyond ? { beyond: record.beyond } : {}) }));
      }
      write(formatPlan(record, { ...(await outputFor(globals)), disclaimer: corpus.disclaimer }));
    });

  return program;
}

/** stderr decides colour on its own: it may be a terminal while stdout is a pipe, or the reverse. */
function stderrTheme(globals: GlobalOptions | undefined): Promise<Theme> {
  return themeFor(resolveColor(globals?.color ?? 'auto', process.env, { isTTY: Boolean(process.stderr.isTTY) }));
}

async function note(globals: GlobalOptions, message: string): Promise<void> {
  process.stderr.write(`${(await stderrTheme(globals)).muted('spasm-info: ' + message)}\n`);
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

/** Runs the CLI; resolves to the exit code and never throws. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    const globals = program.opts<GlobalOptions>();
    if (error instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version'].includes(error.code)) return ExitCode.ok;
      if (error.code === 'commander.help' && error.exitCode === 0) return ExitCode.ok;
      if (error.code === 'commander.help') return ExitCode.usage; // no command given: help went to stderr
      await report(globals, commanderMessage(error), ["Run 'spasm-info --help' for usage."]);
      return ExitCode.usage;
    }
    if (error instanceof SpasmError) {
      await report(globals, error.message, error.hints);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    await report(globals, `Internal error: ${message}. Please report it.`, []);
    if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 70;
  }
}

async function report(globals: GlobalOptions | undefined, message: string, hints: string[]): Promise<void> {
  const theme = await stderrTheme(globals);
  // Messages can carry a file name or a query: no control character of theirs reaches the terminal.
  const lines = [`${theme.error('spasm-info:')} ${sanitizeLine(message)}`, ...hints.map((h) => `  ${sanitizeLine(h)}`)];
  process.stderr.write(lines.join('\n') + '\n');
}

/** Entry point used by bin/spasm-info.cjs. */
export async function run(): Promise<void> {
  // A closed pipe (`| head`) is a normal end, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.stderr.write(`spasm-info: cannot write output: ${error.message}\n`);
    process.exitCode = ExitCode.usage;
  });
  // Ctrl-C: no handler, so Node's default ends the process at once, even mid-search (the shell
  // reports 130). Nothing here changes terminal modes, so there is nothing to restore.
  process.exitCode = await main(process.argv.slice(2));
}
