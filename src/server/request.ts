// Request bodies → the core's RawSettings. The JSON schemas check shapes;
// resolveSettings checks values with the same rules as the CLI, the Action
// and framecap.yml, and its errors name the field the way the API spells it.

import { resolveSettings, SettingError, thisMachine } from '../config/settings.ts';
import type { RawSettings, ResolvedSettings, SettingName } from '../config/settings.ts';
import { httpOptionFields } from '../config/spec.ts';
import { NO_ACCESS, SERVER_STEP_LIMITS } from '../config/steps.ts';
import type { SettingsAccess } from '../config/steps.ts';
import type { JobType } from '../core/job.ts';
import type { CaptureOptions } from '../core/options.ts';
import { loadsPerPage } from '../core/recipe.ts';
import { UserError } from '../core/types.ts';
import { webhookConfig } from '../notify/webhook.ts';
import { invalid } from './errors.ts';
import { sha256Hex } from '../util/sha256.ts';

export type { AnyBody, BatchBody, CaptureBody, CookieBody, OptionsBody, SitemapBody } from '../api/contract.ts';
import type { AnyBody, BatchBody, CaptureBody, CookieBody, OptionsBody, SitemapBody } from '../api/contract.ts';

/** A validated job request: everything a worker needs to run it, now or after a restart. */
export interface JobRequest {
  type: JobType;
  /** Settings from the body; the server adds output, browser path and concurrency when it runs. */
  settings: RawSettings;
  /** Regular expressions on the full URL (sitemap jobs), applied to discovered URLs. */
  includePattern: string | null;
  excludePattern: string | null;
  webhookUrl: string | null;
  /** `async: false` capture: the POST waits for the result. */
  sync: boolean;
}

export interface RequestLimits {
  maxUrlsPerJob: number;
}

/** Settings the server owns: a request can never choose files, executables or its share of the machine. */
export interface ServerOwned {
  output: string;
  browserPath: string | null;
  pageConcurrency: number | null;
}

const MAX_PATTERN_LENGTH = 1_000;
const SERVER_ACCESS: SettingsAccess = { ...NO_ACCESS, limits: SERVER_STEP_LIMITS };

/**
 * Option fields → setting names, from the settings spec (its `http` door);
 * the reverse names fields in errors. Settings a request may not choose
 * (files, executables, the machine's share) have no field there, with the reason.
 */
const OPTION_FIELDS = httpOptionFields().map(({ field, setting }) => [field as keyof OptionsBody, setting] as const);

