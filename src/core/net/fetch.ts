// fetch() for server-side requests made outside the browser (sitemaps,
// robots.txt, webhooks) with the egress guard in front: each hop of a
// redirect chain is resolved and checked, and the socket goes to the checked
// address (the name is kept for the Host header and TLS). Only what our
// callers use is supported: method, headers, a string body, signal, redirect.

import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { ipLiteral } from './address.ts';
import type { EgressGuard } from './guard.ts';
import { EgressRefused, portOf } from './guard.ts';

export interface GuardedInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  redirect?: 'follow' | 'manual';
}

export type GuardedFetch = (url: string, init?: GuardedInit) => Promise<Response>;

const MAX_REDIRECTS = 20;
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

export function guardedFetch(guard: EgressGuard): GuardedFetch {
  return async (url, init = {}) => {
    let current = new URL(url);
    let method = (init.method ?? 'GET').toUpperCase();
    let body = init.body;
    for (let hop = 0; ; hop++) {
      const res = await once(guard, current, method, init.headers ?? {}, body, init.signal);
      const location = res.headers.get('location');
      if (init.redirect === 'manual' || !location || res.status < 300 || res.status > 399 || res.status === 304) return res;
      await res.body?.cancel().catch(() => undefined);
      if (hop >= MAX_REDIRECTS) throw new TypeError('fetch failed', { cause: new Error(`more than ${MAX_REDIRECTS} redirects`) });
      current = new URL(location, current);
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        throw new TypeError('fetch failed', { cause: new Error(`redirected to a ${current.protocol} URL`) });
      }
      if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
      }
    }
  };
}

async function once(
  guard: EgressGuard,
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  signal: AbortSignal | undefined,
): Promise<Response> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`fetch failed: ${url.protocol} URLs are not fetched`);
  signal?.throwIfAborted();
  // Refusals keep their own type (callers report them as refusals); DNS errors look like fetch's.
  const { address } = await guard.resolveUrl(url).catch((err: unknown) => {
    if (err instanceof EgressRefused) throw err;
    throw new TypeError('fetch failed', { cause: err });
  });
  const secure = url.protocol === 'https:';
  return new Promise<Response>((resolve, reject) => {
    const request = (secure ? https : http).request({
      host: address,
      port: portOf(url),
      method,
      path: `${url.pathname}${url.search}`,
      headers: { ...headers, host: url.host, ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}) },
      // The certificate is checked against the name, not the address we connect to (an IP literal is not sent as one).
      ...(secure && ipLiteral(url.hostname) === null ? { servername: url.hostname } : {}),
      signal,
    });
    request.on('error', (err) => reject(err.name === 'AbortError' && signal?.reason instanceof Error ? signal.reason : new TypeError('fetch failed', { cause: err })));
    request.on('response', (res) => {
      const responseHeaders = new Headers();
      for (const [k, v] of Object.entries(res.headers)) {
        if (v === undefined) continue;
        for (const one of Array.isArray(v) ? v : [v]) responseHeaders.append(k, one);
      }
      const status = res.statusCode ?? 502;
      const stream = NULL_BODY.has(status) ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>);
      if (!stream) res.resume();
      resolve(new Response(stream, { status: status < 200 ? 502 : status, statusText: res.statusMessage ?? '', headers: responseHeaders }));
    });
    request.end(body);
  });
}
