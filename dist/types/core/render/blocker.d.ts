import { PlaywrightBlocker } from '@ghostery/adblocker-playwright';
import type { Page, Route } from 'playwright-core';
import type { Warn } from '../types.js';
/** What to block; from RenderOptions. */
export interface BlockerSettings {
    ads: boolean;
    trackers: boolean;
    /** Paths of the user's own lists; when non-empty they replace EasyList/EasyPrivacy. */
    filterLists: readonly string[];
}
export type ListSource = 'file' | 'os-package' | 'download';
/** One list the engine was built from, for the manifest: never its contents. */
export interface FilterListInfo {
    name: string;
    source: ListSource;
    /** Of the text the engine parsed; tells two runs' list versions apart. */
    sha256: string;
}
/** Per capture: what the blocker did on this page. */
export interface BlockingReport {
    /** Requests aborted (or answered with a neutral stand-in) by a network filter. */
    blockedRequests: number;
    /** Elements hidden: matched by a cosmetic filter, or an <img>/<iframe> whose request was blocked. */
    hiddenElements: number;
}
export interface BlockerDeps {
    /** Cache directory for the parsed engine (keyed by the lists' sha256); null = parse every run. */
    cacheDir?: string | null;
    /** Directories searched for easylist.txt / easyprivacy.txt (tests narrow it). */
    packageDirs?: readonly string[];
    /** Download for the last-resort source; null = never download. */
    fetch?: typeof fetch | null;
    warn?: Warn;
}
/** Where Debian/Ubuntu's uBlock Origin packages install EasyList and EasyPrivacy. */
export declare const OS_LIST_DIRS: readonly string[];
export declare const OS_PACKAGE = "webext-ublock-origin-chromium";
/** The run's filter engine; `attach` gives each page slot its own counters and route. */
export declare class Blocker {
    private readonly engine;
    readonly lists: readonly FilterListInfo[];
    private constructor();
    /** Null when neither ads nor trackers are to be blocked. */
    static create(settings: BlockerSettings, deps?: BlockerDeps): Promise<Blocker | null>;
    attach(page: Page): Promise<PageBlocker>;
}
/** One slot's page: its route handler, its cosmetic passes and what they did since the last reset. */
export declare class PageBlocker {
    private readonly engine;
    private blocked;
    private hidden;
    constructor(engine: PlaywrightBlocker);
    /** Before each navigation. */
    reset(): void;
    report(): BlockingReport;
    readonly onRoute: (route: Route) => Promise<void>;
    private verdict;
    /**
     * Hide what the cosmetic filters select in every frame, and collapse images
     * and frames whose request was blocked (Chromium would draw a broken-image
     * icon or an error page in their place). Runs after navigation and again
     * just before the shot; each pass only adds rules, and the count is of the
     * elements hidden at the last pass.
     */
    hide(page: Page, budgetMs: number): Promise<void>;
    private hideInFrame;
}
