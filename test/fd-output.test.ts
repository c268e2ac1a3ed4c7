import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { descriptorOutput, type DescriptorDeps, type NodeStream } from '../src/cli/fd-output.js';
import { inPty, ptySeries, stripSgr } from './helpers/pty.js';
import { tempDir } from './helpers/temp.js';

/** A descriptor whose writeSync takes at most `chunk` bytes a call and then fails as scripted.
 *  `terminal`: a character device; `size`: what asking it without the stream tells (a terminal of
 *  that size, `false` for a device that is no terminal, undefined when it cannot be asked). */
function fakeDescriptor(options: { terminal?: boolean; size?: { columns: number; rows: number } | false; chunk?: number; failAfter?: number; code?: string }) {
  const direct: Buffer[] = [];
  const streamed: Buffer[] = [];
  const errors: string[] = [];
  let written = 0;
  let streams = 0;
  let asked = 0;
  const deps: DescriptorDeps = {
    mayBeTerminal: () => options.terminal ?? false,
    terminal: () => {
      asked++;
      return options.size === undefined ? undefined : options.size ? { isTTY: true, ...options.size } : { isTTY: false };
    },
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
  return { out, direct: () => text(direct), streamed: () => text(streamed), errors, streams: () => streams, asked: () => asked };
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

  it('a pipe is never asked whether it is a terminal', () => {
    const f = fakeDescriptor({ size: { columns: 90, rows: 30 } });
    f.out.write('x');
    expect(f.out.terminal()).toEqual({ isTTY: false });
    expect(f.asked()).toBe(0);
  });

  it('a terminal whose size can be read is written directly, and no stream is created', () => {
    const size = { columns: 90, rows: 30 };
    const f = fakeDescriptor({ terminal: true, size });
    f.out.write('ab');
    f.out.write('ç\n');
    expect(f.direct()).toBe('abç\n');
    expect(f.out.terminal()).toEqual({ isTTY: true, columns: 90, rows: 30 });
    size.columns = 60; // the window was resized
    expect(f.out.terminal(), 'its size as it is now').toEqual({ isTTY: true, columns: 60, rows: 30 });
    expect(f.streams()).toBe(0);
    expect(f.out.streamed(), 'every write settled: the process may end at once').toBe(false);
  });

  it('a terminal written directly hands the rest to the stream when a write would block (EAGAIN)', () => {
    const f = fakeDescriptor({ terminal: true, size: { columns: 90, rows: 30 }, failAfter: 3, code: 'EAGAIN' });
    f.out.write('hello ');
    f.out.write('world');
    expect([f.direct(), f.streamed()]).toEqual(['hel', 'lo world']);
    expect(f.out.terminal(), 'the stream knows the terminal now').toEqual({ isTTY: true, columns: 120, rows: 40 });
  });

  it('a device that is no terminal (/dev/full) is written directly, and its failure reported once', () => {
    const f = fakeDescriptor({ terminal: true, size: false, failAfter: 0, code: 'ENOSPC' });
    f.out.write('abcd');
    f.out.write('efgh');
    expect(f.out.terminal()).toEqual({ isTTY: false });
    expect([f.direct(), f.streams(), f.errors]).toEqual(['', 0, ['ENOSPC']]);
  });

  it('a terminal that cannot be asked without the stream goes through the stream, which knows its size', () => {
    const f = fakeDescriptor({ terminal: true });
    f.out.write('x');
    expect(f.streamed()).toBe('x');
    expect(f.direct()).toBe('');
    expect(f.out.terminal()).toEqual({ isTTY: true, columns: 120, rows: 40 });
    expect(f.out.streamed()).toBe(true);
  });
});

describe('the built CLI in a real terminal', () => {
  // Preloaded: says, as the process ends, whether Node's net module (which tty.WriteStream, the
  // stream behind process.stdout on a terminal, is built on) was ever loaded.
  const hook = join(tempDir('tty-hook'), 'hook.cjs');
  writeFileSync(hook, "process.on('exit', () => require('fs').writeSync(2, `<<net loaded: ${process.moduleLoadList.includes('NativeModule net')}>>\\n`));");
  const run = (options: string, columns = 60) => inPty(['list'], columns, { NODE_OPTIONS: `${options} --require ${hook}` }, 200, { exitStatus: true });
  const screen = run('');

  it('writes to it without creating Node\'s stream, in colour, at the window\'s width', () => {
    expect(screen).toContain('<<net loaded: false>>');
    expect(screen).toMatch(/\u001B\[[0-9;]*m/);
    const lines = stripSgr(screen).split('\n');
    expect(Math.max(...lines.filter((l) => !l.startsWith('<<')).map((l) => l.length))).toBeLessThanOrEqual(60);
    expect(lines.filter((l) => l.length > 50).length, 'the text fills the window, not 80 columns or a pipe\'s one line a section').toBeGreaterThan(3);
    expect(screen).toMatch(/exit 0\n$/);
  });

  it('with process.binding() wrapped to warn (--pending-deprecation) goes through the stream: no warning, the same text', () => {
    const warned = run('--pending-deprecation');
    expect(warned).toContain('<<net loaded: true>>');
    expect(warned).not.toContain('Deprecation');
    expect(warned.replace('net loaded: true', 'net loaded: false')).toBe(screen);
  });

  it('is as wide as its window at 40 and 200 columns (100 at most), COLUMNS notwithstanding', () => {
    // Both in one pseudo-terminal and one process (ptySeries), resized between the runs.
    const sizes = [[40, 40], [200, 100]];
    const runs = ptySeries(sizes.map(([columns]) => ({ args: ['list'], size: { columns, rows: 200 } })), 40, { COLUMNS: '77' });
    for (const [i, [, widest]] of sizes.entries()) {
      const lines = stripSgr(runs[i].output).split('\n');
      expect(Math.max(...lines.map((l) => l.length))).toBe(widest);
    }
  });
});
