// A screenshot as the attempt took it: one PNG, or a full page in pieces.
// Pieces are of two kinds, and only their consumers differ: --split's parts
// become images of their own (split/output.ts); a page too big to read back
// at once is shot in bands (full-page-shot.ts), which the compositor joins
// into the one image they are.

import type { ShotPart } from '../types.ts';
import { inspectShot, pngSize } from './blank.ts';
import type { InspectedShot } from './blank.ts';

export interface Taken {
  /** The only PNG, or the first part or band. */
  png: Buffer;
  /** From Chromium's fast encoder (Shot.fastPng). */
  fast: boolean;
  /** The page's height, CSS px, when a cap cut the shot short of it (Shot.fullHeight). */
  fullHeight?: number;
  /** --split's parts, top to bottom (Shot.parts). */
  parts?: readonly ShotPart[];
  /** One image in bands, top to bottom (Shot.bands). */
  bands?: readonly ShotPart[];
}

/** The image's size, device px: a banded shot's is its bands' together; a split one's, its first part's (Shot.parts). */
export function takenSize(taken: Taken): { width: number; height: number } {
  if (!taken.bands) return pngSize(taken.png);
  return { width: taken.bands[0]!.width, height: taken.bands.reduce((sum, band) => sum + band.height, 0) };
}

/**
 * The blank check of the first PNG, keeping its decoded pixels for the compositor only when `keep` (a viewport or
 * element shot: its size repeats, and the compositor paints it on a prebuilt frame). A full page's pixels would be
 * held from the check through its turn to be framed, which a run's full pages take one at a time: in a 200-page
 * full-page run the waiting slots held 93 MB of them at node's peak (a heap snapshot); the compositor decodes the
 * PNG as it frames it instead. A banded shot is inspected at its whole size: the top rows of its first
 * band decide it unless they are flat, and partsVerdict looks at the other bands then.
 */
export async function inspectTaken(taken: Taken, keep: boolean): Promise<InspectedShot> {
  return inspectShot(taken.png, takenSize(taken), keep && !taken.bands);
}

/** Whether two shots are byte for byte the same image, every part or band included (--stable). */
export function sameImage(a: Taken, b: Taken): boolean {
  const pieces = (t: Taken): readonly Buffer[] => (t.parts ?? t.bands)?.map((p) => p.png) ?? [t.png];
  const [x, y] = [pieces(a), pieces(b)];
  return x.length === y.length && x.every((png, i) => png.equals(y[i]!));
}
