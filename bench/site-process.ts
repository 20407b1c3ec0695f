// The benchmark site in a process of its own: `node --import tsx
// bench/site-process.ts [--site auto] [--pages N]` serves it on 127.0.0.1,
// prints one JSON line ({ name, origin, urls }, and what openBenchSiteProcess
// needs to stand in for the site: root, pages, longPages, skipped) and serves
// until stdin closes.
// For benches that time a server: serving the site's pages (file reads, stat,
// the GC they cause) from the measured process would be counted as the
// server's own stalls.

import { parseArgs } from 'node:util';
import { openBenchSite } from './site.ts';
import type { SiteName } from './site.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'auto' }, pages: { type: 'string', default: '30' } } });
const site = await openBenchSite(values.site as SiteName | 'auto');
const { name, origin, root, pages, longPages, skipped } = site;
process.stdout.write(`${JSON.stringify({ name, origin, urls: site.urls(Number(values.pages)), root, pages, longPages, skipped })}\n`);
process.stdin.resume();
process.stdin.on('close', () => void site.close().then(() => process.exit(0)));
