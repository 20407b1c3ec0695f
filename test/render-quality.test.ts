// "Captures right the first time": lazy content, readiness waits, --stable,
// consent dismissal, blank detection, failure categories and the font
// pre-flight, against the local test site in test/fixtures/quality/ served on
// 127.0.0.1 and real Chromium. Checks are pixel statistics on the shots.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { resolveSettings } from '../src/config/settings.ts';
import { renderWithoutFrame } from '../src/core/scale.ts';
import type { RenderOptions } from '../src/core/options.ts';
import { exceedsBudget, runCapture } from '../src/core/run.ts';
import {
  blankVerdict, CaptureError, CHROMIUM_ARGS, fontWarning, launchRenderer, missingFontScripts,
} from '../src/core/render/index.ts';
import type { Renderer } from '../src/core/render/index.ts';
import { defaultCaptureOptions } from '../src/index.ts';
import { requireSystemPackage, testBrowser } from './helpers/system.ts';
import { shareOneBrowser } from './helpers/shared-browser.ts';

// The renderers are about what a shot holds, not the launch: they share one browser (the one with a
// host-resolver rule and the font test's, with its own font set, start their own).
shareOneBrowser();

const CHROMIUM = testBrowser('shell');
const FIXTURES = new URL('./fixtures/quality/', import.meta.url);
const FONT = requireSystemPackage('fonts-dejavu-core');

// ---------------------------------------------------------------- site

let server: Server;
let base = '';
/** Every path and query the site was asked for, in order. */
const requested: string[] = [];
const url = (path: string): string => `${base}${path}`;

before(async () => {
  const images = new Map<string, Buffer>();
  server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      requested.push(req.url ?? '/');
      const colour = /^\/img\/([0-9a-f]{6})\.png$/.exec(path)?.[1];
      if (colour) {
        let png = images.get(colour);
        if (!png) {
          png = await sharp({ create: { width: 200, height: 200, channels: 3, background: `#${colour}` } }).png().toBuffer();
          images.set(colour, png);
        }
        // Slow enough that a shot taken without waiting for images misses them.
        await new Promise((r) => setTimeout(r, 300));
        res.writeHead(200, { 'content-type': 'image/png' });
        return res.end(png);
      }
      if (path === '/font/late.ttf') {
        await new Promise((r) => setTimeout(r, 1_200));
        res.writeHead(200, { 'content-type': 'font/ttf' });
        return res.end(await readFile(FONT));
      }
      if (path === '/missing') { res.writeHead(404); return res.end('no'); }
      if (path === '/broken') { res.writeHead(500); return res.end('boom'); }
      if (path === '/hang') return;
      const file = /^\/([a-z-]+\.html)$/.exec(path)?.[1];
      if (file && existsSync(new URL(file, FIXTURES))) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(await readFile(new URL(file, FIXTURES)));
      }
      res.writeHead(404);
      res.end();
    })().catch(() => res.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

// ---------------------------------------------------------------- helpers

/** The spec's defaults, with a small viewport, one page at a time, no retries. */
function options(over: Partial<RenderOptions> = {}): RenderOptions {
  return renderWithoutFrame(defaultCaptureOptions({ render: { viewport: { width: 800, height: 600 }, timeoutMs: 15_000, retries: 0, concurrency: 1, ...over } }).render);
}

const target = (u: string) => ({ index: 0, url: u, name: 'x' });

/** Pixels within `tol` of `rgb`, in the rectangle (default: the whole image). */
async function countColour(png: Buffer, rgb: [number, number, number], tol = 24, rect?: { top: number; height: number }): Promise<number> {
  let img = sharp(png).removeAlpha();
  if (rect) {
    const { width } = await sharp(png).metadata();
    img = img.extract({ left: 0, top: rect.top, width: width!, height: rect.height });
  }
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  let n = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if (Math.abs(data[i]! - rgb[0]) <= tol && Math.abs(data[i + 1]! - rgb[1]) <= tol && Math.abs(data[i + 2]! - rgb[2]) <= tol) n++;
  }
  return n;
}

async function captureError(renderer: Renderer, u: string): Promise<CaptureError> {
  try {
    await renderer.capture(target(u));
  } catch (err) {
    assert.ok(err instanceof CaptureError, `expected a CaptureError, got ${String(err)}`);
    return err;
  }
  assert.fail(`expected ${u} to fail`);
}

const IMAGE_PIXELS = 200 * 200;

// ---------------------------------------------------------------- lazy + readiness

