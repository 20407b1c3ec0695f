// Raw settings → CaptureOptions. Every door (CLI flags, framecap.yml, Action
// inputs, server request bodies) produces a RawSettings of strings/lists and
// calls resolveSettings once; errors name the setting the way that door
// spells it (`--viewport`, `input 'viewport'`, `viewport:` in framecap.yml).

import { DEFAULT_DISCOVER, IMAGE_FORMATS } from '../core/options.ts';
import type {
  CaptureOptions, ColorScheme, CompareOptions, Cookie, FailOn, FailureBudget, FrameOptions, FrameTheme, ImageFormat, RenderOptions, Source, WaitUntil,
} from '../core/options.ts';
import { UserError } from '../core/types.ts';
import type { FrameExtras } from '../core/frame/index.ts';
import { parseShard } from '../core/plan.ts';
import { defaultConcurrency } from '../core/render/index.ts';
import { DEFAULT_WEBHOOK, webhookConfig, webhookSecrets } from '../notify/webhook.ts';
import type { WebhookConfig } from '../notify/webhook.ts';

export type { FailOn };

/** Every setting a door can pass, by its canonical (kebab-case) name. */
export const SETTING_NAMES = [
  'sitemap', 'site', 'urls', 'url-file',
  'include', 'exclude', 'limit', 'shard', 'max-urls',
  'viewport', 'scale', 'full-page', 'wait-until', 'wait-for', 'delay', 'hide', 'color-scheme',
  'header', 'cookie', 'user-agent', 'timeout', 'retries', 'concurrency', 'browser-path',
  'lazy', 'stable', 'dismiss-consent', 'max-failures',
  'device', 'theme', 'background', 'padding', 'radius', 'shadow', 'shadow-strength', 'title', 'max-height', 'thumbnail',
  'format', 'quality', 'output', 'fail-on',
  'webhook-url', 'webhook-secret', 'webhook-events', 'webhook-header', 'webhook-timeout', 'webhook-fail',
  'webhook-progress-every',
  'baseline', 'incremental', 'per-pattern', 'fail-on-change', 'diff-threshold',
  'block-ads', 'block-trackers', 'filter-list',
] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

/** Values as doors have them: strings, lists, or (from YAML) numbers and booleans. */
export type RawValue = string | number | boolean | string[] | undefined;
export type RawSettings = Partial<Record<SettingName, RawValue>>;

export interface MachineInfo {
  cores: number;
  freeMemBytes: number;
}

export type WebhookFailMode = 'warn' | 'error';

/** The completion webhook: delivered by the doors after the run (src/notify/), never by the core. */
export interface WebhookSettings {
  config: WebhookConfig;
  /** error: a failed delivery fails the run's exit code / step. */
  fail: WebhookFailMode;
  /** Send a job.progress event every N finished pages; null = none. */
  progressEvery: number | null;
}

export interface ResolvedSettings {
  options: CaptureOptions;
  failOn: FailOn;
  /** Exit 1 / fail the step when anything is new, changed or removed since the baseline. */
  failOnChange: boolean;
  webhook: WebhookSettings | null;
  /** Values that must be masked wherever a door prints (header and cookie values). */
  secrets: string[];
}

/** Error naming the setting in the door's own spelling. */
export class SettingError extends UserError {
  constructor(readonly setting: SettingName, message: string) {
    super(message);
  }
}

type Label = (name: SettingName) => string;

const WAIT_UNTIL: readonly WaitUntil[] = ['load', 'domcontentloaded', 'networkidle'];
const FORMATS = IMAGE_FORMATS;
const SCHEMES: readonly ColorScheme[] = ['light', 'dark'];
const THEMES: readonly FrameTheme[] = ['light', 'dark'];
const FAIL_ON: readonly FailOn[] = ['partial', 'failed', 'never'];
const WEBHOOK_FAIL: readonly WebhookFailMode[] = ['warn', 'error'];

