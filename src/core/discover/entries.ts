// Which entries are kept: page URLs must be absolute http(s) and at most
// 2,048 characters (the sitemaps.org limit); lastmod must be a W3C datetime.
// Skips are reported a few at a time, then as one count per file, so a bad
// 50,000-entry sitemap does not print 50,000 warnings.

import type { Warn } from '../types.ts';
import { MAX_URL_LENGTH } from './location.ts';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** A usable page URL (normalized href) or why not. */
export function checkPageUrl(raw: string): { url: string } | { reason: string } {
  if (raw === '') return { reason: 'empty URL' };
  if (raw.length > MAX_URL_LENGTH) return { reason: `longer than ${MAX_URL_LENGTH} characters` };
  const scheme = SCHEME.exec(raw)?.[1]?.toLowerCase();
  if (!scheme) return { reason: 'relative URL; it must be absolute (https://...)' };
  if (scheme !== 'http' && scheme !== 'https') return { reason: `not an http(s) URL (${scheme}:)` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { reason: 'not a valid URL' };
  }
  if (url.href.length > MAX_URL_LENGTH) return { reason: `longer than ${MAX_URL_LENGTH} characters once encoded` };
  return { url: url.href };
}

// YYYY, YYYY-MM, YYYY-MM-DD, or a date with hh:mm[:ss[.s]] and a zone
// (the zone is optional here: many generators omit it).
const W3C_DATETIME =
  /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?)?)?$/;

export function isW3cDatetime(value: string): boolean {
  return W3C_DATETIME.test(value) && !Number.isNaN(Date.parse(value));
}

const SHOWN = 3;

/** Collects skipped entries and bad lastmods for one file; `flush` writes the summary. */
export class SkipLog {
  private skipped = 0;
  private badLastmod = 0;
  private firstBadLastmod = '';

  constructor(
    private readonly where: string,
    private readonly warn: Warn,
  ) {}

  skip(value: string, reason: string): void {
    this.skipped++;
    if (this.skipped > SHOWN) return;
    const what = value === '' ? 'an entry' : quote(value);
    this.warn(`${this.where}: skipped ${what}: ${reason}`);
  }

  /** A usable lastmod, or undefined (counted once per file when junk). */
  lastmod(value: string | null): string | undefined {
    if (value === null || value === '') return undefined;
    if (isW3cDatetime(value)) return value;
    if (this.badLastmod++ === 0) this.firstBadLastmod = value;
    return undefined;
  }

  flush(): void {
    if (this.skipped > SHOWN) {
      this.warn(`${this.where}: skipped ${this.skipped - SHOWN} more invalid entries (${this.skipped} in all)`);
    }
    if (this.badLastmod > 0) {
      const count = this.badLastmod === 1 ? 'a <lastmod>' : `${this.badLastmod} <lastmod> values`;
      this.warn(`${this.where}: ignored ${count} that are not W3C datetimes (e.g. ${quote(this.firstBadLastmod)})`);
    }
  }
}

function quote(value: string): string {
  const short = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return JSON.stringify(short);
}
