// The responsive composite's placement: pure geometry, no images.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { responsiveLayout } from '../src/core/composite/layout.ts';
import type { Box, DeviceImage } from '../src/core/composite/layout.ts';

/** A framed image: a body with `pad` px of shadow room all round. */
const device = (width: number, height: number, pad: number): DeviceImage =>
  ({ image: { width: width + 2 * pad, height: height + 2 * pad }, body: { x: pad, y: pad, width, height } });

// laptop at 1x, tablet at 2x, phone at 3x, as the frames come out with --padding 40.
const LAPTOP = device(1648, 970, 40);
const TABLET = device(872 * 2, 1232 * 2, 80);
const PHONE = device(427 * 3, 880 * 3, 120);

const inside = (b: Box, canvas: { width: number; height: number }): boolean =>
  b.x >= 0 && b.y >= 0 && b.x + b.width <= canvas.width && b.y + b.height <= canvas.height;

test('laptop behind in the middle, tablet in front on the left, phone on the right, on one floor line', () => {
  const { canvas, bodies, images } = responsiveLayout([LAPTOP, TABLET, PHONE], 40);
  const [back, left, right] = bodies as [Box, Box, Box];
  // The back device keeps its pixels; the others are scaled to shares of its height, keeping their shape.
  assert.deepEqual([back.width, back.height], [1648, 970]);
  assert.ok(Math.abs(left.height - 970 * 0.72) <= 1);
  assert.ok(Math.abs(right.height - 970 * 0.52) <= 1);
  assert.ok(Math.abs(left.width / left.height - 872 / 1232) < 0.01);
  assert.ok(Math.abs(right.width / right.height - 427 / 880) < 0.01);
  // Left and right of the back device, each overlapping it by its share of its own width.
  assert.ok(left.x < back.x && left.x + left.width > back.x);
  assert.ok(Math.abs(left.x + left.width - back.x - left.width * 0.5) <= 1);
  assert.ok(right.x + right.width > back.x + back.width && right.x < back.x + back.width);
  assert.ok(Math.abs(back.x + back.width - right.x - right.width * 0.6) <= 1);
  // Both front devices stand on the same floor, a little in front of (below) the back one.
  assert.ok(Math.abs(left.y + left.height - (right.y + right.height)) <= 1);
  assert.ok(left.y + left.height > back.y + back.height);
  // Every body is on the canvas with the margin around it; shadow room may reach past the edge.
  for (const b of bodies) assert.ok(inside(b, canvas), JSON.stringify(b));
  assert.ok(images[0]!.x < bodies[0]!.x);
  assert.equal(Math.min(...bodies.map((b) => b.x)), 40);
  assert.equal(canvas.width - Math.max(...bodies.map((b) => b.x + b.width)), 40);
  assert.equal(canvas.height - Math.max(...bodies.map((b) => b.y + b.height)), 40);
});

test('two devices: behind and on the right; one or four are refused', () => {
  const { bodies } = responsiveLayout([LAPTOP, PHONE], 0);
  assert.equal(bodies.length, 2);
  assert.ok(bodies[1]!.x > bodies[0]!.x);
  assert.throws(() => responsiveLayout([LAPTOP], 0), /two or three devices, got 1/);
  assert.throws(() => responsiveLayout([LAPTOP, TABLET, PHONE, PHONE], 0), /two or three devices, got 4/);
});

test('a front device thinner than a pixel is still a pixel on the canvas (a property counterexample: seed -64464241)', () => {
  const { canvas, bodies } = responsiveLayout([device(50, 50, 0), device(50, 1560, 0)], 0);
  for (const b of bodies) assert.ok(inside(b, canvas), `${JSON.stringify(b)} on ${JSON.stringify(canvas)}`);
});

test('property: any sizes give a canvas holding every body and its margin, bodies scaled from their images alike', () => {
  const arb = fc.record({ w: fc.integer({ min: 50, max: 5000 }), h: fc.integer({ min: 50, max: 5000 }), pad: fc.integer({ min: 0, max: 300 }) });
  fc.assert(fc.property(fc.array(arb, { minLength: 2, maxLength: 3 }), fc.integer({ min: 0, max: 200 }), (ds, margin) => {
    const devices = ds.map((d) => device(d.w, d.h, d.pad));
    const { canvas, images, bodies } = responsiveLayout(devices, margin);
    for (const b of bodies) {
      if (!inside(b, canvas)) return false;
      if (b.x < margin - 1 || b.y < margin - 1 || b.x + b.width > canvas.width - margin + 1 || b.y + b.height > canvas.height - margin + 1) return false;
    }
    // A body sits in its image where the unscaled body sat in the unscaled image (to rounding).
    return devices.every((d, i) => {
      const k = images[i]!.height / d.image.height;
      return Math.abs(bodies[i]!.x - images[i]!.x - d.body.x * k) <= 2 && Math.abs(bodies[i]!.y - images[i]!.y - d.body.y * k) <= 2;
    });
  }));
});
