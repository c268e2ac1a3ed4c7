// Where spasm-info's own files are (dist/, data/); store/cache-dir.ts is where it may keep caches.
// Where this module's files are, in both builds: the CLI is CommonJS (it starts faster on Node 20),
// the library and the tests are ES modules. src/ and dist/ both sit one level below the package root,
// so this file stays directly in src/ (not in a folder of it).

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// An ES module asks import.meta; esbuild empties import.meta in the CommonJS bundles, which have
// __dirname. (Asking `typeof __dirname` first went wrong under `node -e`, which defines a global
// __dirname of '.' that the library then took for its own folder.)
const url: string | undefined = import.meta.url;
export const moduleDir: string = url ? dirname(fileURLToPath(url)) : __dirname;
export const packageRoot: string = join(moduleDir, '..');
