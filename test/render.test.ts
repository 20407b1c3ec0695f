// Rendering against real Chromium (the headless shell framecap prefers) and a real HTTP server
// on 127.0.0.1. Each describe block launches one renderer with the options
// it tests and shares it between its tests.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { RenderOptions } from '../src/core/options.ts';
import type { PlannedPage } from '../src/core/types.ts';
import { UserError } from '../src/core/types.ts';
import {
  backoffDelay, CaptureError, defaultConcurrency, findBrowser, isTransientStatus, launchRenderer, parseRetryAfter, pngSize,
} from '../src/core/render/index.ts';
import type { Renderer } from '../src/core/render/index.ts';
import { testBrowser } from './helpers/system.ts';
import { shareOneBrowser } from './helpers/shared-browser.ts';

// The renderers share one browser; crash recovery (it kills its browser, tagged by an extra argument) starts its own.
shareOneBrowser();

const CHROMIUM = testBrowser('shell');
const FAST_BACKOFF = { baseMs: 20, maxMs: 100 };

// ---------------------------------------------------------------- test site

interface Site {
  url(path: string): string;
  hits: Map<string, number>;
  /** Request headers seen per path. */
  seen: Map<string, IncomingMessage['headers']>;
  maxInFlight: number;
  close(): Promise<void>;
}

/** A small black square in the bottom-right corner: flat-colour test pages would otherwise be rejected as blank captures. */
const MARK = '<i style="position:fixed;right:0;bottom:0;width:6px;height:6px;background:#000"></i>';
const page = (body: string, head = ''): string =>
  `<!doctype html><html><head><meta charset="utf-8">${head}<style>html,body{margin:0}</style></head><body>${body}${MARK}</body></html>`;

async function startSite(): Promise<Site> {
  const hits = new Map<string, number>();
  const seen = new Map<string, IncomingMessage['headers']>();
  const sockets = new Set<Socket>();
  let inFlight = 0;
  const site = { hits, seen, maxInFlight: 0 } as Site;

  const html = (res: ServerResponse, body: string, status = 200): void => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  };

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    seen.set(path, req.headers);

    if (path === '/plain') return html(res, page('<h1>plain</h1>', '<title>Plain page</title>'));
    if (path === '/tall') return html(res, page('<div style="height:3000px;background:#0a0"></div>'));
    if (path === '/missing') return html(res, page('nope'), 404);
    if (path === '/broken') return html(res, page('boom'), 500);
    if (path === '/hang') return; // never answers
    if (path.startsWith('/flaky/')) {
      if (count <= 2) return html(res, page('busy'), 503);
      return html(res, page('<h1>finally</h1>'));
    }
    if (path === '/styled') {
      return html(res, page(
        '<div id="ad" style="position:absolute;left:0;top:0;width:400px;height:300px;background:#f00"></div>' +
        '<div id="keep" style="position:absolute;left:400px;top:0;width:400px;height:300px;background:#00f"></div>',
        '<style>body{background:#fff;height:100vh}@media (prefers-color-scheme: dark){body{background:#000}}</style>',
      ));
    }
    if (path === '/shadow') {
      // A web component with a red #ad inside its (open) shadow root, where document styles do not reach.
      return html(res, page(
        '<shadow-box></shadow-box><script>customElements.define("shadow-box", class extends HTMLElement { connectedCallback() {' +
        ' const root = this.attachShadow({ mode: "open" });' +
        ' root.innerHTML = \'<div id="ad" style="position:absolute;left:0;top:0;width:400px;height:300px;background:#f00"></div>\'; } });</script>',
        '<style>body{background:#fff;height:100vh;color-scheme:light}</style>',
      ));
    }
    if (path === '/echo') return html(res, page('echo'));
    if (path === '/alert') {
      return html(res, page('<script>alert("hi"); confirm("sure?"); prompt("name?"); document.body.style.background = "#0f0"</script>',
        '<style>body{height:100vh}</style>'));
    }
    if (path === '/popup') return html(res, page('<script>window.open("/plain"); window.open("about:blank")</script><p>opener</p>'));
    if (path === '/stateful') {
      // Leaves a cookie and localStorage behind; shows in its title what an earlier visit left.
      res.setHeader('set-cookie', 'visit=yes; Path=/');
      return html(res, page('', `<link rel="stylesheet" href="/cached.css"><script>
        document.title = 'storage:' + (localStorage.getItem('seen') || 'empty');
        localStorage.setItem('seen', 'yes');
      </script>`));
    }
    if (path === '/cached.css') {
      res.writeHead(200, { 'content-type': 'text/css', 'cache-control': 'max-age=3600' });
      return res.end('body{background:#abcdef}');
    }
    if (path === '/download') {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="x.bin"' });
      return res.end('binary');
    }
    if (path === '/empty') {
      res.writeHead(204);
      return res.end();
    }
    if (path === '/to-data') {
      res.writeHead(302, { location: 'data:text/html,<h1>smuggled</h1>' });
      return res.end();
    }
    if (path === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/hostname' });
      return res.end();
    }
    if (path === '/slow') {
      setTimeout(() => html(res, page('<h1>slow</h1>')), 1_500);
      return;
    }
    const colour = /^\/colour\/([0-9a-f]{6})$/.exec(path)?.[1];
    if (colour) {
      // Served slowly so concurrent captures overlap on the server; the colour
      // and #ready appear only later, so a shot taken without --wait-for is white.
      inFlight++;
      site.maxInFlight = Math.max(site.maxInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        html(res, page('', `<style>body{height:100vh;background:#fff}</style><script>
          setTimeout(() => {
            document.body.style.background = '#${colour}';
            const d = document.createElement('div'); d.id = 'ready'; d.style.cssText = 'width:4px;height:4px';
            document.body.appendChild(d);
          }, ${50 + Math.floor(Math.random() * 100)});
        </script>`));
      }, 300);
      return;
    }
    html(res, page('unknown'), 404);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  site.url = (path) => `http://127.0.0.1:${port}${path}`;
  site.close = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return site;
}

