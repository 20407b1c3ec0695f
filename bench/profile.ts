// `node --import tsx bench/profile.ts [--urls N] [--full-page]`: where one
// framecap capture spends its time, step by step, on one page (no
// concurrency), against the same local site as the benchmark. With
// --full-page, the long pages of the full-page benchmark, shot as
// --full-page shoots them (scrolled through for lazy content, Playwright's
// fullPage screenshot, framed as a tall canvas), next to the expert pool's
// plain `fullPage: true` shot of the same page. The steps mirror capture-page.ts; the
// timing lives here so src/ carries no instrumentation. Replaced ways of
// doing a step (Playwright's screenshot, sharp's stats()) are timed next to
// the current one on the same page, so their difference is not the machine's
// noise. The network quiet line is what is left of the window after the
// evaluate that runs beside it, and the validators' "left after it" line what
// is left of reading the document's body once settle is done.

import { cpus, freemem } from 'node:os';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import type { CDPSession, Page } from 'playwright-core';
import { resolveSettings } from '../src/index.ts';
import { createCompositor } from '../src/core/frame/index.ts';
import { blankPixels, decodePng, inspectShot, pngSize } from '../src/core/render/blank.ts';
import { documentValidators } from '../src/core/render/document.ts';
import { documentSize } from '../src/core/render/in-page/document-size.ts';
import { beforeShotArgs, listensToScroll, NetworkTracker, READINESS_LIMITS, settleArgs } from '../src/core/render/readiness.ts';
import { beforeShot, settlePage } from '../src/core/render/in-page/settle.ts';
import { watchIntersectionObservers } from '../src/core/render/in-page/observers.ts';
import { benchBrowser, launch, VIEWPORT } from './baselines.ts';
import { openBenchSite } from './site.ts';
import { descendants, processCpuMs } from './process-tree.ts';
import { tuneSharpForCaptures } from '../src/core/frame/sharp-tuning.ts';

// As the framecap processes do (src/cli/index.ts): measure what they run.
tuneSharpForCaptures();

const { values: args } = parseArgs({ options: { urls: { type: 'string', default: '20' }, 'full-page': { type: 'boolean', default: false } } });
const n = Number(args.urls);
const fullPage = args['full-page']!;
const site = await openBenchSite('auto');
const urls = site.urls(n, fullPage ? 'long' : 'all');
const browser = await launch(await benchBrowser());
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

/** The same, with the CPU of this process (node and sharp's threads, not Chromium's) as a step of its own. */
async function timeCpu<T>(step: string, what: () => Promise<T>): Promise<T> {
  const c0 = process.cpuUsage();
  const value = await time(step, what);
  const c = process.cpuUsage(c0);
  const list = times.get(`${step}, CPU`) ?? [];
  list.push((c.user + c.system) / 1000);
  times.set(`${step}, CPU`, list);
  return value;
}

/** CPU of this process and every Chromium process below it, ms (clock ticks: 10 ms steps). */
function treeCpuMs(): number {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1000 + descendants(process.pid).reduce((sum, pid) => sum + (processCpuMs(pid) ?? 0), 0);
}

/** The same, with the whole tree's CPU (Chromium's processes too: where a screenshot's encode runs) as a step of its own. */
async function timeTree<T>(step: string, what: () => Promise<T>): Promise<T> {
  const c0 = treeCpuMs();
  const value = await time(step, what);
  const list = times.get(`${step}, tree CPU`) ?? [];
  list.push(treeCpuMs() - c0);
  times.set(`${step}, tree CPU`, list);
  return value;
}

