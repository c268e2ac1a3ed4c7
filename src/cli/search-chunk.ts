// What only `search` loads, built into a chunk of its own (dist/search.cjs): the search itself, with
// its lexicon and query reading, and the layout of its results.
export { MAX_WORD_LENGTH, search } from '../search/search.js';
export { formatSearch } from '../render/format-search.js';
