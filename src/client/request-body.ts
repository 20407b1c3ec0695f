// Async mode: the same CaptureOptions the local run would use, as the Jobs
// API request that asks a queue server to do that run.

import { readFile } from 'node:fs/promises';
import type { CaptureOptions } from '../core/options.ts';
import { UserError } from '../core/types.ts';
import { stepsBody } from '../config/steps.ts';
import type { CaptureRegion, RenderSettings } from '../core/options.ts';
import type { PageOverrides, PageRule } from '../core/recipe.ts';

export interface JobRequest {
  path: '/v1/batch' | '/v1/sitemap';
  body: Record<string, unknown>;
}

/** URL files are read here, on the client: the server never reads the caller's files. */
export async function jobRequestFor(options: CaptureOptions, readStdin: () => Promise<string>): Promise<JobRequest> {
  const { render, frame, output, plan } = options;
  const shared: Record<string, unknown> = {
    device: frame.device,
    theme: frame.theme,
    background: frame.background,
    padding: frame.padding,
    radius: frame.radius,
    shadow: frame.shadow,
    ...(frame.title ? { title: frame.title } : {}),
    ...(frame.composite.layout === 'responsive' ? { composite: 'responsive', composite_devices: frame.composite.devices } : {}),
    viewport: `${render.viewport.width}x${render.viewport.height}`,
    // Unset stays unset, so the server renders a phone or tablet frame at its own scale too.
    ...(render.scale !== 'device' ? { scale: render.scale } : {}),
    full_page: render.fullPage,
    format: output.format,
    quality: output.quality,
    wait_until: render.waitUntil,
    ...(render.waitFor ? { wait_for: render.waitFor } : {}),
    delay: render.delay,
    hide: render.hide,
    color_scheme: render.colorScheme,
    timeout: render.timeoutMs,
    retries: render.retries,
    ...(render.userAgent ? { user_agent: render.userAgent } : {}),
    ...(render.blockAds ? { block_ads: true } : {}),
    ...(render.blockTrackers ? { block_trackers: true } : {}),
    ...(Object.keys(render.headers).length ? { headers: render.headers } : {}),
    ...(render.cookies.length ? { cookies: render.cookies } : {}),
    // Values and files already read here (env:, @file): the server takes them inline and reads neither.
    ...(render.steps?.length ? { steps: stepsBody(render.steps) } : {}),
    ...regionBody(render.region ?? null),
    ...emulationBody(render),
    ...authBody(render),
    ...(plan.include.length ? { include: plan.include } : {}),
    ...(plan.exclude.length ? { exclude: plan.exclude } : {}),
    ...(plan.limit !== null ? { limit: plan.limit } : {}),
  };
  if (plan.shard) throw new UserError('--shard is for local runs; in async mode the server renders the whole set');
  // Rules and variants go as framecap.yml writes them: the server reads them with the same parser.
  if (options.pages?.length) shared.pages = options.pages.map(ruleBody);
  if (options.variants?.length) shared.variants = options.variants.map((v) => ({ name: v.name, ...overridesBody(v.set) }));
  if (render.filterLists?.length) {
    throw new UserError('--filter-list is for local runs; in async mode the server blocks with its own copy of EasyList/EasyPrivacy');
  }

  const sitemaps = options.sources.filter((s) => s.kind === 'sitemap');
  const others = options.sources.filter((s) => s.kind !== 'sitemap');
  if (options.sources.some((s) => s.kind === 'site')) {
    throw new UserError('async mode takes --sitemap or page URLs; give the site\'s sitemap URL instead of --site');
  }
  if (sitemaps.length > 0) {
    if (sitemaps.length > 1 || others.length > 0) {
      throw new UserError('async mode takes one sitemap per job, or a list of URLs, not both');
    }
    const location = sitemaps[0]!.kind === 'sitemap' ? sitemaps[0]!.location : '';
    if (!/^https?:\/\//i.test(location)) throw new UserError(`async mode needs a sitemap URL the server can fetch, not a local file (${location})`);
    return { path: '/v1/sitemap', body: { sitemap_url: location, ...shared } };
  }
  const urls: string[] = [];
  for (const source of others) {
    if (source.kind === 'urls') urls.push(...source.urls);
    if (source.kind === 'url-file') {
      const text = source.path === '-' ? await readStdin() : await readFile(source.path, 'utf8');
      urls.push(...text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
    }
  }
  return { path: '/v1/batch', body: { urls, ...shared } };
}

function ruleBody(rule: PageRule): Record<string, unknown> {
  const { match } = rule;
  const matchKey = 'glob' in match ? { match: match.glob } : 'regex' in match ? { regex: match.regex } : { url: match.url };
  return { name: rule.label, ...matchKey, ...(rule.keepFragment ? { 'keep-fragment': true } : {}), ...overridesBody(rule.set) };
}

/** A rule's or variant's settings under their framecap.yml keys; values already read here (steps' env:, @file) go inline. */
function overridesBody(set: PageOverrides): Record<string, unknown> {
  const r = set.render ?? {};
  const f = set.frame ?? {};
  const o = set.output ?? {};
  const given = (entries: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
  return given({
    viewport: r.viewport ? `${r.viewport.width}x${r.viewport.height}` : undefined,
    scale: typeof r.scale === 'number' ? r.scale : undefined,
    'full-page': r.fullPage,
    'wait-until': r.waitUntil,
    'wait-for': r.waitFor,
    delay: r.delay,
    hide: r.hide,
    'color-scheme': r.colorScheme,
    timeout: r.timeoutMs,
    steps: r.steps ? stepsBody(r.steps) : undefined,
    timezone: r.timezone,
    locale: r.locale,
    geolocation: r.geolocation ? `${r.geolocation.latitude},${r.geolocation.longitude}` : r.geolocation,
    javascript: r.javaScript,
    'reduced-motion': r.reducedMotion === undefined ? undefined : r.reducedMotion ? 'on' : 'off',
    'omit-background': r.omitBackground,
    ...(r.region ? Object.fromEntries(Object.entries(regionBody(r.region)).map(([k, v]) => [k.replace(/_/g, '-'), v])) : {}),
    ...(r.video === null ? { video: 'none' } : r.video ? {
      video: 'scroll', 'video-format': r.video.format, 'video-pause': r.video.pauseMs,
      ...(r.video.durationMs !== null ? { 'video-duration': r.video.durationMs / 1000 } : {}),
      ...(r.video.fps !== null ? { 'video-fps': r.video.fps } : {}),
      ...(r.video.scrollTo !== null ? { 'video-scroll-to': r.video.scrollTo } : {}),
    } : {}),
    device: f.device,
    theme: f.theme,
    background: f.background,
    padding: f.padding,
    radius: f.radius,
    shadow: f.shadow,
    'shadow-strength': f.shadowStrength,
    'max-height': f.maxHeight,
    title: f.title,
    ...(f.composite ? (f.composite.layout === 'responsive' ? { composite: 'responsive', 'composite-devices': f.composite.devices } : { composite: 'none' }) : {}),
    format: o.format,
    quality: o.quality,
    split: o.split,
  });
}

/** Only what differs from the browser's own, as the server's fields spell it. */
function emulationBody(render: RenderSettings): Record<string, unknown> {
  const e = render.emulation ?? {};
  if (e.proxy) throw new UserError("--proxy is for local runs; in async mode the server's own egress guard is the browser's proxy");
  return {
    ...(e.timezone ? { timezone: e.timezone } : {}),
    ...(e.locale ? { locale: e.locale } : {}),
    ...(e.geolocation ? { geolocation: `${e.geolocation.latitude},${e.geolocation.longitude}` } : {}),
    ...(e.javaScript === false ? { javascript: false } : {}),
    ...(e.reducedMotion === false ? { reduced_motion: 'off' } : {}),
    ...(e.omitBackground ? { omit_background: true } : {}),
  };
}

/**
 * The credentials themselves (the state, not its file; the login's values
 * already read from env:): the server reads none of the caller's files or
 * environment. They go to the server the user named, and nowhere else.
 */
function authBody(render: RenderSettings): Record<string, unknown> {
  const { login, storageState, httpAuth } = render;
  if (login?.saveState) {
    throw new UserError(`the login's save-state is for local runs: in async mode the server logs in and keeps no state file for you; run framecap login --save-state ${login.saveState} to write one`);
  }
  return {
    ...(storageState ? { storage_state: storageState.state } : {}),
    ...(httpAuth ? { http_auth: `${httpAuth.username}:${httpAuth.password}` } : {}),
    ...(login ? { login: { url: login.url, steps: stepsBody(login.steps), ...(login.successUrl ? { 'success-url': login.successUrl } : {}) } } : {}),
  };
}

function regionBody(region: CaptureRegion | null): Record<string, unknown> {
  if (!region) return {};
  if (region.kind === 'clip') return { clip: `${region.rect.x},${region.rect.y},${region.rect.width},${region.rect.height}` };
  return { selector: region.selector, ...(region.padding ? { selector_padding: region.padding } : {}) };
}
