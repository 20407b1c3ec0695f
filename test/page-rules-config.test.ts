// pages: rules and variants: as each door reads them, and every way they can
// be wrong, each error naming the file (or field), the rule and the key.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../src/config/file.ts';
import { PAGE_SETTINGS, parsePageRules, parseVariants } from '../src/config/page-rules.ts';
import { resolveSettings } from '../src/config/settings.ts';
import { SETTING_NAMES, specOf } from '../src/config/spec.ts';
import { applyOverrides, createRecipeBook, runRecipe } from '../src/core/recipe.ts';
import { RecipeRuntime } from '../src/core/recipe-runtime.ts';
import { parseJobRequest, resolveRequest } from '../src/server/request.ts';
import type { AnyBody } from '../src/server/request.ts';
import type { ApiError } from '../src/server/errors.ts';

const machine = { cores: 2, freeMemBytes: 4e9 };
const PAGE = 'https://docs.example.com/';

/** The message itself, from its first character (assert.throws would match "UserError: …"). */
function throwsMessage(fn: () => unknown, want: RegExp, what = String(want)): void {
  assert.throws(fn, (err: Error) => {
    assert.match(err.message, want, what);
    return true;
  });
}

function fromFile(yaml: string) {
  return resolveSettings({ urls: [PAGE], ...parseConfig(yaml, 'site/framecap.yml') }, machine).options;
}

