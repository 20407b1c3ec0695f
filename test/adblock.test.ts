// --block-ads, --block-trackers and --filter-list, with the real EasyList and
// EasyPrivacy that the webext-ublock-origin-chromium package installs, real
// Chromium and two local servers: the site, and an "ad server" on another
// port that logs what it was asked for. The requested URLs match generic
// (not host-anchored) list rules by path, so they apply to any host:
//   EasyList     /ads/banners/*$image   → the cyan banner image
//   EasyList     ##.ad-banner-300x250   → the magenta box
//   EasyPrivacy  /beacon.js             → the tracker script
//   custom list  /custom-promo/*  and  ##.house-promo → yellow image, orange box
//
// EasyList turns its own generic element hiding off on loopback and LAN
// addresses (`@@://127.0.0.1$generichide`), so the pixel tests give Chromium
// names for the two servers (news.test, partner.test) that resolve to
// 127.0.0.1: no traffic leaves the machine. The 127.0.0.1 run checks that
// exception is honoured.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlaywrightBlocker } from '@ghostery/adblocker-playwright';
import sharp from 'sharp';
import { jobRequestFor } from '../src/client/request-body.ts';
import { renderWithoutFrame } from '../src/core/scale.ts';
import { parseConfig } from '../src/config/file.ts';
import { resolveSettings, SettingError } from '../src/config/settings.ts';
import type { RawSettings } from '../src/config/settings.ts';
import { runCapture } from '../src/core/run.ts';
import { Blocker, OS_LIST_DIRS } from '../src/core/render/blocker.ts';
import { launchRenderer } from '../src/core/render/index.ts';
import type { Renderer } from '../src/core/render/index.ts';
import { UserError } from '../src/core/types.ts';
import { parseJobRequest, resolveRequest } from '../src/server/request.ts';
import { requireSystemPackage, testBrowser } from './helpers/system.ts';

// The headless shell: the same Blink, about 0.6 s less CPU a launch than the full build.
const CHROMIUM = testBrowser('shell');
// The real lists, as the package installs them: a machine without them fails here, naming the package.
requireSystemPackage('webext-ublock-origin-chromium');
assert.ok(OS_LIST_DIRS.some((d) => existsSync(join(d, 'easylist.txt')) && existsSync(join(d, 'easyprivacy.txt'))), `EasyList and EasyPrivacy are in none of ${OS_LIST_DIRS.join(', ')}`);

type Rgb = [number, number, number];
const HEADER: Rgb = [0x12, 0x34, 0x56];
const AD_IMAGE: Rgb = [0, 255, 255];
const AD_BOX: Rgb = [255, 0, 255];
const PROMO_IMAGE: Rgb = [255, 255, 0];
const PROMO_BOX: Rgb = [255, 128, 0];

let site: Server;
let ads: Server;
let siteBase = '';
let adBase = '';
/** Paths the ad server was asked for since the last clear. */
const adRequests: string[] = [];

/** The article, with its ads served from `adOrigin`. */
function page(adOrigin: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; font: 16px sans-serif; background: #fff }
  header { height: 100px; background: #123456; color: #fff }
  img, div.box { display: block; margin: 4px 0 }
</style></head><body>
<header>A site with ads</header>
<div class="box ad-banner-300x250" style="width:300px;height:200px;background:#ff00ff"></div>
<img src="${adOrigin}/ads/banners/leaderboard.png" width="300" height="100" alt="">
<img src="${adOrigin}/custom-promo/spring.png" width="300" height="100" alt="">
<div class="box house-promo" style="width:300px;height:100px;background:#ff8000"></div>
<p>Article text.</p>
<script src="${adOrigin}/beacon.js"></script>
</body></html>`;
}

before(async () => {
  const cyan = await sharp({ create: { width: 300, height: 100, channels: 3, background: '#00ffff' } }).png().toBuffer();
  const yellow = await sharp({ create: { width: 300, height: 100, channels: 3, background: '#ffff00' } }).png().toBuffer();
  ads = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    adRequests.push(path);
    res.setHeader('cache-control', 'no-store');
    if (path === '/ads/banners/leaderboard.png') { res.writeHead(200, { 'content-type': 'image/png' }); return res.end(cyan); }
    if (path === '/custom-promo/spring.png') { res.writeHead(200, { 'content-type': 'image/png' }); return res.end(yellow); }
    if (path === '/beacon.js') { res.writeHead(200, { 'content-type': 'text/javascript' }); return res.end('window.tracked = true;'); }
    res.writeHead(404);
    res.end();
  });
  site = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // Served as http://news.test:port/ the page's ads come from partner.test; as 127.0.0.1, from 127.0.0.1.
    const adOrigin = req.headers.host?.startsWith('news.test') ? adBase.replace('127.0.0.1', 'partner.test') : adBase;
    res.setHeader('cache-control', 'no-store');
    // The second path matches EasyList's `/ads/index.$~xmlhttprequest`: the page being captured is never blocked.
    if (path === '/article.html' || path === '/ads/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(page(adOrigin));
    }
    res.writeHead(404);
    res.end();
  });
  await Promise.all([
    new Promise<void>((r) => ads.listen(0, '127.0.0.1', r)),
    new Promise<void>((r) => site.listen(0, '127.0.0.1', r)),
  ]);
  adBase = `http://127.0.0.1:${(ads.address() as AddressInfo).port}`;
  siteBase = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});

