import type { Compositor } from '../frame/compositor.js';
import type { ManifestRow, Shot, ShotPart } from '../types.js';
import type { PageCut } from '../frame/limits.js';
export interface WritePartsInput {
    /** The target's file stem. */
    name: string;
    shot: Shot & {
        parts: readonly ShotPart[];
    };
    compositor: Compositor;
    /** The address bar's URL. */
    url: string;
    write(file: string, data: Buffer): Promise<void>;
}
export type PartsRowFields = Pick<ManifestRow, 'file' | 'width' | 'height' | 'format' | 'bytes' | 'sha256' | 'parts'>;
export interface WrittenParts {
    fields: PartsRowFields;
    /** Each part's encoded image, in order (what a baseline comparison reads). */
    data: Buffer[];
    /** The first part's thumbnail entry, when thumbnails are on. */
    thumbnail: string | null;
    /** --max-height cut the page (the parts end there). */
    cut: PageCut | null;
}
/** `<name>.part-<k>.<ext>`, k from 1. */
export declare function partFile(name: string, k: number, ext: string): string;
/** Frames and writes the parts one at a time: only one part's pixels are held at once. */
export declare function writeParts(input: WritePartsInput): Promise<WrittenParts>;