export function parseJobRequest(type: JobType, body: AnyBody, limits: RequestLimits): JobRequest {
  const settings: RawSettings = {};
  for (const [field, name] of OPTION_FIELDS) {
    const v = body[field];
    if (v !== undefined) settings[name] = v as RawSettings[SettingName];
  }
  if (body.background !== undefined && body.background_preset !== undefined) {
    throw invalid('background_preset', 'give background or background_preset, not both');
  }
  const background = body.background ?? body.background_preset;
  if (background !== undefined) settings.background = background;
  if (body.viewport !== undefined) {
    settings.viewport = typeof body.viewport === 'string' ? body.viewport : `${body.viewport.width}x${body.viewport.height}`;
  }
  if (body.headers !== undefined) {
    settings.header = Array.isArray(body.headers)
      ? body.headers
      : Object.entries(body.headers).map(([k, v]) => `${k}: ${v}`);
  }
  if (body.cookies !== undefined) settings.cookie = body.cookies.map(cookieLine);
  // One JSON text a step, as framecap.yml's steps arrive: the steps parser reads them the same way.
  if (body.steps !== undefined) settings.steps = body.steps.map((step) => JSON.stringify(step));
  // As text, the way every door hands rules to resolveSettings (which reads and checks them against the spec).
  if (body.pages !== undefined) settings.pages = typeof body.pages === 'string' ? body.pages : JSON.stringify(body.pages);
  if (body.variants !== undefined) settings.variants = typeof body.variants === 'string' ? body.variants : JSON.stringify(body.variants);
  if (typeof body.storage_state === 'string') {
    throw invalid('storage_state', "storage_state must be the storage state itself as a JSON object ({\"cookies\": […], \"origins\": […]}, what Playwright's storageState() writes), not a path: the server reads no files for a request");
  }
  // As JSON text: resolveSettings reads the state (and the login block) from the same text a door would give.
  if (body.storage_state !== undefined) settings['storage-state'] = JSON.stringify(body.storage_state);
  if (body.login !== undefined) settings.login = JSON.stringify(body.login);

  let includePattern: string | null = null;
  let excludePattern: string | null = null;
  if (type === 'capture') {
    const b = body as CaptureBody;
    settings.urls = [httpUrl('url', b.url)];
  } else {
    const b = body as BatchBody | SitemapBody;
    if (b.include !== undefined) settings.include = b.include;
    if (b.exclude !== undefined) settings.exclude = b.exclude;
    const s = b as SitemapBody;
    if (b.limit !== undefined && s.max_pages !== undefined && b.limit !== s.max_pages) {
      throw invalid('max_pages', 'max_pages is another name for limit: give one of them');
    }
    const limit = b.limit ?? s.max_pages;
    const limitField = b.limit !== undefined ? 'limit' : 'max_pages';
    if (limit !== undefined && limit > limits.maxUrlsPerJob) {
      throw invalid(limitField, `${limitField} may be at most ${limits.maxUrlsPerJob} on this server`);
    }
    // Without a limit the server's cap applies: a job never runs unbounded.
    settings.limit = limit ?? limits.maxUrlsPerJob;
    if (type === 'batch') {
      const urls = (b as BatchBody).urls;
      if (urls.length > limits.maxUrlsPerJob) {
        throw invalid('urls', `a batch may hold at most ${limits.maxUrlsPerJob} URLs on this server (got ${urls.length}); split it into several jobs`);
      }
      settings.urls = urls.map((u, i) => httpUrl(`urls[${i}]`, u));
    } else {
      settings.sitemap = [httpUrl('sitemap_url', s.sitemap_url)];
      includePattern = pattern('include_pattern', s.include_pattern);
      excludePattern = pattern('exclude_pattern', s.exclude_pattern);
    }
  }

  const webhook = webhookUrl(body);
  return {
    type,
    settings,
    includePattern,
    excludePattern,
    webhookUrl: webhook,
    sync: type === 'capture' && (body as CaptureBody).async === false,
  };
}

/**
 * maxUrlsPerJob counts captures, not URLs: each page costs loadsPerPage
 * (one per variant, a composite once per device), so 1,000 URLs × 10
 * variants is 10,000. A batch (or a limit) over the budget is a 400 naming
 * the field to change; a sitemap job without a limit gets the most pages
 * the budget allows. Returns the request to store.
 */
export function withinCaptureBudget(request: JobRequest, body: AnyBody, options: Pick<CaptureOptions, 'frame' | 'pages' | 'variants'>, limits: RequestLimits): JobRequest {
  const loads = loadsPerPage(options);
  if (loads === 1) return request;
  const max = limits.maxUrlsPerJob;
  const pagesAllowed = Math.floor(max / loads);
  const each = `${loads} captures a page (one per variant; a composite counts once per device)`;
  if (request.type === 'capture' || pagesAllowed < 1) {
    if (loads > max) throw invalid(options.variants?.length ? 'variants' : 'composite', `a job may make at most ${max} captures on this server, and this page would take ${each}: give fewer variants`);
    return request;
  }
  const b = body as BatchBody & SitemapBody;
  const given = b.limit ?? b.max_pages;
  const limitField = b.limit !== undefined ? 'limit' : 'max_pages';
  if (request.type === 'batch') {
    const pages = Math.min(b.urls.length, given ?? b.urls.length);
    if (pages > pagesAllowed) {
      throw invalid(given !== undefined && given < b.urls.length ? limitField : 'urls',
        `a job may make at most ${max} captures on this server: ${pages} URLs × ${each} = ${pages * loads}; send at most ${pagesAllowed} URLs a job (split them into several jobs) or give fewer variants`);
    }
    return request;
  }
  if (given !== undefined) {
    if (given > pagesAllowed) {
      throw invalid(limitField, `${limitField} may be at most ${pagesAllowed} on this server with ${each}: a job makes at most ${max} captures`);
    }
    return request;
  }
  // No limit given: the server's cap, in pages, is what its capture budget allows.
  return { ...request, settings: { ...request.settings, limit: Math.max(1, pagesAllowed) } };
}

