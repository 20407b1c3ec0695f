// framecap end to end through the library door, default settings:
// sitemap → discover → render → frame → ZIP, exactly as `framecap capture
// --sitemap … -o out.zip [--full-page] [--device none]` runs it.

import { resolveSettings, runCapture } from '../src/index.ts';
import type { RunResult } from '../src/index.ts';
import type { ShotKind } from './baselines.ts';
import type { Progress } from './measure.ts';
import { tuneSharpForCaptures } from '../src/core/frame/sharp-tuning.ts';

export interface FramecapRun {
  result: RunResult;
  concurrency: number;
  browserVersion: string;
  warnings: string[];
}

export async function framecap(
  browserPath: string, sitemapUrl: string, zipPath: string, progress: Progress, kind: ShotKind = 'viewport', framed = true,
): Promise<FramecapRun> {
  // As the framecap processes do (src/cli/index.ts): measure what they run.
  tuneSharpForCaptures();
  const raw = { sitemap: sitemapUrl, output: zipPath, ...(kind === 'full-page' ? { 'full-page': true } : {}), ...(framed ? {} : { device: 'none' }) };
  // This machine, sized as every door sizes it (thisMachine()).
  const { options } = resolveSettings(raw);
  let concurrency = 0;
  let browserVersion = '';
  const warnings: string[] = [];
  const result = await runCapture(options, {
    started: (info) => { concurrency = info.concurrency; browserVersion = info.browserVersion; },
    result: (row) => { if (row.status === 'ok') progress.captured(); },
    warning: (message) => warnings.push(message),
  }, { env: { PATH: process.env.PATH, HOME: process.env.HOME, CHROME_PATH: browserPath } });
  return { result, concurrency, browserVersion, warnings };
}
