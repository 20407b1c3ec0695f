// Peak memory of framing tall pages, one process per measurement (peak RSS
// is per process: Linux's ru_maxrss): the default frame (browser-macos,
// midnight, shadow, PNG) around a synthetic 1280×<tall> page, by one page
// slot and by four at once, as `--concurrency 4` frames four full pages.
//
//   held      the renderer decodes the whole shot for the blank check and
//             hands the pixels on to the compositor (main before #22's
//             bounded-memory change; still what shots under 16 Mpx get);
//   streamed  the blank check decodes only the top rows of a tall shot and
//             the compositor streams the PNG through libvips (this branch).
//
// "added" is peak RSS less the RSS after setup (the compositor made and
// prepared, the PNG read): what framing the tall pages cost on top of a run.
//
//   node --import tsx bench/tall-memory.ts [--tall 82804] [--workers 1,4]

import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { resolveSettings } from '../src/index.ts';
import type { Shot } from '../src/index.ts';
import { createCompositor } from '../src/core/frame/index.ts';
import { decodePng, inspectShot } from '../src/core/render/blank.ts';
import { tuneSharpForCaptures } from '../src/core/frame/sharp-tuning.ts';

// As the framecap processes do (src/cli/index.ts): measure what they run.
tuneSharpForCaptures();

type Mode = 'held' | 'streamed';

interface Measured {
  mode: Mode;
  workers: number;
  setupMb: number;
  peakMb: number;
  addedMb: number;
  wallMs: number;
}

/** A page of text-like lines: mostly white, a grey line every 20 rows, so its PNG is realistic in size. */
async function tallPng(width: number, height: number): Promise<Buffer> {
  const data = Buffer.alloc(width * height * 3, 255);
  for (let y = 0; y < height; y++) if (y % 20 < 3) data.fill((y * 7) % 200, (y * width + 100) * 3, (y * width + width - 100) * 3);
  return sharp(data, { raw: { width, height, channels: 3 } }).png({ compressionLevel: 1 }).toBuffer();
}

/** In the child: frame `workers` copies of the page at once, the way `mode` hands them over. */
async function child(pngPath: string, mode: Mode, workers: number): Promise<Measured> {
  const png = await readFile(pngPath);
  const { width = 0, height = 0 } = await sharp(png, { limitInputPixels: false }).metadata();
  const { options } = resolveSettings({ urls: ['http://127.0.0.1/'], 'full-page': true }, { cores: 2, freeMemBytes: 4e9 });
  const compositor = await createCompositor(options.frame, options.output, 1);
  await compositor.prepare(1280, 800);
  const setup = process.memoryUsage().rss;
  const started = performance.now();
  await Promise.all(Array.from({ length: workers }, async () => {
    const pixels = mode === 'held' ? await decodePng(png) : (await inspectShot(png, { width, height })).pixels;
    const shot: Shot = { png, width, height, finalUrl: 'https://example.com/', httpStatus: 200, title: 'Tall', ...(pixels ? { pixels } : {}) };
    const framed = await compositor.compose(shot, 'https://example.com/');
    if (framed.height !== height + 174) throw new Error(`framed ${framed.width}x${framed.height}`);
  }));
  const wallMs = performance.now() - started;
  const peak = process.resourceUsage().maxRSS * 1024;
  const mb = (b: number): number => Math.round(b / 1e6);
  return { mode, workers, setupMb: mb(setup), peakMb: mb(peak), addedMb: mb(peak - setup), wallMs: Math.round(wallMs) };
}

export async function measureTallMemory(tall: number, workerCounts: number[]): Promise<Measured[]> {
  const dir = await mkdtemp(join(tmpdir(), 'framecap-tall-memory-'));
  try {
    const path = join(dir, 'tall.png');
    await writeFile(path, await tallPng(1280, tall));
    const out: Measured[] = [];
    for (const workers of workerCounts) {
      for (const mode of ['held', 'streamed'] as const) {
        const text = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', path, mode, String(workers)], { encoding: 'utf8' });
        out.push(JSON.parse(text.trim().split('\n').at(-1)!) as Measured);
      }
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--child');
  if (at > 0) {
    const [path, mode, workers] = process.argv.slice(at + 1);
    console.log(JSON.stringify(await child(path!, mode as Mode, Number(workers))));
  } else {
    const arg = (name: string, fallback: string): string => {
      const i = process.argv.indexOf(name);
      return i > 0 ? process.argv[i + 1]! : fallback;
    };
    const tall = Number(arg('--tall', '82804'));
    const rows = await measureTallMemory(tall, arg('--workers', '1,4').split(',').map(Number));
    console.log(`framing 1280x${tall} pages (browser-macos, midnight, shadow, PNG); MB`);
    console.log('| mode | page slots | RSS after setup | peak RSS | added | wall |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const r of rows) console.log(`| ${r.mode} | ${r.workers} | ${r.setupMb} | ${r.peakMb} | ${r.addedMb} | ${(r.wallMs / 1000).toFixed(1)} s |`);
    const by = (mode: Mode, workers: number): Measured | undefined => rows.find((r) => r.mode === mode && r.workers === workers);
    for (const workers of new Set(rows.map((r) => r.workers))) {
      const held = by('held', workers);
      const streamed = by('streamed', workers);
      if (held && streamed) console.log(`${workers} slot(s): streamed adds ${(streamed.addedMb / held.addedMb).toFixed(2)}x what held adds`);
    }
  }
}
