// The search-index cache of large --data corpora never stands in for the checks, and no file, link,
// FIFO or device put where a corpus or a cache entry should be can crash, hang or fool a run.
// The CLI runs in-process (runCli, with the cache folder in its env), except where a regression
// would block or exhaust the test process itself: a FIFO or a device read where a file should be
// is read by the built CLI in a child process (cliSeries: the command lines of all such cases of a
// block in one child, started before its tests, and killed by its timeout; a blocked read
// in-process would hang the whole run). The one test that needs its own working folder runs the
// built CLI as a user would.
import { execFileSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, lstatSync, mkdirSync, openSync, truncateSync, readdirSync, readFileSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checksum, crc32ForTest, crc32Of } from '../src/util/checksum.js';
import { buildIndex, deserializeIndex, serializeIndex, type SearchIndex } from '../src/search/search-index.js';
import { cacheDir } from '../src/store/cache-dir.js';
import { corpusCacheKey } from '../src/store/data-corpus.js';
import type { Corpus } from '../src/corpus/types.js';
import { cli, cliSeries, runCli, type Run } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const fresh = (prefix: string) => tempDir(prefix);

/** A corpus whose file is big enough (over 256 KB) for its index to be cached: 30 sections, each 20
 *  sentences of short words and five of long words, written by largeFile() with white space between
 *  the sections. What a run costs goes with the words and sentences it reads, not the bytes that
 *  decide caching: with the 270 KB in text (8.9 KB a section, most of it 155 sentences of long words,
 *  until 2026-12-05) a search that built the index took 29 ms of CPU warm instead of 12, 120-140 ms
 *  in a cold worker; 300 sections of 0.9 KB, as before that, 3 to 4 times as long again. */
function largeCorpus(extra: (i: number) => object = () => ({})) {
  return {
    sections: Array.from({ length: 30 }, (_, i) => ({
      id: `s${i}`, title: `Topic ${i}`, summary: `About topic ${i}.`, body: LARGE_BODY(i), ...extra(i),
    })),
  };
}
const LARGE_BODY = (i: number) => `Sentence about item${i} and warmth. `.repeat(20) + 'Stiffnessofneckandshoulders relievedbywarmthandrest. '.repeat(5);
/** The corpus's JSON with 8 KB of white space after each section: the file is 268 KB. */
const largeFile = (corpus: { sections: object[] }) => `{"sections":[${corpus.sections.map((s) => JSON.stringify(s)).join(`,\n${' '.repeat(8192)}`)}]}\n`;

/** A corpus file and a cache folder of its own; `run` runs the CLI in-process with that cache. */
function setup(corpus = largeCorpus(), existing?: string) {
  const dir = fresh('cache');
  const file = existing ?? join(dir, 'corpus.json');
  if (!existing) writeFileSync(file, largeFile(corpus));
  const cache = join(dir, 'cache');
  const run = (args: string[], env: Record<string, string> = {}) => runCli(['--data', file, ...args], { SPASM_INFO_CACHE_DIR: cache, ...env });
  /** The one index file in the cache folder, after a search wrote it. */
  const entry = () => {
    const names = readdirSync(cache).filter((f) => f.endsWith('.index'));
    expect(names).toHaveLength(1);
    return join(cache, names[0]);
  };
  return { dir, file, cache, run, entry };
}

const SEARCH = ['search', 'item12', 'warmth', '--json'];

