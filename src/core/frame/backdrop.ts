// The backdrop: background plus the window's drop shadow.
//
// Measured on sharp 0.35: a full-canvas composite, a `create` canvas or an
// in-pipeline upscale each cost several times the PNG encode, while `extend`
// (padding the shot with one colour) is nearly free. So each capture starts
// from the shot extended with the background colour (or transparency), and
// only the four bands around the window get backdrop pixels, as overlays.
// Those bands are painted once per canvas size: one small SVG (background and
// blurred shadows, both smooth, so up to 8× fewer pixels per side) scaled up
// and cut. Nothing full-size is made or kept.

import sharp from 'sharp';
import type { OverlayOptions } from 'sharp';
import { backgroundPaint } from './background.ts';
import type { Background } from './background.ts';
import type { ShadowSpec } from './data.ts';
import { CORNERS, cornerRects, rasterize, rawOverlay } from './outline.ts';
import type { Corner, Raw, Rect } from './outline.ts';
import { formatNumber as n } from './template.ts';

export interface BackdropLayout {
  width: number;
  height: number;
  /** The window's box on the canvas, device px. */
  window: Rect;
  /** Window corner radius, device px. */
  radius: number;
}

export interface ChannelColour {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

/** Most canvases repeat (every viewport shot in a run has the same size); full-page shots vary. */
const KEEP = 4;

export class Backdrop {
  /** What shots are extended with: the background colour when it is solid, else transparent. */
  readonly extendColour: ChannelColour;
  private readonly small = new Map<string, Promise<Raw | null>>();
  private readonly bandCache = new Map<string, Promise<OverlayOptions[]>>();
  private readonly wholeCache = new Map<string, Promise<OverlayOptions | null>>();
  private readonly patches = new Map<string, Promise<Record<Corner, Raw>>>();
  private readonly imageCanvases = new Map<string, Promise<Raw>>();

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
    return cached(this.bandCache, layoutKey(layout), async () => {
      if (this.background.kind !== 'image' && !(await this.paintSmall(layout))) return [];
      const { width: W, height: H, window: w } = layout;
      const rects: Rect[] = [
        { x: 0, y: 0, width: W, height: w.y },
        { x: 0, y: w.y + w.height, width: W, height: H - w.y - w.height },
        { x: 0, y: w.y, width: w.x, height: w.height },
        { x: w.x + w.width, y: w.y, width: W - w.x - w.width, height: w.height },
      ].filter((r) => r.width > 0 && r.height > 0);
      return Promise.all(rects.map(async (r) => rawOverlay(await this.cut(layout, r), r.x, r.y)));
    });
  }

  /**
   * The whole backdrop as one overlay to put under the frame ('dest-over'),
   * for frames whose layers draw their own outline and may leave parts of the
   * window box transparent (devices). Null when there is nothing to paint.
   */
  whole(layout: BackdropLayout): Promise<OverlayOptions | null> {
    return cached(this.wholeCache, layoutKey(layout), async () => {
      if (this.background.kind === 'transparent' && !(await this.paintSmall(layout))) return null;
      return rawOverlay(await this.cut(layout, { x: 0, y: 0, width: layout.width, height: layout.height }), 0, 0, 'dest-over');
    }, 2);
  }

  /** The backdrop's pixels under each window corner, for the outline's 'dest-over' step. */
  cornerPatches(layout: BackdropLayout, r: number): Promise<Record<Corner, Raw>> {
    return cached(this.patches, `${layoutKey(layout)}|${r}`, async () => {
      const rects = cornerRects(layout.window.width, layout.window.height, r);
      const out = await Promise.all(CORNERS.map((c) =>
        this.cut(layout, { x: layout.window.x + rects[c].x, y: layout.window.y + rects[c].y, width: r, height: r })));
      return { tl: out[0]!, tr: out[1]!, bl: out[2]!, br: out[3]! };
    });
  }

  /** Full-size backdrop pixels of one rectangle; sharp computes only that rectangle. */
  private async cut(layout: BackdropLayout, rect: Rect): Promise<Raw> {
    if (this.background.kind === 'image') {
      const canvas = await this.imageCanvas(layout, this.background.path);
      return extractRaw(canvas, rect);
    }
    const small = await this.paintSmall(layout);
    const image = small
      ? sharp(small.data, { raw: { width: small.width, height: small.height, channels: 4 } })
        .resize(layout.width, layout.height, { fit: 'fill', kernel: 'cubic' })
      : sharp({ create: { width: layout.width, height: layout.height, channels: 4, background: this.extendColour } });
    const { data, info } = await image
      .extract({ left: rect.x, top: rect.y, width: rect.width, height: rect.height })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  }

