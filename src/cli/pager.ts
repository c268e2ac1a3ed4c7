// Runs the user's pager on a text and reports what became of it. Loaded only when a text is taller
// than the terminal. The CLI decides what to do with the outcome (print the text itself, or say the
// pager failed); this module writes nothing of its own.

import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cutToColumns, displayWidth, stripSgr } from '../util/text.js';

export interface PagerRun {
  /** The pager's exit status, or null when a signal ended it. */
  status: number | null;
  signal: NodeJS.Signals | null;
  /** The pager read none of the text: it never started, or failed before reading. Then nothing of
   *  the text can be on the screen, and the caller prints it. When false (or unknown) the pager may
   *  have shown some or all of it, and printing it again would show it twice. */
  readNothing: boolean;
}

/** Characters with a meaning in a less prompt are escaped; `$` ends a prompt in $LESS, so it goes. */
function lessPromptText(text: string): string {
  return text.replace(/\$/g, '').replace(/([?:.%\\])/g, '\\$1');
}

/** The prompt less shows: what is being read, where in it, and how to leave. less shows only the
 *  end of a prompt wider than the window (at 40 columns, 'nes 1-19 (press q to quit, h for help)'),
 *  so on a narrow one it is shorter, and `what` is cut to leave room for the rest. */
export function lessPrompt(what: string, columns = 80): string {
  // Besides `what`, as less shows them with 3-digit line numbers: ' - lines 100-123/456 (END) (press
  // q to quit, h for help)', 56 columns; ' 100-123/456 (q quits)', 22; and less leaves the last
  // column empty.
  if (displayWidth(what) + 57 <= columns) return `${lessPromptText(what)} - ?ltlines %lt-%lb?L/%L. .?e(END) :?pB%pB\\%..(press q to quit, h for help)`;
  return `${lessPromptText(cutTo(what, columns - 24))} ?lt%lt-%lb?L/%L. .(q quits)`;
}

/** `text` cut to `width` columns (at least 3), with '...' where it was cut (ASCII: less shows the
 *  bytes of '…' as escapes in a locale that is not UTF-8). */
const cutTo = (text: string, width: number) => cutToColumns(text, width, '...');

/** $LESS with our prompt in front, as man-db does: the user's own LESS options come later and win.
 *  With no LESS of the user's (unset or empty), -FRX, as git sets it: a PAGER of plain `less` would
 *  otherwise show every colour code as a literal "ESC[1m" and break lines mid-word, since less
 *  counts the codes' characters as columns. A LESS of the user's without -R or -r (LESS=-i, LESS=-M)
 *  gets -R before it when the text has colour (`coloured`), as bat and delta give less
 *  --RAW-CONTROL-CHARS whatever LESS says (trial20 finding 12: LESS=-i showed "ESC[1m" and folded
 *  words). `columns`: the terminal's width, for the prompt to fit. */
export function lessEnv(env: NodeJS.ProcessEnv, what: string, columns?: number, coloured = true): string {
  const prompt = lessPrompt(what, columns || 80);
  const own = env.LESS;
  if (!own) return `-Ps${prompt}$-Pm${prompt}$ -FRX`;
  // -R goes before the user's options, not after them: less reads the rest of $LESS after an option
  // that takes a string (-P, -D, --rscroll=) as that string, up to a `$`, so a -R after
  // LESS='-M -PM%f line %lb' became part of the prompt and colour codes showed as "ESC[1m" (and
  // after LESS=-Dd+r, less refused the colour "+r -R"). A user's later -+R still turns it off.
  return `-Ps${prompt}$-Pm${prompt}$ ${coloured && !passesColour(own) ? '-R ' : ''}${own}`;
}

/** Whether a LESS already lets colour codes through: -R or -r (--RAW-CONTROL-CHARS,
 *  --raw-control-chars), alone or in a cluster of less's one-letter switches (-iR, -FRX). A letter
 *  after one that takes a value (-P, -x, -j, ...) is that value, not a switch. */
function passesColour(less: string): boolean {
  return less.split(/\s+/).some((word) => /^--raw-control-chars$/i.test(word) || /^-[aABcCdeEfFgGiIJKLmMnNqQrRsSuUVwWX~]*[rR]/.test(word));
}

/** Pipes `text` through `pager` (a shell command line, as $PAGER holds) with the terminal as its
 *  output. The text is handed over as an unlinked temporary file rather than a pipe: its read offset,
 *  shared with the pager, then tells whether the pager read anything before it failed, which a pipe
 *  cannot (a pipe's buffer takes 64 KiB whether or not anyone reads). */