after(async () => {
  for (const s of [site, ads]) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

/** Pixels within 24 of `rgb` on every channel. */
async function countColour(png: Buffer, rgb: Rgb): Promise<number> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let n = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if (Math.abs(data[i]! - rgb[0]) <= 24 && Math.abs(data[i + 1]! - rgb[1]) <= 24 && Math.abs(data[i + 2]! - rgb[2]) <= 24) n++;
  }
  return n;
}

const present = async (png: Buffer, rgb: Rgb, what: string): Promise<void> => {
  const n = await countColour(png, rgb);
  assert.ok(n > 20_000, `${what} should be in the shot (${n} px)`);
};
const absent = async (png: Buffer, rgb: Rgb, what: string): Promise<void> => {
  const n = await countColour(png, rgb);
  assert.ok(n < 50, `${what} should not be in the shot (${n} px)`);
};

const HOST_RULES = '--host-resolver-rules=MAP news.test 127.0.0.1, MAP partner.test 127.0.0.1';
const machine = { cores: 1, freeMemBytes: 4e9 };
let cacheDir = '';
before(async () => { cacheDir = await mkdtemp(join(tmpdir(), 'framecap-adblock-cache-')); });
after(async () => { await rm(cacheDir, { recursive: true, force: true }); });

/** A renderer from real settings, with the .test names mapped to 127.0.0.1. */
async function rendererFor(extra: RawSettings): Promise<Renderer> {
  const { options } = resolveSettings({ urls: ['http://news.test/'], viewport: '800x800', concurrency: '1', retries: '0', ...extra }, machine);
  return launchRenderer(renderWithoutFrame(options.render), () => {}, { executablePath: CHROMIUM, extraArgs: [HOST_RULES], fontCheck: false, cacheDir });
}

/** Capture the article as news.test; the shot and what the ad server was asked for. */
async function shootArticle(renderer: Renderer) {
  adRequests.length = 0;
  const port = (site.address() as AddressInfo).port;
  const { shot } = await renderer.capture({ index: 0, url: `http://news.test:${port}/article.html`, name: 'article' });
  return { shot, png: shot.png, seen: [...adRequests] };
}

