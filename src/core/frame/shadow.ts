// The window's drop shadow, nine-sliced.
//
// A blurred rounded rectangle is constant along each straight edge once it is
// further than the blur's reach from a corner. So the shadow is blurred once
// for a window shrunk to twice that reach (plus the padding around it), and
// any rectangle of the real canvas is read from that template: corners copied,
// the edges' middle stretched (one row or column repeated), the centre one
// pixel repeated. Blurring costs the same for an 80,000 px page as for a
// viewport shot (before: 4.7 s of librsvg per 20,000 px of page), and pages of
// one width taller than the template share it (one per height modulo the small
// raster's factor), so a run of full-page shots blurs a few times, not per page.

import { sharp } from '../../util/sharp.ts';
import type { ShadowSpec } from './data.ts';
import { rasterize } from './outline.ts';
import type { Raw, Rect } from './outline.ts';
import { formatNumber as n } from './template.ts';

export interface ShadowLayout {
  width: number;
  height: number;
  /** The window's box on the canvas, device px. */
  window: Rect;
  /** Window corner radius, device px. */
  radius: number;
}

/**
 * One axis of the slicing: canvas positions before `keep` read the template
 * as they are, the next `removed` ones all read position `keep`, the rest read
 * `removed` fewer.
 */
export interface Axis {
  keep: number;
  removed: number;
}

export function mapAxis(axis: Axis, p: number): number {
  if (p < axis.keep) return p;
  return p < axis.keep + axis.removed ? axis.keep : p - axis.removed;
}

/**
 * Where to slice one axis of a window `start`..`start + length`, for a
 * shadow that reaches `reach` px from the window's edge inwards (blur, offset,
 * spread and corner radius). `step` keeps the far side on the small raster's
 * grid (the template is painted at 1/step and scaled up), so it is sampled
 * exactly as it would be without slicing.
 */
export function sliceAxis(start: number, length: number, reach: number, step: number): Axis {
  const spare = length - 2 * reach - 1;
  const removed = spare > 0 ? Math.floor(spare / step) * step : 0;
  return { keep: start + reach, removed };
}

export class SlicedShadow {
  constructor(
    /** The shadows of the template canvas (RGBA, straight alpha, full resolution). */
    readonly template: Raw,
    readonly x: Axis,
    readonly y: Axis,
  ) {}

  /** The shadow's RGBA pixels for one rectangle of the real canvas. */
  cut(rect: Rect): Raw {
    const { template: t } = this;
    const rowBytes = rect.width * 4;
    const out = Buffer.allocUnsafe(rowBytes * rect.height);
    const segments = columnSegments(this.x, rect.x, rect.width);
    let previous = -1;
    for (let y = 0; y < rect.height; y++) {
      const ty = mapAxis(this.y, rect.y + y);
      const at = y * rowBytes;
      if (ty === previous) {
        // The stretched middle: the same template row again.
        out.copy(out, at, at - rowBytes, at);
        continue;
      }
      previous = ty;
      const row = ty * t.width * 4;
      for (const s of segments) {
        const to = at + (s.from - rect.x) * 4;
        if (s.repeat) out.fill(t.data.subarray(row + s.source * 4, row + s.source * 4 + 4), to, to + s.length * 4);
        else t.data.copy(out, to, row + s.source * 4, row + (s.source + s.length) * 4);
      }
    }
    return { data: out, width: rect.width, height: rect.height };
  }
}

interface Segment {
  /** First canvas column. */
  from: number;
  length: number;
  /** First template column read (or the one repeated). */
  source: number;
  repeat: boolean;
}

function columnSegments(axis: Axis, x: number, width: number): Segment[] {
  const end = x + width;
  const bounds: Array<[number, number, boolean]> = [
    [x, Math.min(end, axis.keep), false],
    [Math.max(x, axis.keep), Math.min(end, axis.keep + axis.removed), true],
    [Math.max(x, axis.keep + axis.removed), end, false],
  ];
  return bounds
    .filter(([a, b]) => b > a)
    .map(([from, to, repeat]) => ({ from, length: to - from, source: mapAxis(axis, from), repeat }));
}

