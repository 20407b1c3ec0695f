// A capture that is one flat colour is almost never what the user wanted:
// a single-page app that failed to render, a page still behind a white
// splash, a crashed canvas. Anti-aliased text alone spreads a channel's
// range far beyond the tolerance, so a page with any visible content passes.

import sharp from 'sharp';

/** Channel range (max − min, 0–255) at or below which an image counts as flat. */
export const BLANK_TOLERANCE = 6;

export interface BlankVerdict {
  blank: boolean;
  /** The flat colour as #rrggbb, when blank. */
  colour: string | null;
}

export async function blankVerdict(png: Buffer): Promise<BlankVerdict> {
  const { channels } = await sharp(png, { limitInputPixels: false }).stats();
  const colourChannels = channels.slice(0, 3);
  const blank = colourChannels.length > 0 && colourChannels.every((c) => c.max - c.min <= BLANK_TOLERANCE);
  if (!blank) return { blank: false, colour: null };
  const hex = colourChannels.map((c) => Math.round(c.mean).toString(16).padStart(2, '0')).join('');
  return { blank: true, colour: `#${colourChannels.length === 1 ? hex.repeat(3) : hex}` };
}
