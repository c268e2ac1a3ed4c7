// Decisions about the output device, made once after flags are parsed and passed down as values.

export type ColorWhen = 'auto' | 'always' | 'never';
export const COLOR_CHOICES: readonly ColorWhen[] = ['auto', 'always', 'never'];

export interface StreamFacts {
  isTTY: boolean;
  columns?: number;
}

/** Whether to colour a stream. `always`/`never` win; then FORCE_COLOR forces colour on, or off when
 *  it is 0 or false (as Node itself and chalk read it); NO_COLOR (non-empty) and TERM=dumb turn it
 *  off; otherwise colour only on a terminal. */
export function resolveColor(when: ColorWhen, env: NodeJS.ProcessEnv, stream: StreamFacts): boolean {
  if (when === 'always') return true;
  if (when === 'never') return false;
  const force = env.FORCE_COLOR;
  if (force === '0' || force === 'false') return false;
  if (force !== undefined && force !== '') return true;
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY;
}

export const MAX_WIDTH = 100;
/** Width for output that is not going to a terminal: a fixed, conventional page width. */
export const PIPE_WIDTH = 80;

/** Columns to lay text out in: the terminal's width capped at 100, or 80 when not a terminal
 *  (never the size of a terminal that is not there). */
export function resolveWidth(stream: StreamFacts): number {
  if (!stream.isTTY) return PIPE_WIDTH;
  const columns = stream.columns || PIPE_WIDTH;
  return Math.max(20, Math.min(columns, MAX_WIDTH));
}
