// Typed errors that carry their exit code; the CLI catches them at one boundary.

/** Exit codes, documented in the README. */
export const ExitCode = {
  ok: 0,
  notFound: 1,
  usage: 2,
} as const;

/** Marks spasm-info's errors. The CLI's lazily loaded parts are bundled apart, each with its own
 *  copy of these classes, so the error boundary recognises them by this brand, not by instanceof. */
const BRAND = Symbol.for('spasm-info.error');

export function isSpasmError(error: unknown): error is SpasmError {
  return typeof error === 'object' && error !== null && (error as { [BRAND]?: boolean })[BRAND] === true;
}

export class SpasmError extends Error {
  readonly [BRAND] = true;

  /** `message` is the one sentence stderr gets (trial20 finding 20: a hint on lines of its own made
   *  two or three): a pointer that helps goes inside it ("… (run 'spasm-info list' to see every section)."). */
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Nothing matched: an unknown section, a search with no hits (exit 1). */
export class NotFoundError extends SpasmError {
  constructor(message: string) {
    super(message, ExitCode.notFound);
  }
}

/** Bad command line: unknown option, missing or invalid argument (exit 2). */
export class UsageError extends SpasmError {
  constructor(message: string) {
    super(message, ExitCode.usage);
  }
}

/** An input file that cannot be used as a corpus (exit 2). */
export class CorpusError extends SpasmError {
  constructor(message: string) {
    super(message, ExitCode.usage);
  }
}

/** A date that cannot be read or used (exit 2). The message begins with the date as given; the
 *  CLI says where it was given (`--since`). */
export class DateError extends SpasmError {
  /** Recognised by this, like the brand: class names do not survive minifying, nor instanceof bundling. */
  readonly kind = 'date';

  constructor(message: string) {
    super(message, ExitCode.usage);
  }
}

export function isDateError(error: unknown): error is DateError {
  return isSpasmError(error) && (error as { kind?: string }).kind === 'date';
}

/** A length a timer cannot run for (exit 2). The message begins with the value as given; the CLI
 *  says where it was given (`--minutes`). `max` is set when the value is a whole number above the
 *  article's length, the longest session there is. */
export class MinutesError extends SpasmError {
  readonly kind = 'minutes';

  constructor(message: string, readonly max?: number) {
    super(message, ExitCode.usage);
  }
}

export function isMinutesError(error: unknown): error is MinutesError {
  return isSpasmError(error) && (error as { kind?: string }).kind === 'minutes';
}

/** An exit status already explained on screen (a timer stopped by Ctrl-C: 130): the error boundary
 *  prints nothing more, it only sets the status. */
export class Interrupted extends SpasmError {
  constructor(exitCode: number) {
    super('', exitCode);
  }
}
