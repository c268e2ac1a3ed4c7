// Noticing that the reader of a pipe on stdout went away while nothing is being written: a timer in
// a pipe writes its start line and then nothing for up to 20 minutes, so a write's EPIPE would come
// only at the end (`spasm-info timer ice | head -1` kept a script waiting; trial20 finding 26).
// Node cannot poll a descriptor for POLLERR, which is how a pipe says its reader is gone; GNU tail
// does (coreutils' tail -f checks its output each time it wakes, once a second by default, and dies
// by SIGPIPE when no one reads it), so a `tail -f` whose output is our stdout is the watch: it dies
// by SIGPIPE when the reader goes, and the timer stops as soon as it sees that. `--pid` ends it when
// this process ends, whatever ends it. Loaded only by the timer.

import { spawn } from 'node:child_process';
import { fstatSync } from 'node:fs';

export interface ReaderWatch {
  /** Whether the pipe's reader is known to have gone. */
  gone(): boolean;
  /** Calls `listener` once, when the reader is seen to go (never, if it does not). */
  onGone(listener: () => void): void;
  /** Ends the watch (the timer is done). */
  stop(): void;
}

const NO_WATCH: ReaderWatch = { gone: () => false, onGone: () => {}, stop: () => {} };

/** How often tail wakes to check its output, in seconds (its -s). At its default of 1 s, `timer ice
 *  | head -1` took 2.1 s to end (the second's wait, then the timer's next tick, which read `gone`);
 *  at 0.2 s, and with the watch calling the timer at once, 0.3 s. Five wake-ups a second of a
 *  sleeping process for a session of 20 minutes cost nothing anyone could measure. */
const CHECK_SECONDS = '0.2';

/** A watch on `fd` when it is a pipe, on Linux with GNU tail; elsewhere one that never fires (a
 *  tail without --pid exits at once with a usage error, which is not the SIGPIPE looked for). */
export function watchReader(fd: number, platform: NodeJS.Platform = process.platform): ReaderWatch {
  try {
    if (platform !== 'linux' || !fstatSync(fd).isFIFO()) return NO_WATCH;
  } catch {
    return NO_WATCH;
  }
  let gone = false;
  let done = false;
  const listeners: Array<() => void> = [];
  const child = spawn('tail', ['-f', '-s', CHECK_SECONDS, `--pid=${process.pid}`, '/dev/null'], { stdio: ['ignore', fd, 'ignore'] });
  child.on('error', () => {}); // no tail: no watch
  child.on('exit', (_, signal) => {
    done = true;
    if (signal !== 'SIGPIPE') return;
    gone = true;
    for (const listener of listeners.splice(0)) listener();
  });
  child.unref();
  const stop = () => {
    if (!done) child.kill();
    done = true;
    process.off('exit', stop);
  };
  // tail holds the pipe's write end: it must end with this process, or the reader never sees the end.
  process.on('exit', stop);
  return { gone: () => gone, onGone: (listener) => void (gone ? listener() : listeners.push(listener)), stop };
}
