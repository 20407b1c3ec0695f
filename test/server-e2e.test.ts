// The queue server end to end: a real server on 127.0.0.1:0 with a temp data
// folder, the example site, real Chromium; jobs submitted with the client
// and with plain fetch (the way curl would), polled, downloaded, checked.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { Webhook } from 'standardwebhooks';
import { JobsClient } from '../src/client/jobs-client.ts';
import type { Job } from '../src/core/job.ts';
import { createServer } from '../src/server/index.ts';
import type { FramecapServer } from '../src/server/index.ts';
import { startExampleSite } from './helpers/site.ts';
import type { ExampleSite } from './helpers/site.ts';
import { readZip } from './helpers/zip.ts';
import { until } from './helpers/until.ts';
import { cancelWaitingThenRunning } from './helpers/cancel.ts';
import { startReceiver } from './helpers/receiver.ts';
import type { Receiver } from './helpers/receiver.ts';

const KEY = 'e2e-key-0123456789abcdef01234567';
const SECRET = `whsec_${randomBytes(24).toString('base64')}`;
const FAST = { device: 'none', viewport: '400x300', retries: 0 } as const;
/** The test sites and webhook receivers live on 127.0.0.1, which the egress guard refuses by default. */
const LOOPBACK = ['127.0.0.1'];
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);


const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'framecap-server-e2e-'));
  dirs.push(dir);
  return dir;
}

