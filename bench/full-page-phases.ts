// `node --import tsx bench/full-page-phases.ts [--urls 8] [--bands 4096,8192] [--rounds 2]`:
// where a full-page shot's memory is, by process. One browser (framecap's
// launch flags), one 1280×800 page, the long pages of the bench site one at a
// time; each page is loaded once and then shot every way in rotating order:
// the one capture beyond the viewport framecap takes, and the same rect as
// bands of N px (one `Page.captureScreenshot` each, beyond the viewport with
// a clip). During each shot the tree's RSS is sampled every 5 ms by process
// kind (bench/process-tree.ts); the table gives, per kind, the peak during
// the shot above the RSS just before it. Also what navigating to about:blank
// gives back after the shots.

import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import type { CDPSession } from 'playwright-core';
import { CHROMIUM_ARGS } from '../src/core/render/launch.ts';
import { documentSize } from '../src/core/render/in-page/document-size.ts';
import { benchBrowser } from './baselines.ts';
import { descendants, PROCESS_KINDS, processKind, rssBytes } from './process-tree.ts';
import type { ProcessKind } from './process-tree.ts';
import { openBenchSite } from './site.ts';

const { values: args } = parseArgs({ options: { urls: { type: 'string', default: '8' }, bands: { type: 'string', default: '4096' }, rounds: { type: 'string', default: '1' } } });
const bandHeights = args.bands!.split(',').map(Number);
const site = await openBenchSite('auto');
const browser = await chromium.launch({ executablePath: await benchBrowser(), headless: true, args: [...CHROMIUM_ARGS] });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);

type Sample = Record<ProcessKind, number> & { total: number };
function sample(): Sample {
  const out = Object.fromEntries([...PROCESS_KINDS, 'total'].map((k) => [k, 0])) as Sample;
  out.node = rssBytes(process.pid);
  out.total = out.node;
  for (const pid of descendants(process.pid)) {
    const r = rssBytes(pid);
    out[processKind(pid)] += r;
    out.total += r;
  }
  return out;
}

/** Peak of each kind (and of the total) while `work` runs, above the sample just before it. */
async function peakDuring<T>(work: () => Promise<T>): Promise<{ value: T; before: Sample; added: Sample; ms: number }> {
  const before = sample();
  const peak = { ...before };
  const timer = setInterval(() => {
    const s = sample();
    for (const k of Object.keys(peak) as Array<keyof Sample>) peak[k] = Math.max(peak[k], s[k]);
  }, 5);
  const t0 = performance.now();
  try {
    const value = await work();
    const ms = performance.now() - t0;
    const last = sample();
    for (const k of Object.keys(peak) as Array<keyof Sample>) peak[k] = Math.max(peak[k], last[k]);
    const added = Object.fromEntries(Object.keys(peak).map((k) => [k, peak[k as keyof Sample] - before[k as keyof Sample]])) as Sample;
    return { value, before, added, ms };
  } finally {
    clearInterval(timer);
  }
}

async function shootRect(session: CDPSession, rect: { x: number; y: number; width: number; height: number }): Promise<Buffer> {
  const { data } = await session.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true, captureBeyondViewport: true, clip: { ...rect, scale: 1 } });
  return Buffer.from(data, 'base64');
}

type Method = { name: string; shoot: (size: { width: number; height: number }) => Promise<Buffer[]> };
const methods: Method[] = [
  { name: 'one shot', shoot: async (size) => [await shootRect(cdp, { x: 0, y: 0, ...size })] },
  ...bandHeights.map((band): Method => ({
    name: `bands of ${band}`,
    shoot: async (size) => {
      const parts: Buffer[] = [];
      for (let y = 0; y < size.height; y += band) parts.push(await shootRect(cdp, { x: 0, y, width: size.width, height: Math.min(band, size.height - y) }));
      return parts;
    },
  })),
];

const mb = (b: number): string => (b / 1e6).toFixed(0);
const rows = new Map<string, Sample[]>(methods.map((m) => [m.name, []]));
const times = new Map<string, number[]>(methods.map((m) => [m.name, []]));
const blankGain: Sample[] = [];
const heights: number[] = [];
try {
  const urls = site.urls(Number(args.urls), 'long');
  for (let round = 0; round < Number(args.rounds); round++) {
    for (const [i, url] of urls.entries()) {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const size = (await page.evaluate(documentSize))!;
      if (round === 0) heights.push(size.height);
      const order = [...methods.slice((i + round) % methods.length), ...methods.slice(0, (i + round) % methods.length)];
      for (const m of order) {
        const r = await peakDuring(() => m.shoot(size));
        rows.get(m.name)!.push(r.added);
        times.get(m.name)!.push(r.ms);
      }
      const before = sample();
      await page.goto('about:blank');
      await page.waitForTimeout(300);
      const after = sample();
      blankGain.push(Object.fromEntries(Object.keys(before).map((k) => [k, before[k as keyof Sample] - after[k as keyof Sample]])) as Sample);
      console.log(`${url.replace(site.origin, '')} ${size.width}×${size.height}: ${methods.map((m) => `${m.name} +${mb(rows.get(m.name)!.at(-1)!.total)} MB (renderer +${mb(rows.get(m.name)!.at(-1)!.renderer)}, gpu +${mb(rows.get(m.name)!.at(-1)!.gpu)}, browser +${mb(rows.get(m.name)!.at(-1)!.browser)}, node +${mb(rows.get(m.name)!.at(-1)!.node)}) ${times.get(m.name)!.at(-1)!.toFixed(0)} ms`).join('; ')}`);
    }
  }
} finally {
  await browser.close();
  await site.close();
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kinds: Array<keyof Sample> = ['total', 'renderer', 'gpu', 'browser', 'node', 'utility'];
console.log(`\npages ${Math.min(...heights)}–${Math.max(...heights)} px tall, median ${median(heights)}\n`);
console.log(`| shot | ${kinds.join(' | ')} | ms |\n|---|${kinds.map(() => '---:').join('|')}|---:|`);
for (const m of methods) {
  const list = rows.get(m.name)!;
  console.log(`| ${m.name}: median (max) MB added | ${kinds.map((k) => `${mb(median(list.map((s) => s[k])))} (${mb(Math.max(...list.map((s) => s[k])))})`).join(' | ')} | ${median(times.get(m.name)!).toFixed(0)} |`);
}
console.log(`| about:blank after: median (max) MB given back | ${kinds.map((k) => `${mb(median(blankGain.map((s) => s[k])))} (${mb(Math.max(...blankGain.map((s) => s[k])))})`).join(' | ')} | |`);
