// The embedded queue renders in a child process by default: Chromium is the
// child's, not the API server's; a child that dies (OOM killer, kill -9) is
// treated like a crashed worker: its job goes back to the queue and finishes
// on the next attempt, and after maxAttempts it ends failed saying the
// renderer died. Real server, real Chromium, real example site; processes
// read from ps.

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
import type { JobRecord } from '../src/server/index.ts';
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
    server = await createServer({ dataDir, allowNoAuth: true, port: 0, allowHosts: ['127.0.0.1'], pageConcurrency: 1, maxAttempts: 2 });
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

  /** Waits for a render child of this process that is not one of `seen`, and its browser; kills the child with SIGKILL mid-job. */
  async function killRenderChild(id: string, seen: Set<number>): Promise<Proc> {
    const child = await until('a new render child', () => processes().find((p) => p.ppid === process.pid && /render-child\.(ts|js)/.test(p.args) && !seen.has(p.pid)));
    seen.add(child.pid);
    await until('the job to be processing', async () => (await client.get(id)).status === 'processing');
    const browser = await until('its browser', () => processes().find((p) => p.ppid === child.pid && /chrom/i.test(p.args)));
    // Mid-job: the first (slow) page is being rendered, none is stored yet.
    assert.equal((await client.get(id)).progress.completed, 0);
    process.kill(child.pid, 'SIGKILL');
    return browser;
  }

  const record = async (id: string): Promise<JobRecord> => (await server.store.get(id))!;

  test('a render child killed mid-job (SIGKILL) sends the job back to the queue; a new child finishes it with every page', async () => {
    const urls = [`${site.origin}/__test/slow?ms=2500&again=1`, `${site.origin}/about.html?again=2`, `${site.origin}/pricing.html?again=3`];
    const { job_id: id } = await client.submitBatch({ urls, ...FAST });
    const seen = new Set<number>();
    const browser = await killRenderChild(id, seen);
    const job = await client.waitFor(id, { pollTimeoutMs: 60_000 });
    assert.equal(job.status, 'completed', job.error ?? '');
    assert.deepEqual(job.progress, { total: 3, completed: 3, failed: 0, percentage: 100 });
    assert.equal((await record(id)).attempts, 2, 'the killed attempt is counted');
    const zipPath = join(dataDir, 'dl', 'again.zip');
    await client.download(id, zipPath);
    const entries = await readZip(zipPath);
    const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
    assert.deepEqual(manifest.captures.map((r: { url: string; status: string }) => [r.url, r.status]), urls.map((u) => [u, 'ok']));
    assert.equal(manifest.job.status, 'completed');
    for (const row of manifest.captures as Array<{ file: string }>) {
      assert.deepEqual([...entries.find((e) => e.name === row.file)!.data.subarray(1, 4)], [0x50, 0x4e, 0x47], `${row.file} is a PNG`);
    }
    // Its browser does not outlive it (Chromium exits when the pipe to its parent closes).
    await until('the orphaned browser to go', () => !processes().some((p) => p.pid === browser.pid), 15_000);
  });

  test('a job whose render child dies on every attempt ends failed after maxAttempts, saying the renderer died; the server goes on', async () => {
    const { job_id: id } = await client.submitBatch({ urls: [1, 2].map((n) => `${site.origin}/__test/slow?ms=4000&kill=${n}`), ...FAST });
    const seen = new Set<number>();
    await killRenderChild(id, seen);
    await killRenderChild(id, seen);
    const job = await client.waitFor(id, { pollTimeoutMs: 30_000 });
    assert.equal(job.status, 'failed');
    assert.equal(job.error, 'the render process died (SIGKILL) on attempt 2 of 2: out of memory, or killed; the job is not tried again');
    assert.equal(job.download_url, null);
    assert.equal((await record(id)).attempts, 2);
    const next = await client.submitBatch({ urls: [`${site.origin}/`], ...FAST });
    assert.equal((await client.waitFor(next.job_id, { pollTimeoutMs: 30_000 })).status, 'completed');
  });
});
