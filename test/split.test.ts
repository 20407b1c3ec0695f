// --split: a full page taller than a part is written as numbered parts, each
// framed, listed in one manifest row. Real Chromium, a striped page on
// 127.0.0.1; the parts' pixels are checked against one PNG capture of the
// same page, across every seam.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { resolveSettings } from '../src/config/settings.ts';
import { mergeOutputs } from '../src/core/merge.ts';
import { runCapture } from '../src/core/run.ts';
import type { ManifestRow } from '../src/core/types.ts';
import { UserError } from '../src/core/types.ts';
import { runMain } from './helpers/main.ts';
import { startExampleSite } from './helpers/site.ts';
import type { ExampleSite } from './helpers/site.ts';
import { readZip } from './helpers/zip.ts';
import type { Job } from '../src/core/job.ts';
import { createServer } from '../src/server/index.ts';
import { testBrowser } from './helpers/system.ts';
import { tempDir } from './helpers/temp-dir.ts';
import { shareOneBrowser } from './helpers/shared-browser.ts';

// The in-process runs share one browser; the queue server's render child starts its own.
shareOneBrowser();

const KEY = 'split-key-0123456789abcdef0123456';

// The headless shell: the same Blink, about 0.6 s less CPU a launch than the full build.
const CHROMIUM = testBrowser('shell');
const WIDTH = 400;
/** browser-macos at scale 1 with --padding 64: the title bar, and the padding above and below. */
const TITLE_BAR = 46;
const PADDING = 64;

/**
 * Stripes 3 px and 4 px (a 7 px period, which no part height here divides),
 * changing colour every 1,000 px: a part one row off its place shows it.
 */
