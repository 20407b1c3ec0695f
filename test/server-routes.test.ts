// The Jobs API's routes through app.inject(): no port, no browser. The queue
// is never started here, so submitted jobs stay pending and nothing renders.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { UserError } from '../src/core/types.ts';
import { createServer } from '../src/server/index.ts';
import type { FramecapServer, ServerConfig } from '../src/server/index.ts';
import { JOB_SCHEMA } from '../src/server/schemas.ts';

const KEY_A = 'key-a-0123456789abcdef0123456789';
const KEY_B = 'key-b-0123456789abcdef0123456789';
const auth = (key: string = KEY_A) => ({ authorization: `Bearer ${key}` });
const SITE = 'http://127.0.0.1:9/'; // never fetched: these jobs never run

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'framecap-routes-'));
  dirs.push(dir);
  return dir;
}
after(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function makeServer(extra: Partial<ServerConfig> = {}): Promise<FramecapServer> {
  return createServer({ dataDir: await tempDir(), apiKeys: [KEY_A, KEY_B], ...extra });
}

async function post(app: FastifyInstance, url: string, payload: unknown, headers: Record<string, string> = auth()) {
  return app.inject({ method: 'POST', url, payload: payload as object, headers });
}

describe('routes', () => {
  let server: FramecapServer;
  let app: FastifyInstance;
  before(async () => {
    server = await makeServer({ maxQueued: 1000 });
    app = server.app;
  });
  after(() => server.close());

  test('/openapi.json documents every route the app serves, with its schemas', async () => {
    const res = await app.inject({ method: 'GET', url: '/openapi.json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    assert.equal(doc.openapi, '3.1.0');
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    assert.deepEqual(documented, [
      'DELETE /v1/jobs/{id}',
      'GET /healthz',
      'GET /openapi.json',
      'GET /readyz',
      'GET /v1/captures/{id}.{ext}', 'GET /v1/captures/{id}/parts/{k}.{ext}',
      'GET /v1/jobs',
      'GET /v1/jobs/{id}',
      'GET /v1/jobs/{id}/download',
      'POST /v1/batch',
      'POST /v1/capture',
      'POST /v1/sitemap',
    ]);
    // Every documented route exists in fastify (and vice versa: printRoutes lists nothing else of ours).
    for (const entry of documented) {
      const [method, path] = entry.split(' ') as [string, string];
      const url = path.replace('{id}.{ext}', ':id.:ext').replace(/\{(\w+)\}/g, ':$1');
      assert.ok(app.hasRoute({ method: method as 'GET', url }), `fastify lacks ${entry}`);
    }
    const batch = doc.paths['/v1/batch'].post;
    assert.deepEqual(batch.security, [{ bearerAuth: [] }]);
    assert.ok(batch.requestBody.content['application/json'].schema.properties.urls);
    assert.ok(batch.parameters.some((p: { name: string }) => p.name === 'Idempotency-Key'));
    assert.ok(doc.paths['/v1/sitemap'].post.requestBody.content['application/json'].schema.properties.include_pattern);
    assert.deepEqual(doc.paths['/v1/jobs/{id}'].get.responses['200'].content['application/json'].schema.required, JOB_SCHEMA.required);
    // result.url is the image (seed API); the page is result.page_url, and the serializer keeps it.
    const result = doc.paths['/v1/jobs/{id}'].get.responses['200'].content['application/json'].schema.properties.result;
    assert.ok(result.required.includes('page_url'));
    assert.match(result.properties.url.description, /image/);
    assert.ok(doc.paths['/v1/jobs/{id}/download'].get.responses['200'].content['application/zip']);
    assert.ok(doc.paths['/v1/jobs'].get.parameters.some((p: { name: string; in: string }) => p.name === 'limit' && p.in === 'query'));
    assert.deepEqual(doc.paths['/healthz'].get.security, []);
    assert.ok(doc.components.securitySchemes.bearerAuth);
  });

  test('/healthz answers 200; /readyz 503 until the queue is started', async () => {
    assert.equal((await app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(ready.statusCode, 503);
    assert.equal(ready.json().status, 'unavailable');
  });

  test('401 without a key, with a malformed header and with a wrong key', async () => {
    for (const headers of [{}, { authorization: KEY_A }, { authorization: 'Bearer not-a-known-key-000000000' }]) {
      const res = await app.inject({ method: 'GET', url: '/v1/jobs', headers });
      assert.equal(res.statusCode, 401);
      assert.equal(res.json().error.code, 'unauthorized');
      assert.match(res.headers['www-authenticate'] as string, /^Bearer/);
    }
    // Auth runs before the body is read: an unauthenticated invalid body is a 401, not a 400.
    const res = await post(app, '/v1/batch', { nonsense: true }, {});
    assert.equal(res.statusCode, 401);
  });

  test('POST /v1/batch answers 202 with a pending job, and GET shows the Job document', async () => {
    const res = await post(app, '/v1/batch', { urls: [SITE, `${SITE}about`], device: 'none', viewport: { width: 400, height: 300 } });
    assert.equal(res.statusCode, 202);
    const body = res.json();
    assert.match(body.job_id, /^job_[0-9A-Z]{26}$/);
    assert.equal(body.status, 'pending');
    assert.equal(res.headers.location, `/v1/jobs/${body.job_id}`);

    const job = (await app.inject({ method: 'GET', url: `/v1/jobs/${body.job_id}`, headers: auth() })).json();
    assert.deepEqual(Object.keys(job).sort(), [...JOB_SCHEMA.required].sort());
    assert.equal(job.id, body.job_id);
    assert.equal(job.type, 'batch');
    assert.equal(job.status, 'pending');
    assert.equal(job.download_url, null);
  });

  test('request fields map to the settings every door shares; errors name the field', async () => {
    const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
      ['/v1/capture', {}, 'url', /url is required/],
      ['/v1/capture', { url: SITE, full_pages: true }, 'full_pages', /not a known field/],
      ['/v1/capture', { url: 'ftp://example.com/' }, 'url', /http\(s\)/],
      ['/v1/capture', { url: 'not a url' }, 'url', /absolute http\(s\) URL/],
      ['/v1/capture', { url: SITE, wait_until: 'soon' }, 'wait_until', /load, domcontentloaded, networkidle/],
      ['/v1/capture', { url: SITE, format: 'gif' }, 'format', /png, jpeg, webp/],
      // Shapes pass the schema; the values are rejected by resolveSettings, with the API's field names.
      ['/v1/capture', { url: SITE, viewport: '10x10' }, 'viewport', /^viewport must be WIDTHxHEIGHT/],
      ['/v1/capture', { url: SITE, viewport: { width: 5, height: 300 } }, 'viewport', /WIDTHxHEIGHT/],
      ['/v1/capture', { url: SITE, quality: 500 }, 'quality', /^quality must be from 1 to 100/],
      ['/v1/capture', { url: SITE, timeout: 5 }, 'timeout', /^timeout must be from 1000/],
      ['/v1/capture', { url: SITE, scale: 9 }, 'scale', /^scale must be a number from 1 to 4/],
      ['/v1/capture', { url: SITE, headers: { 'bad header': 'x' } }, 'headers', /^headers must look like/],
      ['/v1/capture', { url: SITE, cookies: ['novalue'] }, 'cookies', /^cookies must look like/],
      ['/v1/capture', { url: SITE, device: 'no-such-frame' }, 'device', /unknown device "no-such-frame"/],
      ['/v1/capture', { url: SITE, webhook_url: 'ftp://hooks.example/' }, 'webhook_url', /http\(s\)/],
      ['/v1/capture', { url: SITE, background: 'white', background_preset: 'midnight' }, 'background_preset', /not both/],
      ['/v1/batch', { urls: [] }, 'urls', /fewer than 1/],
      ['/v1/batch', { urls: [SITE, 'file:///etc/passwd'] }, 'urls[1]', /http\(s\)/],
      ['/v1/batch', { urls: [SITE], limit: 0 }, 'limit', />= 1/],
      ['/v1/batch', { urls: [SITE], callback_url: 'https://a.example/', webhook_url: 'https://b.example/' }, 'callback_url', /another name/],
      ['/v1/sitemap', { sitemap_url: '/etc/passwd' }, 'sitemap_url', /http\(s\) URL/],
      ['/v1/sitemap', { sitemap_url: `${SITE}sitemap.xml`, include_pattern: '(' }, 'include_pattern', /not a valid regular expression/],
      ['/v1/sitemap', { sitemap_url: `${SITE}sitemap.xml`, limit: 5, max_pages: 6 }, 'max_pages', /another name for limit/],
      ['/v1/sitemap', { sitemap_url: `${SITE}sitemap.xml`, max_pages: 20_000 }, 'max_pages', /at most 10000/],
      // Settings the server owns cannot be set by a request.
      ['/v1/batch', { urls: [SITE], output: '/tmp/x.zip' }, 'output', /not a known field/],
      ['/v1/batch', { urls: [SITE], browser_path: '/bin/sh' }, 'browser_path', /not a known field/],
    ];
    for (const [url, body, field, message] of cases) {
      const res = await post(app, url, body);
      assert.equal(res.statusCode, 400, `${url} ${JSON.stringify(body)}: ${res.body}`);
      const { error } = res.json();
      assert.equal(error.code, 'invalid_request');
      assert.equal(error.field, field, `${JSON.stringify(body)} → ${error.message}`);
      assert.match(error.message, message);
    }
  });

  test('valid option spellings are accepted (viewport as string or object, headers as map or list, cookies as objects)', async () => {
    const ok = [
      { url: SITE, viewport: '400x300', headers: { 'X-Token': 'secret-value-123' }, cookies: [{ name: 's', value: 'v', domain: '127.0.0.1' }] },
      { url: SITE, viewport: { width: 400, height: 300 }, headers: ['X-Token: secret'], hide: '.banner', background_preset: 'midnight' },
      { url: SITE, device: 'none', format: 'jpeg', quality: 70, full_page: true, wait_until: 'networkidle', delay: 10, color_scheme: 'dark' },
    ];
    for (const body of ok) {
      const res = await post(app, '/v1/capture', body);
      assert.equal(res.statusCode, 202, res.body);
    }
  });

  test('header and cookie values never appear in API answers, and job files are private', async () => {
    const res = await post(app, '/v1/batch', { urls: [SITE], headers: { Authorization: 'Bearer upstream-secret-xyz' }, cookies: ['sid=cookie-secret-xyz'] });
    const id = res.json().job_id;
    const get = await app.inject({ method: 'GET', url: `/v1/jobs/${id}`, headers: auth() });
    const list = await app.inject({ method: 'GET', url: '/v1/jobs?limit=100', headers: auth() });
    for (const text of [res.body, get.body, list.body]) {
      assert.ok(!text.includes('upstream-secret-xyz') && !text.includes('cookie-secret-xyz'));
    }
    const file = join(server.config.dataDir, 'jobs', `${id}.json`);
    assert.equal((await stat(file)).mode & 0o777, 0o600);
    const stored = JSON.parse(await readFile(file, 'utf8'));
    // The owner is a hash of the key, never the key.
    assert.match(stored.owner, /^[0-9a-f]{64}$/);
    assert.ok(!(await readFile(file, 'utf8')).includes(KEY_A));
    // Kept while the job may still run; dropped once it ended.
    assert.ok((await readFile(file, 'utf8')).includes('upstream-secret-xyz'));
    await app.inject({ method: 'DELETE', url: `/v1/jobs/${id}`, headers: auth() });
    const ended = await readFile(file, 'utf8');
    assert.ok(!ended.includes('upstream-secret-xyz') && !ended.includes('cookie-secret-xyz'));
  });

  test('each key sees only its own jobs: another key\'s job is a 404 everywhere', async () => {
    const id = (await post(app, '/v1/batch', { urls: [SITE] })).json().job_id;
    for (const [method, url] of [['GET', `/v1/jobs/${id}`], ['DELETE', `/v1/jobs/${id}`], ['GET', `/v1/jobs/${id}/download`], ['GET', `/v1/captures/${id}.png`]] as const) {
      const res = await app.inject({ method, url, headers: auth(KEY_B) });
      assert.equal(res.statusCode, 404, `${method} ${url}`);
      assert.equal(res.json().error.code, 'not_found');
    }
    const listB = (await app.inject({ method: 'GET', url: '/v1/jobs?limit=100', headers: auth(KEY_B) })).json();
    assert.ok(!listB.jobs.some((j: { id: string }) => j.id === id));
    const listA = (await app.inject({ method: 'GET', url: '/v1/jobs?limit=100', headers: auth(KEY_A) })).json();
    assert.ok(listA.jobs.some((j: { id: string }) => j.id === id));
    // Still pending for its owner: the other key's DELETE did nothing.
    assert.equal((await app.inject({ method: 'GET', url: `/v1/jobs/${id}`, headers: auth() })).json().status, 'pending');
  });

  test('GET /v1/jobs filters by status, pages newest first, and caps limit at 100', async () => {
    const { app: app2, close } = await makeServer();
    try {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await post(app2, '/v1/batch', { urls: [`${SITE}${i}`] })).json().job_id);
      await app2.inject({ method: 'DELETE', url: `/v1/jobs/${ids[0]}`, headers: auth() });
      const page1 = (await app2.inject({ method: 'GET', url: '/v1/jobs?limit=2', headers: auth() })).json();
      assert.equal(page1.total, 5);
      assert.deepEqual(page1.jobs.map((j: { id: string }) => j.id), [ids[4], ids[3]]);
      const page2 = (await app2.inject({ method: 'GET', url: '/v1/jobs?limit=2&offset=2', headers: auth() })).json();
      assert.deepEqual(page2.jobs.map((j: { id: string }) => j.id), [ids[2], ids[1]]);
      const failed = (await app2.inject({ method: 'GET', url: '/v1/jobs?status=canceled', headers: auth() })).json();
      assert.deepEqual(failed.jobs.map((j: { id: string }) => j.id), [ids[0]]);
      assert.equal(failed.limit, 20);
      const tooMany = await app2.inject({ method: 'GET', url: '/v1/jobs?limit=101', headers: auth() });
      assert.equal(tooMany.statusCode, 400);
      assert.equal(tooMany.json().error.field, 'limit');
      const badStatus = await app2.inject({ method: 'GET', url: '/v1/jobs?status=done', headers: auth() });
      assert.equal(badStatus.statusCode, 400);
      assert.equal(badStatus.json().error.field, 'status');
    } finally {
      await close();
    }
  });

  test('cancelling a pending job ends it canceled at once; cancelling again is a 409', async () => {
    const id = (await post(app, '/v1/batch', { urls: [SITE] })).json().job_id;
    const res = await app.inject({ method: 'DELETE', url: `/v1/jobs/${id}`, headers: auth() });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().status, 'canceled');
    assert.equal(res.json().error, 'canceled before it started');
    assert.ok(res.json().completed_at);
    const again = await app.inject({ method: 'DELETE', url: `/v1/jobs/${id}`, headers: auth() });
    assert.equal(again.statusCode, 409);
    assert.match(again.json().error.message, /already ended \(canceled\)/);
    const download = await app.inject({ method: 'GET', url: `/v1/jobs/${id}/download`, headers: auth() });
    assert.equal(download.statusCode, 409);
    assert.match(download.json().error.message, /was canceled \(canceled before it started\): it has no results/);
  });

  test('downloading a job that has not finished is a 409 that says what to do', async () => {
    const id = (await post(app, '/v1/batch', { urls: [SITE] })).json().job_id;
    const res = await app.inject({ method: 'GET', url: `/v1/jobs/${id}/download`, headers: auth() });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'conflict');
    assert.match(res.json().error.message, /is pending .*completed or partial/);
    const capture = await app.inject({ method: 'GET', url: `/v1/captures/${id}.png`, headers: auth() });
    assert.equal(capture.statusCode, 404);
    assert.match(capture.json().error.message, /batch job/);
  });

  test('unknown ids and routes are 404s in the one error shape', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/jobs/job_00000000000000000000000000', headers: auth() });
    assert.equal(res.statusCode, 404);
    assert.deepEqual(Object.keys(res.json().error).sort(), ['code', 'field', 'message']);
    const route = await app.inject({ method: 'GET', url: '/v2/nothing' });
    assert.equal(route.statusCode, 404);
    assert.match(route.json().error.message, /openapi\.json/);
  });

  test('a body over the limit is a 413; a non-JSON body a 415; broken JSON a 400', async () => {
    const urls = Array.from({ length: 20_000 }, (_, i) => `https://example.com/a-rather-long-path/number-${i}`);
    const big = await post(app, '/v1/batch', { urls });
    assert.equal(big.statusCode, 413);
    assert.equal(big.json().error.code, 'payload_too_large');
    const text = await app.inject({ method: 'POST', url: '/v1/batch', payload: 'urls=x', headers: { ...auth(), 'content-type': 'text/plain' } });
    assert.equal(text.statusCode, 415);
    const broken = await app.inject({ method: 'POST', url: '/v1/batch', payload: '{"urls": [', headers: { ...auth(), 'content-type': 'application/json' } });
    assert.equal(broken.statusCode, 400);
    assert.equal(broken.json().error.code, 'invalid_request');
  });

  test('Idempotency-Key: same key and body → the same job (200); another body → 422; another API key → its own job', async () => {
    const body = { urls: [SITE], device: 'none' };
    const headers = { ...auth(), 'idempotency-key': 'order-42' };
    const first = await post(app, '/v1/batch', body, headers);
    assert.equal(first.statusCode, 202);
    const id = first.json().job_id;
    // Key order does not matter.
    const second = await post(app, '/v1/batch', { device: 'none', urls: [SITE] }, headers);
    assert.equal(second.statusCode, 200);
    assert.equal(second.json().job_id, id);
    assert.equal(second.json().id, id);
    assert.equal(second.json().status, 'pending');

    const conflict = await post(app, '/v1/batch', { urls: [`${SITE}other`] }, headers);
    assert.equal(conflict.statusCode, 422);
    assert.equal(conflict.json().error.code, 'idempotency_key_reused');

    const otherKey = await post(app, '/v1/batch', body, { ...auth(KEY_B), 'idempotency-key': 'order-42' });
    assert.equal(otherKey.statusCode, 202);
    assert.notEqual(otherKey.json().job_id, id);

    // Concurrent retries of one request make one job.
    const racing = await Promise.all([1, 2, 3].map(() => post(app, '/v1/batch', body, { ...auth(), 'idempotency-key': 'race-1' })));
    assert.equal(new Set(racing.map((r) => r.json().job_id)).size, 1);
    assert.deepEqual(racing.map((r) => r.statusCode).sort(), [200, 200, 202]);

    const bad = await post(app, '/v1/batch', body, { ...auth(), 'idempotency-key': 'has space' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.field, 'Idempotency-Key');
  });
});

