// The queue server's egress guard end to end: a real server, real Chromium,
// two sites on 127.0.0.1. One port is allow-listed (the "public" site); the
// other stands for everything a job must not reach (the metadata service, an
// admin panel on localhost). The refused site counts every connection it
// gets: the tests prove it got none, not merely that the job failed.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lookup } from 'node:dns/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Job } from '../src/core/job.ts';
import type { ManifestRow } from '../src/core/types.ts';
import { createServer } from '../src/server/index.ts';
import type { FramecapServer } from '../src/server/index.ts';
import { startExampleSite } from './helpers/site.ts';
import type { ExampleSite } from './helpers/site.ts';
import { readZip } from './helpers/zip.ts';

const KEY = 'egress-key-0123456789abcdef0123456';
const FAST = { device: 'none', viewport: '400x300', retries: 0, timeout: 20_000 } as const;

interface Forbidden { port: number; origin: string; paths: string[]; connections: number; close(): Promise<void> }

/** The site jobs must not reach: records every request and every raw connection (CONNECT, WebSocket upgrades included). */
async function startForbidden(): Promise<Forbidden> {
  const paths: string[] = [];
  let connections = 0;
  const server: Server = createHttpServer((req, res) => {
    paths.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>internal admin panel</h1>');
  });
  server.on('connection', () => { connections++; });
  server.on('upgrade', (req, socket) => { paths.push(`upgrade ${req.url}`); socket.destroy(); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    port, origin: `http://127.0.0.1:${port}`, paths,
    get connections() { return connections; },
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'framecap-egress-'));
  dirs.push(d);
  return d;
}

