// The frame around a shot is the same for every capture of one size: it is
// drawn once, and each capture then copies it, writes the shot's pixels into
// the screen and redraws only the bands whose layers show page text (the
// address bar). That replaces extending the shot and compositing a dozen
// overlays over the whole canvas per capture.
//
// Where the frame reaches into the screen (corners cut round, a border over
// its edge) is read from two renders of the full pipeline, one with a black
// shot and one with a white one. Every step of the pipeline is linear in the
// shot's colour, so a screen pixel comes out as base + gain × shot / 255;
// almost all of them are base 0, gain 255: the shot as it is.

import type { OverlayOptions } from 'sharp';
import type { RawPixels } from '../types.ts';
import type { Rect } from './outline.ts';

/** One overlay of the full pipeline, or (a number) the index of a per-capture layer drawn there. */
export type RegionOverlay = OverlayOptions | number;

/** A band redrawn per capture: its rectangle on the canvas and what is composited there, in order. */
export interface Region {
  rect: Rect;
  overlays: RegionOverlay[];
  /**
   * When the band holds one per-capture layer the size of the band: the band
   * drawn with that layer as its "shot", so a capture whose layer rasterizes
   * opaque (an address bar's background) only has its layer written in
   * (see Region.paint); null = the band is composited per capture.
   */
  frame: PrebuiltFrame | null;
}

/**
 * The band for this capture from its layer's raster (RGBA, the band's size),
 * or null when the raster has any pixel that is not opaque: the probes that
 * made the band's frame were opaque, so only an opaque layer is drawn the way
 * the composite draws it.
 */
export function paintBand(frame: PrebuiltFrame, layer: RawPixels): Buffer | null {
  const { width, height } = frame;
  if (layer.channels !== 4 || layer.width !== width || layer.height !== height) return null;
  const src = layer.data;
  const rgb = Buffer.allocUnsafe(width * height * 3);
  for (let i = 0, o = 0; i < src.length; i += 4, o += 3) {
    if (src[i + 3] !== 255) return null;
    rgb[o] = src[i]!;
    rgb[o + 1] = src[i + 1]!;
    rgb[o + 2] = src[i + 2]!;
  }
  return frame.paint({ data: rgb, width, height, channels: 3 }, height);
}

/**
 * A painted canvas on loan from its frame: released once its encode is done,
 * for a later capture to paint over (see PrebuiltFrame.paintOnLoan).
 */
export interface PaintedCanvas {
  /** RGB, width × height. */
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;
  /** Hands the buffer back; the caller must not read it afterwards. Idempotent. */
  release(): void;
}

/**
 * Spare canvases a frame keeps: one per capture framing at once (a slot's
 * framing overlaps its next render, so up to one per slot), beyond that fresh.
 */
const KEEP_SPARE_CANVASES = 4;

export class PrebuiltFrame {
  /** Canvases handed back by released loans. */
  private readonly spare: Buffer[] = [];

  private constructor(
    /** The canvas as RGB with a black shot; outside the screen and the regions it is the final image. */
    private readonly base: Buffer,
    readonly width: number,
    readonly height: number,
    /** The screen on the canvas. */
    readonly screen: Rect,
    /** Canvas byte offsets of the screen pixels the frame draws over, and their base and gain (RGB each). */
    private readonly special: { offset: Int32Array; base: Uint8Array; gain: Int16Array },
    readonly regions: readonly Region[],
  ) {}

  /**
   * From the pipeline's output (RGB) with an all-black and an all-white shot.
   * Null when the frame changes pixels outside the screen with the shot's
   * colour (it would not be linear there), or a region overlaps the screen.
   */
  static fromProbes(black: Buffer, white: Buffer, width: number, height: number, screen: Rect, regions: Region[]): PrebuiltFrame | null {
    if (regions.some((r) => overlaps(r.rect, screen))) return null;
    const row = width * 3;
    const left = screen.x * 3;
    const right = (screen.x + screen.width) * 3;
    for (let y = 0; y < height; y++) {
      const start = y * row;
      const inScreen = y >= screen.y && y < screen.y + screen.height;
      const same = inScreen
        ? black.compare(white, start, start + left, start, start + left) === 0 && black.compare(white, start + right, start + row, start + right, start + row) === 0
        : black.compare(white, start, start + row, start, start + row) === 0;
      if (!same) return null;
    }
    const offsets: number[] = [];
    const bases: number[] = [];
    const gains: number[] = [];
    for (let y = screen.y; y < screen.y + screen.height; y++) {
      for (let o = y * row + left, end = y * row + right; o < end; o += 3) {
        if (black[o] === 0 && black[o + 1] === 0 && black[o + 2] === 0 && white[o] === 255 && white[o + 1] === 255 && white[o + 2] === 255) continue;
        offsets.push(o);
        for (let c = 0; c < 3; c++) {
          bases.push(black[o + c]!);
          gains.push(white[o + c]! - black[o + c]!);
        }
      }
    }
    const special = { offset: Int32Array.from(offsets), base: Uint8Array.from(bases), gain: Int16Array.from(gains) };
    return new PrebuiltFrame(black, width, height, { ...screen }, special, regions);
  }

