// Property-based checks on generated input: the sitemap parser never throws
// anything but what it documents, and the planner's names and shards hold
// for any URL set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from '../src/core/discover/document.ts';
import { createPlanner, normalizeUrl } from '../src/core/plan.ts';
import type { DiscoveredUrl } from '../src/core/types.ts';

const SAFE_NAME = /^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[a-z0-9._/-]{1,120}$/;

const xmlish = fc.array(fc.oneof(
  fc.constantFrom('<?xml version="1.0"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', '</urlset>',
    '<url>', '</url>', '<loc>', '</loc>', '<sitemapindex>', '</sitemapindex>', '<sitemap>', '</sitemap>',
    '<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>', '&b;', '&amp;', '&#x41;', '&#99999999;', '<![CDATA[', ']]>',
    '<constructor>', '</constructor>', '<__proto__>', '<rss><channel><item><link>', '</link></item></channel></rss>',
    '<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="', '"/></entry></feed>', '\uFEFF', '<lastmod>', '</lastmod>'),
  fc.webUrl(),
  fc.string({ maxLength: 40 }),
), { maxLength: 40 }).map((parts) => parts.join(''));

test('parseDocument: any text gives pages, an index or "not a sitemap" — never a crash', () => {
  fc.assert(fc.property(xmlish, fc.boolean(), (text, cutShort) => {
    const doc = parseDocument(text, 'generated.xml', () => {}, cutShort);
    assert.ok(['pages', 'index', 'not-sitemap'].includes(doc.kind));
    if (doc.kind !== 'not-sitemap') for (const e of doc.entries) assert.equal(typeof e.loc, 'string');
  }), { numRuns: 400 });
});

const urlPaths = fc.array(fc.oneof(
  fc.webPath(),
  fc.string({ maxLength: 30 }).map((s) => `/${s}`),
  fc.constantFrom('/../../etc/passwd', '/%2e%2e/%2e%2e/x', '/con', '/a/b/', '/A/B', '/a?b=1', '/index.html', '/.git/config', '/\u0000x', '/日本語/ページ'),
), { minLength: 1, maxLength: 60 });

test('planner: every name is safe and unique, and the shards of any URL set are disjoint and complete', () => {
  fc.assert(fc.property(urlPaths, fc.integer({ min: 1, max: 6 }), fc.boolean(), (paths, n, otherHost) => {
    const urls: DiscoveredUrl[] = paths.map((p, i) => ({ url: `https://${otherHost && i % 3 === 0 ? 'b' : 'a'}.example${p}`, source: 'gen' }));
    const all = createPlanner({ include: [], exclude: [], limit: null, shard: null }, () => {});
    const planned = urls.map((u) => all.add(u)).filter((t) => t !== null);
    const names = planned.map((t) => t.name);
    for (const name of names) assert.match(name, SAFE_NAME, name);
    assert.equal(new Set(names).size, names.length, 'names unique');
    // A file "x.png" can never be a folder "x/…": folder parts never contain a dot.
    for (const name of names) for (const dir of name.split('/').slice(0, -1)) assert.ok(!dir.includes('.'), name);

    const union: string[] = [];
    for (let k = 1; k <= n; k++) {
      const shard = createPlanner({ include: [], exclude: [], limit: null, shard: { index: k, count: n } }, () => {});
      for (const u of urls) {
        const t = shard.add(u);
        if (t) {
          union.push(t.url);
          assert.equal(t.name, planned.find((p) => p.url === t.url)!.name, 'a URL has the same name in its shard');
        }
      }
    }
    assert.equal(union.length, new Set(union).size, 'shards are disjoint');
    assert.deepEqual(new Set(union), new Set(planned.map((t) => t.url)), 'shards cover the set');
  }), { numRuns: 200 });
});

test('normalizeUrl is idempotent and only ever yields http(s)', () => {
  fc.assert(fc.property(fc.oneof(fc.webUrl({ withFragments: true, withQueryParameters: true }), fc.string()), (raw) => {
    const once = normalizeUrl(raw);
    if (once === null) return;
    assert.match(once, /^https?:\/\//);
    assert.equal(normalizeUrl(once), once);
  }), { numRuns: 500 });
});
