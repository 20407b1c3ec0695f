// The planner: turns discovered URLs into planned pages (run.ts makes each
// page's Targets, one per variant, with their recipes: see recipe.ts).
//
//   normalize → dedupe → include/exclude → per-pattern → limit → shard → unique file name
//
// The limit is applied before sharding, so the n shards of one run split the
// very same limited set; shards are picked by a hash of the normalized URL,
// so they are disjoint and complete whatever order discovery yields.
// Memory is one short string per URL seen (the dedupe set) and one per
// planned file name; no page data is kept here.

import { createHash } from 'node:crypto';
import picomatch from 'picomatch';
import type { PlanOptions, Shard } from './options.ts';
import { UserError } from './types.ts';
import type { DiscoveredUrl, PlannedPage, Warn } from './types.ts';

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

export const MAX_SHARDS = 1000;
/** Longest stem the planner hands out (the extension comes on top). */
export const MAX_STEM_LENGTH = 120;
export const MAX_SEGMENT_LENGTH = 60;

const COLLISION_SUFFIX_LENGTH = 9; // "-" + 8 hex
// fileStem stays this much shorter so the planner can always add a collision suffix within the caps.
const BASE_STEM_LENGTH = MAX_STEM_LENGTH - COLLISION_SUFFIX_LENGTH;
const BASE_SEGMENT_LENGTH = MAX_SEGMENT_LENGTH - COLLISION_SUFFIX_LENGTH;
const MAX_INVALID_WARNINGS = 20;

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

// ─── URLs ────────────────────────────────────────────────────────────────

/**
 * The canonical form used for dedupe, sharding and file names: lower-case
 * scheme and host (WHATWG URL does that, and resolves dot segments, also
 * percent-encoded ones), no default port, no credentials, "/" for an empty
 * path; path case and query are kept. The fragment goes, unless it is a hash
 * route (see isHashRoute). null when `raw` is not an absolute http(s) URL.
 */
export function normalizeUrl(raw: string): string | null {
  const url = parseHttpUrl(raw);
  return url ? canonical(url) : null;
}

/**
 * A fragment that names a page of a hash-routed app (docsify, older Vue and
 * Angular apps, many dashboards): `#/pricing`, `#!/docs`, `#!docs`. Such
 * fragments are pages, so dropping them would fold a whole app into "/". An
 * empty route (`#/`, `#!`, `#!/`) is the app's home, the same page as none.
 */
export function isHashRoute(hash: string): boolean {
  return /^#(\/|!)/.test(hash) && !/^#(\/|!\/?)$/.test(hash);
}

/** `keepFragment`: whether a page rule or URL entry asked to keep this URL's fragment (keep-fragment: true). */
function canonical(parsed: URL, keepFragment?: (url: URL) => boolean): string {
  const url = new URL(parsed.href);
  url.username = '';
  url.password = '';
  if (!isHashRoute(url.hash) && !(url.hash !== '' && keepFragment?.(url))) url.hash = '';
  // "https://a/?" and "https://a/" are the same page; URL keeps the lone "?".
  if (url.search === '') url.search = '';
  return url.href;
}

function parseHttpUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '') return null;
  return url;
}

/** For messages about input we could not parse: never echo credentials. */
function describeRaw(raw: string): string {
  const clipped = raw.length > 200 ? `${raw.slice(0, 200)}…` : raw;
  return JSON.stringify(clipped.replace(/\/\/[^/?#\s]*@/g, '//***@'));
}

// ─── shards ──────────────────────────────────────────────────────────────

/** 1-based shard of a normalized URL: the first 48 bits of its SHA-1, modulo count. */
export function shardOf(normalizedUrl: string, count: number): number {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`shard count must be a positive integer, got ${count}`);
  if (count === 1) return 1;
  const h = Number.parseInt(sha1(normalizedUrl).slice(0, 12), 16);
  return (h % count) + 1;
}

/** "k/n" → Shard. */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!(index >= 1 && count >= index && count <= MAX_SHARDS)) {
    throw new UserError(
      `invalid shard ${JSON.stringify(text)}: write k/n with 1 <= k <= n <= ${MAX_SHARDS}, e.g. 2/4 for the second of four shards`,
    );
  }
  return { index, count };
}

