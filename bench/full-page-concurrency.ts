// `node --import tsx bench/full-page-concurrency.ts [--urls 24] [--rounds 3] [--levels 2,3,4]`:
// framecap's full-page run (library door, default settings but --concurrency)
// on the long pages of the bench site, at each concurrency in turn, in
// rotating rounds: pages/s, the whole tree's CPU a page and its peak RSS
// (bench/process-tree.ts), so the full-page default is chosen on numbers.

import { cpus, freemem, loadavg, tmpdir } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveSettings, runCapture } from '../src/index.ts';
import { benchBrowser } from './baselines.ts';
import { PROCESS_KINDS, watchTree } from './process-tree.ts';
import type { KindBytes } from './process-tree.ts';
import { openBenchSite } from './site.ts';
import { tuneSharpForCaptures } from '../src/core/frame/sharp-tuning.ts';

tuneSharpForCaptures();
const { values: args } = parseArgs({ options: { urls: { type: 'string', default: '24' }, rounds: { type: 'string', default: '3' }, levels: { type: 'string', default: '2,3,4' } } });
const n = Number(args.urls);
const levels = args.levels!.split(',').map(Number);
const site = await openBenchSite('auto');
const browserPath = await benchBrowser();
const work = await mkdtemp(join(tmpdir(), 'framecap-fp-concurrency-'));
const rows = new Map<number, Array<{ rate: number; cpu: number; rssMb: number }>>(levels.map((c) => [c, []]));
console.log(`${n} long pages of ${site.name}, full page; load ${loadavg().map((l) => l.toFixed(1)).join(' ')} at start`);
try {
  for (let round = 0; round < Number(args.rounds); round++) {
    for (const c of [...levels.slice(round % levels.length), ...levels.slice(0, round % levels.length)]) {
      const raw = { sitemap: site.sitemapUrl(n, 'long'), output: join(work, `c${c}-r${round}.zip`), 'full-page': true, concurrency: String(c) };
      const { options } = resolveSettings(raw, { cores: cpus().length, freeMemBytes: freemem() });
      const watch = watchTree(200);
      const t0 = performance.now();
      const result = await runCapture(options, {}, { env: { PATH: process.env.PATH, HOME: process.env.HOME, CHROME_PATH: browserPath } });
      const seconds = (performance.now() - t0) / 1000;
      const tree = watch.stop();
      if (result.job.progress.failed > 0) throw new Error(`concurrency ${c}: ${result.job.progress.failed} failed`);
      const row = { rate: n / seconds, cpu: tree.cpuMs / n, rssMb: tree.peakBytes / 1e6 };
      rows.get(c)!.push(row);
      console.log(`round ${round + 1}, concurrency ${c}: ${row.rate.toFixed(2)} pages/s, ${row.cpu.toFixed(0)} ms CPU a page, peak RSS ${row.rssMb.toFixed(0)} MB`);
      console.log(`  at the peak, MB: ${kindsLine(tree.atPeak)}; each kind's own peak: ${kindsLine(tree.kindPeaks)}`);
    }
  }
} finally {
  await site.close();
  await rm(work, { recursive: true, force: true });
}
function kindsLine(bytes: KindBytes): string {
  return [...PROCESS_KINDS, 'oneRenderer' as const].filter((k) => bytes[k] > 0).map((k) => `${k} ${(bytes[k] / 1e6).toFixed(0)}`).join(', ');
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`\nload ${loadavg().map((l) => l.toFixed(1)).join(' ')} at end\n\n| concurrency | pages/s (median) | CPU ms a page | peak RSS MB |\n|---:|---:|---:|---:|`);
for (const [c, list] of rows) {
  console.log(`| ${c} | ${median(list.map((r) => r.rate)).toFixed(2)} (${list.map((r) => r.rate.toFixed(2)).join(', ')}) | ${median(list.map((r) => r.cpu)).toFixed(0)} | ${median(list.map((r) => r.rssMb)).toFixed(0)} |`);
}
