// readInputs() in-process, inputs given through a fake ActionIO as `with:` passes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ACTION_INPUTS, InputError, STEP_INPUTS, readInputs } from '../src/action/inputs.ts';
import type { ActionSettings } from '../src/action/inputs.ts';
import type { CaptureOptions } from '../src/core/options.ts';
import { SETTING_NAMES } from '../src/config/settings.ts';
import { UserError } from '../src/core/types.ts';
import { fakeActionIO } from './helpers/action-io.ts';
import { tempDir } from './helpers/temp-dir.ts';

const action = parseYaml(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string; description: string }> };

/** Runs readInputs with exactly these inputs set; returns the settings and what was printed (mask commands). */
async function withInputs(inputs: Record<string, string>): Promise<{ settings: ActionSettings; printed: string }> {
  const io = fakeActionIO(inputs);
  return { settings: await readInputs({}, io), printed: io.log() };
}

/** The listed fields, leaving room for fields other options add. */
function assertFields(actual: object, expected: Record<string, unknown>): void {
  const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, (actual as Record<string, unknown>)[k]]));
  assert.deepEqual(picked, expected);
}

const captureOptions = (s: ActionSettings): CaptureOptions => {
  assert.equal(s.work.kind, 'capture');
  return (s.work as { options: CaptureOptions }).options;
};

test('action.yml declares every input readInputs reads, and nothing else', () => {
  const read = [...Object.keys(ACTION_INPUTS), ...STEP_INPUTS].sort();
  assert.deepEqual(Object.keys(action.inputs).sort(), read);
  for (const [name, spec] of Object.entries(action.inputs)) {
    assert.ok(spec.description.length > 15, `input ${name} has a real description`);
    assert.ok('default' in spec, `input ${name} has a default`);
  }
});

test('every capture setting the CLI has is an Action input', () => {
  const inputs = new Set(Object.values(ACTION_INPUTS));
  for (const name of SETTING_NAMES) assert.ok(inputs.has(name), `setting ${name} has no Action input: add it to ACTION_INPUTS and action.yml`);
});

test('the defaults in action.yml mean the same as inputs left unset', async () => {
  const defaults: Record<string, string> = { urls: 'https://example.com/' };
  for (const [name, spec] of Object.entries(action.inputs)) {
    // The runner fills ${{ github.token }}; here it stays unset.
    if (spec.default && !spec.default.includes('${{') && name !== 'urls') defaults[name] = String(spec.default);
  }
  const fromYaml = (await withInputs(defaults)).settings;
  const unset = (await withInputs({ urls: 'https://example.com/' })).settings;
  assert.deepEqual(fromYaml, unset);
});

test('unset inputs give the documented defaults', async () => {
  const { settings } = await withInputs({ urls: 'https://example.com/' });
  const o = captureOptions(settings);
  assert.deepEqual(o.sources, [{ kind: 'urls', urls: ['https://example.com/'] }]);
  assert.deepEqual(o.render.viewport, { width: 1280, height: 800 });
  assert.equal(o.output.path, 'framecap.zip');
  assert.equal(settings.failOn, 'failed');
  assert.deepEqual(settings.artifact, { upload: true, name: null, retentionDays: null });
  assert.equal(settings.summary, true);
  assert.deepEqual(settings.comment, { mode: 'auto', imagesBranch: null, pullRequest: null });
  assert.equal(settings.token, null);
  assert.equal(settings.webhook, null);
});

