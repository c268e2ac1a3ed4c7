// Asks real shells what they complete for a command line, as a user pressing Tab would get it.
// zsh runs interactively in a pseudo-terminal (its zsh/zpty module) with the user's .zshrc, so
// the completion system (compinit) loads the script from fpath exactly as installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp.js';

export const hasShell = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** What zsh offers for `line` (Tab at its end). `home` holds the user's .zshrc; `path` is PATH. */
export function zshComplete(line: string, where: { home: string; path: string; cwd: string }): string[] {
  return zshCompleteEach([line], where)[0];
}

/** What zsh offers for each of `lines` (Tab at its end), typed one after another in one interactive
 *  zsh, as a user does in one shell: the line is cleared (Ctrl-U) before the next is typed. One shell
 *  (its start and its .zshrc's compinit, about 0.1 s of CPU) for all of them. The line is never run:
 *  it is typed without Enter (zpty -n; with the newline zpty adds by default, the completed line ran
 *  as a command, a Node start of the CLI cut short when the session was closed). */
export function zshCompleteEach(lines: string[], { home, path, cwd }: { home: string; path: string; cwd: string }): string[][] {
  if (lines.some((line) => /[\n\0]/.test(line))) throw new Error('zshCompleteEach: a line holds a newline or NUL');
  const work = tempDir('zsh');
  const out = join(work, 'offered');
  writeFileSync(out, '');
  writeFileSync(join(work, 'lines'), lines.join('\n'));
  // Every match zsh adds is also written to a file, and after each completion a line that ends its
  // matches; a marker printed after the completion ends the wait for it (compinit empties
  // comppostfuncs before it calls them: the function puts itself back for the next completion).
  writeFileSync(join(work, 'probe.zsh'), `PROMPT=''
compadd() {
  if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd "$@"; return; fi
  local -a __hits
  builtin compadd -A __hits "$@"
  (( $#__hits )) && print -rl -- $__hits >> ${out}
  builtin compadd "$@"
}
__probe_done() { print -r -- '<<probe''-end>>' >> ${out}; print -r -- '<<probe''-done>>'; comppostfuncs=(__probe_done) }
comppostfuncs=(__probe_done)
zstyle ':completion:*' insert-tab false
bindkey '^I' complete-word
bindkey '^U' kill-whole-line
`);
  writeFileSync(join(work, 'run.zsh'), `zmodload zsh/zpty
zpty z zsh -i
zpty -w z "source ${join(work, 'probe.zsh')}"
for line in "\${(@f)$(<${join(work, 'lines')})}"; do
  zpty -n -w z "$line"$'\\t'
  zpty -r z reply '*<<probe-done>>*'
  zpty -n -w z $'\\x15'
done
zpty -d z
`);
  execFileSync('zsh', ['-f', join(work, 'run.zsh')], { cwd, env: { PATH: path, HOME: home, ZDOTDIR: home, TERM: 'dumb' }, timeout: 20_000 });
  const each = readFileSync(out, 'utf8').split('<<probe-end>>\n');
  // One part per line, and what follows the last marker (nothing).
  if (each.length !== lines.length + 1) throw new Error(`zshCompleteEach: ${each.length - 1} of ${lines.length} completions ended: ${JSON.stringify(lines)}`);
  return each.slice(0, -1).map((part) => part.split('\n').filter(Boolean));
}

/** What bash offers for `words` (the last one being completed), with the script at `script`.
 *  (--norc: no ~/.bashrc, which bash runs even with -c when its stdin is a socket, as Node's pipes
 *  are: see test/ecosystem.test.ts.) */
export function bashComplete(words: string[], { script, path, cwd, home }: { script: string; path: string; cwd: string; home?: string }): string[] {
  const quoted = words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
  const run = `source '${script}'
COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _spasm_info; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync('bash', ['--norc', '-c', run], { cwd, encoding: 'utf8', env: { PATH: path, HOME: home ?? cwd } }).split('\n').filter(Boolean);
}

/** What fish offers for `line`, with the script at `script`. Its home is a folder of its own: fish
 *  makes ~/.config/fish and ~/.local/share/fish there (with the working folder as home, a run left
 *  them in the repository's folder). */
export function fishComplete(line: string, { script, path, cwd }: { script: string; path: string; cwd: string }): string[] {
  const out = execFileSync('fish', ['--no-config', '-c', `source '${script}'; complete -C '${line.replace(/'/g, "\\'")}'`], { cwd, encoding: 'utf8', env: { PATH: path, HOME: tempDir('fish-home') } });
  return out.split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
}
