// URL discovery against real HTTP servers on 127.0.0.1 serving the files in
// test/fixtures/sitemaps (with __ORIGIN__ replaced by the server's origin),
// plus a few generated bodies (gzip, gzip bomb) and local files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { discover } from '../src/core/discover/index.ts';
import type { DiscoverIO } from '../src/core/discover/index.ts';
import { DEFAULT_DISCOVER } from '../src/core/options.ts';
import type { DiscoverOptions, Source } from '../src/core/options.ts';
import { UserError } from '../src/core/types.ts';
import type { DiscoveredUrl } from '../src/core/types.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/sitemaps/', import.meta.url));
const UA = 'framecap-test/1.0 (+discover)';

type Handler = (req: IncomingMessage, res: ServerResponse, origin: string) => void;

interface FixtureServer {
  origin: string;
  hits(path: string): number;
  userAgents: string[];
  close(): Promise<void>;
}

function fixture(path: string, origin: string): Buffer {
  return Buffer.from(readFileSync(join(FIXTURES, path), 'utf8').replaceAll('__ORIGIN__', origin));
}

const TYPES: Record<string, string> = {
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/**
 * Serves `dir` (relative to the fixtures, or null for nothing) at '/', with
 * `routes` winning by exact path; anything else goes to `fallback` (404).
 */
async function serve(dir: string | null, routes: Record<string, Handler> = {}, fallback?: Handler): Promise<FixtureServer> {
  const hitCounts = new Map<string, number>();
  const userAgents: string[] = [];
  let origin = '';
  const server = createServer((req, res) => {
    res.on('error', () => {});
    const path = new URL(req.url ?? '/', origin).pathname;
    hitCounts.set(path, (hitCounts.get(path) ?? 0) + 1);
    userAgents.push(String(req.headers['user-agent']));
    const route = routes[path];
    if (route) return route(req, res, origin);
    if (dir !== null) {
      const file = normalize(join(dir, decodeURIComponent(path)));
      if (!file.startsWith('..')) {
        try {
          const body = fixture(file, origin);
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
          return res.end(body);
        } catch {
          // not a fixture: fall through to 404
        }
      }
    }
    if (fallback) return fallback(req, res, origin);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    hits: (path) => hitCounts.get(path) ?? 0,
    userAgents,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const OPTIONS: DiscoverOptions = { ...DEFAULT_DISCOVER, fetchTimeoutMs: 5_000, userAgent: UA };

async function run(
  sources: Source[],
  options: Partial<DiscoverOptions> = {},
  io?: Partial<DiscoverIO>,
): Promise<{ found: DiscoveredUrl[]; urls: string[]; warnings: string[] }> {
  const warnings: string[] = [];
  const found: DiscoveredUrl[] = [];
  for await (const item of discover(sources, { ...OPTIONS, ...options }, (m) => warnings.push(m), io)) found.push(item);
  return { found, urls: found.map((f) => f.url), warnings };
}

async function rejectsUserError(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof UserError, `expected a UserError, got ${String(err)}`);
    assert.match(err.message, pattern);
    return true;
  });
}

test('urlset: locs, entity decoding, lastmod validation, user agent', async () => {
  const site = await serve('');
  try {
    const o = site.origin;
    const { found, warnings } = await run([{ kind: 'sitemap', location: `${o}/urlset.xml` }]);
    assert.deepEqual(found, [
      { url: `${o}/`, lastmod: '2024-05-01', source: `${o}/urlset.xml` },
      { url: `${o}/search?q=a&page=2`, lastmod: '2024-05-02T10:30:00+02:00', source: `${o}/urlset.xml` },
      { url: `${o}/raw?a=1&b=2`, source: `${o}/urlset.xml` },
      { url: `${o}/caf%C3%A9/A`, source: `${o}/urlset.xml` },
    ]);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /ignored a <lastmod>.*"last tuesday"/);
    assert.deepEqual(site.userAgents, [UA]);
  } finally {
    await site.close();
  }
});

test('nested sitemap index (two levels) is followed depth-first', async () => {
  const site = await serve('');
  try {
    const o = site.origin;
    const { found, warnings } = await run([{ kind: 'sitemap', location: `${o}/nested/index.xml` }]);
    assert.deepEqual(
      found.map((f) => [f.url, f.source]),
      [
        [`${o}/p2/a`, `${o}/nested/pages-2.xml`],
        [`${o}/p2/b`, `${o}/nested/pages-2.xml`],
        [`${o}/p3/a`, `${o}/nested/pages-3.xml`],
        [`${o}/p3/b`, `${o}/nested/pages-3.xml`],
        [`${o}/p1/a`, `${o}/nested/pages-1.xml`],
        [`${o}/p1/b`, `${o}/nested/pages-1.xml`],
      ],
    );
    assert.deepEqual(warnings, []);
  } finally {
    await site.close();
  }
});