test('bad rules: the error names the file, the rule and the key', () => {
  const cases: Array<[string, RegExp]> = [
    ['pages:\n  - match: "/a"\n  - match: "/docs/**"\n    colour: red\n', /^site\/framecap\.yml: pages\[1\]: unknown key "colour"\. A rule takes .*full-page/],
    ['pages:\n  - match: "/a"\n    output: x.zip\n', /^site\/framecap\.yml: pages\[0\]: "output" cannot differ per page .*top level/],
    ['pages:\n  - match: "/a"\n    concurrency: 2\n', /^site\/framecap\.yml: pages\[0\]: "concurrency" cannot differ per page/],
    ['pages:\n  - match: "/a"\n    shard: 1/2\n', /^site\/framecap\.yml: pages\[0\]: "shard" cannot differ per page/],
    ['pages:\n  - match: "/a"\n  - match: "/docs/[a"\n', /^site\/framecap\.yml: pages\[1\]: match: "\/docs\/\[a" is not a valid glob/],
    ['pages:\n  - regex: "(a"\n', /^site\/framecap\.yml: pages\[0\]: regex: "\(a" is not a valid regular expression/],
    ['pages:\n  - match: "/a"\n    viewport: 10x10\n', /^site\/framecap\.yml: pages\[0\]\.viewport must be WIDTHxHEIGHT between 100 and 7680/],
    ['pages:\n  - match: "/a"\n    wait-until: never\n', /^site\/framecap\.yml: pages\[0\]\.wait-until must be one of load, domcontentloaded, networkidle/],
    ['pages:\n  - match: "/a"\n    quality: 500\n', /^site\/framecap\.yml: pages\[0\]\.quality must be from 1 to 100/],
    ['pages:\n  - full-page: true\n', /^site\/framecap\.yml: pages\[0\]: give exactly one of match:/],
    ['pages:\n  - {match: "/a", regex: "b"}\n', /^site\/framecap\.yml: pages\[0\]: give exactly one of match: .*several/],
    ['pages:\n  - "/docs/**"\n', /^site\/framecap\.yml: pages\[0\] must be a map/],
    ['pages: {match: "/a"}\n', /^site\/framecap\.yml: pages must be a list of rules/],
    ['pages:\n  - {match: "/a", keep-fragment: maybe}\n', /^site\/framecap\.yml: pages\[0\]\.keep-fragment must be true or false/],
    ['urls:\n  - https://a.test/\n  - {full-page: true}\n', /^site\/framecap\.yml: urls\[1\] needs url:/],
    ['urls:\n  - {url: "https://a.test/", delay: -1}\n', /^site\/framecap\.yml: urls\[0\]\.delay must be a whole number/],
    ['variants:\n  phone: {device: phone-ios, output: a.zip}\n', /^site\/framecap\.yml: variants\.phone: "output" cannot differ per page/],
    ['variants:\n  - {device: phone-ios}\n', /^site\/framecap\.yml: variants\[0\]: a variant needs a name:/],
    ['variants:\n  Phone: {}\n', /^site\/framecap\.yml: variants\.Phone: variant name "Phone": use 1-32 lower-case/],
    ['variants:\n  - {name: a}\n  - {name: a}\n', /^site\/framecap\.yml: variants\[1\]: variant "a" is given twice/],
    ['pages:\n  - {match: "/", composite-devices: "laptop,phone-ios"}\n', /^site\/framecap\.yml: pages\[0\]\.composite-devices needs site\/framecap\.yml: pages\[0\]\.composite responsive/],
    ['pages:\n  - {match: "/", composite: responsive, full-page: true}\n', /^site\/framecap\.yml: pages\[0\]\.composite responsive shows each device's screen: leave out .*pages\[0\]\.full-page/],
    ['variants:\n  all: {composite: responsive, composite-devices: laptop}\n', /^site\/framecap\.yml: variants\.all\.composite-devices takes two or three frames/],
    ['variants:\n  all: {composite: responsive, video: scroll}\n', /^site\/framecap\.yml: variants\.all\.composite responsive is one still per page, not a video: leave out .*variants\.all\.video scroll/],
    [`pages:\n${'  - match: "/a"\n'.repeat(101)}`, /^site\/framecap\.yml: pages: at most 100 rules, got 101/],
    [`variants:\n${Array.from({ length: 21 }, (_, i) => `  v${i}: {}\n`).join('')}`, /^site\/framecap\.yml: variants: at most 20 variants, got 21/],
  ];
  for (const [yaml, want] of cases) throwsMessage(() => fromFile(yaml), want, yaml);
});

test('every page-scoped setting of the spec is a rule key and a variant key (its example changes the recipe); run settings are refused', () => {
  const base = runRecipe(resolveSettings({ urls: [PAGE] }, machine).options);
  assert.ok(PAGE_SETTINGS.length >= 20);
  for (const name of PAGE_SETTINGS) {
    const { example, requires } = specOf(name);
    // A setting that needs another (selector-padding: selector) is given with it.
    const needed = requires ? { [requires]: specOf(requires as typeof name).example } : {};
    const [rule] = parsePageRules([{ match: '/**', [name]: example, ...needed }], 'pages');
    const book = createRecipeBook({ ...resolveSettings({ urls: [PAGE] }, machine).options, pages: [rule!] });
    assert.notDeepEqual(book.forPage(PAGE).recipe, base, `${name}: ${example} in a rule changes the recipe`);
    const [variant] = parseVariants({ v: { [name]: example, ...needed } }, 'variants');
    assert.deepEqual(variant!.set, rule!.set, `${name} reads the same in a variant`);
  }
  for (const name of SETTING_NAMES.filter((n) => specOf(n).scope === 'run')) {
    assert.throws(() => parsePageRules([{ match: '/**', [name]: specOf(name).example }], 'pages'), /cannot differ per page/, name);
  }
});

test('rules apply in order over the run settings; a variant comes last; keep-fragment keeps only what its rule matches', () => {
  const options = fromFile([
    'full-page: false',
    'delay: 5',
    'pages:',
    '  - {match: "/docs/**", full-page: true, delay: 100}',
    '  - {name: slow, regex: "^/docs/api", delay: 900}',
    '  - {match: "/blog/*", keep-fragment: true}',
    'variants: "desktop=browser-macos,phone=phone-ios"',
  ].join('\n'));
  const book = createRecipeBook(options);
  const api = book.forPage('https://docs.example.com/docs/api/x');
  assert.deepEqual(api.rules, ['pages[0]', 'slow']);
  assert.equal(api.recipe.render.delay, 900);
  assert.equal(api.recipe.render.fullPage, true);
  const home = book.forPage('https://docs.example.com/');
  assert.deepEqual(home.rules, []);
  assert.equal(home.recipe.render.delay, 5);
  assert.deepEqual(book.variants.map((v) => [v.name, v.set.frame?.device]), [['desktop', 'browser-macos'], ['phone', 'phone-ios']]);
  assert.equal(book.keepsFragment(new URL('https://docs.example.com/blog/post#comments')), true);
  assert.equal(book.keepsFragment(new URL('https://docs.example.com/docs/intro#usage')), false);
});

test('the Action input and the CLI give the same rules and variants as framecap.yml', () => {
  const file = fromFile('pages:\n  - {match: "/docs/**", full-page: true}\nvariants:\n  desktop: {device: browser-macos}\n  phone: {device: phone-ios}\n');
  const text = resolveSettings({
    urls: [PAGE], pages: '- match: /docs/**\n  full-page: true\n', variants: 'desktop=browser-macos,phone=phone-ios',
  }, machine).options;
  assert.deepEqual(text.pages, file.pages);
  assert.deepEqual(text.variants, file.variants);
  throwsMessage(
    () => resolveSettings({ urls: [PAGE], pages: '- {match: /a, colour: red}' }, machine, (n) => `input '${n}'`),
    /^input 'pages'\[0\]: unknown key "colour"/,
  );
  throwsMessage(() => resolveSettings({ urls: [PAGE], variants: 'desktop' }, machine), /^--variants: "desktop" must be name=device/);
});

test('Jobs API: pages and variants in the body, checked by the same spec; a bad rule is a 400 naming the field', () => {
  const body = {
    urls: [PAGE, `${PAGE}docs/a`],
    pages: [{ match: '/docs/**', full_page: true, name: 'docs' }],
    variants: [{ name: 'desktop' }, { name: 'phone', device: 'phone-ios' }],
  } as unknown as AnyBody;
  const owned = { output: '/srv/out.zip', browserPath: null, pageConcurrency: 2 };
  const { options } = resolveRequest(parseJobRequest('batch', body, { maxUrlsPerJob: 100 }), owned);
  assert.deepEqual(options.pages, [{ label: 'docs', match: { glob: '/docs/**' }, set: { render: { fullPage: true } }, keepFragment: false }]);
  assert.deepEqual(options.variants, [{ name: 'desktop', set: {} }, { name: 'phone', set: { frame: { device: 'phone-ios' } } }]);
  const bad = { urls: [PAGE], pages: [{ match: '/a', output: 'x.zip' }] } as unknown as AnyBody;
  assert.throws(() => resolveRequest(parseJobRequest('batch', bad, { maxUrlsPerJob: 100 }), owned), (err: ApiError) => {
    assert.equal(err.status, 400);
    assert.equal(err.field, 'pages');
    assert.match(err.message, /^pages\[0\]: "output" cannot differ per page/);
    return true;
  });
});

test('a glob rule matches the path (and path + query) it names, and no other page, query string or not', () => {
  const book = createRecipeBook({
    ...resolveSettings({ urls: ['https://example.com/'] }, { cores: 2, freeMemBytes: 4e9 }).options,
    pages: parsePageRules([{ match: '/pricing', 'full-page': true }, { regex: '^/docs/', delay: 5 }], 'pages'),
  });
  const rulesOf = (url: string): string[] => book.forPage(url).rules;
  assert.deepEqual(rulesOf('https://example.com/pricing'), ['pages[0]']);
  assert.deepEqual(rulesOf('https://example.com/pricing?plan=pro'), ['pages[0]'], 'its path matches');
  assert.deepEqual(rulesOf('https://example.com/modal?other'), [], 'a query string does not make every glob match');
  assert.deepEqual(rulesOf('https://example.com/about?x=1&y=2'), []);
  assert.deepEqual(rulesOf('https://example.com/docs/a?x=1'), ['pages[1]']);
});

test('a composite from one layer and a video or full page from another: the video is refused, the full page does not reach the composite', async () => {
  const options = fromFile('video: scroll\nvideo-format: webp\nfull-page: true\npages:\n  - {match: "/", composite: responsive}\n');
  const runtime = new RecipeRuntime(options);
  const landing = applyOverrides(runRecipe(options), options.pages![0]!.set);
  await assert.rejects(runtime.prepare(landing), /^UserError: composite responsive is one still per page, not a video/);
  const still = fromFile('full-page: true\npages:\n  - {match: "/", composite: responsive}\n');
  const ready = await new RecipeRuntime(still).prepare(applyOverrides(runRecipe(still), still.pages![0]!.set));
  assert.equal(ready.render.fullPage, false, 'each device shows its screen');
  assert.deepEqual(ready.composite?.devices.map((d) => d.id), ['laptop', 'tablet', 'phone-ios']);
  assert.equal(ready.render.pageCap, undefined);
});