// ─── file names ──────────────────────────────────────────────────────────
//
// Stems keep the site's folders ("/docs/getting-started/" →
// "docs/getting-started") so the ZIP can be browsed like the site.
//
// Why a page and a folder can never clash ("/docs" next to "/docs/intro"):
// every file written is `<stem>.<ext>` (and manifest.json), so a file name
// always contains a dot, while folder segments are built without any dot
// ("/v1.2/intro" → "v1-2/intro"). So "docs.png" and "docs/intro.png" live
// side by side, and no folder can ever have a file's name.
//
// Everything is lower-cased ASCII [a-z0-9._-] so the tree unpacks the same
// on case-insensitive and Windows file systems; what that folds together
// (case-only differences, dropped characters) the planner separates with a
// hash suffix.

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

// Sitemaps are untrusted: a megabyte-long path segment must not cost more than a short one.
const MAX_SEGMENT_INPUT = 1024;

function cleanSegment(raw: string, isFolder: boolean): string {
  let text = percentDecode(raw.slice(0, MAX_SEGMENT_INPUT));
  if (isFolder) text = text.replace(/\./g, '-'); // folders carry no dot: see above
  const cleaned = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // "café" → "cafe"
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\.{2,}/g, '.');
  // No hidden files, no "-flag" look-alikes, no trailing dot (Windows drops it).
  return trimDotsAndDashes(cleaned);
}

/**
 * Lenient decoding of a URL path segment (always ASCII after URL parsing):
 * a broken or clipped escape becomes U+FFFD instead of failing the whole segment.
 */
