// Pages that fight the renderer, and secret headers that must not leak to
// third parties. Real Chromium, real servers on 127.0.0.1. Each hostile page
// is followed by an ordinary one in the same run (one page slot, so the
// ordinary page reuses whatever the hostile one left behind), which must be
// captured fine.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { resolveSettings } from '../src/config/settings.ts';
import { renderWithoutFrame } from '../src/core/scale.ts';
import type { RenderOptions } from '../src/core/options.ts';
import { CaptureError, launchRenderer } from '../src/core/render/index.ts';
import { runCapture } from '../src/core/run.ts';
import { defaultCaptureOptions } from '../src/index.ts';
import { testBrowser } from './helpers/system.ts';
import { tempDir } from './helpers/temp-dir.ts';

// The headless shell: the same Blink, about 0.6 s less CPU a launch than the full build.
const CHROMIUM = testBrowser('shell');
const MARK = '<i style="position:fixed;right:0;bottom:0;width:6px;height:6px;background:#000"></i>';
const page = (body: string): string => `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}${MARK}</body></html>`;

interface TestServer { origin: string; seen: Array<{ path: string; headers: IncomingHttpHeaders }>; close(): Promise<void> }

async function serve(handler: (req: IncomingMessage, res: ServerResponse, path: string) => void): Promise<TestServer> {
  const seen: TestServer['seen'] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    seen.push({ path, headers: req.headers });
    handler(req, res, path);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

const html = (res: ServerResponse, body: string): void => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
};

/** The spec's defaults, with a small viewport, one page at a time, no retries. */
function options(over: Partial<RenderOptions> = {}): RenderOptions {
  return renderWithoutFrame(defaultCaptureOptions({ render: { viewport: { width: 400, height: 300 }, timeoutMs: 15_000, retries: 0, concurrency: 1, ...over } }).render);
}

describe('--header values go to the target origin only', () => {
  let third: TestServer;
  let first: TestServer;
  before(async () => {
    third = await serve((_req, res, path) => {
      if (path === '/pixel.png') return void res.writeHead(204).end();
      html(res, page('<p>third-party frame</p>'));
    });
    first = await serve((_req, res, path) => {
      if (path === '/style.css') return void res.writeHead(200, { 'content-type': 'text/css' }).end('p{color:#333}');
      html(res, page(`<p>site</p><link rel="stylesheet" href="/style.css"><img src="${third.origin}/pixel.png">
<iframe src="${third.origin}/frame.html"></iframe><script>fetch('${third.origin}/api').catch(() => {})</script>`));
    });
  });
  after(async () => {
    await first?.close();
    await third?.close();
  });

  test("the page's origin receives the header; another origin (another port) never does", async () => {
    const renderer = await launchRenderer(options({ headers: { Authorization: 'Bearer s3cret-token', 'X-Preview': 'on' }, delay: 300 }), () => {}, { executablePath: CHROMIUM, fontCheck: false });
    try {
      await renderer.capture({ index: 0, url: `${first.origin}/`, name: 'a' });
    } finally {
      await renderer.close();
    }
    const own = first.seen.filter((s) => s.path === '/' || s.path === '/style.css');
    assert.ok(own.length >= 2, JSON.stringify(first.seen.map((s) => s.path)));
    for (const s of own) {
      assert.equal(s.headers.authorization, 'Bearer s3cret-token', s.path);
      assert.equal(s.headers['x-preview'], 'on', s.path);
    }
    const paths = third.seen.map((s) => s.path).sort();
    assert.ok(paths.includes('/pixel.png') && paths.includes('/frame.html') && paths.includes('/api'), paths.join(','));
    for (const s of third.seen) {
      assert.equal(s.headers.authorization, undefined, `${s.path} got the header`);
      assert.equal(s.headers['x-preview'], undefined, `${s.path} got the header`);
    }
  });
});

