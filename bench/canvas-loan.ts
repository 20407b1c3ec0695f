// `node --import tsx bench/canvas-loan.ts [--shots 20] [--rounds 8] [--at-once 4]`:
// the prebuilt frame's paint into a fresh canvas a capture (as before) against
// one lent and taken back after the encode (PrebuiltFrame.paintOnLoan), on
// real viewport shots of the bench site, both ways interleaved in one process:
// each round paints and encodes every shot both ways in turn, `at-once`
// captures at a time as a run's slots frame them. Prints CPU a capture (this
// process, all threads) and the GC's pauses a capture by kind (perf_hooks).

import { cpus, freemem } from 'node:os';
import { parseArgs } from 'node:util';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import sharp from 'sharp';
import { resolveSettings } from '../src/index.ts';
import { createCompositor } from '../src/core/frame/index.ts';
import { encode } from '../src/core/frame/encode.ts';
import type { PrebuiltFrame } from '../src/core/frame/prebuilt.ts';
import { decodePng } from '../src/core/render/blank.ts';
import type { RawPixels } from '../src/core/types.ts';
import { tuneSharpForCaptures } from '../src/core/frame/sharp-tuning.ts';
import { benchBrowser, launch, VIEWPORT } from './baselines.ts';
import { openSiteProcess } from './site.ts';

tuneSharpForCaptures();
const { values: args } = parseArgs({ options: { shots: { type: 'string', default: '20' }, rounds: { type: 'string', default: '8' }, 'at-once': { type: 'string', default: '4' } } });
const site = await openSiteProcess('auto', Number(args.shots));
const browser = await launch(await benchBrowser());
const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
const shots: RawPixels[] = [];
for (const url of site.urls) {
  await page.goto(url, { waitUntil: 'load' });
  shots.push(await decodePng(await page.screenshot({ type: 'png' })));
}
await browser.close();
await site.close();

const { options } = resolveSettings({ urls: ['http://127.0.0.1/'] }, { cores: cpus().length, freeMemBytes: freemem() });
const compositor = await createCompositor(options.frame, options.output, options.render.scale);
// The compositor's own prebuilt frame for this size (private: a bench reaches in).
const frame = await (compositor as unknown as { prebuiltFor(w: number, h: number, now: boolean): Promise<PrebuiltFrame | null> })
  .prebuiltFor(VIEWPORT.width, VIEWPORT.height, true);
if (!frame) throw new Error('no prebuilt frame for the default settings');

const encodeCanvas = (data: Buffer): Promise<Buffer> =>
  encode(sharp(data, { raw: { width: frame.width, height: frame.height, channels: 3 } }), options.output).toBuffer();
const ways: Record<string, (pixels: RawPixels) => Promise<unknown>> = {
  'fresh canvas': (pixels) => encodeCanvas(frame.paint(pixels, pixels.height)!),
  'lent canvas': async (pixels) => {
    const lent = frame.paintOnLoan(pixels, pixels.height)!;
    try {
      return await encodeCanvas(lent.data);
    } finally {
      lent.release();
    }
  },
};

let gcSink: Map<string, { count: number; ms: number }> | null = null;
const kinds: Record<number, string> = { [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge', [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact' };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = kinds[(entry as unknown as { detail: { kind: number } }).detail.kind] ?? 'other';
    const k = gcSink?.get(kind);
    if (k) { k.count++; k.ms += entry.duration; }
  }
}).observe({ entryTypes: ['gc'] });

const atOnce = Number(args['at-once']);
const totals = new Map(Object.keys(ways).map((k) => [k, { cpu: [] as number[], captures: 0, gc: new Map([['scavenge', { count: 0, ms: 0 }], ['mark-compact', { count: 0, ms: 0 }], ['other', { count: 0, ms: 0 }]]) }]));
for (let r = 0; r < Number(args.rounds); r++) {
  for (const [name, way] of Object.entries(ways)) {
    const t = totals.get(name)!;
    gcSink = t.gc;
    const c0 = process.cpuUsage();
    let next = 0;
    await Promise.all(Array.from({ length: atOnce }, async () => {
      for (let i = next++; i < shots.length; i = next++) await way(shots[i]!);
    }));
    const c = process.cpuUsage(c0);
    t.cpu.push((c.user + c.system) / 1000 / shots.length);
    t.captures += shots.length;
    gcSink = null;
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [name, t] of totals) {
  const gc = [...t.gc].filter(([, v]) => v.count > 0).map(([k, v]) => `${k} ${v.count} (${(v.ms / t.captures).toFixed(2)} ms a capture)`).join(', ');
  console.log(`${name}: ${median(t.cpu).toFixed(2)} ms CPU a capture (median of ${t.cpu.length} rounds); GC over ${t.captures} captures: ${gc || 'none'}`);
}
