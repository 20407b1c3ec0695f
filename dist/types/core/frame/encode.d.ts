import type { Sharp } from 'sharp';
import type { ImageFormat } from '../options.js';
export interface OutputFormat {
    format: ImageFormat;
    /** 1-100 for jpeg/webp/avif; ignored for png. */
    quality: number;
}
/**
 * The longest side each encoder takes, px; null = none a page reaches. WebP's
 * is libwebp's 14-bit size field; JPEG's is libjpeg's JPEG_MAX_DIMENSION,
 * 65,500, a little under the header's 65,535 ("Maximum supported image
 * dimension is 65500 pixels"); AVIF's is sharp's check before libheif
 * (measured on sharp 0.35.5: 16,384 px encodes, 16,385 is "too large for the
 * HEIF format"). PNG's 2^31 is past any page.
 */
export declare const MAX_SIDE: Record<ImageFormat, number | null>;
/** JPEG has no alpha: transparent areas become this. */
export declare const JPEG_MATTE: {
    r: number;
    g: number;
    b: number;
};
export declare function encode(image: Sharp, output: OutputFormat): Sharp;
