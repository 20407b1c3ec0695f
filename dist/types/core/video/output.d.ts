import type { Compositor } from '../frame/compositor.js';
import type { OutputFormat } from '../frame/encode.js';
import type { ManifestRow, Shot } from '../types.js';
import type { VideoOptions } from './options.js';
import type { RecordedScroll } from './record.js';
export interface WriteVideoInput {
    /** The target's file stem. */
    name: string;
    shot: Shot & {
        video: RecordedScroll;
    };
    compositor: Compositor;
    video: VideoOptions;
    output: OutputFormat;
    write(file: string, data: Buffer): Promise<void>;
}
export type VideoRowFields = Pick<ManifestRow, 'file' | 'width' | 'height' | 'format' | 'bytes' | 'sha256' | 'kind' | 'poster' | 'poster_sha256' | 'video_duration_ms' | 'frames' | 'fps' | 'video_cut'>;
/** A video's two entries: the video and its poster (in the run's still format). */
export declare function videoFiles(name: string, video: Pick<VideoOptions, 'format'>, still: OutputFormat['format']): {
    file: string;
    poster: string;
};
/** Writes the video and its poster; the poster's bytes come back too, for comparing with a baseline's. */
export declare function writeVideo(input: WriteVideoInput): Promise<{
    fields: VideoRowFields;
    poster: Buffer;
}>;
