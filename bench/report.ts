// Results → the printed table, bench/results/<date>.json, docs/benchmarks.md
// and docs/images/benchmarks.png (a bar chart drawn as SVG, rasterized by sharp).

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import sharp from 'sharp';
import type { ShotKind } from './baselines.ts';
import type { FirstCapture } from './first-capture.ts';
import type { ProcessKind } from './process-tree.ts';
import type { FramingCost } from './framing.ts';
import { medianOf } from './measure.ts';
import type { ModeId } from './measure.ts';

export interface ModeResult {
  mode: ModeId;
  /** URLs this mode actually captured (naive may run on a subset). */
  measuredUrls: number;
  /** True when pages/s comes from a subset and stands for the whole list. */
  extrapolated: boolean;
  seconds: number;
  pagesPerSecond: number;
  firstCaptureMs: number | null;
  cpuMsPerPage: number;
  /** The same by kind of process (runs since 2026-12-04). */
  cpuMsPerPageByKind?: Record<ProcessKind, number>;
  peakRssBytes: number;
  peakProcesses: number;
  concurrency: number;
  /** naive on a subset: the time the whole list would take at the measured rate. */
  projectedSeconds: number;
  /** The machine's busy CPU while the mode ran (share of all cores); absent in runs before it was recorded. */
  machineBusy?: number;
  /** Of that, what processes outside the benchmark used. */
  othersBusy?: number;
  /** Modes run in rounds (expert pool, framecap): every round's pages/s; this row is the median round. */
  roundsPagesPerSecond?: number[];
  /** And every round's peak RSS (the memory target takes the highest). */
  roundsPeakRssBytes?: number[];
}

export interface SizeResult {
  urls: number;
  /** What every mode's shots show; absent in runs before 2026-12-02 (viewport shots only). */
  shots?: ShotKind;
  /** Full-page lists: the pages' heights as the expert pool's shots measured them (CSS px at scale 1). */
  pageHeights?: { min: number; median: number; max: number };
  modes: ModeResult[];
  /**
   * framecap ÷ the faster expert pool, round by round (the pools and framecap run back to back, order rotating):
   * the pool named by `fasterPool` (the faster median round); in runs without it (before 2026-12-04), the faster
   * pool of each round, which `perRoundMaxRatios` now holds.
   */
  poolRatios?: number[];
  fasterPool?: ModeId;
  perRoundMaxRatios?: number[];
  /** The same for framecap with `device: none` (viewport lists): the pipeline without the frame. */
  unframedPoolRatios?: number[];
  framecap: { zipBytes: number; captureBytes: number; width: number; height: number; warnings: string[] };
}

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryBytes: number;
  chromium: string;
  /** The executable every mode drove; absent in runs before 2026-11-23 evening (all drove /usr/bin/chromium). */
  browserPath?: string;
  node: string;
  kernel: string;
  loadStart: number[];
  loadEnd: number[];
}

export interface BenchResults {
  date: string;
  /** custom: --sizes given. */
  kind: 'quick' | 'full' | 'custom';
  site: { name: string; pages: number; longPages?: number; skipped: string[] };
  machine: Machine;
  note: string | null;
  /**
   * processes: each round of a pool or of framecap a fresh node process (bench/mode-child.ts, bundled as dist/ is),
   * timed from spawn to exit; in-process: all of them in the benchmark's own process (every run before 2026-12-04).
   */
  method?: 'processes' | 'in-process';
  /** Viewport lists, then the full-page one. */
  sizes: SizeResult[];
  /** Fresh processes to their first capture; null when not measured (and in runs before 2026-12-02). */
  firstCapture?: FirstCapture | null;
  framing: FramingCost;
  /** Framing CPU as a share of framecap's whole-tree CPU per page, from the first size. */
  framingCpuShare: number;
  totalSeconds: number;
}

const LABELS: Record<ModeId, string> = {
  naive: 'naive (browser per URL)',
  sequential: 'sequential (1 browser, 1 page)',
  'expert-pool': 'expert pool (plain shots)',
  'expert-pool-cores': 'expert pool (plain shots)',
  framecap: 'framecap (framed → ZIP)',
  'framecap-unframed': 'framecap, unframed (device: none → ZIP)',
};

