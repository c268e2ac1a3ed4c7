// What each command does, once its command line has been read (by commander in src/cli/program.ts,
// or by the dispatch table in src/cli/dispatch.ts): it asks the library for values and words them
// for the terminal. It never imports commander, so `list`, `show`, `search` and `plan` run without
// loading it.

import type { IOStreams } from './cli.js';
import type { Shell } from './shells.js';
import { isDateError, Interrupted, NotFoundError, SpasmError, UsageError, ExitCode } from '../util/errors.js';
import { formatFooter, formatList } from '../render/format-results.js';
import { formatSearch } from '../render/format-search.js';
import { resolveSections, type SectionsResolution } from '../corpus/names.js';
import { sectionMarkdown } from '../render/section-markdown.js';
import { planJsonRecord, searchRecords, sectionRecord } from '../corpus/records.js';
import type { Corpus, Section } from '../corpus/types.js';
import { listSections, warningSection } from '../corpus/corpus.js';
import { addedBy } from '../corpus/provenance.js';
import { loadCorpus, type LoadedCorpus } from '../store/store.js';
import { decodeEntities, DEL_C1_BIDI, INVISIBLE, INVISIBLE_ASTRAL, sanitize, sanitizeLine, words } from '../util/text.js';
import { PIPE_WIDTH, resolveColor, resolveWidth, urlFit, type ColorWhen } from './terminal.js';
import { plainTheme, type Output, type Theme } from '../render/theme.js';
import { commandPrefix, quote } from './quote.js';
import { layout } from '../render/layout.js';
import { glue, wrapText } from '../render/wrap.js';

/** The options every command takes (before or after its name). */
export interface GlobalOptions {
  data?: string;
  color: ColorWhen;
}

/** A command line, read: the command, its positional values as commander hands them to an action
 *  (a variadic argument is one array), its options and the global options, defaults filled in. */
export interface Invocation {
  command: string;
  args: unknown[];
  options: Record<string, unknown>;
  globals: GlobalOptions;
}

/** The theme for a colour decision; its colours (dist/theme-color.cjs) are loaded only when colour is on. */
async function themeFor(color: boolean): Promise<Theme> {
  return color ? (await import('../render/theme-color.js')).createTheme(true) : plainTheme;
}

async function outputFor(io: IOStreams, globals: GlobalOptions): Promise<Output> {
  const facts = io.stdoutTerminal;
  const theme = await themeFor(resolveColor(globals.color, io.env, facts));
  return { theme, width: resolveWidth(facts, io.env), tty: facts.isTTY, urls: urlFit(facts, io.env) };
}

/** stderr decides colour on its own: it may be a terminal while stdout is a pipe, or the reverse.
 *  `--color always` is about the output: stderr is coloured then only on a terminal, so that
 *  `2>err.log` holds no escape codes (trial20 finding 26), as `ls --color=always` and `grep
 *  --color=always` colour what they print and never their messages. */
export function stderrTheme(io: IOStreams, globals: GlobalOptions | undefined): Promise<Theme> {
  const when = globals?.color ?? 'auto';
  return themeFor(when === 'always' ? io.stderrTerminal.isTTY : resolveColor(when, io.env, io.stderrTerminal));
}

/** A line for stderr. On a terminal it is wrapped at word boundaries to the window (at most 100
 *  columns), its continuation lines starting `hang` columns in: the terminal would otherwise cut a
 *  long message mid-word. In a pipe it stays one line, for scripts and logs. */