describe('queue server end to end', () => {
  let site: ExampleSite;
  let server: FramecapServer;
  let origin: string;
  let client: JobsClient;
  let receiver: Receiver;
  const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

  before(async () => {
    site = await startExampleSite();
    receiver = await startReceiver();
    server = await createServer({ dataDir: await tempDir(), apiKeys: [KEY], port: 0, pageConcurrency: 2, webhookSecret: SECRET, allowHosts: LOOPBACK });
    origin = await server.start();
    client = new JobsClient({ apiUrl: origin, apiKey: KEY, pollIntervalMs: 100, maxPollIntervalMs: 300 });
  });
  after(async () => {
    await server?.close();
    await site?.close();
    await receiver?.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  test('/readyz is 200 once started', async () => {
    const res = await fetch(`${origin}/readyz`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { status: string }).status, 'ok');
  });

  test('a batch through the client completes; its ZIP holds every capture and the manifest', async () => {
    const urls = [`${site.origin}/`, `${site.origin}/about.html`];
    const submitted = await client.submitBatch({ urls, ...FAST });
    assert.equal(submitted.status, 'pending');
    const seen: number[] = [];
    const job = await client.waitFor(submitted.job_id, { pollTimeoutMs: 30_000, onProgress: (j) => seen.push(j.progress.percentage) });
    assert.equal(job.status, 'completed', job.error ?? '');
    assert.deepEqual(job.progress, { total: 2, completed: 2, failed: 0, percentage: 100 });
    assert.equal(job.download_url, `/v1/jobs/${job.id}/download`);
    assert.ok(job.started_at && job.completed_at && job.expires_at);
    const ttl = Date.parse(job.expires_at) - Date.parse(job.completed_at);
    assert.equal(ttl, 24 * 60 * 60 * 1000);
    assert.equal(seen.at(-1), 100);

    const zipPath = join(await tempDir(), 'out', 'batch.zip');
    const { bytes } = await client.download(job.id, zipPath);
    assert.ok(bytes > 1000);
    const entries = await readZip(zipPath);
    const names = entries.map((e) => e.name).sort();
    assert.equal(names.length, 4, names.join(', '));
    assert.ok(names.includes('manifest.json'));
    assert.ok(names.includes('index.html'), 'the gallery');
    for (const e of entries.filter((x) => x.name.endsWith('.png'))) {
      assert.deepEqual(e.data.subarray(0, 4), PNG);
      assert.equal((await sharp(e.data).metadata()).width, 400);
    }
    const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
    assert.deepEqual(manifest.captures.map((r: { url: string }) => r.url), urls);
    assert.ok(manifest.captures.every((r: { status: string }) => r.status === 'ok'));
  });

  test('a batch with video: scroll: the ZIP holds each framed video and its poster, the rows say kind video; past the duration cap is a 400 naming the field', async () => {
    const url = `${site.origin}/docs/install.html`;
    const submitted = await client.submitBatch({ urls: [url], ...FAST, video: 'scroll', video_format: 'webp', video_duration: 1.5, video_fps: 6 } as Parameters<JobsClient['submitBatch']>[0]);
    const job = await client.waitFor(submitted.job_id, { pollTimeoutMs: 60_000 });
    assert.equal(job.status, 'completed', job.error ?? '');
    const zipPath = join(await tempDir(), 'video.zip');
    await client.download(job.id, zipPath);
    const entries = new Map((await readZip(zipPath)).map((e) => [e.name, e.data]));
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    const row = manifest.captures[0];
    assert.deepEqual([row.kind, row.format, row.fps, row.frames, row.video_duration_ms], ['video', 'webp', 6, 9, 1500]);
    const meta = await sharp(entries.get(row.file)!, { pages: -1 }).metadata();
    assert.equal(meta.format, 'webp');
    assert.ok((meta.pages ?? 0) > 1, `an animated WebP: ${meta.pages} frames`);
    assert.equal(meta.width, 400);
    assert.deepEqual(entries.get(row.poster)!.subarray(0, 4), PNG, 'the poster is in the ZIP');

    const tooLong = await fetch(`${origin}/v1/batch`, { method: 'POST', headers, body: JSON.stringify({ urls: [url], video: 'scroll', video_duration: 600 }) });
    assert.equal(tooLong.status, 400);
    assert.match(await tooLong.text(), /video_duration/);
  });

  test('a batch the way curl sends it (plain fetch): one URL 404s → partial, signed webhook delivered', async () => {
    const res = await fetch(`${origin}/v1/batch`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ urls: [`${site.origin}/pricing.html`, `${site.origin}/missing-page.html`], ...FAST, callback_url: receiver.url }),
    });
    assert.equal(res.status, 202);
    const { job_id: id } = (await res.json()) as { job_id: string };
    const job = await until('the job to end', async () => {
      const j = (await (await fetch(`${origin}/v1/jobs/${id}`, { headers })).json()) as Job;
      return ['completed', 'partial', 'failed'].includes(j.status) ? j : null;
    });
    assert.equal(job.status, 'partial');
    assert.deepEqual(job.progress, { total: 2, completed: 1, failed: 1, percentage: 100 });
    assert.equal(job.webhook_url, receiver.url);

    const download = await fetch(`${origin}${job.download_url}`, { headers });
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'application/zip');
    assert.match(download.headers.get('content-disposition') ?? '', new RegExp(`attachment; filename="${id}\\.zip"`));
    const zipPath = join(await tempDir(), 'partial.zip');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(zipPath, Buffer.from(await download.arrayBuffer()));
    const entries = await readZip(zipPath);
    const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
    const failedRow = manifest.captures.find((r: { status: string }) => r.status === 'failed');
    assert.equal(failedRow.url, `${site.origin}/missing-page.html`);
    assert.equal(failedRow.http_status, 404);
    assert.equal(entries.filter((e) => e.name.endsWith('.png')).length, 1);

    const delivered = await until('the webhook status', async () => {
      const j = (await (await fetch(`${origin}/v1/jobs/${id}`, { headers })).json()) as Job;
      return j.webhook_status === 'delivered' ? j : null;
    });
    assert.equal(delivered.webhook_status, 'delivered');
    const hook = receiver.received.find((r) => JSON.parse(r.body).job_id === id);
    assert.ok(hook, 'the receiver got the job\'s webhook');
    new Webhook(SECRET).verify(hook.body, hook.headers as Record<string, string>);
    const payload = JSON.parse(hook.body);
    assert.equal(payload.event, 'job.partial');
    assert.equal(payload.status, 'partial');
    assert.deepEqual(payload.failures.map((f: { url: string }) => f.url), [`${site.origin}/missing-page.html`]);
  });

  test('a job whose URLs all fail ends failed, and has nothing to download (409)', async () => {
    const { job_id: id } = await client.submitBatch({ urls: [`${site.origin}/nope-1.html`, `${site.origin}/__test/status/404`], ...FAST });
    const job = await client.waitFor(id, { pollTimeoutMs: 30_000 });
    assert.equal(job.status, 'failed');
    assert.match(job.error ?? '', /all 2 pages failed/);
    assert.equal(job.download_url, null);
    const res = await fetch(`${origin}/v1/jobs/${id}/download`, { headers });
    assert.equal(res.status, 409);
    await assert.rejects(client.download(id, join(await tempDir(), 'x.zip')), /no results to download/);
  });

  test('a sitemap job keeps only URLs matching include_pattern (full URL), minus exclude_pattern, up to max_pages', async () => {
    const res = await fetch(`${origin}/v1/sitemap`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        sitemap_url: `${site.origin}/sitemap.xml`,
        include_pattern: '^http://127\\.0\\.0\\.1:\\d+/(blog|docs)/.+\\.html$',
        exclude_pattern: 'eight-times',
        max_pages: 3,
        ...FAST,
      }),
    });
    assert.equal(res.status, 202, await res.clone().text());
    const { job_id: id } = (await res.json()) as { job_id: string };
    const job = await client.waitFor(id, { pollTimeoutMs: 40_000 });
    assert.equal(job.type, 'sitemap');
    assert.equal(job.status, 'completed', job.error ?? '');
    assert.equal(job.progress.total, 3);
    const zipPath = join(await tempDir(), 'sitemap.zip');
    await client.download(id, zipPath);
    const manifest = JSON.parse((await readZip(zipPath)).find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
    const urls: string[] = manifest.captures.map((r: { url: string }) => r.url);
    assert.equal(urls.length, 3);
    for (const u of urls) {
      assert.match(u, /\/(blog|docs)\/.+\.html$/);
      assert.ok(!u.includes('eight-times'));
    }
  });

  test('a capture with async: false answers 200 with the result; the image is at /v1/captures/:id.png', async () => {
    const res = await fetch(`${origin}/v1/capture`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ url: `${site.origin}/features.html`, async: false, ...FAST, viewport: { width: 500, height: 400 } }),
    });
    assert.equal(res.status, 200);
    const job = (await res.json()) as Job & { job_id: string };
    assert.equal(job.job_id, job.id);
    assert.equal(job.type, 'capture');
    assert.equal(job.status, 'completed');
    assert.ok(job.result);
    assert.match(job.result.id, /^cap_/);
    assert.equal(job.result.page_url, `${site.origin}/features.html`);
    assert.equal(job.result.url, `${origin}/v1/captures/${job.result.id}.png`);
    assert.deepEqual([job.result.width, job.result.height, job.result.format], [500, 400, 'png']);

    const image = await fetch(job.result.url, { headers });
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/png');
    const png = Buffer.from(await image.arrayBuffer());
    assert.deepEqual(await sharp(png).metadata().then((m) => [m.format, m.width, m.height]), ['png', 500, 400]);
    // By job id too; the wrong extension says which one is right.
    assert.equal((await fetch(`${origin}/v1/captures/${job.id}.png`, { headers })).status, 200);
    const wrong = await fetch(`${origin}/v1/captures/${job.result.id}.webp`, { headers });
    assert.equal(wrong.status, 404);
    assert.match(((await wrong.json()) as { error: { message: string } }).error.message, /\.png/);
    // The capture job's ZIP carries the server's Job document in its manifest.
    const zipPath = join(await tempDir(), 'capture.zip');
    await client.download(job.id, zipPath);
    const entries = await readZip(zipPath);
    const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
    assert.equal(manifest.job.id, job.id);
    assert.equal(manifest.job.result.id, job.result.id);
    assert.equal(manifest.job.result.page_url, job.result.page_url);
    // Inside the ZIP, result.url names the image's entry, as in every output.
    assert.equal(manifest.job.result.url, manifest.captures[0].file);
    assert.deepEqual(entries.find((e) => e.name === manifest.job.result.url)!.data, png);
  });

  test('a client written from the seed API alone: POST /v1/capture, poll GET /v1/jobs/{id}, fetch and store result.url; the webhook\'s result.url too', async () => {
    // Only seed-documented fields are read: job_id, status, result (its url), error; webhook_url and the payload's job_id, status, result.
    const stored = new Map<string, Buffer>();
    let storedFromHook: Promise<void> | null = null;
    const seedReceiver = createHttpServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => { body += c; });
      req.on('end', () => {
        res.writeHead(204).end();
        const hook = JSON.parse(body) as { job_id: string; status: string; result: { url: string } | null };
        if (hook.status !== 'completed' || !hook.result) return;
        storedFromHook = fetch(hook.result.url, { headers: { authorization: headers.authorization } }).then(async (r) => {
          assert.equal(r.status, 200, `the webhook's result.url ${hook.result!.url} answered ${r.status}`);
          stored.set(`hook:${hook.job_id}`, Buffer.from(await r.arrayBuffer()));
        });
      });
    });
    await new Promise<void>((resolve) => seedReceiver.listen(0, '127.0.0.1', resolve));
    const hookUrl = `http://127.0.0.1:${(seedReceiver.address() as AddressInfo).port}/seed-hook`;
    try {
      const submitted = await fetch(`${origin}/v1/capture`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ url: `${site.origin}/pricing.html`, webhook_url: hookUrl, ...FAST, viewport: '420x260' }),
      });
      assert.equal(submitted.status, 202);
      const { job_id: jobId } = (await submitted.json()) as { job_id: string };
      const done = await until('the capture to finish', async () => {
        const j = (await (await fetch(`${origin}/v1/jobs/${jobId}`, { headers: { authorization: headers.authorization } })).json()) as
          { status: string; result: { url: string } | null; error: string | null };
        return j.status === 'completed' || j.status === 'failed' ? j : null;
      }, 60_000);
      assert.equal(done.status, 'completed', done.error ?? '');
      assert.ok(done.result);
      const image = await fetch(done.result.url, { headers: { authorization: headers.authorization } });
      assert.equal(image.status, 200);
      assert.equal(image.headers.get('content-type'), 'image/png');
      stored.set(`poll:${jobId}`, Buffer.from(await image.arrayBuffer()));

      await until('the webhook to arrive', async () => storedFromHook !== null, 30_000);
      await storedFromHook;
      const polled = stored.get(`poll:${jobId}`)!;
      const hooked = stored.get(`hook:${jobId}`);
      assert.ok(hooked, 'the receiver stored the image from the webhook\'s result.url');
      for (const png of [polled, hooked]) {
        assert.deepEqual(png.subarray(0, 4), PNG);
        assert.deepEqual(await sharp(png).metadata().then((m) => [m.format, m.width, m.height]), ['png', 420, 260]);
      }
      assert.deepEqual(hooked, polled);
    } finally {
      await new Promise<void>((resolve) => seedReceiver.close(() => resolve()));
    }
  });

  test('download before the end is a 409; cancelling a pending job ends it at once, a processing one after its pages in flight', async () => {
    // Pages slow enough that the cancel below lands while the first ones are in
    // flight even on a loaded machine (2.5 s was not always enough).
    const slow = await client.submitBatch({ urls: [`${site.origin}/__test/slow?ms=6000`, `${site.origin}/__test/slow?ms=6100`, `${site.origin}/__test/slow?ms=6200`], ...FAST });
    const waiting = await client.submitBatch({ urls: [`${site.origin}/`], ...FAST });
    const early = await fetch(`${origin}/v1/jobs/${slow.job_id}/download`, { headers });
    assert.equal(early.status, 409);
    assert.match(((await early.json()) as { error: { message: string } }).error.message, /completed or partial/);

    const stopped = await cancelWaitingThenRunning({ client, origin, authorization: headers.authorization, slowHits: () => site.hits('/__test/slow') }, slow.job_id, waiting.job_id);
    assert.equal((await fetch(`${origin}/v1/jobs/${slow.job_id}/download`, { headers })).status, stopped.progress.completed > 0 ? 200 : 409);
  });
});

