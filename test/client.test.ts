// The Jobs API client against real HTTP servers on 127.0.0.1: a scripted
// server for the ways a network and a busy server misbehave, and the real
// queue server (no jobs rendered) for its error answers.

import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobsApiError, JobsClient, parseRetryAfter } from '../src/client/jobs-client.ts';
import { newJob } from '../src/core/job.ts';
import type { Job, JobStatus } from '../src/core/job.ts';
import { UserError } from '../src/core/types.ts';
import { createServer } from '../src/server/index.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

interface Scripted {
  url: string;
  requests: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string; at: number }>;
  close(): Promise<void>;
}

/** Answers the n-th request with handlers[n] (the last one repeats). */
async function scripted(handlers: Handler[]): Promise<Scripted> {
  const requests: Scripted['requests'] = [];
  const server = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c; });
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, at: Date.now() });
      const handler = handlers[Math.min(requests.length - 1, handlers.length - 1)]!;
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Handler => (_req, res) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const jobWith = (status: JobStatus, percentage = 0): Job => ({
  ...newJob('batch'),
  id: 'job_01KNS1WNPW9FCHZSK4XNTHMB0H',
  status,
  progress: { total: 10, completed: percentage / 10, failed: 0, percentage },
});
const apiError = (status: number, code: string, message: string, headers: Record<string, string> = {}): Handler =>
  json(status, { error: { code, message, field: null } }, headers);

const servers: Scripted[] = [];
const dirs: string[] = [];
after(async () => {
  for (const s of servers) await s.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});
async function serve(handlers: Handler[]): Promise<Scripted> {
  const s = await scripted(handlers);
  servers.push(s);
  return s;
}
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'framecap-client-'));
  dirs.push(d);
  return d;
}

const fast = (url: string, extra: object = {}) => new JobsClient({ apiUrl: url, apiKey: 'k', pollIntervalMs: 20, maxPollIntervalMs: 40, ...extra });

