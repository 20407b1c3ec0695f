// A device frame renders the page as that device: its viewport, a mobile
// user agent, and touch. The page paints itself green only when it sees all three.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { startExampleSite } from './helpers/site.ts';
import { runCli } from './helpers/run.ts';
import type { Manifest } from '../src/core/manifest.ts';

const PAGE = `<!doctype html><meta name="viewport" content="width=device-width,initial-scale=1">
<style>html,body{margin:0;height:100%;background:#d00}</style>
<p style="position:absolute;top:40%;left:10px">x</p>
<script>
  const touch = 'ontouchstart' in window && navigator.maxTouchPoints > 0;
  const mobile = /Mobile/.test(navigator.userAgent);
  const narrow = window.innerWidth < 500;
  if (touch && mobile && narrow) document.documentElement.style.background = document.body.style.background = '#0a0';
</script>`;

test('--device phone-ios renders with a phone viewport, mobile user agent and touch', async () => {
  const site = await startExampleSite({ '/device': (_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE); } });
  const dir = mkdtempSync(join(tmpdir(), 'framecap-device-'));
  try {
    const out = join(dir, 'shots');
    const r = await runCli(['capture', `${site.origin}/device`, '--device', 'phone-ios', '-o', out, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
    const row = manifest.captures[0]!;
    const { data, info } = await sharp(join(out, row.file!)).raw().toBuffer({ resolveWithObject: true });
    // The middle of the picture is the middle of the phone's screen.
    const at = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels;
    assert.deepEqual([data[at], data[at + 1], data[at + 2]], [0, 170, 0], 'the page saw touch, a mobile UA and a narrow viewport');
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

// The page reports the device pixel ratio it was rendered at in its colour:
// blue at 3 (the phone's own), green at 2 (the tablet's), red otherwise.
const DPR_PAGE = `<!doctype html><meta name="viewport" content="width=device-width,initial-scale=1">
<style>html,body{margin:0;height:100%;background:#f00}</style>
<p style="position:absolute;top:10%;left:10px">x</p>
<script>
  const c = { 3: '#00f', 2: '#0f0', 1: '#ff0' }[window.devicePixelRatio] ?? '#f00';
  document.documentElement.style.background = document.body.style.background = c;
</script>`;

async function captureAt(args: string[]): Promise<{ manifest: Manifest; centre: number[]; width: number; height: number }> {
  const site = await startExampleSite({ '/dpr': (_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }).end(DPR_PAGE); } });
  const dir = mkdtempSync(join(tmpdir(), 'framecap-dpr-'));
  try {
    const out = join(dir, 'shots');
    const r = await runCli(['capture', `${site.origin}/dpr`, '--padding', '0', '--no-shadow', '-o', out, ...args]);
    assert.equal(r.code, 0, r.stderr);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
    const { data, info } = await sharp(join(out, manifest.captures[0]!.file!)).raw().toBuffer({ resolveWithObject: true });
    const at = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels;
    return { manifest, centre: [data[at]!, data[at + 1]!, data[at + 2]!], width: info.width, height: info.height };
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a phone frame renders at its own scale (3x) unless --scale is given; the manifest records the scale used', async () => {
  // phone-ios: 393 CSS px of screen plus 17 + 17 of bezel, 800 + 66 + 14 high.
  const own = await captureAt(['--device', 'phone-ios']);
  assert.deepEqual(own.centre, [0, 0, 255], 'the page saw devicePixelRatio 3');
  assert.deepEqual([own.width, own.height], [(393 + 34) * 3, (800 + 80) * 3]);
  assert.equal(own.manifest.settings.scale, 3);
  assert.equal(own.manifest.settings.viewport, '393x800');

  const explicit = await captureAt(['--device', 'phone-ios', '--scale', '1']);
  assert.deepEqual(explicit.centre, [255, 255, 0], 'an explicit --scale 1 wins over the phone\'s 3');
  assert.deepEqual([explicit.width, explicit.height], [393 + 34, 800 + 80]);
  assert.equal(explicit.manifest.settings.scale, 1);
});

test('a tablet renders at 2x; a laptop and a browser window keep the run\'s 1x', async () => {
  const tablet = await captureAt(['--device', 'tablet']);
  assert.deepEqual(tablet.centre, [0, 255, 0], 'the tablet page saw devicePixelRatio 2');
  assert.equal(tablet.manifest.settings.scale, 2);
  for (const device of ['laptop', 'browser-minimal']) {
    const shot = await captureAt(['--device', device, '--viewport', '800x600']);
    assert.deepEqual(shot.centre, [255, 255, 0], `${device} at devicePixelRatio 1`);
    assert.equal(shot.manifest.settings.scale, 1, device);
  }
});
