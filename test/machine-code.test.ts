// compileToMachineCode only changes when V8 compiles a pattern: what it matches and where a global
// pattern stands (lastIndex) are as before.
import { describe, expect, it } from 'vitest';
import { compileToMachineCode } from '../src/search/machine-code.js';

describe('compileToMachineCode', () => {
  it.each([
    [/\bwhat (?:should|can) i (?:do|try)\b/g, ' so what should i do about it and what can i try '],
    [/\s+(?:is|was) (?:useless|no good)\b/g, ' the ice pack is useless and the heat was no good '],
    [/^[\x00-\x7F]*$/, 'plain ascii'],
  ])('%s finds the same matches and keeps lastIndex', (pattern, text) => {
    const fresh = new RegExp(pattern.source, pattern.flags);
    pattern.lastIndex = 3;
    compileToMachineCode(pattern);
    expect(pattern.lastIndex).toBe(3);
    pattern.lastIndex = 0;
    const found = (p: RegExp) => (p.global ? [...text.matchAll(p)].map((m) => [m.index, m[0]]) : [p.exec(text)?.[0]]);
    expect(found(pattern)).toEqual(found(fresh));
    expect(found(pattern).length).toBeGreaterThan(0);
  });
});

// canMatch is a necessary condition: whenever a pattern matches a text, it must say the text can
// hold a match (else a search would skip a pattern that matches, and read the query otherwise).
describe('canMatch', () => {
  it.each([
    [/\bhow often\b|\btimes a day\b/, ' somehow oftener ', ' three times a day ', ' how long is too often '],
    [/\b(?:would|could) (?:\w+ ){1,4}?(?:from|off) the gp\b/, ' could the gp off ', ' could i get it from the gp ', ' would a gp help '],
    [/causes?/, ' what cause ', ' what causes it ', ' the reason '],
    [/a(?:b|c)?d/, ' ad ', ' a d ', ' a '],
    [/x(?=yz)w(?!q)/, ' xw ', ' x w ', ' x '],
    [/(?<name>ab)c/, ' ab c ', ' ab c ', ' abd '],
    [/n[a-z'\u2019]t\b/, ' n t ', ' can t ', ' nope '],
    [/a{2}b+c*/, ' bb ', ' b ', ' aa '],
    [/(?:ab)+cd/, ' ab cd ', ' abcd ', ' ab c d '],
    [/ab+c/, ' ab c ', ' abbbc ', ' a bc '],
    [/ab+?cd?e/, ' ab c e ', ' abbce ', ' ab c '],
  ])('%s: can match %j (%j) and not %j', async (pattern, can, matches, cannot) => {
    const { canMatch } = await import('../src/search/machine-code.js');
    expect(canMatch(pattern, can)).toBe(true);
    expect(canMatch(pattern, cannot)).toBe(false);
    // The other texts given: whenever the pattern matches one, it can.
    if (pattern.test(matches)) expect(canMatch(pattern, matches)).toBe(true);
    expect(pattern.test(cannot)).toBe(false);
  });

  it.each([[/HOW long/i], [/\u00e9t\u00e9/], [/(a)b\1/], [/\p{L}+ing/u], [/\x41bc/]])('says %s can always match (a pattern it does not read)', async (pattern) => {
    const { canMatch } = await import('../src/search/machine-code.js');
    expect(canMatch(pattern, '')).toBe(true);
  });

  it('never says no to a text a pattern matches, over the search modules\' own patterns and many texts', async () => {
    const { canMatch } = await import('../src/search/machine-code.js');
    const { readFileSync } = await import('node:fs');
    const patterns = await searchModulePatterns(/[dgimsuyv]*/);
    expect(patterns.length).toBeGreaterThan(100);
    const answers = JSON.parse(readFileSync(new URL('answers.json', import.meta.url), 'utf8')) as { cases: { query: string }[] };
    // A Set: most queries are written in lower case, so a query and its lower case are often one
    // text (7,706 distinct of 10,248, 2026-12-07), and testing it twice checked nothing more.
    const texts = new Set(answers.cases.map((c) => c.query).flatMap((q) => [q, q.toLowerCase(), ` ${q.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `]));
    let matched = 0;
    const missed: string[] = [];
    for (const pattern of patterns) {
      for (const text of texts) {
        if (!pattern.test(text)) continue;
        matched++;
        if (!canMatch(pattern, text)) missed.push(`${pattern} ${JSON.stringify(text)}`);
      }
    }
    expect(matched).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
  });

  it('says the same from a pattern\'s needs kept (a process that searches again) as read from its text, over the search modules\' own patterns and many texts', async () => {
    const { canMatchKept, canMatchRead } = await import('../src/search/machine-code.js');
    const { readFileSync } = await import('node:fs');
    const patterns: RegExp[] = [/a(?:b|c)?d/, /x(?=yz)w(?!q)/, /(?<name>ab)c/, /a{2}b+c*/, /(?:ab)+cd/, /ab+?cd?e/, /(a)b\1/, /\x41bc/, /(?<=ab)cd|e(?<!f)g/, ...(await searchModulePatterns(/[dgmsuyv]*/))];
    expect(patterns.length).toBeGreaterThan(100);
    const answers = JSON.parse(readFileSync(new URL('answers.json', import.meta.url), 'utf8')) as { cases: { query: string }[] };
    const texts = answers.cases.slice(0, 600).map((c) => c.query).flatMap((q) => [q.toLowerCase(), ` ${q.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `]);
    let possible = 0;
    const differ: string[] = [];
    for (const pattern of patterns) {
      for (const text of ['', ' ab cd ', ' abd xw aabc abbce ', ...texts]) {
        const read = canMatchRead(pattern, text);
        if (read) possible++;
        if (canMatchKept(pattern, text) !== read) differ.push(`${pattern} ${JSON.stringify(text)}`);
      }
    }
    expect(possible).toBeGreaterThan(1000);
    expect(differ).toEqual([]);
  });
});

/** The patterns written in src/search's modules (a literal after =, (, ',', :, ?, &, | or !), each
 *  with the flags `flags` reads after it, less g and y; a literal that is no pattern (a division) is
 *  skipped. */
async function searchModulePatterns(flags: RegExp): Promise<RegExp[]> {
  const { readFileSync, readdirSync } = await import('node:fs');
  const dir = new URL('../src/search/', import.meta.url);
  const literal = new RegExp(`(?<=[=(,:?&|!]\\s*)\\/((?:\\\\.|\\[(?:\\\\.|[^\\]\\\\])*\\]|[^/\\\\\\n[])+)\\/(${flags.source})`, 'g');
  const patterns: RegExp[] = [];
  for (const file of readdirSync(dir)) {
    for (const m of readFileSync(new URL(file, dir), 'utf8').matchAll(literal)) {
      try {
        patterns.push(new RegExp(m[1], m[2].replace(/[gy]/g, '')));
      } catch {
        // a division, not a pattern
      }
    }
  }
  return patterns;
}