function options(overrides: Partial<RenderOptions> = {}): RenderOptions {
  return {
    viewport: { width: 800, height: 600 },
    scale: 1,
    fullPage: false,
    waitUntil: 'load',
    waitFor: null,
    delay: 0,
    hide: [],
    colorScheme: 'light',
    headers: {},
    cookies: [],
    userAgent: null,
    timeoutMs: 10_000,
    retries: 0,
    concurrency: 1,
    browserPath: CHROMIUM,
    ...overrides,
  };
}

let nextIndex = 0;
const target = (url: string): PlannedPage => ({ index: nextIndex++, url, name: `t${nextIndex}` });

async function captureError(renderer: Renderer, url: string): Promise<CaptureError> {
  try {
    await renderer.capture(target(url));
  } catch (err) {
    assert.ok(err instanceof CaptureError, `expected a CaptureError, got ${String(err)}`);
    return err;
  }
  assert.fail(`expected ${url} to fail`);
}

type Rgb = [number, number, number];

async function raw(png: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  assert.equal(info.channels, 3);
  return { data, width: info.width, height: info.height };
}

async function pixel(png: Buffer, x: number, y: number): Promise<Rgb> {
  const { data, width } = await raw(png);
  const i = (y * width + x) * 3;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
}

function near(actual: Rgb, expected: Rgb, what: string): void {
  const ok = actual.every((v, i) => Math.abs(v - expected[i]!) <= 8);
  assert.ok(ok, `${what}: expected rgb(${expected.join(',')}), got rgb(${actual.join(',')})`);
}

// ------------------------------------------------------------ findBrowser

