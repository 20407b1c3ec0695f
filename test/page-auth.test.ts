// Capturing what sits behind a login, against a real app (test/helpers/
// auth-app.ts) on 127.0.0.1 and a second origin on 127.0.0.2, with real
// Chromium: the login block (once per run whatever the concurrency, again
// once when a session ends, a failing step stops the run), framecap login and
// --storage-state, --http-auth for the target's origin only, the emulation
// settings, and secrets that appear nowhere a run writes or prints.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request as httpRequest } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { resolveSettings } from '../src/config/settings.ts';
import type { RawSettings } from '../src/config/settings.ts';
import { egressPolicy } from '../src/core/net/guard.ts';
import { runCapture } from '../src/core/run.ts';
import type { Manifest } from '../src/core/manifest.ts';
import { createServer as createApiServer } from '../src/server/index.ts';
import type { FramecapServer } from '../src/server/index.ts';
import { startAuthApp } from './helpers/auth-app.ts';
import type { AuthApp } from './helpers/auth-app.ts';
import { childEnv, runCli } from './helpers/run.ts';
import { readZip } from './helpers/zip.ts';
import { assertNowhere, filesUnder } from './helpers/secrets.ts';
import { testBrowser } from './helpers/system.ts';
import { tempDir } from './helpers/temp-dir.ts';
import { shareOneBrowser } from './helpers/shared-browser.ts';

// The in-process runs and logins share one browser; the CLI, the queue server's render child and the runs
// through a proxy (the egress guard's, --proxy) start their own.
shareOneBrowser();

// The headless shell: the same Blink, about 0.6 s less CPU a launch than the full build (1.36 vs 1.98 s for a
// one-page run at load ~12).
const CHROMIUM = testBrowser('shell');
const USER = 'ada-lovelace';
const PASSWORD = 'pw-LoginSecret-8c1f';
const BASIC_PASSWORD = 'basic-Secret-55e2';
const machine = { cores: 2, freeMemBytes: 4 * 1024 ** 3 };

const dir = tempDir('framecap-auth-');

const loginBlock = (app: AuthApp, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  url: `${app.origin}/login`,
  steps: [
    { fill: '#user', value: USER },
    { fill: '#password', value: 'env:APP_PASSWORD' },
    { click: 'button[type=submit]' },
  ],
  'success-url': '**/dashboard',
  ...extra,
});

/** Settings as a door gives them, resolved with APP_PASSWORD in the door's environment. */
function optionsFor(raw: RawSettings) {
  return resolveSettings({
    'browser-path': CHROMIUM, device: 'none', viewport: '400x300', retries: '0', timeout: '15000', ...raw,
  }, machine, undefined, { env: { APP_PASSWORD: PASSWORD }, readFile: null });
}

/** The RGBA pixel at (x, y) of a PNG. */
async function pixel(png: Buffer, x: number, y: number): Promise<[number, number, number, number]> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * 4;
  return [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
}

function assertColour(actual: number[], want: [number, number, number], what: string): void {
  assert.ok(actual.slice(0, 3).every((v, i) => Math.abs(v - want[i]!) <= 12), `${what}: got rgb(${actual.slice(0, 3).join(',')}), want rgb(${want.join(',')})`);
}

const GREEN: [number, number, number] = [0, 192, 64];

