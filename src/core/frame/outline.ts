// The rounded outline of a framed window, done at the corners only.
//
// Instead of masking the whole window (a full-size mask and a second
// pipeline), each corner gets two small overlays in the one composite:
//   1. 'dest-out' with the area outside the arc: the window's corner goes transparent,
//   2. 'dest-over' with the background pixels there: they show through it.
// Anti-aliased edges come out exact (window × coverage + background × (1 − coverage)),
// on opaque and transparent backgrounds alike, and the cost does not grow with the page.

import { sharp } from '../../util/sharp.ts';
import type { OverlayOptions } from 'sharp';
import type { Rgba } from './color.ts';
import { svgRgb } from './color.ts';
import { formatNumber as n } from './template.ts';

export interface Raw {
  data: Buffer;
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Corner = 'tl' | 'tr' | 'bl' | 'br';
export const CORNERS: readonly Corner[] = ['tl', 'tr', 'bl', 'br'];

/** Corner squares of side r in a w × h box. */
export function cornerRects(w: number, h: number, r: number): Record<Corner, Rect> {
  return {
    tl: { x: 0, y: 0, width: r, height: r },
    tr: { x: w - r, y: 0, width: r, height: r },
    bl: { x: 0, y: h - r, width: r, height: r },
    br: { x: w - r, y: h - r, width: r, height: r },
  };
}

// Artwork is drawn for the top-left corner and mirrored into the others.
const MIRROR: Record<Corner, (r: number) => string> = {
  tl: () => '',
  tr: (r) => `translate(${r},0) scale(-1,1)`,
  bl: (r) => `translate(0,${r}) scale(1,-1)`,
  br: (r) => `translate(${r},${r}) scale(-1,-1)`,
};

export interface CornerArt {
  /** Alpha = 1 − coverage of the rounded rectangle; used with 'dest-out'. */
  cut: Record<Corner, Raw>;
  /** The border's arc, or null without a border. */
  ring: Record<Corner, Raw> | null;
}

export async function renderCornerArt(r: number, border: { width: number; color: Rgba } | null): Promise<CornerArt> {
  const svg = (corner: Corner, body: string): Buffer =>
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${r}" height="${r}"><g transform="${MIRROR[corner](r)}">${body}</g></svg>`);
  const cutBody = `<path d="M0 0H${r}A${r} ${r} 0 0 0 0 ${r}Z" fill="#000"/>`;
  const cut = await rasterizeAll((c) => svg(c, cutBody));
  let ring: CornerArt['ring'] = null;
  if (border && border.width > 0) {
    const h = border.width / 2;
    const body = `<path d="M${r} ${n(h)}A${n(r - h)} ${n(r - h)} 0 0 0 ${n(h)} ${r}" fill="none" stroke="${svgRgb(border.color)}" stroke-opacity="${n(border.color.alpha)}" stroke-width="${n(border.width)}"/>`;
    ring = await rasterizeAll((c) => svg(c, body));
  }
  return { cut, ring };
}

async function rasterizeAll(make: (c: Corner) => Buffer): Promise<Record<Corner, Raw>> {
  const out = await Promise.all(CORNERS.map((c) => rasterize(make(c))));
  return { tl: out[0]!, tr: out[1]!, bl: out[2]!, br: out[3]! };
}

export async function rasterize(svg: Buffer | string): Promise<Raw> {
  const { data, info } = await sharp(typeof svg === 'string' ? Buffer.from(svg) : svg)
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

export function rawOverlay(raw: Raw, left: number, top: number, blend?: OverlayOptions['blend']): OverlayOptions {
  const o: OverlayOptions = { input: raw.data, raw: { width: raw.width, height: raw.height, channels: 4 }, left, top };
  if (blend) o.blend = blend;
  return o;
}

/** Straight edges of the border as solid strips (no raster at all); corners come from the ring art. */
export function borderStrips(box: Rect, r: number, width: number, color: Rgba): OverlayOptions[] {
  const strip = (x: number, y: number, w: number, h: number): OverlayOptions | null =>
    w > 0 && h > 0
      ? { input: { create: { width: w, height: h, channels: 4, background: { r: color.r, g: color.g, b: color.b, alpha: color.alpha } } }, left: box.x + x, top: box.y + y }
      : null;
  const { width: W, height: H } = box;
  // With square corners the vertical strips stop short of the horizontal ones so no pixel is painted twice.
  const v = r > 0 ? r : width;
  return [
    strip(r, 0, W - 2 * r, width),
    strip(r, H - width, W - 2 * r, width),
    strip(0, v, width, H - 2 * v),
    strip(W - width, v, width, H - 2 * v),
  ].filter((o): o is OverlayOptions => o !== null);
}
