// Perceptual comparison of two framed captures: pixelmatch (YIQ colour
// distance with a threshold, anti-aliased pixels ignored) on raw RGBA that
// sharp decodes once per image. Different sizes count as changed: the
// overlapping area is compared and every pixel outside it is a changed one.
//
// pixelmatch is synchronous JavaScript: a full-page capture compared in one
// call would hold the event loop (and with it every browser page's CDP
// traffic) for a noticeable time, so it runs in bands of rows with a yield
// between them.

import { setImmediate as nextTurn } from 'node:timers/promises';
import pixelmatch from 'pixelmatch';
import { sharp } from '../../util/sharp.ts';

/** Larger images are scaled down (both by the same factor) before comparing. */
export const MAX_COMPARE_PIXELS = 40_000_000;
/** The side-by-side image is scaled down to this width. */
export const MAX_SIDE_BY_SIDE_WIDTH = 2_400;
const BAND_ROWS = 128;
/** Rows of context above and below a band: pixelmatch's anti-aliasing check looks two pixels away. */
const BAND_MARGIN = 2;
const GAP = 24;
const LABEL_HEIGHT = 40;

export interface Rgba {
  data: Buffer;
  width: number;
  height: number;
}

export interface ImageDiff {
  /** Pixels that differ (above the threshold, not anti-aliasing), those outside the common area included. */
  mismatched: number;
  /** Pixels of the union of both images' areas: max width × max height. */
  total: number;
  /** mismatched / total, 0..1. */
  share: number;
}

export interface DiffImages {
  /** The current capture faded, changed pixels red; areas only one image covers are red too. */
  diff: Buffer;
  /** Baseline | current, labelled. */
  side: Buffer;
}

/** Decodes an encoded image (PNG, JPEG, WebP, AVIF) to RGBA, scaled by `scale` (≤ 1). */
export async function decodeRgba(image: Buffer, scale = 1): Promise<Rgba> {
  let pipeline = sharp(image, { limitInputPixels: false }).ensureAlpha();
  if (scale < 1) {
    const meta = await sharp(image, { limitInputPixels: false }).metadata();
    pipeline = pipeline.resize({ width: Math.max(1, Math.round((meta.width ?? 1) * scale)), kernel: 'lanczos3' });
  }
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The scale both images are decoded at, so that neither exceeds MAX_COMPARE_PIXELS. */
export async function compareScale(a: Buffer, b: Buffer): Promise<number> {
  const [ma, mb] = await Promise.all([sharp(a, { limitInputPixels: false }).metadata(), sharp(b, { limitInputPixels: false }).metadata()]);
  const pixels = Math.max((ma.width ?? 0) * (ma.height ?? 0), (mb.width ?? 0) * (mb.height ?? 0));
  return pixels > MAX_COMPARE_PIXELS ? Math.sqrt(MAX_COMPARE_PIXELS / pixels) : 1;
}

/**
 * Compares two decoded images. `output`, when given, receives the diff of
 * the common area (its width × height, RGBA).
 */
export async function diffRgba(a: Rgba, b: Rgba, threshold: number, output?: Buffer): Promise<ImageDiff> {
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  const total = Math.max(a.width, b.width) * Math.max(a.height, b.height);
  const outside = total - width * height;
  const left = crop(a, width, height);
  const right = crop(b, width, height);
  let mismatched = 0;
  if (!left.equals(right) || (output && outside > 0)) {
    const rowBytes = width * 4;
    for (let y0 = 0; y0 < height; y0 += BAND_ROWS) {
      const y1 = Math.min(height, y0 + BAND_ROWS);
      const from = Math.max(0, y0 - BAND_MARGIN);
      const to = Math.min(height, y1 + BAND_MARGIN);
      const band = Buffer.alloc((to - from) * rowBytes);
      pixelmatch(left.subarray(from * rowBytes, to * rowBytes), right.subarray(from * rowBytes, to * rowBytes), band, width, to - from, { threshold, includeAA: false });
      // Count only the band's own rows: the margins belong to the neighbours.
      const inner = band.subarray((y0 - from) * rowBytes, (y1 - from) * rowBytes);
      mismatched += countDiffPixels(inner);
      if (output) inner.copy(output, y0 * rowBytes);
      if (y1 < height) await nextTurn();
    }
  }
  mismatched += outside;
  return { mismatched, total, share: total === 0 ? 0 : mismatched / total };
}

/** pixelmatch paints differences pure red; equal pixels are grey (r = g = b) and anti-aliasing yellow. */
function countDiffPixels(out: Buffer): number {
  let n = 0;
  for (let i = 0; i < out.length; i += 4) if (out[i] === 255 && out[i + 1] === 0 && out[i + 2] === 0) n++;
  return n;
}

/** The top-left width × height of an image, as tightly packed rows (no copy when it already is). */
function crop(img: Rgba, width: number, height: number): Buffer {
  // pixelmatch reads 32-bit words: the rows must start on a 4-byte boundary.
  if (img.width === width && img.data.byteOffset % 4 === 0) return img.data.subarray(0, width * height * 4);
  const out = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) img.data.copy(out, y * width * 4, y * img.width * 4, (y * img.width + width) * 4);
  return out;
}

