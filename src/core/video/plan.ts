// Where the page is scrolled in each frame: a pause at the top, an eased
// scroll down, a pause at the bottom. Pure, so the scroll path is tested
// without a browser.

import { VIDEO_LIMITS } from './options.ts';

/** Scroll speed when no duration is given: a long page does not flash past, a short one does not crawl. */
export const SCROLL_PX_PER_SECOND = 800;
const MIN_SCROLL_MS = 1_500;

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
export function easeInOutCubic(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

export function scrollPlan(input: ScrollPlanInput): ScrollPlan {
  const distance = Math.max(0, Math.round(input.distance));
  const pause = input.pauseMs;
  const scrollMs = input.durationMs !== null
    ? Math.max(0, input.durationMs - 2 * pause)
    : Math.min(VIDEO_LIMITS.maxDurationMs - 2 * pause, Math.max(MIN_SCROLL_MS, (distance / SCROLL_PX_PER_SECOND) * 1000));
  const durationMs = Math.min(VIDEO_LIMITS.maxDurationMs, input.durationMs ?? scrollMs + 2 * pause);
  const frames = Math.max(1, Math.round((durationMs * input.fps) / 1000));
  const offsets: number[] = [];
  for (let i = 0; i < frames; i++) {
    const t = (i * 1000) / input.fps - pause;
    const progress = scrollMs <= 0 ? (t >= 0 ? 1 : 0) : Math.min(1, Math.max(0, t / scrollMs));
    offsets.push(Math.round(distance * easeInOutCubic(progress)));
  }
  // The last frame is the bottom even when rounding the frame count cut the end pause short.
  if (frames > 1 && durationMs > 2 * pause) offsets[frames - 1] = distance;
  return { fps: input.fps, offsets, durationMs };
}