describe('a corpus is always the validated one, cached or not', () => {
  it('an edit that keeps the size, modification time and inode is still checked (exit 2 naming the field)', async () => {
    const { dir, file, run } = setup();
    expect((await run(SEARCH)).code).toBe(0); // the index is now cached
    const before = statSync(file);
    const times = join(dir, 'times');
    execFileSync('touch', ['-r', file, times]); // the file's times, to the nanosecond
    const text = readFileSync(file, 'utf8');
    const edited = text.replace('"id":"s29"', '"id":"`x`"'); // a shell command as an id, same length
    expect(edited.length).toBe(text.length);
    // Rewrite in place (same inode), then put the old times back, as `cp -p` over a copy would.
    const fd = openSync(file, 'r+');
    writeSync(fd, edited, 0);
    closeSync(fd);
    execFileSync('touch', ['-r', times, file]);
    expect(statSync(file).ino).toBe(before.ino);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(file).size).toBe(before.size);
    for (const args of [['list'], SEARCH]) {
      const r = await run(args);
      expect(r.code, r.stdout).toBe(2);
      expect(r.stderr).toContain('section 30 ("`x`"), field "id": must be letters, digits, dots, hyphens or underscores');
    }
  });

  it('output is byte-identical whether the index came from the cache or not (trimmed text, unknown keys dropped)', async () => {
    const { run, entry } = setup(largeCorpus((i) => (i === 0 ? { id: '  s0  ', title: ' Topic 0 ', extra: 'dropped' } : {})));
    const commands = [['list', '--json'], ['show', 's0', '--json'], SEARCH, ['search', 'topic', '0']];
    const uncached: string[] = [];
    for (const args of commands) uncached.push((await run(args, { SPASM_INFO_NO_CACHE: '1' })).stdout);
    await run(SEARCH); // writes the cache
    entry(); // which is there
    const cached: string[] = [];
    for (const args of commands) cached.push((await run(args)).stdout);
    expect(cached).toEqual(uncached);
    expect(JSON.parse(cached[0])[0]).toEqual({ id: 's0', title: 'Topic 0', summary: 'About topic 0.' });
  });
});

describe('a cache entry is checked when it is read, and rebuilt when it fails', () => {
  /** One search of a large corpus and the cache entry it wrote; each case has a cache folder of its
   *  own holding a copy of that entry (the bytes its own first search of the file would write). */
  let good = '';
  let written = { file: '', name: '', bytes: Buffer.alloc(0) };
  beforeAll(async () => {
    const s = setup();
    good = (await s.run(SEARCH)).stdout;
    written = { file: s.file, name: basename(s.entry()), bytes: readFileSync(s.entry()) };
  });
  const withEntry = () => {
    const s = setup(undefined, written.file);
    mkdirSync(s.cache);
    writeFileSync(join(s.cache, written.name), written.bytes);
    return s;
  };

  const expectRebuilt = async (s: ReturnType<typeof setup>, good: string, run: (args: string[]) => Promise<Run> = s.run) => {
    const r = await run(SEARCH);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(good);
    expect(r.stderr).toBe('');
    // Replaced by a sound index of this very file.
    const corpus = JSON.parse(readFileSync(s.file, 'utf8')) as Corpus;
    expect(lstatSync(s.entry()).isFile()).toBe(true);
    expect(deserializeIndex(readFileSync(s.entry()), corpus, corpusCacheKey(readFileSync(s.file)))).toBeDefined();
  };

  const damages: [string, (entry: string) => void][] = [
    ['a 55-byte file with a valid header', (entry) => writeFileSync(entry, readFileSync(entry).subarray(0, 55))],
    ['a damaged body under an intact header', (entry) => {
      const data = readFileSync(entry);
      for (let i = data.length - 4000; i < data.length - 10; i += 7) data[i] ^= 0x5a;
      writeFileSync(entry, data);
    }],
    ['random bytes', (entry) => writeFileSync(entry, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)))],
    ['an empty file', (entry) => writeFileSync(entry, '')],
    ['a symbolic link to /dev/zero', (entry) => { unlinkSync(entry); symlinkSync('/dev/zero', entry); }],
    ['a symbolic link to /dev/full', (entry) => { unlinkSync(entry); symlinkSync('/dev/full', entry); }],
    ['a FIFO', (entry) => { unlinkSync(entry); execFileSync('mkfifo', [entry]); }],
    ['a folder', (entry) => { unlinkSync(entry); mkdirSync(entry); }],
  ];
  // A link to a device and a FIFO are read by the built CLI: a regression would read forever or
  // block. Their three cases, each with a cache folder of its own, run in one child (cliSeries),
  // started before the tests; each test then checks its own case's outcome and cache.
  const devices = new Map<string, { s: ReturnType<typeof setup>; run: Run }>();
  beforeAll(() => {
    const cases = damages.filter(([name]) => /dev|FIFO/.test(name)).map(([name, damage]) => {
      const s = withEntry();
      damage(s.entry());
      return { name, s };
    });
    const runs = cliSeries(cases.map(({ s }) => ({ args: ['--data', s.file, ...SEARCH], env: { SPASM_INFO_CACHE_DIR: s.cache } })));
    cases.forEach(({ name, s }, i) => devices.set(name, { s, run: runs[i] }));
  });

  it.each(damages)('%s: same answer, no error', async (name, damage) => {
    const device = devices.get(name);
    if (device) {
      await expectRebuilt(device.s, good, async () => device.run);
      return;
    }
    const s = withEntry();
    damage(s.entry());
    if (name === 'a folder') {
      // A folder cannot be replaced by rename: the search answers anyway, from a fresh index.
      const r = await s.run(SEARCH);
      expect([r.code, r.stdout, r.stderr]).toEqual([0, good, '']);
      return;
    }
    await expectRebuilt(s, good);
  });

  it('a planted index with the right key and checksum but postings out of range is rebuilt', async () => {
    const s = withEntry();
    const corpus = JSON.parse(readFileSync(s.file, 'utf8')) as Corpus;
    const forged = buildIndex(corpus);
    forged.postingUnits = forged.postingUnits.map((u, i) => (i % 3 ? u + 1_000_000 : u));
    writeFileSync(s.entry(), serializeIndex(forged, corpusCacheKey(readFileSync(s.file))));
    await expectRebuilt(s, good);
  });

  it('temporary files left by an interrupted write are removed when a cache is next written', async () => {
    const s = setup();
    mkdirSync(s.cache);
    const stale = join(s.cache, 'x.index.4242.tmp');
    const current = join(s.cache, 'y.index.4243.tmp');
    writeFileSync(stale, 'half an index');
    writeFileSync(current, 'being written now');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(stale, anHourAgo, anHourAgo);
    expect((await s.run(SEARCH)).code).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(current)).toBe(true); // maybe another run's write in progress
  });
});

