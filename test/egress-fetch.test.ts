// The guarded fetch that sitemap and webhook requests use on the server:
// it connects to the address the guard checked (never resolving the name
// again), keeps the name for the Host header, checks every redirect hop, and
// a refused webhook is not retried.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { newJob, progressOf } from '../src/core/job.ts';
import { EgressGuard, egressPolicy, EgressRefused, guardedFetch } from '../src/core/net/index.ts';
import type { LookupFn } from '../src/core/net/index.ts';
import { buildPayload, deliverWebhook, webhookConfig } from '../src/notify/webhook.ts';

interface Recorder { port: number; seen: Array<{ url: string; headers: IncomingHttpHeaders; body: string }>; server: Server }

async function recorder(handler?: (url: string) => { status: number; location?: string }): Promise<Recorder> {
  const seen: Recorder['seen'] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c; });
    req.on('end', () => {
      seen.push({ url: req.url ?? '', headers: req.headers, body });
      const answer = handler?.(req.url ?? '') ?? { status: 200 };
      res.writeHead(answer.status, { 'content-type': 'text/plain', ...(answer.location ? { location: answer.location } : {}) }).end('hello');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, seen, server };
}

let allowed: Recorder;
let refused: Recorder;
before(async () => {
  refused = await recorder();
  allowed = await recorder((url) => (url.startsWith('/hop') ? { status: 302, location: `http://127.0.0.1:${refused.port}/inside` } : { status: 200 }));
});
after(() => {
  allowed.server.close();
  refused.server.close();
});

test('connects to the checked address with the name in the Host header; DNS is asked once per request', async () => {
  let lookups = 0;
  const lookup: LookupFn = async (name) => {
    lookups++;
    // A rebinding resolver would answer differently the second time; there is no second time.
    return name === 'site.test' ? [{ address: '127.0.0.1', family: 4 }] : [];
  };
  const fetch = guardedFetch(new EgressGuard(egressPolicy([`site.test:${allowed.port}`], lookup)));
  const res = await fetch(`http://site.test:${allowed.port}/page?x=1`, { headers: { 'user-agent': 'framecap-test' } });
  assert.equal(res.status, 200);
  assert.equal(await res.text(), 'hello');
  assert.equal(lookups, 1);
  const last = allowed.seen.at(-1)!;
  assert.equal(last.url, '/page?x=1');
  assert.equal(last.headers.host, `site.test:${allowed.port}`);
  assert.equal(last.headers['user-agent'], 'framecap-test');
});

test('each redirect hop is checked: allowed → refused stops before connecting', async () => {
  const fetch = guardedFetch(new EgressGuard(egressPolicy([`127.0.0.1:${allowed.port}`])));
  await assert.rejects(fetch(`http://127.0.0.1:${allowed.port}/hop`), (err: Error) => err instanceof EgressRefused && /127\.0\.0\.1 is a loopback address/.test(err.message));
  assert.deepEqual(refused.seen, []);
  // With redirect: 'manual' (webhooks) the 302 itself is the answer.
  const manual = await fetch(`http://127.0.0.1:${allowed.port}/hop`, { redirect: 'manual' });
  assert.equal(manual.status, 302);
});

test('a webhook to a refused address fails at once, is not retried, and nothing is sent', async () => {
  const job = newJob('batch', new Date());
  job.status = 'completed';
  job.progress = progressOf(1, 1, 0);
  job.completed_at = new Date().toISOString();
  const fetch = guardedFetch(new EgressGuard(egressPolicy([]))) as typeof globalThis.fetch;
  const result = await deliverWebhook(webhookConfig({ url: `http://127.0.0.1:${refused.port}/hook`, secret: null }), buildPayload(job), { fetch, sleep: async () => {} });
  assert.equal(result.status, 'failed');
  assert.equal(result.attempts, 1);
  assert.match(result.error ?? '', /refused: 127\.0\.0\.1 is a loopback address/);
  assert.equal(refused.seen.length, 0);
  // The same delivery to an allowed receiver goes through the guarded fetch fine.
  const allowing = guardedFetch(new EgressGuard(egressPolicy([`127.0.0.1:${refused.port}`]))) as typeof globalThis.fetch;
  const ok = await deliverWebhook(webhookConfig({ url: `http://127.0.0.1:${refused.port}/hook`, secret: null }), buildPayload(job), { fetch: allowing });
  assert.equal(ok.status, 'delivered');
  assert.equal(JSON.parse(refused.seen[0]!.body).status, 'completed');
});
