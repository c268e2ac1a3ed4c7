// The day-by-day care plan: which day of a neck spasm this is and which of the article's phases
// apply. Pure: the clock is passed in; dates are calendar days, so time zones and daylight-saving
// changes cannot shift a day.

import type { Plan, PlanPhase } from '../corpus/types.js';
import { daysBetween, formatDate, type CalendarDate } from './since.js';

// The dates --since takes are read in since.ts; they are part of the plan's library API too.
export { daysBetween, formatDate, isSimpleSince, localDate, parseSince, type CalendarDate, type SinceOptions } from './since.js';

export interface PlanPhaseRecord {
  id: string;
  title: string;
  fromDay: number | null;
  toDay: number | null;
  section: string;
  actions: { text: string; quote: boolean }[];
  startNote?: string;
  endNote?: string;
  /** The name to time it by, where it is timed (`spasm-info timer ice`). */
  timer?: string;
}

export interface PlanRecord {
  day: number;
  start: string;
  phases: PlanPhaseRecord[];
  /** Ids of the phases whose day range includes today. */
  today: string[];
  /** Phases with no day range whose condition may apply by now (physical therapy "after some pain relief"). */
  whenReady: string[];
  /** Set past the article's timeline: what to do then. */
  beyond?: string;
  /** The emergency signs, said on every day. */
  emergency?: string;
  /** From the corpus's day (8: a week of self-care is over) until the timeline ends: see a doctor. */
  seeDoctor?: string;
  horizon: number;
}

function inForce(phase: PlanPhase, day: number): boolean {
  return phase.fromDay !== null && day >= phase.fromDay && (phase.toDay === null || day <= phase.toDay);
}

/** The plan for a spasm that started on `start`, seen on `today`. */
export function planFor(plan: Plan, start: CalendarDate, today: CalendarDate): PlanRecord {
  const day = daysBetween(start, today) + 1;
  const phases = plan.phases.map((p) => ({
    id: p.id,
    title: p.title,
    fromDay: p.fromDay,
    toDay: p.toDay,
    section: p.section,
    actions: p.actions.map((a) => ({ text: a.text, quote: a.quote ?? false })),
    ...(p.startNote ? { startNote: p.startNote } : {}),
    ...(p.endNote ? { endNote: p.endNote } : {}),
    ...(p.session ? { timer: p.session.name } : {}),
  }));
  const beyond = day > plan.horizon;
  // A phase with only a condition ("after some pain relief") may apply once the first dated
  // phases are over: from then on the plan points to it, without claiming a day, past the
  // timeline's end too, where the timeline still draws its bar running on (trial22 finding 15:
  // physical therapy left the steps that apply on day 15, while its bar ran on); so does a dated
  // phase with no end.
  const firstDatedEnd = Math.min(...plan.phases.map((p) => p.toDay ?? Infinity));
  return {
    day,
    start: formatDate(start),
    phases,
    today: plan.phases.filter((p) => inForce(p, day)).map((p) => p.id),
    whenReady: plan.phases.filter((p) => p.fromDay === null && day > firstDatedEnd).map((p) => p.id),
    ...(beyond ? { beyond: plan.beyond } : {}),
    ...(plan.emergency ? { emergency: plan.emergency.text } : {}),
    ...(plan.seeDoctor && day >= plan.seeDoctor.fromDay && !beyond ? { seeDoctor: plan.seeDoctor.text } : {}),
    horizon: plan.horizon,
  };
}
