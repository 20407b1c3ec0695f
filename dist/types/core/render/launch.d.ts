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
