// How tall a page may be shot: the encoders refuse images past a side length
// (encode.ts MAX_SIDE), and --max-height cuts framed pages too. Both are known
// before the browser starts, so the capture is stopped there (the renderer
// clips the full-page shot) instead of rendering, framing and then failing in
// the encoder; the compositor cuts again to the same rows, so no encoder ever
// gets a taller image whatever the renderer returned.

import type { ImageFormat } from '../options.ts';
import { UserError } from '../types.ts';
import { MAX_SIDE } from './encode.ts';

/** Px a frame adds around a shot (device px): window chrome and padding on both sides. */
export interface Chrome {
  width: number;
  height: number;
}

/** The largest page, CSS px, a capture may show; null = no limit. */
export interface CaptureCap {
  height: number | null;
  width: number | null;
  /**
   * --split: a full page taller than this (CSS px) is shot as parts this tall
   * (the last one shorter), each framed on its own; null = one image. Never
   * more than the format can encode framed, so `height` is then only --max-height's.
   */
  part: number | null;
}

/**
 * Why a page was cut: --max-height, the output format's largest image, or
 * the frame's own artwork (a device's layers are SVGs the window's size, and
 * librsvg draws none over 32,767 px).
 */
export type CutReason = 'max-height' | 'frame' | ImageFormat;

/** Longest side librsvg draws an SVG at (sharp: "Input SVG image exceeds 32767x32767 pixel limit"). */
export const SVG_MAX_SIDE = 32_767;

/** A page shown only down to `shown` of its `full` height (CSS px). */
export interface PageCut {
  shown: number;
  full: number;
  reason: CutReason;
}

export class ShotLimits {
  /** Device rows of shot the format (or the frame's artwork, whichever is less) can take under the frame's chrome; null = any. */
  private readonly formatRows: number | null;
  private readonly formatColumns: number | null;
  private readonly rowsReason: CutReason;
  readonly cap: CaptureCap;

  /**
   * @param drawRows the most shot rows (device px) the frame's artwork can be drawn around; null = any.
   * @param split --split's part height, CSS px; null = none.
   */
  constructor(
    private readonly format: ImageFormat,
    chrome: Chrome,
    private readonly scale: number,
    private readonly maxHeight: number | null,
    drawRows: number | null = null,
    split: number | null = null,
  ) {
    const side = MAX_SIDE[format];
    const byFormat = side === null ? null : side - chrome.height;
    const byFrame = drawRows !== null && (byFormat === null || drawRows < byFormat);
    this.formatRows = byFrame ? drawRows : byFormat;
    this.rowsReason = byFrame ? 'frame' : format;
    this.formatColumns = side === null ? null : side - chrome.width;
    if ((this.formatRows !== null && this.formatRows < 1) || (this.formatColumns !== null && this.formatColumns < 1)) {
      throw new UserError(`the frame's padding and chrome alone are larger than a ${format} image can be (${side} px): use a smaller --padding or --scale, or --format png`);
    }
    const css = (rows: number | null): number | null => (rows === null ? null : Math.max(1, Math.floor(rows / scale)));
    const formatHeight = css(this.formatRows);
    if (split !== null) checkSplit(split, format, scale);
    this.cap = {
      // Split pages are written in parts the format takes, so only --max-height bounds the page.
      height: split === null ? minOf(formatHeight, maxHeight) : maxHeight,
      width: css(this.formatColumns),
      // A part also leaves room for the frame's chrome (and its artwork's limit) inside the format's side.
      part: split === null ? null : minOf(split, formatHeight),
    };
  }

  /** Device rows of a shot that are framed, and the cut when that is fewer than it has. */
  keep(shot: { height: number; fullHeight?: number }): { rows: number; cut: PageCut | null } {
    const byMax = this.maxHeight === null ? shot.height : Math.max(1, Math.round(this.maxHeight * this.scale));
    const byFormat = this.formatRows ?? shot.height;
    const rows = Math.max(1, Math.min(shot.height, byMax, byFormat));
    const full = shot.fullHeight ?? Math.round(shot.height / this.scale);
    const shown = Math.round(rows / this.scale);
    if (rows >= shot.height && shot.fullHeight === undefined) return { rows, cut: null };
    const reason: CutReason = this.maxHeight !== null && (this.cap.height === this.maxHeight) ? 'max-height' : this.rowsReason;
    return { rows, cut: { shown, full, reason } };
  }

  /** A shot wider than the format takes framed: say so before any work (the renderer clips full pages to cap.width). */
  checkWidth(width: number): void {
    if (this.formatColumns !== null && width > this.formatColumns) {
      throw new UserError(`a ${width} px wide shot is wider framed than a ${this.format} image can be (${MAX_SIDE[this.format]} px): use a narrower --viewport, a smaller --scale, or --format png`);
    }
  }
}

/** --split asks for parts no image of the format could be: say so before any page is shot. */
function checkSplit(split: number, format: ImageFormat, scale: number): void {
  if (!(Number.isInteger(split) && split >= 1)) throw new UserError(`--split must be a whole number of CSS px, 1 or more, got ${split}: e.g. --split 8000`);
  const side = MAX_SIDE[format];
  if (side !== null && split * scale > side) {
    const most = Math.floor(side / scale);
    throw new UserError(`--split ${split} is taller than a ${format.toUpperCase()} image can be (${side.toLocaleString('en-US')} px${scale === 1 ? '' : ` at scale ${scale}`}): use --split ${most} or less, or --format png`);
  }
}

function minOf(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/** What a run says about a cut page (a warning) and shows in the gallery. */
export function describeCut(cut: PageCut): string {
  const why = cut.reason === 'max-height'
    ? 'taller than --max-height'
    : cut.reason === 'frame'
      ? `taller than this frame's artwork can be drawn around (${SVG_MAX_SIDE.toLocaleString('en-US')} px, librsvg's limit; a browser frame has none)`
      : `taller than a ${cut.reason.toUpperCase()} image can be framed (${MAX_SIDE[cut.reason]!.toLocaleString('en-US')} px on a side)`;
  return `page ${why}: cut at ${cut.shown} of ${cut.full} CSS px`;
}