/** framecap ÷ the expert pool for one size: the median of its rounds' ratios to the faster pool (see SizeResult.poolRatios). */
function poolRatio(size: SizeResult): number | null {
  if (size.poolRatios && size.poolRatios.length > 0) return medianOf(size.poolRatios);
  const fc = size.modes.find((m) => m.mode === 'framecap');
  const pools = size.modes.filter((m) => m.mode === 'expert-pool' || m.mode === 'expert-pool-cores');
  return fc && pools.length > 0 ? fc.pagesPerSecond / Math.max(...pools.map((m) => m.pagesPerSecond)) : null;
}

/** Which pool the ratios are to, when the run says (runs since 2026-12-04). */
function fasterLabel(size: SizeResult): string {
  const pool = size.fasterPool ? size.modes.find((m) => m.mode === size.fasterPool) : undefined;
  return pool ? ` (N=${pool.concurrency}, the faster median round)` : '';
}

/** framecap ÷ one mode: round by round when both ran in the same rounds, else the rows' rates. */
function modeRatio(fc: ModeResult, m: ModeResult): number {
  const a = fc.roundsPagesPerSecond;
  const b = m.roundsPagesPerSecond;
  if (a && b && a.length === b.length) return medianOf(a.map((x, i) => x / b[i]!));
  return fc.pagesPerSecond / m.pagesPerSecond;
}