describe('the corpus entry (outline and bodies) is checked when it is read, and rebuilt when it fails', () => {
  const COMMANDS = [['list'], ['list', '--json'], ['show', 's7'], ['show', 's7', '--json'], SEARCH];
  /** What each command prints with no cache; and the entries a first search writes (the corpus
   *  entry and the index), of which each case gets a copy in a cache folder of its own. */
  const uncached: Run[] = [];
  let first = { file: '', cache: '' };
  beforeAll(async () => {
    const s = setup();
    for (const args of COMMANDS) uncached.push(await s.run(args, { SPASM_INFO_NO_CACHE: '1' }));
    await s.run(SEARCH); // writes both entries
    first = { file: s.file, cache: s.cache };
  });
  const withEntries = () => {
    const s = setup(undefined, first.file);
    cpSync(first.cache, s.cache, { recursive: true });
    return s;
  };
  /** The one corpus entry in the cache folder. */
  const corpusEntry = (cache: string) => join(cache, readdirSync(cache).find((f) => f.endsWith('.corpus'))!);
  /** The entry's header JSON and where it sits, to edit one (its checksum is left as it was). */
  const header = (data: Buffer) => {
    const at = 20 + data.readUInt32LE(8);
    const length = data.readUInt32LE(at - 8);
    return { at, length, value: JSON.parse(data.toString('utf8', at, at + length)) as { outline: Corpus; ends: number[] } };
  };
  const withHeader = (data: Buffer, change: (h: { outline: Corpus; ends: number[] }) => void) => {
    const h = header(data);
    change(h.value);
    const text = Buffer.from(JSON.stringify(h.value));
    const prefix = Buffer.from(data.subarray(0, h.at));
    prefix.writeUInt32LE(text.length, h.at - 8);
    return Buffer.concat([prefix, text, data.subarray(h.at + h.length)]);
  };

  const damages: [string, (data: Buffer, entry: string) => Buffer | undefined][] = [
    ['a truncated entry', (data) => data.subarray(0, data.length - 500)],
    ['random bytes', () => Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256))],
    ['a title with a control character', (data) => withHeader(data, (h) => { h.outline.sections[7].title = 'Topic\u001b[31m 7'; })],
    ['an untrimmed title', (data) => withHeader(data, (h) => { h.outline.sections[7].title = ' Topic 7 '; })],
    ['an id that is not a string', (data) => withHeader(data, (h) => { (h.outline.sections[7] as { id: unknown }).id = 7; })],
    ['two sections with one id', (data) => withHeader(data, (h) => { h.outline.sections[7].id = 's8'; })],
    ['a section left out', (data) => withHeader(data, (h) => { h.outline.sections.pop(); h.ends.pop(); })],
    ['body ends past the end of the entry', (data) => withHeader(data, (h) => { h.ends[29] += 1_000_000; })],
    ['a body that is not a string', (data) => { const at = data.lastIndexOf('"Sentence about item7 '); return Buffer.concat([data.subarray(0, at), Buffer.from('1234567'), data.subarray(at + 7)]); }],
    ['a symbolic link to /dev/zero', (_, entry) => { unlinkSync(entry); symlinkSync('/dev/zero', entry); return undefined; }],
    ['a FIFO', (_, entry) => { unlinkSync(entry); execFileSync('mkfifo', [entry]); return undefined; }],
  ];
  const damage = (s: ReturnType<typeof setup>, change: (data: Buffer, entry: string) => Buffer | undefined) => {
    const entry = corpusEntry(s.cache);
    const damaged = change(readFileSync(entry), entry);
    if (damaged) writeFileSync(entry, damaged);
  };

  // A link to a device and a FIFO are read by the built CLI in a child: a regression would read
  // forever or block. The two such corpus entries, and the index entry that is a FIFO (the last
  // test), each in a cache folder of its own, are read in one child (cliSeries) before the tests;
  // each test checks its own runs.
  const devices = new Map<string, Run[]>();
  let indexFifo = { index: '', runs: [] as Run[] };
  beforeAll(() => {
    const cases = damages.filter(([name]) => /dev|FIFO/.test(name)).map(([name, change]) => {
      const s = withEntries();
      damage(s, change);
      return { name, s, commands: COMMANDS };
    });
    const s = withEntries();
    const index = s.entry();
    unlinkSync(index);
    execFileSync('mkfifo', [index]);
    cases.push({ name: 'index FIFO', s, commands: [['list'], ['show', 's7']] });
    const runs = cliSeries(cases.flatMap(({ s, commands }) => commands.map((args) => ({ args: ['--data', s.file, ...args], env: { SPASM_INFO_CACHE_DIR: s.cache } }))));
    for (const { name, commands } of cases) devices.set(name, runs.splice(0, commands.length));
    indexFifo = { index, runs: devices.get('index FIFO')! };
  });

  it.each(damages)('%s: every command prints what it prints with no cache', async (name, change) => {
    const runs: Run[] = [];
    if (devices.has(name)) runs.push(...devices.get(name)!);
    else {
      const s = withEntries();
      damage(s, change);
      for (const args of COMMANDS) runs.push(await s.run(args));
    }
    for (const [i, args] of COMMANDS.entries()) {
      const r = runs[i];
      expect([r.code, r.stdout, r.stderr], args.join(' ')).toEqual([uncached[i].code, uncached[i].stdout, uncached[i].stderr]);
    }
  });

  it('list and show never read the search index (an index entry that is a FIFO is left alone)', () => {
    // Run by the built CLI (above): reading the FIFO by mistake would block.
    expect(indexFifo.runs.map((r) => r.code)).toEqual([0, 0]);
    expect(lstatSync(indexFifo.index).isFIFO()).toBe(true);
  });
});

