// The real CLI (from source) against the example site on 127.0.0.1 and real Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { startExampleSite } from './helpers/site.ts';
import { readZip } from './helpers/zip.ts';
import { runCli } from './helpers/run.ts';
import { runMain } from './helpers/main.ts';
import type { Manifest } from '../src/core/manifest.ts';
import { tempDir } from './helpers/temp-dir.ts';

let site: Awaited<ReturnType<typeof startExampleSite>>;
const dir = tempDir('framecap-cli-');

before(async () => {
  site = await startExampleSite();
});
after(async () => {
  await site.close();
});

function sitemapUrls(): string[] {
  const xml = readFileSync('examples/site/sitemap.xml', 'utf8');
  return [...xml.matchAll(/<loc>__ORIGIN__([^<]*)<\/loc>/g)].map((m) => `${site.origin}${m[1]}`);
}

test('capture a whole site: every page framed in the ZIP, a 404 and a timeout accounted for', async () => {
  const zip = join(dir, 'site.zip');
  const missing = `${site.origin}/no-such-page.html`;
  const hang = `${site.origin}/__test/hang`;
  // The hang route costs exactly its own limit, so a page rule (framecap.yml) gives it a short one.
  const cfgDir = mkdtempSync(join(dir, 'site-cfg-'));
  writeFileSync(join(cfgDir, 'framecap.yml'), 'pages:\n  - {match: /__test/hang, timeout: 3000}\n');
  const r = await runCli([
    'capture', '--site', site.origin, missing, hang,
    // A generous timeout for every other page: shared CI machines can be slow.
    '--timeout', '15000', '--retries', '0', '--padding', '40', '-o', zip, '--json',
  ], { cwd: cfgDir });
  assert.equal(r.code, 0, `partial run exits 0 with the default --fail-on failed\n${r.stderr}`);
  const job = JSON.parse(r.stdout);
  assert.match(job.id, /^job_[0-9A-HJKMNP-TV-Z]{26}$/);
  assert.equal(job.type, 'sitemap');
  assert.equal(job.status, 'partial');

  const pages = sitemapUrls();
  assert.ok(pages.length >= 12, 'the example site has a dozen pages');
  assert.deepEqual(job.progress, { total: pages.length + 2, completed: pages.length, failed: 2, percentage: 100 });

  const entries = await readZip(zip);
  const manifestEntry = entries.find((e) => e.name === 'manifest.json');
  assert.ok(manifestEntry, 'manifest.json in the ZIP');
  const manifest = JSON.parse(manifestEntry.data.toString()) as Manifest;
  assert.equal(manifest.job.id, job.id);
  assert.equal(manifest.captures.length, pages.length + 2, 'a row for every planned URL');
  assert.deepEqual(new Set(manifest.captures.map((c) => c.url)), new Set([...pages, missing, hang]));

  const notFound = manifest.captures.find((c) => c.url === missing)!;
  assert.equal(notFound.status, 'failed');
  assert.equal(notFound.http_status, 404);
  assert.match(notFound.error!, /404/);
  const timedOut = manifest.captures.find((c) => c.url === hang)!;
  assert.equal(timedOut.status, 'failed');
  assert.match(timedOut.error!, /timeout/i);

  const gallery = entries.find((e) => e.name === 'index.html');
  assert.ok(gallery, 'index.html gallery in the ZIP');
  const html = gallery.data.toString();
  for (const row of manifest.captures.filter((c) => c.status === 'ok')) assert.ok(html.includes(`src="${row.file}"`), `gallery shows ${row.file}`);
  assert.ok(html.includes('no-such-page.html'), 'gallery lists the failures');
  assert.ok(!/<script/i.test(html), 'no scripts in the gallery');

  const images = entries.filter((e) => e.name !== 'manifest.json' && e.name !== 'index.html');
  assert.equal(images.length, pages.length);
  for (const e of images) assert.equal(e.compressionMethod, 0, `${e.name} stored, not deflated`);
  for (const row of manifest.captures.filter((c) => c.status === 'ok')) {
    const entry = images.find((e) => e.name === row.file);
    assert.ok(entry, `${row.file} in the ZIP`);
    const meta = await sharp(entry.data).metadata();
    assert.equal(meta.format, 'png');
    assert.equal(meta.width, row.width);
    assert.equal(meta.height, row.height);
    // Framed: viewport 1280 plus 40 px padding each side; taller than the viewport by the chrome bar and padding.
    assert.equal(meta.width, 1280 + 2 * 40);
    assert.ok(meta.height! > 800 + 2 * 40, `${row.file} has a title bar above the page`);
    assert.equal(row.bytes, entry.data.length);
    assert.match(row.sha256!, /^[0-9a-f]{64}$/);
  }
});

test('--fail-on partial turns a partial run into exit 1; the summary names the failure', async () => {
  const r = await runCli([
    'capture', `${site.origin}/`, `${site.origin}/no-such-page.html`,
    '--device', 'none', '--retries', '0', '--fail-on', 'partial', '-o', join(dir, 'p.zip'),
  ]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /partial: 1\/2 captured, 1 failed/);
  assert.match(r.stdout, /no-such-page\.html\s+HTTP 404/);
});