test('every input is read into the settings', async () => {
  const dir = tempDir('framecap-inputs-');
  const urlFile = join(dir, 'urls.txt');
  writeFileSync(urlFile, 'https://example.com/from-file\n');
  const { settings } = await withInputs({
    sitemap: 'https://example.com/sitemap.xml\nhttps://example.com/news.xml',
    site: 'https://docs.example.com',
    urls: 'https://example.com/a\nhttps://example.com/b',
    'url-file': urlFile,
    include: '/docs/**\n/blog/**',
    exclude: '/blog/drafts/**',
    limit: '40',
    shard: '2/4',
    'max-urls': '5000',
    device: 'none',
    theme: 'dark',
    background: '#112233',
    padding: '10',
    radius: '4',
    shadow: 'false',
    'shadow-strength': '0.5',
    'max-height': '4000',
    title: 'Acme',
    viewport: '1440x900',
    scale: '2',
    'full-page': 'true',
    format: 'webp',
    quality: '70',
    'wait-until': 'networkidle',
    'wait-for': '#app',
    delay: '250',
    hide: '.cookie-banner\n#chat',
    'color-scheme': 'dark',
    lazy: 'false',
    stable: 'true',
    'dismiss-consent': 'true',
    'block-ads': 'true',
    'block-trackers': 'true',
    'filter-lists': 'lists/house.txt\nlists/extra.txt',
    headers: 'Authorization: Bearer header-secret-1',
    cookies: 'session=cookie-secret-2; domain=example.com',
    'user-agent': 'framecap-test',
    timeout: '45000',
    retries: '1',
    concurrency: '3',
    'browser-path': '/opt/chrome/chrome',
    thumbnail: '320',
    output: 'shots/site.zip',
    'max-failures': '10%',
    'fail-on': 'partial',
    'webhook-url': 'https://hooks.example.com/framecap',
    'webhook-secret': 'whsec_c2VjcmV0LWtleS1mb3Itd2ViaG9va3M=',
    'webhook-events': 'completed,failed',
    'webhook-headers': 'X-Token: webhook-header-secret-3',
    'webhook-timeout': '20000',
    'webhook-fail': 'error',
    'webhook-progress-every': '25',
    upload: 'false',
    'artifact-name': 'docs-shots',
    'retention-days': '7',
    summary: 'false',
    comment: 'on',
    'comment-images-branch': 'framecap-previews',
    'pull-request': '42',
    'github-token': 'ghs_tokenvalue123',
  });
  const o = captureOptions(settings);
  assert.deepEqual(o.sources, [
    { kind: 'sitemap', location: 'https://example.com/sitemap.xml' },
    { kind: 'sitemap', location: 'https://example.com/news.xml' },
    { kind: 'site', root: 'https://docs.example.com/' },
    { kind: 'url-file', path: urlFile },
    { kind: 'urls', urls: ['https://example.com/a', 'https://example.com/b'] },
  ]);
  assert.deepEqual(o.plan, { include: ['/docs/**', '/blog/**'], exclude: ['/blog/drafts/**'], limit: 40, shard: { index: 2, count: 4 } });
  assert.equal(o.discover.maxUrls, 5000);
  assertFields(o.frame, {
    device: 'none', theme: 'dark', background: '#112233', padding: 10, radius: 4, shadow: false, title: 'Acme',
    shadowStrength: 0.5, maxHeight: 4000, thumbnail: 320,
  });
  assertFields(o.render, {
    viewport: { width: 1440, height: 900 }, scale: 2, fullPage: true, waitUntil: 'networkidle', waitFor: '#app', delay: 250,
    hide: ['.cookie-banner', '#chat'], colorScheme: 'dark', headers: { Authorization: 'Bearer header-secret-1' },
    cookies: [{ name: 'session', value: 'cookie-secret-2', domain: 'example.com' }], userAgent: 'framecap-test',
    timeoutMs: 45000, retries: 1, concurrency: 3, browserPath: '/opt/chrome/chrome',
    lazy: false, stable: true, dismissConsent: true,
    blockAds: true, blockTrackers: true, filterLists: ['lists/house.txt', 'lists/extra.txt'],
  });
  assert.deepEqual(o.maxFailures, { kind: 'percent', max: 10 });
  assert.deepEqual(o.output, { path: 'shots/site.zip', format: 'webp', quality: 70, split: null });
  assert.equal(settings.failOn, 'partial');
  assert.ok(settings.webhook);
  assert.equal(settings.webhook.config.url, 'https://hooks.example.com/framecap');
  assert.equal(settings.webhook.config.secret, 'whsec_c2VjcmV0LWtleS1mb3Itd2ViaG9va3M=');
  assert.deepEqual(settings.webhook.config.headers, { 'X-Token': 'webhook-header-secret-3' });
  assert.equal(settings.webhook.config.deadlineMs, 20000);
  assert.equal(settings.webhook.fail, 'error');
  assert.equal(settings.webhook.progressEvery, 25);
  assert.deepEqual([...settings.webhook.config.events].sort(), ['job.completed', 'job.failed', 'job.progress']);
  assert.deepEqual(settings.artifact, { upload: false, name: 'docs-shots', retentionDays: 7 });
  assert.equal(settings.summary, false);
  assert.deepEqual(settings.comment, { mode: 'on', imagesBranch: 'framecap-previews', pullRequest: 42 });
  assert.equal(settings.token, 'ghs_tokenvalue123');
});

