import type { CDPSession, Page } from 'playwright-core';
import type { ReadinessCondition } from '../types.js';
import type { BeforeShotArgs, SettleArgs, Settled } from './in-page/settle.js';
/** Upper bounds per condition, ms. The page timeout bounds them all together. */
export declare const READINESS_LIMITS: {
    /** Scrolling a long page through once. */
    readonly lazyMs: 8000;
    /** Pages taller than this are not scrolled further (infinite scroll would never end). */
    readonly lazyMaxHeightPx: 30000;
    readonly imagesMs: 5000;
    readonly fontsMs: 3000;
    readonly busyMs: 5000;
    readonly networkMs: 3000;
    /** No request in flight for this long counts as quiet. */
    readonly networkQuietMs: 300;
    /**
     * The same, for a page that has started no request since navigation
     * returned (its load event, by default): its resources all came with the
     * document, so there is no chain of script-driven requests to wait out.
     */
    readonly networkQuietStaticMs: 100;
    readonly stableMs: 5000;
    readonly stableMaxShots: 20;
    readonly stableIntervalMs: 150;
};
/**
 * Whether the window or the document has a scroll listener (addEventListener
 * or onscroll), which a loader on a timer may be: the listeners are read
 * through CDP, which sees them where page script cannot. Any failure counts
 * as yes, so the scroll rests at every step.
 */
export declare function listensToScroll(cdp: CDPSession): Promise<boolean>;
/** Stops CSS animations, transitions and the text caret for the shot. */
export declare const FREEZE_CSS = "*,*::before,*::after{animation:none!important;transition:none!important;caret-color:transparent!important}";
export interface InPageSettle {
    /** --hide CSS, added as a <style> (the context bypasses CSP); FREEZE_CSS joins it when the page needs it. */
    css: string;
    /** Force lazy images and iframes to load now. */
    lazy: boolean;
    /** Scroll through the page first (full-page shots with lazy content); false = a viewport shot, which waits only for what it shows. */
    scroll: boolean;
    /** The page listens for scroll events (listensToScroll): the scroll rests at every step. Unset = it may. */
    scrollListeners?: boolean;
}
/** What the in-page settle reports: true = the condition was met within its own limit. */
export type InPageSettled = Settled;
/**
 * The in-page settle's argument. On a page that listens for scroll events
 * (see listensToScroll), each scroll step rests 60 ms, for loaders throttled
 * or debounced by a timer. On any other page each step waits one frame, in
 * which intersection observers see the new position; if the page still
 * reacts (a DOM mutation during the pass or while it rests at the bottom),
 * it is passed through again from the top with the rests. Resting at every
 * step took 1.1 s of a 12,000 px page that does nothing on scroll
 * (bench/profile.ts --full-page). A page that neither listens for scroll nor
 * observes intersections (in-page/observers.ts) and has no frames is not
 * scrolled at all: the one-frame pass still cost 130 ms of Chromium's CPU.
 */
export declare function settleArgs(s: InPageSettle): SettleArgs;
/** Upper bound for the in-page settle as a whole, ms. */
export declare function settleLimitMs(s: InPageSettle): number;
/** The in-page work just before the shot (see in-page/settle.ts). */
export declare const beforeShotArgs: (viewportOnly: boolean) => BeforeShotArgs;
/**
 * Counts the page's requests in flight from the start of an attempt. One
 * lives as long as its page (restart() per attempt): adding and removing its
 * three listeners per capture were six Playwright calls a page, each a
 * subscription round trip to the driver.
 */
export declare class NetworkTracker {
    private readonly page;
    private readonly inFlight;
    private lastChange;
    private navigatedAt;
    private startedSinceNavigation;
    private readonly onStart;
    private readonly onEnd;
    constructor(page: Page);
    /** A new attempt: what the page's earlier targets had in flight is forgotten. */
    restart(): void;
    /** Navigation returned: requests from now on are the page's own doing (scripts, lazy content). */
    navigated(): void;
    /**
     * True once nothing has been in flight for `quietMs` (or for `staticQuietMs`
     * while the page has started no request since navigated()); false when
     * `maxMs` ran out first.
     */
    quiet(quietMs: number, maxMs: number, staticQuietMs?: number): Promise<boolean>;
    stop(): void;
}
/** Readiness conditions that ran out of time, in the order they were checked. */
export declare class ReadinessLog {
    readonly timedOut: ReadinessCondition[];
    record(condition: ReadinessCondition, met: boolean): void;
}
