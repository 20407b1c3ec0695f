// The backdrop: background plus the window's drop shadow.
//
// Measured on sharp 0.35: a full-canvas composite, a `create` canvas or an
// in-pipeline upscale each cost several times the PNG encode, while `extend`
// (padding the shot with one colour) is nearly free. So each capture starts
// from the shot extended with the background colour (or transparency), and
// only the four bands around the window get backdrop pixels, as overlays.
// Each band is painted on its own, at its own size: the background (a
// gradient is drawn for just that rectangle of the canvas, an image is cut
// from its scaled copy) with the shadow's pixels for it over it, read from a
// nine-sliced template (shadow.ts). Nothing the size of the whole canvas is
// blurred, and the cost grows with the window's perimeter, not its area.

import { sharp } from '../../util/sharp.ts';
import type { OverlayOptions } from 'sharp';
import { backgroundPaint } from './background.ts';
import type { Background } from './background.ts';
import type { ShadowSpec } from './data.ts';
import { CORNERS, cornerRects, rasterize, rawOverlay } from './outline.ts';
import type { Corner, Raw, Rect } from './outline.ts';
import { paintTemplate, planShadow, SlicedShadow } from './shadow.ts';
import type { ShadowLayout } from './shadow.ts';
import { formatNumber as n } from './template.ts';

export type BackdropLayout = ShadowLayout;

export interface ChannelColour {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

/** Rows of gradient drawn per SVG: librsvg refuses images over 32,767 px on a side. */
const SVG_ROWS = 16_384;

/**
 * Rows per backdrop tile. The bands beside a tall page's window are the page's
 * height (82,804 rows × 64 px × 4 bytes = 21 MB a side): painted in tiles, what
 * is held beyond the overlays themselves is one tile's work, not three bands'
 * worth. A tile is as tall as a gradient's SVG piece, so the gradient is
 * rasterized in the same pieces as before tiling (librsvg's gradients differ
 * by a unit here and there with the piece's offset) and framed pages stay
 * pixel-identical.
 */
const TILE_ROWS = SVG_ROWS;

/** `rect` in horizontal tiles of at most TILE_ROWS rows, top to bottom. */
function tiled(rect: Rect): Rect[] {
  const out: Rect[] = [];
  for (let y = rect.y; y < rect.y + rect.height; y += TILE_ROWS) out.push({ ...rect, y, height: Math.min(TILE_ROWS, rect.y + rect.height - y) });
  return out;
}

/** Most canvases repeat (every viewport shot in a run has the same size); full-page shots vary. */
const KEEP = 4;
/** Canvases up to this size (px) keep their bands: pages cut at WebP's or AVIF's limit all have one size, and are under it. */
const KEEP_PIXELS_UP_TO = 32_000_000;

export class Backdrop {
  /** What shots are extended with: the background colour when it is solid, else transparent. */
  readonly extendColour: ChannelColour;
  private readonly shadowCache = new Map<string, Promise<SlicedShadow | null>>();
  private readonly templates = new Map<string, Promise<Raw>>();
  private readonly bandCache = new Map<string, Promise<OverlayOptions[]>>();
  private readonly wholeCache = new Map<string, Promise<OverlayOptions[]>>();
  private readonly patches = new Map<string, Promise<Record<Corner, Raw>>>();

  constructor(
    private readonly background: Background,
    private readonly shadows: readonly ShadowSpec[],
    private readonly scale: number,
  ) {
    const bg = background;
    this.extendColour = bg.kind === 'solid' ? { r: bg.color.r, g: bg.color.g, b: bg.color.b, alpha: bg.color.alpha } : { r: 0, g: 0, b: 0, alpha: 0 };
  }

  /** Overlays for the canvas outside the window; none when the extend colour already is the backdrop. */
  bands(layout: BackdropLayout): Promise<OverlayOptions[]> {
    return cached(this.bandCache, layoutKey(layout), keepFor(layout), async () => {
      if (!(await this.paints(layout))) return [];
      const { width: W, height: H, window: w } = layout;
      const rects: Rect[] = [
        { x: 0, y: 0, width: W, height: w.y },
        { x: 0, y: w.y + w.height, width: W, height: H - w.y - w.height },
        { x: 0, y: w.y, width: w.x, height: w.height },
        { x: w.x + w.width, y: w.y, width: W - w.x - w.width, height: w.height },
      ].filter((r) => r.width > 0 && r.height > 0);
      return this.tiles(layout, rects.flatMap(tiled), 'over');
    });
  }

  /**
   * The whole backdrop as overlays to put under the frame ('dest-over'), in
   * horizontal tiles, for frames whose layers draw their own outline and may
   * leave parts of the window box transparent (devices). Empty when there is nothing to paint.
   */
  whole(layout: BackdropLayout): Promise<OverlayOptions[]> {
    return cached(this.wholeCache, layoutKey(layout), Math.min(2, keepFor(layout)), async () => {
      if (this.background.kind === 'transparent' && !(await this.shadow(layout))) return [];
      return this.tiles(layout, tiled({ x: 0, y: 0, width: layout.width, height: layout.height }), 'dest-over');
    });
  }

