// vitest's global setup: says so when dist/ is not the build of the current files (the stamp the
// build writes, scripts/build-stamp.mjs), since the end-to-end tests run dist/. npm test builds
// first and never sees this; `npx vitest run` does not build, and without the note a stale build
// shows up as failures of those tests alone, far from their cause.
// @ts-expect-error: plain JavaScript module shared with the build
import { staleBecause } from '../../scripts/build-stamp.mjs';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  // npm test (scripts/test.mjs) has just checked, and built if need be: the same check again would
  // only add its 50 ms before the first test.
  if (process.env.SPASM_BUILD_CHECKED) return;
  const reason = (staleBecause as (root: string) => string | undefined)(fileURLToPath(new URL('../../', import.meta.url)));
  if (reason) process.stderr.write(`\nNote: dist/ is not the build of the current files (${reason}); the tests of the built CLI run the old build. Run npm run build, or npm test, which builds when needed.\n\n`);
}
