// Search: understands a query word by word (stems, prefixes, typos, the corpus vocabulary) and
// ranks sections by how many query words they match and how strongly. Returns records, never text
// for a terminal.

import { bodySentences, buildIndex, findStem, lowerBound, sectionUnits, UNIT_KINDS, type SearchIndex, type UnitKind } from './search-index.js';
import { STOP_WORDS } from './stop-words.js';
import { editDistance, fold, stem, words } from './text.js';

export { buildIndex, type SearchIndex };

/** How much a match counts, by where it was found. */
const WEIGHT: Record<UnitKind, number> = { title: 1, alias: 0.9, term: 0.85, summary: 0.6, body: 0.5 };
const KIND_WEIGHT = UNIT_KINDS.map((k) => WEIGHT[k]);
const TERM = UNIT_KINDS.indexOf('term');
const ALIAS = UNIT_KINDS.indexOf('alias');

/** How good a word match is, by how it was made. */
const QUALITY = { exact: 1, prefix: 0.8, typo1: 0.75, typo2: 0.6 } as const;

/** A section needs at least this score, and to match at least half the query's words. */
const MIN_SCORE = 0.35;
/** Query words beyond this many are ignored: they cannot change a ranking, only its cost. */
const MAX_QUERY_WORDS = 32;
const MAX_WORD_LENGTH = 48;
const SNIPPET_MAX = 220;

export interface Highlight {
  start: number;
  end: number;
}

export interface Snippet {
  /** Why a vocabulary match is relevant ("Advil — a brand of ibuprofen, …"); absent for text hits. */
  reason?: string;
  /** Character ranges of `reason` that matched a query word. */
  reasonHighlights?: Highlight[];
  text: string;
  /** Character ranges of `text` that matched a query word. */
  highlights: Highlight[];
}

export interface SearchHit {
  id: string;
  title: string;
  /** 0..1, higher is better. */
  score: number;
  snippet: Snippet;
  /** Query words this section matched (folded). */
  matched: string[];
}

export interface Correction {
  from: string;
  to: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Query words that matched only through a typo correction. */
  corrections: Correction[];
  /** With no hits: corpus words close to the query's words. */
  suggestions: Correction[];
  /** The words that were searched for, after folding and dropping stop words. */
  terms: string[];
}

export interface SearchOptions {
  limit?: number;
}

/** The words of a query that are searched for: folded, stop words dropped, each once. */
export function queryTerms(query: string): string[] {
  const seen = new Set<string>();
  for (const word of words(query)) {
    if (STOP_WORDS.has(word) || word.length > MAX_WORD_LENGTH) continue;
    seen.add(word);
    if (seen.size === MAX_QUERY_WORDS) break;
  }
  return [...seen];
}

interface Expansion {
  /** stem index → quality of the match */
  stems: Map<number, number>;
  /** set when the word matched only through a typo correction */
  correctedTo?: string;
}

/** Which stems of the index one query word stands for. */
function expandWord(index: SearchIndex, word: string): Expansion {
  const stems = new Map<number, number>();
  const s = stem(word);
  const exact = findStem(index, s);
  if (exact >= 0) stems.set(exact, QUALITY.exact);
  if (word.length >= 4) {
    for (let i = lowerBound(index.stems, s); i < index.stems.length && index.stems[i].startsWith(s); i++) {
      if (!stems.has(i)) stems.set(i, QUALITY.prefix);
    }
  }
  // Short words have too many neighbours one typo away (back/pack, heat/head) to guess at.
  if (stems.size > 0 || word.length < 5 || /^\p{N}+$/u.test(word)) return { stems };

  const maxDistance = word.length >= 8 ? 2 : 1;
  let best: { word: string; distance: number; vocabulary: boolean } | undefined;
  index.surface.forEach((candidate, i) => {
    if (Math.abs(candidate.length - word.length) > maxDistance) return;
    const distance = editDistance(word, candidate, maxDistance);
    if (distance > maxDistance) return;
    const quality = distance === 1 ? QUALITY.typo1 : QUALITY.typo2;
    const stemId = index.surfaceStem[i];
    if ((stems.get(stemId) ?? 0) < quality) stems.set(stemId, quality);
    const vocabulary = index.surfaceIsVocabulary[i] === 1;
    if (!best || distance < best.distance || (distance === best.distance && vocabulary && !best.vocabulary)) {
      best = { word: candidate, distance, vocabulary };
    }
  });
  return { stems, correctedTo: best?.word };
}

