// A site root: the sitemaps its robots.txt names, else the usual
// /sitemap.xml and /sitemap_index.xml. Guesses may fail quietly; a site
// where nothing works is an error that says what was tried.

import type { DiscoveredUrl } from '../types.ts';
import { UserError } from '../types.ts';
import { explain, SourceError } from './errors.ts';
import { readLocation } from './fetch-source.ts';
import { describe, httpUrl, locationKey } from './location.ts';
import type { Location } from './location.ts';
import { sitemapsInRobots } from './robots.ts';
import { loadSitemap, walkSitemap } from './sitemap.ts';
import type { ReadableDoc, WalkContext } from './sitemap.ts';

const ROBOTS_MAX_BYTES = 512 * 1024;

export async function* discoverSite(root: string, ctx: WalkContext): AsyncGenerator<DiscoveredUrl> {
  const base = httpUrl(root.trim());
  if (!base) throw new UserError(`not a valid site URL: ${root} (expected http:// or https://)`);
  const tried: string[] = [];

  const robotsUrl = new URL('/robots.txt', base);
  let listed: URL[] = [];
  try {
    const limits = {
      maxBytes: Math.min(ROBOTS_MAX_BYTES, ctx.options.maxBytesPerFile),
      timeoutMs: ctx.options.fetchTimeoutMs,
      userAgent: ctx.options.userAgent,
      signal: ctx.signal,
    };
    const robots = await readLocation({ kind: 'url', url: robotsUrl }, limits, ctx.fetch);
    listed = sitemapsInRobots(robots.text, robotsUrl);
    if (listed.length === 0) tried.push(`${robotsUrl.href}: no Sitemap: lines`);
  } catch (err) {
    if (!(err instanceof SourceError)) throw err;
    // The robots.txt request is the first contact: a network error here
    // means the site is unreachable, and every guess would fail the same way.
    if (err.failure === 'network' || err.failure === 'refused') throw new UserError(explain(robotsUrl.href, err));
    tried.push(`${robotsUrl.href}: ${err.message}`);
  }

  let found = false;
  for (const url of listed) {
    const doc = await attempt({ kind: 'url', url }, ctx, tried, 'always');
    if (!doc) continue;
    found = true;
    yield* walkSitemap(doc, { kind: 'url', url }, 0, ctx);
  }
  if (found) return;

  for (const url of guesses(base)) {
    const doc = await attempt({ kind: 'url', url }, ctx, tried, 'when-not-sitemap');
    if (!doc) continue;
    yield* walkSitemap(doc, { kind: 'url', url }, 0, ctx);
    return;
  }
  throw new UserError(
    `found no sitemap for ${base.href}: tried ${tried.join('; ')}. ` +
      'Pass the sitemap explicitly (--sitemap <url or file>), or give a list of page URLs instead.',
  );
}

/** /sitemap.xml then /sitemap_index.xml; for a root below / (a project page), its own folder first. */
function guesses(base: URL): URL[] {
  const folder = new URL(base.href.endsWith('/') ? base.href : `${base.href}/`);
  folder.search = '';
  folder.hash = '';
  const names = ['sitemap.xml', 'sitemap_index.xml'];
  const urls = folder.pathname === '/' ? [] : names.map((name) => new URL(name, folder));
  urls.push(...names.map((name) => new URL(`/${name}`, base)));
  return urls;
}

/**
 * Reads one candidate; null when it is unusable (recorded in `tried`).
 * `warnOn`: robots.txt-listed sitemaps warn on any failure; guesses only
 * when something answered that is not a sitemap (an HTML soft 404).
 */
async function attempt(
  loc: Location,
  ctx: WalkContext,
  tried: string[],
  warnOn: 'always' | 'when-not-sitemap',
): Promise<ReadableDoc | null> {
  const where = describe(loc);
  const key = locationKey(loc);
  if (ctx.visited.has(key)) return null;
  ctx.visited.add(key);
  try {
    return await loadSitemap(loc, ctx);
  } catch (err) {
    if (!(err instanceof SourceError)) throw err;
    tried.push(`${where}: ${err.message}`);
    if (err.failure === 'not-sitemap') ctx.warn(`${where} ${err.message}; skipped`);
    else if (warnOn === 'always') ctx.warn(`could not read ${where} (${err.message}); skipped`, 'incomplete');
    return null;
  }
}
