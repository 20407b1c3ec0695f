// `node --import tsx bench/full-page-memory.ts [--urls 32] [--rounds 2] [--against DIR]`:
// peak RSS of framecap's full-page run on the long pages of the bench site,
// by process kind (bench/process-tree.ts), against its viewport run on as
// many pages of the site, with pages/s and the tree's CPU a page; modes in
// rotating rounds, each a fresh runCapture at concurrency auto. With
// --against, a second full-page mode runs another checkout's runCapture
// (DIR/src/index.ts, e.g. `git archive main src | tar -x -C DIR` and DIR's
// node_modules linked to this one's) in the same rounds: an A/B in one run.

import { cpus, freemem, loadavg, tmpdir } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveSettings, runCapture } from '../src/index.ts';
import { benchBrowser } from './baselines.ts';
import { PROCESS_KINDS, watchTree } from './process-tree.ts';
import type { KindBytes } from './process-tree.ts';
import { openBenchSite } from './site.ts';
import { tuneSharpForCaptures } from '../src/core/frame/sharp-tuning.ts';

tuneSharpForCaptures();
const { values: args } = parseArgs({ options: { urls: { type: 'string', default: '32' }, rounds: { type: 'string', default: '2' }, against: { type: 'string' } } });
const n = Number(args.urls);
type Run = typeof runCapture;
const against: Run | null = args.against ? (await import(pathToFileURL(join(resolve(args.against), 'src/index.ts')).href) as { runCapture: Run }).runCapture : null;
const modes = ['viewport', 'full', ...(against ? ['full, against'] : [])];
const site = await openBenchSite('auto');
const browserPath = await benchBrowser();
const work = await mkdtemp(join(tmpdir(), 'framecap-fp-memory-'));
interface Row { rate: number; cpu: number; rssMb: number; atPeak: KindBytes }
const rows = new Map<string, Row[]>(modes.map((m) => [m, []]));
const mb = (b: number): string => (b / 1e6).toFixed(0);
const kindsLine = (bytes: KindBytes): string => [...PROCESS_KINDS, 'oneRenderer' as const].filter((k) => bytes[k] > 0).map((k) => `${k} ${mb(bytes[k])}`).join(', ');
console.log(`${n} pages of ${site.name}; load ${loadavg().map((l) => l.toFixed(1)).join(' ')} at start`);
try {
  for (let round = 0; round < Number(args.rounds); round++) {
    for (const mode of [...modes.slice(round % modes.length), ...modes.slice(0, round % modes.length)]) {
      const full = mode !== 'viewport';
      const raw = { sitemap: site.sitemapUrl(n, full ? 'long' : 'all'), output: join(work, `${mode.replace(/\W+/g, '-')}-r${round}.zip`), ...(full ? { 'full-page': true } : {}) };
      const { options } = resolveSettings(raw, { cores: cpus().length, freeMemBytes: freemem() });
      const watch = watchTree(200);
      const t0 = performance.now();
      const run = mode === 'full, against' ? against! : runCapture;
      const result = await run(options, {}, { env: { PATH: process.env.PATH, HOME: process.env.HOME, CHROME_PATH: browserPath } });
      const seconds = (performance.now() - t0) / 1000;
      const tree = watch.stop();
      if (result.job.progress.failed > 0) throw new Error(`${mode}: ${result.job.progress.failed} failed`);
      const row = { rate: n / seconds, cpu: tree.cpuMs / n, rssMb: tree.peakBytes / 1e6, atPeak: tree.atPeak };
      rows.get(mode)!.push(row);
      console.log(`round ${round + 1}, ${mode}: ${row.rate.toFixed(2)} pages/s, ${row.cpu.toFixed(0)} ms CPU a page, peak RSS ${row.rssMb.toFixed(0)} MB; at the peak: ${kindsLine(tree.atPeak)}; own peaks: ${kindsLine(tree.kindPeaks)}; load ${loadavg()[0]!.toFixed(1)}`);
    }
  }
} finally {
  await site.close();
  await rm(work, { recursive: true, force: true });
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const viewportPeak = rows.has('viewport') ? median(rows.get('viewport')!.map((r) => r.rssMb)) : null;
console.log(`\nload ${loadavg().map((l) => l.toFixed(1)).join(' ')} at end\n\n| mode | pages/s (rounds) | CPU ms a page | peak RSS MB (rounds) | ÷ viewport |\n|---|---:|---:|---:|---:|`);
for (const [mode, list] of rows) {
  const peak = median(list.map((r) => r.rssMb));
  console.log(`| ${mode} | ${median(list.map((r) => r.rate)).toFixed(2)} (${list.map((r) => r.rate.toFixed(2)).join(', ')}) | ${median(list.map((r) => r.cpu)).toFixed(0)} | ${peak.toFixed(0)} (${list.map((r) => r.rssMb.toFixed(0)).join(', ')}) | ${viewportPeak ? `${(peak / viewportPeak).toFixed(2)}×` : '—'} |`);
}
