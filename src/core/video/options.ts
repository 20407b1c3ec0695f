// What a scroll video is asked for, and the caps every door shares. The spec's
// ranges (src/config/spec.ts) keep single values in bounds; these caps bound
// what the values multiply into (frames × pixels, bytes), which no one setting
// can.

import { FORMAT_FILES } from '../options.ts';
import type { ImageFormat } from '../options.ts';

export const VIDEO_FORMATS = ['mp4', 'webm', 'webp', 'gif'] as const;
export type VideoFormat = (typeof VIDEO_FORMATS)[number];

export const VIDEO_FILES: Record<VideoFormat, { ext: string; contentType: string }> = {
  mp4: { ext: 'mp4', contentType: 'video/mp4' },
  webm: { ext: 'webm', contentType: 'video/webm' },
  webp: { ext: 'webp', contentType: 'image/webp' },
  gif: { ext: 'gif', contentType: 'image/gif' },
};

/** Every file type a row can name: stills and videos. */
export const OUTPUT_FILES: Record<ImageFormat | VideoFormat, { ext: string; contentType: string }> = { ...FORMAT_FILES, ...VIDEO_FILES };

/** --video scroll and its settings; absent from RenderOptions (or null) = a still. */
export interface VideoOptions {
  readonly mode: 'scroll';
  readonly format: VideoFormat;
  /** Whole video, pauses included, ms; null = from the page's height (see scrollPlan). */
  readonly durationMs: number | null;
  /** Frames per second; null = the format's default. */
  readonly fps: number | null;
  /** Still time at the top and at the bottom, ms each. */
  readonly pauseMs: number;
  /** End the scroll where this element's top reaches the viewport's; null = the page's bottom. */
  readonly scrollTo: string | null;
}

/** What a run's videos are, as the manifest's settings say it: "scroll webp, 12 fps, 2.5 s, pause 500 ms, to #end". */
export function videoText(video: VideoOptions): string {
  const fps = video.fps ?? defaultFps(video.format);
  const duration = video.durationMs === null ? 'duration from the page' : `${video.durationMs / 1000} s`;
  return `${video.mode} ${video.format}, ${fps} fps, ${duration}, pause ${video.pauseMs} ms${video.scrollTo ? `, to ${video.scrollTo}` : ''}`;
}

/** Video codecs play smoothly at 30; animated images grow with every frame, and 12 reads as motion. */
export function defaultFps(format: VideoFormat): number {
  return format === 'mp4' || format === 'webm' ? 30 : 12;
}

export const VIDEO_LIMITS = {
  /** The spec's --video-duration range ends here too. */
  maxDurationMs: 60_000,
  /**
   * A page scrolls at most this far (CSS px): an infinite-scroll page ends
   * here, and its row says so.
   */
  maxScrollPx: 40_000,
  /**
   * Frames × framed pixels. WebP and GIF are assembled in memory by sharp
   * (3 bytes a pixel), so they get a tighter bound than ffmpeg's stream.
   */
  maxPixels: { webp: 250_000_000, gif: 250_000_000, mp4: 2_500_000_000, webm: 2_500_000_000 } satisfies Record<VideoFormat, number>,
  /** Encoded bytes of one video. */
  maxBytes: 200_000_000,
} as const;
