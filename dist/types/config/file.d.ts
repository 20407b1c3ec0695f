import type { RawSettings } from './settings.js';
export declare function parseConfig(text: string, file: string): RawSettings;
export declare function loadConfigFile(path: string): Promise<RawSettings>;
/** Later layers win; list settings from a later layer replace, not extend, earlier ones. */
export declare function mergeSettings(...layers: RawSettings[]): RawSettings;
/** ./framecap.yml (or .yaml) in `cwd`, when there is one: the settings a command reads without -c. */
export declare function findConfigFile(cwd: string): string | undefined;