export function fitStderr(io: IOStreams, line: string, hang = 0): string {
  if (!io.stderrTerminal.isTTY) return line;
  const width = resolveWidth(io.stderrTerminal, io.env);
  // A command to run ('spasm-info show medications --no-pager', or in brackets as the warning
  // notice gives it: "(spasm-info show red-flags)") stays on one line, to be copied whole, unless it
  // is longer than a line.
  return wrapText(line.replace(/'spasm-info [^']*'|\(spasm-info [^()]*\)/g, (command) => (command.length <= width - hang ? glue(command) : command)), width, hang);
}

async function note(io: IOStreams, globals: GlobalOptions, message: string): Promise<void> {
  io.stderr.write(`${fitStderr(io, (await stderrTheme(io, globals)).muted('spasm-info: ' + message))}\n`);
}

/** What JSON.stringify leaves raw that could steer a terminal; line and paragraph separators and
 *  invisible characters too (escaped, they can be seen). */
const JSON_UNSAFE = new RegExp(`[${DEL_C1_BIDI}${INVISIBLE}\\u2028\\u2029]|${INVISIBLE_ASTRAL}`, 'g');

/** JSON for scripts. JSON.stringify escapes C0 controls itself; DEL, C1 and bidi controls it
 *  leaves raw, so they are escaped here too: no JSON output can steer a terminal. */
export function toJson(value: unknown, indent = 2): string {
  return (
    wellFormed(JSON.stringify(value, null, indent)).replace(
      JSON_UNSAFE,
      (ch) => ch.replace(/[^]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`),
    ) + '\n'
  );
}

/** An escaped lone surrogate (`\ud800`), not after an escaping backslash: JSON.stringify writes one
 *  for a lone surrogate (a `--data` file's "\ud800", or a pair cut in two) and writes a pair as
 *  itself, so every such escape in its output is a lone one. */
const LONE_SURROGATE = /(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g;

/** JSON text with each lone surrogate as U+FFFD, as the screens show it: a lone surrogate is no
 *  Unicode character, and jq and other strict readers refuse the whole document for one
 *  (trial22 finding 12). Before the escaping of invisible characters, which writes a pair's halves. */
function wellFormed(json: string): string {
  return json.includes('\\ud') ? json.replace(LONE_SURROGATE, '$1\\ufffd') : json;
}

/** What the user typed, as the library gets it: without control, bidi or invisible characters,
 *  which the terminal showed as nothing. So 'he<U+200B>at' is searched as the "heat" an error
 *  echoes, not as "he" and "at" (the echo is sanitised the same way). A terminal's escape sequence
 *  pasted in ('ice<ESC>[31m pack', a colour) showed as nothing too, its letters and digits with it:
 *  it goes whole, not leaving "[31m" to be searched for. */
const typed = (text: string) => sanitize(text.includes('\u001b') || text.includes('\u009b') ? text.replace(ESCAPE_SEQUENCE, '') : text);
/** A terminal's control sequence (CSI: ESC [ or U+009B, parameters, a final letter) or operating
 *  system command (OSC: ESC ] … BEL or ESC \\), and a two-character escape (ESC and one more: "ESC c" resets the terminal). */
const ESCAPE_SEQUENCE = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-~]/g;

/** Bytes that are not UTF-8 reach us as U+FFFD, the replacement character (Node decodes argv so): a
 *  terminal or script in another encoding (Latin-1 'caf\xe9'). Searching the pieces around them finds
 *  nonsense or nothing, so it is bad input, said as such (exit 2) instead of 'Nothing matches'. */
function typedText(text: string, what: string): string {
  if (text.includes('\uFFFD')) throw new UsageError(`The ${what} is not valid UTF-8 text: check the character encoding of your terminal or script.`);
  return typed(text);
}

/** A section's title in a message or prompt: one line, its HTML entities decoded, as show prints it. */
const titleOf = (section: Pick<Section, 'title'>) => sanitizeLine(decodeEntities(section.title));

/** Said inside a sentence where it helps: "No section matches 'x' (run 'spasm-info list' to see every
 *  section)." With --data FILE in the command, so that it lists that corpus. */
const listPointer = (globals: GlobalOptions) => `run '${commandPrefix(globals.data)} list' to see every section`;

/** Why `show` found nothing, for the command line: the library says which name and why. */
async function sectionProblem(corpus: Corpus, found: Exclude<SectionsResolution, { kind: 'found' }>, globals: GlobalOptions): Promise<NotFoundError> {
  const shown = quote(found.name);
  if (found.kind === 'ambiguous') {
    const ids = found.candidates.map((s) => s.id).join(', ');
    return new NotFoundError(`${shown} could mean more than one section: ${sanitizeLine(ids)}.`);
  }
  const { suggestSections } = await import('../corpus/suggest.js');
  const suggestions = suggestSections(corpus, found.name);
  if (suggestions.length) return new NotFoundError(`No section matches ${shown}; did you mean ${suggestions.map((s) => `'${sanitizeLine(s.id)}' (${titleOf(s)})`).join(' or ')}?`);
  return new NotFoundError(`No section matches ${shown} (${listPointer(globals)}).`);
}

/** A date problem, said about the flag it came from. */
function sinceFlag<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw isDateError(error) ? new UsageError(`--since ${error.message}`) : error;
  }
}

/** A section for the terminal: laid out from the build's prerendering when there is one (the bundled
 *  corpus), else rendered with marked now. Both end in the same layout step. */
async function renderForTerminal(loaded: LoadedCorpus, section: Section, output: Output): Promise<string> {
  const piped = !output.theme.color && output.width === PIPE_WIDTH && output.urls === 'whole' ? loaded.piped?.(section.id) : undefined;
  if (piped !== undefined) return piped;
  const prerendered = loaded.prerendered(section.id, output.theme.color);
  if (prerendered) return layout(prerendered, output.width, output.urls);
  return (await import('../render/render-markdown.js')).renderSection(loaded.corpus, section, output);
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
  if (!output.tty || !usePager || !pager || !pagingTerminal(io.env) || text.split('\n').length < rows) return void io.stdout.write(text);
  const run = await io.page(pager, text, what);
  if (run.status === 0) return;
  // A shell reports a child ended by a signal as 128 + its number.
  const { signals } = await import('node:os').then((os) => os.constants);
  const signal = run.signal ?? (run.status !== null && run.status > 128 ? Object.keys(signals).find((name) => signals[name as NodeJS.Signals] === run.status! - 128) : undefined);
  const how = signal ? `was stopped by ${signal}` : run.status === 127 && run.readNothing ? 'could not be run' : `stopped with exit status ${run.status}`;
  if (run.readNothing) {
    io.stdout.write(text);
    io.stderr.write(`${fitStderr(io, `spasm-info: the pager ${quote(pager)} ${how}, so the text is printed here (PAGER sets the pager).`)}\n`);
    return;
  }
  throw new SpasmError(`The pager ${quote(pager)} ${how}; run '${again} --no-pager' to print it without one.`, ExitCode.usage);
}

/** Whether the terminal can run a pager: not when TERM is dumb (Emacs's shell and M-x compile), unset or
 *  empty, where less stops at once with "WARNING: terminal is not fully functional / Press RETURN"
 *  (trial20 finding 13). git pages whatever TERM says (it leaves Emacs users to set PAGER=cat) and
 *  only turns colour off for dumb; systemd's pager does what is done here, as less cannot work there. */
function pagingTerminal(env: IOStreams['env']): boolean {
  return Boolean(env.TERM) && env.TERM !== 'dumb';
}

type Command = (io: IOStreams, invocation: Invocation) => Promise<void>;

const list: Command = async (io, { options, globals }) => {
  const { corpus } = await loadCorpus(globals.data, io.env);
  if (options.json) return void io.stdout.write(toJson(listSections(corpus)));
  io.stdout.write(formatList(corpus.sections, await outputFor(io, globals)));
};

/** The most names `show` takes (distinct words): far more than a corpus's sections are ever named at once. */
const MAX_NAMES = 100;

const show: Command = async (io, { args, options, globals }) => {
  // A blank name (`show ''`, an unset shell variable quoted) names nothing: left out, as search
  // leaves out blank words; only blank names is a usage error, as an empty query is.
  // A name typed twice is looked up once; and the names are bounded, as a query is, since each costs
  // a lookup (100,000 names took 29 s).
  const names = [...new Set((args[0] as string[]).map((name) => typedText(name, 'section name')).filter((name) => name.trim() !== ''))];
  const usage = "(run 'spasm-info show --help' for its usage)";
  if (names.length === 0) throw new UsageError(`The section name is empty: give a section id, title or alias ${usage}.`);
  if (names.length > MAX_NAMES) throw new UsageError(`Too many section names (${names.length}): show takes at most ${MAX_NAMES} ${usage}.`);
  if (options.json && options.raw) throw new UsageError(`Choose one of --json and --raw, not both ${usage}.`);
  const loaded = await loadCorpus(globals.data, io.env);
  const { corpus } = loaded;
  const found = resolveSections(corpus, names);
  if (found.kind !== 'found') {
    // --json prints JSON even then: no section, [], as search prints for no result (trial18 finding 10).
    if (options.json) io.stdout.write(toJson([]));
    throw await sectionProblem(corpus, found, globals);
  }
  const { unmatched } = found;
  // A section named twice ("heat thermal") is shown once, where it was first named.
  const sections = [...new Set(found.sections)];
  if (options.json) {
    const records = sections.map((s) => sectionRecord(corpus, s));
    io.stdout.write(toJson(records.length === 1 ? records[0] : records));
  } else if (options.raw) {
    io.stdout.write(sanitize(sections.map((s) => sectionMarkdown(corpus, s)).join('\n')));
  } else {
    const output = await outputFor(io, globals);
    const pages: string[] = [];
    for (const s of sections) pages.push(await renderForTerminal(loaded, s, output));
    // The sources and the disclaimer once, after every section.
    const footer = formatFooter(corpus, sections, output);
    const text = pages.join('\n') + (footer ? '\n' + footer : '');
    await writePaged(io, text, output, options.pager as boolean, sections.map(titleOf).join(', '), `${commandPrefix(globals.data)} show ${names.join(' ')}`);
  }
  // Names that matched nothing, beside ones that did: what was found is shown (or printed as JSON),
  // and exit 1 says the rest was not, whatever the format: a script must not take one for two.
  if (unmatched.length || found.ambiguous.length) {
    // Titles shared by two sections shown are told apart by their ids ("Dosage (adult), Dosage (child)").
    const titles = sections.map(titleOf);
    const shown = sections.map((s, i) => (titles.indexOf(titles[i]) !== titles.lastIndexOf(titles[i]) ? `${titles[i]} (${sanitizeLine(s.id)})` : titles[i])).join(', ');
    const problems = [
      ...(unmatched.length ? [`${unmatched.map(quote).join(' and ')} matched no section`] : []),
      ...found.ambiguous.map((a) => `${quote(a.word)} could mean more than one section: ${sanitizeLine(a.candidates.map((s) => s.id).join(', '))}`),
    ];
    throw new NotFoundError(`${problems.join('; ')}; ${shown} ${sections.length > 1 ? 'are' : 'is'} shown (${listPointer(globals)}).`);
  }
};

const searchCommand: Command = async (io, { args, options, globals }) => {
  const query = typedText((args[0] as string[]).join(' '), 'search query');
  // One rule for unusable input (trial20 finding 21: "   " exited 2 but "?" 1): a query with no
  // letter or digit at all has nothing to search for, exit 2; one with words that find nothing
  // (common words, single letters, typos) is a search that found nothing, exit 1.
  if (query.trim() === '') throw new UsageError('The search query is empty: give one or more words to look for.');
  // (An ASCII letter or digit is looked for first: the Unicode classes cost ~4 M instructions to compile.)
  if (!/[A-Za-z0-9]/.test(query) && !new RegExp('[\\p{L}\\p{N}]', 'u').test(query)) throw new UsageError(`The search query ${quote(query)} has no words, only punctuation or symbols: give one or more words to look for.`);
  const loaded = await loadCorpus(globals.data, io.env);
  // The search (with its lexicon and query reading) is a chunk of its own: only `search` loads it.
  const { search, MAX_WORD_LENGTH } = await import('./search-chunk.js');
  const result = search(loaded.index(), query, { limit: options.limit as number });
  // Words too long to be words are left out of the search: said, never silently.
  const tooLong = query.length > MAX_WORD_LENGTH ? [...new Set(words(query).filter((w) => w.length > MAX_WORD_LENGTH))] : [];
  const longWords = `${tooLong.length === 1 ? 'a word of' : 'words of'} more than ${MAX_WORD_LENGTH} characters ${tooLong.length === 1 ? 'is' : 'are'} too long to search for`;
  if (tooLong.length && result.terms.length) await note(io, globals, `${tooLong.map(quote).join(', ')} left out: ${longWords}.`);
  // Only above results it shows: with none, "showing results for 'gel'" would announce results the
  // next line says there are not (trial20 finding 26).
  if (result.hits.length) for (const c of result.corrections) {
    await note(io, globals, `no exact match for ${quote(c.from)}; showing results for ${quote(c.to)}.`);
  }
  if (result.unmatched.length) await note(io, globals, `no match for ${result.unmatched.map(quote).join(', ')}.`);
  if (options.json) {
    // The screen's notice of a warning sign that the hits printed leave out (--limit), on stderr
    // with the other notes; each record's warningSection says it to a script (trial22 finding 7).
    const warning = result.warnings[0];
    if (warning && result.hits.length && !result.hits.some((hit) => hit.id === warning.id)) {
      await note(io, globals, `your words match a warning sign: see ${sanitizeLine(decodeEntities(warning.title))} (${commandPrefix(globals.data)} show ${sanitizeLine(warning.id)}).`);
    }
    io.stdout.write(toJson(searchRecords(result, loaded.corpus)));
  } else if (result.hits.length) {
    const supplementary = new Set(loaded.corpus.sections.filter((s) => s.origin === 'supplementary').map((s) => s.id));
    io.stdout.write(formatSearch(result, { ...(await outputFor(io, globals)), addedBy: addedBy(loaded.corpus), supplementary, program: commandPrefix(globals.data) }));
  }
  if (result.hits.length === 0) {
    // One sentence: why nothing matched when it can be said, else a near spelling, else what to try.
    const next = result.suggestions.length
      ? `; did you mean ${result.suggestions.map((s) => quote(s.to)).join(', ')}?`
      : ` (try other words, or ${listPointer(globals)}).`;
    // The words the search did not use: common ones, or single letters ('-n': it is not an option
    // after '--', and 'n' is no common word).
    const short = words(query).filter((w) => w.length <= MAX_WORD_LENGTH);
    const letters = short.length > 0 && short.every((w) => [...w].length === 1);
    const common = letters ? 'single letters, too short to search for' : 'common words like "what" and "the"';
    const why = result.terms.length ? '' : tooLong.length ? `: ${longWords}${short.length ? `; the others are ${common}` : ''}.` : `: it has only ${common}.`;
    throw new NotFoundError(`Nothing matches ${quote(query)}${why || next}`);
  }
};

const plan: Command = async (io, { options, globals }) => {
  const since = typedText(options.since as string, '--since date');
  const { corpus } = await loadCorpus(globals.data, io.env);
  // Exit 1, not 2: the command is used right and the file is a corpus; it has no plan, as it may have
  // no section of a name (trial22 finding 19).
  // With --json a script still reads JSON: null, as `show` prints [] for no section (trial47).
  if (!corpus.plan) {
    if (options.json) io.stdout.write('null\n');
    throw new NotFoundError(`The corpus ${quote(globals.data ?? 'bundled')} has no care plan (a "plan" object).`);
  }
  const { isSimpleSince, localDate, parseSince, planFor } = await import('../plan/plan.js');
  const words = isSimpleSince(since) ? undefined : (await import('../plan/since-words.js')).readWords;
  const now = io.now();
  const today = localDate(now);
  const record = planFor(corpus.plan, sinceFlag(() => parseSince(since, today, { now, words })), today);
  if (options.json) return void io.stdout.write(toJson(planJsonRecord(record)));
  const { formatPlan } = await import('../plan/format-plan.js');
  const output = await outputFor(io, globals);
  const text = formatPlan(record, { ...output, disclaimer: corpus.disclaimer, addedBy: addedBy(corpus), program: commandPrefix(globals.data), warningSection: warningSection(corpus)?.id });
  await writePaged(io, text, output, options.pager as boolean, `Day ${record.day} of the plan`, `${commandPrefix(globals.data)} plan --since ${JSON.stringify(since)}`);
};

const timer: Command = async (io, { args, options, globals }) => {
  const { corpus } = await loadCorpus(globals.data, io.env);
  const { runTimerCommand, checkTimerRequest } = await import('../plan/timer-run.js');
  const typedOptions = options as { minutes?: string; since?: string; json?: boolean };
  const request = { ...typedOptions, name: typedText((args[0] as string[]).join(' '), 'timer name'), ...(typedOptions.since === undefined ? {} : { since: typedText(typedOptions.since, '--since date') }) };
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
};

const completion: Command = async (io, { args }) => {
  const [{ completionScript }, { cliSpec }] = await Promise.all([import('./completion.js'), import('./program.js')]);
  io.stdout.write(completionScript(args[0] as Shell, cliSpec()));
};

const COMMANDS: Record<string, Command> = { list, show, search: searchCommand, plan, timer, completion };

/** Runs a command line that has been read. */
export function runCommand(io: IOStreams, invocation: Invocation): Promise<void> {
  const command = Object.hasOwn(COMMANDS, invocation.command) ? COMMANDS[invocation.command] : undefined;
  if (!command) throw new Error(`no command '${invocation.command}'`);
  return command(io, invocation);
}
