// The embedded queue renders in a child process by default: Chromium is the
// child's, not the API server's; a canceled job stops through the child; a
// child that dies (OOM killer, kill -9) ends its job with a message that says
// so, and the server goes on answering. Real server, real Chromium, real
// example site; processes read from ps.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobsClient } from '../src/client/jobs-client.ts';
import { createServer } from '../src/server/index.ts';
import type { FramecapServer } from '../src/server/index.ts';
import { startExampleSite } from './helpers/site.ts';
import type { ExampleSite } from './helpers/site.ts';
import { readZip } from './helpers/zip.ts';
import { until } from './helpers/until.ts';

const FAST = { device: 'none', viewport: '400x300', retries: 0 } as const;

interface Proc { pid: number; ppid: number; args: string }

function processes(): Proc[] {
  return execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' }).split('\n').filter(Boolean).map((line) => {
    const m = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line)!;
    return { pid: Number(m[1]), ppid: Number(m[2]), args: m[3]! };
  });
}

describe('the embedded queue renders in a child process', () => {
  let site: ExampleSite;
  let dataDir: string;
  let server: FramecapServer;
  let client: JobsClient;

  before(async () => {
    site = await startExampleSite();
    dataDir = await mkdtemp(join(tmpdir(), 'framecap-off-loop-'));
    server = await createServer({ dataDir, allowNoAuth: true, port: 0, allowHosts: ['127.0.0.1'], pageConcurrency: 1 });
    client = new JobsClient({ apiUrl: await server.start(), pollIntervalMs: 100, maxPollIntervalMs: 200 });
  });
  after(async () => {
    await server?.close();
    await site?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('Chromium runs under the render child, not the API server; the batch completes with every page', async () => {
    const urls = [`${site.origin}/__test/slow?ms=1500&k=1`, `${site.origin}/about.html`];
    const { job_id: id } = await client.submitBatch({ urls, ...FAST });
    const child = await until('the render child to start', () => processes().find((p) => p.ppid === process.pid && /render-child\.(ts|js)/.test(p.args)));
    const browser = await until('its browser', () => processes().find((p) => p.ppid === child.pid && /chrom/i.test(p.args)));
    assert.ok(browser);
    assert.ok(!processes().some((p) => p.ppid === process.pid && /chrom/i.test(p.args)), 'no browser is the API server\'s own child');
    const job = await client.waitFor(id, { pollTimeoutMs: 30_000 });
    assert.equal(job.status, 'completed', job.error ?? '');
    const zipPath = join(dataDir, 'dl', 'off-loop.zip');
    await client.download(id, zipPath);
    const manifest = JSON.parse((await readZip(zipPath)).find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
    assert.deepEqual(manifest.captures.map((r: { url: string }) => r.url), urls);
    assert.equal(manifest.job.id, id, 'the child wrote the server\'s job identity into the manifest');
    await until('the child to exit', () => !processes().some((p) => p.pid === child.pid));
  });

  test('a render child killed mid-job ends the job failed, saying so; the server goes on', async () => {
    const { job_id: id } = await client.submitBatch({ urls: [1, 2, 3].map((n) => `${site.origin}/__test/slow?ms=2000&kill=${n}`), ...FAST });
    const child = await until('the render child to start', () => processes().find((p) => p.ppid === process.pid && /render-child\.(ts|js)/.test(p.args)));
    await until('the job to be processing', async () => (await client.get(id)).status === 'processing');
    const browser = await until('its browser', () => processes().find((p) => p.ppid === child.pid && /chrom/i.test(p.args)));
    process.kill(child.pid, 'SIGKILL');
    const job = await client.waitFor(id, { pollTimeoutMs: 20_000 });
    assert.equal(job.status, 'failed');
    assert.match(job.error ?? '', /the render process stopped \(SIGKILL\) before the run ended/);
    // Its browser does not outlive it (Chromium exits when the pipe to its parent closes).
    await until('the orphaned browser to go', () => !processes().some((p) => p.pid === browser.pid), 15_000);
    const next = await client.submitBatch({ urls: [`${site.origin}/`], ...FAST });
    assert.equal((await client.waitFor(next.job_id, { pollTimeoutMs: 30_000 })).status, 'completed');
  });
});
