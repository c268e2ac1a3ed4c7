// Shell completion scripts for bash, zsh and fish, generated from the command definitions (the
// same ones --help and the man page are made from). Section ids are not listed in the scripts:
// they ask `spasm-info list` at completion time, so they follow the corpus in use (--data too).
// What `list` prints is corpus text, so the scripts treat it as data only: it is never given to
// anything that expands words (bash's `compgen -W` runs `$(...)` in its word list), only lines that
// are safe words (the validator's id pattern: letters, digits, dots, hyphens, underscores) are
// offered, and each shell's own quoting inserts them.
// A command's completions follow only that command: the first word that is neither an option nor an
// option's value (--data FILE, --color WHEN, -n N), as commander reads the line, not any word equal
// to its name (`search show <Tab>` is a query). `help`, commander's, completes like the others.

import type { CliSpec, CommandSpec, OptionSpec } from './cli-spec.js';
import { SHELLS, type Shell } from './shells.js';

const words = (list: readonly string[]) => list.join(' ');
const valued = (options: OptionSpec[]) => [...new Set(options.filter((o) => o.value).flatMap((o) => o.names))];
/** Every option that takes a value, of any command: its value is not the command (--color never show). */
const valuedNames = (spec: CliSpec) => valued([...spec.globalOptions, ...spec.commands.flatMap((c) => c.options)]);
/** `help` reads the word after it as a command's name (an option there is "Unknown command"), so
 *  it is offered no options. */
const takesOptions = (c: CommandSpec) => c.args !== 'commands';
/** The commands `help` explains: the others. */
const otherCommands = (spec: CliSpec, c: CommandSpec) => spec.commands.filter((o) => o !== c).map((o) => o.name);
/** Single quotes for a shell word. */
const sq = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function completionScript(shell: Shell, spec: CliSpec): string {
  switch (shell) {
    case 'bash':
      return bash(spec);
    case 'zsh':
      return zsh(spec);
    case 'fish':
      return fish(spec);
  }
}

/** Options that take a value, and what to offer for it. */
function valueCases(spec: CliSpec, style: 'bash'): string {
  const options = [...spec.globalOptions, ...spec.commands.flatMap((c) => c.options)].filter((o) => o.value);
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const o of options) {
    const key = o.names.join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const reply = o.value === 'file'
      ? 'compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur")'
      : o.choices
        ? `COMPREPLY=($(compgen -W ${sq(words(o.choices))} -- "$cur"))`
        : 'COMPREPLY=()';
    if (style === 'bash') lines.push(`    ${key}) ${reply}; return ;;`);
  }
  return lines.join('\n');
}