const pct = (x: number | undefined): string => (x === undefined ? '—' : `${(x * 100).toFixed(0)}%`);
const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(0)} MB`;
const sec = (ms: number | null): string => (ms === null ? '—' : `${(ms / 1000).toFixed(2)} s`);

function modeLabel(m: ModeResult, size: number): string {
  const base = LABELS[m.mode] + (m.concurrency > 1 ? `, N=${m.concurrency}` : '');
  return m.extrapolated ? `${base} ‡ ${m.measuredUrls} of ${size} URLs, extrapolated` : base;
}

/** What a list is, for headings: "200 URLs, viewport" or "200 long pages, full page". */
function listLabel(size: SizeResult): string {
  return size.shots === 'full-page' ? `${size.urls} long pages, full page` : `${size.urls} URLs, viewport 1280×800`;
}

const highestPeak = (m: ModeResult): number => Math.max(m.peakRssBytes, ...(m.roundsPeakRssBytes ?? []));

export function resultTables(r: BenchResults): string {
  const out: string[] = [];
  const fcStart = r.firstCapture;
  if (fcStart) {
    out.push(`**First capture from process start** (${fcStart.runsMs.length} fresh process${fcStart.runsMs.length === 1 ? '' : 'es'}, one after another, each running framecap bundled as dist/ is ` +
      `on the ${fcStart.urls}-URL sitemap until its first capture is written): ${fcStart.runsMs.map((ms) => sec(ms)).join(', ')}; ` +
      `median ${sec(fcStart.medianMs)}. Medians from the process's own clock: ${sec(fcStart.loadMsMedian)} until node had started and loaded framecap's modules, ` +
      `${fcStart.startedMsMedian === undefined ? '—' : sec(fcStart.startedMsMedian)} until the run had started (settings, frame, Chromium launched); the rest is the sitemap and the first page.`, '');
  }
  for (const size of r.sizes) {
    const fc = size.modes.find((m) => m.mode === 'framecap');
    const h = size.pageHeights;
    out.push(`**${listLabel(size)}**${h ? ` (pages ${h.min.toLocaleString('en')}–${h.max.toLocaleString('en')} px tall, median ${Math.round(h.median).toLocaleString('en')})` : ''}`, '');
    out.push('| mode | time | pages/s | framecap ÷ mode | first capture | CPU / page | peak RSS (tree) | machine busy (others) |');
    out.push('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const m of size.modes) {
      const ratio = fc && m.mode !== 'framecap' ? modeRatio(fc, m) : null;
      const time = m.extrapolated ? `${m.seconds.toFixed(1)} s (≈${m.projectedSeconds.toFixed(0)} s for all)` : `${m.seconds.toFixed(1)} s`;
      out.push(`| ${modeLabel(m, size.urls)} | ${time} | ${m.pagesPerSecond.toFixed(2)} | ${ratio === null ? '—' : `${ratio.toFixed(2)}×`} | ${sec(m.firstCaptureMs)} | ` +
        `${m.cpuMsPerPage.toFixed(0)} ms | ${mb(m.peakRssBytes)} (${m.peakProcesses} procs) | ${pct(m.machineBusy)} (${pct(m.othersBusy)}) |`);
    }
    const rounds = size.modes.filter((m) => (m.roundsPagesPerSecond?.length ?? 0) > 1);
    if (rounds.length > 0 && size.poolRatios) {
      out.push('', `Rounds (the expert pools and framecap back to back, order rotating; each row above is that mode's median round, ` +
        `its ratio the median of the rounds' ratios): ${rounds.map((m) => `${modeLabel(m, size.urls)} ${m.roundsPagesPerSecond!.map((x) => x.toFixed(2)).join(', ')}`).join('; ')} pages/s; ` +
        `framecap ÷ the faster pool${fasterLabel(size)} per round ${size.poolRatios.map((x) => `${x.toFixed(2)}×`).join(', ')} (median ${poolRatio(size)!.toFixed(2)}×)` +
        (size.perRoundMaxRatios ? `; ÷ the faster pool of each round (the luckier of two noisy runs, so stricter) ${size.perRoundMaxRatios.map((x) => `${x.toFixed(2)}×`).join(', ')} (median ${medianOf(size.perRoundMaxRatios).toFixed(2)}×)` : '') +
        (size.unframedPoolRatios ? `; unframed ÷ the faster pool ${size.unframedPoolRatios.map((x) => `${x.toFixed(2)}×`).join(', ')} (median ${medianOf(size.unframedPoolRatios).toFixed(2)}×)` : '') + '.');
    }
    const byKind = size.modes.filter((m) => m.cpuMsPerPageByKind);
    if (byKind.length > 0) {
      const cell = (m: ModeResult, kinds: ProcessKind[]): string => kinds.reduce((a, k) => a + m.cpuMsPerPageByKind![k], 0).toFixed(0);
      out.push('', 'CPU a page by process, ms (each mode\'s median round; node includes its threads: libvips, libuv, the GC):', '',
        '| mode | node | browser | renderers | GPU | utility (network, storage) | other (zygote, wrapper) |', '|---|---:|---:|---:|---:|---:|---:|',
        ...byKind.map((m) => `| ${modeLabel(m, size.urls)} | ${cell(m, ['node'])} | ${cell(m, ['browser'])} | ${cell(m, ['renderer'])} | ` +
          `${cell(m, ['gpu'])} | ${cell(m, ['utility'])} | ${cell(m, ['zygote', 'other'])} |`));
    }
    const shape = size.shots === 'full-page' ? `full-page PNGs ${size.framecap.width} px wide` : `${size.framecap.width}×${size.framecap.height} PNGs`;
    out.push('', `framecap ZIP: ${mb(size.framecap.zipBytes)} for ${size.urls} framed ${shape} ` +
      `(${(size.framecap.captureBytes / size.urls / 1024).toFixed(0)} KB each)` +
      (size.framecap.warnings.length > 0 ? `; ${size.framecap.warnings.length === 1 ? 'one warning' : `${size.framecap.warnings.length} warnings, the first`}: ${size.framecap.warnings[0]}` : '') + '.', '');
  }
  const f = r.framing;
  out.push(`Framing cost (compose() alone on ${f.samples} real viewport shots, one at a time): ${f.wallMsMedian.toFixed(0)} ms median wall, ` +
    `${f.cpuMsMean.toFixed(0)} ms CPU per capture (all sharp threads) = ${(r.framingCpuShare * 100).toFixed(0)}% of framecap's whole-tree CPU per page; ` +
    `${(f.shotBytesMean / 1024).toFixed(0)} KB shot → ${(f.framedBytesMean / 1024).toFixed(0)} KB framed PNG.`);
  return out.join('\n');
}

