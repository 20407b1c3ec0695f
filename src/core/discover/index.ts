// URL discovery: turns the run's sources (sitemaps, site roots, URL lists)
// into a stream of page URLs. It yields as it goes, so a consumer that stops
// early (return()) stops the reading; at most one sitemap file is held at a
// time. Duplicates across sources are left to the planner.

import { EgressGuard } from '../net/guard.ts';
import { guardedFetch } from '../net/fetch.ts';
import type { DiscoverOptions, Source } from '../options.ts';
import type { DiscoveredUrl, DiscoveryWarn } from '../types.ts';
import { UserError } from '../types.ts';
import { SourceError, explain } from './errors.ts';
import { describe, locationKey, parseLocation } from './location.ts';
import { discoverSite } from './site.ts';
import { loadSitemap, walkSitemap } from './sitemap.ts';
import type { ReadableDoc, WalkContext } from './sitemap.ts';
import { urlsFromFile, urlsFromList } from './url-list.ts';

export interface DiscoverIO {
  /** Fetch a URL (http/https only) -> status, headers, and a body stream. Default: global fetch with AbortSignal timeout. */
  fetch(url: string, init: { signal: AbortSignal; headers: Record<string, string> }): Promise<Response>;
  /** Read stdin as text stream (for url-file '-'). Default: process.stdin. */
  stdin(): NodeJS.ReadableStream;
}

const defaultIO: DiscoverIO = {
  // The timeout signal is made by the caller (fetch-source), per file.
  fetch: (url, init) => fetch(url, { signal: init.signal, headers: init.headers, redirect: 'follow' }),
  stdin: () => process.stdin,
};

export async function* discover(
  sources: Source[],
  options: DiscoverOptions,
  warn: DiscoveryWarn,
  io: Partial<DiscoverIO> = {},
): AsyncGenerator<DiscoveredUrl> {
  const stopped = new AbortController();
  // The queue server's guard: each sitemap fetch (and each redirect hop) is checked and pinned to the checked address.
  const guarded = options.egress ? guardedFetch(new EgressGuard(options.egress)) : null;
  const fetchFn = io.fetch ?? guarded ?? defaultIO.fetch;
  const stdin = io.stdin ?? defaultIO.stdin;
  let count = 0;
  try {
    for (const source of sources) {
      const ctx: WalkContext = { options, warn, fetch: fetchFn, signal: stopped.signal, visited: new Set() };
      for await (const found of fromSource(source, ctx, stdin)) {
        if (count >= options.maxUrls) {
          warn(`found more than ${options.maxUrls} URLs; kept the first ${options.maxUrls} (maxUrls)`, 'incomplete');
          return;
        }
        count++;
        yield found;
      }
    }
  } finally {
    // Whatever is still in flight when the consumer stops is cancelled.
    stopped.abort();
  }
}

function fromSource(source: Source, ctx: WalkContext, stdin: () => NodeJS.ReadableStream): AsyncIterable<DiscoveredUrl> {
  switch (source.kind) {
    case 'sitemap':
      return fromSitemap(source.location, ctx);
    case 'site':
      return discoverSite(source.root, ctx);
    case 'urls':
      return toAsync(urlsFromList(source.urls, ctx.warn));
    case 'url-file':
      return urlsFromFile(source.path, stdin, ctx.warn);
  }
}

async function* fromSitemap(location: string, ctx: WalkContext): AsyncGenerator<DiscoveredUrl> {
  const loc = parseLocation(location);
  ctx.visited.add(locationKey(loc));
  let doc: ReadableDoc;
  try {
    doc = await loadSitemap(loc, ctx);
  } catch (err) {
    if (err instanceof SourceError) throw new UserError(explain(describe(loc), err));
    throw err;
  }
  yield* walkSitemap(doc, loc, 0, ctx);
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}