test('results expire: downloadable until expires_at, then 410; the sweep deletes the files', async () => {
  const site = await startExampleSite();
  const dataDir = await tempDir();
  const server = await createServer({ dataDir, apiKeys: [KEY], port: 0, resultTtlMs: 2_000, pageConcurrency: 1, allowHosts: LOOPBACK });
  try {
    const origin = await server.start();
    const client = new JobsClient({ apiUrl: origin, apiKey: KEY });
    const { job } = await client.submitCapture({ url: `${site.origin}/`, async: false, ...FAST });
    assert.ok(job && job.status === 'completed' && job.result);
    const auth = { authorization: `Bearer ${KEY}` };
    assert.equal((await fetch(`${origin}/v1/jobs/${job.id}/download`, { headers: auth })).status, 200);
    await new Promise((r) => setTimeout(r, Date.parse(job.expires_at!) - Date.now() + 50));
    const gone = await fetch(`${origin}/v1/jobs/${job.id}/download`, { headers: auth });
    assert.equal(gone.status, 410);
    assert.match(((await gone.json()) as { error: { message: string } }).error.message, /expired at .*submit the job again/);
    assert.equal((await fetch(`${origin}/v1/captures/${job.result.id}.png`, { headers: auth })).status, 410);
    await assert.rejects(client.download(job.id, join(dataDir, 'late.zip')), /expired/);

    assert.deepEqual(await readdir(join(dataDir, 'results')).then((f) => f.filter((n) => n.endsWith('.zip'))), [`${job.id}.zip`]);
    const swept = await server.service.sweep();
    assert.equal(swept.expired, 1);
    assert.deepEqual(await readdir(join(dataDir, 'results')).then((f) => f.filter((n) => n.endsWith('.zip'))), []);
    assert.deepEqual(await readdir(join(dataDir, 'results', 'captures')), []);
    // The Job document stays (until its retention ends): still a 410, not a 404.
    assert.equal((await fetch(`${origin}/v1/jobs/${job.id}/download`, { headers: auth })).status, 410);
  } finally {
    await server.close();
    await site.close();
  }
});

