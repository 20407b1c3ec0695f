// The compare building blocks: pixel diff, the unchanged check against real
// HTTP servers on 127.0.0.1, and the checks on a baseline's manifest.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import pixelmatch from 'pixelmatch';
import sharp from 'sharp';
import { checkUnchanged, compareImages, cookieHeader, diffRgba, isSafeBaselineFile, parseBaselineManifest } from '../src/core/compare/index.ts';
import type { CheckOptions } from '../src/core/compare/index.ts';
import { UserError } from '../src/core/types.ts';

// ─── pixel diff ──────────────────────────────────────────────────────────

function png(width: number, height: number, paint?: { x: number; y: number; w: number; h: number }): Promise<Buffer> {
  const base = sharp({ create: { width, height, channels: 4, background: { r: 240, g: 242, b: 245, alpha: 1 } } });
  if (!paint) return base.png().toBuffer();
  const block = { input: { create: { width: paint.w, height: paint.h, channels: 4 as const, background: { r: 20, g: 90, b: 200, alpha: 1 } } }, left: paint.x, top: paint.y };
  return base.composite([block]).png().toBuffer();
}

test('identical captures: nothing changed, no images drawn', async () => {
  const a = await png(300, 200);
  const r = await compareImages(a, Buffer.from(a), 0.1);
  assert.equal(r.mismatched, 0);
  assert.equal(r.share, 0);
  assert.equal(r.images, null);
});

test('a changed block is counted pixel for pixel, highlighted red in the diff, and shown side by side', async () => {
  const a = await png(300, 200);
  const b = await png(300, 200, { x: 40, y: 50, w: 30, h: 20 });
  const r = await compareImages(a, b, 0.1);
  assert.equal(r.mismatched, 600);
  assert.equal(r.total, 60_000);
  assert.equal(r.share, 0.01);
  const diff = await sharp(r.images!.diff).raw().toBuffer({ resolveWithObject: true });
  assert.deepEqual([diff.info.width, diff.info.height], [300, 200]);
  const at = (x: number, y: number): number[] => [...diff.data.subarray((y * 300 + x) * diff.info.channels, (y * 300 + x) * diff.info.channels + 3)];
  assert.deepEqual(at(50, 60), [255, 0, 0], 'a changed pixel is red');
  assert.notDeepEqual(at(5, 5), [255, 0, 0], 'an unchanged one is not');
  const side = await sharp(r.images!.side).metadata();
  assert.ok(side.width! > 600 && side.height! > 200, `${side.width}x${side.height}`);
});

test('different sizes: the common area is compared, the rest counts as changed', async () => {
  const a = await png(100, 100);
  const b = await png(100, 120);
  const r = await compareImages(a, b, 0.1);
  assert.equal(r.total, 12_000);
  assert.equal(r.mismatched, 2_000);
  const diff = await sharp(r.images!.diff).metadata();
  assert.deepEqual([diff.width, diff.height], [100, 120]);
});

test('comparing in bands of rows counts exactly what one pixelmatch call counts', async () => {
  await fc.assert(fc.asyncProperty(
    fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.double({ min: 0, max: 1, noNaN: true }),
    async (width, height, seed, threshold) => {
      let s = seed;
      const rand = (): number => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      // Flat blocks of a few colours, and in b some pixels blended with a neighbour: edges that look
      // like anti-aliasing, which pixelmatch judges by the pixels around them, band edges included.
      const palette = [[250, 250, 250], [30, 30, 40], [200, 40, 60]];
      const a = Buffer.alloc(width * height * 4);
      const block = 1 + Math.floor(rand() * 4);
      const colours = Array.from({ length: Math.ceil(width / block) * Math.ceil(height / block) }, () => palette[Math.floor(rand() * 3)]!);
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const c = colours[Math.floor(y / block) * Math.ceil(width / block) + Math.floor(x / block)]!;
          a.set([c[0]!, c[1]!, c[2]!, 255], (y * width + x) * 4);
        }
      }
      const b = Buffer.from(a);
      for (let i = 0; i < width * height; i++) {
        if (rand() >= 0.15) continue;
        const j = rand() < 0.5 ? Math.min(width * height - 1, i + width) : Math.max(0, i - 1);
        for (let k = 0; k < 3; k++) b[i * 4 + k] = (a[i * 4 + k]! + a[j * 4 + k]!) >> 1;
      }
      const whole = pixelmatch(a, b, undefined, width, height, { threshold, includeAA: false });
      const banded = await diffRgba({ data: a, width, height }, { data: b, width, height }, threshold);
      assert.equal(banded.mismatched, whole);
    },
  ), { numRuns: 40 });
});

