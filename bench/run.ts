// `npm run bench [-- --quick]`: framecap against naive, sequential and expert
// pool baselines, same run, same URL list, same local site. See
// docs/benchmarks.md for what each mode is and what is measured.
//
//   --quick            40 URLs (naive on 10 of them), prints the table; under 3 minutes
//   --sizes 200,2000   URL counts (default 200,2000; quick: 40)
//   --naive-urls N     URLs naive actually captures per size (default 50; quick: 10)
//   --rounds N         the expert pools (N = cores × 2 and N = cores) and framecap run N times each,
//                      back to back in rotating order, on the same list (default 3; quick: 2); each
//                      mode's row is its median round and framecap's ratio is the median of the
//                      rounds' ratios to the faster pool, so a burst of load on a shared machine
//                      during one mode does not decide the comparison
//   --baseline-urls N  URLs sequential and expert pool capture at most per size (default
//                      200: at 2,000 their rate is measured on 200 and extrapolated, as
//                      naive's is; framecap always captures the whole list)
//   --site python|example   force a site (default: python docs if installed)
//   --browser PATH     the Chrome/Chromium every mode drives (default: the one framecap finds:
//                      CHROME_PATH, Playwright's cache, then a headless shell, Chrome, Chromium on PATH)
//   --note "…"         a line for docs/benchmarks.md (e.g. what else ran on the machine)
//   --no-docs          do not rewrite docs/benchmarks.md and docs/images/benchmarks.png
//   --keep             keep the captures in the temp folder
//   --rewrite-docs F   only rewrite docs/benchmarks.md and the chart from results JSON F
//   --append F --framecap-only   add sizes to results JSON F measuring framecap alone; the
//                      baselines' rows are F's last size's, rate extrapolated (they are
//                      measured on 200 URLs at any size anyway). For when the 2,000-URL
//                      part has to run apart from the 200-URL one.

import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchBrowser, chromiumVersion, expertPool, naive, sequential, VIEWPORT } from './baselines.ts';
import type { BaselineResult } from './baselines.ts';
import { framecap } from './framecap.ts';
import { measureFraming } from './framing.ts';
import type { FramingCost } from './framing.ts';
import { measure } from './measure.ts';
import type { Measured, ModeId } from './measure.ts';
import { markdown, resultTables, targetTable, writeChart, writeText } from './report.ts';
import type { BenchResults, ModeResult, SizeResult } from './report.ts';
import { openBenchSite } from './site.ts';
import { verifyShotDir, verifyZip } from './verify.ts';

const SAMPLE_MS = 200;
const FRAMING_SAMPLES = 20;
const repo = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    'naive-urls': { type: 'string' },
    'baseline-urls': { type: 'string' },
    rounds: { type: 'string' },
    site: { type: 'string', default: 'auto' },
    browser: { type: 'string' },
    note: { type: 'string' },
    'no-docs': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'rewrite-docs': { type: 'string' },
    append: { type: 'string' },
    'framecap-only': { type: 'boolean', default: false },
  },
});
const quick = args.quick!;
const sizes = (args.sizes ?? (quick ? '40' : '200,2000')).split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes must be whole numbers, e.g. 200,2000 (got ${args.sizes})`);
const naiveUrls = Number(args['naive-urls'] ?? (quick ? 10 : 50));
const baselineUrls = Number(args['baseline-urls'] ?? 200);
if (!Number.isInteger(baselineUrls) || baselineUrls < 1) throw new Error(`--baseline-urls must be a whole number (got ${args['baseline-urls']})`);
const rounds = Number(args.rounds ?? (quick ? 2 : 3));
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number, 1 or more (got ${args.rounds})`);
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
const poolSize = cores * 2;
const site = await openBenchSite(siteChoice);
const work = await mkdtemp(join(tmpdir(), 'framecap-bench-'));
log(`${site.name}: ${site.pages.length} pages on ${site.origin}; sizes ${sizes.join(', ')}; work dir ${work}`);

