// Typed errors that carry their exit code; the CLI catches them at one boundary.

/** Exit codes, documented in the README. */
export const ExitCode = {
  ok: 0,
  notFound: 1,
  usage: 2,
} as const;

export class SpasmError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    /** Extra lines for stderr after the message: suggestions, pointers. */
    readonly hints: string[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Nothing matched: an unknown section, a search with no hits (exit 1). */
export class NotFoundError extends SpasmError {
  constructor(message: string, hints: string[] = []) {
    super(message, ExitCode.notFound, hints);
  }
}

/** Bad command line: unknown option, missing or invalid argument (exit 2). */
export class UsageError extends SpasmError {
  constructor(message: string, hints: string[] = []) {
    super(message, ExitCode.usage, hints);
  }
}

/** An input file that cannot be used as a corpus (exit 2). */
export class CorpusError extends SpasmError {
  constructor(message: string) {
    super(message, ExitCode.usage);
  }
}