export function resolveSettings(raw: RawSettings, machine: MachineInfo, label: Label = (n) => `--${n}`): ResolvedSettings {
  const r = new Reader(raw, label);
  const secrets: string[] = [];

  const sources: Source[] = [
    ...r.list('sitemap').map((location): Source => ({ kind: 'sitemap', location })),
    ...r.list('site').map((root): Source => ({ kind: 'site', root: r.httpUrl('site', root) })),
    ...r.list('url-file').map((path): Source => ({ kind: 'url-file', path })),
  ];
  const urls = r.list('urls');
  if (urls.length > 0) sources.push({ kind: 'urls', urls });
  if (sources.length === 0) {
    throw new UserError(
      `nothing to capture: give URLs, ${label('sitemap')}, ${label('site')} or ${label('url-file')}`,
    );
  }

  const headers = r.headers('header');
  for (const value of Object.values(headers)) if (value) secrets.push(value);
  const cookies = r.list('cookie').map((text) => parseCookie(text, label));
  for (const c of cookies) if (c.value) secrets.push(c.value);

  const concurrencyRaw = r.str('concurrency');
  const concurrency = concurrencyRaw === undefined || concurrencyRaw === 'auto'
    ? defaultConcurrency(machine.cores, machine.freeMemBytes)
    : r.int('concurrency', 1, 32, 1);

  const format = r.oneOf('format', FORMATS, 'png');
  const output = r.str('output') ?? `framecap.zip`;

  const options: CaptureOptions = {
    sources,
    discover: { ...DEFAULT_DISCOVER, maxUrls: r.int('max-urls', 1, 10_000_000, DEFAULT_DISCOVER.maxUrls) },
    plan: {
      include: r.list('include'),
      exclude: r.list('exclude'),
      limit: r.has('limit') ? r.int('limit', 1, 10_000_000, 0) : null,
      shard: r.has('shard') ? r.wrap('shard', () => parseShard(r.str('shard')!)) : null,
      ...(r.has('per-pattern') ? { perPattern: r.int('per-pattern', 1, 10_000_000, 0) } : {}),
    },
    render: {
      viewport: r.viewport('viewport', { width: 1280, height: 800 }),
      scale: r.number('scale', 1, 4, 1),
      fullPage: r.bool('full-page', false),
      waitUntil: r.oneOf('wait-until', WAIT_UNTIL, 'load'),
      waitFor: r.str('wait-for') ?? null,
      delay: r.int('delay', 0, 60_000, 0),
      hide: r.list('hide'),
      colorScheme: r.oneOf('color-scheme', SCHEMES, 'light'),
      headers,
      cookies,
      userAgent: r.str('user-agent') ?? null,
      timeoutMs: r.int('timeout', 1_000, 600_000, 30_000),
      retries: r.int('retries', 0, 10, 2),
      concurrency,
      browserPath: r.str('browser-path') ?? null,
      lazy: r.bool('lazy', true),
      stable: r.bool('stable', false),
      dismissConsent: r.bool('dismiss-consent', false),
      ...blocking(r, label),
    },
    frame: frameWithExtras({
      device: r.str('device') ?? 'browser-macos',
      theme: r.oneOf('theme', THEMES, 'light'),
      background: r.str('background') ?? 'midnight',
      padding: r.int('padding', 0, 1_000, 64),
      radius: r.int('radius', 0, 200, 12),
      shadow: r.bool('shadow', true),
      title: r.str('title') ?? null,
      shadowStrength: r.number('shadow-strength', 0, 3, 1),
      maxHeight: r.has('max-height') ? r.int('max-height', 100, 1_000_000, 0) : null,
      thumbnail: r.has('thumbnail') ? r.int('thumbnail', 16, 4_096, 0) : null,
    }),
    output: {
      path: output,
      format,
      quality: r.int('quality', 1, 100, 90),
    },
    maxFailures: r.has('max-failures') ? r.failureBudget('max-failures') : null,
    ...compareOptions(r, label),
  };
  const webhook = resolveWebhook(r, label);
  // The URL too: hooks often carry their token in the path (e.g. /hooks/T0/B0/secret).
  if (webhook) secrets.push(webhook.config.url, ...webhookSecrets(webhook.config));
  return { options, failOn: r.oneOf('fail-on', FAIL_ON, 'failed'), failOnChange: r.bool('fail-on-change', false), webhook, secrets };
}

