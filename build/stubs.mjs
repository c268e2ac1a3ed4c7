// Modules replaced by small stand-ins (see build/stubs/*), in the bundle and in tests alike: the
// esbuild plugin in scripts/build.mjs and the vite plugin in vitest.config.ts both ask stubFor().
import { fileURLToPath } from 'node:url';

const file = (name) => fileURLToPath(new URL(`./stubs/${name}`, import.meta.url));

/** Replaced wherever they are imported. */
export const stubs = Object.fromEntries(
  ['cli-highlight', 'node-emoji', 'supports-hyperlinks'].map((name) => [name, file(`${name}.js`)]),
);

/** Replaced inside one importing package only: [module, importing package, stand-in]. */
export const scopedStubs = [
  ['chalk', 'marked-terminal', 'chalk-identity.js'],
  ['cli-table3', 'marked-terminal', 'cli-table3.js'],
  ['(node:)?child_process', 'commander', 'child-process-lazy.cjs'],
].map(([module, importer, stub]) => ({ filter: new RegExp(`^${module}$`), importer, path: file(stub) }));

/** The stand-in for `module` imported from the file `importer`, if there is one. */
export function stubFor(module, importer) {
  if (Object.hasOwn(stubs, module)) return stubs[module];
  const normalized = (importer ?? '').replace(/\\/g, '/');
  return scopedStubs.find((s) => s.filter.test(module) && normalized.includes(`/node_modules/${s.importer}/`))?.path;
}
