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
