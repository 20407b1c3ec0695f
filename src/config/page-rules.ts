// The doors' side of per-page recipes: `pages:` rules and `variants:` as a
// user writes them (framecap.yml, the Action's YAML inputs, the Jobs API's
// JSON, the CLI's --variants) → the core's PageRule and Variant.
//
// Which settings a rule or a variant may set is the settings spec's
// `scope: 'page'`; their values are read by the same readers as the run's
// (resolveSettings), so a rule's `viewport: 10x10` fails the way
// `--viewport 10x10` does, with the rule's place in the message.

import { parse as parseYaml } from 'yaml';
import { MAX_PAGE_RULES, MAX_VARIANTS, VARIANT_NAME, compileMatch, runRecipe } from '../core/recipe.ts';
import type { PageMatch, PageOverrides, PageRecipe, PageRule, Variant } from '../core/recipe.ts';
import { UserError } from '../core/types.ts';
import { canonicalKey } from './keys.ts';
import { pageOptionsFrom } from './options-reader.ts';
import type { RawSettings, RawValue } from './options-reader.ts';
import { SETTING_NAMES, SPEC } from './spec.ts';
import { NO_ACCESS, stepItemsAsText } from './steps.ts';
import type { SettingsAccess } from './steps.ts';
import type { SettingName, Spec } from './spec.ts';

/** The settings a page rule or a variant may set: the spec's `scope: 'page'`. */
export type PageSettingName = { [N in SettingName]: Spec[N]['scope'] extends 'page' ? N : never }[SettingName];

export const PAGE_SETTINGS = SETTING_NAMES.filter((n): n is PageSettingName => SPEC[n].scope === 'page');

type Field = { [S in keyof PageRecipe]: readonly [S, keyof PageRecipe[S]] }[keyof PageRecipe];

/**
 * Where each page-scoped setting lands in a recipe. A setting the spec marks
 * `scope: 'page'` without a line here fails the typecheck: mark it, map it,
 * and every door's rules and variants take it.
 */
const PAGE_FIELDS: { readonly [N in PageSettingName]: Field } = {
  viewport: ['render', 'viewport'],
  scale: ['render', 'scale'],
  'full-page': ['render', 'fullPage'],
  'wait-until': ['render', 'waitUntil'],
  'wait-for': ['render', 'waitFor'],
  delay: ['render', 'delay'],
  hide: ['render', 'hide'],
  'color-scheme': ['render', 'colorScheme'],
  timeout: ['render', 'timeoutMs'],
  steps: ['render', 'steps'],
  // The three spell one region: a rule that gives any of them gives the page's whole region.
  selector: ['render', 'region'],
  'selector-padding': ['render', 'region'],
  clip: ['render', 'region'],
  // Likewise the video's six: a rule that gives one gives the whole video (video: scroll with it).
  video: ['render', 'video'],
  'video-format': ['render', 'video'],
  'video-duration': ['render', 'video'],
  'video-fps': ['render', 'video'],
  'video-pause': ['render', 'video'],
  'video-scroll-to': ['render', 'video'],
  device: ['frame', 'device'],
  theme: ['frame', 'theme'],
  background: ['frame', 'background'],
  padding: ['frame', 'padding'],
  radius: ['frame', 'radius'],
  shadow: ['frame', 'shadow'],
  'shadow-strength': ['frame', 'shadowStrength'],
  'max-height': ['frame', 'maxHeight'],
  title: ['frame', 'title'],
  // A rule that gives the composite gives its devices too: its own composite-devices, or the default three.
  composite: ['frame', 'composite'],
  'composite-devices': ['frame', 'composite'],
  format: ['output', 'format'],
  quality: ['output', 'quality'],
  timezone: ['render', 'timezone'],
  locale: ['render', 'locale'],
  geolocation: ['render', 'geolocation'],
  javascript: ['render', 'javaScript'],
  'reduced-motion': ['render', 'reducedMotion'],
  'omit-background': ['render', 'omitBackground'],
  split: ['output', 'split'],
};

/** Keys a rule has besides settings. */
const MATCH_KEYS = ['match', 'regex', 'url'] as const;
const RULE_KEYS = new Set(['name', 'keep-fragment', ...MATCH_KEYS]);
const MAX_LABEL = 64;
const MAX_PATTERN = 1_000;

