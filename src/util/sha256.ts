// One spelling of "sha256, as hex": capture files in the manifest, document
// bodies (an incremental run compares the renderer's hash of a page with the
// one it fetches, so both must be this same function), idempotency keys, API
// keys and filter-list caches.

import { createHash } from 'node:crypto';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