function bash(spec: CliSpec): string {
  const fn = `_${spec.name.replace(/\W/g, '_')}`;
  const globals = spec.globalOptions.flatMap((o) => o.names);
  const afterCommand = spec.globalOptions.filter((o) => !o.alone).flatMap((o) => o.names);
  const commandCases = spec.commands
    .map((c) => {
      // The global options after a command too (search heat --data f), as fish and zsh offer them.
      const options = takesOptions(c) ? words([...new Set([...c.options.flatMap((o) => o.names), ...afterCommand.filter((n) => n.startsWith('--')), '--help'])]) : '';
      const positional = c.args === 'sections'
        ? `${fn}_sections`
        : c.args === 'shells'
          ? `COMPREPLY=($(compgen -W ${sq(words(SHELLS))} -- "$cur"))`
          : c.args === 'commands'
            ? `COMPREPLY=($(compgen -W ${sq(words(otherCommands(spec, c)))} -- "$cur"))`
            : c.words
              ? `COMPREPLY=($(compgen -W ${sq(words(c.words))} -- "$cur"))`
              : 'COMPREPLY=()';
      const optionReply = options ? `COMPREPLY=($(compgen -W ${sq(options)} -- "$cur"))` : 'COMPREPLY=()';
      // A command of one argument is offered nothing once it has it (completion bash <Tab>).
      const full = c.single ? ' elif ((nargs)); then COMPREPLY=();' : '';
      return `    ${c.name})\n      if [[ $cur == -* ]]; then ${optionReply};${full} else ${positional}; fi ;;`;
    })
    .join('\n');
  return `# bash completion for ${spec.name}. Install:
#   mkdir -p ~/.local/share/bash-completion/completions && ${spec.name} completion bash > ~/.local/share/bash-completion/completions/${spec.name}

# Section ids of the corpus in use, from \`${spec.name} list\`. Its lines are data: each is compared
# as a string, never expanded, and only safe words are offered.
${fn}_sections() {
  local id safe='^[[:alnum:]][[:alnum:]._-]*$'
  COMPREPLY=()
  while IFS= read -r id; do
    [[ $id =~ $safe && $id == "$cur"* ]] && COMPREPLY+=("$id")
  done < <(${spec.name} \${data:+--data "$data"} --color never list 2>/dev/null | cut -f1)
}

# A word of the command line without its shell quoting ('...', "...", backslashes), in REPLY: the
# quoting is read as text, never evaluated, so nothing in the word is expanded or run.
${fn}_dequote() {
  local word=$1 c quote='' i
  REPLY=''
  for ((i = 0; i < \${#word}; i++)); do
    c=\${word:i:1}
    if [[ $quote == "'" ]]; then
      [[ $c == "'" ]] && quote='' || REPLY+=$c
    elif [[ $c == '\\' ]]; then
      ((i++)); c=\${word:i:1}
      [[ $quote == '"' && $c != [\\$\\"\\\\] && $c != $'\\x60' ]] && REPLY+='\\'
      REPLY+=$c
    elif [[ $quote == '"' ]]; then
      [[ $c == '"' ]] && quote='' || REPLY+=$c
    elif [[ $c == "'" || $c == '"' ]]; then
      quote=$c
    else
      REPLY+=$c
    fi
  done
}

${fn}() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]}
  # The command is the first word that is not an option or an option's value; nargs counts the
  # words after it.
  local command="" data="" i nargs=0
  # bash splits --data=file at the '=' (COMP_WORDBREAKS): the '=' is a word of its own.
  if [[ $cur == = ]]; then cur=""
  elif [[ $prev == = ]]; then prev=\${COMP_WORDS[COMP_CWORD-2]}
  fi
  for ((i = 1; i < COMP_CWORD; i++)); do
    case \${COMP_WORDS[i]} in
      --data) [[ \${COMP_WORDS[i+1]} == = ]] && ((i++)); ((i + 1 < COMP_CWORD)) && data=\${COMP_WORDS[i+1]}; ${fn}_dequote "$data"; data=$REPLY; [[ $data == '~/'* ]] && data=$HOME/\${data:2}; ((i++)) ;;
      ${valuedNames(spec).filter((n) => n !== '--data').join('|')}) [[ \${COMP_WORDS[i+1]} == = ]] && ((i++)); ((i++)) ;;
      -*) ;;
      *) if [[ -z $command ]]; then command=\${COMP_WORDS[i]}; else ((++nargs)); fi ;;
    esac
  done
  case $prev in
${valueCases(spec, 'bash')}
  esac
  if [[ -z $command ]]; then
    if [[ $cur == -* ]]; then
      COMPREPLY=($(compgen -W ${sq(words(globals))} -- "$cur"))
    else
      COMPREPLY=($(compgen -W ${sq(words(spec.commands.map((c) => c.name)))} -- "$cur"))
    fi
    return
  fi
  case $command in
${commandCases}
  esac
}
complete -F ${fn} ${spec.name}
`;
}

/** zsh's _arguments spec for one option. */
function zshOption(o: OptionSpec): string {
  // Inside [...] only brackets and backslashes need escaping.
  const description = o.description.replace(/[[\]\\]/g, '\\$&');
  const action = o.value === 'file' ? ':file:_files' : o.choices ? `:${o.value}:(${words(o.choices)})` : o.value ? `:${o.value}: ` : '';
  // A long option's value may follow an '=' in the same word (--data=corpus.json, --color=never), as
  // commander reads it; zsh's "=" form takes it there or as the next word (trial67: after
  // --color=never, zsh had offered nothing).
  if (o.names.length === 1) return sq(`${o.names[0]}${o.value && o.names[0].startsWith('--') ? '=' : ''}[${description}]${action}`);
  return `${sq(`(${o.names.join(' ')})`)}{${o.names.join(',')}}${sq(`[${description}]${action}`)}`;
}

