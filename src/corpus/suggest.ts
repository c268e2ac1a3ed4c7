// "Did you mean": the sections whose names are a near miss of a name that matched none. Loaded only
// when a name is unknown.

import { namesOf, normalizeName } from './names.js';
import { STOP_WORDS } from '../search/stop-words.js';
import { editDistance } from '../util/text.js';
import type { Corpus, Section } from './types.js';

/** Edits allowed for a near miss: none for one or two letters (one edit away from "x" is every
 *  one-letter word), one for a short name, two from 5 letters, three from 9. A looser rule (fuzzy
 *  scores, as before) offered 'surgery' for "nope" and three sections for "all". */
function allowedEdits(length: number): number {
  return length <= 2 ? 0 : length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/** Up to `limit` sections with a name (or a word of a name) within a few edits of `name`, closest
 *  first; none when nothing is that close. */
export function suggestSections(corpus: Corpus, name: string, limit = 3): Section[] {
  const wanted = normalizeName(name).slice(0, 64);
  if (!wanted) return [];
  const max = allowedEdits(wanted.length);
  const scored: { section: Section; distance: number }[] = [];
  for (const section of corpus.sections) {
    // A whole name ("physical therapy"), or one word of it ("physcial") of three letters or more:
    // the "a" of "see a doctor" made '1' and 'x' near misses of red-flags. Not a function word: the
    // "and" of "heat and ice" made 'and', 'hand' and 'sand' near misses of thermal (trial65).
    const words = (n: string) => (n.includes(' ') && !wanted.includes(' ') ? n.split(' ').filter((w) => w.length >= 3 && !STOP_WORDS.has(w)) : []);
    const candidates = namesOf(section).flatMap((n) => [n, ...words(n)]);
    // A loop, not Math.min(...): a list spread into a call's arguments overflows the stack when long.
    let distance = Infinity;
    for (const c of candidates) distance = Math.min(distance, editDistance(wanted, c, max));
    if (distance <= max) scored.push({ section, distance });
  }
  scored.sort((a, b) => a.distance - b.distance);
  // Only those as close as the closest: a clear best match stands alone.
  return scored.filter((s) => s.distance === scored[0]?.distance).slice(0, limit).map((s) => s.section);
}
