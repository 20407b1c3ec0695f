// Scale-out for real: `framecap serve --redis` and `framecap worker` as
// separate processes (the CLI from source), a real redis-server with AOF,
// the example site, real Chromium. A worker is killed with SIGKILL in the
// middle of a job: its job must be taken over and finished by the other
// worker, every URL of every job accounted for exactly once. A job that
// kills every worker that takes it ends failed instead of looping, and jobs
// queued before Redis itself crashes are still there after its restart.

import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { Job } from '../src/core/job.ts';
import { createServer } from '../src/server/index.ts';
import type { JobRecord } from '../src/server/index.ts';
import { childEnv, cliArgs } from './helpers/run.ts';
import { startRedis } from './helpers/redis.ts';
import type { TestRedis } from './helpers/redis.ts';
import { startExampleSite } from './helpers/site.ts';
import type { ExampleSite } from './helpers/site.ts';
import { readZip } from './helpers/zip.ts';
import { until } from './helpers/until.ts';

const FAST = { device: 'none', viewport: '400x300', retries: 0 } as const;
const ENDED = new Set(['completed', 'partial', 'failed']);
/** Short locks so a killed worker's job is taken over in about 2 s, not 30. */
const QUICK_TAKEOVER = ['--lock-duration', '2000', '--stalled-interval', '500'];

