import { describe, expect, it } from 'vitest';
import { descriptorOutput, type DescriptorDeps, type NodeStream } from '../src/cli/fd-output.js';

/** A descriptor whose writeSync takes at most `chunk` bytes a call and then fails as scripted. */
function fakeDescriptor(options: { terminal?: boolean; chunk?: number; failAfter?: number; code?: string }) {
  const direct: Buffer[] = [];
  const streamed: Buffer[] = [];
  const errors: string[] = [];
  let written = 0;
  let streams = 0;
  const deps: DescriptorDeps = {
    mayBeTerminal: () => options.terminal ?? false,
    writeSync: (_fd, data, offset) => {
      if (options.failAfter !== undefined && written >= options.failAfter) {
        throw Object.assign(new Error(`${options.code} error`), { code: options.code });
      }
      const n = Math.min(options.chunk ?? Infinity, data.length - offset, (options.failAfter ?? Infinity) - written);
      direct.push(Buffer.from(data.subarray(offset, offset + n)));
      written += n;
      return n;
    },
  };
  const stream = (): NodeStream => {
    streams++;
    return {
      write: (data) => void streamed.push(Buffer.from(data)),
      on: () => undefined,
      isTTY: options.terminal,
      columns: options.terminal ? 120 : undefined,
      rows: options.terminal ? 40 : undefined,
    };
  };
  const out = descriptorOutput(1, stream, (e) => errors.push(e.code ?? ''), deps);
    const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString();
  return { out, direct: () => text(direct), streamed: () => text(streamed), errors, streams: () => streams };
}

describe('output written to a descriptor', () => {
  it('a pipe is written directly, in order, even a byte at a time, and no stream is created', () => {
    const f = fakeDescriptor({ chunk: 1 });
    f.out.write('ab');
    f.out.write('ç\n');
    expect(f.direct()).toBe('abç\n');
    expect(f.out.terminal()).toEqual({ isTTY: false });
    expect(f.streams()).toBe(0);
    expect(f.out.streamed(), 'every write settled: the process may end at once').toBe(false);
  });

  it('a write that would block (EAGAIN) hands the rest, and every later write, to the stream in order', () => {
    const f = fakeDescriptor({ failAfter: 3, code: 'EAGAIN' });
    f.out.write('hello ');
    f.out.write('world');
    expect(f.direct()).toBe('hel');
    expect(f.streamed()).toBe('lo world');
    expect(f.errors).toEqual([]);
    expect(f.out.streamed(), 'a stream still writing: the process must wait for it').toBe(true);
  });

  it.each([
    ['EPIPE', []],
    ['ENOSPC', ['ENOSPC']],
    ['EIO', ['EIO']],
  ])('a failed write (%s) ends the output and is reported as %j, once', (code, reported) => {
    const f = fakeDescriptor({ failAfter: 2, code });
    f.out.write('abcd');
    f.out.write('efgh');
    expect(f.direct()).toBe('ab');
    expect(f.streamed()).toBe('');
    expect(f.errors).toEqual(reported);
  });

  it('a terminal goes through the stream, which knows its size', () => {
    const f = fakeDescriptor({ terminal: true });
    f.out.write('x');
    expect(f.streamed()).toBe('x');
    expect(f.direct()).toBe('');
    expect(f.out.terminal()).toEqual({ isTTY: true, columns: 120, rows: 40 });
    expect(f.out.streamed()).toBe(true);
  });
});
