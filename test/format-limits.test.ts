// Every format at every page height: a full page whose framed image would be
// larger than the format can encode (WebP 16,383 px on a side, AVIF 16,384,
// JPEG 65,535) is shot only down to what fits, and the row says where it was
// cut. Real Chromium, a page of coloured bands on 127.0.0.1.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import sharp from 'sharp';
import { resolveSettings } from '../src/config/settings.ts';
import { createCompositor, MAX_SIDE } from '../src/core/frame/index.ts';
import type { ImageFormat, RenderOptions } from '../src/core/options.ts';
import { launchRenderer } from '../src/core/render/index.ts';
import { runCapture } from '../src/core/run.ts';
import type { Manifest } from '../src/core/manifest.ts';
import { startExampleSite } from './helpers/site.ts';
import type { ExampleSite } from './helpers/site.ts';
import { readZip } from './helpers/zip.ts';
import { UserError } from '../src/core/types.ts';
import { tempDir } from './helpers/temp-dir.ts';
import { shareOneBrowser } from './helpers/shared-browser.ts';
import { testBrowser } from './helpers/system.ts';

// The runs are about format caps, not the launch: they share one browser.
shareOneBrowser();

const CHROMIUM = testBrowser('shell');
const BAND = 1_000;
const WIDTH = 400;
/** browser-macos at scale 1: 46 px of title bar, and the padding above and below. */
const PADDING = 64;
const TITLE_BAR = 46;

/** The colour of the band that holds CSS row y. */
function bandColour(y: number): [number, number, number] {
  const k = Math.floor(y / BAND);
  return [(40 + k * 53) % 256, (90 + k * 97) % 256, (140 + k * 151) % 256];
}

function bandsPage(height: number): string {
  const bands: string[] = [];
  for (let y = 0; y < height; y += BAND) {
    const [r, g, b] = bandColour(y);
    bands.push(`<div style="height:${Math.min(BAND, height - y)}px;background:rgb(${r},${g},${b})"></div>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>bands</title><style>html,body{margin:0}</style></head><body>${bands.join('')}</body></html>`;
}

describe('full pages taller than the format allows', () => {
  let site: ExampleSite;
  const dir = tempDir('framecap-limits-');
  before(async () => {
    site = await startExampleSite({
      '/__test/bands': (req, res) => {
        const height = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('h'));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(bandsPage(height));
      },
    });
  });
  after(async () => {
    await site?.close();
  });

  const cases: Array<{ format: ImageFormat; page: number }> = [
    { format: 'webp', page: 20_000 },
    { format: 'avif', page: 20_000 },
    { format: 'jpeg', page: 70_000 },
  ];
  for (const { format, page } of cases) {
    test(`${format}: a ${page} px page is cut so the framed image is ${MAX_SIDE[format]} px tall, and the row says so`, async () => {
      const url = `${site.origin}/__test/bands?h=${page}`;
      const output = join(dir, `${format}.zip`);
      const warnings: string[] = [];
      const { options } = resolveSettings({
        urls: [url], device: 'browser-macos', output, viewport: `${WIDTH}x300`, 'full-page': true, concurrency: '1', format,
        padding: String(PADDING), 'browser-path': CHROMIUM, retries: '0', timeout: '60000', lazy: false,
      }, { cores: 1, freeMemBytes: 4e9 });
      const { manifest } = await runCapture(options, { warning: (m) => warnings.push(m) });
      const row = manifest.captures[0]!;
      assert.equal(row.status, 'ok', row.error ?? '');
      const limit = MAX_SIDE[format]!;
      const shown = limit - TITLE_BAR - 2 * PADDING;
      assert.equal(row.cropped, true);
      assert.equal(row.full_height, page);
      assert.equal(row.cut_at, shown);
      assert.equal(row.height, limit);
      assert.ok(warnings.some((w) => w.includes(`cut at ${shown} of ${page} CSS px`) && w.includes(format.toUpperCase())), warnings.join('\n'));

      const entries = await readZip(output);
      const image = entries.find((e) => e.name === row.file)!.data;
      const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      assert.deepEqual([info.width, info.height], [row.width, row.height]);
      // The page's last rows in the image are CSS rows up to shown - 1, in the band that holds them
      // (the very last is under the window's 1 px border).
      const lastRow = info.height - PADDING - 2;
      const at = (lastRow * info.width + Math.floor(info.width / 2)) * 3;
      const expected = bandColour(shown - 1);
      const got = [data[at]!, data[at + 1]!, data[at + 2]!];
      assert.ok(got.every((v, i) => Math.abs(v - expected[i]!) <= 12), `last page row ${got} vs band ${expected}`);
      // And the row below it is the padding (the midnight gradient), not page.
      const below = ((lastRow + 3) * info.width + Math.floor(info.width / 2)) * 3;
      assert.ok(Math.abs(data[below]! - expected[0]!) + Math.abs(data[below + 1]! - expected[1]!) + Math.abs(data[below + 2]! - expected[2]!) > 30);

      const gallery = entries.find((e) => e.name === 'index.html')!.data.toString();
      assert.ok(gallery.includes(`cut at ${shown} of ${page} px`), 'the gallery notes the cut');
      const manifestJson = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString()) as Manifest;
      assert.equal(manifestJson.captures[0]!.full_height, page);
    });
  }

  test('the cap is applied by the screenshot: the browser never shoots below it', async () => {
    const options: RenderOptions = {
      viewport: { width: WIDTH, height: 300 }, scale: 1, fullPage: true, waitUntil: 'load', waitFor: null, delay: 0, hide: [],
      colorScheme: 'light', headers: {}, cookies: [], userAgent: null, timeoutMs: 30_000, retries: 0, concurrency: 1,
      browserPath: CHROMIUM, lazy: false, pageCap: { height: 3_000, width: null },
    };
    const renderer = await launchRenderer(options, () => {}, { executablePath: CHROMIUM, fontCheck: false });
    try {
      const tall = await renderer.capture({ index: 0, url: `${site.origin}/__test/bands?h=20000`, name: 'tall' });
      assert.equal(tall.shot.height, 3_000, 'the PNG Chromium made is the cap tall');
      assert.equal(tall.shot.fullHeight, 20_000);
      const short = await renderer.capture({ index: 1, url: `${site.origin}/__test/bands?h=2000`, name: 'short' });
      assert.equal(short.shot.height, 2_000);
      assert.equal(short.shot.fullHeight, undefined, 'a page under the cap is not marked cut');
    } finally {
      await renderer.close();
    }
  });
});

