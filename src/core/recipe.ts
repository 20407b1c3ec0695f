// Per-page recipes: the page-scoped settings one target is captured with.
//
//   run settings ─▶ rules that match the page, in order ─▶ the variant's settings ─▶ PageRecipe
//
// A recipe has exactly one value for every page-scoped setting, so nothing
// downstream asks "was this overridden?". Rules and variants carry only what
// they change (PageOverrides); which settings may appear there is the
// settings spec's `scope: 'page'` (src/config/spec.ts), and the doors turn a
// rule's keys into these fields (src/config/page-rules.ts).

import { createHash } from 'node:crypto';
import picomatch from 'picomatch';
import type { CaptureOptions, Emulation, FrameOptions, OutputOptions, RenderOptions, RenderSettings } from './options.ts';
import { UserError } from './types.ts';
import type { PlannedPage, Target } from './types.ts';

/**
 * The emulation a page may have of its own, each with its value (the run's
 * Emulation leaves them out for the browser's own). Flat in the recipe, so a
 * rule that sets the time zone keeps the run's locale. The proxy is the
 * browser's, one per run.
 */
export type PageEmulation = Required<Pick<Emulation, 'timezone' | 'locale' | 'geolocation' | 'javaScript' | 'reducedMotion' | 'omitBackground'>>;

/** What each field of PageEmulation is when nothing sets it (RenderOptions.emulation's "absent"). */
export const EMULATION_DEFAULTS: Readonly<PageEmulation> = {
  timezone: null, locale: null, geolocation: null, javaScript: true, reducedMotion: true, omitBackground: false,
};

/** The render settings a page may have of its own. */
/** `scale` stays a choice until the page's frame is known: a phone frame renders at its own scale unless one was given. */
export type PageRender = Pick<RenderSettings, 'viewport' | 'scale' | 'fullPage' | 'waitUntil' | 'waitFor' | 'delay' | 'hide' | 'colorScheme' | 'timeoutMs'>
  & { steps: NonNullable<RenderOptions['steps']>; region: NonNullable<RenderOptions['region']> | null; video: NonNullable<RenderOptions['video']> | null }
  & PageEmulation;
/** The frame settings a page may have of its own (the thumbnail width is the run's); a composite is a look too. */
export type PageFrame = Omit<FrameOptions, 'thumbnail'>;
export type PageOutput = Pick<OutputOptions, 'format' | 'quality' | 'split'>;

export interface PageRecipe {
  readonly render: Readonly<PageRender>;
  readonly frame: Readonly<PageFrame>;
  readonly output: Readonly<PageOutput>;
}

/** What a rule or a variant changes; every field it leaves out keeps the value from before it. */
export interface PageOverrides {
  render?: Partial<PageRender>;
  frame?: Partial<PageFrame>;
  output?: Partial<PageOutput>;
}

/** Which pages a rule applies to. */
export type PageMatch =
  /** A glob on the URL path (and path + query), as include/exclude match. */
  | { readonly glob: string }
  /** A regular expression tested against the path (and path + query). */
  | { readonly regex: string }
  /** One page: a `urls:` entry with settings of its own (compared with the normalized URL). */
  | { readonly url: string };

export interface PageRule {
  /** How the manifest row names it: the rule's `name:`, else its place, e.g. "pages[2]" or "urls[0]". */
  readonly label: string;
  readonly match: PageMatch;
  readonly set: PageOverrides;
  /** Keep the URL's #fragment, which planning drops unless it is a hash route (#/…, #!…). */
  readonly keepFragment: boolean;
}

export interface Variant {
  /** In file names (`<page>@<name>.<ext>`) and manifest rows: lower-case [a-z0-9-], 1-32 characters. */
  readonly name: string;
  readonly set: PageOverrides;
}

export const VARIANT_NAME = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;
export const MAX_VARIANTS = 20;
export const MAX_PAGE_RULES = 100;

/** The recipe every page gets when no rule matches and there is no variant. */
export function runRecipe(options: Pick<CaptureOptions, 'render' | 'frame' | 'output'>): PageRecipe {
  const { render: r, frame: f, output: o } = options;
  return {
    render: {
      viewport: { ...r.viewport }, scale: r.scale, fullPage: r.fullPage, waitUntil: r.waitUntil, waitFor: r.waitFor,
      delay: r.delay, hide: [...r.hide], colorScheme: r.colorScheme, timeoutMs: r.timeoutMs,
      steps: r.steps ?? [], region: r.region ?? null, video: r.video ?? null,
      ...pageEmulation(r.emulation),
    },
    frame: {
      device: f.device, theme: f.theme, background: f.background, padding: f.padding, radius: f.radius, shadow: f.shadow,
      title: f.title, shadowStrength: f.shadowStrength, maxHeight: f.maxHeight,
      composite: f.composite.layout === 'responsive' ? { layout: 'responsive', devices: [...f.composite.devices] } : { layout: 'none' },
    },
    output: { format: o.format, quality: o.quality, split: o.split ?? null },
  };
}