test('secrets are masked before anything else is printed', async () => {
  const { settings, printed } = await withInputs({
    urls: 'https://example.com/',
    headers: 'Authorization: Bearer header-secret-1',
    cookies: 'session=cookie-secret-2',
    'webhook-url': 'https://hooks.example.com/T000/B000/path-token-4',
    'webhook-secret': 'whsec_c2VjcmV0LWtleS1mb3Itd2ViaG9va3M=',
    'webhook-headers': 'X-Token: webhook-header-secret-3',
    'github-token': 'ghs_tokenvalue123',
  });
  const masked = [...printed.matchAll(/^::add-mask::(.*)$/gm)].map((m) => m[1]);
  for (const secret of ['Bearer header-secret-1', 'cookie-secret-2', 'https://hooks.example.com/T000/B000/path-token-4',
    'whsec_c2VjcmV0LWtleS1mb3Itd2ViaG9va3M=', 'webhook-header-secret-3', 'ghs_tokenvalue123']) {
    assert.ok(masked.includes(secret), `${secret} is masked`);
  }
  // Nothing but mask commands mentions them.
  const other = printed.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
  assert.doesNotMatch(other, /secret-|ghs_token/);
  assert.ok(settings.secrets.includes('ghs_tokenvalue123'));
});

test('steps: YAML in one input; an env: value comes from the step\'s environment and is masked', async () => {
  process.env.FRAMECAP_TEST_STEP_SECRET = 'step-secret-5';
  try {
    const { settings, printed } = await withInputs({
      urls: 'https://example.com/',
      steps: '- click: "#accept"\n- fill: "#password"\n  value: env:FRAMECAP_TEST_STEP_SECRET',
      selector: '#main',
    });
    const render = captureOptions(settings).render;
    assert.deepEqual(render.steps, [{ kind: 'click', selector: '#accept' }, { kind: 'fill', selector: '#password', value: 'step-secret-5' }]);
    assert.deepEqual(render.region, { kind: 'element', selector: '#main', padding: 0 });
    assert.ok([...printed.matchAll(/^::add-mask::(.*)$/gm)].some((m) => m[1] === 'step-secret-5'), 'masked');
    assert.ok(settings.secrets.includes('step-secret-5'));
  } finally {
    delete process.env.FRAMECAP_TEST_STEP_SECRET;
  }
  await assert.rejects(withInputs({ urls: 'https://example.com/', steps: '- fill: "#p"\n  value: env:FRAMECAP_TEST_NOT_SET' }),
    (err: Error) => /^input 'steps': step 1 of 1 \(fill "#p"\): value: env:FRAMECAP_TEST_NOT_SET is not set/.test(err.message));
});

