// Variants: what a second variant costs. The same URL list, the same browser
// executable, in rotating rounds of three runs: the first variant alone
// (desktop = browser-macos), the second alone, and both in one run. Prints
// each round, the medians and two ratios:
//
// - both ÷ first alone: the target (≤ 2.1×). Two variants are twice
//   the captures, so 2.0× is the work itself when the second variant costs
//   what the first does; a phone at 3× (9× the pixels of 1×) costs more, so
//   with --pair devices this ratio mostly measures the phone's pixels.
// - both ÷ (first alone + second alone): what one run of two variants costs
//   against two runs of one each, the same captures. It isolates context
//   reuse and the shared browser: ≤ 1.0 means nothing is lost by mixing
//   variants in one run (one launch and warm HTTP cache saved, contexts
//   switched once per batch, not per page).
//
// Wall time on a shared 2-core machine mostly measures the neighbours, so CPU
// time (this process and its reaped browser) is printed beside it, and each
// run's median capture time per variant (from the manifest's duration_ms),
// which shows whether a variant's captures get slower when mixed.
//
// --pair devices (default): the second variant is a phone (phone-ios, 390x844 at 3×, its own emulation).
// --pair scheme: the second variant is the same desktop in dark mode (another colour scheme: another
// context, the same work), where both ÷ first alone is the 2.0× of the work plus what switching costs.
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
import { tuneSharpForCaptures } from '../src/core/frame/sharp-tuning.ts';

// As the framecap processes do (src/cli/index.ts): measure what they run.
tuneSharpForCaptures();

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

/** The two variants of each --pair, as framecap.yml's variants: map takes them. */
const PAIRS = {
  devices: [['desktop', { device: 'browser-macos' }], ['phone', { device: 'phone-ios' }]],
  scheme: [['desktop', { device: 'browser-macos' }], ['dark', { device: 'browser-macos', 'color-scheme': 'dark' }]],
} as const;

/** first: the first variant alone; second: the second alone; both: the two in one run. */
type Mode = 'first' | 'second' | 'both';

interface Round {
  mode: Mode;
  seconds: number;
  /** CPU time of this process and the browser it started (reaped children count once they exit). */
  cpu_seconds: number;
  captures: number;
  contexts: number;
  /** Median duration_ms of the run's captures, per variant name. */
  capture_ms: Record<string, number>;
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

const PAIR = PAIRS[args.pair === 'scheme' ? 'scheme' : 'devices'];

/** The variants a mode runs (JSON is YAML): both, or one of the pair. */
function variantsOf(mode: Mode): string {
  const chosen = mode === 'both' ? PAIR : [PAIR[mode === 'first' ? 0 : 1]];
  return JSON.stringify(Object.fromEntries(chosen));
}

async function timed(mode: Mode, raw: RawSettings): Promise<Round> {
  const { options } = resolveSettings(
    { ...raw, variants: variantsOf(mode) },
    { cores: availableParallelism(), freeMemBytes: freemem() },
  );
  const started = performance.now();
  const cpuBefore = cpuSeconds();
  const r = await runCapture(options);
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds() - cpuBefore;
  if (r.job.status !== 'completed') throw new Error(`${mode}: ${r.job.status}: ${r.job.error}`);
  const byVariant = new Map<string, number[]>();
  for (const row of r.manifest.captures) byVariant.set(row.variant ?? '', [...(byVariant.get(row.variant ?? '') ?? []), row.duration_ms]);
  const capture_ms = Object.fromEntries([...byVariant].map(([name, ms]) => [name, median(ms)]));
  return { mode, seconds, cpu_seconds: cpu, captures: r.manifest.captures.length, contexts: r.contextsOpened, capture_ms };
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
    await timed('first', { ...raw, output: join(dir, 'warm.zip') });
    const results: Round[] = [];
    const modes: Mode[] = ['first', 'second', 'both'];
    for (let round = 0; round < rounds; round++) {
      // Rotating which goes first, so a burst of load on a shared machine does not land on one mode only.
      const order = modes.map((_, i) => modes[(i + round) % modes.length]!);
      for (const mode of order) {
        const r = await timed(mode, { ...raw, output: join(dir, `r${round}-${mode}.zip`) });
        results.push(r);
        if (!args.json) {
          const per = Object.entries(r.capture_ms).map(([v, ms]) => `${v} ${Math.round(ms)} ms`).join(', ');
          process.stdout.write(`round ${round + 1}: ${mode.padEnd(6)}  ${r.seconds.toFixed(2).padStart(7)} s wall  ${r.cpu_seconds.toFixed(2).padStart(7)} s CPU  ${r.captures} captures  ${r.contexts} contexts  per capture: ${per}  load ${loadavg()[0]!.toFixed(1)}\n`);
        }
      }
    }
    const med = (mode: Mode, pick: (r: Round) => number): number => median(results.filter((r) => r.mode === mode).map(pick));
    const wall = { first: med('first', (r) => r.seconds), second: med('second', (r) => r.seconds), both: med('both', (r) => r.seconds) };
    const cpu = { first: med('first', (r) => r.cpu_seconds), second: med('second', (r) => r.cpu_seconds), both: med('both', (r) => r.cpu_seconds) };
    const ratios = {
      both_vs_first: wall.both / wall.first,
      both_vs_sum: wall.both / (wall.first + wall.second),
      second_vs_first: wall.second / wall.first,
      cpu_both_vs_first: cpu.both / cpu.first,
      cpu_both_vs_sum: cpu.both / (cpu.first + cpu.second),
      cpu_second_vs_first: cpu.second / cpu.first,
    };
    const summary = {
      site: site.name, urls: n, rounds, pair: args.pair, browser, cores: availableParallelism(), load: loadavg()[0],
      wall_s: wall, cpu_s: cpu, ...ratios, target_both_vs_first: 2.1, target_both_vs_sum: 1.0, rounds_measured: results,
    };
    if (args.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else {
      const f = (x: number): string => x.toFixed(2);
      process.stdout.write(`${site.name}, ${n} URLs, pair ${args.pair}, ${availableParallelism()} cores, medians of ${rounds}:\n`);
      process.stdout.write(`  wall: first ${f(wall.first)} s, second ${f(wall.second)} s, both ${f(wall.both)} s; CPU: ${f(cpu.first)}, ${f(cpu.second)}, ${f(cpu.both)} s\n`);
      process.stdout.write(`  second ÷ first ${f(ratios.second_vs_first)}× wall (${f(ratios.cpu_second_vs_first)}× CPU)\n`);
      process.stdout.write(`  both ÷ first ${f(ratios.both_vs_first)}× wall (${f(ratios.cpu_both_vs_first)}× CPU), target ≤ 2.1×\n`);
      process.stdout.write(`  both ÷ (first + second) ${f(ratios.both_vs_sum)}× wall (${f(ratios.cpu_both_vs_sum)}× CPU), target ≤ 1.0×\n`);
    }
  } finally {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