/** The run's emulation as a page's: every field with its value. */
export function pageEmulation(e: Emulation | undefined): PageEmulation {
  const d = EMULATION_DEFAULTS;
  return {
    timezone: e?.timezone ?? d.timezone,
    locale: e?.locale ?? d.locale,
    geolocation: e?.geolocation ? { latitude: e.geolocation.latitude, longitude: e.geolocation.longitude } : d.geolocation,
    javaScript: e?.javaScript ?? d.javaScript,
    reducedMotion: e?.reducedMotion ?? d.reducedMotion,
    omitBackground: e?.omitBackground ?? d.omitBackground,
  };
}

/**
 * A page's render settings as the renderer takes them: the run's, with the
 * recipe's (its emulation back under `emulation`), at `scale` (the recipe's
 * choice, resolved once the frame is known).
 */
export function renderFor(run: RenderSettings, render: Readonly<PageRender>, scale: number): RenderOptions {
  const { timezone, locale, geolocation, javaScript, reducedMotion, omitBackground, scale: _choice, ...rest } = render;
  return { ...run, ...rest, scale, emulation: { ...run.emulation, timezone, locale, geolocation, javaScript, reducedMotion, omitBackground } };
}

export function applyOverrides(recipe: PageRecipe, set: PageOverrides): PageRecipe {
  return {
    render: { ...recipe.render, ...given(set.render) },
    frame: { ...recipe.frame, ...given(set.frame) },
    output: { ...recipe.output, ...given(set.output) },
  };
}

