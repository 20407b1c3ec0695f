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
