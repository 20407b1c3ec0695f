import type { ImageFormat } from '../options.js';
export declare const VIDEO_FORMATS: readonly ["mp4", "webm", "webp", "gif"];
export type VideoFormat = (typeof VIDEO_FORMATS)[number];
export declare const VIDEO_FILES: Record<VideoFormat, {
    ext: string;
    contentType: string;
}>;
/** Every file type a row can name: stills and videos. */
export declare const OUTPUT_FILES: Record<ImageFormat | VideoFormat, {
    ext: string;
    contentType: string;
}>;
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
export declare function videoText(video: VideoOptions): string;
/** Video codecs play smoothly at 30; animated images grow with every frame, and 12 reads as motion. */
export declare function defaultFps(format: VideoFormat): number;
export declare const VIDEO_LIMITS: {
    /** The spec's --video-duration range ends here too. */
    readonly maxDurationMs: 60000;
    /**
     * A page scrolls at most this far (CSS px): an infinite-scroll page ends
     * here, and its row says so.
     */
    readonly maxScrollPx: 40000;
    /**
     * Frames × framed pixels. WebP and GIF are assembled in memory by sharp
     * (3 bytes a pixel), so they get a tighter bound than ffmpeg's stream.
     */
    readonly maxPixels: {
        webp: number;
        gif: number;
        mp4: number;
        webm: number;
    };
    /** Encoded bytes of one video. */
    readonly maxBytes: 200000000;
};