/** A library caller's `{ fullPage: undefined }` changes nothing, as if the key were left out. */
function given<T extends object>(fields: Partial<T> | undefined): Partial<T> {
  if (!fields) return {};
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** One planned page's recipe before its variant, and the rules that made it. */
export interface PageRecipeChoice {
  recipe: PageRecipe;
  /** Labels of the rules that matched, in the order they applied. */
  rules: string[];
}

/** The rules and variants of a run, compiled once. */
export interface RecipeBook {
  /** The run's recipe with every matching rule applied, in order. */
  forPage(normalizedUrl: string): PageRecipeChoice;
  /** Whether a rule or URL entry matching this URL (fragment aside) says keep-fragment. */
  keepsFragment(url: URL): boolean;
  /** The run's variants; empty = each page once, with no variant. */
  readonly variants: readonly Variant[];
}

export function createRecipeBook(options: Pick<CaptureOptions, 'render' | 'frame' | 'output' | 'pages' | 'variants'>): RecipeBook {
  const base = runRecipe(options);
  const rules = (options.pages ?? []).map((rule) => ({ rule, test: compileMatch(rule) }));
  const variants = options.variants ?? [];
  checkVariants(variants);
  const fragmentRules = rules.filter(({ rule }) => rule.keepFragment);
  return {
    variants,
    forPage(normalizedUrl) {
      const url = new URL(normalizedUrl);
      let recipe = base;
      const matched: string[] = [];
      for (const { rule, test } of rules) {
        if (!test(url)) continue;
        recipe = applyOverrides(recipe, rule.set);
        matched.push(rule.label);
      }
      return { recipe, rules: matched };
    },
    keepsFragment(url) {
      return fragmentRules.some(({ test }) => test(url));
    },
  };
}

function checkVariants(variants: readonly Variant[]): void {
  if (variants.length > MAX_VARIANTS) throw new UserError(`at most ${MAX_VARIANTS} variants, got ${variants.length}`);
  const seen = new Set<string>();
  for (const v of variants) {
    if (!VARIANT_NAME.test(v.name)) {
      throw new UserError(`variant name ${JSON.stringify(v.name)}: use 1-32 lower-case letters, digits and dashes (it goes into file names)`);
    }
    if (seen.has(v.name)) throw new UserError(`variant name "${v.name}" is given twice: each variant needs its own name`);
    seen.add(v.name);
  }
}

/**
 * A rule's test. Globs and regexes see the path (and path + query), as
 * written and percent-decoded; a `urls:` entry's rule is its one page,
 * with or without the fragment (keep-fragment asks before the fragment is kept).
 */
export function compileMatch(rule: Pick<PageRule, 'match' | 'label'>): (url: URL) => boolean {
  const { match } = rule;
  if ('url' in match) {
    const wanted = new URL(match.url);
    const wantedHash = wanted.hash;
    wanted.hash = '';
    return (url) => {
      const bare = new URL(url.href);
      bare.hash = '';
      return bare.href === wanted.href && (url.hash === '' || wantedHash === '' || url.hash === wantedHash);
    };
  }
  let test: (text: string) => boolean;
  if ('glob' in match) {
    let isMatch: (text: string) => boolean;
    try {
      isMatch = picomatch(match.glob, { dot: true, strictBrackets: true });
    } catch (err) {
      throw new UserError(`${rule.label}: match: ${JSON.stringify(match.glob)} is not a valid glob (${(err as Error).message})`);
    }
    // Not `test = isMatch`: some() passes the index as picomatch's second argument (returnObject), and an object is truthy.
    test = (text) => isMatch(text);
  } else {
    let re: RegExp;
    try {
      re = new RegExp(match.regex, 'u');
    } catch (err) {
      throw new UserError(`${rule.label}: regex: ${JSON.stringify(match.regex)} is not a valid regular expression (${(err as Error).message})`);
    }
    test = (text) => re.test(text);
  }
  return (url) => pathCandidates(url).some(test);
}

function pathCandidates(url: URL): string[] {
  const out = [url.pathname];
  if (url.search) out.push(url.pathname + url.search);
  for (const c of [...out]) {
    try {
      const decoded = decodeURI(c);
      if (decoded !== c) out.push(decoded);
    } catch {
      // a broken escape: the raw form is all there is
    }
  }
  return out;
}

/**
 * A short fingerprint of a target's recipe for its manifest row, when rules
 * or variants made it: a later --incremental run carries a baseline capture
 * over only when the fingerprints agree, so editing a rule re-renders the
 * pages it covers. null for a plain run, whose look the run's settings tell.
 */
export function recipeDigest(target: Pick<Target, 'recipe' | 'rules' | 'variant'>): string | null {
  if (target.variant === null && target.rules.length === 0) return null;
  return createHash('sha256').update(recipeKey(target.recipe)).digest('hex').slice(0, 16);
}

/**
 * The most page loads one planned page can cost: one per variant (or one
 * without variants), and a composite once per device. Known before
 * discovery, so it is an upper bound: a page counts as a composite when a
 * rule that sets one may match it (a rule gives the whole composite, so a
 * page's is the last matching rule's, the run's, or its variant's).
 */
export function loadsPerPage(options: Pick<CaptureOptions, 'frame' | 'pages' | 'variants'>): number {
  const devices = (c: PageFrame['composite']): number => (c.layout === 'responsive' ? c.devices.length : 1);
  const fromRules = Math.max(devices(options.frame.composite), ...(options.pages ?? []).map((r) => (r.set.frame?.composite ? devices(r.set.frame.composite) : 1)));
  const variants = options.variants ?? [];
  if (variants.length === 0) return fromRules;
  return variants.reduce((sum, v) => sum + (v.set.frame?.composite ? devices(v.set.frame.composite) : fromRules), 0);
}

/** Equal recipes have equal keys (fields are always built in the same order). */
export function recipeKey(recipe: PageRecipe): string {
  // A still's recipe is keyed as it was before videos, --split and per-page composites existed, and a page with the
  // browser's own emulation as it was before emulation could differ per page, so baselines made then still match.
  return JSON.stringify(recipe, function (this: unknown, key, value: unknown) {
    if ((key === 'video' || key === 'split') && value === null) return undefined;
    if (key === 'composite' && (value as PageFrame['composite']).layout === 'none') return undefined;
    if (this === recipe.render && Object.hasOwn(EMULATION_DEFAULTS, key) && value === EMULATION_DEFAULTS[key as keyof PageEmulation]) return undefined;
    return value;
  });
}

/**
 * A planned page's captures: one per variant (named `<page>@<variant>`), or
 * the page itself when the run has none. `firstIndex` is the first capture's
 * place in the run; a page's variants sit side by side, in the order given.
 */
export function targetsOf(page: PlannedPage, choice: PageRecipeChoice, variants: readonly Variant[], firstIndex: number): Target[] {
  const common = { url: page.url, page: page.index, rules: choice.rules, ...(page.lastmod !== undefined ? { lastmod: page.lastmod } : {}) };
  if (variants.length === 0) return [{ ...common, index: firstIndex, name: page.name, variant: null, recipe: choice.recipe }];
  return variants.map((v, i) => ({
    ...common,
    index: firstIndex + i,
    name: `${page.name}@${v.name}`,
    variant: v.name,
    recipe: applyOverrides(choice.recipe, v.set),
  }));
}

/**
 * What decides a target's BrowserContext, as far as its recipe tells (a device frame brings its own viewport and
 * emulation; a composite's pages are shot in one context per device, so its devices stand for all of them).
 */
export function contextGroup(recipe: PageRecipe): string {
  const { viewport, scale, colorScheme, timezone, locale, geolocation, javaScript, reducedMotion } = recipe.render;
  const { composite } = recipe.frame;
  const look = composite.layout === 'responsive' ? composite.devices : recipe.frame.device;
  return JSON.stringify([viewport.width, viewport.height, scale, colorScheme, look, timezone, locale, geolocation, javaScript, reducedMotion]);
}

/**
 * The targets of a batch of pages, grouped by the context they need (plan
 * order within a group), so a slot keeps its context through a whole group
 * instead of switching at every page: with two variants, all desktop shots
 * of the batch, then all phone shots. `current` (the group the previous
 * batch ended with, which the slots still have) goes first.
 */
export function contextOrder(targets: readonly Target[], current: string | null = null): Target[] {
  const groups = new Map<string, Target[]>();
  if (current !== null) groups.set(current, []);
  for (const t of targets) {
    const key = contextGroup(t.recipe);
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()].flat();
}
