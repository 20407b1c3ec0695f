// Server abuse not covered by server-routes.test.ts: request bodies of the
// wrong shape (each a 400 naming what is wrong), and slow clients (slowloris
// headers, dribbled bodies) that must not keep the server from answering
// everyone else, health checks included.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from '../src/server/index.ts';
import type { FramecapServer } from '../src/server/index.ts';

const KEY = 'abuse-key-0123456789abcdef012345';
const SITE = 'http://127.0.0.1:9/'; // never fetched: the queue is not started for the shape tests

describe('malformed and wrongly typed bodies', () => {
  let server: FramecapServer;
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'framecap-abuse-'));
    server = await createServer({ dataDir: dir, apiKeys: [KEY] });
  });
  after(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('every malformed or wrongly typed body is a 400 invalid_request with a message that says what is wrong', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['/v1/capture', '{"url": ', /JSON|Unexpected end/i],
      ['/v1/capture', '{"url": "x",}', /JSON|Unexpected token/i],
      ['/v1/capture', "{'url': 'x'}", /JSON|Unexpected token/i],
      ['/v1/capture', '', /empty|body/i],
      ['/v1/capture', 'null', /object|body/i],
      ['/v1/capture', '[]', /object/i],
      ['/v1/capture', '"https://example.com/"', /object/i],
      ['/v1/capture', '42', /object/i],
      // Fastify's schema coercion turns 42 into "42": then it is not an http(s) URL.
      ['/v1/capture', '{"url": 42}', /url must be an absolute http\(s\) URL/],
      ['/v1/capture', '{"url": {"href": "https://example.com/"}}', /url.*string/i],
      ['/v1/capture', `{"url": "${SITE}", "full_page": "yes"}`, /full_page.*boolean/i],
      ['/v1/capture', `{"url": "${SITE}", "viewport": []}`, /viewport/i],
      ['/v1/capture', `{"url": "${SITE}", "headers": 5}`, /headers/i],
      ['/v1/capture', `{"url": "${SITE}", "cookies": {"a": "b"}}`, /cookies.*array/i],
      ['/v1/capture', `{"url": "${SITE}", "timeout": "soon"}`, /timeout.*(number|integer)/i],
      ['/v1/capture', `{"url": "${SITE}", "scale": 1e309}`, /scale|JSON|number/i],
      // Prototype-poisoning keys are refused by the JSON parser itself (secure-json-parse).
      ['/v1/capture', `{"url": "${SITE}", "__proto__": {"admin": true}}`, /not valid JSON/],
      ['/v1/capture', `{"url": "${SITE}", "constructor": {"prototype": {"x": 1}}}`, /not valid JSON/],
      ['/v1/batch', '{"urls": {"0": "https://example.com/"}}', /urls.*array/i],
      ['/v1/batch', '{"urls": [1, 2]}', /urls\[0\] must be an absolute http\(s\) URL/],
      ['/v1/batch', `{"urls": ["${SITE}"], "limit": "ten"}`, /limit.*(number|integer)/i],
      ['/v1/batch', `{"urls": ["${SITE}"], "limit": 1.5}`, /limit.*integer/i],
      ['/v1/sitemap', '{"sitemap_url": {"href": "https://example.com/"}}', /sitemap_url.*string/i],
      ['/v1/capture', `${'['.repeat(5_000)}${']'.repeat(5_000)}`, /object|JSON/i],
    ];
    const wrong: string[] = [];
    for (const [url, payload, message] of cases) {
      const res = await server.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' } });
      if (res.statusCode !== 400) {
        wrong.push(`${url} ${payload.slice(0, 60)} → ${res.statusCode} ${res.body}`);
        continue;
      }
      const { error } = res.json() as { error: { code: string; message: string } };
      assert.equal(error.code, 'invalid_request', payload.slice(0, 60));
      if (!message.test(error.message)) wrong.push(`${payload.slice(0, 60)} → ${error.message}`);
    }
    assert.deepEqual(wrong, []);
    // The server is still fine afterwards.
    assert.equal((await server.app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
  });
});

describe('slow clients', () => {
  let server: FramecapServer;
  let dir: string;
  let origin: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'framecap-abuse-'));
    server = await createServer({ dataDir: dir, apiKeys: [KEY], port: 0 });
    origin = await server.start();
  });
  after(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('hundreds of slowloris connections and dribbled bodies do not stop health checks or API answers', async () => {
    const { port } = new URL(origin);
    const sockets: net.Socket[] = [];
    const open = (first: string): Promise<net.Socket> => new Promise((resolve) => {
      const s = net.connect({ host: '127.0.0.1', port: Number(port) }, () => { s.write(first); resolve(s); });
      s.on('error', () => {});
      sockets.push(s);
    });
    // Headers that never end, and a POST whose 100 kB body arrives a byte at a time.
    for (let i = 0; i < 150; i++) await open(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow-${i}: `);
    for (let i = 0; i < 150; i++) {
      await open(`POST /v1/batch HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${KEY}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"urls": [`);
    }
    const drip = setInterval(() => { for (const s of sockets) if (!s.destroyed) s.write('a'); }, 100);
    try {
      for (let i = 0; i < 30; i++) {
        const health = await fetch(`${origin}/healthz`);
        assert.equal(health.status, 200);
        assert.deepEqual(await health.json(), { status: 'ok' });
        const list = await fetch(`${origin}/v1/jobs`, { headers: { authorization: `Bearer ${KEY}` } });
        assert.equal(list.status, 200);
        await list.arrayBuffer();
      }
      // A flood of concurrent health checks on top, all answered.
      const flood = await Promise.all(Array.from({ length: 300 }, () => fetch(`${origin}/healthz`).then((r) => r.status)));
      assert.ok(flood.every((s) => s === 200));
    } finally {
      clearInterval(drip);
      for (const s of sockets) s.destroy();
    }
    // The server cuts off clients that take longer than requestTimeoutMs to send a request.
    assert.equal(server.config.requestTimeoutMs, 30_000);
  });
});