interface Proc {
  child: ChildProcess;
  output(): string;
  /** Resolves to the first match of re in the output so far or to come. */
  waitFor(re: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** SIGTERM, and waits for the exit (SIGKILL after 15 s). */
  stop(): Promise<void>;
}

const procs: Proc[] = [];
const dirs: string[] = [];

function startCli(args: string[], env: NodeJS.ProcessEnv): Proc {
  const child = spawn(process.execPath, cliArgs(args), { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const waiters = new Set<() => void>();
  const onData = (d: Buffer): void => {
    out += d;
    for (const w of waiters) w();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const proc: Proc = {
    child,
    output: () => out,
    waitFor: (re, timeoutMs = 30_000) => new Promise((resolve, reject) => {
      const check = (): void => {
        const m = out.match(re);
        if (m) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(m);
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out waiting for ${re} in:\n${out}`));
      }, timeoutMs);
      waiters.add(check);
      void exited.then(() => {
        if (waiters.has(check)) {
          waiters.delete(check);
          clearTimeout(timer);
          reject(new Error(`process exited (${child.exitCode ?? child.signalCode}) before ${re}:\n${out}`));
        }
      });
      check();
    }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
  procs.push(proc);
  return proc;
}

/** kill -9, then removes the scratch folder the worker had no chance to remove. */
async function sigkill(proc: Proc): Promise<void> {
  const exited = new Promise<void>((resolve) => proc.child.once('exit', () => resolve()));
  proc.child.kill('SIGKILL');
  await exited;
  const workDir = proc.output().match(/worker ready \{.*"workDir":"([^"]+)"/)?.[1];
  if (workDir) await rm(workDir, { recursive: true, force: true });
}

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

async function getJob(origin: string, id: string): Promise<Job> {
  const res = await fetch(`${origin}/v1/jobs/${id}`);
  assert.equal(res.status, 200);
  return (await res.json()) as Job;
}

async function submitBatch(origin: string, urls: string[]): Promise<string> {
  const res = await fetch(`${origin}/v1/batch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ urls, ...FAST }) });
  assert.equal(res.status, 202, await res.clone().text());
  return ((await res.json()) as { job_id: string }).job_id;
}

describe('framecap serve --redis with framecap worker processes', () => {
  let redis: TestRedis;
  let site: ExampleSite;
  let peek: Redis;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    site = await startExampleSite();
    env = childEnv({}, (k) => k === 'FRAMECAP_REDIS_URL');
  });
  // Each test has its own Redis and processes: no worker of one test takes another's jobs.
  beforeEach(async () => {
    redis = await startRedis();
    peek = new Redis(redis.url);
  });
  afterEach(async () => {
    await Promise.all(procs.splice(0).map((p) => p.stop()));
    peek?.disconnect();
    await redis?.stop();
  });
  after(async () => {
    await site?.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  test('two workers; one is killed with SIGKILL mid-job; every job still ends with every URL captured exactly once', async () => {
    const dataDir = await tempDir('framecap-scale-');
    const serve = startCli(['serve', '--data-dir', dataDir, '--allow-no-auth', '--port', '0', '--redis', redis.url], env);
    const workerArgs = ['worker', '--redis', redis.url, '--data-dir', dataDir, '--allow-host', '127.0.0.1', '--concurrency', '1', '--page-concurrency', '1', ...QUICK_TAKEOVER];
    const workers = [startCli(workerArgs, env), startCli(workerArgs, env)];
    const origin = (await serve.waitFor(/framecap queue server on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
    assert.match(serve.output(), /jobs in Redis at redis:\/\/127\.0\.0\.1:\d+/);
    await Promise.all(workers.map((w) => w.waitFor(/worker ready/)));

    // Four jobs of four pages; the slow page keeps each job running long enough to be killed in the middle.
    const pages = ['/', '/about.html', '/pricing.html'];
    const submitted: Array<{ id: string; urls: string[] }> = [];
    for (let j = 0; j < 4; j++) {
      const urls = [...pages.map((p) => `${site.origin}${p}?job=${j}`), `${site.origin}/__test/slow?ms=1500&job=${j}`];
      submitted.push({ id: await submitBatch(origin, urls), urls });
    }

    // The victim: the first worker seen starting a job, killed once that job has captured a page.
    const started = await Promise.race(workers.map((w, i) => w.waitFor(/job started \{"jobId":"(job_[0-9A-Z]{26})"/).then((m) => ({ i, jobId: m[1]! }))));
    const victim = workers[started.i]!;
    const survivor = workers[1 - started.i]!;
    await until('the job to be mid-way', async () => {
      const job = await getJob(origin, started.jobId);
      return job.status === 'processing' && job.progress.completed >= 1;
    }, 30_000);
    await sigkill(victim);
    assert.notEqual((await getJob(origin, started.jobId)).status, 'completed', 'killed before the job ended');

    const ended = await until('every job to end', async () => {
      const jobs = await Promise.all(submitted.map((s) => getJob(origin, s.id)));
      return jobs.every((j) => ENDED.has(j.status)) ? jobs : null;
    }, 90_000);

    for (const [i, job] of ended.entries()) {
      const { urls } = submitted[i]!;
      assert.equal(job.status, 'completed', `${job.id}: ${job.error ?? ''}`);
      assert.deepEqual(job.progress, { total: urls.length, completed: urls.length, failed: 0, percentage: 100 });
      const zipPath = join(dataDir, 'downloads', `${job.id}.zip`);
      const res = await fetch(`${origin}/v1/jobs/${job.id}/download`);
      assert.equal(res.status, 200);
      const { mkdir, writeFile } = await import('node:fs/promises');
      await mkdir(join(dataDir, 'downloads'), { recursive: true });
      await writeFile(zipPath, Buffer.from(await res.arrayBuffer()));
      const entries = await readZip(zipPath);
      const names = entries.map((e) => e.name);
      assert.equal(new Set(names).size, names.length, `no duplicate entries in ${job.id}.zip: ${names.join(', ')}`);
      assert.equal(names.filter((n) => n.endsWith('.png')).length, urls.length);
      const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
      const rows = manifest.captures as Array<{ url: string; status: string; file: string }>;
      assert.deepEqual(rows.map((r) => r.url).sort(), [...urls].sort(), 'every URL exactly once');
      assert.ok(rows.every((r) => r.status === 'ok' && names.includes(r.file)));
    }

    // The killed job was started twice (the Job document counts), and finished by the survivor.
    const record = JSON.parse((await peek.get(`framecap:job:${started.jobId}`))!) as JobRecord;
    assert.equal(record.attempts, 2);
    assert.match(survivor.output(), new RegExp(`taking over a job whose worker stopped \\{"jobId":"${started.jobId}"`));
    assert.match(survivor.output(), new RegExp(`job ended \\{"jobId":"${started.jobId}","status":"completed"`));
    // Nothing left in the queue.
    assert.equal(await peek.llen('framecap:render:wait'), 0);
    assert.equal(await peek.llen('framecap:render:active'), 0);
    // SIGTERM is a clean stop, not a crash (the CLI exits 1 after an interrupt, by its convention).
    await Promise.all([serve.stop(), survivor.stop()]);
    assert.equal(serve.child.signalCode, null, serve.output());
    assert.match(serve.output(), /shutting down: running jobs stay with their workers/);
    assert.match(survivor.output(), /worker stopping/);
  });

  test('a job that kills every worker that takes it ends failed with the reason, instead of looping', async () => {
    const dataDir = await tempDir('framecap-crashloop-');
    // The API server in this process; its maxAttempts reaches the workers with each job.
    const server = await createServer({ dataDir, allowNoAuth: true, port: 0, redis: redis.url, maxAttempts: 2 });
    try {
      const origin = await server.start();
      const id = await submitBatch(origin, [`${site.origin}/__test/slow?ms=20000&crash=1`]);
      const workerArgs = ['worker', '--redis', redis.url, '--data-dir', dataDir, '--allow-host', '127.0.0.1', ...QUICK_TAKEOVER];
      for (let attempt = 1; attempt <= 2; attempt++) {
        const worker = startCli(workerArgs, env);
        await worker.waitFor(new RegExp(`job started \\{"jobId":"${id}","worker":"[^"]+","attempt":${attempt}\\}`));
        // Killed once the start is on record (the Job document counts it), in the middle of the slow page.
        await until('the start to be recorded', async () => {
          const record = JSON.parse((await peek.get(`framecap:job:${id}`))!) as JobRecord;
          return record.job.status === 'processing' && record.attempts === attempt;
        }, 20_000);
        await sigkill(worker);
      }
      const last = startCli(workerArgs, env);
      const job = await until('the job to end', async () => {
        const j = await getJob(origin, id);
        return ENDED.has(j.status) ? j : null;
      }, 30_000);
      assert.equal(job.status, 'failed');
      assert.match(job.error ?? '', /stopped after 2 interrupted attempts/);
      assert.equal(job.download_url, null);
      assert.match(last.output(), new RegExp(`taking over a job whose worker stopped \\{"jobId":"${id}","attempt":3\\}`));
      await last.stop();
      assert.equal(last.child.signalCode, null, last.output());
    } finally {
      await server.close();
    }
  });

  test('jobs queued when Redis crashes (SIGKILL) are still queued after it restarts, and get rendered', async () => {
    const dataDir = await tempDir('framecap-aof-');
    const server = await createServer({ dataDir, allowNoAuth: true, port: 0, redis: redis.url });
    let origin = await server.start();
    const ids = [await submitBatch(origin, [`${site.origin}/?aof=1`]), await submitBatch(origin, [`${site.origin}/?aof=2`])];
    await server.close();
    // No worker ran yet: the only copy of these jobs is in Redis, which dies without a chance to save.
    await redis.crashAndRestart();

    const again = await createServer({ dataDir, allowNoAuth: true, port: 0, redis: redis.url });
    try {
      origin = await again.start();
      assert.deepEqual((await Promise.all(ids.map((id) => getJob(origin, id)))).map((j) => j.status), ['pending', 'pending']);
      const worker = startCli(['worker', '--redis', redis.url, '--data-dir', dataDir, '--allow-host', '127.0.0.1', ...QUICK_TAKEOVER], env);
      const jobs = await until('both jobs to end', async () => {
        const js = await Promise.all(ids.map((id) => getJob(origin, id)));
        return js.every((j) => ENDED.has(j.status)) ? js : null;
        // Each job starts a render child (from source: several seconds at a high load).
      }, 90_000);
      assert.deepEqual(jobs.map((j) => j.status), ['completed', 'completed']);
      await worker.stop();
    } finally {
      await again.close();
    }
  });
});