test('a full queue answers 429 with Retry-After; a cancelled job frees its place', async () => {
  const server = await makeServer({ maxQueued: 2, retryAfterSeconds: 7 });
  try {
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await post(server.app, '/v1/batch', { urls: [SITE] });
      assert.equal(res.statusCode, 202);
      ids.push(res.json().job_id);
    }
    const full = await post(server.app, '/v1/capture', { url: SITE });
    assert.equal(full.statusCode, 429);
    assert.equal(full.headers['retry-after'], '7');
    assert.equal(full.json().error.code, 'queue_full');
    await server.app.inject({ method: 'DELETE', url: `/v1/jobs/${ids[0]}`, headers: auth() });
    assert.equal((await post(server.app, '/v1/capture', { url: SITE })).statusCode, 202);
  } finally {
    await server.close();
  }
});

test('without API keys the server refuses to start, unless allowNoAuth (then only on 127.0.0.1)', async () => {
  await assert.rejects(createServer({ dataDir: await tempDir() }), (err: Error) => err instanceof UserError && /FRAMECAP_API_KEYS/.test(err.message));
  await assert.rejects(
    createServer({ dataDir: await tempDir(), allowNoAuth: true, host: '0.0.0.0' }),
    (err: Error) => err instanceof UserError && /127\.0\.0\.1/.test(err.message),
  );
  await assert.rejects(createServer({ dataDir: await tempDir(), apiKeys: ['short'] }), /at least 16 characters/);
  const open = await createServer({ dataDir: await tempDir(), allowNoAuth: true, port: 0 });
  try {
    assert.equal(open.config.host, '127.0.0.1');
    const res = await post(open.app, '/v1/batch', { urls: [SITE] }, {});
    assert.equal(res.statusCode, 202);
    const origin = await open.start();
    assert.match(origin, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal((await fetch(`${origin}/readyz`)).status, 200);
  } finally {
    await open.close();
  }
});

test('one server per data folder; the folder is free again after close', async () => {
  const dataDir = await tempDir();
  const first = await createServer({ dataDir, apiKeys: [KEY_A] });
  await assert.rejects(createServer({ dataDir, apiKeys: [KEY_A] }), (err: Error) => err instanceof UserError && /another framecap server/.test(err.message));
  await first.close();
  const second = await createServer({ dataDir, apiKeys: [KEY_A] });
  await second.close();

  const lock = join(dataDir, 'server.lock');
  // A container restarted: the old lock names this very pid, but no server in this process holds it.
  await writeFile(lock, JSON.stringify({ host: hostname(), pid: process.pid }));
  await (await createServer({ dataDir, apiKeys: [KEY_A] })).close();
  // A server on another host sharing the volume, alive (recently touched): refused; silent for a minute: stale.
  await writeFile(lock, JSON.stringify({ host: 'other-host.invalid', pid: 1 }));
  await assert.rejects(createServer({ dataDir, apiKeys: [KEY_A] }), /process 1 on other-host\.invalid/);
  const old = new Date(Date.now() - 60_000);
  await utimes(lock, old, old);
  await (await createServer({ dataDir, apiKeys: [KEY_A] })).close();
});

test('jobs survive a restart: pending jobs are still there and queued; temp files of interrupted writes are dropped', async () => {
  const dataDir = await tempDir();
  const first = await createServer({ dataDir, apiKeys: [KEY_A] });
  const id = (await post(first.app, '/v1/batch', { urls: [SITE] })).json().job_id;
  await first.close();
  const jobsDir = join(dataDir, 'jobs');
  await writeFile(join(jobsDir, `${id}.json.abcd.tmp`), '{"half":');
  const second = await createServer({ dataDir, apiKeys: [KEY_A] });
  try {
    const job = (await second.app.inject({ method: 'GET', url: `/v1/jobs/${id}`, headers: auth() })).json();
    assert.equal(job.status, 'pending');
    assert.equal(await second.queue.waiting(), 1);
    assert.deepEqual(await readdir(jobsDir), [`${id}.json`]);
  } finally {
    await second.close();
  }
});

test('async: false answers 202 with the job id when the job takes longer than syncTimeoutMs', async () => {
  const server = await makeServer({ syncTimeoutMs: 50 });
  try {
    const res = await post(server.app, '/v1/capture', { url: SITE, async: false });
    assert.equal(res.statusCode, 202);
    assert.equal(res.json().status, 'pending');
    assert.match(res.json().job_id, /^job_/);
  } finally {
    await server.close();
  }
});

/** Makes a pending capture job look finished, as the runner leaves it (the queue never runs here). */
async function finishCapture(server: FramecapServer, id: string): Promise<string> {
  const record = (await server.store.get(id))!;
  const capId = 'cap_01KNS1WQ3B7Y0V4R2ZJ8M5T6XE';
  record.job.status = 'completed';
  record.job.download_url = record.job.result_url = `/v1/jobs/${id}/download`;
  record.job.result = { id: capId, url: `/v1/captures/${capId}.png`, page_url: SITE, width: 400, height: 300, format: 'png' };
  record.capture = { id: capId, key: `captures/${capId}.png`, ext: 'png', contentType: 'image/png' };
  await server.store.save(record);
  return capId;
}

test('with publicUrl, download URLs and the image URL are absolute on it, whatever Host the request had', async () => {
  const server = await makeServer({ publicUrl: 'https://shots.example.com/' });
  try {
    const id = (await post(server.app, '/v1/capture', { url: SITE }, { ...auth(), host: 'internal:8080' })).json().job_id;
    const capId = await finishCapture(server, id);
    const job = (await server.app.inject({ method: 'GET', url: `/v1/jobs/${id}`, headers: { ...auth(), host: 'internal:8080' } })).json();
    assert.equal(job.download_url, `https://shots.example.com/v1/jobs/${id}/download`);
    assert.equal(job.result_url, job.download_url);
    assert.equal(job.result.url, `https://shots.example.com/v1/captures/${capId}.png`);
    assert.equal(job.result.page_url, SITE);
    // The webhook's document too (no request there).
    assert.equal(server.service.publicJob((await server.store.get(id))!).result?.url, `https://shots.example.com/v1/captures/${capId}.png`);
  } finally {
    await server.close();
  }
});

test('without publicUrl, the image URL is on the origin the request was sent to; the webhook uses the submitting request\'s', async () => {
  const server = await makeServer();
  try {
    const id = (await post(server.app, '/v1/capture', { url: SITE }, { ...auth(), host: 'shots.internal:8080' })).json().job_id;
    const capId = await finishCapture(server, id);
    const get = async (host: string) => (await server.app.inject({ method: 'GET', url: `/v1/jobs/${id}`, headers: { ...auth(), host } })).json();
    assert.equal((await get('127.0.0.1:41234')).result.url, `http://127.0.0.1:41234/v1/captures/${capId}.png`);
    assert.equal((await get('Shots.Internal:8080')).result.url, `http://shots.internal:8080/v1/captures/${capId}.png`);
    // A Host that is more than a host gives no origin: the path stays relative rather than pointing elsewhere.
    assert.equal((await get('evil.example/x?')).result.url, `/v1/captures/${capId}.png`);
    // Only publicUrl makes the ZIP links absolute (they have always been relative without it).
    assert.equal((await get('127.0.0.1:41234')).download_url, `/v1/jobs/${id}/download`);
    const list = (await server.app.inject({ method: 'GET', url: '/v1/jobs', headers: { ...auth(), host: '127.0.0.1:5000' } })).json();
    assert.equal(list.jobs[0].result.url, `http://127.0.0.1:5000/v1/captures/${capId}.png`);
    const record = (await server.store.get(id))!;
    assert.equal(record.origin, 'http://shots.internal:8080');
    assert.equal(server.service.publicJob(record).result?.url, `http://shots.internal:8080/v1/captures/${capId}.png`);
    // What is stored stays relative: the origin is the reader's.
    assert.equal(record.job.result?.url, `/v1/captures/${capId}.png`);
  } finally {
    await server.close();
  }
});

test('a capture job stored before result.url meant the image is shown the new way', async () => {
  const server = await makeServer();
  try {
    const id = (await post(server.app, '/v1/capture', { url: SITE })).json().job_id;
    const capId = await finishCapture(server, id);
    const record = (await server.store.get(id))!;
    // The old shape: the page's address in result.url, no page_url.
    record.job.result = { id: capId, url: SITE, width: 400, height: 300, format: 'png' } as unknown as NonNullable<typeof record.job.result>;
    await server.store.save(record);
    const job = (await server.app.inject({ method: 'GET', url: `/v1/jobs/${id}`, headers: { ...auth(), host: '127.0.0.1:41234' } })).json();
    assert.equal(job.result.url, `http://127.0.0.1:41234/v1/captures/${capId}.png`);
    assert.equal(job.result.page_url, SITE);
  } finally {
    await server.close();
  }
});

test('server settings are checked up front', async () => {
  const dataDir = await tempDir();
  await assert.rejects(createServer({ dataDir, apiKeys: [KEY_A], workers: 0 }), /workers must be a whole number from 1/);
  await assert.rejects(createServer({ dataDir, apiKeys: [KEY_A], publicUrl: 'shots.example.com' }), /publicUrl must be/);
  await assert.rejects(createServer({ dataDir, apiKeys: [KEY_A], webhookSecret: 'whsec_!!' }), /not valid base64/);
  await assert.rejects(createServer({ dataDir: '', apiKeys: [KEY_A] }), /dataDir/);
  // None of those left a lock behind.
  await (await createServer({ dataDir, apiKeys: [KEY_A] })).close();
});

describe('webhook targets the egress guard would refuse are refused at submit', () => {
  // Fixed DNS answers: no lookup leaves this process, and nothing is ever sent (these jobs never run).
  const answers: Record<string, Array<{ address: string; family: number }>> = {
    'hooks.internal.test': [{ address: '10.1.2.3', family: 4 }],
    'mixed.test': [{ address: '93.184.215.14', family: 4 }, { address: '192.168.0.9', family: 4 }],
    'public.test': [{ address: '93.184.215.14', family: 4 }],
  };
  const lookups: string[] = [];
  const dnsLookup = async (name: string) => {
    lookups.push(name);
    const found = answers[name];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
    return found;
  };
  let server: FramecapServer;
  let app: FastifyInstance;
  before(async () => {
    server = await makeServer({ maxQueued: 1000, dnsLookup, allowHosts: ['127.0.0.1:8125'] });
    app = server.app;
  });
  after(() => server.close());

  const RULE = /framecap serve refuses loopback, private and link-local webhook targets unless --allow-host allows them$/;

  test('loopback, private, link-local and mapped addresses: a 400 naming the field, the address and the rule', async () => {
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      ['/v1/capture', { url: SITE, webhook_url: 'http://10.0.0.1/hook' }, 'webhook_url', 'webhook_url: 10.0.0.1 is a private (RFC 1918) address'],
      ['/v1/batch', { urls: [SITE], callback_url: 'http://127.0.0.1:9000/hook' }, 'callback_url', 'callback_url: 127.0.0.1 is a loopback address'],
      ['/v1/capture', { url: SITE, webhook_url: 'http://169.254.169.254/latest' }, 'webhook_url', 'webhook_url: 169.254.169.254 is a link-local address (cloud metadata lives here)'],
      ['/v1/capture', { url: SITE, webhook_url: 'http://[::1]/hook' }, 'webhook_url', 'webhook_url: ::1 is a loopback address'],
      ['/v1/capture', { url: SITE, webhook_url: 'http://[::ffff:192.168.1.1]/hook' }, 'webhook_url', 'webhook_url: ::ffff:c0a8:101 is a private (RFC 1918) address (as 192.168.1.1 inside IPv6)'],
      ['/v1/capture', { url: SITE, webhook_url: 'http://2130706433/hook' }, 'webhook_url', 'webhook_url: 127.0.0.1 is a loopback address'],
      // The allow-list names one port: another port on that address is still refused.
      ['/v1/capture', { url: SITE, webhook_url: 'http://127.0.0.1:8126/hook' }, 'webhook_url', 'webhook_url: 127.0.0.1 is a loopback address'],
      // Names are resolved at submit and their addresses checked.
      ['/v1/sitemap', { sitemap_url: `${SITE}sitemap.xml`, webhook_url: 'https://hooks.internal.test/x' }, 'webhook_url', 'webhook_url: hooks.internal.test resolves to 10.1.2.3, a private (RFC 1918) address'],
    ];
    for (const [url, body, field, reason] of cases) {
      const res = await post(app, url, body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body)}: ${res.body}`);
      const { error } = res.json();
      assert.equal(error.code, 'invalid_request');
      assert.equal(error.field, field);
      assert.ok(error.message.startsWith(`${reason}; `), `${error.message}\n  should start with ${reason}`);
      assert.match(error.message, RULE);
    }
    const listed = await app.inject({ method: 'GET', url: '/v1/jobs', headers: auth() });
    assert.equal(listed.json().total, 0, 'no job was created for any of them');
  });

  test('a name that does not exist is a 400; a public address, a name with a public address and an allowed address are accepted', async () => {
    const missing = await post(app, '/v1/capture', { url: SITE, webhook_url: 'https://nowhere.test/hook' });
    assert.equal(missing.statusCode, 400, missing.body);
    assert.deepEqual(missing.json().error, {
      code: 'invalid_request', field: 'webhook_url', message: 'webhook_url: the host nowhere.test does not exist (no DNS record): check the URL',
    });

    for (const hook of ['https://93.184.215.14/hook', 'https://public.test/hook', 'https://mixed.test/hook', 'http://127.0.0.1:8125/hook']) {
      const res = await post(app, '/v1/capture', { url: SITE, webhook_url: hook });
      assert.equal(res.statusCode, 202, `${hook}: ${res.body}`);
      const job = (await app.inject({ method: 'GET', url: `/v1/jobs/${res.json().job_id}`, headers: auth() })).json();
      assert.equal(job.webhook_url, hook);
      assert.equal(job.webhook_status, 'pending');
    }
    assert.deepEqual(lookups.filter((n) => n !== 'nowhere.test').sort(), ['hooks.internal.test', 'mixed.test', 'public.test'],
      'only names are looked up; IP literals never are');
  });
});

describe('maxUrlsPerJob counts captures: pages × variants, a composite once per device', () => {
  let server: FramecapServer;
  let app: FastifyInstance;
  before(async () => {
    server = await makeServer({ maxQueued: 1000, maxUrlsPerJob: 20 });
    app = server.app;
  });
  after(() => server.close());
  const urls = (n: number): string[] => Array.from({ length: n }, (_, i) => `${SITE}p${i}`);
  const refused = async (url: string, body: unknown, field: string, message: RegExp): Promise<void> => {
    const res = await post(app, url, body);
    assert.equal(res.statusCode, 400, `${JSON.stringify(body).slice(0, 200)}: ${res.body}`);
    const { error } = res.json();
    assert.equal(error.code, 'invalid_request');
    assert.equal(error.field, field, error.message);
    assert.match(error.message, message);
  };

  test('a batch of 10 URLs takes two variants (20 captures), not three; a run-wide composite counts three a page', async () => {
    const two = [{ name: 'desktop' }, { name: 'phone', device: 'phone-ios' }];
    assert.equal((await post(app, '/v1/batch', { urls: urls(10), variants: two })).statusCode, 202);
    await refused('/v1/batch', { urls: urls(10), variants: [...two, { name: 'dark', color_scheme: 'dark' }] }, 'urls',
      /^a job may make at most 20 captures on this server: 10 URLs × 3 captures a page \(one per variant; a composite counts once per device\) = 30; send at most 6 URLs a job/);
    // With a limit under the URLs' count, the limit is what counts, and the field to change.
    assert.equal((await post(app, '/v1/batch', { urls: urls(10), limit: 6, variants: [...two, { name: 'dark' }] })).statusCode, 202);
    await refused('/v1/batch', { urls: urls(10), limit: 7, variants: [...two, { name: 'dark' }] }, 'limit', /7 URLs × 3 captures a page .* = 21/);
    // composite: responsive is three page loads; a variant that turns it off is one: 3 + 1 = 4 a page.
    const composite = { composite: 'responsive', variants: [{ name: 'devices' }, { name: 'plain', composite: 'none' }] };
    assert.equal((await post(app, '/v1/batch', { urls: urls(5), ...composite })).statusCode, 202);
    await refused('/v1/batch', { urls: urls(6), ...composite }, 'urls', /6 URLs × 4 captures a page .* = 24/);
    // A rule that may make a page a composite counts for every page: which pages it matches is known only once they are planned.
    await refused('/v1/batch', { urls: urls(7), pages: [{ match: '/p0', composite: 'responsive' }] }, 'urls', /7 URLs × 3 captures a page/);
  });

  test('a sitemap job without a limit gets the pages its captures allow; a limit over that is refused, naming it', async () => {
    const variants = 'desktop=browser-macos,phone=phone-ios';
    const res = await post(app, '/v1/sitemap', { sitemap_url: `${SITE}sitemap.xml`, variants });
    assert.equal(res.statusCode, 202, res.body);
    const record = await server.store.get(res.json().job_id);
    assert.equal(record!.request.settings.limit, 10, '20 captures, two a page: 10 pages');
    const plain = await post(app, '/v1/sitemap', { sitemap_url: `${SITE}sitemap.xml` });
    assert.equal((await server.store.get(plain.json().job_id))!.request.settings.limit, 20, 'one capture a page: the cap as before');
    assert.equal((await post(app, '/v1/sitemap', { sitemap_url: `${SITE}sitemap.xml`, variants, max_pages: 10 })).statusCode, 202);
    await refused('/v1/sitemap', { sitemap_url: `${SITE}sitemap.xml`, variants, max_pages: 11 }, 'max_pages',
      /^max_pages may be at most 10 on this server with 2 captures a page .*: a job makes at most 20 captures$/);
  });
});
