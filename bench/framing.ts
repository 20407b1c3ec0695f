// What framing costs, measured apart from rendering: framecap's compositor
// with default settings (browser-macos, light, midnight, PNG) applied to real
// screenshots from this run, one at a time, as a run does it: from the pixels
// the renderer's blank check decoded (that decode is not counted here), after
// the compositor prepared itself for the shots' size (as a run does while
// Chromium starts).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cpus, freemem } from 'node:os';
import { resolveSettings } from '../src/index.ts';
import { createCompositor } from '../src/core/frame/index.ts';
import { decodePng } from '../src/core/render/blank.ts';
import type { Shot } from '../src/index.ts';
import { tuneSharpForCaptures } from '../src/core/frame/sharp-tuning.ts';

// As the framecap processes do (src/cli/index.ts): measure what they run.
tuneSharpForCaptures();

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

/** Framing cost per megapixel of framed output, for one shot size. */
export interface FramingPerMpx {
  shot: string;
  framed: string;
  samples: number;
  /** Median wall and mean CPU per compose, ms, and both per framed megapixel. */
  wallMsMedian: number;
  cpuMsMean: number;
  wallMsPerMpx: number;
  cpuMsPerMpx: number;
}

/**
 * A synthetic page of the given size (horizontal bands with a little detail,
 * so PNG has something to encode), as the renderer hands it on: decoded RGB.
 */
function syntheticShot(width: number, height: number): Shot {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    const row = y * width * 3;
    data.fill(((y >> 6) * 29) & 255, row, row + width * 3);
    for (let x = (y * 7) % 53; x < width; x += 53) data[row + x * 3] = 255 - data[row + x * 3]!;
  }
  return { png: Buffer.alloc(0), pixels: { data, width, height, channels: 3 }, width, height, finalUrl: 'https://example.com/', httpStatus: 200, title: 'Page' };
}

/**
 * Framing cost per framed megapixel with the default frame (browser-macos,
 * midnight, shadow, PNG) for a viewport-sized and a tall page: with the
 * nine-sliced shadow the two should be close (the shadow no longer grows with
 * the page's area). The compositor is prepared for the 1280x800 viewport, as
 * a run does while Chromium starts; a tall page is a new size each time (full
 * pages rarely repeat), so it gets no prebuilt frame.
 */
export async function measureFramingPerMpx(sizes: Array<{ width: number; height: number; samples: number }>): Promise<FramingPerMpx[]> {
  const { options } = resolveSettings({ urls: ['http://127.0.0.1/'] }, { cores: cpus().length, freeMemBytes: freemem() });
  const out: FramingPerMpx[] = [];
  for (const size of sizes) {
    const compositor = await createCompositor(options.frame, options.output, 1);
    await compositor.prepare(1280, 800);
    const wall: number[] = [];
    let cpuUs = 0;
    let framed = '';
    let mpx = 0;
    for (let i = 0; i < size.samples; i++) {
      // A tall page one row shorter each time: every shot a new size, as full pages are.
      const shot = syntheticShot(size.width, size.height - (size.height > 800 ? i : 0));
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const capture = await compositor.compose(shot, 'https://example.com/');
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpuUs += c.user + c.system;
      framed = `${capture.width}x${capture.height}`;
      mpx = (capture.width * capture.height) / 1e6;
    }
    const median = [...wall].sort((a, b) => a - b)[Math.floor(wall.length / 2)]!;
    const cpuMean = cpuUs / 1000 / size.samples;
    out.push({
      shot: `${size.width}x${size.height}`, framed, samples: size.samples,
      wallMsMedian: median, cpuMsMean: cpuMean, wallMsPerMpx: median / mpx, cpuMsPerMpx: cpuMean / mpx,
    });
  }
  return out;
}

// node --import tsx bench/framing.ts [--tall <px>] [--samples <n>]: framing cost per megapixel, short vs tall.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string, fallback: number): number => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const samples = arg('--samples', 3);
  const rows = await measureFramingPerMpx([
    { width: 1280, height: 800, samples: samples * 5 },
    { width: 1280, height: arg('--tall', 20_000), samples },
  ]);
  for (const r of rows) {
    console.log(`${r.shot} → ${r.framed}: ${r.wallMsMedian.toFixed(0)} ms wall (median of ${r.samples}), ${r.cpuMsMean.toFixed(0)} ms CPU; `
      + `${r.wallMsPerMpx.toFixed(1)} ms wall, ${r.cpuMsPerMpx.toFixed(1)} ms CPU per framed Mpx`);
  }
}
