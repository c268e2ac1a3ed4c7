// Whether dist/ is the build of the files now in the repository, so that npm test can skip a build
// that would only write the same bytes again. The build writes a stamp (below) when it succeeds: the
// content hash of every file it reads, taken before it starts, and of every file it wrote. npm test
// rebuilds unless every one of those files still has that hash and no file was added or removed.
//
// What the build reads: its own scripts (code-cache.cjs too), src/, data/, build/ (the stubs), package.json, the tsconfigs,
// and from node_modules the files esbuild bundled (from its metafile) and the packages the lexicon is
// made from. For those, node_modules/.package-lock.json (npm's record of what it installed, rewritten
// by every install) stands in for their ~17 MB of files: a package edited by hand outside npm is
// noticed only if esbuild bundles that file. The stamp lives in node_modules/.cache, outside dist/ so
// it is never packed, and is removed when a build starts, so a build that fails leaves none.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const STAMP = 'node_modules/.cache/spasm-info/build-stamp.json';
const SOURCES = ['src', 'data', 'build', 'scripts/build.mjs', 'scripts/lexicon.mjs', 'scripts/learn.mjs', 'scripts/build-stamp.mjs', 'scripts/code-cache.cjs', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'node_modules/.package-lock.json'];

/** Every file under `path` (or `path` itself), sorted. */
function filesUnder(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!lstatSync(full).isDirectory()) return [path];
  return readdirSync(full).sort().flatMap((name) => filesUnder(root, `${path}/${name}`));
}

/** path → sha256 of its content, or null for a file that is not there. */
function hashes(root, paths) {
  return Object.fromEntries(paths.map((path) => {
    const full = join(root, path);
    return [path, existsSync(full) ? createHash('sha256').update(readFileSync(full)).digest('hex') : null];
  }));
}

/** The build's own inputs as they are now (taken when a build starts). */
export const sourceHashes = (root) => hashes(root, SOURCES.flatMap((path) => filesUnder(root, path)));

/** Removes the stamp (a build is starting). */
export const removeStamp = (root) => rmSync(join(root, STAMP), { force: true });

/** Written at the end of a successful build: `sources` as taken at its start, `bundled` the
 *  node_modules files esbuild bundled. */
export function writeStamp(root, sources, bundled) {
  const stamp = {
    node: process.version,
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH ?? null,
    sources,
    bundled: hashes(root, [...bundled].sort()),
    outputs: hashes(root, filesUnder(root, 'dist')),
  };
  mkdirSync(dirname(join(root, STAMP)), { recursive: true });
  writeFileSync(join(root, STAMP), JSON.stringify(stamp));
}

/** Why dist/ is not the build of the current files (a short phrase), or undefined when it is. */
export function staleBecause(root) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(root, STAMP), 'utf8'));
  } catch {
    return 'no record of a finished build';
  }
  if (stamp.node !== process.version) return `it was built by Node ${stamp.node}`;
  if (stamp.sourceDateEpoch !== (process.env.SOURCE_DATE_EPOCH ?? null)) return 'SOURCE_DATE_EPOCH changed';
  const differs = (recorded, now) => {
    const paths = new Set([...Object.keys(recorded), ...Object.keys(now)]);
    return [...paths].find((path) => recorded[path] !== now[path]);
  };
  const checks = [
    ['changed since the build', stamp.sources, sourceHashes(root)],
    ['changed since the build', stamp.bundled, hashes(root, Object.keys(stamp.bundled))],
    ['is not what the build wrote', stamp.outputs, hashes(root, filesUnder(root, 'dist'))],
  ];
  for (const [how, recorded, now] of checks) {
    const path = differs(recorded, now);
    if (path) return `${path} ${how}`;
  }
  return undefined;
}
