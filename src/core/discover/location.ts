// Where a sitemap lives: an http(s) URL or a local file. Children listed in
// a sitemap index are resolved here, so the rule "remote sitemaps can only
// point at http(s) URLs; local files may also point at files beside them"
// lives in one place.

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../types.ts';

export type Location = { kind: 'url'; url: URL } | { kind: 'file'; path: string };

export const MAX_URL_LENGTH = 2048;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** A location the user gave (--sitemap value). */
export function parseLocation(raw: string): Location {
  const value = raw.trim();
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    const url = httpUrl(value);
    if (!url) throw new UserError(`not a valid sitemap URL: ${value}`);
    return { kind: 'url', url };
  }
  if (scheme === 'file') return { kind: 'file', path: fileURLToPath(value) };
  // One letter before ':' is a Windows drive (C:\sitemap.xml), not a scheme.
  if (scheme && scheme.length > 1) {
    throw new UserError(`cannot read a sitemap over ${scheme}: (${value}); use an http(s) URL or a local file path`);
  }
  return { kind: 'file', path: value };
}

/** An absolute http(s) URL, or null. */
export function httpUrl(value: string): URL | null {
  if (!/^https?:\/\//i.test(value)) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** A child sitemap named in an index, or why it is skipped. */
export function resolveChild(raw: string, parent: Location): Location | { reason: string } {
  if (raw === '') return { reason: 'empty <loc>' };
  if (raw.length > MAX_URL_LENGTH) return { reason: `longer than ${MAX_URL_LENGTH} characters` };
  const url = httpUrl(raw);
  if (url) return { kind: 'url', url };
  if (parent.kind === 'file' && !SCHEME.test(raw)) {
    return { kind: 'file', path: resolve(dirname(parent.path), raw) };
  }
  return { reason: SCHEME.test(raw) ? 'not an http(s) URL' : 'relative URL; <loc> must be absolute' };
}

/** Identity for cycle detection: the same sitemap reached twice has the same key. */
export function locationKey(loc: Location): string {
  if (loc.kind === 'file') return `file:${resolve(loc.path)}`;
  const url = new URL(loc.url.href);
  url.hash = '';
  return url.href;
}

export function describe(loc: Location): string {
  return loc.kind === 'url' ? loc.url.href : loc.path;
}
