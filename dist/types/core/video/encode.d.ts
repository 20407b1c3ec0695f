import type { VideoFormat } from './options.js';
export interface VideoEncoder {
    /** One frame, RGB, width × height × 3 bytes. Awaiting it is the backpressure. */
    add(frame: Buffer): Promise<void>;
    finish(): Promise<Buffer>;
    /** Stop without output (a failed frame): the ffmpeg process and its files go. */
    abort(): Promise<void>;
}
export interface EncodeSpec {
    format: VideoFormat;
    width: number;
    height: number;
    fps: number;
    frames: number;
    /** 1-100, WebP's quality. */
    quality: number;
    /** The ffmpeg executable; null = "ffmpeg" on PATH. */
    ffmpeg?: string | null;
}
export declare const NO_FFMPEG: (format: VideoFormat) => string;
export declare function checkVideoSize(spec: Pick<EncodeSpec, 'format' | 'width' | 'height' | 'frames'>): void;
export declare function checkVideoBytes(bytes: number): void;
export declare function videoEncoder(spec: EncodeSpec): VideoEncoder;
/**
 * Frame i's delay, ms, so the frames add up to the planned time: GIF counts in
 * hundredths, so 12 fps is 80 and 90 ms in turn rather than 80 throughout.
 */
export declare function frameDelay(i: number, fps: number, format: VideoFormat): number;
/**
 * The size of the encoded video: H.264 and VP9 in yuv420p store colour per
 * 2×2 block, so an odd side gets one more column or row, copied from its
 * neighbour (what the row, the poster and a player see).
 */
export declare function encodedSize(format: VideoFormat, width: number, height: number): {
    width: number;
    height: number;
};
