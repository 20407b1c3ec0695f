// `node --import tsx bench/node-cpu.ts [--mode framecap|pool] [--urls 80] [--pool 4] [--device none]`:
// node's own CPU a page (this process: its JS, the GC, sharp's threads; not
// Chromium's) for viewport shots through framecap's library door, or the
// expert pool's (bench/baselines.ts), with the bench site in a process of its
// own so its serving is not counted. Run it under `--cpu-prof` or
// `--trace-gc` to see where that CPU goes; it prints one JSON line: pages,
// CPU ms a page, and the GC's pauses by kind (perf_hooks).

import { cpus, freemem, tmpdir } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { resolveSettings, runCapture } from '../src/index.ts';
import { tuneSharpForCaptures } from '../src/core/frame/sharp-tuning.ts';
import { benchBrowser, expertPool } from './baselines.ts';
import { openSiteProcess } from './site.ts';

const { values: args } = parseArgs({
  options: { mode: { type: 'string', default: 'framecap' }, urls: { type: 'string', default: '80' }, pool: { type: 'string', default: '4' }, device: { type: 'string' } },
});
const n = Number(args.urls);
const site = await openSiteProcess('auto', n);
const browserPath = await benchBrowser();
const dir = await mkdtemp(join(tmpdir(), 'framecap-node-cpu-'));
const gc = new Map<string, { count: number; ms: number }>();
const kinds: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = kinds[(entry as unknown as { detail: { kind: number } }).detail.kind] ?? 'other';
    const k = gc.get(kind) ?? { count: 0, ms: 0 };
    k.count++;
    k.ms += entry.duration;
    gc.set(kind, k);
  }
});
observer.observe({ entryTypes: ['gc'] });
const progress = { captured: () => undefined, peakRssBytes: () => 0 };
const c0 = process.cpuUsage();
const t0 = performance.now();
let pages: number;
if (args.mode === 'pool') {
  pages = (await expertPool(browserPath, site.urls, dir, Number(args.pool), progress)).captured;
} else {
  tuneSharpForCaptures();
  const { options } = resolveSettings({ urls: site.urls, output: join(dir, 'out.zip'), ...(args.device ? { device: args.device } : {}) }, { cores: cpus().length, freeMemBytes: freemem() });
  const result = await runCapture(options, {}, { env: { PATH: process.env.PATH, HOME: process.env.HOME, CHROME_PATH: browserPath } });
  pages = result.manifest.captures.filter((row) => row.status === 'ok').length;
}
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(c0);
observer.disconnect();
await site.close();
await rm(dir, { recursive: true, force: true });
const perPage = (ms: number): number => Math.round((ms / pages) * 10) / 10;
console.log(JSON.stringify({
  mode: args.mode, ...(args.device ? { device: args.device } : {}), pages, wallMs: Math.round(wallMs), cpuMsPerPage: perPage((cpu.user + cpu.system) / 1000),
  gc: Object.fromEntries([...gc].map(([k, v]) => [k, { count: v.count, ms: Math.round(v.ms), msPerPage: perPage(v.ms) }])),
}));
