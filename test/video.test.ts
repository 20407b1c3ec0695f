// Framed scroll videos on real Chromium: a local page of coloured bands is
// recorded scrolling, framed, encoded, and read back with independent
// decoders (ffprobe/ffmpeg for MP4 and WebM, sharp for WebP and GIF). Each
// frame's scroll offset is read from the pixels: where, in the screen, one
// band gives way to the next.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { resolveSettings } from '../src/config/settings.ts';
import type { RawSettings } from '../src/config/settings.ts';
import { makeThumbnails } from '../src/action/thumbnails.ts';
import { thumbTiming } from '../src/action/animated-thumbnail.ts';
import { checkManifest } from '../src/core/output/manifest-check.ts';
import { runCapture } from '../src/core/run.ts';
import type { RunResult } from '../src/core/run.ts';
import type { ManifestRow } from '../src/core/types.ts';
import { checkVideoSize, frameDelay } from '../src/core/video/encode.ts';
import { requireVideoEncoder } from '../src/core/video/ffmpeg.ts';
import { scrollPlan } from '../src/core/video/plan.ts';
import { startExampleSite } from './helpers/site.ts';
import type { ExampleSite } from './helpers/site.ts';
import { requireSystemPackage, testBrowser } from './helpers/system.ts';
import { readZip } from './helpers/zip.ts';
import { tempDir } from './helpers/temp-dir.ts';
import { shareOneBrowser } from './helpers/shared-browser.ts';

// The runs are about the video, not the launch: they share one browser.
shareOneBrowser();

const machine = { cores: 2, freeMemBytes: 4e9 };
const BAND = 300;
const BANDS: Array<[number, number, number]> = [
  [230, 0, 0], [0, 170, 0], [0, 0, 230], [240, 240, 0], [0, 220, 220], [230, 0, 230], [255, 140, 0], [20, 20, 20],
];
const VIEWPORT = { width: 800, height: 600 };
const DISTANCE = BAND * BANDS.length - VIEWPORT.height;

const css = (c: [number, number, number]): string => `rgb(${c.join(',')})`;
const TALL = `<!doctype html><html><head><title>Bands</title><style>
body{margin:0;font:20px sans-serif}div{height:${BAND}px;display:flex;align-items:center;justify-content:center;color:#fff}
</style></head><body>${BANDS.map((c, i) => `<div id="band-${i}" style="background:${css(c)}">band ${i}</div>`).join('')}</body></html>`;
// Every scroll near the end adds another screenful: a page that never stops growing.
const ENDLESS = `<!doctype html><html><head><style>body{margin:0;font:20px sans-serif}div{height:${BAND}px;color:#fff}</style></head><body>
${BANDS.map((c, i) => `<div style="background:${css(c)}">band ${i}</div>`).join('')}
<script>let n = 0; addEventListener('scroll', () => {
  if (innerHeight + scrollY < document.body.scrollHeight - 700) return;
  for (let i = 0; i < 4; i++) { const d = document.createElement('div'); d.textContent = 'more ' + (n++); d.style.background = n % 2 ? '#333' : '#777'; document.body.append(d); }
});</script></body></html>`;

interface Frame { data: Buffer; width: number; height: number }

function nearestBand(p: Buffer, o: number): number {
  let best = 0;
  let bestD = Infinity;
  BANDS.forEach((c, i) => {
    const d = (p[o]! - c[0]) ** 2 + (p[o + 1]! - c[1]) ** 2 + (p[o + 2]! - c[2]) ** 2;
    if (d < bestD) { bestD = d; best = i; }
  });
  return best;
}

/** The screen inside the frame: the bounding box of the first band's colour in the first frame. */
function screenOf(frame: Frame): { x: number; y: number; width: number } {
  let x0 = Infinity, y0 = Infinity, x1 = -1;
  for (let y = 0; y < frame.height; y++) {
    for (let x = 0; x < frame.width; x++) {
      const o = (y * frame.width + x) * 3;
      const [r, g, b] = BANDS[0]!;
      if (Math.abs(frame.data[o]! - r) < 30 && Math.abs(frame.data[o + 1]! - g) < 30 && Math.abs(frame.data[o + 2]! - b) < 30) {
        x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x);
      }
    }
  }
  return { x: x0, y: y0, width: x1 - x0 + 1 };
}

