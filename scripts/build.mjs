// Build: bundle the CLI and the library with esbuild (no runtime dependencies), emit type
// declarations, and refuse to finish if the bundled corpus does not pass the schema.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stubs } from '../build/stubs.mjs';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
process.chdir(fileURLToPath(root));
rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  // Chunks stay beside cli.js and index.js: the corpus path is resolved from the module's URL.
  chunkNames: '[name]-[hash]',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  alias: stubs,
  // CommonJS dependencies (cli-table3) call require() for Node's own modules.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});

try {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
} catch {
  console.error('build: type declarations could not be emitted (see the errors above).');
  process.exit(1);
}

const { checkCorpus } = await import(new URL('dist/index.js', root).href);
const checked = checkCorpus(JSON.parse(readFileSync('data/corpus.json', 'utf8')));
if ('problem' in checked) {
  console.error(`build: data/corpus.json is not a valid corpus: ${checked.problem}.`);
  process.exit(1);
}