describe('findBrowser', () => {
  const existsIn = (...paths: string[]) => async (p: string) => paths.includes(p);

  test('an explicit path wins, and a missing one is an error rather than a fall-through', async () => {
    const env = { CHROME_PATH: '/opt/chrome', PATH: '/usr/bin' };
    assert.deepEqual(
      await findBrowser('/my/chrome', env, existsIn('/my/chrome', '/opt/chrome', '/usr/bin/chromium')),
      { path: '/my/chrome', source: 'explicit' },
    );
    await assert.rejects(
      findBrowser('/my/chrome', env, existsIn('/opt/chrome', '/usr/bin/chromium')),
      (err: Error) => err instanceof UserError && err.message.includes('/my/chrome') && err.message.includes('--browser-path'),
    );
  });

  test('CHROME_PATH comes next; a CHROME_PATH that does not exist is an error', async () => {
    const env = { CHROME_PATH: '/opt/chrome', PATH: '/usr/bin' };
    assert.deepEqual(await findBrowser(null, env, existsIn('/opt/chrome', '/usr/bin/chromium')), { path: '/opt/chrome', source: 'CHROME_PATH' });
    await assert.rejects(
      findBrowser(null, env, existsIn('/usr/bin/chromium')),
      (err: Error) => err instanceof UserError && /CHROME_PATH is \/opt\/chrome/.test(err.message),
    );
    // Empty means unset.
    assert.deepEqual(await findBrowser(null, { CHROME_PATH: '', PATH: '/usr/bin' }, existsIn('/usr/bin/chromium')), { path: '/usr/bin/chromium', source: 'PATH' });
  });

  test('the Playwright cache: newest headless shell first, then the newest Chromium build', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'framecap-pw-'));
    try {
      const put = async (rel: string) => {
        const file = join(cache, rel);
        await mkdir(join(file, '..'), { recursive: true });
        await writeFile(file, '#!/bin/sh\n');
        await chmod(file, 0o755);
        return file;
      };
      const env = { PLAYWRIGHT_BROWSERS_PATH: cache, PATH: '/nowhere' };
      await put('chromium-1100/chrome-linux/chrome');
      const newest = await put('chromium-1200/chrome-linux64/chrome');
      assert.deepEqual(await findBrowser(null, env), { path: newest, source: 'playwright-cache' });
      await put('chromium_headless_shell-1100/chrome-linux/headless_shell');
      const shell = await put('chromium_headless_shell-1300/chrome-headless-shell-linux64/chrome-headless-shell');
      assert.deepEqual(await findBrowser(null, env), { path: shell, source: 'playwright-cache' });
      // HOME/.cache/ms-playwright is the default location.
      const home = await mkdtemp(join(tmpdir(), 'framecap-home-'));
      try {
        const inHome = join(home, '.cache', 'ms-playwright', 'chromium-1000', 'chrome-linux', 'chrome');
        await mkdir(join(inHome, '..'), { recursive: true });
        await writeFile(inHome, '');
        await chmod(inHome, 0o755);
        assert.deepEqual(await findBrowser(null, { HOME: home, PATH: '/nowhere' }), { path: inHome, source: 'playwright-cache' });
      } finally {
        await rm(home, { recursive: true, force: true });
      }
    } finally {
      await rm(cache, { recursive: true, force: true });
    }
  });

  test('PATH: names in order (headless shell, then google-chrome, then chromium), each looked up in every PATH dir', async () => {
    const env = { PATH: '/a:/b' };
    assert.deepEqual(await findBrowser(null, env, existsIn('/a/google-chrome', '/b/chromium-headless-shell')), { path: '/b/chromium-headless-shell', source: 'PATH' });
    assert.deepEqual(await findBrowser(null, env, existsIn('/a/chromium', '/b/chrome-headless-shell')), { path: '/b/chrome-headless-shell', source: 'PATH' });
    assert.deepEqual(await findBrowser(null, env, existsIn('/a/chromium', '/b/google-chrome')), { path: '/b/google-chrome', source: 'PATH' });
    assert.deepEqual(await findBrowser(null, env, existsIn('/a/chromium-browser', '/b/google-chrome-stable')), { path: '/b/google-chrome-stable', source: 'PATH' });
    assert.deepEqual(await findBrowser(null, env, existsIn('/b/chromium-browser', '/a/chromium')), { path: '/a/chromium', source: 'PATH' });
    // No PATH at all: the standard system directories.
    assert.deepEqual(await findBrowser(null, {}, existsIn('/usr/bin/chromium')), { path: '/usr/bin/chromium', source: 'PATH' });
  });

  test('nothing found: a UserError that says how to install one', async () => {
    await assert.rejects(findBrowser(null, { PATH: '/a:/b' }, existsIn()), (err: Error) =>
      err instanceof UserError && err.message.includes('apt-get install chromium') && err.message.includes('CHROME_PATH'));
  });

  test('the real machine: finds an executable browser', async () => {
    const found = await findBrowser(null, { PATH: '/usr/local/bin:/usr/bin:/bin' });
    assert.equal(found.source, 'PATH');
    assert.match(found.path, /chrom/);
  });
});