test('index cycle A -> B -> A terminates with a warning', async () => {
  const site = await serve('');
  try {
    const o = site.origin;
    const { urls, warnings } = await run([{ kind: 'sitemap', location: `${o}/cycle/a.xml` }]);
    assert.deepEqual(urls, [`${o}/cycle-page`]);
    assert.equal(site.hits('/cycle/a.xml'), 1);
    assert.equal(site.hits('/cycle/b.xml'), 1);
    assert.equal(warnings.filter((w) => /already read \(a sitemap index cycle/.test(w)).length, 2);
  } finally {
    await site.close();
  }
});

test('nested indexes deeper than maxDepth are not followed (warning)', async () => {
  const site = await serve('');
  try {
    const o = site.origin;
    const shallow = await run([{ kind: 'sitemap', location: `${o}/depth/d0.xml` }], { maxDepth: 1 });
    assert.deepEqual(shallow.urls, [`${o}/d1-page`]);
    assert.equal(shallow.warnings.length, 1);
    assert.match(shallow.warnings[0] ?? '', /not following sitemap index .*\/depth\/d2\.xml.*maxDepth \(1\)/);
    assert.equal(site.hits('/depth/pages-d3.xml'), 0);

    const deep = await run([{ kind: 'sitemap', location: `${o}/depth/d0.xml` }], { maxDepth: 2 });
    assert.deepEqual(deep.urls, [`${o}/d3-page`, `${o}/d1-page`]);
    assert.deepEqual(deep.warnings, []);
  } finally {
    await site.close();
  }
});

test('gzip is recognised by its magic bytes (octet-stream, no .gz suffix)', async () => {
  const site = await serve('', {
    '/download': (_req, res, origin) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(gzipSync(fixture('nested/pages-1.xml', origin)));
    },
    '/twice.xml.gz': (_req, res, origin) => {
      res.writeHead(200, { 'content-type': 'application/gzip', 'content-encoding': 'gzip' });
      res.end(gzipSync(gzipSync(fixture('nested/pages-2.xml', origin))));
    },
  });
  try {
    const o = site.origin;
    const { urls, warnings } = await run([{ kind: 'sitemap', location: `${o}/download` }]);
    assert.deepEqual(urls, [`${o}/p1/a`, `${o}/p1/b`]);
    assert.deepEqual(warnings, []);
    // A .gz file also sent with Content-Encoding: gzip arrives gzipped twice.
    const twice = await run([{ kind: 'sitemap', location: `${o}/twice.xml.gz` }]);
    assert.deepEqual(twice.urls, [`${o}/p2/a`, `${o}/p2/b`]);
  } finally {
    await site.close();
  }
});

test('a gzip bomb stops inflating at maxBytesPerFile and keeps the complete entries', async () => {
  // Many gzip members of zeros concatenated: 2 GiB inflated, ~2 MB on the wire.
  const zeros = gzipSync(Buffer.alloc(16 * 1024 * 1024), { level: 9 });
  let bomb: Buffer = Buffer.alloc(0);
  const site = await serve('', {
    '/bomb': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(bomb);
    },
  });
  try {
    const o = site.origin;
    const head = gzipSync(`<?xml version="1.0"?><urlset><url><loc>${o}/b1</loc></url><url><loc>${o}/b2</loc></url><url><loc>${o}/b3`);
    bomb = Buffer.concat([head, ...Array.from({ length: 128 }, () => zeros)]);
    let pulled = 0;
    const countingFetch: DiscoverIO['fetch'] = async (url, init) => {
      const res = await fetch(url, init);
      const counter = new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          pulled += chunk.byteLength;
          controller.enqueue(chunk);
        },
      });
      return new Response(res.body?.pipeThrough(counter) ?? null, { status: res.status, headers: res.headers });
    };
    const started = Date.now();
    const { urls, warnings } = await run([{ kind: 'sitemap', location: `${o}/bomb` }], { maxBytesPerFile: 1024 * 1024 }, { fetch: countingFetch });
    assert.deepEqual(urls, [`${o}/b1`, `${o}/b2`]);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /larger than 1048576 bytes \(uncompressed\).*maxBytesPerFile/);
    assert.ok(pulled < bomb.length / 4, `read ${pulled} of ${bomb.length} compressed bytes`);
    assert.ok(Date.now() - started < 15_000, 'took too long');
  } finally {
    await site.close();
  }
});

