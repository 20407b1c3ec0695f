// The settings spec (src/config/spec.ts) against every door that claims a
// setting: the CLI parses its flag, framecap.yml takes its key, the Action
// reads its input, the Jobs API takes its field, and each resolves to the
// same value; a default reads the same in resolveSettings, --help, the API
// schema, action.yml and the README.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { readInputs, STEP_INPUTS } from '../src/action/inputs.ts';
import { addCaptureFlags, CAPTURE_FLAGS, flagSettings } from '../src/cli/flags.ts';
import { fakeActionIO } from './helpers/action-io.ts';
import { runMain } from './helpers/main.ts';
import { parseConfig } from '../src/config/file.ts';
import { resolveSettings } from '../src/config/settings.ts';
import type { RawSettings, ResolvedSettings } from '../src/config/settings.ts';
import { defaultText, isListKind, SETTING_NAMES, SPEC, specOf } from '../src/config/spec.ts';
import type { SettingName } from '../src/config/spec.ts';
import { defaultCaptureOptions } from '../src/index.ts';
import { createServer } from '../src/server/index.ts';
import type { FramecapServer } from '../src/server/index.ts';
import { parseJobRequest, resolveRequest } from '../src/server/request.ts';
import { jobRequestFor } from '../src/client/request-body.ts';
import type { AnyBody } from '../src/server/request.ts';
import { BATCH_BODY, CAPTURE_BODY, SITEMAP_BODY } from '../src/server/schemas.ts';
import { tempDir } from './helpers/temp-dir.ts';

const machine = { cores: 2, freeMemBytes: 8 * 1024 ** 3 };
const PAGE = 'https://example.com/';
const action = parseYaml(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { description?: string; default?: string }> };

/** Read only beside another setting, though accepted without it. */
const READ_WITH: Partial<Record<SettingName, SettingName>> = {
  'diff-threshold': 'baseline', 'webhook-timeout': 'webhook-url', 'webhook-fail': 'webhook-url',
};

/** The setting this one needs beside it: to be accepted at all (e.g. --filter-list needs --block-ads), or to be read. */
function companion(name: SettingName): SettingName | undefined {
  return (specOf(name).requires as SettingName | undefined) ?? READ_WITH[name];
}

function prerequisite(name: SettingName): RawSettings {
  const needs = companion(name);
  return needs ? { [needs]: specOf(needs).example } : {};
}

/** The settings' part of what a door resolves, comparable across doors. */
const outcome = (r: Pick<ResolvedSettings, 'options' | 'failOn' | 'failOnChange' | 'webhook'>) =>
  ({ options: r.options, failOn: r.failOn, failOnChange: r.failOnChange, webhook: r.webhook });

/** The raw settings a door under test should arrive at, with a page to capture unless the setting is the source. */
function rawWith(name: SettingName, value: string = specOf(name).example): RawSettings {
  return { ...(name === 'urls' ? {} : { urls: [PAGE] }), ...prerequisite(name), [name]: value };
}

// ---------------------------------------------------------------- the doors

function cliArgs(name: SettingName, value: string): string[] {
  const spec = specOf(name);
  if (!spec.cli) return name === 'urls' ? [value] : [];
  const long = /--[a-z0-9-]+/.exec(spec.cli.flag)![0];
  if (spec.kind === 'bool') {
    // A boolean flag says one value by its name: --no-shadow is false, --stable is true.
    assert.equal(value, long.startsWith('--no-') ? 'false' : 'true', `${name}: its example is the value its flag sets`);
    return [long];
  }
  return [long, value];
}

function fromCli(argv: string[]): RawSettings {
  const cmd = new Command('capture').exitOverride().argument('[urls...]');
  addCaptureFlags(cmd);
  cmd.parse(argv, { from: 'user' });
  return flagSettings(cmd.processedArgs[0] as string[], cmd.opts(), cmd);
}

function cliRaw(name: SettingName): RawSettings {
  const needs = companion(name);
  const argv = [
    ...(name === 'urls' ? [] : [PAGE]),
    ...(needs ? cliArgs(needs, specOf(needs).example) : []),
    ...cliArgs(name, specOf(name).example),
  ];
  return fromCli(argv);
}

