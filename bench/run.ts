// `npm run bench [-- --quick]`: framecap against expert pools written by hand,
// same run, same browser executable, same URL lists, same local site, for the
// targets of issue #22: viewport shots at 80 and 200 URLs, full-page shots of
// long pages, the full-page run's peak memory against the viewport run's, and
// the first capture from process start. See docs/benchmarks.md for what each
// mode is and what is measured.
//
//   --quick              a smaller run that says so: viewport 40 URLs, 2 rounds; full-page 12
//                        long pages, 1 round; first capture 3 processes. Under 5 minutes (2 on a quiet machine).
//   --sizes 80,200       viewport URL counts (default 80,200; quick: 40)
//   --full-page-urls N   long pages the full-page part captures (default 200; quick: 12)
//   --rounds N           the expert pools (N = cores × 2 and N = cores) and framecap run N times each
//                        per list, back to back in rotating order (default 5 viewport, 3 full-page;
//                        quick: 2 and 1); each mode's row is its median round and framecap's ratio is
//                        the median of the rounds' ratios to the faster pool (the size whose median
//                        round is faster), so a burst of load on a shared machine during one mode
//                        does not decide the comparison
//   --first-runs N       fresh processes timed to their first capture (default 5; quick: 3)
//   --naive-urls N       also run naive (a browser per URL) on N URLs of each viewport size, for the
//                        record; it has no target any more (default 0: not run)
//   --no-unframed        skip framecap with `device: none` in the viewport rounds (run by default:
//                        it shows what the frame costs apart from the rest of the pipeline)
//   --in-process         run the pools and framecap inside this process, one after another (the
//                        method before 2026-12-04), instead of each round as a fresh process of its
//                        own, bundled as dist/ is (the default: start-up and shut-down included, and
//                        nothing one mode leaves in a shared process counted to the next)
//   --site python|example   force a site (default: python docs if installed)
//   --browser PATH       the Chrome/Chromium every mode drives (default: the one framecap finds:
//                        CHROME_PATH, Playwright's cache, then a headless shell, Chrome, Chromium on PATH)
//   --note "…"           a line for docs/benchmarks.md (e.g. what else ran on the machine)
//   --no-docs            do not rewrite docs/benchmarks.md and docs/images/benchmarks.png
//   --keep               keep the captures in the temp folder
//   --rewrite-docs F     only rewrite docs/benchmarks.md and the chart from results JSON F

import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchBrowser, chromiumVersion, expertPool, naive, VIEWPORT } from './baselines.ts';
import type { BaselineResult, ShotKind } from './baselines.ts';
import { bundleChildren, measureFirstCapture } from './first-capture.ts';
import { framecap } from './framecap.ts';
import { measureFraming } from './framing.ts';
import type { FramingCost } from './framing.ts';
import { measure, medianOf } from './measure.ts';
import { measureInChild } from './mode-process.ts';
import type { Measured, ModeId } from './measure.ts';
import { markdown, resultTables, targetTable, writeChart, writeText } from './report.ts';
import type { BenchResults, ModeResult, SizeResult } from './report.ts';
import { openBenchSiteProcess } from './site.ts';
import type { PageSet } from './site.ts';
import { verifyShotDir, verifyZip } from './verify.ts';