describe('the compositor never hands an encoder more than it takes', () => {
  test('a shot taller than WebP allows, given straight to the compositor, is cut to fit and says why', async () => {
    const compositor = await createCompositor(
      { device: 'browser-minimal', theme: 'light', background: '#223344', padding: 20, radius: 8, shadow: true, title: null, shadowStrength: 1, maxHeight: null, thumbnail: null, composite: { layout: 'none' as const } },
      { format: 'webp', quality: 80 }, 1,
    );
    const height = 17_000;
    const data = Buffer.alloc(200 * height * 3, 180);
    const shot = { png: Buffer.alloc(0), pixels: { data, width: 200, height, channels: 3 as const }, width: 200, height, finalUrl: 'https://example.com/', httpStatus: 200, title: '' };
    const out = await compositor.compose(shot, 'https://example.com/');
    assert.equal(out.height, MAX_SIDE.webp);
    assert.deepEqual(out.cut && { full: out.cut.full, reason: out.cut.reason }, { full: height, reason: 'webp' });
    const meta = await sharp(out.data).metadata();
    assert.equal(meta.height, MAX_SIDE.webp);
  });

  test('the cap the renderer gets: the format\'s limit less the chrome, and a device frame\'s artwork limit for PNG', async () => {
    const frame = { theme: 'light' as const, background: 'midnight', padding: 64, radius: 10, shadow: true, title: null, shadowStrength: 1, maxHeight: null, thumbnail: null, composite: { layout: 'none' as const } };
    const cap = async (device: string, format: ImageFormat, scale = 1, maxHeight: number | null = null) =>
      (await createCompositor({ ...frame, device, maxHeight }, { format, quality: 80 }, scale)).cap.height;
    assert.equal(await cap('browser-macos', 'png'), null, 'PNG: no limit a page reaches');
    assert.equal(await cap('browser-macos', 'webp'), 16_383 - 46 - 128);
    assert.equal(await cap('browser-macos', 'webp', 2), Math.floor((16_383 - 2 * (46 + 128)) / 2), 'device px divided by the scale');
    assert.equal(await cap('browser-macos', 'jpeg', 1, 5_000), 5_000, '--max-height when it is lower');
    assert.equal(await cap('none', 'avif'), 16_384);
    // A device's layers are SVGs the window's size; librsvg draws none over 32,767 px.
    const phone = await cap('phone-ios', 'png');
    assert.ok(phone !== null && phone < 32_767 && phone > 32_000, String(phone));
  });

  test('a viewport too wide for the format framed is a UserError before any page', async () => {
    const compositor = await createCompositor(
      { device: 'browser-macos', theme: 'light', background: 'midnight', padding: 64, radius: 10, shadow: true, title: null, shadowStrength: 1, maxHeight: null, thumbnail: null, composite: { layout: 'none' as const } },
      { format: 'webp', quality: 80 }, 1,
    );
    assert.throws(() => compositor.checkWidth(16_300), (err: Error) => err instanceof UserError && /--viewport/.test(err.message));
    compositor.checkWidth(16_255);
  });
});
