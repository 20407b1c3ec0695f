// manifest.json: the Job document, what the run was asked to do (never a
// secret: header and cookie values are left out), warnings, and one row per
// planned URL.

import type { Job } from './job.ts';
import type { CaptureOptions, RenderOptions } from './options.ts';
import type { Variant } from './recipe.ts';
import type { FilterListInfo } from './render/blocker.ts';
import { regionText } from './render/element-clip.ts';
import { stepSummary } from './steps/step.ts';
import type { StepSummary } from './steps/step.ts';
import type { ChangeReport, ManifestRow } from './types.ts';
import { videoText } from './video/options.ts';
import { VERSION } from '../version.ts';

export const MAX_MANIFEST_WARNINGS = 500;

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
  // Optional only so manifests written before these existed still read (framecap merge); always written now.
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
  // Authentication, by name only (never a value); each present only when used.
  login?: 'used';
  /** The --storage-state file's base name, or "inline" (a Jobs API request). */
  storage_state?: string;
  /** --http-auth's user name. */
  http_auth?: string;
  // Emulation, each present only when it differs from the browser's own.
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
  set: { render?: Record<string, unknown>; frame?: Record<string, unknown>; output?: Record<string, unknown> };
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
export type DecidedOptions = Omit<CaptureOptions, 'render'> & { render: RenderOptions };

/** `filterLists`: what the renderer's blocker actually loaded; null (or absent) when blocking is off or not known here. */
export function settingsSummary(options: DecidedOptions, browser: string, filterLists?: readonly FilterListInfo[] | null): ManifestSettings {
  const { render, frame, output } = options;
  return {
    viewport: `${render.viewport.width}x${render.viewport.height}`,
    scale: render.scale,
    full_page: render.fullPage,
    wait_until: render.waitUntil,
    color_scheme: render.colorScheme,
    device: frame.device,
    theme: frame.theme,
    background: frame.background,
    format: output.format,
    quality: output.quality,
    concurrency: render.concurrency,
    header_names: Object.keys(render.headers),
    cookie_names: render.cookies.map((c) => c.name),
    browser,
    lazy: render.lazy !== false,
    stable: render.stable === true,
    dismiss_consent: render.dismissConsent === true,
    ...(frame.composite.layout === 'responsive' ? { composite: [...frame.composite.devices] } : {}),
    ...(options.variants?.length ? { variants: options.variants.map(variantSummary) } : {}),
    block_ads: render.blockAds === true,
    block_trackers: render.blockTrackers === true,
    filter_lists: filterLists ? filterLists.map((l) => ({ ...l })) : [],
    steps: (render.steps ?? []).map(stepSummary),
    region: render.region ? regionText(render.region) : null,
    split: output.split ?? null,
    ...(render.video ? { video: videoText(render.video) } : {}),
    ...authSummary(render),
    ...emulationSummary(render),
  };
}

export function variantSummary(variant: Variant): VariantSummary {
  const { steps, region, ...render } = variant.set.render ?? {};
  const shown: Record<string, unknown> = {
    ...render,
    ...(steps !== undefined ? { steps: steps.map(stepSummary) } : {}),
    ...(region !== undefined ? { region: region ? regionText(region) : null } : {}),
  };
  const set: VariantSummary['set'] = {};
  // JSON's own round trip: a field given as undefined is left out, so a summary read back compares equal.
  if (Object.keys(shown).length > 0) set.render = JSON.parse(JSON.stringify(shown)) as Record<string, unknown>;
  if (variant.set.frame) set.frame = JSON.parse(JSON.stringify(variant.set.frame)) as Record<string, unknown>;
  if (variant.set.output) set.output = JSON.parse(JSON.stringify(variant.set.output)) as Record<string, unknown>;
  return { name: variant.name, set };
}

function authSummary(render: RenderOptions): Pick<ManifestSettings, 'login' | 'storage_state' | 'http_auth'> {
  return {
    ...(render.login ? { login: 'used' as const } : {}),
    ...(render.storageState ? { storage_state: render.storageState.name } : {}),
    ...(render.httpAuth ? { http_auth: render.httpAuth.username } : {}),
  };
}

function emulationSummary(render: RenderOptions): Partial<ManifestSettings> {
  const e = render.emulation ?? {};
  return {
    ...(e.timezone ? { timezone: e.timezone } : {}),
    ...(e.locale ? { locale: e.locale } : {}),
    ...(e.geolocation ? { geolocation: `${e.geolocation.latitude},${e.geolocation.longitude}` } : {}),
    ...(e.javaScript === false ? { javascript: false as const } : {}),
    ...(e.reducedMotion === false ? { reduced_motion: 'off' as const } : {}),
    ...(e.omitBackground ? { omit_background: true as const } : {}),
    ...(e.proxy ? { proxy: e.proxy.server } : {}),
  };
}

export function buildManifest(job: Job, settings: ManifestSettings, warnings: string[], rows: ManifestRow[]): Manifest {
  return {
    framecap: VERSION,
    job,
    settings,
    warnings: warnings.slice(0, MAX_MANIFEST_WARNINGS),
    warnings_dropped: Math.max(0, warnings.length - MAX_MANIFEST_WARNINGS),
    captures: rows,
  };
}
