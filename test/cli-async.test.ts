// Async mode through the real CLI: `framecap serve` as its own process, then
// `capture --async` and `jobs …` against it, all on 127.0.0.1.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { join } from 'node:path';
import { startExampleSite } from './helpers/site.ts';
import { childEnv, cliArgs, runCli } from './helpers/run.ts';
import { runMain } from './helpers/main.ts';
import { readZip } from './helpers/zip.ts';
import type { Manifest } from '../src/core/manifest.ts';
import { tempDir } from './helpers/temp-dir.ts';

const KEY = 'test-key-0123456789abcdef';
let site: Awaited<ReturnType<typeof startExampleSite>>;
const dir = tempDir('framecap-async-');
let server: ChildProcess;
let apiUrl: string;

before(async () => {
  site = await startExampleSite();
  server = spawn(process.execPath, cliArgs(['serve', '--port', '0', '--data-dir', join(dir, 'data'), '--allow-host', '127.0.0.1']), {
    env: childEnv({ FRAMECAP_API_KEYS: KEY }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  apiUrl = await new Promise<string>((resolve, reject) => {
    server.stderr!.on('data', (d: Buffer) => {
      stderr += d;
      const m = /queue server on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (m) resolve(m[1]!);
    });
    server.on('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
});

after(async () => {
  if (server.exitCode === null) {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
  await site.close();
});

const env = () => childEnv({ FRAMECAP_API_URL: apiUrl, FRAMECAP_API_KEY: KEY });

test('capture --async sends pages: rules and variants: the server captures each page per variant, full page where the rule says', async () => {
  const out = join(dir, 'async-variants.zip');
  const config = join(dir, 'framecap.yml');
  writeFileSync(config, 'pages:\n  - {name: docs, match: "/docs/**", full-page: true}\n');
  const r = await runCli([
    'capture', '--async', '--config', config, `${site.origin}/`, `${site.origin}/docs/install.html`,
    '--device', 'none', '--viewport', '640x480', '--variants', 'plain=none,framed=browser-macos', '-o', out, '--json',
  ], { env: env() });
  assert.equal(r.code, 0, r.stderr);
  const entries = await readZip(out);
  const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString()) as Manifest;
  assert.deepEqual(manifest.captures.map((c) => [c.status, c.file, c.variant, c.rules]), [
    ['ok', 'index@plain.png', 'plain', undefined],
    ['ok', 'index@framed.png', 'framed', undefined],
    ['ok', 'docs/install@plain.png', 'plain', ['docs']],
    ['ok', 'docs/install@framed.png', 'framed', ['docs']],
  ], manifest.captures.map((c) => c.error).join('; '));
  assert.deepEqual(manifest.settings.variants?.map((v) => v.name), ['plain', 'framed']);
  const size = async (file: string) => sharp(entries.find((e) => e.name === file)!.data).metadata();
  const home = await size('index@plain.png');
  assert.deepEqual([home.width, home.height], [640, 480]);
  const docs = await size('docs/install@plain.png');
  assert.equal(docs.width, 640);
  assert.ok(docs.height! > 480 * 1.2, `the rule's full page reached the server (${docs.height} px)`);
  assert.ok((await size('index@framed.png')).width! > 640, 'the framed variant is in its frame');
});

test('capture --async submits to the server, waits, and downloads the ZIP', async () => {
  const out = join(dir, 'async.zip');
  const r = await runCli([
    'capture', '--async', '--sitemap', `${site.origin}/sitemap.xml`, '--limit', '3', '--device', 'none',
    '--viewport', '800x600', '-o', out, '--json',
  ], { env: env() });
  assert.equal(r.code, 0, r.stderr);
  const job = JSON.parse(r.stdout);
  assert.equal(job.status, 'completed');
  assert.equal(job.type, 'sitemap');
  assert.deepEqual(job.progress, { total: 3, completed: 3, failed: 0, percentage: 100 });
  const entries = await readZip(out);
  const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString()) as Manifest;
  assert.equal(manifest.job.id, job.id, 'the ZIP carries the server job id');
  assert.equal(manifest.captures.filter((c) => c.status === 'ok').length, 3);

  // The jobs commands' output and exit codes come from main(): in this process, no start-up each.
  const status = await runMain(['jobs', 'status', job.id, '--json'], { env: env() });
  assert.equal(status.code, 0, status.stderr);
  assert.equal(JSON.parse(status.stdout).status, 'completed');

  const list = await runMain(['jobs', 'list', '--status', 'completed', '--json'], { env: env() });
  assert.equal(list.code, 0, list.stderr);
  assert.ok(JSON.parse(list.stdout).jobs.some((j: { id: string }) => j.id === job.id));

  const again = join(dir, 'again.zip');
  const dl = await runMain(['jobs', 'download', job.id, '-o', again], { env: env() });
  assert.equal(dl.code, 0, dl.stderr);
  assert.equal((await readZip(again)).length, entries.length);
});

test('async mode: all URLs failing ends failed with exit 1; a wrong key is told what to do', async () => {
  const r = await runCli(['capture', '--async', `${site.origin}/nope.html`, '--retries', '0', '-o', join(dir, 'f.zip'), '--json'], { env: env() });
  assert.equal(r.code, 1, r.stderr);
  assert.equal(JSON.parse(r.stdout).status, 'failed');
  const bad = await runMain(['jobs', 'list', '--api-key', 'wrong-key-0123456789'], { env: env() });
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /api-key|FRAMECAP_API_KEY/i);
  assert.ok(!bad.stderr.includes('wrong-key-0123456789'), 'the key is not echoed');
});
