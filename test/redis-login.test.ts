// A job that logs in, end to end on the queue server with the Redis back-end:
// an API server and a render worker in this process, a real redis-server, real
// Chromium, and the app behind a login (test/helpers/auth-app.ts) on
// 127.0.0.1. The request carries the login block with the password itself (a
// request never reads the server's environment); the captures must show the
// signed-in page, the app must see one login and the session cookie on every
// page, and the password and the session must appear nowhere the server
// keeps or sends: the Job document, Redis, the shared folder, the ZIP, the
// webhook, the logs.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import sharp from 'sharp';
import { Webhook } from 'standardwebhooks';
import type { Job } from '../src/core/job.ts';
import { createServer, startWorker } from '../src/server/index.ts';
import type { FramecapServer, FramecapWorker } from '../src/server/index.ts';
import { startAuthApp } from './helpers/auth-app.ts';
import type { AuthApp } from './helpers/auth-app.ts';
import { startRedis } from './helpers/redis.ts';
import type { TestRedis } from './helpers/redis.ts';
import { until } from './helpers/until.ts';
import { readZip } from './helpers/zip.ts';
import { startReceiver } from './helpers/receiver.ts';
import { assertNowhere, filesUnder } from './helpers/secrets.ts';

const KEY = 'redis-login-key-0123456789abcdef0123';
const SECRET = `whsec_${randomBytes(24).toString('base64')}`;
const USER = 'grace-hopper';
const PASSWORD = 'pw-QueueLoginSecret-41d7';
const GREEN = [0, 192, 64];


/** Every value Redis holds, whatever the key's type, as text. */
async function redisDump(redis: Redis): Promise<string> {
  const out: string[] = [];
  for (const key of await redis.keys('*')) {
    const type = await redis.type(key);
    const value = type === 'string' ? await redis.get(key)
      : type === 'hash' ? await redis.hgetall(key)
        : type === 'list' ? await redis.lrange(key, 0, -1)
          : type === 'set' ? await redis.smembers(key)
            : type === 'zset' ? await redis.zrange(key, 0, -1)
              : type === 'stream' ? await redis.xrange(key, '-', '+')
                : null;
    out.push(`${key} ${JSON.stringify(value)}`);
  }
  return out.join('\n');
}

describe('queue server on Redis: a job that logs in', () => {
  let redis: TestRedis;
  let app: AuthApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let dataDir: string;
  let server: FramecapServer;
  let worker: FramecapWorker;
  let origin: string;
  let peek: Redis;
  const logs: string[] = [];
  const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

  before(async () => {
    redis = await startRedis();
    app = await startAuthApp({ user: USER, password: PASSWORD });
    receiver = await startReceiver();
    dataDir = await mkdtemp(join(tmpdir(), 'framecap-redis-login-'));
    const stream = new Writable({ write(chunk: Buffer, _enc, done) { logs.push(chunk.toString('utf8')); done(); } });
    server = await createServer({
      dataDir, apiKeys: [KEY], port: 0, redis: redis.url, webhookSecret: SECRET, allowHosts: ['127.0.0.1'], logger: { level: 'info', stream },
    });
    origin = await server.start();
    const log = (level: string) => (obj: object, msg: string): void => { logs.push(`${level} ${msg} ${JSON.stringify(obj)}`); };
    worker = await startWorker({
      redis: redis.url, dataDir, concurrency: 1, pageConcurrency: 2, webhookSecret: SECRET, allowHosts: ['127.0.0.1'],
      log: { info: log('info'), warn: log('warn'), error: log('error') },
    });
    peek = new Redis(redis.url);
  });
  after(async () => {
    await worker?.close();
    await server?.close();
    peek?.disconnect();
    await app?.close();
    await receiver?.close();
    await redis?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('the login block in the body: one login, every page signed in (pixels and the cookie the app saw), the password and the session nowhere', async () => {
    const pages = ['/p/1', '/p/2', '/p/3'].map((p) => `${app.origin}${p}`);
    const body = {
      urls: pages, device: 'none', viewport: '400x300', retries: 0, webhook_url: receiver.url,
      login: {
        url: `${app.origin}/login`,
        steps: [{ fill: '#user', value: USER }, { fill: '#password', value: PASSWORD }, { press: 'Enter' }],
        'success-url': '**/dashboard',
      },
    };
    const res = await fetch(`${origin}/v1/batch`, { method: 'POST', headers, body: JSON.stringify(body) });
    assert.equal(res.status, 202, await res.clone().text());
    const { job_id: id } = (await res.json()) as { job_id: string };
    const job = await until('the webhook to be delivered', async () => {
      const j = (await (await fetch(`${origin}/v1/jobs/${id}`, { headers })).json()) as Job;
      return j.webhook_status === 'delivered' ? j : null;
    }, 90_000);
    assert.equal(job.status, 'completed', job.error ?? '');

    // What the app saw: one login POST with the password, then each page with the session it handed out.
    assert.equal(app.logins(), 1);
    const posted = app.seen.filter((s) => s.path === '/session');
    assert.equal(new URLSearchParams(posted[0]!.body).get('password'), PASSWORD, 'the login typed the password the request carried');
    const [token] = app.tokens;
    assert.ok(token);
    for (const page of ['/p/1', '/p/2', '/p/3']) {
      const visits = app.seen.filter((s) => s.path === page);
      assert.ok(visits.length >= 1, `${page} was captured`);
      assert.ok(visits.every((s) => (s.headers.cookie ?? '').includes(`sid=${token}`)), `${page} carried the session cookie`);
    }
    assert.equal(app.seen.filter((s) => s.path === '/login').length, 1, 'only the login itself opened the login page');

    // The result: the signed-in page, green, in every image.
    const zip = await fetch(`${origin}/v1/jobs/${id}/download`, { headers });
    assert.equal(zip.status, 200);
    const zipPath = join(dataDir, `${id}-download.zip`);
    await writeFile(zipPath, Buffer.from(await zip.arrayBuffer()));
    const entries = await readZip(zipPath);
    const images = entries.filter((e) => e.name.endsWith('.png'));
    assert.equal(images.length, 3);
    for (const image of images) {
      const { data, info } = await sharp(image.data).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const i = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * 3;
      const rgb = [data[i]!, data[i + 1]!, data[i + 2]!];
      assert.ok(rgb.every((v, k) => Math.abs(v - GREEN[k]!) <= 12), `${image.name}: rgb(${rgb.join(',')}) is not the signed-in page`);
    }
    const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
    assert.equal(manifest.settings.login, 'used', 'the manifest names the login, not what it typed');

    // The webhook is the signed job document.
    const hook = receiver.received.find((r) => JSON.parse(r.body).job_id === id);
    assert.ok(hook);
    new Webhook(SECRET).verify(hook.body, hook.headers as Record<string, string>);

    const stored = await redisDump(peek);
    assert.ok(stored.includes(`framecap:job:${id}`), 'Redis holds the job (the search below looks where it is kept)');
    const places = [
      { what: 'the Job document (API)', data: JSON.stringify(job) },
      { what: 'Redis', data: stored },
      { what: 'the webhook', data: hook.body },
      { what: 'the logs', data: logs.join('\n') },
      ...entries.map((e) => ({ what: `ZIP entry ${e.name}`, data: e.data })),
      ...(await filesUnder(dataDir)).filter((f) => f.path !== zipPath).map((f) => ({ what: f.path, data: f.data })),
    ];
    assert.ok(logs.length > 0, 'the logs were captured');
    for (const secret of [PASSWORD, token]) assertNowhere(secret, places);
  });
});