describe('the login block', () => {
  let app: AuthApp;
  before(async () => {
    app = await startAuthApp({ user: USER, password: PASSWORD });
  });
  after(async () => {
    await app.close();
  });

  test('CLI, 5 pages at concurrency 3: one login POST, every capture the signed-in page, no secret in the ZIP, the folder, stdout, stderr or the webhook', async () => {
    const work = await mkdtemp(join(dir, 'cli-'));
    const bodies: string[] = [];
    const hook: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => { body += d; });
      req.on('end', () => { bodies.push(JSON.stringify(req.headers) + body); res.writeHead(204).end(); });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    try {
      await writeFile(join(work, 'framecap.yml'), JSON.stringify({ login: loginBlock(app, { 'save-state': 'state.json' }) }));
      const before = app.logins();
      const pages = [1, 2, 3, 4, 5].map((n) => `${app.origin}/p/${n}`);
      const r = await runCli([
        'capture', ...pages, '--concurrency', '3', '--device', 'none', '--viewport', '400x300', '--retries', '0',
        '--browser-path', CHROMIUM, '-o', 'out.zip', '--json', '--webhook-url', `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`,
      ], { cwd: work, env: childEnv({ APP_PASSWORD: PASSWORD }) });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(app.logins() - before, 1, 'one login POST for the whole run');
      const entries = await readZip(join(work, 'out.zip'));
      const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString()) as Manifest;
      assert.deepEqual(manifest.captures.map((c) => c.status), ['ok', 'ok', 'ok', 'ok', 'ok']);
      assert.ok(manifest.captures.every((c) => c.final_url?.includes('/p/')), 'no capture ended on the login page');
      for (const c of manifest.captures) assertColour(await pixel(entries.find((e) => e.name === c.file)!.data, 200, 200), GREEN, c.url);
      assert.equal(manifest.settings.login, 'used');

      // The session the login made, and where it was saved (owner-only, as asked).
      const token = app.tokens.at(-1)!;
      const state = await readFile(join(work, 'state.json'), 'utf8');
      assert.ok(state.includes(token), 'save-state holds the session');
      assert.equal((await stat(join(work, 'state.json'))).mode & 0o777, 0o600);
      await rm(join(work, 'state.json'));

      const zipBytes = await readFile(join(work, 'out.zip'));
      const places = [
        { what: 'the ZIP', data: zipBytes }, ...entries.map((e) => ({ what: `ZIP entry ${e.name}`, data: e.data })),
        ...(await filesUnder(work)).filter((f) => !f.path.endsWith('framecap.yml')).map((f) => ({ what: f.path, data: f.data })),
        { what: 'stdout', data: r.stdout }, { what: 'stderr', data: r.stderr },
        ...bodies.map((b, i) => ({ what: `webhook body ${i}`, data: b })),
      ];
      assert.ok(bodies.length >= 1, 'the webhook was delivered');
      for (const secret of [PASSWORD, token]) assertNowhere(secret, places);
    } finally {
      await new Promise<void>((r) => hook.close(() => r()));
    }
  });

  test('a session that ends mid-run is re-established once and the page retried; the login page is never a capture', async () => {
    const expiring = await startAuthApp({ user: USER, password: PASSWORD, pagesPerSession: 3 });
    try {
      const out = join(dir, 'expiry');
      // The login lands on /dashboard (view 1), /p/1 and /p/2 are views 2 and 3, /p/3 finds the session gone.
      const { options } = optionsFor({ urls: [1, 2, 3, 4].map((n) => `${expiring.origin}/p/${n}`), login: JSON.stringify(loginBlock(expiring)), concurrency: '1', output: out });
      const learned: string[] = [];
      const result = await runCapture(options, { secret: (v) => learned.push(v) });
      assert.equal(expiring.logins(), 2, 'logged in at the start and once again');
      assert.deepEqual(learned, expiring.tokens, 'the door is told both sessions, to mask them');
      assert.deepEqual(result.manifest.captures.map((c) => [c.status, c.attempts]), [['ok', 1], ['ok', 1], ['ok', 1], ['ok', 1]]);
      for (const c of result.manifest.captures) assertColour(await pixel(await readFile(join(out, c.file!)), 200, 200), GREEN, c.url);
      const redirectedToLogin = expiring.seen.filter((s) => s.path === '/login' && s.method === 'GET').length;
      assert.equal(redirectedToLogin, 3, 'two logins opened the form, and /p/3 was sent there once');
    } finally {
      await expiring.close();
    }
  });

  test('a failing step stops the run, naming the step; wrong credentials stop it at the last check; nothing is written', async () => {
    const out = join(dir, 'failed.zip');
    const broken = loginBlock(app);
    (broken.steps as unknown[])[2] = { click: '#no-such-button' };
    await assert.rejects(
      runCapture(optionsFor({ urls: [`${app.origin}/p/1`], login: JSON.stringify(broken), timeout: '2000', output: out }).options),
      /login failed at step 3 of 3 \(click "#no-such-button"\): not done within the 2000 ms page timeout/,
    );
    const before = app.logins();
    const wrong = { ...loginBlock(app), steps: [{ fill: '#user', value: USER }, { fill: '#password', value: 'not-the-password' }, { click: 'button' }] };
    await assert.rejects(
      runCapture(optionsFor({ urls: [`${app.origin}/p/1`], login: JSON.stringify(wrong), timeout: '2000', output: out }).options),
      (err: Error) => /login failed at its last check: the page is at http:\/\/127\.0\.0\.1:\d+\/login, not at success-url \*\*\/dashboard/.test(err.message) && !err.message.includes('not-the-password'),
    );
    assert.equal(app.logins() - before, 1);
    assert.equal(existsSync(out), false, 'no output: no capture of the login page passed off as a result');
  });
});