// ------------------------------------------------------------ small pure parts

describe('retry policy', () => {
  test('backoff doubles, is jittered within [half, full], is capped, and honours Retry-After', () => {
    const policy = { baseMs: 100, maxMs: 1_000, maxRetryAfterMs: 5_000 };
    assert.equal(backoffDelay(1, policy, null, () => 0), 50);
    assert.equal(backoffDelay(1, policy, null, () => 1), 100);
    assert.equal(backoffDelay(3, policy, null, () => 1), 400);
    assert.equal(backoffDelay(10, policy, null, () => 1), 1_000);
    assert.equal(backoffDelay(1, policy, 3_000, () => 1), 3_000);
    assert.equal(backoffDelay(1, policy, 60_000, () => 1), 5_000);
  });

  test('Retry-After as seconds or a date', () => {
    assert.equal(parseRetryAfter('7'), 7_000);
    assert.equal(parseRetryAfter(new Date(10_000).toUTCString(), 4_000), 6_000);
    assert.equal(parseRetryAfter('soon'), null);
    assert.equal(parseRetryAfter(undefined), null);
  });

  test('which statuses are retried', () => {
    for (const s of [408, 429, 502, 503, 504]) assert.equal(isTransientStatus(s), true, String(s));
    for (const s of [400, 401, 403, 404, 410, 500, 501]) assert.equal(isTransientStatus(s), false, String(s));
  });

  test('defaultConcurrency: by cores and memory, 1..8', () => {
    const mb = 1024 * 1024;
    assert.equal(defaultConcurrency(2, 24_000 * mb), 4);
    assert.equal(defaultConcurrency(16, 24_000 * mb), 8);
    assert.equal(defaultConcurrency(8, 700 * mb), 2);
    assert.equal(defaultConcurrency(1, 10 * mb), 1);
  });

  test('pngSize reads IHDR and refuses what is not a PNG', async () => {
    const png = await sharp({ create: { width: 13, height: 7, channels: 3, background: '#123456' } }).png().toBuffer();
    assert.deepEqual(pngSize(png), { width: 13, height: 7 });
    assert.throws(() => pngSize(Buffer.from('GIF89a, not a png at all....')), /not a PNG/);
  });
});

// ------------------------------------------------------------ real Chromium

let site: Site;
before(async () => { site = await startSite(); });
after(async () => { await site.close(); });