function zsh(spec: CliSpec): string {
  const fn = `_${spec.name.replace(/\W/g, '_')}`;
  const commands = spec.commands.map((c) => sq(`${c.name}:${c.description}`)).join(' ');
  // The global options are taken after a command too (spasm-info search heat --data f), as fish offers them.
  // Not --version, which is used alone (before any command).
  const globals = spec.globalOptions.filter((o) => !o.names.includes('--help') && !o.alone).map(zshOption);
  const cases = spec.commands
    .map((c) => {
      const positional = c.args === 'sections'
        ? `'*:section:${fn}_sections'`
        : c.args === 'shells'
          ? `':shell:(${words(SHELLS)})'`
          : c.args === 'commands'
            ? sq(`:command:(${words(otherCommands(spec, c))})`)
            : c.words
              // Only the first word, when the command takes one (c.single): "timer ice " is done.
              ? sq(`${c.single ? '' : '*'}:name:(${words(c.words)})`)
              : c.args === 'text'
                ? `'*:query: '`
                : '';
      const options = takesOptions(c) ? [...globals, ...c.options.map(zshOption), "'(-h --help)'{-h,--help}'[show help]'"] : [];
      return `        ${c.name}) _arguments ${[...options, positional].filter(Boolean).join(' ')} ;;`;
    })
    .join('\n');
  return `#compdef ${spec.name}
# zsh completion for ${spec.name}. It needs zsh's completion system (compinit). Install:
#   mkdir -p ~/.zfunc && ${spec.name} completion zsh > ~/.zfunc/_${spec.name}
# with fpath=(~/.zfunc $fpath) before "autoload -Uz compinit && compinit" in ~/.zshrc.

# Section ids of the corpus in use (the --data file the command line names), from \`${spec.name} list\`.
# Its lines are data: only safe words are kept, and _describe quotes what it inserts.
${fn}_sections() {
  local -a ids data
  # A --data after the command (show --data f <Tab>) is in the command's opt_args.
  [[ -n \${opt_args[--data]} ]] && ${fn}_corpus "\${opt_args[--data]}"
  [[ -n \$${fn}_data ]] && data=(--data "\$${fn}_data")
  ids=(\${(f)"$(${spec.name} $data --color never list 2>/dev/null | cut -f1)"})
  ids=(\${ids:#*[^[:alnum:]._-]*})
  ids=(\${ids:#[._-]*})
  _describe 'section' ids
}

# The corpus file of an opt_args value, into ${fn}_data. opt_args doubles the backslashes (and
# escapes the colons) of what was typed: undo that, then the word's own quoting ((Q): quotes and
# backslashes read as text, nothing expanded).
${fn}_corpus() {
  ${fn}_data=\${1//\\\\\\\\/\\\\}
  ${fn}_data=\${(Q)\${${fn}_data//\\\\:/:}}
  [[ \$${fn}_data == '~/'* ]] && ${fn}_data=$HOME/\${${fn}_data#\\~/}
}

${fn}() {
  local curcontext=$curcontext state line ${fn}_data
  typeset -A opt_args
  # -A '-*': no option of these after the command, whose own _arguments below takes them (else
  # 'show --color never <Tab>' left it no words and offered nothing).
  _arguments -C -A '-*' ${spec.globalOptions.map(zshOption).join(' ')} '1:command:->command' '*::argument:->argument'
  # The command's own _arguments below resets opt_args: keep the corpus file named before it.
  ${fn}_corpus "\${opt_args[--data]}"
  case $state in
    command)
      local -a commands
      commands=(${commands})
      _describe 'command' commands ;;
    argument)
      case $words[1] in
${cases}
      esac ;;
  esac
}

if [[ $zsh_eval_context[-1] == loadautofunc || $funcstack[1] == _${spec.name} ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${spec.name}
fi
`;
}

