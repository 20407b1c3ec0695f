// How a setting may be spelled as a key (framecap.yml, a page rule, a
// variant): its name in the spec (kebab-case), its camelCase or snake_case,
// or one of the entry's aliases.

import { SETTING_NAMES, specOf } from './spec.ts';
import type { SettingName } from './spec.ts';

/** Other spellings each setting's entry in the spec lists (plurals, the Action's input names). */
const ALIASES: ReadonlyMap<string, SettingName> = new Map(
  SETTING_NAMES.flatMap((name) => (specOf(name).aliases ?? []).map((alias) => [alias, name] as const)),
);

export function canonicalKey(key: string): SettingName | undefined {
  const kebab = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/_/g, '-');
  if ((SETTING_NAMES as readonly string[]).includes(kebab)) return kebab as SettingName;
  return ALIASES.get(kebab);
}