describe('a configured renderer (800x600 @2, dark, hide, headers, cookies, user agent)', () => {
  let renderer: Renderer;
  const warnings: string[] = [];
  before(async () => {
    renderer = await launchRenderer(options({
      scale: 2,
      colorScheme: 'dark',
      hide: ['#ad', 'this is not a selector {'],
      headers: { 'X-Framecap-Test': 'secret-header-value' },
      cookies: [
        { name: 'session', value: 'secret-cookie-value' },
        { name: 'scoped', value: 'on-domain', domain: '127.0.0.1', path: '/' },
      ],
      userAgent: 'framecap-test-agent/1.0',
      retries: 2,
    }), (m) => warnings.push(m), { backoff: FAST_BACKOFF });
  });
  after(async () => { await renderer.close(); });

  test('shot is viewport × scale, with status, final URL and title', async () => {
    assert.match(renderer.browserVersion, /^Chromium (Headless Shell )?\d+\./);
    assert.equal(renderer.concurrency, 1);
    const { shot, attempts } = await renderer.capture(target(site.url('/plain')));
    assert.equal(attempts, 1);
    assert.equal(shot.width, 1600);
    assert.equal(shot.height, 1200);
    const decoded = await sharp(shot.png).metadata();
    assert.equal(decoded.format, 'png');
    assert.equal(decoded.width, 1600);
    assert.equal(decoded.height, 1200);
    assert.equal(shot.httpStatus, 200);
    assert.equal(shot.finalUrl, site.url('/plain'));
    assert.equal(shot.title, 'Plain page');
  });

  test('hide selectors are hidden (an invalid one is ignored), and the dark colour scheme applies', async () => {
    const { shot } = await renderer.capture(target(site.url('/styled')));
    const { data } = await raw(shot.png);
    let red = 0;
    let blue = 0;
    for (let i = 0; i < data.length; i += 3) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (r > 200 && g < 60 && b < 60) red++;
      if (b > 200 && r < 60 && g < 60) blue++;
    }
    assert.equal(red, 0, 'the #ad element is hidden');
    assert.ok(blue > 400 * 300, 'the #keep element is still there (at device scale)');
    // Below the divs: the page background, black under prefers-color-scheme: dark.
    near(await pixel(shot.png, 800, 1000), [0, 0, 0], 'dark background');
  });

  test('hide styles reach into open shadow roots: the #ad inside a web component is hidden', async () => {
    const { shot } = await renderer.capture(target(site.url('/shadow')));
    const { data } = await raw(shot.png);
    let red = 0;
    for (let i = 0; i < data.length; i += 3) if (data[i]! > 200 && data[i + 1]! < 60 && data[i + 2]! < 60) red++;
    assert.equal(red, 0, 'the #ad inside the shadow root is hidden');
  });

  test('headers, cookies and the user agent reach the server', async () => {
    await renderer.capture(target(site.url('/echo')));
    const headers = site.seen.get('/echo');
    assert.ok(headers);
    assert.equal(headers['x-framecap-test'], 'secret-header-value');
    assert.equal(headers['user-agent'], 'framecap-test-agent/1.0');
    const cookies = (headers.cookie ?? '').split(/;\s*/).sort();
    assert.deepEqual(cookies, ['scoped=on-domain', 'session=secret-cookie-value']);
  });

  test('HTTP 404 is a failure, not a screenshot, and is not retried', async () => {
    const before = site.hits.get('/missing') ?? 0;
    const err = await captureError(renderer, site.url('/missing'));
    assert.equal(err.message, 'HTTP 404 Not Found');
    assert.equal(err.httpStatus, 404);
    assert.equal(err.attempts, 1);
    assert.equal(err.transient, false);
    assert.equal(err.finalUrl, site.url('/missing'));
    assert.equal((site.hits.get('/missing') ?? 0) - before, 1);
  });

  test('HTTP 500 is not retried either', async () => {
    const err = await captureError(renderer, site.url('/broken'));
    assert.equal(err.message, 'HTTP 500 Internal Server Error');
    assert.equal(err.attempts, 1);
  });

  test('alert/confirm/prompt on load are dismissed instead of hanging the page', async () => {
    // A dialog left open would hold the page until its 10 s timeout and the capture would throw.
    const { shot } = await renderer.capture(target(site.url('/alert')));
    near(await pixel(shot.png, 10, 10), [0, 255, 0], 'the script ran past its dialogs');
  });

  test('popups are closed and the opener is still captured', async () => {
    const { shot } = await renderer.capture(target(site.url('/popup')));
    assert.equal(shot.finalUrl, site.url('/popup'));
    // The reused slot still works afterwards.
    const next = await renderer.capture(target(site.url('/plain')));
    assert.equal(next.shot.title, 'Plain page');
  });

  test('the same page again with only a new #fragment is still a real navigation', async () => {
    const first = await renderer.capture(target(site.url('/plain')));
    const second = await renderer.capture(target(site.url('/plain#part-two')));
    assert.equal(first.shot.httpStatus, 200);
    assert.equal(second.shot.httpStatus, 200);
    assert.equal(second.shot.finalUrl, site.url('/plain#part-two'));
  });

  test('a download or an empty 204 is a clear, permanent failure', async () => {
    const download = await captureError(renderer, site.url('/download'));
    assert.equal(download.message, 'the URL is a download, not a page');
    assert.equal(download.attempts, 1);
    const empty = await captureError(renderer, site.url('/empty'));
    assert.match(empty.message, /^navigation aborted: the server sent no page/);
    assert.equal(empty.attempts, 1);
  });

  test('redirects to data: and file: URLs are refused, without retries', async () => {
    for (const path of ['/to-data', '/to-file']) {
      const err = await captureError(renderer, site.url(path));
      assert.match(err.message, /^refused: /, path);
      assert.equal(err.transient, false, path);
      assert.equal(err.attempts, 1, path);
      assert.ok(!err.message.includes('\n'), 'one line');
    }
  });

  test('only http(s) targets are navigated to', async () => {
    for (const url of ['file:///etc/hostname', 'data:text/html,hi', 'chrome://version', 'not a url']) {
      const err = await captureError(renderer, url);
      assert.equal(err.attempts, 0, url);
      assert.equal(err.transient, false, url);
    }
    assert.match((await captureError(renderer, 'file:///etc/hostname')).message, /only http\(s\) URLs/);
  });

  test('no secrets in errors or warnings', async () => {
    const err = await captureError(renderer, `http://127.0.0.1:${await closedPort()}/`);
    assert.ok(!err.message.includes('\n'));
    for (const text of [err.message, ...warnings]) {
      assert.ok(!text.includes('secret-header-value') && !text.includes('secret-cookie-value'), text);
    }
  });
});

