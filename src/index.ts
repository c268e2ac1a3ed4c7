// spasm-info as a library: load a corpus, list and find sections, search, render. Every function
// returns a value; none prints.

export { loadBundledCorpus, loadCorpusFile, parseCorpus, bundledCorpusPath, listSections } from './corpus.js';
export { checkCorpus } from './validate.js';
export type { Corpus, Section, Source, DrugClass, DrugMember, VocabularyGroup, Plan, PlanPhase, PlanAction, PlanSession } from './types.js';
export { findSection, lookupSection, lookupSections, normalizeName, type SectionLookup, type SectionsLookup } from './names.js';
export { sectionRecord, searchRecords, planJsonRecord, type SectionRecord, type SearchHitRecord, type PlanJsonRecord } from './records.js';
export { suggestSections } from './suggest.js';
export { buildIndex, search, queryTerms } from './search.js';
export { planFor, localDate, type PlanRecord, type CalendarDate } from './plan.js';
export { parseAnySince as parseSince } from './since-words.js';
export type { SinceOptions } from './since.js';
export {
  timerKinds, lookupTimer, findTimer, parseMinutes, dayAdvice, startTimer, timerEvent, nextSessionAt, secondsLeft,
  type TimerKind, type TimerState, type TimerStatus, type TimerEvent, type Timer, type TimerOptions, type Clock, type Scheduler,
} from './timer.js';
export { serializeIndex, deserializeIndex, sectionUnits, contentKey } from './search-index.js';
export type { SearchIndex, SearchHit, SearchResult, SearchOptions, Snippet, Highlight, Correction } from './search.js';
export { sectionMarkdown, sectionSources, attribution } from './markdown.js';
export { prerenderSection, renderMarkdown, renderSection, type RenderOptions } from './render.js';
export { layout, type Prerendered } from './layout.js';
export { createTheme } from './theme-color.js';
export { plainTheme, type Theme } from './theme.js';
export { SpasmError, NotFoundError, UsageError, CorpusError, DateError, ExitCode } from './errors.js';
