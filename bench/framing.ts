// What framing costs, measured apart from rendering: framecap's compositor
// with default settings (browser-macos, light, midnight, PNG) applied to real
// screenshots from this run, one at a time, after one warm-up compose (frame
// data, static layers and corner art are cached per run).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cpus, freemem } from 'node:os';
import { resolveSettings } from '../src/index.ts';
import { createCompositor } from '../src/core/frame/index.ts';
import type { Shot } from '../src/index.ts';

export interface FramingCost {
  samples: number;
  /** Wall time per compose, ms (median and mean). */
  wallMsMedian: number;
  wallMsMean: number;
  /** CPU per compose across all threads (sharp/libvips is multi-threaded), ms. */
  cpuMsMean: number;
  /** Raw screenshot PNG bytes → framed PNG bytes, mean. */
  shotBytesMean: number;
  framedBytesMean: number;
}

export async function measureFraming(shotDir: string, urls: string[], samples: number): Promise<FramingCost> {
  const { options } = resolveSettings({ urls: ['http://127.0.0.1/'] }, { cores: cpus().length, freeMemBytes: freemem() });
  const compositor = await createCompositor(options.frame, options.output, options.render.scale);
  const n = Math.min(samples, urls.length);
  const shots: Shot[] = [];
  for (let i = 0; i < n; i++) {
    const png = await readFile(join(shotDir, `${String(i).padStart(5, '0')}.png`));
    shots.push({ png, width: png.readUInt32BE(16), height: png.readUInt32BE(20), finalUrl: urls[i]!, httpStatus: 200, title: `Page ${i}` });
  }
  await compositor.compose(shots[0]!, urls[0]!);
  const wall: number[] = [];
  let cpuUs = 0;
  let framedBytes = 0;
  for (const [i, shot] of shots.entries()) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const capture = await compositor.compose(shot, urls[i]!);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuUs += c.user + c.system;
    framedBytes += capture.data.length;
  }
  const sorted = [...wall].sort((a, b) => a - b);
  return {
    samples: n,
    wallMsMedian: sorted[Math.floor(n / 2)]!,
    wallMsMean: wall.reduce((a, b) => a + b, 0) / n,
    cpuMsMean: cpuUs / 1000 / n,
    shotBytesMean: shots.reduce((a, s) => a + s.png.length, 0) / n,
    framedBytesMean: framedBytes / n,
  };
}