function fish(spec: CliSpec): string {
  const c = `complete -c ${spec.name}`;
  const fn = `__${spec.name.replace(/\W/g, '_')}`;
  const option = (o: OptionSpec, condition?: string) => {
    const parts = [c];
    if (condition) parts.push(`-n ${sq(condition)}`);
    for (const name of o.names) parts.push(name.startsWith('--') ? `-l ${name.slice(2)}` : `-s ${name.slice(1)}`);
    if (o.value === 'file') parts.push('-r -F');
    else if (o.choices) parts.push(`-x -a ${sq(words(o.choices))}`);
    else if (o.value) parts.push('-x');
    parts.push(`-d ${sq(o.description)}`);
    return parts.join(' ');
  };
  /** The condition that the line's command is `name` (a plain word), with at most `args` words after it. */
  const at = (name: string, args?: number) => `${fn}_at ${name}${args === undefined ? '' : ` ${args}`}`;
  const noCommand = `${fn}_no_command`;
  /** The global options, offered except after a command that takes none (help). */
  const globalCondition = spec.commands.filter((cmd) => !takesOptions(cmd)).map((cmd) => `not ${at(cmd.name)}`).join('; and ') || undefined;
  const lines = [
    `# fish completion for ${spec.name}. Install:`,
    `#   mkdir -p ~/.config/fish/completions && ${spec.name} completion fish > ~/.config/fish/completions/${spec.name}.fish`,
    '',
    '# Section ids of the corpus in use (the --data file on the command line), from `' + spec.name + ' list`.',
    '# Its lines are data: only safe words are offered, and fish quotes what it inserts.',
    `function ${fn}_sections`,
    '    set -l tokens (commandline -opc)',
    '    set -l data',
    '    for i in (seq (count $tokens))',
    '        if test "$tokens[$i]" = --data; and test $i -lt (count $tokens)',
    '            set data --data $tokens[(math $i + 1)]',
    '        else if string match -q -- \'--data=*\' $tokens[$i]',
    '            set data --data (string replace -- --data= \'\' $tokens[$i])',
    '        end',
    '    end',
    '    set data (string replace -r -- \'^~/\' "$HOME/" $data)',
    `    ${spec.name} $data --color never list 2>/dev/null | cut -f1 | string match -r -- '^[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*$'`,
    'end',
    '',
    "# The words before the cursor that are neither options nor an option's value: the command, then",
    "# its arguments, as commander reads them. (fish's __fish_seen_subcommand_from is true after any",
    "# word equal to a command's name, a query's or a timer's too.)",
    `function ${fn}_words`,
    '    set -l tokens (commandline -opc)',
    '    set -e tokens[1]',
    '    set -l skip',
    '    for token in $tokens',
    '        if set -q skip[1]',
    '            set -e skip',
    '            continue',
    '        end',
    '        switch $token',
    `            case ${valuedNames(spec).map(sq).join(' ')}`,
    '                set skip 1',
    "            case '-*'",
    "            case '*'",
    "                printf '%s\\n' $token",
    '        end',
    '    end',
    'end',
    '',
    "# Whether the line's command is $argv[1] and, given $argv[2], at most that many words follow it.",
    `function ${fn}_at`,
    `    set -l words (${fn}_words)`,
    '    if set -q argv[2]; and test (count $words) -gt (math $argv[2] + 1)',
    '        return 1',
    '    end',
    '    test "$words[1]" = "$argv[1]"',
    'end',
    '',
    `function ${noCommand}`,
    `    set -l words (${fn}_words)`,
    '    not set -q words[1]',
    'end',
    '',
    `${c} -f`,
    // --version only before a command: after one it is a usage error.
    ...spec.globalOptions.map((o) => option(o, o.alone ? noCommand : globalCondition)),
    ...spec.commands.map((cmd) => `${c} -n ${sq(noCommand)} -a ${cmd.name} -d ${sq(cmd.description)}`),
  ];
  for (const cmd of spec.commands) {
    const when = at(cmd.name, cmd.single ? 0 : undefined);
    lines.push(...cmd.options.map((o) => option(o, at(cmd.name))));
    if (cmd.args === 'sections') lines.push(`${c} -n ${sq(when)} -a '(${fn}_sections)'`);
    if (cmd.args === 'shells') lines.push(`${c} -n ${sq(when)} -a ${sq(words(SHELLS))}`);
    if (cmd.args === 'commands') {
      for (const other of spec.commands.filter((o) => o !== cmd)) lines.push(`${c} -n ${sq(when)} -a ${other.name} -d ${sq(other.description)}`);
    }
    if (cmd.words) lines.push(`${c} -n ${sq(when)} -a ${sq(words(cmd.words))}`);
  }
  return lines.join('\n') + '\n';
}
