// --header and --cookie values go to the target's origin and nowhere else,
// whatever the page does: redirects (to another origin, to another port, and
// back again), sub-resources, pop-ups, service workers; and webhook-header
// values and signatures never follow a redirect. Real Chromium, real servers:
// origin A on 127.0.0.1, A2 on another port of 127.0.0.1, B on 127.0.0.2,
// each recording every request it receives. The assertions are on what the
// servers received.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { resolveSettings } from '../src/config/settings.ts';
import { egressPolicy } from '../src/core/net/guard.ts';
import type { RenderOptions } from '../src/core/options.ts';
import { launchRenderer } from '../src/core/render/index.ts';
import type { Renderer } from '../src/core/render/index.ts';
import { runCapture } from '../src/core/run.ts';
import { newJob, progressOf } from '../src/core/job.ts';
import { buildPayload, deliverWebhook, webhookConfig } from '../src/notify/index.ts';
import { testBrowser } from './helpers/system.ts';
import { tempDir } from './helpers/temp-dir.ts';
import { shareOneBrowser } from './helpers/shared-browser.ts';

// The renderers share one browser; the ones with a resolver rule or through the egress proxy start their own.
shareOneBrowser();

// The headless shell: the same Blink, about 0.6 s less CPU a launch than the full build.
const CHROMIUM = testBrowser('shell');
const SECRET_HEADER = 'x-framecap-secret';
const SECRET = 'hdr-7f3a9c-secret';
const COOKIE = 'ck-51be02-secret';
const MARK = '<i style="position:fixed;right:0;bottom:0;width:6px;height:6px;background:#000"></i>';
const page = (body: string): string => `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}${MARK}</body></html>`;

interface Seen { url: string; host: string; headers: IncomingHttpHeaders; body: string }
interface Origin { origin: string; seen: Seen[]; close(): Promise<void> }
type Handler = (req: IncomingMessage, res: ServerResponse, path: string) => void;

