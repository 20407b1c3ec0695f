// mode: async from dist/ under Node 24: the Action submits to a real queue
// server on 127.0.0.1, waits, downloads the ZIP and reports as a local run.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from '../src/server/index.ts';
import type { FramecapServer } from '../src/server/index.ts';
import type { Manifest } from '../src/core/manifest.ts';
import { runDistAction } from './helpers/action-process.ts';
import { freshCheckout, node24 as node24Path } from './helpers/checkout.ts';
import { startExampleSite } from './helpers/site.ts';

const KEY = 'action-async-key-0123456789';
let site: Awaited<ReturnType<typeof startExampleSite>>;
let server: FramecapServer;
let origin: string;
let dir: string;
let checkout: string;
let node24: string;

before(async () => {
  node24 = node24Path();
  checkout = freshCheckout('framecap-async-checkout-');
  dir = mkdtempSync(join(tmpdir(), 'framecap-action-async-'));
  site = await startExampleSite();
  server = await createServer({ dataDir: join(dir, 'data'), apiKeys: [KEY], port: 0, allowHosts: ['127.0.0.1'] });
  origin = await server.start();
});
after(async () => {
  await server?.close();
  await site?.close();
  for (const d of [dir, checkout]) if (d) rmSync(d, { recursive: true, force: true });
});

test('mode: async submits the job, waits, downloads, and sets the same outputs', async () => {
  const r = await runDistAction(node24, checkout, { cwd: dir, env: {
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    INPUT_MODE: 'async',
    'INPUT_API-URL': origin,
    'INPUT_API-KEY': KEY,
    INPUT_URLS: `${site.origin}/\n${site.origin}/about.html\n${site.origin}/missing.html`,
    INPUT_DEVICE: 'none',
    INPUT_RETRIES: '0',
    INPUT_OUTPUT: 'remote.zip',
    'INPUT_POLL-TIMEOUT': '120000',
  } });
  assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
  // ::add-mask:: is how the runner learns the value to hide; nothing else may carry it.
  const printed = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
  assert.ok(r.stdout.includes(`::add-mask::${KEY}`), 'the key is masked');
  assert.ok(!printed.includes(KEY), 'the API key is never printed');
  const { outputs } = r;
  assert.equal(outputs.status, 'partial');
  assert.deepEqual([outputs.total, outputs.completed, outputs.failed], ['3', '2', '1']);
  assert.equal(outputs['zip-path'], join(dir, 'remote.zip'));
  const job = JSON.parse(outputs.json!);
  const stored = await server.store.get(job.id);
  assert.ok(stored, 'the job was rendered by the server, under its id');
  const manifest = JSON.parse(readFileSync(outputs['manifest-path']!, 'utf8')) as Manifest;
  assert.equal(manifest.job.id, job.id);
  assert.equal(manifest.captures.find((c) => c.url.endsWith('/missing.html'))?.http_status, 404);
});

test('mode: async without api-url names the input', async () => {
  const r = await runDistAction(node24, checkout, { cwd: dir, env: { INPUT_MODE: 'async', INPUT_URLS: `${site.origin}/` } });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /::error::mode: async needs input 'api-url'/);
});
