// Incremental runs on an unchanged site: the bundled example site captured
// once, then again with --baseline <first ZIP> --incremental, then once more
// with --baseline alone (render and compare every page). Prints each run's
// wall time and the second and third against the first.
//
//   node --import tsx bench/incremental.ts [--json]
//
// Default settings (browser-macos frame, 1280x800, auto concurrency), as
// `framecap capture --sitemap … -o out.zip` runs them. Self-contained: it
// serves examples/site on 127.0.0.1 with the repo's static server.

import { mkdtemp, rm, stat } from 'node:fs/promises';
import { availableParallelism, freemem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../examples/serve.mjs';
import { resolveSettings, runCapture } from '../src/index.ts';
import type { RawSettings } from '../src/config/settings.ts';
import { tuneSharpForCaptures } from '../src/core/frame/sharp-tuning.ts';

// As the framecap processes do (src/cli/index.ts): measure what they run.
tuneSharpForCaptures();

const SITE = fileURLToPath(new URL('../examples/site/', import.meta.url));
const ENV = { PATH: process.env.PATH, HOME: process.env.HOME, CHROME_PATH: process.env.CHROME_PATH };

interface Measured {
  run: string;
  seconds: number;
  rendered: number;
  reused: number;
  pages: number;
  zip_bytes: number;
  changes: unknown;
}

async function timed(run: string, raw: RawSettings): Promise<Measured> {
  const { options } = resolveSettings(raw, { cores: availableParallelism(), freeMemBytes: freemem() });
  const started = performance.now();
  const r = await runCapture(options, {}, { env: ENV });
  const seconds = (performance.now() - started) / 1000;
  if (r.job.status !== 'completed') throw new Error(`${run}: ${r.job.status}: ${r.job.error}`);
  return {
    run, seconds, rendered: r.rendered, reused: r.reused, pages: r.manifest.captures.length,
    zip_bytes: (await stat(r.output.path)).size, changes: r.manifest.changes?.counts ?? null,
  };
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const server = await serveStatic({ root: SITE });
  const dir = await mkdtemp(join(tmpdir(), 'framecap-bench-incr-'));
  try {
    const sitemap = `${server.origin}/sitemap.xml`;
    const first = join(dir, 'first.zip');
    const results = [
      await timed('first (no baseline)', { sitemap, output: first }),
      await timed('second (--baseline --incremental)', { sitemap, output: join(dir, 'second.zip'), baseline: first, incremental: true }),
      await timed('third (--baseline, render + compare)', { sitemap, output: join(dir, 'third.zip'), baseline: first }),
    ];
    const base = results[0]!.seconds;
    if (json) {
      process.stdout.write(`${JSON.stringify({ machine: { cores: availableParallelism() }, results: results.map((r) => ({ ...r, vs_first: r.seconds / base })) }, null, 2)}\n`);
      return;
    }
    process.stdout.write(`example site, ${results[0]!.pages} pages, ${availableParallelism()} cores\n`);
    for (const r of results) {
      process.stdout.write(`${r.run.padEnd(38)} ${r.seconds.toFixed(2).padStart(7)} s  ${(r.seconds / base * 100).toFixed(0).padStart(4)}% of first  rendered ${r.rendered}, reused ${r.reused}\n`);
    }
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
