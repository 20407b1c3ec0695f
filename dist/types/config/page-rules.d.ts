import type { PageRule, Variant } from '../core/recipe.js';
import type { SettingsAccess } from './steps.js';
import type { SettingName, Spec } from './spec.js';
/** The settings a page rule or a variant may set: the spec's `scope: 'page'`. */
export type PageSettingName = {
    [N in SettingName]: Spec[N]['scope'] extends 'page' ? N : never;
}[SettingName];
export declare const PAGE_SETTINGS: PageSettingName[];
/** `where` prefixes every message: "framecap.yml: pages", "input 'pages'", "body.pages". */
export declare function parsePageRules(value: unknown, where: string, access?: SettingsAccess, secrets?: string[]): PageRule[];
/**
 * One rule; `place` is its label when it has no name. `urls:` entries with
 * settings of their own are rules too (matching `url:`), labelled "urls[i]".
 */
export declare function parseRule(item: unknown, where: string, place: string, access?: SettingsAccess, secrets?: string[]): PageRule;
/** `variants:` as a list of {name, …settings}, a map of name → settings, or "name=device,…". */
export declare function parseVariants(value: unknown, where: string, access?: SettingsAccess, secrets?: string[]): Variant[];
/** A door's text is YAML (JSON is YAML too); framecap.yml and the API give the structure itself. */
export declare function structured(value: unknown, where: string): unknown;