describe('full-page captures and retries', () => {
  let renderer: Renderer;
  before(async () => {
    renderer = await launchRenderer(options({ fullPage: true, retries: 2 }), () => {}, { backoff: FAST_BACKOFF });
  });
  after(async () => { await renderer.close(); });

  test('a full-page shot is as tall as the page', async () => {
    const { shot } = await renderer.capture(target(site.url('/tall')));
    assert.equal(shot.width, 800);
    assert.equal(shot.height, 3000);
  });

  test('503 twice, then 200: success on the third attempt', async () => {
    const path = `/flaky/${randomUUID()}`;
    const { shot, attempts } = await renderer.capture(target(site.url(path)));
    assert.equal(attempts, 3);
    assert.equal(site.hits.get(path), 3);
    assert.equal(shot.httpStatus, 200);
  });

  test('a connection that is refused is retried, then reported in one human line', async () => {
    const err = await captureError(renderer, `http://127.0.0.1:${await closedPort()}/`);
    assert.equal(err.attempts, 3);
    assert.equal(err.transient, true);
    assert.equal(err.message, 'connection refused (net::ERR_CONNECTION_REFUSED)');
  });

  test('a port the browser refuses to use is not retried', async () => {
    const err = await captureError(renderer, 'http://127.0.0.1:9/');
    assert.equal(err.attempts, 1);
    assert.equal(err.transient, false);
    assert.equal(err.message, 'refused: the browser does not connect to that port (net::ERR_UNSAFE_PORT)');
  });
});

