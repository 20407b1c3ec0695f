// Stepped scroll-and-capture: scroll the page to each planned offset, then take
// one screenshot through CDP. Frames that share an offset (the pauses, the
// slow ends of the easing) are shot once.
//
// Against Page.startScreencast (bench/video.ts, 6 s at 30 fps, 1280x800, a
// 6,000 px page, headless shell, 2 shared cores): stepped took 7.7 s wall and
// 6.9 s CPU for its 143 distinct frames; the screencast 6.0 s wall (it runs in
// real time) and the same 6.9 s CPU as PNG, 8.2 s as JPEG q90. Same work, then;
// but the screencast sends a frame when the compositor paints, not when asked:
// 140 to 280 frames for the same scroll, none at all through the pauses
// (600 ms gaps), so they would have to be resampled onto the fps grid, and on
// a busy machine a real-time scroll drops frames where a stepped one only
// takes longer. Stepped frames land exactly on the plan.

import { elementTop as elementTopOf, scrollMeasure, scrollToPainted } from '../render/in-page/scroll.ts';
import type { CDPSession, Page } from 'playwright-core';
import { AttemptFailure, firstLine } from '../render/errors.ts';
import { defaultFps, VIDEO_LIMITS } from './options.ts';
import type { VideoOptions } from './options.ts';
import { scrollPlan } from './plan.ts';
import type { ScrollPlan } from './plan.ts';

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

export async function recordScroll(page: Page, cdp: CDPSession, video: VideoOptions): Promise<RecordedScroll> {
  const start = await page.evaluate(scrollMeasure);
  const full = Math.max(0, start.height - start.viewport);
  const target = video.scrollTo === null ? full : Math.min(full, await elementTop(page, video.scrollTo));
  const distance = Math.min(target, VIDEO_LIMITS.maxScrollPx);
  const plan = scrollPlan({ distance, fps: video.fps ?? defaultFps(video.format), durationMs: video.durationMs, pauseMs: video.pauseMs });
  const frames: Buffer[] = [];
  const scrolled: number[] = [];
  const sequence: number[] = [];
  let last: number | null = null;
  for (const offset of plan.offsets) {
    if (offset !== last) {
      scrolled.push(await page.evaluate(scrollToPainted, offset));
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true });
      frames.push(Buffer.from(data, 'base64'));
      last = offset;
    }
    sequence.push(frames.length - 1);
  }
  const end = await page.evaluate(scrollMeasure);
  const cut = target > VIDEO_LIMITS.maxScrollPx
    ? `the page is ${start.height} px high: the video scrolls its first ${VIDEO_LIMITS.maxScrollPx + start.viewport} px (the cap)`
    : video.scrollTo === null && end.height > start.height + start.viewport
      ? `the page kept growing while it scrolled (${start.height} px, then ${end.height} px): the video ends at ${start.height} px`
      : null;
  return { plan, frames, sequence, scrolled, pageHeight: start.height, cut };
}

/** The document offset, CSS px, that puts the element's top at the viewport's top. */
async function elementTop(page: Page, selector: string): Promise<number> {
  let top: number | null;
  try {
    top = await page.evaluate(elementTopOf, selector);
  } catch (err) {
    throw new AttemptFailure(`--video-scroll-to ${JSON.stringify(selector)} is not a valid CSS selector: ${firstLine((err as Error).message)}`, false, { category: 'selector' });
  }
  if (top === null) {
    throw new AttemptFailure(`--video-scroll-to ${JSON.stringify(selector)} matched no element on the page: check the selector, or leave it out to scroll to the bottom`, false, { slotHealthy: true, category: 'selector' });
  }
  return Math.max(0, top);
}
