// "Did you mean": the sections whose names are closest to a name that matched none. Loaded only
// when a name is unknown (fuse.js is not needed on the way to a found section).

import Fuse from 'fuse.js';
import { namesOf, normalizeName } from './names.js';
import type { Corpus, Section } from './types.js';

/** Up to three sections whose names are closest to a name that matched none. */
export function suggestSections(corpus: Corpus, name: string, limit = 3): Section[] {
  const wanted = normalizeName(name);
  const entries = corpus.sections.flatMap((section) => namesOf(section).map((name) => ({ name, section })));
  const fuse = new Fuse(entries, { keys: ['name'], includeScore: true, threshold: 0.45, ignoreLocation: true });
  // Fuse patterns longer than 32 characters are cut; a name that long is no near miss anyway.
  const pattern = wanted.slice(0, 32);
  const seen = new Set<Section>();
  const hits = fuse.search(pattern);
  // Only the suggestions about as close as the closest one: a clear best match stands alone.
  const cutoff = (hits[0]?.score ?? 0) + 0.15;
  for (const hit of hits) {
    if ((hit.score ?? 1) > cutoff) break;
    seen.add(hit.item.section);
    if (seen.size === limit) break;
  }
  return [...seen];
}