/** --baseline and what only makes sense with one. */
function compareOptions(r: Reader, label: Label): { compare?: CompareOptions } {
  const baseline = r.str('baseline');
  const incremental = r.bool('incremental', false);
  if (baseline === undefined) {
    if (incremental) {
      throw new SettingError('incremental', `${label('incremental')} needs ${label('baseline')}: pass a previous run's ZIP, manifest.json or output folder (a path or an http(s) URL)`);
    }
    return {};
  }
  return { compare: { baseline, incremental, threshold: r.number('diff-threshold', 0, 1, 0.1) } };
}

/**
 * FrameOptions has no fields yet for these; they ride on the frame object and
 * createCompositor reads them (see FrameExtras in src/core/frame/index.ts).
 */
function frameWithExtras(frame: FrameOptions & FrameExtras): FrameOptions {
  return frame;
}

/** --block-ads/--block-trackers, and --filter-list: the user's own lists in place of EasyList/EasyPrivacy. */
function blocking(r: Reader, label: Label): Pick<RenderOptions, 'blockAds' | 'blockTrackers' | 'filterLists'> {
  const blockAds = r.bool('block-ads', false);
  const blockTrackers = r.bool('block-trackers', false);
  const filterLists = r.list('filter-list');
  if (filterLists.length > 0 && !blockAds && !blockTrackers) {
    throw new SettingError('filter-list', `${label('filter-list')} needs ${label('block-ads')} or ${label('block-trackers')}`);
  }
  return { blockAds, blockTrackers, ...(filterLists.length > 0 ? { filterLists } : {}) };
}

function resolveWebhook(r: Reader, label: Label): WebhookSettings | null {
  const url = r.str('webhook-url');
  if (url === undefined) {
    for (const name of ['webhook-secret', 'webhook-events', 'webhook-header', 'webhook-progress-every'] as const) {
      if (r.has(name)) throw new SettingError(name, `${label(name)} needs ${label('webhook-url')}`);
    }
    return null;
  }
  const headers = r.headers('webhook-header');
  const config = r.wrap('webhook-url', () => webhookConfig({
    url,
    secret: r.str('webhook-secret') ?? null,
    events: r.list('webhook-events').flatMap((e) => e.split(',')),
    headers,
    deadlineMs: r.int('webhook-timeout', 1_000, 3_600_000, DEFAULT_WEBHOOK.deadlineMs),
  }));
  const progressEvery = r.has('webhook-progress-every') ? r.int('webhook-progress-every', 1, 1_000_000, 0) : null;
  // Asking for progress every N pages is asking for progress events.
  if (progressEvery !== null && !config.events.includes('job.progress')) config.events.push('job.progress');
  return { config, fail: r.oneOf('webhook-fail', WEBHOOK_FAIL, 'warn'), progressEvery };
}

/** `name=value` with optional `; domain=…; path=…` attributes. */
function parseCookie(text: string, label: Label): Cookie {
  const [pair = '', ...attrs] = text.split(';');
  const eq = pair.indexOf('=');
  const name = eq > 0 ? pair.slice(0, eq).trim() : '';
  if (!name) throw new SettingError('cookie', `${label('cookie')} must look like "name=value" or "name=value; domain=example.com"`);
  const cookie: Cookie = { name, value: pair.slice(eq + 1).trim() };
  for (const attr of attrs) {
    const [k = '', v = ''] = attr.split('=').map((s) => s.trim());
    if (/^domain$/i.test(k) && v) cookie.domain = v;
    else if (/^path$/i.test(k) && v) cookie.path = v;
  }
  return cookie;
}

/** Reads one RawSettings with the door's labels in every error. */
class Reader {
  constructor(private readonly raw: RawSettings, private readonly label: Label) {}

  has(name: SettingName): boolean {
    const v = this.raw[name];
    return v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
  }

  str(name: SettingName): string | undefined {
    const v = this.raw[name];
    if (v === undefined || v === '') return undefined;
    if (Array.isArray(v)) {
      if (v.length > 1) throw new SettingError(name, `${this.label(name)} takes one value, got ${v.length}`);
      return v[0];
    }
    return String(v).trim();
  }