  /**
   * The canvas with this shot in its screen (RGB), regions not yet redrawn;
   * null for pixels it cannot take (another size, or not 3 channels).
   */
  paint(pixels: RawPixels, rows: number): Buffer | null {
    if (!this.takes(pixels, rows)) return null;
    return this.paintInto(Buffer.allocUnsafe(this.base.length), pixels);
  }

  /**
   * paint() into a canvas the frame lends: a viewport run frames every shot
   * on the same frame, and a fresh 4 MB canvas a capture was most of the
   * external memory that set off node's full collections.
   */
  paintOnLoan(pixels: RawPixels, rows: number): PaintedCanvas | null {
    if (!this.takes(pixels, rows)) return null;
    const data = this.paintInto(this.spare.pop() ?? Buffer.allocUnsafe(this.base.length), pixels);
    let lent = true;
    return {
      data,
      width: this.width,
      height: this.height,
      release: () => {
        if (!lent) return;
        lent = false;
        if (this.spare.length < KEEP_SPARE_CANVASES) this.spare.push(data);
      },
    };
  }

  /** Whether paint() can take these pixels: the screen's size, RGB. */
  takes(pixels: RawPixels, rows: number): boolean {
    const { screen } = this;
    return pixels.channels === 3 && pixels.width === screen.width && rows === screen.height && pixels.height >= rows;
  }

  private paintInto(out: Buffer, pixels: RawPixels): Buffer {
    const { screen } = this;
    this.base.copy(out);
    this.copyInto(out, screen, pixels.data);
    const { offset, base, gain } = this.special;
    for (let k = 0; k < offset.length; k++) {
      const o = offset[k]!;
      for (let c = 0; c < 3; c++) out[o + c] = base[k * 3 + c]! + Math.round((gain[k * 3 + c]! * out[o + c]!) / 255);
    }
    return out;
  }

  /** Write a region's redrawn pixels (RGB, the region's size) into a painted canvas. */
  place(out: Buffer, region: Region, pixels: Buffer): void {
    this.copyInto(out, region.rect, pixels);
  }

  /** Tightly packed RGB rows (rect's width) written into the canvas at rect. */
  private copyInto(out: Buffer, rect: Rect, pixels: Buffer): void {
    const rowBytes = rect.width * 3;
    for (let y = 0; y < rect.height; y++) {
      pixels.copy(out, ((rect.y + y) * this.width + rect.x) * 3, y * rowBytes, (y + 1) * rowBytes);
    }
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The part of an overlay inside `rect`, positioned relative to it; null when
 * it lies outside, undefined when it is of a kind this cannot cut (then the
 * frame is not prebuilt).
 */
export function cropOverlay(o: OverlayOptions, rect: Rect): OverlayOptions | null | undefined {
  const left = o.left ?? 0;
  const top = o.top ?? 0;
  const input = o.input;
  let size: { width: number; height: number };
  if (Buffer.isBuffer(input) && o.raw) size = o.raw;
  else if (input && typeof input === 'object' && 'create' in input && input.create) size = input.create;
  else return undefined;
  const x0 = Math.max(left, rect.x);
  const y0 = Math.max(top, rect.y);
  const x1 = Math.min(left + size.width, rect.x + rect.width);
  const y1 = Math.min(top + size.height, rect.y + rect.height);
  if (x1 <= x0 || y1 <= y0) return null;
  const width = x1 - x0;
  const height = y1 - y0;
  const placed: OverlayOptions = { left: x0 - rect.x, top: y0 - rect.y, ...(o.blend ? { blend: o.blend } : {}) };
  if (Buffer.isBuffer(input) && o.raw) {
    const channels = o.raw.channels;
    const data = Buffer.allocUnsafe(width * height * channels);
    for (let y = 0; y < height; y++) {
      const from = ((y0 - top + y) * o.raw.width + (x0 - left)) * channels;
      input.copy(data, y * width * channels, from, from + width * channels);
    }
    return { ...placed, input: data, raw: { width, height, channels } };
  }
  const create = (input as { create: NonNullable<Extract<OverlayOptions['input'], { create?: unknown }>['create']> }).create;
  return { ...placed, input: { create: { ...create, width, height } } };
}
