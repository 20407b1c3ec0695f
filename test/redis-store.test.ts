// The Redis back-end without a browser: the job store's indexes, URL
// checks, and two API servers sharing one Redis and one data folder.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newJob } from '../src/core/job.ts';
import { UserError } from '../src/core/types.ts';
import { createServer } from '../src/server/index.ts';
import type { JobRecord } from '../src/server/index.ts';
import { RedisJobStore } from '../src/server/redis/store.ts';
import { FileJobStore } from '../src/server/store.ts';
import type { JobStore } from '../src/server/store.ts';
import { Redis } from 'ioredis';
import { checkRedisUrl, describeRedisUrl } from '../src/server/redis/url.ts';
import { startRedis } from './helpers/redis.ts';
import type { TestRedis } from './helpers/redis.ts';

let redis: TestRedis;
const dirs: string[] = [];
before(async () => {
  redis = await startRedis();
});
after(async () => {
  await redis?.stop();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

function record(owner: string, createdMs: number, extra: Partial<JobRecord> = {}): JobRecord {
  return {
    job: newJob('batch', new Date(createdMs)),
    owner,
    request: { type: 'batch' } as unknown as JobRecord['request'],
    idempotency: null, attempts: 0, resultKey: null, capture: null, failures: [], webhookId: null,
    ...extra,
  };
}

test('the Redis store lists newest first per owner, filters by status, and keeps its lookups in step with saves and deletes', async () => {
  const store = new RedisJobStore(redis.url);
  await store.open();
  try {
    const t = Date.now();
    const a1 = record('owner-a', t, { idempotency: { key: 'deploy-1', fingerprint: 'f' } });
    const a2 = record('owner-a', t + 1, { capture: { id: 'cap_X', key: 'captures/cap_X.png', ext: 'png', contentType: 'image/png' } });
    const a3 = record('owner-a', t + 2);
    const b1 = record('owner-b', t + 3);
    a2.job.status = 'completed';
    for (const r of [a1, a2, a3, b1]) await store.save(r);

    const page = await store.list({ owner: 'owner-a', limit: 2, offset: 0 });
    assert.equal(page.total, 3);
    assert.deepEqual(page.records.map((r) => r.job.id), [a3.job.id, a2.job.id]);
    assert.deepEqual((await store.list({ owner: 'owner-a', limit: 2, offset: 2 })).records.map((r) => r.job.id), [a1.job.id]);
    const done = await store.list({ owner: 'owner-a', status: 'completed', limit: 10, offset: 0 });
    assert.deepEqual([done.total, done.records[0]?.job.id], [1, a2.job.id]);
    assert.equal((await store.list({ owner: 'owner-b', limit: 10, offset: 0 })).total, 1);

    assert.equal((await store.findByIdempotencyKey('owner-a', 'deploy-1'))?.job.id, a1.job.id);
    assert.equal(await store.findByIdempotencyKey('owner-b', 'deploy-1'), null);
    assert.equal((await store.findByCaptureId('cap_X'))?.job.id, a2.job.id);
    assert.deepEqual((await store.all()).map((r) => r.job.id), [a1, a2, a3, b1].map((r) => r.job.id));

    await store.delete(a1.job.id);
    await store.delete(a2.job.id);
    assert.equal(await store.get(a1.job.id), null);
    assert.equal(await store.findByIdempotencyKey('owner-a', 'deploy-1'), null);
    assert.equal(await store.findByCaptureId('cap_X'), null);
    assert.equal((await store.list({ owner: 'owner-a', limit: 10, offset: 0 })).total, 1);
  } finally {
    await store.close();
  }
});

for (const kind of ['file', 'redis'] as const) {
  test(`the ${kind} store's view of a 10,000-URL batch is what a poll shows, without the request; in step with saves, gone with the job`, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'framecap-view-'));
    dirs.push(dataDir);
    const store: JobStore = kind === 'file' ? new FileJobStore(dataDir) : new RedisJobStore(redis.url);
    await store.open();
    try {
      const urls = Array.from({ length: 10_000 }, (_, i) => `https://example.com/docs/page-${i}.html`);
      const r = record('owner-v', Date.now(), {
        request: { type: 'batch', urls, headers: { authorization: 'Bearer view-secret-0123456789' } } as unknown as JobRecord['request'],
        origin: 'http://127.0.0.1:8080',
      });
      await store.save(r);
      const view = (await store.view(r.job.id))!;
      assert.deepEqual(view, { job: r.job, owner: 'owner-v', capture: null, origin: 'http://127.0.0.1:8080' });
      assert.ok(!JSON.stringify(view).includes('view-secret'), 'no header value in the view');
      assert.ok(JSON.stringify(view).length < 2_000, `the view is small (${JSON.stringify(view).length} bytes)`);
      // The caller's copy is its own.
      view.job.status = 'failed';
      assert.equal((await store.view(r.job.id))!.job.status, 'pending');

      r.job.status = 'processing';
      r.job.progress = { total: 10_000, completed: 12, failed: 1, percentage: 0 };
      await store.save(r);
      assert.deepEqual((await store.view(r.job.id))!.job, r.job);
      assert.deepEqual((await store.list({ owner: 'owner-v', limit: 1, offset: 0 })).records.map((v) => v.job), [r.job]);

      await store.delete(r.job.id);
      assert.equal(await store.view(r.job.id), null);
      if (kind === 'redis') {
        const peek = new Redis(redis.url);
        try {
          assert.equal(await peek.exists(`framecap:view:${r.job.id}`, `framecap:job:${r.job.id}`), 0);
        } finally {
          peek.disconnect();
        }
      }
    } finally {
      await store.close();
    }
  });
}

