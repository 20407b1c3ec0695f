import type { ShotPart } from '../types.js';
import type { BlankVerdict } from './blank.js';
export interface Rect {
    x: number;
    y: number;
    width: number;
    height: number;
}
/** The page's `rect` (CSS px) in parts `part` px tall, the last one shorter; each shot with `screenshot(clip)`. */
export declare function shootParts(rect: Rect, part: number, screenshot: (clip: Rect) => Promise<Buffer>): Promise<ShotPart[]>;
/**
 * A page shot in parts is blank only when every part is: a part of white
 * space between sections is content. `first` is the first part's verdict;
 * the others are inspected one at a time, and only while all so far were flat.
 */
export declare function partsVerdict(first: BlankVerdict, parts: readonly ShotPart[] | undefined): Promise<BlankVerdict>;