function percentDecode(segment: string): string {
  if (!segment.includes('%')) return segment;
  const bytes: number[] = [];
  for (let i = 0; i < segment.length; i++) {
    const hex = segment[i] === '%' ? segment.slice(i + 1, i + 3) : '';
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(segment.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Linear, unlike /^[.-]+|[.-]+$/ on a long "-.-.-.x". */
function trimDotsAndDashes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === '.' || text[start] === '-')) start++;
  while (end > start && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
  return text.slice(start, end);
}

/** Windows refuses "con", "nul.png", "com1.tar" … whatever follows the reserved word after a dot. */
function unreserve(segment: string): string {
  const dot = segment.indexOf('.');
  const base = dot === -1 ? segment : segment.slice(0, dot);
  return WINDOWS_RESERVED.test(base) ? `${base}_${segment.slice(base.length)}` : segment;
}

function capSegment(segment: string, max: number): string {
  if (segment.length <= max) return segment;
  return `${segment.slice(0, max - COLLISION_SUFFIX_LENGTH).replace(/[.-]+$/, '')}-${sha1(segment).slice(0, 8)}`;
}

/**
 * A readable, safe relative POSIX path (no extension) for a normalized URL.
 * `primaryHost` is the host most targets share; a URL on another host, or one
 * with a query string, gets a short hash of the whole URL so it cannot take
 * the name of a page it merely resembles.
 */
export function fileStem(normalizedUrl: string, primaryHost?: string): string {
  const url = new URL(normalizedUrl);
  // A hash route's segments come after the path's: "/#/docs/intro" → "docs/intro", "/app/#!/settings" → "app/settings".
  const route = isHashRoute(url.hash) ? url.hash.replace(/^#!?\/?/, '') : '';
  const routeQuery = route.includes('?');
  const raw = [...url.pathname.split('/'), ...route.replace(/\?.*$/, '').split('/')].filter((s) => s !== '');
  const last = raw.length - 1;
  const segments = raw.map((rawSegment, i) => {
    let s = i === last ? cleanSegment(rawSegment.replace(/\.html?$/i, ''), false) : cleanSegment(rawSegment, true);
    // Nothing readable left (e.g. a segment in another script): a stable short name.
    if (s === '') s = sha1(rawSegment.slice(0, MAX_SEGMENT_INPUT)).slice(0, 6);
    return s;
  });
  if (segments.length === 0) segments.push('index');

  const foreignHost = primaryHost !== undefined && url.host !== primaryHost;
  // A fragment that is no route is here only because a rule kept it (keep-fragment): like a query, it names another shot of the same path.
  const keptFragment = url.hash !== '' && !isHashRoute(url.hash);
  if (url.search !== '' || routeQuery || foreignHost || keptFragment) segments[segments.length - 1] += `-${sha1(url.href).slice(0, 6)}`;

  // unreserve before capping: a cut name ends in "-hash", which is never reserved.
  let stem = segments.map((s) => capSegment(unreserve(s), BASE_SEGMENT_LENGTH)).join('/');
  if (stem.length > BASE_STEM_LENGTH) {
    // Cut, then mark the cut with a hash of what was there. The cut may end in
    // a folder segment, which becomes the file name: fine, it has no dot.
    let keep = stem.slice(0, BASE_STEM_LENGTH - COLLISION_SUFFIX_LENGTH);
    const lastStart = keep.lastIndexOf('/') + 1;
    keep = keep.slice(0, lastStart + BASE_SEGMENT_LENGTH - COLLISION_SUFFIX_LENGTH).replace(/[./-]+$/, '');
    stem = `${keep}-${sha1(stem).slice(0, 8)}`;
  }
  return stem;
}

/** The property every stem must have; exported for tests and for sinks' own checks. */
export function isSafeStem(stem: string): boolean {
  if (stem.length === 0 || stem.length > MAX_STEM_LENGTH) return false;
  if (!/^[a-z0-9._/-]+$/.test(stem)) return false;
  return stem.split('/').every((s) => {
    if (s === '' || s.length > MAX_SEGMENT_LENGTH || s.startsWith('.') || s.endsWith('.')) return false;
    const dot = s.indexOf('.');
    return !WINDOWS_RESERVED.test(dot === -1 ? s : s.slice(0, dot));
  });
}

// ─── URL templates (--per-pattern) ───────────────────────────────────────
//
// "At most 3 of 5,000 /blog/* posts": a page's template is its host and path
// with its own last segment and every id-like segment (all digits, a UUID, a
// long hex hash) replaced by "*", and any query string by "?*". Top-level
// pages ("/", "/about", "/blog/") are each their own template: they are not
// instances of a pattern. The first N URLs of a template in discovery order
// are kept, so the same sitemap always yields the same sample.

const ID_SEGMENT = /^(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{12,})$/i;

export function urlTemplate(normalizedUrl: string): string {
  const url = new URL(normalizedUrl);
  const trailingSlash = url.pathname.length > 1 && url.pathname.endsWith('/');
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const general = segments.map((s, i) => (ID_SEGMENT.test(s) || (i === segments.length - 1 && segments.length > 1) ? '*' : s));
  const path = `/${general.join('/')}${trailingSlash ? '/' : ''}`;
  return `${url.host}${path}${url.search ? '?*' : ''}`;
}

// ─── planner ─────────────────────────────────────────────────────────────

type Matcher = (url: URL) => boolean;

/**
 * Patterns match the URL path (and path + query, when there is one), both as
 * written in the URL and percent-decoded; a pattern starting with "http" matches
 * the whole normalized URL instead.
 */
function compileMatcher(patterns: string[]): Matcher | null {
  const pathGlobs = patterns.filter((p) => !/^https?:/i.test(p));
  const urlGlobs = patterns.filter((p) => /^https?:/i.test(p));
  const opts = { dot: true };
  const onPath = pathGlobs.length > 0 ? picomatch(pathGlobs, opts) : null;
  const onUrl = urlGlobs.length > 0 ? picomatch(urlGlobs, opts) : null;
  if (!onPath && !onUrl) return null;
  return (url) => {
    if (onUrl?.(url.href)) return true;
    if (!onPath) return false;
    const candidates = [url.pathname];
    if (url.search) candidates.push(url.pathname + url.search);
    for (const c of [...candidates]) {
      const decoded = safeDecode(c);
      if (decoded !== c) candidates.push(decoded);
    }
    return candidates.some((c) => onPath(c));
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/**
 * Whether a normalized URL falls inside this plan's include/exclude and
 * shard: the baseline pages a run with these options could have captured.
 */
export function planScope(options: PlanOptions): (normalizedUrl: string) => boolean {
  const include = compileMatcher(options.include);
  const exclude = compileMatcher(options.exclude);
  const { shard } = options;
  return (normalizedUrl) => {
    const url = new URL(normalizedUrl);
    if ((include && !include(url)) || exclude?.(url)) return false;
    return !shard || shardOf(normalizedUrl, shard.count) === shard.index;
  };
}

/** `keepFragment`: asked of a URL with a fragment that is no hash route; true keeps it (a rule's keep-fragment). */
export function createPlanner(options: PlanOptions, warn: Warn, keepFragment?: (url: URL) => boolean): Planner {
  const include = compileMatcher(options.include);
  const exclude = compileMatcher(options.exclude);
  const { limit, shard } = options;
  const perPattern = options.perPattern ?? null;
  if (limit !== null && !(Number.isInteger(limit) && limit >= 0)) throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  if (perPattern !== null && !(Number.isInteger(perPattern) && perPattern >= 1)) throw new RangeError(`per-pattern must be a positive integer, got ${perPattern}`);
  const perTemplate = new Map<string, number>();

  const seenUrls = new Set<string>();
  const takenStems = new Set<string>();
  const warnedCredentialHosts = new Set<string>();
  let primaryHost: string | undefined;
  let accepted = 0;
  const stats: PlanStats = { seen: 0, invalid: 0, duplicates: 0, excluded: 0, overLimit: 0, otherShard: 0, planned: 0 };
  if (perPattern !== null) stats.overPattern = 0;

  // Names are claimed by every accepted URL, in every shard, so a URL's file
  // name does not depend on the shard layout and shard outputs can be merged.
  const claimStem = (url: string): string => {
    const base = fileStem(url, primaryHost);
    let stem = base;
    // Later claimants of a taken stem get a suffix from their own URL: the same
    // input order always yields the same names. Re-hashing keeps the length fixed.
    for (let attempt = 0; takenStems.has(stem); attempt++) {
      stem = `${base}-${sha1(attempt === 0 ? url : `${url}\n${attempt}`).slice(0, 8)}`;
    }
    takenStems.add(stem);
    return stem;
  };

  return {
    get full() {
      return limit !== null && accepted >= limit;
    },
    get stats() {
      return { ...stats };
    },
    seen: (normalizedUrl) => seenUrls.has(normalizedUrl),
    add(d: DiscoveredUrl): PlannedPage | null {
      stats.seen++;
      const parsed = parseHttpUrl(d.url);
      if (!parsed) {
        stats.invalid++;
        if (stats.invalid <= MAX_INVALID_WARNINGS) {
          warn(`skipped ${describeRaw(d.url)} from ${d.source}: not an absolute http(s) URL`);
          if (stats.invalid === MAX_INVALID_WARNINGS) warn('more invalid URLs are skipped without a warning (see the run stats)');
        }
        return null;
      }
      if ((parsed.username !== '' || parsed.password !== '') && !warnedCredentialHosts.has(parsed.host)) {
        warnedCredentialHosts.add(parsed.host);
        warn(
          `removed user:password from URLs on ${parsed.host}: framecap does not send URL credentials; ` +
            'pass them as an Authorization header instead',
        );
      }

      const normalized = canonical(parsed, keepFragment);
      if (seenUrls.has(normalized)) {
        stats.duplicates++;
        return null;
      }
      seenUrls.add(normalized);

      const url = new URL(normalized);
      if ((include && !include(url)) || exclude?.(url)) {
        stats.excluded++;
        return null;
      }

      if (perPattern !== null && !(limit !== null && accepted >= limit)) {
        const template = urlTemplate(normalized);
        const taken = perTemplate.get(template) ?? 0;
        if (taken >= perPattern) {
          stats.overPattern!++;
          return null;
        }
        perTemplate.set(template, taken + 1);
      }

      if (limit !== null && accepted >= limit) {
        stats.overLimit++;
        return null;
      }
      accepted++;
      primaryHost ??= url.host;
      const name = claimStem(normalized);

      if (shard && shardOf(normalized, shard.count) !== shard.index) {
        stats.otherShard++;
        return null;
      }

      const target: PlannedPage = { index: stats.planned, url: normalized, name };
      if (d.lastmod !== undefined) target.lastmod = d.lastmod;
      stats.planned++;
      return target;
    },
  };
}
