// First capture from process start: the time from spawning a fresh node
// process that runs framecap (bundled as dist/ is, so loading the code costs
// what it costs a user of the CLI, the Action or the library) to its first
// finished capture. The in-process rounds of bench/run.ts start their clock
// with modules already loaded; this one does not.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from '../scripts/bundle-options.mjs';
import { medianOf } from './measure.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Inside the repository (git-ignored), so the bundle finds node_modules and frames/ by walking up, as dist/ does. */
const OUT_DIR = join(ROOT, 'bench/.build');
const CHILD_TIMEOUT_MS = 60_000;

export interface FirstCapture {
  /** Spawn → first capture finished, ms, one per process started. */
  runsMs: number[];
  medianMs: number;
  /** Of that, node's start-up plus loading framecap's modules (the child's own clock), median. */
  loadMsMedian: number;
  /** From process start (the child's clock) to the run's start: modules, set-up, Chromium's launch; median (absent in the first run of 2026-12-02). */
  startedMsMedian?: number;
  urls: number;
}

/** The benchmark's child processes, bundled. */
export interface ChildScripts {
  /** bench/first-capture-child.ts */
  firstCapture: string;
  /** bench/mode-child.ts */
  mode: string;
}

/** Bundles the benchmark's child processes as the build bundles dist/; returns the scripts to run. */
export async function bundleChildren(): Promise<ChildScripts> {
  await rm(OUT_DIR, { recursive: true, force: true });
  await build({
    ...BUNDLE_OPTIONS, absWorkingDir: ROOT, outdir: OUT_DIR,
    entryPoints: { 'first-capture-child': 'bench/first-capture-child.ts', 'mode-child': 'bench/mode-child.ts' },
  });
  return { firstCapture: join(OUT_DIR, 'first-capture-child.js'), mode: join(OUT_DIR, 'mode-child.js') };
}

/** One fresh process: ms from spawn to its first capture, and to its modules loaded (its own clock). */
async function startOnce(script: string, browserPath: string, sitemapUrl: string, zipPath: string): Promise<{ firstMs: number; loadMs: number; startedMs: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [script, sitemapUrl, zipPath], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, CHROME_PATH: browserPath },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
  let firstMs: number | null = null;
  let loadMs: number | null = null;
  let startedMs: number | null = null;
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    const [what, ms] = line.split(' ');
    if (what === 'captured') firstMs ??= performance.now() - t0;
    if (what === 'loaded') loadMs = Number(ms);
    if (what === 'started') startedMs = Number(ms);
  });
  const [code] = await once(child, 'exit') as [number | null];
  clearTimeout(timer);
  if (code !== 0 || firstMs === null || loadMs === null || startedMs === null) {
    throw new Error(`first-capture child exited ${code} without a capture: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
  }
  return { firstMs, loadMs, startedMs };
}

/** `runs` fresh processes one after another on the same sitemap, each to its first capture. */
export async function measureFirstCapture(
  script: string, browserPath: string, sitemapUrl: string, urls: number, workDir: string, runs: number,
): Promise<FirstCapture> {
  const first: number[] = [];
  const load: number[] = [];
  const start: number[] = [];
  for (let i = 0; i < runs; i++) {
    const zip = join(workDir, `first-capture-${i}.zip`);
    const r = await startOnce(script, browserPath, sitemapUrl, zip);
    first.push(r.firstMs);
    load.push(r.loadMs);
    start.push(r.startedMs);
    await rm(zip, { force: true });
  }
  return { runsMs: first, medianMs: medianOf(first), loadMsMedian: medianOf(load), startedMsMedian: medianOf(start), urls };
}
