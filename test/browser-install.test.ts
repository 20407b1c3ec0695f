// The Action's `browser: headless-shell` installs Chromium's headless shell
// with playwright-core's own installer. Offline: the machine's shell is packed
// the way the Chrome-for-Testing CDN serves it (a ZIP holding
// chrome-headless-shell-linux64/) and served from 127.0.0.1 as
// PLAYWRIGHT_DOWNLOAD_HOST, so the real installer downloads, unpacks and marks
// it, and a real capture then runs on what it installed. Never the internet.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, realpath, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, relative } from 'node:path';
import sharp from 'sharp';
import { prepareBrowser } from '../src/action/browser.ts';
import type { ShellCache } from '../src/action/browser.ts';
import { findBrowser, launchRenderer } from '../src/core/render/index.ts';
import { headlessShellBuild } from '../src/core/render/install-shell.ts';
import { ZipWriter } from '../src/core/sink/zip-writer.ts';
import { UserError } from '../src/core/types.ts';
import { defaultCaptureOptions } from '../src/index.ts';
import { startExampleSite, type ExampleSite } from './helpers/site.ts';
import { runDistAction } from './helpers/action-process.ts';
import { freshCheckout, node24 } from './helpers/checkout.ts';
import { testBrowser } from './helpers/system.ts';
import { readZip } from './helpers/zip.ts';
import type { Manifest } from '../src/core/manifest.ts';
import { tempDir } from './helpers/temp-dir.ts';

const work = tempDir('framecap-shell-install-');
let site: ExampleSite;
let host: Server;
let hostUrl: string;
let zip: Buffer;
let ffmpegZip: Buffer;
const requests: string[] = [];
let serveZip = true;

/** The real executable behind a launcher script (Debian's /usr/bin/chromium-headless-shell is `exec /usr/lib/chromium/…`). */
async function shellBinary(): Promise<string> {
  const path = await realpath(testBrowser('shell'));
  const head = readFileSync(path).subarray(0, 4096).toString('latin1');
  if (!head.startsWith('#!')) return path;
  const target = /(\/\S+headless[-_]shell)\b/.exec(head.slice(2))?.[1];
  assert.ok(target, `${path} is a script that names no headless shell`);
  return realpath(target);
}

/** The shell and the files it loads beside it, as chrome-headless-shell-linux64/ in a stored ZIP (other big binaries of the folder left out). */
async function packShell(): Promise<Buffer> {
  const binary = await shellBinary();
  const dir = dirname(binary);
  const out = join(work, 'shell.zip');
  const stream = createWriteStream(out);
  const writer = new ZipWriter(stream);
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const size = (await stat(path)).size;
    if (path !== binary && size > 50e6) continue;
    const name = path === binary ? 'chrome-headless-shell' : relative(dir, path);
    await writer.add(`chrome-headless-shell-linux64/${name}`, await readFile(path));
  }
  await writer.finish();
  return readFile(out);
}

/**
 * The installer fetches Playwright's ffmpeg with any browser (for video recording, which framecap
 * does not do through Playwright): the mirror serves a stand-in executable, which nothing runs.
 */
async function packFfmpeg(): Promise<Buffer> {
  const out = join(work, 'ffmpeg.zip');
  const writer = new ZipWriter(createWriteStream(out));
  await writer.add('ffmpeg-linux', Buffer.from('#!/bin/sh\necho "framecap test mirror: not Playwright\'s ffmpeg" >&2\nexit 1\n'));
  await writer.finish();
  return readFile(out);
}