describe('the login under the egress guard', () => {
  let app: AuthApp;
  let other: AuthApp;
  before(async () => {
    app = await startAuthApp({ user: USER, password: PASSWORD });
    other = await startAuthApp({ host: '127.0.0.2', user: USER, password: PASSWORD });
  });
  after(async () => {
    await app.close();
    await other.close();
  });

  test('what a login loads goes through the guard: a step to a refused address fails the login, and that address sees nothing', async () => {
    const guarded = (raw: RawSettings) => {
      const { options } = optionsFor({ ...raw, timeout: '5000' });
      return { ...options, render: { ...options.render, egress: egressPolicy(['127.0.0.1/32']) } };
    };
    const sneaky = { ...loginBlock(app), steps: [{ goto: `${other.origin}/login` }, { fill: '#user', value: USER }] };
    await assert.rejects(runCapture(guarded({ urls: [`${app.origin}/p/1`], login: JSON.stringify(sneaky), output: join(dir, 'egress-a') })), /login failed at step 1 of 2 \(goto "http:\/\/127\.0\.0\.2:\d+\/login"\)/);
    const elsewhere = loginBlock(other);
    await assert.rejects(runCapture(guarded({ urls: [`${app.origin}/p/1`], login: JSON.stringify(elsewhere), output: join(dir, 'egress-b') })), /login: http:\/\/127\.0\.0\.2:\d+\/login: .*127\.0\.0\.2/);
    assert.equal(other.seen.length, 0, '127.0.0.2 received nothing');
  });
});

