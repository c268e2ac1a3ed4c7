// The care plan for a terminal: which day it is, a timeline with one bar per phase and a marker at
// today, then each phase's actions in the article's words with the section they come from.

import type { PlanPhaseRecord, PlanRecord } from './plan.js';
import type { Output } from '../render/theme.js';
import { displayWidth, sanitizeLine } from '../util/text.js';
import { glue, indentBlock, wrapText } from '../render/wrap.js';

/** The plan's output: where it goes, the corpus's disclaimer to close with, and who added the
 *  plan's own paragraphs (the emergency signs, when to see a doctor): "spasm-info" for the bundled
 *  corpus (src/corpus/provenance.ts addedBy), else the --data file. `program` starts the commands it
 *  names (`spasm-info --data FILE` for a --data corpus); `warningSection` is the id of the corpus's
 *  section of warning signs, pointed to at the end (none: no pointer). */
export type PlanOutput = Pick<Output, 'theme' | 'width' | 'urls'> & { disclaimer?: string; addedBy?: string; program?: string; warningSection?: string };

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
export function drawTimeline(plan: PlanRecord, { theme, width }: PlanOutput): string[] {
  const days = plan.horizon;
  const titles = plan.phases.map((p) => sanitizeLine(p.title));
  const labelWidth = Math.min(Math.max(...titles.map(displayWidth)) + 2, Math.max(8, Math.floor(width * 0.4)));
  // Columns for the bars: up to 4 a day; when the days outnumber the columns (a --data plan of
  // months), several days share a column, so the timeline still fits the window.
  const room = width - labelWidth - 1;
  const cell = Math.max(0, Math.min(4, Math.floor(room / days)));
  const span = cell ? cell * days : Math.max(1, room);
  /** The column where day `d` starts (day days + 1: the end of the bars). */
  const col = (d: number) => (cell ? (d - 1) * cell : Math.floor(((d - 1) * span) / days));
  // Numbered days: every one when there is room, else day 1, the last and every week (or every few
  // weeks, so that numbers stand at least 4 columns apart).
  const step = cell ? 7 : 7 * Math.ceil(4 / ((7 * span) / days));

  // Day numbers where they fit without touching the previous one; always day 1 and the last day.
  let header = '';
  for (let d = 1; d <= days; d++) {
    const label = String(d);
    // The last number may stand one column past the bars, where an open bar's arrow goes.
    const at = d === days ? Math.min(col(d), span + 1 - label.length) : col(d);
    const fits = at >= header.length + (header.length ? 1 : 0) && at + label.length <= span + 1;
    if (fits && (cell >= 3 || d === 1 || d === days || d % step === 0)) header += ' '.repeat(at - header.length) + label;
  }
  // A label, cut with an ellipsis if need be, then at least two spaces before the bars.
  const label = (text: string) => fit(text, labelWidth - 2) + '  ';
  const lines = [theme.muted(label('day') + header)];

  const firstDatedEnd = Math.min(...plan.phases.map((p) => p.toDay ?? Infinity));
  plan.phases.forEach((p, i) => {
    const from = p.fromDay ?? (Number.isFinite(firstDatedEnd) ? firstDatedEnd + 1 : 1);
    const to = Math.min(p.toDay ?? days, days);
    const glyph = p.fromDay === null ? MAYBE : FULL;
    const bar = ' '.repeat(col(from)) + glyph.repeat(to < from ? 0 : Math.max(1, col(to + 1) - col(from)));
    const open = p.toDay === null || p.toDay > days ? '→' : '';
    // Today's steps in the title style, the others dimmed (inverse video would hide a block bar).
    const style = plan.today.includes(p.id) ? theme.title : theme.muted;
    const lead = bar.length - bar.trimStart().length;
    lines.push(label(titles[i]) + ' '.repeat(lead) + style(bar.slice(lead)) + open);
  });

  // The marker stands under today's column, its words to the right, or to the left when they
  // would run past the window.
  const column = plan.day <= days ? labelWidth + col(plan.day) : labelWidth + span - 1;
  const [glyph, words] = plan.day <= days ? ['▲', `today, day ${plan.day}`] : ['→', `today is day ${plan.day}`];
  const marker = column + 2 + displayWidth(words) <= width
    ? ' '.repeat(column) + `${glyph} ${words}`
    : ' '.repeat(Math.max(0, column - displayWidth(words) - 1)) + `${words} ${glyph}`;
  lines.push(theme.strong(marker));
  return lines;
}