describe('lazy content (full page and viewport), sticky header, readiness', () => {
  let renderer: Renderer;
  before(async () => {
    renderer = await launchRenderer(options({ fullPage: true }), () => {}, { executablePath: CHROMIUM, fontCheck: false });
  });
  after(async () => { await renderer.close(); });

  test('native and script-driven lazy images are all in the shot, the sticky header once, and two runs are identical', async () => {
    const first = await renderer.capture(target(url('/lazy.html')));
    const { png } = first.shot;
    assert.equal(first.shot.height, 60 + 5 * 1001);
    // 2 red (loading=lazy) and 2 blue (IntersectionObserver) images of 200×200.
    assert.ok(await countColour(png, [255, 0, 0], 8) >= 2 * IMAGE_PIXELS * 0.98, 'both loading="lazy" images loaded');
    assert.ok(await countColour(png, [0, 0, 255], 8) >= 2 * IMAGE_PIXELS * 0.98, 'both observer-driven images loaded');
    // The sticky header appears once at the top, not repeated down the page.
    const headerPixels = await countColour(png, [0x1e, 0x3a, 0x8a], 8);
    assert.ok(headerPixels > 800 * 50 && headerPixels <= 800 * 60, `header pixels: ${headerPixels}`);
    assert.ok(await countColour(png, [0x1e, 0x3a, 0x8a], 8, { top: 0, height: 60 }) > 800 * 50, 'header at the top');
    assert.equal(first.shot.readinessTimeouts, undefined);

    const second = await renderer.capture(target(url('/lazy.html')));
    assert.ok(second.shot.png.equals(png), 'the same page captured twice gives the same bytes');
  });

  test('a loader debounced on scroll, which a pass without rests never wakes, still has its images in the shot', async () => {
    // A pass that takes one frame a step is too quick for it: the page's scroll listener makes each step rest.
    const { shot } = await renderer.capture(target(url('/lazy-debounced.html')));
    assert.ok(await countColour(shot.png, [0, 255, 0], 8) >= 2 * IMAGE_PIXELS * 0.98, 'both debounce-loaded images are in the shot');
    assert.equal(shot.readinessTimeouts, undefined);
  });

  test('a long page nothing reacts to scrolling on is not scrolled through; one with a frame of its own still is', async () => {
    // No scroll listener, no IntersectionObserver (only a frame loop that no check can see marks a scroll).
    const still = await renderer.capture(target(url('/still.html')));
    assert.ok(await countColour(still.shot.png, [0, 255, 0], 8, { top: 0, height: 100 }) >= 800 * 99, 'the page was never scrolled');
    // A frame's own listeners and observers are not checked: such a page is scrolled through as before.
    const framed = await renderer.capture(target(url('/still.html?framed')));
    assert.ok(await countColour(framed.shot.png, [255, 0, 255], 8, { top: 0, height: 100 }) >= 800 * 99, 'the page with a frame was scrolled');
  });

  test('a viewport shot waits for the lazy image it shows and never fetches the ones far below', async () => {
    const viewport = await launchRenderer(options(), () => {}, { executablePath: CHROMIUM, fontCheck: false });
    try {
      const from = requested.length;
      const { shot } = await viewport.capture(target(url('/viewport-lazy.html')));
      assert.ok(await countColour(shot.png, [255, 0, 0], 8) >= IMAGE_PIXELS * 0.98, 'the in-view lazy image (300 ms to arrive) is in the shot');
      const asked = requested.slice(from);
      assert.ok(asked.includes('/img/ff0000.png?top'));
      assert.deepEqual(asked.filter((u) => u.includes('?far')), [], 'images 9,000 px below the first screen are not loaded for a viewport shot');
    } finally {
      await viewport.close();
    }
  });

  test('--no-lazy: the same page without forcing lazy content leaves the far images out', async () => {
    const lazyOff = await launchRenderer(options({ fullPage: true, lazy: false }), () => {}, { executablePath: CHROMIUM, fontCheck: false });
    try {
      const { shot } = await lazyOff.capture(target(url('/lazy.html')));
      assert.ok(await countColour(shot.png, [0, 0, 255], 8) < IMAGE_PIXELS, 'observer-driven images were never scrolled into view');
    } finally {
      await lazyOff.close();
    }
  });
});

