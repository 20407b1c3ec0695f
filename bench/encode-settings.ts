// `node --import tsx bench/encode-settings.ts [--full-page]`: what the frame
// compositor's PNG settings cost on real framed captures of the bench site
// (CPU ms per encode, all threads, and bytes), so the default in
// src/core/frame/encode.ts is chosen on numbers. One page at a time, after a
// warm-up. --full-page: the long pages of the full-page benchmark, shot whole.

import { cpus, freemem } from 'node:os';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import type { PngOptions } from 'sharp';
import { resolveSettings } from '../src/index.ts';
import { createCompositor } from '../src/core/frame/index.ts';
import { benchBrowser, launch, VIEWPORT } from './baselines.ts';
import { openBenchSite } from './site.ts';
import { tuneSharpForCaptures } from '../src/core/frame/sharp-tuning.ts';

// As the framecap processes do (src/cli/index.ts): measure what they run.
tuneSharpForCaptures();

const fullPage = parseArgs({ options: { 'full-page': { type: 'boolean', default: false } } }).values['full-page']!;
const site = await openBenchSite('auto');
const urls = site.urls(12, fullPage ? 'long' : 'all');
const browser = await launch(await benchBrowser());
const framed: Buffer[] = [];
try {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const { options } = resolveSettings({ urls: ['http://127.0.0.1/'] }, { cores: cpus().length, freeMemBytes: freemem() });
  const compositor = await createCompositor(options.frame, options.output, options.render.scale);
  for (const url of urls) {
    await page.goto(url, { waitUntil: 'load' });
    const png = await page.screenshot({ type: 'png', fullPage });
    const c = await compositor.compose({ png, width: png.readUInt32BE(16), height: png.readUInt32BE(20), finalUrl: url, httpStatus: 200, title: 'T' }, url);
    framed.push(c.data);
  }
} finally {
  await browser.close();
  await site.close();
}
const raws = await Promise.all(framed.map((f) => sharp(f).raw().toBuffer({ resolveWithObject: true })));
const settings: Array<[string, PngOptions]> = [
  ['level 6, no adaptive filtering (default)', { compressionLevel: 6, adaptiveFiltering: false }],
  ['level 5, no adaptive filtering', { compressionLevel: 5, adaptiveFiltering: false }],
  ['level 4, no adaptive filtering', { compressionLevel: 4, adaptiveFiltering: false }],
  ['level 3, no adaptive filtering', { compressionLevel: 3, adaptiveFiltering: false }],
  ['level 2, no adaptive filtering', { compressionLevel: 2, adaptiveFiltering: false }],
  ['level 1, no adaptive filtering', { compressionLevel: 1, adaptiveFiltering: false }],
  ['level 0 (stored, no compression)', { compressionLevel: 0, adaptiveFiltering: false }],
  ['level 6, adaptive filtering', { compressionLevel: 6, adaptiveFiltering: true }],
  ['level 3, adaptive filtering', { compressionLevel: 3, adaptiveFiltering: true }],
];
const mpx = raws.reduce((a, r) => a + r.info.width * r.info.height, 0) / raws.length / 1e6;
console.log(`${raws.length} framed ${fullPage ? 'full pages' : 'viewport shots'}, ${mpx.toFixed(1)} Mpx each on average\n`);
console.log('| PNG settings | CPU ms / encode | wall ms | KB |\n|---|---:|---:|---:|');
for (const [name, png] of settings) {
  let cpu = 0, wall = 0, bytes = 0;
  for (const round of [0, 1]) {
    for (const { data, info } of raws) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const out = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } }).png(png).toBuffer();
      if (round === 1) {
        wall += performance.now() - t0;
        const c = process.cpuUsage(c0);
        cpu += (c.user + c.system) / 1000;
        bytes += out.length;
      }
    }
  }
  const n = raws.length;
  console.log(`| ${name} | ${(cpu / n).toFixed(1)} | ${(wall / n).toFixed(1)} | ${(bytes / n / 1024).toFixed(0)} |`);
}