/** `where` prefixes every message: "framecap.yml: pages", "input 'pages'", "body.pages". */
export function parsePageRules(value: unknown, where: string, access: SettingsAccess = NO_ACCESS, secrets: string[] = []): PageRule[] {
  const list = structured(value, where);
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new UserError(`${where} must be a list of rules, e.g. [{match: "/docs/**", full-page: true}]`);
  if (list.length > MAX_PAGE_RULES) throw new UserError(`${where}: at most ${MAX_PAGE_RULES} rules, got ${list.length}`);
  return list.map((item, i) => parseRule(item, `${where}[${i}]`, `pages[${i}]`, access, secrets));
}

/**
 * One rule; `place` is its label when it has no name. `urls:` entries with
 * settings of their own are rules too (matching `url:`), labelled "urls[i]".
 */
export function parseRule(item: unknown, where: string, place: string, access: SettingsAccess = NO_ACCESS, secrets: string[] = []): PageRule {
  if (!isMap(item)) throw new UserError(`${where} must be a map with match: (a glob on the URL path) or regex:, and page settings`);
  const settings: RawSettings = {};
  let name: string | null = null;
  let keepFragment = false;
  const matches: PageMatch[] = [];
  for (const [key, raw] of Object.entries(item)) {
    const k = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/_/g, '-');
    if (RULE_KEYS.has(k)) {
      if (k === 'name') name = label(raw, `${where}.name`);
      else if (k === 'keep-fragment') keepFragment = bool(raw, `${where}.keep-fragment`);
      else matches.push(matchOf(k as (typeof MATCH_KEYS)[number], raw, where));
      continue;
    }
    const setting = pageSetting(key, where, 'match (or regex, or url), name, keep-fragment');
    settings[setting] = settingValue(setting, raw, `${where}.${key}`);
  }
  if (matches.length !== 1) {
    throw new UserError(`${where}: give exactly one of match: (a glob on the URL path, e.g. "/docs/**") or regex:${matches.length > 1 ? ' (it has several)' : ''}`);
  }
  const rule: PageRule = { label: name ?? place, match: matches[0]!, set: overridesOf(settings, where, access, secrets), keepFragment };
  compileMatch({ ...rule, label: where });
  return rule;
}

/** `variants:` as a list of {name, …settings}, a map of name → settings, or "name=device,…". */
export function parseVariants(value: unknown, where: string, access: SettingsAccess = NO_ACCESS, secrets: string[] = []): Variant[] {
  let doc = structured(value, where);
  if (typeof doc === 'string') doc = shorthand(doc, where);
  if (doc === undefined || doc === null) return [];
  const entries: Array<[string, unknown, string]> = Array.isArray(doc)
    ? doc.map((item, i) => {
      if (!isMap(item)) throw new UserError(`${where}[${i}] must be a map with name: and page settings, e.g. {name: phone, device: phone-ios}`);
      const { name, ...rest } = item;
      if (name === undefined) throw new UserError(`${where}[${i}]: a variant needs a name: (it goes into the file names, <page>@<name>.png)`);
      return [label(name, `${where}[${i}].name`), rest, `${where}[${i}]`];
    })
    : isMap(doc)
      ? Object.entries(doc).map(([name, rest]) => [name, rest ?? {}, `${where}.${name}`])
      : (() => { throw new UserError(`${where} must be a list or a map of named page settings, or name=device pairs (desktop=browser-macos,phone=phone-ios)`); })();
  if (entries.length > MAX_VARIANTS) throw new UserError(`${where}: at most ${MAX_VARIANTS} variants, got ${entries.length}`);
  const seen = new Set<string>();
  return entries.map(([name, rest, at]) => {
    if (!VARIANT_NAME.test(name)) throw new UserError(`${at}: variant name ${JSON.stringify(name)}: use 1-32 lower-case letters, digits and dashes (it goes into file names)`);
    if (seen.has(name)) throw new UserError(`${at}: variant "${name}" is given twice`);
    seen.add(name);
    if (!isMap(rest)) throw new UserError(`${at} must be a map of page settings, e.g. {device: phone-ios}`);
    const settings: RawSettings = {};
    for (const [key, raw] of Object.entries(rest)) {
      const setting = pageSetting(key, at, 'name');
      settings[setting] = settingValue(setting, raw, `${at}.${key}`);
    }
    return { name, set: overridesOf(settings, at, access, secrets) };
  });
}

