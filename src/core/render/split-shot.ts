// --split: a full page taller than a part is shot as parts, one screenshot
// each, top to bottom, instead of one tall PNG that is cut afterwards. Each
// part is a clip of the same laid-out page (Playwright's full-page capture
// beyond the viewport), so the parts meet row for row, and no more than one
// part's pixels are ever decoded at once, however long the page.

import type { ShotPart } from '../types.ts';
import { inspectShot } from './blank.ts';
import type { BlankVerdict } from './blank.ts';
import { pngSize } from './blank.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The page's `rect` (CSS px) in parts `part` px tall, the last one shorter; each shot with `screenshot(clip)`. */
export async function shootParts(rect: Rect, part: number, screenshot: (clip: Rect) => Promise<Buffer>): Promise<ShotPart[]> {
  const parts: ShotPart[] = [];
  for (let y = rect.y; y < rect.y + rect.height; y += part) {
    const pageHeight = Math.min(part, rect.y + rect.height - y);
    const png = await screenshot({ x: rect.x, y, width: rect.width, height: pageHeight });
    parts.push({ png, y, pageHeight, ...pngSize(png) });
  }
  return parts;
}

/**
 * A page shot in parts is blank only when every part is: a part of white
 * space between sections is content. `first` is the first part's verdict;
 * the others are inspected one at a time, and only while all so far were flat.
 */
export async function partsVerdict(first: BlankVerdict, parts: readonly ShotPart[] | undefined): Promise<BlankVerdict> {
  if (!first.blank || !parts) return first;
  for (const part of parts.slice(1)) {
    const { verdict } = await inspectShot(part.png, part);
    if (!verdict.blank || verdict.colour !== first.colour) return { blank: false, colour: null };
  }
  return first;
}