test('billion laughs: the DOCTYPE is never expanded, plain entries still come out', async () => {
  const site = await serve('');
  try {
    const o = site.origin;
    const started = Date.now();
    const { urls, warnings } = await run([{ kind: 'sitemap', location: `${o}/billion-laughs.xml` }]);
    assert.ok(Date.now() - started < 10_000, "the DOCTYPE was not expanded");
    assert.deepEqual(urls, [`${o}/before`, `${o}/after`]);
    assert.match(warnings[0] ?? '', /declares entities in a DOCTYPE; they are not expanded/);
    assert.ok(warnings.some((w) => /skipped ".*&lol9;": uses the entity &lol9;, which is not expanded/.test(w)));
    assert.ok(warnings.some((w) => /skipped ".*&xxe;": uses the entity &xxe;/.test(w)));
  } finally {
    await site.close();
  }
});

test('truncated XML keeps its complete entries', async () => {
  const site = await serve('');
  try {
    const o = site.origin;
    const { found, warnings } = await run([{ kind: 'sitemap', location: `${o}/truncated.xml` }]);
    assert.deepEqual(found, [
      { url: `${o}/t1`, source: `${o}/truncated.xml` },
      { url: `${o}/t2`, lastmod: '2024-02-29', source: `${o}/truncated.xml` },
    ]);
    assert.deepEqual(warnings, [`${o}/truncated.xml is incomplete (no closing </urlset>); kept the complete <url> entries`]);
  } finally {
    await site.close();
  }
});

test('junk locs are skipped: a few warnings, then one count', async () => {
  const site = await serve('');
  try {
    const o = site.origin;
    const { urls, warnings } = await run([{ kind: 'sitemap', location: `${o}/junk-locs.xml` }]);
    assert.deepEqual(urls, [`${o}/good-1`, `${o}/good-2`]);
    assert.equal(warnings.length, 4);
    assert.match(warnings[0] ?? '', /skipped "javascript:alert\(1\)": not an http\(s\) URL \(javascript:\)/);
    assert.match(warnings[1] ?? '', /skipped "file:\/\/\/etc\/passwd": not an http\(s\) URL/);
    assert.match(warnings[2] ?? '', /skipped "data:text\/html,hello": not an http\(s\) URL/);
    // relative, 3,000 characters, empty, missing, ftp:
    assert.match(warnings[3] ?? '', /junk-locs\.xml: skipped 5 more invalid entries \(8 in all\)/);
  } finally {
    await site.close();
  }
});

test('relative and over-long locs name their reason', async () => {
  const site = await serve(null, {
    '/s.xml': (_req, res, origin) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(`<urlset><url><loc>/relative</loc></url><url><loc>${origin}/${'y'.repeat(3000)}</loc></url></urlset>`);
    },
  });
  try {
    const { urls, warnings } = await run([{ kind: 'sitemap', location: `${site.origin}/s.xml` }]);
    assert.deepEqual(urls, []);
    assert.match(warnings[0] ?? '', /skipped "\/relative": relative URL/);
    assert.match(warnings[1] ?? '', /skipped "http:\/\/127\.0\.0\.1:\d+\/y+\.\.\.": longer than 2048 characters/);
  } finally {
    await site.close();
  }
});

test('plain-text sitemap: one URL a line', async () => {
  const site = await serve('');
  try {
    const o = site.origin;
    const { urls, warnings } = await run([{ kind: 'sitemap', location: `${o}/text-sitemap.txt` }]);
    assert.deepEqual(urls, [`${o}/text/one`, `${o}/text/two`, `${o}/text/three`]);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /skipped "not a url": relative URL/);
  } finally {
    await site.close();
  }
});

test('RSS 2.0 items and Atom entries', async () => {
  const site = await serve('');
  try {
    const o = site.origin;
    const rss = await run([{ kind: 'sitemap', location: `${o}/rss.xml` }]);
    assert.deepEqual(rss.found, [
      { url: `${o}/blog/first`, lastmod: '2003-06-10T04:00:00.000Z', source: `${o}/rss.xml` },
      { url: `${o}/blog/second`, source: `${o}/rss.xml` },
    ]);
    assert.equal(rss.warnings.length, 1);
    assert.match(rss.warnings[0] ?? '', /skipped an entry: has no <link>/);

    const atom = await run([{ kind: 'sitemap', location: `${o}/atom.xml` }]);
    assert.deepEqual(atom.found, [
      { url: `${o}/posts/one?a=1&b=2`, lastmod: '2024-03-01T12:00:00Z', source: `${o}/atom.xml` },
      { url: `${o}/posts/two`, lastmod: '2024-03-02', source: `${o}/atom.xml` },
    ]);
    assert.deepEqual(atom.warnings, []);
  } finally {
    await site.close();
  }
});

