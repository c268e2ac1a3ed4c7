// build/lazy-patterns.mjs: the build makes a module's top-level patterns when first used. Each case
// is a module's source and what the bundle gets for it; a rewritten module must behave as written.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without declarations
import { lazyPatterns } from '../build/lazy-patterns.mjs';

const lazy = (name: string, init: string) => `let ${name}$made: RegExp | undefined; const ${name}$ = (): RegExp => (${name}$made ??= ${init});`;

describe('lazyPatterns', () => {
  it.each([
    ['a literal and its uses', 'const A = /a+/g;\nf(A.test(x), s.match(A), [A], { k: A });', `${lazy('A', '/a+/g')}\nf(A$().test(x), s.match(A$()), [A$()], { k: A$() });`],
    ['new RegExp, with another pattern inside', 'const A = /a/;\nconst B = new RegExp(`x${A.source}`);\nB.exec(y);', `${lazy('A', '/a/')}\n${lazy('B', 'new RegExp(`x${A$().source}`)')}\nB$().exec(y);`],
    ['a Set and a Map of constants', "const S = new Set(['a', 'b']);\nconst M = new Map();\nS.has(w) && M.set(w, 1);", `let S$made: Set<string> | undefined; const S$ = (): Set<string> => (S$made ??= new Set(['a', 'b']));\nlet M$made: Map<string, unknown> | undefined; const M$ = (): Map<string, unknown> => (M$made ??= new Map());\nS$().has(w) && M$().set(w, 1);`],
    ['a property of the same name is not the pattern', 'const A = /a/;\no.A = { A: 1 }.A;', `${lazy('A', '/a/')}\no.A = { A: 1 }.A;`],
  ])('rewrites %s', (_, source, expected) => {
    expect(lazyPatterns(source)).toBe(expected);
  });

  it.each([
    ['exported', 'export const A = /a/;\nA.test(x);'],
    ['declared again as a parameter', 'const A = /a/;\nfunction f(A) { return A; }\nA.test(x);'],
    ['used as a shorthand property', 'const A = /a/;\nconst o = { A };'],
    ['assigned', 'const A = /a/;\nA = /b/;'],
    ['not made at the top level', 'function f() { const A = /a/; return A.test(x); }'],
    ['typed', 'const A: RegExp = /a/;\nA.test(x);'],
    ['a Set of anything but constants', 'const S = new Set([...A, f()]);\nS.has(w);'],
    ['declared with another name', 'const A = /a/, B = 1;\nA.test(x);'],
  ])('leaves a pattern %s as it is', (_, source) => {
    expect(lazyPatterns(source)).toBe(source);
  });

  it('makes the pattern once, the same object at every use', () => {
    const js = lazyPatterns('const A = /a/g;\nconst first = A;\nA.lastIndex = 3;\nmodule.exports = [first, A, A.lastIndex];').replace(/: RegExp \| undefined|: RegExp/g, '');
    const module = { exports: [] as unknown[] };
    new Function('module', js)(module);
    const [first, again, lastIndex] = module.exports;
    expect(again).toBe(first);
    expect(lastIndex).toBe(3);
  });
});