describe('the structural check refuses a forged index whose checksum is right', () => {
  const corpus = largeCorpus() as Corpus;
  const index = buildIndex(corpus);
  const forge = (change: (i: SearchIndex) => void) => {
    const copy: SearchIndex = {
      ...index,
      stems: [...index.stems], surface: [...index.surface],
      postingStart: index.postingStart.slice(), postingUnits: index.postingUnits.slice(), stemSections: index.stemSections.slice(),
      unitSection: index.unitSection.slice(), unitKind: index.unitKind.slice(), unitSize: index.unitSize.slice(),
      sectionFirstUnit: index.sectionFirstUnit.slice(), surfaceStem: index.surfaceStem.slice(), surfaceIsVocabulary: index.surfaceIsVocabulary.slice(),
    };
    change(copy);
    return deserializeIndex(serializeIndex(copy, 'k'), corpus, 'k');
  };

  it('and accepts the real one', () => {
    expect(forge(() => {})).toBeDefined();
  });

  it.each([
    ['a posting past the last unit', (i: SearchIndex) => { i.postingUnits[5] = i.unitSection.length; }],
    ['a negative posting', (i: SearchIndex) => { i.postingUnits[0] = -1; }],
    ['postings out of order', (i: SearchIndex) => { const at = i.postingStart.findIndex((p, s) => i.postingStart[s + 1] - p >= 2); i.postingUnits[at + 1] = i.postingUnits[at]; }],
    ['posting starts that do not cover the postings', (i: SearchIndex) => { i.postingStart[i.stems.length] -= 1; }],
    ['an empty posting list', (i: SearchIndex) => { i.postingStart[1] = i.postingStart[0]; }],
    ['a stem in no section', (i: SearchIndex) => { i.stemSections[0] = 0; }],
    ['a stem in more sections than there are', (i: SearchIndex) => { i.stemSections[0] = corpus.sections.length + 1; }],
    ['a unit of a section that does not exist', (i: SearchIndex) => { i.unitSection[i.unitSection.length - 1] = corpus.sections.length; }],
    ['a unit of an unknown kind', (i: SearchIndex) => { i.unitKind[0] = 200; }],
    ['a unit with no words', (i: SearchIndex) => { i.unitSize[3] = 0; }],
    ['a section starting at the wrong unit', (i: SearchIndex) => { i.sectionFirstUnit[4] += 1; }],
    ['a word whose stem does not exist', (i: SearchIndex) => { i.surfaceStem[0] = i.stems.length; }],
    ['a vocabulary flag that is not 0 or 1', (i: SearchIndex) => { i.surfaceIsVocabulary[0] = 7; }],
    ['stems out of order', (i: SearchIndex) => { i.stems.reverse(); }],
    ['fewer stems than posting lists', (i: SearchIndex) => { i.stems.pop(); }],
    ['an index of fewer sections', (i: SearchIndex) => { i.sectionFirstUnit = i.sectionFirstUnit.slice(1); }],
  ])('%s', (_, change) => {
    expect(forge(change)).toBeUndefined();
  });

  it('and a damaged body fails its checksum', () => {
    const data = serializeIndex(index, 'k');
    data[data.length - 100] ^= 1;
    expect(deserializeIndex(data, corpus, 'k')).toBeUndefined();
  });

  it("the JavaScript CRC agrees with zlib's, so keys do not depend on the Node version", () => {
    const data = Buffer.from(JSON.stringify(corpus));
    expect(crc32ForTest(data).toString(16).padStart(8, '0')).toBe(checksum(data));
    expect(checksum(Buffer.from('123456789'))).toBe('cbf43926'); // the CRC-32 check value
  });

  it('a CRC continued piece by piece (how a corpus file is keyed) equals the CRC of the whole, in zlib and in JavaScript', () => {
    const data = Buffer.from(JSON.stringify(corpus));
    const [a, b] = [data.subarray(0, 1000), data.subarray(1000)];
    expect(crc32Of(b, crc32Of(a))).toBe(crc32Of(data));
    expect(crc32ForTest(b, crc32ForTest(a))).toBe(crc32Of(data));
  });
});

