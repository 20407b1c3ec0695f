// Output encoding, tuned for throughput: a run encodes thousands of large
// images, and the ZIP stores them as they are.

import type { Sharp } from 'sharp';
import type { ImageFormat } from '../options.ts';

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
export const MAX_SIDE: Record<ImageFormat, number | null> = { png: null, jpeg: 65_500, webp: 16_383, avif: 16_384 };

/** JPEG has no alpha: transparent areas become this. */
export const JPEG_MATTE = { r: 255, g: 255, b: 255 };

export function encode(image: Sharp, output: OutputFormat): Sharp {
  switch (output.format) {
    case 'png':
      // Level 6 without adaptive filtering: close to the smallest files at a fraction of the time.
      return image.png({ compressionLevel: 6, adaptiveFiltering: false });
    case 'jpeg':
      // Full-resolution colour at high quality keeps coloured text sharp; below that, size wins.
      return image.flatten({ background: JPEG_MATTE }).jpeg({
        quality: output.quality,
        mozjpeg: false,
        chromaSubsampling: output.quality >= 90 ? '4:4:4' : '4:2:0',
      });
    case 'webp':
      // Effort 2 encodes about twice as fast as the default 4 for ~10% more bytes on screenshots.
      return image.webp({ quality: output.quality, effort: 2 });
    case 'avif':
      // Effort 2 of 9: AVIF's default effort takes seconds per screenshot; 2 keeps it near WebP's cost.
      return image.avif({ quality: output.quality, effort: 2 });
  }
}
