// The command line as data (commands, options, what arguments they take), made by cli.ts from the
// same definitions as --help, for the completion scripts and the man page.

export interface OptionSpec {
  /** Every spelling: ['-n', '--limit']. */
  names: string[];
  description: string;
  /** The value's name when the option takes one (`file`, `n`). */
  value?: string;
  choices?: readonly string[];
  /** Used only alone, before any command (`--version`): not offered after a command, where it is a
   *  usage error (trial22 finding 14). */
  alone?: true;
}

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** What the positional arguments are: section names, free text, a shell name, the name of
   *  another command (commander's `help`), or nothing. */
  args: 'sections' | 'text' | 'shells' | 'commands' | 'none';
  /** Takes one argument, not a list, or is offered its usual values (`words`) for its first word only:
   *  nothing more is offered once it is typed (`completion bash`, `timer ice`). */
  single?: true;
  /** Words to offer for the positional arguments, where they are free text with usual values
   *  (`timer`: ice, heat). */
  words?: readonly string[];
}

export interface CliSpec {
  name: string;
  globalOptions: OptionSpec[];
  commands: CommandSpec[];
}
