// The keys each command's --json prints, in the order it prints them: the one definition that
// --help, the man page (both from src/cli/program.ts) and the README's JSON section are made from or
// checked against, and that the records' types are checked against (test/trial20.test.ts), so the
// help cannot again list fewer keys than are printed (trial20 finding 19). A key ending in '?' is
// printed only sometimes. No imports: --help loads this and nothing more.

export const JSON_FIELDS = {
  list: ['id', 'title', 'summary'],
  show: ['id', 'title', 'summary', 'body', 'origin?', 'sources?', 'drugs?'],
  search: ['id', 'title', 'score', 'snippet', 'reason?', 'reasonOrigin?', 'origin?', 'snippetOrigin?', 'matched', 'warningSign?', 'warningSection?', 'corrections?', 'unmatched?'],
  plan: ['day', 'start', 'phases', 'today', 'whenReady', 'beyond?', 'emergency?', 'seeDoctor?'],
  timer: ['event', 'timer', 'minutes', 'at', 'startedAt', 'endsAt', 'elapsedSeconds?', 'nextAt?', 'signal?'],
} as const;

export type JsonCommand = keyof typeof JSON_FIELDS;

/** The keys of the records inside `show`'s: a drug class of `drugs`, one of its `members`, one of
 *  its `notes`, and a source of `sources` (trial22 finding 16: they were documented nowhere). */
export const JSON_RECORD_FIELDS = {
  drug: ['class', 'label', 'cites?', 'aka?', 'sources?', 'notes?', 'members'],
  member: ['generic', 'ingredients?', 'brands?', 'aka?', 'availability?', 'notes?', 'sources?'],
  note: ['text', 'sources'],
  source: ['id?', 'title', 'author?', 'publisher?', 'url?', 'read?', 'short?'],
} as const;

export type JsonRecord = keyof typeof JSON_RECORD_FIELDS;

/** A record's keys as the README writes them. */
export function recordKeys(record: JsonRecord): string {
  return keysOf(JSON_RECORD_FIELDS[record]);
}

/** A command's keys as the help writes them: {"id", "title", "drugs"?} ('?' after an optional key's quotes). */
export function jsonKeys(command: JsonCommand): string {
  return keysOf(JSON_FIELDS[command]);
}

/** Keys as the help and the README write them: {"id", "title", "drugs"?}. */
function keysOf(keys: readonly string[]): string {
  return `{${keys.map((key) => (key.endsWith('?') ? `"${key.slice(0, -1)}"?` : `"${key}"`)).join(', ')}}`;
}
