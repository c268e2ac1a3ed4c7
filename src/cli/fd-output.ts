// Writing the CLI's output to a file descriptor without Node's stream objects where that is safe.
// Creating process.stdout for a pipe loads Node's net and stream modules: about 12 million
// instructions, 2.4% of all that `node -e 0` executes, more than the rest of `list` after start-up
// (measured with valgrind, output through a pipe). A terminal still goes through the stream, which
// knows its size.

import { fstatSync, writeSync } from 'node:fs';
import type { TerminalFacts } from './cli.js';

/** The part of a Node write stream this needs: process.stdout or process.stderr. */
export interface NodeStream {
  write(data: string | Uint8Array): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

export interface DescriptorOutput {
  write(text: string): void;
  /** Whether the descriptor is a terminal, and its size; asked only when needed. */
  terminal(): TerminalFacts;
  /** Whether anything went through Node's stream, which may still report an error on a later tick. */
  streamed(): boolean;
}

export interface DescriptorDeps {
  writeSync(fd: number, data: Uint8Array, offset: number): number;
  /** False when the descriptor is certainly not a terminal: a terminal is always a character device. */
  mayBeTerminal(fd: number): boolean;
}

const nodeDeps: DescriptorDeps = {
  writeSync: (fd, data, offset) => writeSync(fd, data, offset),
  mayBeTerminal: (fd) => {
    try {
      return fstatSync(fd).isCharacterDevice();
    } catch {
      return true; // let Node's stream decide
    }
  },
};

/** Output to `fd`: written synchronously while the descriptor is a pipe, file or socket; through
 *  `stream()` (created on first use) when it may be a terminal, and from the moment a write would
 *  block (EAGAIN: a pipe left non-blocking by another process, with its buffer full), so that
 *  nothing is lost or reordered. A reader that went away (EPIPE) ends the output quietly; any other
 *  failure goes to `onError`, once. */
export function descriptorOutput(
  fd: number,
  stream: () => NodeStream,
  onError: (error: NodeJS.ErrnoException) => void,
  deps: DescriptorDeps = nodeDeps,
): DescriptorOutput {
  let direct: boolean | undefined;
  let node: NodeStream | undefined;
  let ended = false;
  const fail = (error: NodeJS.ErrnoException) => {
    if (ended) return;
    ended = true;
    if (error.code !== 'EPIPE') onError(error);
  };
  const streamed = () => {
    if (!node) {
      node = stream();
      node.on('error', fail);
    }
    return node;
  };
  const isDirect = () => (direct ??= !deps.mayBeTerminal(fd));
  return {
    write(text) {
      if (ended) return;
      if (!isDirect()) return void streamed().write(text);
      const bytes = Buffer.from(text);
      let at = 0;
      try {
        while (at < bytes.length) at += deps.writeSync(fd, bytes, at);
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        if (e.code !== 'EAGAIN') return fail(e);
        direct = false;
        streamed().write(bytes.subarray(at));
      }
    },
    terminal() {
      if (isDirect() && !node) return { isTTY: false };
      const s = streamed();
      return { isTTY: Boolean(s.isTTY), columns: s.columns, rows: s.rows };
    },
    streamed: () => node !== undefined,
  };
}
