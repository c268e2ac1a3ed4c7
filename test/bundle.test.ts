// The build's stand-ins (build/stubs.mjs) match on module names: when a dependency update renames
// one, the stub silently stops applying. These checks on the built bundle make that loud.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/cli.js';

/** Every package with code in dist/, as the build credits them (from esbuild's list of inputs). */
const bundled = [...readFileSync(join(root, 'dist/THIRD-PARTY-NOTICES.txt'), 'utf8').matchAll(/^((?:@[\w.-]+\/)?[\w.-]+)@\d\S* \(/gm)].map((m) => m[1]);

describe('the bundle', () => {
  it('credits the packages it holds', () => {
    expect(bundled).toContain('commander');
    expect(bundled).toContain('marked-terminal');
  });

  it.each([['highlight.js'], ['cli-highlight'], ['node-emoji'], ['emojilib'], ['cli-table3'], ['string-width'], ['@colors/colors'], ['supports-hyperlinks']])(
    'leaves out %s (stubbed: see build/stubs.mjs)',
    (name) => expect(bundled).not.toContain(name),
  );

  // Sizes as built on 2026-11-25, plus room to grow; highlight.js alone is several hundred KB.
  it.each([
    ['cli.cjs', 120_000],
    ['render.cjs', 85_000],
  ])('dist/%s is under %i bytes', (file, limit) => {
    expect(statSync(join(root, 'dist', file)).size).toBeLessThan(limit);
  });
});
