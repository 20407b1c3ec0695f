// Full-page shots through CDP (src/core/render/full-page-shot.ts) show the
// same pixels as Playwright's `fullPage: true` screenshot, which they
// replace: fixed and sticky headers, a page wider than the viewport, one that
// fits in it. The renderer takes them that way, and keeps Playwright's path
// for --omit-background and a device scale other than 1 (which our CDP
// session does not see). Shots take turns through the run's pixel budget
// (FULL_PAGE_PIXELS_AT_ONCE), and one bigger than the budget is shot in
// bands that make the same image. Real Chromium on 127.0.0.1.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import type { RenderOptions } from '../src/core/options.ts';
import { launchRenderer } from '../src/core/render/index.ts';
import { capturePage } from '../src/core/render/capture-page.ts';
import { NetworkTracker } from '../src/core/render/readiness.ts';
import { bandHeight, FULL_PAGE_PIXELS_AT_ONCE, shootDocumentRect } from '../src/core/render/full-page-shot.ts';
import { createCompositor } from '../src/core/frame/index.ts';
import type { Shot } from '../src/core/types.ts';
import { WeightedSemaphore } from '../src/util/semaphore.ts';
import { documentSize } from '../src/core/render/in-page/document-size.ts';
import { startExampleSite } from './helpers/site.ts';
import type { ExampleSite } from './helpers/site.ts';
import { testBrowser } from './helpers/system.ts';

const SHELL = testBrowser('shell');
const VIEWPORT = { width: 800, height: 600 };

/** `height` px of banded content under a fixed header, with a sticky bar and, when `wide`, a row wider than the viewport. */
function page(height: number, wide: boolean): string {
  const bands = `<div style="height:${height}px;background:repeating-linear-gradient(#fff 0 40px,#e8eef8 40px 41px,#fff 41px 97px,#c33 97px 99px)"></div>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>full</title><style>
    html,body{margin:0;font:16px sans-serif}
    header{position:fixed;top:0;left:0;right:0;height:48px;background:#234;color:#fff}
    nav{position:sticky;top:48px;height:24px;background:#fc3}
  </style></head><body><header>fixed header</header><div style="height:48px"></div><nav>sticky</nav>
  ${wide ? '<div style="width:1300px;height:30px;background:linear-gradient(90deg,#0a0,#00a)"></div>' : ''}${bands}<p>the end</p></body></html>`;
}

