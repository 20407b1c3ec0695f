// --per-pattern: at most N captures per URL template, the same N every time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createPlanner, urlTemplate } from '../src/core/plan.ts';
import type { PlanOptions } from '../src/core/options.ts';

const plan = (urls: string[], options: Partial<PlanOptions> = {}): string[] => {
  const planner = createPlanner({ include: [], exclude: [], limit: null, shard: null, ...options }, () => {});
  return urls.flatMap((url) => planner.add({ url, source: 'test' })?.url ?? []);
};

test('URL templates: the page\'s own slug and id-like segments generalised; top-level pages are their own', () => {
  const t = (path: string): string => urlTemplate(`https://example.com${path}`);
  assert.equal(t('/blog/hello-world'), 'example.com/blog/*');
  assert.equal(t('/blog/another-post.html'), 'example.com/blog/*');
  assert.equal(t('/blog/2024/05/hello'), 'example.com/blog/*/*/*');
  assert.equal(t('/users/12345/profile'), 'example.com/users/*/*');
  assert.equal(t('/p/3f2504e0-4f89-11d3-9a0c-0305e82c3301/edit'), 'example.com/p/*/*');
  assert.equal(t('/docs/guide/'), 'example.com/docs/*/');
  for (const top of ['/', '/about', '/pricing.html', '/blog/']) assert.equal(t(top), `example.com${top}`);
  assert.equal(t('/search?q=1'), 'example.com/search?*');
  assert.equal(urlTemplate('https://other.org/blog/x'), 'other.org/blog/*');
});

test('--per-pattern 2 keeps the first two posts of each template in sitemap order, and every top-level page', () => {
  const urls = ['/', '/about', '/blog/', '/blog/a', '/blog/b', '/blog/c', '/docs/x', '/docs/y', '/docs/z', '/pricing'].map((p) => `https://example.com${p}`);
  const planner = createPlanner({ include: [], exclude: [], limit: null, shard: null, perPattern: 2 }, () => {});
  const kept = urls.flatMap((url) => planner.add({ url, source: 'test' })?.url ?? []).map((u) => new URL(u).pathname);
  assert.deepEqual(kept, ['/', '/about', '/blog/', '/blog/a', '/blog/b', '/docs/x', '/docs/y', '/pricing']);
  assert.equal(planner.stats.overPattern, 2);
  assert.equal(createPlanner({ include: [], exclude: [], limit: null, shard: null }, () => {}).stats.overPattern, undefined);
  // The limit counts sampled pages only.
  assert.deepEqual(plan(urls, { perPattern: 1, limit: 5 }).map((u) => new URL(u).pathname), ['/', '/about', '/blog/', '/blog/a', '/docs/x']);
  assert.throws(() => createPlanner({ include: [], exclude: [], limit: null, shard: null, perPattern: 0 }, () => {}), RangeError);
});

const paths = fc.array(fc.oneof(
  fc.webPath(),
  fc.tuple(fc.constantFrom('blog', 'docs', 'p', 'users'), fc.oneof(fc.nat(), fc.webSegment())).map(([a, b]) => `/${a}/${b}`),
  fc.tuple(fc.constantFrom('blog', 'shop'), fc.nat({ max: 30 }), fc.webSegment()).map(([a, n, s]) => `/${a}/${n}/${s}`),
), { maxLength: 120 });

test('any URL list: never more than N per template, the same sample every time, sharding splits that sample', () => {
  fc.assert(fc.property(paths, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), (list, n, shards) => {
    const urls = list.map((p) => `https://example.com${p}`);
    const kept = plan(urls, { perPattern: n });
    assert.deepEqual(plan(urls, { perPattern: n }), kept, 'deterministic');
    const counts = new Map<string, number>();
    for (const url of kept) counts.set(urlTemplate(url), (counts.get(urlTemplate(url)) ?? 0) + 1);
    for (const [template, count] of counts) assert.ok(count <= n, `${template}: ${count} > ${n}`);
    // Nothing is dropped from a template that still had room.
    const all = plan(urls);
    for (const url of all) if (!kept.includes(url)) assert.equal(counts.get(urlTemplate(url)), n, url);
    // The shards of a sampled run split exactly the unsharded sample.
    const union = Array.from({ length: shards }, (_, i) => plan(urls, { perPattern: n, shard: { index: i + 1, count: shards } })).flat();
    assert.deepEqual([...union].sort(), [...kept].sort());
  }), { numRuns: 200 });
});
