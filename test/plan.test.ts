import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBundledCorpus } from '../src/corpus/corpus.js';
import { drawTimeline, formatPlan } from '../src/plan/format-plan.js';
import { daysBetween, formatDate, isSimpleSince, localDate, parseSince, planFor, type CalendarDate } from '../src/plan/plan.js';
import { parseAnySince } from '../src/plan/since-words.js';
import { plainTheme } from '../src/render/theme.js';
import { createTheme } from '../src/render/theme-color.js';
import { displayWidth, markdownToPlain } from '../src/util/text.js';
import { ESC, runCli } from './helpers/cli.js';

const corpus = loadBundledCorpus();
const plan = corpus.plan!;
const date = (iso: string): CalendarDate => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
};
const dayOf = (since: string, today: string) => planFor(plan, parseSince(since, date(today)), date(today)).day;

describe('counting days (the start date is day 1)', () => {
  it.each([
    ['2026-11-24', '2026-11-24', 1],
    ['2026-11-23', '2026-11-24', 2],
    ['2026-10-30', '2026-11-02', 4], // across a month end
    ['2026-02-27', '2026-03-01', 3], // February, not a leap year
    ['2028-02-28', '2028-03-01', 3], // February 29 in a leap year
    ['2026-12-30', '2027-01-02', 4], // across a year end
    ['2026-03-07', '2026-03-10', 4], // US daylight saving starts on 2026-03-08
    ['2026-10-24', '2026-10-27', 4], // EU daylight saving ends on 2026-10-25
  ])('from %s to %s is day %i', (start, today, day) => expect(dayOf(start, today)).toBe(day));

  const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'UTC'];
  // vi.stubEnv, so TZ is put back as it was (deleted if it was unset) for the files run after this one.
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each(zones)('a clock read in %s gives that zone\'s calendar day, across a daylight-saving change', (zone) => {
    vi.stubEnv('TZ', zone);
    // 23:30 local time on the day after the US change, and just after midnight.
    const late = new Date(2026, 2, 8, 23, 30);
    const early = new Date(2026, 2, 9, 0, 30);
    expect(localDate(late)).toEqual({ year: 2026, month: 3, day: 8 });
    expect(localDate(early)).toEqual({ year: 2026, month: 3, day: 9 });
    expect(daysBetween(date('2026-03-01'), localDate(early))).toBe(8);
  });

  it.each([
    ['today', 1],
    ['yesterday', 2],
    ['0 days ago', 1],
    ['1 day ago', 2],
    ['3 days ago', 4],
    ['  3  DAYS   AGO ', 4],
  ])('--since %j is day %i', (since, day) => expect(dayOf(since, '2026-01-01')).toBe(day));
});

describe('the everyday forms people type (today is Wednesday 2026-11-25)', () => {
  const today = date('2026-11-25');
  const noon = new Date(2026, 10, 25, 12, 0);
  it.each([
    ['2 weeks ago', '2026-11-11'],
    ['two weeks ago', '2026-11-11'],
    ['a week ago', '2026-11-18'],
    ['last week', '2026-11-18'],
    ['3 days ago', '2026-11-22'],
    ['the day before yesterday', '2026-11-23'],
    ['monday', '2026-11-23'],
    ['last monday', '2026-11-23'],
    ['last friday', '2026-11-20'],
    ['20 nov', '2026-11-20'],
    ['Nov 20', '2026-11-20'],
    ['20-11-2026', '2026-11-20'],
    ['1 month ago', '2026-10-25'],
    ['10 hours ago', '2026-11-25'],
  ])('%j is %s', (since, start) => expect(formatDate(parseAnySince(since, today, { now: noon }))).toBe(start));

  it('without the everyday reader (as the CLI starts), only the simple forms are read', () => {
    expect(() => parseSince('2 weeks ago', today)).toThrowError(/is not a date it can read/);
    expect(isSimpleSince('3 days ago') && isSimpleSince('2026-11-20') && !isSimpleSince('last week')).toBe(true);
  });
});

