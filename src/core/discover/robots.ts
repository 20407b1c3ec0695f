// `Sitemap:` lines of a robots.txt (any number, any case, anywhere in the
// file: they are not tied to a user-agent group).

import { httpUrl } from './location.ts';

export function sitemapsInRobots(text: string, robotsUrl: URL): URL[] {
  const found = new Map<string, URL>();
  for (const line of text.split(/\r\n|\r|\n/)) {
    const match = /^\s*sitemap\s*:\s*(\S+)/i.exec(line);
    if (!match?.[1]) continue;
    let url: URL | null;
    try {
      // Absolute by the spec; resolve relative ones rather than drop them.
      url = httpUrl(new URL(match[1], robotsUrl).href);
    } catch {
      url = null;
    }
    if (url && !found.has(url.href)) found.set(url.href, url);
  }
  return [...found.values()];
}
