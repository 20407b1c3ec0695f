import type { CaptureResult } from './job.js';
import type { ManifestRow } from './types.js';
/** The result of an `ok` row with an image, else null (a failed capture has no result). */
export declare function captureResultOf(id: string, row: ManifestRow | undefined): CaptureResult | null;
