// A job's and a process's lifecycle on Redis, for real: a real redis-server,
// the example site, real Chromium, `framecap worker` and `framecap serve` as
// processes from source.
// - A cancel reaches the worker through BullMQ (the Relay topic, then
//   worker.cancelJob() aborting the processor's AbortSignal): the job stops
//   between pages, ends 'canceled', and the pages it captured before stay
//   downloadable, no more and no fewer than its progress says.
// - A cancel sent while the worker's connections are down is not lost.
// - SIGTERM after Redis died: worker and serve exit within the bound with
//   one line, exit code 1; once Redis is back, the job is finished by another
//   worker (the stalled-job check), exactly once.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Relay } from 'bullmq';
import { JobsClient } from '../src/client/jobs-client.ts';
import type { Job } from '../src/core/job.ts';
import { createServer, startWorker } from '../src/server/index.ts';
import type { FramecapServer, FramecapWorker } from '../src/server/index.ts';
import { cancelTopic } from '../src/server/redis/cancel.ts';
import { childEnv, cliArgs } from './helpers/run.ts';
import { startRedis } from './helpers/redis.ts';
import type { TestRedis } from './helpers/redis.ts';
import { startExampleSite } from './helpers/site.ts';
import type { ExampleSite } from './helpers/site.ts';
import { readZip } from './helpers/zip.ts';
import { until } from './helpers/until.ts';

const FAST = { device: 'none', viewport: '400x300', retries: 0 } as const;

interface Proc {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  waitFor(re: RegExp, timeoutMs?: number): Promise<void>;
}

const procs: Proc[] = [];

function startCli(args: string[]): Proc {
  const child = spawn(process.execPath, cliArgs(args), { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => { out += d; });
  child.stderr!.on('data', (d: Buffer) => { out += d; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() }));
  });
  const proc: Proc = {
    child,
    output: () => out,
    exited,
    waitFor: (re, timeoutMs = 30_000) => until(`${re} in the output of ${args[0]}`, async () => {
      if (child.exitCode !== null) throw new Error(`${args[0]} exited (${child.exitCode}) before ${re}:\n${out}`);
      return re.test(out);
    }, timeoutMs).then(() => {}),
  };
  procs.push(proc);
  return proc;
}

