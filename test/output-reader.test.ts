// The one reader of framecap outputs: the ZIP reader's caps and name rules
// on ZIPs built byte by byte (the sink refuses to write what these need),
// and the opener's folder-link policy on a real folder output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { newJob } from '../src/core/job.ts';
import { buildManifest } from '../src/core/manifest.ts';
import type { ManifestSettings } from '../src/core/manifest.ts';
import { mergeOutputs } from '../src/core/merge.ts';
import { checkManifest, completeManifest } from '../src/core/output/manifest-check.ts';
import { openOutput } from '../src/core/output/open-output.ts';
import { parseBaselineManifest } from '../src/core/compare/index.ts';
import { openSink } from '../src/core/sink/index.ts';
import { UserError } from '../src/core/types.ts';
import type { ManifestRow } from '../src/core/types.ts';
import { openZipReader, ZipReadError } from '../src/util/zip-read.ts';
import type { ZipLimits } from '../src/util/zip-read.ts';
import { readZip } from './helpers/zip.ts';

async function tempDir(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'framecap-reader-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

interface HandEntry {
  name: string;
  data: Buffer;
  /** Deflate the data (method 8) instead of storing it. */
  deflate?: boolean;
  /** What the directory claims the unpacked size is (default: the truth). */
  claimedSize?: number;
}

/** A ZIP written byte by byte: local headers, data, central directory, end record. No checks at all, on purpose. */
function handMadeZip(entries: HandEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.deflate ? zlib.deflateRawSync(e.data) : e.data;
    const crc = zlib.crc32(e.data) >>> 0;
    const size = e.claimedSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, body);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(e.deflate ? 8 : 0, 10);
    dir.writeUInt16LE(0x21, 14);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

const LIMITS: ZipLimits = { maxEntries: 10, maxEntryBytes: 1_000, maxTotalBytes: 5_000 };

async function zipFile(dir: string, name: string, entries: HandEntry[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, handMadeZip(entries));
  return path;
}

const bytes = (n: number, fill = 7): Buffer => Buffer.alloc(n, fill);

test('the hand-made ZIP is a real ZIP: the independent reader reads it back', async (t) => {
  const dir = await tempDir(t);
  const path = await zipFile(dir, 'plain.zip', [{ name: 'a.png', data: bytes(10) }, { name: 'b/c.txt', data: Buffer.from('hello'), deflate: true }]);
  const back = await readZip(path);
  assert.deepEqual(back.map((e) => [e.name, e.data.toString('hex'), e.compressionMethod]), [['a.png', bytes(10).toString('hex'), 0], ['b/c.txt', Buffer.from('hello').toString('hex'), 8]]);
  const zip = await openZipReader(path, LIMITS);
  try {
    assert.deepEqual(zip.names(), ['a.png', 'b/c.txt']);
    assert.deepEqual(zip.entries().map((e) => [e.name, e.size, e.compressionMethod]), [['a.png', 10, 0], ['b/c.txt', 5, 8]]);
    assert.equal((await zip.read('b/c.txt')).toString(), 'hello');
    const streamed: Buffer[] = [];
    for await (const chunk of await zip.stream('a.png')) streamed.push(chunk as Buffer);
    assert.ok(Buffer.concat(streamed).equals(bytes(10)));
    await assert.rejects(zip.read('missing.png'), (e: Error) => e instanceof ZipReadError && /missing\.png is not in the ZIP/.test(e.message));
  } finally {
    zip.close();
  }
});

test('an entry bigger than the cap is refused, by what the directory says and by what the data turns out to be', async (t) => {
  const dir = await tempDir(t);
  const path = await zipFile(dir, 'big.zip', [
    { name: 'small.png', data: bytes(1_000) },
    { name: 'big.png', data: bytes(1_001) },
    // A deflated entry whose directory says 100 bytes but that unpacks to 900 KB: a small ZIP bomb.
    { name: 'bomb.png', data: bytes(900_000, 0), deflate: true, claimedSize: 100 },
  ]);
  const zip = await openZipReader(path, { ...LIMITS, maxTotalBytes: 1_000_000 });
  try {
    assert.equal((await zip.read('small.png')).length, 1_000, 'exactly the cap is fine');
    assert.ok(zip.has('big.png'), 'listed, only not readable whole');
    await assert.rejects(zip.read('big.png'), (e: Error) => e instanceof ZipReadError && /big\.png is larger than 1000 bytes \(1001\)/.test(e.message));
    await assert.rejects(zip.stream('big.png'), /larger than 1000 bytes/);
    assert.equal((await zip.read('big.png', 2_000)).length, 1_001, 'a caller may allow more for one read');
    await assert.rejects(zip.read('bomb.png'), (e: Error) => e instanceof ZipReadError && /bomb\.png/.test(e.message), 'more bytes than declared');
  } finally {
    zip.close();
  }

  // The opener reads a framecap output with the same reader: its read() takes a cap too.
  const sinkPath = join(dir, 'out.zip');
  const sink = await openSink(sinkPath);
  await sink.add('page.png', bytes(5_000));
  await sink.add('manifest.json', Buffer.from(JSON.stringify(manifestOf([okRow('https://e.example/', 'page.png', bytes(5_000))]))));
  await sink.close();
  const output = await openOutput(sinkPath);
  try {
    assert.equal((await output.read('page.png')).length, 5_000);
    await assert.rejects(output.read('page.png', 4_999), (e: Error) => e instanceof UserError && /out\.zip: page\.png is larger than 4999 bytes/.test(e.message));
  } finally {
    await output.close();
  }
});

test('too many entries, or too many bytes in all, and the ZIP is not opened', async (t) => {
  const dir = await tempDir(t);
  const many = await zipFile(dir, 'many.zip', Array.from({ length: 11 }, (_, i) => ({ name: `p${i}.png`, data: bytes(1) })));
  await assert.rejects(openZipReader(many, LIMITS), (e: Error) => e instanceof ZipReadError && /11 entries, more than the 10/.test(e.message));
  const ten = await zipFile(dir, 'ten.zip', Array.from({ length: 10 }, (_, i) => ({ name: `p${i}.png`, data: bytes(1) })));
  const zip = await openZipReader(ten, LIMITS);
  assert.equal(zip.names().length, 10);
  zip.close();

  const heavy = await zipFile(dir, 'heavy.zip', Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.png`, data: bytes(1_000) })));
  await assert.rejects(openZipReader(heavy, LIMITS), (e: Error) => e instanceof ZipReadError && /more than 5000 bytes/.test(e.message));

  // Through the opener, a user error that names the file.
  await assert.rejects(openOutput(join(dir, 'nope.zip')), (e: Error) => e instanceof UserError && /cannot read .*nope\.zip: no such file/.test(e.message));
});

test('names: "../x", an absolute name and a backslash refuse the whole ZIP; other unsafe names and repeats are skipped, never read', async (t) => {
  const dir = await tempDir(t);
  for (const [file, name, why] of [
    ['dotdot.zip', '../x.png', /invalid relative path/],
    ['deep.zip', 'a/../../x.png', /invalid relative path/],
    ['abs.zip', '/etc/x.png', /absolute path/],
    ['drive.zip', 'C:/x.png', /absolute path/],
    ['backslash.zip', 'a\\b.png', /invalid characters/],
  ] as const) {
    const path = await zipFile(dir, file, [{ name: 'ok.png', data: bytes(3) }, { name, data: bytes(3) }]);
    await assert.rejects(openZipReader(path, LIMITS), (e: Error) => e instanceof ZipReadError && why.test(e.message), name);
    await assert.rejects(openOutput(path), (e: Error) => e instanceof UserError && /is not a readable ZIP/.test(e.message), name);
  }

  const path = await zipFile(dir, 'odd.zip', [
    { name: 'ok.png', data: Buffer.from('first') },
    { name: 'a//b.png', data: bytes(3) },
    { name: './c.png', data: bytes(3) },
    { name: 'de:f.png', data: bytes(3) },
    { name: 'ctl\u0001.png', data: bytes(3) },
    { name: 'ok.png', data: Buffer.from('second') },
    { name: 'folder/', data: Buffer.alloc(0) },
  ]);
  const zip = await openZipReader(path, LIMITS);
  try {
    assert.deepEqual(zip.names(), ['ok.png'], 'folders are not files; unsafe names are left out');
    assert.deepEqual(zip.skipped.map((s) => s.name), ['a//b.png', './c.png', 'de:f.png', 'ctl\u0001.png', 'ok.png']);
    assert.match(zip.skipped[0]!.problem, /empty path segment/);
    assert.match(zip.skipped[4]!.problem, /second entry/);
    assert.equal((await zip.read('ok.png')).toString(), 'first', 'the first of a repeated name wins');
    for (const bad of ['a//b.png', './c.png', 'de:f.png', 'ctl\u0001.png', '../x.png']) {
      assert.equal(zip.has(bad), false, bad);
      await assert.rejects(zip.read(bad), /is not in the ZIP/, bad);
    }
  } finally {
    zip.close();
  }
});

// ─── the opener: folders, links, manifests ──────────────────────────────

const SETTINGS: ManifestSettings = {
  viewport: '1280x800', scale: 1, full_page: false, wait_until: 'load', color_scheme: 'light', device: 'none', theme: 'light',
  background: 'midnight', format: 'png', quality: 90, concurrency: 2, header_names: [], cookie_names: [], browser: 'Chromium 1',
};

function okRow(url: string, file: string, data: Buffer): ManifestRow {
  return { url, final_url: url, http_status: 200, status: 'ok', file, width: 8, height: 8, format: 'png', bytes: data.length,
    sha256: createHash('sha256').update(data).digest('hex'), duration_ms: 10, attempts: 1, error: null };
}

function manifestOf(rows: ManifestRow[]) {
  const job = newJob('batch');
  job.status = 'completed';
  job.progress = { total: rows.length, completed: rows.length, failed: 0, percentage: 100 };
  return buildManifest(job, SETTINGS, [], rows);
}

test('a folder output: links that stay inside are followed, links that lead out are refused and never listed', async (t) => {
  const dir = await tempDir(t);
  const outside = join(dir, 'secret');
  await mkdir(outside);
  await writeFile(join(outside, 'secret.png'), 'not for you');
  const root = join(dir, 'out');
  const sink = await openSink(root);
  const page = bytes(20, 1);
  const other = bytes(20, 2);
  await sink.add('page.png', page);
  await sink.add('docs/other.png', other);
  await sink.add('manifest.json', Buffer.from(JSON.stringify(manifestOf([okRow('https://e.example/', 'page.png', page)]))));
  await sink.close();
  await symlink(join(outside, 'secret.png'), join(root, 'escape.png'));
  await symlink(outside, join(root, 'escape-dir'));
  await symlink(join(root, 'docs', 'other.png'), join(root, 'inside.png'));
  await symlink('../page.png', join(root, 'docs', 'relative.png'));

  const output = await openOutput(root);
  try {
    assert.equal(output.kind, 'dir');
    assert.deepEqual(output.names().sort(), ['docs/other.png', 'docs/relative.png', 'inside.png', 'manifest.json', 'page.png']);
    assert.deepEqual(output.skipped.map((s) => [s.name, s.problem]).sort(), [['escape-dir', 'a link that leads out of the folder'], ['escape.png', 'a link that leads out of the folder']]);
    assert.ok((await output.read('inside.png')).equals(other), 'a link inside the folder is followed');
    assert.ok((await output.read('docs/relative.png')).equals(page));
    for (const bad of ['escape.png', 'escape-dir/secret.png', '../secret/secret.png', 'docs//other.png']) {
      assert.equal(await output.has(bad), false, bad);
      await assert.rejects(output.read(bad), (e: Error) => e instanceof UserError && !e.message.includes('not for you'), bad);
    }
  } finally {
    await output.close();
  }

  // Merging that folder copies what is inside and says what it left out.
  const warnings: string[] = [];
  const merged = await mergeOutputs([root], join(dir, 'merged.zip'), { warn: (m) => warnings.push(m) });
  const entries = await readZip(join(dir, 'merged.zip'));
  assert.ok(!entries.some((e) => e.data.toString() === 'not for you'), 'nothing from outside the folder');
  assert.ok(entries.find((e) => e.name === 'inside.png')?.data.equals(other));
  assert.equal(merged.manifest.captures.length, 1);
  assert.ok(warnings.some((w) => /skipped "escape\.png": a link that leads out of the folder/.test(w)), warnings.join('\n'));

  // A manifest.json that is itself a link out of the folder is refused too.
  const hollow = join(dir, 'hollow');
  await mkdir(hollow);
  await writeFile(join(outside, 'manifest.json'), JSON.stringify(manifestOf([])));
  await symlink(join(outside, 'manifest.json'), join(hollow, 'manifest.json'));
  await assert.rejects(openOutput(hollow), (e: Error) => e instanceof UserError && /has no manifest\.json/.test(e.message));
});

test('one manifest check: a baseline keeps the rows that checked out, a merge takes only a manifest without faults', async () => {
  const data = bytes(8);
  const good = okRow('https://e.example/a', 'a.png', data);
  const doc = { ...manifestOf([good, { ...good, url: 'https://e.example/b', file: 'b.png', sha256: 'not-a-hash' }]) };
  const text = JSON.stringify(doc);

  const checked = checkManifest(text, 'x.zip');
  assert.deepEqual(checked.faults, ['captures[1].sha256 is not valid']);
  assert.equal(checked.captures[1]!.sha256, null, 'the bad field is left out, the row kept');
  assert.deepEqual(checked.captures[0], good, 'a good row is copied whole');
  assert.throws(() => completeManifest(checked, 'x.zip'), (e: Error) => e instanceof UserError && /x\.zip: manifest\.json is not a framecap manifest \(captures\[1\]\.sha256 is not valid\)/.test(e.message));

  const baseline = parseBaselineManifest(text, 'x.zip');
  assert.deepEqual([...baseline.rows.keys()], ['https://e.example/a', 'https://e.example/b']);
  assert.equal(baseline.dropped, 0);

  const clean = completeManifest(checkManifest(JSON.stringify(manifestOf([good])), 'y.zip'), 'y.zip');
  assert.deepEqual(clean.captures, [good]);
  assert.deepEqual(clean.settings, SETTINGS);
  // A single capture's job carries its result, checked and copied whole.
  const single = manifestOf([good]);
  single.job.type = 'capture';
  single.job.result = { id: 'cap_1', url: 'a.png', page_url: good.url, width: 8, height: 8, format: 'png' };
  assert.deepEqual(completeManifest(checkManifest(JSON.stringify(single), 's.zip'), 's.zip').job, single.job);
  single.job.result = { ...single.job.result, width: -1 };
  assert.throws(() => completeManifest(checkManifest(JSON.stringify(single), 's.zip'), 's.zip'), /job\.result is not valid/);
  // Fields that are no part of a manifest are not copied on.
  const extra = checkManifest(JSON.stringify({ ...manifestOf([{ ...good, evil: 1 } as ManifestRow]), evil: 2 }), 'z.zip');
  assert.equal((extra.captures[0] as unknown as Record<string, unknown>).evil, undefined);
});
