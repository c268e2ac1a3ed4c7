// Where spasm-info may keep caches (search indexes of large corpora, compiled code). Nothing is
// needed there: deleting the folder only makes the next start slower.

import { join } from 'node:path';

/** The cache folder: $SPASM_INFO_CACHE_DIR, else $XDG_CACHE_HOME/spasm-info, else $HOME/.cache/spasm-info;
 *  none when SPASM_INFO_NO_CACHE is set. */
export function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.SPASM_INFO_NO_CACHE) return undefined;
  if (env.SPASM_INFO_CACHE_DIR) return env.SPASM_INFO_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, '.cache') : undefined);
  return base ? join(base, 'spasm-info') : undefined;
}
