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
export function readRegularFile(path: string, { maxBytes, noFollow = false }: ReadOptions): Buffer {
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY | (noFollow ? constants.O_NOFOLLOW : 0);
  const fd = openSync(path, flags);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const reason = stat.isDirectory() ? 'folder' : stat.isFIFO() ? 'fifo' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'device' : stat.isSocket() ? 'socket' : 'other';
      throw new UnreadableFileError(reason, maxBytes);
    }
    if (stat.size > maxBytes) throw new UnreadableFileError('too-large', maxBytes);
    // Read to the end, not to the size fstat gave: the file may change, and some (in /proc) say 0.
    const chunks: Buffer[] = [];
    let total = 0;
    let chunk = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(stat.size + 1, 64 * 1024)));
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
  } finally {
    closeSync(fd);
  }
}
