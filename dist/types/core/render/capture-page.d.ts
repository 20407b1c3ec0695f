import type { CDPSession, Page } from 'playwright-core';
import type { RenderOptions } from '../options.js';
import type { Shot } from '../types.js';
import type { PageBlocker } from './blocker.js';
import type { WeightedSemaphore } from '../../util/semaphore.js';
import type { ConsentBridge } from './consent.js';
import { NetworkTracker } from './readiness.js';
export interface AttemptInput {
    page: Page;
    lost: Promise<never>;
    url: string;
    options: RenderOptions;
    /** Epoch ms by which the attempt must be done; page steps and a video's recording move it (each has the page timeout as its budget). */
    deadline: number;
    /** Set with --dismiss-consent: the slot's autoconsent bridge. */
    consent?: ConsentBridge | null;
    /** Set with --block-ads/--block-trackers: the slot's blocker. */
    blocking?: PageBlocker | null;
    /** With the egress guard: why the guard's proxy refused a request to this URL's host, if it did. */
    refusalFor?: (url: string) => string | null;
    /** The page's request tracker (readiness.ts), made with the page. */
    network: NetworkTracker;
    /** The page's CDP session: viewport shots are taken through it directly (see shootViewport). */
    cdp?: CDPSession;
    /** The run's full-page shots take turns through it, each weighing its pixels (see FULL_PAGE_PIXELS_AT_ONCE). */
    fullPageShots?: WeightedSemaphore;
}
export declare function isHttpUrl(url: string): boolean;
export declare function hideCss(selectors: readonly string[]): string;
export declare function capturePage(input: AttemptInput): Promise<Shot>;
/** What a call is raced against: the epoch-ms deadline, and a promise that rejects when the page is lost. */
export interface Guard {
    readonly deadline: number;
    readonly lost: Promise<never>;
}
/** Race a Playwright call against the deadline and the page being lost; map its timeout to our message. */
export declare function guarded<T>(what: Promise<T>, input: Guard, timeoutMessage: string): Promise<T>;
