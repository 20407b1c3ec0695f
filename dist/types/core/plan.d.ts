import type { PlanOptions, Shard } from './options.js';
import type { DiscoveredUrl, PlannedPage, Warn } from './types.js';
export interface PlanStats {
    /** Every URL offered to add(). */
    seen: number;
    /** Not an absolute http(s) URL. */
    invalid: number;
    /** Same normalized URL as one seen before. */
    duplicates: number;
    /** Dropped by include/exclude. */
    excluded: number;
    /** Passed the filters after the limit was reached. */
    overLimit: number;
    /** --per-pattern: passed the filters after their URL template had its share (present only with --per-pattern). */
    overPattern?: number;
    /** Within the limit, but belonging to another shard. */
    otherShard: number;
    /** Returned as planned pages. */
    planned: number;
}
export interface Planner {
    /** Offer one discovered URL. Returns the page when it is planned for this shard, or null (invalid, duplicate, filtered out, past the limit, other shard). */
    add(d: DiscoveredUrl): PlannedPage | null;
    /** True once `limit` URLs have been accepted: the caller may stop discovery. */
    readonly full: boolean;
    /** Counts for the run log. */
    readonly stats: PlanStats;
    /** Whether discovery offered this normalized http(s) URL (planned or not). */
    seen(normalizedUrl: string): boolean;
}
export declare const MAX_SHARDS = 1000;
/** Longest stem the planner hands out (the extension comes on top). */
export declare const MAX_STEM_LENGTH = 120;
export declare const MAX_SEGMENT_LENGTH = 60;
/**
 * The canonical form used for dedupe, sharding and file names: lower-case
 * scheme and host (WHATWG URL does that, and resolves dot segments, also
 * percent-encoded ones), no default port, no credentials, "/" for an empty
 * path; path case and query are kept. The fragment goes, unless it is a hash
 * route (see isHashRoute). null when `raw` is not an absolute http(s) URL.
 */
export declare function normalizeUrl(raw: string): string | null;
/**
 * A fragment that names a page of a hash-routed app (docsify, older Vue and
 * Angular apps, many dashboards): `#/pricing`, `#!/docs`, `#!docs`. Such
 * fragments are pages, so dropping them would fold a whole app into "/". An
 * empty route (`#/`, `#!`, `#!/`) is the app's home, the same page as none.
 */
export declare function isHashRoute(hash: string): boolean;
/** 1-based shard of a normalized URL: the first 48 bits of its SHA-1, modulo count. */
export declare function shardOf(normalizedUrl: string, count: number): number;
/** "k/n" → Shard. */
export declare function parseShard(text: string): Shard;
/**
 * A readable, safe relative POSIX path (no extension) for a normalized URL.
 * `primaryHost` is the host most targets share; a URL on another host, or one
 * with a query string, gets a short hash of the whole URL so it cannot take
 * the name of a page it merely resembles.
 */
export declare function fileStem(normalizedUrl: string, primaryHost?: string): string;
/** The property every stem must have; exported for tests and for sinks' own checks. */
export declare function isSafeStem(stem: string): boolean;
export declare function urlTemplate(normalizedUrl: string): string;
/**
 * Whether a normalized URL falls inside this plan's include/exclude and
 * shard: the baseline pages a run with these options could have captured.
 */
export declare function planScope(options: PlanOptions): (normalizedUrl: string) => boolean;
/** `keepFragment`: asked of a URL with a fragment that is no hash route; true keeps it (a rule's keep-fragment). */
export declare function createPlanner(options: PlanOptions, warn: Warn, keepFragment?: (url: URL) => boolean): Planner;
