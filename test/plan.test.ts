import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_SEGMENT_LENGTH, MAX_STEM_LENGTH, createPlanner, fileStem, isHashRoute, isSafeStem, normalizeUrl, parseShard, shardOf,
} from '../src/core/plan.ts';
import fc from 'fast-check';
import type { Planner } from '../src/core/plan.ts';
import type { PlanOptions } from '../src/core/options.ts';
import { UserError } from '../src/core/types.ts';
import type { PlannedPage } from '../src/core/types.ts';

const NO_PLAN: PlanOptions = { include: [], exclude: [], limit: null, shard: null };

function planner(options: Partial<PlanOptions> = {}, warnings: string[] = []): Planner {
  return createPlanner({ ...NO_PLAN, ...options }, (m) => warnings.push(m));
}

function planAll(urls: string[], options: Partial<PlanOptions> = {}, warnings: string[] = []): { targets: PlannedPage[]; p: Planner } {
  const p = planner(options, warnings);
  const targets: PlannedPage[] = [];
  for (const url of urls) {
    const t = p.add({ url, source: 'test' });
    if (t) targets.push(t);
  }
  return { targets, p };
}

/** mulberry32: a tiny seeded PRNG, so a failing random case can be replayed. */
function rng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n);
  };
}

/** Independent of isSafeStem: what any unzip tool on any OS needs. */
function assertSafeName(name: string): void {
  assert.match(name, /^[a-z0-9._/-]+$/, `only [a-z0-9._/-]: ${name}`);
  assert.ok(!name.startsWith('/'), `relative: ${name}`);
  assert.ok(name.length <= MAX_STEM_LENGTH, `length cap: ${name} (${name.length})`);
  for (const seg of name.split('/')) {
    assert.notEqual(seg, '', `no empty segment: ${name}`);
    assert.ok(!seg.startsWith('.'), `no hidden or dot segment: ${name}`);
    assert.ok(!seg.endsWith('.'), `no trailing dot: ${name}`);
    assert.ok(seg.length <= MAX_SEGMENT_LENGTH, `segment cap: ${name}`);
    assert.doesNotMatch(seg, /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/, `no Windows device name: ${name}`);
  }
  assert.ok(isSafeStem(name), `isSafeStem agrees: ${name}`);
}

// ─── normalize ───────────────────────────────────────────────────────────

test('normalizeUrl: case of scheme and host, default ports, fragments, empty path and query', () => {
  assert.equal(normalizeUrl('HTTP://Example.COM/Docs/Intro'), 'http://example.com/Docs/Intro');
  assert.equal(normalizeUrl('http://example.com:80/a'), 'http://example.com/a');
  assert.equal(normalizeUrl('https://example.com:443/a'), 'https://example.com/a');
  assert.equal(normalizeUrl('https://example.com:80/a'), 'https://example.com:80/a');
  assert.equal(normalizeUrl('http://example.com:8080/a'), 'http://example.com:8080/a');
  assert.equal(normalizeUrl('https://example.com/a#section'), 'https://example.com/a');
  assert.equal(normalizeUrl('https://example.com'), 'https://example.com/');
  assert.equal(normalizeUrl('https://example.com/?'), 'https://example.com/');
  assert.equal(normalizeUrl('https://example.com/s?B=2&a=1'), 'https://example.com/s?B=2&a=1');
  assert.equal(normalizeUrl('  https://example.com/x \n'), 'https://example.com/x');
  assert.equal(normalizeUrl('https://example.com/a/../b/./c'), 'https://example.com/b/c');
});

