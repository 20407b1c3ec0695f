import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import * as zlib from 'node:zlib';
import { openSink, safeEntryName } from '../src/core/sink/index.ts';
import { crc32, crc32Js } from '../src/core/sink/crc32.ts';
import { ZipWriter } from '../src/core/sink/zip-writer.ts';
import { UserError } from '../src/core/types.ts';
import { requireSystemPackage } from './helpers/system.ts';
import { fillTmpfs, mountTmpfs } from './helpers/tmpfs.ts';
import { readZip as readWithYauzl } from './helpers/zip.ts';

async function tempDir(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'framecap-sink-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

interface PythonEntry {
  name: string;
  crc: number;
  method: number;
  size: number;
  sha256: string;
  date_time: number[];
}

// A second, independent reader: CPython's zipfile (testzip() checks every CRC).
const PY_READER = `
import hashlib, json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
print(json.dumps([{"name": i.filename, "crc": i.CRC, "method": i.compress_type, "size": i.file_size,
  "sha256": hashlib.sha256(z.read(i)).hexdigest(), "date_time": list(i.date_time)} for i in z.infolist()]))
`;

function readWithPython(path: string): PythonEntry[] {
  return JSON.parse(execFileSync(requireSystemPackage('python3'), ['-c', PY_READER, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as PythonEntry[];
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

const FILES: Array<[string, Buffer]> = [
  ['index.png', randomBytes(10_000)],
  ['docs/getting-started.webp', randomBytes(70_000)],
  ['ünïcödé/日本.jpg', Buffer.from('not really a jpeg')],
  ['empty.png', Buffer.alloc(0)],
];

async function assertReadableZip(path: string, expected: Array<[string, Buffer]>): Promise<void> {
  const byYauzl = await readWithYauzl(path);
  assert.deepEqual(byYauzl.map((e) => e.name), expected.map(([n]) => n));
  for (const [i, [name, data]] of expected.entries()) {
    const e = byYauzl[i]!;
    assert.ok(e.data.equals(data), `yauzl bytes of ${name}`);
    assert.equal(e.crc32, zlib.crc32(data) >>> 0, `CRC of ${name}`);
    assert.equal(e.compressionMethod, 0, `${name} is stored`);
    assert.equal(e.flags & 0x0800, 0x0800, `${name} has the UTF-8 flag`);
    assert.equal(e.size, data.length);
  }
  const byPython = readWithPython(path);
  assert.deepEqual(byPython.map((e) => e.name), expected.map(([n]) => n), 'python reads the UTF-8 names');
  for (const [i, [name, data]] of expected.entries()) {
    const e = byPython[i]!;
    assert.equal(e.sha256, sha256(data), `python bytes of ${name}`);
    assert.equal(e.crc, zlib.crc32(data) >>> 0);
    assert.equal(e.method, 0);
    assert.equal(e.size, data.length);
  }
}

// ─── ZIP ─────────────────────────────────────────────────────────────────

test('a ZIP with entries and a manifest reads back in yauzl and python', async (t) => {
  const dir = await tempDir(t);
  const path = join(dir, 'nested', 'out', 'shots.ZIP');
  const sink = await openSink(path);
  assert.equal(sink.kind, 'zip');
  assert.equal(sink.path, path);
  const temps = (await readdir(dirname(path))).filter((f) => f.endsWith('.partial'));
  assert.equal(temps.length, 1, 'written under a temporary name first');
  assert.match(temps[0]!, /^\.shots\.ZIP\.\d+-[0-9a-f]{8}\.partial$/, 'hidden, beside the target, unique per run');
  assert.ok(!existsSync(path), 'no file under the final name while writing');
  // Overlapping adds, as N render workers do: written whole, in call order.
  await Promise.all(FILES.map(([name, data]) => sink.add(name, data)));
  const manifest = Buffer.from(JSON.stringify({ captures: FILES.map(([n]) => n) }));
  await sink.add('manifest.json', manifest);
  await sink.close();
  assert.ok(existsSync(path), 'renamed on close');
  assert.deepEqual(await readdir(dirname(path)), ['shots.ZIP'], 'no partial left');
  await assertReadableZip(path, [...FILES, ['manifest.json', manifest]]);
  await assert.rejects(sink.add('late.png', Buffer.from('x')), /closed/);
});

test('forced ZIP64 records read back in yauzl, python and unzip', async (t) => {
  const dir = await tempDir(t);
  const path = join(dir, 'zip64.zip');
  const sink = await openSink(path, { forceZip64: true, date: new Date(2026, 2, 4, 5, 6, 8) });
  for (const [name, data] of FILES) await sink.add(name, data);
  await sink.close();
  await assertReadableZip(path, FILES);
  assert.deepEqual(readWithPython(path)[0]!.date_time, [2026, 3, 4, 5, 6, 8], 'DOS timestamp');

  const bytes = await readFile(path);
  const end = bytes.length - 22;
  assert.equal(bytes.readUInt32LE(end), 0x06054b50, 'end of central directory');
  assert.equal(bytes.readUInt16LE(end + 10), 0xffff, 'entry count deferred to ZIP64');
  assert.equal(bytes.readUInt32LE(end + 16), 0xffffffff, 'offset deferred to ZIP64');
  assert.equal(bytes.readUInt32LE(end - 20), 0x07064b50, 'ZIP64 locator');
  const end64 = Number(bytes.readBigUInt64LE(end - 20 + 8));
  assert.equal(bytes.readUInt32LE(end64), 0x06064b50, 'ZIP64 end record');
  assert.equal(bytes.readBigUInt64LE(end64 + 32), BigInt(FILES.length));

  const unzip = spawnSync(requireSystemPackage('unzip'), ['-tq', path], { encoding: 'utf8' });
  assert.equal(unzip.status, 0, unzip.stdout + unzip.stderr);
});

test('more than 65,535 entries switch to ZIP64 on their own', async (t) => {
  const dir = await tempDir(t);
  const chunks: Buffer[] = [];
  const memory = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  const writer = new ZipWriter(memory);
  const count = 0x10000 + 5;
  const adds: Array<Promise<void>> = [];
  for (let i = 0; i < count; i++) adds.push(writer.add(`f/${i}`, Buffer.from([i & 0xff])));
  await Promise.all(adds);
  await writer.finish();
  const path = join(dir, 'many.zip');
  const bytes = Buffer.concat(chunks);
  assert.equal(writer.size, bytes.length);
  await writeFile(path, bytes);
  assert.equal(bytes.readUInt32LE(bytes.length - 42), 0x07064b50, 'ZIP64 locator present');

  const out = execFileSync(requireSystemPackage('python3'), ['-c', `
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1]); names = z.namelist()
assert len(names) == ${count}, len(names)
assert z.read("f/65540") == bytes([65540 & 0xff])
assert z.testzip() is None
print("ok")`, path], { encoding: 'utf8' });
  assert.equal(out.trim(), 'ok');
  // yauzl reads the same ZIP64 end records in the forced test; here it would add seconds for no new path.
});

test('duplicate and unsafe entry names are refused', async (t) => {
  const dir = await tempDir(t);
  const sink = await openSink(join(dir, 'a.zip'));
  await sink.add('docs/a.png', Buffer.from('1'));
  await assert.rejects(sink.add('docs/a.png', Buffer.from('2')), /duplicate/);
  for (const bad of ['../x.png', '/abs.png', 'a/../../x.png', 'a\\b.png', 'a//b.png', '', 'c:/x.png', 'a/\u0000.png', 'a/./b.png', 'dir/']) {
    await assert.rejects(sink.add(bad, Buffer.from('x')), /unsafe output file name/, JSON.stringify(bad));
  }
  await sink.close();
  assert.deepEqual((await readWithYauzl(join(dir, 'a.zip'))).map((e) => e.name), ['docs/a.png']);
});

test('safeEntryName returns good names unchanged', () => {
  for (const ok of ['index.png', 'docs/getting-started.webp', 'a/b/c/d.jpg', 'ünï/日本.png', '..a/b..png', 'manifest.json']) {
    assert.equal(safeEntryName(ok), ok);
  }
  for (const bad of ['..', '.', 'a/..', './a', '/a', 'a\\b', 'a//b', 'a/', '', 'a\nb', 'a\u007fb', 'x:y']) {
    assert.throws(() => safeEntryName(bad), /unsafe output file name/, JSON.stringify(bad));
  }
});

test('abort removes the partial ZIP and leaves nothing under the final name', async (t) => {
  const dir = await tempDir(t);
  const path = join(dir, 'out.zip');
  const sink = await openSink(path);
  await sink.add('a.png', randomBytes(1000));
  await sink.abort();
  await sink.abort(); // idempotent
  assert.deepEqual(await readdir(dir), []);
  await assert.rejects(sink.add('b.png', Buffer.from('x')), /aborted/);
});

test('an earlier ZIP under the final name survives until the new one is complete', async (t) => {
  const dir = await tempDir(t);
  const path = join(dir, 'out.zip');
  const first = await openSink(path);
  await first.add('old.png', Buffer.from('old'));
  await first.close();
  const second = await openSink(path);
  await second.add('new.png', Buffer.from('new'));
  assert.deepEqual((await readWithYauzl(path)).map((e) => e.name), ['old.png'], 'the old ZIP is intact while writing');
  await second.abort();
  assert.deepEqual((await readWithYauzl(path)).map((e) => e.name), ['old.png'], 'an aborted run keeps the old ZIP');
});

test('outputs that cannot be written fail with a UserError', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'file'), 'x');
  await mkdir(join(dir, 'taken.zip'));
  await assert.rejects(openSink(join(dir, 'file', 'out.zip')), (err: unknown) => err instanceof UserError
    && err.message === `cannot write the ZIP ${join(dir, 'file', 'out.zip')}: a part of the path is a file, not a folder (ENOTDIR): choose another output path`);
  await assert.rejects(openSink(join(dir, 'file', 'deeper', 'out.zip')), (err: unknown) => err instanceof UserError && /\(ENOTDIR\)/.test(err.message));
  await assert.rejects(openSink(join(dir, 'taken.zip')), (err: unknown) => err instanceof UserError && /a folder has that name/.test(err.message));
  await assert.rejects(openSink(join(dir, 'file')), (err: unknown) => err instanceof UserError && /a file has that name/.test(err.message));
  await assert.rejects(openSink(join(dir, 'file', 'shots')), (err: unknown) => err instanceof UserError
    && err.message === `cannot create the output folder ${join(dir, 'file', 'shots')}: a part of the path is a file, not a folder (ENOTDIR): choose another output path`);
  assert.deepEqual((await readdir(dir)).sort(), ['file', 'taken.zip'], 'nothing left behind');
});

test('a path under /proc fails at once instead of spinning in mkdir', { skip: !existsSync('/proc/self') && 'no /proc here' }, async () => {
  // Node's own recursive mkdir never returns for these (measured: minutes at full CPU).
  const started = Date.now();
  await assert.rejects(openSink('/proc/framecap-test/shots'), (err: unknown) => err instanceof UserError
    && err.message === 'cannot create the output folder /proc/framecap-test/shots: this file system does not let folders be created there (ENOENT): choose another output path');
  await assert.rejects(openSink('/proc/framecap-test/out.zip'), (err: unknown) => err instanceof UserError && /^cannot write the ZIP \/proc\/framecap-test\/out\.zip: .*\(ENOENT\)/.test(err.message));
  assert.ok(Date.now() - started < 2_000, `took ${Date.now() - started} ms`);
});

test('a full disk: the ZIP and the folder fail with one line, leave no temp file, keep the earlier output', async (t) => {
  const fs = mountTmpfs(256);
  if ('unavailable' in fs) {
    t.diagnostic(`${fs.unavailable}: the real full disk is not tested here; the injected ENOSPC test below still runs`);
    t.skip(fs.unavailable);
    return;
  }
  t.after(() => fs.unmount());
  const zip = join(fs.dir, 'out.zip');
  const earlier = await openSink(zip);
  await earlier.add('old.png', Buffer.from('old'));
  await earlier.close();
  const earlierBytes = await readFile(zip);
  await mkdir(join(fs.dir, 'shots'));
  await writeFile(join(fs.dir, 'shots', 'mine.txt'), 'the user\'s own file');
  fillTmpfs(fs.dir, 40);

  const sink = await openSink(zip);
  const big = randomBytes(100 * 1024);
  await assert.rejects((async () => { for (let i = 0; i < 10; i++) await sink.add(`${i}.png`, big); await sink.close(); })(),
    (err: unknown) => err instanceof UserError
      && err.message === `cannot write the ZIP ${zip}: the disk is full (ENOSPC): free some space or write the output elsewhere`);
  await sink.abort();
  assert.ok((await readFile(zip)).equals(earlierBytes), 'the earlier ZIP is untouched');

  const folder = await openSink(join(fs.dir, 'shots'));
  await assert.rejects((async () => { for (let i = 0; i < 10; i++) await folder.add(`${i}.png`, big); })(),
    (err: unknown) => err instanceof UserError && /^cannot write .*\/shots\/\d\.png: the disk is full \(ENOSPC\)/.test(err.message));
  await folder.abort();
  assert.deepEqual((await readdir(join(fs.dir, 'shots'))).sort(), ['mine.txt'], 'the folder holds only the user\'s file again');
  assert.deepEqual((await readdir(fs.dir)).sort(), ['filler', 'out.zip', 'shots'], 'no temporary file left');
});

test('a read-only disk fails with one line naming the path', async (t) => {
  const fs = mountTmpfs(64, { readOnly: true });
  if ('unavailable' in fs) {
    t.skip(fs.unavailable);
    return;
  }
  t.after(() => fs.unmount());
  await assert.rejects(openSink(join(fs.dir, 'out.zip')), (err: unknown) => err instanceof UserError
    && err.message === `cannot write the ZIP ${join(fs.dir, 'out.zip')}: the file system is read-only (EROFS): choose a writable path`);
  await assert.rejects(openSink(join(fs.dir, 'shots')), (err: unknown) => err instanceof UserError
    && err.message === `cannot create the output folder ${join(fs.dir, 'shots')}: the file system is read-only (EROFS): choose a writable path`);
});

// ─── the writer on its own ───────────────────────────────────────────────

test('the JS CRC-32 matches zlib and the standard check value', () => {
  assert.equal(crc32Js(Buffer.from('123456789')), 0xcbf43926);
  assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
  assert.equal(crc32Js(Buffer.alloc(0)), 0);
  for (const size of [1, 7, 1000, 65_537]) {
    const data = randomBytes(size);
    assert.equal(crc32Js(data), zlib.crc32(data) >>> 0, `size ${size}`);
  }
});

/** A stream that holds every write until the test releases it: a disk that is slower than the renderer. */
function gatedStream(): { stream: Writable; received: Buffer[]; release: () => void; pending: () => number } {
  const received: Buffer[] = [];
  const waiting: Array<() => void> = [];
  const stream = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _enc, done) {
      received.push(chunk);
      waiting.push(done);
    },
  });
  return { stream, received, release: () => waiting.splice(0).forEach((d) => d()), pending: () => waiting.length };
}