  /**
   * Backdrop pixels for each rectangle, as overlays. Each is painted from
   * three buffers its size (background, shadow, their composite): one after
   * another, a tall page's bands never hold more than a tile's worth of those at once.
   */
  private async tiles(layout: BackdropLayout, rects: readonly Rect[], blend: 'over' | 'dest-over'): Promise<OverlayOptions[]> {
    const out: OverlayOptions[] = [];
    for (const r of rects) out.push(rawOverlay(await this.cut(layout, r), r.x, r.y, blend === 'over' ? undefined : blend));
    return out;
  }

  /** The backdrop's pixels under each window corner, for the outline's 'dest-over' step. */
  cornerPatches(layout: BackdropLayout, r: number): Promise<Record<Corner, Raw>> {
    return cached(this.patches, `${layoutKey(layout)}|${r}`, KEEP, async () => {
      const rects = cornerRects(layout.window.width, layout.window.height, r);
      const out = await Promise.all(CORNERS.map((c) =>
        this.cut(layout, { x: layout.window.x + rects[c].x, y: layout.window.y + rects[c].y, width: r, height: r })));
      return { tl: out[0]!, tr: out[1]!, bl: out[2]!, br: out[3]! };
    });
  }

  /** Whether the backdrop differs anywhere from the shot's extend colour. */
  private async paints(layout: BackdropLayout): Promise<boolean> {
    return this.background.kind === 'image' || this.background.kind === 'gradient' || (await this.shadow(layout)) !== null;
  }

  /** Full-size backdrop pixels (RGBA) of one rectangle of the canvas. */
  private async cut(layout: BackdropLayout, rect: Rect): Promise<Raw> {
    const [under, shadow] = await Promise.all([this.backgroundOf(layout, rect), this.shadow(layout)]);
    if (!shadow) return under;
    const over = shadow.cut(rect);
    if (this.background.kind === 'transparent') return over;
    const { data, info } = await sharp(under.data, { raw: { width: rect.width, height: rect.height, channels: 4 } })
      .composite([{ input: over.data, raw: { width: rect.width, height: rect.height, channels: 4 } }])
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  }

  /** The background alone in one rectangle of the canvas, RGBA. */
  private async backgroundOf(layout: BackdropLayout, rect: Rect): Promise<Raw> {
    const bg = this.background;
    if (bg.kind === 'solid' || bg.kind === 'transparent') {
      const data = Buffer.allocUnsafe(rect.width * rect.height * 4);
      const { r, g, b, alpha } = this.extendColour;
      data.fill(Buffer.from([r, g, b, Math.round(alpha * 255)]));
      return { data, width: rect.width, height: rect.height };
    }
    if (bg.kind === 'image') {
      // libvips computes only the rectangle asked for: the scaled image is never made whole.
      const { data, info } = await sharp(bg.path)
        .resize(layout.width, layout.height, { fit: 'cover', position: 'centre' })
        .extract({ left: rect.x, top: rect.y, width: rect.width, height: rect.height })
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height };
    }
    // The gradient is laid out on the whole canvas; each viewBox shows a piece of this rectangle at 1:1,
    // in pieces librsvg takes (it refuses SVGs over 32,767 px), stacked: rows of one width concatenate.
    const paint = backgroundPaint(bg, layout.width, layout.height)!;
    const pieces: Buffer[] = [];
    for (let y = rect.y; y < rect.y + rect.height; y += SVG_ROWS) {
      const rows = Math.min(SVG_ROWS, rect.y + rect.height - y);
      const piece = await rasterize(`<svg xmlns="http://www.w3.org/2000/svg" width="${rect.width}" height="${rows}" viewBox="${rect.x} ${y} ${rect.width} ${rows}">`
        + `<defs>${paint.defs}</defs><rect width="${n(layout.width)}" height="${n(layout.height)}" fill="${paint.fill}" fill-opacity="${paint.opacity}"/></svg>`);
      pieces.push(piece.data);
    }
    return { data: pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces), width: rect.width, height: rect.height };
  }

  /** The window's shadows for this canvas, sliced; null without any. Tall pages of one width mostly share a template. */
  private shadow(layout: BackdropLayout): Promise<SlicedShadow | null> {
    return cached(this.shadowCache, layoutKey(layout), KEEP, async () => {
      const plan = planShadow(layout, this.shadows, this.scale);
      if (!plan) return null;
      const template = await cached(this.templates, plan.svg, KEEP, () => paintTemplate(plan));
      return new SlicedShadow(template, plan.x, plan.y);
    });
  }
}

function layoutKey(l: BackdropLayout): string {
  return `${l.width}x${l.height}|${l.window.x},${l.window.y},${l.window.width}x${l.window.height}|${l.radius}`;
}

/**
 * How many canvases of this size to keep pixels for. A full page taller than a
 * cut-off size rarely comes again at the same height, and its bands are tens
 * of MB (64 px × 82,804 rows × 4 bytes = 21 MB a side): made per capture, not kept.
 */
function keepFor(layout: BackdropLayout): number {
  return layout.width * layout.height > KEEP_PIXELS_UP_TO ? 0 : KEEP;
}

/** Memoize a promise under a key, keeping the newest `keep` (0 = none); a failure is forgotten so the next call retries. */
function cached<V>(map: Map<string, Promise<V>>, key: string, keep: number, make: () => Promise<V>): Promise<V> {
  const hit = map.get(key);
  if (hit) return hit;
  const pending = make();
  if (keep === 0) return pending;
  map.set(key, pending);
  pending.catch(() => map.delete(key));
  while (map.size > keep) map.delete(map.keys().next().value!);
  return pending;
}
