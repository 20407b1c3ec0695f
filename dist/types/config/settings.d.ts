import type { CaptureOptions, CompareOptions, DiscoverOptions, FailOn, FailureBudget, FrameOptions, OutputOptions, PlanOptions, RenderOptions, RenderSettings, Source } from '../core/options.js';
import type { WebhookSettings } from '../notify/config.js';
import type { Label, MachineInfo, RawSettings } from './options-reader.js';
import { SETTING_NAMES } from './spec.js';
import { NO_ACCESS } from './steps.js';
import type { SettingsAccess } from './steps.js';
import type { SettingName } from './spec.js';
export type { FailOn, SettingsAccess };
export { NO_ACCESS };
export { SETTING_NAMES };
export type { SettingName };
export { SettingError, pageOptionsFrom } from './options-reader.js';
export type { MachineInfo, RawSettings, RawValue } from './options-reader.js';
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
/**
 * `access`: what the settings may read beyond the door's strings (`env:NAME`
 * step values, `@file` css/js). The CLI and the Action pass their own
 * environment and file reader; the default, for the queue server, reads neither.
 */
export declare function resolveSettings(raw: RawSettings, machine?: MachineInfo, label?: Label, access?: SettingsAccess): ResolvedSettings;
/**
 * `framecap login`: the render settings a login uses (emulation, --http-auth,
 * --storage-state, the login block) without any page to capture.
 */
export declare function resolveLoginSettings(raw: RawSettings, machine?: MachineInfo, label?: Label, access?: SettingsAccess): {
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
/** The machine this process runs on, which `concurrency: auto` is sized for unless a door says otherwise. */
export declare function thisMachine(): MachineInfo;
