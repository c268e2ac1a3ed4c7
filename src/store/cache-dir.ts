// Where spasm-info may keep caches (search indexes of large corpora, compiled code). Nothing is
// needed there: deleting the folder only makes the next start slower.

import { isAbsolute, join } from 'node:path';

/** The cache folder: $SPASM_INFO_CACHE_DIR, else $XDG_CACHE_HOME/spasm-info, else $HOME/.cache/spasm-info;
 *  none when SPASM_INFO_NO_CACHE is set. A relative path in any of them is ignored, as the XDG Base
 *  Directory specification says: it would put the cache wherever the command happens to run. */
export function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.SPASM_INFO_NO_CACHE) return undefined;
  const absolute = (path: string | undefined) => (path && isAbsolute(path) ? path : undefined);
  const own = absolute(env.SPASM_INFO_CACHE_DIR);
  if (own) return own;
  const home = absolute(env.HOME);
  const base = absolute(env.XDG_CACHE_HOME) ?? (home ? join(home, '.cache') : undefined);
  return base ? join(base, 'spasm-info') : undefined;
}