describe('framecap login and --storage-state', () => {
  let app: AuthApp;
  let other: AuthApp;
  before(async () => {
    app = await startAuthApp({ user: USER, password: PASSWORD });
    other = await startAuthApp({ host: '127.0.0.2', user: USER, password: PASSWORD });
  });
  after(async () => {
    await app.close();
    await other.close();
  });

  test('framecap login writes the state; a capture with it is signed in without logging in, and its cookie never reaches 127.0.0.2', async () => {
    const work = await mkdtemp(join(dir, 'state-'));
    await writeFile(join(work, 'framecap.yml'), JSON.stringify({ login: loginBlock(app) }));
    const r = await runCli(['login', '--save-state', 'auth.json', '--browser-path', CHROMIUM], { cwd: work, env: childEnv({ APP_PASSWORD: PASSWORD }) });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /logged in at http:\/\/127\.0\.0\.1:\d+\/login: 1 cookies \(sid\) → auth\.json/);
    const token = app.tokens.at(-1)!;
    assertNowhere(token, [{ what: 'stdout', data: r.stdout }, { what: 'stderr', data: r.stderr }]);
    assertNowhere(PASSWORD, [{ what: 'stdout', data: r.stdout }, { what: 'stderr', data: r.stderr }]);
    const state = JSON.parse(await readFile(join(work, 'auth.json'), 'utf8')) as { cookies: Array<{ name: string; value: string; httpOnly: boolean; domain: string }> };
    assert.deepEqual(state.cookies.map((c) => [c.name, c.value, c.httpOnly, c.domain]), [['sid', token, true, '127.0.0.1']]);

    const logins = app.logins();
    const seenBefore = other.seen.length;
    const out = join(work, 'shots');
    const resolved = optionsFor({
      urls: [`${app.origin}/dashboard`, `${app.origin}/away?to=${encodeURIComponent(`${other.origin}/dashboard`)}`],
      'storage-state': join(work, 'auth.json'), output: out,
    });
    assert.ok(resolved.secrets.includes(token), 'the state\'s cookie values are masked by the door');
    const result = await runCapture(resolved.options);
    assert.equal(app.logins(), logins, 'no login: the state was enough');
    assert.equal(result.manifest.captures[0]!.status, 'ok');
    assertColour(await pixel(await readFile(join(out, result.manifest.captures[0]!.file!)), 200, 200), GREEN, 'dashboard');
    assert.equal(result.manifest.settings.storage_state, 'auth.json');
    const atOther = other.seen.slice(seenBefore);
    assert.ok(atOther.length > 0, 'the redirect reached 127.0.0.2');
    assert.ok(atOther.every((s) => !(s.headers.cookie ?? '').includes(token)), '127.0.0.2 never got the session cookie');
    assertNowhere(token, (await filesUnder(out)).map((f) => ({ what: f.path, data: f.data })));
  });

  test('a storage state that is not one is refused before Chromium starts, saying what is wrong where', async () => {
    const bad = join(dir, 'bad-state.json');
    await writeFile(bad, JSON.stringify({ cookies: [{ name: 'sid', value: 'x' }] }));
    assert.throws(() => optionsFor({ urls: ['http://127.0.0.1/'], 'storage-state': bad }), /--storage-state: .*bad-state\.json: cookies\[0\]\.domain must be a host name/);
    assert.throws(() => optionsFor({ urls: ['http://127.0.0.1/'], 'storage-state': join(dir, 'missing.json') }), /cannot read .*missing\.json: no such file; write one with framecap login/);
  });
});

describe('--http-auth', () => {
  let app: AuthApp;
  let other: AuthApp;
  before(async () => {
    app = await startAuthApp({ user: USER, password: PASSWORD, basicUser: 'reviewer', basicPassword: BASIC_PASSWORD });
    other = await startAuthApp({ host: '127.0.0.2', user: USER, password: PASSWORD });
  });
  after(async () => {
    await app.close();
    await other.close();
  });

  test('basic auth reaches the target, and not 127.0.0.2 after a redirect; the manifest names only the user', async () => {
    const out = join(dir, 'basic');
    const expected = `Basic ${Buffer.from(`reviewer:${BASIC_PASSWORD}`).toString('base64')}`;
    const resolved = optionsFor({
      urls: [`${app.origin}/basic`, `${app.origin}/basic/away?to=${encodeURIComponent(`${other.origin}/login`)}`],
      'http-auth': `reviewer:${BASIC_PASSWORD}`, output: out,
    });
    assert.ok(resolved.secrets.includes(BASIC_PASSWORD));
    const result = await runCapture(resolved.options);
    assert.deepEqual(result.manifest.captures.map((c) => c.status), ['ok', 'ok']);
    assertColour(await pixel(await readFile(join(out, result.manifest.captures[0]!.file!)), 200, 200), GREEN, '/basic');
    assert.ok(app.seen.filter((s) => s.path.startsWith('/basic')).every((s) => s.headers.authorization === expected));
    assert.ok(other.seen.length > 0, 'the redirect reached 127.0.0.2');
    assert.deepEqual(other.seen.map((s) => s.headers.authorization), other.seen.map(() => undefined), '127.0.0.2 never got the credentials');
    assert.equal(result.manifest.settings.http_auth, 'reviewer');
    const files = await filesUnder(out);
    assertNowhere(BASIC_PASSWORD, files.map((f) => ({ what: f.path, data: f.data })));
    assertNowhere(expected.slice(6), files.map((f) => ({ what: f.path, data: f.data })));
  });
});

