// Raw settings → the whole run's settings. Every door (CLI flags, framecap.yml,
// Action inputs, server request bodies) produces a RawSettings of strings/lists
// and calls resolveSettings once; errors name the setting the way that door
// spells it (`--viewport`, `input 'viewport'`, `viewport:` in framecap.yml).
// Each setting is read in options-reader.ts, from the settings spec (spec.ts).

import os from 'node:os';
import type {
  CaptureOptions, CompareOptions, DiscoverOptions, FailOn, FailureBudget, FrameOptions, OutputOptions, PlanOptions, RenderOptions, RenderSettings, Source,
} from '../core/options.ts';
import { UserError } from '../core/types.ts';
import { renderWithoutFrame } from '../core/scale.ts';
import { webhookConfig, webhookSecrets } from '../notify/webhook.ts';
import type { WebhookSettings } from '../notify/config.ts';
import { parsePageRules, parseVariants } from './page-rules.ts';
import { Reader, SettingError, credentialSecrets, optionsFrom } from './options-reader.ts';
import type { Label, MachineInfo, RawSettings } from './options-reader.ts';
import { SETTING_NAMES } from './spec.ts';
import { NO_ACCESS } from './steps.ts';
import type { SettingsAccess } from './steps.ts';
import type { SettingName } from './spec.ts';

export type { FailOn, SettingsAccess };
export { NO_ACCESS };
export { SETTING_NAMES };
export type { SettingName };
export { SettingError, pageOptionsFrom } from './options-reader.ts';
export type { MachineInfo, RawSettings, RawValue } from './options-reader.ts';

// Defined in src/notify (where it is used) so notify/ never imports config/settings.ts.
export type { WebhookFailMode, WebhookSettings } from '../notify/config.ts';

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
export function resolveSettings(raw: RawSettings, machine: MachineInfo = thisMachine(), label: Label = (n) => `--${n}`, access: SettingsAccess = NO_ACCESS): ResolvedSettings {
  const r = new Reader(raw, label);
  const secrets: string[] = [];

  const sources: Source[] = [
    ...r.list('sitemap').map((location): Source => ({ kind: 'sitemap', location })),
    ...r.urlList('site').map((root): Source => ({ kind: 'site', root })),
    ...r.list('url-file').map((path): Source => ({ kind: 'url-file', path })),
  ];
  const urls = r.list('urls');
  if (urls.length > 0) sources.push({ kind: 'urls', urls });
  if (sources.length === 0) {
    throw new UserError(
      `nothing to capture: give URLs, ${label('sitemap')}, ${label('site')} or ${label('url-file')}`,
    );
  }

  const options = optionsFrom(r, label, machine, sources, access, secrets);
  const pages = r.has('pages') ? r.named('pages', () => parsePageRules(raw.pages, label('pages'), access, secrets)) : [];
  const variants = r.has('variants') ? r.named('variants', () => parseVariants(raw.variants, label('variants'), access, secrets)) : [];
  if (pages.length > 0) options.pages = pages;
  if (variants.length > 0) options.variants = variants;
  for (const value of Object.values(options.render.headers)) if (value) secrets.push(value);
  for (const c of options.render.cookies) if (c.value) secrets.push(c.value);
  secrets.push(...credentialSecrets(options, r, label, access));
  const webhook = resolveWebhook(r, label);
  // The URL too: hooks often carry their token in the path (e.g. /hooks/T0/B0/secret).
  if (webhook) secrets.push(webhook.config.url, ...webhookSecrets(webhook.config));
  return { options, failOn: r.oneOf('fail-on'), failOnChange: r.bool('fail-on-change'), webhook, secrets };
}

/**
 * `framecap login`: the render settings a login uses (emulation, --http-auth,
 * --storage-state, the login block) without any page to capture.
 */
export function resolveLoginSettings(raw: RawSettings, machine: MachineInfo = thisMachine(), label: Label = (n) => `--${n}`, access: SettingsAccess = NO_ACCESS): { render: RenderOptions; secrets: string[] } {
  const r = new Reader(raw, label);
  if (!r.has('login')) throw new SettingError('login', 'nothing to log in with: add a login: block (url, steps) to framecap.yml, see docs/page-actions.md');
  const secrets: string[] = [];
  const options = optionsFrom(r, label, machine, [], access, secrets);
  // No frame decides a login's scale: an unset one is 1, as for a renderer driven without a frame.
  return { render: renderWithoutFrame(options.render), secrets: [...secrets, ...credentialSecrets(options, r, label, access)] };
}

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
export function defaultCaptureOptions(overrides: CaptureOverrides = {}, machine: MachineInfo = thisMachine()): CaptureOptions {
  const base = optionsFrom(new Reader({}, (n) => `--${n}`), (n) => `--${n}`, machine, []);
  const { urls, sources, discover, plan, render, frame, output, maxFailures, compare } = overrides;
  return {
    ...base,
    sources: [...(sources ?? []), ...(urls ? [{ kind: 'urls' as const, urls }] : [])],
    discover: { ...base.discover, ...discover },
    plan: { ...base.plan, ...plan },
    render: { ...base.render, ...render },
    frame: { ...base.frame, ...frame },
    output: { ...base.output, ...output },
    ...(maxFailures !== undefined ? { maxFailures } : {}),
    ...(compare !== undefined ? { compare } : {}),
  };
}

/** The machine this process runs on, which `concurrency: auto` is sized for unless a door says otherwise. */
export function thisMachine(): MachineInfo {
  return { cores: os.availableParallelism(), freeMemBytes: os.freemem() };
}

function resolveWebhook(r: Reader, label: Label): WebhookSettings | null {
  const url = r.str('webhook-url');
  if (url === null) {
    for (const name of ['webhook-secret', 'webhook-events', 'webhook-header', 'webhook-progress-every'] as const) {
      if (r.has(name)) throw new SettingError(name, `${label(name)} needs ${label('webhook-url')}`);
    }
    return null;
  }
  const headers = r.headers('webhook-header');
  const config = r.wrap('webhook-url', () => webhookConfig({
    url,
    secret: r.str('webhook-secret'),
    events: r.list('webhook-events').flatMap((e) => e.split(',')),
    headers,
    deadlineMs: r.int('webhook-timeout'),
  }));
  const progressEvery = r.int('webhook-progress-every');
  // Asking for progress every N pages is asking for progress events.
  if (progressEvery !== null && !config.events.includes('job.progress')) config.events.push('job.progress');
  return { config, fail: r.oneOf('webhook-fail'), progressEvery };
}
