// `node --import tsx bench/poll-cost.ts [--requests 2000]`: what answering
// one GET /v1/jobs/{id} costs the server itself, without the network or a
// render competing for the loop, on a job of 30 URLs and one of 10,000, with
// the embedded (file) store and with Redis.
//
// Two ways to the same Job document, interleaved call by call so the
// machine's load lands on both alike:
// - record: the whole record copied (file) or fetched and parsed (Redis),
//   request and all, then shown: what the handler did before JobView; the
//   baseline;
// - view: the store's JobView (no request), then shown: what it does now.
// Each call ends with the JSON the client would get. Also the whole request
// through fastify's inject() (the view path), for scale.

import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from '../src/server/index.ts';
import type { FramecapServer } from '../src/server/index.ts';
import { ANONYMOUS_OWNER } from '../src/server/auth.ts';
import { startRedis } from '../test/helpers/redis.ts';
import type { TestRedis } from '../test/helpers/redis.ts';

const { values: args } = parseArgs({ options: { requests: { type: 'string', default: '2000' } } });
const REQUESTS = Number(args.requests);

type Path = 'record' | 'view';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(server: FramecapServer, urls: number): Promise<Record<Path | 'inject', number[]>> {
  const list = Array.from({ length: urls }, (_, i) => `https://example.com/docs/section/page-${i}.html?ref=bench`);
  const submitted = await server.app.inject({ method: 'POST', url: '/v1/batch', payload: { urls: list } });
  const id = (submitted.json() as { job_id: string }).job_id;
  const { service } = server;
  const answer: Record<Path, () => Promise<string>> = {
    record: async () => JSON.stringify(service.publicJob(await service.get(ANONYMOUS_OWNER, id))),
    view: async () => JSON.stringify(service.publicJob(await service.view(ANONYMOUS_OWNER, id))),
  };
  const times: Record<Path | 'inject', number[]> = { record: [], view: [], inject: [] };
  for (let i = 0; i < REQUESTS; i++) {
    for (const path of (i % 2 === 0 ? ['record', 'view'] : ['view', 'record']) as Path[]) {
      const start = process.hrtime.bigint();
      const body = await answer[path]();
      times[path].push(Number(process.hrtime.bigint() - start) / 1e6);
      if (!body.includes(id)) throw new Error(`${path}: no job document`);
    }
    const start = process.hrtime.bigint();
    const res = await server.app.inject({ method: 'GET', url: `/v1/jobs/${id}` });
    times.inject.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (res.statusCode !== 200) throw new Error(`inject: ${res.statusCode} ${res.body}`);
  }
  return times;
}

async function serverFor(store: 'file' | 'redis', redis: TestRedis): Promise<{ server: FramecapServer; close(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'framecap-bench-poll-cost-'));
  const server = await createServer({ dataDir, allowNoAuth: true, port: 0, maxUrlsPerJob: 10_000, ...(store === 'redis' ? { redis: redis.url } : {}) });
  // Not started: no queue runs, so the job stays pending and nothing else uses the loop.
  return { server, close: async () => { await server.close(); await rm(dataDir, { recursive: true, force: true }); } };
}

const redis = await startRedis();
const rows: string[] = [];
try {
  for (const store of ['file', 'redis'] as const) {
    for (const urls of [30, 10_000]) {
      const { server, close } = await serverFor(store, redis);
      try {
        const times = await measure(server, urls);
        const [record, view, inject] = (['record', 'view', 'inject'] as const).map((p) => [...times[p]].sort((a, b) => a - b)) as [number[], number[], number[]];
        const cells = [50, 90, 99].map((p) => `${percentile(record, p).toFixed(3)} → ${percentile(view, p).toFixed(3)} (×${(percentile(view, p) / percentile(record, p)).toFixed(2)})`);
        rows.push(`| ${store} | ${urls} | ${cells.join(' | ')} | ${[50, 99].map((p) => percentile(inject, p).toFixed(3)).join(' / ')} |`);
      } finally {
        await close();
      }
    }
  }
} finally {
  await redis.stop();
}
process.stdout.write(`\nAnswering GET /v1/jobs/{id}: record (baseline) → view, ${REQUESTS} calls each, interleaved (${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)})\n\n`);
process.stdout.write('| store | URLs in the job | p50 ms | p90 ms | p99 ms | whole request (inject) p50 / p99 ms |\n|---|---|---|---|---|---|\n');
for (const row of rows) process.stdout.write(`${row}\n`);