test('namespaced sitemap with a BOM, CDATA, extensions and reserved element names', async () => {
  const site = await serve('');
  try {
    const o = site.origin;
    const { found, warnings } = await run([{ kind: 'sitemap', location: `${o}/namespaced.xml` }]);
    assert.deepEqual(found, [
      { url: `${o}/ns/one?x=1&y=2`, lastmod: '2024-06-01T08:00Z', source: `${o}/namespaced.xml` },
      { url: `${o}/ns/two`, source: `${o}/namespaced.xml` },
    ]);
    assert.deepEqual(warnings, []);
  } finally {
    await site.close();
  }
});

test('site root: robots.txt with two Sitemap lines (any case, gzip)', async () => {
  const site = await serve('site-robots', {
    '/second.xml.gz': (_req, res, origin) => {
      res.writeHead(200, { 'content-type': 'application/x-gzip' });
      res.end(gzipSync(fixture('site-robots/second-source.xml', origin)));
    },
  });
  try {
    const o = site.origin;
    const { found, warnings } = await run([{ kind: 'site', root: `${o}/` }]);
    assert.deepEqual(found, [
      { url: `${o}/from-first`, source: `${o}/first.xml` },
      { url: `${o}/from-second`, source: `${o}/second.xml.gz` },
    ]);
    assert.deepEqual(warnings, []);
    assert.equal(site.hits('/sitemap.xml'), 0);
    assert.equal(site.hits('/commented-out.xml'), 0);
    assert.ok(site.userAgents.every((ua) => ua === UA));
  } finally {
    await site.close();
  }
});

test('site root without robots.txt falls back to /sitemap.xml', async () => {
  const site = await serve('site-fallback');
  try {
    const o = site.origin;
    const { urls, warnings } = await run([{ kind: 'site', root: o }]);
    assert.deepEqual(urls, [`${o}/fallback-page`]);
    assert.deepEqual(warnings, []);
    assert.equal(site.hits('/robots.txt'), 1);
    assert.equal(site.hits('/sitemap_index.xml'), 0);
  } finally {
    await site.close();
  }
});

test('site root below /: its own folder is tried before the origin', async () => {
  const site = await serve(null, {
    '/docs/sitemap.xml': (_req, res, origin) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(`<urlset><url><loc>${origin}/docs/intro</loc></url></urlset>`);
    },
  });
  try {
    const { urls } = await run([{ kind: 'site', root: `${site.origin}/docs` }]);
    assert.deepEqual(urls, [`${site.origin}/docs/intro`]);
    assert.equal(site.hits('/sitemap.xml'), 0);
  } finally {
    await site.close();
  }
});

test('a guessed /sitemap.xml that is an HTML soft 404 is a warning, then /sitemap_index.xml', async () => {
  const site = await serve('site-soft404', {}, (_req, res, origin) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(fixture('soft404.html', origin));
  });
  try {
    const o = site.origin;
    const { urls, warnings } = await run([{ kind: 'site', root: o }]);
    assert.deepEqual(urls, [`${o}/soft404-page`]);
    assert.deepEqual(warnings, [`${o}/sitemap.xml is not a sitemap (looks like HTML); skipped`]);
  } finally {
    await site.close();
  }
});

test('site with nothing to find is a UserError that says what was tried', async () => {
  const site = await serve(null);
  try {
    const o = site.origin;
    const error = await run([{ kind: 'site', root: o }]).then(
      () => null,
      (err: unknown) => err,
    );
    assert.ok(error instanceof UserError);
    assert.match(error.message, new RegExp(`found no sitemap for ${o}/`));
    assert.match(error.message, /robots\.txt: HTTP 404/);
    assert.match(error.message, /\/sitemap\.xml: HTTP 404/);
    assert.match(error.message, /\/sitemap_index\.xml: HTTP 404/);
    assert.match(error.message, /--sitemap/);
    assert.match(error.message, /list of page URLs/);
  } finally {
    await site.close();
  }
});

