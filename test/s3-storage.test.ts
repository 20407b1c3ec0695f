// Results in S3-compatible storage, through the real AWS SDK against a real
// S3 API server on 127.0.0.1 (s3rver, test/helpers/s3.ts): multipart upload
// of a ZIP larger than a part, presigned URLs, ranges, deletes; both
// backends behind one ResultStorage; then an API server and a render worker
// that share only Redis and the bucket, not a folder.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { openSink } from '../src/core/sink/index.ts';
import { DiskResultStorage, RangeNotSatisfiable, openResultStorage } from '../src/server/storage.ts';
import type { ResultStorage } from '../src/server/storage.ts';
import { MIN_PART_SIZE, S3ResultStorage, parseS3Url } from '../src/server/storage-s3.ts';
import { startS3 } from './helpers/s3.ts';
import type { TestS3 } from './helpers/s3.ts';
import { readZip } from './helpers/zip.ts';

const dirs: string[] = [];
async function tempDir(prefix = 'framecap-s3-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A real ZIP from the project's writer, of incompressible entries (stored, as PNGs are): over `bytes` long. */
async function bigZip(bytes: number): Promise<{ path: string; data: Buffer; entries: Map<string, Buffer> }> {
  const path = join(await tempDir(), 'big.zip');
  const sink = await openSink(path);
  const entries = new Map<string, Buffer>();
  for (let i = 0; entries.size * 1024 * 1024 < bytes; i++) {
    const data = randomBytes(1024 * 1024);
    entries.set(`page-${i}.png`, data);
    await sink.add(`page-${i}.png`, data);
  }
  await sink.close();
  return { path, data: await readFile(path), entries };
}

after(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

test('s3:// URLs: bucket and prefix, and errors that say what a good one looks like', () => {
  assert.deepEqual(parseS3Url('s3://shots'), { bucket: 'shots', prefix: '' });
  assert.deepEqual(parseS3Url('s3://shots/'), { bucket: 'shots', prefix: '' });
  assert.deepEqual(parseS3Url('s3://my.shots-1/framecap/results/'), { bucket: 'my.shots-1', prefix: 'framecap/results' });
  assert.throws(() => parseS3Url('s3://Shots/x'), /bucket names are 3-63 lower-case/);
  assert.throws(() => parseS3Url('s3://shots/a//b'), /empty, "\." or "\.\." segment/);
  assert.throws(() => parseS3Url('s3://shots/a/../b'), /segment/);
  assert.throws(() => new S3ResultStorage('s3://shots', { partSizeBytes: MIN_PART_SIZE - 1 }), /at least 5 MiB/);
});

test('openResultStorage: the folder by default, a bucket for s3://, anything else refused', async () => {
  const dataDir = await tempDir();
  assert.ok((await openResultStorage(undefined, dataDir)) instanceof DiskResultStorage);
  const s3 = await openResultStorage('s3://shots/fc', dataDir, { client: { region: 'us-east-1' } });
  assert.equal(s3.describe(), 's3://shots/fc');
  await s3.close?.();
  await assert.rejects(openResultStorage('gs://shots/fc', dataDir), /--storage must be an S3 URL such as s3:\/\/my-bucket\/framecap/);
  await assert.rejects(openResultStorage('/mnt/results', dataDir), /leave it out to keep results in --data-dir/);
});

describe('S3ResultStorage against a real S3 API server', () => {
  let s3: TestS3;
  let storage: S3ResultStorage;

  before(async () => {
    s3 = await startS3();
    storage = new S3ResultStorage(`s3://${s3.bucket}/results/v1`, { forcePathStyle: true, partSizeBytes: MIN_PART_SIZE, client: s3.client });
  });
  after(async () => {
    await storage?.close();
    await s3?.stop();
  });

  test('a ZIP larger than a part goes up in parts (multipart upload), streamed from disk, and comes back byte for byte', async () => {
    const zip = await bigZip(12 * 1024 * 1024);
    const key = 'job_01KNS1WNPW9FCHZSK4XNTHMB0H.zip';
    const before = s3.requests.length;
    const { size } = await storage.put(key, createReadStream(zip.path));
    assert.equal(size, zip.data.length);
    const sent = s3.requests.slice(before);
    const objectPath = `/${s3.bucket}/results/v1/${key}`;
    // 12+ MiB in 5 MiB parts: three UploadPart requests between create and complete, no single PutObject.
    assert.deepEqual(sent.filter((r) => r.startsWith('POST') || r.startsWith('PUT')), [
      `POST ${objectPath}?uploads`,
      ...Array.from({ length: Math.ceil(zip.data.length / MIN_PART_SIZE) }, () => `PUT ${objectPath}?partNumber&uploadId`),
      `POST ${objectPath}?uploadId`,
    ]);
    assert.ok((await s3.keys()).includes(`results/v1/${key}`), 'the object is under the prefix');
    assert.ok((await s3.bytes(`results/v1/${key}`)).equals(zip.data), 'the bucket holds exactly the ZIP');

    const got = await storage.get(key);
    assert.ok(got);
    assert.equal(got.size, zip.data.length);
    assert.equal(got.range, undefined);
    const back = join(await tempDir(), 'back.zip');
    const { pipeline } = await import('node:stream/promises');
    const { createWriteStream } = await import('node:fs');
    await pipeline(got.stream, createWriteStream(back));
    assert.equal((await stat(back)).size, zip.data.length);
    // Read by an independent ZIP reader: every entry intact.
    const entries = await readZip(back);
    assert.equal(entries.length, zip.entries.size);
    for (const e of entries) assert.ok(e.data.equals(zip.entries.get(e.name)!), e.name);
  });

  test('a small result is one PutObject, with the content type its download is served with', async () => {
    const png = await readFile(join('test', 'golden', (await readdir('test/golden')).find((f) => f.endsWith('.png'))!));
    const before = s3.requests.length;
    await storage.put('captures/cap_01KNS1WNPW9FCHZSK4XNTHMB0H.png', Readable.from([png]));
    assert.deepEqual(s3.requests.slice(before), [`PUT /${s3.bucket}/results/v1/captures/cap_01KNS1WNPW9FCHZSK4XNTHMB0H.png`]);
    const url = await storage.presign('captures/cap_01KNS1WNPW9FCHZSK4XNTHMB0H.png', { expiresInSeconds: 60, filename: 'x.png', contentType: 'image/png', disposition: 'inline' });
    const res = await fetch(url);
    assert.equal(res.headers.get('content-type'), 'image/png');
    assert.ok(Buffer.from(await res.arrayBuffer()).equals(png));
  });

  test('a presigned URL serves the bytes without credentials, under the given name, until it expires', async () => {
    const data = randomBytes(300_000);
    await storage.put('job_01KNS1WNPW9FCHZSK4XNTHMB0J.zip', Readable.from([data]));
    const url = await storage.presign('job_01KNS1WNPW9FCHZSK4XNTHMB0J.zip', {
      expiresInSeconds: 2, filename: 'job_01KNS1WNPW9FCHZSK4XNTHMB0J.zip', contentType: 'application/zip', disposition: 'attachment',
    });
    const signed = new URL(url);
    assert.equal(signed.origin, s3.endpoint);
    assert.equal(signed.pathname, `/${s3.bucket}/results/v1/job_01KNS1WNPW9FCHZSK4XNTHMB0J.zip`);
    assert.equal(signed.searchParams.get('X-Amz-Expires'), '2');
    const res = await fetch(url);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-disposition'), 'attachment; filename="job_01KNS1WNPW9FCHZSK4XNTHMB0J.zip"');
    assert.equal(res.headers.get('content-type'), 'application/zip');
    assert.ok(Buffer.from(await res.arrayBuffer()).equals(data));
    await new Promise((r) => setTimeout(r, 3_100));
    const late = await fetch(url);
    assert.equal(late.status, 403);
    assert.match(await late.text(), /Request has expired/);
  });

  test('an upload whose source fails leaves no object behind', async () => {
    const failing = new Readable({
      read() {
        this.push(randomBytes(MIN_PART_SIZE + 1000));
        this.destroy(new Error('disk read failed'));
      },
    });
    await assert.rejects(storage.put('job_01KNS1WNPW9FCHZSK4XNTHMB0K.zip', failing), /disk read failed|cannot store/);
    assert.ok(!(await s3.keys()).includes('results/v1/job_01KNS1WNPW9FCHZSK4XNTHMB0K.zip'));
  });

  test('errors name the object and what to check; a wrong bucket is not a missing result', async () => {
    const wrong = new S3ResultStorage('s3://no-such-bucket/x', { forcePathStyle: true, client: s3.client });
    try {
      await assert.rejects(wrong.put('job_01KNS1WNPW9FCHZSK4XNTHMB0M.zip', Readable.from([Buffer.from('zip')])),
        /cannot store s3:\/\/no-such-bucket\/x\/job_01KNS1WNPW9FCHZSK4XNTHMB0M\.zip: NoSuchBucket: .*check the bucket, AWS_REGION, AWS_ENDPOINT_URL_S3/);
      await assert.rejects(wrong.get('job_01KNS1WNPW9FCHZSK4XNTHMB0M.zip'), /cannot read s3:\/\/no-such-bucket/);
    } finally {
      await wrong.close();
    }
    assert.throws(() => storage.objectKey('../escape.zip'), /invalid storage key/);
  });
});

// The same behaviour from both backends: nothing above the interface can tell them apart.
describe('ResultStorage contract: folder and bucket', () => {
  let s3: TestS3;
  const backends: Array<{ name: string; storage: ResultStorage }> = [];

  before(async () => {
    s3 = await startS3();
    backends.push({ name: 'folder', storage: new DiskResultStorage(await tempDir()) });
    backends.push({ name: 'bucket', storage: new S3ResultStorage(`s3://${s3.bucket}`, { forcePathStyle: true, client: s3.client }) });
  });
  after(async () => {
    for (const b of backends) await b.storage.close?.();
    await s3?.stop();
  });

  test('put, get, ranges, replace, delete', async () => {
    const data = randomBytes(10_000);
    for (const { name, storage } of backends) {
      const key = 'job_01KNS1WNPW9FCHZSK4XNTHMB0N.zip';
      assert.equal(await storage.get(key), null, `${name}: nothing before put`);
      assert.deepEqual(await storage.put(key, Readable.from([data.subarray(0, 4000), data.subarray(4000)])), { size: data.length }, name);

      const whole = await storage.get(key);
      assert.ok(whole);
      assert.equal(whole.size, data.length);
      assert.ok((await readAll(whole.stream)).equals(data), `${name}: whole`);

      const middle = await storage.get(key, { start: 100, end: 1099 });
      assert.ok(middle);
      assert.deepEqual([middle.size, middle.range], [data.length, { start: 100, end: 1099 }], name);
      assert.ok((await readAll(middle.stream)).equals(data.subarray(100, 1100)), `${name}: middle`);

      const tail = await storage.get(key, { start: 9_000 });
      assert.deepEqual(tail?.range, { start: 9_000, end: 9_999 }, name);
      assert.ok((await readAll(tail!.stream)).equals(data.subarray(9_000)), `${name}: open-ended`);

      const last = await storage.get(key, { suffix: 500 });
      assert.deepEqual(last?.range, { start: 9_500, end: 9_999 }, name);
      assert.ok((await readAll(last!.stream)).equals(data.subarray(9_500)), `${name}: suffix`);

      const past = await storage.get(key, { start: 9_990, end: 20_000 });
      assert.deepEqual(past?.range, { start: 9_990, end: 9_999 }, `${name}: an end past the object is cut to it`);
      await readAll(past!.stream);

      await assert.rejects(storage.get(key, { start: 10_000 }), (err: unknown) => err instanceof RangeNotSatisfiable && err.size === data.length, name);

      await storage.put(key, Readable.from([Buffer.from('newer')]));
      assert.equal((await readAll((await storage.get(key))!.stream)).toString(), 'newer', `${name}: replaced`);

      await storage.delete(key);
      assert.equal(await storage.get(key), null, `${name}: deleted`);
      await storage.delete(key);
      await assert.rejects(storage.put('../x.zip', Readable.from([data])), /invalid storage key/, name);
    }
    assert.deepEqual(await s3.keys(), []);
    assert.equal(typeof backends[0]!.storage.presign, 'undefined', 'a folder hands out no URLs');
  });
});
