// What the main document's response says about its content, recorded on
// every capture of a run with a baseline so the next incremental run can tell
// an unchanged page without rendering it (src/core/compare/unchanged.ts).

import type { Response } from 'playwright-core';
import type { PageValidators } from '../types.ts';
import { bounded } from '../../util/bounded.ts';
import { sha256Hex } from '../../util/sha256.ts';

/** Reading the body is one CDP round trip; a page that will not give it up is not waited for. */
const BODY_WAIT_MS = 2_000;
const MAX_VALIDATOR_LENGTH = 1_024;

/** ETag, Last-Modified and the sha256 of the body; never throws (missing parts are left out). */
export async function documentValidators(response: Response): Promise<PageValidators> {
  const out: PageValidators = {};
  const headers = response.headers();
  const etag = headers.etag;
  const lastModified = headers['last-modified'];
  if (etag && etag.length <= MAX_VALIDATOR_LENGTH) out.etag = etag;
  if (lastModified && lastModified.length <= MAX_VALIDATOR_LENGTH) out.last_modified = lastModified;
  const bytes = await bounded(response.body(), BODY_WAIT_MS);
  if (bytes) out.content_hash = sha256Hex(bytes);
  return out;
}
