import type { CaptureOptions, FrameOptions, OutputOptions, RenderOptions, RenderSettings } from './options.js';
import type { PlannedPage, Target } from './types.js';
/** The render settings a page may have of its own. */
/** `scale` stays a choice until the page's frame is known: a phone frame renders at its own scale unless one was given. */
export type PageRender = Pick<RenderSettings, 'viewport' | 'scale' | 'fullPage' | 'waitUntil' | 'waitFor' | 'delay' | 'hide' | 'colorScheme' | 'timeoutMs'> & {
    steps: NonNullable<RenderOptions['steps']>;
    region: NonNullable<RenderOptions['region']> | null;
    video: NonNullable<RenderOptions['video']> | null;
};
/** The frame settings a page may have of its own (the thumbnail width and the composite are the run's). */
export type PageFrame = Omit<FrameOptions, 'thumbnail' | 'composite'>;
export type PageOutput = Pick<OutputOptions, 'format' | 'quality'>;
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
/** Equal recipes have equal keys (fields are always built in the same order). */
export declare function recipeKey(recipe: PageRecipe): string;
/**
 * A planned page's captures: one per variant (named `<page>@<variant>`), or
 * the page itself when the run has none. `firstIndex` is the first capture's
 * place in the run; a page's variants sit side by side, in the order given.
 */
export declare function targetsOf(page: PlannedPage, choice: PageRecipeChoice, variants: readonly Variant[], firstIndex: number): Target[];
/** What decides a target's BrowserContext, as far as its recipe tells (a device frame brings its own viewport and emulation). */
export declare function contextGroup(recipe: PageRecipe): string;
/**
 * The targets of a batch of pages, grouped by the context they need (plan
 * order within a group), so a slot keeps its context through a whole group
 * instead of switching at every page: with two variants, all desktop shots
 * of the batch, then all phone shots. `current` (the group the previous
 * batch ended with, which the slots still have) goes first.
 */
export declare function contextOrder(targets: readonly Target[], current?: string | null): Target[];