async function raw(png: Buffer, alpha = false): Promise<{ data: Buffer; width: number; height: number; channels: number }> {
  const image = sharp(png, { limitInputPixels: false });
  const { data, info } = await (alpha ? image.ensureAlpha() : image).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

describe('full-page shots through CDP', () => {
  let site: ExampleSite;
  let browser: Browser;
  /** Pages whose document was let go (pagehide), by the ?id they were loaded with. */
  const gone = new Set<string>();
  before(async () => {
    site = await startExampleSite({
      '/__test/leave': (req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(new URL(req.url ?? '/', 'http://x').searchParams.get('html') ?? '');
      },
      '/__test/gone': (req, res) => {
        gone.add(new URL(req.url ?? '/', 'http://x').searchParams.get('id') ?? '');
        res.writeHead(204).end();
      },
      '/__test/full': (req, res) => {
        const q = new URL(req.url ?? '/', 'http://x').searchParams;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(Number(q.get('h')), q.get('wide') === '1'));
      },
    });
    browser = await chromium.launch({ executablePath: SHELL });
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  const cases = [
    { name: 'a tall page with fixed and sticky headers', h: 6_000, wide: false, scale: 1 },
    { name: 'a page wider than the viewport', h: 2_000, wide: true, scale: 1 },
    { name: 'a page that fits in the viewport', h: 100, wide: false, scale: 1 },
  ];
  for (const c of cases) {
    test(`${c.name}: the same pixels as Playwright's fullPage screenshot`, async () => {
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: c.scale });
      try {
        const p: Page = await context.newPage();
        await p.goto(`${site.origin}/__test/full?h=${c.h}&wide=${c.wide ? 1 : 0}`, { waitUntil: 'load' });
        const cdp = await context.newCDPSession(p);
        const size = await p.evaluate(documentSize);
        assert.ok(size);
        const ours = await raw(await shootDocumentRect(cdp, { x: 0, y: 0, ...size }, size, VIEWPORT));
        const theirs = await raw(await p.screenshot({ type: 'png', fullPage: true, animations: 'disabled', caret: 'hide' }));
        assert.deepEqual([ours.width, ours.height, ours.channels], [theirs.width, theirs.height, theirs.channels]);
        assert.deepEqual([ours.width, ours.height], [size.width * c.scale, size.height * c.scale]);
        assert.ok(ours.data.equals(theirs.data), 'pixel-identical');
        // And a clip (a --split part, a capped page) is the same rows of the same page.
        const part = await raw(await shootDocumentRect(cdp, { x: 0, y: 50, width: size.width, height: 80 }, size, VIEWPORT));
        const row = theirs.width * theirs.channels;
        assert.ok(part.data.equals(theirs.data.subarray(50 * c.scale * row, 130 * c.scale * row)), 'a clip is the same rows');
        // The fixed header shows once, at the top, not again further down the page.
        const at = (y: number): number[] => [...theirs.data.subarray(y * c.scale * row + 700 * c.scale * theirs.channels, y * c.scale * row + 700 * c.scale * theirs.channels + 3)];
        assert.deepEqual(at(10), [0x22, 0x33, 0x44]);
        if (c.h > VIEWPORT.height * 2) assert.notDeepEqual(at(VIEWPORT.height + 10), [0x22, 0x33, 0x44]);
      } finally {
        await context.close();
      }
    });
  }

  test('at device scale 2 a capture through our CDP session is not at the page\'s scale: why that case stays with Playwright', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2 });
    try {
      const p = await context.newPage();
      await p.goto(`${site.origin}/__test/full?h=2000&wide=0`, { waitUntil: 'load' });
      const size = await p.evaluate(documentSize);
      assert.ok(size);
      const ours = await raw(await shootDocumentRect(await context.newCDPSession(p), { x: 0, y: 0, ...size }, size, VIEWPORT));
      const theirs = await raw(await p.screenshot({ type: 'png', fullPage: true }));
      assert.equal(theirs.width, VIEWPORT.width * 2);
      assert.equal(ours.width, VIEWPORT.width, 'if Chromium ever shares the scale across sessions, the fast path can take scale 2 too');
    } finally {
      await context.close();
    }
  });

  test('full-page shots take turns through the run\'s pixel budget, each weighing its rect', async () => {
    /** Records each shot's weight and the most weight running at once. */
    class Recording extends WeightedSemaphore {
      weights: number[] = [];
      running = 0;
      peak = 0;
      override run<T>(weight: number, task: () => Promise<T>): Promise<T> {
        this.weights.push(weight);
        return super.run(weight, async () => {
          this.running += Math.min(weight, this.capacity);
          this.peak = Math.max(this.peak, this.running);
          try {
            return await task();
          } finally {
            this.running -= Math.min(weight, this.capacity);
          }
        });
      }
    }
    const options: RenderOptions = {
      viewport: VIEWPORT, scale: 1, fullPage: true, waitUntil: 'load', waitFor: null, delay: 0, hide: [],
      colorScheme: 'light', headers: {}, cookies: [], userAgent: null, timeoutMs: 30_000, retries: 0, concurrency: 2,
      browserPath: SHELL, lazy: false,
    };
    // Room for one 3,000 px page at a time: two pages shot together would weigh twice that.
    const gate = new Recording(VIEWPORT.width * 3_200);
    const contexts = await Promise.all([browser.newContext({ viewport: VIEWPORT }), browser.newContext({ viewport: VIEWPORT })]);
    try {
      const shots = await Promise.all(contexts.map(async (context) => {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        const url = `${site.origin}/__test/full?h=3000&wide=0`;
        return capturePage({ page, lost: new Promise<never>(() => {}), url, options, deadline: Date.now() + 30_000, cdp, network: new NetworkTracker(page), fullPageShots: gate });
      }));
      for (const shot of shots) assert.ok(shot.height > 3_000, `the whole page (${shot.height} px)`);
      assert.equal(gate.weights.length, 2, 'each shot went through the gate');
      for (const [i, weight] of gate.weights.entries()) assert.equal(weight, shots[i]!.width * shots[i]!.height, 'a shot weighs its pixels');
      assert.ok(gate.peak <= gate.capacity, `at most the budget at once (${gate.peak} of ${gate.capacity})`);
    } finally {
      await Promise.all(contexts.map((c) => c.close()));
    }
  });

  test('after a full-page shot the slot\'s page lets its document go; after a viewport shot it keeps it', async () => {
    const options: RenderOptions = {
      viewport: VIEWPORT, scale: 1, fullPage: true, waitUntil: 'load', waitFor: null, delay: 0, hide: [],
      colorScheme: 'light', headers: {}, cookies: [], userAgent: null, timeoutMs: 30_000, retries: 0, concurrency: 1,
      browserPath: SHELL, lazy: false,
    };
    for (const fullPage of [true, false]) {
      const id = `full-${fullPage}`;
      const renderer = await launchRenderer({ ...options, fullPage }, () => {}, { executablePath: SHELL, fontCheck: false });
      try {
        const html = `<!doctype html><title>leave</title><body style="height:3000px;background:linear-gradient(#fff,#abc)">page
          <script>addEventListener('pagehide', () => navigator.sendBeacon('/__test/gone?id=${id}'))</script>`;
        await renderer.capture({ index: 0, url: `${site.origin}/__test/leave?html=${encodeURIComponent(html)}`, name: id });
        // The beacon is on its way when the navigation commits: give it a moment to land.
        for (let i = 0; i < 40 && !gone.has(id); i++) await new Promise((r) => setTimeout(r, 50));
        assert.equal(gone.has(id), fullPage, fullPage ? 'the document was let go after the shot' : 'a viewport slot keeps its page until the next target');
      } finally {
        await renderer.close();
      }
    }
  });

  test('the renderer shoots full pages this way, and --omit-background and scale 2 the Playwright way', async () => {
    const options: RenderOptions = {
      viewport: VIEWPORT, scale: 1, fullPage: true, waitUntil: 'load', waitFor: null, delay: 0, hide: [],
      colorScheme: 'light', headers: {}, cookies: [], userAgent: null, timeoutMs: 30_000, retries: 0, concurrency: 1,
      browserPath: SHELL, lazy: false,
    };
    const url = `${site.origin}/__test/full?h=3000&wide=0`;
    for (const { omitBackground, scale } of [{ omitBackground: false, scale: 1 }, { omitBackground: true, scale: 1 }, { omitBackground: false, scale: 2 }]) {
      const renderer = await launchRenderer({ ...options, scale, emulation: { omitBackground } }, () => {}, { executablePath: SHELL, fontCheck: false });
      try {
        const { shot } = await renderer.capture({ index: 0, url, name: 'full' });
        const { width, height, channels } = await raw(shot.png);
        assert.equal(width, VIEWPORT.width * scale);
        assert.ok(height > 3_000 * scale, `the whole page (${height} px)`);
        // Playwright's path makes the default background transparent (an alpha channel); the fast encoder is flagged for re-encoding.
        const fast = !omitBackground && scale === 1;
        assert.equal(shot.fastPng === true, fast, `omitBackground ${omitBackground}, scale ${scale}: fastPng ${shot.fastPng}`);
        assert.equal(channels, omitBackground ? 4 : 3);
        // The blank check keeps no decoded pixels of a full page: they would wait, held, for its turn to be framed.
        assert.equal(shot.pixels, undefined);
      } finally {
        await renderer.close();
      }
    }
  });
  /** Records each shot's weight. */
  class Weighing extends WeightedSemaphore {
    weights: number[] = [];
    override run<T>(weight: number, task: () => Promise<T>): Promise<T> {
      this.weights.push(weight);
      return super.run(weight, task);
    }
  }
  const fullPageOptions = (scale: number, omitBackground = false): RenderOptions => ({
    viewport: VIEWPORT, scale, fullPage: true, waitUntil: 'load', waitFor: null, delay: 0, hide: [],
    colorScheme: 'light', headers: {}, cookies: [], userAgent: null, timeoutMs: 30_000, retries: 0, concurrency: 1,
    browserPath: SHELL, lazy: false, ...(omitBackground ? { emulation: { omitBackground } } : {}),
  });
  /** A banded shot's bands decoded and laid one under the other, row for row: the image they stand for, as a PNG. */
  const joined = async (shot: Shot): Promise<Buffer> => {
    // Chromium writes an opaque band as RGB, one with transparency (--omit-background) as RGBA.
    const alpha = (await Promise.all(shot.bands!.map(async (b) => (await sharp(b.png).metadata()).hasAlpha))).some(Boolean);
    const bands = await Promise.all(shot.bands!.map((b) => raw(b.png, alpha)));
    const { width, channels } = bands[0]!;
    const height = bands.reduce((sum, b) => sum + b.height, 0);
    return sharp(Buffer.concat(bands.map((b) => b.data)), { raw: { width, height, channels: channels as 3 | 4 } }).png().toBuffer();
  };

  for (const c of [
    { name: 'through our CDP session', scale: 1, wide: false, omitBackground: false },
    { name: 'a page wider than the viewport', scale: 1, wide: true, omitBackground: false },
    { name: 'at scale 2, Playwright\'s way', scale: 2, wide: false, omitBackground: false },
    { name: 'with --omit-background, Playwright\'s way', scale: 1, wide: false, omitBackground: true },
  ]) {
    test(`a full page over the pixel budget is shot in bands that make the page's image, ${c.name}`, async () => {
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: c.scale });
      try {
        const p = await context.newPage();
        const url = `${site.origin}/__test/full?h=6000&wide=${c.wide ? 1 : 0}`;
        // A budget of 2,000 rows of the viewport's width: bands of at most 1,000 device rows.
        const gate = new Weighing(VIEWPORT.width * 2_000);
        const cdp = await context.newCDPSession(p);
        const shot = await capturePage({ page: p, lost: new Promise<never>(() => {}), url, options: fullPageOptions(c.scale, c.omitBackground), deadline: Date.now() + 30_000, cdp, network: new NetworkTracker(p), fullPageShots: gate });
        const size = await p.evaluate(documentSize);
        assert.ok(size && shot.bands, 'shot in bands');
        const bandCss = bandHeight({ x: 0, y: 0, ...size }, c.scale, gate.capacity)!;
        assert.equal(shot.bands.length, Math.ceil(size.height / bandCss), `${shot.bands.length} bands of ${bandCss} CSS px for ${size.height} px`);
        assert.deepEqual([shot.width, shot.height], [size.width * c.scale, size.height * c.scale], 'the shot is the whole page');
        assert.equal(shot.bands.reduce((sum, b) => sum + b.height, 0), shot.height);
        assert.ok(shot.png.equals(shot.bands[0]!.png), 'png is the first band');
        assert.equal(shot.pixels, undefined, 'no decoded pixels of one band stand for the page');
        assert.equal(gate.weights.length, shot.bands.length, 'each band takes its own turn');
        for (const w of gate.weights) assert.ok(w <= gate.capacity / 2, `a band weighs at most half the budget (${w})`);
        // The same pixels as the page shot whole, Playwright's way.
        const whole = await raw(await p.screenshot({ type: 'png', fullPage: true, animations: 'disabled', caret: 'hide', omitBackground: c.omitBackground }));
        const banded = await raw(await joined(shot));
        assert.deepEqual([banded.width, banded.height, banded.channels], [whole.width, whole.height, whole.channels]);
        assert.ok(banded.data.equals(whole.data), 'pixel-identical to the one shot');
      } finally {
        await context.close();
      }
    });
  }

  test('a full page within the budget is shot whole, and the run\'s budget is the default', async () => {
    assert.equal(bandHeight({ x: 0, y: 0, width: 1280, height: Math.floor(FULL_PAGE_PIXELS_AT_ONCE / 1280) }, 1), null);
    const band = bandHeight({ x: 0, y: 0, width: 1280, height: 40_000 }, 1)!;
    assert.equal(band, Math.floor(FULL_PAGE_PIXELS_AT_ONCE / 2 / 1280));
    // At a fractional scale each band is still a whole number of device rows.
    for (const scale of [1.5, 2.625, 3]) {
      const h = bandHeight({ x: 0, y: 0, width: 412, height: 40_000 }, scale, 412 * 2_000 * scale ** 2)!;
      assert.ok(h > 990 && h <= 1_000 && Number.isInteger(Math.round(h * scale * 1e6) / 1e6), `scale ${scale}: ${h}`);
    }
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const p = await context.newPage();
      const shot = await capturePage({ page: p, lost: new Promise<never>(() => {}), url: `${site.origin}/__test/full?h=6000&wide=0`, options: fullPageOptions(1), deadline: Date.now() + 30_000, cdp: await context.newCDPSession(p), network: new NetworkTracker(p), fullPageShots: new WeightedSemaphore(FULL_PAGE_PIXELS_AT_ONCE) });
      assert.equal(shot.bands, undefined);
      assert.ok(shot.height > 6_000);
    } finally {
      await context.close();
    }
  });

  test('a banded shot framed, or written unframed, is the same image as the one shot', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const p = await context.newPage();
      const url = `${site.origin}/__test/full?h=5000&wide=0`;
      const shot = await capturePage({ page: p, lost: new Promise<never>(() => {}), url, options: fullPageOptions(1), deadline: Date.now() + 30_000, cdp: await context.newCDPSession(p), network: new NetworkTracker(p), fullPageShots: new WeightedSemaphore(VIEWPORT.width * 2_000) });
      assert.ok(shot.bands && shot.bands.length > 2);
      const one: Shot = { ...shot, png: await joined(shot) };
      delete one.bands;
      const frame = { theme: 'light' as const, background: 'midnight', padding: 40, radius: 10, shadow: true, title: null, shadowStrength: 1, maxHeight: null, thumbnail: null, composite: { layout: 'none' as const } };
      for (const [device, format] of [['browser-macos', 'png'], ['none', 'png'], ['browser-minimal', 'webp']] as const) {
        // WebP holds 16,383 rows: a cut of a banded shot is the same cut.
        const compositor = await createCompositor({ ...frame, device, maxHeight: format === 'webp' ? 3_000 : null }, { format, quality: 100 }, 1);
        const [a, b] = await Promise.all([compositor.compose(shot, shot.finalUrl), compositor.compose(one, one.finalUrl)]);
        assert.deepEqual([a.width, a.height, a.cropped], [b.width, b.height, b.cropped], `${device} ${format}`);
        assert.ok((await raw(a.data)).data.equals((await raw(b.data)).data), `${device} ${format}: the same pixels`);
      }
    } finally {
      await context.close();
    }
  });
});