test('an explicit sitemap that is an HTML page is a UserError', async () => {
  const site = await serve('');
  try {
    const location = `${site.origin}/soft404.html`;
    await rejectsUserError(run([{ kind: 'sitemap', location }]), /soft404\.html is not a sitemap \(looks like HTML\)/);
  } finally {
    await site.close();
  }
});

test('HTTP and network errors on an explicit sitemap are UserErrors', async () => {
  const site = await serve(null, {
    '/hang': () => {
      // never answers
    },
  });
  const o = site.origin;
  // A port nothing listens on, never connected to (no pooled keep-alive socket).
  const closed = await serve(null);
  await closed.close();
  try {
    await rejectsUserError(run([{ kind: 'sitemap', location: `${o}/missing.xml` }]), /could not fetch sitemap http:\/\/127\.0\.0\.1:\d+\/missing\.xml: HTTP 404/);
    await rejectsUserError(run([{ kind: 'sitemap', location: `${o}/hang` }], { fetchTimeoutMs: 200 }), /\/hang: timed out after 200 ms; is the site up\?/);
  } finally {
    await site.close();
  }
  await rejectsUserError(run([{ kind: 'sitemap', location: `${closed.origin}/sitemap.xml` }]), /could not fetch http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml: ECONNREFUSED; is the site up\?/);
  await rejectsUserError(run([{ kind: 'site', root: closed.origin }]), /robots\.txt: ECONNREFUSED; is the site up\?/);
  await rejectsUserError(run([{ kind: 'sitemap', location: 'ftp://example.com/sitemap.xml' }]), /cannot read a sitemap over ftp:/);
});

test('a child sitemap that fails is a warning, not an error', async () => {
  const site = await serve(null, {
    '/index.xml': (_req, res, origin) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(`<sitemapindex><sitemap><loc>${origin}/gone.xml</loc></sitemap><sitemap><loc>${origin}/ok.xml</loc></sitemap><sitemap><loc>pages.xml</loc></sitemap></sitemapindex>`);
    },
    '/ok.xml': (_req, res, origin) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(`<urlset><url><loc>${origin}/ok</loc></url></urlset>`);
    },
  });
  try {
    const o = site.origin;
    const { urls, warnings } = await run([{ kind: 'sitemap', location: `${o}/index.xml` }]);
    assert.deepEqual(urls, [`${o}/ok`]);
    assert.deepEqual(warnings, [
      `skipped sitemap ${o}/gone.xml (listed in ${o}/index.xml): HTTP 404 Not Found`,
      `${o}/index.xml: skipped "pages.xml": relative URL; <loc> must be absolute`,
    ]);
  } finally {
    await site.close();
  }
});