/** The whole plan as text for a terminal (or plain text in a pipe). What matters first comes
 *  first, so that it is on the first screen: the day, the timeline, then today's steps; the other
 *  steps follow in the article's order. */
export function formatPlan(plan: PlanRecord, options: PlanOutput): string {
  const { theme, width, urls } = options;
  const out: string[] = [];
  const wrap = (text: string) => wrapText(text, width, 0, urls);
  out.push(theme.title(wrap(`Day ${plan.day} since your neck spasm started (${plan.start})`)));
  out.push('');
  out.push(...drawTimeline(plan, options));
  // The legend on one line where it fits, shortened if need be (a narrow window, 40 columns), so
  // that today's step stays on the first screen of 24 lines below the emergency paragraph.
  const legend = [`${FULL} the article's days for each step`, `${MAYBE} no set day: see the step`];
  const oneLine = [legend.join('   '), `${FULL} the article's days   ${MAYBE} no set day`].find((line) => displayWidth(line) <= width);
  out.push(theme.muted(oneLine ?? legend.map((item) => wrapText(item, width, 2, urls)).join('\n')));
  out.push('');
  // The plan's own paragraphs sit among the article's quotations, so each says whose it is, as the
  // quotations say theirs ("from spasm-info show thermal").
  const ours = (text: string, style: (s: string) => string) => wrap(`${style(text)} ${theme.muted(`(added by ${sanitizeLine(options.addedBy ?? 'spasm-info')}, not from the article)`)}`);
  // The emergency signs first, then the pointer to a doctor once a week of self-care is over.
  if (plan.emergency) {
    out.push(ours(sanitizeLine(plan.emergency), theme.error));
    out.push('');
  }
  // A command named in the corpus's text ("spasm-info show red-flags") is never split either.
  const commands = (text: string) => sanitizeLine(text).replace(/spasm-info show [\p{L}\p{N}._-]+/gu, glue);
  if (plan.seeDoctor) {
    out.push(ours(commands(plan.seeDoctor), theme.warning));
    out.push('');
  }
  if (plan.beyond) {
    out.push(ours(commands(plan.beyond), theme.warning));
    out.push('');
  } else if (plan.today.length === 0 && plan.whenReady.length === 0) {
    out.push(wrap('No step of the article is set for today.'));
    out.push('');
  }

  const first = (p: PlanPhaseRecord) => plan.today.includes(p.id) || plan.whenReady.includes(p.id);
  const now = plan.phases.filter(first);
  const others = plan.phases.filter((p) => !first(p));
  for (const p of now) out.push(...formatPhase(p, plan, options), '');
  if (now.length && others.length) out.push(theme.muted(wrap('The other steps, in the article\'s order:')), '');
  for (const p of others) out.push(...formatPhase(p, plan, options), '');

  const program = options.program ?? 'spasm-info';
  if (options.warningSection !== undefined) {
    out.push(wrap(`Warning signs that need a clinician rather than self-care: ${theme.strong(glue(`${program} show ${sanitizeLine(options.warningSection)}`))}`));
  }
  if (options.disclaimer) out.push(theme.muted(wrap(sanitizeLine(options.disclaimer))));
  return out.join('\n') + '\n';
}

/** One step: its heading (with the command that shows its section, never split), then its actions. */
function formatPhase(p: PlanPhaseRecord, plan: PlanRecord, { theme, width, urls, program = 'spasm-info' }: PlanOutput): string[] {
  const tag = plan.today.includes(p.id)
    ? theme.current(' today ') + ' '
    : plan.whenReady.includes(p.id) ? theme.strong('when the pain eases') + ' · ' : '';
  const source = theme.muted(`(${dayRange(p)}; from ${glue(`${program} show ${sanitizeLine(p.section)}`)})`);
  // The heading hangs two columns in, so a continuation is not read as one of the actions (four in).
  const lines = [wrapText(`${tag}${theme.heading(sanitizeLine(p.title))} ${source}`, width, 2, urls)];
  const action = (text: string) => indentBlock(text, 4, width, urls);
  if (p.startNote) lines.push(theme.muted(action(sanitizeLine(p.startNote))));
  for (const a of p.actions) {
    const text = sanitizeLine(a.text);
    lines.push(action(a.quote ? `“${text}”` : text));
  }
  if (p.endNote) lines.push(theme.muted(action(sanitizeLine(p.endNote))));
  if (p.timer && plan.today.includes(p.id)) lines.push(action(`time it: ${theme.strong(glue(`${program} timer ${sanitizeLine(p.timer)}`))}`));
  return lines;
}
