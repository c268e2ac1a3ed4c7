// Writing the CLI's output to a file descriptor without Node's stream objects where that is safe.
// Creating process.stdout loads Node's net and stream modules: about 12 million instructions for a
// pipe, 49 million for a terminal (tty.WriteStream, 9.5% of all that `node -e 0` executes), more
// than the rest of `list` after start-up (measured with valgrind). A terminal's size is read the way
// Node's tty.WriteStream reads it, from a TTY handle of Node's own tty_wrap binding, without the
// stream; where that binding cannot be had, the terminal goes through the stream, which knows its size.

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
  /** Whether the output has ended: a write failed, or the reader went away. Later writes do nothing. */
  ended(): boolean;
}

export interface DescriptorDeps {
  writeSync(fd: number, data: Uint8Array, offset: number): number;
  /** False when the descriptor is certainly not a terminal: a terminal is always a character device. */
  mayBeTerminal(fd: number): boolean;
  /** For a character device: whether it is a terminal and, if so, its size as it is now (asked
   *  again at every call). Undefined when that cannot be told without Node's stream. */
  terminal(fd: number): TerminalFacts | undefined;
}

/** What this needs of Node's tty_wrap binding, the one tty.WriteStream is built on. */
interface TtyWrap {
  isTTY(fd: number): boolean;
  TTY: new (fd: number, context: { code?: string }) => TtyHandle;
}
interface TtyHandle {
  getWindowSize(size: number[]): number;
  setBlocking(blocking: boolean): number;
  unref(): void;
}

let ttyWrap: TtyWrap | null | undefined;
/** One handle per terminal descriptor, made on first use and kept, as process.stdout keeps its own
 *  (a second would reopen the terminal again). */
const ttyHandles = new Map<number, TtyHandle | null>();

/** Node's tty_wrap binding, or null where it cannot be had: process.binding() refused (the
 *  permission model, a Node without it) or wrapped to warn (--pending-deprecation: the warning
 *  would reach stderr). Then the terminal goes through Node's stream. */
function ttyBinding(): TtyWrap | null {
  if (ttyWrap !== undefined) return ttyWrap;
  try {
    // Not in Node's type declarations (it is documented, and deprecated in favour of public APIs,
    // which offer no terminal size without the stream). The unwrapped function is Node's own
    // `binding`; util.deprecate() returns one named `deprecated`.
    const { binding } = process as unknown as { binding?: (name: string) => unknown };
    ttyWrap = binding?.name === 'binding' ? (binding.call(process, 'tty_wrap') as TtyWrap) : null;
    if (typeof ttyWrap?.isTTY !== 'function' || typeof ttyWrap.TTY !== 'function') ttyWrap = null;
  } catch {
    ttyWrap = null;
  }
  return ttyWrap;
}

/** The terminal on `fd` as Node's tty.WriteStream sees it, without the stream: a TTY handle made as
 *  that stream makes its own (libuv reopens the terminal for the process alone), set to blocking
 *  writes as the stream sets it, so that writeSync never meets EAGAIN on it, and unreferenced (it
 *  keeps nothing waiting). */
function terminalFacts(fd: number): TerminalFacts | undefined {
  const binding = ttyBinding();
  if (!binding) return undefined;
  if (!binding.isTTY(fd)) return { isTTY: false };
  let handle = ttyHandles.get(fd);
  if (handle === undefined) {
    const context: { code?: string } = {};
    try {
      handle = new binding.TTY(fd, context);
      if (context.code || handle.setBlocking(true) !== 0) handle = null;
      else handle.unref();
    } catch {
      handle = null;
    }
    ttyHandles.set(fd, handle);
  }
  if (!handle) return undefined;
  const size = [0, 0];
  // As tty.WriteStream: no size when the terminal does not give one.
  return handle.getWindowSize(size) === 0 ? { isTTY: true, columns: size[0], rows: size[1] } : { isTTY: true };
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
  terminal: terminalFacts,
};

/** Output to `fd`: written synchronously while the descriptor is a pipe, file, socket, a device
 *  that is no terminal (/dev/full) or a terminal whose size could be read without Node's stream;
 *  through `stream()` (created on first use) when the descriptor may be a terminal that could not be
 *  asked so, and from the moment a write would block (EAGAIN: a pipe left non-blocking by another
 *  process, with its buffer full), so that nothing is lost or reordered. A reader that went away
 *  (EPIPE) ends the output quietly; any other failure goes to `onError`, once. */
export function descriptorOutput(
  fd: number,
  stream: () => NodeStream,
  onError: (error: NodeJS.ErrnoException) => void,
  deps: DescriptorDeps = nodeDeps,
): DescriptorOutput {
  let direct: boolean | undefined;
  /** Whether the descriptor is a terminal, known without the stream. */
  let tty: boolean | undefined;
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
  /** The facts of a descriptor that may be a terminal, or undefined when only the stream can tell. */
  const asked = () => {
    const facts = deps.terminal(fd);
    if (facts) tty = facts.isTTY;
    return facts;
  };
  const isDirect = () => (direct ??= !deps.mayBeTerminal(fd) || asked() !== undefined);
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
      if (isDirect() && !node) return tty ? (asked() ?? { isTTY: true }) : { isTTY: false };
      const s = streamed();
      return { isTTY: Boolean(s.isTTY), columns: s.columns, rows: s.rows };
    },
    streamed: () => node !== undefined,
    ended: () => ended,
  };
}
