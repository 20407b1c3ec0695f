import type { Job } from './job.js';
import type { CaptureOptions, RenderOptions } from './options.js';
import type { Variant } from './recipe.js';
import type { FilterListInfo } from './render/blocker.js';
import type { StepSummary } from './steps/step.js';
import type { ChangeReport, ManifestRow } from './types.js';
export declare const MAX_MANIFEST_WARNINGS = 500;
export interface ManifestSettings {
    viewport: string;
    scale: number;
    full_page: boolean;
    wait_until: string;
    color_scheme: string;
    device: string;
    theme: string;
    background: string;
    format: string;
    quality: number;
    concurrency: number;
    /** Names only: values may be credentials. */
    header_names: string[];
    cookie_names: string[];
    browser: string;
    lazy?: boolean;
    stable?: boolean;
    dismiss_consent?: boolean;
    block_ads?: boolean;
    block_trackers?: boolean;
    /** --composite responsive: the devices each page was shown on (each at its own viewport and scale; viewport and scale above are the run's). */
    composite?: string[];
    /** The run's variants, in order: each name and what it sets (never a value a step types). Absent = none. */
    variants?: VariantSummary[];
    /** The lists the blocker filtered with (name, where from, sha256; never contents); empty when it is off. */
    filter_lists?: FilterListInfo[];
    /** Page steps by kind and selector (or file): never a value typed or the code run. */
    steps?: StepSummary[];
    /** What part of each page the shots hold: "selector #pricing +16px", "clip 0,0,640,400"; null = the viewport or full page. */
    region?: string | null;
    /** --split's part height, CSS px; null = pages are one image each. */
    split?: number | null;
    login?: 'used';
    /** The --storage-state file's base name, or "inline" (a Jobs API request). */
    storage_state?: string;
    /** --http-auth's user name. */
    http_auth?: string;
    timezone?: string;
    locale?: string;
    geolocation?: string;
    javascript?: false;
    reduced_motion?: 'off';
    omit_background?: true;
    /** The proxy's scheme, host and port (never its credentials). */
    proxy?: string;
    /** --video: what each page's video records (videoText); absent = stills. */
    video?: string;
}
/**
 * A variant as the manifest records it: its name and the page settings it
 * sets, as CaptureOptions' render, frame and output fields. Steps are kept
 * by kind and selector (or file) and a region as text, as the run's own
 * are above: what a fill step types may be a password.
 */
export interface VariantSummary {
    name: string;
    set: {
        render?: Record<string, unknown>;
        frame?: Record<string, unknown>;
        output?: Record<string, unknown>;
    };
}
export interface Manifest {
    framecap: string;
    job: Job;
    settings: ManifestSettings;
    warnings: string[];
    warnings_dropped: number;
    captures: ManifestRow[];
    /** Present when the run had a baseline. */
    changes?: ChangeReport;
}
/** CaptureOptions as the run rendered them: the device's viewport and the scale decided (not 'device'). */
export type DecidedOptions = Omit<CaptureOptions, 'render'> & {
    render: RenderOptions;
};
/** `filterLists`: what the renderer's blocker actually loaded; null (or absent) when blocking is off or not known here. */
export declare function settingsSummary(options: DecidedOptions, browser: string, filterLists?: readonly FilterListInfo[] | null): ManifestSettings;
export declare function variantSummary(variant: Variant): VariantSummary;
export declare function buildManifest(job: Job, settings: ManifestSettings, warnings: string[], rows: ManifestRow[]): Manifest;