test('login, storage-state and http-auth: the typed values, env: secrets, cookie values and the password are masked; the login is read as YAML', async () => {
  const dir = tempDir('framecap-auth-inputs-');
  const state = join(dir, 'auth.json');
  writeFileSync(state, JSON.stringify({ cookies: [{ name: 'sid', value: 'state-cookie-secret-5', domain: 'example.com', path: '/' }], origins: [] }));
  process.env.FRAMECAP_TEST_LOGIN_PASSWORD = 'login-env-secret-6';
  try {
    const { settings, printed } = await withInputs({
      urls: 'https://example.com/dashboard',
      login: [
        'url: https://example.com/login',
        'steps:',
        '  - fill: "#user"',
        '    value: reviewer-login-7',
        '  - fill: "#password"',
        '    value: env:FRAMECAP_TEST_LOGIN_PASSWORD',
        '  - click: button',
        'success-url: "**/dashboard"',
      ].join('\n'),
      'storage-state': state,
      'http-auth': 'reviewer:basic-secret-8',
    });
    const masked = [...printed.matchAll(/^::add-mask::(.*)$/gm)].map((m) => m[1]);
    for (const secret of ['login-env-secret-6', 'reviewer-login-7', 'state-cookie-secret-5', 'basic-secret-8']) {
      assert.ok(masked.includes(secret), `${secret} is masked`);
    }
    assert.doesNotMatch(printed.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'), /secret-|login-7/);
    const { render } = (settings.work as { options: CaptureOptions }).options;
    assert.deepEqual(render.login?.steps.map((s) => s.kind), ['fill', 'fill', 'click']);
    assert.deepEqual(render.login?.steps[1], { kind: 'fill', selector: '#password', value: 'login-env-secret-6' });
    assert.equal(render.login?.successUrl, '**/dashboard');
    assert.equal(render.storageState?.name, 'auth.json');
    assert.deepEqual(render.httpAuth, { username: 'reviewer', password: 'basic-secret-8' });
  } finally {
    delete process.env.FRAMECAP_TEST_LOGIN_PASSWORD;
  }
  await assert.rejects(withInputs({ urls: 'https://example.com/', login: 'url: https://example.com/login\nsteps:\n  - fill: "#p"\n    value: env:FRAMECAP_TEST_UNSET_SECRET' }),
    (err: Error) => /^input 'login': step 1 of 1 \(fill "#p"\): value: env:FRAMECAP_TEST_UNSET_SECRET is not set: export FRAMECAP_TEST_UNSET_SECRET, or in GitHub Actions pass it to the step as env:/.test(err.message));
});

test('bad values fail with a message that names the input', async () => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ viewport: 'big' }, /^input 'viewport' must be WIDTHxHEIGHT/],
    [{ scale: '9' }, /^input 'scale' must be a number from 1 to 4/],
    [{ 'full-page': 'maybe' }, /^input 'full-page' must be true or false/],
    [{ shadow: 'sometimes' }, /^input 'shadow' must be true or false/],
    [{ format: 'gif' }, /^input 'format' must be one of png, jpeg, webp/],
    [{ quality: '0' }, /^input 'quality' must be from 1 to 100/],
    [{ 'wait-until': 'idle' }, /^input 'wait-until' must be one of/],
    [{ delay: '-1' }, /^input 'delay' must be a whole number/],
    [{ 'color-scheme': 'blue' }, /^input 'color-scheme' must be one of light, dark/],
    [{ theme: 'sepia' }, /^input 'theme' must be one of light, dark/],
    [{ padding: 'wide' }, /^input 'padding' must be a whole number/],
    [{ radius: '500' }, /^input 'radius' must be from 0 to 200/],
    [{ headers: 'NoColonHere' }, /^input 'headers' must look like "Name: value"/],
    [{ cookies: '=value' }, /^input 'cookies' must look like "name=value"/],
    [{ timeout: 'soon' }, /^input 'timeout' must be a whole number/],
    [{ retries: '99' }, /^input 'retries' must be from 0 to 10/],
    [{ concurrency: '0' }, /^input 'concurrency' must be from 1 to 32/],
    [{ limit: '0' }, /^input 'limit' must be from 1/],
    [{ shard: '5/4' }, /^input 'shard'/],
    [{ 'max-urls': 'lots' }, /^input 'max-urls' must be a whole number/],
    [{ 'fail-on': 'always' }, /^input 'fail-on' must be one of partial, failed, never/],
    [{ site: 'ftp://example.com' }, /^input 'site' must be an http\(s\) URL/],
    [{ 'webhook-url': 'ftp://hooks.example.com' }, /^input 'webhook-url'/],
    [{ 'webhook-secret': 'whsec_abc' }, /^input 'webhook-secret' needs input 'webhook-url'/],
    [{ 'webhook-url': 'https://h.example.com', 'webhook-fail': 'loud' }, /^input 'webhook-fail' must be one of warn, error/],
    [{ 'webhook-url': 'https://h.example.com', 'webhook-timeout': '5' }, /input 'webhook-timeout' must be from 1000/],
    [{ 'max-failures': 'many' }, /^input 'max-failures' must be a number of failed URLs/],
    [{ 'shadow-strength': '9' }, /^input 'shadow-strength' must be a number from 0 to 3/],
    [{ thumbnail: '2' }, /^input 'thumbnail' must be from 16/],
    [{ lazy: 'perhaps' }, /^input 'lazy' must be true or false/],
    [{ 'webhook-url': 'https://h.example.com', 'webhook-progress-every': '0' }, /^input 'webhook-progress-every' must be from 1/],
    [{ 'webhook-url': 'https://h.example.com', 'webhook-events': 'sometimes' }, /^input 'webhook-url'.*sometimes/],
    [{ 'webhook-url': 'https://h.example.com', 'webhook-headers': 'nocolon' }, /^input 'webhook-headers' must look like "Name: value"/],
    [{ upload: 'yes' }, /^input 'upload' must be true or false \(got "yes"\)/],
    [{ summary: 'maybe' }, /^input 'summary' must be true or false/],
    [{ comment: 'always' }, /^input 'comment' must be one of off, on, auto/],
    [{ 'retention-days': '91' }, /^input 'retention-days' must be a whole number from 1 to 90/],
    [{ 'retention-days': 'week' }, /^input 'retention-days' must be a whole number from 1 to 90/],
    [{ 'artifact-name': 'shots/2024' }, /^input 'artifact-name' may not contain "\/"/],
    [{ 'artifact-name': 'a:b' }, /^input 'artifact-name' may not contain ":"/],
    [{ 'comment-images-branch': 'has space' }, /^input 'comment-images-branch' must be a branch name/],
    [{ 'comment-images-branch': 'a..b' }, /^input 'comment-images-branch' must be a branch name/],
    [{ 'pull-request': 'abc' }, /^input 'pull-request' must be a whole number from 1/],
    [{ merge: 'shards/' }, /^input 'merge' replaces capturing: remove input 'urls'/],
    [{ config: '/no/such/framecap.yml' }, /cannot read config file \/no\/such\/framecap\.yml: no such file/],
  ];
  for (const [inputs, re] of cases) {
    await assert.rejects(withInputs({ urls: 'https://example.com/', ...inputs }), (e: Error) => e instanceof UserError && re.test(e.message), `${JSON.stringify(inputs)} → ${re}`);
  }
  await assert.rejects(withInputs({}), (e: Error) => e instanceof UserError && /input 'sitemap'.*input 'site'.*input 'url-file'/.test(e.message));
  await assert.rejects(withInputs({ urls: 'https://example.com/', upload: 'yes' }), (e: Error) => e instanceof InputError && e.input === 'upload');
});