before(async () => {
  zip = await packShell();
  ffmpegZip = await packFfmpeg();
  site = await startExampleSite();
  host = createServer((req, res) => {
    requests.push(req.url ?? '');
    const { browserVersion } = headlessShellBuild({ PLAYWRIGHT_BROWSERS_PATH: work });
    if (serveZip && req.url === `/builds/cft/${browserVersion}/linux64/chrome-headless-shell-linux64.zip`) {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': zip.length });
      res.end(zip);
      return;
    }
    if (/^\/builds\/ffmpeg\/\d+\/ffmpeg-linux\.zip$/.test(req.url ?? '')) {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': ffmpegZip.length });
      res.end(ffmpegZip);
      return;
    }
    res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

after(async () => {
  await site?.close();
  await new Promise<void>((resolve) => host?.close(() => resolve()));
});

/** A runner with no browser of its own on PATH, an empty Playwright cache, and the mirror. */
async function runnerEnv(name: string): Promise<Record<string, string>> {
  const home = join(work, name);
  await mkdir(home, { recursive: true });
  return {
    HOME: home, PATH: join(home, 'bin'), PLAYWRIGHT_BROWSERS_PATH: join(home, 'ms-playwright'),
    PLAYWRIGHT_DOWNLOAD_HOST: hostUrl
  };
}

/** A cache of folders on disk, standing in for the Actions cache service (which only GitHub runs). */
function folderCache(root: string): ShellCache & { saved: string[] } {
  const saved: string[] = [];
  return {
    saved,
    async restore(dir, key) {
      const from = join(root, key);
      if (!(await stat(from).catch(() => null))) return false;
      await cp(from, dir, { recursive: true });
      return true;
    },
    async save(dir, key) {
      saved.push(key);
      await cp(dir, join(root, key), { recursive: true });
    },
  };
}

test('browser: headless-shell downloads the shell from PLAYWRIGHT_DOWNLOAD_HOST, and a capture runs on it', async () => {
  const env = await runnerEnv('first');
  const lines: string[] = [];
  const cache = folderCache(join(work, 'cache'));
  requests.length = 0;
  await prepareBrowser('headless-shell', null, env, cache, { info: (l) => lines.push(l), warn: (l) => lines.push(`warn: ${l}`) });

  const build = headlessShellBuild(env);
  assert.deepEqual(requests.filter((r) => r.startsWith('/builds/cft/')), [`/builds/cft/${build.browserVersion}/linux64/chrome-headless-shell-linux64.zip`], 'one download of the shell, from the mirror');
  const installed = join(build.dir, 'chrome-headless-shell-linux64', 'chrome-headless-shell');
  assert.deepEqual(await findBrowser(null, env), { path: installed, source: 'playwright-cache' });
  assert.ok(lines.some((l) => l.includes(`installed ${installed}`)), lines.join('\n'));
  assert.deepEqual(cache.saved, [`framecap-chromium_headless_shell-${build.revision}-linux-x64`]);

  const options = defaultCaptureOptions();
  const renderer = await launchRenderer({ ...options.render, scale: 1, browser: 'headless-shell', concurrency: 1 }, () => undefined, { env, fontCheck: false });
  try {
    assert.match(renderer.browserVersion, /^Chromium Headless Shell /);
    const { shot } = await renderer.capture({ index: 0, url: `${site.origin}/`, name: 'index' });
    const meta = await sharp(shot.png).metadata();
    assert.deepEqual([meta.width, meta.height], [options.render.viewport.width, options.render.viewport.height]);
    const stats = await sharp(shot.png).stats();
    assert.ok(stats.channels.some((c) => c.max - c.min > 50), 'the page drew something');
  } finally {
    await renderer.close();
  }

  // The next run of the workflow: the cache has it, the mirror is not asked.
  const next = await runnerEnv('second');
  requests.length = 0;
  const nextLines: string[] = [];
  await prepareBrowser('headless-shell', null, next, cache, { info: (l) => nextLines.push(l), warn: (l) => nextLines.push(l) });
  assert.deepEqual(requests, []);
  assert.equal((await findBrowser(null, next, undefined, 'headless-shell')).source, 'playwright-cache');
  assert.ok(nextLines.some((l) => /restored from the Actions cache/.test(l)), nextLines.join('\n'));
});

test('the Action from a checkout with no node_modules, on Node 24: browser: headless-shell installs the shell and the run uses it', async () => {
  const checkout = freshCheckout('framecap-browser-');
  const env = await runnerEnv('dist');
  const workspace = join(work, 'dist', 'ws');
  await mkdir(workspace, { recursive: true });
  requests.length = 0;
  const r = await runDistAction(node24(), checkout, {
    cwd: workspace,
    env: {
      ...env, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace,
      INPUT_URLS: `${site.origin}/`, INPUT_BROWSER: 'headless-shell', INPUT_OUTPUT: join(workspace, 'shots.zip'),
    },
    drop: (name) => name === 'CHROME_PATH' || name.startsWith('PLAYWRIGHT_'),
  });
  await rm(checkout, { recursive: true, force: true });
  assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
  assert.equal(requests.filter((u) => u.startsWith('/builds/cft/')).length, 1, 'the shell came from the mirror');
  assert.match(r.stdout, /installing Chrome Headless Shell/);
  const entries = await readZip(join(workspace, 'shots.zip'));
  const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString()) as Manifest;
  assert.match(String(manifest.settings.browser), /^Chromium Headless Shell /);
  assert.equal(manifest.captures[0]?.status, 'ok');
});

test('browser: auto takes the shell from the cache, and never downloads one', async () => {
  const env = await runnerEnv('auto');
  requests.length = 0;
  const lines: string[] = [];
  await prepareBrowser('auto', null, env, null, { info: (l) => lines.push(l), warn: (l) => lines.push(l) });
  assert.deepEqual(requests, []);
  assert.ok(lines.some((l) => /runner's Chrome/.test(l)), lines.join('\n'));
  await assert.rejects(findBrowser(null, env, undefined, 'headless-shell'), UserError);
});

test('a mirror without the build: the error names PLAYWRIGHT_DOWNLOAD_HOST and what to do', async () => {
  const env = await runnerEnv('missing');
  serveZip = false;
  try {
    await assert.rejects(
      prepareBrowser('headless-shell', null, env, null, { info: () => undefined, warn: () => undefined }),
      (err: Error) => err instanceof UserError && err.message.includes(`PLAYWRIGHT_DOWNLOAD_HOST=${hostUrl}`) && /browser: auto/.test(err.message),
    );
  } finally {
    serveZip = true;
  }
});

test('--browser picks the build: shell or full, and names what to install when the shell is missing', async () => {
  const bin = (name: string) => `/b/${name}`;
  const has = (...names: string[]) => async (path: string) => names.map(bin).includes(path);
  const env = { PATH: '/b' };
  assert.equal((await findBrowser(null, env, has('google-chrome', 'chromium-headless-shell'), 'auto')).path, bin('chromium-headless-shell'));
  assert.equal((await findBrowser(null, env, has('google-chrome', 'chromium-headless-shell'), 'chrome')).path, bin('google-chrome'));
  assert.equal((await findBrowser(null, env, has('google-chrome', 'chrome-headless-shell'), 'headless-shell')).path, bin('chrome-headless-shell'));
  await assert.rejects(findBrowser(null, env, has('google-chrome'), 'headless-shell'),
    (err: Error) => err instanceof UserError && /playwright-core install chromium-headless-shell/.test(err.message));
  await assert.rejects(findBrowser(null, env, has('chromium-headless-shell'), 'chrome'), UserError);
});
