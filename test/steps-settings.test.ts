// Page steps, --selector and --clip as settings: each door's spelling
// resolves to the same typed steps, checked once (no browser here). What
// they do on a page is test/page-steps.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { addCaptureFlags, flagSettings } from '../src/cli/flags.ts';
import { parseConfig } from '../src/config/file.ts';
import { resolveSettings, SettingError } from '../src/config/settings.ts';
import type { RawSettings, SettingsAccess } from '../src/config/settings.ts';
import { jobRequestFor } from '../src/client/request-body.ts';
import { createServer } from '../src/server/index.ts';
import { endedRequest, parseJobRequest, resolveRequest } from '../src/server/request.ts';
import type { AnyBody } from '../src/server/request.ts';
import { makeRedactor } from '../src/util/redact.ts';

const machine = { cores: 2, freeMemBytes: 8 * 1024 ** 3 };
const PAGE = 'https://example.com/';
const resolve = (raw: RawSettings, access?: SettingsAccess) => resolveSettings({ urls: [PAGE], ...raw }, machine, undefined, access);
const stepsOf = (raw: RawSettings, access?: SettingsAccess) => resolve(raw, access).options.render.steps ?? [];

function fromCli(argv: string[]): RawSettings {
  const cmd = new Command('capture').exitOverride().argument('[urls...]');
  addCaptureFlags(cmd);
  cmd.parse([PAGE, ...argv], { from: 'user' });
  return flagSettings(cmd.processedArgs[0] as string[], cmd.opts(), cmd);
}

test('CLI: the shorthands and --steps add steps in the order they were typed, whichever flag', () => {
  const raw = fromCli(['--click', '#a', '--css', 'b { color: red }', '--steps', '[{hover: "#h"}, {press: Escape}]', '--remove', '.x', '--click', '#b',
    '--wait-for-function', 'window.ok', '--scroll-to', '#end', '--js', 'window.scrollBy(0, 10)']);
  assert.deepEqual(stepsOf(raw), [
    { kind: 'click', selector: '#a' },
    { kind: 'css', css: { text: 'b { color: red }', file: null } },
    { kind: 'hover', selector: '#h' },
    { kind: 'press', key: 'Escape' },
    { kind: 'remove', selector: '.x' },
    { kind: 'click', selector: '#b' },
    { kind: 'wait-for-function', expression: 'window.ok' },
    { kind: 'scroll-to', selector: '#end' },
    { kind: 'js', js: { text: 'window.scrollBy(0, 10)', file: null } },
  ]);
});

test('framecap.yml: steps: as a list of one-key maps, value beside fill and select', () => {
  const raw = parseConfig([
    'steps:',
    '  - click: "#accept"',
    '  - fill: "#email"',
    '    value: me@example.com',
    '  - select: "#plan"',
    '    value: 2',
    '  - wait: 100',
    '  - wait-for-url: "**/done"',
    '  - wait-for-hidden: .spinner',
    '  - hide: .chat',
  ].join('\n'), 'framecap.yml');
  assert.deepEqual(stepsOf(raw), [
    { kind: 'click', selector: '#accept' },
    { kind: 'fill', selector: '#email', value: 'me@example.com' },
    { kind: 'select', selector: '#plan', value: '2' },
    { kind: 'wait', ms: 100 },
    { kind: 'wait-for-url', glob: '**/done' },
    { kind: 'wait-for-hidden', selector: '.spinner' },
    { kind: 'hide', selector: '.chat' },
  ]);
  // The Action's input is the same YAML as one text.
  assert.deepEqual(stepsOf({ steps: '- click: "#accept"\n- fill: "#email"\n  value: me@example.com' }), stepsOf(raw).slice(0, 2));
});

