// In tests only (vitest.config.ts gives it to src/store/bundled.ts in place of node:fs): the files
// the build writes beside the bundle for the bundled corpus (dist/bundled.*: the corpus as checked,
// with its key; its list of sources and its care plan; its search index; what searches of it use
// prepared; its sections prerendered in both colour modes, and each as `show` prints it through a
// pipe), made from the sources once a worker by the build's own function (src/prebuild.ts,
// bundledFiles), and read by bundled.ts as the built CLI reads them from dist/. The sources have no build beside them: without this, every in-process run
// of the bundled corpus read data/corpus.json and hashed it (1.4 ms of CPU, against 0.15 ms for the
// build's copy), every `search` built the index (5.4 ms warm, against 0.7 ms), and every `show`
// rendered its sections with marked. Every other file is read from disk. withoutBuild() runs a
// command as the sources run with no build beside them, for the checks that compare the two.
import * as fs from 'node:fs';
import { basename, dirname } from 'node:path';
import { readBundledCorpusText } from '../../src/corpus/corpus.js';
import { moduleDir } from '../../src/package-dir.js';
import { bundledFiles } from '../../src/prebuild.js';

/** The build's files by name, as scripts/build.mjs writes them from bundledFiles(); made once a
 *  worker. Each read gets its own copy, as each process of the built CLI reads the files: nothing a
 *  run does to what it read reaches the next. */
let files: Map<string, string | Uint8Array> | undefined;
function built(): Map<string, string | Uint8Array> {
  if (!files) {
    const text = readBundledCorpusText();
    const made = bundledFiles(text, JSON.parse(text));
    files = new Map<string, string | Uint8Array>([
      ['bundled.corpus.json', made.corpus],
      ['bundled.sources.json', made.sources],
      ['bundled.plan.json', made.plan],
      ['bundled.index', made.index],
      ['bundled.search.json', made.search],
      ['bundled.render-plain.json', made.renderPlain],
      ['bundled.render-color.json', made.renderColor],
      ...Object.entries(made.pipe).map(([id, text]): [string, string] => [`bundled.pipe-${id}.txt`, text]),
    ]);
  }
  return files;
}

let withoutFiles = 0;

export function readFileSync(path: fs.PathOrFileDescriptor, options?: { encoding?: BufferEncoding | null; flag?: string } | BufferEncoding | null): string | Buffer {
  const file = !withoutFiles && typeof path === 'string' && dirname(path) === moduleDir ? built().get(basename(path)) : undefined;
  if (file === undefined) return fs.readFileSync(path, options);
  const encoding = typeof options === 'string' ? options : options?.encoding;
  const bytes = typeof file === 'string' ? Buffer.from(file) : Buffer.from(file);
  return encoding ? bytes.toString(encoding) : bytes;
}

/** Runs `run` as the CLI runs from the sources with no build beside them: the corpus read from
 *  data/corpus.json and its key worked out, the search index built, sections rendered with marked. */
export async function withoutBuild<T>(run: () => Promise<T>): Promise<T> {
  withoutFiles++;
  try {
    return await run();
  } finally {
    withoutFiles--;
  }
}