describe('dates in figures (trial18 finding 3): the day-month order is never guessed (today is 2026-12-06)', () => {
  const today = date('2026-12-06');
  it.each([
    ['13/05/2026', '2026-05-13'],
    ['05/13/2026', '2026-05-13'],
    ['31.10.2026', '2026-10-31'],
    ['10-31-2026', '2026-10-31'],
    ['05/05/2026', '2026-05-05'],
    ['13/05/26', '2026-05-13'],
    ['25/12/99', '1999-12-25'],
    ['25/12', '2025-12-25'],
    ['30/11', '2026-11-30'],
  ])('%j is %s, whichever reader is used', (since, start) => {
    expect(formatDate(parseSince(since, today))).toBe(start);
    expect(formatDate(parseAnySince(since, today))).toBe(start);
    expect(isSimpleSince(since)).toBe(true);
  });

  it.each([
    ['05/12/2026', '"05/12/2026" could be 5 December or 12 May; write it as 2026-12-05 or 2026-05-12, or with the month\'s name such as "5 Dec 2026".'],
    ['12/05/2026', '"12/05/2026" could be 12 May or 5 December; write it as 2026-05-12 or 2026-12-05, or with the month\'s name such as "12 May 2026".'],
    ['5.12.2026', '"5.12.2026" could be 5 December or 12 May; write it as 2026-12-05 or 2026-05-12, or with the month\'s name such as "5 Dec 2026".'],
    ['05-12-26', '"05-12-26" could be 5 December or 12 May; write it as 2026-12-05 or 2026-05-12, or with the month\'s name such as "5 Dec 2026".'],
    ['1/2', '"1/2" could be 1 February or 2 January; write it as 2026-02-01 or 2026-01-02, or with the month\'s name such as "1 Feb 2026".'],
    ['11/12', '"11/12" could be 11 December or 12 November; write it as 2025-12-11 or 2026-11-12, or with the month\'s name such as "11 Dec 2025".'],
    ['31/02/2026', '"31/02/2026" is not a real date: February 2026 has 28 days.'],
    ['13/13/2026', '"13/13/2026" is not a real date: neither 13 nor 13 is a month.'],
    ['05/00/2026', '"05/00/2026" is not a real date: there is no month 0.'],
    ['25/12/2026', '"25/12/2026" is in the future (2026-12-25); it takes a start date up to today (2026-12-06).'],
  ])('%j is refused (exit 2)', (since, message) => {
    for (const read of [parseSince, parseAnySince]) {
      let thrown: unknown;
      try {
        read(since, today);
      } catch (error) {
        thrown = error;
      }
      expect((thrown as Error | undefined)?.message).toBe(message);
      expect((thrown as { exitCode: number }).exitCode).toBe(2);
    }
  });
});

describe('bad dates: exit 2, each refusal worded by what was wrong', () => {
  const ACCEPTS = 'it takes an ISO date such as 2026-11-20, "today", "yesterday", "3 days ago", "2 weeks ago", "last week" or a weekday such as "monday".';
  it.each([
    ['2026-13-45', '"2026-13-45" is not a real date: there is no month 13.'],
    ['2026-02-29', '"2026-02-29" is not a real date: February 2026 has 28 days.'],
    ['2026-04-31', '"2026-04-31" is not a real date: April 2026 has 30 days.'],
    ['2026-11-25', '"2026-11-25" is in the future (2026-11-25); it takes a start date up to today (2026-11-24).'],
    ['tomorrow', '"tomorrow" is in the future (2026-11-25); it takes a start date up to today (2026-11-24).'],
    ['in 3 days', '"in 3 days" is in the future (2026-11-27); it takes a start date up to today (2026-11-24).'],
    ['next week', '"next week" is in the future (2026-12-01); it takes a start date up to today (2026-11-24).'],
    ['0000-01-01', '"0000-01-01" is before 1900-01-01; it takes a start date from then up to today.'],
    ['0099-12-31', '"0099-12-31" is before 1900-01-01; it takes a start date from then up to today.'],
    ['9999999 days ago', '"9999999 days ago" is before 1900-01-01; it takes a start date from then up to today.'],
    ['-1 days ago', `"-1 days ago" is not a date it can read; ${ACCEPTS}`],
    ['2026/11/20 and more', `"2026/11/20 and more" is not a date it can read; ${ACCEPTS}`],
    ['', `is empty: give a start date, ${ACCEPTS.replace('it takes ', '')}`],
    ['   ', `is empty: give a start date, ${ACCEPTS.replace('it takes ', '')}`],
    ['whenever', `"whenever" is not a date it can read; ${ACCEPTS}`],
    ['from monday to friday', `"from monday to friday" is not a date it can read; ${ACCEPTS}`],
  ])('%j', (since, message) => {
    let thrown: unknown;
    try {
      parseAnySince(since, date('2026-11-24'), { now: new Date(2026, 10, 24, 12, 0) });
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error | undefined)?.message).toBe(message);
    expect((thrown as { exitCode: number }).exitCode).toBe(2);
  });

  it('days are counted right for years 0-99 too (Date.UTC would read them as 1900-1999)', () => {
    expect(daysBetween(date('0050-01-01'), date('0051-01-01'))).toBe(365);
    expect(daysBetween(date('0099-12-31'), date('1900-01-01'))).toBe(657_437);
  });
});

