// The kinds of text a theme styles, and the plain theme. The colours live in theme-color.ts, loaded
// only when colour is on.

import type { UrlFit } from './wrap.js';

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

/** The theme without colour: every style leaves text as it is. */
export const plainTheme: Theme = {
  color: false, title: plain, heading: plain, id: plain, match: plain, muted: plain, strong: plain,
  em: plain, code: plain, link: plain, quote: plain, current: plain, warning: plain, error: plain,
};

/** Where output goes, decided once by the CLI and passed down: the styles, the columns to fill,
 *  and whether it is a terminal (tables and alignment) or not (one record a line). The one name for
 *  this shape: what lays out the same on a terminal and in a pipe takes Pick<Output, 'theme' | 'width'>. */
export interface Output {
  theme: Theme;
  width: number;
  tty: boolean;
  /** A URL wider than the line: broken to fit (the default: the width is a screen's) or kept whole
   *  (a pipe with no width asked for). src/cli/terminal.ts urlFit() decides. */
  urls?: UrlFit;
}
