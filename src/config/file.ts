// framecap.yml: a repository keeps its whole capture setup in one file.
// Keys are the settings' names in src/config/spec.ts (kebab-case, mostly the
// CLI's long flag names); camelCase and each entry's aliases (headers,
// cookies, sitemaps, …) are accepted too.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../core/types.ts';
import type { RawSettings, RawValue } from './settings.ts';
import { SETTING_NAMES, specOf } from './spec.ts';
import type { SettingName } from './spec.ts';

/** Other spellings each setting's entry in the spec lists (plurals, the Action's input names). */
const ALIASES: ReadonlyMap<string, SettingName> = new Map(
  SETTING_NAMES.flatMap((name) => (specOf(name).aliases ?? []).map((alias) => [alias, name] as const)),
);

function canonicalKey(key: string): SettingName | undefined {
  const kebab = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/_/g, '-');
  if ((SETTING_NAMES as readonly string[]).includes(kebab)) return kebab as SettingName;
  return ALIASES.get(kebab);
}

function toRaw(key: string, value: unknown, file: string, name: SettingName): RawValue {
  if (value === null || value === undefined) return undefined;
  // A block (login:) stays whole: its own parser reads it, as it reads the Action's YAML input.
  if (specOf(name).kind === 'yaml' && typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((v) => ['string', 'number', 'boolean'].includes(typeof v))) {
    return value.map(String);
  }
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
  for (const [key, value] of Object.entries(doc)) {
    const name = canonicalKey(key);
    if (!name) {
      throw new UserError(`${file}: unknown setting "${key}". Known settings: ${SETTING_NAMES.join(', ')}`);
    }
    raw[name] = toRaw(key, value, file, name);
  }
  return raw;
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
