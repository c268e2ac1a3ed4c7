// Modules replaced by small stand-ins, in the bundle and in tests alike (see build/stubs/*.js).
import { fileURLToPath } from 'node:url';

export const stubs = Object.fromEntries(
  ['cli-highlight', 'node-emoji', 'supports-hyperlinks'].map((name) => [
    name,
    fileURLToPath(new URL(`./stubs/${name}.js`, import.meta.url)),
  ]),
);
