// A capture job's result (Job.result) from the one row it captured. Locally
// (CLI, Action, library, merge) the image's address is its entry name in the
// output; the queue server swaps in the URLs it serves (server/public-job.ts).

import type { CaptureResult } from './job.ts';
import type { ManifestRow } from './types.ts';

/** The result of an `ok` row with an image, else null (a failed capture has no result). */
export function captureResultOf(id: string, row: ManifestRow | undefined): CaptureResult | null {
  if (row?.status !== 'ok' || !row.file || row.width == null || row.height == null || !row.format) return null;
  const result: CaptureResult = { id, url: row.file, page_url: row.url, width: row.width, height: row.height, format: row.format };
  if (row.parts) result.parts = row.parts.map((p) => ({ url: p.file, y: p.y, page_height: p.page_height, width: p.width, height: p.height }));
  return result;
}