// ─── unchanged check ─────────────────────────────────────────────────────

interface Seen { path: string; headers: IncomingHttpHeaders }
let server: Server;
let origin: string;
let other: Server;
let otherOrigin: string;
const seen: Seen[] = [];
const otherSeen: Seen[] = [];
const BODY = '<!doctype html><title>Page</title><h1>Hello</h1>';
const HASH = createHash('sha256').update(BODY).digest('hex');
const LAST_MODIFIED = 'Tue, 02 Jun 2026 10:00:00 GMT';

async function listen(s: Server): Promise<string> {
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push({ path, headers: req.headers });
    if (path === '/etag') {
      // A server that honours conditional requests.
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304, { etag: '"v1"' }).end();
      return res.writeHead(200, { etag: '"v1"', 'content-type': 'text/html' }).end(BODY);
    }
    if (path === '/etag-ignored') return res.writeHead(200, { etag: '"v1"', 'content-type': 'text/html' }).end(BODY);
    if (path === '/weak') return res.writeHead(200, { etag: 'W/"v1"', 'content-type': 'text/html' }).end(BODY);
    if (path === '/last-modified') return res.writeHead(200, { 'last-modified': LAST_MODIFIED, 'content-type': 'text/html' }).end(BODY);
    if (path === '/plain') return res.writeHead(200, { 'content-type': 'text/html' }).end(BODY);
    if (path === '/moved') return res.writeHead(302, { location: `${otherOrigin}/plain` }).end();
    res.writeHead(404).end('gone');
  });
  other = createServer((req, res) => {
    otherSeen.push({ path: req.url ?? '/', headers: req.headers });
    res.writeHead(200, { 'content-type': 'text/html' }).end(BODY);
  });
  origin = await listen(server);
  otherOrigin = await listen(other);
});

after(async () => {
  await new Promise((ok) => server.close(ok));
  await new Promise((ok) => other.close(ok));
});

const opts: CheckOptions = {
  headers: { Authorization: 'Bearer sekrit' },
  cookies: [{ name: 'session', value: 'abc' }, { name: 'elsewhere', value: 'no', domain: 'example.com' }],
  userAgent: 'framecap-test',
  timeoutMs: 10_000,
};

test('sitemap lastmod decides without a request when both sides have one', async () => {
  const before = seen.length;
  const same = await checkUnchanged(`${origin}/plain`, '2026-06-02', { lastmod: '2026-06-02', content_hash: 'f'.repeat(64) }, opts);
  assert.deepEqual(same, { unchanged: true, reason: 'lastmod', validators: { lastmod: '2026-06-02', content_hash: 'f'.repeat(64) } });
  const newer = await checkUnchanged(`${origin}/plain`, '2026-06-03', { lastmod: '2026-06-02', content_hash: HASH }, opts);
  assert.equal(newer.unchanged, false);
  assert.equal(seen.length, before, 'no request');
});

test('ETag: 304 to If-None-Match, or the same strong ETag from a server that ignores it', async () => {
  const r = await checkUnchanged(`${origin}/etag`, undefined, { etag: '"v1"' }, opts);
  assert.equal(r.unchanged && r.reason, 'not-modified');
  const last = seen.at(-1)!;
  assert.equal(last.headers['if-none-match'], '"v1"');
  assert.equal(last.headers.authorization, 'Bearer sekrit');
  assert.equal(last.headers.cookie, 'session=abc', 'only the cookies the browser would send to this host');
  assert.equal(last.headers['user-agent'], 'framecap-test');

  const changed = await checkUnchanged(`${origin}/etag`, undefined, { etag: '"v0"' }, opts);
  assert.equal(changed.unchanged, false);
  const ignored = await checkUnchanged(`${origin}/etag-ignored`, undefined, { etag: '"v1"' }, opts);
  assert.equal(ignored.unchanged && ignored.reason, 'etag');
  const weak = await checkUnchanged(`${origin}/weak`, undefined, { etag: 'W/"v1"' }, opts);
  assert.equal(weak.unchanged, false, 'a weak ETag alone is not proof');
});

