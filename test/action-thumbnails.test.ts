// The PR comment's thumbnail names: the capture `a@phone.png` (page a, variant
// phone) and the page whose slug is `a-phone` are two images, so their
// thumbnails must be two files on the images branch, each named after its own
// capture and holding its own pixels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { makeThumbnails } from '../src/action/thumbnails.ts';
import { newJob } from '../src/core/job.ts';
import { openSink } from '../src/core/sink/index.ts';
import type { ManifestRow } from '../src/core/types.ts';

function row(url: string, file: string, variant?: string): ManifestRow {
  return {
    url, ...(variant ? { variant } : {}), final_url: url, http_status: 200, status: 'ok', file, width: 640, height: 400, format: 'png',
    bytes: 1, sha256: '0'.repeat(64), duration_ms: 1, attempts: 1, error: null,
  };
}

test('a@phone and a page slugged a-phone get two thumbnails, each named after its own capture', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'framecap-thumbs-'));
  try {
    const zip = join(dir, 'shots.zip');
    const sink = await openSink(zip);
    const png = (r: number): Promise<Buffer> => sharp({ create: { width: 640, height: 400, channels: 3, background: { r, g: 40, b: 40 } } }).png().toBuffer();
    const rows = [row('https://x.test/a', 'a@phone.png', 'phone'), row('https://x.test/a-phone', 'a-phone.png')];
    await sink.add('a@phone.png', await png(250));
    await sink.add('a-phone.png', await png(10));
    await sink.add('manifest.json', Buffer.from(JSON.stringify({ framecap: 'test', job: newJob('batch'), settings: {}, warnings: [], warnings_dropped: 0, captures: rows })));
    await sink.close();

    // Thumbnails beyond the first in the grid are named the same way: the index alone must not be what keeps them apart.
    const thumbs = await makeThumbnails(zip, rows);
    const stems = thumbs.map((t) => t.name.replace(/^\d+-/, ''));
    assert.deepEqual(stems, ['a@phone.jpg', 'a-phone.jpg']);
    assert.equal(new Set(stems).size, 2, 'two captures, two names even without their places in the grid');
    const reds = await Promise.all(thumbs.map(async (t) => (await sharp(t.data).stats()).channels[0]!.mean));
    assert.ok(reds[0]! > 200 && reds[1]! < 60, `each thumbnail is its own capture (red ${reds.map(Math.round).join(', ')})`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('thumbnail names keep folders, variants, case and long names apart: docs/a, docs--a, docs~a, Docs@x, docs@x', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'framecap-thumbs-'));
  try {
    const zip = join(dir, 'shots.zip');
    const sink = await openSink(zip);
    const files = ['docs/a.png', 'docs--a.png', 'docs~a.png', 'docs@x.png', 'Docs@x.png', `${'long/'.repeat(20)}a.png`, `${'long/'.repeat(20)}b.png`];
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#808080' } }).png().toBuffer();
    for (const f of files) await sink.add(f, png);
    const rows = files.map((f, i) => row(`https://x.test/${i}`, f));
    await sink.add('manifest.json', Buffer.from(JSON.stringify({ framecap: 'test', job: newJob('batch'), settings: {}, warnings: [], warnings_dropped: 0, captures: rows })));
    await sink.close();
    const stems = (await makeThumbnails(zip, rows)).map((t) => t.name.replace(/^\d+-/, ''));
    assert.equal(new Set(stems).size, files.length, stems.join(', '));
    for (const s of stems) assert.match(s, /^[a-z0-9._@%~A-F-]{1,80}\.jpg$/, `${s}: one path segment of safe characters`);
    assert.deepEqual(stems.slice(0, 5), ['docs~a.jpg', 'docs--a.jpg', 'docs%7Ea.jpg', 'docs@x.jpg', '%44ocs@x.jpg']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
