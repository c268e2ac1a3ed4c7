// A section's body as paragraphs of sentences (the build's, or split at the first search that needs
// them), the sentences a snippet may be chosen from (answerSentences), and what the build prepares
// for search (prepareSearch).

import { drugNotes, type SearchIndex } from './search-index.js';
import { ready, type PreparedSearch, type SplitSection } from './prepared.js';
import { answerKey } from './learned.js';
import { ALIAS, conditionUnits, saysNot, TERM, unitText, urgentUnits } from './units.js';
import { fold, markdownToPlain, sentences } from '../util/text.js';
import type { Section } from '../corpus/types.js';

/** What the build works out once for the bundled corpus, so that no search has to: each section's
 *  body sentences by paragraph, and which units name the condition or say "not". Measured on the
 *  20-word question of `npm run bench`: splitting three sections into sentences allocated 110 KB
 *  and compiled six patterns (about 6 M instructions); the condition units 70 KB. */

/** A section's body sentences, paragraph by paragraph, and which paragraphs are headings: the
 *  build's, or split now. */
export function paragraphs(index: SearchIndex, section: number): SplitSection {
  const r = ready(index);
  if (r.prepared) return { paragraphs: r.prepared.paragraphs[section], headings: r.prepared.headings[section], notesFrom: r.prepared.notesFrom[section] };
  // Split once for the index (a library user's or the tests' many searches split every hit's section
  // again otherwise: a tenth of the time of test/answers.json's 1,925 queries).
  const split = (r.split ??= []);
  return (split[section] ??= splitParagraphs(index.corpus.sections[section]));
}

/** Every sentence a hit's snippet of the section `id` may be chosen from (its paragraphs' sentences,
 *  its drug classes' notes, its summary), each with the key
 *  the learned sentence model knows it by (learned.ts, answerKey); scripts/learn.mjs learns from
 *  them. Empty for an id the index does not have. */
export function answerSentences(index: SearchIndex, id: string): { key: string; text: string }[] {
  const s = index.corpus.sections.findIndex((section) => section.id === id);
  if (s < 0) return [];
  const texts = [...paragraphs(index, s).paragraphs.flat(), index.corpus.sections[s].summary];
  return texts.map((text) => ({ key: answerKey(id, fold(text)), text }));
}

/** A section's body paragraphs, without its drug classes' notes: what the ranking reads. */
export function bodyParagraphs(index: SearchIndex, section: number): string[][] {
  const split = paragraphs(index, section);
  return split.notesFrom < split.paragraphs.length ? split.paragraphs.slice(0, split.notesFrom) : split.paragraphs;
}

/** A paragraph that is one italic span: an editor's note on the section ("This section is
 *  supplementary: …"), not content that answers anything. */
const NOTE_PARAGRAPH = /^\*[^*\s][^*]*\*$/;

/** A Markdown heading's line. */
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]/;

/** A section's paragraphs, each as its sentences, and the indexes of those that are headings: the
 *  Markdown read block by block (a heading is a block of its own: markdownToPlain keeps the blank
 *  line before it). */
function splitParagraphs(section: Section): SplitSection {
  const out: SplitSection = { paragraphs: [], headings: [], notesFrom: 0 };
  for (const block of section.body.split(/\n\s*\n/)) {
    if (NOTE_PARAGRAPH.test(block.trim())) continue;
    const heading = HEADING.test(block);
    for (const paragraph of markdownToPlain(block).split(/\n\s*\n/)) {
      const list = sentences(paragraph);
      if (list.length === 0) continue;
      if (heading) out.headings.push(out.paragraphs.length);
      out.paragraphs.push(list);
    }
  }
  // The drug classes' notes, as `show` prints them: the first sentence after the class's name.
  out.notesFrom = out.paragraphs.length;
  for (const note of drugNotes(section)) out.paragraphs.push(note.sentences.map((text, i) => (i === 0 ? `${note.drugClass}: ${text}` : text)));
  return out;
}

/** For the build: what prepareSearch's reader takes, worked out for an index. */
export function prepareSearch(index: SearchIndex, key: string): PreparedSearch {
  const negatedUnits: number[] = [];
  for (let u = 0; u < index.unitKind.length; u++) {
    if ((index.unitKind[u] === TERM || index.unitKind[u] === ALIAS) && saysNot(unitText(index, u))) negatedUnits.push(u);
  }
  return {
    key,
    ...splitSections(index),
    conditionUnits: [...conditionUnits(index)].sort((a, b) => a - b),
    urgentUnits: [...urgentUnits(index)].sort((a, b) => a - b),
    negatedUnits,
  };
}

function splitSections(index: SearchIndex): { paragraphs: string[][][]; headings: number[][]; notesFrom: number[] } {
  const split = index.corpus.sections.map(splitParagraphs);
  return { paragraphs: split.map((s) => s.paragraphs), headings: split.map((s) => s.headings), notesFrom: split.map((s) => s.notesFrom) };
}