/** The page's scroll offset in this frame: band k ends at (k+1)·BAND, and the screen row where it does says where the screen starts. */
function offsetOf(frame: Frame, screen: { x: number; y: number }): number {
  const x = screen.x + 40;
  const at = (y: number): number => nearestBand(frame.data, ((screen.y + y) * frame.width + x) * 3);
  const top = at(2);
  for (let y = 3; y < VIEWPORT.height - 20; y++) {
    if (at(y) !== top && at(y + 2) !== top) return (top + 1) * BAND - y;
  }
  throw new Error('no band boundary in the screen');
}

function checkFrames(frames: Frame[], what: string): void {
  assert.ok(frames.length > 2, `${what}: ${frames.length} frames`);
  const screen = screenOf(frames[0]!);
  // Inside the frame: a window bar above the screen, background around it, the screen as wide as the viewport.
  assert.ok(screen.y > 40 && screen.x > 20, `${what}: the screen is inside the frame (${JSON.stringify(screen)})`);
  // Within 2 px: lossy chroma (4:2:0) blurs the red band's edge by a pixel each side.
  assert.ok(Math.abs(screen.width - VIEWPORT.width) <= 2, `${what}: the screen is the viewport's width (${screen.width})`);
  const offsets = frames.map((f) => offsetOf(f, screen));
  assert.ok(Math.abs(offsets[0]!) <= 2, `${what}: the first frame shows the top (offset ${offsets[0]})`);
  assert.ok(Math.abs(offsets.at(-1)! - DISTANCE) <= 2, `${what}: the last frame shows the bottom (offset ${offsets.at(-1)}, want ${DISTANCE})`);
  // The last band fills the bottom of the last frame's screen.
  const last = frames.at(-1)!;
  assert.equal(nearestBand(last.data, ((screen.y + VIEWPORT.height - 30) * last.width + screen.x + 40) * 3), BANDS.length - 1, `${what}: the bottom band at the bottom`);
  for (let i = 1; i < offsets.length; i++) {
    assert.ok(offsets[i]! >= offsets[i - 1]! - 2, `${what}: frame ${i} scrolled back (${offsets[i - 1]} → ${offsets[i]})`);
  }
  // It moves: the middle of the video is mid-page.
  const mid = offsets[Math.floor(offsets.length / 2)]!;
  assert.ok(mid > 100 && mid < DISTANCE - 100, `${what}: mid-video offset ${mid}`);
}

