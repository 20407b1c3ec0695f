// Tall shots are not kept decoded: the blank check reads only their top rows
// (unless those are flat), and the compositor streams their PNG, framing them
// exactly as it frames decoded pixels. Real Chromium on 127.0.0.1.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { createCompositor } from '../src/core/frame/index.ts';
import type { RenderOptions } from '../src/core/options.ts';
import { CaptureError, launchRenderer } from '../src/core/render/index.ts';
import type { Renderer } from '../src/core/render/index.ts';
import { decodePng, KEEP_DECODED_PIXELS } from '../src/core/render/blank.ts';
import { startExampleSite } from './helpers/site.ts';
import type { ExampleSite } from './helpers/site.ts';
import { shareOneBrowser } from './helpers/shared-browser.ts';
import { testBrowser } from './helpers/system.ts';

// The runs are about tall shots, not the launch: they share one browser.
shareOneBrowser();

const CHROMIUM = testBrowser('shell');
const WIDTH = 1_000;
const HEIGHT = 20_000;

/** A flat top `flat` px tall, then rows of coloured lines down to `height` (none when flat = height). */
function page(height: number, flat: number): string {
  const lines = flat >= height ? '' : `<div style="height:${height - flat}px;background:repeating-linear-gradient(#fff 0 12px,#c33 12px 14px,#fff 14px 30px,#36c 30px 31px)"></div>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>tall</title><style>html,body{margin:0;background:#f4f4f4}</style></head><body><div style="height:${flat}px"></div>${lines}</body></html>`;
}

describe('tall shots', () => {
  let site: ExampleSite;
  let renderer: Renderer;
  before(async () => {
    site = await startExampleSite({
      '/__test/tall': (req, res) => {
        const q = new URL(req.url ?? '/', 'http://x').searchParams;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(Number(q.get('h')), Number(q.get('flat'))));
      },
    });
    const options: RenderOptions = {
      viewport: { width: WIDTH, height: 600 }, scale: 1, fullPage: true, waitUntil: 'load', waitFor: null, delay: 0, hide: [],
      colorScheme: 'light', headers: {}, cookies: [], userAgent: null, timeoutMs: 60_000, retries: 0, concurrency: 1,
      browserPath: CHROMIUM, lazy: false,
    };
    renderer = await launchRenderer(options, () => {}, { executablePath: CHROMIUM, fontCheck: false });
  });
  after(async () => {
    await renderer?.close();
    await site?.close();
  });

  test('a shot over the size kept decoded comes without pixels, and frames exactly as its decoded pixels do', async () => {
    assert.ok(WIDTH * HEIGHT > KEEP_DECODED_PIXELS);
    // Flat for its first 3,000 px: past the rows the check reads first, so the whole shot decides.
    for (const flat of [0, 3_000]) {
      const { shot } = await renderer.capture({ index: 0, url: `${site.origin}/__test/tall?h=${HEIGHT}&flat=${flat}`, name: 'tall' });
      assert.deepEqual([shot.width, shot.height], [WIDTH, HEIGHT]);
      assert.equal(shot.pixels, undefined, 'the tall shot is not held decoded');
      const compositor = await createCompositor(
        { device: 'browser-macos', theme: 'light', background: 'midnight', padding: 64, radius: 12, shadow: true, title: null, shadowStrength: 1, maxHeight: null, thumbnail: null, composite: { layout: 'none' } },
        { format: 'png', quality: 90 }, 1,
      );
      const streamed = await compositor.compose(shot, shot.finalUrl);
      const held = await compositor.compose({ ...shot, pixels: await decodePng(shot.png) }, shot.finalUrl);
      const [a, b] = await Promise.all([streamed, held].map((c) => sharp(c.data, { limitInputPixels: false }).raw().toBuffer()));
      assert.deepEqual([streamed.width, streamed.height], [held.width, held.height]);
      assert.ok(a!.equals(b!), `flat ${flat}: the streamed frame is pixel-identical to the decoded one`);
      // And it shows the page: a red line's row, 64 + 46 px of padding and title bar down.
      const { data, info } = await sharp(streamed.data, { limitInputPixels: false }).extract({ left: 600, top: 64 + 46 + flat + 12, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
      assert.ok(data[0]! > 150 && data[1]! < 90 && data[2]! < 90, `flat ${flat}: a red line (${[...data.subarray(0, info.channels)]})`);
    }
  });

  test('a tall page flat all the way down is still a blank capture', async () => {
    await assert.rejects(
      renderer.capture({ index: 1, url: `${site.origin}/__test/tall?h=${HEIGHT}&flat=${HEIGHT}`, name: 'blank' }),
      (err: unknown) => err instanceof CaptureError && err.category === 'blank' && /#f4f4f4/.test(err.message),
    );
  });
});
