// The man page, spasm-info(1), generated at build time from the same command definitions as --help.

import type { CliSpec, OptionSpec } from './cli-spec.js';
import { SHELLS } from './shells.js';

export interface ManPageText {
  version: string;
  date: string;
  description: string;
  /** Commands and what they do. */
  examples: [string, string][];
  exitCodes: [string, string][];
  environment: [string, string][];
}

/** Text for roff: backslashes, hyphens and leading dots or quotes escaped, and a break point (\\:,
 *  invisible) after each slash and before the '?' of a long optional JSON key, so a path such as $XDG_CACHE_HOME/spasm-info can wrap on a
 *  40-column terminal instead of sticking out of it. An ellipsis is written as three dots: in a C
 *  locale troff has no glyph for it and warns. */
function roff(text: string): string {
  return text.replace(/\\/g, '\\e').replace(/…/g, '...').replace(/-/g, '\\-').replace(/^([.'])/gm, '\\&$1').replace(/\//g, '/\\:')
    // A long --json key listed as optional ("elapsedSeconds"?,) may break before its '?': at 40
    // columns an option's column is 17 wide, one less than that word.
    .replace(/("[A-Za-z]{14,}")\?/g, '$1\\:?');
}

function optionItem(o: OptionSpec): string {
  const names = o.names.map((n) => `\\fB${roff(n)}\\fR`).join(', ');
  const value = o.value ? ` \\fI${roff(o.value)}\\fR` : '';
  const choices = o.choices ? ` (one of: ${o.choices.map(roff).join(', ')})` : '';
  return `.TP\n${names}${value}\n${roff(o.description)}${choices}`;
}

export function manPage(spec: CliSpec, text: ManPageText): string {
  const name = roff(spec.name);
  // Not commander's `help [command]`: it prints what this page says of each command.
  const commands = spec.commands.filter((c) => c.args !== 'commands');
  const lines = [
    `.TH ${name.toUpperCase()} 1 "${text.date}" "${name} ${text.version}" "User Commands"`,
    // Left-aligned, not justified: at 40 columns a line holding a long word (a JSON example) cannot be
    // spread to both margins, and troff warns on every such line.
    '.ad l',
    // No hyphenation: groff split words at narrow widths ('treat-' / 'ments' at MANWIDTH=60), which
    // every other screen of spasm-info never does.
    '.nh',
    '.SH NAME',
    `${name} \\- ${roff(text.description)}`,
    '.SH SYNOPSIS',
    ...commands.map((c) => `.B ${name}\n[\\fIoptions\\fR] \\fB${roff(c.name)}\\fR [\\fIcommand options\\fR]${c.args === 'none' ? '' : ` \\fI${c.words ? roff(c.words.join('|')) : c.args === 'sections' ? 'section' : c.args === 'shells' ? 'shell' : 'query'}\\fR${c.args === 'shells' ? '' : '...'}`}\n.br`),
    '.SH DESCRIPTION',
    `${name} answers questions about the treatments of neck muscle spasms from a bundled, offline reference: an article kept word for word, and what ${name} adds beside it (drug names, warning signs, a day-by-day plan), marked as its own.`,
    '.SH COMMANDS',
  ];
  for (const c of commands) {
    lines.push(`.SS ${roff(c.name)}`, roff(c.description.charAt(0).toUpperCase() + c.description.slice(1)) + '.');
    // The argument's choices (the shells of completion), then the options.
    const args = c.args === 'shells' ? [`.TP\n\\fIshell\\fR\none of: ${SHELLS.join(', ')}`] : [];
    if (args.length || c.options.length) lines.push('.RS', ...args, ...c.options.map(optionItem), '.RE');
  }
  lines.push('.SH OPTIONS', ...spec.globalOptions.map(optionItem));
  lines.push('.SH EXIT STATUS', ...text.exitCodes.map(([code, meaning]) => `.TP\n.B ${roff(code)}\n${roff(meaning)}`));
  lines.push('.SH ENVIRONMENT', ...text.environment.map(([variable, meaning]) => `.TP\n.B ${roff(variable)}\n${roff(meaning)}`));
  // Each command on a line of its own and its note indented under it, so that no line of the
  // section is wider than 80 columns (a command and its note side by side would be).
  lines.push('.SH EXAMPLES', ...text.examples.map(([command, note]) => `.TP\n.B ${roff(command).replace(/"/g, '\\(dq')}\n${roff(note)}`));
  lines.push('.SH NOTES', `${name} is a reference, not medical advice. See \\fB${name} show red\\-flags\\fR for the warning signs that need a clinician.`);
  return lines.join('\n') + '\n';
}
