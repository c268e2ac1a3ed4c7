import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
// @ts-expect-error: plain JavaScript module shared with the build
import { stubFor } from './build/stubs.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __VERSION__: JSON.stringify(pkg.version) },
  // The build's stand-ins apply in tests too, so tests run the code that ships. Vitest loads
  // packages in node_modules with Node itself, past this plugin; the packages whose imports are
  // replaced are therefore run through vite (`inline`).
  plugins: [{ name: 'stubs', enforce: 'pre', resolveId: (source: string, importer?: string) => (stubFor(source, importer) as string | undefined) ?? null }],
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    setupFiles: ['./test/helpers/setup.ts'],
    server: { deps: { inline: ['marked-terminal'] } },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
