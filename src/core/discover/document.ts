// What a sitemap file boils down to, whatever its format: page entries
// (urlset, text, RSS, Atom) or child sitemaps (sitemapindex). Strings here
// are unvalidated; entries.ts decides what is kept.

import type { DiscoveryWarn } from '../types.ts';
import { parseText } from './parse-text.ts';
import { parseXml } from './parse-xml.ts';

export interface RawEntry {
  /** <loc>, <link> or a text line, entity-decoded, trimmed; '' when missing. */
  loc: string;
  lastmod: string | null;
  /** Why the entry cannot be used even if loc looks fine (e.g. an unexpanded entity). */
  problem: string | null;
}

export type SitemapDoc =
  | { kind: 'pages'; entries: RawEntry[] }
  | { kind: 'index'; entries: RawEntry[] }
  /** `looksLike` completes "<where> is not a sitemap (…)". */
  | { kind: 'not-sitemap'; looksLike: string };

/**
 * @param cutShort the text is a prefix of the file (byte cap or damaged gzip):
 *   only complete entries are kept.
 */
export function parseDocument(text: string, where: string, warn: DiscoveryWarn, cutShort: boolean): SitemapDoc {
  const start = text.search(/[^\s\uFEFF]/);
  if (start < 0) return { kind: 'not-sitemap', looksLike: 'it is empty' };
  if (text[start] === '<') return parseXml(text.slice(start), where, warn, cutShort);
  return parseText(text, cutShort);
}