describe('hostile pages: each is a row with a reason, and the next page in the run is fine', () => {
  let site: TestServer;
  const dir = tempDir('framecap-hostile-');
  before(async () => {
    site = await serve((_req, res, path) => {
      switch (path) {
        case '/loop':
          return void res.writeHead(302, { location: '/loop' }).end();
        case '/spin':
          return html(res, page('<p>spinning</p><script>while (true) {}</script>'));
        case '/beforeunload':
          return html(res, page(`<p>stay</p><script>
addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = 'leave?'; return 'leave?'; });
document.body.addEventListener('click', () => {}); </script>`));
        case '/popups':
          return html(res, page(`<p>opener</p><script>for (let i = 0; i < 20; i++) window.open('/ok?popup=' + i, '_blank');
setTimeout(() => { for (let i = 0; i < 20; i++) window.open('about:blank'); }, 100);</script>`));
        case '/oom':
          return html(res, page('<p>hungry</p><script>const keep = []; for (;;) keep.push(new Array(1e6).fill(Math.random()));</script>'));
        case '/tall':
          return html(res, page('<div style="height:100000px;background:linear-gradient(#fff,#00f)">tall</div>'));
        default:
          return html(res, page('<h1>ordinary page</h1>'));
      }
    });
  });
  after(async () => {
    await site?.close();
  });

  test('redirect loop, CPU spin, beforeunload, pop-up storm, 100,000 px full page', async () => {
    const u = (p: string): string => `${site.origin}${p}`;
    const urls = [u('/loop'), u('/ok?after=loop'), u('/spin'), u('/ok?after=spin'), u('/beforeunload'), u('/ok?after=beforeunload'),
      u('/popups'), u('/ok?after=popups'), u('/tall'), u('/ok?after=tall')];
    const warnings: string[] = [];
    const resolved = resolveSettings({
      urls, device: 'none', output: join(dir, 'out.zip'), viewport: '400x300', 'full-page': true, concurrency: '1',
      'browser-path': CHROMIUM, retries: '0', timeout: '15000', 'max-height': '20000', lazy: false,
      // Only the spinning page is meant to time out: its own short limit (a page rule) keeps the
      // generous one for the others without burning a core for 15 s; 1.5 s, as a page that
      // spins never ends sooner for a longer wait.
      pages: '- {match: /spin, timeout: 1500}',
    }, { cores: 1, freeMemBytes: 4e9 });
    const { manifest } = await runCapture(resolved.options, { warning: (m) => warnings.push(m) });
    const row = (url: string) => manifest.captures.find((r) => r.url === url)!;

    const summary = manifest.captures.map((r) => `${r.url} ${r.status} ${r.error ?? ''}`).join('\n');
    assert.equal(row(u('/loop')).status, 'failed', summary);
    assert.match(row(u('/loop')).error ?? '', /too many redirects/);
    assert.equal(row(u('/spin')).status, 'failed');
    assert.equal(row(u('/spin')).category, 'timeout', summary);
    assert.match(row(u('/spin')).error ?? '', /timeout/i);
    assert.equal(row(u('/beforeunload')).status, 'ok', row(u('/beforeunload')).error ?? '');
    assert.equal(row(u('/popups')).status, 'ok', row(u('/popups')).error ?? '');
    // The tall page is captured but bounded: cut to --max-height, and the run says so.
    const tall = row(u('/tall'));
    assert.equal(tall.status, 'ok', summary);
    assert.ok(tall.height! <= 20_000, `height ${tall.height}`);
    assert.ok(manifest.warnings.some((w) => w.includes('/tall') && /taller than --max-height/.test(w)), manifest.warnings.join('\n'));
    for (const after of ['loop', 'spin', 'beforeunload', 'popups', 'tall']) {
      const next = row(u(`/ok?after=${after}`));
      assert.equal(next.status, 'ok', `the page after ${after}: ${next.error}\n${summary}`);
    }
  });

  test('a page that exhausts its memory: the tab dies, the capture fails as a crash, the next capture works', async () => {
    // A small V8 heap makes the tab die in seconds instead of eating the machine's memory first.
    const renderer = await launchRenderer(options({ timeoutMs: 30_000 }), () => {}, {
      executablePath: CHROMIUM, fontCheck: false, extraArgs: ['--js-flags=--max-old-space-size=64'],
    });
    try {
      await assert.rejects(renderer.capture({ index: 0, url: `${site.origin}/oom`, name: 'a' }), (err: Error) => {
        assert.ok(err instanceof CaptureError, String(err));
        assert.equal(err.category, 'crash', err.message);
        assert.match(err.message, /crashed/);
        return true;
      });
      const { shot } = await renderer.capture({ index: 1, url: `${site.origin}/ok?after=oom`, name: 'b' });
      assert.ok(shot.width > 0);
    } finally {
      await renderer.close();
    }
  });
});