describe('cancel through BullMQ, and shutdown without Redis', () => {
  let redis: TestRedis;
  let site: ExampleSite;
  const dirs: string[] = [];
  let peek: Redis;

  before(async () => {
    redis = await startRedis();
    site = await startExampleSite();
    peek = new Redis(redis.url);
    // Redis is killed on purpose below; this client just reconnects.
    peek.on('error', () => {});
  });
  after(async () => {
    for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    peek?.disconnect();
    await site?.close();
    await redis?.stop();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  async function tempDir(prefix: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  }

  async function serverAndWorker(): Promise<{ server: FramecapServer; worker: FramecapWorker; client: JobsClient; origin: string; dataDir: string; close(): Promise<void> }> {
    const dataDir = await tempDir('framecap-lifecycle-');
    const server = await createServer({ dataDir, allowNoAuth: true, port: 0, redis: redis.url, allowHosts: ['127.0.0.1'] });
    const origin = await server.start();
    // One page at a time, so "the pages captured before the cancel" is a definite set.
    const worker = await startWorker({ redis: redis.url, dataDir, pageConcurrency: 1, allowHosts: ['127.0.0.1'] });
    const client = new JobsClient({ apiUrl: origin, pollIntervalMs: 100, maxPollIntervalMs: 200 });
    return { server, worker, client, origin, dataDir, close: async () => { await worker.close(); await server.close(); } };
  }

  test('a running job is canceled through BullMQ: it stops between pages, ends canceled, and keeps exactly the pages captured before', async () => {
    const { client, origin, dataDir, close } = await serverAndWorker();
    try {
      const urls = [`${site.origin}/?c=1`, `${site.origin}/__test/slow?ms=1500&c=2`, `${site.origin}/__test/slow?ms=1500&c=3`, `${site.origin}/__test/slow?ms=1500&c=4`];
      const { job_id: id } = await client.submitBatch({ urls, ...FAST });
      await until('the first page to be captured', async () => (await client.get(id)).progress.completed >= 1);
      const hitsAtCancel = site.hits('/__test/slow');
      const res = await fetch(`${origin}/v1/jobs/${id}`, { method: 'DELETE' });
      assert.equal(res.status, 202, 'a running job answers 202: it is stopping');
      const job = await client.waitFor(id, { pollTimeoutMs: 20_000 });
      assert.equal(job.status, 'canceled');
      // The page in flight at the cancel finishes; no page after it is started.
      assert.ok(site.hits('/__test/slow') <= hitsAtCancel + 1, `no page started after the cancel (slow hits ${site.hits('/__test/slow')}, ${hitsAtCancel} at the cancel)`);
      assert.ok(job.progress.completed >= 1 && job.progress.completed < urls.length, JSON.stringify(job.progress));
      assert.equal(job.error, `canceled after ${job.progress.completed + job.progress.failed} of ${urls.length} pages: the results hold the ${job.progress.completed} captured before the cancel`);

      // What was captured is downloadable: one PNG per completed page, and the first URL among them.
      const zipPath = join(dataDir, 'dl', 'canceled.zip');
      await client.download(id, zipPath);
      const entries = await readZip(zipPath);
      const pngs = entries.filter((e) => e.name.endsWith('.png'));
      assert.equal(pngs.length, job.progress.completed);
      for (const png of pngs) assert.deepEqual([...png.data.subarray(1, 4)], [0x50, 0x4e, 0x47], `${png.name} is a PNG`);
      const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
      const ok = (manifest.captures as Array<{ url: string; status: string }>).filter((r) => r.status === 'ok').map((r) => r.url);
      assert.equal(ok[0], urls[0]);

      // The cancel went through BullMQ's Relay (retained for a worker that takes the job later), not a key of our own.
      const relay = new Relay({ connection: { url: redis.url }, prefix: 'framecap', namespace: 'framecap' });
      try {
        const retained = await relay.getRetained();
        assert.ok(retained.some((r) => r.topic === cancelTopic(id)), `the cancel is retained on ${cancelTopic(id)}`);
      } finally {
        await relay.close();
      }
      assert.deepEqual(await peek.keys('framecap:cancel*'), []);
    } finally {
      await close();
    }
  });

  test('a cancel sent while the worker\'s Redis connections are down reaches it once they are back', async () => {
    const { client, close } = await serverAndWorker();
    try {
      const urls = [1, 2, 3, 4, 5].map((n) => `${site.origin}/__test/slow?ms=1200&r=${n}`);
      const { job_id: id } = await client.submitBatch({ urls, ...FAST });
      await until('the job to start', async () => (await client.get(id)).status === 'processing');
      // Every connection but this one is dropped; the API's cancel goes out while the worker reconnects.
      const killed = Number(await peek.call('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes'));
      assert.ok(killed >= 4, `the worker's and the server's connections were dropped (${killed})`);
      const cancel = await client.cancel(id);
      assert.equal(cancel.status, 'processing');
      const job = await client.waitFor(id, { pollTimeoutMs: 20_000 });
      assert.equal(job.status, 'canceled');
      assert.ok(job.progress.completed + job.progress.failed < urls.length, `the job stopped early: ${JSON.stringify(job.progress)}`);
    } finally {
      await close();
    }
  });

  test('Redis down for longer than the Relay lease, then back on the same port: the worker\'s Relay registers again and a cancel still reaches it', async () => {
    const dataDir = await tempDir('framecap-outage-');
    const server = await createServer({ dataDir, allowNoAuth: true, port: 0, redis: redis.url, allowHosts: ['127.0.0.1'] });
    const client = new JobsClient({ apiUrl: await server.start(), pollIntervalMs: 100, maxPollIntervalMs: 200 });
    // A lease of 2 s stands in for BullMQ's 30 s; the job's lock (30 s) outlasts the outage.
    const LEASE_MS = 2_000;
    const worker = await startWorker({ redis: redis.url, dataDir, pageConcurrency: 1, allowHosts: ['127.0.0.1'], relayLeaseMs: LEASE_MS });
    const relay = new Relay({ connection: { url: redis.url }, prefix: 'framecap', namespace: 'framecap' });
    relay.on('error', () => {});
    try {
      const workerNode = async () => (await relay.getNodes()).find((n) => n.info.name === `framecap-worker ${worker.name}`);
      const before = await until('the worker\'s Relay node', workerNode);
      const urls = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${site.origin}/__test/slow?ms=1500&outage=${n}`);
      const { job_id: id } = await client.submitBatch({ urls, ...FAST });
      await until('the job to start', async () => (await client.get(id)).status === 'processing');

      await redis.crash();
      const crashedAt = Date.now();
      // Down for three leases: the node's registration (a key with a lease) has expired when Redis is back.
      await new Promise((r) => setTimeout(r, 3 * LEASE_MS));
      await redis.restart();

      // Its Relay node is registered anew after the outage (BullMQ's 'recovered'), not kept alive through it;
      // only then is the cancel sent: a cancel sent after the outage, not one queued while Redis was down, reaches it.
      await until('the worker\'s node registered again', async () => ((await workerNode())?.registeredAt ?? 0) > crashedAt);
      assert.ok(before.registeredAt < crashedAt);
      const cancel = await client.cancel(id);
      assert.equal(cancel.status, 'processing');
      const job = await client.waitFor(id, { pollTimeoutMs: 30_000 });
      assert.equal(job.status, 'canceled');
      assert.ok(job.progress.completed + job.progress.failed < urls.length, `the job stopped early: ${JSON.stringify(job.progress)}`);
    } finally {
      await relay.close();
      await worker.close();
      await server.close();
    }
  });

  test('a cancel kept in Redis reaches the worker that takes the job over after its first worker died (SIGKILL)', async () => {
    const dataDir = await tempDir('framecap-kept-cancel-');
    const server = await createServer({ dataDir, allowNoAuth: true, port: 0, redis: redis.url, allowHosts: ['127.0.0.1'] });
    const client = new JobsClient({ apiUrl: await server.start(), pollIntervalMs: 100, maxPollIntervalMs: 200 });
    const quick = ['--lock-duration', '2000', '--stalled-interval', '500', '--page-concurrency', '1', '--allow-host', '127.0.0.1'];
    const first = startCli(['worker', '--redis', redis.url, '--data-dir', dataDir, ...quick]);
    let takeover: FramecapWorker | null = null;
    try {
      await first.waitFor(/worker ready/);
      const urls = [1, 2, 3, 4].map((n) => `${site.origin}/__test/slow?ms=2000&kept=${n}`);
      const { job_id: id } = await client.submitBatch({ urls, ...FAST });
      await first.waitFor(new RegExp(`job started \\{"jobId":"${id}"`));
      // The start is on record (the line comes just before it is saved): the job is the first worker's.
      await until('the start to be recorded', async () => (await client.get(id)).status === 'processing');
      const exited = first.exited;
      first.child.kill('SIGKILL');
      await exited;
      // No worker holds the job now: the Job document still says processing, and the cancel is only kept.
      const cancel = await client.cancel(id);
      assert.equal(cancel.status, 'processing');
      const hitsBefore = site.hits('/__test/slow');

      takeover = await startWorker({ redis: redis.url, dataDir, pageConcurrency: 1, allowHosts: ['127.0.0.1'], lockDurationMs: 2_000, stalledIntervalMs: 500 });
      const job = await client.waitFor(id, { pollTimeoutMs: 30_000 });
      assert.equal(job.status, 'canceled');
      assert.equal(job.download_url, null);
      // It did start, on the first worker: the error says so rather than "before it started".
      assert.equal(job.error, 'canceled before it started again: its earlier attempt stopped before it finished, and kept no pages');
      const record = (await server.store.get(id))!;
      assert.equal(record.attempts, 1, 'the takeover worker did not start a second attempt');
      // The takeover worker rendered none of its pages; the first worker's page in flight may have been counted.
      assert.ok(site.hits('/__test/slow') <= hitsBefore, `no page rendered after the takeover (${site.hits('/__test/slow')} slow hits, ${hitsBefore} before)`);
      // Nothing left in the queue.
      assert.equal(await peek.llen('framecap:render:wait'), 0);
      assert.equal(await peek.llen('framecap:render:active'), 0);
    } finally {
      await takeover?.close();
      await server.close();
    }
  });

  test('SIGTERM after Redis died: worker and serve exit within the bound with one line; the job is finished once Redis is back', async () => {
    const dataDir = await tempDir('framecap-redis-gone-');
    const serve = startCli(['serve', '--redis', redis.url, '--data-dir', dataDir, '--port', '0', '--allow-no-auth', '--allow-host', '127.0.0.1']);
    await serve.waitFor(/framecap queue server on (http:\/\/127\.0\.0\.1:\d+)/);
    const origin = serve.output().match(/framecap queue server on (http:\/\/127\.0\.0\.1:\d+)/)![1]!;
    const quick = ['--lock-duration', '2000', '--stalled-interval', '500', '--page-concurrency', '1', '--allow-host', '127.0.0.1'];
    const worker = startCli(['worker', '--redis', redis.url, '--data-dir', dataDir, ...quick]);
    await worker.waitFor(/worker ready/);
    const client = new JobsClient({ apiUrl: origin, pollIntervalMs: 100, maxPollIntervalMs: 200 });
    const urls = [1, 2, 3].map((n) => `${site.origin}/__test/slow?ms=2000&gone=${n}`);
    const { job_id: id } = await client.submitBatch({ urls, ...FAST });
    await worker.waitFor(new RegExp(`job started \\{"jobId":"${id}"`));
    // The start is on record (the line comes just before it is saved): the job is the worker's when Redis dies.
    await until('the start to be recorded', async () => JSON.parse((await peek.get(`framecap:job:${id}`))!).job.status === 'processing');

    await redis.crash();
    const signalled = Date.now();
    worker.child.kill('SIGTERM');
    serve.child.kill('SIGTERM');
    const [w, s] = await Promise.all([worker.exited, serve.exited]);
    process.stderr.write(`# exit after SIGTERM without Redis: worker ${w.at - signalled} ms, serve ${s.at - signalled} ms\n`);
    // The bound (9.5 s) plus a process start's worth of slack on a loaded machine.
    assert.ok(w.at - signalled < 12_000, `the worker exited ${w.at - signalled} ms after SIGTERM:\n${worker.output()}`);
    assert.ok(s.at - signalled < 12_000, `serve exited ${s.at - signalled} ms after SIGTERM:\n${serve.output()}`);
    assert.deepEqual([w.code, w.signal], [1, null], worker.output());
    assert.deepEqual([s.code, s.signal], [1, null], serve.output());
    const lastLine = (p: Proc): string => p.output().trimEnd().split('\n').at(-1)!;
    assert.match(lastLine(worker), /^framecap: Redis at redis:\/\/127\.0\.0\.1:\d+ is unreachable; 1 running job\(s\) not handed back: another worker's stalled-job check requeues them once their locks expire$/);
    assert.match(lastLine(serve), /^framecap: Redis at redis:\/\/127\.0\.0\.1:\d+ is unreachable: the server stopped without it; running jobs stay with their workers, queued ones in Redis$/);
    assert.doesNotMatch(worker.output() + serve.output(), /at .*\.ts:\d+/, 'no stack traces');

    // Redis comes back (AOF): a new worker's stalled-job check takes the job over and finishes it, every URL once.
    await redis.restart();
    const serve2 = startCli(['serve', '--redis', redis.url, '--data-dir', dataDir, '--port', '0', '--allow-no-auth', '--allow-host', '127.0.0.1']);
    await serve2.waitFor(/framecap queue server on (http:\/\/127\.0\.0\.1:\d+)/);
    const origin2 = serve2.output().match(/framecap queue server on (http:\/\/127\.0\.0\.1:\d+)/)![1]!;
    const next = startCli(['worker', '--redis', redis.url, '--data-dir', dataDir, ...quick]);
    const client2 = new JobsClient({ apiUrl: origin2, pollIntervalMs: 200, maxPollIntervalMs: 500 });
    const job: Job = await client2.waitFor(id, { pollTimeoutMs: 60_000 });
    assert.equal(job.status, 'completed', job.error ?? '');
    assert.match(next.output(), new RegExp(`taking over a job whose worker stopped \\{"jobId":"${id}"`));
    const zipPath = join(dataDir, 'dl', 'after.zip');
    await client2.download(id, zipPath);
    const rows = JSON.parse((await readZip(zipPath)).find((e) => e.name === 'manifest.json')!.data.toString('utf8')).captures as Array<{ url: string }>;
    assert.deepEqual(rows.map((r) => r.url).sort(), [...urls].sort());
    for (const p of [next, serve2]) p.child.kill('SIGTERM');
    const ends = await Promise.all([next.exited, serve2.exited]);
    // With Redis there, the stop is clean: the stopping line, then no error line.
    for (const [i, p] of [next, serve2].entries()) {
      assert.deepEqual([ends[i]!.code, ends[i]!.signal], [1, null], p.output());
      assert.doesNotMatch(p.output(), /^framecap: /m, p.output());
    }
  });
});