test('Last-Modified, then the HTML hash', async () => {
  const lm = await checkUnchanged(`${origin}/last-modified`, undefined, { last_modified: LAST_MODIFIED }, opts);
  assert.equal(lm.unchanged && lm.reason, 'last-modified');
  assert.equal(seen.at(-1)!.headers['if-modified-since'], LAST_MODIFIED);
  const hash = await checkUnchanged(`${origin}/plain`, '2026-01-01', { content_hash: HASH }, opts);
  assert.deepEqual(hash, { unchanged: true, reason: 'content-hash', validators: { content_hash: HASH, lastmod: '2026-01-01' } });
  const weakButSameBody = await checkUnchanged(`${origin}/weak`, undefined, { etag: 'W/"v1"', content_hash: HASH }, opts);
  assert.equal(weakButSameBody.unchanged && weakButSameBody.reason, 'content-hash');
  const differs = await checkUnchanged(`${origin}/plain`, undefined, { content_hash: 'a'.repeat(64) }, opts);
  assert.deepEqual(differs, { unchanged: false, reason: 'content differs' });
});

test('nothing to go on, an error status or a redirect: render it; headers never follow a redirect', async () => {
  assert.equal((await checkUnchanged(`${origin}/plain`, undefined, undefined, opts)).unchanged, false);
  assert.equal((await checkUnchanged(`${origin}/plain`, undefined, { lastmod: '2026-01-01' }, opts)).unchanged, false);
  assert.deepEqual(await checkUnchanged(`${origin}/missing`, undefined, { content_hash: HASH }, opts), { unchanged: false, reason: 'HTTP 404' });
  const moved = await checkUnchanged(`${origin}/moved`, undefined, { content_hash: HASH }, opts);
  assert.deepEqual(moved, { unchanged: false, reason: 'HTTP 302' });
  assert.equal(otherSeen.length, 0, 'the redirect was not followed');
  const closed = await checkUnchanged('http://127.0.0.1:1/x', undefined, { content_hash: HASH }, opts);
  assert.equal(closed.unchanged, false);
});

test('cookieHeader follows domain and path like a browser', () => {
  const cookies = [
    { name: 'a', value: '1' }, { name: 'b', value: '2', domain: '.example.com' }, { name: 'c', value: '3', domain: 'other.org' },
    { name: 'd', value: '4', path: '/docs' },
  ];
  assert.equal(cookieHeader(new URL('https://www.example.com/docs/x'), cookies), 'a=1; b=2; d=4');
  assert.equal(cookieHeader(new URL('https://example.com/'), cookies), 'a=1; b=2');
  assert.equal(cookieHeader(new URL('https://notexample.com/'), cookies), 'a=1');
});

// ─── baseline manifest checks ────────────────────────────────────────────

test('baseline file names must stay inside and name an image', () => {
  for (const ok of ['index.png', 'docs/install.webp', 'a/b/c.thumb.jpg', 'x.avif', 'tall.gif', 'tall.mp4', 'tall.webm']) assert.ok(isSafeBaselineFile(ok), ok);
  for (const bad of ['../x.png', 'a/../../x.png', '/etc/passwd.png', 'C:\\x.png', 'a\\b.png', 'manifest.json', 'index.html', 'a//b.png', './a.png', 'a.png\0', '', 'x'.repeat(2000) + '.png', 7, null]) {
    assert.ok(!isSafeBaselineFile(bad), String(bad));
  }
});

