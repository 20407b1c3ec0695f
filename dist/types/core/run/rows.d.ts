import type { PageCut } from '../frame/limits.js';
import type { ManifestRow, PageValidators, Shot, Target } from '../types.js';
/** The row's variant, the rules that matched and a composite's devices, when there are any. */
export declare function recipeFields(target: Target): Pick<ManifestRow, 'variant' | 'rules' | 'recipe' | 'composite'>;
/** The file fields of an `ok` row: one image, the first of its parts, or a video and its poster. */
export type WrittenFields = Pick<ManifestRow, 'file' | 'width' | 'height' | 'format' | 'bytes' | 'sha256'> & Partial<ManifestRow>;
/** How one target's capture went, beside what it wrote. */
export interface OkCapture {
    /** Still: `cut` is where --max-height (or the format) cut the page. A video says its own cut in `video_cut`. */
    kind: {
        still: true;
        cut: PageCut | null;
    } | {
        still: false;
    };
    durationMs: number;
    attempts: number;
}
/**
 * The row of a captured target. One builder, so a still, a split still and a
 * video list the same fields in the same order, the blocker's counts
 * (blocked_requests, hidden_elements) included: a video is recorded on the
 * page the blocker prepared, as a still is shot on it.
 */
export declare function okRow(target: Target, shot: Shot, written: WrittenFields, how: OkCapture): ManifestRow;
/** What the next incremental run compares: the sitemap's lastmod and what the page's server said. */
export declare function validatorsOf(target: Target, shot: Shot): PageValidators | null;
export declare function failedRow(target: Target, error: string, durationMs: number, attempts: number, finalUrl?: string | null, httpStatus?: number | null): ManifestRow;
export declare function interruptedMessage(fatal: Error | null): string;
