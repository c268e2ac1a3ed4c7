// Reading files that may be hostile: a --data path can name a device, a FIFO or a huge file, and a
// cache entry can be replaced by any of those or by a symlink. Each is looked at with fstat on the
// open descriptor (no race between the look and the read) and read only if it is a regular file,
// and never past a limit, however big the file says it is or grows while it is read.

import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Why a path was not read (besides the errors of open(2), which are thrown as they are). */
export class UnreadableFileError extends Error {
  constructor(
    readonly reason: 'folder' | 'fifo' | 'device' | 'socket' | 'other' | 'too-large',
    readonly limit: number,
  ) {
    super(reason);
  }
}

export interface ReadOptions {
  /** The most bytes to read; a larger file is refused. */
  maxBytes: number;
  /** Refuse a symbolic link instead of following it (cache entries are never links). */
  noFollow?: boolean;
}

/** The bytes of a regular file. Opening never blocks (O_NONBLOCK: a FIFO with no writer would
 *  wait forever in open), and only a regular file is read. */
export function readRegularFile(path: string, options: ReadOptions): Buffer {
  return withRegularFile(path, options, (fd, size) => readToEnd(fd, size, options.maxBytes));
}

/** Opens a regular file of at most `maxBytes` as readRegularFile does, and passes its descriptor and
 *  size to `use` (for reading parts of it); the descriptor is closed when `use` returns. */
export function withRegularFile<T>(path: string, { maxBytes, noFollow = false }: ReadOptions, use: (fd: number, size: number) => T): T {
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY | (noFollow ? constants.O_NOFOLLOW : 0);
  const fd = openSync(path, flags);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const reason = stat.isDirectory() ? 'folder' : stat.isFIFO() ? 'fifo' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'device' : stat.isSocket() ? 'socket' : 'other';
      throw new UnreadableFileError(reason, maxBytes);
    }
    if (stat.size > maxBytes) throw new UnreadableFileError('too-large', maxBytes);
    return use(fd, stat.size);
  } finally {
    closeSync(fd);
  }
}

/** Up to `length` bytes at `position` of an open file; fewer only if the file ends first. */
export function readAt(fd: number, position: number, length: number): Buffer {
  const out = Buffer.allocUnsafe(length);
  let used = 0;
  while (used < length) {
    const n = readSync(fd, out, used, length - used, position + used);
    if (n === 0) break;
    used += n;
  }
  return out.subarray(0, used);
}

function readToEnd(fd: number, size: number, maxBytes: number): Buffer {
  // Read to the end, not to the size fstat gave: the file may change, and some (in /proc) say 0.
  const chunks: Buffer[] = [];
  let total = 0;
  let chunk = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(size + 1, 64 * 1024)));
  let used = 0;
  for (;;) {
    const n = readSync(fd, chunk, used, chunk.length - used, null);
    if (n === 0) break;
    used += n;
    total += n;
    if (total > maxBytes) throw new UnreadableFileError('too-large', maxBytes);
    if (used === chunk.length) {
      chunks.push(chunk);
      chunk = Buffer.allocUnsafe(Math.min(maxBytes + 1 - total, 1024 * 1024) || 1);
      used = 0;
    }
  }
  chunks.push(chunk.subarray(0, used));
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