describe('the cache folder', () => {
  it.each([
    ['a relative XDG_CACHE_HOME is ignored', { XDG_CACHE_HOME: 'relative/cache', HOME: '/home/u' }, '/home/u/.cache/spasm-info'],
    ['an absolute XDG_CACHE_HOME is used', { XDG_CACHE_HOME: '/xdg', HOME: '/home/u' }, '/xdg/spasm-info'],
    ['a relative SPASM_INFO_CACHE_DIR is ignored', { SPASM_INFO_CACHE_DIR: 'here', HOME: '/home/u' }, '/home/u/.cache/spasm-info'],
    ['a relative HOME gives no cache', { HOME: 'u' }, undefined],
    ['SPASM_INFO_NO_CACHE wins', { SPASM_INFO_NO_CACHE: '1', SPASM_INFO_CACHE_DIR: '/c' }, undefined],
  ])('%s', (_, env, expected) => {
    expect(cacheDir(env)).toBe(expected);
  });

  // The built CLI: the one run here that needs a working folder of its own.
  it('a run with a relative XDG_CACHE_HOME writes nothing where it runs', () => {
    const s = setup();
    const cwd = fresh('cwd');
    const home = fresh('home');
    const r = cli(['--data', s.file, ...SEARCH], { XDG_CACHE_HOME: 'cache', HOME: home }, { cwd });
    expect(r.code).toBe(0);
    expect(readdirSync(cwd)).toEqual([]);
    expect(readdirSync(join(home, '.cache', 'spasm-info')).map((name) => name.replace(/.*\./, '')).sort()).toEqual(['corpus', 'index']);
  });

  // A cache folder that cannot be made means no cache: same output, nothing on stderr, no hang. Under
  // /proc, Node's recursive mkdirSync never returned (mkdir of the folder said ENOENT, of /proc
  // EEXIST, again and again, at 100% CPU), so these run in the built CLI in a child (cliSeries,
  // killed after 20 s: the test then fails instead of hanging the run), all cases in one child.
  const s = setup();
  const file = join(s.dir, 'a-file');
  writeFileSync(file, '');
  const unmakeable: [string, Record<string, string>][] = [
    ['SPASM_INFO_CACHE_DIR under /proc', { SPASM_INFO_CACHE_DIR: '/proc/nope' }],
    ['SPASM_INFO_CACHE_DIR two folders under /proc', { SPASM_INFO_CACHE_DIR: '/proc/nope/deeper' }],
    ['XDG_CACHE_HOME under /proc', { XDG_CACHE_HOME: '/proc/x' }],
    ['HOME under /proc', { HOME: '/proc/home' }],
    ['a folder under a device', { SPASM_INFO_CACHE_DIR: '/dev/null/x' }],
    ['a regular file', { SPASM_INFO_CACHE_DIR: file }],
    ['a folder under a regular file', { SPASM_INFO_CACHE_DIR: join(file, 'x') }],
  ];
  const commands = [['list'], SEARCH];
  let runs: Run[] = [];
  beforeAll(() => {
    runs = cliSeries([{ SPASM_INFO_NO_CACHE: '1' }, ...unmakeable.map(([, env]) => env)].flatMap((env) => commands.map((args) => ({ args: ['--data', s.file, ...args], env }))));
  });
  it.each(unmakeable.map(([name], i) => [name, i + 1] as const))('a cache folder that cannot be made (%s) gives the output of no cache, and returns', (_, at) => {
    const uncached = runs.slice(0, commands.length);
    expect(uncached.map((r) => r.code)).toEqual([0, 0]);
    expect(runs.slice(at * commands.length, (at + 1) * commands.length)).toEqual(uncached);
  });
  it('a cache folder several levels deep is made, each level private (0700)', async () => {
    const deep = join(s.dir, 'a', 'b', 'c');
    expect((await runCli(['--data', s.file, ...SEARCH], { SPASM_INFO_CACHE_DIR: deep })).code).toBe(0);
    expect(readdirSync(deep).map((name) => name.replace(/.*\./, '')).sort()).toEqual(['corpus', 'index']);
    for (const level of ['a', 'a/b', 'a/b/c']) expect(statSync(join(s.dir, level)).mode & 0o777).toBe(0o700);
  });
});

