/** Larger images are scaled down (both by the same factor) before comparing. */
export declare const MAX_COMPARE_PIXELS = 40000000;
/** The side-by-side image is scaled down to this width. */
export declare const MAX_SIDE_BY_SIDE_WIDTH = 2400;
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
export declare function decodeRgba(image: Buffer, scale?: number): Promise<Rgba>;
/** The scale both images are decoded at, so that neither exceeds MAX_COMPARE_PIXELS. */
export declare function compareScale(a: Buffer, b: Buffer): Promise<number>;
/**
 * Compares two decoded images. `output`, when given, receives the diff of
 * the common area (its width × height, RGBA).
 */
export declare function diffRgba(a: Rgba, b: Rgba, threshold: number, output?: Buffer): Promise<ImageDiff>;
/** Compares and, when anything differs, draws the diff and side-by-side images. */
export declare function compareImages(baseline: Buffer, current: Buffer, threshold: number): Promise<ImageDiff & {
    images: DiffImages | null;
}>;
