// Reading one sitemap file and, for an index, its children: depth-first,
// each child read only once (a cycle or a repeated child is a warning), and
// nested indexes followed only down to maxDepth. One file's entries are in
// memory at a time (plus the pending child list of each open index).

import type { DiscoverOptions } from '../options.ts';
import type { DiscoveredUrl, DiscoveryWarn } from '../types.ts';
import type { SitemapDoc } from './document.ts';
import { parseDocument } from './document.ts';
import { SkipLog, checkPageUrl } from './entries.ts';
import { SourceError } from './errors.ts';
import { readLocation } from './fetch-source.ts';
import type { FetchFn } from './fetch-source.ts';
import { describe, locationKey, resolveChild } from './location.ts';
import type { Location } from './location.ts';

export interface WalkContext {
  options: DiscoverOptions;
  warn: DiscoveryWarn;
  fetch: FetchFn;
  /** Aborted when the consumer stops discovery. */
  signal: AbortSignal;
  /** Keys of sitemaps already read for this source (cycle detection). */
  visited: Set<string>;
}

export type ReadableDoc = Exclude<SitemapDoc, { kind: 'not-sitemap' }>;

/** Reads and parses one location; throws SourceError when it is unusable. */
export async function loadSitemap(loc: Location, ctx: WalkContext): Promise<ReadableDoc> {
  const { maxBytesPerFile, fetchTimeoutMs, userAgent } = ctx.options;
  const where = describe(loc);
  const limits = { maxBytes: maxBytesPerFile, timeoutMs: fetchTimeoutMs, userAgent, signal: ctx.signal };
  const body = await readLocation(loc, limits, ctx.fetch);
  if (body.cutAtCap) {
    ctx.warn(
      `${where} is larger than ${maxBytesPerFile} bytes (uncompressed); read only that much (maxBytesPerFile) and kept the complete entries`,
      'incomplete',
    );
  }
  if (body.damaged !== null) {
    ctx.warn(`${where}: the gzip data is damaged or cut short (${body.damaged}); kept the complete entries`, 'incomplete');
  }
  const doc = parseDocument(body.text, where, ctx.warn, body.cutAtCap || body.damaged !== null);
  if (doc.kind === 'not-sitemap') throw new SourceError(`is not a sitemap (${doc.looksLike})`, 'not-sitemap');
  return doc;
}

/** The page URLs of a loaded document, following an index's children. */
export async function* walkSitemap(
  doc: ReadableDoc,
  loc: Location,
  depth: number,
  ctx: WalkContext,
): AsyncGenerator<DiscoveredUrl> {
  const where = describe(loc);
  const log = new SkipLog(where, ctx.warn);
  const { maxUrlsPerFile, maxDepth } = ctx.options;
  let entries = doc.entries;
  if (entries.length > maxUrlsPerFile) {
    ctx.warn(`${where} lists ${entries.length} entries; kept the first ${maxUrlsPerFile} (maxUrlsPerFile)`, 'incomplete');
    entries = entries.slice(0, maxUrlsPerFile);
  }

  if (doc.kind === 'pages') {
    for (const entry of entries) {
      const checked = entry.problem ? { reason: entry.problem } : checkPageUrl(entry.loc);
      if ('reason' in checked) {
        log.skip(entry.loc, checked.reason);
        continue;
      }
      const lastmod = log.lastmod(entry.lastmod);
      yield lastmod === undefined ? { url: checked.url, source: where } : { url: checked.url, lastmod, source: where };
    }
    log.flush();
    return;
  }

  if (depth > maxDepth) {
    ctx.warn(`not following sitemap index ${where}: it is nested deeper than maxDepth (${maxDepth})`, 'incomplete');
    return;
  }
  for (const entry of entries) {
    const child = entry.problem ? { reason: entry.problem } : resolveChild(entry.loc, loc);
    if ('reason' in child) {
      log.skip(entry.loc, child.reason);
      continue;
    }
    const key = locationKey(child);
    if (ctx.visited.has(key)) {
      ctx.warn(`${where} lists ${describe(child)}, which was already read (a sitemap index cycle or duplicate); skipped`);
      continue;
    }
    ctx.visited.add(key);
    let childDoc: ReadableDoc;
    try {
      childDoc = await loadSitemap(child, ctx);
    } catch (err) {
      if (!(err instanceof SourceError)) throw err;
      ctx.warn(`skipped sitemap ${describe(child)} (listed in ${where}): ${err.message}`, 'incomplete');
      continue;
    }
    yield* walkSitemap(childDoc, child, depth + 1, ctx);
  }
  log.flush();
}