const ticks = async (n = 10): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};

test('add() resolves only once the stream has taken the bytes, and entries queue in order', async () => {
  const gate = gatedStream();
  const writer = new ZipWriter(gate.stream);
  const resolved: string[] = [];
  const big = randomBytes(1024 * 1024);
  const a = writer.add('a.png', big).then(() => resolved.push('a'));
  const b = writer.add('b.png', Buffer.from('bbb')).then(() => resolved.push('b'));
  await ticks();
  assert.deepEqual(resolved, [], 'nothing resolves while the disk holds the first write');
  const seen = Buffer.concat(gate.received);
  assert.ok(seen.includes(Buffer.from('a.png')), 'the first entry is being written');
  assert.ok(!seen.includes(Buffer.from('b.png')), 'the second waits for the first');
  while (resolved.length < 2) {
    gate.release();
    await ticks();
  }
  await Promise.all([a, b]);
  assert.deepEqual(resolved, ['a', 'b']);
  const finishing = writer.finish();
  while (gate.pending() > 0 || !gate.stream.writableFinished) {
    gate.release();
    await ticks();
  }
  await finishing;
  await assert.rejects(writer.add('c.png', Buffer.from('c')), /finished/);
});

test('a write error fails that add and every later call', async () => {
  let writes = 0;
  const stream = new Writable({
    write(_chunk, _enc, done) {
      writes++;
      done(writes >= 3 ? Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }) : null);
    },
  });
  const writer = new ZipWriter(stream);
  await writer.add('a.png', Buffer.from('a'));
  await assert.rejects(writer.add('b.png', Buffer.from('b')), /ENOSPC/);
  await assert.rejects(writer.add('c.png', Buffer.from('c')), /ENOSPC/);
  await assert.rejects(writer.finish(), /ENOSPC/);
});

