// `node --import tsx bench/sizing.ts [--jobs 10000] [--pages 40]`: the
// measured rows of docs/scale-out.md's sizing table, on this machine.
//
// 1. Redis memory per queued job: an API server on a fresh redis-server
//    queues --jobs one-URL batch jobs (Job document + indexes + the BullMQ
//    entry); used_memory before and after, per job.
// 2. Throughput of 1 against 2 `framecap worker` processes, each pinned to
//    one core of a CPU-limited pair (taskset), on the same --pages pages
//    split into jobs of 10: pages per minute, CPU per page (the process
//    tree: node + Chromium) and the peak RSS per worker.
//
// Other engineers' work shares this machine: the load average is printed
// with the numbers, and the machine's busy share during each run.

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { createServer } from '../src/server/index.ts';
import { startRedis } from '../test/helpers/redis.ts';
import { cliArgs } from '../test/helpers/run.ts';
import { machineCpuMs, watchTree } from './process-tree.ts';
import { openBenchSite } from './site.ts';

const { values: args } = parseArgs({
  options: {
    jobs: { type: 'string', default: '10000' },
    pages: { type: 'string', default: '40' },
    site: { type: 'string', default: 'auto' },
  },
});
const JOBS = Number(args.jobs);
const PAGES = Number(args.pages);
const PAGES_PER_JOB = 10;

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)![1]);
}

async function redisPerJob(): Promise<{ jobs: number; bytesPerJob: number; per10k: number }> {
  const redis = await startRedis();
  const dataDir = await mkdtemp(join(tmpdir(), 'framecap-sizing-'));
  const peek = new Redis(redis.url);
  const server = await createServer({ dataDir, allowNoAuth: true, port: 0, redis: redis.url, maxQueued: JOBS + 10 });
  try {
    await server.start();
    // One warm-up job: BullMQ's scripts and meta keys are there before the first measurement.
    await server.service.submit('bench', 'batch', { urls: ['https://example.com/warm-up'] }, null);
    const before = await usedMemory(peek);
    for (let i = 0; i < JOBS; i++) {
      await server.service.submit('bench', 'batch', { urls: [`https://example.com/page-${i}`], device: 'browser-macos' }, null);
    }
    const after = await usedMemory(peek);
    const bytesPerJob = (after - before) / JOBS;
    return { jobs: JOBS, bytesPerJob, per10k: bytesPerJob * 10_000 };
  } finally {
    await server.close();
    peek.disconnect();
    await redis.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

interface Throughput { workers: number; pages: number; seconds: number; pagesPerMinute: number; cpuMsPerPage: number; peakRssMb: number; machineBusy: number }

async function throughput(workers: number, urls: string[]): Promise<Throughput> {
  const redis = await startRedis();
  const dataDir = await mkdtemp(join(tmpdir(), 'framecap-sizing-'));
  const server = await createServer({ dataDir, allowNoAuth: true, port: 0, redis: redis.url, allowHosts: ['127.0.0.1'] });
  const children: ChildProcess[] = [];
  try {
    await server.start();
    const ready: Promise<void>[] = [];
    for (let w = 0; w < workers; w++) {
      // One core each: the pair is CPU-limited, as a 1-vCPU container would be.
      const child = spawn('taskset', ['-c', String(w % cpus().length), process.execPath, ...cliArgs(['worker', '--redis', redis.url, '--data-dir', dataDir, '--page-concurrency', '2', '--allow-host', '127.0.0.1'])], { stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(child);
      let out = '';
      ready.push(new Promise((resolve, reject) => {
        child.stderr!.on('data', (d: Buffer) => { out += d; if (/worker ready/.test(out)) resolve(); });
        child.once('exit', (code) => reject(new Error(`worker exited ${code}: ${out}`)));
      }));
    }
    await Promise.all(ready);
    const watches = children.map((c) => watchTree(200, c.pid!));
    const busy0 = machineCpuMs();
    const started = Date.now();
    const ids: string[] = [];
    for (let i = 0; i < urls.length; i += PAGES_PER_JOB) {
      const { record } = await server.service.submit('bench', 'batch', { urls: urls.slice(i, i + PAGES_PER_JOB), device: 'browser-macos', retries: 0 }, null);
      ids.push(record.job.id);
    }
    for (;;) {
      const records = await Promise.all(ids.map((id) => server.store.get(id)));
      if (records.every((r) => r && ['completed', 'partial', 'failed', 'canceled'].includes(r.job.status))) {
        const bad = records.filter((r) => r!.job.status !== 'completed');
        if (bad.length) throw new Error(`jobs did not complete: ${bad.map((r) => `${r!.job.status} ${r!.job.error}`).join('; ')}`);
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const seconds = (Date.now() - started) / 1000;
    const busy1 = machineCpuMs();
    const trees = watches.map((w) => w.stop());
    const cpuMs = trees.reduce((a, t) => a + t.cpuMs, 0);
    return {
      workers,
      pages: urls.length,
      seconds,
      pagesPerMinute: urls.length / (seconds / 60),
      cpuMsPerPage: cpuMs / urls.length,
      peakRssMb: Math.max(...trees.map((t) => t.peakBytes)) / 1e6,
      machineBusy: (busy1.busyMs - busy0.busyMs) / (busy1.totalMs - busy0.totalMs),
    };
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
    await server.close();
    await redis.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const memory = await redisPerJob();
process.stdout.write(`\nRedis memory per queued job (${memory.jobs} one-URL batch jobs): ${Math.round(memory.bytesPerJob)} bytes; per 10,000 jobs: ${(memory.per10k / 1e6).toFixed(1)} MB\n`);

const site = await openBenchSite(args.site as 'auto');
try {
  const urls = site.urls(PAGES);
  process.stdout.write(`\nworkers on a CPU-limited pair (one core each, taskset), ${PAGES} pages of ${site.name} in jobs of ${PAGES_PER_JOB}, --page-concurrency 2, device browser-macos; ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)} at start\n\n`);
  process.stdout.write('| workers | pages | seconds | pages/min | CPU ms/page | peak RSS/worker MB | machine busy |\n|---|---|---|---|---|---|---|\n');
  for (const workers of [1, 2, 1, 2]) {
    const t = await throughput(workers, urls);
    process.stdout.write(`| ${t.workers} | ${t.pages} | ${t.seconds.toFixed(1)} | ${t.pagesPerMinute.toFixed(0)} | ${t.cpuMsPerPage.toFixed(0)} | ${t.peakRssMb.toFixed(0)} | ${(t.machineBusy * 100).toFixed(0)}% |\n`);
  }
} finally {
  await site.close();
}