function stripesPage(height: number): string {
  const bands: string[] = [];
  for (let y = 0; y < height; y += 1_000) {
    const k = y / 1_000;
    const a = `rgb(${(40 + k * 53) % 256},${(90 + k * 97) % 256},${(140 + k * 151) % 256})`;
    bands.push(`<div style="height:${Math.min(1_000, height - y)}px;background:repeating-linear-gradient(${a} 0 3px, #fff 3px 7px)"></div>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>stripes</title><style>html,body{margin:0}</style></head><body>${bands.join('')}</body></html>`;
}

interface Raw { data: Buffer; width: number; height: number }

async function raw(image: Buffer): Promise<Raw> {
  const { data, info } = await sharp(image, { limitInputPixels: false }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Mean absolute difference per channel between row `ya` of `a` and row `yb` of `b`, columns x0..x0+width. */
function rowDiff(a: Raw, ya: number, ax: number, b: Raw, yb: number, bx: number, width: number): number {
  let sum = 0;
  for (let x = 0; x < width; x++) {
    for (let c = 0; c < 3; c++) sum += Math.abs(a.data[(ya * a.width + ax + x) * 3 + c]! - b.data[(yb * b.width + bx + x) * 3 + c]!);
  }
  return sum / (width * 3);
}

const SEAM_ROWS = 14;

/** rowDiff over SEAM_ROWS rows from `ya` of `a` and from `yb` of `b`, whole width. */
function windowDiff(a: Raw, ya: number, b: Raw, yb: number): number {
  let sum = 0;
  for (let k = 0; k < SEAM_ROWS; k++) sum += rowDiff(a, ya + k, 0, b, yb + k, 0, WIDTH);
  return sum / SEAM_ROWS;
}

describe('--split', () => {
  let marked = false;
  let site: ExampleSite;
  const dir = tempDir('framecap-split-');
  before(async () => {
    site = await startExampleSite({
      // The same page, with a red block in its last 1,000 px once `marked` is set: a change in its last part only.
      '/__test/changing': (_req, res) => {
        const body = stripesPage(5_000).replace('</body>', marked ? '<div style="position:absolute;left:0;top:4500px;width:120px;height:60px;background:#e00"></div></body>' : '</body>');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: marked ? '"b"' : '"a"' }).end(body);
      },
      '/__test/stripes': (req, res) => {
        const height = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('h'));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(stripesPage(height));
      },
    });
  });
  after(async () => {
    await site?.close();
  });

  const run = async (name: string, settings: Record<string, unknown>): Promise<{ row: ManifestRow; entries: Awaited<ReturnType<typeof readZip>>; warnings: string[] }> => {
    const output = join(dir, `${name}.zip`);
    const warnings: string[] = [];
    const { options } = resolveSettings({
      viewport: `${WIDTH}x300`, 'full-page': true, concurrency: '1', 'browser-path': CHROMIUM, retries: '0', timeout: '90000', lazy: false,
      ...settings, output,
    }, { cores: 1, freeMemBytes: 4e9 });
    const { manifest } = await runCapture(options, { warning: (m) => warnings.push(m) });
    const row = manifest.captures[0]!;
    assert.equal(row.status, 'ok', row.error ?? '');
    return { row, entries: await readZip(output), warnings };
  };

  test('a page taller than WebP allows is written as parts that meet row for row, as one PNG capture of it shows', async () => {
    const page = 20_000;
    const url = `${site.origin}/__test/stripes?h=${page}`;
    const { row, entries } = await run('webp-parts', { urls: [url], device: 'none', format: 'webp', quality: '100', split: '8000' });
    const parts = row.parts!;
    const name = row.file!.replace(/\.part-1\.webp$/, '');
    assert.deepEqual(parts.map((p) => [p.file, p.y, p.page_height]), [
      [`${name}.part-1.webp`, 0, 8_000], [`${name}.part-2.webp`, 8_000, 8_000], [`${name}.part-3.webp`, 16_000, 4_000],
    ]);
    assert.equal(row.file, parts[0]!.file);
    assert.deepEqual([row.width, row.height, row.bytes, row.sha256], [parts[0]!.width, parts[0]!.height, parts[0]!.bytes, parts[0]!.sha256]);
    assert.equal(row.cropped, undefined, 'nothing was cut');
    const images: Raw[] = [];
    for (const p of parts) {
      const bytes = entries.find((e) => e.name === p.file)!.data;
      assert.equal(bytes.length, p.bytes);
      const meta = await sharp(bytes).metadata();
      assert.equal(meta.format, 'webp');
      assert.deepEqual([meta.width, meta.height], [p.width, p.height], `${p.file} decodes at the recorded size`);
      assert.deepEqual([p.width, p.height], [WIDTH, p.page_height]);
      images.push(await raw(bytes));
    }
    assert.equal(parts.reduce((sum, p) => sum + p.page_height, 0), page, 'together they cover the whole page');

    // The same page as one PNG (no format limit), the reference for every seam.
    const whole = await run('png-whole', { urls: [url], device: 'none', format: 'png' });
    assert.equal(whole.row.parts, undefined);
    assert.equal(whole.row.height, page);
    const full = await raw(whole.entries.find((e) => e.name === whole.row.file)!.data);
    for (const [i, p] of parts.entries()) {
      const image = images[i]!;
      // The first and the last 14 rows (two stripe periods) of each part against the page's rows there.
      for (const from of [0, p.page_height - SEAM_ROWS]) {
        const d = windowDiff(image, from, full, p.y + from);
        // WebP's colour subsampling blurs the stripes' edges a little (up to ~25 on an edge row, ~10 a window).
        assert.ok(d < 16, `${p.file} rows ${from}+${SEAM_ROWS} vs page rows ${p.y + from}: mean difference ${d.toFixed(1)}`);
        // One row off shows to the same measure, so the check above can fail.
        const off = windowDiff(image, from, full, p.y + from + (from === 0 ? 1 : -1));
        assert.ok(off > 3 * d, `${p.file} rows ${from}: one row off differs by ${off.toFixed(1)}, in place by ${d.toFixed(1)}`);
      }
    }
  });

  test('each part is framed on its own, and a page shorter than a part is one ordinary image', async () => {
    const tall = `${site.origin}/__test/stripes?h=5000`;
    const short = `${site.origin}/__test/stripes?h=1500`;
    const output = join(dir, 'framed.zip');
    const { options } = resolveSettings({
      urls: [tall, short], viewport: `${WIDTH}x300`, 'full-page': true, concurrency: '1', 'browser-path': CHROMIUM, retries: '0', lazy: false,
      device: 'browser-macos', padding: String(PADDING), format: 'png', split: '2000', thumbnail: '100', output,
    }, { cores: 1, freeMemBytes: 4e9 });
    const { manifest } = await runCapture(options);
    const [split, single] = manifest.captures as [ManifestRow, ManifestRow];
    assert.equal(split.status, 'ok', split.error ?? '');
    assert.deepEqual(split.parts!.map((p) => p.page_height), [2_000, 2_000, 1_000]);
    const entries = await readZip(output);
    for (const p of split.parts!) {
      assert.equal(p.height, p.page_height + TITLE_BAR + 2 * PADDING, `${p.file}: the part's page with a whole frame around it`);
      const image = await raw(entries.find((e) => e.name === p.file)!.data);
      assert.deepEqual([image.width, image.height], [p.width, p.height]);
      // The title bar's grey under every part's top padding, then the part's own first page row.
      const bar = (PADDING + 20) * image.width + Math.floor(image.width * 0.8);
      const [r, g, b] = [image.data[bar * 3]!, image.data[bar * 3 + 1]!, image.data[bar * 3 + 2]!];
      assert.ok(Math.abs(r - g) < 8 && Math.abs(g - b) < 8 && r > 180, `${p.file}: title bar at the top (${r},${g},${b})`);
    }
    assert.ok(entries.some((e) => e.name === split.file!.replace(/\.png$/, '.thumb.png')), 'the first part has the thumbnail');
    const gallery = entries.find((e) => e.name === 'index.html')!.data.toString();
    for (const p of split.parts!) assert.ok(gallery.includes(p.file), `the gallery links ${p.file}`);

    assert.equal(single.status, 'ok', single.error ?? '');
    assert.equal(single.parts, undefined);
    assert.match(single.file!, /^[^.]+\.png$/, 'an ordinary file name, no .part-1');
    assert.equal(single.height, 1_500 + TITLE_BAR + 2 * PADDING);
  });

  test('a split the format cannot hold, or no positive split, is an error to act on before any page is shot', async () => {
    const path = '/__test/stripes';
    const hitsBefore = site.hits(path);
    const url = `${site.origin}${path}?h=3000`;
    const { options } = resolveSettings({ urls: [url], 'full-page': true, format: 'webp', split: '20000', 'browser-path': CHROMIUM, output: join(dir, 'never.zip') }, { cores: 1, freeMemBytes: 4e9 });
    await assert.rejects(runCapture(options), (err: Error) => err instanceof UserError && /--split 20000 is taller than a WEBP image can be \(16,383 px\): use --split 16383 or less, or --format png/.test(err.message));
    // At scale 2 the limit is half as many CSS px.
    const { options: scaled } = resolveSettings({ urls: [url], 'full-page': true, format: 'jpeg', split: '40000', scale: '2', 'browser-path': CHROMIUM, output: join(dir, 'never.zip') }, { cores: 1, freeMemBytes: 4e9 });
    await assert.rejects(runCapture(scaled), (err: Error) => err instanceof UserError && /use --split 32750 or less/.test(err.message));
    assert.equal(site.hits(path), hitsBefore, 'no page was loaded');

    for (const value of ['0', '-500', 'tall']) {
      const cli = await runMain(['capture', url, '--full-page', '--split', value, '-o', join(dir, 'never.zip')]);
      assert.ok(cli.code !== null && cli.code > 0, `--split ${value}: exit ${cli.code}: ${cli.stderr}`);
      assert.match(cli.stderr, /--split must be (a whole number )?from 100 to 1000000/);
      assert.doesNotMatch(cli.stderr, /\n\s+at /, 'no stack trace');
    }
    const cli = await runMain(['capture', url, '--full-page', '--format', 'webp', '--split', '17000', '--browser-path', CHROMIUM, '-o', join(dir, 'never.zip')]);
    assert.notEqual(cli.code, 0);
    assert.match(cli.stderr, /--split 17000 is taller than a WEBP image can be/);
    assert.doesNotMatch(cli.stderr, /\n\s+at /);
    assert.equal(site.hits(path), hitsBefore, 'no page was loaded');
  });

  test('a page in parts is carried over part by part by --incremental, compared part by part, and merged whole', async () => {
    const changing = `${site.origin}/__test/changing`;
    const other = `${site.origin}/__test/stripes?h=1200`;
    const common = { viewport: `${WIDTH}x300`, 'full-page': true, concurrency: '1', 'browser-path': CHROMIUM, retries: '0', lazy: false, device: 'none', split: '2000' };
    const capture = async (name: string, urls: string[], extra: Record<string, unknown> = {}) => {
      const output = join(dir, `${name}.zip`);
      const { options } = resolveSettings({ ...common, urls, output, ...extra }, { cores: 1, freeMemBytes: 4e9 });
      const { manifest } = await runCapture(options);
      return { output, manifest, entries: await readZip(output) };
    };
    marked = false;
    const first = await capture('inc-1', [changing]);
    const before = first.manifest.captures[0]!;
    assert.equal(before.parts?.length, 3);

    // Unchanged (same ETag): every part is copied from the baseline, byte for byte.
    const again = await capture('inc-2', [changing], { baseline: first.output, incremental: true });
    const reused = again.manifest.captures[0]!;
    assert.equal(reused.reused, true);
    assert.deepEqual(reused.parts!.map((p) => [p.file, p.sha256]), before.parts!.map((p) => [p.file, p.sha256]));
    for (const p of reused.parts!) assert.equal(again.entries.find((e) => e.name === p.file)?.data.length, p.bytes, `${p.file} was carried over`);

    // Changed in its last part only: rendered, and the diff shown is that part's.
    marked = true;
    const changed = (await capture('inc-3', [changing], { baseline: first.output, incremental: true })).manifest.captures[0]!;
    assert.equal(changed.change, 'changed');
    assert.equal(changed.reused, undefined);
    assert.match(changed.diff ?? '', /\.part-3\.diff\.png$/);
    // 120x60 px of a 400x5000 px page.
    assert.ok(changed.changed_share! > 0 && changed.changed_share! < 0.01, String(changed.changed_share));
    assert.deepEqual(changed.parts!.slice(0, 2).map((p) => p.sha256), before.parts!.slice(0, 2).map((p) => p.sha256), 'the first two parts are unchanged');

    // Merged with another shard's output: every part comes along, checked against its digest.
    const shard = await capture('shard-2', [other]);
    const merged = await mergeOutputs([first.output, shard.output], join(dir, 'merged.zip'));
    const row = merged.manifest.captures.find((r) => r.url === changing)!;
    const entries = await readZip(join(dir, 'merged.zip'));
    for (const p of row.parts!) {
      const data = entries.find((e) => e.name === p.file)?.data;
      assert.equal(data?.length, p.bytes, `${p.file} is in the merged ZIP`);
    }
    assert.equal(merged.manifest.captures.find((r) => r.url === other)!.parts, undefined);
  });

  test('the queue server\'s single capture of a split page lists every part in result.parts and serves each; expiry deletes them all', async () => {
    const dataDir = await mkdtemp(join(dir, 'server-'));
    const server = await createServer({ dataDir, apiKeys: [KEY], port: 0, pageConcurrency: 1, allowHosts: ['127.0.0.1'], resultTtlMs: 8_000 });
    try {
      const origin = await server.start();
      const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
      const res = await fetch(`${origin}/v1/capture`, {
        method: 'POST', headers,
        body: JSON.stringify({ url: `${site.origin}/__test/stripes?h=9000`, async: false, device: 'none', viewport: `${WIDTH}x300`, full_page: true, split: 4_000, retries: 0 }),
      });
      assert.equal(res.status, 200, await res.clone().text());
      const job = (await res.json()) as Job;
      assert.equal(job.status, 'completed', job.error ?? '');
      const result = job.result!;
      assert.equal(result.url, `${origin}/v1/captures/${result.id}.png`);
      assert.deepEqual(result.parts!.map((p) => [p.url, p.y, p.page_height, p.width, p.height]), [1, 2, 3].map((k, i) =>
        [`${origin}/v1/captures/${result.id}/parts/${k}.png`, i * 4_000, k === 3 ? 1_000 : 4_000, WIDTH, k === 3 ? 1_000 : 4_000]));

      // Each part served is the part in the job's ZIP, byte for byte; the first is also result.url's image.
      const zipPath = join(dataDir, 'job.zip');
      const zip = await fetch(`${origin}/v1/jobs/${job.id}/download`, { headers });
      await writeFile(zipPath, Buffer.from(await zip.arrayBuffer()));
      const entries = await readZip(zipPath);
      const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
      const rowParts: ManifestRow['parts'] = manifest.captures[0].parts;
      assert.deepEqual(manifest.job.result.parts.map((p: { url: string }) => p.url), rowParts!.map((p) => p.file), 'inside the ZIP the parts are its entries');
      for (const [i, part] of result.parts!.entries()) {
        const served = await fetch(part.url, { headers });
        assert.equal(served.status, 200, part.url);
        assert.equal(served.headers.get('content-type'), 'image/png');
        const bytes = Buffer.from(await served.arrayBuffer());
        assert.deepEqual(bytes, entries.find((e) => e.name === rowParts![i]!.file)!.data);
        assert.deepEqual(await sharp(bytes).metadata().then((m) => [m.width, m.height]), [part.width, part.height]);
      }
      assert.deepEqual(Buffer.from(await (await fetch(result.url, { headers })).arrayBuffer()), entries.find((e) => e.name === rowParts![0]!.file)!.data);
      const missing = await fetch(`${origin}/v1/captures/${result.id}/parts/4.png`, { headers });
      assert.equal(missing.status, 404);
      assert.match(((await missing.json()) as { error: { message: string } }).error.message, /has 3 parts: ask for 1 to 3/);
      assert.equal((await fetch(`${origin}/v1/captures/${result.id}/parts/2.png`)).status, 401, 'the parts need the API key too');

      assert.equal((await readdir(join(dataDir, 'results', 'captures'))).length, 3);
      await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(job.expires_at!) - Date.now() + 50)));
      const swept = await server.service.sweep();
      assert.equal(swept.expired, 1);
      assert.deepEqual(await readdir(join(dataDir, 'results', 'captures')), [], 'every part is deleted on expiry');
      assert.equal((await fetch(result.parts![1]!.url, { headers })).status, 410);
    } finally {
      await server.close();
    }
  });
});
