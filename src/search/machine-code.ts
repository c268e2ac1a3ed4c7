// Regular expressions compiled straight to machine code. V8 compiles a pattern at its first run to
// bytecode for its regexp interpreter and at its second to machine code; for the long patterns that
// read a query the bytecode is much the dearer of the two (AFTER_TRIED, 745 characters: 4.9-7.5 ms
// for the bytecode and 0.4 ms more for the machine code; straight to machine code, 0.4 ms in all).
// V8 skips the bytecode when a pattern's run is on a subject of 1,000 characters or more (its
// JSRegExp::kTierUpForSubjectLengthValue, Node 20's V8 11.3): one such run on characters no pattern
// of spasm-info's starts with (U+0001), whose result is ignored, compiles the pattern for good.
// Machine code and interpreter find the same matches; only the time differs.

const LONG_SUBJECT = '\u0001'.repeat(1000);
const compiled = new WeakSet<RegExp>();

/** Compiles `pattern` to machine code now, once (its lastIndex is left as it was). */
export function compileToMachineCode(pattern: RegExp): void {
  if (compiled.has(pattern)) return;
  compiled.add(pattern);
  const { lastIndex } = pattern;
  pattern.test(LONG_SUBJECT);
  pattern.lastIndex = lastIndex;
}

/** `pattern`, compiled to machine code first (compileToMachineCode): for a test or match in place,
 *  `native(PATTERN).test(text)`. */
export function native<T extends RegExp>(pattern: T): T {
  compileToMachineCode(pattern);
  return pattern;
}