function ffprobe(file: string): Record<string, string | number> {
  const r = spawnSync(requireSystemPackage('ffmpeg').replace(/ffmpeg$/, 'ffprobe'), [
    '-v', 'error', '-count_frames', '-select_streams', 'v:0',
    '-show_entries', 'stream=codec_name,pix_fmt,width,height,r_frame_rate,nb_read_frames:format=duration', '-of', 'json', file,
  ], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(r.stdout) as { streams: Array<Record<string, string | number>>; format: { duration: string } };
  return { ...json.streams[0]!, duration: Number(json.format.duration) };
}

function ffmpegFrames(file: string, width: number, height: number): Frame[] {
  const r = spawnSync(requireSystemPackage('ffmpeg'), ['-v', 'error', '-i', file, '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], { maxBuffer: 1 << 30 });
  assert.equal(r.status, 0, r.stderr?.toString());
  const size = width * height * 3;
  const out: Frame[] = [];
  for (let o = 0; o + size <= r.stdout.length; o += size) out.push({ data: r.stdout.subarray(o, o + size), width, height });
  return out;
}

async function sharpFrames(data: Buffer): Promise<{ frames: Frame[]; delay: number[]; loop: number | undefined }> {
  const meta = await sharp(data, { pages: -1 }).metadata();
  const { data: raw, info } = await sharp(data, { pages: -1 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const h = meta.pageHeight!;
  const size = info.width * h * 3;
  const frames = Array.from({ length: meta.pages! }, (_, i) => ({ data: raw.subarray(i * size, (i + 1) * size), width: info.width, height: h }));
  return { frames, delay: meta.delay ?? [], loop: meta.loop };
}

/**
 * The requested fps, read from an animated image: every frame starts on the
 * 1/fps grid (identical neighbours are merged into one longer frame), and the
 * delays add up to the duration.
 */
function onFrameGrid(delay: number[], fps: number, durationMs: number, what: string, unitMs: number): void {
  assert.equal(delay.reduce((a, b) => a + b, 0), durationMs, `${what}: delays add up to the duration`);
  let at = 0;
  for (const d of delay) {
    at += d;
    const slot = (at * fps) / 1000;
    assert.ok(Math.abs(slot - Math.round(slot)) * (1000 / fps) <= unitMs / 2 + 0.5, `${what}: a frame ends at ${at} ms, off the ${fps} fps grid (${delay.join(',')})`);
  }
}

/** A video's comment thumbnail: a looping GIF 480 px wide whose frames scroll from the top band to the bottom one. */
async function checkThumbnail(gif: Buffer, frames: number, what: string): Promise<void> {
  const meta = await sharp(gif, { pages: -1 }).metadata();
  assert.deepEqual([meta.format, meta.width, meta.loop], ['gif', 480, 0], what);
  const decoded = await sharpFrames(gif);
  // Merged identical frames (the pauses) keep the time: the delays add up to the samples'.
  assert.ok(decoded.frames.length > 3 && decoded.frames.length <= frames, `${what}: ${decoded.frames.length} of ${frames} frames`);
  const screen = screenOf(decoded.frames[0]!);
  const middle = (f: Frame, y: number): number => nearestBand(f.data, ((screen.y + y) * f.width + screen.x + Math.floor(screen.width / 2)) * 3);
  assert.equal(middle(decoded.frames[0]!, 5), 0, `${what}: the first frame shows the top band`);
  const last = decoded.frames.at(-1)!;
  const screenHeight = Math.round((VIEWPORT.height * screen.width) / VIEWPORT.width);
  assert.equal(middle(last, screenHeight - 10), BANDS.length - 1, `${what}: the last frame shows the bottom band`);
}

describe('scroll videos with real Chromium', () => {
  let site: ExampleSite;
  const dir = tempDir('framecap-video-');
  const browserPath = testBrowser('shell');
  before(async () => {
    requireSystemPackage('ffmpeg');
    site = await startExampleSite({
      '/tall': (_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }).end(TALL); },
      '/endless': (_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }).end(ENDLESS); },
      '/morph': (_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }).end(morph); },
    });
  });
  after(async () => {
    await site?.close();
  });

  let morph = TALL;

  async function capture(name: string, path: string, settings: RawSettings): Promise<{ row: ManifestRow; entries: Map<string, Buffer>; warnings: string[]; output: string; run: RunResult }> {
    const output = join(dir, `${name}.zip`);
    const { options } = resolveSettings({
      urls: [`${site.origin}${path}`], output, 'browser-path': browserPath, retries: '0', concurrency: '1',
      viewport: `${VIEWPORT.width}x${VIEWPORT.height}`, video: 'scroll', ...settings,
    }, machine);
    const run = await runCapture(options);
    const row = run.manifest.captures[0]!;
    assert.equal(row.status, 'ok', row.error ?? '');
    const entries = new Map((await readZip(output)).map((e) => [e.name, e.data]));
    return { row, entries, warnings: run.manifest.warnings, output, run };
  }

  test('MP4: H.264 in yuv420p, faststart, the asked fps and duration; framed frames scroll from the top to the bottom, one way', async () => {
    const { row, entries, output } = await capture('mp4', '/tall', { 'video-format': 'mp4', 'video-fps': '20', 'video-duration': '3', 'video-pause': '300' });
    assert.equal(row.kind, 'video');
    assert.equal(row.file, 'tall.mp4');
    assert.equal(row.poster, 'tall.poster.png');
    assert.deepEqual([row.fps, row.frames, row.video_duration_ms], [20, 60, 3000]);
    const data = entries.get('tall.mp4')!;
    assert.equal(row.bytes, data.length);
    // +faststart: the index (moov) before the media (mdat), so a browser plays it while it downloads.
    assert.ok(data.indexOf('moov') < data.indexOf('mdat'), 'moov before mdat');
    const file = join(dir, 'got.mp4');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, data));
    const probe = ffprobe(file);
    assert.equal(probe.codec_name, 'h264');
    assert.equal(probe.pix_fmt, 'yuv420p');
    assert.equal(probe.r_frame_rate, '20/1');
    assert.equal(Number(probe.nb_read_frames), 60);
    assert.ok(Math.abs(Number(probe.duration) - 3) < 0.06, `duration ${probe.duration}`);
    assert.deepEqual([probe.width, probe.height], [row.width, row.height]);
    checkFrames(ffmpegFrames(file, row.width!, row.height!), 'mp4');
    // The one reader of outputs (merge, baselines, async downloads) keeps the row as written.
    const checked = checkManifest(entries.get('manifest.json')!, 'mp4.zip');
    assert.deepEqual(checked.captures[0], row);
    assert.deepEqual(checked.faults, []);
    // The poster is the first frame, framed, as a PNG of the video's size.
    const poster = await sharp(entries.get('tall.poster.png')!).metadata();
    assert.deepEqual([poster.format, poster.width, poster.height], ['png', row.width, row.height]);
    // Each file the row lists has its digest: the video's in sha256, the poster's in poster_sha256.
    assert.equal(row.sha256, createHash('sha256').update(data).digest('hex'));
    assert.equal(row.poster_sha256, createHash('sha256').update(entries.get('tall.poster.png')!).digest('hex'));
    const posterPixels = await sharp(entries.get('tall.poster.png')!).removeAlpha().raw().toBuffer();
    assert.ok(Math.abs(offsetOf({ data: posterPixels, width: row.width!, height: row.height! }, screenOf({ data: posterPixels, width: row.width!, height: row.height! }))) <= 1, 'the poster shows the top');
    // The PR comment's thumbnail is an animated GIF of the scroll (GitHub plays GIFs in comments)...
    const [thumb] = await makeThumbnails(output, [row]);
    assert.equal(thumb!.name, '01-tall.gif');
    await checkThumbnail(thumb!.data, thumbTiming(3000).frames, 'mp4');
    // ...and the poster's JPEG where no ffmpeg can decode the MP4.
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const [still] = await makeThumbnails(output, [row]);
      const meta = await sharp(still!.data).metadata();
      assert.deepEqual([still!.name, meta.format, meta.width], ['01-tall.poster.jpg', 'jpeg', 480]);
    } finally {
      process.env.PATH = path;
    }
  });

  test('odd sides: MP4 and WebM get one more column and row copied from the edge, never a black line; the row and poster say the encoded size', async () => {
    // --device none at 801x599: the video is the page, with odd sides; yuv420p needs even ones.
    for (const format of ['mp4', 'webm'] as const) {
      const { row, entries } = await capture(`odd-${format}`, '/tall', { 'video-format': format, 'video-fps': '5', 'video-duration': '1', viewport: '801x599', device: 'none' });
      assert.deepEqual([row.width! % 2, row.height! % 2], [0, 0], `${format}: even sides (${row.width}x${row.height})`);
      const file = join(dir, `odd.${format}`);
      await import('node:fs/promises').then((fs) => fs.writeFile(file, entries.get(`tall.${format}`)!));
      const probe = ffprobe(file);
      assert.deepEqual([probe.width, probe.height], [row.width, row.height], `${format}: the row says the encoded size`);
      const [first] = ffmpegFrames(file, row.width!, row.height!);
      // The first frame is the top band, red, edge to edge: the added column and row are red too.
      const at = (x: number, y: number): number[] => [...first!.data.subarray((y * row.width! + x) * 3, (y * row.width! + x) * 3 + 3)];
      for (const [x, y] of [[row.width! - 1, 100], [row.width! - 2, 100], [400, 100]] as const) {
        assert.equal(nearestBand(first!.data, (y * row.width! + x) * 3), 0, `${format}: pixel (${x},${y}) is the red band, got ${at(x, y)}`);
        assert.ok(at(x, y)[0]! > 180, `${format}: pixel (${x},${y}) is bright red, got ${at(x, y)}`);
      }
      const poster = await sharp(entries.get(row.poster!)!).metadata();
      assert.deepEqual([poster.width, poster.height], [row.width, row.height], `${format}: the poster is the video's size`);
    }
  });

  test('a baseline compares posters: the same page is unchanged and --incremental carries video and poster over unrecorded; a changed top is changed, with a diff of the posters', async () => {
    const settings = { 'video-format': 'webp', 'video-fps': '6', 'video-duration': '1' } as const;
    morph = TALL;
    const base = await capture('morph-base', '/morph', settings);
    assert.ok(base.row.validators?.content_hash, 'a video row records what the page\'s server said, as a still\'s does');

    const again = await capture('morph-again', '/morph', { ...settings, baseline: base.output });
    assert.equal(again.row.change, 'unchanged');
    assert.equal(again.run.rendered, 1);

    const carried = await capture('morph-incremental', '/morph', { ...settings, baseline: base.output, incremental: true });
    assert.equal(carried.run.rendered, 0, 'nothing recorded');
    assert.deepEqual([carried.row.reused, carried.row.kind, carried.row.file, carried.row.poster, carried.row.frames, carried.row.fps],
      [true, 'video', 'morph.webp', 'morph.poster.png', base.row.frames, base.row.fps]);
    assert.deepEqual(carried.entries.get('morph.webp'), base.entries.get('morph.webp'));
    assert.deepEqual(carried.entries.get('morph.poster.png'), base.entries.get('morph.poster.png'));
    // The carried poster keeps its digest, so a merge of this output checks it too.
    assert.equal(carried.row.poster_sha256, createHash('sha256').update(carried.entries.get('morph.poster.png')!).digest('hex'));

    // A baseline folder whose poster is not the one its manifest's poster_sha256 describes: recorded again, and said why.
    const tampered = join(dir, 'morph-tampered');
    await mkdir(tampered, { recursive: true });
    for (const [name, data] of base.entries) await writeFile(join(tampered, name), name === 'morph.poster.png' ? Buffer.concat([data, Buffer.from('x')]) : data);
    const unsure = await capture('morph-unsure', '/morph', { ...settings, baseline: tampered, incremental: true });
    assert.equal(unsure.run.rendered, 1, 'recorded, not carried over');
    assert.ok(unsure.warnings.some((w) => /poster in the baseline does not match the manifest's poster_sha256; recording it/.test(w)), unsure.warnings.join('\n'));

    // Settings that change the video (another fps) mean the baseline's videos are not this run's.
    const other = await capture('morph-other', '/morph', { ...settings, 'video-fps': '5', baseline: base.output, incremental: true });
    assert.equal(other.run.rendered, 1);
    assert.ok(other.warnings.some((w) => /captured with other settings \(video "scroll webp, 6 fps, 1 s, pause 500 ms" then, "scroll webp, 5 fps, 1 s, pause 500 ms" now\)/.test(w)), other.warnings.join('\n'));

    // The top band turns from red to grey: the posters differ, and the diff shows it.
    morph = TALL.replace(`background:${css(BANDS[0]!)}`, 'background:rgb(128,128,128)');
    const changed = await capture('morph-changed', '/morph', { ...settings, baseline: base.output, incremental: true });
    assert.equal(changed.run.rendered, 1);
    assert.equal(changed.row.change, 'changed');
    assert.ok(changed.row.changed_share! > 0.1, `share ${changed.row.changed_share}`);
    const diff = await sharp(changed.entries.get(changed.row.diff!)!).metadata();
    assert.deepEqual([diff.width, diff.height], [changed.row.width, changed.row.height], 'the diff is of the posters, the video\'s size');
  });

  test('WebM: VP9 at the asked fps, the same scroll', async () => {
    const { row, entries } = await capture('webm', '/tall', { 'video-format': 'webm', 'video-fps': '15', 'video-duration': '2' });
    const file = join(dir, 'got.webm');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, entries.get('tall.webm')!));
    const probe = ffprobe(file);
    assert.equal(probe.codec_name, 'vp9');
    assert.equal(probe.r_frame_rate, '15/1');
    assert.equal(Number(probe.nb_read_frames), 30);
    checkFrames(ffmpegFrames(file, row.width!, row.height!), 'webm');
  });

  test('animated WebP through sharp: 12 fps by default, delays adding up to the duration, looping', async () => {
    const { row, entries, output } = await capture('webp', '/tall', { 'video-format': 'webp', 'video-duration': '2.5' });
    assert.deepEqual([row.fps, row.frames, row.format], [12, 30, 'webp']);
    const { frames, delay, loop } = await sharpFrames(entries.get('tall.webp')!);
    assert.equal(loop, 0);
    onFrameGrid(delay, 12, 2500, 'webp', 1);
    assert.ok(frames.length < 30, `the pauses' identical frames are one frame each, held longer (${frames.length} frames)`);
    checkFrames(frames, 'webp');
    const [thumb] = await makeThumbnails(output, [row]);
    await checkThumbnail(thumb!.data, thumbTiming(2500).frames, 'webp');
  });

  test('GIF through sharp: hundredths that add up to the duration, the same scroll', async () => {
    const { row, entries } = await capture('gif', '/tall', { 'video-format': 'gif', 'video-duration': '2', 'video-fps': '12', device: 'browser-minimal' });
    assert.equal(row.frames, 24);
    const { frames, delay } = await sharpFrames(entries.get('tall.gif')!);
    assert.ok(delay.every((d) => d % 10 === 0), `GIF delays are hundredths: ${delay.join(',')}`);
    onFrameGrid(delay, 12, 2000, 'gif', 10);
    checkFrames(frames, 'gif');
  });

  test('--video-scroll-to: the scroll ends where the element reaches the top; a selector that matches nothing fails the row, naming it', async () => {
    const { row, entries } = await capture('until', '/tall', { 'video-format': 'webp', 'video-duration': '1.5', 'video-fps': '8', 'video-pause': '200', 'video-scroll-to': '#band-4' });
    const { frames } = await sharpFrames(entries.get(row.file!)!);
    const screen = screenOf(frames[0]!);
    assert.ok(Math.abs(offsetOf(frames.at(-1)!, screen) - 4 * BAND) <= 2, `ends with band 4 at the top (offset ${offsetOf(frames.at(-1)!, screen)})`);

    const { options } = resolveSettings({
      urls: [`${site.origin}/tall`], output: join(dir, 'none.zip'), 'browser-path': browserPath, retries: '0', concurrency: '1',
      video: 'scroll', 'video-format': 'webp', 'video-scroll-to': '#nothing-here',
    }, machine);
    const failed = (await runCapture(options)).manifest.captures[0]!;
    assert.equal(failed.status, 'failed');
    assert.equal(failed.category, 'selector');
    assert.match(failed.error ?? '', /--video-scroll-to "#nothing-here" matched no element on the page/);
  });

  test('a page that never stops growing: the video ends where it started, and the row and warnings say so', async () => {
    const { row, warnings } = await capture('endless', '/endless', { 'video-format': 'webp', 'video-duration': '2', 'video-fps': '8' });
    assert.match(row.video_cut ?? '', /kept growing while it scrolled \(\d+ px, then \d+ px\): the video ends at \d+ px/);
    assert.ok(warnings.some((w) => w.includes('kept growing')), warnings.join('\n'));
  });
});

