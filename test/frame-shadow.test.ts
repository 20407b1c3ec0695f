// The nine-sliced shadow (src/core/frame/shadow.ts) against the whole-canvas
// backdrop it replaced: the old path, kept here as the reference, painted the
// background and the blurred shadows for the whole canvas in one small SVG and
// scaled it up. Outside the window the two must agree to the blur's rounding.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { createCompositor } from '../src/core/frame/index.ts';
import { backgroundPaint, resolveBackground } from '../src/core/frame/background.ts';
import { loadFrameData } from '../src/core/frame/data.ts';
import { rasterize } from '../src/core/frame/outline.ts';
import type { Rect } from '../src/core/frame/outline.ts';
import { mapAxis, planShadow, sliceAxis } from '../src/core/frame/shadow.ts';
import { formatNumber as n } from '../src/core/frame/template.ts';
import { samplePage } from './golden/sample-page.ts';

/** Levels of 255 the two may differ by: the small raster's grid and 8-bit compositing, nothing a person sees. */
const MAX_LEVELS = 3;

interface Backdrop { width: number; height: number; window: Rect; radius: number }

/** The old backdrop: background and every shadow in one SVG, 1/factor of the canvas, scaled up to all of it. */
async function wholeCanvasBackdrop(layout: Backdrop, background: string, frame: string, scale: number): Promise<Buffer> {
  const data = await loadFrameData();
  const spec = data.frames.find((f) => f.id === frame)!;
  const bg = resolveBackground(background, data.presets);
  const { width: W, height: H, window: win } = layout;
  const shadows = spec.shadow.filter((s) => s.opacity > 0);
  const sigmas = shadows.map((s) => (s.blur * scale) / 2);
  const factor = Math.max(1, Math.min(8, Math.floor(Math.min(...sigmas) / 2)));
  const paint = backgroundPaint(bg, W, H);
  let defs = paint?.defs ?? '';
  let body = paint ? `<rect width="${W}" height="${H}" fill="${paint.fill}" fill-opacity="${paint.opacity}"/>` : '';
  shadows.forEach((s, i) => {
    const spread = s.spread * scale;
    defs += `<filter id="s${i}" filterUnits="userSpaceOnUse" x="0" y="0" width="${W}" height="${H}"><feGaussianBlur stdDeviation="${n(sigmas[i]!)}"/></filter>`;
    body += `<rect x="${n(win.x + s.offsetX * scale - spread)}" y="${n(win.y + s.offsetY * scale - spread)}" width="${n(win.width + 2 * spread)}" height="${n(win.height + 2 * spread)}" rx="${n(Math.max(0, layout.radius + spread))}" fill="#000" fill-opacity="${n(s.opacity)}" filter="url(#s${i})"/>`;
  });
  const small = await rasterize(`<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(W / factor)}" height="${Math.ceil(H / factor)}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none"><defs>${defs}</defs>${body}</svg>`);
  return sharp(small.data, { raw: { width: small.width, height: small.height, channels: 4 } })
    .resize(W, H, { fit: 'fill', kernel: 'cubic' }).ensureAlpha().raw().toBuffer();
}

const cases = [
  { name: 'short', frame: 'browser-macos', background: 'midnight', width: 1280, height: 600, scale: 1 },
  { name: '2,000 px', frame: 'browser-macos', background: '#336699', width: 1280, height: 2_000, scale: 1 },
  { name: '2,000 px at scale 2, transparent', frame: 'browser-windows', background: 'transparent', width: 800, height: 2_000, scale: 2 },
  // Narrow, so the reference's whole-canvas blur stays a few seconds.
  { name: '20,000 px', frame: 'browser-minimal', background: 'sunset', width: 320, height: 20_000, scale: 1 },
];