try {
  // Warm the OS file cache and Chromium's binary so the first mode is not penalised for going first.
  for (const url of site.urls(Math.min(site.pages.length, Math.max(...sizes)))) await (await fetch(url)).arrayBuffer();
  const browserPath = await benchBrowser(args.browser ?? null);
  const chromium = `Chromium ${await chromiumVersion(browserPath)}`;
  log(`every mode drives ${browserPath} (${chromium})`);

  const previous = args.append ? JSON.parse(await readFile(args.append, 'utf8')) as BenchResults : null;
  const results: SizeResult[] = previous ? [...previous.sizes] : [];
  let framing: FramingCost | null = previous?.framing ?? null;
  const stamp = new Date().toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  const kind = quick ? 'quick' : args.sizes ? 'custom' : 'full';
  const jsonPath = repo(`bench/results/${stamp}-${kind}.json`);
  // Written after every size, so a long run that is stopped still leaves the sizes it finished.
  const save = async (): Promise<BenchResults> => {
    const unfinished = sizes.filter((n) => !results.some((r) => r.urls === n));
    const res: BenchResults = {
      date: new Date().toISOString(),
      kind,
      site: { name: site.name, pages: site.pages.length, skipped: site.skipped },
      machine: {
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown', cores, memoryBytes: totalmem(), chromium, browserPath,
        node: process.versions.node, kernel: release(), loadStart, loadEnd: loadavg(),
      },
      note: [args.note, previous ? `Sizes ${previous.sizes.map((x) => x.urls).join(', ')} from the run of ${previous.date}; ${sizes.join(', ')} measured apart${args['framecap-only'] ? ' (framecap alone; the baselines\' rows are the earlier size\'s rates, extrapolated)' : ''}.` : null, unfinished.length > 0 ? `Not (yet) measured: ${unfinished.join(', ')} URLs.` : null].filter(Boolean).join(' ') || null,
      sizes: results,
      framing: framing!,
      framingCpuShare,
      totalSeconds: (performance.now() - started) / 1000,
    };
    await writeText(jsonPath, JSON.stringify(res, null, 2) + '\n');
    if (!args['no-docs']) await writeDocs(res);
    return res;
  };
  let framingCpuShare = previous?.framingCpuShare ?? 0;

  for (const size of sizes) {
    const urls = site.urls(size);
    const modes: ModeResult[] = [];
    const row = (mode: ModeId, m: Measured, measuredUrls: number, concurrency: number): ModeResult => {
      const pagesPerSecond = measuredUrls / m.seconds;
      const r: ModeResult = {
        mode, measuredUrls, extrapolated: measuredUrls < size, seconds: m.seconds, pagesPerSecond,
        firstCaptureMs: m.firstCaptureMs, cpuMsPerPage: m.cpuMs / measuredUrls, peakRssBytes: m.peakRssBytes,
        peakProcesses: m.peakProcesses, concurrency, projectedSeconds: size / pagesPerSecond,
        machineBusy: m.machineBusy, othersBusy: m.othersBusy,
      };
      log(`${size} URLs · ${mode}: ${measuredUrls} in ${m.seconds.toFixed(1)} s = ${pagesPerSecond.toFixed(2)} pages/s, ` +
        `first ${m.firstCaptureMs?.toFixed(0)} ms, CPU ${r.cpuMsPerPage.toFixed(0)} ms/page, peak RSS ${(m.peakRssBytes / 2 ** 20).toFixed(0)} MB, ` +
        `machine ${(m.machineBusy * 100).toFixed(0)}% busy (others ${(m.othersBusy * 100).toFixed(0)}%)`);
      return r;
    };
    const baseline = async (
      mode: ModeId, list: string[], concurrency: number,
      run: (dir: string, p: Parameters<Parameters<typeof measure>[0]>[0]) => Promise<BaselineResult>,
      keepDir = false,
    ): Promise<ModeResult> => {
      const dir = join(work, `${size}-${mode}`);
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      log(`${size} URLs · ${mode} (${list.length} URLs)…`);
      const { value, measured } = await measure((p) => run(dir, p), SAMPLE_MS);
      if (value.failures.length > 0) throw new Error(`${mode}: ${value.failures.length} captures failed, e.g. ${value.failures[0]}`);
      await verifyShotDir(dir, list.length, VIEWPORT);
      const r = row(mode, measured, list.length, concurrency);
      if (!keepDir && !args.keep) await rm(dir, { recursive: true, force: true });
      await settle();
      return r;
    };
    let fcInfo: SizeResult['framecap'] | null = null;
    const framecapRound = async (): Promise<ModeResult> => {
      log(`${size} URLs · framecap…`);
      const zip = join(work, `${size}-framecap.zip`);
      let done = 0;
      const fc = await measure((p) => framecap(browserPath, site.sitemapUrl(size), zip, {
        ...p,
        captured: () => {
          p.captured();
          // Long runs say how far they got and the memory so far, so a run stopped early still tells something.
          if (++done % 250 === 0) log(`${size} URLs · framecap: ${done} captured, peak RSS so far ${(p.peakRssBytes() / 2 ** 20).toFixed(0)} MB`);
        },
      }), SAMPLE_MS);
      for (const w of fc.value.warnings.slice(0, 5)) log(`framecap warning: ${w}`);
      const check = await verifyZip(zip, urls);
      const r = row('framecap', fc.measured, size, fc.value.concurrency);
      fcInfo = {
        zipBytes: (await stat(zip)).size, captureBytes: check.captureBytes, width: check.width, height: check.height,
        warnings: fc.value.warnings.slice(0, 20),
      };
      if (!args.keep) await rm(zip, { force: true });
      await settle();
      return r;
    };

    // The baselines' rates do not depend on the list's length past a few hundred URLs (one browser launch
    // amortised), so at 2,000 they run on the first 200 and framecap alone runs the whole list.
    const baseList = urls.slice(0, Math.min(baselineUrls, size));
    const earlier = results.at(-1);
    if (args['framecap-only']) {
      if (!earlier || !framing) throw new Error('--framecap-only needs --append with an earlier run');
      for (const m of earlier.modes) {
        if (m.mode !== 'framecap') modes.push({ ...m, extrapolated: true, projectedSeconds: size / m.pagesPerSecond });
      }
    }
    // The two pool sizes an expert would try: cores × 2 (pages wait on the network half the time) and
    // cores (on a CPU-bound machine, fewer pages fight less); framecap is compared with the faster one.
    const poolSizes = [...new Set([poolSize, cores])];
    const poolRounds = new Map<number, ModeResult[]>(poolSizes.map((n) => [n, []]));
    const fcRounds: ModeResult[] = [];
    if (!args['framecap-only']) {
      modes.push(await baseline('sequential', baseList, 1, (dir, p) => sequential(browserPath, baseList, dir, p), !framing));
      if (!framing) {
        framing = await measureFraming(join(work, `${size}-sequential`), baseList, FRAMING_SAMPLES);
        if (!args.keep) await rm(join(work, `${size}-sequential`), { recursive: true, force: true });
      }
    }
    // The pools and framecap run back to back, the order rotating every round, so that none always runs
    // in another's wake; on a list longer than the baselines' they cannot run on the same URLs: one round.
    const sameList = baseList.length === urls.length;
    const n = args['framecap-only'] ? 1 : sameList ? rounds : 1;
    for (let i = 0; i < n; i++) {
      const steps: Array<() => Promise<void>> = [
        async () => { fcRounds.push(await framecapRound()); },
        ...(args['framecap-only'] ? [] : poolSizes.map((pages) => async () => {
          const mode: ModeId = pages === poolSize ? 'expert-pool' : 'expert-pool-cores';
          poolRounds.get(pages)!.push(await baseline(mode, baseList, pages, (dir, p) => expertPool(browserPath, baseList, dir, pages, p)));
        })),
      ];
      for (let k = 0; k < steps.length; k++) await steps[(i + k) % steps.length]!();
    }
    const withRounds = (list: ModeResult[]): ModeResult => ({ ...median(list), roundsPagesPerSecond: list.map((r) => r.pagesPerSecond) });
    const fcRow = withRounds(fcRounds);
    modes.push(fcRow);
    for (const list of poolRounds.values()) if (list.length > 0) modes.push(withRounds(list));
    const pools = [...poolRounds.values()].filter((list) => list.length === fcRounds.length);
    const poolRatios = sameList && pools.length > 0
      ? fcRounds.map((f, i) => f.pagesPerSecond / Math.max(...pools.map((list) => list[i]!.pagesPerSecond)))
      : null;
    if (results.length === 0 && framing) framingCpuShare = framing.cpuMsMean / fcRow.cpuMsPerPage;

    if (!args['framecap-only']) {
      const naiveList = urls.slice(0, Math.min(naiveUrls, size));
      modes.push(await baseline('naive', naiveList, 1, (dir, p) => naive(browserPath, naiveList, dir, p)));
    }

    const order: ModeId[] = ['naive', 'sequential', 'expert-pool-cores', 'expert-pool', 'framecap'];
    modes.sort((a, b) => order.indexOf(a.mode) - order.indexOf(b.mode));
    results.push({
      urls: size,
      modes,
      framecap: fcInfo!,
      ...(poolRatios ? { poolRatios } : {}),
    });
    await save();
  }

  const res = await save();
  console.log(`\n${site.name}, ${res.kind} run. Machine: ${res.machine.cores} cores, ${res.machine.chromium}, ` +
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
function median(rows: ModeResult[]): ModeResult {
  const sorted = [...rows].sort((a, b) => a.pagesPerSecond - b.pagesPerSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