test('local sitemap files: relative children, gzip, missing file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'framecap-discover-'));
  try {
    mkdirSync(join(dir, 'parts'));
    writeFileSync(
      join(dir, 'index.xml'),
      '<sitemapindex><sitemap><loc>parts/a.xml.gz</loc></sitemap><sitemap><loc>file:///etc/hostname</loc></sitemap></sitemapindex>',
    );
    writeFileSync(join(dir, 'parts', 'a.xml.gz'), gzipSync('<urlset><url><loc>https://example.test/local</loc></url></urlset>'));
    const { found, warnings } = await run([{ kind: 'sitemap', location: join(dir, 'index.xml') }]);
    assert.deepEqual(found, [{ url: 'https://example.test/local', source: join(dir, 'parts', 'a.xml.gz') }]);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /skipped "file:\/\/\/etc\/hostname": not an http\(s\) URL/);

    await rejectsUserError(run([{ kind: 'sitemap', location: join(dir, 'nope.xml') }]), /file not found: .*nope\.xml/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('url-file: comments and blank lines ignored, invalid lines warned', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'framecap-discover-'));
  try {
    const path = join(dir, 'urls.txt');
    writeFileSync(path, fixture('urls.txt', 'https://example.test'));
    const { found, warnings } = await run([{ kind: 'url-file', path }]);
    assert.deepEqual(found, [
      { url: 'https://example.test/list/one', source: path },
      { url: 'https://example.test/list/two#section', source: path },
      { url: 'https://example.test/list/three', source: path },
    ]);
    assert.deepEqual(warnings, [`${path}: skipped "not-a-url": relative URL; it must be absolute (https://...)`]);
    await rejectsUserError(run([{ kind: 'url-file', path: join(dir, 'missing.txt') }]), /URL list file not found/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("url-file '-' reads stdin; positional URLs", async () => {
  const stdin = () => Readable.from(['\uFEFFhttps://example.test/a\r\n# c', 'omment\r\n\r\nhttps://example.test/b']);
  const { found } = await run([{ kind: 'url-file', path: '-' }, { kind: 'urls', urls: ['https://example.test/c', 'mailto:x@y'] }], {}, { stdin });
  assert.deepEqual(found, [
    { url: 'https://example.test/a', source: 'stdin' },
    { url: 'https://example.test/b', source: 'stdin' },
    { url: 'https://example.test/c', source: 'argv' },
  ]);
});

test('maxUrls caps the whole run once; maxUrlsPerFile caps each file', async () => {
  const site = await serve('');
  try {
    const o = site.origin;
    const sources: Source[] = [
      { kind: 'sitemap', location: `${o}/nested/pages-1.xml` },
      { kind: 'sitemap', location: `${o}/nested/pages-2.xml` },
      { kind: 'sitemap', location: `${o}/nested/pages-3.xml` },
    ];
    const capped = await run(sources, { maxUrls: 3 });
    assert.deepEqual(capped.urls, [`${o}/p1/a`, `${o}/p1/b`, `${o}/p2/a`]);
    assert.deepEqual(capped.warnings, ['found more than 3 URLs; kept the first 3 (maxUrls)']);
    assert.equal(site.hits('/nested/pages-3.xml'), 0);

    const exact = await run(sources.slice(0, 2), { maxUrls: 4 });
    assert.equal(exact.urls.length, 4);
    assert.deepEqual(exact.warnings, []);

    const perFile = await run([{ kind: 'sitemap', location: `${o}/nested/index.xml` }], { maxUrlsPerFile: 1 });
    assert.deepEqual(perFile.urls, [`${o}/p2/a`]);
    assert.deepEqual(perFile.warnings, [
      `${o}/nested/index.xml lists 2 entries; kept the first 1 (maxUrlsPerFile)`,
      `${o}/nested/child-index.xml lists 2 entries; kept the first 1 (maxUrlsPerFile)`,
      `${o}/nested/pages-2.xml lists 2 entries; kept the first 1 (maxUrlsPerFile)`,
    ]);
  } finally {
    await site.close();
  }
});

test('a plain-text sitemap over maxBytesPerFile keeps only whole lines', async () => {
  const site = await serve(null, {
    '/big.txt': (_req, res, origin) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(Array.from({ length: 1000 }, (_, i) => `${origin}/line/${i}`).join('\n'));
    },
  });
  try {
    const { urls, warnings } = await run([{ kind: 'sitemap', location: `${site.origin}/big.txt` }], { maxBytesPerFile: 1000 });
    assert.ok(urls.length > 10 && urls.length < 60, `${urls.length} URLs`);
    assert.deepEqual(urls, urls.map((_, i) => `${site.origin}/line/${i}`));
    assert.equal(warnings.length, 1);
  } finally {
    await site.close();
  }
});

test('returning the generator early stops fetching further sitemaps', async () => {
  const site = await serve('');
  try {
    const o = site.origin;
    const seen: string[] = [];
    const generator = discover([{ kind: 'sitemap', location: `${o}/early/index.xml` }], OPTIONS, () => {});
    for await (const item of generator) {
      seen.push(item.url);
      if (seen.length === 3) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(seen, [`${o}/early/one-a`, `${o}/early/one-b`, `${o}/early/two-a`]);
    assert.equal(site.hits('/early/index.xml'), 1);
    assert.equal(site.hits('/early/two.xml'), 1);
    assert.equal(site.hits('/early/three.xml'), 0);
    assert.deepEqual(await generator.next(), { done: true, value: undefined });
  } finally {
    await site.close();
  }
});

test('returning early from a streamed url-file closes the stream', async () => {
  // An endless list: discovery must stop pulling lines once the consumer stops.
  let served = 0;
  const lines = new Readable({
    read() {
      served++;
      this.push(`https://example.test/${served}\n`);
    },
  });
  const generator = discover([{ kind: 'url-file', path: '-' }], OPTIONS, () => {}, { stdin: () => lines });
  const first = await generator.next();
  assert.deepEqual(first.value, { url: 'https://example.test/1', source: 'stdin' });
  await generator.return(undefined);
  const servedAtReturn = served;
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(served, servedAtReturn, 'lines were still being read after return()');
  // Read-ahead is a buffer or two, not the endless stream.
  assert.ok(served < 10_000, `read ${served} lines`);
});
