// Plain-text sitemaps (sitemaps.org): one URL a line.

import type { SitemapDoc, RawEntry } from './document.ts';

export function parseText(text: string, cutShort: boolean): SitemapDoc {
  const lines = text.split(/\r\n|\r|\n/);
  // A file cut at the byte cap ends mid-line; that line is not a whole URL.
  if (cutShort) lines.pop();
  const entries: RawEntry[] = [];
  for (const line of lines) {
    const value = line.trim();
    if (value === '' || value.startsWith('#')) continue;
    entries.push({ loc: value, lastmod: null, problem: null });
  }
  if (entries.length > 0 && !entries.some((entry) => /^https?:\/\//i.test(entry.loc))) {
    return { kind: 'not-sitemap', looksLike: 'it is plain text without any http(s) URL' };
  }
  return { kind: 'pages', entries };
}
