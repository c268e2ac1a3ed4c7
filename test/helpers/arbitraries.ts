// fast-check arbitraries shared by the property tests.
import fc from 'fast-check';

/** First code point after the surrogates, and how many code points lie below it that are not surrogates. */
const AFTER_SURROGATES = 0xe000;
const SURROGATES = 0xe000 - 0xd800;

/** One code point of any plane, surrogates excepted: what fast-check's `unit: 'binary'` draws (its
 *  "full" alphabet, [0, 0xD7FF] and [0xE000, 0x10FFFF], as a biased index into both), with the same
 *  bias and shrinking. Written out because fast-check's own unit, the first time a string is built
 *  from it, maps all 1,112,064 code points back to their index to cut its list of dangerous strings
 *  ("__proto__", "constructor"...) into units: measured 2.7 s of CPU, most of test/hardening.test.ts's
 *  collection. Here a code point maps back by arithmetic, and those strings are still drawn. */
const anyCodePoint = fc.nat({ max: 0x10ffff - SURROGATES }).map(
  (i) => String.fromCodePoint(i < 0xd800 ? i : i + SURROGATES),
  (value) => {
    const point = typeof value === 'string' && value.length > 0 ? value.codePointAt(0)! : -1;
    if (point < 0 || String.fromCodePoint(point) !== value || (point >= 0xd800 && point < AFTER_SURROGATES)) throw new Error('not one code point');
    return point < 0xd800 ? point : point - SURROGATES;
  },
);

/** Any string of up to `maxLength` code points, control characters and all: fc.string({ unit: 'binary', maxLength }). */
export const anyString = (maxLength: number) => fc.string({ unit: anyCodePoint, maxLength });
