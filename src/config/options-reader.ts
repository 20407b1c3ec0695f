// A door's RawSettings → CaptureOptions, setting by setting. Which settings
// exist, their kinds, ranges and defaults are the settings spec's (spec.ts):
// each reader below takes only a setting's name, and every error names the
// setting the way the door spells it. settings.ts (the whole run's settings)
// and page-rules.ts (a rule's or a variant's own settings) both read through
// here, so neither imports the other.

import { DEFAULT_DISCOVER } from '../core/options.ts';
import type {
  CaptureOptions, CompareOptions, Composite, Cookie, Emulation, FailureBudget, HttpAuth, LoginOptions, NamedStorageState, RenderOptions, Source,
  CaptureRegion, ClipRect,
} from '../core/options.ts';
import { UserError } from '../core/types.ts';
import { parseShard } from '../core/plan.ts';
// From the modules themselves, not the render/index.ts barrel: the barrel loads
// playwright-core (about 0.5 s of CPU), which reading settings never needs.
import { defaultConcurrency } from '../core/render/pool.ts';
import type { BrowserChoice } from '../core/render/find-browser.ts';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseStorageState, storageSecrets } from '../core/auth/storage-state.ts';
import { checkLocale, checkTimezone, parseGeolocation, parseHttpAuth, parseProxy } from './emulation.ts';
import { parseLoginBlock } from './login-block.ts';
import { SPEC } from './spec.ts';
import { NO_ACCESS, parseSteps } from './steps.ts';
import type { SettingsAccess } from './steps.ts';
import type { NameOfKind, SettingName, Spec } from './spec.ts';

/** Values as doors have them: strings, lists, or (from YAML) numbers and booleans. */
export type RawValue = string | number | boolean | string[] | undefined;
export type RawSettings = Partial<Record<SettingName, RawValue>>;

export interface MachineInfo {
  cores: number;
  freeMemBytes: number;
}

/** Error naming the setting in the door's own spelling. */
export class SettingError extends UserError {
  constructor(readonly setting: SettingName, message: string) {
    super(message);
  }
}

export type Label = (name: SettingName) => string;

/**
 * CaptureOptions from a page rule's or variant's settings alone (everything
 * else at its default), read with the run's readers; page-rules.ts picks the
 * fields the rule gave. `label` names each setting in errors.
 */
export function pageOptionsFrom(raw: RawSettings, label: Label, access: SettingsAccess = NO_ACCESS, secrets: string[] = []): CaptureOptions {
  return optionsFrom(new Reader(raw, label), label, { cores: 1, freeMemBytes: 0 }, [], access, secrets);
}

/** A named executable is one build already: asking for another as well is a contradiction, not a preference. */
function browserChoice(r: Reader, label: Label): BrowserChoice {
  const choice = r.oneOf('browser');
  if (choice !== 'auto' && r.str('browser-path') !== null) {
    throw new UserError(`${label('browser')} ${choice} and ${label('browser-path')} both choose the browser: give one of them`);
  }
  return choice;
}

