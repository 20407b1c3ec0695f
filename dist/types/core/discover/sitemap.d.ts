import type { DiscoverOptions } from '../options.js';
import type { DiscoveredUrl, DiscoveryWarn } from '../types.js';
import type { SitemapDoc } from './document.js';
import type { FetchFn } from './fetch-source.js';
import type { Location } from './location.js';
export interface WalkContext {
    options: DiscoverOptions;
    warn: DiscoveryWarn;
    fetch: FetchFn;
    /** Aborted when the consumer stops discovery. */
    signal: AbortSignal;
    /** Keys of sitemaps already read for this source (cycle detection). */
    visited: Set<string>;
}
export type ReadableDoc = Exclude<SitemapDoc, {
    kind: 'not-sitemap';
}>;
/** Reads and parses one location; throws SourceError when it is unusable. */
export declare function loadSitemap(loc: Location, ctx: WalkContext): Promise<ReadableDoc>;
/** The page URLs of a loaded document, following an index's children. */
export declare function walkSitemap(doc: ReadableDoc, loc: Location, depth: number, ctx: WalkContext): AsyncGenerator<DiscoveredUrl>;
