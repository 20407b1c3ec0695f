// The Jobs API's body types come from the settings spec: checked by the type
// checker (npm run typecheck), and at run time against the server's schemas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BatchBody, CaptureBody, SitemapBody } from '../src/api/contract.ts';
import { BATCH_BODY, CAPTURE_BODY, SITEMAP_BODY } from '../src/server/schemas.ts';

const capture: CaptureBody = { url: 'https://example.com/', format: 'webp', video: 'scroll', video_fps: 12, full_page: true, hide: ['#a'], viewport: { width: 800, height: 600 } };
// @ts-expect-error a number setting takes a number
const badFps: CaptureBody = { url: 'https://example.com/', video_fps: 'twelve' };
// @ts-expect-error an enum setting takes one of its values
const badFormat: CaptureBody = { url: 'https://example.com/', format: 'bmp' };
// @ts-expect-error a batch needs urls
const noUrls: BatchBody = { limit: 3 };
const sitemap: SitemapBody = { sitemap_url: 'https://example.com/sitemap.xml', max_pages: 10, split: 8000 };

test('every field a body type names is a property of its schema', () => {
  void badFps; void badFormat; void noUrls;
  for (const [body, schema] of [[capture, CAPTURE_BODY], [sitemap, SITEMAP_BODY]] as const) {
    for (const key of Object.keys(body)) assert.ok(key in schema.properties, `${key} is in the schema`);
  }
  assert.ok('urls' in BATCH_BODY.properties);
});