export function optionsFrom(r: Reader, label: Label, machine: MachineInfo, sources: Source[], access: SettingsAccess = NO_ACCESS, secrets: string[] = []): CaptureOptions {
  return {
    sources,
    discover: { ...DEFAULT_DISCOVER, maxUrls: r.int('max-urls') },
    plan: {
      include: r.list('include'),
      exclude: r.list('exclude'),
      limit: r.int('limit'),
      shard: r.shard('shard'),
      ...(r.has('per-pattern') ? { perPattern: r.int('per-pattern') } : {}),
    },
    render: {
      viewport: r.viewport('viewport'),
      scale: r.number('scale') ?? 'device',
      fullPage: r.bool('full-page'),
      waitUntil: r.oneOf('wait-until'),
      waitFor: r.str('wait-for'),
      delay: r.int('delay'),
      hide: r.list('hide'),
      colorScheme: r.oneOf('color-scheme'),
      headers: r.headers('header'),
      cookies: r.list('cookie').map((text) => parseCookie(text, label)),
      userAgent: r.str('user-agent'),
      timeoutMs: r.int('timeout'),
      retries: r.int('retries'),
      concurrency: r.concurrency('concurrency', machine),
      browserPath: r.str('browser-path'),
      browser: browserChoice(r, label),
      lazy: r.bool('lazy'),
      stable: r.bool('stable'),
      dismissConsent: r.bool('dismiss-consent'),
      ...blocking(r, label),
      ...pageActions(r, label, access, secrets),
      ...credentials(r),
      emulation: emulation(r),
      ...(r.has('login') ? { login: loginBlock(r, label, access).login } : {}),
      ...videoOption(r, label),
    },
    frame: {
      device: r.str('device'),
      theme: r.oneOf('theme'),
      background: r.str('background'),
      padding: r.int('padding'),
      radius: r.int('radius'),
      shadow: r.bool('shadow'),
      title: r.str('title'),
      shadowStrength: r.number('shadow-strength'),
      maxHeight: r.int('max-height'),
      thumbnail: r.int('thumbnail'),
      composite: composite(r, label),
    },
    output: {
      path: r.str('output'),
      format: r.oneOf('format'),
      quality: r.int('quality'),
      split: r.int('split'),
    },
    maxFailures: r.failureBudget('max-failures'),
    ...compareOptions(r, label),
  };
}

/** --storage-state and --http-auth (the login block is RenderOptions.login). */
function credentials(r: Reader): { storageState?: NamedStorageState; httpAuth?: HttpAuth } {
  const state = r.str('storage-state');
  const auth = r.str('http-auth');
  return {
    ...(state !== null ? { storageState: r.wrap('storage-state', () => readStorageState(state)) } : {}),
    ...(auth !== null ? { httpAuth: r.wrap('http-auth', () => parseHttpAuth(auth)) } : {}),
  };
}

