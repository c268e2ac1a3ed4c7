// Where spasm-info's own files are (dist/, data/); store/cache-dir.ts is where it may keep caches.
// Where this module's files are, in both builds: the CLI is CommonJS (it starts faster on Node 20),
// the library and the tests are ES modules. src/ and dist/ both sit one level below the package root,
// so this file stays directly in src/ (not in a folder of it).

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const moduleDir: string = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
export const packageRoot: string = join(moduleDir, '..');