for (const c of cases) {
  test(`nine-sliced shadow, ${c.name}: within ${MAX_LEVELS} levels of the whole-canvas path outside the window`, async (t) => {
    const padding = 64;
    const radius = 12;
    const compositor = await createCompositor(
      { device: c.frame, theme: 'light', background: c.background, padding, radius, shadow: true, title: null, shadowStrength: 1, maxHeight: null, thumbnail: null, composite: { layout: 'none' as const } },
      { format: 'png', quality: 90 }, c.scale,
    );
    const shot = await samplePage({ width: c.width, height: c.height, scale: c.scale });
    const out = await compositor.compose(shot, 'https://example.com/');
    const got = await sharp(out.data).ensureAlpha().raw().toBuffer();
    const pad = padding * c.scale;
    const win = { x: pad, y: pad, width: out.width - 2 * pad, height: out.height - 2 * pad };
    const ref = await wholeCanvasBackdrop({ width: out.width, height: out.height, window: win, radius: radius * c.scale }, c.background, c.frame, c.scale);
    let max = 0;
    let differing = 0;
    let compared = 0;
    for (let y = 0; y < out.height; y++) {
      const inRows = y >= win.y && y < win.y + win.height;
      for (let x = 0; x < out.width; x++) {
        if (inRows && x >= win.x && x < win.x + win.width) continue;
        const o = (y * out.width + x) * 4;
        compared++;
        for (let k = 0; k < 4; k++) {
          const d = Math.abs(got[o + k]! - ref[o + k]!);
          if (d > 0) differing++;
          if (d > max) max = d;
        }
      }
    }
    t.diagnostic(`${c.name}: ${out.width}x${out.height}, max per-channel difference ${max}, ${(differing / (compared * 4) * 100).toFixed(1)}% of channels differ`);
    assert.ok(max <= MAX_LEVELS, `max per-channel difference ${max}`);
    // And the backdrop is really there: the shadow darkens the padding below the window.
    const below = ((win.y + win.height + 20) * out.width + Math.floor(out.width / 2)) * 4;
    const corner = ((out.height - 2) * out.width + 2) * 4;
    if (c.background === 'transparent') assert.ok(got[below + 3]! > got[corner + 3]! + 20, 'shadow alpha under the window');
  });
}

test('the slicing: positions past the stretched middle read the template as far from the far edge', () => {
  const axis = sliceAxis(64, 20_046, 140, 3);
  assert.equal(axis.keep, 64 + 140);
  assert.equal(axis.removed % 3, 0, 'the far side stays on the small raster grid');
  assert.ok(20_046 - axis.removed >= 2 * 140 + 1);
  assert.equal(mapAxis(axis, 10), 10);
  assert.equal(mapAxis(axis, axis.keep + 5), axis.keep);
  assert.equal(mapAxis(axis, 64 + 20_046 + 10), 64 + 20_046 + 10 - axis.removed);
  // A window already small enough is not sliced.
  assert.equal(sliceAxis(64, 200, 140, 3).removed, 0);
});

test('pages of one width taller than the template share it (one per height modulo the small raster\'s factor)', () => {
  const shadows = [{ offsetX: 0, offsetY: 28, blur: 64, spread: 0, opacity: 0.4 }, { offsetX: 0, offsetY: 4, blur: 12, spread: 0, opacity: 0.2 }];
  const plan = (h: number) => planShadow({ width: 1408, height: h + 174, window: { x: 64, y: 64, width: 1280, height: h + 46 }, radius: 12 }, shadows, 1)!;
  const [a, b, short] = [plan(20_000), plan(80_000), plan(800)];
  assert.equal(a.svg, b.svg);
  assert.notEqual(a.svg, plan(20_001).svg, 'a height one px off the grid gets its own');
  assert.ok(a.height < 1_000, `template ${a.width}x${a.height}`);
  assert.equal(short.svg, plan(800).svg);
  assert.equal(planShadow({ width: 100, height: 100, window: { x: 10, y: 10, width: 80, height: 80 }, radius: 0 }, [], 1), null);
});
