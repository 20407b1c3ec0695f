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
