// Variants: what a second variant costs. The same URL list captured with one
// variant (desktop = browser-macos) and with two (desktop, phone = phone-ios),
// same browser executable, in alternating rounds; prints each round, the
// medians and their ratio. Two variants are twice the captures, so 2.0× is
// the cost of the work itself; the target is ≤ 2.1×, which holds only when
// the slots keep their contexts through a batch instead of rebuilding one at
// every switch between desktop and phone (the contexts each run created are
// printed too).
//
// --pair devices (default): the second variant is a phone (phone-ios, 390x844 at its own emulation), so its
// captures cost less than the desktop's and the ratio says less about contexts. --pair scheme: the second
// variant is the same desktop in dark mode (another colour scheme: another context, the same work), which
// isolates what switching contexts costs.
//
//   node --import tsx bench/variants.ts [--urls 40] [--rounds 3] [--pair devices|scheme] [--site python|example] [--browser PATH] [--json]

import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, freemem, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveSettings } from '../src/config/settings.ts';
import type { RawSettings } from '../src/config/settings.ts';
import { runCapture } from '../src/core/run.ts';
import { benchBrowser } from './baselines.ts';
import { openBenchSite } from './site.ts';
import type { SiteName } from './site.ts';

const { values: args } = parseArgs({
  options: {
    urls: { type: 'string', default: '40' },
    rounds: { type: 'string', default: '3' },
    pair: { type: 'string', default: 'devices' },
    site: { type: 'string', default: 'auto' },
    browser: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const SECOND = {
  devices: 'desktop=browser-macos,phone=phone-ios',
  scheme: JSON.stringify({ desktop: { device: 'browser-macos' }, dark: { device: 'browser-macos', 'color-scheme': 'dark' } }),
} as const;

interface Round {
  variants: 1 | 2;
  seconds: number;
  /** CPU time of this process and the browser it started (reaped children count once they exit). */
  cpu_seconds: number;
  captures: number;
  contexts: number;
}

/**
 * This process's CPU time and that of its reaped children: after a run the
 * browser has exited, so its whole tree is in cutime/cstime. On a machine
 * others share, wall time mostly measures them; CPU time measures the work.
 */
function cpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
  // utime, stime, cutime, cstime are fields 14-17 of stat(5); f starts at field 3.
  return (f[11]! + f[12]! + f[13]! + f[14]!) / 100;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function timed(variants: 1 | 2, raw: RawSettings): Promise<Round> {
  const { options } = resolveSettings(
    { ...raw, variants: variants === 1 ? 'desktop=browser-macos' : SECOND[args.pair === 'scheme' ? 'scheme' : 'devices'] },
    { cores: availableParallelism(), freeMemBytes: freemem() },
  );
  const started = performance.now();
  const cpuBefore = cpuSeconds();
  const r = await runCapture(options);
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds() - cpuBefore;
  if (r.job.status !== 'completed') throw new Error(`${variants} variant(s): ${r.job.status}: ${r.job.error}`);
  return { variants, seconds, cpu_seconds: cpu, captures: r.manifest.captures.length, contexts: r.contextsOpened };
}

async function main(): Promise<void> {
  const n = Number(args.urls);
  const rounds = Number(args.rounds);
  const site = await openBenchSite(args.site === 'python' ? 'python-docs' : args.site === 'example' ? 'example-site' : 'auto' as SiteName | 'auto');
  const browser = await benchBrowser(args.browser ?? null);
  const dir = await mkdtemp(join(tmpdir(), 'framecap-bench-variants-'));
  try {
    const raw: RawSettings = { urls: site.urls(n), 'browser-path': browser, retries: '0' };
    // One warm-up run: the first launch pays for the disk cache and the frame fonts.
    await timed(1, { ...raw, output: join(dir, 'warm.zip') });
    const results: Round[] = [];
    for (let round = 0; round < rounds; round++) {
      // Alternating which goes first, so a burst of load on a shared machine does not land on one side only.
      const order: Array<1 | 2> = round % 2 === 0 ? [1, 2] : [2, 1];
      for (const v of order) {
        const r = await timed(v, { ...raw, output: join(dir, `r${round}-v${v}.zip`) });
        results.push(r);
        if (!args.json) process.stdout.write(`round ${round + 1}: ${v} variant(s)  ${r.seconds.toFixed(2).padStart(7)} s wall  ${r.cpu_seconds.toFixed(2).padStart(7)} s CPU  ${r.captures} captures  ${r.contexts} contexts  load ${loadavg()[0]!.toFixed(1)}\n`);
      }
    }
    const one = median(results.filter((r) => r.variants === 1).map((r) => r.seconds));
    const two = median(results.filter((r) => r.variants === 2).map((r) => r.seconds));
    const oneCpu = median(results.filter((r) => r.variants === 1).map((r) => r.cpu_seconds));
    const twoCpu = median(results.filter((r) => r.variants === 2).map((r) => r.cpu_seconds));
    const summary = {
      site: site.name, urls: n, rounds, pair: args.pair, browser, cores: availableParallelism(), load: loadavg()[0],
      one_variant_s: one, two_variants_s: two, ratio: two / one, cpu_ratio: twoCpu / oneCpu, target: 2.1, rounds_measured: results,
    };
    if (args.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else process.stdout.write(`${site.name}, ${n} URLs, pair ${args.pair}, ${availableParallelism()} cores: one variant ${one.toFixed(2)} s, two ${two.toFixed(2)} s (medians of ${rounds}): ${(two / one).toFixed(2)}× wall, ${(twoCpu / oneCpu).toFixed(2)}× CPU (${oneCpu.toFixed(1)} s vs ${twoCpu.toFixed(1)} s) (target ≤ 2.1×)\n`);
  } finally {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