test('hash routes are pages: kept in the URL, deduped, and named apart; other fragments go', () => {
  assert.equal(normalizeUrl('https://example.com/#/pricing'), 'https://example.com/#/pricing');
  assert.equal(normalizeUrl('https://example.com/app/#!/settings'), 'https://example.com/app/#!/settings');
  assert.equal(normalizeUrl('https://example.com/#!docs'), 'https://example.com/#!docs');
  // The app's home is the page itself.
  for (const home of ['https://example.com/#/', 'https://example.com/#!', 'https://example.com/#!/', 'https://example.com/#top']) {
    assert.equal(normalizeUrl(home), 'https://example.com/', home);
  }
  assert.deepEqual(['#/a', '#!a', '#!/a', '#/', '#!', '#!/', '#a', '#', ''].map(isHashRoute), [true, true, true, false, false, false, false, false, false]);

  const p = planner();
  const urls = ['https://example.com/', 'https://example.com/#/pricing', 'https://example.com/#/docs/intro', 'https://example.com/#/pricing', 'https://example.com/#/', 'https://example.com/pricing'];
  const names = urls.map((u) => p.add({ url: u, source: 'test' })?.name ?? null);
  assert.deepEqual(names.slice(0, 3), ['index', 'pricing', 'docs/intro']);
  assert.deepEqual(names.slice(3, 5), [null, null], 'a repeated route and the empty route are duplicates');
  // The real /pricing next to the route /#/pricing: a name of its own.
  assert.match(names[5]!, /^pricing-[0-9a-f]{8}$/);
  assert.equal(p.stats.duplicates, 2);
  // A route's query marks the name like a path's query does.
  assert.match(fileStem('https://example.com/#/search?q=1', 'example.com'), /^search-[0-9a-f]{6}$/);
  assert.equal(fileStem('https://example.com/docs.html#/x', 'example.com'), 'docs-html/x');
});

test('property: any hash route gives a safe stem', () => {
  fc.assert(fc.property(fc.webUrl(), fc.string({ maxLength: 80 }), fc.constantFrom('#/', '#!', '#!/'), (base, route, prefix) => {
    const normalized = normalizeUrl(`${base.split('#')[0]}${prefix}${route}`);
    if (normalized === null) return true;
    return isSafeStem(fileStem(normalized, 'example.com'));
  }), { numRuns: 500 });
});

test('normalizeUrl: credentials are stripped, non-http(s) and relative URLs rejected', () => {
  assert.equal(normalizeUrl('https://user:secret@example.com/a'), 'https://example.com/a');
  assert.equal(normalizeUrl('https://user@example.com/a'), 'https://example.com/a');
  for (const bad of ['ftp://example.com/', 'mailto:a@example.com', 'file:///etc/passwd', 'javascript:alert(1)', '/relative', 'example.com/a', '', 'http://', 'https://exa mple.com/']) {
    assert.equal(normalizeUrl(bad), null, bad);
  }
});

test('planner warns about credentials once per host, without the secret', () => {
  const warnings: string[] = [];
  const { targets } = planAll(
    ['https://bob:hunter2@example.com/a', 'https://bob:hunter2@example.com/b', 'ftp://bob:hunter2@example.com/'],
    {}, warnings,
  );
  assert.deepEqual(targets.map((t) => t.url), ['https://example.com/a', 'https://example.com/b']);
  assert.equal(warnings.filter((w) => w.includes('credentials')).length, 1);
  assert.equal(warnings.length, 2); // plus the invalid ftp URL
  for (const w of warnings) assert.ok(!w.includes('hunter2') && !w.includes('bob'), w);
});

// ─── dedupe, filters, limit ──────────────────────────────────────────────

test('dedupe on the normalized URL, and stats count every outcome', () => {
  const { targets, p } = planAll([
    'https://example.com/a', 'HTTPS://EXAMPLE.com:443/a#top', 'https://example.com/a?', 'https://example.com/A',
    'not a url', 'https://example.com/b',
  ]);
  assert.deepEqual(targets.map((t) => t.url), ['https://example.com/a', 'https://example.com/A', 'https://example.com/b']);
  assert.deepEqual(targets.map((t) => t.index), [0, 1, 2]);
  assert.deepEqual(p.stats, { seen: 6, invalid: 1, duplicates: 2, excluded: 0, overLimit: 0, otherShard: 0, planned: 3 });
});