test('200 × 1 MB through a ZIP sink keeps memory flat', async (t) => {
  const dir = await tempDir(t);
  const path = join(dir, 'big.zip');
  const sink = await openSink(path);
  global.gc?.();
  const before = process.memoryUsage.rss();
  let peak = before;
  for (let i = 0; i < 200; i++) {
    const data = Buffer.alloc(1024 * 1024, i & 0xff);
    await sink.add(`shots/${i}.png`, data);
    peak = Math.max(peak, process.memoryUsage.rss());
  }
  await sink.close();
  const growthMb = (peak - before) / 1024 / 1024;
  t.diagnostic(`RSS growth ${growthMb.toFixed(1)} MB for 200 MB written`);
  // Loose: a sink that kept the buffers would grow by 200 MB or more.
  assert.ok(growthMb < 120, `RSS grew by ${growthMb.toFixed(1)} MB`);
  const entries = await readWithYauzl(path);
  assert.equal(entries.length, 200);
  assert.ok(entries[199]!.data.equals(Buffer.alloc(1024 * 1024, 199)), 'last entry intact');
});

// ─── folder ──────────────────────────────────────────────────────────────

test('a folder sink writes nested files atomically', async (t) => {
  const dir = await tempDir(t);
  const root = join(dir, 'deep', 'shots');
  const sink = await openSink(root);
  assert.equal(sink.kind, 'dir');
  assert.equal(sink.path, root);
  await Promise.all(FILES.map(([name, data]) => sink.add(name, data)));
  await sink.add('manifest.json', Buffer.from('{}'));
  await assert.rejects(sink.add('index.png', Buffer.from('again')), /duplicate/);
  await sink.close();
  for (const [name, data] of FILES) assert.ok((await readFile(join(root, name))).equals(data), name);
  const all = await readdir(root, { recursive: true });
  assert.ok(!all.some((f) => f.includes('.partial')), `no temp files left: ${all.join(', ')}`);
  assert.deepEqual(all.filter((f) => f.endsWith('.png') || f.endsWith('.jpg') || f.endsWith('.webp') || f.endsWith('.json')).sort(),
    [...FILES.map(([n]) => n), 'manifest.json'].sort());
});

