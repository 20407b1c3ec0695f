// The login block's and the storage state's checks, and which cookies a
// target gets: pure functions, no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLoginBlock } from '../src/config/login-block.ts';
import { NO_ACCESS } from '../src/config/steps.ts';
import { resolveSettings } from '../src/config/settings.ts';
import { jobRequestFor } from '../src/client/request-body.ts';
import { parseJobRequest, resolveRequest } from '../src/server/request.ts';
import type { AnyBody } from '../src/server/request.ts';
import { checkStorageState, domainCovers, parseStorageState, stateForTarget } from '../src/core/auth/storage-state.ts';

const cookie = (name: string, domain: string) => ({ name, value: `${name}-value`, domain, path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' as const });

test('a cookie goes to the hosts its domain covers, as the file says, and a target gets its own origin\'s local storage only', () => {
  assert.equal(domainCovers('.example.com', 'example.com'), true);
  assert.equal(domainCovers('.example.com', 'app.example.com'), true);
  assert.equal(domainCovers('example.com', 'app.example.com'), false, 'no dot: host-only');
  assert.equal(domainCovers('example.com', 'EXAMPLE.com'), true);
  assert.equal(domainCovers('.example.com', 'badexample.com'), false);
  assert.equal(domainCovers('.0.0.1', '10.0.0.1'), false, 'addresses have no subdomains');
  assert.equal(domainCovers('127.0.0.1', '127.0.0.2'), false);
  const state = {
    cookies: [cookie('a', '127.0.0.1'), cookie('b', '127.0.0.2'), cookie('c', '.example.com')],
    origins: [{ origin: 'http://127.0.0.1:8080', localStorage: [{ name: 'k', value: 'v' }] }, { origin: 'http://127.0.0.1:9090', localStorage: [] }],
  };
  const forTarget = stateForTarget(state, new URL('http://127.0.0.1:8080/x'));
  assert.deepEqual(forTarget.cookies.map((c) => c.name), ['a']);
  assert.deepEqual(forTarget.origins.map((o) => o.origin), ['http://127.0.0.1:8080']);
  assert.deepEqual(stateForTarget(state, new URL('https://www.example.com/')).cookies.map((c) => c.name), ['c']);
});

test('a storage state is checked field by field, with defaults where Playwright has them', () => {
  assert.deepEqual(checkStorageState({ cookies: [{ name: 's', value: 'v', domain: 'Example.com' }] }, 'f.json'), {
    cookies: [{ name: 's', value: 'v', domain: 'example.com', path: '/', expires: -1, httpOnly: false, secure: false, sameSite: 'Lax' }],
    origins: [],
  });
  const cases: Array<[unknown, RegExp]> = [
    [[], /f\.json: not a JSON object; expected Playwright's storage state/],
    [{ cookies: {} }, /"cookies" is not a list/],
    [{ cookies: [{ name: 's', value: 1, domain: 'a.com' }] }, /cookies\[0\]\.value must be a string/],
    [{ cookies: [{ name: 's', value: 'v', domain: 'https://a.com/' }] }, /cookies\[0\]\.domain must be a host name/],
    [{ cookies: [{ name: 's', value: 'v', domain: 'a.com', sameSite: 'lax' }] }, /cookies\[0\]\.sameSite must be Strict, Lax or None/],
    [{ cookies: [{ name: 's', value: 'v', domain: 'a.com', expires: 0 }] }, /cookies\[0\]\.expires must be Unix seconds, or -1/],
    [{ origins: [{ origin: 'https://a.com/path', localStorage: [] }] }, /origins\[0\]\.origin must be an http\(s\) origin/],
    [{ origins: [{ origin: 'https://a.com', localStorage: [{ name: 'k' }] }] }, /origins\[0\]\.localStorage\[0\] must be \{"name","value"\} strings/],
  ];
  for (const [doc, message] of cases) assert.throws(() => checkStorageState(doc, 'f.json'), message, JSON.stringify(doc));
  assert.throws(() => parseStorageState('{"cookies": [', 'auth.json'), /auth\.json is not JSON .*: give the file Playwright's storageState\(\), shot-scraper auth or framecap login wrote/);
  assert.throws(() => parseStorageState(' '.repeat(1024 * 1024 + 1), 'big.json'), /big\.json: a storage state may be at most 1024 KB/);
});

test('the login block: steps parsed once, env: read from the door\'s environment, every typed value a secret', () => {
  const block = `
url: https://app.example.com/login
steps:
  - fill: "#user"
    value: ada
  - fill: "#password"
    value: env:APP_PASSWORD
  - press: Enter
  - wait-for-url: "**/home"
  - goto: https://app.example.com/welcome
  - wait-for: "#menu"
  - hover: "#account"
  - click: "#continue"
successUrl: "**/dashboard"
save-state: auth.json
`;
  const { login, secrets } = parseLoginBlock(block, { env: { APP_PASSWORD: 'pw-1234' }, readFile: null }, 'login:');
  assert.deepEqual(login, {
    url: 'https://app.example.com/login',
    steps: [
      { kind: 'fill', selector: '#user', value: 'ada' },
      { kind: 'fill', selector: '#password', value: 'pw-1234' },
      { kind: 'press', key: 'Enter' },
      { kind: 'wait-for-url', glob: '**/home' },
      { kind: 'goto', url: 'https://app.example.com/welcome' },
      { kind: 'wait-for', selector: '#menu' },
      // Every page step kind is a login step too: one Step union, one runner.
      { kind: 'hover', selector: '#account' },
      { kind: 'click', selector: '#continue' },
    ],
    successUrl: '**/dashboard',
    saveState: 'auth.json',
  });
  assert.deepEqual(secrets, ['ada', 'pw-1234']);
  const fails: Array<[unknown, RegExp]> = [
    ['- a list', /login:: must be a map with url: and steps:/],
    [{ url: 'ftp://x/', steps: [{ click: 'a' }] }, /url: must be an http\(s\) URL/],
    [{ url: 'https://a/', steps: [] }, /steps: must be a list of steps/],
    [{ url: 'https://a/', steps: [{ click: 'a' }], wait: 1 }, /unknown key "wait": a login has url, steps, success-url and save-state/],
    [{ url: 'https://a/', steps: [{ click: 'a' }, { hovr: '#menu' }] }, /step 2 of 2: unknown step kind "hovr" \(known: goto, click, hover, /],
    [{ url: 'https://a/', steps: [{ click: 'a', fill: 'b' }] }, /step 1 of 1 must have exactly one kind/],
    [{ url: 'https://a/', steps: [{ goto: 'https://a/next', value: 'x' }] }, /step 1 of 1: goto takes only a URL/],
    [{ url: 'https://a/', steps: [{ goto: 'javascript:alert(1)' }] }, /step 1 of 1: goto needs an http\(s\) URL/],
    [{ url: 'https://a/', steps: [{ fill: '#p' }] }, /step 1 of 1: fill needs value:/],
    [{ url: 'https://a/', steps: [{ click: '#p', value: 'x' }] }, /step 1 of 1: value: is for fill and select steps, not click/],
    [{ url: 'https://a/', steps: [{ fill: '#p', value: 'env:MISSING' }] }, /step 1 of 1 \(fill "#p"\): value: env:MISSING is not set: .*env: MISSING: \$\{\{ secrets\.MISSING \}\}/],
    [{ url: 'https://a/', steps: Array.from({ length: 51 }, () => ({ click: 'a' })) }, /at most 50 steps \(got 51\)/],
  ];
  for (const [doc, message] of fails) assert.throws(() => parseLoginBlock(doc, { env: {}, readFile: null }, 'login:'), message, JSON.stringify(doc).slice(0, 80));
  assert.throws(() => parseLoginBlock({ url: 'https://a/', steps: [{ fill: '#p', value: 'env:HOME' }] }, NO_ACCESS, 'login'),
    /env:HOME cannot be read here \(a request never reads the server's environment\): send the value itself/, 'no environment at the queue server');
});

test('async mode sends the login (values already read), the storage state itself, basic auth and the emulation; the server reads back what was meant', async () => {
  const machine = { cores: 2, freeMemBytes: 8 * 1024 ** 3 };
  const state = { cookies: [{ name: 'sid', value: 'state-cookie-9', domain: 'example.com', path: '/' }], origins: [] };
  const login = { url: 'https://example.com/login', steps: [{ goto: 'https://example.com/sso' }, { fill: '#p', value: 'env:APP_PASSWORD' }, { press: 'Enter' }], 'success-url': '**/home' };
  const raw = {
    urls: ['https://example.com/'], login: JSON.stringify(login), 'storage-state': JSON.stringify(state), 'http-auth': 'ada:basic-pw-3',
    timezone: 'Asia/Tokyo', locale: 'ja-JP', geolocation: '35.68,139.76', javascript: 'false', 'reduced-motion': 'off', 'omit-background': 'true',
  };
  const local = resolveSettings(raw, machine, undefined, { env: { APP_PASSWORD: 'pw-from-env-5' }, readFile: null }).options;
  const { body } = await jobRequestFor(local, async () => '');
  assert.deepEqual(body.login, { url: 'https://example.com/login', steps: [{ goto: 'https://example.com/sso' }, { fill: '#p', value: 'pw-from-env-5' }, { press: 'Enter' }], 'success-url': '**/home' });
  assert.deepEqual(body.storage_state, local.render.storageState?.state, 'the state itself, never its file');
  assert.equal(body.http_auth, 'ada:basic-pw-3');
  assert.deepEqual([body.timezone, body.locale, body.geolocation, body.javascript, body.reduced_motion, body.omit_background], ['Asia/Tokyo', 'ja-JP', '35.68,139.76', false, 'off', true]);
  // The server's reader (no environment, no files) gets the same settings the local run had.
  const request = parseJobRequest('batch', body as unknown as AnyBody, { maxUrlsPerJob: 10 });
  const remote = resolveRequest(request, { output: '/tmp/x.zip', browserPath: null, pageConcurrency: 1 }).options.render;
  assert.deepEqual(remote.login, local.render.login);
  assert.deepEqual(remote.storageState?.state, local.render.storageState?.state);
  assert.deepEqual(remote.httpAuth, local.render.httpAuth);
  assert.deepEqual({ ...remote.emulation }, { ...local.render.emulation });

  const saving = resolveSettings({ ...raw, login: JSON.stringify({ ...login, 'save-state': 'auth.json' }) }, machine, undefined, { env: { APP_PASSWORD: 'x' }, readFile: null }).options;
  await assert.rejects(jobRequestFor(saving, async () => ''), /save-state is for local runs: .* run framecap login --save-state auth\.json/);
  const proxied = resolveSettings({ urls: ['https://example.com/'], proxy: 'http://127.0.0.1:3128' }, machine).options;
  await assert.rejects(jobRequestFor(proxied, async () => ''), /--proxy is for local runs/);
});