test('include/exclude globs on the path; exclude wins; http patterns match the whole URL', () => {
  const urls = [
    'https://example.com/', 'https://example.com/docs', 'https://example.com/docs/intro', 'https://example.com/docs/api/x.html',
    'https://example.com/docs/.well-known/a', 'https://example.com/blog/post.html', 'https://other.com/docs/intro',
    'https://example.com/docs/private/key',
  ];
  const paths = (o: Partial<PlanOptions>): string[] => planAll(urls, o).targets.map((t) => t.url);

  assert.equal(paths({}).length, urls.length, 'empty include = everything');
  assert.deepEqual(paths({ include: ['/docs/**'] }), [
    'https://example.com/docs', 'https://example.com/docs/intro', 'https://example.com/docs/api/x.html',
    'https://example.com/docs/.well-known/a', 'https://other.com/docs/intro', 'https://example.com/docs/private/key',
  ]);
  assert.deepEqual(paths({ include: ['**/*.html'] }), ['https://example.com/docs/api/x.html', 'https://example.com/blog/post.html']);
  assert.deepEqual(paths({ include: ['/docs/**'], exclude: ['/docs/private/**', '**/*.html'] }), [
    'https://example.com/docs', 'https://example.com/docs/intro', 'https://example.com/docs/.well-known/a', 'https://other.com/docs/intro',
  ]);
  assert.deepEqual(paths({ include: ['/docs/intro'], exclude: ['/docs/intro'] }), [], 'exclude wins over include');
  assert.deepEqual(paths({ include: ['https://example.com/docs/**'] }), [
    'https://example.com/docs', 'https://example.com/docs/intro', 'https://example.com/docs/api/x.html', 'https://example.com/docs/.well-known/a',
    'https://example.com/docs/private/key',
  ]);
  assert.deepEqual(paths({ exclude: ['https://other.com/**', '/blog/**', '/docs/**', '/'] }), []);

  const { p } = planAll(urls, { include: ['/docs/**'], exclude: ['**/*.html'] });
  assert.equal(p.stats.excluded, 3);
});

test('globs also see the query and the decoded path', () => {
  const urls = ['https://example.com/search?q=1', 'https://example.com/search', 'https://example.com/caf%C3%A9/menu'];
  assert.deepEqual(planAll(urls, { exclude: ['/search?q=*'] }).targets.map((t) => t.url), urls.slice(1));
  assert.deepEqual(planAll(urls, { include: ['/café/**'] }).targets.map((t) => t.url), [urls[2]]);
});

test('limit counts filtered URLs; full flips when reached', () => {
  const p = planner({ limit: 3, exclude: ['/skip/**'] });
  const add = (path: string): PlannedPage | null => p.add({ url: `https://example.com${path}`, source: 't' });
  assert.equal(p.full, false);
  assert.ok(add('/1'), '/1 planned');
  assert.equal(add('/skip/x'), null);
  assert.equal(add('/1'), null);
  assert.ok(add('/2'), '/2 planned');
  assert.equal(p.full, false);
  assert.ok(add('/3'), '/3 planned');
  assert.equal(p.full, true);
  assert.equal(add('/4'), null);
  assert.equal(add('/skip/y'), null);
  assert.deepEqual(p.stats, { seen: 7, invalid: 0, duplicates: 1, excluded: 2, overLimit: 1, otherShard: 0, planned: 3 });

  const zero = planner({ limit: 0 });
  assert.equal(zero.full, true);
  assert.equal(zero.add({ url: 'https://example.com/', source: 't' }), null);
});

