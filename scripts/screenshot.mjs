// Makes docs/screenshot.svg, the README's picture of real terminal output: runs the built CLI with
// colour on at 80 columns and turns its SGR colour codes into SVG text. `npm run screenshot`
// re-makes it; a test fails when the committed picture no longer matches what the CLI prints.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SESSIONS = [['search', 'ibuprofen'], ['show', 'thermal']];

const PALETTE = { 30: '#3b4048', 31: '#e06c75', 32: '#98c379', 33: '#e5c07b', 34: '#61afef', 35: '#c678dd', 36: '#56b6c2', 37: '#dcdfe4' };
const FOREGROUND = '#dcdfe4';
const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One line of SGR-coloured text as SVG <tspan>s. */
function lineToSvg(line) {
  const state = { bold: false, dim: false, italic: false, underline: false, inverse: false, color: undefined };
  let out = '';
  for (const part of line.split(/(\u001B\[[0-9;]*m)/)) {
    const sgr = /^\u001B\[([0-9;]*)m$/.exec(part);
    if (sgr) {
      for (const code of (sgr[1] || '0').split(';').map(Number)) {
        if (code === 0) Object.assign(state, { bold: false, dim: false, italic: false, underline: false, inverse: false, color: undefined });
        else if (code === 1) state.bold = true;
        else if (code === 2) state.dim = true;
        else if (code === 22) state.bold = state.dim = false;
        else if (code === 3) state.italic = true;
        else if (code === 23) state.italic = false;
        else if (code === 4) state.underline = true;
        else if (code === 24) state.underline = false;
        else if (code === 7) state.inverse = true;
        else if (code === 27) state.inverse = false;
        else if (code >= 30 && code <= 37) state.color = PALETTE[code];
        else if (code === 39) state.color = undefined;
      }
      continue;
    }
    if (!part) continue;
    const attrs = [`fill="${state.color ?? FOREGROUND}"`];
    if (state.bold) attrs.push('font-weight="bold"');
    if (state.dim) attrs.push('opacity="0.6"');
    if (state.italic) attrs.push('font-style="italic"');
    if (state.underline) attrs.push('text-decoration="underline"');
    out += `<tspan ${attrs.join(' ')}>${escapeXml(part)}</tspan>`;
  }
  return out;
}

/** The picture, from what the CLI prints now. */
export function makeScreenshot() {
  const lines = [];
  for (const args of SESSIONS) {
    if (lines.length) lines.push('');
    lines.push(`\u001B[32m$\u001B[39m spasm-info ${args.join(' ')}`);
    const out = execFileSync(process.execPath, [`${root}bin/spasm-info.cjs`, '--color', 'always', ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    lines.push(...out.trimEnd().split('\n'));
  }
  const lineHeight = 18;
  const width = 80 * 8.4 + 32;
  const height = lines.length * lineHeight + 32;
  const text = lines
    .map((line, i) => `  <text x="16" y="${24 + i * lineHeight}" xml:space="preserve">${lineToSvg(line)}</text>`)
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14">
  <rect width="100%" height="100%" rx="8" fill="#1e2127"/>
${text}
</svg>
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(`${root}docs/screenshot.svg`, makeScreenshot());
  console.log('wrote docs/screenshot.svg');
}