/** A path, or the state itself as JSON text (what the Jobs API's storage_state object becomes). */
function readStorageState(value: string): NamedStorageState {
  if (value.startsWith('{')) return { name: 'inline', state: parseStorageState(value, 'inline JSON') };
  let text: string;
  try {
    text = readFileSync(value, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${value}${code === 'ENOENT' ? ': no such file' : `: ${code}`}; write one with framecap login, Playwright's storageState() or shot-scraper auth`);
  }
  return { name: basename(value), state: parseStorageState(text, value) };
}

/** The login's env:NAME values are read through the same door access as the page steps' (none on the queue server). */
function loginBlock(r: Reader, label: Label, access: SettingsAccess): { login: LoginOptions; secrets: string[] } {
  try {
    return parseLoginBlock(r.yaml('login'), access, label('login'));
  } catch (err) {
    // Its messages already start with the door's name for it.
    if (err instanceof UserError) throw new SettingError('login', err.message);
    throw err;
  }
}

/** Every credential-like value the auth settings hold, for the door to mask. */
export function credentialSecrets(options: CaptureOptions, r: Reader, label: Label, access: SettingsAccess): string[] {
  const { storageState, httpAuth, emulation: e } = options.render;
  return [
    ...(storageState ? storageSecrets(storageState.state) : []),
    ...(httpAuth?.password ? [httpAuth.password] : []),
    ...(e?.proxy?.password ? [e.proxy.password] : []),
    ...(options.render.login ? loginBlock(r, label, access).secrets : []),
  ];
}

function emulation(r: Reader): Emulation {
  const timezone = r.str('timezone');
  const locale = r.str('locale');
  const geolocation = r.str('geolocation');
  const proxy = r.str('proxy');
  const bypass = r.str('proxy-bypass');
  if (bypass !== null && proxy === null) throw new SettingError('proxy-bypass', `${r.labelOf('proxy-bypass')} needs ${r.labelOf('proxy')}`);
  return {
    timezone: timezone === null ? null : r.wrap('timezone', () => checkTimezone(timezone)),
    locale: locale === null ? null : r.wrap('locale', () => checkLocale(locale)),
    geolocation: geolocation === null ? null : r.wrap('geolocation', () => parseGeolocation(geolocation)),
    javaScript: r.bool('javascript'),
    reducedMotion: r.oneOf('reduced-motion') === 'on',
    omitBackground: r.bool('omit-background'),
    proxy: proxy === null ? null : r.wrap('proxy', () => parseProxy(proxy, bypass)),
  };
}

/** --baseline and what only makes sense with one. */
function compareOptions(r: Reader, label: Label): { compare?: CompareOptions } {
  const baseline = r.str('baseline');
  const incremental = r.bool('incremental');
  if (baseline === null) {
    if (incremental) {
      throw new SettingError('incremental', `${label('incremental')} needs ${label('baseline')}: pass a previous run's ZIP, manifest.json or output folder (a path or an http(s) URL)`);
    }
    return {};
  }
  return { compare: { baseline, incremental, threshold: r.number('diff-threshold') } };
}

/** Steps, and what part of the page the shot holds (--selector or --clip). Env-read step values join `secrets`. */
function pageActions(r: Reader, label: Label, access: SettingsAccess, secrets: string[]): Pick<RenderOptions, 'steps' | 'region'> {
  const raw = r.stepsText('steps');
  let steps: RenderOptions['steps'] = [];
  if (raw !== undefined) {
    try {
      const parsed = parseSteps(raw, access, label('steps'));
      steps = parsed.steps;
      secrets.push(...parsed.secrets);
    } catch (err) {
      if (err instanceof UserError) throw new SettingError('steps', err.message);
      throw err;
    }
  }
  const selector = r.str('selector');
  const clip = r.str('clip');
  if (selector === null && r.has('selector-padding')) {
    throw new SettingError('selector-padding', `${label('selector-padding')} needs ${label('selector')}`);
  }
  if (selector !== null && clip !== null) throw new SettingError('clip', `give ${label('selector')} or ${label('clip')}, not both`);
  const region: CaptureRegion | null = selector !== null
    ? { kind: 'element', selector, padding: r.int('selector-padding') }
    : clip !== null ? { kind: 'clip', rect: parseClip(clip, label) } : null;
  return { ...(steps.length > 0 ? { steps } : {}), ...(region ? { region } : {}) };
}

/** --video scroll and the settings that shape it; the others are read only with it. */
function videoOption(r: Reader, label: Label): Pick<RenderOptions, 'video'> {
  if (r.oneOf('video') !== 'scroll') {
    const given = (['video-format', 'video-duration', 'video-fps', 'video-pause', 'video-scroll-to'] as const).find((n) => r.has(n));
    if (given) throw new SettingError(given, `${label(given)} needs ${label('video')} scroll`);
    // null, not absent: a rule or variant that says video: none turns a run's video off.
    return { video: null };
  }
  const seconds = r.number('video-duration');
  return {
    video: {
      mode: 'scroll', format: r.oneOf('video-format'), durationMs: seconds === null ? null : Math.round(seconds * 1000),
      fps: r.int('video-fps'), pauseMs: r.int('video-pause'), scrollTo: r.str('video-scroll-to'),
    },
  };
}

/** "x,y,width,height", whole CSS px; width and height at least 1. */
function parseClip(text: string, label: Label): ClipRect {
  const parts = text.split(',').map((p) => p.trim());
  const max = 1_000_000;
  const [x, y, width, height] = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : NaN));
  if (parts.length !== 4 || [x, y, width, height].some((n) => n === undefined || !Number.isSafeInteger(n) || n > max) || width! < 1 || height! < 1) {
    throw new SettingError('clip', `${label('clip')} must be x,y,width,height in whole CSS px, e.g. 0,0,1280,600 (width and height at least 1; got "${text}")`);
  }
  return { x: x!, y: y!, width: width!, height: height! };
}

/** --composite responsive and its devices: two or three frames, behind, left, right. */
function composite(r: Reader, label: Label): Composite {
  if (r.oneOf('composite') === 'none') {
    // In a rule alone it would read as composite: none and turn a composite off, the opposite of what it asks.
    if (r.has('composite-devices')) throw new SettingError('composite-devices', `${label('composite-devices')} needs ${label('composite')} responsive beside it`);
    return { layout: 'none' };
  }
  const devices = r.list('composite-devices').flatMap((d) => d.split(',')).map((d) => d.trim()).filter((d) => d !== '');
  if (devices.length < 2 || devices.length > 3) {
    throw new SettingError('composite-devices', `${label('composite-devices')} takes two or three frames, behind, left and right (e.g. laptop,tablet,phone-ios); got ${devices.length}`);
  }
  if (devices.includes('none')) {
    throw new SettingError('composite-devices', `${label('composite-devices')}: "none" has no frame to show a page in; name device or browser frames (framecap devices lists them)`);
  }
  if (r.bool('full-page')) {
    throw new SettingError('composite', `${label('composite')} responsive shows each device's screen: leave out ${label('full-page')}`);
  }
  if (r.oneOf('video') === 'scroll') {
    throw new SettingError('composite', `${label('composite')} responsive is one still per page, not a video: leave out ${label('video')} scroll`);
  }
  return { layout: 'responsive', devices };
}

