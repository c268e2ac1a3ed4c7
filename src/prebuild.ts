// The build's own entry (scripts/build.mjs bundles it, runs it and deletes it): what the build
// computes from the corpus and the command definitions. None of it is in the library's API
// (src/index.ts) or in the shipped CLI.

import type { Corpus } from './corpus/types.js';
import { checkCorpus } from './corpus/validate.js';
import { markBundled } from './corpus/provenance.js';
import { cliSpec, manPageText } from './cli/program.js';
import { manPage } from './cli/manpage.js';
import { prerenderSection } from './render/render-markdown.js';
import { layout } from './render/layout.js';
import { PIPE_WIDTH } from './cli/terminal.js';
import { createTheme } from './render/theme-color.js';
import { buildIndex, contentKey, serializeIndex } from './search/search-index.js';
import { prepareSearch } from './search/search.js';

export { checkCorpus };
/** The search stemmer, to cut the lexicon down (scripts/lexicon.mjs). */
export { stem } from './util/text.js';
// The build checks that dist/learned.txt gives back every stem of data/learned.json.
export { parseLearned, parseLearnedAnswers } from './search/learned.js';

/** spasm-info(1), from the same command definitions as --help, dated `date` (YYYY-MM-DD). */
export function renderManPage(date: string): string {
  return manPage(cliSpec(), manPageText(date));
}

/** The files the CLI reads for the bundled corpus, all under one key derived from its text: the
 *  corpus itself without its list of sources, that list (only `show` reads it: store/bundled.ts), its
 *  search index, what a search would otherwise work out from the corpus at every run (search.ts,
 *  prepareSearch), and its rendering up to the width-dependent layout in both colour modes (so
 *  `show` only lays it out). */
export function bundledFiles(corpusText: string, corpus: Corpus): { corpus: string; sources: string; plan: string; index: Uint8Array; renderPlain: string; renderColor: string; search: string; pipe: Record<string, string> } {
  const key = contentKey(corpusText);
  markBundled(corpus);
  const index = buildIndex(corpus);
  const prerender = (color: boolean) => Object.fromEntries(corpus.sections.map((s) => [s.id, prerenderSection(corpus, s, createTheme(color))]));
  const { sources, plan, ...rest } = corpus;
  // The scope's `about` is for the people who edit the data: left out of the copy every search
  // reads (1.6 KB a start that nothing reads).
  const scope = rest.scope && { body: rest.scope.body, otherSenses: rest.scope.otherSenses };
  return {
    corpus: JSON.stringify({ key, corpus: { ...rest, scope } }),
    sources: JSON.stringify({ key, sources }),
    plan: JSON.stringify({ key, plan }),
    index: serializeIndex(index, key),
    search: JSON.stringify(prepareSearch(index, key)),
    renderPlain: JSON.stringify({ key, sections: prerender(false) }),
    renderColor: JSON.stringify({ key, sections: prerender(true) }),
    // Each section as `show` prints it through a pipe (no colour, PIPE_WIDTH, URLs whole), after a
    // line with the key: read whole instead of laid out at every start (store/bundled.ts).
    pipe: Object.fromEntries(corpus.sections.map((s) => [s.id, `${key}\n${layout(prerenderSection(corpus, s, createTheme(false)), PIPE_WIDTH, 'whole')}`])),
  };
}