test('Redis URLs are checked at the door, and never shown with their password', async () => {
  assert.equal(checkRedisUrl('redis://127.0.0.1:6379'), 'redis://127.0.0.1:6379');
  assert.throws(() => checkRedisUrl('127.0.0.1:6379'), (err: Error) => err instanceof UserError && /redis:\/\//.test(err.message));
  assert.throws(() => checkRedisUrl('http://127.0.0.1:6379'), /start with redis:\/\/ or rediss:\/\//);
  assert.equal(describeRedisUrl('redis://user:s3cret@10.0.0.5:6380/2'), 'redis://10.0.0.5:6380/2');
  await assert.rejects(createServer({ dataDir: join(tmpdir(), 'framecap-never-created'), allowNoAuth: true, redis: 'localhost:6379' }), /--redis must/);
});

test('two API servers share one Redis and one data folder: a job submitted on one is seen and cancelled on the other', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'framecap-redis-two-'));
  dirs.push(dataDir);
  const one = await createServer({ dataDir, allowNoAuth: true, port: 0, redis: redis.url });
  const two = await createServer({ dataDir, allowNoAuth: true, port: 0, redis: redis.url });
  try {
    const [a, b] = await Promise.all([one.start(), two.start()]);
    // The first test left two pending Job documents that were never queued: starting servers queued them (once).
    const before = ((await (await fetch(`${a}/readyz`)).json()) as { queued: number }).queued;
    assert.equal(before, 2);
    const submitted = await fetch(`${a}/v1/batch`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ urls: ['http://127.0.0.1:9/never-rendered'], device: 'none' }),
    });
    assert.equal(submitted.status, 202);
    const { job_id: id } = (await submitted.json()) as { job_id: string };
    const seen = (await (await fetch(`${b}/v1/jobs/${id}`)).json()) as { status: string };
    assert.equal(seen.status, 'pending');
    assert.equal(((await (await fetch(`${b}/readyz`)).json()) as { queued: number }).queued, before + 1);
    // No worker runs: the job is still waiting, so cancelling ends it at once.
    const cancelled = await fetch(`${b}/v1/jobs/${id}`, { method: 'DELETE' });
    assert.equal(cancelled.status, 200);
    assert.equal(((await (await fetch(`${a}/v1/jobs/${id}`)).json()) as { status: string; error: string }).status, 'canceled');
    assert.equal(((await (await fetch(`${a}/readyz`)).json()) as { queued: number }).queued, before);
  } finally {
    await Promise.all([one.close(), two.close()]);
  }
});
