/** Scroll speed when no duration is given: a long page does not flash past, a short one does not crawl. */
export declare const SCROLL_PX_PER_SECOND = 800;
export interface ScrollPlanInput {
    /** How far the page scrolls, CSS px (page height − viewport height, capped). */
    distance: number;
    fps: number;
    /** The whole video, pauses included; null = from the distance. */
    durationMs: number | null;
    pauseMs: number;
}
export interface ScrollPlan {
    fps: number;
    /** The scroll offset of every frame, CSS px, whole numbers, never decreasing. */
    offsets: number[];
    durationMs: number;
}
/** Slow start, slow stop: the reader's eye follows it, and the pauses do not jolt. */
export declare function easeInOutCubic(t: number): number;
export declare function scrollPlan(input: ScrollPlanInput): ScrollPlan;
