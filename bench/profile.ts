// `node --import tsx bench/profile.ts [--urls N]`: where one framecap capture
// spends its time, step by step, on one page (no concurrency), against the
// same local site as the benchmark. The steps mirror capture-page.ts; the
// timing lives here so src/ carries no instrumentation. Alternatives to a
// step (a CDP screenshot instead of Playwright's) are timed next to it on the
// same page, so their difference is not the machine's noise.

import { cpus, freemem } from 'node:os';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import type { CDPSession, Page } from 'playwright-core';
import { resolveSettings } from '../src/index.ts';
import { createCompositor } from '../src/core/frame/index.ts';
import { blankVerdict } from '../src/core/render/blank.ts';
import { FONTS_READY_JS, FORCE_EAGER_JS, IMAGES_DECODED_JS, NetworkTracker, NOT_BUSY_JS, READINESS_LIMITS } from '../src/core/render/readiness.ts';
import { launch, VIEWPORT } from './baselines.ts';
import { openBenchSite } from './site.ts';

const { values: args } = parseArgs({ options: { urls: { type: 'string', default: '20' } } });
const n = Number(args.urls);
const site = await openBenchSite('auto');
const urls = site.urls(n);
const browser = await launch();
const { options } = resolveSettings({ urls: ['http://127.0.0.1/'] }, { cores: cpus().length, freeMemBytes: freemem() });
const compositor = await createCompositor(options.frame, options.output, options.render.scale);
const times = new Map<string, number[]>();

async function time<T>(step: string, what: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const value = await what();
  const list = times.get(step) ?? [];
  list.push(performance.now() - t0);
  times.set(step, list);
  return value;
}

async function capture(page: Page, cdp: CDPSession, url: string, record: boolean): Promise<void> {
  const t = record ? time : <T>(_: string, what: () => Promise<T>): Promise<T> => what();
  const network = new NetworkTracker(page);
  await t('goto (load)', () => page.goto(url, { waitUntil: 'load' }));
  await t('addStyleTag (freeze)', () => page.addStyleTag({ content: '*{animation:none!important}' }));
  await t('evaluate: force eager', () => page.evaluate(FORCE_EAGER_JS));
  await t('evaluate: images decoded', () => page.evaluate(IMAGES_DECODED_JS));
  await t('evaluate: fonts ready', () => page.evaluate(FONTS_READY_JS));
  await t('evaluate: not busy', () => page.evaluate(NOT_BUSY_JS));
  await t('network quiet', () => network.quiet(READINESS_LIMITS.networkQuietMs, READINESS_LIMITS.networkMs));
  await t('evaluate: images decoded (again)', () => page.evaluate(IMAGES_DECODED_JS));
  network.stop();
  const png = await t('screenshot: playwright (animations disabled, caret hide)', () =>
    page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' }));
  await t('screenshot: playwright plain', () => page.screenshot({ type: 'png' }));
  await t('screenshot: CDP png', () => cdp.send('Page.captureScreenshot', { format: 'png' }));
  const fast = await t('screenshot: CDP png optimizeForSpeed', () => cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true }));
  const fastPng = Buffer.from(fast.data, 'base64');
  await t('blank check (blankVerdict)', () => blankVerdict(png));
  await t('decode to raw (sharp)', () => sharp(png).raw().toBuffer());
  await t('title', () => page.title());
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  await t('compose (frame + PNG encode)', () => compositor.compose({ png, width, height, finalUrl: url, httpStatus: 200, title: 'T' }, url));
  await t('compose from optimizeForSpeed shot', () => compositor.compose({ png: fastPng, width, height, finalUrl: url, httpStatus: 200, title: 'T' }, url));
  if (record) {
    const list = times.get('PNG bytes: playwright / optimizeForSpeed (KB)') ?? [];
    list.push(png.length / 1024, fastPng.length / 1024);
  }
}

try {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce', bypassCSP: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await capture(page, cdp, urls[0]!, false);
  for (const url of urls) await capture(page, cdp, url, true);
  console.log(`${urls.length} pages of ${site.name}, one at a time; ms per page (median / mean)\n`);
  console.log('| step | median | mean |\n|---|---:|---:|');
  for (const [step, list] of times) {
    const sorted = [...list].sort((a, b) => a - b);
    const mean = list.reduce((a, b) => a + b, 0) / list.length;
    console.log(`| ${step} | ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} | ${mean.toFixed(0)} |`);
  }
} finally {
  await browser.close();
  await site.close();
}
