// The site the benchmark captures: Debian's Python documentation (several
// hundred real pages with real CSS/JS), or the bundled example site when
// python3-doc is not installed. Served on 127.0.0.1 only, with a generated
// sitemap per URL count so every mode captures exactly the same list: one of
// all pages (viewport shots) and one of long pages only (full-page shots).

import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { serveStatic } from '../examples/serve.mjs';
import type { RouteHandler } from '../examples/serve.mjs';

/** Where Debian's python3-doc puts its HTML (the versioned ones are the same files). */
const PYTHON_DOC_ROOTS = ['/usr/share/doc/python3/html', '/usr/share/doc/python3-doc/html', '/usr/share/doc/python3.11/html'];
const EXAMPLE_ROOT = fileURLToPath(new URL('../examples/site/', import.meta.url));
/** Pages that are not content (Sphinx's search page runs a query, 404 is an error page). */
const SKIP = new Set(['search.html', '404.html']);
/**
 * The two whole-manual pages (contents.html 2.5 MB, genindex-all.html 1.7 MB
 * of HTML) take tens of seconds to lay out on a loaded 2-core machine and
 * would measure one outlier, not throughput; every other page is under 1 MB.
 */
const MAX_PAGE_BYTES = 1_000_000;
/**
 * Long pages, for full-page shots: Python docs pages of 40–300 KB of HTML,
 * which at 1280 px wide are about 4,000 to 30,000 px tall (~0.1 px a byte;
 * measured on a sample of 36 pages), about 230 of them. Taller ones
 * (whatsnew, the logging cookbook: 45,000–83,000 px) take 10 s or more each
 * and would measure a handful of outliers, not throughput.
 */
const LONG_PAGE_BYTES = { min: 40_000, max: 300_000 };
/** The example site has no long page: its docs pages, their content repeated this many times (~10,000 px). */
const EXAMPLE_LONG_REPEAT = 12;

export type SiteName = 'python-docs' | 'example-site';
/** all: every page (viewport shots); long: long pages only (full-page shots). */
export type PageSet = 'all' | 'long';

