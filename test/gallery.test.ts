import { test } from 'node:test';
import assert from 'node:assert/strict';
import { galleryHtml } from '../src/core/sink/gallery.ts';
import { newJob, progressOf } from '../src/core/job.ts';
import type { Manifest } from '../src/core/manifest.ts';
import type { ManifestRow } from '../src/core/types.ts';

const row = (over: Partial<ManifestRow>): ManifestRow => ({
  url: 'https://example.com/', final_url: null, http_status: 200, status: 'ok', file: 'index.png', width: 100, height: 80,
  format: 'png', bytes: 2048, sha256: 'x', duration_ms: 1, attempts: 1, error: null, ...over,
});

test('the gallery escapes hostile URLs and errors, links only http(s) pages, and prefers thumbnails', () => {
  const job = { ...newJob('batch'), status: 'partial' as const, progress: progressOf(3, 2, 1) };
  const manifest = {
    framecap: '0', job, settings: {} as Manifest['settings'], warnings: [], warnings_dropped: 0,
    captures: [
      row({ url: 'https://example.com/"><script>alert(1)</script>', file: 'a b/x.png' }),
      row({ url: 'https://example.com/t', file: 't.png' }),
      row({ url: 'javascript:alert(1)', status: 'failed', file: null, error: '<img src=x onerror=alert(1)>', http_status: null }),
    ],
  } satisfies Manifest;
  const html = galleryHtml(manifest, new Set(['t.thumb.png']));
  assert.ok(!html.includes('<script>alert'), 'URL escaped');
  assert.ok(!html.includes('<img src=x'), 'error escaped');
  assert.ok(!html.includes('href="javascript:'), 'no javascript: links');
  assert.ok(html.includes('src="a%20b/x.png"'), 'paths percent-encoded per segment');
  assert.ok(html.includes('src="t.thumb.png"') && html.includes('href="t.png"'), 'thumbnail shown, full image linked');
  assert.match(html, /2 of 3 pages captured, 1 failed/);
});

test('with a baseline the gallery leads with changed (diff linked to side by side), new and removed pages', () => {
  const job = { ...newJob('sitemap'), status: 'completed' as const, progress: progressOf(4, 4, 0) };
  const manifest = {
    framecap: '0', job, settings: {} as Manifest['settings'], warnings: [], warnings_dropped: 0,
    captures: [
      row({ url: 'https://example.com/same', file: 'same.png', change: 'unchanged', reused: true }),
      row({ url: 'https://example.com/moved', file: 'moved.png', change: 'changed', changed_share: 0.0312, diff: 'changes/moved.diff.png', side_by_side: 'changes/moved.side.png' }),
      row({ url: 'https://example.com/fresh', file: 'fresh.png', change: 'new' }),
      row({ url: 'https://example.com/also-same', file: 'also-same.png', change: 'unchanged' }),
    ],
    changes: {
      baseline: 'night-1.zip', baseline_job_id: 'job_1', counts: { new: 1, changed: 1, unchanged: 2, removed: 1, reused: 1 },
      removed: [{ url: 'https://example.com/"><b>gone</b>', file: 'gone.png' }],
    },
  } satisfies Manifest;
  const html = galleryHtml(manifest);
  const at = (s: string): number => {
    const i = html.indexOf(s);
    assert.ok(i >= 0, `${s} in the gallery`);
    return i;
  };
  assert.ok(at('<h2>Changed</h2>') < at('<h2>New</h2>') && at('<h2>New</h2>') < at('<h2>Removed</h2>') && at('<h2>Removed</h2>') < at('<h2>Captures</h2>'));
  assert.ok(at('src="changes/moved.diff.png"') < at('<h2>New</h2>'));
  assert.ok(html.includes('href="changes/moved.side.png"'));
  assert.match(html, /3\.12% of pixels changed/);
  assert.match(html, /1 changed, 1 new, 1 removed, 2 unchanged \(1 reused\)/);
  assert.ok(!html.includes('<b>gone</b>'), 'removed URLs escaped');
  // Everything else follows, once: changed and new pages are not repeated under Captures.
  const rest = html.slice(at('<h2>Captures</h2>'));
  assert.ok(rest.includes('same.png') && rest.includes('also-same.png') && !rest.includes('moved.png') && !rest.includes('fresh.png'));

  const plain = galleryHtml({ ...manifest, changes: undefined } as unknown as Manifest);
  assert.ok(!plain.includes('<h2>Changed</h2>') && plain.includes('moved.png'), 'no baseline: one grid, as before');
});

test('a video row plays inline, muted and looping, with its poster; an animated WebP is an image', () => {
  const video = (file: string, format: 'mp4' | 'webp'): ManifestRow => row({
    url: `https://example.com/${file}`, file, width: 1408, height: 974, format,
    kind: 'video', poster: file.replace(/\.\w+$/, '.poster.png'), video_duration_ms: 3000, frames: 90, fps: 30,
  });
  const manifest = {
    framecap: '0', job: { ...newJob('batch'), progress: progressOf(2, 2, 0) }, settings: {} as Manifest['settings'], warnings: [], warnings_dropped: 0,
    captures: [video('a.mp4', 'mp4'), video('b.webp', 'webp')],
  } satisfies Manifest;
  const html = galleryHtml(manifest);
  assert.match(html, /<video src="a\.mp4" poster="a\.poster\.png" muted loop autoplay playsinline preload="metadata" width="1408" height="974"/);
  assert.match(html, /<img loading="lazy" src="b\.webp"/);
  assert.doesNotMatch(html, /<video src="b\.webp"/);
  assert.match(html, /media-src 'self'/, 'the page\'s CSP lets the videos load');
});