test('case and spelling the runner allows: TRUE/False, refs/heads/ prefix, .zip on the artifact name', async () => {
  const { settings } = await withInputs({
    urls: 'https://example.com/', upload: 'FALSE', summary: 'True', comment: 'OFF',
    'comment-images-branch': 'refs/heads/previews/framecap', 'artifact-name': 'site.zip',
  });
  assert.equal(settings.artifact.upload, false);
  assert.equal(settings.summary, true);
  assert.equal(settings.comment.mode, 'off');
  assert.equal(settings.comment.imagesBranch, 'previews/framecap');
  assert.equal(settings.artifact.name, 'site');
});

test('merge replaces the capture: output, fail-on and webhook still apply', async () => {
  const { settings } = await withInputs({
    merge: 'shards/a.zip\nshards/b.zip', output: 'all.zip', 'fail-on': 'partial', 'webhook-url': 'https://hooks.example.com/x',
  });
  assert.deepEqual(settings.work, { kind: 'merge', inputs: ['shards/a.zip', 'shards/b.zip'], output: 'all.zip' });
  assert.equal(settings.failOn, 'partial');
  assert.equal(settings.webhook?.config.url, 'https://hooks.example.com/x');
});

test('a config file supplies settings; inputs override it', async () => {
  const dir = tempDir('framecap-inputs-');
  const config = join(dir, 'framecap.yml');
  writeFileSync(config, 'sitemap: https://example.com/sitemap.xml\nviewport: 1440x900\ntheme: dark\nexclude:\n  - /blog/**\n');
  const { settings } = await withInputs({ config, theme: 'light' });
  const o = captureOptions(settings);
  assert.deepEqual(o.sources, [{ kind: 'sitemap', location: 'https://example.com/sitemap.xml' }]);
  assert.deepEqual(o.render.viewport, { width: 1440, height: 900 });
  assert.equal(o.frame.theme, 'light');
  assert.deepEqual(o.plan.exclude, ['/blog/**']);
  // A merge ignores the config file's sources rather than refusing them.
  const merged = await withInputs({ config, merge: 'a.zip' });
  assert.equal(merged.settings.work.kind, 'merge');
});
