// `node --import tsx bench/poll-latency.ts [--pages 30] [--rounds 2] [--modes inline,child]`: how
// long GET /v1/jobs/{id} takes while the embedded queue renders a batch,
// with rendering in this process (renderIn 'inline', the baseline) and in a
// child process (renderIn 'child', the default), in the same run on the same
// pages. Also the idle latency (no job running) as the floor. Target (#23):
// p99 < 10 ms while a batch renders.
//
// The poller sends one request at a time, every 20 ms, over keep-alive, as a
// dashboard or `jobs status --watch` would; the latency is the request's
// round trip as the client sees it. The captured site is served from a
// process of its own (bench/site-process.ts), as a real site is not served
// by the queue server: before, its file reads and their GC ran on the
// measured event loop and were counted as the server's stalls. The table also
// gives this process's event-loop delay p99 while the batch renders.

import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Agent, request } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createServer } from '../src/server/index.ts';
import type { RenderIn } from '../src/server/index.ts';
import { openSiteProcess } from './site.ts';

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: '30' },
    rounds: { type: 'string', default: '2' },
    site: { type: 'string', default: 'auto' },
    modes: { type: 'string', default: 'inline,child' },
  },
});
const PAGES = Number(args.pages);
const ROUNDS = Number(args.rounds);
const POLL_EVERY_MS = 20;

const MODES = args.modes.split(',').map((m) => m.trim()) as RenderIn[];

/** loopDelays: this process's event-loop delay while the batch renders (p99 of each round, ms): the server's own stalls, whatever the client saw. */
interface Sample { mode: string; latencies: number[]; renderMs: number; loopDelays: number[] }

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function get(url: string): Promise<{ ms: number; body: string }> {
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    request(url, { agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, body }));
    }).on('error', reject).end();
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function pollWhile(url: string, done: () => boolean, into: number[]): Promise<void> {
  while (!done()) {
    const { ms } = await get(url);
    into.push(ms);
    await new Promise((r) => setTimeout(r, POLL_EVERY_MS));
  }
}

async function measureMode(renderIn: RenderIn, urls: string[]): Promise<Sample> {
  const dataDir = await mkdtemp(join(tmpdir(), 'framecap-bench-poll-'));
  const server = await createServer({ dataDir, allowNoAuth: true, port: 0, allowHosts: ['127.0.0.1'], renderIn });
  try {
    const origin = await server.start();
    const submit = await fetch(`${origin}/v1/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ urls, device: 'none', viewport: '1280x800', retries: 0 }),
    });
    const { job_id: id } = (await submit.json()) as { job_id: string };
    const latencies: number[] = [];
    // Sampled every 2 ms: a stall shows as its length plus up to 2 ms.
    const eld = monitorEventLoopDelay({ resolution: 2 });
    let status = 'pending';
    const started = Date.now();
    // Only the polls while it is rendering count: the wait for the first page and the time after are not "while a batch renders".
    while (status === 'pending') {
      status = (JSON.parse((await get(`${origin}/v1/jobs/${id}`)).body) as { status: string }).status;
      await new Promise((r) => setTimeout(r, POLL_EVERY_MS));
    }
    eld.enable();
    while (status === 'processing') {
      const { ms, body } = await get(`${origin}/v1/jobs/${id}`);
      status = (JSON.parse(body) as { status: string }).status;
      if (status === 'processing') latencies.push(ms);
      await new Promise((r) => setTimeout(r, POLL_EVERY_MS));
    }
    eld.disable();
    if (status !== 'completed') throw new Error(`the batch ended ${status}: the bench measures a batch that renders`);
    return { mode: renderIn, latencies, renderMs: Date.now() - started, loopDelays: [eld.percentile(99) / 1e6] };
  } finally {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function measureIdle(): Promise<Sample> {
  const dataDir = await mkdtemp(join(tmpdir(), 'framecap-bench-poll-'));
  const server = await createServer({ dataDir, allowNoAuth: true, port: 0 });
  try {
    const origin = await server.start();
    const submit = await fetch(`${origin}/v1/batch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ urls: ['http://127.0.0.1:1/'] }) });
    const { job_id: id } = (await submit.json()) as { job_id: string };
    // Canceled at once: a job document to read, and nothing rendering.
    await fetch(`${origin}/v1/jobs/${id}`, { method: 'DELETE' });
    const latencies: number[] = [];
    const until = Date.now() + 5_000;
    await pollWhile(`${origin}/v1/jobs/${id}`, () => Date.now() > until, latencies);
    return { mode: 'idle (no render)', latencies, renderMs: 0, loopDelays: [] };
  } finally {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

// The pages are served from another process: serving them from this one would count their reads and GC as the server's stalls.
const site = await openSiteProcess(args.site as 'auto', PAGES);
try {
  const urls = site.urls;
  const samples: Sample[] = [await measureIdle()];
  // Rotating order, so a burst of load on a shared machine does not land on one mode only.
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? MODES : [...MODES].reverse();
    for (const mode of order) samples.push(await measureMode(mode, urls));
  }
  const merged = new Map<string, Sample>();
  for (const s of samples) {
    const m = merged.get(s.mode);
    if (m) { m.latencies.push(...s.latencies); m.renderMs += s.renderMs; m.loopDelays.push(...s.loopDelays); } else merged.set(s.mode, { ...s, latencies: [...s.latencies], loopDelays: [...s.loopDelays] });
  }
  process.stdout.write(`\nGET /v1/jobs/{id} while the embedded queue renders ${PAGES} pages of ${site.name} (${ROUNDS} rounds per mode; ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)})\n\n`);
  process.stdout.write('| render in | polls | p50 ms | p90 ms | p99 ms | max ms | batch s | server loop delay p99, each round (ms) |\n|---|---|---|---|---|---|---|---|\n');
  for (const s of merged.values()) {
    const sorted = [...s.latencies].sort((a, b) => a - b);
    const rounds = s.mode.startsWith('idle') ? 1 : ROUNDS;
    process.stdout.write(`| ${s.mode} | ${sorted.length} | ${percentile(sorted, 50).toFixed(1)} | ${percentile(sorted, 90).toFixed(1)} | ${percentile(sorted, 99).toFixed(1)} | ${sorted.at(-1)!.toFixed(1)} | ${s.renderMs ? (s.renderMs / rounds / 1000).toFixed(1) : '–'} | ${s.loopDelays.map((d) => d.toFixed(1)).join(', ') || '–'} |\n`);
  }
} finally {
  agent.destroy();
  await site.close();
}
