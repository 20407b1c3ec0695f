import type { CaptureOptions, CompareOptions, DiscoverOptions, FailOn, FailureBudget, FrameOptions, OutputOptions, PlanOptions, RenderOptions, RenderSettings, Source } from '../core/options.js';
import { UserError } from '../core/types.js';
import type { WebhookSettings } from '../notify/config.js';
import { SETTING_NAMES } from './spec.js';
import { NO_ACCESS } from './steps.js';
import type { SettingsAccess } from './steps.js';
import type { SettingName } from './spec.js';
export type { FailOn, SettingsAccess };
export { NO_ACCESS };
export { SETTING_NAMES };
export type { SettingName };
/** Values as doors have them: strings, lists, or (from YAML) numbers and booleans. */
export type RawValue = string | number | boolean | string[] | undefined;
export type RawSettings = Partial<Record<SettingName, RawValue>>;
export interface MachineInfo {
    cores: number;
    freeMemBytes: number;
}
export type { WebhookFailMode, WebhookSettings } from '../notify/config.js';
export interface ResolvedSettings {
    options: CaptureOptions;
    failOn: FailOn;
    /** Exit 1 / fail the step when anything is new, changed or removed since the baseline. */
    failOnChange: boolean;
    webhook: WebhookSettings | null;
    /** Values that must be masked wherever a door prints (header and cookie values, step values read from env:). */
    secrets: string[];
}
/** Error naming the setting in the door's own spelling. */
export declare class SettingError extends UserError {
    readonly setting: SettingName;
    constructor(setting: SettingName, message: string);
}
type Label = (name: SettingName) => string;
/**
 * `access`: what the settings may read beyond the door's strings (`env:NAME`
 * step values, `@file` css/js). The CLI and the Action pass their own
 * environment and file reader; the default, for the queue server, reads neither.
 */
export declare function resolveSettings(raw: RawSettings, machine: MachineInfo, label?: Label, access?: SettingsAccess): ResolvedSettings;
/**
 * `framecap login`: the render settings a login uses (emulation, --http-auth,
 * --storage-state, the login block) without any page to capture.
 */
export declare function resolveLoginSettings(raw: RawSettings, machine: MachineInfo, label?: Label, access?: SettingsAccess): {
    render: RenderOptions;
    secrets: string[];
};
/** What a library caller or a test may change in the defaults; each section is merged over the spec's defaults. */
export interface CaptureOverrides {
    /** Shorthand for `sources: [{ kind: 'urls', urls }]`. */
    urls?: string[];
    sources?: Source[];
    discover?: Partial<DiscoverOptions>;
    plan?: Partial<PlanOptions>;
    render?: Partial<RenderSettings>;
    frame?: Partial<FrameOptions>;
    output?: Partial<OutputOptions>;
    maxFailures?: FailureBudget | null;
    compare?: CompareOptions | null;
}
/**
 * CaptureOptions with every setting at its default (from the settings spec)
 * and these overrides on top: `defaultCaptureOptions({ urls: [...], frame: { device: 'none' } })`.
 * Values are not checked as resolveSettings checks a door's strings: they are the caller's code.
 */
export declare function defaultCaptureOptions(overrides?: CaptureOverrides, machine?: MachineInfo): CaptureOptions;
/**
 * CaptureOptions from a page rule's or variant's settings alone (everything
 * else at its default), read with the run's readers; page-rules.ts picks the
 * fields the rule gave. `label` names each setting in errors.
 */
export declare function pageOptionsFrom(raw: RawSettings, label: Label, access?: SettingsAccess, secrets?: string[]): CaptureOptions;