describe('viewport shots: fonts, busy regions, spinners, blank pages, failure categories', () => {
  let renderer: Renderer;
  before(async () => {
    renderer = await launchRenderer(options({ timeoutMs: 8_000 }), () => {}, {
      executablePath: CHROMIUM, fontCheck: false,
      // An unresolvable name without any DNS traffic.
      extraArgs: ['--host-resolver-rules=MAP nowhere.test ~NOTFOUND'],
    });
  });
  after(async () => { await renderer.close(); });

  test('a late web font (font-display: block) is waited for: the text is in the shot', async () => {
    const { shot } = await renderer.capture(target(url('/font.html')));
    const ink = await countColour(shot.png, [0, 0, 0], 60, { top: 0, height: 150 });
    assert.ok(ink > 2_000, `dark text pixels: ${ink}`);
  });

  test('an aria-busy spinner is waited out: the content is there, the spinner gone', async () => {
    const { shot } = await renderer.capture(target(url('/spinner.html')));
    assert.equal(await countColour(shot.png, [255, 0, 255], 40), 0, 'no spinner');
    assert.ok(await countColour(shot.png, [0, 0xa0, 0], 8) >= 300 * 300 * 0.98, 'content shown');
  });

  test('--stable: a script-animated spinner is waited out; without it the shot catches the spinner', async () => {
    const plain = await renderer.capture(target(url('/js-spinner.html')));
    assert.ok(await countColour(plain.shot.png, [255, 0, 200], 80) > 10_000, 'without --stable the spinner is in the shot');
    const stable = await launchRenderer(options({ stable: true }), () => {}, { executablePath: CHROMIUM, fontCheck: false });
    try {
      const { shot } = await stable.capture(target(url('/js-spinner.html')));
      assert.equal(await countColour(shot.png, [255, 0, 200], 80), 0, 'no spinner');
      assert.ok(await countColour(shot.png, [0, 0xa0, 0], 8) >= 300 * 300 * 0.98, 'content shown');
      assert.equal(shot.readinessTimeouts, undefined);
    } finally {
      await stable.close();
    }
  });

  test('a blank capture fails with category "blank" and says what to check', async () => {
    const err = await captureError(renderer, url('/blank.html'));
    assert.equal(err.category, 'blank');
    assert.match(err.message, /blank capture: .*one flat colour \(#ffffff\)/);
    assert.equal(err.attempts, 1);
  });

  test('failure categories: http_4xx, http_5xx, timeout, dns, tls, blocked', async () => {
    assert.equal((await captureError(renderer, url('/missing'))).category, 'http_4xx');
    assert.equal((await captureError(renderer, url('/broken'))).category, 'http_5xx');
    assert.equal((await captureError(renderer, 'http://nowhere.test/')).category, 'dns');
    // TLS spoken to a plain-HTTP server.
    assert.equal((await captureError(renderer, base.replace('http:', 'https:') + '/lazy.html')).category, 'tls');
    assert.equal((await captureError(renderer, 'file:///etc/hostname')).category, 'blocked');
    const short = await launchRenderer(options({ timeoutMs: 1_500 }), () => {}, { executablePath: CHROMIUM, fontCheck: false });
    try {
      assert.equal((await captureError(short, url('/hang'))).category, 'timeout');
    } finally {
      await short.close();
    }
  });
});

// ---------------------------------------------------------------- consent

describe('--dismiss-consent', () => {
  test("autoconsent's bundled rules opt out of the banner; without the flag it stays", async () => {
    const plain = await launchRenderer(options(), () => {}, { executablePath: CHROMIUM, fontCheck: false });
    const dismissing = await launchRenderer(options({ dismissConsent: true }), () => {}, { executablePath: CHROMIUM, fontCheck: false });
    try {
      const kept = await plain.capture(target(url('/consent.html')));
      assert.ok(await countColour(kept.shot.png, [255, 0x7a, 0], 8) > 800 * 150, 'banner shown without --dismiss-consent');
      assert.equal(kept.shot.consent, undefined);

      const { shot } = await dismissing.capture(target(url('/consent.html')));
      assert.equal(await countColour(shot.png, [255, 0x7a, 0], 8), 0, 'banner gone');
      assert.equal(shot.consent, 'hubspot');
      // A page without a banner is not held up for long.
      const started = Date.now();
      const other = await dismissing.capture(target(url('/scripts.html')));
      assert.equal(other.shot.consent, undefined);
      assert.ok(Date.now() - started < 10_000, "not held up for the consent wait");
    } finally {
      await plain.close();
      await dismissing.close();
    }
  });
});

// ---------------------------------------------------------------- fonts

describe('font pre-flight', () => {
  test('with a font set limited to DejaVu, emoji and CJK are reported missing, naming the packages', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'framecap-fc-'));
    const conf = join(dir, 'fonts.conf');
    await writeFile(conf, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
      `<dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${dir}/cache</cachedir></fontconfig>`);
    const browser = await chromium.launch({
      executablePath: CHROMIUM, args: [...CHROMIUM_ARGS], env: { ...process.env, FONTCONFIG_FILE: conf } as Record<string, string>,
    });
    try {
      const missing = await missingFontScripts(browser);
      assert.ok(missing.includes('emoji') && missing.includes('CJK'), `missing: ${missing.join(', ')}`);
      assert.ok(!missing.includes('Latin/Cyrillic/Greek'));
      const warning = fontWarning(missing) ?? '';
      assert.match(warning, /fonts-noto-color-emoji/);
      assert.match(warning, /fonts-noto-cjk/);
    } finally {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('the renderer runs the check once, beside the first capture; where emoji fonts exist, emoji render in colour', async () => {
    const warnings: string[] = [];
    const renderer = await launchRenderer(options(), (m) => warnings.push(m), { executablePath: CHROMIUM });
    try {
      const { shot } = await renderer.capture(target(url('/scripts.html')));
      // Colourful pixels (not grey, not the black text) in the emoji line.
      const { data, info } = await sharp(shot.png).removeAlpha().extract({ left: 0, top: 0, width: 800, height: 90 }).raw().toBuffer({ resolveWithObject: true });
      let colourful = 0;
      for (let i = 0; i < data.length; i += info.channels) {
        if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 60) colourful++;
      }
      const missingFonts = await renderer.missingFonts;
      assert.equal(warnings.some((w) => w.includes('has no font for')), missingFonts.length > 0);
      if (missingFonts.includes('emoji')) assert.ok(colourful < 50, 'no emoji font: no colour');
      else assert.ok(colourful > 1_000, `emoji drawn in colour (${colourful} px)`);
    } finally {
      await renderer.close();
    }
  });
});

// ---------------------------------------------------------------- budgets and blanks

describe('--max-failures and blank detection', () => {
  test('a budget is a count or a percentage; more failures than it allows fail the run', () => {
    assert.equal(exceedsBudget(2, 10, { kind: 'count', max: 2 }), false);
    assert.equal(exceedsBudget(3, 10, { kind: 'count', max: 2 }), true);
    assert.equal(exceedsBudget(1, 10, { kind: 'percent', max: 10 }), false);
    assert.equal(exceedsBudget(2, 10, { kind: 'percent', max: 10 }), true);
    assert.equal(exceedsBudget(5, 10, null), false);
  });

  test('settings: --max-failures N or N%, --stable, --no-lazy, --dismiss-consent', () => {
    const machine = { cores: 2, freeMemBytes: 4e9 };
    const r = resolveSettings({ urls: ['https://example.com/'], 'max-failures': '10%', stable: true, lazy: false, 'dismiss-consent': 'true' }, machine);
    assert.deepEqual(r.options.maxFailures, { kind: 'percent', max: 10 });
    assert.equal(r.options.render.stable, true);
    assert.equal(r.options.render.lazy, false);
    assert.equal(r.options.render.dismissConsent, true);
    const d = resolveSettings({ urls: ['https://example.com/'] }, machine);
    assert.equal(d.options.maxFailures, null);
    assert.equal(d.options.render.lazy, true);
    assert.equal(d.options.render.stable, false);
    assert.deepEqual(resolveSettings({ urls: ['https://example.com/'], 'max-failures': '3' }, machine).options.maxFailures, { kind: 'count', max: 3 });
    assert.throws(() => resolveSettings({ urls: ['https://example.com/'], 'max-failures': 'many' }, machine), /--max-failures must be/);
    assert.throws(() => resolveSettings({ urls: ['https://example.com/'], 'max-failures': '150%' }, machine), /--max-failures must be/);
  });

  test('blankVerdict: flat is blank, a few pixels of text are not', async () => {
    const flat = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#123456' } }).png().toBuffer();
    assert.deepEqual(await blankVerdict(flat), { blank: true, colour: '#123456' });
    const dot = await sharp(flat).composite([{ input: { create: { width: 3, height: 3, channels: 3, background: '#000' } }, left: 10, top: 10 }]).png().toBuffer();
    assert.equal((await blankVerdict(dot)).blank, false);
  });
});

describe('the manifest', () => {
  test('rows carry category and readiness_timeouts; --max-failures 1 with 2 failures turns a partial run into a failed one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'framecap-quality-'));
    try {
      const resolved = resolveSettings({
        urls: [url('/lazy.html'), url('/missing'), url('/blank.html')], device: 'none', output: join(dir, 'out'),
        'max-failures': '1', 'full-page': true, concurrency: '1', 'browser-path': CHROMIUM, retries: '0',
      }, { cores: 1, freeMemBytes: 4e9 });
      const { job, manifest } = await runCapture(resolved.options);
      const byUrl = new Map(manifest.captures.map((r) => [r.url, r]));
      assert.equal(byUrl.get(url('/lazy.html'))?.status, 'ok');
      assert.equal(byUrl.get(url('/lazy.html'))?.category, undefined);
      assert.equal(byUrl.get(url('/missing'))?.category, 'http_4xx');
      assert.equal(byUrl.get(url('/blank.html'))?.category, 'blank');
      assert.equal(job.status, 'failed');
      assert.match(job.error ?? '', /2 of 3 pages failed, more than --max-failures 1 allows/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