  /**
   * An image background at full canvas size with the shadows on it. Unlike
   * the painted backdrops this is a full-size raster, so fewer are kept.
   */
  private imageCanvas(layout: BackdropLayout, path: string): Promise<Raw> {
    return cached(this.imageCanvases, layoutKey(layout), async () => {
      const { width: W, height: H } = layout;
      const shadows = await this.paintSmall(layout);
      let image = sharp(path).resize(W, H, { fit: 'cover', position: 'centre' }).ensureAlpha();
      if (shadows) {
        const full = await sharp(shadows.data, { raw: { width: shadows.width, height: shadows.height, channels: 4 } })
          .resize(W, H, { fit: 'fill', kernel: 'cubic' }).raw().toBuffer();
        image = sharp(await image.raw().toBuffer(), { raw: { width: W, height: H, channels: 4 } })
          .composite([{ input: full, raw: { width: W, height: H, channels: 4 } }]);
      }
      const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height };
    }, 2);
  }

  /** The backdrop painted small, or null when it is one flat colour (or nothing). */
  private paintSmall(layout: BackdropLayout): Promise<Raw | null> {
    return cached(this.small, layoutKey(layout), async () => {
      const { width: W, height: H, window: win } = layout;
      const shadows = this.shadows.filter((s) => s.opacity > 0);
      const paint = backgroundPaint(this.background, W, H);
      if (shadows.length === 0 && this.background.kind !== 'gradient') return null;

      // Shrink as far as the sharpest shadow allows (its blur must stay a
      // couple of pixels wide when small); a gradient alone shrinks the most.
      const sigmas = shadows.map((s) => (s.blur * this.scale) / 2);
      const sharpest = sigmas.length ? Math.min(...sigmas) : Infinity;
      const factor = Math.max(1, Math.min(8, Math.floor(sharpest / 2)));
      const w = Math.max(1, Math.ceil(W / factor));
      const h = Math.max(1, Math.ceil(H / factor));

      let defs = paint?.defs ?? '';
      let body = paint ? `<rect width="${W}" height="${H}" fill="${paint.fill}" fill-opacity="${paint.opacity}"/>` : '';
      shadows.forEach((s, i) => {
        const spread = s.spread * this.scale;
        const x = win.x + s.offsetX * this.scale - spread;
        const y = win.y + s.offsetY * this.scale - spread;
        const rx = Math.max(0, layout.radius + spread);
        defs += `<filter id="s${i}" filterUnits="userSpaceOnUse" x="0" y="0" width="${W}" height="${H}"><feGaussianBlur stdDeviation="${n(sigmas[i]!)}"/></filter>`;
        body += `<rect x="${n(x)}" y="${n(y)}" width="${n(win.width + 2 * spread)}" height="${n(win.height + 2 * spread)}" rx="${n(rx)}" fill="#000" fill-opacity="${n(s.opacity)}" filter="url(#s${i})"/>`;
      });
      return rasterize(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none"><defs>${defs}</defs>${body}</svg>`);
    });
  }
}

function extractRaw(raw: Raw, rect: Rect): Raw {
  const out = Buffer.alloc(rect.width * rect.height * 4);
  for (let y = 0; y < rect.height; y++) {
    const from = ((rect.y + y) * raw.width + rect.x) * 4;
    raw.data.copy(out, y * rect.width * 4, from, from + rect.width * 4);
  }
  return { data: out, width: rect.width, height: rect.height };
}

function layoutKey(l: BackdropLayout): string {
  return `${l.width}x${l.height}|${l.window.x},${l.window.y},${l.window.width}x${l.window.height}|${l.radius}`;
}

/** Memoize a promise under a key, keeping the newest few; a failure is forgotten so the next call retries. */
function cached<V>(map: Map<string, Promise<V>>, key: string, make: () => Promise<V>, keep = KEEP): Promise<V> {
  const hit = map.get(key);
  if (hit) return hit;
  const pending = make();
  map.set(key, pending);
  pending.catch(() => map.delete(key));
  while (map.size > keep) map.delete(map.keys().next().value!);
  return pending;
}
