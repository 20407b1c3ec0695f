// framecap.yml: a repository keeps its whole capture setup in one file.
// Keys are the settings' names in src/config/spec.ts (kebab-case, mostly the
// CLI's long flag names); camelCase and each entry's aliases (headers,
// cookies, sitemaps, …) are accepted too.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../core/types.ts';
import type { RawSettings, RawValue } from './settings.ts';
import { MAX_PAGE_RULES } from '../core/recipe.ts';
import { canonicalKey } from './keys.ts';
import { parsePageRules, parseRule, parseVariants, structured } from './page-rules.ts';
import { SETTING_NAMES, specOf } from './spec.ts';
import { SHAPE_ONLY, stepItemsAsText } from './steps.ts';
import type { SettingName } from './spec.ts';


function toRaw(key: string, value: unknown, file: string, name: SettingName): RawValue {
  if (value === null || value === undefined) return undefined;
  // A block (login:) stays whole: its own parser reads it, as it reads the Action's YAML input.
  if (specOf(name).kind === 'yaml' && typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((v) => ['string', 'number', 'boolean'].includes(typeof v))) {
    return value.map(String);
  }
  if (canonicalKey(key) === 'steps' && Array.isArray(value)) return stepItemsAsText(value);
  // A map of headers is the natural YAML shape: { Authorization: "Bearer …" }.
  if ((key === 'header' || key === 'headers') && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${String(v)}`);
  }
  throw new UserError(`${file}: "${key}" must be a string, number, boolean or a list of them`);
}

export function parseConfig(text: string, file: string): RawSettings {
  let doc: unknown;
  try {
    doc = parseYaml(text, { maxAliasCount: 100 });
  } catch (err) {
    throw new UserError(`${file} is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (doc === null || doc === undefined) return {};
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    throw new UserError(`${file} must be a map of settings, e.g. "sitemap: https://example.com/sitemap.xml"`);
  }
  const raw: RawSettings = {};
  const rules: unknown[] = [];
  for (const [key, value] of Object.entries(doc)) {
    const name = canonicalKey(key);
    if (!name) {
      throw new UserError(`${file}: unknown setting "${key}". Known settings: ${SETTING_NAMES.join(', ')}`);
    }
    if (name === 'pages') {
      // Checked here, so a mistake names this file and the rule; resolveSettings reads the same rules again.
      parsePageRules(value, `${file}: ${key}`, SHAPE_ONLY);
      const list = structured(value, `${file}: ${key}`);
      if (Array.isArray(list)) rules.unshift(...list);
    } else if (name === 'variants') {
      parseVariants(value, `${file}: ${key}`, SHAPE_ONLY);
      raw.variants = typeof value === 'string' ? value : JSON.stringify(value);
    } else if (name === 'urls' && Array.isArray(value) && value.some(isMap)) {
      raw.urls = urlEntries(value, key, file, rules);
    } else {
      raw[name] = toRaw(key, value, file, name);
    }
  }
  if (rules.length > 0) {
    if (rules.length > MAX_PAGE_RULES) throw new UserError(`${file}: pages and urls: entries with settings make ${rules.length} rules; at most ${MAX_PAGE_RULES}`);
    raw.pages = JSON.stringify(rules);
  }
  return raw;
}

/**
 * `urls:` items are URLs, or maps with a url: and page settings of their own
 * (as shot-scraper's multi has them): each such entry becomes a rule for its
 * one page, after the pages: rules, labelled "urls[i]" unless it has a name.
 */
function urlEntries(items: unknown[], key: string, file: string, rules: unknown[]): string[] {
  return items.map((item, i) => {
    if (typeof item === 'string') return item;
    if (!isMap(item)) throw new UserError(`${file}: ${key}[${i}] must be a URL, or a map with url: and page settings`);
    if (typeof item.url !== 'string') throw new UserError(`${file}: ${key}[${i}] needs url: (the page to capture), e.g. {url: https://example.com/docs, full-page: true}`);
    const rule = { name: `urls[${i}]`, ...item };
    parseRule(rule, `${file}: ${key}[${i}]`, `urls[${i}]`, SHAPE_ONLY);
    rules.push(rule);
    return item.url;
  });
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export async function loadConfigFile(path: string): Promise<RawSettings> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read config file ${path}${code === 'ENOENT' ? ': no such file' : `: ${code}`}`);
  }
  return parseConfig(text, path);
}

/** Later layers win; list settings from a later layer replace, not extend, earlier ones. */
export function mergeSettings(...layers: RawSettings[]): RawSettings {
  const out: RawSettings = {};
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer) as [SettingName, RawValue][]) {
      if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
      out[k] = v;
    }
  }
  return out;
}

/** ./framecap.yml (or .yaml) in `cwd`, when there is one: the settings a command reads without -c. */
export function findConfigFile(cwd: string): string | undefined {
  for (const name of ['framecap.yml', 'framecap.yaml']) {
    const p = `${cwd}/${name}`;
    if (existsSync(p)) return p;
  }
  return undefined;
}