export interface BenchSite {
  name: SiteName;
  root: string;
  origin: string;
  /** Every page, absolute URLs, sorted. */
  pages: string[];
  /** Pages left out (relative paths): not content, or over MAX_PAGE_BYTES. */
  skipped: string[];
  /** Long pages only (see LONG_PAGE_BYTES), absolute URLs, sorted. */
  longPages: string[];
  /** The N URLs every mode captures: spread evenly over the site, or cycled with ?cycle=k when N exceeds it. */
  urls(n: number, which?: PageSet): string[];
  /** A sitemap served by this server listing urls(n, which). */
  sitemapUrl(n: number, which?: PageSet): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export async function findPythonDocs(): Promise<string | null> {
  for (const dir of PYTHON_DOC_ROOTS) {
    const index = await stat(join(dir, 'index.html')).catch(() => null);
    if (index?.isFile()) return realpath(dir);
  }
  return null;
}

export async function openBenchSite(prefer: SiteName | 'auto' = 'auto'): Promise<BenchSite> {
  const python = prefer === 'example-site' ? null : await findPythonDocs();
  if (prefer === 'python-docs' && !python) {
    throw new Error('python3-doc is not installed: run `apt-get install -y python3-doc` or pass --site example');
  }
  const name: SiteName = python ? 'python-docs' : 'example-site';
  const root = python ?? EXAMPLE_ROOT;
  const { html, outside, skipped, bytes } = await walk(root);
  const paths = html.filter((p) => !SKIP.has(p)).sort();
  const long = python
    ? paths.filter((p) => bytes.get(p)! >= LONG_PAGE_BYTES.min && bytes.get(p)! <= LONG_PAGE_BYTES.max)
    : paths.filter((p) => p.startsWith('docs/')).map((p) => p.replace(/^docs\//, 'docs/long-'));

  let origin = '';
  const urls = (n: number, which: PageSet = 'all'): string[] => pickUrls((which === 'long' ? long : paths).map((p) => `${origin}/${p}`), n);
  const routes: Record<string, RouteHandler> = {
    '/__bench/sitemap-*': (req, res) => {
      const m = /sitemap-(long-)?(\d+)\.xml$/.exec(req.url ?? '');
      const n = Number(m?.[2]);
      if (!Number.isInteger(n) || n < 1) return void res.writeHead(404).end();
      const body = Buffer.from(sitemapXml(urls(n, m?.[1] ? 'long' : 'all')));
      res.writeHead(200, { 'Content-Type': 'application/xml; charset=utf-8', 'Content-Length': body.length }).end(body);
    },
  };
  if (!python) routes['/docs/long-*'] = (req, res) => void sendLongExamplePage(req, res, root);
  // Debian links a few Sphinx assets (jquery.js, underscore.js) to /usr/share/javascript;
  // the static server rightly refuses symlinks out of the root, so serve exactly those.
  for (const [path, target] of outside) routes[`/${path}`] = (req, res) => sendFile(req, res, target);

  const server = await serveStatic({ root, routes });
  origin = server.origin;
  return {
    name,
    root,
    origin,
    pages: paths.map((p) => `${origin}/${p}`),
    longPages: long.map((p) => `${origin}/${p}`),
    skipped: [...skipped, ...html.filter((p) => SKIP.has(p))].sort(),
    urls,
    sitemapUrl: (n, which = 'all') => sitemapUrlOf(origin, n, which),
    close: () => server.close(),
  };
}

/** The sitemap the '/__bench/sitemap-*' route serves for urls(n, which); one spelling for the site and its stand-in in another process. */
function sitemapUrlOf(origin: string, n: number, which: PageSet): string {
  return `${origin}/__bench/sitemap-${which === 'long' ? 'long-' : ''}${n}.xml`;
}

/** N URLs: an even spread when N ≤ pages (not just the first N alphabetically), else the list cycled with a query so each URL is unique. */
export function pickUrls(pages: string[], n: number): string[] {
  if (pages.length === 0) throw new Error('the benchmark site has no pages');
  if (n <= pages.length) return Array.from({ length: n }, (_, i) => pages[Math.floor((i * pages.length) / n)]!);
  return Array.from({ length: n }, (_, i) => {
    const cycle = Math.floor(i / pages.length);
    const page = pages[i % pages.length]!;
    return cycle === 0 ? page : `${page}?cycle=${cycle}`;
  });
}

function sitemapXml(urls: string[]): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${
    urls.map((u) => `  <url><loc>${esc(u)}</loc></url>`).join('\n')}\n</urlset>\n`;
}

/** HTML pages (relative POSIX paths) with their sizes, and the symlinks that point outside the root. */
async function walk(root: string): Promise<{ html: string[]; outside: Map<string, string>; skipped: string[]; bytes: Map<string, number> }> {
  const html: string[] = [];
  const skipped: string[] = [];
  const bytes = new Map<string, number>();
  const outside = new Map<string, string>();
  const visit = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === '_sources') continue;
      const full = join(dir, entry.name);
      const rel = relative(root, full).split(sep).join('/');
      if (entry.isDirectory()) await visit(full);
      else if (entry.isSymbolicLink()) {
        const target = await realpath(full).catch(() => null);
        if (target && !target.startsWith(root + sep) && (await lstat(target)).isFile()) outside.set(rel, target);
      } else if (entry.isFile() && /\.html?$/i.test(entry.name)) {
        const size = (await stat(full)).size;
        if (size > MAX_PAGE_BYTES) skipped.push(rel);
        else {
          html.push(rel);
          bytes.set(rel, size);
        }
      }
    }
  };
  await visit(root);
  return { html, outside, skipped, bytes };
}

/** docs/long-X.html: the example site's docs/X.html with its <main> repeated, so its relative links still resolve. */
async function sendLongExamplePage(req: IncomingMessage, res: ServerResponse, root: string): Promise<void> {
  const name = /^\/docs\/long-([a-z-]+\.html)$/.exec(new URL(req.url ?? '/', 'http://x').pathname)?.[1];
  const page = name ? await readFile(join(root, 'docs', name), 'utf8').catch(() => null) : null;
  const main = page && /<main>[\s\S]*<\/main>/.exec(page)?.[0];
  if (!page || !main) return void res.writeHead(404).end();
  const body = Buffer.from(page.replace(main, main.repeat(EXAMPLE_LONG_REPEAT)));
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length }).end(req.method === 'HEAD' ? undefined : body);
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string): void {
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

/** A site served by bench/site-process.ts in a child process: what a bench that times a server in this process should use. */
export interface SiteProcess {
  name: SiteName;
  origin: string;
  urls: string[];
  close(): Promise<void>;
}

export async function openSiteProcess(prefer: SiteName | 'auto', pages: number): Promise<SiteProcess> {
  const { described, close } = await spawnSite(prefer, pages);
  return { name: described.name, origin: described.origin, urls: described.urls, close };
}

/**
 * The benchmark site (openBenchSite) served from a child process: the same pages, URL lists and sitemaps,
 * none of its serving on this process's event loop. `pid` is the child's, for a process-tree watch to leave out.
 */
export async function openBenchSiteProcess(prefer: SiteName | 'auto'): Promise<BenchSite & { pid: number }> {
  const { described: d, close, pid } = await spawnSite(prefer, 1);
  // The child's sitemaps list pickUrls of the same lists, so the URLs picked here are the ones it serves.
  const urls = (n: number, which: PageSet = 'all'): string[] => pickUrls(which === 'long' ? d.longPages : d.pages, n);
  return {
    name: d.name, root: d.root, origin: d.origin, pages: d.pages, longPages: d.longPages, skipped: d.skipped, urls, pid, close,
    sitemapUrl: (n, which = 'all') => sitemapUrlOf(d.origin, n, which),
  };
}

interface DescribedSite { name: SiteName; origin: string; urls: string[]; root: string; pages: string[]; longPages: string[]; skipped: string[] }

async function spawnSite(prefer: SiteName | 'auto', pages: number): Promise<{ described: DescribedSite; pid: number; close(): Promise<void> }> {
  const { spawn } = await import('node:child_process');
  const { createInterface } = await import('node:readline');
  const script = fileURLToPath(new URL('./site-process.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, '--site', prefer, '--pages', String(pages)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the bench site process exited (${code}) before it served`)));
    createInterface({ input: child.stdout! }).once('line', resolve);
  });
  return {
    described: JSON.parse(line) as DescribedSite,
    pid: child.pid!,
    close: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.stdin!.end();
    }),
  };
}