test('without ffmpeg, MP4 and WebM name the package and the format that needs none; WebP and GIF need nothing', () => {
  for (const format of ['mp4', 'webm'] as const) {
    assert.throws(() => requireVideoEncoder(format, '/nonexistent-dir'), new RegExp(`--video-format ${format} needs ffmpeg, which was not found: install the ffmpeg package .*or use --video-format webp`));
  }
  for (const format of ['webp', 'gif'] as const) requireVideoEncoder(format, '/nonexistent-dir');
});

test('the settings: --video-fps without --video scroll is an error naming both; the video options reach the render settings', () => {
  assert.throws(() => resolveSettings({ urls: ['https://example.com/'], 'video-fps': '10' }, machine), /video-fps needs --video scroll/);
  const { options } = resolveSettings({ urls: ['https://example.com/'], video: 'scroll', 'video-format': 'gif', 'video-duration': '4.5' }, machine);
  assert.deepEqual(options.render.video, { mode: 'scroll', format: 'gif', durationMs: 4500, fps: null, pauseMs: 500, scrollTo: null });
  // In rules: one turns the video on for its pages, another (video: none) off again; a video-* key alone is refused.
  const ruled = resolveSettings({ urls: ['https://example.com/'], video: 'scroll', pages: '[{match: "/blog/**", video: none}, {match: "/docs/**", video: scroll, video-fps: 10}]' }, machine).options;
  assert.equal(ruled.pages![0]!.set.render!.video, null);
  assert.equal(ruled.pages![1]!.set.render!.video!.fps, 10);
  assert.throws(() => resolveSettings({ urls: ['https://example.com/'], pages: '[{match: "/docs/**", video-fps: 10}]' }, machine), /pages\[0\]\.video-fps needs .*pages\[0\]\.video scroll/);
});