test('a baseline manifest: bad rows dropped, good rows copied field by field, junk refused with a UserError', () => {
  const good = { url: 'HTTPS://Example.com/a#top', final_url: 'https://example.com/a', http_status: 200, status: 'ok', file: 'a.png', width: 10, height: 20, format: 'png', bytes: 5, sha256: 'a'.repeat(64), duration_ms: 3, attempts: 1, error: null, validators: { lastmod: '2026-01-01', etag: '"x"', content_hash: 'not-a-hash', evil: 'x' }, extra: 'dropped' };
  const m = parseBaselineManifest(JSON.stringify({
    job: { id: 'job_1' }, settings: { device: 'none', scale: 2 },
    captures: [good, { ...good, url: 'https://example.com/b', file: '../b.png' }, { ...good, url: 'file:///etc/passwd' }, { ...good, url: 'https://example.com/c', status: 'ok', file: null }, { url: 'https://example.com/d', status: 'failed', file: null }, 'junk', null],
  }), 'test');
  assert.equal(m.jobId, 'job_1');
  // A manifest from before videos (no settings.video) was of stills.
  assert.deepEqual(m.look, { device: 'none', scale: 2, video: null });
  assert.deepEqual([...m.rows.keys()], ['https://example.com/a', 'https://example.com/d']);
  assert.equal(m.dropped, 5);
  const row = m.rows.get('https://example.com/a')!;
  assert.deepEqual(row.validators, { lastmod: '2026-01-01', etag: '"x"' });
  assert.equal((row as unknown as Record<string, unknown>).extra, undefined);
  for (const bad of ['not json', '[]', '{"captures": 3}', 'null']) {
    assert.throws(() => parseBaselineManifest(bad, 'test'), UserError, bad);
  }

  // A video row is kept with what comparing reads (its poster above all); without a safe poster it is of no use.
  const video = { ...good, url: 'https://example.com/v', file: 'v.mp4', format: 'mp4', kind: 'video', poster: 'v.poster.png', video_duration_ms: 2000, frames: 24, fps: 12 };
  const withVideos = parseBaselineManifest(JSON.stringify({
    job: { id: 'job_2' }, settings: { video: 'scroll mp4, 12 fps, 2 s, pause 500 ms' },
    captures: [video, { ...video, url: 'https://example.com/w', poster: '../w.png' }, { ...video, url: 'https://example.com/x', poster: undefined }],
  }), 'test');
  assert.equal(withVideos.look.video, 'scroll mp4, 12 fps, 2 s, pause 500 ms');
  assert.deepEqual([...withVideos.rows.keys()], ['https://example.com/v']);
  const kept = withVideos.rows.get('https://example.com/v')!;
  assert.deepEqual([kept.kind, kept.poster, kept.video_duration_ms, kept.frames, kept.fps], ['video', 'v.poster.png', 2000, 24, 12]);
});

// ─── opening baselines ───────────────────────────────────────────────────