describe('slot reuse', () => {
  test('a slot keeps its HTTP cache but not the last page\'s cookies or storage, and is rebuilt every N captures', async () => {
    const renderer = await launchRenderer(options(), () => {}, { recycleAfter: 2 });
    try {
      const css = () => site.hits.get('/cached.css') ?? 0;
      const start = css();
      const first = await renderer.capture(target(site.url('/stateful')));
      assert.equal(first.shot.title, 'storage:empty');
      assert.equal(css() - start, 1);

      const second = await renderer.capture(target(site.url('/stateful')));
      assert.equal(second.shot.title, 'storage:empty', 'localStorage from the previous target was cleared');
      assert.ok(!(site.seen.get('/stateful')?.cookie ?? '').includes('visit=yes'), 'cookies from the previous target were cleared');
      assert.equal(css() - start, 1, 'the stylesheet came from the reused context\'s cache');
      near(await pixel(second.shot.png, 10, 10), [0xab, 0xcd, 0xef], 'cached stylesheet applied');

      await renderer.capture(target(site.url('/stateful')));
      assert.equal(css() - start, 2, 'after 2 captures the slot got a fresh context (empty cache)');
    } finally {
      await renderer.close();
    }
  });
});

describe('timeouts', () => {
  // No upper time bounds here (the machine is shared): a capture that hung
  // instead of timing out would hit the test's own timeout.
  test('wait-for: a selector that never shows up fails within the page timeout', { timeout: 60_000 }, async () => {
    const renderer = await launchRenderer(options({ timeoutMs: 1_500, waitFor: '#never' }), () => {});
    try {
      const err = await captureError(renderer, site.url('/plain'));
      assert.equal(err.message, '"#never" did not become visible within the 1500 ms page timeout');
      assert.equal(err.attempts, 1);
      assert.equal(err.httpStatus, 200, 'the page itself loaded');
      assert.equal(err.finalUrl, site.url('/plain'));
    } finally {
      await renderer.close();
    }
  });

  test('a page that never answers fails after timeoutMs per attempt, retried', { timeout: 60_000 }, async () => {
    const renderer = await launchRenderer(options({ timeoutMs: 1_500, retries: 1 }), () => {}, { backoff: FAST_BACKOFF });
    try {
      const started = Date.now();
      const err = await captureError(renderer, site.url('/hang'));
      const elapsed = Date.now() - started;
      assert.equal(err.message, 'navigation timeout after 1500 ms (wait-until: load)');
      assert.equal(err.attempts, 2);
      assert.equal(err.transient, true);
      assert.ok(elapsed >= 2 * 1_400, `took ${elapsed} ms`);
      // The slot recovers for the next target.
      const { shot } = await renderer.capture(target(site.url('/plain')));
      assert.equal(shot.httpStatus, 200);
    } finally {
      await renderer.close();
    }
  });
});

describe('crash recovery', () => {
  const tag = `--framecap-test-tag=${randomUUID()}`;
  let renderer: Renderer;
  const warnings: string[] = [];
  before(async () => {
    renderer = await launchRenderer(options({ retries: 2, concurrency: 3 }), (m) => warnings.push(m), { backoff: FAST_BACKOFF, extraArgs: [tag] });
  });
  after(async () => { await renderer.close(); });

  test('the browser killed mid-capture is relaunched once, and every capture in flight is retried', { timeout: 90_000 }, async () => {
    assert.equal((await renderer.capture(target(site.url('/plain')))).attempts, 1);
    const pid = await browserPid(tag);
    const before = site.hits.get('/slow') ?? 0;
    const inFlight = [1, 2, 3].map(() => renderer.capture(target(site.url('/slow'))));
    // Kill only once all three are waiting on the server, so each one loses its page.
    while ((site.hits.get('/slow') ?? 0) - before < 3) await new Promise((r) => setTimeout(r, 20));
    process.kill(pid, 'SIGKILL');
    for (const { shot, attempts } of await Promise.all(inFlight)) {
      assert.ok(attempts >= 2, `attempts ${attempts}`);
      assert.equal(shot.httpStatus, 200);
    }
    assert.equal(warnings.filter((w) => /restarted/.test(w)).length, 1, warnings.join('; '));
    assert.notEqual(await browserPid(tag), pid);
    const next = await renderer.capture(target(site.url('/plain')));
    assert.equal(next.attempts, 1);
  });

  test('a crashed renderer process is replaced before the next capture', async () => {
    const browser = await browserPid(tag);
    const renderers = await childRenderers(browser);
    assert.ok(renderers.length > 0);
    for (const pid of renderers) process.kill(pid, 'SIGKILL');
    // The browser learns of the crash when its zygote reaps the renderer; on a loaded machine that is
    // later than any fixed pause, so wait for the processes to be gone, then give the event its turn.
    for (const until = Date.now() + 10_000; Date.now() < until && (await processes()).some((p) => renderers.includes(p.pid));) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 300));
    const { shot, attempts } = await renderer.capture(target(site.url('/plain')));
    assert.equal(attempts, 1);
    assert.equal(shot.title, 'Plain page');
    assert.equal(await browserPid(tag), browser, 'the browser itself was not restarted');
  });
});