test('caps: frames × pixels over the format\'s cap is an error saying what to lower', () => {
  assert.throws(() => checkVideoSize({ format: 'webp', width: 2000, height: 1500, frames: 720 }), /over the 250 Mpx cap for webp: lower --video-fps or --video-duration.*or --video-format mp4/);
  checkVideoSize({ format: 'mp4', width: 2000, height: 1500, frames: 720 });
});

test('the scroll plan: pauses at both ends, eased, never back up, the frame count from fps × duration', () => {
  for (const [distance, fps, durationMs, pauseMs] of [[1800, 30, 3000, 300], [0, 12, 2000, 500], [5000, 24, null, 500], [200, 60, 1000, 0]] as const) {
    const plan = scrollPlan({ distance, fps, durationMs, pauseMs });
    const want = durationMs ?? pauseMs * 2 + Math.max(1500, (distance / 800) * 1000);
    assert.equal(plan.durationMs, want);
    assert.equal(plan.offsets.length, Math.round((want * fps) / 1000));
    assert.equal(plan.offsets[0], 0);
    assert.equal(plan.offsets.at(-1), distance);
    for (let i = 1; i < plan.offsets.length; i++) assert.ok(plan.offsets[i]! >= plan.offsets[i - 1]!, `${distance}/${fps}: frame ${i}`);
    // The pause: every frame in the first pauseMs is the top.
    for (let i = 0; i * 1000 / fps < pauseMs; i++) assert.equal(plan.offsets[i], 0);
    // Eased: the first step of the scroll is smaller than the middle one.
    if (distance > 0 && pauseMs > 0) {
      const moving = plan.offsets.findIndex((o) => o > 0);
      const mid = Math.floor(plan.offsets.length / 2);
      assert.ok(plan.offsets[moving]! - plan.offsets[moving - 1]! < plan.offsets[mid + 1]! - plan.offsets[mid]!, 'slow start');
    }
  }
  // GIF's hundredths: 12 fps alternates 80 and 90 ms and adds up exactly.
  const delays = Array.from({ length: 12 }, (_, i) => frameDelay(i, 12, 'gif'));
  assert.equal(delays.reduce((a, b) => a + b, 0), 1000);
});

