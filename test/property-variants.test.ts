// Property: with variants (and rules that keep fragments), every capture's
// file name is safe, unique in the run, and the same whichever shard
// captures it, so shard outputs merge without renames.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultCaptureOptions } from '../src/config/settings.ts';
import { createPlanner } from '../src/core/plan.ts';
import { createRecipeBook, targetsOf, VARIANT_NAME } from '../src/core/recipe.ts';
import type { PageRule, Variant } from '../src/core/recipe.ts';
import { entryNameProblem } from '../src/core/sink/entry-name.ts';
import { captureKey } from '../src/core/types.ts';
import type { DiscoveredUrl, Target } from '../src/core/types.ts';

const paths = fc.array(fc.oneof(
  fc.webPath(),
  fc.string({ maxLength: 30 }).map((s) => `/${s}`),
  fc.constantFrom('/', '/a@b', '/docs/x#part', '/docs/x#other', '/docs/x', '/#/route', '/a?b=1#c', '/con', '/A/B', '/a/b/', '/%40'),
), { minLength: 1, maxLength: 40 });

const variantNames = fc.uniqueArray(fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,6}[a-z0-9])?$/), { minLength: 1, maxLength: 5 });

function planAll(urls: DiscoveredUrl[], rules: PageRule[], variants: Variant[], shard: { index: number; count: number } | null): Target[] {
  const options = defaultCaptureOptions({ plan: { shard } }, { cores: 1, freeMemBytes: 1e9 });
  const book = createRecipeBook({ ...options, pages: rules, variants });
  const planner = createPlanner(options.plan, () => {}, (url) => book.keepsFragment(url));
  const out: Target[] = [];
  for (const u of urls) {
    const page = planner.add(u);
    if (page) out.push(...targetsOf(page, book.forPage(page.url), book.variants, out.length));
  }
  return out;
}

test('variants: names are safe, unique and the same in every shard', () => {
  fc.assert(fc.property(paths, variantNames, fc.integer({ min: 1, max: 5 }), fc.boolean(), (ps, names, n, keep) => {
    for (const name of names) assert.match(name, VARIANT_NAME);
    const urls = ps.map((p) => ({ url: `https://a.example${p}`, source: 'gen' }));
    const rules: PageRule[] = keep ? [{ label: 'keep', match: { glob: '/docs/**' }, set: {}, keepFragment: true }] : [];
    const variants = names.map((name) => ({ name, set: {} }));
    const all = planAll(urls, rules, variants, null);

    const files = all.map((t) => `${t.name}.png`);
    for (const f of files) assert.equal(entryNameProblem(f), null, f);
    assert.equal(new Set(files).size, files.length, 'file names unique');
    // The thumbnail of one capture is never another's capture.
    const thumbs = all.map((t) => `${t.name}.thumb.png`);
    assert.equal(new Set([...files, ...thumbs]).size, files.length * 2);
    assert.equal(new Set(all.map(captureKey)).size, all.length, 'page + variant identifies a capture');
    assert.equal(all.length % names.length, 0);
    for (const t of all) {
      assert.equal(t.name.endsWith(`@${t.variant}`), true, t.name);
      assert.equal(t.name.split('@').length, 2, `only the variant adds "@": ${t.name}`);
    }
    // Variants sit side by side, indexes run without gaps.
    assert.deepEqual(all.map((t) => t.index), all.map((_, i) => i));

    const byKey = new Map(all.map((t) => [captureKey(t), t.name]));
    const union: string[] = [];
    for (let k = 1; k <= n; k++) {
      for (const t of planAll(urls, rules, variants, { index: k, count: n })) {
        union.push(captureKey(t));
        assert.equal(t.name, byKey.get(captureKey(t)), `${captureKey(t)} has the same name in shard ${k}/${n}`);
      }
    }
    assert.equal(union.length, new Set(union).size, 'shards are disjoint');
    assert.deepEqual(new Set(union), new Set(byKey.keys()), 'shards cover every page in every variant');
  }), { numRuns: 200 });
});
