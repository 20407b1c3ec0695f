import type { CaptureOptions, Emulation, FrameOptions, OutputOptions, RenderOptions, RenderSettings } from './options.js';
import type { PlannedPage, Target } from './types.js';
/**
 * The emulation a page may have of its own, each with its value (the run's
 * Emulation leaves them out for the browser's own). Flat in the recipe, so a
 * rule that sets the time zone keeps the run's locale. The proxy is the
 * browser's, one per run.
 */
export type PageEmulation = Required<Pick<Emulation, 'timezone' | 'locale' | 'geolocation' | 'javaScript' | 'reducedMotion' | 'omitBackground'>>;
/** What each field of PageEmulation is when nothing sets it (RenderOptions.emulation's "absent"). */
export declare const EMULATION_DEFAULTS: Readonly<PageEmulation>;
/** The render settings a page may have of its own. */
/** `scale` stays a choice until the page's frame is known: a phone frame renders at its own scale unless one was given. */
export type PageRender = Pick<RenderSettings, 'viewport' | 'scale' | 'fullPage' | 'waitUntil' | 'waitFor' | 'delay' | 'hide' | 'colorScheme' | 'timeoutMs'> & {
    steps: NonNullable<RenderOptions['steps']>;
    region: NonNullable<RenderOptions['region']> | null;
    video: NonNullable<RenderOptions['video']> | null;
} & PageEmulation;
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
{
    readonly glob: string;
}
/** A regular expression tested against the path (and path + query). */
 | {
    readonly regex: string;
}
/** One page: a `urls:` entry with settings of its own (compared with the normalized URL). */
 | {
    readonly url: string;
};
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
export declare const VARIANT_NAME: RegExp;
export declare const MAX_VARIANTS = 20;
export declare const MAX_PAGE_RULES = 100;
/** The recipe every page gets when no rule matches and there is no variant. */
export declare function runRecipe(options: Pick<CaptureOptions, 'render' | 'frame' | 'output'>): PageRecipe;
/** The run's emulation as a page's: every field with its value. */
export declare function pageEmulation(e: Emulation | undefined): PageEmulation;
/**
 * A page's render settings as the renderer takes them: the run's, with the
 * recipe's (its emulation back under `emulation`), at `scale` (the recipe's
 * choice, resolved once the frame is known).
 */
export declare function renderFor(run: RenderSettings, render: Readonly<PageRender>, scale: number): RenderOptions;
export declare function applyOverrides(recipe: PageRecipe, set: PageOverrides): PageRecipe;
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
export declare function createRecipeBook(options: Pick<CaptureOptions, 'render' | 'frame' | 'output' | 'pages' | 'variants'>): RecipeBook;
/**
 * A rule's test. Globs and regexes see the path (and path + query), as
 * written and percent-decoded; a `urls:` entry's rule is its one page,
 * with or without the fragment (keep-fragment asks before the fragment is kept).
 */
export declare function compileMatch(rule: Pick<PageRule, 'match' | 'label'>): (url: URL) => boolean;
/**
 * A short fingerprint of a target's recipe for its manifest row, when rules
 * or variants made it: a later --incremental run carries a baseline capture
 * over only when the fingerprints agree, so editing a rule re-renders the
 * pages it covers. null for a plain run, whose look the run's settings tell.
 */
export declare function recipeDigest(target: Pick<Target, 'recipe' | 'rules' | 'variant'>): string | null;
/**
 * The most page loads one planned page can cost: one per variant (or one
 * without variants), and a composite once per device. Known before
 * discovery, so it is an upper bound: a page counts as a composite when a
 * rule that sets one may match it (a rule gives the whole composite, so a
 * page's is the last matching rule's, the run's, or its variant's).
 */
export declare function loadsPerPage(options: Pick<CaptureOptions, 'frame' | 'pages' | 'variants'>): number;
/** Equal recipes have equal keys (fields are always built in the same order). */
export declare function recipeKey(recipe: PageRecipe): string;
/**
 * A planned page's captures: one per variant (named `<page>@<variant>`), or
 * the page itself when the run has none. `firstIndex` is the first capture's
 * place in the run; a page's variants sit side by side, in the order given.
 */
export declare function targetsOf(page: PlannedPage, choice: PageRecipeChoice, variants: readonly Variant[], firstIndex: number): Target[];
/**
 * What decides a target's BrowserContext, as far as its recipe tells (a device frame brings its own viewport and
 * emulation; a composite's pages are shot in one context per device, so its devices stand for all of them).
 */
export declare function contextGroup(recipe: PageRecipe): string;
/**
 * The targets of a batch of pages, grouped by the context they need (plan
 * order within a group), so a slot keeps its context through a whole group
 * instead of switching at every page: with two variants, all desktop shots
 * of the batch, then all phone shots. `current` (the group the previous
 * batch ended with, which the slots still have) goes first.
 */
export declare function contextOrder(targets: readonly Target[], current?: string | null): Target[];
