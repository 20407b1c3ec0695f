import type { SettingName } from './spec.js';
export declare function canonicalKey(key: string): SettingName | undefined;
