// The queue server's key end-to-end cases with the Redis back-end: an API
// server (createServer({ redis })) and a render worker (startWorker) in this
// process, a real redis-server, the example site, real Chromium. Same
// behaviour as the embedded queue: progress, partial results, signed
// webhooks, cancel (pending and running), sync captures, expiry, and a render
// child killed mid-job (the job goes back to the queue and completes once).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import sharp from 'sharp';
import { Webhook } from 'standardwebhooks';
import { JobsClient } from '../src/client/jobs-client.ts';
import type { Job } from '../src/core/job.ts';
import { createServer, startWorker } from '../src/server/index.ts';
import type { FramecapServer, FramecapWorker, JobRecord } from '../src/server/index.ts';
import { startRedis } from './helpers/redis.ts';
import type { TestRedis } from './helpers/redis.ts';
import { startExampleSite } from './helpers/site.ts';
import type { ExampleSite } from './helpers/site.ts';
import { readZip } from './helpers/zip.ts';
import { until } from './helpers/until.ts';
import { cancelWaitingThenRunning } from './helpers/cancel.ts';
import { startReceiver } from './helpers/receiver.ts';
import type { Receiver } from './helpers/receiver.ts';

const KEY = 'redis-e2e-key-0123456789abcdef0123';
const SECRET = `whsec_${randomBytes(24).toString('base64')}`;
const FAST = { device: 'none', viewport: '400x300', retries: 0 } as const;

/** The worker runs in this process: its render child (render-child.ts) is a child of ours. */
function renderChildPid(): number | undefined {
  for (const line of execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' }).split('\n')) {
    const m = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (m && Number(m[2]) === process.pid && /render-child\.(ts|js)/.test(m[3]!)) return Number(m[1]);
  }
  return undefined;
}

