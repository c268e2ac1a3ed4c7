// The keys each command's --json prints, in the order it prints them: the one definition that
// --help, the man page (both from src/cli/program.ts) and the README's JSON section are made from or
// checked against, and that the records' types are checked against (test/trial20.test.ts), so the
// help cannot again list fewer keys than are printed (trial20 finding 19). A key ending in '?' is
// printed only sometimes. No imports: --help loads this and nothing more.

export const JSON_FIELDS = {
  list: ['id', 'title', 'summary'],
  show: ['id', 'title', 'summary', 'body', 'origin?', 'sources?', 'drugs?'],
  search: ['id', 'title', 'score', 'snippet', 'reason?', 'reasonOrigin?', 'origin?', 'snippetOrigin?', 'matched', 'warningSign?', 'warningSection?'],
  plan: ['day', 'start', 'phases', 'today', 'whenReady', 'beyond?', 'emergency?', 'seeDoctor?'],
  timer: ['event', 'timer', 'minutes', 'at', 'startedAt', 'endsAt', 'elapsedSeconds?', 'nextAt?', 'signal?'],
} as const;

export type JsonCommand = keyof typeof JSON_FIELDS;

/** A command's keys as the help writes them: {"id", "title", "drugs"?} ('?' after an optional key's quotes). */
export function jsonKeys(command: JsonCommand): string {
  return `{${JSON_FIELDS[command].map((key) => (key.endsWith('?') ? `"${key.slice(0, -1)}"?` : `"${key}"`)).join(', ')}}`;
}