test('every URL failing exits 1 with status failed', async () => {
  const r = await runCli(['capture', `${site.origin}/gone.html`, '--retries', '0', '--json', '-o', join(dir, 'f.zip')]);
  assert.equal(r.code, 1);
  const job = JSON.parse(r.stdout);
  assert.equal(job.status, 'failed');
  assert.equal(job.type, 'capture');
  assert.match(job.error, /404/);
});

test('one URL with --json: result.url is the image\'s name in the output (no server), result.page_url the page', async () => {
  const out = join(dir, 'one-shot');
  const page = `${site.origin}/about.html`;
  const r = await runCli(['capture', page, '--device', 'none', '--viewport', '640x480', '--retries', '0', '-o', out, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const job = JSON.parse(r.stdout);
  assert.equal(job.type, 'capture');
  assert.equal(job.result.page_url, page);
  assert.doesNotMatch(job.result.url, /^[a-z]+:/i, 'not a web address: there is no server to fetch it from');
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
  assert.equal(job.result.url, manifest.captures[0]!.file);
  assert.deepEqual(manifest.job.result, job.result);
  const png = readFileSync(join(out, job.result.url));
  assert.deepEqual(png.subarray(0, 4), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  assert.deepEqual(await sharp(png).metadata().then((m) => [m.width, m.height]), [640, 480]);
  assert.deepEqual([job.result.width, job.result.height, job.result.format], [640, 480, 'png']);
});

// Pure usage: main() in this process (the binary passes main's exit code on, as the runs above show).
test('usage errors exit 2 and say what to do', async () => {
  const bad = await runMain(['capture', `${site.origin}/`, '--viewport', 'wide']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--viewport must be WIDTHxHEIGHT/);
  const none = await runMain(['capture']);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /nothing to capture/);
  const unknown = await runMain(['capture', `${site.origin}/`, '--devise', 'x']);
  assert.equal(unknown.code, 2);
  const frame = await runMain(['capture', `${site.origin}/`, '--device', 'no-such-frame', '-o', join(dir, 'x.zip')]);
  assert.notEqual(frame.code, 0);
  assert.match(frame.stderr, /no-such-frame/);
});

test('URL file from stdin, plain shots into a folder, config file settings', async () => {
  const cfgDir = mkdtempSync(join(dir, 'cfg-'));
  writeFileSync(join(cfgDir, 'framecap.yml'), 'device: none\nformat: jpeg\nquality: 70\nviewport: 800x600\n');
  const out = join(cfgDir, 'shots');
  const r = await runCli(['capture', '--urls', '-', '-o', out, '--json'], {
    cwd: cfgDir,
    input: `# pages\n${site.origin}/\n\n${site.origin}/about.html\n`,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /using settings from .*framecap\.yml/);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
  assert.equal(manifest.captures.length, 2);
  for (const row of manifest.captures) {
    assert.equal(row.status, 'ok');
    const meta = await sharp(join(out, row.file!)).metadata();
    assert.equal(meta.format, 'jpeg');
    assert.deepEqual([meta.width, meta.height], [800, 600], 'device none = the plain viewport shot');
  }
});

test('devices lists frames and presets; --help and --version work', async () => {
  const d = await runMain(['devices', '--json']);
  assert.equal(d.code, 0);
  const catalog = JSON.parse(d.stdout);
  assert.ok(catalog.frames.some((f: { id: string }) => f.id === 'browser-macos'));
  assert.ok(catalog.backgrounds.some((b: { name: string }) => b.name === 'midnight'));
  const h = await runMain(['capture', '--help']);
  assert.equal(h.code, 0);
  for (const flag of ['--sitemap', '--site', '--urls', '--shard', '--full-page', '--wait-for', '--hide', '--cookie', '--fail-on', '--device']) {
    assert.ok(h.stdout.includes(flag), `help mentions ${flag}`);
  }
  const v = await runMain(['--version']);
  assert.equal(v.code, 0);
  assert.match(v.stdout, /^\d+\.\d+\.\d+/);
});

test('secrets given as header and cookie values never reach stdout, stderr or the manifest', async () => {
  const token = 'tok_VERYSECRET_1234567890';
  const cookie = 'ck_ALSOSECRET_0987654321';
  const out = join(dir, 'secret.zip');
  const r = await runCli([
    'capture', `${site.origin}/`, `${site.origin}/missing-page.html`, '--retries', '0',
    '--header', `Authorization: Bearer ${token}`, '--cookie', `session=${cookie}`, '-o', out, '--json',
  ]);
  assert.equal(r.code, 0, r.stderr);
  for (const text of [r.stdout, r.stderr, readFileSync(out).toString('latin1')]) {
    assert.ok(!text.includes(token), 'token leaked');
    assert.ok(!text.includes(cookie), 'cookie leaked');
  }
  const manifest = JSON.parse((await readZip(out)).find((e) => e.name === 'manifest.json')!.data.toString()) as Manifest;
  assert.deepEqual(manifest.settings.header_names, ['Authorization']);
  assert.deepEqual(manifest.settings.cookie_names, ['session']);
});