async function captureFullPage(page: Page, cdp: CDPSession, url: string, record: boolean): Promise<void> {
  const t = record ? time : <T>(_: string, what: () => Promise<T>): Promise<T> => what();
  const tc = record ? timeCpu : t;
  const tt = record ? timeTree : t;
  await t('expert pool: goto (load)', () => page.goto(url, { waitUntil: 'load' }));
  await tt('expert pool: screenshot fullPage', () => page.screenshot({ type: 'png', fullPage: true }));
  // What the scroll-through costs: the same evaluate on the same freshly loaded page without it (as --no-lazy settles).
  await tt('settle without the scroll through (as --no-lazy), on the expert pool\'s load', () =>
    page.evaluate(settlePage, settleArgs({ css: '', lazy: false, scroll: false })));
  const network = new NetworkTracker(page);
  await t('goto (load)', () => page.goto(url, { waitUntil: 'load' }));
  network.navigated();
  const quiet = network.quiet(READINESS_LIMITS.networkQuietMs, READINESS_LIMITS.networkMs, READINESS_LIMITS.networkQuietStaticMs);
  const scrollListeners = await t('settle: scroll listeners (CDP)', () => listensToScroll(cdp));
  await tt('settle: one evaluate (scroll through if anything may react, lazy, images, fonts, busy)', () => page.evaluate(settlePage, settleArgs({ css: '', lazy: true, scroll: true, scrollListeners })));
  await t('settle: network quiet, after the evaluate', () => quiet);
  await t('before shot: images decoded, animations settled', () => page.evaluate(beforeShot, beforeShotArgs(false)));
  network.stop();
  const png = await tt('screenshot: playwright fullPage (animations disabled, caret hide)', () =>
    page.screenshot({ type: 'png', fullPage: true, animations: 'disabled', caret: 'hide' }));
  // The candidate: one CDP capture of the document's rect beyond the viewport, with Chromium's fast PNG settings.
  const doc = await page.evaluate(documentSize);
  const fast = await tt('screenshot: CDP captureBeyondViewport optimizeForSpeed', async () => {
    const { data } = await cdp.send('Page.captureScreenshot', {
      format: 'png', optimizeForSpeed: true, captureBeyondViewport: true, clip: { x: 0, y: 0, width: doc!.width, height: doc!.height, scale: 1 },
    });
    return Buffer.from(data, 'base64');
  });
  const size = pngSize(png);
  await tc('blank check: inspectShot, CDP shot', () => inspectShot(fast, pngSize(fast)));
  // The compose's parts on their own: what libvips spends reading the shot and writing a PNG of that size, without the frame.
  await tc('compose parts: the CDP shot decoded alone', () => sharp(fast, { limitInputPixels: false }).raw().toBuffer());
  await tc('compose parts: decoded + PNG level 6 encoded, no frame', () =>
    sharp(fast, { limitInputPixels: false }).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer());
  await tc('compose (frame + encode), CDP shot', () => compositor.compose({ png: fast, ...pngSize(fast), finalUrl: url, httpStatus: 200, title: 'T' }, url));
  const inspected = await tc('blank check: inspectShot', () => inspectShot(png, size));
  await t('title', () => page.title());
  const shot = { png, ...(inspected.pixels ? { pixels: inspected.pixels } : {}), ...size, finalUrl: url, httpStatus: 200, title: 'T' };
  const framed = await tc('compose (frame + encode)', () => compositor.compose(shot, url));
  if (record) {
    times.set('page height px', [...(times.get('page height px') ?? []), size.height]);
    times.set('PNG KB: screenshot', [...(times.get('PNG KB: screenshot') ?? []), png.length / 1024]);
    times.set('PNG KB: framed', [...(times.get('PNG KB: framed') ?? []), framed.data.length / 1024]);
    times.set('PNG KB: CDP shot', [...(times.get('PNG KB: CDP shot') ?? []), fast.length / 1024]);
    times.set('CDP shot same size', [...(times.get('CDP shot same size') ?? []), pngSize(fast).height === size.height && pngSize(fast).width === size.width ? 1 : 0]);
  }
}

async function capture(page: Page, cdp: CDPSession, url: string, record: boolean): Promise<void> {
  if (fullPage) return captureFullPage(page, cdp, url, record);
  const t = record ? time : <T>(_: string, what: () => Promise<T>): Promise<T> => what();
  await t('clean-up between targets: clearCookies', () => page.context().clearCookies());
  await t('clean-up between targets: Storage.clearDataForOrigin', () => cdp.send('Storage.clearDataForOrigin', { origin: site.origin, storageTypes: 'all' }));
  const network = new NetworkTracker(page);
  const response = await t('goto (load)', () => page.goto(url, { waitUntil: 'load' }));
  network.navigated();
  // Every run records them (any run can be the next one's baseline): timed alone (as capture-page did before
  // settle until 2026-12-02), then again beside settle as it does now: what is left of it once settle is done.
  if (response) await t('document validators (body + sha256), alone', () => documentValidators(response));
  const validators = response ? documentValidators(response) : Promise.resolve(null);
  const spec = { css: '', lazy: true, scroll: false };
  const quiet = network.quiet(READINESS_LIMITS.networkQuietMs, READINESS_LIMITS.networkMs);
  await t('settle: one evaluate (css, lazy, images, fonts, busy)', () => page.evaluate(settlePage, settleArgs(spec)));
  await t('settle: network quiet, after the evaluate', () => quiet);
  await t('document validators beside settle: left after it', () => validators);
  await t('before shot: images decoded, animations settled', () => page.evaluate(beforeShot, beforeShotArgs(true)));
  network.stop();
  const png = await t('screenshot: playwright (animations disabled, caret hide)', () =>
    page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' }));
  const fast = await t('screenshot: CDP png optimizeForSpeed', () => cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true }));
  const fastPng = Buffer.from(fast.data, 'base64');
  await t('blank check, old: sharp stats()', () => sharp(png).stats());
  const pixels = await t('blank check: decode', () => decodePng(fastPng));
  await t('blank check: scan', async () => blankPixels(pixels));
  await t('title', () => page.title());
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const shot = { png: fastPng, width, height, finalUrl: url, httpStatus: 200, title: 'T' };
  await t('compose from PNG (decode + frame + encode)', () => compositor.compose(shot, url));
  await t('compose from decoded pixels (frame + encode)', () => compositor.compose({ ...shot, pixels }, url));
  if (record) {
    times.set('PNG KB: page.screenshot', [...(times.get('PNG KB: page.screenshot') ?? []), png.length / 1024]);
    times.set('PNG KB: CDP optimizeForSpeed', [...(times.get('PNG KB: CDP optimizeForSpeed') ?? []), fastPng.length / 1024]);
  }
}

try {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce', bypassCSP: true, serviceWorkers: 'block' });
  // As the render pool's contexts: the mark that lets a page nothing reacts on skip the scroll-through.
  await context.addInitScript(watchIntersectionObservers);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await capture(page, cdp, urls[0]!, false);
  for (const url of urls) await capture(page, cdp, url, true);
  console.log(`${urls.length} ${fullPage ? 'long pages, full page,' : 'pages'} of ${site.name}, one at a time; ms per page (median / mean)\n`);
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