describe('phases in force', () => {
  it.each([
    [1, ['cold', 'reduce-activity'], []],
    [2, ['cold', 'reduce-activity'], []],
    [3, ['heat'], ['physical-therapy']],
    [6, ['heat'], ['physical-therapy']],
    [7, [], ['physical-therapy']],
    // Past the timeline, physical therapy still may apply, as its bar runs on (trial22 finding 15).
    [15, [], ['physical-therapy']],
    [60, [], ['physical-therapy']],
  ])('day %i: %j, and when the pain eases %j', (day, today, whenReady) => {
    const start = date('2026-11-01');
    const record = planFor(plan, start, { year: 2026, month: 11, day });
    expect(record.day).toBe(day);
    expect(record.today).toEqual(today);
    expect(record.whenReady).toEqual(whenReady);
    expect(Boolean(record.beyond)).toBe(day > 14);
  });

  it('past day 14 says the timeline is over and points to red-flags', () => {
    const record = planFor(plan, date('2026-11-01'), date('2026-11-20'));
    expect(record.beyond).toMatch(/timeline ends/);
    expect(formatPlan(record, { theme: plainTheme, width: 80 }).replace(/\s+/g, ' ')).toContain('see a clinician (spasm-info show red-flags)');
  });
});

describe('the plan data follows the article', () => {
  it.each(plan.phases.flatMap((p) => p.actions.filter((a) => a.quote).map((a) => [p.section, a.text] as const)))(
    'quoted action is verbatim in section %s: %s',
    (id, text) => {
      const body = markdownToPlain(corpus.sections.find((s) => s.id === id)!.body).replace(/\s+/g, ' ');
      expect(body).toContain(text);
    },
  );

  it('keeps the article\'s day ranges: ice days 1–2, heat from day 3 for 3 to 4 days, physical therapy with no set day', () => {
    const byId = Object.fromEntries(plan.phases.map((p) => [p.id, p]));
    expect([byId.cold.fromDay, byId.cold.toDay]).toEqual([1, 2]);
    expect([byId.heat.fromDay, byId.heat.toDay]).toEqual([3, 6]);
    expect(byId.heat.endNote).toMatch(/3 to 4 days/);
    expect(byId['physical-therapy'].fromDay).toBeNull();
    expect(byId['physical-therapy'].startNote).toMatch(/after you experience some pain relief/);
  });
});

describe('the timeline', () => {
  const record = planFor(plan, date('2026-11-22'), date('2026-11-24'));

  it.each([[40], [100]])('fits %i columns, one bar per phase, the marker under today', (width) => {
    const lines = drawTimeline(record, { theme: plainTheme, width });
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    expect(lines.length).toBe(plan.phases.length + 2);
    const header = lines[0];
    const marker = lines[lines.length - 1];
    const heat = lines[3];
    // The marker column is where day 3 starts, which is where the heat bar starts.
    expect(marker.indexOf('▲')).toBe(heat.indexOf('█'));
    expect(header.startsWith('day')).toBe(true);
    expect(header).toMatch(/ 1 /);
    expect(header.trimEnd().endsWith('14')).toBe(true);
  });

  it('at 100 columns: four columns per day, so bars have whole-day lengths', () => {
    const lines = drawTimeline(record, { theme: plainTheme, width: 100 });
    expect(lines[1]).toMatch(/^Ice or cold packs +█{8}$/);
    expect(lines[3]).toMatch(/^Heat +█{16}$/);
    expect(lines).toMatchInlineSnapshot(`
      [
        "day                         1   2   3   4   5   6   7   8   9   10  11  12  13  14",
        "Ice or cold packs           ████████",
        "Less activity, brief rests  ████████",
        "Heat                                ████████████████",
        "Physical therapy                    ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░→",
        "                                    ▲ today, day 3",
      ]
    `);
  });

  it('at 40 columns: labels are cut with an ellipsis, one column per day', () => {
    expect(drawTimeline(record, { theme: plainTheme, width: 40 })).toMatchInlineSnapshot(`
      [
        "day             1     7      14",
        "Ice or cold p…  ██",
        "Less activity…  ██",
        "Heat              ████",
        "Physical ther…    ░░░░░░░░░░░░→",
        "                  ▲ today, day 3",
      ]
    `);
  });

  it('in colour, only today\'s bars stand out', () => {
    const lines = drawTimeline(record, { theme: createTheme(true), width: 80 });
    expect(lines[3]).toContain('\u001B[1m\u001B[36m');
    expect(lines[1]).toContain('\u001B[2m');
  });
});

