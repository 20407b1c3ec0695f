// What framing costs, measured apart from rendering: framecap's compositor
// with default settings (browser-macos, light, midnight, PNG) applied to real
// screenshots from this run, one at a time, as a run does it: from the pixels
// the renderer's blank check decoded (that decode is not counted here), after
// the compositor prepared itself for the shots' size (as a run does while
// Chromium starts).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cpus, freemem } from 'node:os';
import { resolveSettings } from '../src/index.ts';
import { createCompositor } from '../src/core/frame/index.ts';
import { decodePng } from '../src/core/render/blank.ts';
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
    const pixels = await decodePng(png);
    shots.push({ png, pixels, width: pixels.width, height: pixels.height, finalUrl: urls[i]!, httpStatus: 200, title: `Page ${i}` });
  }
  await compositor.prepare(shots[0]!.width, shots[0]!.height);
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
