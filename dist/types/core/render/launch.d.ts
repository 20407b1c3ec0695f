import type { Browser } from 'playwright-core';
import type { ProxySettings } from '../options.js';
import type { Warn } from '../types.js';
import type { BrowserCandidate } from './find-browser.js';
export declare const CHROMIUM_ARGS: readonly string[];
export interface LiveBrowser {
    browser: Browser;
    /** Bumped on every (re)launch, so a slot can tell its context belongs to a dead browser. */
    generation: number;
}
/** A browser to use instead of launching one, or null to launch as usual. */
export type SharedBrowserSource = (candidate: BrowserCandidate, extraArgs: readonly string[], proxy: ProxySettings | null) => Promise<Browser | null>;
/**
 * Tests only (test/helpers/shared-browser.ts): a test file whose tests each start a run, and are not about the
 * launch, connects them all to one Chromium instead of starting one a run. A launch and close costs ~0.12 s CPU
 * (page-steps.test.ts, 15 runs: 8.3 s CPU shared vs 10.2 s, medians of 3 pairs). No door calls this and no
 * option reaches it.
 */
export declare function shareBrowsersForTests(source: SharedBrowserSource | null): void;
export declare function launchChromium(candidate: BrowserCandidate, extraArgs?: readonly string[], proxy?: ProxySettings | null): Promise<Browser>;
export declare class BrowserHost {
    private readonly candidate;
    private readonly extraArgs;
    private readonly warn;
    private readonly proxy;
    private live;
    private alive;
    private closing;
    private relaunching;
    private failedRelaunches;
    private lastLaunchError;
    readonly version: string;
    private constructor();
    static start(candidate: BrowserCandidate, warn: Warn, extraArgs?: readonly string[], proxy?: ProxySettings | null): Promise<BrowserHost>;
    /** The live browser, relaunching it first if it died. */
    get(): Promise<LiveBrowser>;
    /** Whether the browser behind `generation` is still the live one. */
    isCurrent(generation: number): boolean;
    close(): Promise<void>;
    private watch;
    private giveUp;
    private relaunch;
}