test('behind a proxy with publicUrl: result.url is on the public origin and fetches the image through it', async () => {
  const site = await startExampleSite();
  // The "proxy": another loopback address that forwards to the server, as a TLS-terminating proxy would.
  let upstreamPort = 0;
  const proxy = createHttpServer((req, res) => {
    const up = httpRequest({ host: '127.0.0.1', port: upstreamPort, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    up.on('error', () => res.writeHead(502).end());
    req.pipe(up);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.2', resolve));
  const publicUrl = `http://127.0.0.2:${(proxy.address() as AddressInfo).port}`;
  const server = await createServer({ dataDir: await tempDir(), apiKeys: [KEY], port: 0, pageConcurrency: 1, allowHosts: LOOPBACK, publicUrl });
  try {
    const origin = await server.start();
    upstreamPort = Number(new URL(origin).port);
    const auth = { authorization: `Bearer ${KEY}` };
    // Submitted on the internal address: the answer still points at the public one.
    const res = await fetch(`${origin}/v1/capture`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ url: `${site.origin}/`, async: false, ...FAST }),
    });
    assert.equal(res.status, 200);
    const job = (await res.json()) as Job;
    assert.ok(job.result);
    assert.equal(job.result.url, `${publicUrl}/v1/captures/${job.result.id}.png`);
    assert.equal(job.result.page_url, `${site.origin}/`);
    const image = await fetch(job.result.url, { headers: auth });
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/png');
    const png = Buffer.from(await image.arrayBuffer());
    assert.deepEqual(png.subarray(0, 4), PNG);
    assert.deepEqual(await sharp(png).metadata().then((m) => [m.width, m.height]), [400, 300]);
  } finally {
    await server.close();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
    await site.close();
  }
});

after(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});
