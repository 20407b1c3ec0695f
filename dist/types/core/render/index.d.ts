import type { NamedStorageState, RenderOptions } from '../options.js';
import type { PlannedPage, Shot, Warn } from '../types.js';
import type { FilterListInfo } from './blocker.js';
import type { Env } from './find-browser.js';
import type { BackoffPolicy } from './retry.js';
export { BROWSER_CHOICES, findBrowser, isExecutableFile, PATH_NAMES, playwrightCacheRoot } from './find-browser.js';
export type { BrowserCandidate, BrowserChoice, Env, Exists } from './find-browser.js';
export { CaptureError, isTransientStatus } from './errors.js';
export type { FailureCategory } from './errors.js';
export { blankVerdict, BLANK_TOLERANCE } from './blank.js';
export { READINESS_LIMITS } from './readiness.js';
export { defaultConcurrency, RECYCLE_AFTER } from './pool.js';
export { CHROMIUM_ARGS } from './launch.js';
export { backoffDelay, parseRetryAfter, DEFAULT_BACKOFF } from './retry.js';
export type { BackoffPolicy } from './retry.js';
export { pngSize } from './blank.js';
export { FONT_SCRIPTS, fontWarning, missingFontScripts } from './font-check.js';
export type { FontScript } from './font-check.js';
export { LoginFailed, MAX_RENEWALS } from './login.js';
export type { BlockerDeps, BlockerSettings, BlockingReport, FilterListInfo, ListSource } from './blocker.js';
export interface Renderer {
    /**
     * Navigate and screenshot one target, retrying transient failures up to
     * options.retries times with exponential backoff and jitter. Throws
     * CaptureError when it finally fails. `render` is the target's own settings
     * (its recipe on top of the run's, see run.ts); without it, the renderer's.
     * Headers, cookies, blocking, consent, retries and the browser are always the renderer's.
     */
    capture(target: PlannedPage, render?: RenderOptions): Promise<{
        shot: Shot;
        attempts: number;
    }>;
    /** BrowserContexts created so far: a run that orders its targets well creates few. */
    readonly contextsOpened: number;
    /** How many captures may run at once (= options.concurrency). */
    readonly concurrency: number;
    /** e.g. "Chromium 156.0.8078.79". */
    readonly browserVersion: string;
    /**
     * Scripts (emoji, CJK, …) the font pre-flight found no font for, once it has run (it starts with the
     * second capture, or when asked); a warning named the packages. close() waits for it, so the
     * warning is never lost.
     */
    readonly missingFonts: Promise<readonly string[]>;
    /** The lists --block-ads/--block-trackers filter with; null when blocking is off. */
    readonly filterLists: readonly FilterListInfo[] | null;
    /** With a login block: how many times the run has logged in (1, plus one per lost session); else 0. */
    readonly logins: number;
    close(): Promise<void>;
}
export interface RendererHooks {
    /** Use this executable and skip discovery. */
    executablePath?: string;
    /**
     * Environment for browser discovery (CHROME_PATH, PLAYWRIGHT_BROWSERS_PATH,
     * HOME, PATH). The core never reads process.env: a door passes it here.
     * Without it only --browser-path, the Playwright cache under the user's
     * home and the standard system directories are searched.
     */
    env?: Env;
    /** Appended to Chromium's command line (tests use it to tag the process they kill). */
    extraArgs?: string[];
    backoff?: Partial<BackoffPolicy>;
    /** Captures per slot before its context is rebuilt. */
    recycleAfter?: number;
    /** Contexts each slot may keep, one per profile (default 1): a composite's devices take turns in a slot, so it keeps one for each. */
    profilesPerSlot?: number;
    /** false skips the font pre-flight (tests that launch many renderers). */
    fontCheck?: boolean;
    /** Where the ad blocker keeps its parsed filter engine between runs; absent = no cache. */
    cacheDir?: string | null;
    /** Directories searched for EasyList/EasyPrivacy (default: the OS package's, OS_LIST_DIRS). */
    filterListDirs?: readonly string[];
    /** Told each secret the run learns while it runs (the cookie values a login receives), for the door to mask. */
    onSecret?: (value: string) => void;
}
export declare function launchRenderer(options: RenderOptions, warn: Warn, hooks?: RendererHooks): Promise<Renderer>;
/**
 * `framecap login`: the login block alone, in a browser of its own; the
 * storage state it ends with (written to the block's save-state when set).
 */
export declare function logInOnce(options: RenderOptions, warn: Warn, hooks?: Pick<RendererHooks, 'env' | 'executablePath'>): Promise<NamedStorageState>;
