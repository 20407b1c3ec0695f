// The example site and its server, as the demo and the integration tests use them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request, type IncomingHttpHeaders } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EXAMPLE_SITE_ROOT, startExampleSite, type ExampleSite } from './helpers/site.ts';

interface Answer { status: number; headers: IncomingHttpHeaders; body: string; bytes: number }

/** Raw http.request, so the path reaches the server exactly as written (fetch would normalize `..`). */
function get(origin: string, path: string, method = 'GET'): Promise<Answer> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const data = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data.toString('utf8'), bytes: data.length });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function siteFiles(dir = EXAMPLE_SITE_ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? siteFiles(join(dir, e.name)) : [relative(EXAMPLE_SITE_ROOT, join(dir, e.name))]);
}

let site: ExampleSite;
before(async () => { site = await startExampleSite(); });
after(async () => { await site.close(); });

async function sitemapLocs(): Promise<string[]> {
  const r = await get(site.origin, '/sitemap.xml');
  assert.equal(r.status, 200);
  return [...r.body.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
}

test('sitemap.xml lists every page with the real origin, and every page answers HTML with a title', async () => {
  const r = await get(site.origin, '/sitemap.xml');
  assert.match(String(r.headers['content-type']), /^application\/xml/);
  assert.doesNotMatch(r.body, /__ORIGIN__/);
  const locs = await sitemapLocs();
  assert.ok(locs.length >= 12 && locs.length <= 14, `a dozen pages, got ${locs.length}`);
  for (const loc of locs) assert.ok(loc.startsWith(`${site.origin}/`), `${loc} is on the server's origin`);

  // Every HTML file but the 404 page is in the sitemap, and nothing else is.
  const pages = siteFiles().filter((f) => f.endsWith('.html') && f !== '404.html')
    .map((f) => `${site.origin}/${f.replace(/(^|\/)index\.html$/, '$1')}`);
  assert.deepEqual([...locs].sort(), pages.sort());

  for (const loc of locs) {
    const page = await get(site.origin, new URL(loc).pathname);
    assert.equal(page.status, 200, loc);
    assert.equal(page.headers['content-type'], 'text/html; charset=utf-8', loc);
    assert.match(page.body, /^<!doctype html>/i, loc);
    assert.match(page.body, /<title>[^<]{3,}<\/title>/, `${loc} has a title`);
  }
});

test('every link, stylesheet and image a page refers to exists, and nothing loads from the network', async () => {
  const locs = await sitemapLocs();
  const checked = new Set<string>();
  for (const loc of [...locs, `${site.origin}/404.html`]) {
    const page = await get(site.origin, new URL(loc).pathname);
    for (const m of page.body.matchAll(/\s(?:href|src)="([^"#]+)(?:#[^"]*)?"/g)) {
      const ref = m[1]!;
      if (ref.startsWith('mailto:')) continue;
      assert.doesNotMatch(ref, /^(https?:)?\/\//, `${loc} refers to ${ref} off the site`);
      const target = new URL(ref, loc);
      if (checked.has(target.pathname)) continue;
      checked.add(target.pathname);
      const res = await get(site.origin, target.pathname);
      assert.equal(res.status, 200, `${loc} → ${ref}`);
    }
  }
  assert.ok(checked.has('/assets/style.css') && checked.has('/assets/img/team-offsite.jpg') && checked.has('/assets/img/themes-preview.png'));
  const css = readFileSync(join(EXAMPLE_SITE_ROOT, 'assets/style.css'), 'utf8');
  assert.doesNotMatch(css, /@import|url\(\s*["']?(https?:)?\/\//, 'no external fonts or stylesheets');
});

test('the site stays small and has raster images as well as SVG', () => {
  const files = siteFiles();
  const total = files.reduce((n, f) => n + statSync(join(EXAMPLE_SITE_ROOT, f)).size, 0);
  assert.ok(total < 300 * 1024, `site is ${total} bytes`);
  assert.ok(files.some((f) => f.endsWith('.png')) && files.some((f) => f.endsWith('.jpg')));
  assert.ok(files.filter((f) => f.endsWith('.svg')).length >= 3);
});

test('robots.txt points at the sitemap on the real origin', async () => {
  const r = await get(site.origin, '/robots.txt');
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-type'], 'text/plain; charset=utf-8');
  assert.ok(r.body.split('\n').includes(`Sitemap: ${site.origin}/sitemap.xml`), r.body);
  assert.equal(Number(r.headers['content-length']), r.bytes, 'length counts the substituted body');
});

test('content types, folders and HEAD', async () => {
  const types: Record<string, string> = {
    '/assets/style.css': 'text/css; charset=utf-8',
    '/assets/img/logo.svg': 'image/svg+xml',
    '/assets/img/themes-preview.png': 'image/png',
    '/assets/img/team-offsite.jpg': 'image/jpeg',
  };
  for (const [path, type] of Object.entries(types)) {
    const r = await get(site.origin, path);
    assert.equal(r.status, 200, path);
    assert.equal(r.headers['content-type'], type, path);
    assert.equal(r.bytes, statSync(join(EXAMPLE_SITE_ROOT, path)).size, path);
  }
  const docs = await get(site.origin, '/docs/');
  assert.equal(docs.body, readFileSync(join(EXAMPLE_SITE_ROOT, 'docs/index.html'), 'utf8'));
  const bare = await get(site.origin, '/docs?x=1');
  assert.equal(bare.status, 301);
  assert.equal(bare.headers.location, '/docs/?x=1');

  const head = await get(site.origin, '/index.html', 'HEAD');
  const full = await get(site.origin, '/index.html');
  assert.equal(head.status, 200);
  assert.equal(head.bytes, 0);
  assert.equal(Number(head.headers['content-length']), full.bytes);
  assert.equal((await get(site.origin, '/', 'POST')).status, 405);
});

test('a missing page is a 404 with an HTML body whose styles load at any depth', async () => {
  const r = await get(site.origin, '/docs/no-such-page.html');
  assert.equal(r.status, 404);
  assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
  assert.match(r.body, /<title>Page not found/);
  assert.match(r.body, /href="\/assets\/style\.css"/);
  const head = await get(site.origin, '/nope', 'HEAD');
  assert.equal(head.status, 404);
  assert.equal(head.bytes, 0);
});

test('path traversal is refused', async () => {
  const secret = '"name": "framecap"';
  const attempts = [
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2E%2E/package.json',
    '/docs/..%2f..%2fpackage.json',
    '/assets/%2e%2e/%2e%2e/%2e%2e/package.json',
    '/..%5cpackage.json',
    '/..\\package.json',
    '/index.html%00.png',
    '/%ff%fe',
    '/./index.html',
  ];
  for (const path of attempts) {
    const r = await get(site.origin, path);
    assert.ok(r.status === 400 || r.status === 404, `${path} → ${r.status}`);
    assert.ok(!r.body.includes(secret), `${path} leaked package.json`);
    assert.match(String(r.headers['content-type']), /^text\/html/, path);
  }
  assert.equal((await get(site.origin, '/../package.json')).status, 400);
  assert.equal(site.hits('/../package.json'), 2, 'refused requests are counted under their raw path');
});

test('hits are counted per path, query ignored', async () => {
  const before = site.hits('/pricing.html');
  await get(site.origin, '/pricing.html');
  await get(site.origin, '/pricing.html?utm=x');
  assert.equal(site.hits('/pricing.html'), before + 2);
  assert.equal(site.hits('/pricing.html?anything'), before + 2);
  assert.equal(site.hits('/never-asked.html'), 0);
});

test('flaky route fails N times per key, then answers 200', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) statuses.push((await get(site.origin, '/__test/flaky/a?fail=2')).status);
  assert.deepEqual(statuses, [503, 503, 200, 200]);
  assert.equal((await get(site.origin, '/__test/flaky/b')).status, 503, 'each key counts separately, default fail=1');
  const ok = await get(site.origin, '/__test/flaky/b');
  assert.equal(ok.status, 200);
  assert.match(ok.body, /<title>Flaky page b<\/title>/);
  assert.equal(site.hits('/__test/flaky/a'), 4);
  assert.equal(site.hits('/__test/flaky/b'), 2);
});

test('status, slow and redirect routes', async () => {
  for (const code of [404, 410, 500, 503]) {
    const r = await get(site.origin, `/__test/status/${code}`);
    assert.equal(r.status, code);
    assert.match(r.body, new RegExp(`<title>Status ${code}</title>`));
  }
  assert.equal((await get(site.origin, '/__test/status/abc')).status, 400);

  const t0 = performance.now();
  const slow = await get(site.origin, '/__test/slow?ms=250');
  assert.ok(performance.now() - t0 >= 240, 'answered no sooner than asked');
  assert.equal(slow.status, 200);
  assert.match(slow.body, /<title>Slow page<\/title>/);

  const to = `${site.origin}/about.html`;
  const redirect = await get(site.origin, `/__test/redirect?to=${encodeURIComponent(to)}`);
  assert.equal(redirect.status, 302);
  assert.equal(redirect.headers.location, to);
  assert.equal((await get(site.origin, '/__test/redirect?to=%2F&status=301')).status, 301);
  assert.equal((await get(site.origin, '/__test/redirect')).status, 400);
});

test('extra routes are served and counted', async () => {
  const own = await startExampleSite({ '/custom': (_req, res) => { res.writeHead(418).end('teapot'); } });
  try {
    const r = await get(own.origin, '/custom');
    assert.equal(r.status, 418);
    assert.equal(r.body, 'teapot');
    assert.equal(own.hits('/custom'), 1);
    assert.equal((await get(own.origin, '/')).status, 200, 'the site is still there');
  } finally {
    await own.close();
  }
});

test('close() does not wait for a client stuck on /__test/hang or a slow answer', async () => {
  const own = await startExampleSite();
  const { hostname, port } = new URL(own.origin);
  const hung = new Promise<string>((resolve) => {
    const req = request({ hostname, port, path: '/__test/hang', agent: false }, () => resolve('answered'));
    req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
    req.end();
  });
  const slow = get(own.origin, '/__test/slow?ms=60000').then(() => 'answered', (err: NodeJS.ErrnoException) => err.code ?? err.message);
  for (let i = 0; i < 200 && (own.hits('/__test/hang') === 0 || own.hits('/__test/slow') === 0); i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.equal(own.hits('/__test/hang'), 1);
  assert.equal(own.hits('/__test/slow'), 1);

  const t0 = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const closed = await Promise.race([
    own.close().then(() => true),
    new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), 2000); }),
  ]);
  clearTimeout(timer);
  assert.ok(closed, 'close() still waiting after 2 s');
  assert.ok(performance.now() - t0 < 1000, `close took ${Math.round(performance.now() - t0)} ms`);
  assert.equal(await hung, 'ECONNRESET', 'the hanging request is cut, never answered');
  assert.equal(await slow, 'ECONNRESET');
  await own.close(); // twice is fine
});

test('`node examples/serve.mjs` serves the site, prints its origin and stops on SIGTERM', async () => {
  const child = spawn(process.execPath, ['examples/serve.mjs', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d;
        const line = out.split('\n')[0];
        if (out.includes('\n') && line) resolve(line.trim());
      });
      child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code} before printing its origin`)));
    });
    assert.match(origin, /^http:\/\/127\.0\.0\.1:\d+$/);
    const home = await get(origin, '/');
    assert.equal(home.status, 200);
    assert.match(home.body, /<title>Lumen/);
    const robots = await get(origin, '/robots.txt');
    assert.match(robots.body, new RegExp(`Sitemap: ${origin}/sitemap.xml`));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
});

test('a bad --port is refused with a message', async () => {
  const child = spawn(process.execPath, ['examples/serve.mjs', '--port', 'http'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => { err += d; });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 2);
  assert.match(err, /--port needs a number/);
});