  /** Lists accept arrays, or one string with one item a line (Action inputs are multi-line strings). */
  list(name: SettingName): string[] {
    const v = this.raw[name];
    if (v === undefined) return [];
    const items = Array.isArray(v) ? v : String(v).split(/\r?\n/);
    return items.map((s) => s.trim()).filter((s) => s !== '');
  }

  /** "Name: value" lines; the name must be an HTTP token. */
  headers(name: 'header' | 'webhook-header'): Record<string, string> {
    const out: Record<string, string> = {};
    for (const line of this.list(name)) {
      const colon = line.indexOf(':');
      const header = colon > 0 ? line.slice(0, colon).trim() : '';
      if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(header)) {
        throw new SettingError(name, `${this.label(name)} must look like "Name: value" (got a value without a valid header name)`);
      }
      out[header] = line.slice(colon + 1).trim();
    }
    return out;
  }

  int(name: SettingName, min: number, max: number, fallback: number): number {
    const s = this.str(name);
    if (s === undefined) return fallback;
    if (!/^\d+$/.test(s)) throw new SettingError(name, `${this.label(name)} must be a whole number from ${min} to ${max} (got "${s}")`);
    const n = Number(s);
    if (n < min || n > max) throw new SettingError(name, `${this.label(name)} must be from ${min} to ${max} (got ${n})`);
    return n;
  }

  number(name: SettingName, min: number, max: number, fallback: number): number {
    const s = this.str(name);
    if (s === undefined) return fallback;
    const n = Number(s);
    if (!Number.isFinite(n) || n < min || n > max) {
      throw new SettingError(name, `${this.label(name)} must be a number from ${min} to ${max} (got "${s}")`);
    }
    return n;
  }

  bool(name: SettingName, fallback: boolean): boolean {
    const s = this.str(name);
    if (s === undefined) return fallback;
    if (/^(true|yes|on|1)$/i.test(s)) return true;
    if (/^(false|no|off|0)$/i.test(s)) return false;
    throw new SettingError(name, `${this.label(name)} must be true or false (got "${s}")`);
  }

  oneOf<T extends string>(name: SettingName, allowed: readonly T[], fallback: T): T {
    const s = this.str(name);
    if (s === undefined) return fallback;
    const v = s.toLowerCase() as T;
    if (!allowed.includes(v)) {
      throw new SettingError(name, `${this.label(name)} must be one of ${allowed.join(', ')} (got "${s}")`);
    }
    return v;
  }

  /** "N" failed URLs or "N%" of the planned ones. */
  failureBudget(name: SettingName): FailureBudget {
    const s = this.str(name) ?? '';
    const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(s);
    const max = Number(m?.[1]);
    if (!m || (m[2] === '' && !Number.isInteger(max)) || (m[2] === '%' && max > 100)) {
      throw new SettingError(name, `${this.label(name)} must be a number of failed URLs (e.g. 5) or a percentage of them (e.g. 10%) (got "${s}")`);
    }
    return m[2] === '%' ? { kind: 'percent', max } : { kind: 'count', max };
  }

  viewport(name: SettingName, fallback: { width: number; height: number }): { width: number; height: number } {
    const s = this.str(name);
    if (s === undefined) return fallback;
    const m = /^(\d{2,5})\s*[x×]\s*(\d{2,5})$/i.exec(s);
    const width = Number(m?.[1]);
    const height = Number(m?.[2]);
    if (!m || width < 100 || height < 100 || width > 7680 || height > 7680) {
      throw new SettingError(name, `${this.label(name)} must be WIDTHxHEIGHT between 100 and 7680, e.g. 1280x800 (got "${s}")`);
    }
    return { width, height };
  }

  httpUrl(name: SettingName, value: string): string {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new SettingError(name, `${this.label(name)} must be an http(s) URL such as https://example.com (got "${value}")`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new SettingError(name, `${this.label(name)} must be an http(s) URL (got "${url.protocol}")`);
    }
    return url.href;
  }

  /** Re-labels a UserError thrown by a shared parser (e.g. parseShard) with this door's setting name. */
  wrap<T>(name: SettingName, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      if (err instanceof UserError) throw new SettingError(name, `${this.label(name)}: ${err.message}`);
      throw err;
    }
  }
}