test('bad steps are settings errors naming the step and what to do', () => {
  const cases: Array<[string, RegExp]> = [
    ['[{clik: "#a"}]', /--steps: step 1 of 1: unknown step kind "clik" \(known: click, hover, /],
    ['[{click: "#a"}, {fill: "#q"}]', /--steps: step 2 of 2: fill needs value: beside it/],
    ['[{click: "#a", hover: "#b"}]', /step 1 of 1 must have exactly one kind .*got click and hover/],
    ['[{click: "#a", value: "x"}]', /value: is for fill and select steps, not click/],
    ['[{goto: "https://example.com/other"}]', /step 1 of 1: goto is a login step \(login: steps:\); a capture's steps act on the page it was given/],
    ['[{click: ""}]', /click needs a selector/],
    ['[{wait: 90000}]', /wait needs a whole number of ms from 0 to 60000 .*wait-for step is usually better/],
    ['["#a"]', /step 1 of 1 must be a one-key map such as \{click: "#accept"\}/],
    ['[{click: "#a"', /--steps is not valid YAML/],
  ];
  for (const [yaml, message] of cases) {
    assert.throws(() => resolve({ steps: yaml }), (err: unknown) => err instanceof SettingError && err.setting === 'steps' && message.test(err.message), yaml);
  }
});

test('@file css/js is read at settings time; a missing file is an error naming it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'framecap-steps-settings-'));
  try {
    const file = join(dir, 'dark.js');
    await writeFile(file, 'document.documentElement.classList.add("dark")');
    const local: SettingsAccess = { env: {}, readFile: (p) => readFileSync(p, 'utf8') };
    assert.deepEqual(stepsOf({ steps: [`{js: "@${file}"}`] }, local), [{ kind: 'js', js: { text: 'document.documentElement.classList.add("dark")', file } }]);
    assert.throws(() => stepsOf({ steps: [`{css: "@${dir}/nope.css"}`] }, local), new RegExp(`--steps: step 1 of 1: cannot read css file ${dir}/nope.css: no such file`));
    // CSS that starts with an at-rule is CSS, not a file.
    assert.deepEqual(stepsOf({ steps: ['{css: "@media (min-width: 1px) { body { color: red } }"}'] }, local)[0],
      { kind: 'css', css: { text: '@media (min-width: 1px) { body { color: red } }', file: null } });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('env:NAME: read from the door\'s environment, kept secret, never in the manifest\'s summary', () => {
  const secret = 's3cret-value-42';
  const resolved = resolve({ steps: '[{fill: "#password", value: "env:APP_PASSWORD"}]' }, { env: { APP_PASSWORD: secret }, readFile: null });
  assert.deepEqual(resolved.options.render.steps, [{ kind: 'fill', selector: '#password', value: secret }]);
  assert.ok(resolved.secrets.includes(secret), 'the door masks it');
  assert.equal(makeRedactor(resolved.secrets)(`typed ${secret}`), 'typed ***');
  assert.throws(() => resolve({ steps: '[{fill: "#p", value: "env:NOPE"}]' }, { env: {}, readFile: null }), /value: env:NOPE is not set: export NOPE/);
  // Without access (the queue server's), env: is refused rather than read.
  assert.throws(() => resolve({ steps: '[{fill: "#p", value: "env:HOME"}]' }), /env:HOME cannot be read here/);
});

test('--selector, --selector-padding and --clip', () => {
  assert.deepEqual(resolve({ selector: '#pricing', 'selector-padding': '8' }).options.render.region, { kind: 'element', selector: '#pricing', padding: 8 });
  assert.deepEqual(resolve({ clip: '0, 10, 640, 400' }).options.render.region, { kind: 'clip', rect: { x: 0, y: 10, width: 640, height: 400 } });
  assert.equal(resolve({}).options.render.region, undefined);
  assert.throws(() => resolve({ 'selector-padding': '8' }), /--selector-padding needs --selector/);
  assert.throws(() => resolve({ selector: '#a', clip: '0,0,1,1' }), /give --selector or --clip, not both/);
  for (const bad of ['0,0,0,10', '1,2,3', 'a,b,c,d', '-1,0,10,10']) assert.throws(() => resolve({ clip: bad }), /--clip must be x,y,width,height/, bad);
});

test('Jobs API: steps as objects, at most 50, css/js at most 64 KB, no env: and no @file; not kept once the job ended', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'framecap-steps-api-'));
  const server = await createServer({ dataDir: dir, apiKeys: ['key-steps-0123456789abcdef0123'], maxQueued: 100 });
  const post = (body: Record<string, unknown>) => server.app.inject({
    method: 'POST', url: '/v1/batch', payload: { urls: [PAGE], ...body }, headers: { authorization: 'Bearer key-steps-0123456789abcdef0123' },
  });
  try {
    const good = { steps: [{ click: '#accept' }, { fill: '#q', value: 'typed' }, { wait: 50 }], selector: '#main', selector_padding: 4 };
    assert.equal((await post(good)).statusCode, 202);
    const request = parseJobRequest('batch', { urls: [PAGE], ...good } as unknown as AnyBody, { maxUrlsPerJob: 10 });
    const options = resolveRequest(request, { output: join(dir, 'o.zip'), browserPath: null, pageConcurrency: 1 }).options;
    assert.deepEqual(options.render.steps, [{ kind: 'click', selector: '#accept' }, { kind: 'fill', selector: '#q', value: 'typed' }, { kind: 'wait', ms: 50 }]);
    assert.deepEqual(options.render.region, { kind: 'element', selector: '#main', padding: 4 });
    assert.equal(endedRequest(request).settings.steps, undefined, 'values typed are not kept at rest');

    const refused: Array<[Record<string, unknown>, RegExp]> = [
      [{ steps: Array.from({ length: 51 }, () => ({ click: '#a' })) }, /steps/],
      [{ steps: [{ js: 'x'.repeat(64 * 1024 + 1) }] }, /steps/],
      [{ steps: [{ css: 'é'.repeat(40 * 1024) }] }, /css may be at most 64 KB/],
      [{ steps: [{ fill: '#q', value: 'env:HOME' }] }, /env:HOME cannot be read here/],
      [{ steps: [{ css: '@/etc/passwd' }] }, /a request never reads files on the server/],
      [{ steps: [{ clik: '#a' }] }, /steps/],
    ];
    for (const [body, message] of refused) {
      const res = await post(body);
      assert.equal(res.statusCode, 400, JSON.stringify(body).slice(0, 80));
      const error = (res.json() as { error: { message: string; field: string | null } }).error;
      assert.match(`${error.field} ${error.message}`, message);
    }
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('async mode sends the steps inline, with env: values and @file contents already read', async () => {
  const options = resolve({
    steps: '[{fill: "#q", value: "env:Q"}, {css: "@x.css"}, {wait: 5}]', clip: '1,2,3,4',
  }, { env: { Q: 'from-env' }, readFile: () => 'body{}' }).options;
  const { body } = await jobRequestFor(options, async () => '');
  assert.deepEqual(body.steps, [{ fill: '#q', value: 'from-env' }, { css: 'body{}' }, { wait: 5 }]);
  assert.equal(body.clip, '1,2,3,4');
  // And the server reads back what was meant.
  const request = parseJobRequest('batch', body as unknown as AnyBody, { maxUrlsPerJob: 10 });
  assert.deepEqual(resolveRequest(request, { output: '/tmp/x.zip', browserPath: null, pageConcurrency: 1 }).options.render.steps, [
    { kind: 'fill', selector: '#q', value: 'from-env' }, { kind: 'css', css: { text: 'body{}', file: null } }, { kind: 'wait', ms: 5 },
  ]);
});