/** Compares and, when anything differs, draws the diff and side-by-side images. */
export async function compareImages(baseline: Buffer, current: Buffer, threshold: number): Promise<ImageDiff & { images: DiffImages | null }> {
  const scale = await compareScale(baseline, current);
  const [a, b] = await Promise.all([decodeRgba(baseline, scale), decodeRgba(current, scale)]);
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  const common = Buffer.alloc(width * height * 4);
  const result = await diffRgba(a, b, threshold, common);
  if (result.mismatched === 0) return { ...result, images: null };
  const [diff, side] = await Promise.all([diffImage(common, width, height, a, b), sideBySide(a, b)]);
  return { ...result, images: { diff, side } };
}

async function diffImage(common: Buffer, width: number, height: number, a: Rgba, b: Rgba): Promise<Buffer> {
  const W = Math.max(a.width, b.width);
  const H = Math.max(a.height, b.height);
  if (W === width && H === height) {
    return sharp(common, { raw: { width, height, channels: 4 } }).png().toBuffer();
  }
  return sharp({ create: { width: W, height: H, channels: 4, background: { r: 255, g: 0, b: 0, alpha: 0.6 } } })
    .composite([{ input: common, raw: { width, height, channels: 4 }, left: 0, top: 0 }])
    .png()
    .toBuffer();
}

async function sideBySide(a: Rgba, b: Rgba): Promise<Buffer> {
  const width = a.width + b.width + GAP * 3;
  const height = Math.max(a.height, b.height) + LABEL_HEIGHT + GAP;
  const label = (text: string, x: number): string =>
    `<text x="${x}" y="${LABEL_HEIGHT - 12}" font-family="sans-serif" font-size="20" font-weight="600" fill="#374151">${text}</text>`;
  const labels = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${LABEL_HEIGHT}">${label('baseline', GAP)}${label('current', GAP * 2 + a.width)}</svg>`);
  const { data, info } = await sharp({ create: { width, height, channels: 4, background: { r: 243, g: 244, b: 246, alpha: 1 } } })
    .composite([
      { input: labels, left: 0, top: 0 },
      { input: a.data, raw: { width: a.width, height: a.height, channels: 4 }, left: GAP, top: LABEL_HEIGHT },
      { input: b.data, raw: { width: b.width, height: b.height, channels: 4 }, left: GAP * 2 + a.width, top: LABEL_HEIGHT },
    ])
    .raw()
    .toBuffer({ resolveWithObject: true });
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } })
    .resize({ width: Math.min(info.width, MAX_SIDE_BY_SIDE_WIDTH), withoutEnlargement: true })
    .png()
    .toBuffer();
}