async function serve(host: string, handler: Handler): Promise<Origin> {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => { body += d; });
    req.on('end', () => {
      seen.push({ url: req.url ?? '/', host: req.headers.host ?? '', headers: req.headers, body });
      handler(req, res, new URL(req.url ?? '/', 'http://x').pathname);
    });
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  return {
    origin: `http://${host}:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

const html = (res: ServerResponse, body: string): void => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
};
const redirect = (res: ServerResponse, to: string, status = 302): void => {
  res.writeHead(status, { location: to, 'content-length': '0' }).end();
};

/** Every request a server saw that carries the secret header or cookie, as "path: what" lines (empty = none leaked). */
function leaks(server: Origin, from = 0): string[] {
  return server.seen.slice(from).flatMap((s) => {
    const text = JSON.stringify(s.headers) + s.body;
    return text.includes(SECRET) || text.includes(COOKIE) ? [`${s.url}: ${text}`] : [];
  });
}

const requestsFor = (server: Origin, path: string): Seen[] => server.seen.filter((s) => new URL(s.url, 'http://x').pathname === path);

function options(over: Partial<RenderOptions> = {}): RenderOptions {
  return {
    viewport: { width: 400, height: 300 }, scale: 1, fullPage: false, waitUntil: 'load', waitFor: null, delay: 0, hide: [],
    colorScheme: 'light', headers: { 'X-Framecap-Secret': SECRET }, cookies: [{ name: 'session', value: COOKIE }],
    userAgent: null, timeoutMs: 15_000, retries: 0, concurrency: 1, browserPath: null, ...over,
  };
}

function assertHasCredentials(s: Seen | undefined, what: string): void {
  assert.ok(s, `${what} was not requested`);
  assert.equal(s.headers[SECRET_HEADER], SECRET, `${what} lacks the header`);
  assert.match(s.headers.cookie ?? '', new RegExp(`session=${COOKIE}`), `${what} lacks the cookie`);
}

describe('the browser sends --header and --cookie values to the target origin only', () => {
  let a: Origin;
  let a2: Origin;
  let b: Origin;
  let renderer: Renderer;

  before(async () => {
    b = await serve('127.0.0.2', (_req, res, path) => {
      if (path === '/back-to-a') return redirect(res, `${a.origin}/final`);
      if (path === '/pixel.png' || path === '/from-sw') return void res.writeHead(204).end();
      if (path === '/app.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end('void 0;');
      if (path === '/style.css') return void res.writeHead(200, { 'content-type': 'text/css' }).end('p{color:#333}');
      html(res, page(`<p>B ${path}</p>`));
    });
    a2 = await serve('127.0.0.1', (_req, res, path) => html(res, page(`<p>A2 ${path}</p>`)));
    a = await serve('127.0.0.1', (_req, res, path) => {
      if (path === '/to-b') return redirect(res, `${b.origin}/back-to-a`);
      if (path === '/to-b-307') return redirect(res, `${b.origin}/landing`, 307);
      if (path === '/to-other-port') return redirect(res, `${a2.origin}/landing`);
      if (path === '/worker.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(`fetch('${b.origin}/from-worker', { mode: 'no-cors' }).catch(() => {});`);
      if (path === '/own.css') return void res.writeHead(200, { 'content-type': 'text/css' }).end('p{color:#111}');
      if (path === '/sw.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(`
self.addEventListener('install', (e) => e.waitUntil(fetch('${b.origin}/from-sw?on=install', { mode: 'no-cors', credentials: 'include' }).catch(() => {})));
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  if (!e.request.url.endsWith('/through-sw')) return;
  e.respondWith(fetch('${b.origin}/from-sw?for=' + encodeURIComponent(e.request.url), { mode: 'no-cors', credentials: 'include' })
    .then(() => new Response('answered by the service worker')));
});`);
      if (path === '/sub-resources') {
        return html(res, page(`<p>A</p><link rel="stylesheet" href="/own.css"><link rel="stylesheet" href="${b.origin}/style.css">
<img src="${b.origin}/pixel.png"><script src="${b.origin}/app.js"></script><iframe src="${b.origin}/frame"></iframe>
<script>
fetch('${b.origin}/fetch', { mode: 'no-cors', credentials: 'include' }).catch(() => {});
const x = new XMLHttpRequest(); x.open('GET', '${b.origin}/xhr'); x.withCredentials = true; x.send();
navigator.sendBeacon('${b.origin}/beacon', 'ping');
new Worker('/worker.js');
</script>`));
      }
      if (path === '/popup') {
        return html(res, page(`<p>A opens pop-ups</p><script>window.open('${b.origin}/popup'); window.open('/to-b-307');</script>`));
      }
      if (path === '/service-worker') {
        // Both ways a page can reach register(): its own, and a fresh iframe's (in case the block were per document).
        return html(res, page(`<p>A registers a service worker</p><script>
