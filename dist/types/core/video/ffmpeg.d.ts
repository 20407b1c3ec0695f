import type { VideoFormat } from './options.js';
export declare function findFfmpeg(path?: string): string | null;
/** Throws, naming the package and the format that needs none, when `format` needs ffmpeg and there is none. */
export declare function requireVideoEncoder(format: VideoFormat, path?: string): void;