function yamlRaw(name: SettingName, key: string = name): RawSettings {
  const doc: Record<string, unknown> = { ...rawWith(name) };
  delete doc[name];
  doc[key] = specOf(name).example;
  return parseConfig(Object.entries(doc).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n'), 'framecap.yml');
}

async function fromAction(raw: RawSettings): Promise<ResolvedSettings> {
  const inputs: Record<string, string> = {};
  for (const [setting, value] of Object.entries(raw) as [SettingName, string | string[]][]) {
    const input = specOf(setting).input;
    assert.ok(input, `${setting} has an Action input`);
    inputs[input] = Array.isArray(value) ? value.join('\n') : value;
  }
  const s = await readInputs({}, fakeActionIO(inputs));
  assert.equal(s.work.kind, 'capture');
  return { options: (s.work as { options: ResolvedSettings['options'] }).options, failOn: s.failOn, failOnChange: s.failOnChange, webhook: s.webhook, secrets: s.secrets };
}

/**
 * What a request sends where a door sends a file's name or a block's text: the
 * storage state itself, the login block as a JSON object. The raw value it
 * stands for is the same JSON as text.
 */
const JSON_OVER_HTTP: Partial<Record<SettingName, unknown>> = {
  'storage-state': JSON.parse(readFileSync(SPEC['storage-state'].example, 'utf8')),
  login: JSON.parse(SPEC.login.example),
};

/** The example as JSON carries it: numbers, booleans, lists. */
function bodyValue(name: SettingName): unknown {
  const spec = specOf(name);
  if (name in JSON_OVER_HTTP) return JSON_OVER_HTTP[name];
  const v = spec.example;
  if (spec.kind === 'int' || spec.kind === 'number') return Number(v);
  if (spec.kind === 'bool') return v === 'true';
  if (isListKind(spec.kind)) return [v];
  // A request carries steps as JSON objects, not YAML text.
  if (spec.kind === 'steps') return parseYaml(v) as unknown;
  return v;
}

const LIMITS = { maxUrlsPerJob: 1000 };
const OWNED = { output: '/srv/out.zip', browserPath: null, pageConcurrency: 2 };
/** What the server adds to every request's settings. */
const SERVER_RAW: RawSettings = { output: OWNED.output, concurrency: '2', limit: String(LIMITS.maxUrlsPerJob) };

/** A batch body (or a sitemap one, for the sitemap's own field) with this setting's field. */
function bodyFor(name: SettingName, field: string): { type: 'batch' | 'sitemap'; url: string; body: Record<string, unknown> } {
  const needs = companion(name);
  const extra: Record<string, unknown> = { [field]: bodyValue(name) };
  if (needs) {
    const http = specOf(needs).http;
    assert.ok('field' in http, `${needs} is over HTTP too`);
    extra[http.field] = bodyValue(needs);
  }
  if (name === 'sitemap') return { type: 'sitemap', url: '/v1/sitemap', body: { sitemap_url: specOf(name).example } };
  return { type: 'batch', url: '/v1/batch', body: { urls: [PAGE], ...extra } };
}

// ---------------------------------------------------------------- tests

test('the spec: scopes, requirements and examples make sense', () => {
  const page = SETTING_NAMES.filter((n) => specOf(n).scope === 'page').sort();
  assert.deepEqual(page, [
    'background', 'clip', 'color-scheme', 'composite', 'composite-devices', 'delay', 'device', 'format', 'full-page', 'geolocation', 'hide', 'javascript',
    'locale', 'max-height', 'omit-background', 'padding', 'quality', 'radius', 'reduced-motion',
    'scale', 'selector', 'selector-padding', 'shadow', 'shadow-strength', 'split', 'steps', 'theme', 'timeout', 'timezone', 'title',
    'video', 'video-duration', 'video-format', 'video-fps', 'video-pause', 'video-scroll-to', 'viewport', 'wait-for', 'wait-until',
  ]);
  // The emulation a context is made with may differ per page (each profile gets its own context, see context-profile.ts);
  // the proxy is the browser's, and credentials are one per run: a rule that changed them would need its own browser or login.
  for (const name of ['output', 'concurrency', 'shard', 'sitemap', 'site', 'urls', 'url-file', 'webhook-url', 'baseline', 'proxy', 'proxy-bypass', 'login', 'storage-state', 'http-auth'] as const) {
    assert.equal(specOf(name).scope, 'run', name);
  }
  for (const name of SETTING_NAMES) {
    const spec = specOf(name);
    if (spec.requires) assert.ok((SETTING_NAMES as string[]).includes(spec.requires), `${name} requires a known setting`);
    assert.ok(spec.description.length > 10, `${name} has a description`);
    assert.notEqual(spec.example, defaultText(name), `${name}: the example differs from the default, so the door tests see it arrive`);
    // The example resolves, and to something other than the default.
    const given = outcome(resolveSettings(rawWith(name), machine));
    const unset = outcome(resolveSettings({ ...rawWith(name), [name]: undefined, ...(name === 'urls' ? { sitemap: [specOf('sitemap').example] } : {}) }, machine));
    assert.notDeepEqual(given, unset, `${name}: its example changes the resolved settings`);
  }
  // Never settable over HTTP: a request must not choose files or executables on the server.
  for (const name of ['output', 'browser-path', 'filter-list', 'url-file', 'concurrency'] as const) {
    const http = specOf(name).http;
    assert.ok('none' in http && http.none.length > 10, `${name} is not over HTTP, with the reason`);
  }
});

test('each default is the value resolveSettings uses when the setting is unset', () => {
  const unset = outcome(resolveSettings({ urls: [PAGE], ...{} }, machine));
  for (const name of SETTING_NAMES) {
    const text = defaultText(name);
    if (!text) continue;
    const needs = companion(name);
    const base: RawSettings = { urls: [PAGE], ...(needs ? { [needs]: specOf(needs).example } : {}) };
    assert.deepEqual(outcome(resolveSettings({ ...base, [name]: text }, machine)), outcome(resolveSettings(base, machine)), name);
  }
  assert.equal(unset.options.render.viewport.width, 1280);
});

test('CLI: every flag in the spec parses, and resolves as the setting itself would', () => {
  for (const name of SETTING_NAMES) {
    if (!specOf(name).cli && name !== 'urls') continue;
    assert.deepEqual(outcome(resolveSettings(cliRaw(name), machine)), outcome(resolveSettings(rawWith(name), machine)), name);
  }
  // Repeatable flags add items.
  assert.deepEqual(fromCli([PAGE, '--hide', '.a', '--hide', '.b']).hide, ['.a', '.b']);
});

test('framecap.yml: every setting is a key (kebab, camelCase and its aliases), resolving the same; unknown keys are refused', () => {
  for (const name of SETTING_NAMES) {
    const want = outcome(resolveSettings(rawWith(name), machine));
    const camel = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    for (const key of [name, camel, ...(specOf(name).aliases ?? [])]) {
      assert.deepEqual(outcome(resolveSettings(yamlRaw(name, key), machine)), want, `${name} as "${key}"`);
    }
  }
  assert.throws(() => parseConfig('viewprot: 1x1', 'framecap.yml'), /framecap\.yml: unknown setting "viewprot"\. Known settings: urls, sitemap, /);
});

test('Action: every input in the spec is read, and resolves as the setting itself would', async () => {
  for (const name of SETTING_NAMES) {
    if (!specOf(name).input) continue;
    assert.deepEqual(outcome(await fromAction(rawWith(name))), outcome(resolveSettings(rawWith(name), machine)), name);
  }
});

test('action.yml declares every Action input of the spec with its default and a description, and no input the spec does not know', () => {
  const declared = new Set(Object.keys(action.inputs));
  for (const name of SETTING_NAMES) {
    const spec = specOf(name);
    if (!spec.input) continue;
    const input = action.inputs[spec.input];
    assert.ok(input, `action.yml lacks input ${spec.input} (setting ${name})`);
    assert.ok((input.description ?? '').length > 15, `input ${spec.input} has a description`);
    // A setting that needs another is left empty: a default there would count as given.
    const want = spec.requires && spec.kind !== 'bool' ? '' : defaultText(name);
    assert.equal(String(input.default ?? ''), want, `input ${spec.input}: action.yml's default is the spec's`);
    declared.delete(spec.input);
  }
  assert.deepEqual([...declared].sort(), [...STEP_INPUTS].sort(), 'action.yml declares only the spec\'s inputs and the Action\'s own (STEP_INPUTS)');
});

describe('Jobs API', () => {
  let server: FramecapServer;
  const dir = tempDir('framecap-spec-');
  before(async () => {
    // The webhook example's host gets a public answer: submit resolves webhook targets, and nothing is sent.
    const dnsLookup = async (): Promise<Array<{ address: string; family: number }>> => [{ address: '93.184.215.14', family: 4 }];
    server = await createServer({ dataDir: dir, apiKeys: ['key-spec-0123456789abcdef0123'], maxQueued: 1000, dnsLookup });
  });
  after(async () => {
    await server.close();
  });

  test('every API field of the spec is accepted, and resolves as the setting itself would', async () => {
    const properties = { ...CAPTURE_BODY.properties, ...BATCH_BODY.properties, ...SITEMAP_BODY.properties } as Record<string, unknown>;
    for (const name of SETTING_NAMES) {
      const http = specOf(name).http;
      if (!('field' in http)) {
        assert.equal(properties[name.replace(/-/g, '_')], undefined, `${name} is not over HTTP, so no body field has its name`);
        continue;
      }
      const { type, url, body } = bodyFor(name, http.field);
      const res = await server.app.inject({ method: 'POST', url, payload: body, headers: { authorization: 'Bearer key-spec-0123456789abcdef0123' } });
      assert.equal(res.statusCode, 202, `${name} as ${http.field}: ${res.body}`);
      const request = parseJobRequest(type, body as unknown as AnyBody, LIMITS);
      if (name === 'webhook-url') {
        // The server delivers this one itself, after the job.
        assert.equal(request.webhookUrl, specOf(name).example);
        continue;
      }
      const asText = name in JSON_OVER_HTTP ? JSON.stringify(JSON_OVER_HTTP[name]) : undefined;
      const want = resolveSettings({ ...SERVER_RAW, ...rawWith(name, asText), ...(name === 'sitemap' ? { urls: undefined } : {}) }, machine);
      assert.deepEqual(resolveRequest(request, OWNED).options, want.options, `${name} as ${http.field}`);
    }
  });

  test('the schema documents each default and range the spec has', () => {
    const properties = { ...CAPTURE_BODY.properties, ...BATCH_BODY.properties, ...SITEMAP_BODY.properties } as unknown as Record<string, { description: string; type: unknown; enum?: unknown }>;
    for (const name of SETTING_NAMES) {
      const spec = specOf(name);
      const http = spec.http;
      if (!('field' in http)) continue;
      const property = properties[http.field];
      assert.ok(property, `${http.field} is in the batch body`);
      if (defaultText(name)) assert.match(property.description, new RegExp(`Default ${defaultText(name).replace(/[.]/g, '\\.')}[ .]`), http.field);
      // Fields with a shape of their own (viewport, limit, …) have their own schema in src/server/schemas.ts.
      if ('shape' in http) continue;
      if (spec.kind === 'int' || spec.kind === 'number') {
        assert.equal(property.type, spec.kind === 'int' ? 'integer' : 'number', http.field);
        assert.ok(property.description.includes(`${spec.min}-${spec.max}`), `${http.field} documents its range`);
      }
      if (spec.kind === 'enum') assert.deepEqual(property.enum, spec.values, http.field);
      if (spec.kind === 'bool') assert.equal(property.type, 'boolean', http.field);
    }
  });
});

test('help shows each flag with the spec\'s default', async () => {
  const r = await runMain(['capture', '--help'], { env: {} });
  assert.equal(r.code, 0);
  const help = (r.stdout + r.stderr).replace(/\s+/g, ' ');
  for (const f of CAPTURE_FLAGS) {
    const shown = specOf(f.setting).kind === 'bool' ? '' : defaultText(f.setting);
    assert.ok(help.includes(`${f.description}${shown ? ` (default: ${shown})` : ''}`), `${f.flag} in --help`);
    if (!shown) assert.ok(!help.includes(`${f.description} (default:`), `${f.flag} shows no default`);
  }
  const shorthands = SETTING_NAMES.flatMap((n) => specOf(n).cli?.shorthands ?? []);
  assert.equal(CAPTURE_FLAGS.length, SETTING_NAMES.filter((n) => specOf(n).cli).length + shorthands.length);
});

test('README: the CLI table is the spec\'s flags, defaults and descriptions', () => {
  const readme = readFileSync('README.md', 'utf8');
  for (const name of SETTING_NAMES) {
    const spec = specOf(name);
    if (!spec.cli) continue;
    const shown = spec.kind === 'bool' ? '' : defaultText(name);
    const row = `| \`${spec.cli.flag.replaceAll('|', '\\|')}\` | ${shown.replaceAll('|', '\\|')} | ${spec.description.replaceAll('|', '\\|')}`;
    assert.ok(readme.includes(row), `README row for ${spec.cli.flag}`);
  }
});

test('defaultCaptureOptions: the spec\'s defaults, with overrides per section', () => {
  const resolved = resolveSettings({ urls: [PAGE] }, machine).options;
  assert.deepEqual(defaultCaptureOptions({ urls: [PAGE] }, machine), resolved);
  const o = defaultCaptureOptions({ urls: [PAGE], frame: { device: 'none' }, render: { timeoutMs: 5_000 } }, machine);
  assert.equal(o.frame.device, 'none');
  assert.equal(o.frame.padding, SPEC.padding.default);
  assert.equal(o.render.timeoutMs, 5_000);
  assert.equal(o.render.retries, SPEC.retries.default);
  assert.deepEqual(o.render.viewport, resolved.render.viewport);
  assert.deepEqual(defaultCaptureOptions({}, machine).sources, []);
});

test('async mode: a composite run with --scale unset reaches the server as the same composite, scale still unset', async () => {
  const local = resolveSettings({ urls: [PAGE, `${PAGE}b`], composite: 'responsive', 'composite-devices': 'laptop,phone-android' }, machine).options;
  const { path, body } = await jobRequestFor(local, async () => '');
  assert.equal(path, '/v1/batch');
  assert.equal('scale' in body, false, 'unset stays unset, so the server gives a phone its own scale');
  assert.deepEqual([body.composite, body.composite_devices], ['responsive', ['laptop', 'phone-android']]);
  const remote = resolveRequest(parseJobRequest('batch', body as unknown as AnyBody, LIMITS), OWNED).options;
  assert.deepEqual(remote.frame.composite, local.frame.composite);
  assert.equal(remote.render.scale, 'device');
  const explicit = await jobRequestFor(resolveSettings({ urls: [PAGE], scale: '1' }, machine).options, async () => '');
  assert.equal(explicit.body.scale, 1);
});

test('async mode sends pages: rules and variants, and the server reads back the same rules and variants', async () => {
  const local = parseConfig([
    'urls: ["https://example.com/", "https://example.com/docs/a"]',
    'pages:',
    '  - {name: docs, match: "/docs/**", full-page: true, split: 3000, max-height: 4000, hide: [".banner"], wait-for: "#main", steps: [{click: "#tab"}, {fill: "#q", value: "framecap"}]}',
    '  - {regex: "^/pricing", viewport: 1000x700, selector: "#plans", selector-padding: 8, format: webp, quality: 70}',
    '  - {match: "/", composite: responsive, composite-devices: "laptop,phone-ios", background: paper}',
    '  - {url: "https://example.com/guide#install", keep-fragment: true, video: scroll, video-format: webp, video-duration: 3, video-fps: 10}',
    'variants:',
    '  desktop: {device: browser-macos, theme: dark, shadow-strength: 0.5}',
    '  phone: {device: phone-ios, scale: 2, color-scheme: dark, timeout: 20000, delay: 100, video: none, composite: none}',
    '  abroad: {timezone: Asia/Tokyo, locale: ja-JP, geolocation: "35.68,139.69", javascript: false, reduced-motion: "off", omit-background: true}',
  ].join('\n'), 'framecap.yml');
  const options = resolveSettings(local, machine).options;
  const { body } = await jobRequestFor(options, async () => '');
  const remote = resolveRequest(parseJobRequest('batch', body as unknown as AnyBody, LIMITS), OWNED).options;
  assert.deepEqual(remote.pages, options.pages);
  assert.deepEqual(remote.variants, options.variants);
});