describe('what the blocker hides and stops, in real Chromium', () => {
  test('off: the ads, the tracker and the promos all load and show', async () => {
    const renderer = await rendererFor({});
    try {
      const { shot, png, seen } = await shootArticle(renderer);
      assert.ok(seen.includes('/ads/banners/leaderboard.png'));
      assert.ok(seen.includes('/beacon.js'));
      assert.ok(seen.includes('/custom-promo/spring.png'));
      await present(png, HEADER, 'the header');
      await present(png, AD_IMAGE, 'the ad image');
      await present(png, AD_BOX, 'the ad box');
      await present(png, PROMO_IMAGE, 'the promo image');
      await present(png, PROMO_BOX, 'the promo box');
      assert.equal(shot.blocking, undefined);
      assert.equal(renderer.filterLists, null);
    } finally {
      await renderer.close();
    }
  });

  test('--block-ads: the ad request never reaches the ad server, the ad box and image are gone, the tracker still loads', async () => {
    const renderer = await rendererFor({ 'block-ads': true });
    try {
      for (let round = 1; round <= 2; round++) {
        // Twice on the same slot: the counts are per page, not per slot.
        const { shot, png, seen } = await shootArticle(renderer);
        assert.ok(!seen.includes('/ads/banners/leaderboard.png'), `ad server saw: ${seen.join(', ')}`);
        assert.ok(seen.includes('/beacon.js'), 'EasyList alone does not block the tracker');
        assert.ok(seen.includes('/custom-promo/spring.png'));
        await present(png, HEADER, 'the header');
        await absent(png, AD_BOX, 'the ad box (cosmetic rule)');
        await absent(png, AD_IMAGE, 'the blocked ad image');
        await present(png, PROMO_IMAGE, 'the promo image');
        await present(png, PROMO_BOX, 'the promo box');
        // The banner request; the magenta box and the collapsed <img> whose request was blocked.
        assert.deepEqual(shot.blocking, { blockedRequests: 1, hiddenElements: 2 }, `round ${round}`);
      }
      assert.deepEqual(renderer.filterLists?.map((l) => [l.name, l.source]), [['easylist.txt', 'os-package']]);
    } finally {
      await renderer.close();
    }
  });

  test('--block-ads --block-trackers: the tracker is blocked too', async () => {
    const renderer = await rendererFor({ 'block-ads': true, 'block-trackers': true });
    try {
      const { shot, png, seen } = await shootArticle(renderer);
      assert.ok(!seen.includes('/ads/banners/leaderboard.png'));
      assert.ok(!seen.includes('/beacon.js'), `ad server saw: ${seen.join(', ')}`);
      await absent(png, AD_BOX, 'the ad box');
      await absent(png, AD_IMAGE, 'the ad image');
      assert.equal(shot.blocking?.blockedRequests, 2);
      assert.deepEqual(renderer.filterLists?.map((l) => l.name), ['easylist.txt', 'easyprivacy.txt']);
    } finally {
      await renderer.close();
    }
  });

  test('--filter-list replaces EasyList with the user\'s own list', async () => {
    const list = join(cacheDir, 'house.txt');
    await writeFile(list, '! our own promos\n/custom-promo/*\n##.house-promo\n');
    const renderer = await rendererFor({ 'block-ads': true, 'filter-list': [list] });
    try {
      const { shot, png, seen } = await shootArticle(renderer);
      assert.ok(!seen.includes('/custom-promo/spring.png'), `ad server saw: ${seen.join(', ')}`);
      assert.ok(seen.includes('/ads/banners/leaderboard.png'), 'EasyList is not used alongside the custom list');
      await absent(png, PROMO_IMAGE, 'the promo image');
      await absent(png, PROMO_BOX, 'the promo box');
      await present(png, AD_IMAGE, 'the ad image');
      await present(png, AD_BOX, 'the ad box');
      assert.deepEqual(shot.blocking, { blockedRequests: 1, hiddenElements: 2 });
      assert.deepEqual(renderer.filterLists?.map((l) => [l.name, l.source]), [['house.txt', 'file']]);
    } finally {
      await renderer.close();
    }
  });
});

