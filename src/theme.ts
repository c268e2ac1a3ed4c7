// The one place that maps a kind of text to a terminal style. Everything else asks the theme.

import { Chalk } from 'chalk';

export type Style = (text: string) => string;

export interface Theme {
  color: boolean;
  /** A section title in list and search output; the top heading of `show`. */
  title: Style;
  heading: Style;
  id: Style;
  /** Words of a snippet that matched the query. */
  match: Style;
  /** Secondary text: sources, scores, hints. */
  muted: Style;
  strong: Style;
  em: Style;
  code: Style;
  link: Style;
  quote: Style;
  /** The phase in force today, in `plan`. */
  current: Style;
  warning: Style;
  error: Style;
}

const plain: Style = (text) => text;

export function createTheme(color: boolean): Theme {
  if (!color) {
    return {
      color, title: plain, heading: plain, id: plain, match: plain, muted: plain, strong: plain,
      em: plain, code: plain, link: plain, quote: plain, current: plain, warning: plain, error: plain,
    };
  }
  // 16 basic colours only: they work on every colour terminal and follow the user's palette.
  const c = new Chalk({ level: 1 });
  return {
    color,
    title: c.bold.cyan,
    heading: c.bold.green,
    id: c.yellow,
    match: c.bold.underline,
    muted: c.dim,
    strong: c.bold,
    em: c.italic,
    code: c.yellow,
    link: c.blue.underline,
    quote: c.italic,
    current: c.bold.inverse,
    warning: c.bold.yellow,
    error: c.bold.red,
  };
}