test('a video frame is the still\'s frame: painted on the once-drawn canvas, it matches the compositor\'s own composite (so the stills\' goldens cover posters and frames)', async () => {
  const { createCompositor } = await import('../src/core/frame/index.ts');
  const { defaultCaptureOptions } = await import('../src/index.ts');
  const { samplePage } = await import('./golden/sample-page.ts');
  const pixelmatch = (await import('pixelmatch')).default;
  for (const [device, width, height] of [['browser-macos', 800, 500], ['phone-ios', 390, 844], ['laptop', 1280, 800]] as const) {
    const { frame } = defaultCaptureOptions({ frame: { device, background: 'ocean', padding: 40, radius: 10, shadow: true } });
    const compositor = await createCompositor(frame, { format: 'png', quality: 90 }, 1);
    const shot = await samplePage({ width, height, scale: 1 });
    const url = 'https://docs.example.com/changelog';
    const still = await sharp((await compositor.compose(shot, url)).data).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const canvas = await compositor.videoCanvas(shot.width, shot.height, { url, title: shot.title });
    const { data: rgb } = await sharp(shot.png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const painted = canvas.paint({ data: rgb, width: shot.width, height: shot.height, channels: 3 });
    assert.deepEqual([canvas.width, canvas.height], [still.info.width, still.info.height], device);
    const rgba = (b: Buffer): Promise<Buffer> => sharp(b, { raw: { width: canvas.width, height: canvas.height, channels: 3 } }).ensureAlpha().raw().toBuffer();
    const [a, b] = await Promise.all([rgba(painted), rgba(still.data)]);
    const differing = pixelmatch(a, b, undefined, canvas.width, canvas.height, { threshold: 0.1 });
    assert.ok(differing / (canvas.width * canvas.height) < 0.001, `${device}: ${differing} pixels differ from the still`);
  }
});
