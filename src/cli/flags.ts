// The capture command's flags, from the settings spec (src/config/spec.ts):
// commander's definitions, the help text with each default, and the
// README's CLI reference all come from that one table.

import { Option } from 'commander';
import type { Command } from 'commander';
import type { RawSettings } from '../config/settings.ts';
import { defaultText, SETTING_NAMES, specOf } from '../config/spec.ts';
import type { FlagGroup, SettingName } from '../config/spec.ts';

export interface FlagSpec {
  setting: SettingName;
  /** commander syntax, e.g. "--viewport <WxH>" */
  flag: string;
  description: string;
  /** The spec's default as help shows it; absent for booleans (the flag's name says which way it goes) and unset defaults. */
  defaultText?: string;
  repeatable?: boolean;
  boolean?: boolean;
  group: FlagGroup;
}

export const CAPTURE_FLAGS: FlagSpec[] = SETTING_NAMES.flatMap((setting): FlagSpec[] => {
  const spec = specOf(setting);
  if (!spec.cli) return [];
  const boolean = spec.kind === 'bool';
  const shown = boolean ? '' : defaultText(setting);
  return [{
    setting,
    flag: spec.cli.flag,
    description: spec.description,
    group: spec.cli.group,
    ...(shown ? { defaultText: shown } : {}),
    ...(spec.cli.repeatable ? { repeatable: true } : {}),
    ...(boolean ? { boolean: true } : {}),
  }];
});

/** Adds every capture flag to the command. */
export function addCaptureFlags(command: Command): void {
  for (const spec of CAPTURE_FLAGS) {
    const opt = new Option(spec.flag, spec.description + (spec.defaultText ? ` (default: ${spec.defaultText})` : ''));
    if (spec.repeatable) opt.argParser((value: string, prev: string[] | undefined) => [...(prev ?? []), value]);
    command.addOption(opt);
  }
}

/** Flags the user actually typed (commander also fills defaults, e.g. --no-shadow's true). */
export function flagSettings(urls: string[], opts: Record<string, unknown>, cmd: Command): RawSettings {
  const raw: RawSettings = {};
  if (urls.length > 0) raw.urls = urls;
  for (const spec of CAPTURE_FLAGS) {
    const key = attributeName(spec.flag);
    if (cmd.getOptionValueSource(key) !== 'cli') continue;
    const value = opts[key];
    raw[spec.setting] = typeof value === 'boolean' ? value : (value as string | string[]);
  }
  return raw;
}

function attributeName(flag: string): string {
  const long = /--(?:no-)?([a-z0-9-]+)/.exec(flag)?.[1] ?? '';
  return long.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
