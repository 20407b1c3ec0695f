// The embedded queue survives restarts: a server closed mid-job puts the job
// back; the next server on the same data folder renders it from the start.
// Crashes (a job file left `processing`) and undelivered webhooks recover too.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobsClient } from '../src/client/jobs-client.ts';
import { createServer } from '../src/server/index.ts';
import type { ServerConfig } from '../src/server/index.ts';
import type { JobRecord } from '../src/server/store.ts';
import { startExampleSite } from './helpers/site.ts';
import { readZip } from './helpers/zip.ts';
import { until } from './helpers/until.ts';

const KEY = 'restart-key-0123456789abcdef0123';
const FAST = { device: 'none', viewport: '400x300', retries: 0 } as const;

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'framecap-restart-'));
  dirs.push(dir);
  return dir;
}
after(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const config = (dataDir: string, extra: Partial<ServerConfig> = {}): ServerConfig => ({
  dataDir, apiKeys: [KEY], port: 0, pageConcurrency: 1, allowHosts: ['127.0.0.1'], ...extra,
});

async function readRecord(dataDir: string, id: string): Promise<JobRecord> {
  return JSON.parse(await readFile(join(dataDir, 'jobs', `${id}.json`), 'utf8')) as JobRecord;
}

test('a server closed while a job is processing hands it to the next server, which completes it', async () => {
  const site = await startExampleSite();
  const dataDir = await tempDir();
  try {
    const first = await createServer(config(dataDir));
    const firstClient = new JobsClient({ apiUrl: await first.start(), apiKey: KEY, pollIntervalMs: 50, maxPollIntervalMs: 100 });
    const urls = [1, 2, 3].map((i) => `${site.origin}/__test/slow?ms=900&n=${i}`);
    const { job_id: id } = await firstClient.submitBatch({ urls, ...FAST });
    await until('the first page to be captured', async () => (await firstClient.get(id)).progress.completed >= 1);
    await first.close();

    const onDisk = await readRecord(dataDir, id);
    assert.equal(onDisk.job.status, 'pending');
    assert.equal(onDisk.job.started_at, null);
    assert.ok(site.hits('/__test/slow') < 3, 'the first server stopped before the last page');
    const hitsBefore = site.hits('/__test/slow');

    const second = await createServer(config(dataDir));
    try {
      const client = new JobsClient({ apiUrl: await second.start(), apiKey: KEY, pollIntervalMs: 100, maxPollIntervalMs: 300 });
      const job = await client.waitFor(id, { pollTimeoutMs: 30_000 });
      assert.equal(job.status, 'completed', job.error ?? '');
      assert.deepEqual(job.progress, { total: 3, completed: 3, failed: 0, percentage: 100 });
      // Retried from the start: every page rendered again.
      assert.equal(site.hits('/__test/slow') - hitsBefore, 3);
      const zipPath = join(dataDir, 'restarted.zip');
      await client.download(id, zipPath);
      const entries = await readZip(zipPath);
      assert.equal(entries.filter((e) => e.name.endsWith('.png')).length, 3);
      // A graceful restart does not use up one of the job's attempts.
      assert.equal((await readRecord(dataDir, id)).attempts, 1);
    } finally {
      await second.close();
    }
  } finally {
    await site.close();
  }
});

test("onShutdown 'finish': close() waits for the running job to complete", async () => {
  const site = await startExampleSite();
  const dataDir = await tempDir();
  try {
    const server = await createServer(config(dataDir, { onShutdown: 'finish' }));
    const client = new JobsClient({ apiUrl: await server.start(), apiKey: KEY, pollIntervalMs: 50, maxPollIntervalMs: 100 });
    const { job_id: id } = await client.submitBatch({ urls: [`${site.origin}/__test/slow?ms=800`], ...FAST });
    await until('the job to start', async () => (await client.get(id)).status === 'processing');
    await server.close();
    assert.equal((await readRecord(dataDir, id)).job.status, 'completed');
  } finally {
    await site.close();
  }
});

test('after a crash a job left processing runs again; one interrupted too often fails instead', async () => {
  const site = await startExampleSite();
  const dataDir = await tempDir();
  try {
    // Jobs made by a server that never started its queue, then marked the way a crash leaves them.
    const maker = await createServer(config(dataDir));
    const submit = async (url: string) => (await maker.app.inject({
      method: 'POST', url: '/v1/batch', payload: { urls: [url], ...FAST }, headers: { authorization: `Bearer ${KEY}` },
    })).json().job_id as string;
    const crashed = await submit(`${site.origin}/about.html`);
    const crashLoop = await submit(`${site.origin}/pricing.html`);
    await maker.close();
    for (const [id, attempts] of [[crashed, 1], [crashLoop, 3]] as const) {
      const record = await readRecord(dataDir, id);
      record.job.status = 'processing';
      record.job.started_at = new Date().toISOString();
      record.attempts = attempts;
      await writeFile(join(dataDir, 'jobs', `${id}.json`), JSON.stringify(record));
    }
    // The crashed server's lock: its process is gone.
    await writeFile(join(dataDir, 'server.lock'), JSON.stringify({ host: hostname(), pid: 999_999_999 }));

    const server = await createServer(config(dataDir, { maxAttempts: 3 }));
    try {
      const client = new JobsClient({ apiUrl: await server.start(), apiKey: KEY, pollIntervalMs: 100, maxPollIntervalMs: 300 });
      const job = await client.waitFor(crashed, { pollTimeoutMs: 30_000 });
      assert.equal(job.status, 'completed', job.error ?? '');
      const gaveUp = await client.waitFor(crashLoop, { pollTimeoutMs: 30_000 });
      assert.equal(gaveUp.status, 'failed');
      assert.match(gaveUp.error ?? '', /stopped after 3 interrupted attempts/);
      assert.equal(site.hits('/pricing.html'), 0);
    } finally {
      await server.close();
    }
  } finally {
    await site.close();
  }
});

test('a webhook not yet delivered when the server stopped is sent on the next start', async () => {
  const received: string[] = [];
  const receiver = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c; });
    req.on('end', () => {
      received.push(body);
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const dataDir = await tempDir();
  try {
    const maker = await createServer(config(dataDir));
    const res = await maker.app.inject({
      method: 'POST', url: '/v1/batch', payload: { urls: ['http://127.0.0.1:9/'], webhook_url: hookUrl }, headers: { authorization: `Bearer ${KEY}` },
    });
    const id = res.json().job_id as string;
    await maker.close();
    const record = await readRecord(dataDir, id);
    assert.equal(record.job.webhook_status, 'pending');
    // As if the job had ended just before the server stopped.
    record.job.status = 'failed';
    record.job.error = 'all 1 pages failed; first error: HTTP 404';
    record.job.completed_at = new Date().toISOString();
    await writeFile(join(dataDir, 'jobs', `${id}.json`), JSON.stringify(record));

    const server = await createServer(config(dataDir));
    try {
      await until('the webhook to be delivered', async () => (await readRecord(dataDir, id)).job.webhook_status === 'delivered');
      assert.equal(received.length, 1);
      const payload = JSON.parse(received[0]!);
      assert.equal(payload.job_id, id);
      assert.equal(payload.event, 'job.failed');
      assert.equal(payload.webhook_url, undefined);
    } finally {
      await server.close();
    }
  } finally {
    await new Promise((resolve) => receiver.close(resolve));
  }
});
