// Runs the built CLI inside a real pseudo-terminal of a given width, with util-linux `script`.
import { spawnSync } from 'node:child_process';
import { bin, root } from './cli.js';

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** `input` is typed into the terminal (keys for a pager); `exitStatus` adds a last line "exit N". */
export function inPty(args: string[], columns: number, env: Record<string, string> = {}, rows = 200, { input = '', exitStatus = false } = {}): string {
  const command = `stty cols ${columns} rows ${rows}; ${quote(process.execPath)} ${quote(bin)} ${args.map(quote).join(' ')}${exitStatus ? '; echo "exit $?"' : ''}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: root,
    encoding: 'utf8',
    input,
    env: { PATH: process.env.PATH ?? '', TERM: 'xterm-256color', ...env },
    timeout: 20_000,
  });
  if (result.error) throw result.error;
  // The terminal turns \n into \r\n; give back what the program wrote.
  return result.stdout.replace(/\r\n/g, '\n');
}

export const stripSgr = (s: string) => s.replace(/\u001B\[[0-9;]*m/g, '');
