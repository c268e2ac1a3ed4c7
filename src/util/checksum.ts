// A fast checksum of bytes (CRC-32): keys a --data file's cached index by the file's content, and
// catches a damaged index body. It tells versions apart; it is no defence against a forged cache,
// and needs none: the corpus is validated on every load and an index is checked structurally.
// zlib's native crc32 (Node 20.15+) is loaded only when a cache is used; measured with callgrind on
// a 1.2 MB corpus and its 0.7 MB index, it costs 16 M instructions with loading zlib, where a
// 32-bit-word hash in JavaScript cost 45 M and node:crypto's sha1 39 M. Older Node 20 releases use
// the same CRC in JavaScript, so keys do not depend on the Node version. zlib is reached through
// process.getBuiltinModule (Node 20.16+), not createRequire: importing node:module costs every start
// of the CLI 14 M instructions, 2.8% of `node -e 0` (callgrind).

let crc32: ((data: Uint8Array, previous?: number) => number) | undefined;

/** CRC-32 (the zlib/PNG polynomial) of `data`, as 8 hex digits. */
export function checksum(data: Uint8Array): string {
  return formatChecksum(crc32Of(data));
}

/** The CRC-32 of `data` as a number, continuing `previous` (the CRC of the bytes before it), so
 *  that a file can be checksummed a piece at a time. */
export function crc32Of(data: Uint8Array, previous = 0): number {
  crc32 ??= (process.getBuiltinModule?.('node:zlib') as { crc32?: (data: Uint8Array, previous?: number) => number } | undefined)?.crc32 ?? crc32Js;
  return crc32(data, previous) >>> 0;
}

/** A CRC-32 as checksum() writes it. */
export function formatChecksum(crc: number): string {
  return crc.toString(16).padStart(8, '0');
}

let table: Int32Array | undefined;

function crc32Js(data: Uint8Array, previous = 0): number {
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = previous ^ -1;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** For tests: the JavaScript CRC, which must agree with zlib's. */
export const crc32ForTest = crc32Js;