/** --block-ads/--block-trackers, and --filter-list: the user's own lists in place of EasyList/EasyPrivacy. */
function blocking(r: Reader, label: Label): Pick<RenderOptions, 'blockAds' | 'blockTrackers' | 'filterLists'> {
  const blockAds = r.bool('block-ads');
  const blockTrackers = r.bool('block-trackers');
  const filterLists = r.list('filter-list');
  if (filterLists.length > 0 && !blockAds && !blockTrackers) {
    throw new SettingError('filter-list', `${label('filter-list')} needs ${label('block-ads')} or ${label('block-trackers')}`);
  }
  return { blockAds, blockTrackers, ...(filterLists.length > 0 ? { filterLists } : {}) };
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

type Default<N extends SettingName> = Spec[N]['default'];
/** A reader's result: the setting's value, or null when it is unset and has no default. */
type Read<N extends SettingName, T> = null extends Default<N> ? T | null : T;
type Ranged = { readonly min: number; readonly max: number };

/**
 * Reads one RawSettings with the door's labels in every error. Kinds,
 * ranges and defaults come from the settings spec, so each reader takes only
 * the setting's name.
 */
export class Reader {
  constructor(private readonly raw: RawSettings, private readonly label: Label) {}

  labelOf(name: SettingName): string {
    return this.label(name);
  }

  /** A structured block as text (YAML or JSON), or undefined when unset. */
  yaml(name: NameOfKind<'yaml'>): string | undefined {
    const v = this.raw[name];
    if (v === undefined || v === '') return undefined;
    if (typeof v !== 'string') throw new SettingError(name, `${this.label(name)} must be a YAML map`);
    return v;
  }

  has(name: SettingName): boolean {
    const v = this.raw[name];
    return v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
  }

  /** The one given value as text; undefined when unset. */
  private text(name: SettingName): string | undefined {
    const v = this.raw[name];
    if (v === undefined || v === '') return undefined;
    if (Array.isArray(v)) {
      if (v.length > 1) throw new SettingError(name, `${this.label(name)} takes one value, got ${v.length}`);
      return v[0];
    }
    return String(v).trim();
  }

  str<N extends NameOfKind<'string'>>(name: N): Read<N, string> {
    return (this.text(name) ?? SPEC[name].default) as Read<N, string>;
  }

  /** Lists accept arrays, or one string with one item a line (Action inputs are multi-line strings). */
  list(name: NameOfKind<'list' | 'url-list' | 'headers' | 'cookies'>): string[] {
    const v = this.raw[name];
    if (v === undefined) return [...(SPEC[name].default ?? [])];
    const items = Array.isArray(v) ? v : String(v).split(/\r?\n/);
    return items.map((s) => s.trim()).filter((s) => s !== '');
  }

  /** Steps as the door gave them: YAML text, or items each of one step or a list (src/config/steps.ts reads them). */
  stepsText(name: NameOfKind<'steps'>): string | string[] | undefined {
    const v = this.raw[name];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return undefined;
    if (typeof v !== 'string' && !Array.isArray(v)) {
      throw new SettingError(name, `${this.label(name)} must be a list of steps such as [{click: "#accept"}]`);
    }
    return v;
  }

  /** "Name: value" lines; the name must be an HTTP token. */
  headers(name: NameOfKind<'headers'>): Record<string, string> {
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

  int<N extends NameOfKind<'int'>>(name: N): Read<N, number> {
    const s = this.text(name);
    if (s === undefined) return SPEC[name].default as Read<N, number>;
    return this.wholeNumber(name, s, SPEC[name]) as Read<N, number>;
  }

  private wholeNumber(name: SettingName, s: string, { min, max }: Ranged): number {
    if (!/^\d+$/.test(s)) throw new SettingError(name, `${this.label(name)} must be a whole number from ${min} to ${max} (got "${s}")`);
    const n = Number(s);
    if (n < min || n > max) throw new SettingError(name, `${this.label(name)} must be from ${min} to ${max} (got ${n})`);
    return n;
  }

  number<N extends NameOfKind<'number'>>(name: N): Read<N, number> {
    const s = this.text(name);
    const { min, max, default: fallback } = SPEC[name];
    if (s === undefined) return fallback as Read<N, number>;
    const n = Number(s);
    if (!Number.isFinite(n) || n < min || n > max) {
      throw new SettingError(name, `${this.label(name)} must be a number from ${min} to ${max} (got "${s}")`);
    }
    return n;
  }

  bool(name: NameOfKind<'bool'>): boolean {
    const s = this.text(name);
    if (s === undefined) return SPEC[name].default;
    if (/^(true|yes|on|1)$/i.test(s)) return true;
    if (/^(false|no|off|0)$/i.test(s)) return false;
    throw new SettingError(name, `${this.label(name)} must be true or false (got "${s}")`);
  }

  oneOf<N extends NameOfKind<'enum'>>(name: N): Spec[N]['values'][number] {
    type T = Spec[N]['values'][number];
    const s = this.text(name);
    const { values, default: fallback } = SPEC[name];
    if (s === undefined) return fallback as T;
    const v = s.toLowerCase();
    if (!(values as readonly string[]).includes(v)) {
      throw new SettingError(name, `${this.label(name)} must be one of ${values.join(', ')} (got "${s}")`);
    }
    return v as T;
  }

  /** A number of pages at once, or auto: from the machine's cores and free memory. */
  concurrency(name: NameOfKind<'concurrency'>, machine: MachineInfo): number {
    const s = this.text(name) ?? SPEC[name].default;
    return s === 'auto' ? defaultConcurrency(machine.cores, machine.freeMemBytes) : this.wholeNumber(name, s, SPEC[name]);
  }

  shard(name: NameOfKind<'shard'>): ReturnType<typeof parseShard> | null {
    const s = this.text(name);
    return s === undefined ? null : this.wrap(name, () => parseShard(s));
  }

  /** "N" failed URLs or "N%" of the planned ones. */
  failureBudget(name: NameOfKind<'failure-budget'>): FailureBudget | null {
    const s = this.text(name);
    if (s === undefined) return null;
    const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(s);
    const max = Number(m?.[1]);
    if (!m || (m[2] === '' && !Number.isInteger(max)) || (m[2] === '%' && max > 100)) {
      throw new SettingError(name, `${this.label(name)} must be a number of failed URLs (e.g. 5) or a percentage of them (e.g. 10%) (got "${s}")`);
    }
    return m[2] === '%' ? { kind: 'percent', max } : { kind: 'count', max };
  }

  viewport(name: NameOfKind<'viewport'>): { width: number; height: number } {
    const { min, max, default: fallback } = SPEC[name];
    const s = this.text(name) ?? fallback;
    const m = /^(\d{2,5})\s*[x×]\s*(\d{2,5})$/i.exec(s);
    const width = Number(m?.[1]);
    const height = Number(m?.[2]);
    if (!m || width < min || height < min || width > max || height > max) {
      throw new SettingError(name, `${this.label(name)} must be WIDTHxHEIGHT between ${min} and ${max}, e.g. ${fallback} (got "${s}")`);
    }
    return { width, height };
  }

  /** http(s) URLs, normalized (URL.href). */
  urlList(name: NameOfKind<'url-list'>): string[] {
    return this.list(name).map((value) => this.httpUrl(name, value));
  }

  private httpUrl(name: SettingName, value: string): string {
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

  /** A UserError whose message already names the setting (and where in it) becomes that setting's SettingError as it is. */
  named<T>(name: SettingName, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      if (err instanceof UserError && !(err instanceof SettingError)) throw new SettingError(name, err.message);
      throw err;
    }
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
