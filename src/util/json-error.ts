// Finds where a JSON text first goes wrong, as line and column: Node 20's JSON.parse often
// names the bad token but not where it is.

import { DEL_C1_BIDI, INVISIBLE, INVISIBLE_ASTRAL } from './text.js';

export interface JsonErrorLocation {
  line: number;
  column: number;
  problem: string;
}

/** The character at `i`, quoted for a message: a whole code point (not half of an emoji's pair),
 *  and one a terminal would not show, which the message's sanitising would drop, as an escape (as
 *  JSON.stringify writes a C0 control, `"\u001b"`), never as `""`. The pattern is made here, on
 *  the error's path only. */
function shownCharacter(text: string, i: number): string {
  const code = text.codePointAt(i)!;
  const ch = String.fromCodePoint(code);
  const hidden = new RegExp(`^(?:[${DEL_C1_BIDI}${INVISIBLE}\\u2028\\u2029]|${INVISIBLE_ASTRAL})$`).test(ch);
  return hidden ? `"${ch.replace(/[^]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)}"` : JSON.stringify(ch);
}

/** Returns the first syntax error of `text`, or undefined if it is valid JSON. */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  let i = 0;
  const fail = (problem: string): never => {
    throw Object.assign(new Error(problem), { offset: i });
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const describe = () => (i >= text.length ? 'the text ends too early' : `unexpected ${shownCharacter(text, i)}`);
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(describe());
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i];
      if (c === '"') return void i++;
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('a bad \\u escape in a string');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('a bad escape in a string');
      } else if (c < ' ') fail('a control character or line break inside a string');
      else i++;
    }
    fail('a string that is never closed');
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail(describe());
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 512) fail('nesting deeper than 512 levels');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`${describe()} where a property name in double quotes was expected`);
        string();
        ws();
        if (text[i] !== ':') fail(`${describe()} where ':' was expected`);
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') return void i++;
        fail(`${describe()} where ',' or '}' was expected`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') return void i++;
        fail(`${describe()} where ',' or ']' was expected`);
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    fail(`${describe()} where a value was expected`);
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value(0);
    ws();
    if (i < text.length) fail(`${describe()} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    const offset = (error as { offset: number }).offset;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { line, column, problem: (error as Error).message };
  }
}
