import type { ShotPart } from '../types.js';
import type { InspectedShot } from './blank.js';
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
export declare function takenSize(taken: Taken): {
    width: number;
    height: number;
};
/**
 * The blank check of the first PNG, keeping its decoded pixels for the compositor only when `keep` (a viewport or
 * element shot: its size repeats, and the compositor paints it on a prebuilt frame). A full page's pixels would be
 * held from the check through its turn to be framed, which a run's full pages take one at a time: in a 200-page
 * full-page run the waiting slots held 93 MB of them at node's peak (a heap snapshot); the compositor decodes the
 * PNG as it frames it instead. A banded shot is inspected at its whole size: the top rows of its first
 * band decide it unless they are flat, and partsVerdict looks at the other bands then.
 */
export declare function inspectTaken(taken: Taken, keep: boolean): Promise<InspectedShot>;
/** Whether two shots are byte for byte the same image, every part or band included (--stable). */
export declare function sameImage(a: Taken, b: Taken): boolean;
