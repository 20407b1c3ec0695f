// Results in S3-compatible storage, through the real AWS SDK against a real
// S3 API server on 127.0.0.1 (s3rver, test/helpers/s3.ts): multipart upload
// of a ZIP larger than a part, presigned URLs, ranges, deletes; both
// backends behind one ResultStorage; then an API server and a render worker
// that share only Redis and the bucket, not a folder.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Redis } from 'ioredis';
import { JobsClient } from '../src/client/jobs-client.ts';
import { openSink } from '../src/core/sink/index.ts';
import { createServer, startWorker } from '../src/server/index.ts';
import type { FramecapServer, FramecapWorker, JobRecord } from '../src/server/index.ts';
import { DiskResultStorage, RangeNotSatisfiable, openResultStorage } from '../src/server/storage.ts';
import type { ResultStorage } from '../src/server/storage.ts';
import { MIN_PART_SIZE, S3ResultStorage, parseS3Url } from '../src/server/storage-s3.ts';
import { startRedis } from './helpers/redis.ts';
import type { TestRedis } from './helpers/redis.ts';
import { childEnv, cliArgs } from './helpers/run.ts';
import { startS3 } from './helpers/s3.ts';
import type { TestS3 } from './helpers/s3.ts';
import { startExampleSite } from './helpers/site.ts';
import type { ExampleSite } from './helpers/site.ts';
import { readZip } from './helpers/zip.ts';

const KEY = 's3-storage-key-0123456789abcdef0123';
const FAST = { device: 'none', viewport: '400x300', retries: 0 } as const;
const LOOPBACK = ['127.0.0.1'];

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

