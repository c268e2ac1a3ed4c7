// The session timer for people: the live progress line, the start line, and the messages at the
// end or on a stop. Returns strings; src/plan/timer-run.ts decides where and how they are written.

import { nextSessionAt, secondsLeft, type TimerKind, type TimerState } from './timer.js';
import type { Output } from '../render/theme.js';
import { cutToColumns, displayWidth, sanitizeLine } from '../util/text.js';
import { wrapText } from '../render/wrap.js';


const FULL = '█';
const EMPTY = '░';

/** m:ss (or h:mm:ss) of whole seconds. */
export function formatSeconds(total: number): string {
  const s = Math.max(0, Math.floor(total));
  const hours = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hours ? `${hours}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

/** A time of day on the local clock, 24-hour: "11:20". */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** What a person calls it in a sentence: "ice or cold packs", "heat". */
const label = (kind: TimerKind) => sanitizeLine(kind.title);

/** Cuts text to `width` columns with an ellipsis. */
const cut = (text: string, width: number) => cutToColumns(text, width);

/** The live line: the timer's name, a bar that fills as time passes, and the time left. It leaves
 *  the last three columns empty: the last column wraps on some terminals, and the terminal echoes
 *  Ctrl-C as '^C' after the line; where that did not fit (at 40 columns, with one column left), the
 *  'C' wrapped, the stopped line was drawn under it and '19:59 left^' stayed on the screen. The bar
 *  shrinks first, then the name. */
export function formatTimerLine(kind: TimerKind, state: TimerState, { theme, width }: Pick<Output, 'theme' | 'width'>): string {
  const room = Math.max(10, width - 3);
  const time =
    state.status === 'ended' ? 'done' : state.status === 'cancelled' ? 'stopped' : `${formatSeconds(secondsLeft(state))} left`;
  // Laid out for the session's longest time ('20:00 left'), so that neither the name nor the bar
  // changes width as the time shortens ('9:59 left') or the session stops ('stopped', 'done').
  const slot = Math.max(time.length, formatSeconds(state.durationMs / 1000).length + ' left'.length);
  const name = cut(label(kind), Math.max(4, Math.min(24, room - slot - 2 - 12)));
  const barWidth = Math.min(30, room - displayWidth(name) - slot - 4);
  if (barWidth < 5) return cut(`${name}  ${time}`, room);
  const filled = Math.min(barWidth, Math.floor((state.elapsedMs / state.durationMs) * barWidth));
  const bar = theme.title(FULL.repeat(filled)) + theme.muted(EMPTY.repeat(barWidth - filled));
  return `${theme.strong(name)}  ${bar}  ${time}`;
}

const minutesText = (state: TimerState) => {
  const minutes = state.durationMs / 60_000;
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
};

/** The line that opens a session. */
export function formatStart(kind: TimerKind, state: TimerState, { width, live }: Pick<Output, 'theme' | 'width'> & { live: boolean }): string {
  const stop = live ? ' Ctrl-C stops it.' : '';
  return wrapText(`${label(kind)}: ${minutesText(state)}, from ${clockTime(state.startedAt)} until ${clockTime(state.endsAt)}.${stop}`, width) + '\n';
}

/** The message when the time is up: take it off now, with the article's caution where it gives one,
 *  and when the next session is due by the article. */
export function formatEnd(kind: TimerKind, state: TimerState, { theme, width }: Pick<Output, 'theme' | 'width'>): string {
  const s = kind.session;
  const caution = s.caution ? `, ${theme.quote(`“${sanitizeLine(s.caution)}”`)}` : '';
  const lines = [`${theme.strong("Time's up")} (${minutesText(state)}): take ${sanitizeLine(s.item)} off now${caution}.`];
  const next = nextSessionAt(kind, state);
  lines.push(
    next !== undefined
      ? `Next session about ${clockTime(next)}, ${sanitizeLine(s.rhythm)} (the article).`
      : `The article: ${sanitizeLine(s.rhythm)}.`,
  );
  return lines.map((l) => wrapText(l, width)).join('\n') + '\n';
}

/** The message when a session is stopped before its end. */
export function formatStopped(state: TimerState, { width }: Pick<Output, 'theme' | 'width'>): string {
  return wrapText(`Stopped after ${formatSeconds(state.elapsedMs / 1000)} of ${formatSeconds(state.durationMs / 1000)}.`, width) + '\n';
}

/** The desktop notification's title and text. */
export function notification(kind: TimerKind): { title: string; body: string } {
  return { title: "spasm-info: time's up", body: `Take ${sanitizeLine(kind.session.item)} off now.` };
}