describe('emulation', () => {
  let app: AuthApp;
  before(async () => {
    app = await startAuthApp({ user: USER, password: PASSWORD });
  });
  after(async () => {
    await app.close();
  });

  test('the page sees the time zone, language, position and motion preference asked for', async () => {
    const from = app.seen.length;
    const { options } = optionsFor({
      urls: [`${app.origin}/env`], timezone: 'Asia/Tokyo', locale: 'fr-fr', geolocation: '35.6812,139.7671', 'reduced-motion': 'off', output: join(dir, 'env'),
    });
    const result = await runCapture(options);
    assert.equal(result.manifest.captures[0]!.status, 'ok');
    const seen = app.seen.slice(from);
    const reports = seen.filter((s) => s.path === '/report').map((s) => Object.fromEntries(s.query));
    assert.deepEqual(reports.find((q) => q.tz), { tz: 'Asia/Tokyo', lang: 'fr-FR', motion: 'false' });
    assert.deepEqual(reports.find((q) => q.lat ?? q.geo), { lat: '35.6812', lon: '139.7671' });
    assert.match(String(seen.find((s) => s.path === '/env')!.headers['accept-language']), /^fr-FR/);
    assert.equal(result.manifest.settings.timezone, 'Asia/Tokyo');
    assert.equal(result.manifest.settings.locale, 'fr-FR');
  });

  test('--no-javascript shows the page as its HTML draws it; --omit-background leaves the unpainted page transparent', async () => {
    const plain = join(dir, 'js-on');
    const bare = join(dir, 'js-off');
    const urls = [`${app.origin}/scripted`, `${app.origin}/bare`];
    const on = await runCapture(optionsFor({ urls, output: plain }).options);
    const off = await runCapture(optionsFor({ urls, javascript: 'false', 'omit-background': 'true', output: bare }).options);
    const shot = async (out: string, r: typeof on, i: number): Promise<Buffer> => readFile(join(out, r.manifest.captures[i]!.file!));
    assertColour(await pixel(await shot(plain, on, 0), 200, 150), [0, 0, 224], 'scripted, with JavaScript');
    assertColour(await pixel(await shot(bare, off, 0), 200, 150), [224, 0, 0], 'scripted, without JavaScript');
    assert.equal((await pixel(await shot(plain, on, 1), 200, 150))[3], 255, 'a page without a background is white by default');
    assert.equal((await pixel(await shot(bare, off, 1), 200, 150))[3], 0, '--omit-background: transparent where the page paints nothing');
    assertColour(await pixel(await shot(bare, off, 1), 10, 10), [0, 0, 0], 'the square the page does paint');
    assert.equal(off.manifest.settings.javascript, false);
    // In a frame, the unpainted page is the screen's colour (dark theme: #202124), never a black hole.
    const framed = join(dir, 'framed-bare');
    const inFrame = await runCapture(optionsFor({ urls: [`${app.origin}/bare`], device: 'browser-macos', theme: 'dark', padding: '10', 'omit-background': 'true', output: framed }).options);
    const png = await readFile(join(framed, inFrame.manifest.captures[0]!.file!));
    const { width, height } = await sharp(png).metadata();
    assertColour(await pixel(png, Math.round(width! / 2), Math.round(height! * 0.6)), [32, 33, 36], 'framed, transparent page');
  });

  test('per page: rules and variants set the time zone, locale, JavaScript and background of their pages; the rest keep the run\'s', async () => {
    const from = app.seen.length;
    const pages = [
      { regex: 'tz-only', timezone: 'Asia/Tokyo' },
      { regex: 'both', timezone: 'Europe/Berlin', locale: 'de-DE' },
      { regex: 'js-off', javascript: false },
      { regex: 'transparent', 'omit-background': true },
    ];
    const out = join(dir, 'per-page');
    const urls = ['/env?run', '/env?tz-only', '/env?both', '/scripted?js-off', '/scripted', '/bare?transparent', '/bare'].map((p) => `${app.origin}${p}`);
    const ruled = await runCapture(optionsFor({ urls, timezone: 'America/New_York', locale: 'fr-FR', pages: JSON.stringify(pages), output: out }).options);
    const rows = ruled.manifest.captures;
    for (const row of rows) assert.equal(row.status, 'ok', `${row.url}: ${row.error}`);
    const reported = (at: string) => {
      const found = app.seen.slice(from).filter((s) => s.path === '/report' && s.query.get('at') === at && s.query.has('tz'));
      assert.equal(found.length, 1, `one report from /env?${at}`);
      return { tz: found[0]!.query.get('tz'), lang: found[0]!.query.get('lang') };
    };
    assert.deepEqual(reported('run'), { tz: 'America/New_York', lang: 'fr-FR' }, 'no rule: the run\'s');
    assert.deepEqual(reported('tz-only'), { tz: 'Asia/Tokyo', lang: 'fr-FR' }, 'a rule that sets the zone keeps the run\'s locale');
    assert.deepEqual(reported('both'), { tz: 'Europe/Berlin', lang: 'de-DE' });
    const asked = (search: string) => String(app.seen.slice(from).find((s) => s.path === '/env' && s.query.has(search))!.headers['accept-language']);
    assert.match(asked('both'), /^de-DE/);
    assert.match(asked('run'), /^fr-FR/);
    const shot = async (path: string): Promise<Buffer> => readFile(join(out, rows.find((r) => r.url === `${app.origin}${path}`)!.file!));
    assertColour(await pixel(await shot('/scripted?js-off'), 200, 150), [224, 0, 0], 'the rule\'s page, without JavaScript');
    assertColour(await pixel(await shot('/scripted'), 200, 150), [0, 0, 224], 'the other page, with it');
    assert.equal((await pixel(await shot('/bare?transparent'), 200, 150))[3], 0, 'the rule\'s page: transparent where it paints nothing');
    assert.equal((await pixel(await shot('/bare'), 200, 150))[3], 255, 'the other page: white');

    // Variants: the same page once per zone and language.
    const before = app.seen.length;
    const variants = { tokyo: { timezone: 'Asia/Tokyo', locale: 'ja-JP' }, plain: {} };
    const varied = await runCapture(optionsFor({ urls: [`${app.origin}/env?variants`], timezone: 'America/New_York', locale: 'fr-FR', variants: JSON.stringify(variants), output: join(dir, 'per-variant') }).options);
    assert.deepEqual(varied.manifest.captures.map((r) => [r.variant, r.status]), [['tokyo', 'ok'], ['plain', 'ok']]);
    const seen = app.seen.slice(before).filter((s) => s.path === '/report' && s.query.has('tz')).map((s) => `${s.query.get('tz')} ${s.query.get('lang')}`);
    assert.deepEqual(seen.sort(), ['America/New_York fr-FR', 'Asia/Tokyo ja-JP']);
  });

  test('--proxy carries the browser\'s traffic, loopback included; --proxy-bypass hosts go direct', async () => {
    const other = await startAuthApp({ host: '127.0.0.2', user: USER, password: PASSWORD });
    const proxied: string[] = [];
    // Forwards to loopback only: Chromium's own background requests (its updater) get a 403, never the internet.
    const proxy: Server = createServer((req, res) => {
      const to = new URL(req.url ?? '', 'http://invalid');
      if (!/^127\./.test(to.hostname)) return void res.writeHead(403).end();
      proxied.push(req.url ?? '');
      const upstream = httpRequest({ host: to.hostname, port: to.port, path: `${to.pathname}${to.search}`, method: req.method, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const server = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    try {
      const urls = [`${app.origin}/scripted`, `${other.origin}/login`];
      const through = await runCapture(optionsFor({ urls, proxy: server, output: join(dir, 'proxied') }).options);
      assert.deepEqual(through.manifest.captures.map((c) => c.status), ['ok', 'ok']);
      assert.ok(proxied.includes(`${app.origin}/scripted`) && proxied.includes(`${other.origin}/login`), `the proxy carried both pages (it saw ${proxied.join(', ')})`);
      assert.equal(through.manifest.settings.proxy, server);
      proxied.length = 0;
      // Naming a loopback host in the bypass list makes all of loopback direct (Chromium's rule, which Playwright follows).
      const direct = await runCapture(optionsFor({ urls, proxy: server, 'proxy-bypass': '127.0.0.1,127.0.0.2', output: join(dir, 'bypassed') }).options);
      assert.deepEqual(direct.manifest.captures.map((c) => c.status), ['ok', 'ok']);
      assert.deepEqual(proxied, [], 'the bypassed hosts were reached directly');
    } finally {
      proxy.closeAllConnections();
      await new Promise<void>((r) => proxy.close(() => r()));
      await other.close();
    }
  });

  test('a zone, locale or position Chromium would ignore is refused at the door', () => {
    const url = { urls: ['http://127.0.0.1/'] };
    assert.throws(() => optionsFor({ ...url, timezone: 'Mars/Olympus_Mons' }), /--timezone: "Mars\/Olympus_Mons" is not an IANA time zone: use a name such as Europe\/Berlin/);
    assert.throws(() => optionsFor({ ...url, locale: 'not a locale' }), /--locale: "not a locale" is not a BCP 47 locale/);
    assert.throws(() => optionsFor({ ...url, geolocation: '91,0' }), /--geolocation: must be latitude,longitude/);
    assert.throws(() => optionsFor({ ...url, 'proxy-bypass': 'localhost' }), /--proxy-bypass needs --proxy/);
    assert.throws(() => optionsFor({ ...url, proxy: 'ftp://p:21' }), /--proxy: must be http:\/\/, https:\/\/, socks4:\/\/ or socks5:\/\//);
    assert.throws(() => optionsFor({ ...url, 'http-auth': 'no-colon' }), /--http-auth: must look like user:password/);
  });
});

describe('the Jobs API', () => {
  let server: FramecapServer;
  let data: string;
  const auth = { authorization: 'Bearer key-auth-0123456789abcdef0123' };
  before(async () => {
    data = await mkdtemp(join(dir, 'api-'));
    server = await createApiServer({ dataDir: data, apiKeys: ['key-auth-0123456789abcdef0123'], maxQueued: 100 });
  });
  after(async () => {
    await server.close();
  });

  test('storage_state is taken inline and refused as a path; login values are sent as themselves, never read from the server\'s environment', async () => {
    const post = (payload: Record<string, unknown>) => server.app.inject({ method: 'POST', url: '/v1/capture', payload: { url: 'https://example.com/', ...payload }, headers: auth });
    const path = await post({ storage_state: '/etc/framecap/auth.json' });
    assert.equal(path.statusCode, 400, path.body);
    assert.equal(JSON.parse(path.body).error.field, 'storage_state');
    assert.match(JSON.parse(path.body).error.message, /the storage state itself as a JSON object .* not a path: the server reads no files/);
    const inline = await post({ storage_state: { cookies: [{ name: 'sid', value: 'v-123456', domain: 'example.com', path: '/' }], origins: [] } });
    assert.equal(inline.statusCode, 202, inline.body);
    const broken = await post({ storage_state: { cookies: [{ name: 'sid' }] } });
    assert.equal(broken.statusCode, 400);
    assert.match(JSON.parse(broken.body).error.message, /^storage_state: inline JSON: cookies\[0\]\.value must be a string/);
    process.env.FRAMECAP_TEST_SERVER_SECRET = 'server-env-secret';
    try {
      const fromEnv = await post({ login: { url: 'https://example.com/login', steps: [{ fill: '#p', value: 'env:FRAMECAP_TEST_SERVER_SECRET' }] } });
      assert.equal(fromEnv.statusCode, 400, fromEnv.body);
      assert.equal(JSON.parse(fromEnv.body).error.field, 'login');
      assert.match(JSON.parse(fromEnv.body).error.message, /^login: step 1 of 1 \(fill "#p"\): value: env:FRAMECAP_TEST_SERVER_SECRET cannot be read here \(a request never reads the server's environment\): send the value itself/);
    } finally {
      delete process.env.FRAMECAP_TEST_SERVER_SECRET;
    }
    const login = await post({ login: { url: 'https://example.com/login', steps: [{ fill: '#p', value: 'literal' }, { click: 'button' }] }, http_auth: 'u:p-secret' });
    assert.equal(login.statusCode, 202, login.body);
  });
});