/** Runs the core's resolveSettings on a request; SettingErrors become 400s naming the API field. */
export function resolveRequest(request: JobRequest, owned: ServerOwned): ResolvedSettings {
  const raw: RawSettings = {
    ...request.settings,
    output: owned.output,
    concurrency: owned.pageConcurrency === null ? 'auto' : owned.pageConcurrency,
  };
  if (owned.browserPath) raw['browser-path'] = owned.browserPath;
  const label = (name: SettingName): string => fieldOf(name, request);
  try {
    // No env: and no @file: a request must not read the server's environment or disk.
    return resolveSettings(raw, thisMachine(), label, SERVER_ACCESS);
  } catch (err) {
    if (err instanceof SettingError) throw invalid(label(err.setting), err.message);
    if (err instanceof UserError) throw invalid(null, err.message);
    throw err;
  }
}

function fieldOf(name: SettingName, request: JobRequest): string {
  switch (name) {
    case 'urls': return request.type === 'capture' ? 'url' : 'urls';
    case 'sitemap': return 'sitemap_url';
    case 'header': return 'headers';
    case 'cookie': return 'cookies';
    case 'storage-state': return 'storage_state';
    default: {
      const field = OPTION_FIELDS.find(([, n]) => n === name)?.[0];
      return field ?? name.replace(/-/g, '_');
    }
  }
}

/**
 * What is kept of a request once its job has ended: never run again, it
 * needs no URL list (which can be large) and no credentials (header and
 * cookie values, steps, which may type passwords, storage state, basic auth,
 * the login's values: secrets at rest for nothing).
 */
export function endedRequest(request: JobRequest): JobRequest {
  const { urls: _urls, header: _header, cookie: _cookie, steps: _steps, 'storage-state': _state, 'http-auth': _auth, login: _login, ...settings } = request.settings;
  return { ...request, settings };
}

/** Same request body (defaults applied) → same fingerprint, whatever the key order. */
export function fingerprint(type: JobType, body: unknown): string {
  return sha256Hex(`${type}\n${stableJson(body)}`);
}

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stableJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

function cookieLine(c: string | CookieBody): string {
  if (typeof c === 'string') return c;
  let line = `${c.name}=${c.value}`;
  if (c.domain) line += `; domain=${c.domain}`;
  if (c.path) line += `; path=${c.path}`;
  return line;
}

function httpUrl(field: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid(field, `${field} must be an absolute http(s) URL such as https://example.com/ (got "${truncate(value)}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalid(field, `${field} must be an http(s) URL (got ${url.protocol})`);
  }
  return value;
}

/** The field a request gave its webhook in, for errors that name it. */
export function webhookField(body: AnyBody): 'webhook_url' | 'callback_url' {
  return body.webhook_url === undefined && (body as BatchBody).callback_url !== undefined ? 'callback_url' : 'webhook_url';
}

function webhookUrl(body: AnyBody): string | null {
  const direct = body.webhook_url;
  const callback = (body as BatchBody).callback_url;
  if (direct !== undefined && callback !== undefined && direct !== callback) {
    throw invalid('callback_url', 'callback_url is another name for webhook_url: give one of them');
  }
  const value = direct ?? callback;
  if (value === undefined) return null;
  const field = webhookField(body);
  httpUrl(field, value);
  try {
    webhookConfig({ url: value });
  } catch (err) {
    if (err instanceof UserError) throw invalid(field, err.message);
    throw err;
  }
  return value;
}

function pattern(field: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  if (value.length > MAX_PATTERN_LENGTH) throw invalid(field, `${field} may be at most ${MAX_PATTERN_LENGTH} characters`);
  try {
    new RegExp(value);
  } catch (err) {
    throw invalid(field, `${field} is not a valid regular expression: ${(err as Error).message}`);
  }
  return value;
}

function truncate(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
