// The only file that reads Action inputs. Each input is read once, turned
// into the same RawSettings the CLI builds, and validated by resolveSettings,
// with errors that name the input (`input 'viewport' must be …`).

import os from 'node:os';
import * as core from '@actions/core';
import { loadConfigFile, mergeSettings } from '../config/file.ts';
import { resolveSettings } from '../config/settings.ts';
import type { RawSettings, ResolvedSettings, SettingName } from '../config/settings.ts';

/** Action input name → setting. Where the input is plural (headers, cookies) it is multi-line. */
export const ACTION_INPUTS: Record<string, SettingName> = {
  sitemap: 'sitemap',
  site: 'site',
  urls: 'urls',
  'url-file': 'url-file',
  include: 'include',
  exclude: 'exclude',
  limit: 'limit',
  shard: 'shard',
  device: 'device',
  theme: 'theme',
  background: 'background',
  padding: 'padding',
  viewport: 'viewport',
  scale: 'scale',
  'full-page': 'full-page',
  format: 'format',
  quality: 'quality',
  'wait-until': 'wait-until',
  'wait-for': 'wait-for',
  delay: 'delay',
  hide: 'hide',
  'color-scheme': 'color-scheme',
  headers: 'header',
  cookies: 'cookie',
  'user-agent': 'user-agent',
  timeout: 'timeout',
  retries: 'retries',
  concurrency: 'concurrency',
  'browser-path': 'browser-path',
  output: 'output',
  'fail-on': 'fail-on',
  'webhook-url': 'webhook-url',
  'webhook-secret': 'webhook-secret',
  'webhook-events': 'webhook-events',
  'webhook-headers': 'webhook-header',
  'webhook-timeout': 'webhook-timeout',
  'webhook-fail': 'webhook-fail',
  'webhook-progress-every': 'webhook-progress-every',
};

const MULTI_LINE = new Set<SettingName>(['sitemap', 'site', 'urls', 'url-file', 'include', 'exclude', 'hide', 'header', 'cookie', 'webhook-header']);

export type ActionInputs = ResolvedSettings;

const labelFor = (setting: SettingName): string => {
  const input = Object.entries(ACTION_INPUTS).find(([, s]) => s === setting)?.[0] ?? setting;
  return `input '${input}'`;
};

export async function readInputs(): Promise<ActionInputs> {
  const raw: RawSettings = {};
  for (const [input, setting] of Object.entries(ACTION_INPUTS)) {
    if (MULTI_LINE.has(setting)) {
      const lines = core.getMultilineInput(input);
      if (lines.length > 0) raw[setting] = lines;
    } else {
      const value = core.getInput(input);
      if (value !== '') raw[setting] = value;
    }
  }
  // Mask before validation so a value quoted in an error is masked too.
  for (const name of ['webhook-secret', 'webhook-url'] as const) {
    if (typeof raw[name] === 'string') core.setSecret(raw[name]);
  }
  for (const line of [...(raw.header as string[] | undefined) ?? [], ...(raw['webhook-header'] as string[] | undefined) ?? []]) {
    const value = line.slice(line.indexOf(':') + 1).trim();
    if (value) core.setSecret(value);
  }
  for (const line of [...(raw.cookie as string[] | undefined) ?? []]) {
    const value = (line.split(';')[0] ?? '').split('=').slice(1).join('=').trim();
    if (value) core.setSecret(value);
  }
  const config = core.getInput('config');
  const fromFile = config ? await loadConfigFile(config) : {};
  const resolved = resolveSettings(mergeSettings(fromFile, raw), { cores: os.availableParallelism(), freeMemBytes: os.freemem() }, labelFor);
  for (const s of resolved.secrets) core.setSecret(s);
  return resolved;
}
