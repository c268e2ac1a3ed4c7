// Who added what a corpus holds beside its article's words (drug tables, vocabulary notes, warning
// signs, the plan's own paragraphs): spasm-info, for the corpus it ships, checked against the
// sources it lists; a --data file's author, for that file. The loader says which, never the data,
// so that no file can present its own additions as spasm-info's checked work.

import type { Corpus } from './types.js';

/** Not enumerable: the corpus's JSON (show --json, the build's copy) never carries it. */
const BUNDLED = 'spasmInfoBundled';

/** Marks the corpus shipped with the package as spasm-info's own. */
export function markBundled<T extends Corpus>(corpus: T): T {
  Object.defineProperty(corpus, BUNDLED, { value: true });
  return corpus;
}

/** Whether what the corpus adds beside its article is spasm-info's (the bundled corpus). */
export function isBundled(corpus: Corpus): boolean {
  return Object.hasOwn(corpus, BUNDLED);
}

/** Who the screens name as having added it: "spasm-info", or "this corpus file". */
export function addedBy(corpus: Corpus): string {
  return isBundled(corpus) ? 'spasm-info' : 'this corpus file';
}