test('limit is applied before sharding: all shards split the same limited set', () => {
  const urls = Array.from({ length: 500 }, (_, i) => `https://example.com/p/${i}`);
  const limited = new Set(urls.slice(0, 100));
  const union = new Set<string>();
  for (let k = 1; k <= 4; k++) {
    const { targets, p } = planAll(urls, { limit: 100, shard: { index: k, count: 4 } });
    for (const t of targets) {
      assert.ok(limited.has(t.url), `${t.url} is within the limit`);
      assert.ok(!union.has(t.url), `${t.url} in one shard only`);
      union.add(t.url);
    }
    assert.equal(p.full, true);
    assert.equal(p.stats.planned + p.stats.otherShard, 100);
  }
  assert.equal(union.size, 100);
});

// ─── shards ──────────────────────────────────────────────────────────────

test('shards are disjoint and cover the filtered set, whatever the input order', () => {
  const urls: string[] = [];
  for (let i = 0; i < 5000; i++) urls.push(`https://site${i % 7}.example.com/${i % 3 ? 'docs' : 'blog'}/page-${i}?v=${i % 11}`);
  const options = { exclude: ['/blog/**'] };
  const filtered = new Set(planAll(urls, options).targets.map((t) => t.url));
  assert.ok(filtered.size > 3000 && filtered.size < 3500, `filtered ${filtered.size}`);

  const shuffled = [...urls];
  const rand = rng(42);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = rand(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  for (const count of [1, 2, 3, 7]) {
    for (const order of [urls, shuffled]) {
      const owner = new Map<string, number>();
      for (let index = 1; index <= count; index++) {
        for (const t of planAll(order, { ...options, shard: { index, count } }).targets) {
          assert.ok(!owner.has(t.url), `${t.url} in shards ${owner.get(t.url)} and ${index} of ${count}`);
          owner.set(t.url, index);
        }
      }
      assert.deepEqual(new Set(owner.keys()), filtered, `shards of ${count} cover the set`);
      if (count === 7) {
        // Roughly uniform: every shard within 25% of the mean.
        const sizes = Array.from({ length: count }, (_, i) => [...owner.values()].filter((s) => s === i + 1).length);
        for (const size of sizes) assert.ok(Math.abs(size - filtered.size / count) < (filtered.size / count) * 0.25, `sizes ${sizes}`);
      }
      // The shard of a URL does not depend on order.
      for (const [url, index] of owner) assert.equal(shardOf(url, count), index);
    }
  }
});

test('a URL keeps its file name in every shard layout', () => {
  const urls = ['https://example.com/a', 'https://example.com/A', 'https://example.com/a.html', 'https://example.com/b'];
  const names = new Map(planAll(urls).targets.map((t) => [t.url, t.name]));
  for (let index = 1; index <= 3; index++) {
    for (const t of planAll(urls, { shard: { index, count: 3 } }).targets) assert.equal(t.name, names.get(t.url));
  }
});

test('parseShard accepts k/n and names the bad value', () => {
  assert.deepEqual(parseShard('1/1'), { index: 1, count: 1 });
  assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
  assert.deepEqual(parseShard(' 3 / 1000 '), { index: 3, count: 1000 });
  for (const bad of ['0/4', '5/4', '1/0', '1/1001', '-1/4', '1.5/4', '2', '2/4/8', 'a/b', '', '1/', '/4', '1e2/200']) {
    assert.throws(() => parseShard(bad), (err: unknown) => {
      assert.ok(err instanceof UserError, `UserError for ${JSON.stringify(bad)}`);
      assert.ok(err.message.includes(JSON.stringify(bad)), err.message);
      assert.match(err.message, /k\/n/);
      return true;
    });
  }
});

// ─── file names ──────────────────────────────────────────────────────────

test('file stems are readable and mirror the site', () => {
  const cases: Array<[string, string]> = [
    ['https://example.com/', 'index'],
    ['https://example.com/docs/getting-started/', 'docs/getting-started'],
    ['https://example.com/docs/Getting_Started.HTML', 'docs/getting_started'],
    ['https://example.com/about.htm', 'about'],
    ['https://example.com/caf%C3%A9/men%C3%BC', 'cafe/menu'],
    ['https://example.com/v1.2/intro', 'v1-2/intro'],
    ['https://example.com/files/report.pdf', 'files/report.pdf'],
    ['https://example.com/a%20b/c%2Fd', 'a-b/c-d'],
  ];
  for (const [url, stem] of cases) assert.equal(fileStem(normalizeUrl(url)!), stem, url);
  assert.match(fileStem('https://example.com/search?q=1'), /^search-[0-9a-f]{6}$/);
  assert.notEqual(fileStem('https://example.com/search?q=1'), fileStem('https://example.com/search?q=2'));
  assert.equal(fileStem('https://other.com/docs', 'example.com'), `docs-${fileStem('https://other.com/docs', 'x').slice(-6)}`);
  assert.equal(fileStem('https://example.com/docs', 'example.com'), 'docs');
});

const TRICKY_PATHS = [
  '/', '/index.html', '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/%2e%2e%2f%2e%2e%2fetc', '/..%2f..%2fetc',
  '/.env', '/.git/config', '/...', '/.../x', '/con', '/CON', '/con.html', '/nul.txt', '/aux/x', '/com1', '/lpt9.png', '/Con/Nul',
  '/x/' + 'y'.repeat(400), '/' + 'seg/'.repeat(80) + 'end', '/' + 'a'.repeat(61), '/' + 'abcdefghij'.repeat(11) + '/z',
  '/日本語/ページ', '/Ünïcödé/ÉTÉ', '/😀', '/%F0%9F%98%80/x', '/%00', '/a%00b', '/%0a%0d%09x', '/%7f', '/%ff%fe',
  '/search?q=1', '/search?q=2', '/search', '/?page=1', '/docs', '/docs/', '/docs/x', '/docs/x/', '/a', '/a/b', '/a/b/c',
  '/A', '/A/b', '/Docs', '/docs.html', '/docs/index.html', '/docs/index', '/a//b', '/a/./b', '/-x-', '/x', '/_',
  '/a\\b', '/C:/windows', '/a:b', '/a?b=../../x', '/%5C..%5C..%5Cwindows', '/' + '.'.repeat(50), '/manifest.json',
  '/foo.', '/foo..bar', '/-', '/---/---', '/a%2e', '/%2ehidden', '/v1.2/intro', '/docs.png/x', '/manifest.json/x',
];

test('file names for tricky URLs are safe and unique', () => {
  const warnings: string[] = [];
  const urls = TRICKY_PATHS.map((p) => `https://example.com${p}`).concat([
    'https://other.example.com/docs', 'https://EXAMPLE.com:8443/docs', 'http://example.com/docs',
  ]);
  const { targets } = planAll(urls, {}, warnings);
  const distinct = new Set(urls.map((u) => normalizeUrl(u)).filter((u) => u !== null));
  assert.equal(targets.length, distinct.size, 'every distinct URL planned');
  const names = new Set<string>();
  for (const t of targets) {
    assertSafeName(t.name);
    assert.ok(!names.has(t.name), `unique: ${t.name} (${t.url})`);
    names.add(t.name);
  }
  // No written file can stand where another name needs a folder: folders carry no dot, files always do.
  const folders = new Set([...names].flatMap((n) => {
    const segs = n.split('/');
    return segs.slice(0, -1).map((_, i) => segs.slice(0, i + 1).join('/'));
  }));
  assert.ok(folders.has('docs') && folders.has('a/b'), 'the test covers folders');
  for (const f of folders) assert.ok(!f.includes('.'), `folder without dots: ${f}`);
  for (const n of [...names, 'manifest']) {
    for (const ext of ['png', 'jpg', 'webp', 'json']) assert.ok(!folders.has(`${n}.${ext}`), `${n}.${ext} is not a folder`);
  }
  const byUrl = new Map(targets.map((t) => [t.url, t.name]));
  assert.equal(byUrl.get('https://example.com/'), 'index');
  assert.equal(byUrl.get('https://example.com/docs'), 'docs');
  assert.equal(byUrl.get('https://example.com/docs/x'), 'docs/x');
  assert.equal(byUrl.get('https://example.com/a/b'), 'a/b');
  assert.match(byUrl.get('https://example.com/A')!, /^a-[0-9a-f]{8}$/, 'case-only difference gets a hash');
  assert.match(byUrl.get('https://example.com/Docs')!, /^docs-[0-9a-f]{8}$/);
  assert.equal(byUrl.get('https://example.com/con'), 'con_');
  assert.equal(byUrl.get('https://example.com/nul.txt'), 'nul_.txt');
  assert.equal(byUrl.get('https://example.com/etc/passwd'), 'etc/passwd');
});

test('random URLs always get safe names', () => {
  const rand = rng(7);
  const alphabet = ['a', 'Z', '.', '..', '/', '-', '_', '%2e', '%2f', '%00', '%', 'é', '日', ' ', 'con', 'nul', 'com1', '.html', '~', '?', '\\', ':'];
  const urls: string[] = [];
  for (let i = 0; i < 3000; i++) {
    let path = '/';
    const len = 1 + rand(rand(4) === 0 ? 200 : 12);
    for (let j = 0; j < len; j++) path += alphabet[rand(alphabet.length)];
    urls.push(`https://example.com${path}`);
  }
  const { targets } = planAll(urls);
  assert.ok(targets.length > 2000, `most random URLs are distinct (${targets.length})`);
  const names = new Set<string>();
  for (const t of targets) {
    assertSafeName(t.name);
    assert.ok(!names.has(t.name), `unique: ${t.name}`);
    names.add(t.name);
  }
});

test('huge or broken path segments are named quickly and leniently', { timeout: 10_000 }, () => {
  // Sitemaps are untrusted: no regex in the naming may go quadratic on a long segment.
  const { targets } = planAll([
    `https://example.com/${'-.'.repeat(500_000)}x`,
    `https://example.com/${'%'.repeat(1_000_000)}/a/${'é'.repeat(100_000)}`,
    'https://example.com/caf%C3%A9/%E6%97%A5x/%ZZ%C3',
  ]);
  assert.equal(targets.length, 3);
  for (const t of targets) assertSafeName(t.name);
  assert.equal(targets[2]!.name, 'cafe/x/zz');
});

test('collision suffixes are deterministic across runs and keep the caps', () => {
  const long = '/' + 'x'.repeat(200);
  const urls = ['https://example.com/page', 'https://example.com/Page', 'https://example.com/PAGE', 'https://example.com/page.html',
    `https://example.com${long}`, `https://example.com${long.toUpperCase()}`, 'https://example.com/page-' + 'a'.repeat(100)];
  const first = planAll(urls).targets.map((t) => t.name);
  const second = planAll(urls).targets.map((t) => t.name);
  assert.deepEqual(first, second);
  assert.equal(first[0], 'page', 'the first claimant keeps the plain name');
  assert.equal(new Set(first).size, urls.length);
  for (const n of first) assertSafeName(n);
  // Someone's real path may look like a suffixed name: still unique.
  const clash = planAll(['https://example.com/page', 'https://example.com/Page', `https://example.com/${first[1]}`]).targets;
  assert.equal(new Set(clash.map((t) => t.name)).size, 3);
});

test('lastmod is carried; index follows planned order', () => {
  const p = planner({ shard: { index: 1, count: 2 } });
  const targets: PlannedPage[] = [];
  for (let i = 0; i < 50; i++) {
    const t = p.add({ url: `https://example.com/${i}`, source: 't', lastmod: '2026-01-02' });
    if (t) targets.push(t);
  }
  assert.deepEqual(targets.map((t) => t.index), targets.map((_, i) => i));
  assert.ok(targets.every((t) => t.lastmod === '2026-01-02'), 'lastmod kept');
});
