// --incremental: is a page unchanged since the baseline, without rendering it?
//
//   1. sitemap <lastmod> on both sides: equal → unchanged, different → changed.
//   2. One GET of the page with If-None-Match / If-Modified-Since from the
//      baseline: 304, or the same ETag / Last-Modified → unchanged.
//   3. Otherwise the sha256 of that same response's HTML against the baseline's.
//
// Anything we cannot tell (no validators, a redirect, an error, a huge body)
// is "changed": the page is rendered, which is always safe. Only the page's
// own URL is fetched and redirects are not followed, so the run's headers and
// cookies never reach another origin.

import { createHash } from 'node:crypto';
import { cookieForHost } from '../cookie-scope.ts';
import type { Cookie } from '../options.ts';
import type { PageValidators } from '../types.ts';
import { sha256Hex } from '../../util/sha256.ts';

export const MAX_CHECK_BODY_BYTES = 10 * 1024 * 1024;

export interface CheckOptions {
  /** The run's extra headers (secret-bearing: sent only to the page's own URL). */
  headers: Record<string, string>;
  cookies: Cookie[];
  userAgent: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

export type UnchangedReason = 'lastmod' | 'not-modified' | 'etag' | 'last-modified' | 'content-hash';

export type Verdict =
  | { unchanged: true; reason: UnchangedReason; validators: PageValidators }
  | { unchanged: false; reason: string };

/**
 * @param lastmod this run's sitemap <lastmod> for the page
 * @param baseline the baseline row's validators
 */
export async function checkUnchanged(url: string, lastmod: string | undefined, baseline: PageValidators | undefined, options: CheckOptions): Promise<Verdict> {
  if (!baseline) return { unchanged: false, reason: 'the baseline recorded nothing to compare with' };
  if (lastmod !== undefined && baseline.lastmod !== undefined) {
    return lastmod === baseline.lastmod
      ? { unchanged: true, reason: 'lastmod', validators: { ...baseline, lastmod } }
      : { unchanged: false, reason: 'sitemap lastmod differs' };
  }
  if (!baseline.etag && !baseline.last_modified && !baseline.content_hash) {
    return { unchanged: false, reason: 'the baseline recorded nothing to compare with' };
  }
  if (!/^https?:\/\//i.test(url)) return { unchanged: false, reason: 'not an http(s) URL' };

  const headers: Record<string, string> = { ...options.headers, 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' };
  const cookie = cookieHeader(new URL(url), options.cookies);
  if (cookie) headers.cookie = cookie;
  if (baseline.etag) headers['if-none-match'] = baseline.etag;
  if (baseline.last_modified) headers['if-modified-since'] = baseline.last_modified;

  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs) });
  } catch (err) {
    return { unchanged: false, reason: `check failed: ${(err as Error).name}` };
  }
  const carried: PageValidators = { ...baseline, ...(lastmod !== undefined ? { lastmod } : {}) };
  if (response.status === 304) {
    await response.body?.cancel().catch(() => undefined);
    return { unchanged: true, reason: 'not-modified', validators: carried };
  }
  if (response.status !== 200) {
    await response.body?.cancel().catch(() => undefined);
    return { unchanged: false, reason: `HTTP ${response.status}` };
  }
  const etag = response.headers.get('etag');
  if (baseline.etag && etag && etag === baseline.etag && !isWeak(etag)) {
    await response.body?.cancel().catch(() => undefined);
    return { unchanged: true, reason: 'etag', validators: carried };
  }
  const lastModified = response.headers.get('last-modified');
  // A server that ignores If-Modified-Since may still say the document has not changed.
  if (!baseline.content_hash && baseline.last_modified && lastModified === baseline.last_modified) {
    await response.body?.cancel().catch(() => undefined);
    return { unchanged: true, reason: 'last-modified', validators: carried };
  }
  if (!baseline.content_hash) {
    await response.body?.cancel().catch(() => undefined);
    return { unchanged: false, reason: 'validators differ' };
  }
  const hash = await bodyHash(response, MAX_CHECK_BODY_BYTES).catch(() => null);
  if (hash === baseline.content_hash) return { unchanged: true, reason: 'content-hash', validators: carried };
  return { unchanged: false, reason: hash === null ? 'could not read the page' : 'content differs' };
}

/** A weak ETag (W/"…") promises only semantic equivalence; as the sole proof it is not enough. */
function isWeak(etag: string): boolean {
  return /^W\//.test(etag);
}

/** sha256 of an HTML body as hex, streamed: the same digest the renderer records for the main document (sha256Hex). */
async function bodyHash(response: Response, max: number): Promise<string | null> {
  if (!response.body) return sha256Hex(Buffer.alloc(0));
  const hash = createHash('sha256');
  let seen = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += value.length;
    if (seen > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    hash.update(value);
  }
  return hash.digest('hex');
}

/** The run's cookies that the browser would send to this URL. */
export function cookieHeader(url: URL, cookies: readonly Cookie[]): string {
  return cookies
    .filter((c) => cookieForHost(c, url.hostname) && url.pathname.startsWith(c.path ?? '/'))
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
}
