import type { Compositor } from '../frame/compositor.js';
import type { OutputFormat } from '../frame/encode.js';
import type { VideoOptions } from './options.js';
import type { RecordedScroll } from './record.js';
export interface FramedVideo {
    data: Buffer;
    width: number;
    height: number;
    frames: number;
    fps: number;
    durationMs: number;
    /** The first frame, framed, in the run's still format: what players show before playing, and what runs compare. */
    poster: {
        data: Buffer;
        format: OutputFormat['format'];
    };
}
export interface MakeVideoInput {
    recorded: RecordedScroll;
    compositor: Compositor;
    video: VideoOptions;
    /** The address bar's page and the title frames that show one. */
    page: {
        url: string;
        title: string;
    };
    /** The still format of the poster, and WebP's quality. */
    output: OutputFormat;
    ffmpeg?: string | null;
}
export declare function makeVideo(input: MakeVideoInput): Promise<FramedVideo>;
