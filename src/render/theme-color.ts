// The one place that maps a kind of text to a terminal colour. Everything else asks the theme.

import { Chalk } from 'chalk';
import { plainTheme, type Theme } from './theme.js';

export function createTheme(color: boolean): Theme {
  if (!color) return plainTheme;
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