/**
 * The page settings of a rule or variant, read as resolveSettings reads the run's, each error naming `where`.key;
 * `access` says what its steps' env: and @file values may read, and what they read joins `secrets`.
 */
function overridesOf(settings: RawSettings, where: string, access: SettingsAccess, secrets: string[]): PageOverrides {
  // As a recipe, so each setting is where PAGE_FIELDS says (the emulation flat, not under render.emulation).
  const resolved = runRecipe(pageOptionsFrom(settings, (n) => `${where}.${n}`, access, secrets));
  const out: { render: Record<string, unknown>; frame: Record<string, unknown>; output: Record<string, unknown> } = { render: {}, frame: {}, output: {} };
  for (const name of Object.keys(settings) as PageSettingName[]) {
    const [section, key] = PAGE_FIELDS[name];
    out[section][key] = (resolved[section] as unknown as Record<string, unknown>)[key];
  }
  const set: PageOverrides = {};
  if (Object.keys(out.render).length > 0) set.render = out.render;
  if (Object.keys(out.frame).length > 0) set.frame = out.frame;
  if (Object.keys(out.output).length > 0) set.output = out.output;
  return set;
}

function pageSetting(key: string, where: string, own: string): PageSettingName {
  const setting = canonicalKey(key);
  if (!setting) {
    throw new UserError(`${where}: unknown key "${key}". A rule takes ${own} and the page settings ${PAGE_SETTINGS.join(', ')}`);
  }
  if (SPEC[setting].scope !== 'page') {
    throw new UserError(`${where}: "${key}" cannot differ per page (it is one value for the whole run): set it at the top level, not in a rule or variant`);
  }
  return setting as PageSettingName;
}

function matchOf(key: (typeof MATCH_KEYS)[number], raw: unknown, where: string): PageMatch {
  if (typeof raw !== 'string' || raw.trim() === '' || raw.length > MAX_PATTERN) {
    throw new UserError(`${where}.${key} must be a non-empty string of at most ${MAX_PATTERN} characters`);
  }
  if (key === 'match') return { glob: raw.trim() };
  if (key === 'regex') return { regex: raw };
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UserError(`${where}.url must be an http(s) URL (got ${JSON.stringify(raw)})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError(`${where}.url must be an http(s) URL (got ${JSON.stringify(raw)})`);
  return { url: url.href };
}

/** "desktop=browser-macos,phone=phone-ios": each name with its device. */
function shorthand(text: string, where: string): Record<string, { device: string }> {
  const out: Record<string, { device: string }> = {};
  for (const pair of text.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(pair);
    if (!m) throw new UserError(`${where}: "${pair}" must be name=device, e.g. desktop=browser-macos,phone=phone-ios`);
    if (out[m[1]!]) throw new UserError(`${where}: variant "${m[1]}" is given twice`);
    out[m[1]!] = { device: m[2]! };
  }
  return out;
}

/** A door's text is YAML (JSON is YAML too); framecap.yml and the API give the structure itself. */
export function structured(value: unknown, where: string): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return undefined;
  // "desktop=browser-macos,phone=phone-ios" reads as one YAML string: parseVariants takes it as the shorthand.
  try {
    return parseYaml(text, { maxAliasCount: 100 });
  } catch (err) {
    throw new UserError(`${where} is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
}

function settingValue(setting: PageSettingName, raw: unknown, where: string): RawValue {
  return SPEC[setting].kind === 'steps' && Array.isArray(raw) ? stepItemsAsText(raw) : scalarOrList(raw, where);
}

function scalarOrList(raw: unknown, where: string): RawValue {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (Array.isArray(raw) && raw.every((v) => ['string', 'number', 'boolean'].includes(typeof v))) return raw.map(String);
  throw new UserError(`${where} must be a string, number, boolean or a list of them`);
}

function label(raw: unknown, where: string): string {
  if (typeof raw !== 'string' || raw.trim() === '' || raw.length > MAX_LABEL) throw new UserError(`${where} must be a short text (1-${MAX_LABEL} characters)`);
  return raw.trim();
}

function bool(raw: unknown, where: string): boolean {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'string' && /^(true|false)$/i.test(raw.trim())) return raw.trim().toLowerCase() === 'true';
  throw new UserError(`${where} must be true or false`);
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
