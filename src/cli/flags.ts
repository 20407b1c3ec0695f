// The capture command's flags, from the settings spec (src/config/spec.ts):
// commander's definitions, the help text with each default, and the
// README's CLI reference all come from that one table.

import { Option } from 'commander';
import type { Command } from 'commander';
import type { RawSettings } from '../config/settings.ts';
import { defaultText, SETTING_NAMES, specOf } from '../config/spec.ts';
import type { FlagGroup, SettingName } from '../config/spec.ts';
import type { StepKind } from '../core/steps/step.ts';

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
  /** A step shorthand (`--click <selector>`): each use adds one step of this kind to the setting's list. */
  step?: StepKind;
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
  }, ...(spec.cli.shorthands ?? []).map((short): FlagSpec => ({
    setting, flag: short.flag, description: short.description, group: spec.cli!.group, repeatable: true, step: short.step,
  }))];
});

/** One use of a flag that adds steps, numbered across all of them: steps run in the order they were typed, whichever flag added them. */
interface StepUse {
  order: number;
  /** One step, or a list, as YAML (a shorthand's step as JSON, which is YAML too). */
  yaml: string;
}
let stepUses = 0;

/** Adds every capture flag to the command. */
export function addCaptureFlags(command: Command): void {
  for (const spec of CAPTURE_FLAGS) {
    const opt = new Option(spec.flag, spec.description + (spec.defaultText ? ` (default: ${spec.defaultText})` : ''));
    if (specOf(spec.setting).kind === 'steps') {
      const kind = spec.step;
      opt.argParser((value: string, prev: StepUse[] | undefined): StepUse[] => [
        ...(prev ?? []), { order: stepUses++, yaml: kind ? JSON.stringify({ [kind]: value }) : value },
      ]);
    } else if (spec.repeatable) opt.argParser((value: string, prev: string[] | undefined) => [...(prev ?? []), value]);
    command.addOption(opt);
  }
}

/** Flags the user actually typed (commander also fills defaults, e.g. --no-shadow's true). */
export function flagSettings(urls: string[], opts: Record<string, unknown>, cmd: Command): RawSettings {
  const raw: RawSettings = {};
  if (urls.length > 0) raw.urls = urls;
  const steps: StepUse[] = [];
  for (const spec of CAPTURE_FLAGS) {
    const key = attributeName(spec.flag);
    if (cmd.getOptionValueSource(key) !== 'cli') continue;
    const value = opts[key];
    if (specOf(spec.setting).kind === 'steps') steps.push(...(value as StepUse[]));
    else raw[spec.setting] = typeof value === 'boolean' ? value : (value as string | string[]);
  }
  if (steps.length > 0) raw.steps = steps.sort((a, b) => a.order - b.order).map((use) => use.yaml);
  return raw;
}

function attributeName(flag: string): string {
  const long = /--(?:no-)?([a-z0-9-]+)/.exec(flag)?.[1] ?? '';
  return long.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
