// spasm-info as a library: load a corpus, list and find sections, search, render. Every function
// returns a value; none prints.

export { loadBundledCorpus, loadCorpusFile, parseCorpus, bundledCorpusPath, listSections } from './corpus/corpus.js';
export { checkCorpus } from './corpus/validate.js';
export type { Corpus, Section, Source, DrugClass, DrugMember, VocabularyGroup, Plan, PlanPhase, PlanAction, PlanSession } from './corpus/types.js';
export { findSection, lookupSection, lookupSections, resolveSections, normalizeName, type SectionLookup, type SectionsLookup, type SectionsResolution } from './corpus/names.js';
export { sectionRecord, searchRecords, planJsonRecord, type SectionRecord, type SearchHitRecord, type PlanJsonRecord } from './corpus/records.js';
export { suggestSections } from './corpus/suggest.js';
export { buildIndex, search, queryTerms, learnedWords, answerSentences } from './search/search.js';
export { planFor, localDate, type PlanRecord, type CalendarDate } from './plan/plan.js';
export { parseAnySince as parseSince } from './plan/since-words.js';
export type { SinceOptions } from './plan/since.js';
export {
  timerKinds, lookupTimer, findTimer, parseMinutes, dayAdvice, startTimer, timerEvent, nextSessionAt, secondsLeft,
  type TimerKind, type TimerState, type TimerStatus, type TimerEvent, type Timer, type TimerOptions, type Clock, type Scheduler,
} from './plan/timer.js';
export type { SearchIndex, SearchHit, SearchResult, SearchOptions, Snippet, Highlight, Correction } from './search/search.js';
export { sectionMarkdown, sectionSources, attribution } from './render/section-markdown.js';
export { renderMarkdown, renderSection } from './render/render-markdown.js';
export { createTheme } from './render/theme-color.js';
export { plainTheme, type Theme, type Output } from './render/theme.js';
export { SpasmError, NotFoundError, UsageError, CorpusError, DateError, MinutesError, ExitCode } from './util/errors.js';
