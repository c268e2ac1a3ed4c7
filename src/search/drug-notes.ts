// The drug classes' notes (drugNotes): which note units belong to which class (noteClasses), the
// query's stems only the notes have (setNoteStems), and the drug names that hold another drug's name
// (longerDrugNames).

import { drugNotes, type SearchIndex } from './search-index.js';
import type { Term } from './query-words.js';
import { NOTE } from './units.js';
import { fold } from '../util/text.js';
import type { DrugMember, Section } from '../corpus/types.js';

/** A state said by a word rarer than this ("pregnant", "breastfeeding") that only the drugs' notes
 *  have is asked of the medicine the query names, as a thing of its own is (askedOfNotes); commoner
 *  words of the notes ("usually", "alone", "bought") are any query's. */
export const NOTE_THING_ZIPF = 5;

/** The names of a section's drugs (generic, brands, other names) of several words, folded, each of
 *  which holds a word that is the whole name of another drug ("nurofen plus", codeine with
 *  ibuprofen: "nurofen", ibuprofen); not a name of the same drug ("naproxen sodium": naproxen). */
export function longerDrugNames(section: Section): string[] {
  let names = longerDrugNamesCache.get(section);
  if (!names) {
    const namesOf = (m: DrugMember) => [m.generic, ...(m.brands ?? []), ...(m.aka ?? [])].map(fold);
    const members = (section.drugs ?? []).flatMap((d) => d.members);
    const owner = new Map<string, Set<DrugMember>>();
    for (const m of members) for (const n of namesOf(m)) if (!n.includes(' ')) owner.set(n, (owner.get(n) ?? new Set()).add(m));
    const found = new Set<string>();
    for (const m of members) for (const n of namesOf(m)) {
      if (n.includes(' ') && n.split(' ').some((w) => [...(owner.get(w) ?? [])].some((o) => o !== m))) found.add(n);
    }
    longerDrugNamesCache.set(section, (names = [...found]));
  }
  return names;
}
const longerDrugNamesCache = new WeakMap<Section, string[]>();

const noteClassCache = new WeakMap<SearchIndex, Map<number, number>>();
/** The drug class (its index among its section's drugs) of each note unit: the notes are the last
 *  units of their section, in drugNotes' order (sectionUnits). */
export function noteClasses(index: SearchIndex): Map<number, number> {
  let out = noteClassCache.get(index);
  if (out) return out;
  out = new Map();
  index.corpus.sections.forEach((section, s) => {
    const notes = drugNotes(section);
    if (notes.length === 0) return;
    const end = s + 1 < index.sectionFirstUnit.length ? index.sectionFirstUnit[s + 1] : index.unitSection.length;
    let u = end - notes.reduce((n, note) => n + note.sentences.length, 0);
    for (const note of notes) for (let k = 0; k < note.sentences.length; k++, u++) if (index.unitKind[u] === NOTE) out!.set(u, note.drug);
  });
  noteClassCache.set(index, out);
  return out;
}

/** Moves a term's stems that only drug notes have (no unit of another kind) to its noteStems. */
export function setNoteStems(index: SearchIndex, t: Term): void {
  let notes: Map<number, number> | undefined;
  for (const [id, q] of t.stems) {
    let other = false;
    for (let p = index.postingStart[id]; p < index.postingStart[id + 1] && !other; p++) other = index.unitKind[index.postingUnits[p]] !== NOTE;
    if (!other) (notes ??= new Map()).set(id, q);
  }
  if (!notes) return;
  for (const id of notes.keys()) t.stems.delete(id);
  t.noteStems = notes;
}
