import type { RawPixels } from '../types.js';
/** Channel range (max − min, 0–255) at or below which an image counts as flat. */
export declare const BLANK_TOLERANCE = 6;
export interface BlankVerdict {
    blank: boolean;
    /** The flat colour as #rrggbb, when blank. */
    colour: string | null;
}
/** Decode a screenshot to raw pixels (8 bits per channel). */
export declare function decodePng(png: Buffer): Promise<RawPixels>;
export declare function blankVerdict(png: Buffer): Promise<BlankVerdict>;
/**
 * The verdict on decoded pixels. Alpha counts as a channel: a shot is opaque
 * unless --omit-background made the page's own background transparent, and
 * then black content on it is content (transparent pixels decode as black).
 */
export declare function blankPixels(pixels: RawPixels): BlankVerdict;