/** Searches the index. An empty list of hits means nothing about the topic matched. */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult {
  const limit = options.limit ?? 5;
  const terms = queryTerms(query);
  const corrections: Correction[] = [];
  const sectionTotal = index.corpus.sections.length;

  // First pass: how strongly each query word matches each unit it occurs in.
  const unitScores = new Map<number, number[]>();
  const matchedStems = index.corpus.sections.map(() => new Set<string>());
  terms.forEach((term, t) => {
    const expansion = expandWord(index, term);
    if (expansion.correctedTo && expansion.stems.size > 0) corrections.push({ from: term, to: expansion.correctedTo });
    for (const [stemId, quality] of expansion.stems) {
      const rarity = 0.5 + (0.5 * Math.log(1 + sectionTotal / index.stemSections[stemId])) / Math.log(1 + sectionTotal);
      for (let p = index.postingStart[stemId]; p < index.postingStart[stemId + 1]; p++) {
        const unitId = index.postingUnits[p];
        const value = quality * KIND_WEIGHT[index.unitKind[unitId]] * rarity;
        let perTerm = unitScores.get(unitId);
        if (!perTerm) unitScores.set(unitId, (perTerm = new Array<number>(terms.length).fill(0)));
        if (value > perTerm[t]) perTerm[t] = value;
        matchedStems[index.unitSection[unitId]].add(index.stems[stemId]);
      }
    }
  });

  // Second pass: a name of several words ("take it easy", "hot water bottle") counts fully only
  // when the query has most of its words; one word of it is a weaker hint.
  const best = index.corpus.sections.map(() => new Array<number>(terms.length).fill(0));
  const bestUnit = new Map<number, { id: number; total: number; count: number }>();
  for (const [unitId, perTerm] of unitScores) {
    const section = index.unitSection[unitId];
    const kind = index.unitKind[unitId];
    const count = perTerm.filter((x) => x > 0).length;
    const coverage = kind === TERM || kind === ALIAS ? Math.sqrt(Math.min(1, count / index.unitSize[unitId])) : 1;
    const row = best[section];
    perTerm.forEach((value, t) => {
      if (value * coverage > row[t]) row[t] = value * coverage;
    });
    const total = perTerm.reduce((a, b) => a + b, 0) * coverage;
    const current = bestUnit.get(section);
    if (!current || total > current.total || (total === current.total && unitId < current.id)) {
      bestUnit.set(section, { id: unitId, total, count });
    }
  }

  const hits: SearchHit[] = [];
  best.forEach((perTerm, section) => {
    const matchedCount = perTerm.filter((x) => x > 0).length;
    if (terms.length === 0 || matchedCount * 2 < terms.length) return;
    const unit = bestUnit.get(section)!;
    // Query words found together in one title, term or sentence count a little extra.
    const together = (0.15 * (unit.count - 1)) / terms.length;
    const score = Math.min(1, perTerm.reduce((a, b) => a + b, 0) / terms.length + together);
    if (score < MIN_SCORE) return;
    const s = index.corpus.sections[section];
    hits.push({
      id: s.id,
      title: s.title,
      score: Math.round(score * 1000) / 1000,
      snippet: makeSnippet(index, section, unit.id, matchedStems[section]),
      matched: terms.filter((_, t) => perTerm[t] > 0),
    });
  });
  hits.sort((a, b) => b.score - a.score || b.matched.length - a.matched.length);

  const suggestions = hits.length === 0 ? suggestWords(index, terms) : [];
  return { hits: hits.slice(0, limit), corrections, suggestions, terms };
}

/** Corpus words near the query's words, for "did you mean" when nothing matched. */
function suggestWords(index: SearchIndex, terms: string[]): Correction[] {
  const out: Correction[] = [];
  for (const term of terms) {
    if (term.length < 4) continue;
    const maxDistance = Math.max(2, Math.floor(term.length / 3));
    let best: { word: string; distance: number } | undefined;
    for (let i = 0; i < index.surface.length; i++) {
      const candidate = index.surface[i];
      if (!index.surfaceIsVocabulary[i] || candidate.length < 4) continue;
      const distance = editDistance(term, candidate, maxDistance);
      if (distance <= maxDistance && (!best || distance < best.distance)) best = { word: candidate, distance };
    }
    if (best) out.push({ from: term, to: best.word });
  }
  return out;
}

function makeSnippet(index: SearchIndex, sectionIndex: number, unitId: number, matched: Set<string>): Snippet {
  const section = index.corpus.sections[sectionIndex];
  // A cached index is checked structurally, not against each section's text: a unit it claims that
  // the section does not have falls back to the summary rather than failing.
  const unit = sectionUnits(section)[unitId - index.sectionFirstUnit[sectionIndex]] ?? { kind: 'summary', text: section.summary };
  const body = bodySentences(section);
  let text: string;
  let reason: string | undefined;
  if (unit.kind === 'body' || unit.kind === 'summary') {
    text = unit.text;
  } else if (unit.kind === 'term') {
    reason = unit.reason;
    const cites = unit.cites ? fold(unit.cites) : undefined;
    text = (cites && body.find((sentence) => fold(sentence).includes(cites))) || section.summary;
  } else {
    // A title or alias hit: the body sentence that shares most words with the query, else the summary.
    const scored = body.map((sentence) => ({ sentence, n: words(sentence).filter((w) => matched.has(stem(w))).length }));
    const top = scored.reduce((a, b) => (b.n > a.n ? b : a), { sentence: section.summary, n: 0 });
    text = top.sentence;
  }
  const snippet = trimSnippet(text, highlightRanges(text, matched));
  return reason ? { reason, reasonHighlights: highlightRanges(reason, matched), ...snippet } : snippet;
}

function highlightRanges(text: string, matched: Set<string>): Highlight[] {
  const out: Highlight[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (matched.has(stem(fold(m[0])))) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** Cuts a long snippet to a window around its first highlight, at word boundaries, with ellipses. */
function trimSnippet(text: string, highlights: Highlight[]): Snippet {
  if (text.length <= SNIPPET_MAX) return { text, highlights };
  const focus = highlights[0]?.start ?? 0;
  let start = Math.max(0, focus - Math.floor(SNIPPET_MAX / 3));
  let end = Math.min(text.length, start + SNIPPET_MAX);
  start = Math.max(0, end - SNIPPET_MAX);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: prefix + text.slice(start, end) + suffix,
    highlights: highlights
      .filter((h) => h.start >= start && h.end <= end)
      .map((h) => ({ start: h.start + shift, end: h.end + shift })),
  };
}
