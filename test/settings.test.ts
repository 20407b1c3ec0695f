import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveSettings, SettingError } from '../src/config/settings.ts';
import { mergeSettings, parseConfig } from '../src/config/file.ts';
import { UserError } from '../src/core/types.ts';
import { VERSION } from '../src/version.ts';
import { readFileSync } from 'node:fs';

const machine = { cores: 2, freeMemBytes: 8 * 1024 ** 3 };

test('defaults make a sensible run from one URL', () => {
  const { options, failOn, secrets } = resolveSettings({ urls: ['https://example.com/'] }, machine);
  assert.deepEqual(options.sources, [{ kind: 'urls', urls: ['https://example.com/'] }]);
  assert.deepEqual(options.render.viewport, { width: 1280, height: 800 });
  // Unset is its own value, not 1: a phone or tablet frame then renders at its own scale.
  assert.equal(options.render.scale, 'device');
  assert.equal(options.render.concurrency, 4);
  assert.equal(options.frame.device, 'browser-macos');
  assert.equal(options.frame.background, 'midnight');
  assert.equal(options.output.format, 'png');
  assert.equal(options.output.path, 'framecap.zip');
  assert.equal(failOn, 'failed');
  assert.deepEqual(secrets, []);
});

test('the library door sizes concurrency: auto for this machine when no machine is given', () => {
  // README's library example calls resolveSettings(raw) alone; the machine argument used to be required,
  // and a JavaScript caller leaving it out got a TypeError from deep inside the reader.
  const { options } = resolveSettings({ urls: ['https://example.com/'], output: 'shots.zip' });
  assert.ok(Number.isInteger(options.render.concurrency) && options.render.concurrency >= 1, `concurrency ${options.render.concurrency}`);
  assert.equal(resolveSettings({ urls: ['https://example.com/'], concurrency: '3' }).options.render.concurrency, 3);
});

test('--scale given is the user\'s, whatever its value; unset is "device"', () => {
  const at = (raw: Record<string, string>) => resolveSettings({ urls: ['https://example.com/'], ...raw }, machine).options.render.scale;
  assert.equal(at({ scale: '1' }), 1);
  assert.equal(at({ scale: '2.5' }), 2.5);
  assert.equal(at({}), 'device');
  assert.equal(at({ scale: '' }), 'device');
});

test('no source is a usage error that names every way to give one', () => {
  assert.throws(() => resolveSettings({}, machine), (e: Error) => e instanceof UserError && /--sitemap/.test(e.message) && /--site/.test(e.message));
});

test('bad values name the setting in the door\'s spelling', () => {
  const label = (n: string) => `input '${n}'`;
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ viewport: '1280' }, /input 'viewport' must be WIDTHxHEIGHT/],
    [{ viewport: '99999x10' }, /input 'viewport'/],
    [{ scale: 'two' }, /input 'scale' must be a number/],
    [{ 'wait-until': 'soon' }, /input 'wait-until' must be one of load, domcontentloaded, networkidle/],
    [{ format: 'gif' }, /input 'format' must be one of png, jpeg, webp/],
    [{ timeout: '-5' }, /input 'timeout' must be a whole number/],
    [{ concurrency: '0' }, /input 'concurrency' must be from 1 to 32/],
    [{ 'full-page': 'maybe' }, /input 'full-page' must be true or false/],
    [{ shard: '5/4' }, /input 'shard'/],
    [{ header: 'no colon here' }, /input 'header' must look like "Name: value"/],
    [{ cookie: '=v' }, /input 'cookie' must look like "name=value"/],
    [{ site: 'ftp://example.com' }, /input 'site' must be an http\(s\) URL/],
  ];
  for (const [raw, re] of cases) {
    assert.throws(
      () => resolveSettings({ urls: ['https://example.com/'], ...raw }, machine, label as never),
      (e: Error) => e instanceof SettingError && re.test(e.message),
      JSON.stringify(raw),
    );
  }
});

test('headers and cookies are parsed and their values reported as secrets', () => {
  const { options, secrets } = resolveSettings({
    urls: ['https://example.com/'],
    header: ['Authorization: Bearer s3cr3t-token', 'X-Empty:'],
    cookie: ['session=abc123xyz; domain=example.com; path=/app'],
  }, machine);
  assert.deepEqual(options.render.headers, { Authorization: 'Bearer s3cr3t-token', 'X-Empty': '' });
  assert.deepEqual(options.render.cookies, [{ name: 'session', value: 'abc123xyz', domain: 'example.com', path: '/app' }]);
  assert.deepEqual(secrets.sort(), ['Bearer s3cr3t-token', 'abc123xyz']);
});

test('multi-line strings (Action inputs) split into lists', () => {
  const { options } = resolveSettings({ urls: 'https://a.example/\n\n  https://b.example/x  \n', hide: '.cookie\n#chat' }, machine);
  assert.deepEqual(options.sources, [{ kind: 'urls', urls: ['https://a.example/', 'https://b.example/x'] }]);
  assert.deepEqual(options.render.hide, ['.cookie', '#chat']);
});

