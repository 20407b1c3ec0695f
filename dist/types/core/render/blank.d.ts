import type { RawPixels } from '../types.js';
/** Channel range (max − min, 0–255) at or below which an image counts as flat. */
export declare const BLANK_TOLERANCE = 6;
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
export declare const KEEP_DECODED_PIXELS = 16000000;
/** Decode a screenshot to raw pixels (8 bits per channel); `rows`: only its top rows (libvips stops decoding there). */
export declare function decodePng(png: Buffer, rows?: number): Promise<RawPixels>;
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
export declare function inspectShot(png: Buffer, size: {
    width: number;
    height: number;
}, keep?: boolean): Promise<InspectedShot>;
export declare function blankVerdict(png: Buffer): Promise<BlankVerdict>;
/**
 * The verdict on decoded pixels. Alpha counts as a channel: a shot is opaque
 * unless --omit-background made the page's own background transparent, and
 * then black content on it is content (transparent pixels decode as black).
 */
export declare function blankPixels(pixels: RawPixels): BlankVerdict;
/** Width and height from the PNG's IHDR chunk (no decoding). */
export declare function pngSize(png: Buffer): {
    width: number;
    height: number;
};