const frame = document.body.appendChild(document.createElement('iframe'));
const fresh = frame.contentWindow.ServiceWorkerContainer.prototype.register;
Promise.allSettled([navigator.serviceWorker.register('/sw.js'), fresh.call(navigator.serviceWorker, '/sw.js?fresh')]);
Promise.race([
  navigator.serviceWorker.ready.then(() => 'ready'),
  new Promise((r) => setTimeout(() => r('never'), 1500)),
]).then((state) => fetch('/sw-result?state=' + state));
</script>`));
      }
      html(res, page(`<p>A ${path}</p>`));
    });
    renderer = await launchRenderer(options({ delay: 400 }), () => {}, { executablePath: CHROMIUM, fontCheck: false });
  });
  after(async () => {
    await renderer?.close();
    await Promise.all([a?.close(), a2?.close(), b?.close()]);
  });

  test('a cross-origin 302 chain A → B → A: A receives them on both hops, B on none', async () => {
    const from = b.seen.length;
    const { shot } = await renderer.capture({ index: 0, url: `${a.origin}/to-b`, name: 'chain' });
    assert.equal(shot.finalUrl, `${a.origin}/final`);
    assertHasCredentials(requestsFor(a, '/to-b')[0], 'A /to-b');
    assert.equal(requestsFor(b, '/back-to-a').length, 1, 'the redirect went through B');
    // The return hop is A again: it gets them back, as curl sends Authorization to the first host again.
    assertHasCredentials(requestsFor(a, '/final')[0], 'A /final (after B)');
    assert.deepEqual(leaks(b, from), []);
  });

  test('a 307 from A ending on B: nothing of them reaches B, not even from the page B serves', async () => {
    const from = b.seen.length;
    const { shot } = await renderer.capture({ index: 1, url: `${a.origin}/to-b-307`, name: 'to-b' });
    assert.equal(shot.finalUrl, `${b.origin}/landing`);
    assertHasCredentials(requestsFor(a, '/to-b-307')[0], 'A /to-b-307');
    assert.equal(requestsFor(b, '/landing').length, 1);
    assert.deepEqual(leaks(b, from), []);
  });

  test('a redirect to another port of the same host: the header stays on the target origin', async () => {
    const { shot } = await renderer.capture({ index: 2, url: `${a.origin}/to-other-port`, name: 'port' });
    assert.equal(shot.finalUrl, `${a2.origin}/landing`);
    assertHasCredentials(requestsFor(a, '/to-other-port')[0], 'A /to-other-port');
    const landed = requestsFor(a2, '/landing');
    assert.equal(landed.length, 1);
    assert.equal(landed[0]!.headers[SECRET_HEADER], undefined, 'another port is another origin: no header');
    // Cookies are another matter: browsers send a host's cookies to every port of it (README, "Where headers and cookies go").
  });

  test('sub-resources on B (CSS, image, script, iframe, fetch, XHR, beacon, a worker\'s fetch) carry none; those on A carry them', async () => {
    const from = b.seen.length;
    await renderer.capture({ index: 3, url: `${a.origin}/sub-resources`, name: 'sub' });
    assertHasCredentials(requestsFor(a, '/sub-resources')[0], 'A /sub-resources');
    assertHasCredentials(requestsFor(a, '/own.css')[0], 'A /own.css');
    assertHasCredentials(requestsFor(a, '/worker.js')[0], 'A /worker.js');
    const deadline = Date.now() + 3_000;
    while (requestsFor(b, '/from-worker').length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    for (const path of ['/style.css', '/pixel.png', '/app.js', '/frame', '/fetch', '/xhr', '/beacon', '/from-worker']) {
      assert.equal(requestsFor(b, path).length, 1, `B ${path} was requested`);
    }
    assert.deepEqual(leaks(b, from), []);
  });

  test('pop-ups the page opens (to B, and to A redirecting to B) carry none', async () => {
    const from = b.seen.length;
    const earlierToA = requestsFor(a, '/to-b-307').length;
    await renderer.capture({ index: 4, url: `${a.origin}/popup`, name: 'popup' });
    assertHasCredentials(requestsFor(a, '/popup')[0], 'A /popup');
    // Pop-ups are closed as they open; give a request already sent the time to arrive.
    const deadline = Date.now() + 3_000;
    while (requestsFor(b, '/popup').length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(b.seen.length > from && requestsFor(b, '/popup').length === 1, 'the pop-up to B was opened');
    assert.deepEqual(leaks(b, from), []);
    // A pop-up is not the captured page: even its request to A carries none.
    const popupToA = requestsFor(a, '/to-b-307').slice(earlierToA);
    assert.equal(popupToA.length, 1, 'the pop-up to A was opened');
    assert.equal(popupToA[0]!.headers[SECRET_HEADER], undefined);
  });

  test('a service worker on A that would fetch B never starts: the browser does not even load its script', async () => {
    const from = b.seen.length;
    await renderer.capture({ index: 5, url: `${a.origin}/service-worker`, name: 'sw' });
    assertHasCredentials(requestsFor(a, '/service-worker')[0], 'A /service-worker');
    const deadline = Date.now() + 5_000;
    while (requestsFor(a, '/sw-result').length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const result = requestsFor(a, '/sw-result');
    assert.equal(result.length, 1, 'the page reported on its service worker');
    assert.equal(new URL(result[0]!.url, 'http://x').searchParams.get('state'), 'never', 'no worker became ready');
    assert.equal(requestsFor(a, '/sw.js').length, 0, 'the worker script was never fetched');
    assert.equal(requestsFor(b, '/from-sw').length, 0);
    assert.deepEqual(leaks(b, from), []);
  });
});

describe('cookies are host-only for the target, and each URL of a run has its own origin', () => {
  let a: Origin;
  let b: Origin;
  const dir = tempDir('framecap-cred-');
  before(async () => {
    b = await serve('127.0.0.2', (_req, res, path) => {
      if (path === '/img') return void res.writeHead(204).end();
      html(res, page(`<p>B</p><img src="${a.origin}/img-from-b">`));
    });
    a = await serve('127.0.0.1', (req, res, path) => {
      if (path === '/img' || path === '/img-from-b') return void res.writeHead(204).end();
      if (path === '/to-b') return redirect(res, `${b.origin}/landing`);
      const port = new URL(a.origin).port;
      // Two names for the same server: localhost is the target, sub.localhost a sibling host.
      if (req.headers.host?.startsWith('localhost:')) return html(res, page(`<p>localhost</p><img src="http://sub.localhost:${port}/img">`));
      html(res, page(`<p>A</p><img src="${b.origin}/img">`));
    });
  });
  after(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  test('a URL list on A and B: each page gets its own origin\'s credentials, and neither leaks to the other', async () => {
    const resolved = resolveSettings({
      urls: [`${a.origin}/page`, `${b.origin}/page`], device: 'none', output: join(dir, 'out.zip'), viewport: '400x300',
      concurrency: '1', 'browser-path': CHROMIUM, retries: '0', timeout: '15000', delay: '300',
      header: [`X-Framecap-Secret: ${SECRET}`], cookie: [`session=${COOKIE}`],
    }, { cores: 1, freeMemBytes: 4e9 });
    const { manifest } = await runCapture(resolved.options, {});
    assert.deepEqual(manifest.captures.map((r) => r.status), ['ok', 'ok'], JSON.stringify(manifest.captures));
    assertHasCredentials(requestsFor(a, '/page')[0], 'A /page');
    assertHasCredentials(requestsFor(b, '/page')[0], 'B /page');
    // One page slot captured both: the second target's origin replaced the first's.
    const fromA = requestsFor(b, '/img');
    const fromB = requestsFor(a, '/img-from-b');
    assert.equal(fromA.length, 1);
    assert.equal(fromB.length, 1);
    assert.equal(fromA[0]!.headers[SECRET_HEADER], undefined, 'B /img (loaded by A) got the header');
    assert.equal(fromB[0]!.headers[SECRET_HEADER], undefined, 'A /img-from-b (loaded by B) got the header');
    assert.doesNotMatch(JSON.stringify(fromA[0]!.headers) + JSON.stringify(fromB[0]!.headers), new RegExp(COOKIE));
  });

  test('a cookie with or without domain= (even .localhost) is host-only: a sibling subdomain never receives it', async () => {
    const r = await launchRenderer(options({
      delay: 300,
      headers: {},
      cookies: [{ name: 'session', value: COOKIE }, { name: 'scoped', value: `${COOKIE}-d`, domain: '.localhost' }, { name: 'elsewhere', value: `${COOKIE}-x`, domain: 'example.org' }],
    }), () => {}, {
      executablePath: CHROMIUM, fontCheck: false,
      // Both names to the loopback server: the Host header tells them apart.
      extraArgs: ['--host-resolver-rules=MAP localhost 127.0.0.1, MAP sub.localhost 127.0.0.1'],
    });
    const port = new URL(a.origin).port;
    try {
      await r.capture({ index: 0, url: `http://localhost:${port}/host-only`, name: 'host-only' });
    } finally {
      await r.close();
    }
    const target = a.seen.find((s) => s.host === `localhost:${port}` && s.url === '/host-only');
    assert.ok(target);
    assert.deepEqual((target.headers.cookie ?? '').split(/;\s*/).sort(), [`scoped=${COOKIE}-d`, `session=${COOKIE}`]);
    const sibling = a.seen.filter((s) => s.host === `sub.localhost:${port}`);
    assert.equal(sibling.length, 1, 'the image on sub.localhost was requested');
    assert.equal(sibling[0]!.headers.cookie, undefined);
  });

  test('through the egress proxy too: a redirect from A to B carries nothing to B', async () => {
    const r = await launchRenderer(options({ egress: egressPolicy(['127.0.0.0/8']) }), () => {}, { executablePath: CHROMIUM, fontCheck: false });
    const from = b.seen.length;
    try {
      const { shot } = await r.capture({ index: 0, url: `${a.origin}/to-b`, name: 'egress' });
      assert.equal(shot.finalUrl, `${b.origin}/landing`);
    } finally {
      await r.close();
    }
    assertHasCredentials(requestsFor(a, '/to-b')[0], 'A /to-b through the proxy');
    assert.equal(requestsFor(b, '/landing').length, 1);
    assert.deepEqual(leaks(b, from), []);
  });

  test('with the ad blocker and consent routes on the page too: a redirect from A to B carries nothing to B', async () => {
    // Both register Playwright routes: Playwright's interception and ours then see every request in turn.
    const r = await launchRenderer(options({ blockAds: true, dismissConsent: true }), () => {}, { executablePath: CHROMIUM, fontCheck: false });
    const from = b.seen.length;
    const earlier = requestsFor(a, '/to-b').length;
    try {
      const { shot } = await r.capture({ index: 0, url: `${a.origin}/to-b`, name: 'blocker' });
      assert.equal(shot.finalUrl, `${b.origin}/landing`);
    } finally {
      await r.close();
    }
    assertHasCredentials(requestsFor(a, '/to-b')[earlier], 'A /to-b with the blocker on');
    assert.ok(b.seen.length > from);
    assert.deepEqual(leaks(b, from), []);
  });
});

describe('webhook deliveries never follow a redirect', () => {
  test('a receiver on A answering 307 to B: B never receives the secret header or the signature', async () => {
    const b = await serve('127.0.0.2', (_req, res) => void res.writeHead(204).end());
    const a = await serve('127.0.0.1', (_req, res) => redirect(res, `${b.origin}/hook`, 307));
    try {
      const config = webhookConfig({
        url: `${a.origin}/hook`, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', headers: { Authorization: `Bearer ${SECRET}` }, maxAttempts: 3,
      });
      const job = newJob('batch', new Date());
      job.status = 'completed';
      job.progress = progressOf(1, 1, 0);
      const payload = buildPayload(job);
      const result = await deliverWebhook(config, payload, { sleep: async () => {} });
      assert.equal(result.status, 'failed');
      assert.equal(result.attempts, 1, 'a redirect is not retried');
      assert.equal(result.responseStatus, 307);
      assert.match(result.error ?? '', /redirects are not followed/);
      assert.equal(a.seen.length, 1);
      assert.equal(a.seen[0]!.headers.authorization, `Bearer ${SECRET}`);
      assert.match(String(a.seen[0]!.headers['webhook-signature']), /^v1,/);
      assert.equal(b.seen.length, 0, 'B was never contacted');
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