describe("the plan's emergency line says each sign as the red-flags section does (trial18 finding 4)", () => {
  const redFlags = markdownToPlain(corpus.sections.find((s) => s.id === 'red-flags')!.body).toLowerCase();
  it.each([
    ['a fever and a headache with a stiff neck'],
    ['difficulty breathing'],
  ])('%j is in both', (words) => {
    expect(plan.emergency!.text.toLowerCase()).toContain(words);
    expect(redFlags).toContain(words);
  });

  it('sets no higher bar than the section: no "very stiff"', () => {
    expect(plan.emergency!.text).not.toMatch(/very stiff/i);
  });
});

describe('spasm-info plan', () => {
  /** The CLI's clock: noon on 2026-11-20, local time. */
  const runPlan = (args: string[]) => runCli(args, {}, { now: new Date(2026, 10, 20, 12) });

  it('prints the day, the timeline, the phases, the red-flags pointer and the disclaimer', async () => {
    const r = await runPlan(['plan', '--since', '2 days ago']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Day 3 since your neck spasm started \(2026-11-18\)\n/);
    expect(r.stdout).toContain('▲ today, day 3');
    expect(r.stdout).toContain(' today  Heat (days 3–6; from spasm-info show thermal)');
    expect(r.stdout).toContain('spasm-info show');
    expect(r.stdout).toMatch(/red-flags\n.*not medical advice/);
    expect(r.stdout).not.toContain(ESC);
  });

  it.each([
    ['today', ['ice']],
    ['2 days ago', ['heat']],
    ['9 days ago', []],
  ])('--since %s points to the timer for today\'s timed steps only: %j', async (since, timers) => {
    const out = (await runPlan(['plan', '--since', since])).stdout;
    expect([...out.matchAll(/^ {4}time it: spasm-info timer (\w+)$/gm)].map((m) => m[1])).toEqual(timers);
  });

  it('--since defaults to today', async () => {
    expect((await runPlan(['plan'])).stdout).toMatch(/^Day 1 since/);
  });

  it('--json has the documented shape', async () => {
    const r = await runPlan(['plan', '--since', 'yesterday', '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(Object.keys(data)).toEqual(['day', 'start', 'phases', 'today', 'whenReady', 'emergency']);
    expect(data.day).toBe(2);
    expect(data.start).toBe('2026-11-19');
    expect(data.today).toEqual(['cold', 'reduce-activity']);
    expect(data.phases[0]).toEqual({
      id: 'cold', title: 'Ice or cold packs', fromDay: 1, toDay: 2, section: 'thermal',
      actions: [{ text: plan.phases[0].actions[0].text, quote: true }], timer: 'ice',
    });
    expect(data.phases[3]).toMatchObject({ id: 'physical-therapy', fromDay: null, toDay: null });
    expect(r.stdout).not.toContain('not medical advice');
  });

  it.each([['2026-13-45'], ['tomorrow'], ['3000-01-01']])('--since %s: exit 2, one sentence', async (since) => {
    const r = await runPlan(['plan', '--since', since]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^spasm-info: --since ".*" (is not a real date: .*|is not a date it can read; it takes .*|is in the future \(\d{4}-\d\d-\d\d\); it takes .*)\.\n$/);
  });

  it.each([
    ['05/11/2026', 2, '', 'spasm-info: --since "05/11/2026" could be 5 November or 11 May; write it as 2026-11-05 or 2026-05-11, or with the month\'s name such as "5 Nov 2026".\n'],
    ['13/11/2026', 0, 'Day 8 since your neck spasm started (2026-11-13)', ''],
    ['11/13/2026', 0, 'Day 8 since your neck spasm started (2026-11-13)', ''],
  ])('--since %s (a date in figures): exit %i', async (since, code, firstLine, stderr) => {
    const r = await runPlan(['plan', '--since', since]);
    expect(r.code).toBe(code);
    expect(r.stdout.split('\n')[0]).toBe(firstLine);
    expect(r.stderr).toBe(stderr);
  });

  it('a corpus without a plan: exit 1, nothing found (it was 2, a usage error: trial22 finding 19)', async () => {
    const r = await runPlan(['--data', 'test/fixtures/custom.json', 'plan']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/has no care plan/);
    expect(r.stdout).toBe('');
  });

  it('a corpus without a plan, with --json: null on stdout for a script, exit 1 (trial47)', async () => {
    const r = await runPlan(['--data', 'test/fixtures/custom.json', 'plan', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toBeNull();
    expect(r.stderr).toMatch(/has no care plan/);
  });
});