describe('queue server on Redis, end to end', () => {
  let redis: TestRedis;
  let site: ExampleSite;
  let receiver: Receiver;
  let dataDir: string;
  let server: FramecapServer;
  let worker: FramecapWorker;
  let origin: string;
  let client: JobsClient;
  let peek: Redis;
  const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

  before(async () => {
    redis = await startRedis();
    site = await startExampleSite();
    receiver = await startReceiver();
    dataDir = await mkdtemp(join(tmpdir(), 'framecap-redis-e2e-'));
    server = await createServer({ dataDir, apiKeys: [KEY], port: 0, redis: redis.url, webhookSecret: SECRET, resultTtlMs: 60 * 60_000, allowHosts: ['127.0.0.1'] });
    origin = await server.start();
    worker = await startWorker({ redis: redis.url, dataDir, concurrency: 1, pageConcurrency: 2, webhookSecret: SECRET, stalledIntervalMs: 1_000, lockDurationMs: 5_000, allowHosts: ['127.0.0.1'] });
    client = new JobsClient({ apiUrl: origin, apiKey: KEY, pollIntervalMs: 100, maxPollIntervalMs: 300 });
    peek = new Redis(redis.url);
  });
  after(async () => {
    await worker?.close();
    await server?.close();
    peek?.disconnect();
    await site?.close();
    await receiver?.close();
    await redis?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('a batch completes through a worker; progress moves; the ZIP and the Job document live in the shared folder and Redis', async () => {
    const urls = [`${site.origin}/`, `${site.origin}/about.html`, `${site.origin}/__test/slow?ms=600`];
    const submitted = await client.submitBatch({ urls, ...FAST });
    const seen: Job[] = [];
    const job = await client.waitFor(submitted.job_id, { pollTimeoutMs: 30_000, onProgress: (j) => seen.push(j) });
    assert.equal(job.status, 'completed', job.error ?? '');
    assert.deepEqual(job.progress, { total: 3, completed: 3, failed: 0, percentage: 100 });
    assert.ok(seen.some((j) => j.status === 'processing'), 'the API showed the job processing while the worker ran it');
    assert.ok(job.expires_at && job.completed_at);
    // The server's result lifetime, applied by the worker.
    assert.equal(Date.parse(job.expires_at) - Date.parse(job.completed_at), 60 * 60_000);

    const stored = JSON.parse((await peek.get(`framecap:job:${job.id}`))!) as JobRecord;
    assert.equal(stored.job.status, 'completed');
    assert.equal(stored.attempts, 1);
    assert.deepEqual(await readdir(join(dataDir, 'results')).then((f) => f.filter((n) => n === `${job.id}.zip`)), [`${job.id}.zip`]);

    const zipPath = join(dataDir, 'dl', 'batch.zip');
    await client.download(job.id, zipPath);
    const entries = await readZip(zipPath);
    assert.equal(entries.filter((e) => e.name.endsWith('.png')).length, 3);
    const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
    assert.deepEqual(manifest.captures.map((r: { url: string }) => r.url), urls);

    const list = await client.list({ limit: 10 });
    assert.ok(list.jobs.some((j) => j.id === job.id));
    assert.ok((await client.list({ status: 'completed', limit: 10 })).jobs.every((j) => j.status === 'completed'));
  });

  test('one URL 404s → partial; the worker delivers the signed webhook and records it', async () => {
    const res = await fetch(`${origin}/v1/batch`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ urls: [`${site.origin}/pricing.html`, `${site.origin}/missing-page.html`], ...FAST, callback_url: receiver.url }),
    });
    assert.equal(res.status, 202);
    const { job_id: id } = (await res.json()) as { job_id: string };
    const job = await until('the webhook to be recorded', async () => {
      const j = (await (await fetch(`${origin}/v1/jobs/${id}`, { headers })).json()) as Job;
      return j.webhook_status === 'delivered' ? j : null;
    }, 30_000);
    assert.equal(job.status, 'partial');
    assert.deepEqual(job.progress, { total: 2, completed: 1, failed: 1, percentage: 100 });
    const hook = receiver.received.find((r) => JSON.parse(r.body).job_id === id);
    assert.ok(hook);
    new Webhook(SECRET).verify(hook.body, hook.headers as Record<string, string>);
    const payload = JSON.parse(hook.body);
    assert.equal(payload.event, 'job.partial');
    assert.deepEqual(payload.failures.map((f: { url: string }) => f.url), [`${site.origin}/missing-page.html`]);
    assert.equal(receiver.received.filter((r) => JSON.parse(r.body).job_id === id).length, 1);
  });

  test('the worker\'s render child killed with SIGKILL mid-job: the job goes back to the queue, completes with every row, and the webhook says completed once', async () => {
    const urls = [`${site.origin}/__test/slow?ms=2500&oom=1`, `${site.origin}/about.html?oom=2`, `${site.origin}/pricing.html?oom=3`];
    const { job_id: id } = await client.submitBatch({ urls, ...FAST, webhook_url: receiver.url });
    const pid = await until('the render child', renderChildPid, 30_000);
    await until('the job to be processing', async () => (await client.get(id)).status === 'processing', 30_000);
    assert.equal((await client.get(id)).progress.completed, 0, 'killed before any page was stored');
    process.kill(pid, 'SIGKILL');

    const job = await until('the webhook to be recorded', async () => {
      const j = await client.get(id);
      return j.webhook_status === 'delivered' ? j : null;
    }, 60_000);
    assert.equal(job.status, 'completed', job.error ?? '');
    assert.deepEqual(job.progress, { total: 3, completed: 3, failed: 0, percentage: 100 });
    const stored = JSON.parse((await peek.get(`framecap:job:${id}`))!) as JobRecord;
    assert.equal(stored.attempts, 2, 'the killed attempt counts towards maxAttempts');

    const zipPath = join(dataDir, 'dl', 'oom.zip');
    await client.download(id, zipPath);
    const entries = await readZip(zipPath);
    const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
    assert.deepEqual(manifest.captures.map((r: { url: string; status: string }) => [r.url, r.status]), urls.map((u) => [u, 'ok']));
    assert.equal(entries.filter((e) => e.name.endsWith('.png')).length, 3);

    const hooks = receiver.received.filter((r) => JSON.parse(r.body).job_id === id);
    assert.equal(hooks.length, 1, 'one webhook, after the retry');
    new Webhook(SECRET).verify(hooks[0]!.body, hooks[0]!.headers as Record<string, string>);
    const payload = JSON.parse(hooks[0]!.body);
    assert.equal(payload.event, 'job.completed');
    assert.equal(payload.status, 'completed');
    assert.deepEqual(payload.progress, job.progress);
    // Nothing left in the queue.
    assert.equal(await peek.llen('framecap:render:wait'), 0);
    assert.equal(await peek.llen('framecap:render:active'), 0);
  });

  test('cancel: a pending job ends at once; a running one is stopped by its worker', async () => {
    const slow = await client.submitBatch({ urls: [`${site.origin}/__test/slow?ms=2500`, `${site.origin}/__test/slow?ms=2600`, `${site.origin}/__test/slow?ms=2700`], ...FAST });
    const waiting = await client.submitBatch({ urls: [`${site.origin}/`], ...FAST });
    await cancelWaitingThenRunning({ client, origin, authorization: headers.authorization, slowHits: () => site.hits('/__test/slow') }, slow.job_id, waiting.job_id);
    // The cancelled pending job never reached a worker.
    assert.equal((await client.get(waiting.job_id)).started_at, null);
  });

  test('a job canceled after its first page says canceled everywhere: Job document, the ZIP\'s manifest.json, the webhook', async () => {
    const urls = [`${site.origin}/?say=1`, ...[2, 3, 4].map((n) => `${site.origin}/__test/slow?ms=2000&say=${n}`)];
    const { job_id: id } = await client.submitBatch({ urls, ...FAST, webhook_url: receiver.url });
    await until('the first page to be captured', async () => (await client.get(id)).progress.completed >= 1, 30_000);
    await client.cancel(id);
    const job = await until('the webhook to be recorded', async () => {
      const j = await client.get(id);
      return j.webhook_status === 'delivered' ? j : null;
    }, 30_000);
    assert.equal(job.status, 'canceled');
    assert.ok(job.progress.completed >= 1 && job.progress.completed < urls.length, JSON.stringify(job.progress));
    assert.equal(job.error, `canceled after ${job.progress.completed + job.progress.failed} of ${urls.length} pages: the results hold the ${job.progress.completed} captured before the cancel`);

    const zipPath = join(dataDir, 'dl', 'said-canceled.zip');
    await client.download(id, zipPath);
    const entries = await readZip(zipPath);
    const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
    assert.equal(manifest.job.id, id);
    assert.equal(manifest.job.status, 'canceled');
    assert.equal(manifest.job.error, job.error);
    assert.deepEqual(manifest.job.progress, job.progress);
    assert.equal(entries.filter((e) => e.name.endsWith('.png')).length, job.progress.completed);

    const hooks = receiver.received.filter((r) => JSON.parse(r.body).job_id === id);
    assert.equal(hooks.length, 1);
    const payload = JSON.parse(hooks[0]!.body);
    assert.equal(payload.event, 'job.canceled');
    assert.equal(payload.status, 'canceled');
    assert.equal(payload.error, job.error);
    assert.equal(payload.download_url, job.download_url);
  });

  test('a sync capture answers with the result; result.url (API and the worker\'s webhook) serves the image the worker stored; the sweep expires it', async () => {
    const { job } = await client.submitCapture({ url: `${site.origin}/features.html`, async: false, ...FAST, webhook_url: receiver.url });
    assert.ok(job && job.status === 'completed' && job.result);
    assert.equal(job.result.page_url, `${site.origin}/features.html`);
    assert.equal(job.result.url, `${origin}/v1/captures/${job.result.id}.png`);
    const image = await fetch(job.result.url, { headers });
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/png');
    const png = Buffer.from(await image.arrayBuffer());
    assert.deepEqual(await sharp(png).metadata().then((m) => [m.format, m.width, m.height]), ['png', 400, 300]);
    // The worker has no request to take an origin from: its webhook uses the one the job was submitted to.
    const hook = await until('the worker\'s webhook', async () => receiver.received.find((r) => JSON.parse(r.body).job_id === job.id), 30_000);
    const payload = JSON.parse(hook.body) as { result: { url: string; page_url: string } };
    assert.equal(payload.result.url, job.result.url);
    assert.equal(payload.result.page_url, job.result.page_url);
    assert.deepEqual(Buffer.from(await (await fetch(payload.result.url, { headers })).arrayBuffer()), png);
    // Pretend the lifetime passed: the API server's sweep works from the records in Redis.
    const record = JSON.parse((await peek.get(`framecap:job:${job.id}`))!) as JobRecord;
    record.job.expires_at = new Date(Date.now() - 1000).toISOString();
    await peek.set(`framecap:job:${job.id}`, JSON.stringify(record));
    assert.equal((await fetch(`${origin}/v1/jobs/${job.id}/download`, { headers })).status, 410);
    const swept = await server.service.sweep();
    assert.ok(swept.expired >= 1);
    assert.ok(!(await readdir(join(dataDir, 'results'))).includes(`${job.id}.zip`));
  });
});
