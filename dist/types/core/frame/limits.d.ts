import type { ImageFormat } from '../options.js';
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
export declare const SVG_MAX_SIDE = 32767;
/** A page shown only down to `shown` of its `full` height (CSS px). */
export interface PageCut {
    shown: number;
    full: number;
    reason: CutReason;
}
export declare class ShotLimits {
    private readonly format;
    private readonly scale;
    private readonly maxHeight;
    /** Device rows of shot the format (or the frame's artwork, whichever is less) can take under the frame's chrome; null = any. */
    private readonly formatRows;
    private readonly formatColumns;
    private readonly rowsReason;
    readonly cap: CaptureCap;
    /**
     * @param drawRows the most shot rows (device px) the frame's artwork can be drawn around; null = any.
     * @param split --split's part height, CSS px; null = none.
     */
    constructor(format: ImageFormat, chrome: Chrome, scale: number, maxHeight: number | null, drawRows?: number | null, split?: number | null);
    /** Device rows of a shot that are framed, and the cut when that is fewer than it has. */
    keep(shot: {
        height: number;
        fullHeight?: number;
    }): {
        rows: number;
        cut: PageCut | null;
    };
    /** A shot wider than the format takes framed: say so before any work (the renderer clips full pages to cap.width). */
    checkWidth(width: number): void;
}
/** What a run says about a cut page (a warning) and shows in the gallery. */
export declare function describeCut(cut: PageCut): string;
