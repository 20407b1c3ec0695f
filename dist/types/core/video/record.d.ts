import type { CDPSession, Page } from 'playwright-core';
import type { VideoOptions } from './options.js';
import type { ScrollPlan } from './plan.js';
/** A scroll recorded from the browser: unique PNG frames and which one each video frame shows. */
export interface RecordedScroll {
    plan: ScrollPlan;
    /** PNG at device pixels, one per distinct offset, in scroll order. */
    frames: Buffer[];
    /** For every video frame, the index in `frames`. */
    sequence: number[];
    /** The offset the page reported after each unique frame's scroll, CSS px. */
    scrolled: number[];
    /** The page's height when recording started, CSS px. */
    pageHeight: number;
    /** Set when the video stops short of the page's end: why, for the row. */
    cut: string | null;
}
export declare function recordScroll(page: Page, cdp: CDPSession, video: VideoOptions): Promise<RecordedScroll>;
