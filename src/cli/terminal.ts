// Decisions about the output device, made once after flags are parsed and passed down as values.

import type { UrlFit } from '../render/wrap.js';

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

/** Columns to lay text out in, at most 100: a terminal's own width; where there is none (a pipe, a
 *  file, a terminal that does not say), COLUMNS if it is a whole number, else 80. A terminal's own
 *  width wins over COLUMNS, as in GNU ls: an exported COLUMNS can be stale, the terminal is not. */
export function resolveWidth(stream: StreamFacts, env: Readonly<Record<string, string | undefined>> = {}): number {
  const columns = (stream.isTTY && stream.columns) || columnsVariable(env.COLUMNS) || PIPE_WIDTH;
  return Math.max(20, Math.min(columns, MAX_WIDTH));
}

/** What becomes of a URL wider than the line. On a terminal it is broken to fit: the width is the
 *  screen's, and the terminal would otherwise cut it at an arbitrary column (or spill it past a
 *  pane's edge). In a pipe, COLUMNS is how a user asks for a width (`COLUMNS=40 spasm-info show
 *  medications | less`, as the rest of the layout reads it), and a width asked for is kept by every
 *  line, so URLs are broken then too. A pipe with no COLUMNS is laid out at a conventional 80 that
 *  nobody asked for; what reads it is a script (grep, a link checker: an address cut in pieces is
 *  lost to it) or a pager that folds a long line itself (less), so URLs stay whole there, each on
 *  its own line. --json and --raw never wrap at all. */
export function urlFit(stream: StreamFacts, env: Readonly<Record<string, string | undefined>> = {}): UrlFit {
  return stream.isTTY || columnsVariable(env.COLUMNS) ? 'break' : 'whole';
}

/** COLUMNS as a positive whole number; anything else (unset, 0, junk) is ignored. */
function columnsVariable(value: string | undefined): number | undefined {
  if (!value || !/^\s*\d{1,6}\s*$/.test(value)) return undefined;
  return Number(value) || undefined;
}