test('framecap.yml: kebab, camel and plural keys; header maps; unknown keys refused', () => {
  const raw = parseConfig([
    'sitemaps:',
    '  - https://example.com/sitemap.xml',
    'fullPage: true',
    'viewport: 390x844',
    'headers:',
    '  Authorization: Bearer abc',
    'fail-on: partial',
  ].join('\n'), 'framecap.yml');
  assert.deepEqual(raw.sitemap, ['https://example.com/sitemap.xml']);
  assert.equal(raw['full-page'], true);
  assert.deepEqual(raw.header, ['Authorization: Bearer abc']);
  const { options, failOn } = resolveSettings(raw, machine);
  assert.equal(options.render.fullPage, true);
  assert.deepEqual(options.render.viewport, { width: 390, height: 844 });
  assert.equal(failOn, 'partial');
  assert.throws(() => parseConfig('viewprot: 1x1', 'framecap.yml'), /unknown setting "viewprot"/);
  assert.throws(() => parseConfig('- a\n- b', 'framecap.yml'), /must be a map/);
  assert.throws(() => parseConfig('a: [', 'framecap.yml'), /not valid YAML/);
});

test('flags override the config file', () => {
  const merged = mergeSettings({ device: 'none', urls: ['https://a.example/'] }, { device: 'browser-macos', urls: [] });
  assert.equal(merged.device, 'browser-macos');
  assert.deepEqual(merged.urls, ['https://a.example/']);
});

test('VERSION matches package.json', () => {
  assert.equal(VERSION, JSON.parse(readFileSync('package.json', 'utf8')).version);
});

test('baseline settings: compare options only with --baseline; --incremental alone says to pass one', () => {
  const plain = resolveSettings({ urls: ['https://example.com/'] }, machine);
  assert.equal(plain.options.compare, undefined);
  assert.equal(plain.options.plan.perPattern, undefined);
  assert.equal(plain.failOnChange, false);

  const r = resolveSettings({ urls: ['https://example.com/'], baseline: 'last.zip', incremental: true, 'diff-threshold': '0.25', 'per-pattern': '3', 'fail-on-change': 'true' }, machine);
  assert.deepEqual(r.options.compare, { baseline: 'last.zip', incremental: true, threshold: 0.25 });
  assert.equal(r.options.plan.perPattern, 3);
  assert.equal(r.failOnChange, true);
  assert.equal(resolveSettings({ urls: ['https://example.com/'], baseline: 'https://ci.example/last.zip' }, machine).options.compare?.threshold, 0.1);

  assert.throws(() => resolveSettings({ urls: ['https://example.com/'], incremental: true }, machine),
    (e: Error) => e instanceof SettingError && e.setting === 'incremental' && /--incremental needs --baseline/.test(e.message));
  assert.throws(() => resolveSettings({ urls: ['https://example.com/'], baseline: 'x.zip', 'diff-threshold': '2' }, machine), SettingError);
  assert.throws(() => resolveSettings({ urls: ['https://example.com/'], 'per-pattern': '0' }, machine), SettingError);
  // framecap.yml takes the same names.
  assert.deepEqual(parseConfig('baseline: out/last.zip\nincremental: true\nper-pattern: 2\nfail-on-change: yes\n', 'framecap.yml'),
    { baseline: 'out/last.zip', incremental: true, 'per-pattern': 2, 'fail-on-change': 'yes' });
});

test('--composite responsive: two or three frames, comma-separated or as a list; no "none", no full page or video, no devices without it', () => {
  const label = (n: string) => `input '${n}'`;
  const frame = (raw: Record<string, string | string[]>) => resolveSettings({ urls: ['https://example.com/'], ...raw }, machine, label).options.frame;
  assert.deepEqual(frame({}).composite, { layout: 'none' });
  assert.deepEqual(frame({ composite: 'responsive' }).composite, { layout: 'responsive', devices: ['laptop', 'tablet', 'phone-ios'] });
  assert.deepEqual(frame({ composite: 'responsive', 'composite-devices': 'browser-macos, phone-android' }).composite,
    { layout: 'responsive', devices: ['browser-macos', 'phone-android'] });
  assert.deepEqual(frame({ composite: 'responsive', 'composite-devices': ['laptop', 'tablet', 'phone-android'] }).composite,
    { layout: 'responsive', devices: ['laptop', 'tablet', 'phone-android'] });
  assert.throws(() => frame({ composite: 'responsive', 'composite-devices': 'laptop' }), /^UserError: input 'composite-devices' takes two or three frames.*got 1$/);
  assert.throws(() => frame({ composite: 'responsive', 'composite-devices': 'laptop,tablet,phone-ios,phone-android' }), /got 4$/);
  assert.throws(() => frame({ composite: 'responsive', 'composite-devices': 'laptop,none' }), /input 'composite-devices': "none" has no frame/);
  assert.throws(() => frame({ composite: 'responsive', 'full-page': 'true' }), /input 'composite' responsive shows each device's screen: leave out input 'full-page'/);
  assert.throws(() => frame({ composite: 'amiresponsive' }), /input 'composite' must be one of none, responsive/);
  assert.throws(() => frame({ composite: 'responsive', video: 'scroll' }), /input 'composite' responsive is one still per page, not a video: leave out input 'video' scroll/);
  // Alone it would say nothing (no composite), and in a rule it would turn a composite off.
  assert.throws(() => frame({ 'composite-devices': 'laptop,phone-ios' }), /^UserError: input 'composite-devices' needs input 'composite' responsive beside it$/);
});