/** Blur sigma (device px) of each shadow; SVG's stdDeviation and CSS blur radius / 2. */
export function shadowSigmas(shadows: readonly ShadowSpec[], scale: number): number[] {
  return shadows.map((s) => (s.blur * scale) / 2);
}

/**
 * How much smaller than the canvas the shadows are painted: as small as the
 * sharpest blur allows (it must stay a couple of pixels wide when small), at
 * most 8×. The result is scaled back up with a cubic kernel.
 */
export function shrinkFactor(sigmas: readonly number[]): number {
  const sharpest = sigmas.length ? Math.min(...sigmas) : Infinity;
  return Math.max(1, Math.min(8, Math.floor(sharpest / 2)));
}

/** What to paint for a canvas's shadows: the template canvas (full-res size and its small SVG) and how to slice it. */
export interface ShadowPlan {
  svg: string;
  width: number;
  height: number;
  x: Axis;
  y: Axis;
}

/** The template for a canvas's shadows, or null when there are none. Tall pages of one width share one (per height modulo the factor). */
export function planShadow(layout: ShadowLayout, shadows: readonly ShadowSpec[], scale: number): ShadowPlan | null {
  const visible = shadows.filter((s) => s.opacity > 0);
  if (visible.length === 0) return null;
  const sigmas = shadowSigmas(visible, scale);
  const factor = shrinkFactor(sigmas);
  const { window: win } = layout;
  // 3 sigma is where a Gaussian has all but 0.3% of its weight (librsvg's three box blurs reach
  // less); 2 small px more for the cubic kernel that scales the template up.
  const reachOf = (offset: (s: ShadowSpec) => number): number => Math.ceil(Math.max(...visible.map((s, i) =>
    Math.abs(offset(s) * scale) + Math.abs(s.spread * scale) + 3 * sigmas[i]!)) + layout.radius + 2 * factor + 2);
  const x = sliceAxis(win.x, win.width, reachOf((s) => s.offsetX), factor);
  const y = sliceAxis(win.y, win.height, reachOf((s) => s.offsetY), factor);
  const width = layout.width - x.removed;
  const height = layout.height - y.removed;
  const template = { ...layout, width, height, window: { ...win, width: win.width - x.removed, height: win.height - y.removed } };
  return { svg: shadowSvg(template, visible, sigmas, scale, factor), width, height, x, y };
}

/** The template painted small and scaled up to its full size (RGBA, straight alpha). */
export async function paintTemplate(plan: ShadowPlan): Promise<Raw> {
  const small = await rasterize(plan.svg);
  const { data, info } = await sharp(small.data, { raw: { width: small.width, height: small.height, channels: 4 } })
    .resize(plan.width, plan.height, { fit: 'fill', kernel: 'cubic' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The shadows as one SVG painted `factor` times smaller than the canvas. */
export function shadowSvg(layout: ShadowLayout, shadows: readonly ShadowSpec[], sigmas: readonly number[], scale: number, factor: number): string {
  const { width: W, height: H, window: win } = layout;
  const w = Math.max(1, Math.ceil(W / factor));
  const h = Math.max(1, Math.ceil(H / factor));
  let defs = '';
  let body = '';
  shadows.forEach((s, i) => {
    const spread = s.spread * scale;
    const x = win.x + s.offsetX * scale - spread;
    const y = win.y + s.offsetY * scale - spread;
    const rx = Math.max(0, layout.radius + spread);
    defs += `<filter id="s${i}" filterUnits="userSpaceOnUse" x="0" y="0" width="${W}" height="${H}"><feGaussianBlur stdDeviation="${n(sigmas[i]!)}"/></filter>`;
    body += `<rect x="${n(x)}" y="${n(y)}" width="${n(win.width + 2 * spread)}" height="${n(win.height + 2 * spread)}" rx="${n(rx)}" fill="#000" fill-opacity="${n(s.opacity)}" filter="url(#s${i})"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none"><defs>${defs}</defs>${body}</svg>`;
}