/** One real run of the whole pipeline on 127.0.0.1; the manifest, the article's PNG and what the ad server saw. */
async function run(extra: RawSettings) {
  const dir = await mkdtemp(join(tmpdir(), 'framecap-adblock-'));
  adRequests.length = 0;
  try {
    const resolved = resolveSettings({
      urls: [`${siteBase}/article.html`, `${siteBase}/ads/index.html`], device: 'none', output: join(dir, 'out'),
      viewport: '800x800', concurrency: '1', 'browser-path': CHROMIUM, retries: '0', ...extra,
    }, machine);
    const { manifest } = await runCapture(resolved.options, {}, { cacheDir: join(dir, 'cache') });
    const row = manifest.captures.find((r) => r.url.endsWith('/article.html'))!;
    assert.equal(row.status, 'ok', row.error ?? '');
    const png = await readFile(join(dir, 'out', row.file!));
    const cached = existsSync(join(dir, 'cache')) ? await readdir(join(dir, 'cache')) : [];
    return { manifest, row, png, seen: [...adRequests], cached };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('the manifest records what the blocker did', () => {
  test('off by default: no blocking fields on the rows, the settings say so', async () => {
    const { manifest, row } = await run({});
    assert.equal(row.blocked_requests, undefined);
    assert.equal(row.hidden_elements, undefined);
    assert.equal(manifest.settings.block_ads, false);
    assert.equal(manifest.settings.block_trackers, false);
    assert.deepEqual(manifest.settings.filter_lists, []);
    assert.equal(manifest.settings.lazy, true);
    assert.equal(manifest.settings.stable, false);
    assert.equal(manifest.settings.dismiss_consent, false);
  });

  test('--block-ads on 127.0.0.1: requests blocked and counted; EasyList\'s own loopback exception keeps its element hiding off', async () => {
    const { manifest, row, png, seen, cached } = await run({ 'block-ads': true, stable: true });
    assert.ok(!seen.includes('/ads/banners/leaderboard.png'), `ad server saw: ${seen.join(', ')}`);
    await absent(png, AD_IMAGE, 'the blocked ad image');
    // `@@://127.0.0.1$generichide`: a local dev server keeps its ad slots; only network rules apply.
    await present(png, AD_BOX, 'the ad box');
    assert.equal(row.blocked_requests, 1);
    assert.equal(row.hidden_elements, 1, 'the collapsed image');
    assert.equal(manifest.captures.find((r) => r.url.endsWith('/ads/index.html'))?.status, 'ok', 'the captured page itself is never blocked');
    assert.equal(manifest.settings.block_ads, true);
    assert.equal(manifest.settings.block_trackers, false);
    assert.equal(manifest.settings.stable, true);
    assert.deepEqual(manifest.settings.filter_lists?.map((l) => [l.name, l.source]), [['easylist.txt', 'os-package']]);
    assert.match(manifest.settings.filter_lists![0]!.sha256, /^[0-9a-f]{64}$/);
    assert.equal(cached.filter((f) => f.endsWith('.bin')).length, 1, 'the parsed engine is cached');
    assert.doesNotMatch(JSON.stringify(manifest), /ad-banner-300x250|ads\/banners/, 'no list contents in the manifest');
  });
});

describe('a video row records what the blocker did, as a still\'s does', () => {
  test('--block-ads with --video scroll: the ad image never requested, and the row counts it', async () => {
    const { row, seen } = await run({ 'block-ads': true, video: 'scroll', 'video-format': 'webp', 'video-duration': '1', 'video-fps': '4', 'video-pause': '0' });
    assert.equal(row.format, 'webp');
    assert.ok(!seen.includes('/ads/banners/leaderboard.png'), `ad server saw: ${seen.join(', ')}`);
    assert.equal(row.blocked_requests, 1);
    assert.equal(row.hidden_elements, 1, 'the collapsed image');
  });
});

describe('where the lists come from', () => {
  test('no list anywhere and no download: a UserError naming the package and --filter-list', async () => {
    await assert.rejects(
      Blocker.create({ ads: true, trackers: false, filterLists: [] }, { packageDirs: ['/nonexistent'], fetch: null }),
      (err: unknown) => err instanceof UserError && /webext-ublock-origin-chromium/.test(err.message) && /--filter-list/.test(err.message),
    );
  });

  test('a failed download (offline runner) is a UserError too, after a warning that it tried', async () => {
    const warnings: string[] = [];
    const offline = (() => Promise.reject(new Error('getaddrinfo ENOTFOUND'))) as typeof fetch;
    await assert.rejects(
      Blocker.create({ ads: false, trackers: true, filterLists: [] }, { packageDirs: ['/nonexistent'], fetch: offline, warn: (m) => warnings.push(m) }),
      (err: unknown) => err instanceof UserError && /easyprivacy\.txt/.test(err.message) && /apt-get install webext-ublock-origin-chromium/.test(err.message),
    );
    assert.match(warnings.join('\n'), /downloading Ghostery's hosted copy/);
  });

  test('an unreadable --filter-list file is a UserError naming it', async () => {
    await assert.rejects(
      Blocker.create({ ads: true, trackers: false, filterLists: ['/nonexistent/list.txt'] }),
      (err: unknown) => err instanceof UserError && err.message.includes('/nonexistent/list.txt'),
    );
  });

  test('the parsed engine is cached by the lists\' content: reused, rebuilt when unreadable, at most four kept', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'framecap-engine-cache-'));
    try {
      const list = join(dir, 'house.txt');
      await writeFile(list, '/custom-promo/*\n##.house-promo\n');
      const cache = join(dir, 'cache');
      const settings = { ads: true, trackers: false, filterLists: [list] };
      await Blocker.create(settings, { cacheDir: cache });
      const [file] = await readdir(cache);
      assert.match(file!, /^blocker-[0-9a-f]{32}\.bin$/);
      // Another engine under the same name: a second run loads it instead of parsing (and leaves it alone).
      const other = Buffer.from(PlaywrightBlocker.parse('/other/*\n').serialize());
      await writeFile(join(cache, file!), other);
      await Blocker.create(settings, { cacheDir: cache });
      assert.ok((await readFile(join(cache, file!))).equals(other), 'the cached engine was used');
      // A truncated file is rebuilt from the list.
      await writeFile(join(cache, file!), 'not an engine');
      await Blocker.create(settings, { cacheDir: cache });
      PlaywrightBlocker.deserialize(new Uint8Array(await readFile(join(cache, file!))));
      // A changed list is a new key; old engines beyond four are removed, least recently used first.
      for (let i = 0; i < 5; i++) {
        const old = join(cache, `blocker-${String(i).repeat(32)}.bin`);
        await writeFile(old, 'x');
        await utimes(old, new Date(2020, 0, 1 + i), new Date(2020, 0, 1 + i));
      }
      await writeFile(list, '/custom-promo/*\n##.house-promo\n##.another\n');
      await Blocker.create(settings, { cacheDir: cache });
      const kept = (await readdir(cache)).sort();
      assert.equal(kept.length, 4);
      assert.ok(kept.includes(file!), 'the recently used engine stays');
      assert.ok(!kept.includes(`blocker-${'0'.repeat(32)}.bin`) && !kept.includes(`blocker-${'1'.repeat(32)}.bin`) && !kept.includes(`blocker-${'2'.repeat(32)}.bin`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('nothing asked: no blocker, nothing read', async () => {
    assert.equal(await Blocker.create({ ads: false, trackers: false, filterLists: ['/nonexistent/list.txt'] }), null);
  });

  test('settings: --filter-list needs --block-ads or --block-trackers; off by default', () => {
    assert.throws(
      () => resolveSettings({ urls: ['https://example.com/'], 'filter-list': ['a.txt'] }, machine),
      (err: unknown) => err instanceof SettingError && err.setting === 'filter-list' && /--filter-list needs --block-ads or --block-trackers/.test(err.message),
    );
    const off = resolveSettings({ urls: ['https://example.com/'] }, machine).options.render;
    assert.equal(off.blockAds, false);
    assert.equal(off.blockTrackers, false);
    assert.equal(off.filterLists, undefined);
    const on = resolveSettings({ urls: ['https://example.com/'], 'block-trackers': 'true', 'filter-list': ['a.txt', 'b.txt'] }, machine).options.render;
    assert.equal(on.blockTrackers, true);
    assert.deepEqual(on.filterLists, ['a.txt', 'b.txt']);
  });
});

describe('the other doors', () => {
  const machine = { cores: 1, freeMemBytes: 4e9 };

  test('async mode sends block_ads/block_trackers to the server, and refuses --filter-list (the server never reads our files)', async () => {
    const on = resolveSettings({ urls: ['https://example.com/'], 'block-ads': true, 'block-trackers': true }, machine).options;
    const { body } = await jobRequestFor(on, async () => '');
    assert.equal(body.block_ads, true);
    assert.equal(body.block_trackers, true);
    const off = await jobRequestFor(resolveSettings({ urls: ['https://example.com/'] }, machine).options, async () => '');
    assert.equal('block_ads' in off.body, false);
    const withList = resolveSettings({ urls: ['https://example.com/'], 'block-ads': true, 'filter-list': ['house.txt'] }, machine).options;
    await assert.rejects(jobRequestFor(withList, async () => ''), /--filter-list is for local runs/);
  });

  test('framecap.yml: block-ads, blockTrackers and filter-lists (the Action\'s plural) are read', () => {
    const raw = parseConfig('block-ads: true\nblockTrackers: true\nfilter-lists:\n  - lists/house.txt\n', 'framecap.yml');
    const { render } = resolveSettings({ ...raw, urls: ['https://example.com/'] }, machine).options;
    assert.equal(render.blockAds, true);
    assert.equal(render.blockTrackers, true);
    assert.deepEqual(render.filterLists, ['lists/house.txt']);
  });

  test('the server takes block_ads/block_trackers in a request body, checked by the same settings code', () => {
    const request = parseJobRequest('capture', { url: 'https://example.com/', block_ads: true, block_trackers: true }, { maxUrlsPerJob: 10 });
    const { render } = resolveRequest(request, { output: '/tmp/x.zip', browserPath: null, pageConcurrency: 1 }).options;
    assert.equal(render.blockAds, true);
    assert.equal(render.blockTrackers, true);
    assert.equal(render.filterLists, undefined);
  });
});