export interface Target {
  target: string;
  measured: string;
  met: boolean | null;
}

/** The targets of issue #22; each says what it was measured on, and a part the run did not measure is "not measured". */
export function targets(r: BenchResults): Target[] {
  const out: Target[] = [];
  const get = (s: SizeResult, id: ModeId): ModeResult | undefined => s.modes.find((m) => m.mode === id);
  const hasPool = (s: SizeResult): boolean => Boolean(get(s, 'framecap') && (get(s, 'expert-pool') ?? get(s, 'expert-pool-cores')));
  const viewport = r.sizes.filter((s) => (s.shots ?? 'viewport') === 'viewport' && hasPool(s));
  const fullPage = r.sizes.find((s) => s.shots === 'full-page' && hasPool(s));
  // Under load the wall ratio measures the neighbours as much as framecap; CPU a page is the steadier figure, shown beside it.
  const cpu = (s: SizeResult): string => {
    const pools = s.modes.filter((m) => m.mode === 'expert-pool' || m.mode === 'expert-pool-cores');
    const pool = Math.min(...pools.map((m) => m.cpuMsPerPage));
    return ` (CPU a page: ${(pool / get(s, 'framecap')!.cpuMsPerPage).toFixed(2)}×)`;
  };
  for (const s of viewport) {
    const x = poolRatio(s)!;
    const strict = s.perRoundMaxRatios ? `; ÷ the faster pool of each round ${medianOf(s.perRoundMaxRatios).toFixed(2)}×` : '';
    out.push({ target: `viewport: framecap ≥ 1.0× the faster expert pool, start-up included (${s.urls} URLs)`, measured: `${x.toFixed(2)}×${cpu(s)}${strict}`, met: x >= 1 });
    // Not a target: the same pipeline with no frame, so a reader can tell what the frame costs from what the rest does.
    const bare = get(s, 'framecap-unframed');
    if (bare && s.unframedPoolRatios) {
      const pools = s.modes.filter((m) => m.mode === 'expert-pool' || m.mode === 'expert-pool-cores');
      const cpuRatio = Math.min(...pools.map((m) => m.cpuMsPerPage)) / bare.cpuMsPerPage;
      out.push({
        target: `(for reference, no target) framecap unframed, \`device: none\`, ÷ the faster expert pool (${s.urls} URLs)`,
        measured: `${medianOf(s.unframedPoolRatios).toFixed(2)}× (CPU a page: ${cpuRatio.toFixed(2)}×)`, met: null,
      });
    }
  }
  if (viewport.length === 0) out.push({ target: 'viewport: framecap ≥ 1.0× the faster expert pool (80 and 200 URLs)', measured: 'not measured', met: null });
  if (fullPage) {
    const x = poolRatio(fullPage)!;
    out.push({ target: `--full-page: framecap ≥ 0.9× the faster fullPage expert pool (${fullPage.urls} long pages)`, measured: `${x.toFixed(2)}×${cpu(fullPage)}`, met: x >= 0.9 });
    // Against the viewport run of the same length if there is one, else the longest: peak RSS hardly grows with the list.
    const base = viewport.find((s) => s.urls === fullPage.urls) ?? viewport.at(-1);
    if (base) {
      const full = highestPeak(get(fullPage, 'framecap')!);
      const view = highestPeak(get(base, 'framecap')!);
      out.push({
        target: `peak RSS of the full-page run (${fullPage.urls} long pages) ≤ 1.5× the viewport run's (${base.urls} URLs)`,
        measured: `${mb(full)} vs ${mb(view)} (${(full / view).toFixed(2)}×)`,
        met: full / view <= 1.5,
      });
    }
  } else {
    out.push({ target: '--full-page: framecap ≥ 0.9× the faster fullPage expert pool (200 long pages)', measured: 'not measured', met: null });
    out.push({ target: 'peak RSS of a 200-page full-page run ≤ 1.5× the viewport run\'s', measured: 'not measured', met: null });
  }
  const first = r.firstCapture;
  out.push(first
    ? { target: `first capture < 1.5 s from process start (median of ${first.runsMs.length} fresh process${first.runsMs.length === 1 ? '' : 'es'})`, measured: sec(first.medianMs), met: first.medianMs < 1500 }
    : { target: 'first capture < 1.5 s from process start', measured: 'not measured', met: null });
  return out;
}