describe('waitFor', () => {
  test('polls until the job ends, reporting progress, riding out 503s and a 429 with Retry-After', async () => {
    const s = await serve([
      json(200, jobWith('pending')),
      apiError(503, 'shutting_down', 'restarting'),
      json(200, jobWith('processing', 40)),
      apiError(429, 'queue_full', 'busy', { 'retry-after': '1' }),
      (_req, res) => res.destroy(), // a dropped connection
      json(200, jobWith('processing', 80)),
      json(200, jobWith('partial', 100)),
    ]);
    const seen: string[] = [];
    const job = await fast(s.url).waitFor('job_01KNS1WNPW9FCHZSK4XNTHMB0H', { onProgress: (j) => seen.push(`${j.status}:${j.progress.percentage}`) });
    assert.equal(job.status, 'partial');
    assert.deepEqual(seen, ['pending:0', 'processing:40', 'processing:80', 'partial:100']);
    assert.equal(s.requests.length, 7);
    // Retry-After: 1 was honoured (the poll interval alone is 40 ms at most).
    assert.ok(s.requests[4]!.at - s.requests[3]!.at >= 950, `waited ${s.requests[4]!.at - s.requests[3]!.at} ms`);
    assert.equal(s.requests[0]!.headers.authorization, 'Bearer k');
    assert.equal(s.requests[0]!.url, '/v1/jobs/job_01KNS1WNPW9FCHZSK4XNTHMB0H');
  });

  test('backs off from pollIntervalMs towards maxPollIntervalMs', async () => {
    const processing = json(200, jobWith('processing', 10));
    const s = await serve([processing, processing, processing, processing, processing, json(200, jobWith('completed', 100))]);
    await new JobsClient({ apiUrl: s.url, pollIntervalMs: 100, maxPollIntervalMs: 200 }).waitFor('job_x');
    const gaps = s.requests.slice(1).map((r, i) => r.at - s.requests[i]!.at);
    // Equal jitter: each wait is between half and all of an interval that doubles, then stays at the cap:
    // 100, 200, 200, 200, 200 (uncapped, the last would be 1600: at least 800).
    assert.equal(gaps.length, 5);
    assert.ok(gaps[0]! >= 45, `gaps ${gaps}`);
    assert.ok(gaps.slice(1).every((g) => g >= 95), `gaps ${gaps}`);
    assert.ok(gaps.every((g) => g < 600), `gaps ${gaps}`);
  });

  test('gives up after pollTimeoutMs with a message that says the job keeps running', async () => {
    const s = await serve([json(200, jobWith('processing', 30))]);
    await assert.rejects(
      fast(s.url).waitFor('job_01KNS1WNPW9FCHZSK4XNTHMB0H', { pollTimeoutMs: 150 }),
      (err: Error) => err instanceof UserError && /still processing \(30%\).*framecap jobs get job_01KNS1WNPW9FCHZSK4XNTHMB0H/.test(err.message),
    );
  });

  test('stops at once on a permanent error (404) and when its signal aborts', async () => {
    const s = await serve([apiError(404, 'not_found', 'no job job_x for this API key')]);
    await assert.rejects(fast(s.url).waitFor('job_x'), (err: Error) => err instanceof JobsApiError && err.status === 404 && /only visible to the API key/.test(err.message));
    assert.equal(s.requests.length, 1);

    const slow = await serve([json(200, jobWith('processing'))]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user pressed Ctrl-C')), 100);
    await assert.rejects(fast(slow.url).waitFor('job_x', { signal: controller.signal }), /Ctrl-C/);
  });
});

describe('errors', () => {
  test('401 tells the user which flag and variable to check; the server\'s message is kept', async () => {
    const server = await createServer({ dataDir: await tempDir(), apiKeys: ['the-right-key-0123456789'], port: 0, allowHosts: ['127.0.0.1'] });
    try {
      const origin = await server.start();
      const client = new JobsClient({ apiUrl: origin, apiKey: 'a-wrong-key-0000000000000' });
      await assert.rejects(client.list(), (err: Error) => err instanceof JobsApiError && err.status === 401
        && /check --api-key \/ FRAMECAP_API_KEY/.test(err.message) && /invalid API key/.test(err.message));
      const right = new JobsClient({ apiUrl: origin, apiKey: 'the-right-key-0123456789' });
      await assert.rejects(right.submitBatch({ urls: ['ftp://x'] }), (err: Error) => err instanceof JobsApiError
        && err.status === 400 && err.field === 'urls[0]' && /rejected the request: urls\[0\] must be an http\(s\) URL/.test(err.message));
      await assert.rejects(right.get('job_01KNS1WNPW9FCHZSK4XNTHMB0H'), /no job .* only visible to the API key/);
      assert.deepEqual((await right.list({ limit: 5 })).jobs, []);
    } finally {
      await server.close();
    }
  });

  test('an unreachable server says to check --api-url, after retrying', async () => {
    const s = await serve([json(200, {})]);
    const url = s.url;
    await s.close();
    servers.splice(servers.indexOf(s), 1);
    await assert.rejects(fast(url).get('job_x'), (err: Error) => err instanceof JobsApiError && err.status === 0
      && err.transient && /cannot reach the Jobs API at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\).*--api-url/.test(err.message));
  });

  test('a 404 that is not ours (wrong URL, a proxy) says the URL is probably wrong', async () => {
    const s = await serve([(_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>')]);
    await assert.rejects(fast(s.url).get('job_x'), /has no GET \/v1\/jobs\/job_x .*check --api-url/);
  });

  test('bad apiUrl values are refused up front', () => {
    assert.throws(() => new JobsClient({ apiUrl: 'shots.example.com' }), /not a URL/);
    assert.throws(() => new JobsClient({ apiUrl: 'ftp://shots.example.com' }), /https:\/\/ or http:\/\//);
  });

  test('parseRetryAfter reads seconds and HTTP dates', () => {
    assert.equal(parseRetryAfter('7'), 7000);
    assert.equal(parseRetryAfter(new Date(10_000).toUTCString(), 4_000), 6000);
    assert.equal(parseRetryAfter('soon'), null);
    assert.equal(parseRetryAfter(null), null);
  });
});

describe('submit', () => {
  test('retries a transient failure with the same Idempotency-Key, so the server makes one job', async () => {
    const s = await serve([apiError(502, 'internal_error', 'bad gateway'), json(202, { job_id: 'job_A', status: 'pending' })]);
    const res = await fast(s.url).submitSitemap({ sitemap_url: 'https://example.com/sitemap.xml', max_pages: 5 });
    assert.deepEqual(res, { job_id: 'job_A', status: 'pending', job: null });
    assert.equal(s.requests.length, 2);
    const [a, b] = s.requests;
    assert.equal(a!.method, 'POST');
    assert.equal(a!.url, '/v1/sitemap');
    assert.ok(a!.headers['idempotency-key']);
    assert.equal(a!.headers['idempotency-key'], b!.headers['idempotency-key']);
    assert.deepEqual(JSON.parse(b!.body), { sitemap_url: 'https://example.com/sitemap.xml', max_pages: 5 });
    assert.equal(a!.headers['content-type'], 'application/json');
  });

  test('passes a given Idempotency-Key, returns the Job document of a 200 answer, and gives up after its retries', async () => {
    const doc = { job_id: 'job_B', ...jobWith('completed', 100), id: 'job_B' };
    const s = await serve([json(200, doc)]);
    const res = await fast(s.url).submitCapture({ url: 'https://example.com/', async: false }, { idempotencyKey: 'my-key-1' });
    assert.equal(res.job_id, 'job_B');
    assert.equal(res.status, 'completed');
    assert.equal(res.job?.id, 'job_B');
    assert.equal((res.job as unknown as Record<string, unknown>).job_id, undefined);
    assert.equal(s.requests[0]!.headers['idempotency-key'], 'my-key-1');

    const busy = await serve([apiError(429, 'queue_full', 'the queue is full', { 'retry-after': '0' })]);
    await assert.rejects(fast(busy.url, { retries: 2 }).submitBatch({ urls: ['https://example.com/'] }), (err: Error) =>
      err instanceof JobsApiError && err.status === 429 && /busy \(429: the queue is full\)/.test(err.message));
    assert.equal(busy.requests.length, 3);
  });
});

describe('download', () => {
  const EMPTY_ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]);

  test('streams the ZIP to the path (creating folders) and returns its size', async () => {
    const s = await serve([(_req, res) => res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(EMPTY_ZIP.length) }).end(EMPTY_ZIP)]);
    const dir = await tempDir();
    const path = join(dir, 'deep', 'er', 'out.zip');
    const res = await fast(s.url).download('job_x', path);
    assert.deepEqual(res, { path, bytes: EMPTY_ZIP.length });
    assert.deepEqual(await readFile(path), EMPTY_ZIP);
    assert.equal(s.requests[0]!.url, '/v1/jobs/job_x/download');
  });

  test('refuses what is not a ZIP and leaves no file behind', async () => {
    const s = await serve([(_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>login page</html>')]);
    const dir = await tempDir();
    await assert.rejects(fast(s.url).download('job_x', join(dir, 'out.zip')), (err: Error) => err instanceof UserError && /not a ZIP .*text\/html/.test(err.message));
    assert.deepEqual(await readdir(dir), []);
  });

  test('409 and 410 answers come back as errors with the server\'s message', async () => {
    const s = await serve([
      apiError(409, 'conflict', 'job job_x is processing (40%): results can be downloaded once its status is completed or partial'),
      apiError(410, 'gone', 'the results of job job_x expired at 2026-01-01T00:00:00.000Z and were deleted: submit the job again'),
    ]);
    const dir = await tempDir();
    await assert.rejects(fast(s.url).download('job_x', join(dir, 'a.zip')), (err: Error) => err instanceof JobsApiError && err.status === 409 && /processing \(40%\)/.test(err.message));
    await assert.rejects(fast(s.url).download('job_x', join(dir, 'b.zip')), (err: Error) => err instanceof JobsApiError && err.status === 410 && /submit the job again/.test(err.message));
    assert.deepEqual(await readdir(dir), []);
  });
});

test('cancel and list send what the API expects', async () => {
  const s = await serve([json(200, jobWith('failed')), json(200, { jobs: [], total: 0, limit: 5, offset: 10 })]);
  const client = fast(s.url.replace(/$/, '/'));
  assert.equal((await client.cancel('job_x')).status, 'failed');
  await client.list({ status: 'completed', limit: 5, offset: 10 });
  assert.deepEqual(s.requests.map((r) => `${r.method} ${r.url}`), ['DELETE /v1/jobs/job_x', 'GET /v1/jobs?status=completed&limit=5&offset=10']);
});
