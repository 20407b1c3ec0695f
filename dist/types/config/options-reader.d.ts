import type { CaptureOptions, FailureBudget, Source } from '../core/options.js';
import { UserError } from '../core/types.js';
import { parseShard } from '../core/plan.js';
import type { SettingsAccess } from './steps.js';
import type { NameOfKind, SettingName, Spec } from './spec.js';
/** Values as doors have them: strings, lists, or (from YAML) numbers and booleans. */
export type RawValue = string | number | boolean | string[] | undefined;
export type RawSettings = Partial<Record<SettingName, RawValue>>;
export interface MachineInfo {
    cores: number;
    freeMemBytes: number;
}
/** Error naming the setting in the door's own spelling. */
export declare class SettingError extends UserError {
    readonly setting: SettingName;
    constructor(setting: SettingName, message: string);
}
export type Label = (name: SettingName) => string;
/**
 * CaptureOptions from a page rule's or variant's settings alone (everything
 * else at its default), read with the run's readers; page-rules.ts picks the
 * fields the rule gave. `label` names each setting in errors.
 */
export declare function pageOptionsFrom(raw: RawSettings, label: Label, access?: SettingsAccess, secrets?: string[]): CaptureOptions;
export declare function optionsFrom(r: Reader, label: Label, machine: MachineInfo, sources: Source[], access?: SettingsAccess, secrets?: string[]): CaptureOptions;
/** Every credential-like value the auth settings hold, for the door to mask. */
export declare function credentialSecrets(options: CaptureOptions, r: Reader, label: Label, access: SettingsAccess): string[];
type Default<N extends SettingName> = Spec[N]['default'];
/** A reader's result: the setting's value, or null when it is unset and has no default. */
type Read<N extends SettingName, T> = null extends Default<N> ? T | null : T;
/**
 * Reads one RawSettings with the door's labels in every error. Kinds,
 * ranges and defaults come from the settings spec, so each reader takes only
 * the setting's name.
 */
export declare class Reader {
    private readonly raw;
    private readonly label;
    constructor(raw: RawSettings, label: Label);
    labelOf(name: SettingName): string;
    /** A structured block as text (YAML or JSON), or undefined when unset. */
    yaml(name: NameOfKind<'yaml'>): string | undefined;
    has(name: SettingName): boolean;
    /** The one given value as text; undefined when unset. */
    private text;
    str<N extends NameOfKind<'string'>>(name: N): Read<N, string>;
    /** Lists accept arrays, or one string with one item a line (Action inputs are multi-line strings). */
    list(name: NameOfKind<'list' | 'url-list' | 'headers' | 'cookies'>): string[];
    /** Steps as the door gave them: YAML text, or items each of one step or a list (src/config/steps.ts reads them). */
    stepsText(name: NameOfKind<'steps'>): string | string[] | undefined;
    /** "Name: value" lines; the name must be an HTTP token. */
    headers(name: NameOfKind<'headers'>): Record<string, string>;
    int<N extends NameOfKind<'int'>>(name: N): Read<N, number>;
    private wholeNumber;
    number<N extends NameOfKind<'number'>>(name: N): Read<N, number>;
    bool(name: NameOfKind<'bool'>): boolean;
    oneOf<N extends NameOfKind<'enum'>>(name: N): Spec[N]['values'][number];
    /** A number of pages at once, or auto: from the machine's cores and free memory. */
    concurrency(name: NameOfKind<'concurrency'>, machine: MachineInfo): number;
    shard(name: NameOfKind<'shard'>): ReturnType<typeof parseShard> | null;
    /** "N" failed URLs or "N%" of the planned ones. */
    failureBudget(name: NameOfKind<'failure-budget'>): FailureBudget | null;
    viewport(name: NameOfKind<'viewport'>): {
        width: number;
        height: number;
    };
    /** http(s) URLs, normalized (URL.href). */
    urlList(name: NameOfKind<'url-list'>): string[];
    private httpUrl;
    /** A UserError whose message already names the setting (and where in it) becomes that setting's SettingError as it is. */
    named<T>(name: SettingName, fn: () => T): T;
    /** Re-labels a UserError thrown by a shared parser (e.g. parseShard) with this door's setting name. */
    wrap<T>(name: SettingName, fn: () => T): T;
}
export {};