export function targetTable(r: BenchResults): string {
  const rows = targets(r).map((t) => `| ${t.target} | ${t.measured} | ${t.met === null ? '—' : t.met ? 'met' : 'not met'} |`);
  const head = r.kind === 'quick' ? 'target, from a QUICK run (fewer URLs and rounds: indicative, not the record)' : 'target (reported, not asserted)';
  return [`| ${head} | measured | |`, '|---|---:|---|', ...rows].join('\n');
}

export function machineLine(r: BenchResults): string {
  const m = r.machine;
  return `${m.cores} cores (${m.cpuModel}), ${(m.memoryBytes / 1024 ** 3).toFixed(0)} GB RAM, ${m.chromium}${m.browserPath ? ` (\`${m.browserPath}\`)` : ''}, Node ${m.node}, Linux ${m.kernel}; ` +
    `load average ${m.loadStart.map((l) => l.toFixed(2)).join(' / ')} at start, ${m.loadEnd.map((l) => l.toFixed(2)).join(' / ')} at end (1/5/15 min)`;
}

/** Grouped horizontal bars: pages/s per mode, one group per URL count. */
export function chartSvg(r: BenchResults): string {
  const W = 960;
  const rowH = 30;
  const left = 330;
  const right = 110;
  const modes: ModeId[] = ['naive', 'sequential', 'expert-pool-cores', 'expert-pool', 'framecap-unframed', 'framecap'];
  const colours: Record<ModeId, string> = {
    naive: '#9ca3af', sequential: '#60a5fa', 'expert-pool-cores': '#1d4ed8', 'expert-pool': '#2563eb', 'framecap-unframed': '#fdba74', framecap: '#f97316',
  };
  const max = Math.max(...r.sizes.flatMap((s) => s.modes.map((m) => m.pagesPerSecond)));
  const scale = (W - left - right) / (max * 1.05);
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts: string[] = [];
  let y = 64;
  for (const s of r.sizes) {
    parts.push(`<text x="20" y="${y + 4}" font-size="15" font-weight="bold" fill="#111827">${esc(listLabel(s))}</text>`);
    y += 14;
    for (const id of modes) {
      const m = s.modes.find((x) => x.mode === id);
      if (!m) continue;
      const w = Math.max(2, m.pagesPerSecond * scale);
      const label = LABELS[id] + (m.concurrency > 1 ? `, N=${m.concurrency}` : '') + (m.extrapolated ? ' ‡' : '');
      parts.push(`<text x="${left - 10}" y="${y + rowH / 2 + 5}" font-size="14" text-anchor="end" fill="#374151">${esc(label)}</text>`);
      parts.push(`<rect x="${left}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 8}" rx="3" fill="${colours[id]}"/>`);
      parts.push(`<text x="${(left + w + 8).toFixed(1)}" y="${y + rowH / 2 + 5}" font-size="14" fill="#111827">${m.pagesPerSecond.toFixed(2)}</text>`);
      y += rowH;
    }
    y += 18;
  }
  const H = y + 30;
  const title = `framecap vs baselines — pages/s (higher is better), ${r.site.name}, ${r.kind === 'quick' ? 'QUICK run (indicative)' : `${r.kind} run`}`;
  const foot = `${r.machine.cores} cores, ${r.machine.chromium}, load ${r.machine.loadStart[0]!.toFixed(2)}→${r.machine.loadEnd[0]!.toFixed(2)}; ‡ measured on a subset, rate extrapolated`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="20" y="32" font-size="18" font-weight="bold" fill="#111827">${esc(title)}</text>
${parts.join('\n')}
<text x="20" y="${H - 14}" font-size="12" fill="#6b7280">${esc(foot)}</text>
</svg>`;
}