describe('concurrency', () => {
  test('3 slots capture 12 pages, each shot showing its own page', async () => {
    const renderer = await launchRenderer(options({ concurrency: 3, waitFor: '#ready', viewport: { width: 320, height: 240 } }), () => {});
    try {
      assert.equal(renderer.concurrency, 3);
      site.maxInFlight = 0;
      const colours = Array.from({ length: 12 }, (_, i) => {
        const v = (i * 20).toString(16).padStart(2, '0');
        return `${v}${(255 - i * 20).toString(16).padStart(2, '0')}${i % 2 ? '40' : 'c0'}`;
      });
      const results = await Promise.all(colours.map((c) => renderer.capture(target(site.url(`/colour/${c}`)))));
      for (const [i, { shot, attempts }] of results.entries()) {
        const c = colours[i]!;
        assert.equal(attempts, 1);
        assert.equal(shot.finalUrl, site.url(`/colour/${c}`));
        const expected: Rgb = [parseInt(c.slice(0, 2), 16), parseInt(c.slice(2, 4), 16), parseInt(c.slice(4, 6), 16)];
        near(await pixel(shot.png, 160, 120), expected, `page ${c}`);
      }
      // Exactly 3 at once is the usual case; under a loaded CI machine the slots may drift apart.
      assert.ok(site.maxInFlight >= 2 && site.maxInFlight <= 3, `pages loading at once: ${site.maxInFlight} (expected 2..3)`);
    } finally {
      await renderer.close();
    }
  });
});

// ------------------------------------------------------------ process helpers

/** A port on 127.0.0.1 that nothing listens on (it was just released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function processes(): Promise<Array<{ pid: number; ppid: number; args: string[] }>> {
  const out = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Zygote-forked children rewrite their title: one string with spaces, not NUL-separated args.
      const args = (await readFile(`/proc/${entry}/cmdline`, 'utf8')).split(/[\0 ]/).filter(Boolean);
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.push({ pid: Number(entry), ppid, args });
    } catch {
      // exited while we looked
    }
  }
  return out;
}

/** The browser process launched with our tag (children carry --type=…). */
async function browserPid(tag: string): Promise<number> {
  const tagged = (await processes()).filter((p) => p.args.includes(tag) && !p.args.some((a) => a.startsWith('--type=')));
  // A wrapper script (Debian's /usr/bin/chromium-headless-shell is `sh` running the browser as its child) carries
  // the tag too: the browser is the innermost of them.
  const found = tagged.filter((p) => !tagged.some((child) => child.ppid === p.pid));
  assert.equal(found.length, 1, `one browser process tagged ${tag}`);
  return found[0]!.pid;
}

async function childRenderers(browser: number): Promise<number[]> {
  const all = await processes();
  const descendants = new Set([browser]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) {
      if (descendants.has(p.ppid) && !descendants.has(p.pid)) {
        descendants.add(p.pid);
        grew = true;
      }
    }
  }
  return all.filter((p) => descendants.has(p.pid) && p.args.includes('--type=renderer')).map((p) => p.pid);
}