const SAMPLE_MS = 200;
const FRAMING_SAMPLES = 20;
const repo = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    'full-page-urls': { type: 'string' },
    rounds: { type: 'string' },
    'first-runs': { type: 'string' },
    'naive-urls': { type: 'string', default: '0' },
    'no-unframed': { type: 'boolean', default: false },
    'in-process': { type: 'boolean', default: false },
    site: { type: 'string', default: 'auto' },
    browser: { type: 'string' },
    note: { type: 'string' },
    'no-docs': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'rewrite-docs': { type: 'string' },
  },
});
const quick = args.quick!;
const whole = (name: string, value: string | undefined, fallback: number, min = 1): number => {
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number, ${min} or more (got ${value})`);
  return n;
};
const sizes = (args.sizes ?? (quick ? '40' : '80,200')).split(',').map((s) => whole('sizes', s.trim(), 0));
const fullPageUrls = whole('full-page-urls', args['full-page-urls'], quick ? 12 : 200, 0);
// Five viewport rounds: the same 80-URL run varies by ±10% on a shared host, and the ratio is a median of rounds.
const viewportRounds = whole('rounds', args.rounds, quick ? 2 : 5);
const fullPageRounds = whole('rounds', args.rounds, quick ? 1 : 3);
const firstRuns = whole('first-runs', args['first-runs'], quick ? 3 : 5, 0);
const naiveUrls = whole('naive-urls', args['naive-urls'], 0, 0);
const inProcess = args['in-process']!;
const siteChoice = ({ auto: 'auto', python: 'python-docs', example: 'example-site' } as const)[args.site as 'auto' | 'python' | 'example'];
if (!siteChoice) throw new Error(`--site must be python, example or auto (got ${args.site})`);

const log = (msg: string): void => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 1_000));

async function writeDocs(res: BenchResults): Promise<void> {
  const tried = await readFile(repo('bench/what-we-tried.md'), 'utf8').catch(() => '');
  await writeText(repo('docs/benchmarks.md'), markdown(res, tried));
  await writeChart(res, repo('docs/images/benchmarks.png'));
}

if (args['rewrite-docs']) {
  // Re-render the page from a saved run (after editing bench/what-we-tried.md or the report's wording).
  await writeDocs(JSON.parse(await readFile(args['rewrite-docs'], 'utf8')) as BenchResults);
  console.log(`docs/benchmarks.md and docs/images/benchmarks.png rewritten from ${args['rewrite-docs']}`);
  process.exit(0);
}

const started = performance.now();
const loadStart = loadavg();
const cores = cpus().length;
// The site runs in a process of its own, as a real site is not served from the capturing process: on this
// process's event loop its responses would wait behind each mode's own work, which is not the same for
// every mode (framecap's node does ~65 ms of CPU a page, a pool's ~24). Its CPU is left out of every
// mode's tree and shows under "others".
const site = await openBenchSiteProcess(siteChoice);
const notTheMode = new Set([site.pid]);
const work = await mkdtemp(join(tmpdir(), 'framecap-bench-'));
const kind: BenchResults['kind'] = quick ? 'quick' : args.sizes || args['full-page-urls'] || args.rounds ? 'custom' : 'full';
if (site.name === 'example-site' && siteChoice === 'auto') {
  log('python3-doc is not installed, so this run measures the small example site, not the Python docs the targets and docs/benchmarks.md ' +
    'are stated on: `bash scripts/install-system-packages.sh` (or `apt-get install -y python3-doc`) installs it');
}
if (quick) log('QUICK run: fewer URLs and rounds than the targets name; its numbers are indicative, not the record');
log(`${site.name}: ${site.pages.length} pages (${site.longPages.length} long) on ${site.origin}; viewport ${sizes.join(', ')} URLs, ` +
  `full-page ${fullPageUrls} long pages; work dir ${work}`);

try {
  // Warm the OS file cache so the first mode is not penalised for going first.
  for (const url of new Set([...site.urls(Math.max(...sizes)), ...site.urls(fullPageUrls || 1, 'long')])) await (await fetch(url)).arrayBuffer();
  const browserPath = await benchBrowser(args.browser ?? null);
  const chromium = `Chromium ${await chromiumVersion(browserPath)}`;
  log(`every mode drives ${browserPath} (${chromium})`);

  const results: SizeResult[] = [];
  let framing: FramingCost | null = null;
  let framingCpuShare = 0;
  let firstCapture: BenchResults['firstCapture'] = null;
  const stamp = new Date().toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  const jsonPath = repo(`bench/results/${stamp}-${kind}.json`);
  // Written after every part, so a long run that is stopped still leaves the parts it finished.
  const save = async (): Promise<BenchResults> => {
    const res: BenchResults = {
      date: new Date().toISOString(),
      kind,
      site: { name: site.name, pages: site.pages.length, longPages: site.longPages.length, skipped: site.skipped },
      machine: {
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown', cores, memoryBytes: totalmem(), chromium, browserPath,
        node: process.versions.node, kernel: release(), loadStart, loadEnd: loadavg(),
      },
      note: args.note ?? null,
      method: inProcess ? 'in-process' : 'processes',
      sizes: results,
      firstCapture,
      framing: framing!,
      framingCpuShare,
      totalSeconds: (performance.now() - started) / 1000,
    };
    await writeText(jsonPath, JSON.stringify(res, null, 2) + '\n');
    if (!args['no-docs'] && framing) await writeDocs(res);
    return res;
  };

  // 1. First capture from process start, before the machine is warm with the other modes' work.
  const children = await bundleChildren();
  if (firstRuns > 0) {
    const n = sizes[0]!;
    log(`first capture from process start: ${firstRuns} fresh processes on the ${n}-URL sitemap…`);
    const fc = await measureFirstCapture(children.firstCapture, browserPath, site.sitemapUrl(n), n, work, firstRuns);
    firstCapture = fc;
    log(`first capture ${fc.runsMs.map((ms) => `${ms.toFixed(0)} ms`).join(', ')} (median ${fc.medianMs.toFixed(0)} ms; modules loaded at ${fc.loadMsMedian.toFixed(0)} ms, browser up at ${fc.startedMsMedian?.toFixed(0)} ms)`);
  }

  /** One list (viewport or full-page shots): framecap and both expert pools in rotating rounds, naive optionally. */
  const part = async (shots: ShotKind, pageSet: PageSet, size: number, rounds: number): Promise<SizeResult> => {
    const urls = site.urls(size, pageSet);
    const label = `${size} ${shots === 'full-page' ? 'long pages, full-page' : 'URLs, viewport'}`;
    const dirOf = (mode: ModeId): string => join(work, `${shots}-${size}-${mode}`);
    const row = (mode: ModeId, m: Measured, measuredUrls: number, concurrency: number): ModeResult => {
      const pagesPerSecond = measuredUrls / m.seconds;
      const r: ModeResult = {
        mode, measuredUrls, extrapolated: measuredUrls < size, seconds: m.seconds, pagesPerSecond,
        firstCaptureMs: m.firstCaptureMs, cpuMsPerPage: m.cpuMs / measuredUrls,
        cpuMsPerPageByKind: Object.fromEntries(Object.entries(m.cpuMsByKind).map(([k, ms]) => [k, ms / measuredUrls])) as ModeResult['cpuMsPerPageByKind'],
        peakRssBytes: m.peakRssBytes,
        peakProcesses: m.peakProcesses, concurrency, projectedSeconds: size / pagesPerSecond,
        machineBusy: m.machineBusy, othersBusy: m.othersBusy,
      };
      log(`${label} · ${mode}: ${measuredUrls} in ${m.seconds.toFixed(1)} s = ${pagesPerSecond.toFixed(2)} pages/s, ` +
        `first ${m.firstCaptureMs?.toFixed(0)} ms, CPU ${r.cpuMsPerPage.toFixed(0)} ms/page, peak RSS ${(m.peakRssBytes / 2 ** 20).toFixed(0)} MB, ` +
        `machine ${(m.machineBusy * 100).toFixed(0)}% busy (others ${(m.othersBusy * 100).toFixed(0)}%)`);
      return r;
    };
    let heights: number[] = [];
    const baseline = async (
      mode: ModeId, list: string[], concurrency: number,
      run: (dir: string) => Promise<{ value: BaselineResult; measured: Measured }>, keepDir: boolean,
    ): Promise<ModeResult> => {
      const dir = dirOf(mode);
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      log(`${label} · ${mode} (${list.length} URLs)…`);
      const { value, measured } = await run(dir);
      if (value.failures.length > 0) throw new Error(`${mode}: ${value.failures.length} captures failed, e.g. ${value.failures[0]}`);
      heights = await verifyShotDir(dir, list.length, shots === 'full-page' ? { width: VIEWPORT.width, minHeight: VIEWPORT.height } : VIEWPORT);
      const r = row(mode, measured, list.length, concurrency);
      if (!keepDir && !args.keep) await rm(dir, { recursive: true, force: true });
      await settle();
      return r;
    };
    let fcInfo: SizeResult['framecap'] | null = null;
    const framecapRound = async (mode: 'framecap' | 'framecap-unframed' = 'framecap'): Promise<ModeResult> => {
      log(`${label} · ${mode}…`);
      const zip = join(work, `${shots}-${size}-${mode}.zip`);
      const sitemapUrl = site.sitemapUrl(size, pageSet);
      const framed = mode === 'framecap';
      const fc = inProcess
        ? await measure((p) => framecap(browserPath, sitemapUrl, zip, p, shots, framed), SAMPLE_MS, notTheMode)
        : await measureInChild(children.mode, { mode: 'framecap', browserPath, sitemapUrl, zip, shots, framed }, SAMPLE_MS);
      for (const w of fc.value.warnings.slice(0, 5)) log(`${mode} warning: ${w}`);
      const check = await verifyZip(zip, urls);
      if (mode === 'framecap-unframed') assert.deepEqual([check.width, check.height], [VIEWPORT.width, VIEWPORT.height], 'unframed captures are the viewport');
      const r = row(mode, fc.measured, size, fc.value.concurrency);
      if (mode === 'framecap') {
        fcInfo = {
          zipBytes: (await stat(zip)).size, captureBytes: check.captureBytes, width: check.width, height: check.height,
          warnings: fc.value.warnings.slice(0, 20),
        };
      }
      if (!args.keep) await rm(zip, { force: true });
      await settle();
      return r;
    };

    // The two pool sizes an expert would try: cores × 2 (pages wait on the network half the time) and
    // cores (on a CPU-bound machine, fewer pages fight less); framecap is compared with the faster one.
    const poolSizes = [...new Set([cores * 2, cores])];
    const poolRounds = new Map<number, ModeResult[]>(poolSizes.map((n) => [n, []]));
    const fcRounds: ModeResult[] = [];
    // framecap without its frame, viewport lists only: the pipeline's own cost against the pools', apart from the framing's.
    const unframedRounds: ModeResult[] = [];
    const unframed = shots === 'viewport' && !args['no-unframed'];
    // The first viewport pool's shots are kept for the framing measurement (compose() alone on real shots).
    const keepForFraming = shots === 'viewport' && !framing;
    // The pools and framecap run back to back, the order rotating every round, so that none always runs in another's wake.
    for (let i = 0; i < rounds; i++) {
      const steps: Array<() => Promise<void>> = [
        async () => { fcRounds.push(await framecapRound()); },
        ...(unframed ? [async () => { unframedRounds.push(await framecapRound('framecap-unframed')); }] : []),
        ...poolSizes.map((pages) => async () => {
          const mode: ModeId = pages === cores * 2 ? 'expert-pool' : 'expert-pool-cores';
          const keep = keepForFraming && i === 0 && pages === poolSizes[0];
          poolRounds.get(pages)!.push(await baseline(mode, urls, pages, (dir) => inProcess
            ? measure((p) => expertPool(browserPath, urls, dir, pages, p, shots), SAMPLE_MS, notTheMode)
            : measureInChild(children.mode, { mode: 'pool', browserPath, urls, dir, size: pages, shots }, SAMPLE_MS), keep));
          if (keep) {
            framing = await measureFraming(dirOf(mode), urls, FRAMING_SAMPLES);
            if (!args.keep) await rm(dirOf(mode), { recursive: true, force: true });
          }
        }),
      ];
      for (let k = 0; k < steps.length; k++) await steps[(i + k) % steps.length]!();
    }
    const withRounds = (list: ModeResult[]): ModeResult => ({
      ...medianRound(list), roundsPagesPerSecond: list.map((r) => r.pagesPerSecond), roundsPeakRssBytes: list.map((r) => r.peakRssBytes),
    });
    const modes: ModeResult[] = [withRounds(fcRounds)];
    if (unframedRounds.length > 0) modes.push(withRounds(unframedRounds));
    for (const list of poolRounds.values()) modes.push(withRounds(list));
    // The faster pool is the size whose median round is faster: an expert picks one N for the job. The faster
    // of the two in each round is also reported, but it is the luckier of two noisy runs (±10% a run on a shared
    // host), so on its own it would count that noise against framecap.
    const median = (list: ModeResult[]): number => medianOf(list.map((r) => r.pagesPerSecond));
    const [fasterSize, fasterRounds] = [...poolRounds.entries()].sort(([, a], [, b]) => median(b) - median(a))[0]!;
    const ratiosToPool = (list: ModeResult[]): number[] => list.map((f, i) => f.pagesPerSecond / fasterRounds[i]!.pagesPerSecond);
    const perRoundMax = (list: ModeResult[]): number[] =>
      list.map((f, i) => f.pagesPerSecond / Math.max(...[...poolRounds.values()].map((pool) => pool[i]!.pagesPerSecond)));
    const poolRatios = ratiosToPool(fcRounds);
    if (shots === 'viewport' && naiveUrls > 0) {
      const naiveList = urls.slice(0, Math.min(naiveUrls, size));
      // Naive has no target: it runs in this process whatever the method.
      modes.push(await baseline('naive', naiveList, 1, (dir) => measure((p) => naive(browserPath, naiveList, dir, p), SAMPLE_MS, notTheMode), false));
    }
    const order: ModeId[] = ['naive', 'sequential', 'expert-pool-cores', 'expert-pool', 'framecap-unframed', 'framecap'];
    modes.sort((a, b) => order.indexOf(a.mode) - order.indexOf(b.mode));
    return {
      urls: size, shots, modes, framecap: fcInfo!, poolRatios,
      fasterPool: fasterSize === cores * 2 ? 'expert-pool' : 'expert-pool-cores', perRoundMaxRatios: perRoundMax(fcRounds),
      ...(unframedRounds.length > 0 ? { unframedPoolRatios: ratiosToPool(unframedRounds) } : {}),
      ...(shots === 'full-page' ? { pageHeights: { min: Math.min(...heights), median: Math.round(medianOf(heights)), max: Math.max(...heights) } } : {}),
    };
  };

  // 2. Viewport shots, every size.
  for (const size of sizes) {
    results.push(await part('viewport', 'all', size, viewportRounds));
    const fc = results.at(-1)!.modes.find((m) => m.mode === 'framecap')!;
    if (results.length === 1 && framing) framingCpuShare = (framing as FramingCost).cpuMsMean / fc.cpuMsPerPage;
    await save();
  }
  // 3. Full-page shots of long pages; its peak RSS is set against the viewport run's in the targets.
  if (fullPageUrls > 0) {
    results.push(await part('full-page', 'long', fullPageUrls, fullPageRounds));
    await save();
  }

  const res = await save();
  console.log(`\n${site.name}, ${res.kind} run${quick ? ' (QUICK: fewer URLs and rounds; indicative, not the record)' : ''}. ` +
    `Machine: ${res.machine.cores} cores, ${res.machine.chromium}, ` +
    `load ${loadStart.map((l) => l.toFixed(2)).join('/')} → ${res.machine.loadEnd.map((l) => l.toFixed(2)).join('/')}\n`);
  console.log(resultTables(res));
  console.log(`\n${targetTable(res)}\n`);
  console.log(`All captures present and decodable. ${res.totalSeconds.toFixed(0)} s in all. Results: ${jsonPath}` +
    (args['no-docs'] ? '' : '; docs/benchmarks.md and docs/images/benchmarks.png rewritten'));
} finally {
  await site.close();
  if (!args.keep) await rm(work, { recursive: true, force: true });
}

/** The round with the median pages/s (the lower middle one of an even count): a real round, every measure its own. */
function medianRound(rows: ModeResult[]): ModeResult {
  const sorted = [...rows].sort((a, b) => a.pagesPerSecond - b.pagesPerSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
