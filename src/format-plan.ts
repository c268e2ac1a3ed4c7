// The care plan for a terminal: which day it is, a timeline with one bar per phase and a marker at
// today, then each phase's actions in the article's words with the section they come from.

import type { PlanPhaseRecord, PlanRecord } from './plan.js';
import type { Theme } from './theme.js';
import { displayWidth, sanitizeLine } from './text.js';
import { wrapText } from './wrap.js';

export interface PlanLayout {
  theme: Theme;
  width: number;
  disclaimer?: string;
}

const FULL = '█';
const MAYBE = '░';

function dayRange(p: PlanPhaseRecord): string {
  if (p.fromDay === null) return 'no set day';
  if (p.toDay === null) return `day ${p.fromDay} onward`;
  return p.fromDay === p.toDay ? `day ${p.fromDay}` : `days ${p.fromDay}–${p.toDay}`;
}

function fit(text: string, width: number): string {
  if (displayWidth(text) <= width) return text + ' '.repeat(width - displayWidth(text));
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…' + ' '.repeat(Math.max(0, width - 1 - displayWidth(out)));
}

/** The timeline: a header of day numbers, a bar per phase, and a marker under today. Every line
 *  fits `width` columns. */
export function drawTimeline(plan: PlanRecord, { theme, width }: PlanLayout): string[] {
  const days = plan.horizon;
  const titles = plan.phases.map((p) => sanitizeLine(p.title));
  const labelWidth = Math.min(Math.max(...titles.map(displayWidth)) + 2, Math.max(8, Math.floor(width * 0.4)));
  const cell = Math.max(1, Math.min(4, Math.floor((width - labelWidth - 1) / days)));
  const span = cell * days;

  // Day numbers where they fit without touching the previous one; always day 1 and the last day.
  let header = '';
  for (let d = 1; d <= days; d++) {
    const at = (d - 1) * cell;
    const label = String(d);
    // The last number may stand one column past the bars, where an open bar's arrow goes.
    const fits = at >= header.length + (header.length ? 1 : 0) && at + label.length <= span + 1;
    if (fits && (cell >= 3 || d === 1 || d === days || d % 7 === 0)) header += ' '.repeat(at - header.length) + label;
  }
  // A label, cut with an ellipsis if need be, then at least two spaces before the bars.
  const label = (text: string) => fit(text, labelWidth - 2) + '  ';
  const lines = [theme.muted(label('day') + header)];

  const firstDatedEnd = Math.min(...plan.phases.map((p) => p.toDay ?? Infinity));
  plan.phases.forEach((p, i) => {
    const from = p.fromDay ?? (Number.isFinite(firstDatedEnd) ? firstDatedEnd + 1 : 1);
    const to = Math.min(p.toDay ?? days, days);
    const glyph = p.fromDay === null ? MAYBE : FULL;
    const bar = ' '.repeat((from - 1) * cell) + glyph.repeat(Math.max(0, to - from + 1) * cell);
    const open = p.toDay === null || p.toDay > days ? '→' : '';
    // Today's steps in the title style, the others dimmed (inverse video would hide a block bar).
    const style = plan.today.includes(p.id) ? theme.title : theme.muted;
    const lead = bar.length - bar.trimStart().length;
    lines.push(label(titles[i]) + ' '.repeat(lead) + style(bar.slice(lead)) + open);
  });

  const marker = plan.day <= days
    ? ' '.repeat(labelWidth + (plan.day - 1) * cell) + '▲ today, day ' + plan.day
    : ' '.repeat(labelWidth + span - 1) + '→ today is day ' + plan.day;
  lines.push(theme.strong(marker.length > width ? marker.trimStart().padStart(width) : marker));
  return lines;
}

/** The whole plan as text for a terminal (or plain text in a pipe). */
export function formatPlan(plan: PlanRecord, options: PlanLayout): string {
  const { theme, width } = options;
  const out: string[] = [];
  const wrap = (text: string, indent = 0) => wrapText(' '.repeat(indent) + text, width);
  out.push(theme.title(`Day ${plan.day} since your neck spasm started (${plan.start})`));
  out.push('');
  out.push(...drawTimeline(plan, options));
  out.push(theme.muted(wrap(`${FULL} the article's days for each step   ${MAYBE} no set day: see the step`)));
  out.push('');
  // The emergency signs first, then the pointer to a doctor once a week of self-care is over.
  if (plan.emergency) {
    out.push(theme.error(wrap(sanitizeLine(plan.emergency))));
    out.push('');
  }
  if (plan.seeDoctor) {
    out.push(theme.warning(wrap(sanitizeLine(plan.seeDoctor))));
    out.push('');
  }
  if (plan.beyond) {
    out.push(theme.warning(wrap(sanitizeLine(plan.beyond))));
    out.push('');
  } else if (plan.today.length === 0 && plan.whenReady.length === 0) {
    out.push(wrap('No step of the article is set for today.'));
    out.push('');
  }

  for (const p of plan.phases) {
    const now = plan.today.includes(p.id);
    const ready = plan.whenReady.includes(p.id);
    const tag = now ? theme.current(' today ') + ' ' : ready ? theme.strong('when the pain eases') + ' · ' : '';
    out.push(wrap(`${tag}${theme.heading(sanitizeLine(p.title))} ${theme.muted(`(${dayRange(p)}; from spasm-info show ${sanitizeLine(p.section)})`)}`));
    if (p.startNote) out.push(theme.muted(wrap(sanitizeLine(p.startNote), 4)));
    for (const a of p.actions) {
      const text = sanitizeLine(a.text);
      out.push(wrap(a.quote ? `“${text}”` : text, 4));
    }
    if (p.endNote) out.push(theme.muted(wrap(sanitizeLine(p.endNote), 4)));
    out.push('');
  }
  out.push(wrap(`Warning signs that need a clinician rather than self-care: ${theme.strong('spasm-info show red-flags')}`));
  if (options.disclaimer) out.push(theme.muted(wrap(sanitizeLine(options.disclaimer))));
  return out.join('\n') + '\n';
}