test('openResultStorage: the folder by default; a bucket for s3://, checked at once; anything else refused', async () => {
  const dataDir = await tempDir();
  assert.ok((await openResultStorage(undefined, dataDir)) instanceof DiskResultStorage);
  await assert.rejects(openResultStorage('gs://shots/fc', dataDir), /--storage must be an S3 URL such as s3:\/\/my-bucket\/framecap/);
  await assert.rejects(openResultStorage('/mnt/results', dataDir), /leave it out to keep results in --data-dir/);
  const s3 = await startS3();
  try {
    const before = s3.requests.length;
    const storage = await openResultStorage(`s3://${s3.bucket}/fc`, dataDir, { forcePathStyle: true, client: s3.client });
    assert.equal(storage.describe(), `s3://${s3.bucket}/fc`);
    // The start-up check wrote, read and deleted one object, and left nothing behind.
    assert.deepEqual(s3.requests.slice(before).map((r) => r.replace(/probe\/[0-9a-f]+\.txt/, 'probe/…')),
      ['PUT', 'GET', 'DELETE'].map((m) => `${m} /${s3.bucket}/fc/probe/…`));
    assert.deepEqual(await s3.keys(), []);
    await storage.close?.();
    // A bucket that is not there stops the server or worker at start, with what to check.
    await assert.rejects(openResultStorage('s3://not-this-bucket/fc', dataDir, { forcePathStyle: true, client: s3.client }),
      /the results storage does not work: cannot store s3:\/\/not-this-bucket\/fc\/probe\/[0-9a-f]+\.txt: NoSuchBucket: .*check the bucket, AWS_REGION, AWS_ENDPOINT_URL_S3/);
  } finally {
    await s3.stop();
  }
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

describe('an API server and a render worker that share only Redis and a bucket', () => {
  let redis: TestRedis;
  let site: ExampleSite;
  let s3: TestS3;
  let serverDir: string;
  let workerDir: string;
  let server: FramecapServer;
  let presigning: FramecapServer;
  let worker: FramecapWorker;
  let origin: string;
  let presignOrigin: string;
  let client: JobsClient;
  let peek: Redis;
  const auth = { authorization: `Bearer ${KEY}` };

  before(async () => {
    redis = await startRedis();
    site = await startExampleSite();
    s3 = await startS3();
    serverDir = await tempDir('framecap-s3-api-');
    workerDir = await tempDir('framecap-s3-worker-');
    const storage = { storage: `s3://${s3.bucket}/fc`, s3: { forcePathStyle: true, client: s3.client } };
    // Two hours: the presigned URLs' own one-hour cap applies, not the remaining lifetime.
    const common = { apiKeys: [KEY], port: 0, redis: redis.url, resultTtlMs: 2 * 60 * 60_000, allowHosts: LOOPBACK, ...storage };
    server = await createServer({ dataDir: serverDir, ...common });
    origin = await server.start();
    // A second API server on the same Redis and bucket, handing out presigned URLs instead of streaming.
    presigning = await createServer({ dataDir: await tempDir('framecap-s3-api2-'), ...common, download: 'presign' });
    presignOrigin = await presigning.start();
    // The worker's own, empty folder: scratch space only.
    worker = await startWorker({ redis: redis.url, dataDir: workerDir, ...storage, concurrency: 1, pageConcurrency: 2, allowHosts: LOOPBACK, stalledIntervalMs: 1_000, lockDurationMs: 5_000 });
    client = new JobsClient({ apiUrl: origin, apiKey: KEY, pollIntervalMs: 100, maxPollIntervalMs: 300 });
    peek = new Redis(redis.url);
  });
  after(async () => {
    await worker?.close();
    await presigning?.close();
    await server?.close();
    peek?.disconnect();
    await s3?.stop();
    await site?.close();
    await redis?.stop();
  });

  /** Pretends the result's lifetime is `msFromNow` from now, in the Job document every API server reads. */
  async function setExpiry(jobId: string, msFromNow: number): Promise<void> {
    const record = JSON.parse((await peek.get(`framecap:job:${jobId}`))!) as JobRecord;
    record.job.expires_at = new Date(Date.now() + msFromNow).toISOString();
    await peek.set(`framecap:job:${jobId}`, JSON.stringify(record));
  }

  test('a batch rendered by the worker is in the bucket; the API servers stream it, ranges of it, or redirect to it; expiry deletes it', async () => {
    const urls = [`${site.origin}/`, `${site.origin}/about.html`, `${site.origin}/pricing.html`];
    const submitted = await client.submitBatch({ urls, ...FAST });
    const job = await client.waitFor(submitted.job_id, { pollTimeoutMs: 60_000 });
    assert.equal(job.status, 'completed', job.error ?? '');
    const key = `fc/${job.id}.zip`;
    assert.ok((await s3.keys()).includes(key), 'the ZIP is in the bucket, under the prefix');
    const object = await s3.bytes(key);

    // Nothing went through a folder: the API server has no results, the worker left only its emptied scratch.
    assert.ok(!(await readdir(serverDir)).includes('results'));
    const scratch = await readdir(workerDir);
    assert.equal(scratch.length, 1);
    assert.match(scratch[0]!, /^framecap-worker-/);
    assert.deepEqual(await readdir(join(workerDir, scratch[0]!)), []);

    // Proxy: the bytes of the object, through the API server.
    const res = await fetch(`${origin}/v1/jobs/${job.id}/download`, { headers: auth });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-length'), String(object.length));
    assert.equal(res.headers.get('accept-ranges'), 'bytes');
    const body = Buffer.from(await res.arrayBuffer());
    assert.ok(body.equals(object), 'the download is the object');
    const zipPath = join(serverDir, 'dl.zip');
    await client.download(job.id, zipPath);
    const entries = await readZip(zipPath);
    assert.equal(entries.filter((e) => e.name.endsWith('.png')).length, 3);
    assert.deepEqual(JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8')).captures.map((r: { url: string }) => r.url), urls);

    // Ranges: resuming a cut-off download.
    const part = await fetch(`${origin}/v1/jobs/${job.id}/download`, { headers: { ...auth, range: 'bytes=100-4195' } });
    assert.equal(part.status, 206);
    assert.equal(part.headers.get('content-range'), `bytes 100-4195/${object.length}`);
    assert.ok(Buffer.from(await part.arrayBuffer()).equals(object.subarray(100, 4196)));
    const rest = await fetch(`${origin}/v1/jobs/${job.id}/download`, { headers: { ...auth, range: `bytes=${object.length - 10}-` } });
    assert.equal(rest.status, 206);
    assert.ok(Buffer.from(await rest.arrayBuffer()).equals(object.subarray(object.length - 10)));
    const past = await fetch(`${origin}/v1/jobs/${job.id}/download`, { headers: { ...auth, range: `bytes=${object.length}-` } });
    assert.equal(past.status, 416);
    assert.equal(past.headers.get('content-range'), `bytes */${object.length}`);

    // Presign: a 302 to the bucket; the URL needs no API key and serves the same bytes.
    const redirect = await fetch(`${presignOrigin}/v1/jobs/${job.id}/download`, { headers: auth, redirect: 'manual' });
    assert.equal(redirect.status, 302);
    assert.equal(redirect.headers.get('cache-control'), 'private, no-store');
    const location = new URL(redirect.headers.get('location')!);
    assert.equal(location.origin, s3.endpoint);
    assert.equal(location.pathname, `/${s3.bucket}/${key}`);
    assert.equal(location.searchParams.get('X-Amz-Expires'), '3600', 'the one-hour cap, the result living two');
    const direct = await fetch(location);
    assert.equal(direct.status, 200);
    assert.equal(direct.headers.get('content-disposition'), `attachment; filename="${job.id}.zip"`);
    assert.ok(Buffer.from(await direct.arrayBuffer()).equals(object));
    // The client follows it by itself.
    assert.ok(Buffer.from(await (await fetch(`${presignOrigin}/v1/jobs/${job.id}/download`, { headers: auth })).arrayBuffer()).equals(object));

    // A URL never outlives the result: 3 s left, the URL lasts at most 3 s.
    await setExpiry(job.id, 3_000);
    const short = await fetch(`${presignOrigin}/v1/jobs/${job.id}/download`, { headers: auth, redirect: 'manual' });
    assert.equal(short.status, 302);
    const shortUrl = short.headers.get('location')!;
    assert.ok(Number(new URL(shortUrl).searchParams.get('X-Amz-Expires')) <= 3);
    assert.equal((await fetch(shortUrl)).status, 200);
    await new Promise((r) => setTimeout(r, 4_100));
    assert.equal((await fetch(shortUrl)).status, 403, 'the bucket refuses the URL once the result expired');
    for (const o of [origin, presignOrigin]) {
      assert.equal((await fetch(`${o}/v1/jobs/${job.id}/download`, { headers: auth, redirect: 'manual' })).status, 410, o);
    }

    const swept = await server.service.sweep();
    assert.ok(swept.expired >= 1);
    assert.ok(!(await s3.keys()).includes(key), 'expiry deleted the object');
    assert.equal((await fetch(`${origin}/v1/jobs/${job.id}/download`, { headers: auth })).status, 410);
  });

  test('a capture job: the image and the ZIP are objects; /v1/captures streams or redirects; expiry deletes both', async () => {
    const { job } = await client.submitCapture({ url: `${site.origin}/features.html`, async: false, ...FAST });
    assert.ok(job && job.status === 'completed' && job.result, JSON.stringify(job));
    const imageKey = `fc/captures/${job.result.id}.png`;
    const zipKey = `fc/${job.id}.zip`;
    const keys = await s3.keys();
    assert.ok(keys.includes(imageKey) && keys.includes(zipKey), keys.join(', '));
    const png = await s3.bytes(imageKey);
    assert.deepEqual([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');

    const image = await fetch(`${origin}/v1/captures/${job.result.id}.png`, { headers: auth });
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/png');
    assert.ok(Buffer.from(await image.arrayBuffer()).equals(png));

    const redirect = await fetch(`${presignOrigin}/v1/captures/${job.result.id}.png`, { headers: auth, redirect: 'manual' });
    assert.equal(redirect.status, 302);
    const direct = await fetch(redirect.headers.get('location')!);
    assert.equal(direct.headers.get('content-type'), 'image/png');
    assert.equal(direct.headers.get('content-disposition'), `inline; filename="${job.result.id}.png"`);
    assert.ok(Buffer.from(await direct.arrayBuffer()).equals(png));

    await setExpiry(job.id, -1_000);
    assert.equal((await fetch(`${presignOrigin}/v1/captures/${job.result.id}.png`, { headers: auth, redirect: 'manual' })).status, 410);
    assert.equal((await fetch(`${origin}/v1/captures/${job.result.id}.png`, { headers: auth })).status, 410);
    await presigning.service.sweep();
    const left = await s3.keys();
    assert.ok(!left.includes(imageKey) && !left.includes(zipKey), left.join(', '));
  });
});

test('--download presign with results in a folder is refused at start, saying what to add', async () => {
  await assert.rejects(
    createServer({ dataDir: await tempDir(), allowNoAuth: true, port: 0, download: 'presign' }),
    /--download presign needs object storage that can sign URLs \(--storage s3:\/\/bucket\/prefix\)/,
  );
  await assert.rejects(createServer({ dataDir: await tempDir(), allowNoAuth: true, port: 0, download: 'stream' as never }), /--download must be proxy .* or presign/);
});

describe('framecap serve and framecap worker configured for a bucket the SDK\'s way (environment) and by flags', () => {
  let redis: TestRedis;
  let site: ExampleSite;
  let s3: TestS3;
  const children: ChildProcess[] = [];

  before(async () => {
    redis = await startRedis();
    site = await startExampleSite();
    s3 = await startS3();
  });
  after(async () => {
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    }
    await s3?.stop();
    await site?.close();
    await redis?.stop();
  });

  /** Starts the CLI; resolves with the first match of `ready` in its output (and the output so far). */
  function start(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<{ match: RegExpMatchArray; output: () => string }> {
    const child = spawn(process.execPath, cliArgs(args), { env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${ready} in:\n${out}`)), 60_000);
      const onData = (d: Buffer): void => {
        out += d;
        const match = out.match(ready);
        if (match) {
          clearTimeout(timer);
          resolve({ match, output: () => out });
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`framecap ${args[0]} exited (${code}) before ${ready}:\n${out}`));
      });
    });
  }

  test('a worker with its own empty --data-dir completes a batch the API server then hands out', async () => {
    // Only the SDK's standard variables say where the bucket is and who we are.
    const env = childEnv({
      AWS_ENDPOINT_URL_S3: s3.endpoint, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    }, (k) => k.startsWith('AWS_') || k.startsWith('FRAMECAP_'));
    const serve = await start(
      ['serve', '--data-dir', await tempDir(), '--allow-no-auth', '--port', '0', '--redis', redis.url, '--download', 'presign'],
      { ...env, FRAMECAP_STORAGE: `s3://${s3.bucket}/cli`, FRAMECAP_S3_FORCE_PATH_STYLE: '1' },
      /framecap queue server on (http:\/\/127\.0\.0\.1:\d+) \(.*results: s3:\/\/framecap-test\/cli, downloads presigned/,
    );
    const origin = serve.match[1]!;
    const workerDir = await tempDir('framecap-s3-cli-worker-');
    const worker = await start(
      ['worker', '--redis', redis.url, '--storage', `s3://${s3.bucket}/cli`, '--s3-path-style', '--data-dir', workerDir, '--allow-host', '127.0.0.1'],
      env, /worker ready (\{.*\})/,
    );
    const ready = JSON.parse(worker.match[1]!) as { storage: string; workDir: string };
    assert.equal(ready.storage, 's3://framecap-test/cli');
    assert.ok(ready.workDir.startsWith(workerDir), 'scratch space is in the worker\'s own --data-dir');

    const res = await fetch(`${origin}/v1/batch`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ urls: [`${site.origin}/`, `${site.origin}/about.html`], ...FAST }),
    });
    assert.equal(res.status, 202, await res.clone().text());
    const { job_id: id } = (await res.json()) as { job_id: string };
    const client = new JobsClient({ apiUrl: origin, pollIntervalMs: 100, maxPollIntervalMs: 300 });
    const job = await client.waitFor(id, { pollTimeoutMs: 60_000 });
    assert.equal(job.status, 'completed', job.error ?? '');

    const object = await s3.bytes(`cli/${id}.zip`);
    const redirect = await fetch(`${origin}/v1/jobs/${id}/download`, { redirect: 'manual' });
    assert.equal(redirect.status, 302);
    assert.equal(new URL(redirect.headers.get('location')!).origin, s3.endpoint);
    const path = join(workerDir, '..', `${id}.zip`);
    dirs.push(path);
    // The CLI's own download follows the redirect.
    const { bytes } = await client.download(id, path);
    assert.equal(bytes, object.length);
    assert.ok((await readFile(path)).equals(object));
    for (const out of [serve.output(), worker.output()]) assert.ok(!out.includes('S3RVER'), 'no credentials in the output');
  });
});