describe('--data reads only a regular file of bounded size (exit 2, one sentence)', () => {
  const dir = fresh('files');
  const fifo = join(dir, 'fifo.json');
  execFileSync('mkfifo', [fifo]);
  const huge = join(dir, 'huge.json');
  // A sparse file: 64 MiB and one byte, taking no room on disk.
  closeSync(openSync(huge, 'w'));
  truncateSync(huge, 64 * 1024 * 1024 + 1);
  const link = join(dir, 'link.json');
  symlinkSync('/dev/zero', link);

  // Devices and the FIFO are given to the built CLI in a child: reading one by mistake would never
  // end or would block, which in-process would stop the whole run instead of failing one test. The
  // four such cases run in one child (cliSeries), before the tests; each test checks its own runs.
  const commands = (path: string) => [['--data', path, 'list'], ['--data', path, 'search', 'x']];
  const cases: [string, string, string, 'real' | 'in-process'][] = [
    ['/dev/zero', '/dev/zero', 'it is a device, not a regular file', 'real'],
    ['/dev/urandom', '/dev/urandom', 'it is a device, not a regular file', 'real'],
    ['a link to /dev/zero', link, 'it is a device, not a regular file', 'real'],
    ['a FIFO with no writer', fifo, 'it is a named pipe (FIFO), not a regular file', 'real'],
    ['a file over the size limit', huge, 'it is larger than the limit of 64 MiB', 'in-process'],
  ];
  const real = new Map<string, Run[]>();
  beforeAll(() => {
    const paths = cases.filter((c) => c[3] === 'real').map((c) => c[1]);
    const runs = cliSeries(paths.flatMap(commands));
    for (const path of paths) real.set(path, runs.splice(0, 2));
  });
  it.each(cases)('%s', async (_, path, reason, how) => {
    const runs: Run[] = [];
    if (how === 'real') runs.push(...real.get(path)!);
    else for (const args of commands(path)) runs.push(await runCli(args));
    for (const r of runs) expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `spasm-info: Cannot use '${path}' as a corpus: ${reason}.\n`]);
    expect(runs).toHaveLength(2);
  });
});
