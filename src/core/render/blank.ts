// A capture that is one flat colour is almost never what the user wanted:
// a single-page app that failed to render, a page still behind a white
// splash, a crashed canvas. Anti-aliased text alone spreads a channel's
// range far beyond the tolerance, so a page with any visible content passes.
//
// The check decodes the PNG once (about a fifth of what sharp's stats() costs
// on a 1280×800 shot) and scans the pixels, stopping at the first one that
// is off the first pixel's colour by more than the tolerance: a page with
// content is told apart within its first rows. The decoded pixels are handed
// on (Shot.pixels) so the compositor does not decode the same PNG again.

import { sharp } from '../../util/sharp.ts';
import type { RawPixels } from '../types.ts';
import { AttemptFailure } from './errors.ts';

/** Channel range (max − min, 0–255) at or below which an image counts as flat. */
export const BLANK_TOLERANCE = 6;

export interface BlankVerdict {
  blank: boolean;
  /** The flat colour as #rrggbb, when blank. */
  colour: string | null;
}

/**
 * Shots up to this many pixels are decoded whole and their pixels handed on
 * to the compositor. A taller one (a full page) is not kept decoded: one
 * 1280×82,804 page is 318 MB of RGB, held through its framing, and several
 * page slots can hold one each. The compositor streams its PNG instead.
 */
export const KEEP_DECODED_PIXELS = 16_000_000;
/**
 * Rows of a shot not kept decoded that the blank check decodes first: a page with any content shows it there. A
 * PNG decodes top down, so this costs in proportion (2,048 rows of a 1280 px page took ~70 ms); 512 rows is more
 * than half a 1280×800 viewport, and only a page flat that far down is decoded whole.
 */
const TOP_ROWS = 512;

/** Decode a screenshot to raw pixels (8 bits per channel); `rows`: only its top rows (libvips stops decoding there). */
export async function decodePng(png: Buffer, rows?: number): Promise<RawPixels> {
  let image = sharp(png, { limitInputPixels: false });
  if (rows !== undefined) {
    const { width = 0, height = 0 } = await image.metadata();
    if (rows < height) image = image.extract({ left: 0, top: 0, width, height: rows });
  }
  const { data, info } = await image.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels as RawPixels['channels'] };
}

export interface InspectedShot {
  verdict: BlankVerdict;
  /** The decoded pixels, when the shot is small enough to keep them (KEEP_DECODED_PIXELS); null = not kept. */
  pixels: RawPixels | null;
}

/**
 * The blank check, in memory that does not grow with the page: a big shot's
 * (or, `keep` false, any shot's) top TOP_ROWS decide it when they show content (nearly always, ~70 ms for a
 * 1280 px wide page); only a page flat that far down is decoded whole, and
 * then let go.
 */
export async function inspectShot(png: Buffer, size: { width: number; height: number }, keep = true): Promise<InspectedShot> {
  if (keep && size.width * size.height <= KEEP_DECODED_PIXELS) {
    const pixels = await decodePng(png);
    return { verdict: blankPixels(pixels), pixels };
  }
  const top = blankPixels(await decodePng(png, TOP_ROWS));
  if (!top.blank) return { verdict: top, pixels: null };
  return { verdict: blankPixels(await decodePng(png)), pixels: null };
}

export async function blankVerdict(png: Buffer): Promise<BlankVerdict> {
  return blankPixels(await decodePng(png));
}

/**
 * The verdict on decoded pixels. Alpha counts as a channel: a shot is opaque
 * unless --omit-background made the page's own background transparent, and
 * then black content on it is content (transparent pixels decode as black).
 */
export function blankPixels(pixels: RawPixels): BlankVerdict {
  const { data, channels } = pixels;
  const colours = channels >= 3 ? 3 : 1;
  const count = data.length - (data.length % channels);
  if (count === 0) return { blank: false, colour: null };
  const min = new Uint8Array(channels);
  const max = new Uint8Array(channels);
  for (let c = 0; c < channels; c++) min[c] = max[c] = data[c]!;
  for (let i = 0; i < count; i += channels) {
    for (let c = 0; c < channels; c++) {
      const v = data[i + c]!;
      if (v < min[c]!) min[c] = v;
      else if (v > max[c]!) max[c] = v;
      else continue;
      if (max[c]! - min[c]! > BLANK_TOLERANCE) return { blank: false, colour: null };
    }
  }
  // Flat: the mean, like stats() reported, so a near-uniform page is named by its average colour.
  const sums = new Float64Array(colours);
  for (let i = 0; i < count; i += channels) for (let c = 0; c < colours; c++) sums[c] = sums[c]! + data[i + c]!;
  const pixelsCount = count / channels;
  const hex = Array.from(sums, (s) => Math.round(s / pixelsCount).toString(16).padStart(2, '0')).join('');
  return { blank: true, colour: `#${colours === 1 ? hex.repeat(3) : hex}` };
}

/** Width and height from the PNG's IHDR chunk (no decoding). */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = '89504e470d0a1a0a';
  if (png.length < 24 || png.subarray(0, 8).toString('hex') !== signature || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new AttemptFailure('the browser returned an image that is not a PNG', true);
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
