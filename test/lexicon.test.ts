import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { hasLexicon, isPhrase, lemmasOf, lookupWord } from '../src/search/lexicon.js';
import { packageRoot } from '../src/package-dir.js';

// lookupWord searches dist/lexicon.txt with positioned reads; these check it against the file's
// own lines (every 25th, and the first and last), and words next to them that it does not hold.
const lines = readFileSync(join(packageRoot, 'dist', 'lexicon.txt'), 'latin1').split('\n').filter(Boolean);
const entries = lines.map((line) => line.split(' '));
const keys = new Set(entries.map(([word]) => word));
const sample = entries.filter((_, i) => i % 25 === 0 || i === entries.length - 1);

describe('lexicon lookups (dist/lexicon.txt, made by the build)', () => {
  it('is built', () => expect(hasLexicon()).toBe(true));

  it(`finds ${sample.length} of its words, first and last included, with their frequency, kind and lemmas`, () => {
    const wrong = sample.filter(([word, field, lemmas]) => {
      const info = lookupWord(word);
      const [, zipf, kind] = /^(\d+)([basnpw]?)$/.exec(field) ?? [];
      return !info || info.zipf !== Number(zipf) / 10 || (info.kind ?? '') !== kind || info.lemmas.join(',') !== (lemmas ?? '');
    });
    expect(wrong.map((e) => e.join(' '))).toEqual([]);
  });

  // After 300 lookups of one file in a process, it is read whole and searched in memory
  // (lexicon.ts, LOOKUPS_BEFORE_WHOLE): a fresh copy of the module, 3,000 words of the file and
  // 3,000 near them that it lacks, looked up in turn, give the file's answers on both sides of that.
  it('gives the same answers after the file is read whole as before', async () => {
    vi.resetModules();
    const fresh = await import('../src/search/lexicon.js');
    const words = entries.filter((_, i) => i % 7 === 3).slice(0, 3000);
    const wrong: string[] = [];
    for (const [word, field] of words) {
      const info = fresh.lookupWord(word);
      if (!info || info.zipf !== Number(/^\d+/.exec(field)![0]) / 10) wrong.push(word);
      const near = `${word}q`;
      if (!keys.has(near) && fresh.lookupWord(near) !== undefined) wrong.push(near);
    }
    expect(wrong).toEqual([]);
  });

  // Looked-up words are kept for the process (a memo of at most 20,000): a second lookup gives the
  // file's answer again, and no caller can change what the next one reads.
  it('a word looked up again is the same answer, and cannot be changed by its caller', () => {
    const first = lookupWord('fell')!;
    expect(first.lemmas).toContain('fall');
    expect(() => (first.lemmas as string[]).push('x')).toThrow();
    expect(lookupWord('fell')).toEqual(first);
    expect(lookupWord('fell')!.lemmas).not.toContain('x');
  });

  it('a phrase is one key only for words of letters: "cold_sore" is no "cold sore"', () => {
    expect(isPhrase(['cold_sore'])).toBe(false);
    expect(isPhrase(['cold', 'sore'])).toBe(true);
  });

  it('finds no word the file does not hold (neighbours of its words, before the first, after the last)', () => {
    const probes = ['', 'aaaaaa', 'zzzzzzzzzz', ...sample.flatMap(([word]) => [`${word}q`, word.slice(0, -1), `${word}a`, `${word}zz`])];
    const wrong = probes.filter((word) => (lookupWord(word) !== undefined) !== keys.has(word));
    expect(wrong).toEqual([]);
  });

  it.each([['Ibuprofen'], ['neck pain'], ['naïve'], ['x1']])('reads %j as no word (not folded letters a to z)', (word) => {
    expect(lookupWord(word)).toBeUndefined();
  });

  it.each([['knee', 'b'], ['anxiety', 's'], ['antidepressant', 's'], ['cheap', 'w'], ['microwave', 'n'], ['aches', 'w'], ['standing', 'w'], ['dog', 'a'], ['horse', 'a'], ['calf', 'b'], ['calves', 'b'], ['heel', 'b'], ['ribs', 'b'], ['crown', 'n'], ['paw', 'a'], ['mum', 'n'], ['cancer', 's'], ['dose', 'n'], ['morphine', 's'], ['toddler', 'p'], ['plumber', 'p']])('knows what kind of word %j is (WordNet): %j', (word, kind) => {
    expect(lookupWord(word)?.kind).toBe(kind);
  });

  // A kind of alcoholic drink means "alcohol" (WordNet's hypernyms): not an adjective ("generic",
  // first a wine among WordNet's nouns), nor a word with another sense as likely ("sling"); and the
  // everyday drinks WordNet misfiles or SUBTLEX lacks (ALCOHOL_TOO: "lager" is first a camp, "gin" a
  // trap), but not kava (no alcohol in it), "vintage" or "marc" (NOT_ALCOHOL).
  it.each([['beer', true], ['wine', true], ['vodka', true], ['booze', true], ['whiskey', true], ['generic', false], ['sling', false], ['bitter', false], ['water', false], ['tea', false], ['brew', false],
    ['gin', true], ['lager', true], ['cider', true], ['pints', true], ['prosecco', true], ['guinness', true], ['shandy', true], ['stout', false], ['spirits', false], ['schooner', true], ['tinnies', true], ['merlot', true], ['stubby', false], ['kava', false], ['vintage', false], ['marc', false], ['cocktail', false], ['port', false]])('reads %j as "alcohol": %j', (word, alcohol) => {
    expect(lookupWord(word)?.lemmas.includes('alcohol') ?? false).toBe(alcohol);
  });

  it('gives irregular lemmas (fell → fall) the same way for a lookup and for an index build', () => {
    expect(lookupWord('fell')?.lemmas).toEqual(['fall']);
    expect(lemmasOf('fell')).toEqual(['fall']);
  });
});

describe('names of several words (dist/phrases.txt, made by the build)', () => {
  const phrases = readFileSync(join(packageRoot, 'dist', 'phrases.txt'), 'latin1').split('\n').filter(Boolean);

  it('finds every 50th of its lines, the first and the last, and not the words around them', () => {
    const sample = phrases.filter((_, i) => i % 50 === 0 || i === phrases.length - 1);
    expect(sample.filter((p) => !isPhrase(p.split('_')))).toEqual([]);
    const held = new Set(phrases);
    const near = sample.map((p) => `${p}_zz`.split('_')).filter((w) => !held.has(w.join('_')));
    expect(near.filter((w) => isPhrase(w))).toEqual([]);
  });

  it.each([['neck of the woods', true], ['cold sore', true], ['neck and neck', true], ['neck pain', false], ['stiff neck', false]])('%j is a name of its own: %j', (phrase, held) => {
    expect(isPhrase(phrase.split(' '))).toBe(held);
  });
});