describe('egress guard on the queue server', () => {
  let site: ExampleSite;
  let forbidden: Forbidden;
  let server: FramecapServer;
  let origin: string;
  const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
  // The system resolver for every name but flip.test, a name whose answer changes between submit and delivery.
  let submitting = false;
  const flipLookups = { submit: 0, later: 0 };
  const dnsLookup = async (name: string) => {
    if (name !== 'flip.test') return lookup(name, { all: true, verbatim: true });
    flipLookups[submitting ? 'submit' : 'later']++;
    // A public answer is needed to pass the submit check; that check only resolves, it never connects.
    return [{ address: submitting ? '93.184.215.14' : '127.0.0.1', family: 4 }];
  };

  const submit = async (path: string, body: object): Promise<Job> => {
    const res = await fetch(`${origin}${path}`, { method: 'POST', headers, body: JSON.stringify({ ...FAST, ...body }) });
    assert.equal(res.status, 202, await res.clone().text());
    const { job_id: id } = (await res.json()) as { job_id: string };
    const deadline = Date.now() + 90_000;
    for (;;) {
      const job = (await (await fetch(`${origin}/v1/jobs/${id}`, { headers })).json()) as Job;
      if (['completed', 'partial', 'failed'].includes(job.status) && job.webhook_status !== 'pending') return job;
      if (Date.now() > deadline) throw new Error(`job ${id} did not end: ${JSON.stringify(job)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const manifestOf = async (job: Job): Promise<ManifestRow[]> => {
    const zip = join(await tempDir(), 'out.zip');
    const res = await fetch(`${origin}${job.download_url}`, { headers });
    assert.equal(res.status, 200);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(zip, Buffer.from(await res.arrayBuffer()));
    const entries = await readZip(zip);
    return JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8')).captures as ManifestRow[];
  };

  before(async () => {
    forbidden = await startForbidden();
    const f = forbidden.origin;
    site = await startExampleSite({
      // A page on an allowed host that reaches for the refused one every way a page can.
      '/hostile-subresources.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>hostile</title>
<body style="background:#fff"><h1>Subresources</h1>
<img src="${f}/img.png"><img src="http://localhost:${forbidden.port}/img-localhost.png">
<img src="http://2130706433:${forbidden.port}/img-decimal.png"><img src="http://[::ffff:127.0.0.1]:${forbidden.port}/img-mapped.png">
<iframe src="${f}/frame.html"></iframe>
<link rel="stylesheet" href="${f}/style.css">
<script>
fetch('${f}/fetch').catch(() => {});
const x = new XMLHttpRequest(); x.open('GET', '${f}/xhr'); x.send();
try { new WebSocket('ws://127.0.0.1:${forbidden.port}/ws'); } catch {}
navigator.sendBeacon && navigator.sendBeacon('${f}/beacon', 'x');
</script></body>`);
      },
      '/sitemap-pointing-inside.xml': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/xml' }).end(`<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${site.origin}/about.html</loc></url><url><loc>${f}/admin</loc></url></urlset>`);
      },
    });
    const sitePort = Number(new URL(site.origin).port);
    // Only the example site's port: the same address on another port stays refused.
    server = await createServer({
      dataDir: await tempDir(), apiKeys: [KEY], port: 0, pageConcurrency: 2, allowHosts: [`127.0.0.1:${sitePort}`], dnsLookup,
    });
    origin = await server.start();
  });
  after(async () => {
    await server?.close();
    await site?.close();
    await forbidden?.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  test('a capture of a loopback address that is not allow-listed is refused with a clear error', async () => {
    const job = await submit('/v1/capture', { url: `${forbidden.origin}/admin` });
    assert.equal(job.status, 'failed');
    assert.match(job.error ?? '', /refused: 127\.0\.0\.1 is a loopback address.*--allow-host/);
    assert.equal(forbidden.connections, 0);
  });

  test('an allow-listed host is captured; its requests to a refused address are blocked and never arrive', async () => {
    const job = await submit('/v1/batch', { urls: [`${site.origin}/hostile-subresources.html`, `${site.origin}/`], delay: 500 });
    assert.equal(job.status, 'completed', job.error ?? '');
    const rows = await manifestOf(job);
    assert.ok(rows.every((r) => r.status === 'ok'));
    assert.equal(site.hits('/hostile-subresources.html') >= 1, true);
    assert.deepEqual(forbidden.paths, [], 'the refused site got requests');
    assert.equal(forbidden.connections, 0);
  });

  test('a redirect from an allowed host to a refused one, and a name that resolves to loopback, are blocked rows', async () => {
    const urls = [
      `${site.origin}/__test/redirect?to=${encodeURIComponent(`${forbidden.origin}/after-redirect`)}`,
      `http://localhost:${forbidden.port}/by-name`,
      `http://2130706433:${forbidden.port}/decimal`,
      `${site.origin}/about.html`,
    ];
    const job = await submit('/v1/batch', { urls });
    assert.equal(job.status, 'partial', job.error ?? '');
    const rows = await manifestOf(job);
    const [redirect, byName, decimal, fine] = rows;
    assert.equal(redirect?.status, 'failed');
    assert.equal(redirect?.category, 'blocked');
    assert.match(redirect?.error ?? '', /refused: 127\.0\.0\.1 is a loopback address/);
    assert.equal(byName?.category, 'blocked');
    assert.match(byName?.error ?? '', /localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
    assert.equal(decimal?.category, 'blocked');
    assert.equal(fine?.status, 'ok', 'the next page in the run is captured');
    assert.deepEqual(forbidden.paths, []);
    assert.equal(forbidden.connections, 0);
  });

  test('sitemap fetches are guarded: a refused sitemap fails the job; a refused <loc> is a blocked row', async () => {
    const refused = await submit('/v1/sitemap', { sitemap_url: `${forbidden.origin}/sitemap.xml` });
    assert.equal(refused.status, 'failed');
    assert.match(refused.error ?? '', /refused: 127\.0\.0\.1 is a loopback address/);
    const viaRedirect = await submit('/v1/sitemap', { sitemap_url: `${site.origin}/__test/redirect?to=${encodeURIComponent(`${forbidden.origin}/sitemap.xml`)}` });
    assert.equal(viaRedirect.status, 'failed');
    assert.match(viaRedirect.error ?? '', /refused/);

    const mixed = await submit('/v1/sitemap', { sitemap_url: `${site.origin}/sitemap-pointing-inside.xml` });
    assert.equal(mixed.status, 'partial', mixed.error ?? '');
    const rows = await manifestOf(mixed);
    assert.equal(rows.find((r) => r.url.endsWith('/admin'))?.category, 'blocked');
    assert.equal(rows.find((r) => r.url.endsWith('/about.html'))?.status, 'ok');
    assert.deepEqual(forbidden.paths, []);
  });

  test('a webhook URL on a refused address is refused at submit: a 400, no job, nothing sent', async () => {
    for (const hook of [`${forbidden.origin}/hook`, `http://localhost:${forbidden.port}/hook`]) {
      const res = await fetch(`${origin}/v1/capture`, { method: 'POST', headers, body: JSON.stringify({ ...FAST, url: `${site.origin}/`, webhook_url: hook }) });
      assert.equal(res.status, 400, hook);
      const { error } = (await res.json()) as { error: { field: string; message: string } };
      assert.equal(error.field, 'webhook_url');
      assert.match(error.message, /^webhook_url: (127\.0\.0\.1 is|localhost resolves to (127\.0\.0\.1|::1),) a loopback address; framecap serve refuses loopback, private and link-local webhook targets unless --allow-host allows them$/);
    }
    assert.deepEqual(forbidden.paths, []);
    assert.equal(forbidden.connections, 0);
  });

  test('a name that passed at submit and resolves to a refused address at delivery is still not called', async () => {
    // flip.test answers a public address only while the submit is in flight; the delivery then sees 127.0.0.1.
    submitting = true;
    let res: Response;
    try {
      res = await fetch(`${origin}/v1/capture`, {
        method: 'POST', headers, body: JSON.stringify({ ...FAST, url: `${site.origin}/`, webhook_url: `http://flip.test:${forbidden.port}/hook` }),
      });
    } finally {
      submitting = false;
    }
    assert.equal(res.status, 202, await res.clone().text());
    const { job_id: id } = (await res.json()) as { job_id: string };
    const deadline = Date.now() + 90_000;
    let job: Job;
    for (;;) {
      job = (await (await fetch(`${origin}/v1/jobs/${id}`, { headers })).json()) as Job;
      if (['completed', 'partial', 'failed'].includes(job.status) && job.webhook_status !== 'pending') break;
      if (Date.now() > deadline) throw new Error(`job ${id} did not end: ${JSON.stringify(job)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(job.status, 'completed', job.error ?? '');
    assert.equal(job.webhook_status, 'failed');
    assert.ok(flipLookups.submit >= 1 && flipLookups.later >= 1, `looked up at submit and at delivery: ${JSON.stringify(flipLookups)}`);
    assert.deepEqual(forbidden.paths, []);
    assert.equal(forbidden.connections, 0);
  });
});