test('a folder sink refuses names and symlinks that lead outside it', async (t) => {
  const dir = await tempDir(t);
  const root = join(dir, 'out');
  const outside = join(dir, 'outside');
  await mkdir(outside);
  const sink = await openSink(root);
  for (const bad of ['../escape.png', 'a/../../escape.png', '/tmp/escape.png', '..\\escape.png', 'a/./b.png']) {
    await assert.rejects(sink.add(bad, Buffer.from('x')), /unsafe output file name/, bad);
  }
  await symlink(outside, join(root, 'link'));
  await assert.rejects(sink.add('link/escape.png', Buffer.from('x')), /outside/);
  assert.deepEqual(await readdir(outside), [], 'nothing written through the symlink');
  assert.deepEqual(await readdir(dir), ['out', 'outside']);
  await sink.close();
});

test('abort removes a folder it created, and only its own files from an existing one', async (t) => {
  const dir = await tempDir(t);
  const fresh = join(dir, 'fresh', 'shots');
  const a = await openSink(fresh);
  await a.add('x/y.png', Buffer.from('1'));
  await a.abort();
  assert.ok(!existsSync(join(dir, 'fresh')), 'created folders removed');

  const existing = join(dir, 'existing');
  await mkdir(join(existing, 'keep'), { recursive: true });
  await writeFile(join(existing, 'keep', 'mine.txt'), 'user data');
  await writeFile(join(existing, 'notes.txt'), 'user data');
  const b = await openSink(existing);
  await b.add('keep/shot.png', Buffer.from('1'));
  await b.add('new/deeper/shot.png', Buffer.from('2'));
  await b.add('top.png', Buffer.from('3'));
  await b.abort();
  assert.deepEqual((await readdir(existing, { recursive: true })).sort(), ['keep', 'keep/mine.txt', 'notes.txt']);
});
