// The one place that maps a kind of text to a terminal colour. Everything else asks the theme.
//
// The styles write exactly the bytes chalk 5 writes at level 1 for the same chains (`bold.cyan`…),
// which test/theme-color.test.ts checks against chalk itself, for any text: the opening codes
// outermost first, the closing codes in reverse; a closing code already inside the text is followed
// by its opening code again, so that styled text nests; and the style is closed before each line
// break and opened again after it, so that no colour runs on into a pager's next line. chalk itself
// is not loaded: building its table of styles, its prototype getters and their builders cost every
// coloured run about 4 million instructions (0.8% of `node -e 0`), and with the strings it allocates
// gave `search` a young-generation collection in a terminal (README: Performance).

import type { Style, Theme } from './theme.js';
import { plainTheme } from './theme.js';

/** An SGR code that turns an attribute on, and the one that turns it off (ansi-styles' values). */
type Code = readonly [open: number, close: number];
const BOLD: Code = [1, 22];
const DIM: Code = [2, 22];
const ITALIC: Code = [3, 23];
const UNDERLINE: Code = [4, 24];
const INVERSE: Code = [7, 27];
// 16 basic colours only: they work on every colour terminal and follow the user's palette.
const RED: Code = [31, 39];
const GREEN: Code = [32, 39];
const YELLOW: Code = [33, 39];
const BLUE: Code = [34, 39];
const CYAN: Code = [36, 39];

const sgr = (n: number) => `\u001B[${n}m`;

/** The codes applied as a chain of chalk's, outermost first (`style(BOLD, CYAN)` is `bold.cyan`). */
function style(...codes: Code[]): Style {
  const opens = codes.map(([open]) => sgr(open));
  const closes = codes.map(([, close]) => sgr(close));
  const openAll = opens.join('');
  const closeAll = closes.toReversed().join('');
  return (input) => {
    let text = '' + input;
    if (!text) return text;
    if (text.includes('\u001B')) {
      for (let i = codes.length - 1; i >= 0; i--) text = text.split(closes[i]).join(closes[i] + opens[i]);
    }
    if (text.includes('\n')) text = text.replace(/\r?\n/g, (newline) => closeAll + newline + openAll);
    return openAll + text + closeAll;
  };
}

export function createTheme(color: boolean): Theme {
  if (!color) return plainTheme;
  return {
    color,
    title: style(BOLD, CYAN),
    heading: style(BOLD, GREEN),
    id: style(YELLOW),
    match: style(BOLD, UNDERLINE),
    muted: style(DIM),
    strong: style(BOLD),
    em: style(ITALIC),
    code: style(YELLOW),
    link: style(BLUE, UNDERLINE),
    quote: style(ITALIC),
    current: style(BOLD, INVERSE),
    warning: style(BOLD, YELLOW),
    error: style(BOLD, RED),
  };
}