test('openBaseline: a ZIP and a manifest.json URL; hostile names are dropped and never read', async () => {
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { openSink } = await import('../src/core/sink/index.ts');
  const { openBaseline } = await import('../src/core/compare/index.ts');
  const dir = await mkdtemp(join(tmpdir(), 'framecap-baseline-'));
  const image = await png(20, 10);
  const row = (url: string, file: string) => ({ url, status: 'ok', file, width: 20, height: 10, format: 'png', sha256: createHash('sha256').update(image).digest('hex') });
  const manifest = Buffer.from(JSON.stringify({
    job: { id: 'job_zip' },
    captures: [row('https://e.example/a', 'a.png'), row('https://e.example/b', '../../etc/passwd'), row('https://e.example/c', 'docs/c.png')],
  }));
  try {
    const zipPath = join(dir, 'base.zip');
    const sink = await openSink(zipPath);
    await sink.add('a.png', image);
    await sink.add('docs/c.png', image);
    await sink.add('manifest.json', manifest);
    await sink.close();
    const zip = await openBaseline(zipPath);
    assert.equal(zip.jobId, 'job_zip');
    assert.deepEqual([...zip.rows.keys()], ['https://e.example/a', 'https://e.example/c']);
    assert.equal(zip.dropped, 1);
    assert.ok((await zip.read('docs/c.png')).equals(image));
    assert.equal(await zip.has('missing.png'), false);
    await assert.rejects(zip.read('../../etc/passwd'));
    await assert.rejects(zip.read('manifest.json'), 'only images are read through the baseline');
    await zip.close();

    // manifest.json by URL: images are fetched from next to it, never from elsewhere.
    const requests: string[] = [];
    const files = new Map([['/runs/7/manifest.json', manifest], ['/runs/7/a.png', image], ['/runs/7/docs/c.png', image]]);
    const web = createServer((req, res) => {
      requests.push(req.url ?? '');
      const body = files.get((req.url ?? '').split('?')[0]!);
      if (body) res.writeHead(200).end(body);
      else res.writeHead(404).end();
    });
    const base = await listen(web);
    try {
      const remote = await openBaseline(`${base}/runs/7/manifest.json?sig=abc`);
      assert.equal(remote.label, `${base}/runs/7/manifest.json`);
      assert.ok((await remote.read('docs/c.png')).equals(image));
      await assert.rejects(remote.read('../x.png'));
      await remote.close();
      const folder = await openBaseline(`${base}/runs/7/`);
      assert.equal(folder.rows.size, 2);
      await assert.rejects(openBaseline(`${base}/runs/8/base.zip`), (e: Error) => e instanceof UserError && /HTTP 404/.test(e.message));
      files.set('/runs/9/page.html', Buffer.from('<!doctype html><p>hi'));
      await assert.rejects(openBaseline(`${base}/runs/9/page.html`), (e: Error) => e instanceof UserError && /neither a ZIP nor a manifest/.test(e.message));
      assert.ok(requests.every((r) => r.startsWith('/runs/')), requests.join(' '));
    } finally {
      await new Promise((ok) => web.close(ok));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('discovery flags the warnings after which pages may have gone unseen (removed pages are then not reported)', async () => {
  const { discover } = await import('../src/core/discover/index.ts');
  const { DEFAULT_DISCOVER } = await import('../src/core/options.ts');
  const xml = (body: string) => `<?xml version="1.0"?>${body}`;
  const files = new Map<string, string>([
    ['/index.xml', xml(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>ORIGIN/a.xml</loc></sitemap><sitemap><loc>ORIGIN/gone.xml</loc></sitemap></sitemapindex>`)],
    ['/a.xml', xml(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${[1, 2, 3].map((i) => `<url><loc>ORIGIN/p${i}</loc></url>`).join('')}<url><loc>javascript:x</loc></url></urlset>`)],
  ]);
  const web = createServer((req, res) => {
    const body = files.get(req.url ?? '');
    if (body) res.writeHead(200, { 'content-type': 'application/xml' }).end(body.replaceAll('ORIGIN', base));
    else res.writeHead(404).end();
  });
  const base = await listen(web);
  /** Every warning, and which of them discovery flagged 'incomplete'. */
  const run = async (options: Partial<typeof DEFAULT_DISCOVER>): Promise<{ all: string[]; incomplete: string[] }> => {
    const all: string[] = [];
    const incomplete: string[] = [];
    const warn = (message: string, effect?: 'incomplete'): void => {
      all.push(message);
      if (effect === 'incomplete') incomplete.push(message);
    };
    for await (const _ of discover([{ kind: 'sitemap', location: `${base}/index.xml` }], { ...DEFAULT_DISCOVER, ...options }, warn)) void _;
    return { all, incomplete };
  };
  try {
    const skipped = await run({});
    assert.deepEqual(skipped.incomplete.map((w) => w.replace(base, 'ORIGIN')).filter((w) => /^skipped sitemap ORIGIN\/gone\.xml/.test(w)).length, 1, skipped.all.join('\n'));
    assert.equal(skipped.incomplete.length, 1, skipped.incomplete.join('\n'));
    // A page URL skipped for its scheme is not a page gone unseen.
    assert.ok(skipped.all.some((w) => /javascript:x/.test(w)), skipped.all.join('\n'));
    const capped = await run({ maxUrlsPerFile: 2 });
    assert.ok(capped.incomplete.some((w) => /kept the first 2 \(maxUrlsPerFile\)/.test(w)), capped.all.join('\n'));
    const total = await run({ maxUrls: 1 });
    assert.ok(total.incomplete.some((w) => /kept the first 1 \(maxUrls\)/.test(w)), total.all.join('\n'));
  } finally {
    await new Promise((ok) => web.close(ok));
  }
});