export async function writeChart(r: BenchResults, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await sharp(Buffer.from(chartSvg(r))).png().toFile(path);
}

/** The page; `tried` (bench/what-we-tried.md, kept by hand) is appended as it is. */
export function markdown(r: BenchResults, tried = ''): string {
  const lists = r.sizes.map(listLabel).join('; ');
  const quick = r.kind === 'quick'
    ? `\n\n> **A quick run** (\`--quick\`: fewer URLs and rounds than the targets name). Its numbers are indicative only; the record is a full run on a quiet machine.`
    : '';
  return `# Benchmarks

framecap against hand-written expert pools, measured in the same run, with the
same browser executable, on the same URL lists, against the same local site,
at viewport 1280×800, PNG: viewport shots of 80 and 200 URLs, full-page shots
of 200 long pages, and the first capture of a freshly started process.
Regenerate with \`npm run bench\` (the full run, tens of minutes) or
\`npm run bench -- --quick\` (viewport 40 URLs, full-page 12 long pages, fewer
rounds; under 5 minutes, and it says it is quick); this page and the chart are
rewritten by the run, and the raw numbers go to \`bench/results/<date>.json\`.

## Targets (issue #22)

| target | how it is measured |
|---|---|
| viewport ≥ 1.0× the faster expert pool, at 80 and at 200 URLs, start-up included | framecap's rate ÷ the faster pool's (the pool size with the faster median round), round by round; median over rounds |
| \`--full-page\` ≥ 0.9× an expert pool taking Playwright \`fullPage: true\` shots | the same, on long pages (below) |
| peak RSS of a 200-page full-page run on long pages ≤ 1.5× the viewport run's | framecap's highest whole-tree peak over its full-page rounds ÷ over its 200-URL viewport rounds |
| first capture < 1.5 s | from spawning a fresh node process to its first capture written; median over 5 processes |

## What runs

| mode | what it is |
|---|---|
| expert pool | one browser, N contexts with one reused page each, pulling from a shared queue; plain screenshots (Playwright's defaults; for the full-page list \`fullPage: true\`), no framing. What an experienced engineer writes by hand, at the two sizes they would try: N = cores × 2 (pages wait on the network part of the time) and N = cores (on a CPU-bound machine fewer pages fight less for it). framecap is compared with the faster of the two: the size whose median round was faster. |
| framecap | the library door, default settings: \`resolveSettings({ sitemap, output })\` (plus \`'full-page': true\` for the full-page list) + \`runCapture\` — sitemap discovery, render pool, storage clean-up between targets, browser-macos frame on the midnight background, streamed ZIP with manifest. |
| framecap, unframed | (viewport lists; \`--no-unframed\` skips it) framecap as above with \`device: 'none'\`: the same pipeline, the plain screenshot written to the ZIP. Not a target: it shows what the frame costs apart from what the rest of the pipeline costs, in the same rounds. |
| first capture | \`bench/first-capture-child.ts\`, bundled by esbuild with the options \`dist/\` is built with (\`scripts/bundle-options.mjs\`), started as a fresh \`node\` process: framecap through the library door on the first viewport sitemap, stopped (as on Ctrl-C) once its first capture is written. Timed from \`spawn\` in the benchmark's process, so it counts node's own start, loading framecap's code, Chromium's launch, reading the sitemap and the first page. |
| naive | (only with \`--naive-urls N\`, for the record; its 4× target was dropped) a new Chromium per URL. |

Every mode drives the same executable, \`${r.machine.browserPath ?? '/usr/bin/chromium'}\` (the one
framecap finds on the machine, or \`--browser\`), and every baseline uses
playwright-core with framecap's Chromium flags, waits for \`load\` (framecap's default) and writes each shot to
disk as it is taken. ${r.method === 'processes'
    ? `Each round of each mode is a fresh node process (\`bench/mode-child.ts\`, bundled as \`dist/\` is), as a
user runs either tool: time runs from \`spawn\` to the process's exit, so it counts node's start, loading the
mode's modules, the browser's launch and close and the ZIP's last write, and nothing one mode leaves in a
long-lived process (heap, allocator, libvips' state) is counted to the next. *First capture* in the tables
is the time from \`spawn\` to the first capture finished and written; the first-capture target is measured
apart, over 5 processes.`
    : `Every mode runs in the benchmark's own process (\`--in-process\`): time runs from the mode's first line
(browser launch included) to its last (browser closed, ZIP written). *First capture* in the tables is the
time until the first capture is finished and written, from the mode's first line (modules already loaded);
the first-capture target is measured apart, from process start.`} *CPU / page* is the CPU
of the whole process tree (node, its threads, every Chromium process) divided
by pages; each process's CPU time is sampled with its RSS. *Machine busy* is
the whole machine's CPU over the mode, as a share of all cores, and in
brackets the share processes outside the benchmark took: near 100% means the
mode was bound by CPU, and a large bracket means the machine was shared while
it ran. The expert pools and framecap run in rounds (in a full run 5 for viewport and 3 for full-page shots; a quick
run does 2 and 1), back to back, the order rotating; their rows are each mode's
median round, and framecap ÷ expert pool is the median over rounds of
framecap's rate divided by the faster pool's in that round. The faster pool is the size (N) whose median round
was faster, as an expert picks one N for a job${r.sizes.some((s) => s.fasterPool) ? '' : ' (runs before 2026-12-04 took the faster of the two in each round instead)'}; the faster of the two in each
round is shown beside it, but it takes the luckier of two noisy runs, so on a host where the same run varies by
±10% it counts that noise against framecap. *Peak RSS* is VmRSS summed over node and all its descendant
processes (\`bench/process-tree.ts\`), sampled every 200 ms (shared pages count once per process, as in
\`ps\`). The site's static server runs in a process of its own (\`bench/site-process.ts\`), as a real site is
not served from the capturing process's event loop; it is left out of every mode's tree, and its CPU shows
under *others*. The sum
overstates what the tree really costs (each Chromium process counts the shared
libraries again), equally for every mode; PSS would be fairer, but reading it
(\`smaps_rollup\`) costs ~75 ms per sample and would slow the run it measures. After each mode the
run asserts that every capture is present and decodes completely with sharp at
the expected size (full-page shots: 1280 px wide, at least 800 tall; for framecap: every manifest row ok, every file in the ZIP).

framecap does more per page than the baselines, by design: it waits for the
page to be ready (images decoded, fonts, no \`aria-busy\`, a short network-quiet
window), freezes animations, rejects blank captures, reads the title, frames
the shot and writes it with a SHA-256 to the ZIP; the expert pool only loads
and screenshots. The ratios show what that costs.

The site is ${r.site.name === 'python-docs'
    ? `the Python documentation from Debian's \`python3-doc\` package (${r.site.pages} pages, served from disk by \`examples/serve.mjs\` on 127.0.0.1 with a generated sitemap). Fewer URLs than pages are spread evenly over the site; more are the site cycled with \`?cycle=k\`. The full-page list takes only long pages: the ${r.site.longPages ?? 'about 300'} with 40–300 KB of HTML, about 4,000 to 30,000 px tall at 1280 px wide (the heights each run measured are given with its table). Left out: ${r.site.skipped.map((p) => `\`${p}\``).join(', ')} (not content pages, or whole-manual pages over 1 MB of HTML that take tens of seconds to lay out and would measure one outlier).`
    : `the bundled example site (\`examples/site\`, ${r.site.pages} pages), because python3-doc was not installed; it is cycled with \`?cycle=k\` to reach the URL count, and its long pages are its docs pages with their content repeated twelve times. Install python3-doc (\`apt-get install python3-doc\`) for representative numbers.`}

## Results (${r.kind} run, ${r.date})${quick}

Lists: ${lists}.

Machine: ${machineLine(r)}.${r.note ? `\n\n> ${r.note}` : ''}

${resultTables(r)}

![pages per second by mode](images/benchmarks.png)

### Targets

${targetTable(r)}

The run took ${r.totalSeconds.toFixed(0)} s in all.
${tried ? `\n${tried.trim()}\n` : ''}`;
}

export async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
