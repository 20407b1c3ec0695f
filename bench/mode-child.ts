// One mode of bench/run.ts in a process of its own, as users run each tool:
// started by bench/mode-process.ts from a bundle made the way dist/ is, so
// each side pays for its own start (node, its modules, Chromium) and nothing
// the other mode left in a shared process (heap, allocator, libvips' caches)
// is counted to it. Says `captured` on stdout for every finished capture and,
// last, `done <json>`: the mode's result and this process's whole CPU.
//
//   node mode-child.js '<ModeSpec as JSON>'

import { expertPool } from './baselines.ts';
import { framecap } from './framecap.ts';
import type { ModeSpec } from './mode-process.ts';
import type { Progress } from './measure.ts';

const spec = JSON.parse(process.argv[2] ?? 'null') as ModeSpec | null;
if (!spec) throw new Error("usage: mode-child.js '<ModeSpec as JSON>'");
const progress: Progress = { captured: () => process.stdout.write('captured\n'), peakRssBytes: () => 0 };

const value = spec.mode === 'pool'
  ? await expertPool(spec.browserPath, spec.urls, spec.dir, spec.size, progress, spec.shots)
  : await framecap(spec.browserPath, spec.sitemapUrl, spec.zip, progress, spec.shots, spec.framed).then(
    ({ concurrency, browserVersion, warnings }) => ({ concurrency, browserVersion, warnings }));
const cpu = process.cpuUsage();
process.stdout.write(`done ${JSON.stringify({ value, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