export async function runPager(text: string, pager: string, env: NodeJS.ProcessEnv, what: string, columns?: number): Promise<PagerRun> {
  const program = pagerProgram(pager);
  // more and pg pass colour codes through but count their characters as columns, so they fold a
  // coloured line mid-code (util-linux more showed 'ESC[22' and then 'm for' on a line of its own:
  // harden23); macOS's more is less, which shows them as 'ESC[1m' without -R. They get plain text.
  const bytes = Buffer.from(/(^|\/)(more|pg)$/.test(program) ? stripSgr(text) : text);
  const file = handOver(bytes);
  // The text's only escape codes are its colours: the CLI removed every other control character.
  const childEnv = /(^|\/)less$/.test(program) ? { ...env, LESS: lessEnv(env, what, columns, text.includes('\u001b[')) } : env;
  // A pager that is not installed exits 127 before reading anything.
  const script = 'command -v -- "$1" >/dev/null 2>&1 || exit 127; exec sh -c "$2"';
  const words = plainWords(pager);
  try {
    const { status, signal } = await new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      const stdio: ['pipe' | number, 'inherit', 'inherit'] = [file ?? 'pipe', 'inherit', 'inherit'];
      let child;
      try {
        child = words ? spawn(words[0], words.slice(1), { stdio, env: childEnv }) : spawn('sh', ['-c', script, 'sh', program, pager], { stdio, env: childEnv });
      } catch {
        // A pager that cannot be started at all (a name too long for the system, ENAMETOOLONG; a
        // command line or environment too big, E2BIG) throws here, not as an 'error' event: it ran
        // nothing, as one that is not installed (harden23: a PAGER of 100,000 characters was exit 70).
        return resolve({ status: 127, signal: null });
      }
      child.on('error', () => resolve({ status: 127, signal: null })); // not installed, not executable
      child.on('close', (code, sig) => resolve({ status: code, signal: sig }));
      if (child.stdin) {
        child.stdin.on('error', () => {}); // the user quit the pager before reading everything
        child.stdin.end(bytes);
      }
    });
    // Where the shared offset stands: all of the text still unread means the pager read none of it.
    const readNothing = file === undefined ? status !== 0 : readSync(file, Buffer.alloc(bytes.length), 0, bytes.length, null) === bytes.length;
    return { status, signal, readNothing };
  } finally {
    if (file !== undefined) closeSync(file);
  }
}

/** What in a $PAGER asks for a shell (git's list, run-command.c, less the blank between words). */
const SHELL_SYNTAX = /[|&;<>()$`\\"'*?[#~=%\n]/;

/** The words of a $PAGER that is only words ('less -FRX', 'most'), or undefined when it needs a
 *  shell (quotes, variables, a pipe, an assignment). Words are run directly, as git runs such a
 *  pager: through `sh -c`, the shell (dash) waits for the pager and then ends itself by SIGINT if
 *  Ctrl-C was pressed meanwhile, however the pager ended. less takes Ctrl-C as 'stop what you are
 *  doing', and the user then quits with q: a normal end, which the shell turned into 'the pager was
 *  stopped by SIGINT', exit 2. An option's '=' ('less --prompt=x') is no shell syntax after the
 *  first word. */
export function plainWords(pager: string): string[] | undefined {
  const words = pager.trim().split(/[ \t]+/);
  if (!words[0] || SHELL_SYNTAX.test(words[0]) || words.slice(1).some((w) => SHELL_SYNTAX.test(w.replace(/=/g, '')))) return undefined;
  return words;
}

/** The program a $PAGER command line runs, as the shell would find it: after any leading variable
 *  assignments (`LESS=-R less`, `LESS="-R -F" less`), without the quotes around it (`"less" -R`,
 *  `"/opt/my pager/less"`), and ending where a command ends (`cat; echo hi`, `less|cat`): its first
 *  word, read as sh reads words (quotes, backslashes), up to a blank or one of ; & | < > ( ).
 *  (trial18 finding 9: it split on blanks, so `cat;` and `"/opt/my` were looked for and not found.) */
export function pagerProgram(pager: string): string {
  let at = 0;
  for (;;) {
    while (at < pager.length && /[ \t\n]/.test(pager[at])) at++;
    const start = at;
    let word = '';
    while (at < pager.length && !/[ \t\n;&|<>()]/.test(pager[at])) {
      const c = pager[at];
      if (c === "'") {
        const end = pager.indexOf("'", at + 1);
        word += pager.slice(at + 1, end < 0 ? undefined : end);
        at = end < 0 ? pager.length : end + 1;
      } else if (c === '"') {
        at++;
        while (at < pager.length && pager[at] !== '"') {
          if (pager[at] === '\\' && /["\\$`]/.test(pager[at + 1] ?? '')) at++;
          word += pager[at++] ?? '';
        }
        at++;
      } else if (c === '\\') {
        word += pager[at + 1] ?? '';
        at += 2;
      } else {
        word += c;
        at++;
      }
    }
    if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(pager.slice(start, at))) return word;
  }
}

/** The text in a private temporary file, already unlinked; its offset stays at 0 (positional write).
 *  Undefined when no temporary file can be made: the text then goes through a pipe. */
function handOver(bytes: Buffer): number | undefined {
  let dir: string | undefined;
  try {
    dir = mkdtempSync(join(tmpdir(), 'spasm-info-'));
    const fd = openSync(join(dir, 'page'), 'w+', 0o600);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at, at);
    return fd;
  } catch {
    return undefined;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
