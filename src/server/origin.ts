// The origin a request was sent to. A capture's image URL is absolute (the
// single-capture API's `result.url` is fetched as is); without the operator's
// publicUrl, the origin the client itself used is the one it can reach.

import type { FastifyRequest } from 'fastify';

/**
 * `http(s)://host[:port]` from the request's protocol and Host header, or null
 * when the header is missing or is more than a host (a path, user info): then
 * the URL stays relative rather than pointing somewhere odd.
 */
export function requestOrigin(request: FastifyRequest): string | null {
  const host = request.host;
  if (!host) return null;
  let url: URL;
  try {
    url = new URL(`${request.protocol}://${host}`);
  } catch {
    return null;
  }
  const onlyHost = url.pathname === '/' && url.username === '' && url.password === '' && url.search === '' && url.hash === '';
  return onlyHost && url.host === host.toLowerCase() ? url.origin : null;
}
